//! The signals that end an interactive session from outside: SIGINT (`kill -INT`, or Ctrl-C
//! when the terminal is not in raw mode), SIGTERM, and SIGHUP (the terminal window closed). The
//! only module that knows signal-hook. While a [`Watch`] lives, each of them runs the session's
//! own stop routine, on a thread of its own, instead of killing the process mid-answer.
//!
//! On Unix only. Elsewhere (Windows) [`watch`] watches nothing and its [`Watch`] does nothing:
//! there Ctrl-C reaches the prompt library as a key and stops the session the usual way, and
//! every answer is already saved when it is given.

#[cfg(unix)]
use anyhow::Context;
use anyhow::Result;
#[cfg(unix)]
use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
#[cfg(unix)]
use signal_hook::iterator::{Handle, Signals};

// Outside Unix nothing is watched; the numbers are Unix's, for `exit_code` and `HANGUP`.
#[cfg(not(unix))]
const SIGINT: i32 = 2;
#[cfg(not(unix))]
const SIGTERM: i32 = 15;
#[cfg(not(unix))]
const SIGHUP: i32 = 1;

/// The signals watched, by number.
pub const WATCHED: [i32; 3] = [SIGINT, SIGTERM, SIGHUP];

/// The terminal is gone after this one: nothing can be shown.
pub const HANGUP: i32 = SIGHUP;

/// Stops watching when dropped.
#[cfg(unix)]
#[derive(Debug)]
pub struct Watch {
    handle: Handle,
}

/// Stops watching when dropped (outside Unix there is nothing to stop).
#[cfg(not(unix))]
#[derive(Debug)]
pub struct Watch {
    _nothing: (),
}

/// Run `stop(signal)` on the first watched signal. `stop` is expected to end the process (it
/// is the session's way out, with what it chose saved); should it return, the watch goes on.
#[cfg(unix)]
pub fn watch(mut stop: impl FnMut(i32) + Send + 'static) -> Result<Watch> {
    let mut signals = Signals::new(WATCHED).with_context(|| crate::t!("err-signals-watch"))?;
    let handle = signals.handle();
    std::thread::Builder::new()
        .name("icso-assess signals".into())
        .spawn(move || {
            for signal in signals.forever() {
                stop(signal);
            }
        })
        .with_context(|| crate::t!("err-signals-thread"))?;
    Ok(Watch { handle })
}

/// Outside Unix: watch nothing; `stop` is never called.
#[cfg(not(unix))]
pub fn watch(stop: impl FnMut(i32) + Send + 'static) -> Result<Watch> {
    drop(stop);
    Ok(Watch { _nothing: () })
}

#[cfg(unix)]
impl Drop for Watch {
    fn drop(&mut self) {
        self.handle.close();
    }
}

/// The exit status after a signal, as shells report it: 128 + its number.
pub fn exit_code(signal: i32) -> i32 {
    128 + signal
}

/// Run `f` (a prompt in the terminal's raw mode, such as a passphrase's) with SIGINT caught
/// instead of ending the process: a prompt that turns Ctrl-C into SIGINT itself then gets its
/// call back, returns an [`std::io::ErrorKind::Interrupted`] error and restores the terminal,
/// instead of leaving it without echo. Outside Unix `f` runs as it is.
#[cfg(unix)]
pub fn catching_interrupt<T>(f: impl FnOnce() -> T) -> T {
    let caught = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let id = signal_hook::flag::register(SIGINT, caught).ok();
    let out = f();
    if let Some(id) = id {
        signal_hook::low_level::unregister(id);
    }
    out
}

/// Outside Unix: run `f` as it is.
#[cfg(not(unix))]
pub fn catching_interrupt<T>(f: impl FnOnce() -> T) -> T {
    f()
}
