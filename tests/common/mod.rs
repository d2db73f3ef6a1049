//! Helpers shared by the integration tests (each test file that needs them says `mod common;`).

use std::process::Output;

/// The standard output of a run that had to succeed; fails with its standard error otherwise.
pub fn succeeded(out: Output) -> Vec<u8> {
    assert!(
        out.status.success(),
        "exit {:?}: {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}
