//! Reading an article from disk: refuse what is not a text article, decode the rest.

use std::fmt;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Files larger than this are refused: an article is text a person reads, not a data dump.
pub const MAX_BYTES: u64 = 64 * 1024 * 1024;

/// The decoded text of an article file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loaded {
    /// The text, decoded as UTF-8 (lossily) or UTF-16 (by BOM). Not yet sanitized.
    pub text: String,
    /// How many bytes of invalid UTF-8 were replaced by U+FFFD.
    pub replaced_bytes: usize,
}

/// Why a file could not be opened as an article.
#[derive(Debug)]
pub enum LoadError {
    /// The path does not exist.
    NotFound(PathBuf),
    /// The path is a directory.
    Directory(PathBuf),
    /// The path is a FIFO, socket or device, which could block or never end.
    NotAFile(PathBuf),
    /// The file is bigger than [`MAX_BYTES`].
    TooLarge(PathBuf, u64),
    /// The file holds NUL bytes: it is binary, not text.
    Binary(PathBuf),
    /// The file holds no text at all.
    Empty(PathBuf),
    /// Any other I/O error (permissions, …).
    Io(PathBuf, std::io::Error),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let show = |p: &Path| crate::sanitize::sanitize_line(&p.display().to_string());
        match self {
            Self::NotFound(p) => write!(f, "{}: no such file", show(p)),
            Self::Directory(p) => write!(f, "{}: is a directory, not an article", show(p)),
            Self::NotAFile(p) => write!(
                f,
                "{}: not a regular file (a FIFO, socket or device)",
                show(p)
            ),
            Self::TooLarge(p, n) => write!(
                f,
                "{}: file is {} MiB, over the {} MiB limit",
                show(p),
                n.div_ceil(1024 * 1024),
                MAX_BYTES / (1024 * 1024)
            ),
            Self::Binary(p) => write!(f, "{}: binary file (contains NUL bytes)", show(p)),
            Self::Empty(p) => write!(f, "{}: empty file, nothing to read", show(p)),
            Self::Io(p, e) => write!(
                f,
                "{}: {}",
                show(p),
                crate::sanitize::sanitize_line(&e.to_string())
            ),
        }
    }
}

impl std::error::Error for LoadError {}

/// Reads and decodes the article at `path`, refusing anything that is not a text file.
pub fn load(path: &Path) -> Result<Loaded, LoadError> {
    let owned = || path.to_path_buf();
    let meta = fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => LoadError::NotFound(owned()),
        _ => LoadError::Io(owned(), e),
    })?;
    if meta.is_dir() {
        return Err(LoadError::Directory(owned()));
    }
    if !meta.is_file() {
        return Err(LoadError::NotAFile(owned()));
    }
    if meta.len() > MAX_BYTES {
        return Err(LoadError::TooLarge(owned(), meta.len()));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    fs::File::open(path)
        // Read one byte past the limit so a file that grew since `stat` is still refused.
        .and_then(|f| f.take(MAX_BYTES + 1).read_to_end(&mut bytes))
        .map_err(|e| LoadError::Io(owned(), e))?;
    if bytes.len() as u64 > MAX_BYTES {
        return Err(LoadError::TooLarge(owned(), bytes.len() as u64));
    }
    let loaded = decode(&bytes).ok_or_else(|| LoadError::Binary(owned()))?;
    if loaded.text.trim().is_empty() {
        return Err(LoadError::Empty(owned()));
    }
    Ok(loaded)
}

/// Decodes bytes as text: UTF-16 by BOM, else UTF-8 (BOM dropped) with invalid bytes
/// replaced and counted. Returns `None` for binary data (NUL bytes outside UTF-16).
pub fn decode(bytes: &[u8]) -> Option<Loaded> {
    if let Some(text) = decode_utf16(bytes) {
        return Some(Loaded {
            text,
            replaced_bytes: 0,
        });
    }
    if bytes.contains(&0) {
        return None;
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut text = String::with_capacity(bytes.len());
    let mut replaced_bytes = 0;
    for chunk in bytes.utf8_chunks() {
        text.push_str(chunk.valid());
        if !chunk.invalid().is_empty() {
            replaced_bytes += chunk.invalid().len();
            text.push(char::REPLACEMENT_CHARACTER);
        }
    }
    Some(Loaded {
        text,
        replaced_bytes,
    })
}

/// Decodes UTF-16 text that starts with a byte-order mark.
fn decode_utf16(bytes: &[u8]) -> Option<String> {
    let (body, little) = match bytes {
        [0xFF, 0xFE, rest @ ..] => (rest, true),
        [0xFE, 0xFF, rest @ ..] => (rest, false),
        _ => return None,
    };
    let units = body.chunks_exact(2).map(|p| {
        if little {
            u16::from_le_bytes([p[0], p[1]])
        } else {
            u16::from_be_bytes([p[0], p[1]])
        }
    });
    let text: String = char::decode_utf16(units)
        .map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect();
    (!text.contains('\0')).then_some(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_is_replaced_and_counted() {
        let loaded = decode(b"ab\xFF\xFEcd").unwrap();
        assert_eq!(loaded.text, "ab\u{FFFD}\u{FFFD}cd");
        assert_eq!(loaded.replaced_bytes, 2);
    }

    #[test]
    fn nul_bytes_mean_binary() {
        assert!(decode(b"ELF\0\0\x01").is_none());
    }

    #[test]
    fn utf8_bom_is_dropped_and_utf16_is_decoded() {
        assert_eq!(decode(b"\xEF\xBB\xBFhi").unwrap().text, "hi");
        assert_eq!(decode(b"\xFF\xFEh\0i\0").unwrap().text, "hi");
        assert_eq!(decode(b"\xFE\xFF\0h\0i").unwrap().text, "hi");
    }

    #[test]
    fn bad_paths_give_specific_errors() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("nope.txt");
        assert!(matches!(load(&missing), Err(LoadError::NotFound(_))));
        assert!(matches!(load(dir.path()), Err(LoadError::Directory(_))));
        let empty = dir.path().join("empty.txt");
        fs::write(&empty, "  \n").unwrap();
        assert!(matches!(load(&empty), Err(LoadError::Empty(_))));
        let bin = dir.path().join("bin");
        fs::write(&bin, b"a\0b").unwrap();
        assert!(matches!(load(&bin), Err(LoadError::Binary(_))));
        assert!(matches!(
            load(Path::new("/dev/null")),
            Err(LoadError::NotAFile(_))
        ));
    }

    #[test]
    fn error_messages_are_one_sanitized_line() {
        let msg = LoadError::NotFound(PathBuf::from("a\x1b]0;x\x07\nb")).to_string();
        assert_eq!(msg, "a^[]0;x^G⏎b: no such file");
    }
}
