//! Where the state lives: the platform data directory and the file names inside it.

use directories::ProjectDirs;
use std::path::{Path, PathBuf};

/// The name of the state file.
pub const STATE_FILE: &str = "state.json";
/// The name of the lock file (never renamed, so a lock on it means something).
pub const LOCK_FILE: &str = "state.lock";
/// The prefix of temporary files, which only exist while a writer holds the lock.
pub const TEMP_PREFIX: &str = ".state.json.tmp-";
/// The prefix of backups of unreadable state files.
pub const CORRUPT_PREFIX: &str = "state.json.corrupt-";

/// folio's data directory: `$XDG_DATA_HOME/folio` (or `~/.local/share/folio`) on Linux,
/// `~/Library/Application Support/folio` on macOS, `%APPDATA%\folio\data` on Windows.
/// `None` when no home directory can be found.
pub fn data_dir() -> Option<PathBuf> {
    ProjectDirs::from("", "", "folio").map(|d| d.data_dir().to_path_buf())
}

/// The files of a store in one directory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StorePaths {
    /// The directory.
    pub dir: PathBuf,
    /// `dir/state.json`.
    pub state: PathBuf,
    /// `dir/state.lock`.
    pub lock: PathBuf,
}

impl StorePaths {
    /// The store files inside `dir`.
    pub fn in_dir(dir: &Path) -> Self {
        Self {
            dir: dir.to_path_buf(),
            state: dir.join(STATE_FILE),
            lock: dir.join(LOCK_FILE),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_dir_ends_in_folio() {
        if let Some(dir) = data_dir() {
            assert!(dir.to_string_lossy().contains("folio"), "{}", dir.display());
        }
    }
}
