//! Atomic replacement of a file: a kill at any moment leaves the old file or the new one, whole.

use super::paths::TEMP_PREFIX;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};

/// Counter that makes temp names unique within a process.
static COUNTER: AtomicU64 = AtomicU64::new(0);

/// Replaces `target` with `bytes`: unique temp file in the same directory, write, fsync,
/// rename over `target`, fsync the directory. On error the temp file is removed and
/// `target` is untouched.
///
/// The temp name is unique per process and call, so two writers can never share one
/// (a shared name is how two JSON documents end up concatenated in one file).
pub fn write_atomic(target: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = target
        .parent()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "no parent directory"))?;
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let temp = dir.join(format!("{TEMP_PREFIX}{}-{n}", std::process::id()));
    let result = (|| {
        let mut file = OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        fs::rename(&temp, target)?;
        sync_dir(dir)
    })();
    if result.is_err() {
        // Best effort: the temp file may not exist, or already be renamed.
        let _ = fs::remove_file(&temp);
    }
    result
}

/// Flushes a directory's entries (a rename or link in it) to disk.
pub fn sync_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        File::open(dir)?.sync_all()
    }
    #[cfg(not(unix))]
    {
        // Directories cannot be opened as files on Windows; NTFS journals renames.
        let _ = dir;
        Ok(())
    }
}

/// Removes temp files left by a writer that was killed mid-save. Call only while holding
/// the lock: then no writer is alive that could still rename one. Returns how many went.
pub fn remove_stray_temps(dir: &Path) -> usize {
    let Ok(entries) = fs::read_dir(dir) else {
        return 0;
    };
    entries
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with(TEMP_PREFIX))
        .filter(|e| fs::remove_file(e.path()).is_ok())
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_the_file_and_leaves_no_temp() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("state.json");
        fs::write(&target, b"old").unwrap();
        write_atomic(&target, b"new").unwrap();
        assert_eq!(fs::read(&target).unwrap(), b"new");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_failed_write_leaves_the_target_alone() {
        let dir = tempfile::tempdir().unwrap();
        // Renaming a file over a non-empty directory fails.
        let target = dir.path().join("state.json");
        fs::create_dir(&target).unwrap();
        fs::write(target.join("keep"), b"x").unwrap();
        assert!(write_atomic(&target, b"new").is_err());
        assert!(target.join("keep").exists());
        assert_eq!(remove_stray_temps(dir.path()), 0);
    }

    #[test]
    fn stray_temps_are_removed() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join(format!("{TEMP_PREFIX}1-0")), b"{").unwrap();
        fs::write(dir.path().join("state.json"), b"{}").unwrap();
        assert_eq!(remove_stray_temps(dir.path()), 1);
        assert!(dir.path().join("state.json").exists());
    }
}
