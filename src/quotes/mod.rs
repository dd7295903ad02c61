//! Direct quotations, scare-quoted terms and who said what.
//!
//! `analyze` pairs quote marks by role ([`pairing`]), tells speech from terms
//! ([`classify`]), reads the reporting constructions around each quote ([`cues`]) and
//! attributes each direct quote to a speaker with the role the article gives them
//! ([`attribute`], [`speakers`]). All word lists are per-language data ([`lexicon`]).

mod attribute;
mod classify;
mod cues;
pub mod lexicon;
mod lower;
mod marks;
mod mentions;
mod names;
mod pairing;
mod par;
mod reading;
mod sentences;
mod speakers;
mod tokens;

use crate::document::{Document, Pos};
use lexicon::Lexicon;
use reading::Depth;

/// Whether a quoted span is speech or a term in the narrator's own sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuoteKind {
    /// A direct quotation: someone's words.
    Direct,
    /// A scare-quoted word or phrase, a title or a quoted heading: not speech.
    Term,
}

/// A quoted span of the document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// Speech or term.
    pub kind: QuoteKind,
    /// The exact text between the marks (paragraphs of a multi-paragraph quote joined by a space).
    pub text: String,
    /// Start of the quoted text (just after the opening mark).
    pub start: Pos,
    /// End of the quoted text (just before the closing mark); may be in a later block.
    pub end: Pos,
    /// The quoted ranges, one per block: a quote running over paragraphs has several
    /// (each just inside its marks); otherwise the single range `start..end`.
    pub pieces: Vec<(Pos, Pos)>,
    /// Index into `Analysis::speakers`, or `None` when the text names no speaker.
    pub speaker: Option<usize>,
    /// Index of the section the quote starts in.
    pub section: usize,
}

/// A person quoted in the article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Speaker {
    /// The full name as introduced (`Ivy Example`).
    pub name: String,
    /// The role the article gives them (`professor of history at …`), if any.
    pub role: Option<String>,
    /// Other names the article uses for them (the surname, a role noun).
    pub aliases: Vec<String>,
}

/// Everything `analyze` finds in a document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Analysis {
    /// Direct quotes in article order.
    pub quotes: Vec<Quote>,
    /// Terms (scare quotes) in article order.
    pub terms: Vec<Quote>,
    /// Speakers in order of first quote.
    pub speakers: Vec<Speaker>,
}

impl Analysis {
    /// How many direct quotes speaker `i` has.
    pub fn quote_count(&self, speaker: usize) -> usize {
        self.quotes
            .iter()
            .filter(|q| q.speaker == Some(speaker))
            .count()
    }

    /// The speaker whose name or alias matches `name`, case-insensitively; leading
    /// titles and articles in `name` are ignored (`Dr Helen Marsh` finds `Helen Marsh`,
    /// `the mayor` the speaker with alias `mayor`).
    pub fn find_speaker(&self, name: &str) -> Option<usize> {
        let find = |wanted: &str| {
            self.speakers.iter().position(|s| {
                s.name.to_lowercase() == wanted
                    || s.aliases.iter().any(|a| a.to_lowercase() == wanted)
            })
        };
        let wanted = name.trim().to_lowercase();
        let lex = Lexicon::get();
        let words: Vec<&str> = wanted.split_whitespace().collect();
        let skip = words
            .iter()
            .take(words.len().saturating_sub(1))
            .take_while(|w| lex.titles.contains(**w) || lex.definite.contains(**w))
            .count();
        let untitled = words[skip..].join(" ");
        find(&wanted).or_else(|| find(&untitled).filter(|_| !untitled.is_empty()))
    }
}

/// Finds the quotes, terms and speakers of a document.
pub fn analyze(doc: &Document) -> Analysis {
    let lex = Lexicon::detect(doc.blocks.iter().map(|b| b.text.as_str()));
    let spans = pairing::spans(doc);
    let mut reading = reading::read(doc, lex, &spans, Depth::Speakers);
    let names = std::mem::take(&mut reading.names);
    let texts = std::mem::take(&mut reading.texts);
    let (speakers, speaker_of) = attribute::attribute(doc, lex, &spans, &texts, &reading, names);
    let mut analysis = assemble(doc, spans, texts, &reading.info, &speaker_of);
    analysis.speakers = order_by_first_quote(speakers, &mut analysis.quotes);
    analysis
}

/// Finds the quotes and terms of a document without attributing them: what
/// [`analyze`] finds, every speaker left `None` and no speakers listed. It reads only
/// the paragraphs quotes open in, so it is the cheaper call when only where the
/// quotes are matters.
pub fn extract(doc: &Document) -> Analysis {
    let lex = Lexicon::detect(doc.blocks.iter().map(|b| b.text.as_str()));
    let spans = pairing::spans(doc);
    let reading = reading::read(doc, lex, &spans, Depth::Quotes);
    let unattributed = vec![None; reading.info.len()];
    assemble(doc, spans, reading.texts, &reading.info, &unattributed)
}

/// The quotes (with the speaker indices `speaker_of`) and terms of `spans`, told apart
/// by `info`; no speakers listed yet.
fn assemble(
    doc: &Document,
    spans: Vec<pairing::Span>,
    texts: Vec<String>,
    info: &[attribute::SpanInfo],
    speaker_of: &[Option<usize>],
) -> Analysis {
    let direct = info.iter().filter(|i| i.direct).count();
    let mut analysis = Analysis {
        quotes: Vec::with_capacity(direct),
        terms: Vec::with_capacity(spans.len() - direct),
        speakers: Vec::new(),
    };
    for (i, (span, text)) in spans.into_iter().zip(texts).enumerate() {
        let quote = Quote {
            kind: if info[i].direct {
                QuoteKind::Direct
            } else {
                QuoteKind::Term
            },
            start: span.start(),
            end: span.end(),
            section: doc.section_at(span.start()),
            pieces: span.pieces,
            speaker: speaker_of[i],
            text,
        };
        match quote.kind {
            QuoteKind::Direct => analysis.quotes.push(quote),
            // An unclosed span that is not speech is a stray mark, not a term.
            QuoteKind::Term if span.close.is_some() => analysis.terms.push(quote),
            QuoteKind::Term => {}
        }
    }
    analysis
}

/// Keeps the speakers that have quotes, in order of their first quote, and renumbers
/// the quotes' speaker indices.
fn order_by_first_quote(speakers: Vec<Speaker>, quotes: &mut [Quote]) -> Vec<Speaker> {
    let mut map: Vec<Option<usize>> = vec![None; speakers.len()];
    let mut order = Vec::new();
    for q in quotes.iter() {
        if let Some(s) = q.speaker {
            if map[s].is_none() {
                map[s] = Some(order.len());
                order.push(s);
            }
        }
    }
    for q in quotes.iter_mut() {
        q.speaker = q.speaker.and_then(|s| map[s]);
    }
    let mut slots: Vec<Option<Speaker>> = speakers.into_iter().map(Some).collect();
    order.into_iter().filter_map(|s| slots[s].take()).collect()
}

#[cfg(test)]
mod tests;
