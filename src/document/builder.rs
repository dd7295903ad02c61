//! `DocumentBuilder`: the only way blocks enter a `Document`, so every text is sanitized.

use super::{Block, BlockKind, Document, Meta, Section, StyleSpan};
use crate::sanitize::{sanitize, Plain};
use std::borrow::Cow;

/// Collects blocks in reading order and derives the sections from the headings.
#[derive(Debug, Default)]
pub struct DocumentBuilder {
    doc: Document,
}

impl DocumentBuilder {
    /// Starts a document with the given metadata (sanitized here).
    pub fn new(meta: Meta) -> Self {
        let meta = Meta {
            title: meta.title.map(sanitize_owned),
            date: meta.date.map(sanitize_owned),
            extra: meta
                .extra
                .into_iter()
                .map(|(k, v)| (sanitize_owned(k), sanitize_owned(v)))
                .collect(),
        };
        Self {
            doc: Document {
                meta,
                ..Document::default()
            },
        }
    }

    /// Appends a block without inline styles.
    pub fn push(&mut self, kind: BlockKind, text: &str) {
        self.push_styled(kind, text, Vec::new());
    }

    /// Appends a block without inline styles whose text is already known to be plain:
    /// the same as [`push`](Self::push) without scanning the text a second time.
    pub fn push_plain(&mut self, kind: BlockKind, text: Plain<'_>) {
        self.doc.blocks.push(Block {
            kind: sanitize_kind(kind),
            text: text.as_str().to_owned(),
            styles: Vec::new(),
            section: 0,
        });
    }

    /// Makes room for `additional` more blocks (a parser that knows how many it will add).
    pub fn reserve(&mut self, additional: usize) {
        self.doc.blocks.reserve(additional);
    }

    /// Appends a block with inline styles. The styles' ranges refer to `text` and must
    /// already be sanitized text offsets, so styled text must be sanitized by the caller
    /// with [`sanitize`] first (sanitizing is idempotent, so this costs one scan).
    pub fn push_styled(&mut self, kind: BlockKind, text: &str, styles: Vec<StyleSpan>) {
        let kind = sanitize_kind(kind);
        let text = sanitize(text).into_owned();
        let styles = styles
            .into_iter()
            .filter(|s| {
                s.range.start < s.range.end
                    && s.range.end <= text.len()
                    && text.is_char_boundary(s.range.start)
                    && text.is_char_boundary(s.range.end)
            })
            .collect();
        self.doc.blocks.push(Block {
            kind,
            text,
            styles,
            section: 0,
        });
    }

    /// Mutable access to the metadata, for parsers that find it late (a Markdown title).
    pub fn meta_mut(&mut self) -> &mut Meta {
        &mut self.doc.meta
    }

    /// A document of plain paragraphs, one per string (for tests and tools).
    pub fn paragraphs(texts: &[&str]) -> Document {
        let mut b = Self::default();
        for t in texts {
            b.push(BlockKind::Paragraph, t);
        }
        b.finish()
    }

    /// Derives the sections and returns the document.
    ///
    /// Blocks before the first heading form an untitled opening section; each heading
    /// starts a section at its level.
    pub fn finish(mut self) -> Document {
        let blocks = self.doc.blocks.iter();
        let headings = blocks
            .filter(|b| matches!(b.kind, BlockKind::Heading { .. }))
            .count();
        let mut sections: Vec<Section> = Vec::with_capacity(headings + 1);
        for (i, block) in self.doc.blocks.iter_mut().enumerate() {
            if let BlockKind::Heading { level } = block.kind {
                if let Some(last) = sections.last_mut() {
                    last.blocks.end = i;
                }
                sections.push(Section {
                    title: Some(block.text.clone()),
                    level: level.max(1),
                    blocks: i..i + 1,
                });
            } else if sections.is_empty() {
                sections.push(Section {
                    title: None,
                    level: 1,
                    blocks: i..i + 1,
                });
            }
            block.section = sections.len() - 1;
        }
        if let Some(last) = sections.last_mut() {
            last.blocks.end = self.doc.blocks.len();
        }
        self.doc.sections = sections;
        self.doc
    }
}

/// `kind` with its caption credit, if any, sanitized.
fn sanitize_kind(kind: BlockKind) -> BlockKind {
    match kind {
        BlockKind::Caption {
            credit: Some(credit),
        } => BlockKind::Caption {
            credit: Some(sanitize_owned(credit)),
        },
        other => other,
    }
}

/// `text` sanitized, reusing its buffer when nothing needs treatment.
fn sanitize_owned(text: String) -> String {
    match sanitize(&text) {
        Cow::Borrowed(_) => text,
        Cow::Owned(clean) => clean,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_before_the_first_heading_form_an_untitled_section() {
        let mut b = DocumentBuilder::default();
        b.push(BlockKind::Lead, "Lead text.");
        b.push(BlockKind::Heading { level: 1 }, "First");
        b.push(BlockKind::Paragraph, "Body.");
        let doc = b.finish();
        assert_eq!(doc.sections.len(), 2);
        assert_eq!(doc.sections[0].title, None);
        assert_eq!(doc.sections[0].blocks, 0..1);
        assert_eq!(doc.sections[1].title.as_deref(), Some("First"));
        assert_eq!(doc.sections[1].blocks, 1..3);
        assert_eq!(doc.blocks[2].section, 1);
        assert_eq!(doc.section_label(0), "Lead text.");
    }

    #[test]
    fn block_text_is_sanitized_on_entry() {
        let mut b = DocumentBuilder::default();
        b.push(BlockKind::Paragraph, "evil\x1b[31m");
        assert_eq!(b.finish().blocks[0].text, "evil^[[31m");
    }

    #[test]
    fn plain_blocks_equal_pushed_ones_and_their_credit_is_sanitized() {
        let caption = || BlockKind::Caption {
            credit: Some("via\x1b AFP".to_string()),
        };
        let text = "A man at work.";
        let mut pushed = DocumentBuilder::default();
        pushed.push(caption(), text);
        let mut plain = DocumentBuilder::default();
        plain.reserve(1);
        plain.push_plain(caption(), Plain::new(text).unwrap());
        let plain = plain.finish();
        assert_eq!(plain, pushed.finish());
        assert_eq!(
            plain.blocks[0].kind,
            BlockKind::Caption {
                credit: Some("via^[ AFP".to_string())
            }
        );
    }
}
