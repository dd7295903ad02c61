//! Searching the document text: a query becomes matches as `Pos` ranges.
//!
//! Search runs on block text, not on screen rows, so a phrase that the layout broke
//! across two lines is still found. Runs of whitespace in the query match any run of
//! whitespace in the text. Case is ignored unless the query holds a capital letter
//! (smart case).

use crate::document::{Document, Pos};
use std::ops::Range;

/// At most this many matches are collected; a one-letter query in a huge article
/// should not allocate without bound.
pub const MAX_MATCHES: usize = 100_000;

/// True when the query should match case-sensitively (it holds an upper-case letter).
pub fn is_case_sensitive(query: &str) -> bool {
    query.chars().any(char::is_uppercase)
}

/// Finds every non-overlapping occurrence of `query` in `doc`, in document order.
pub fn find(doc: &Document, query: &str) -> Vec<Range<Pos>> {
    let case = is_case_sensitive(query);
    let mut needle = Folded::default();
    needle.fold(query.trim(), case);
    if needle.text.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut hay = Folded::default();
    for (b, block) in doc.blocks.iter().enumerate() {
        hay.fold(&block.text, case);
        for (at, _) in hay.text.match_indices(needle.text.as_str()) {
            let end = at + needle.text.len();
            out.push(Pos::new(b, hay.source[at])..Pos::new(b, hay.source_end(end)));
            if out.len() >= MAX_MATCHES {
                return out;
            }
        }
    }
    out
}

/// Text folded for matching, with a map from each folded byte to its source byte.
#[derive(Debug, Default)]
struct Folded {
    text: String,
    /// `source[i]` is the byte offset in the source of the char that produced byte `i`.
    source: Vec<usize>,
    /// Length of the source text.
    source_len: usize,
}

impl Folded {
    /// Refills with `src` folded: lower-cased unless `case`, whitespace runs as one space.
    fn fold(&mut self, src: &str, case: bool) {
        self.text.clear();
        self.source.clear();
        self.source_len = src.len();
        let mut in_space = false;
        for (i, c) in src.char_indices() {
            if c.is_whitespace() {
                if !in_space {
                    self.push(' ', i);
                }
                in_space = true;
                continue;
            }
            in_space = false;
            if case || c.is_ascii() && !c.is_ascii_uppercase() {
                self.push(c, i);
            } else {
                for l in c.to_lowercase() {
                    self.push(l, i);
                }
            }
        }
    }

    fn push(&mut self, c: char, source: usize) {
        self.text.push(c);
        self.source
            .extend(std::iter::repeat_n(source, c.len_utf8()));
    }

    /// The source offset just past the folded text ending at byte `end`.
    fn source_end(&self, end: usize) -> usize {
        self.source.get(end).copied().unwrap_or(self.source_len)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::DocumentBuilder;

    fn doc(texts: &[&str]) -> Document {
        DocumentBuilder::paragraphs(texts)
    }

    #[test]
    fn lower_case_query_ignores_case_and_capital_query_does_not() {
        let d = doc(&["Storm and storm", "STORM"]);
        assert_eq!(find(&d, "storm").len(), 3);
        assert_eq!(find(&d, "Storm"), vec![Pos::new(0, 0)..Pos::new(0, 5)]);
    }

    #[test]
    fn whitespace_runs_match_any_whitespace() {
        let d = doc(&["a phrase\nbroken  across lines"]);
        let m = find(&d, "phrase broken across");
        assert_eq!(m, vec![Pos::new(0, 2)..Pos::new(0, 23)]);
    }

    #[test]
    fn offsets_are_source_bytes_even_when_folding_changes_lengths() {
        let d = doc(&["xx İstanbul ÉLAN élan"]);
        let m = find(&d, "élan");
        assert_eq!(m.len(), 2);
        let text = &d.blocks[0].text;
        for r in m {
            assert_eq!(text[r.start.offset..r.end.offset].to_lowercase(), "élan");
        }
        // "İ" lower-cases to two chars; the match after it still lands on source bytes.
        let m = find(&d, "stanbul");
        assert_eq!(&text[m[0].start.offset..m[0].end.offset], "stanbul");
    }

    #[test]
    fn empty_query_finds_nothing() {
        assert!(find(&doc(&["abc"]), "  ").is_empty());
    }
}
