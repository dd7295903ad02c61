//! Signals and a vanished terminal, watched from a small thread.
//!
//! In raw mode Ctrl-C and Ctrl-Z arrive as keys, but SIGTERM, SIGHUP, SIGINT and SIGTSTP
//! can still come from outside. SIGTERM and SIGINT ask the loop to quit; if it does not
//! within [`GRACE`], the thread restores the terminal and exits itself. A hangup (SIGHUP,
//! or the terminal reporting POLLHUP) exits at once: crossterm's reader can spin forever
//! on a dead terminal (crossterm-rs/crossterm#793), so the loop cannot be relied on.

use super::terminal::restore;
use super::{EXIT_HANGUP, EXIT_TERMINATED};
use crate::app::EXIT_INTERRUPTED;
use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM, SIGTSTP};
use signal_hook::iterator::{Handle, Signals};
use std::io;
use std::os::fd::{AsRawFd, OwnedFd, RawFd};
use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};
use std::sync::Arc;
use std::thread;
use std::time::{Duration, Instant};

/// How long the loop gets to quit by itself after SIGTERM or SIGINT.
const GRACE: Duration = Duration::from_millis(1000);
/// How often the thread looks at signals and the terminal.
const TICK: Duration = Duration::from_millis(50);

/// What the signal thread asks of the loop.
#[derive(Debug)]
pub struct SignalWatch {
    exit: Arc<AtomicI32>,
    suspend: Arc<AtomicBool>,
    handle: Handle,
    tty: Option<Arc<OwnedFd>>,
}

impl SignalWatch {
    /// Starts watching signals and, when given, the terminal `tty` for a hangup.
    pub fn start(tty: Option<OwnedFd>) -> io::Result<Self> {
        let mut signals = Signals::new([SIGTERM, SIGHUP, SIGINT, SIGTSTP])?;
        let handle = signals.handle();
        let exit = Arc::new(AtomicI32::new(0));
        let suspend = Arc::new(AtomicBool::new(false));
        let (exit2, suspend2) = (Arc::clone(&exit), Arc::clone(&suspend));
        let tty = tty.map(Arc::new);
        let tty2 = tty.clone();
        thread::Builder::new()
            .name("folio-signals".into())
            .spawn(move || {
                let mut asked: Option<Instant> = None;
                while !signals.is_closed() {
                    for sig in signals.pending() {
                        match sig {
                            SIGTSTP => suspend2.store(true, Ordering::SeqCst),
                            SIGHUP => exit_now(EXIT_HANGUP),
                            SIGINT => {
                                exit2.store(EXIT_INTERRUPTED, Ordering::SeqCst);
                                asked.get_or_insert_with(Instant::now);
                            }
                            _ => {
                                exit2.store(EXIT_TERMINATED, Ordering::SeqCst);
                                asked.get_or_insert_with(Instant::now);
                            }
                        }
                    }
                    if tty2.as_ref().is_some_and(|fd| hung_up(fd.as_raw_fd())) {
                        exit_now(EXIT_HANGUP);
                    }
                    if asked.is_some_and(|t| t.elapsed() > GRACE) {
                        exit_now(exit2.load(Ordering::SeqCst));
                    }
                    thread::sleep(TICK);
                }
            })?;
        Ok(Self {
            exit,
            suspend,
            handle,
            tty,
        })
    }

    /// The exit code a signal asked for, if any.
    pub fn exit_code(&self) -> Option<i32> {
        match self.exit.load(Ordering::SeqCst) {
            0 => None,
            code => Some(code),
        }
    }

    /// True when the watched terminal has hung up (so an I/O error means "gone").
    pub fn terminal_gone(&self) -> bool {
        self.tty.as_ref().is_some_and(|fd| hung_up(fd.as_raw_fd()))
    }

    /// True once after a SIGTSTP from outside.
    pub fn take_suspend(&self) -> bool {
        self.suspend.swap(false, Ordering::SeqCst)
    }
}

impl Drop for SignalWatch {
    fn drop(&mut self) {
        self.handle.close();
    }
}

/// Gives the terminal back and exits the process.
fn exit_now(code: i32) -> ! {
    restore();
    std::process::exit(code)
}

/// True when the terminal on `fd` has hung up (or the descriptor went bad).
fn hung_up(fd: RawFd) -> bool {
    let mut pfd = libc::pollfd {
        fd,
        events: 0,
        revents: 0,
    };
    // SAFETY: one valid pollfd, zero timeout.
    let n = unsafe { libc::poll(&mut pfd, 1, 0) };
    n > 0 && pfd.revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0
}

#[cfg(test)]
mod tests {
    use super::hung_up;

    #[test]
    fn a_terminal_whose_other_side_closed_reports_a_hangup() {
        // SAFETY: plain libc pty calls on descriptors this test owns.
        unsafe {
            let master = libc::posix_openpt(libc::O_RDWR | libc::O_NOCTTY);
            assert!(master >= 0);
            assert_eq!(libc::grantpt(master), 0);
            assert_eq!(libc::unlockpt(master), 0);
            let name = libc::ptsname(master);
            assert!(!name.is_null());
            let slave = libc::open(name, libc::O_RDWR | libc::O_NOCTTY);
            assert!(slave >= 0);
            assert!(!hung_up(slave), "alive while the master is open");
            libc::close(master);
            assert!(hung_up(slave), "hung up once the master is gone");
            libc::close(slave);
        }
    }
}
