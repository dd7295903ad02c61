//! Markdown articles through pulldown-cmark.

use crate::document::{BlockKind, Document, DocumentBuilder, Meta};

/// Parses a Markdown article. (Placeholder: one paragraph per non-empty line.)
pub fn parse_markdown(text: &str) -> Document {
    let mut b = DocumentBuilder::new(Meta::default());
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        b.push(BlockKind::Paragraph, line.trim());
    }
    b.finish()
}
