//! Wrapping the document at a width into rows that know their document positions.
//!
//! A [`Layout`] is computed once per text width and cached by the app; scrolling and
//! drawing then only index into it, so a frame costs O(viewport), not O(document).

mod wrap;

use crate::document::{BlockKind, Document, Pos};
use std::ops::Range;

pub use wrap::{line_range, wrap_ranges, Wrapper};

/// What a row shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowKind {
    /// An empty spacing row.
    Blank,
    /// Line `n` of the article header ([`Layout::header`]).
    Header(usize),
    /// A slice of a block's text; `first` is true on the block's first row.
    Text {
        /// True on the first row of the block (where a list bullet goes).
        first: bool,
    },
    /// The credit line under a caption.
    Credit,
    /// A thematic break.
    Rule,
}

/// One screen row of the laid-out document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// What the row shows.
    pub kind: RowKind,
    /// The block the row belongs to (for blank rows: the block that follows).
    pub block: usize,
    /// Byte range of the block's text shown on this row (empty for non-text rows).
    pub range: Range<usize>,
    /// Columns of indentation before the text (room for a bullet or quote bar).
    pub indent: u16,
}

impl Row {
    /// The document position where this row starts.
    pub fn pos(&self) -> Pos {
        Pos::new(self.block, self.range.start)
    }
}

/// The document wrapped at one width.
#[derive(Debug, Clone, Default)]
pub struct Layout {
    /// The width the text was wrapped to, in columns.
    pub width: u16,
    /// All rows, top to bottom.
    pub rows: Vec<Row>,
    /// The header lines (title, date), wrapped.
    pub header: Vec<String>,
    /// For each block, the rows holding its text (never empty).
    block_rows: Vec<Range<usize>>,
}

/// Indentation of captions, quotes, list items and code.
const INDENT: u16 = 2;

impl Layout {
    /// Lays out `doc` with text at most `width` columns wide (at least 1).
    pub fn new(doc: &Document, width: u16) -> Self {
        let width = width.max(1);
        let mut out = Self {
            width,
            rows: Vec::with_capacity(doc.text_len() / usize::from(width).max(8) + 16),
            header: Vec::new(),
            block_rows: Vec::with_capacity(doc.blocks.len()),
        };
        out.push_header(doc);
        let mut wrapper = Wrapper::default();
        for (i, block) in doc.blocks.iter().enumerate() {
            let kind = &block.kind;
            if i > 0 || !out.rows.is_empty() {
                out.push_blank(i);
                if matches!(kind, BlockKind::Heading { .. }) && i > 0 {
                    out.push_blank(i);
                }
            }
            let indent = match kind {
                BlockKind::Caption { .. } | BlockKind::BlockQuote | BlockKind::Code => INDENT,
                BlockKind::ListItem { depth } => INDENT * (u16::from(*depth) + 1),
                _ => 0,
            };
            let start = out.rows.len();
            if *kind == BlockKind::Rule {
                out.rows.push(Row {
                    kind: RowKind::Rule,
                    block: i,
                    range: 0..0,
                    indent: 0,
                });
            } else {
                let avail = usize::from(width.saturating_sub(indent).max(1));
                let code = *kind == BlockKind::Code;
                let starts = wrapper.line_starts(&block.text, avail, code);
                for n in 0..starts.len() {
                    out.rows.push(Row {
                        kind: RowKind::Text { first: n == 0 },
                        block: i,
                        range: line_range(starts, n, block.text.len()),
                        indent: indent.min(width.saturating_sub(1)),
                    });
                }
            }
            out.block_rows.push(start..out.rows.len());
            if let BlockKind::Caption { credit: Some(_) } = kind {
                out.rows.push(Row {
                    kind: RowKind::Credit,
                    block: i,
                    range: block.text.len()..block.text.len(),
                    indent,
                });
            }
        }
        out
    }

    /// Adds the title and date lines and a blank row, if the document has either.
    fn push_header(&mut self, doc: &Document) {
        if let Some(title) = &doc.meta.title {
            for r in wrap_ranges(title, usize::from(self.width), false) {
                self.header.push(title[r].to_string());
            }
        }
        if let Some(date) = &doc.meta.date {
            self.header.push(date.clone());
        }
        for n in 0..self.header.len() {
            self.rows.push(Row {
                kind: RowKind::Header(n),
                block: 0,
                range: 0..0,
                indent: 0,
            });
        }
    }

    fn push_blank(&mut self, block: usize) {
        self.rows.push(Row {
            kind: RowKind::Blank,
            block,
            range: 0..0,
            indent: 0,
        });
    }

    /// Number of rows.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// True when there are no rows (an empty document without header).
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The row that shows `pos` (the last row whose text starts at or before it).
    pub fn row_of(&self, pos: Pos) -> usize {
        let Some(rows) = self.block_rows.get(pos.block) else {
            return self.rows.len().saturating_sub(1);
        };
        let slice = &self.rows[rows.clone()];
        let n = slice.partition_point(|r| r.range.start <= pos.offset);
        rows.start + n.saturating_sub(1)
    }

    /// The document position at the start of `row` (clamped to the last row).
    pub fn pos_at(&self, row: usize) -> Pos {
        self.rows
            .get(row.min(self.rows.len().saturating_sub(1)))
            .map_or(Pos::default(), Row::pos)
    }

    /// The rows holding the text of `block` (empty range for an unknown block).
    pub fn rows_of_block(&self, block: usize) -> Range<usize> {
        self.block_rows.get(block).cloned().unwrap_or(0..0)
    }

    /// The row where section `i` starts (its heading); row 0 for the opening section.
    pub fn section_row(&self, doc: &Document, i: usize) -> usize {
        if i == 0 {
            return 0;
        }
        doc.sections
            .get(i)
            .map_or(0, |s| self.rows_of_block(s.blocks.start).start)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{DocumentBuilder, Meta};

    fn doc() -> Document {
        let mut b = DocumentBuilder::new(Meta {
            date: Some("2025-03".into()),
            ..Meta::default()
        });
        b.push(
            BlockKind::Lead,
            "one two three four five six seven eight nine ten",
        );
        b.push(BlockKind::Heading { level: 1 }, "Title");
        b.push(
            BlockKind::Caption {
                credit: Some("AFP".into()),
            },
            "a caption here",
        );
        b.push(BlockKind::Paragraph, "alpha beta gamma delta");
        b.finish()
    }

    #[test]
    fn text_rows_never_exceed_the_width_and_cover_the_text() {
        let d = doc();
        for width in 1..30 {
            let l = Layout::new(&d, width);
            for (b, block) in d.blocks.iter().enumerate() {
                let rows = l.rows_of_block(b);
                assert!(!rows.is_empty());
                assert_eq!(l.rows[rows.start].range.start, 0);
                for r in &l.rows[rows.clone()] {
                    let shown = block.text[r.range.clone()].trim_end();
                    let w = unicode_width::UnicodeWidthStr::width(shown) as u16;
                    assert!(
                        w + r.indent <= width.max(r.indent + 1),
                        "{shown:?} at {width}"
                    );
                }
            }
        }
    }

    #[test]
    fn row_of_and_pos_at_agree() {
        let d = doc();
        let l = Layout::new(&d, 10);
        for row in 0..l.len() {
            if matches!(l.rows[row].kind, RowKind::Text { .. }) {
                assert_eq!(l.row_of(l.pos_at(row)), row);
            }
        }
        // An offset in the middle of a row maps to that row.
        let lead = l.rows_of_block(0);
        let second = &l.rows[lead.start + 1];
        assert_eq!(
            l.row_of(Pos::new(0, second.range.start + 1)),
            lead.start + 1
        );
    }

    #[test]
    fn header_headings_and_captions_are_set_apart() {
        let d = doc();
        let l = Layout::new(&d, 60);
        let kinds: Vec<RowKind> = l.rows.iter().map(|r| r.kind).collect();
        use RowKind::*;
        assert_eq!(
            kinds,
            vec![
                Header(0),
                Blank,
                Text { first: true },
                Blank,
                Blank,
                Text { first: true },
                Blank,
                Text { first: true },
                Credit,
                Blank,
                Text { first: true }
            ]
        );
        assert_eq!(l.header, vec!["2025-03".to_string()]);
        assert_eq!(l.section_row(&d, 1), 5);
    }
}
