//! The per-block reading pass: tokens, introduced names and the cues around each quote.
//!
//! Every block is tokenized once, searched for the names it introduces, and — while its
//! tokens are still in cache — the constructions around the quotes opening in it are
//! read. Reading the cues in a later pass over all quotes meant fetching every block's
//! tokens back from memory: on long articles that cost more than the reading itself.

use super::attribute::{previous_reading, SpanInfo};
use super::classify::{self, Cues};
use super::cues::{self, Who};
use super::lexicon::Lexicon;
use super::pairing::Span;
use super::par;
use super::sentences;
use super::speakers::{names_in_block, Mentions};
use super::tokens::Tokenized;
use crate::document::Document;
use std::borrow::Cow;

/// What the reading pass finds: per block its tokens, the names the blocks introduce,
/// and per span its cues and the attribution sentence before it.
pub struct Reading<'d> {
    /// Every block's tokens (same indices as `doc.blocks`); empty at [`Depth::Quotes`].
    pub blocks: Vec<Tokenized<'d>>,
    /// The full names introduced in the text, by last word, in text order.
    pub names: Mentions,
    /// Per span: the exact text between its marks (see [`Span::text`]).
    pub texts: Vec<String>,
    /// Per span: speech or term, and the constructions around it.
    pub info: Vec<SpanInfo>,
    /// Per span: the attribution sentence before a direct quote with no construction of
    /// its own (see [`previous_reading`]).
    pub previous: Vec<Option<(Who, bool)>>,
}

/// How much the reading pass reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Depth {
    /// Only what tells speech from terms: the constructions around each quote. No names
    /// are looked for and no block's tokens are kept.
    Quotes,
    /// Also what attribution needs: the names each block introduces, the attribution
    /// sentence before each quote, and every block's tokens.
    Speakers,
}

/// Bytes of text a span's cue readers look at besides the quote itself (the sentence
/// before and after it): the weight of one span when the work is split.
const CUE_WEIGHT: usize = 256;

/// Reads every block of `doc` and every span of `spans` (sorted by opening mark) to
/// `depth`, split over the cores by ranges of blocks.
pub fn read<'d>(doc: &'d Document, lex: &Lexicon, spans: &[Span], depth: Depth) -> Reading<'d> {
    // Spans per block, so a range's weight counts its quotes' cue reading.
    let mut quotes_in = vec![0usize; doc.blocks.len()];
    for span in spans {
        if let Some(n) = quotes_in.get_mut(span.open.block) {
            *n += 1;
        }
    }
    let parts = par::map_ranges(
        doc.blocks.len(),
        |b| match (depth, quotes_in[b]) {
            (Depth::Quotes, 0) => 0,
            (_, n) => doc.blocks[b].text.len() + n * CUE_WEIGHT,
        },
        |range| {
            let first_span = spans.partition_point(|s| s.open.block < range.start);
            read_range(doc, lex, spans, range, first_span, depth)
        },
    );
    let mut reading = Reading {
        blocks: Vec::with_capacity(doc.blocks.len()),
        names: Mentions::default(),
        texts: Vec::with_capacity(spans.len()),
        info: Vec::with_capacity(spans.len()),
        previous: Vec::with_capacity(spans.len()),
    };
    for part in parts {
        reading.blocks.extend(part.blocks);
        // The parts are in block order, so each name's places stay in text order.
        for (word, places) in part.names {
            reading.names.entry(word).or_default().extend(places);
        }
        reading.texts.extend(part.texts);
        reading.info.extend(part.info);
        reading.previous.extend(part.previous);
    }
    reading
}

/// The reading of blocks `range`, whose spans start at index `first_span`.
fn read_range<'d>(
    doc: &'d Document,
    lex: &Lexicon,
    spans: &[Span],
    range: std::ops::Range<usize>,
    first_span: usize,
    depth: Depth,
) -> Reading<'d> {
    let speakers = depth == Depth::Speakers;
    let count = spans[first_span..].partition_point(|s| s.open.block < range.end);
    let mut out = Reading {
        blocks: Vec::with_capacity(range.len()),
        names: Mentions::default(),
        texts: Vec::with_capacity(count),
        info: Vec::with_capacity(count),
        previous: Vec::with_capacity(count),
    };
    let mut next = first_span;
    for b in range {
        let from = next;
        while spans.get(next).is_some_and(|s| s.open.block == b) {
            next += 1;
        }
        let spans_here = from..next;
        // Telling speech from terms reads only the blocks quotes open in.
        if !speakers && spans_here.is_empty() {
            continue;
        }
        let text = doc.blocks[b].text.as_str();
        let tokenized = Tokenized::new(lex, text);
        if speakers {
            names_in_block(doc, lex, b, &tokenized, &mut out.names);
        }
        for i in spans_here.clone() {
            // A quote running over paragraphs closes in a later block, not read yet.
            let close = match spans[i].close {
                Some(c) if c.block != b => doc
                    .blocks
                    .get(c.block)
                    .map(|blk| Cow::Owned(Tokenized::new(lex, &blk.text))),
                Some(_) => Some(Cow::Borrowed(&tokenized)),
                None => None,
            };
            let text = spans[i].text(doc);
            let info = span_info(doc, lex, spans, &tokenized, close.as_deref(), &text, i);
            out.info.push(info);
            out.texts.push(text);
        }
        if !speakers {
            continue;
        }
        // Only spans opening in this block are asked about (see `IsDirect`).
        let base = out.info.len() - spans_here.len();
        let direct = |j: usize| out.info[base + j - from].direct;
        for i in spans_here.clone() {
            let info = &out.info[base + i - from];
            let previous = previous_reading(spans, &direct, info, &tokenized, lex, i);
            out.previous.push(previous);
        }
        out.blocks.push(tokenized);
    }
    out
}

/// The cues around span `i` and whether it is speech; `open` holds the tokens of the
/// block the span opens in, `close` those of the block it closes in.
fn span_info(
    doc: &Document,
    lex: &Lexicon,
    spans: &[Span],
    open: &Tokenized<'_>,
    close: Option<&Tokenized<'_>>,
    text: &str,
    i: usize,
) -> SpanInfo {
    let span = &spans[i];
    let after = span.close.zip(close).and_then(|(mark, block)| {
        let limit = spans
            .get(i + 1)
            .filter(|n| n.open.block == mark.block)
            .map_or(block.text.len(), |n| n.open.offset);
        cues::after_cue(lex, block, mark.offset, limit)
    });
    // The narration before the quote starts after the previous span in its block.
    let floor = i
        .checked_sub(1)
        .and_then(|p| spans[p].close)
        .filter(|c| c.block == span.open.block)
        .map_or(0, |c| c.offset);
    let at = span.open.offset;
    // Both readers look at the quote's sentence up to its opening mark.
    let start = sentences::sentence_start(lex, open.text, at, floor);
    // A title in title case right after the verb is named, not quoted (`said she had
    // read “The Long Road Home”`); after a colon or comma it may be said.
    let before = cues::before_cue(lex, open, start, at)
        .filter(|(_, punct)| *punct || !classify::is_title_case(text))
        .map(|b| b.0);
    let naming = cues::naming_fragment(lex, open, start, at);
    // A fragment of a few words that a speech verb further back governs is speech too.
    let governing = match (&after, &before) {
        (None, None) if classify::is_fragment(text) => {
            // The verb may stand before an earlier quote of the same sentence (`said
            // welfare was ‘…’ and that it would ‘…’`).
            let start = sentences::sentence_start(lex, open.text, at, 0);
            cues::governing_cue(lex, open, start, at)
        }
        _ => None,
    };
    let cues = Cues {
        after: after.is_some(),
        before: before.is_some() || governing.is_some(),
        naming,
    };
    SpanInfo {
        direct: classify::is_speech(lex, doc, span, text, cues),
        after,
        before: before.or(governing.flatten()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::DocumentBuilder;
    use crate::quotes::pairing;

    #[test]
    fn a_quote_closing_in_the_next_range_reads_the_same_cues_as_in_one_range() {
        let d = DocumentBuilder::paragraphs(&[
            "Anna de Vries is econoom bij een bank.",
            "‘Het gaat goed met de economie.",
            "‘Maar de lonen blijven achter’, zegt De Vries. ‘Dat is zorgelijk.’",
            "Daarna volgt meer.",
        ]);
        let lex = Lexicon::get();
        let spans = pairing::spans(&d);
        assert_eq!(spans.len(), 2, "{spans:?}");
        assert_eq!((spans[0].open.block, spans[0].end().block), (1, 2));
        let deep = Depth::Speakers;
        let whole = read_range(&d, lex, &spans, 0..4, 0, deep);
        // The split falls between the quote's opening and closing paragraphs.
        let head = read_range(&d, lex, &spans, 0..2, 0, deep);
        let tail = read_range(&d, lex, &spans, 2..4, 1, deep);
        assert!(
            matches!(&whole.info[0].after, Some(Who::Name { name, .. }) if name.ends_with("Vries")),
            "{:?}",
            whole.info[0]
        );
        let split: Vec<SpanInfo> = head.info.into_iter().chain(tail.info).collect();
        assert_eq!(split, whole.info);
        let split: Vec<_> = head.texts.into_iter().chain(tail.texts).collect();
        assert_eq!(split, whole.texts);
        let split: Vec<_> = head.previous.into_iter().chain(tail.previous).collect();
        assert_eq!(split, whole.previous);
        assert_eq!(head.blocks.len() + tail.blocks.len(), 4);
    }
}
