//! The guide as data for icso-assess: the raw serde types of the data files, the registry of
//! named checks and their findings, the validated model, its translations (overlays), YAML
//! loading with budgets, and the text-safety rules. It knows nothing of commands, reports or terminals; the binary and its
//! build script (which checks the built-in data at build time) both use it.

/// Finders by id, one for each list of `self`: `name: list -> Type` is
/// `pub fn name(&self, id: &str) -> Option<&Type>`, the entry of `self.list` with that `id`.
macro_rules! find_by_id {
    ($($name:ident: $list:ident -> $entry:ty;)*) => {$(
        pub fn $name(&self, id: &str) -> Option<&$entry> {
            self.$list.iter().find(|e| e.id == id)
        }
    )*};
}

pub mod catalogue;
pub mod diagnostics;
pub mod overlay;
pub mod questionnaire;
pub mod text;
pub mod yaml;
