//! The signals that end an interactive session from outside: SIGINT (`kill -INT`, or Ctrl-C
//! when the terminal is not in raw mode), SIGTERM, and SIGHUP (the terminal window closed). The
//! only module that knows signal-hook. While a [`Watch`] lives, each of them runs the session's
//! own stop routine, on a thread of its own, instead of killing the process mid-answer.

use anyhow::{Context, Result};
use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
use signal_hook::iterator::{Handle, Signals};

/// The signals watched, by number.
pub const WATCHED: [i32; 3] = [SIGINT, SIGTERM, SIGHUP];

/// The terminal is gone after this one: nothing can be shown.
pub const HANGUP: i32 = SIGHUP;

/// Stops watching when dropped.
#[derive(Debug)]
pub struct Watch {
    handle: Handle,
}

/// Run `stop(signal)` on the first watched signal. `stop` is expected to end the process (it
/// is the session's way out, with what it chose saved); should it return, the watch goes on.
pub fn watch(mut stop: impl FnMut(i32) + Send + 'static) -> Result<Watch> {
    let mut signals =
        Signals::new(WATCHED).context("cannot watch for the signals that stop a session")?;
    let handle = signals.handle();
    std::thread::Builder::new()
        .name("icso-assess signals".into())
        .spawn(move || {
            for signal in signals.forever() {
                stop(signal);
            }
        })
        .context("cannot start the thread that watches for signals")?;
    Ok(Watch { handle })
}

impl Drop for Watch {
    fn drop(&mut self) {
        self.handle.close();
    }
}

/// The exit status after a signal, as shells report it: 128 + its number.
pub fn exit_code(signal: i32) -> i32 {
    128 + signal
}
