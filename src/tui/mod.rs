//! The terminal side: setup and restore, signals, and the event loop.
//!
//! Everything here is I/O; the state and its changes live in `app`, the drawing in `ui`.

mod effects;
mod event;
pub mod persist;
mod run;
mod signals;
mod terminal;

pub use event::action_for_event;
pub use run::run;
pub use terminal::restore;

/// Exit code after SIGHUP (128 + 1): the terminal went away.
pub const EXIT_HANGUP: i32 = 129;
/// Exit code after SIGTERM (128 + 15).
pub const EXIT_TERMINATED: i32 = 143;
