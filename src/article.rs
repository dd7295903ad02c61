//! An opened article: its source, parsed document and quote analysis together.

use crate::document::Document;
use crate::load::{self, LoadError};
use crate::parse::{self, Format};
use crate::quotes::{self, Analysis};
use crate::sanitize::sanitize_line;
use std::path::{Path, PathBuf};

/// The bundled article, opened when no path is given.
pub const BUNDLED_TEXT: &str = include_str!("../assets/000_e1295b5668e2da6f.txt");
/// The display name of the bundled article.
pub const BUNDLED_NAME: &str = "bundled article";

/// An article ready to read.
#[derive(Debug, Clone)]
pub struct Article {
    /// A sanitized name for display: the path as given, or [`BUNDLED_NAME`].
    pub name: String,
    /// The path it was read from; `None` for the bundled article.
    pub path: Option<PathBuf>,
    /// The parsed document.
    pub doc: Document,
    /// Quotes, terms and speakers.
    pub analysis: Analysis,
    /// Bytes of invalid UTF-8 replaced while decoding.
    pub replaced_bytes: usize,
    /// Stable content hash (see [`content_hash`]).
    pub hash: String,
    /// False while `analysis` is still to be computed (see [`Article::open_unanalyzed`]).
    pub analyzed: bool,
}

impl Article {
    /// Opens the article at `path`, or the bundled one; `format` overrides detection.
    pub fn open(path: Option<&Path>, format: Option<Format>) -> Result<Self, LoadError> {
        let mut article = Self::open_unanalyzed(path, format)?;
        article.set_analysis(quotes::analyze(&article.doc));
        Ok(article)
    }

    /// Opens like [`Article::open`] but leaves `analysis` empty: the reader shows the text
    /// at once and takes the quotes from a background thread when they are ready.
    pub fn open_unanalyzed(path: Option<&Path>, format: Option<Format>) -> Result<Self, LoadError> {
        match path {
            None => Ok(Self::parsed(BUNDLED_NAME, None, BUNDLED_TEXT, 0, format)),
            Some(p) => {
                let loaded = load::load(p)?;
                let name = sanitize_line(&p.display().to_string());
                Ok(Self::parsed(
                    &name,
                    Some(p),
                    &loaded.text,
                    loaded.replaced_bytes,
                    format,
                ))
            }
        }
    }

    /// Builds an article from decoded text, quotes included.
    pub fn from_text(
        name: &str,
        path: Option<&Path>,
        text: &str,
        replaced_bytes: usize,
        format: Option<Format>,
    ) -> Self {
        let mut article = Self::parsed(name, path, text, replaced_bytes, format);
        article.set_analysis(quotes::analyze(&article.doc));
        article
    }

    /// Takes the quote analysis of this article's document.
    pub fn set_analysis(&mut self, analysis: Analysis) {
        self.analysis = analysis;
        self.analyzed = true;
    }

    /// Builds an article from decoded text without the quote analysis.
    pub fn parsed(
        name: &str,
        path: Option<&Path>,
        text: &str,
        replaced_bytes: usize,
        format: Option<Format>,
    ) -> Self {
        let format = format.unwrap_or_else(|| parse::detect(path, text));
        Self {
            name: sanitize_line(name),
            path: path.map(Path::to_path_buf),
            doc: parse::parse(text, format),
            analysis: Analysis::default(),
            replaced_bytes,
            hash: content_hash(text),
            analyzed: false,
        }
    }
}

/// The stable identity of an article's content: FNV-1a 64-bit over the UTF-8 bytes of the
/// decoded text, as 16 lower-case hex digits. (Not std's `DefaultHasher`, whose algorithm
/// may change between Rust releases.)
pub fn content_hash(text: &str) -> String {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0100_0000_01b3;
    let hash = text
        .bytes()
        .fold(OFFSET, |h, b| (h ^ u64::from(b)).wrapping_mul(PRIME));
    format!("{hash:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_hash_is_fnv1a_64() {
        assert_eq!(content_hash(""), "cbf29ce484222325");
        assert_eq!(content_hash("a"), "af63dc4c8601ec8c");
    }

    #[test]
    fn no_path_opens_the_bundled_article() {
        let a = Article::open(None, None).unwrap();
        assert_eq!(a.name, BUNDLED_NAME);
        assert!(a.doc.sections.len() > 1);
    }
}
