//! Turning decoded text into a `Document`: plain-text articles and Markdown.

mod dateline;
mod markdown;
mod plain;

use crate::document::Document;
use std::path::Path;

pub use markdown::parse_markdown;
pub use plain::parse_plain;

/// The source format of an article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Plain text: one paragraph per line or blank-line separated paragraphs.
    Plain,
    /// CommonMark Markdown.
    Markdown,
}

/// Chooses the format from the file extension, then from the content.
pub fn detect(path: Option<&Path>, text: &str) -> Format {
    let ext = path
        .and_then(|p| p.extension())
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match ext.as_deref() {
        Some("md" | "markdown" | "mdown" | "mkd") => return Format::Markdown,
        Some("txt" | "text") => return Format::Plain,
        _ => {}
    }
    if looks_like_markdown(text) {
        Format::Markdown
    } else {
        Format::Plain
    }
}

/// True when the text opens with front matter or uses ATX headings.
fn looks_like_markdown(text: &str) -> bool {
    if text.trim_start().starts_with("---\n") {
        return true;
    }
    text.lines().take(400).any(|l| {
        let hashes = l.bytes().take_while(|&b| b == b'#').count();
        (1..=6).contains(&hashes) && l[hashes..].starts_with(' ')
    })
}

/// Parses `text` in the given format.
pub fn parse(text: &str, format: Format) -> Document {
    match format {
        Format::Plain => parse_plain(text),
        Format::Markdown => parse_markdown(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extension_wins_then_content_decides() {
        assert_eq!(detect(Some(Path::new("a.md")), "x"), Format::Markdown);
        assert_eq!(detect(Some(Path::new("a.txt")), "# x"), Format::Plain);
        assert_eq!(detect(None, "# Title\n\nText"), Format::Markdown);
        assert_eq!(detect(None, "Title\n\nText #1"), Format::Plain);
    }
}
