//! The file system as the commands meet it: which paths name the same file, the lock that keeps
//! two sessions off one answers file, and the signals that must not lose an answer.

pub mod identity;
pub mod lock;
pub mod signals;
