//! The integration tests, as one test binary (`cargo test --test cli`): one link of the crate and
//! its dependencies instead of one per file. Each module was a test file of its own; its tests
//! are named after it (`cargo test --test cli golden::` runs one), and its snapshots keep their
//! names in tests/snapshots (see `common::assert_snapshot!`).

mod common;

mod aggregate;
mod assess_flow;
mod assess_pty;
mod assess_screens;
mod assess_signals;
mod broken_pipe;
mod cli;
mod compare;
mod crash_safety;
mod docs_numbers;
mod ecosystem;
mod golden;
mod hostile;
mod hostile_paths;
mod hostile_props;
mod own_words;
mod packaging;
mod report_formats;
mod scoring;
mod validate_checks;
