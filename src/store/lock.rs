//! The lock around read–merge–write: a separate `state.lock`, held only while saving.
//!
//! Locking `state.json` itself would be useless: every save renames a new file over it,
//! so a second process would lock a different inode.

use std::fs::{File, OpenOptions, TryLockError};
use std::io;
use std::path::Path;
use std::thread;
use std::time::{Duration, Instant};

/// How long to wait for another folio to finish its save before giving up on this one.
pub const LOCK_TIMEOUT: Duration = Duration::from_secs(10);

/// An exclusive lock on the lock file; released when dropped (the file is closed).
#[derive(Debug)]
pub struct StateLock {
    file: File,
}

impl StateLock {
    /// Takes the lock on `path` (creating the file), waiting at most `timeout`.
    pub fn acquire(path: &Path, timeout: Duration) -> io::Result<Self> {
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(path)?;
        let start = Instant::now();
        let mut pause = Duration::from_millis(1);
        loop {
            match file.try_lock() {
                Ok(()) => return Ok(Self { file }),
                Err(TryLockError::Error(e)) => return Err(e),
                Err(TryLockError::WouldBlock) if start.elapsed() >= timeout => {
                    return Err(io::Error::new(
                        io::ErrorKind::TimedOut,
                        "another folio is holding the state lock",
                    ))
                }
                Err(TryLockError::WouldBlock) => {
                    thread::sleep(pause);
                    pause = (pause * 2).min(Duration::from_millis(20));
                }
            }
        }
    }
}

impl Drop for StateLock {
    fn drop(&mut self) {
        // Closing the file releases the lock anyway; unlocking first makes it prompt.
        let _ = self.file.unlock();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_held_lock_times_out_and_a_released_one_is_taken() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.lock");
        let held = StateLock::acquire(&path, LOCK_TIMEOUT).unwrap();
        let err = StateLock::acquire(&path, Duration::from_millis(30)).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::TimedOut);
        drop(held);
        assert!(StateLock::acquire(&path, Duration::from_millis(30)).is_ok());
    }
}
