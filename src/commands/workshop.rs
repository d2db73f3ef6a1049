//! `workshop FILE|FOLDER...`: the interactive facilitator session that walks a group through its
//! disagreements to an agreed, evidenced consensus file. A placeholder until it is built: the
//! options are settled so the command line can parse it, and running it says it is not there.

use super::Global;
use anyhow::{Result, bail};
use std::path::PathBuf;

/// Where the session writes the agreed answers unless `-o` says otherwise.
pub const DEFAULT_OUTPUT: &str = "consensus.toml";

#[derive(Debug, Clone)]
pub struct Options {
    /// Answers files, or folders whose `*.toml` files are read.
    pub files: Vec<PathBuf>,
    /// The consensus answers file to write (default `consensus.toml`).
    pub output: PathBuf,
    /// Questions whose levels spread by this much or more are discussed (default 2).
    pub spread: u8,
    /// Show who gave which answer; anonymous otherwise.
    pub named: bool,
}

pub fn run(_global: &Global, _opts: &Options) -> Result<u8> {
    bail!(
        "the interactive workshop is not built yet; print a pack for a facilitated workshop instead: icso-assess workshop pack FILES -o pack.html"
    )
}
