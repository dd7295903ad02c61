//! Performing the quote effects: the OSC 52 clipboard copy and the export file.

use crate::app::App;
use crate::export;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Writes the OSC 52 sequence that puts `text` (sanitized, base64) on the clipboard.
pub fn copy(out: &mut impl Write, text: &str) -> io::Result<()> {
    out.write_all(export::osc52(text).as_bytes())?;
    out.flush()
}

/// Writes the export and says in the status line where it went, or why it did not.
pub fn export_quotes(app: &mut App, path: &str, quotes: &[usize], filter: &str) {
    let path = resolve(path, &app.quotes.export_dir);
    // The file name alone when it went to the working directory: the status line is short.
    let shown = path
        .strip_prefix(&app.quotes.export_dir)
        .unwrap_or(&path)
        .display()
        .to_string();
    let message = match export::write_export(&path, &app.article, quotes, filter) {
        Ok(()) => format!("exported {} quotes to {shown}", quotes.len()),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
            format!("not exported: {shown} exists")
        }
        Err(e) => format!("not exported: {shown}: {e}"),
    };
    app.notify(&message);
}

/// `~/x` in the home directory, a relative path in `dir`, an absolute one as it is.
fn resolve(path: &str, dir: &Path) -> PathBuf {
    if let Some(rest) = path.strip_prefix("~/") {
        if let Some(home) = std::env::var_os("HOME") {
            return PathBuf::from(home).join(rest);
        }
    }
    dir.join(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_paths_go_to_the_export_directory() {
        let dir = Path::new("/tmp/x");
        assert_eq!(resolve("q.md", dir), PathBuf::from("/tmp/x/q.md"));
        assert_eq!(resolve("/a/q.md", dir), PathBuf::from("/a/q.md"));
    }

    #[test]
    fn copy_writes_one_osc52_sequence() {
        let mut out = Vec::new();
        copy(&mut out, "‘a’ — B").unwrap();
        assert!(out.starts_with(b"\x1b]52;c;") && out.ends_with(b"\x07"));
    }
}
