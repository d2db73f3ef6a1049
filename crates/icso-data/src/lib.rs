//! The guide as data for icso-assess: the raw serde types of the data files, the registry of
//! named checks and their findings, the validated model, its translations (overlays), YAML
//! loading with budgets, and the text-safety rules. It knows nothing of commands, reports or terminals; the binary and its
//! build script (which checks the built-in data at build time) both use it.

pub mod catalogue;
pub mod diagnostics;
pub mod overlay;
pub mod questionnaire;
pub mod text;
pub mod yaml;
