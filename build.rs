//! Checks the built-in data at build time with the same code as `validate` (the data crate) and,
//! when it passes, embeds the checked model so commands need not parse 140 KB of YAML at every
//! start. Data with errors still builds: the binary then reads the YAML and reports them.

use icso_data::catalogue::snapshot;
use std::path::PathBuf;

fn main() {
    // The data crate embeds the files too, and is rebuilt (and this script rerun) when they or
    // its code change; these make the rerun explicit.
    for watched in ["recommendations", "questionnaires"] {
        println!("cargo::rerun-if-changed={watched}");
    }
    let Some(out_dir) = std::env::var_os("OUT_DIR").map(PathBuf::from) else {
        println!("cargo::warning=OUT_DIR is not set; the built-in data will be read from YAML");
        return;
    };
    match snapshot::make() {
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
