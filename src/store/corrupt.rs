//! Moving an unreadable state file aside, byte for byte, without ever overwriting a backup.

use super::atomic::sync_dir;
use super::paths::CORRUPT_PREFIX;
use super::time::Timestamp;
use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Moves `state` to `state.json.corrupt-<UTC>` (with `-2`, `-3`, … if that name is taken)
/// and returns the backup's path. Call while holding the lock.
///
/// A hard link cannot replace an existing name, so no backup is ever overwritten; the
/// original is removed only once the link (or, where links are unsupported, a synced
/// copy) is on disk.
pub fn move_aside(state: &Path) -> io::Result<PathBuf> {
    let dir = state
        .parent()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "no parent directory"))?;
    let stamp = Timestamp::now().compact();
    for n in 1..1000 {
        let name = match n {
            1 => format!("{CORRUPT_PREFIX}{stamp}"),
            n => format!("{CORRUPT_PREFIX}{stamp}-{n}"),
        };
        let backup = dir.join(name);
        match link_or_copy(state, &backup) {
            Ok(()) => {
                fs::remove_file(state)?;
                sync_dir(dir)?;
                return Ok(backup);
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(io::Error::new(
        io::ErrorKind::AlreadyExists,
        "too many backups with the same timestamp",
    ))
}

/// Makes `to` a second name of `from`, or a byte-identical synced copy; fails with
/// `AlreadyExists` if `to` exists.
fn link_or_copy(from: &Path, to: &Path) -> io::Result<()> {
    match fs::hard_link(from, to) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Err(e),
        Err(_) => {
            let bytes = fs::read(from)?;
            let mut file = OpenOptions::new().write(true).create_new(true).open(to)?;
            file.write_all(&bytes)?;
            file.sync_all()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backups_never_overwrite_each_other() {
        let dir = tempfile::tempdir().unwrap();
        let state = dir.path().join("state.json");
        let mut backups = Vec::new();
        for i in 0..3u8 {
            fs::write(&state, [i; 5]).unwrap();
            backups.push(move_aside(&state).unwrap());
            assert!(!state.exists());
        }
        for (i, b) in backups.iter().enumerate() {
            assert_eq!(fs::read(b).unwrap(), vec![i as u8; 5]);
        }
    }
}
