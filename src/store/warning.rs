//! Warnings the store hands to the status line: nothing is fatal, every one says what happened.

use crate::sanitize::sanitize_line;
use std::fmt;
use std::path::PathBuf;

/// Something about the state file the reader should know; reading always goes on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Warning {
    /// The state file did not parse; its bytes were moved aside to `backup`.
    Corrupt {
        /// Where the unreadable file now is.
        backup: PathBuf,
        /// What was wrong with it.
        reason: String,
    },
    /// The state file did not parse and could not be moved aside: nothing will be saved,
    /// so it is never overwritten.
    CorruptKept {
        /// The state file.
        path: PathBuf,
        /// Why it could not be moved.
        error: String,
    },
    /// The state file was written by a newer folio: it is read but never overwritten.
    Newer {
        /// The version the file declares.
        version: u64,
    },
    /// The data directory cannot be used: bookmarks live in memory until folio exits.
    Unwritable {
        /// The directory.
        dir: PathBuf,
        /// The error from the system.
        error: String,
    },
    /// The state file exists but cannot be read: it is left alone and nothing is saved.
    Unreadable {
        /// The state file.
        path: PathBuf,
        /// The error from the system.
        error: String,
    },
    /// One save failed; the change is kept in memory and saved with the next one.
    NotSaved {
        /// Why.
        error: String,
    },
}

impl fmt::Display for Warning {
    /// One sanitized line, fit for the status line.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Self::Corrupt { backup, reason } => format!(
                "state file was unreadable ({reason}); moved aside to {}",
                backup.display()
            ),
            Self::CorruptKept { path, error } => format!(
                "state file {} is unreadable and could not be moved aside ({error}); not saving",
                path.display()
            ),
            Self::Newer { version } => format!(
                "state file is from a newer folio (format {version}); changes will not be saved"
            ),
            Self::Unwritable { dir, error } => format!(
                "cannot use {} ({error}); bookmarks are kept until exit only",
                dir.display()
            ),
            Self::Unreadable { path, error } => format!(
                "cannot read {} ({error}); changes will not be saved",
                path.display()
            ),
            Self::NotSaved { error } => {
                format!("could not save ({error}); will retry on the next change")
            }
        };
        f.write_str(&sanitize_line(&text))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_are_one_sanitized_line() {
        let w = Warning::Unwritable {
            dir: PathBuf::from("/tmp/\u{1b}[2Jx\ny"),
            error: "denied".into(),
        };
        let text = w.to_string();
        assert!(!text.chars().any(char::is_control), "{text:?}");
        assert!(text.contains("^["));
    }
}
