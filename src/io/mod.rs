//! The outside world as the commands meet it: writing files atomically (and pipes and devices
//! without blocking), which paths name the same file, the lock that keeps two sessions off one
//! answers file, the signals that must not lose an answer, the terminal's facts, and the
//! encryption (age) that lets answers and reports travel.

pub mod crypt;
pub mod identity;
pub mod lock;
pub mod output;
pub mod signals;
pub mod term;
