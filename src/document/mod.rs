//! The document model: blocks of sanitized text, sections and positions in document coordinates.

mod builder;
mod pos;

pub use builder::DocumentBuilder;
pub use pos::Pos;

use std::ops::Range;

/// What role a block plays in the article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BlockKind {
    /// The opening paragraph(s) set apart by the publisher (the standfirst).
    Lead,
    /// An ordinary body paragraph.
    Paragraph,
    /// A section heading; `level` 1 is the top level.
    Heading {
        /// Nesting level, 1-based.
        level: u8,
    },
    /// A photo caption, with its credit (`© REUTERS`) kept apart from the text.
    Caption {
        /// The credit without the `©` sign, if the caption had one.
        credit: Option<String>,
    },
    /// A block quotation (Markdown `>`).
    BlockQuote,
    /// A list item (Markdown); `depth` 0 is the outermost list.
    ListItem {
        /// Nesting depth of the list, 0-based.
        depth: u8,
    },
    /// Preformatted text (Markdown code block); never reflowed.
    Code,
    /// A thematic break (Markdown `---`); its text is empty.
    Rule,
}

/// An inline style carried over from the source (Markdown emphasis and friends).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InlineStyle {
    /// `*emphasis*`
    Emphasis,
    /// `**strong**`
    Strong,
    /// `` `code` ``
    Code,
    /// `[link](url)` text
    Link,
    /// `~~strikethrough~~`
    Strikethrough,
}

/// A style applied to a byte range of a block's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StyleSpan {
    /// Byte range in the block's text.
    pub range: Range<usize>,
    /// The style.
    pub style: InlineStyle,
}

/// One block of the article. Its text has passed through the sanitizer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// The block's role.
    pub kind: BlockKind,
    /// Sanitized text; for code blocks it may contain `\n`, otherwise it is one paragraph.
    pub text: String,
    /// Inline styles, sorted by start, ranges on char boundaries of `text`.
    pub styles: Vec<StyleSpan>,
    /// Index of the section this block belongs to.
    pub section: usize,
}

/// A section of the article: an optional heading and the blocks up to the next heading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// The heading text; `None` for the untitled opening section.
    pub title: Option<String>,
    /// Outline level: 1 for top-level headings; the untitled opening is level 1.
    pub level: u8,
    /// Blocks of this section (the heading block included, if any).
    pub blocks: Range<usize>,
}

/// Metadata found outside the running text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Meta {
    /// The article's title, if the source states one.
    pub title: Option<String>,
    /// The publication date as written (`2025-03`).
    pub date: Option<String>,
    /// Other `key value` metadata, in source order.
    pub extra: Vec<(String, String)>,
}

/// A parsed article.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Document {
    /// Metadata.
    pub meta: Meta,
    /// Blocks in reading order.
    pub blocks: Vec<Block>,
    /// Sections in reading order; every block belongs to exactly one.
    pub sections: Vec<Section>,
}

impl Document {
    /// The section that holds `pos`, or 0 for an empty document.
    pub fn section_at(&self, pos: Pos) -> usize {
        self.blocks.get(pos.block).map_or(0, |b| b.section)
    }

    /// A short label for section `i`: its title, or the first words of its text.
    pub fn section_label(&self, i: usize) -> String {
        let Some(section) = self.sections.get(i) else {
            return String::new();
        };
        if let Some(title) = &section.title {
            return title.clone();
        }
        let text = section
            .blocks
            .clone()
            .filter_map(|b| self.blocks.get(b))
            .map(|b| b.text.as_str())
            .find(|t| !t.trim().is_empty())
            .unwrap_or("");
        first_words(text, 5)
    }

    /// The position just past the last character of the document.
    pub fn end(&self) -> Pos {
        match self.blocks.len() {
            0 => Pos::default(),
            n => Pos::new(n - 1, self.blocks[n - 1].text.len()),
        }
    }

    /// Total length of all block texts in bytes, for percentages.
    pub fn text_len(&self) -> usize {
        self.blocks.iter().map(|b| b.text.len()).sum()
    }
}

/// The first `n` words of `text`, followed by `…` when there were more.
pub fn first_words(text: &str, n: usize) -> String {
    let mut words = text.split_whitespace();
    let head: Vec<&str> = words.by_ref().take(n).collect();
    let mut out = head.join(" ");
    if words.next().is_some() {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_words_adds_ellipsis_only_when_text_goes_on() {
        assert_eq!(first_words("one two three", 2), "one two…");
        assert_eq!(first_words("one two", 2), "one two");
        assert_eq!(first_words("", 2), "");
    }
}
