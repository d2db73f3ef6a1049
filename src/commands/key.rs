//! `key new -o FILE`: a new age identity, for a secretariat (or anyone) to receive encrypted
//! answers and reports; `key public FILE`: the recipient of an identity, to share again.

use crate::io::crypt;
use crate::io::output::{self, Access};
use crate::text::shown_path;
use anyhow::{Result, bail};
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, Clone)]
pub struct New {
    pub output: PathBuf,
}

#[derive(Debug, Clone)]
pub struct Public {
    pub file: PathBuf,
}

/// Write a new identity to a new private file, and print its recipient on standard output (the
/// one line to share); what to do with each goes to standard error.
pub fn new(opts: &New) -> Result<u8> {
    let path = &opts.output;
    let shown = shown_path(path);
    if output::is_stdout(Some(path)) {
        bail!(crate::t!("err-key-to-stdout"));
    }
    if std::fs::symlink_metadata(path).is_ok() {
        bail!(crate::t!("err-key-exists", ..super::file_args(&shown)));
    }
    if crypt::is_sealed_name(path) {
        bail!(crate::t!("err-key-age-name", path = shown));
    }
    let identity = crypt::new_identity(&super::assess::today());
    // Private (0600), whatever the umask: whoever reads it opens every file encrypted to it.
    output::write_file(path, Access::Private, |out| identity.write(out))?;
    let mut stdout = std::io::stdout().lock();
    writeln!(stdout, "{}", identity.recipient)?;
    stdout.flush()?;
    eprintln!(
        "{}",
        crate::t!(
            "cli-notice-key-written",
            ..super::file_args(&shown),
            recipient = identity.recipient.clone()
        )
    );
    Ok(0)
}

/// Print the recipient of each identity in the file, one a line.
pub fn public(opts: &Public, out: &mut dyn Write) -> Result<u8> {
    for recipient in crypt::recipients_of(&opts.file)? {
        writeln!(out, "{recipient}")?;
    }
    Ok(0)
}
