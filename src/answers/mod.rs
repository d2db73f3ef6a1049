//! The answers file (TOML): [`parse`] and [`load`] check it against its questionnaire collecting
//! every finding, [`to_toml`] and [`save`] write it atomically, [`template`] writes a blank one.

pub mod export;
pub mod limits;
mod load;
pub mod model;
mod save;
mod template;
pub mod workbook;
pub mod xlsform;
pub(crate) mod xlsx;

pub(crate) use load::{Lines, MESSAGE_LIMIT, unknown_field, unknown_keys, unknown_setting};
pub use load::{
    LoadError, MAX_FILE_BYTES, Sealed, checked, is_workbook_path, load, open, parse, read,
    read_sealed, read_workbook,
};
pub use model::*;
pub(crate) use save::quoted;
pub use save::{check_writable, save, save_text, to_toml};
pub use template::template;
