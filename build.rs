//! Checks the built-in data at build time with the same code as `validate` and, when it passes,
//! embeds the checked model so commands need not parse 140 KB of YAML at every start.
//! Data with errors still builds: the binary then reads the YAML and reports them.

// Only the loader is compiled here; the rest of each shared module is for the binary.
#![allow(dead_code, unused_imports)]

#[path = "src/catalogue/mod.rs"]
mod catalogue;
#[path = "src/diagnostics.rs"]
mod diagnostics;
#[path = "src/questionnaire.rs"]
mod questionnaire;
#[path = "src/text.rs"]
mod text;
#[path = "src/yaml.rs"]
mod yaml;

use std::path::PathBuf;

fn main() {
    for watched in [
        "recommendations",
        "questionnaires",
        "src/catalogue",
        "src/diagnostics.rs",
        "src/questionnaire.rs",
        "src/text.rs",
        "src/yaml.rs",
    ] {
        println!("cargo::rerun-if-changed={watched}");
    }
    let Some(out_dir) = std::env::var_os("OUT_DIR").map(PathBuf::from) else {
        println!("cargo::warning=OUT_DIR is not set; the built-in data will be read from YAML");
        return;
    };
    match catalogue::snapshot::make() {
        Some(json) => {
            if let Err(e) = std::fs::write(out_dir.join("builtin.json"), json) {
                println!("cargo::warning=cannot write the built-in data snapshot: {e}");
                return;
            }
            println!("cargo::rustc-cfg=icso_snapshot");
        }
        None => println!(
            "cargo::warning=the built-in data has errors; run `cargo run -- validate --data .` to see them"
        ),
    }
}
