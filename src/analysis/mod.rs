//! The analyses: pure functions from loaded answers to numbers. Scoring one answers file, comparing
//! two, combining many. Nothing here prints, writes or reads the clock.

pub mod aggregate;
pub mod compare;
pub mod scoring;
