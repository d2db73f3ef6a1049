//! The binary carries the repo's data: the embedded copies are exactly the files on disk, every
//! data file is embedded, and `cargo package` ships them all.

mod common;

use icso_assess::catalogue::source::BUILTIN;
use std::collections::BTreeSet;

fn data_files() -> BTreeSet<String> {
    let mut files = BTreeSet::new();
    for dir in ["recommendations", "questionnaires"] {
        for entry in std::fs::read_dir(dir).unwrap() {
            let name = entry.unwrap().file_name().to_string_lossy().into_owned();
            if name.ends_with(".yaml") {
                files.insert(format!("{dir}/{name}"));
            }
        }
    }
    files
}

#[test]
fn embedded_data_equals_the_files() {
    let embedded: BTreeSet<String> = BUILTIN.iter().map(|(p, _)| (*p).to_string()).collect();
    assert_eq!(
        embedded,
        data_files(),
        "src/catalogue/source.rs BUILTIN must list every data file"
    );
    for (path, text) in BUILTIN {
        assert_eq!(
            std::fs::read_to_string(path).unwrap(),
            *text,
            "{path} differs from the embedded copy"
        );
    }
}

#[test]
fn cargo_package_ships_every_data_file() {
    let out = std::process::Command::new(env!("CARGO"))
        .args(["package", "--list", "--allow-dirty", "--offline"])
        .output()
        .unwrap();
    let listed: BTreeSet<String> = String::from_utf8(common::succeeded(out))
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect();
    for file in data_files() {
        assert!(listed.contains(&file), "{file} is not packaged");
    }
    for file in ["README.md", "LICENSE", "Cargo.toml", "src/main.rs"] {
        assert!(listed.contains(file), "{file} is not packaged");
    }
}
