//! Encryption with age (<https://age-encryption.org/v1>), for answers and reports that travel
//! between offices and a secretariat. The only module that knows the `age` crate, and
//! `rpassword`, which reads a passphrase on the terminal without echo. Nothing cryptographic is
//! written here: keys, recipients, the header and the stream are age's, with its defaults.
//!
//! - Writing: a [`Seal`] (recipients, or a passphrase asked twice) wraps the writer of the one
//!   atomic writer (`io::output`), so the temporary file only ever receives ciphertext.
//! - Reading: [`read`] reads a file with the bounded reader; a file that starts with the age
//!   header (binary or ASCII-armoured, whatever its name) is decrypted in memory with the
//!   [`Keys`] given (`--identity FILE`, `ICSO_ASSESS_IDENTITY`), or with a passphrase asked on
//!   the terminal. The size limit applies to the plaintext.
//! - Names: an encrypted file ends in `.age`, and its format is the extension before it
//!   (`report.html.age` is an encrypted web page): [`inner_name`].

use crate::catalogue::source::read_bounded;
use crate::text::{quote, shell_word, shown_path};
use age::secrecy::{ExposeSecret, SecretString};
use anyhow::{Result, anyhow, bail};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

/// The first line of every age file.
const HEADER: &[u8] = b"age-encryption.org/v1";
/// The first line of an ASCII-armoured age file (`age -a`).
const ARMOR: &[u8] = b"-----BEGIN AGE ENCRYPTED FILE-----";
/// The extension of an encrypted file.
pub const EXTENSION: &str = "age";
/// The environment variable naming an identity file, when no `--identity` is given.
pub const IDENTITY_ENV: &str = "ICSO_ASSESS_IDENTITY";
/// An identity or recipients file holds a few lines: anything larger is not one.
const KEY_FILE_BYTES: u64 = 64 * 1024;
/// How many times a passphrase is asked before giving up.
const TRIES: usize = 3;

/// Whether `bytes` is an age file (binary, or ASCII-armoured), by its first line.
pub fn is_encrypted(bytes: &[u8]) -> bool {
    bytes.starts_with(HEADER) || bytes.trim_ascii_start().starts_with(ARMOR)
}

/// Whether a file of this name is an encrypted one: its name ends in `.age`.
pub fn is_sealed_name(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case(EXTENSION))
}

/// The name an encrypted file stands for, whose extension says its format: `report.html.age`
/// is `report.html`. Other names are returned as they are.
pub fn inner_name(path: &Path) -> PathBuf {
    if is_sealed_name(path) {
        path.with_extension("")
    } else {
        path.to_path_buf()
    }
}

/// The most bytes an encrypted file of at most `limit` bytes of plaintext can take: age adds a
/// header (a few hundred bytes for a few recipients) and 16 bytes per 64 KiB, and armour a
/// third more.
fn ciphertext_limit(limit: u64) -> u64 {
    limit.saturating_mul(3) / 2 + 64 * 1024
}

/// The encryption options of a command, as given: none of them means no encryption.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Request {
    /// `--encrypt-to age1...`, in order.
    pub encrypt_to: Vec<String>,
    /// `--recipients-file FILE`: one recipient a line, `#` comments, as age reads them.
    pub recipients_files: Vec<PathBuf>,
    /// `--passphrase`: asked twice on the terminal.
    pub passphrase: bool,
}

impl Request {
    /// No encryption was asked for.
    pub fn is_empty(&self) -> bool {
        self.encrypt_to.is_empty() && self.recipients_files.is_empty() && !self.passphrase
    }

    /// The option that asked for encryption, for messages.
    pub fn option(&self) -> &'static str {
        if !self.encrypt_to.is_empty() {
            "--encrypt-to"
        } else if !self.recipients_files.is_empty() {
            "--recipients-file"
        } else {
            "--passphrase"
        }
    }
}

/// Who can open what the tool writes: age recipients, or a passphrase.
pub struct Seal {
    how: How,
    /// The options that give the same recipients again, as shell words, for the command that
    /// resumes an encrypted file (a passphrase is asked again instead).
    args: Vec<String>,
}

enum How {
    Recipients(Vec<age::x25519::Recipient>),
    Passphrase(SecretString),
}

impl std::fmt::Debug for Seal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the passphrase.
        write!(f, "Seal({})", self.describe())
    }
}

impl Seal {
    /// The seal the options ask for: recipients checked (each malformed one is an error naming
    /// it), or a passphrase asked twice on the terminal for `what` (the file it protects).
    /// Call it before anything is read or written.
    pub fn from_request(request: &Request, what: &str) -> Result<Seal> {
        if request.passphrase {
            if !request.encrypt_to.is_empty() || !request.recipients_files.is_empty() {
                bail!(crate::t!("err-crypt-passphrase-and-recipients"));
            }
            return Ok(Seal::with_passphrase(new_passphrase(what)?));
        }
        let mut list = Vec::new();
        let mut args = Vec::new();
        for text in &request.encrypt_to {
            list.push(recipient(text, "--encrypt-to")?);
            args.push(format!("--encrypt-to {}", shell_word(text.trim())));
        }
        for file in &request.recipients_files {
            list.extend(recipients_file(file)?);
            args.push(format!(
                "--recipients-file {}",
                shell_word(&shown_path(file))
            ));
        }
        if list.is_empty() {
            bail!(crate::t!("err-crypt-no-recipient"));
        }
        Ok(Seal {
            how: How::Recipients(list),
            args,
        })
    }

    /// A seal by a passphrase already known (one that opened the file being resumed).
    pub fn with_passphrase(passphrase: SecretString) -> Seal {
        Seal {
            how: How::Passphrase(passphrase),
            args: Vec::new(),
        }
    }

    /// "encrypted to 2 recipients", "encrypted with a passphrase".
    pub fn describe(&self) -> String {
        match &self.how {
            How::Recipients(list) => crate::t!("cli-notice-encrypted-to", count = list.len()),
            How::Passphrase(_) => crate::t!("cli-notice-encrypted-with-passphrase"),
        }
    }

    /// Opened with a passphrase (not with an identity file).
    pub fn is_passphrase(&self) -> bool {
        matches!(self.how, How::Passphrase(_))
    }

    /// The options that give these recipients again, as shell words (none for a passphrase).
    pub fn args(&self) -> &[String] {
        &self.args
    }

    /// Encrypt what `write` writes into `out`: the header, then the plaintext in age's chunks,
    /// each encrypted before it reaches `out`, then the last chunk. Only ciphertext is written
    /// to `out`; plaintext waits in memory for at most one chunk (64 KiB).
    pub fn write(
        &self,
        out: &mut dyn Write,
        write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
    ) -> std::io::Result<()> {
        let encryptor = match &self.how {
            How::Recipients(list) => {
                age::Encryptor::with_recipients(list.iter().map(|r| r as &dyn age::Recipient))
                    .map_err(|e| std::io::Error::other(e.to_string()))?
            }
            How::Passphrase(p) => age::Encryptor::with_user_passphrase(p.clone()),
        };
        let mut sealed = encryptor.wrap_output(out)?;
        write(&mut sealed)?;
        sealed.finish()?;
        Ok(())
    }
}

/// One recipient, from `from` (the option or the file line, for the message).
fn recipient(text: &str, from: &str) -> Result<age::x25519::Recipient> {
    let text = text.trim();
    if text.starts_with("AGE-SECRET-KEY-") {
        // Never repeated in the message: it is a secret.
        bail!(crate::t!(
            "err-crypt-secret-not-recipient",
            from = from.to_owned()
        ));
    }
    if text.starts_with("ssh-") || text.starts_with("ecdsa-") {
        bail!(crate::t!("err-crypt-ssh-recipient", from = from.to_owned()));
    }
    text.parse::<age::x25519::Recipient>().map_err(|_| {
        anyhow!(crate::t!(
            "err-crypt-not-recipient",
            from = from.to_owned(),
            value = quote(text)
        ))
    })
}

/// A recipients or identity file, read whole up to [`KEY_FILE_BYTES`]. When it cannot be, the
/// error is the message `unreadable` makes with the variables `path`, the file as shown, and
/// `reason`, why not in words.
fn read_key_file(
    path: &Path,
    unreadable: impl FnOnce(crate::i18n::Args) -> String,
) -> std::result::Result<Vec<u8>, String> {
    read_bounded(path, KEY_FILE_BYTES).map_err(|why| {
        let mut args = crate::i18n::Args::new();
        args.set("path", shown_path(path));
        args.set("reason", crate::io::output::read_reason(&why));
        unreadable(args)
    })
}

/// The recipients of an age recipients file: one a line, blank lines and `#` comments ignored.
fn recipients_file(path: &Path) -> Result<Vec<age::x25519::Recipient>> {
    let shown = shown_path(path);
    let bytes = read_key_file(path, |args| {
        crate::t!("err-crypt-recipients-unreadable", ..args)
    })
    .map_err(anyhow::Error::msg)?;
    let text = String::from_utf8(bytes).map_err(|_| {
        anyhow!(crate::t!(
            "err-crypt-recipients-not-text",
            path = shown.clone()
        ))
    })?;
    let mut list = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        list.push(recipient(
            line,
            &crate::t!(
                "err-crypt-recipients-line",
                path = shown.clone(),
                line = n + 1
            ),
        )?);
    }
    if list.is_empty() {
        bail!(crate::t!("err-crypt-recipients-empty", path = shown));
    }
    Ok(list)
}

/// Ask a passphrase on the terminal without echo. Ctrl-C stops the program (exit 130) with
/// the terminal as it was; no terminal is an error saying so.
fn ask(prompt: &str) -> Result<SecretString> {
    let typed = crate::io::signals::catching_interrupt(|| rpassword::prompt_password(prompt));
    match typed {
        Ok(p) => Ok(SecretString::from(p)),
        Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {
            eprintln!("{}", crate::t!("cli-notice-passphrase-stopped"));
            std::process::exit(130);
        }
        Err(_) => bail!(crate::t!("err-crypt-passphrase-no-terminal")),
    }
}

/// A new passphrase for `what`, typed twice.
fn new_passphrase(what: &str) -> Result<SecretString> {
    for _ in 0..TRIES {
        let first = ask(&crate::t!(
            "cli-notice-passphrase-new",
            what = what.to_owned()
        ))?;
        if first.expose_secret().trim().is_empty() {
            eprintln!("{}", crate::t!("cli-notice-passphrase-empty"));
            continue;
        }
        let again = ask(&crate::t!("cli-notice-passphrase-again"))?;
        if first.expose_secret() == again.expose_secret() {
            return Ok(first);
        }
        eprintln!("{}", crate::t!("cli-notice-passphrase-differ"));
    }
    bail!(crate::t!("err-crypt-passphrase-not-set", tries = TRIES))
}

/// How a file that was read was protected.
pub enum Sealing {
    /// Not encrypted.
    Plain,
    /// Encrypted to recipients, and opened with an identity: the file does not say who its
    /// recipients are, so saving it again needs them again.
    Recipients,
    /// Encrypted with the passphrase in this seal, which can save it again.
    Passphrase(Seal),
}

impl std::fmt::Debug for Sealing {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Sealing::Plain => "Plain",
            Sealing::Recipients => "Recipients",
            Sealing::Passphrase(_) => "Passphrase",
        })
    }
}

/// A file's content, decrypted if it was encrypted.
#[derive(Debug)]
pub struct Opened {
    pub bytes: Vec<u8>,
    pub sealing: Sealing,
    /// The bytes on disk, for an encrypted file.
    pub ciphertext: Option<Vec<u8>>,
}

/// Read `path` (a regular file, never blocking: see `read_bounded`), decrypting it in memory
/// when it is an age file. At most `limit` bytes of plaintext: the limit of the file it
/// stands for. Errors are the reason, to follow the file's name ("is encrypted to other
/// keys: ...").
pub fn read(path: &Path, limit: u64, keys: &Keys) -> std::result::Result<Opened, String> {
    let cap = ciphertext_limit(limit);
    if let Ok(meta) = std::fs::symlink_metadata(path)
        && meta.is_file()
        && meta.len() > cap
    {
        return Err(over(meta.len(), limit));
    }
    let raw = read_bounded(path, cap).map_err(|why| crate::io::output::read_reason(&why))?;
    if is_encrypted(&raw) {
        let (bytes, sealing) = keys.open(&shown_path(path), &raw, limit)?;
        return Ok(Opened {
            bytes,
            sealing,
            ciphertext: Some(raw),
        });
    }
    if raw.len() as u64 > limit {
        return Err(over(raw.len() as u64, limit));
    }
    Ok(Opened {
        bytes: raw,
        sealing: Sealing::Plain,
        ciphertext: None,
    })
}

/// The bytes of `path` as they are on disk (ciphertext for an encrypted file), for telling
/// whether it changed: a file of at most `limit` bytes of plaintext.
pub fn read_raw(path: &Path, limit: u64) -> std::result::Result<Vec<u8>, String> {
    read_bounded(path, ciphertext_limit(limit)).map_err(|why| crate::io::output::read_reason(&why))
}

fn over(len: u64, limit: u64) -> String {
    crate::t!("err-read-too-large", size = len, limit = limit)
}

type AnyIdentity = Box<dyn age::Identity + Send + Sync>;

/// The identities that open encrypted files: the files of `--identity` (or the one
/// `ICSO_ASSESS_IDENTITY` names), read when the first encrypted file is met, and a passphrase
/// asked on the terminal for a file encrypted with one (remembered for the next such file).
/// Cloning shares them.
#[derive(Clone)]
pub struct Keys(Arc<KeysInner>);

struct KeysInner {
    files: Vec<PathBuf>,
    /// Named by the environment variable, not by `--identity`.
    from_env: bool,
    /// A passphrase may be asked on the terminal.
    ask: bool,
    loaded: OnceLock<std::result::Result<Vec<AnyIdentity>, String>>,
    passphrase: Mutex<Option<SecretString>>,
}

impl std::fmt::Debug for Keys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Keys")
            .field("files", &self.0.files)
            .field("from_env", &self.0.from_env)
            .finish_non_exhaustive()
    }
}

impl Keys {
    /// The identity files given with `--identity`; none given, the one `ICSO_ASSESS_IDENTITY`
    /// names, if set.
    pub fn new(files: Vec<PathBuf>) -> Keys {
        let (files, from_env) = if files.is_empty() {
            match std::env::var_os(IDENTITY_ENV) {
                Some(v) if !v.is_empty() => (vec![PathBuf::from(v)], true),
                _ => (Vec::new(), false),
            }
        } else {
            (files, false)
        };
        Keys::build(files, from_env, true)
    }

    /// No identity, and no passphrase asked: encrypted files cannot be opened (and say why).
    pub fn none() -> Keys {
        Keys::build(Vec::new(), false, false)
    }

    fn build(files: Vec<PathBuf>, from_env: bool, ask: bool) -> Keys {
        Keys(Arc::new(KeysInner {
            files,
            from_env,
            ask,
            loaded: OnceLock::new(),
            passphrase: Mutex::new(None),
        }))
    }

    /// The options that give these identity files again, as shell words, for printed commands
    /// (none when they come from the environment, which the next command has too).
    pub fn args(&self) -> Vec<String> {
        if self.0.from_env {
            return Vec::new();
        }
        self.0
            .files
            .iter()
            .map(|f| format!("--identity {}", shell_word(&shown_path(f))))
            .collect()
    }

    /// How the identity files were named, for messages.
    fn option(&self) -> &'static str {
        if self.0.from_env {
            IDENTITY_ENV
        } else {
            "--identity"
        }
    }

    fn identities(&self) -> std::result::Result<&[AnyIdentity], String> {
        let loaded = self.0.loaded.get_or_init(|| {
            let mut all = Vec::new();
            for file in &self.0.files {
                all.extend(identity_file(file, self.option())?);
            }
            Ok(all)
        });
        loaded.as_deref().map_err(Clone::clone)
    }

    /// Decrypt `bytes`, the age file named `shown`, to at most `limit` bytes.
    pub fn open(
        &self,
        shown: &str,
        bytes: &[u8],
        limit: u64,
    ) -> std::result::Result<(Vec<u8>, Sealing), String> {
        let decryptor = || {
            age::Decryptor::new_buffered(age::armor::ArmoredReader::new(bytes))
                .map_err(|e| self.decrypt_error(e, shown))
        };
        if decryptor()?.is_scrypt() {
            return self.open_with_passphrase(shown, &decryptor, limit);
        }
        let identities = self.identities()?;
        if identities.is_empty() {
            return Err(crate::t!("err-crypt-needs-identity", env = IDENTITY_ENV));
        }
        let reader = decryptor()?
            .decrypt(identities.iter().map(|i| i.as_ref() as &dyn age::Identity))
            .map_err(|e| self.decrypt_error(e, shown))?;
        Ok((plaintext(reader, limit)?, Sealing::Recipients))
    }

    fn open_with_passphrase<R: std::io::BufRead>(
        &self,
        shown: &str,
        decryptor: &dyn Fn() -> std::result::Result<age::Decryptor<R>, String>,
        limit: u64,
    ) -> std::result::Result<(Vec<u8>, Sealing), String> {
        // Held while asking: threads reading several files ask one at a time.
        let mut remembered = self
            .0
            .passphrase
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        let attempt = |p: &SecretString| {
            let identity = age::scrypt::Identity::new(p.clone());
            match decryptor()?.decrypt(std::iter::once(&identity as &dyn age::Identity)) {
                Ok(reader) => plaintext(reader, limit).map(Some),
                Err(age::DecryptError::DecryptionFailed | age::DecryptError::NoMatchingKeys) => {
                    Ok(None)
                }
                Err(e) => Err(self.decrypt_error(e, shown)),
            }
        };
        if let Some(p) = remembered.as_ref()
            && let Some(plain) = attempt(p)?
        {
            return Ok((plain, Sealing::Passphrase(Seal::with_passphrase(p.clone()))));
        }
        if !self.0.ask {
            return Err(crate::t!("err-crypt-passphrase-not-asked"));
        }
        for n in 0..TRIES {
            let p = ask(&crate::t!(
                "cli-notice-passphrase-for",
                path = shown.to_owned()
            ))
            .map_err(|e| format!("{e:#}"))?;
            if let Some(plain) = attempt(&p)? {
                *remembered = Some(p.clone());
                return Ok((plain, Sealing::Passphrase(Seal::with_passphrase(p))));
            }
            if n + 1 < TRIES {
                eprintln!(
                    "{}",
                    crate::t!("cli-notice-passphrase-wrong", path = shown.to_owned())
                );
            }
        }
        Err(crate::t!("err-crypt-passphrase-failed", tries = TRIES))
    }

    /// Why age could not decrypt the file `shown`, in words, with the fix.
    fn decrypt_error(&self, err: age::DecryptError, shown: &str) -> String {
        use age::DecryptError as E;
        match err {
            E::NoMatchingKeys => {
                let files: Vec<String> = self.0.files.iter().map(|f| shown_path(f)).collect();
                crate::t!(
                    "err-crypt-other-keys",
                    files = files.join(", "),
                    option = self.option()
                )
            }
            E::InvalidMac | E::DecryptionFailed | E::KeyDecryptionFailed => damaged(),
            E::UnknownFormat => crate::t!("err-crypt-newer-format"),
            E::ExcessiveWork { required, .. } => crate::t!(
                "err-crypt-excessive-work",
                factor = required,
                file = shell_word(shown)
            ),
            // A header that does not parse, cut short or changed.
            _ => crate::t!("err-crypt-bad-header"),
        }
    }
}

/// A file that fails age's checks: cut short, or changed after it was encrypted.
fn damaged() -> String {
    crate::t!("err-crypt-damaged")
}

/// The decrypted content, at most `limit` bytes; a stream that fails its check is damaged.
fn plaintext(reader: impl Read, limit: u64) -> std::result::Result<Vec<u8>, String> {
    let mut out = Vec::new();
    reader
        .take(limit.saturating_add(1))
        .read_to_end(&mut out)
        .map_err(|_| damaged())?;
    if out.len() as u64 > limit {
        return Err(crate::t!("err-crypt-too-large-decrypted", limit = limit));
    }
    Ok(out)
}

/// The identities of an age identity file (as `icso-assess key new` and age-keygen write
/// them), with a warning when others may read it.
fn identity_file(path: &Path, option: &str) -> std::result::Result<Vec<AnyIdentity>, String> {
    let shown = shown_path(path);
    let bytes = read_key_file(path, |args| {
        crate::t!(
            "err-crypt-identity-unreadable",
            ..args,
            option = option.to_owned()
        )
    })?;
    warn_if_shared(path, &shown);
    if is_encrypted(&bytes) {
        return Err(crate::t!(
            "err-crypt-identity-encrypted",
            path = shown,
            option = option.to_owned()
        ));
    }
    let parsed = age::IdentityFile::from_buffer(&bytes[..])
        .and_then(|f| f.into_identities().map_err(std::io::Error::other));
    match parsed {
        Ok(list) if !list.is_empty() => Ok(list),
        Ok(_) => Err(crate::t!(
            "err-crypt-identity-empty",
            path = shown,
            option = option.to_owned()
        )),
        Err(e) => Err(crate::t!(
            "err-crypt-identity-invalid",
            path = shown,
            option = option.to_owned(),
            error = crate::text::one_line(&e.to_string())
        )),
    }
}

/// Say so when others than the owner may read an identity file: whoever reads it opens every
/// file encrypted to it.
#[cfg(unix)]
fn warn_if_shared(path: &Path, shown: &str) {
    use std::os::unix::fs::PermissionsExt;
    if let Ok(meta) = std::fs::metadata(path) {
        let mode = meta.permissions().mode() & 0o777;
        if mode & 0o077 != 0 {
            eprintln!(
                "{}",
                crate::t!(
                    "warn-identity-shared",
                    path = shown.to_owned(),
                    mode = format!("{mode:04o}"),
                    file = shell_word(shown)
                )
            );
        }
    }
}

#[cfg(not(unix))]
fn warn_if_shared(_path: &Path, _shown: &str) {}

/// A new age identity, as an identity file's text (comments, then the secret key), and its
/// recipient, to share.
pub struct NewIdentity {
    file: SecretString,
    pub recipient: String,
}

impl NewIdentity {
    /// Write the identity file's text: it holds the secret key.
    pub fn write(&self, out: &mut dyn Write) -> std::io::Result<()> {
        out.write_all(self.file.expose_secret().as_bytes())
    }
}

impl std::fmt::Debug for NewIdentity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "NewIdentity({})", self.recipient)
    }
}

/// Make a new X25519 identity; `created` goes in its first comment, as age-keygen writes one.
pub fn new_identity(created: &str) -> NewIdentity {
    let identity = age::x25519::Identity::generate();
    let recipient = identity.to_public().to_string();
    let file = format!(
        "# created: {created} by icso-assess\n# public key: {recipient}\n{}\n",
        identity.to_string().expose_secret()
    );
    NewIdentity {
        file: SecretString::from(file),
        recipient,
    }
}

/// The recipients of the identities in an identity file, one a line (as `age-keygen -y`).
pub fn recipients_of(path: &Path) -> Result<Vec<String>> {
    let shown = shown_path(path);
    let bytes = read_key_file(path, |args| {
        crate::t!("err-key-identity-unreadable", ..args)
    })
    .map_err(anyhow::Error::msg)?;
    warn_if_shared(path, &shown);
    let file = age::IdentityFile::from_buffer(&bytes[..]).map_err(|e| {
        anyhow!(crate::t!(
            "err-key-identity-invalid",
            path = shown.clone(),
            error = crate::text::one_line(&e.to_string())
        ))
    })?;
    let mut out = Vec::new();
    file.write_recipients_file(&mut out)
        .map_err(|_| anyhow!(crate::t!("err-key-identity-empty", path = shown.clone())))?;
    Ok(String::from_utf8_lossy(&out)
        .lines()
        .map(str::to_string)
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::assert_contains;

    fn sealed_to(recipient: &str, plain: &[u8]) -> Vec<u8> {
        let request = Request {
            encrypt_to: vec![recipient.to_string()],
            ..Request::default()
        };
        let seal = Seal::from_request(&request, "x").unwrap();
        let mut out = Vec::new();
        seal.write(&mut out, |w| w.write_all(plain)).unwrap();
        out
    }

    fn keys_for(dir: &Path, id: &NewIdentity) -> Keys {
        let file = dir.join("k.key");
        std::fs::write(&file, id.file.expose_secret()).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();
        }
        Keys::build(vec![file], false, false)
    }

    #[test]
    fn a_sealed_file_opens_with_its_identity_only() {
        let dir = tempfile::tempdir().unwrap();
        let id = new_identity("2026-01-01");
        let sealed = sealed_to(&id.recipient, b"answers");
        assert!(is_encrypted(&sealed));
        let keys = keys_for(dir.path(), &id);
        let (plain, sealing) = keys.open("a.toml.age", &sealed, 100).unwrap();
        assert_eq!(plain, b"answers");
        assert!(matches!(sealing, Sealing::Recipients));

        let other = new_identity("2026-01-01");
        let err = keys.open("a.toml.age", &sealed_to(&other.recipient, b"x"), 100);
        assert!(err.unwrap_err().starts_with("is encrypted to other keys"));
        let err = Keys::none().open("a.toml.age", &sealed, 100).unwrap_err();
        assert_contains(&err, &["--identity FILE"]);
    }

    #[test]
    fn the_limit_is_on_the_plaintext_and_damage_is_found() {
        let dir = tempfile::tempdir().unwrap();
        let id = new_identity("2026-01-01");
        let keys = keys_for(dir.path(), &id);
        let sealed = sealed_to(&id.recipient, &[b'x'; 1000]);
        assert!(keys.open("a", &sealed, 1000).is_ok());
        let err = keys.open("a", &sealed, 999).unwrap_err();
        assert_contains(&err, &["once decrypted, over the limit of 999"]);
        let cut = &sealed[..sealed.len() - 10];
        assert!(
            keys.open("a", cut, 1000)
                .unwrap_err()
                .starts_with("is damaged")
        );
        let mut changed = sealed.clone();
        let last = changed.len() - 1;
        changed[last] ^= 1;
        assert!(
            keys.open("a", &changed, 1000)
                .unwrap_err()
                .starts_with("is damaged")
        );
        let mut header = sealed.clone();
        header[30] ^= 1;
        assert!(keys.open("a", &header, 1000).is_err());
    }

    #[test]
    fn malformed_recipients_are_named_and_secrets_never_repeated() {
        let bad = |text: &str| {
            let request = Request {
                encrypt_to: vec![text.to_string()],
                ..Request::default()
            };
            Seal::from_request(&request, "x").unwrap_err().to_string()
        };
        let err = bad("age1notarecipient\u{1b}[2J");
        assert!(
            err.starts_with(
                "--encrypt-to: \"age1notarecipient\\u{001B}[2J\" is not an age recipient"
            ),
            "{err}"
        );
        let id = new_identity("2026-01-01");
        let secret = id.file.expose_secret().lines().nth(2).unwrap().to_string();
        let err = bad(&secret);
        assert!(
            err.contains("secret identity") && !err.contains(&secret),
            "{err}"
        );
        assert!(bad("ssh-ed25519 AAAA").contains("SSH keys"));
    }

    #[test]
    fn names_and_headers() {
        assert!(is_sealed_name(Path::new("report.html.age")));
        assert!(is_sealed_name(Path::new("A.TOML.AGE")));
        assert!(!is_sealed_name(Path::new("report.html")));
        assert_eq!(
            inner_name(Path::new("d/report.html.age")),
            Path::new("d/report.html")
        );
        assert_eq!(inner_name(Path::new("a.toml")), Path::new("a.toml"));
        assert!(is_encrypted(b"age-encryption.org/v1\n-> X25519"));
        assert!(is_encrypted(b"\n-----BEGIN AGE ENCRYPTED FILE-----\n"));
        assert!(!is_encrypted(b"format = 1\n"));
    }
}
