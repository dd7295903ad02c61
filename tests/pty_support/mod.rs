//! Running the real `folio` binary in a pseudo-terminal and reading its screen.
//!
//! Output is read on a thread into a vt100 screen and a raw byte log; tests wait for
//! a condition with a timeout instead of sleeping for fixed times.

#![allow(dead_code)]

pub mod escapes;

use portable_pty::{native_pty_system, Child, CommandBuilder, MasterPty, PtySize};
use std::fs::File;
use std::io::{Read, Write};
use std::os::fd::FromRawFd;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

/// How long any wait may take before the test fails (CI has 2 busy cores).
pub const TIMEOUT: Duration = Duration::from_secs(20);

/// A running folio in a pty.
pub struct Folio {
    pub child: Box<dyn Child + Send + Sync>,
    pub master: Option<Box<dyn MasterPty + Send>>,
    writer: Option<Box<dyn Write + Send>>,
    stop: Arc<AtomicBool>,
    reader: Option<thread::JoinHandle<()>>,
    screen: Arc<Mutex<vt100::Parser>>,
    raw: Arc<Mutex<Vec<u8>>>,
    _home: tempfile::TempDir,
}

impl Folio {
    /// Starts folio with `args` on a `cols`×`rows` terminal, with a private HOME.
    pub fn start(args: &[&str], cols: u16, rows: u16, env: &[(&str, &str)]) -> Self {
        let pty = native_pty_system();
        let pair = pty
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
        let home = tempfile::tempdir().unwrap();
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_folio"));
        cmd.args(args);
        cmd.cwd(home.path());
        cmd.env("HOME", home.path());
        cmd.env("XDG_DATA_HOME", home.path().join("data"));
        cmd.env("XDG_CONFIG_HOME", home.path().join("config"));
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("NO_COLOR");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = pair.slave.spawn_command(cmd).unwrap();
        drop(pair.slave);
        // Our own duplicate of the master, polled with a timeout, so `hang_up` can close
        // every master descriptor (a blocking reader would keep the terminal alive).
        let fd = pair.master.as_raw_fd().unwrap();
        // SAFETY: dup of a valid descriptor, owned by the File from here on.
        let mut reader = unsafe { File::from_raw_fd(libc::dup(fd)) };
        let writer = pair.master.take_writer().unwrap();
        let stop = Arc::new(AtomicBool::new(false));
        let stop2 = Arc::clone(&stop);
        let screen = Arc::new(Mutex::new(vt100::Parser::new(rows, cols, 0)));
        let raw = Arc::new(Mutex::new(Vec::new()));
        let (s, r) = (Arc::clone(&screen), Arc::clone(&raw));
        let reader = thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while !stop2.load(Ordering::SeqCst) {
                let mut pfd = libc::pollfd {
                    fd: std::os::fd::AsRawFd::as_raw_fd(&reader),
                    events: libc::POLLIN,
                    revents: 0,
                };
                // SAFETY: one valid pollfd.
                if unsafe { libc::poll(&mut pfd, 1, 20) } <= 0 {
                    continue;
                }
                let n = match reader.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => n,
                };
                s.lock().unwrap().process(&buf[..n]);
                r.lock().unwrap().extend_from_slice(&buf[..n]);
            }
        });
        Self {
            child,
            master: Some(pair.master),
            writer: Some(writer),
            stop,
            reader: Some(reader),
            screen,
            raw,
            _home: home,
        }
    }

    /// Types `keys` (raw bytes: `"]"`, `"\x1b"` for Esc, `"\r"` for Enter).
    pub fn send(&mut self, keys: &str) {
        let w = self.writer.as_mut().expect("terminal hung up");
        w.write_all(keys.as_bytes()).unwrap();
        w.flush().unwrap();
    }

    /// The screen as text.
    pub fn screen(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    /// The last row of the screen (the status line).
    pub fn status(&self) -> String {
        self.screen().lines().last().unwrap_or("").to_string()
    }

    /// Everything folio wrote so far.
    pub fn raw(&self) -> Vec<u8> {
        self.raw.lock().unwrap().clone()
    }

    /// Waits until `cond` holds for the screen; panics with the screen after [`TIMEOUT`].
    pub fn wait_for(&self, what: &str, cond: impl Fn(&str) -> bool) {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if cond(&screen) {
                return;
            }
            assert!(
                start.elapsed() < TIMEOUT,
                "timed out waiting for {what}; screen:\n{screen}"
            );
            thread::sleep(Duration::from_millis(20));
        }
    }

    /// Waits until the screen contains `text`.
    pub fn wait_text(&self, text: &str) {
        self.wait_for(text, |s| s.contains(text));
    }

    /// Waits for the process to exit and returns its exit code.
    pub fn wait_exit(&mut self) -> u32 {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status.exit_code();
            }
            assert!(start.elapsed() < TIMEOUT, "folio did not exit");
            thread::sleep(Duration::from_millis(20));
        }
    }

    /// Closes every descriptor of the terminal's master side: the terminal vanishes.
    pub fn hang_up(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(r) = self.reader.take() {
            let _ = r.join();
        }
        self.writer = None;
        self.master = None;
    }

    /// Waits until the output shows the terminal restored after its last takeover (the
    /// reader thread may still be catching up with what the process wrote).
    pub fn wait_restored(&self) {
        let start = Instant::now();
        while !restored(&self.raw()) {
            assert!(start.elapsed() < TIMEOUT, "terminal not restored");
            thread::sleep(Duration::from_millis(20));
        }
    }

    /// The child's process id.
    pub fn pid(&self) -> i32 {
        self.child.process_id().unwrap() as i32
    }

    /// Waits until the raw output stream contains `needle` (all output flushed so far).
    pub fn wait_raw(&self, needle: &[u8]) {
        let start = Instant::now();
        while !self.raw().windows(needle.len()).any(|w| w == needle) {
            assert!(start.elapsed() < TIMEOUT, "no {needle:?} in the output");
            thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Folio {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// True when the output after the last `?1049h` leaves the alternate screen and shows the cursor.
pub fn restored(raw: &[u8]) -> bool {
    let find = |hay: &[u8], n: &[u8]| hay.windows(n.len()).rposition(|w| w == n);
    let Some(entered) = find(raw, b"\x1b[?1049h") else {
        return false;
    };
    let tail = &raw[entered..];
    find(tail, b"\x1b[?1049l").is_some()
        && find(tail, b"\x1b[?25h").is_some()
        && find(tail, b"\x1b[?1000l").is_some()
}

/// Writes `text` to a file in `dir` and returns its path as a string.
pub fn write_article(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p.to_string_lossy().into_owned()
}
