//! Where the data files come from: the copies embedded in the binary, or `DIR/recommendations`
//! and `DIR/questionnaires`; their translations, from the overlays embedded in the binary or
//! `DIR/translations/<lang>/`. Reading is bounded and refuses anything but regular files.

use crate::diagnostics::Code;
use crate::diagnostics::Finding;
use crate::overlay::{self, LanguageFiles};
use crate::yaml::MAX_FILE_BYTES;
use anyhow::{Context, Result, bail};
use std::ffi::OsString;
use std::io::Read;
use std::path::{Path, PathBuf};

/// The repo's own data files, compiled in so the binary works anywhere.
pub const BUILTIN: &[(&str, &str)] = &[
    (
        "recommendations/00-guide.yaml",
        include_str!("../../../../recommendations/00-guide.yaml"),
    ),
    (
        "recommendations/01-organisational-capacity.yaml",
        include_str!("../../../../recommendations/01-organisational-capacity.yaml"),
    ),
    (
        "recommendations/02-sector-collaboration.yaml",
        include_str!("../../../../recommendations/02-sector-collaboration.yaml"),
    ),
    (
        "recommendations/03-1-belt-and-road.yaml",
        include_str!("../../../../recommendations/03-1-belt-and-road.yaml"),
    ),
    (
        "recommendations/03-2-technology.yaml",
        include_str!("../../../../recommendations/03-2-technology.yaml"),
    ),
    (
        "recommendations/03-3-chinese-ngos.yaml",
        include_str!("../../../../recommendations/03-3-chinese-ngos.yaml"),
    ),
    (
        "recommendations/03-4-global-governance.yaml",
        include_str!("../../../../recommendations/03-4-global-governance.yaml"),
    ),
    (
        "questionnaires/full.yaml",
        include_str!("../../../../questionnaires/full.yaml"),
    ),
    (
        "questionnaires/quick.yaml",
        include_str!("../../../../questionnaires/quick.yaml"),
    ),
];

/// Where to read the data from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DataSource {
    Builtin,
    Dir(PathBuf),
}

impl DataSource {
    /// How the source is named in messages.
    pub fn describe(&self) -> String {
        match self {
            DataSource::Builtin => "the built-in data".to_string(),
            DataSource::Dir(dir) => format!("the data in {}", crate::text::shown_path(dir)),
        }
    }
}

/// One data file's text, named by the path users see in messages.
#[derive(Debug, Clone)]
pub struct DataFile {
    pub path: String,
    pub text: String,
}

impl DataFile {
    pub(crate) fn new(path: &str, text: &str) -> DataFile {
        DataFile {
            path: path.to_string(),
            text: text.to_string(),
        }
    }
}

/// The data files found, and those that could not be read.
#[derive(Debug, Default)]
pub struct DataFiles {
    pub recommendations: Vec<DataFile>,
    pub questionnaires: Vec<DataFile>,
    /// The translation overlays, by language (when they were asked for).
    pub translations: Vec<LanguageFiles>,
    pub problems: Vec<Finding>,
}

/// The two lists of files of the data or of a language's overlays, recommendations then
/// questionnaires: where the files read or compiled in go.
pub(crate) struct Lists<'a>(pub &'a mut Vec<DataFile>, pub &'a mut Vec<DataFile>);

impl Lists<'_> {
    /// `file` into the questionnaires' list when it is a questionnaire's, else the
    /// recommendations'.
    pub(crate) fn push(&mut self, questionnaire: bool, file: DataFile) {
        if questionnaire {
            self.1.push(file);
        } else {
            self.0.push(file);
        }
    }
}

/// Read every data file of `source`. An error means nothing could be checked at all.
pub fn read(source: &DataSource) -> Result<DataFiles> {
    match source {
        DataSource::Builtin => Ok(builtin()),
        DataSource::Dir(dir) => read_dir(dir, false),
    }
}

/// Read every data file of `source` and every language's overlays, within one data folder's
/// limits: what `validate` checks.
pub fn read_with_translations(source: &DataSource) -> Result<DataFiles> {
    match source {
        DataSource::Builtin => {
            let mut files = builtin();
            files.translations = overlay::builtin();
            Ok(files)
        }
        DataSource::Dir(dir) => read_dir(dir, true),
    }
}

/// Read the overlays of one language (`None` when it has none), and the files that could not
/// be read: what a command in that language applies. A folder's overlays have the limits of a
/// data folder of their own.
pub fn read_language(
    source: &DataSource,
    lang: &str,
) -> Result<(Option<LanguageFiles>, Vec<Finding>)> {
    match source {
        DataSource::Builtin => Ok((
            overlay::builtin().into_iter().find(|l| l.lang == lang),
            Vec::new(),
        )),
        DataSource::Dir(dir) => {
            let mut budget = Budget::new(dir);
            let listed = list_translations(dir, Some(lang), &mut budget)?;
            let mut problems = Vec::new();
            let mut found = read_translations(listed, &mut budget, &mut problems)?;
            Ok((found.pop(), problems))
        }
    }
}

fn builtin() -> DataFiles {
    let mut files = DataFiles::default();
    let mut lists = Lists(&mut files.recommendations, &mut files.questionnaires);
    for (path, text) in BUILTIN {
        lists.push(
            !path.starts_with("recommendations/"),
            DataFile::new(path, text),
        );
    }
    files
}

fn display(dir: &Path, sub: &str, name: &str) -> String {
    let joined = dir.join(sub).join(name);
    let shown = joined.to_string_lossy().into_owned();
    shown
        .strip_prefix("./")
        .map(str::to_string)
        .unwrap_or(shown)
}

/// Most `.yaml` files read from a data folder, in `recommendations/` and `questionnaires/`
/// together: the built-in data has 9.
pub const MAX_DATA_FILES: usize = 200;
/// Most bytes read from a data folder, all its files together: the built-in data is about 140 KB.
/// Parsing and checking take about half a second per MiB, so this keeps a run near one second.
pub const MAX_DATA_BYTES: u64 = 2 * 1024 * 1024;
/// Most entries of any kind listed in one data sub-folder before giving up: listing a folder of
/// 100,000 files would take seconds and memory for nothing.
pub const MAX_FOLDER_ENTRIES: usize = 1000;

fn read_dir(dir: &Path, translations: bool) -> Result<DataFiles> {
    let meta = std::fs::metadata(dir)
        .with_context(|| format!("cannot read data folder {}", dir.display()))?;
    if !meta.is_dir() {
        bail!(
            "{} is not a folder; --data takes the folder that holds recommendations/ and questionnaires/",
            dir.display()
        );
    }
    let mut budget = Budget::new(dir);
    // Listed first, read after: a folder over the limits is refused before any file is read.
    let mut listings = Vec::new();
    for sub in ["recommendations", "questionnaires"] {
        listings.push((sub, list(dir, sub, &mut budget)?));
    }
    let languages = if translations {
        list_translations(dir, None, &mut budget)?
    } else {
        Vec::new()
    };
    let mut files = DataFiles::default();
    let lists = Lists(&mut files.recommendations, &mut files.questionnaires);
    read_listed(dir, listings, &mut budget, lists, &mut files.problems)?;
    if files.recommendations.is_empty()
        && files.questionnaires.is_empty()
        && files.problems.is_empty()
    {
        bail!(
            "{} holds no .yaml files under recommendations/ or questionnaires/",
            dir.display()
        );
    }
    files.translations = read_translations(languages, &mut budget, &mut files.problems)?;
    Ok(files)
}

/// One language's overlay folder as listed: its tag, its folder, the files of each sub-folder.
struct ListedLanguage {
    lang: String,
    dir: PathBuf,
    subs: Vec<(&'static str, Vec<(String, OsString)>)>,
}

/// The languages of `DIR/translations/` that have overlays (`recommendations/` or
/// `questionnaires/`; a folder of `.ftl` files alone has none), or only `only`. English is the
/// source, never an overlay: `translations/en/` is not read.
fn list_translations(
    dir: &Path,
    only: Option<&str>,
    budget: &mut Budget<'_>,
) -> Result<Vec<ListedLanguage>> {
    let root = dir.join("translations");
    refuse_link(&root, "translations")?;
    if !root.is_dir() {
        return Ok(Vec::new());
    }
    let mut tags = Vec::new();
    match only {
        Some(lang) => tags.push(lang.to_string()),
        None => each_entry(&root, "keep one folder per language there", |entry| {
            if entry
                .file_type()
                .is_ok_and(|t| t.is_dir() || t.is_symlink())
            {
                tags.push(entry.file_name().to_string_lossy().into_owned());
            }
            Ok(())
        })?,
    }
    tags.sort();
    budget.translations = true;
    let mut languages = Vec::new();
    for lang in tags.into_iter().filter(|l| l != "en") {
        let lang_dir = root.join(&lang);
        refuse_link(&lang_dir, &format!("translations/{lang}"))?;
        let mut subs = Vec::new();
        for sub in ["recommendations", "questionnaires"] {
            let sub_dir = lang_dir.join(sub);
            refuse_link(&sub_dir, &format!("translations/{lang}/{sub}"))?;
            if sub_dir.is_dir() {
                subs.push((sub, list(&lang_dir, sub, budget)?));
            }
        }
        if !subs.is_empty() {
            languages.push(ListedLanguage {
                lang,
                dir: lang_dir,
                subs,
            });
        }
    }
    Ok(languages)
}

/// A folder a data folder from a pull request could point anywhere on the runner.
fn refuse_link(path: &Path, what: &str) -> Result<()> {
    if std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
        bail!(
            "{} is a symbolic link, which icso-assess does not follow; make {what}/ a real folder",
            path.display()
        );
    }
    Ok(())
}

/// Read the listed overlays; a file that cannot be read is a finding.
fn read_translations(
    languages: Vec<ListedLanguage>,
    budget: &mut Budget<'_>,
    problems: &mut Vec<Finding>,
) -> Result<Vec<LanguageFiles>> {
    let mut out = Vec::new();
    for l in languages {
        let shown_dir = l.dir.to_string_lossy().into_owned();
        let shown_dir = shown_dir
            .strip_prefix("./")
            .map(str::to_string)
            .unwrap_or(shown_dir);
        let mut files = LanguageFiles {
            lang: l.lang,
            dir: shown_dir,
            ..LanguageFiles::default()
        };
        let lists = Lists(&mut files.recommendations, &mut files.questionnaires);
        read_listed(&l.dir, l.subs, budget, lists, problems)?;
        out.push(files);
    }
    Ok(out)
}

/// Read the files `listings` names under `dir`, within the budget, each into its list; a file
/// that cannot be read is a finding. The data folder and each language's overlays alike.
fn read_listed(
    dir: &Path,
    listings: Vec<(&str, Vec<(String, OsString)>)>,
    budget: &mut Budget<'_>,
    mut into: Lists<'_>,
    problems: &mut Vec<Finding>,
) -> Result<()> {
    for (sub, names) in listings {
        for (name, real) in names {
            let shown = display(dir, sub, &name);
            match read_file(&dir.join(sub).join(real)) {
                Ok(text) => {
                    budget.read(text.len() as u64)?;
                    into.push(sub != "recommendations", DataFile { path: shown, text });
                }
                Err(why) => {
                    problems.push(Finding::new(Code::UnreadableFile, &shown, None, why));
                }
            }
        }
    }
    Ok(())
}

/// How much of a data folder's limits reading it has used.
struct Budget<'d> {
    dir: &'d Path,
    /// `.yaml` files listed.
    files: usize,
    /// Their sizes as listed.
    listed: u64,
    /// What was read of them.
    read: u64,
    /// Whether translations are counted too.
    translations: bool,
}

impl<'d> Budget<'d> {
    fn new(dir: &'d Path) -> Self {
        Budget {
            dir,
            files: 0,
            listed: 0,
            read: 0,
            translations: false,
        }
    }

    fn too_large(&self) -> anyhow::Error {
        let overlays = if self.translations {
            ", and only overlays in translations/ (the built-in data is about 140 KB, with its translations about 480 KB)"
        } else {
            " (the built-in data is about 140 KB)"
        };
        anyhow::anyhow!(
            "the data files in {} add up to more than {} MiB, the limit for a data folder; keep only the data files in recommendations/ and questionnaires/{overlays}",
            self.dir.display(),
            MAX_DATA_BYTES / (1024 * 1024)
        )
    }

    /// One more `.yaml` file listed, with its size when the listing tells it.
    fn list(&mut self, size: Option<u64>) -> Result<()> {
        self.files += 1;
        if self.files > MAX_DATA_FILES && self.translations {
            bail!(
                "{} holds more than {MAX_DATA_FILES} .yaml files in recommendations/, questionnaires/ and the overlays of translations/, the limit for a data folder; keep only the data files and overlays there (the built-in data has 9, and 9 per language)",
                self.dir.display()
            );
        }
        if self.files > MAX_DATA_FILES {
            bail!(
                "{} holds more than {MAX_DATA_FILES} .yaml files in recommendations/ and questionnaires/, the limit for a data folder; keep only the data files there (the built-in data has 9)",
                self.dir.display()
            );
        }
        self.listed = self.listed.saturating_add(size.unwrap_or(0));
        if self.listed > MAX_DATA_BYTES {
            return Err(self.too_large());
        }
        Ok(())
    }

    /// Files can grow between the listing and the reading: count what was read.
    fn read(&mut self, bytes: u64) -> Result<()> {
        self.read = self.read.saturating_add(bytes);
        if self.read > MAX_DATA_BYTES {
            return Err(self.too_large());
        }
        Ok(())
    }
}

/// The `.yaml` files of one data sub-folder, sorted by the name shown, each with its real name
/// (which need not be UTF-8).
fn list(dir: &Path, sub: &str, budget: &mut Budget<'_>) -> Result<Vec<(String, OsString)>> {
    let sub_dir = dir.join(sub);
    // A data folder from a pull request could point recommendations/ anywhere on the runner.
    refuse_link(&sub_dir, sub)?;
    if !sub_dir.is_dir() {
        bail!(
            "{} has no {sub}/ folder; --data takes the folder that holds recommendations/ and questionnaires/ (icso-assess init-data DIR writes a copy to start from)",
            dir.display()
        );
    }
    let mut names = Vec::new();
    let advice = "keep only the data files there (the built-in data has 9)";
    each_entry(&sub_dir, advice, |entry| {
        // Shown lossily, but read by its real name.
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.ends_with(".yaml") || name.ends_with(".yml") {
            // The size as listed, without following links: enough to refuse a folder that is
            // too large before reading any of it.
            let size = entry
                .metadata()
                .ok()
                .filter(|m| m.is_file())
                .map(|m| m.len());
            budget.list(size)?;
            names.push((name, entry.file_name()));
        }
        Ok(())
    })?;
    names.sort();
    Ok(names)
}

/// Each entry of the folder `dir`, refusing a folder of more than [`MAX_FOLDER_ENTRIES`]
/// entries (`advice` ends that message).
fn each_entry(
    dir: &Path,
    advice: &str,
    mut each: impl FnMut(std::fs::DirEntry) -> Result<()>,
) -> Result<()> {
    let cannot_list = || format!("cannot list {}", dir.display());
    for (listed, entry) in std::fs::read_dir(dir)
        .with_context(cannot_list)?
        .enumerate()
    {
        let entry = entry.with_context(cannot_list)?;
        if listed >= MAX_FOLDER_ENTRIES {
            bail!(
                "{} holds more than {MAX_FOLDER_ENTRIES} entries, the limit for a data folder; {advice}",
                dir.display()
            );
        }
        each(entry)?;
    }
    Ok(())
}

/// Read a file we were told to trust only as far as its size, kind and encoding allow.
pub fn read_file(path: &Path) -> std::result::Result<String, String> {
    let bytes = read_bounded(path, MAX_FILE_BYTES)?;
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "is not UTF-8 text (invalid byte at offset {}); save it as UTF-8",
            e.utf8_error().valid_up_to()
        )
    })
}

/// Read a regular file of at most `limit` bytes, refusing symlinks, folders, named pipes and
/// devices. Nothing here can block: the file is opened without waiting (a named pipe swapped in
/// after the look cannot hold the open), must still be the file looked at, and is read only as
/// far as the size it reports (one byte more tells that it grew). A file reporting size 0, like
/// those of /proc, is read as empty without reading.
pub fn read_bounded(path: &Path, limit: u64) -> std::result::Result<Vec<u8>, String> {
    let meta = std::fs::symlink_metadata(path).map_err(|e| io_reason(&e))?;
    not_regular(&meta).map_or(Ok(()), Err)?;
    if meta.len() > limit {
        return Err(format!(
            "is {} bytes, over the limit of {limit} bytes",
            meta.len()
        ));
    }
    let file = open_nonblocking(path).map_err(|e| io_reason(&e))?;
    let opened = file.metadata().map_err(|e| io_reason(&e))?;
    // The path could have been swapped for a link, a pipe or another file since the look.
    if !opened.is_file() || !same_file(&meta, &opened) {
        return Err("changed while it was being read; try again".to_string());
    }
    let size = opened.len();
    if size > limit {
        return Err(format!("is {size} bytes, over the limit of {limit} bytes"));
    }
    if size == 0 {
        return Ok(Vec::new());
    }
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0).saturating_add(1));
    file.take(size + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| io_reason(&e))?;
    if bytes.len() as u64 > size {
        return Err(
            "grew while it was being read; try again when nothing is writing to it".to_string(),
        );
    }
    Ok(bytes)
}

/// Why something that is not a regular file cannot be read, in words; `None` for a file.
fn not_regular(meta: &std::fs::Metadata) -> Option<String> {
    let kind = meta.file_type();
    if kind.is_symlink() {
        return Some("is a symbolic link; give the file itself".to_string());
    }
    if kind.is_dir() {
        return Some("is a folder, not a file".to_string());
    }
    if kind.is_file() {
        return None;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return Some(
                "is a named pipe, not a regular file; save its content to a file and give that"
                    .to_string(),
            );
        }
        if kind.is_char_device() || kind.is_block_device() {
            return Some("is a device, not a regular file; give a file".to_string());
        }
        if kind.is_socket() {
            return Some("is a socket, not a regular file; give a file".to_string());
        }
    }
    Some("is not a regular file; give a file".to_string())
}

/// Open a file to read without blocking on it (a named pipe cannot hold the open); what
/// [`read_bounded`] opens with, for any reader that must not block either.
#[cfg(unix)]
pub fn open_nonblocking(path: &Path) -> std::io::Result<std::fs::File> {
    use rustix::fs::{Mode, OFlags};
    let flags = OFlags::RDONLY | OFlags::NONBLOCK | OFlags::CLOEXEC | OFlags::NOCTTY;
    Ok(std::fs::File::from(rustix::fs::open(
        path,
        flags,
        Mode::empty(),
    )?))
}

#[cfg(not(unix))]
pub fn open_nonblocking(path: &Path) -> std::io::Result<std::fs::File> {
    std::fs::File::open(path)
}

#[cfg(unix)]
fn same_file(a: &std::fs::Metadata, b: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    (a.dev(), a.ino()) == (b.dev(), b.ino())
}

/// Elsewhere std has no stable file identity: the same size is the best check there is.
#[cfg(not(unix))]
fn same_file(a: &std::fs::Metadata, b: &std::fs::Metadata) -> bool {
    a.len() == b.len()
}

/// An I/O error in words, without the OS error number.
pub fn io_reason(err: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    match err.kind() {
        K::NotFound => "does not exist".to_string(),
        K::PermissionDenied => "cannot be read: permission denied".to_string(),
        K::IsADirectory => "is a folder, not a file".to_string(),
        K::InvalidData => "is not UTF-8 text".to_string(),
        _ => {
            let text = err.to_string();
            let text = match text.find(" (os error") {
                Some(i) => text[..i].to_string(),
                None => text,
            };
            format!("cannot be read: {}", text.to_lowercase())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A data folder under the system's temporary folder, removed when dropped.
    struct Folder(PathBuf);

    impl Folder {
        fn new(name: &str) -> Self {
            let dir =
                std::env::temp_dir().join(format!("icso-source-{}-{name}", std::process::id()));
            for sub in ["recommendations", "questionnaires"] {
                std::fs::create_dir_all(dir.join(sub)).unwrap();
            }
            Folder(dir)
        }

        fn write(&self, path: &str, text: &str) {
            std::fs::write(self.0.join(path), text).unwrap();
        }
    }

    impl Drop for Folder {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    #[test]
    fn only_yaml_files_are_read_in_name_order() {
        let folder = Folder::new("order");
        folder.write("recommendations/b.yaml", "b");
        folder.write("recommendations/a.yml", "a");
        folder.write("recommendations/notes.txt", "not data");
        folder.write("questionnaires/q.yaml", "q");
        let files = read_dir(&folder.0, false).unwrap();
        let texts: Vec<&str> = files
            .recommendations
            .iter()
            .map(|f| f.text.as_str())
            .collect();
        assert_eq!(texts, ["a", "b"]);
        assert_eq!(files.questionnaires.len(), 1);
        assert!(files.problems.is_empty());
    }

    #[test]
    fn a_folder_over_the_limits_is_refused_before_reading() {
        let folder = Folder::new("many");
        for i in 0..=MAX_DATA_FILES {
            folder.write(&format!("recommendations/{i:03}.yaml"), "");
        }
        let err = read_dir(&folder.0, false).unwrap_err().to_string();
        assert!(err.contains("more than 200 .yaml files"), "{err}");
        let folder = Folder::new("large");
        let big = "x".repeat(usize::try_from(MAX_DATA_BYTES).unwrap() / 2 + 1);
        folder.write("recommendations/a.yaml", &big);
        folder.write("questionnaires/b.yaml", &big);
        let err = read_dir(&folder.0, false).unwrap_err().to_string();
        assert!(err.contains("add up to more than 2 MiB"), "{err}");
    }

    #[test]
    fn a_missing_sub_folder_is_refused() {
        let folder = Folder::new("missing");
        std::fs::remove_dir(folder.0.join("questionnaires")).unwrap();
        let err = read_dir(&folder.0, false).unwrap_err().to_string();
        assert!(err.contains("has no questionnaires/ folder"), "{err}");
    }

    #[test]
    fn translations_are_read_by_language_and_english_is_not_one() {
        let folder = Folder::new("translations");
        folder.write("recommendations/a.yaml", "a");
        folder.write("questionnaires/q.yaml", "q");
        for dir in [
            "translations/fr/recommendations",
            "translations/fr/questionnaires",
            "translations/en/recommendations",
            "translations/de",
        ] {
            std::fs::create_dir_all(folder.0.join(dir)).unwrap();
        }
        folder.write("translations/fr/recommendations/a.yaml", "fr a");
        folder.write("translations/fr/questionnaires/q.yaml", "fr q");
        folder.write("translations/fr/common.ftl", "not an overlay");
        folder.write("translations/en/recommendations/a.yaml", "en a");
        folder.write("translations/de/common.ftl", "no overlays");
        let source = DataSource::Dir(folder.0.clone());
        let files = read_with_translations(&source).unwrap();
        let langs: Vec<&str> = files.translations.iter().map(|l| l.lang.as_str()).collect();
        assert_eq!(langs, ["fr"]);
        let fr = &files.translations[0];
        assert_eq!(fr.recommendations[0].text, "fr a");
        assert_eq!(fr.questionnaires[0].text, "fr q");
        assert!(
            fr.recommendations[0]
                .path
                .ends_with("translations/fr/recommendations/a.yaml")
        );
        assert!(
            read(&source).unwrap().translations.is_empty(),
            "English alone"
        );
        let (es, problems) = read_language(&source, "es").unwrap();
        assert!(es.is_none() && problems.is_empty());
        let (fr, _) = read_language(&source, "fr").unwrap();
        assert_eq!(fr.unwrap().questionnaires.len(), 1);
    }

    #[cfg(unix)]
    #[test]
    fn a_linked_translation_folder_is_refused_and_a_bad_file_is_a_finding() {
        let folder = Folder::new("translations-hostile");
        folder.write("recommendations/a.yaml", "a");
        std::fs::create_dir_all(folder.0.join("translations/fr/recommendations")).unwrap();
        std::fs::write(
            folder.0.join("translations/fr/recommendations/bad.yaml"),
            b"title: \xff\n",
        )
        .unwrap();
        let source = DataSource::Dir(folder.0.clone());
        let files = read_with_translations(&source).unwrap();
        assert!(
            files.problems.iter().any(|f| f.code == Code::UnreadableFile
                && f.file.ends_with("translations/fr/recommendations/bad.yaml")),
            "{:?}",
            files.problems
        );
        std::os::unix::fs::symlink("/tmp", folder.0.join("translations/es")).unwrap();
        let err = read_with_translations(&source).unwrap_err().to_string();
        assert!(err.contains("is a symbolic link"), "{err}");
        assert!(err.contains("make translations/es/ a real folder"), "{err}");
    }
}
