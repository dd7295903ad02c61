//! Entering and leaving the full-screen terminal mode, idempotently and from any path.
//!
//! The terminal must be given back on every exit: normal quit, error, panic (the hook
//! and the [`Session`] drop guard both call [`restore`]), signals (the signal thread
//! calls it) and suspend. `restore` may run twice or from two threads; only the first
//! call writes.

use crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use crossterm::terminal::{
    disable_raw_mode, enable_raw_mode, EnterAlternateScreen, LeaveAlternateScreen,
};
use crossterm::{cursor, execute};
use std::io::{self, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Once;

/// True while the terminal is in raw mode on the alternate screen.
static ACTIVE: AtomicBool = AtomicBool::new(false);
static PANIC_HOOK: Once = Once::new();

/// The terminal in reader mode; dropping it restores the terminal.
#[derive(Debug)]
pub struct Session(());

impl Session {
    /// Enters raw mode, the alternate screen and mouse reporting; installs the panic hook.
    pub fn enter() -> io::Result<Self> {
        install_panic_hook();
        enter_mode()?;
        Ok(Self(()))
    }

    /// Gives the terminal back (for a suspend); [`Session::resume`] takes it again.
    pub fn suspend(&mut self) {
        restore();
    }

    /// Takes the terminal again after a suspend.
    pub fn resume(&mut self) -> io::Result<()> {
        enter_mode()
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        restore();
    }
}

fn enter_mode() -> io::Result<()> {
    // Mark active first: if anything below fails half-way, `restore` undoes the rest.
    ACTIVE.store(true, Ordering::SeqCst);
    enable_raw_mode()?;
    execute!(
        io::stdout(),
        EnterAlternateScreen,
        EnableMouseCapture,
        cursor::Hide
    )
}

/// Restores the terminal: mouse off, main screen, cursor shown, raw mode off.
///
/// Safe to call any number of times, from any thread; errors are ignored because
/// there is nothing better to do with them while exiting (the terminal may be gone).
pub fn restore() {
    if !ACTIVE.swap(false, Ordering::SeqCst) {
        return;
    }
    let mut out = io::stdout();
    let _ = execute!(out, DisableMouseCapture, LeaveAlternateScreen, cursor::Show);
    let _ = out.flush();
    let _ = disable_raw_mode();
}

/// Restores the terminal before the default panic message is printed.
fn install_panic_hook() {
    PANIC_HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            restore();
            previous(info);
        }));
    });
}
