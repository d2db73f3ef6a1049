//! The integration tests, as one test binary (`cargo test --test cli`): one link of the crate and
//! its dependencies instead of one per file. Each module was a test file of its own; its tests
//! are named after it (`cargo test --test cli golden::` runs one), and its snapshots keep their
//! names in tests/snapshots (see `common::assert_snapshot!`).

mod common;

mod age;
mod aggregate;
mod assess_flow;
mod assess_pty;
mod assess_screens;
mod assess_signals;
mod broken_pipe;
mod cli;
mod compare;
mod compare_plan;
mod crash_safety;
mod docs_numbers;
mod docx;
mod ecosystem;
mod golden;
mod help_languages;
mod hostile;
mod hostile_paths;
mod hostile_props;
mod import;
mod languages;
mod own_words;
mod packaging;
mod permissions;
mod plan;
mod plan_show;
mod report_formats;
mod scoring;
mod translations;
mod validate_checks;
mod workbook;
mod workshop_flow;
mod workshop_pack;
mod workshop_pty;

/// Every test file is a module of this binary: a file beside tests/cli/main.rs that no `mod`
/// names would never be compiled, and a file at tests/*.rs would link a binary of its own.
#[test]
fn every_test_file_is_a_module_of_this_binary() {
    let tests = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let rust_files = |dir: &std::path::Path| -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".rs"))
            .collect();
        names.sort();
        names
    };
    assert_eq!(
        rust_files(&tests),
        Vec::<String>::new(),
        "make these modules of tests/cli/main.rs"
    );
    let main = std::fs::read_to_string(tests.join("cli/main.rs")).unwrap();
    for name in rust_files(&tests.join("cli")) {
        let module = name.trim_end_matches(".rs");
        assert!(
            module == "main" || main.lines().any(|l| l == format!("mod {module};")),
            "tests/cli/{name} is not a module of tests/cli/main.rs"
        );
    }
}
