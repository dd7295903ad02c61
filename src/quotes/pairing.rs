//! Pairs quote marks into spans, across paragraphs when a quote runs on.
//!
//! A closer pairs with the nearest open mark of its family; marks left open inside a
//! closed pair are dropped, and a pair inside another pair is part of the outer quote.
//! A paragraph that ends with a quote still open continues into the next paragraph
//! when that one opens with a quote mark (the newspaper convention); otherwise the
//! quote ends with its paragraph.

use super::marks::{self, Mark, Role};
use crate::document::{Block, BlockKind, Document, Pos};
use std::borrow::Cow;

/// A top-level quoted span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    /// The quoted text ranges, one per block (just inside the marks).
    pub pieces: Vec<(Pos, Pos)>,
    /// Where the opening mark starts.
    pub open: Pos,
    /// Just past the closing mark, or `None` when the quote ran to its paragraph end.
    pub close: Option<Pos>,
}

impl Span {
    /// Start of the quoted text.
    pub fn start(&self) -> Pos {
        self.pieces.first().map_or(self.open, |p| p.0)
    }

    /// End of the quoted text.
    pub fn end(&self) -> Pos {
        self.pieces.last().map_or(self.open, |p| p.1)
    }

    /// The quoted text: the pieces joined by a space.
    pub fn text(&self, doc: &Document) -> String {
        self.text_ref(doc).into_owned()
    }

    /// The quoted text like [`Span::text`], borrowed from the block when the span has a
    /// single piece (most quotes), so that no `String` is built for it.
    pub fn text_ref<'d>(&self, doc: &'d Document) -> Cow<'d, str> {
        if let [(a, b)] = self.pieces.as_slice() {
            let piece = doc
                .blocks
                .get(a.block)
                .and_then(|block| block.text.get(a.offset..b.offset));
            return Cow::Borrowed(piece.unwrap_or(""));
        }
        let mut out = String::new();
        for (a, b) in &self.pieces {
            let Some(block) = doc.blocks.get(a.block) else {
                continue;
            };
            let Some(piece) = block.text.get(a.offset..b.offset) else {
                continue;
            };
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(piece);
        }
        Cow::Owned(out)
    }
}

/// True for blocks whose text may hold quotes.
fn scanned(block: &Block) -> bool {
    !matches!(block.kind, BlockKind::Code | BlockKind::Rule)
}

/// True for blocks in which a quote from the previous paragraph may continue.
fn continues_into(block: &Block) -> bool {
    matches!(
        block.kind,
        BlockKind::Paragraph | BlockKind::Lead | BlockKind::BlockQuote | BlockKind::ListItem { .. }
    )
}

/// An open mark on the stack; `carried` for a quote continued from an earlier paragraph.
#[derive(Debug, Clone, Copy)]
struct Open {
    mark: Mark,
    carried: bool,
}

/// A closed pair in the current block and the stack depth it was opened at.
#[derive(Debug, Clone, Copy)]
struct Pair {
    open: Open,
    close: Mark,
    depth: usize,
}

/// Block text end with trailing whitespace left out.
fn trimmed_end(text: &str) -> usize {
    text.trim_end().len()
}

/// Finds the top-level quoted spans of `doc` in document order.
pub fn spans(doc: &Document) -> Vec<Span> {
    // The marks of all blocks in one buffer: block `b` has `all[starts[b]..starts[b + 1]]`.
    let mut all: Vec<Mark> = Vec::new();
    let mut starts = Vec::with_capacity(doc.blocks.len() + 1);
    for block in &doc.blocks {
        starts.push(all.len());
        if scanned(block) {
            marks::scan_into(&block.text, &mut all);
        }
    }
    starts.push(all.len());
    let marks_of = |b: usize| -> &[Mark] {
        match (starts.get(b), starts.get(b + 1)) {
            (Some(&from), Some(&to)) => &all[from..to],
            _ => &[],
        }
    };
    let mut out = Vec::new();
    // A quote running on from the previous block: its span so far.
    let mut carry: Option<Span> = None;
    // Per-block buffers, cleared and reused for every block.
    let mut stack: Vec<Open> = Vec::new();
    let mut pairs: Vec<Pair> = Vec::new();
    let mut block_spans: Vec<Span> = Vec::new();
    for (b, block) in doc.blocks.iter().enumerate() {
        stack.clear();
        pairs.clear();
        block_spans.clear();
        let mut block_marks = marks_of(b);
        if let Some(span) = &carry {
            // The continuation mark opens this block; it belongs to the carried quote.
            if let Some((first, rest)) = block_marks.split_first() {
                stack.push(Open {
                    mark: *first,
                    carried: true,
                });
                block_marks = rest;
            } else {
                out.push(span.clone());
                carry = None;
            }
        }
        for &m in block_marks {
            let mut m = m;
            let own = stack.iter().rposition(|o| o.mark.family == m.family);
            let alt = m
                .alt
                .and_then(|alt| stack.iter().rposition(|o| o.mark.family == alt));
            let open_idx = own.or(alt);
            if own.is_none() && alt.is_some() {
                // `Kees’’` closing a single quote: a possessive, then the closer.
                m.len /= 2;
                m.at += m.len;
            }
            let closes = match m.role {
                Role::Open => false,
                Role::Close => true,
                Role::Either => open_idx.is_some(),
            };
            if !closes {
                stack.push(Open {
                    mark: m,
                    carried: false,
                });
                continue;
            }
            let Some(idx) = open_idx else {
                continue; // a stray closer
            };
            stack.truncate(idx + 1);
            if let Some(open) = stack.pop() {
                pairs.push(Pair {
                    open,
                    close: m,
                    depth: idx,
                });
            }
        }
        for p in pairs.iter().filter(|p| p.depth == 0) {
            let piece = (Pos::new(b, p.open.mark.end()), Pos::new(b, p.close.at));
            let close = Some(Pos::new(b, p.close.end()));
            if p.open.carried {
                if let Some(mut span) = carry.take() {
                    span.pieces.push(piece);
                    span.close = close;
                    out.push(span);
                }
            } else {
                block_spans.push(Span {
                    pieces: vec![piece],
                    open: Pos::new(b, p.open.mark.at),
                    close,
                });
            }
        }
        if let Some(bottom) = stack.first().copied() {
            let end = Pos::new(b, trimmed_end(&block.text).max(bottom.mark.end()));
            let piece = (Pos::new(b, bottom.mark.end()), end);
            let mut span = if bottom.carried {
                carry.take().unwrap_or_else(|| Span {
                    pieces: Vec::new(),
                    open: Pos::new(b, bottom.mark.at),
                    close: None,
                })
            } else {
                Span {
                    pieces: Vec::new(),
                    open: Pos::new(b, bottom.mark.at),
                    close: None,
                }
            };
            span.pieces.push(piece);
            let next_opens = doc
                .blocks
                .get(b + 1)
                .filter(|n| continues_into(n))
                .zip(marks_of(b + 1).first())
                .is_some_and(|(n, m)| m.role != Role::Close && n.text[..m.at].trim().is_empty());
            let nested: Vec<&Pair> = pairs
                .iter()
                .filter(|p| p.depth == 1 && p.open.mark.at > bottom.mark.at)
                .collect();
            if next_opens {
                carry = Some(span);
            } else if !bottom.carried && !nested.is_empty() {
                // The open mark was stray (its pairs closed inside it): keep those pairs.
                for p in nested {
                    block_spans.push(Span {
                        pieces: vec![(Pos::new(b, p.open.mark.end()), Pos::new(b, p.close.at))],
                        open: Pos::new(b, p.open.mark.at),
                        close: Some(Pos::new(b, p.close.end())),
                    });
                }
            } else if piece.0 < piece.1 {
                out.push(span);
            }
        } else if let Some(span) = carry.take() {
            out.push(span);
        }
        block_spans.sort_by_key(|s| s.open);
        out.append(&mut block_spans);
    }
    if let Some(span) = carry {
        out.push(span);
    }
    out.sort_by_key(|s| s.open);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::DocumentBuilder;

    fn doc(paras: &[&str]) -> Document {
        DocumentBuilder::paragraphs(paras)
    }

    fn texts(paras: &[&str]) -> Vec<String> {
        let d = doc(paras);
        spans(&d).iter().map(|s| s.text(&d)).collect()
    }

    #[test]
    fn positions_are_just_inside_the_marks() {
        let d = doc(&["Hij zei: ‘Ja, zeker.’ Klaar."]);
        let s = &spans(&d)[0];
        let t = &d.blocks[0].text;
        assert_eq!(&t[s.start().offset..s.end().offset], "Ja, zeker.");
        assert_eq!(&t[s.open.offset..s.close.unwrap().offset], "‘Ja, zeker.’");
    }

    #[test]
    fn mixed_conventions_pair_by_role() {
        let got = texts(&["„Een”, ,,twee’’, “drie\", \"vier”, «vijf» en ‘zes’."]);
        assert_eq!(got, ["Een", "twee", "drie", "vier", "vijf", "zes"]);
    }

    #[test]
    fn nested_quote_belongs_to_the_outer_one() {
        let got = texts(&["“He called it ‘a farce’ twice,” she said."]);
        assert_eq!(got, ["He called it ‘a farce’ twice,"]);
    }

    #[test]
    fn quote_running_over_paragraphs_is_one_span() {
        let d = doc(&[
            "Ze zei: ‘Eerst dit.",
            "‘En dan dat.’ Einde.",
            "Daarna ‘iets’.",
        ]);
        let s = spans(&d);
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].text(&d), "Eerst dit. En dan dat.");
        assert_eq!(s[0].pieces.len(), 2);
        assert_eq!(s[0].end().block, 1);
        assert_eq!(s[1].text(&d), "iets");
    }

    #[test]
    fn unclosed_quote_ends_at_its_paragraph() {
        let got = texts(&["Hij zei: ‘Dit sluit niet", "Gewone tekst met ‘term’."]);
        assert_eq!(got, ["Dit sluit niet", "term"]);
    }

    #[test]
    fn possessive_before_a_doubled_closer_closes_the_single_quote() {
        let got = texts(&["‘Het was de schuld van Kees’’, zei ze."]);
        assert_eq!(got, ["Het was de schuld van Kees’"]);
    }

    #[test]
    fn stray_opener_does_not_swallow_later_quotes() {
        let got = texts(&["Een ‘ los teken en dan “een echt citaat.” Klaar."]);
        assert_eq!(got, ["een echt citaat."]);
    }
}
