//! Speech or term: is a quoted span someone's words, or a phrase in the narrator's own
//! sentence?
//!
//! A span is speech when a reporting construction governs it (a speech verb or marker
//! right after it, or a speech verb before it in its sentence — also for a few words:
//! `said her client was “deeply ashamed”`, `erkent dat de gemeente „…” heeft` quote the
//! person), or when it is a full clause standing as its own sentence (four words or
//! more, or sentence punctuation inside). A quoted heading, a scare-quoted word, a title,
//! a phrase after a naming word (`called it "…"`, `so-called “…”`) or an article, and a
//! short phrase inside a sentence with no speech verb are terms.

use crate::document::{BlockKind, Document};

use super::lexicon::Lexicon;
use super::lower::lower;
use super::pairing::Span;

/// Fewest words of a quote opening the article's first line before a colon.
const HEADLINE_WORDS: usize = 2;

/// Fewest words of a quote that stands as a sentence without sentence punctuation.
const CLAUSE_WORDS: usize = 4;

/// What the reporting constructions around a span say.
#[derive(Debug, Clone, Copy, Default)]
pub struct Cues {
    /// A speech verb or marker right after the quote.
    pub after: bool,
    /// A speech verb before the quote in the same sentence.
    pub before: bool,
    /// A naming verb right before the quote (`called it "…"`): a fragment, never speech.
    pub naming: bool,
}

/// True for sentence punctuation at the end of quoted text (`Ja.`, `Echt?`).
fn ends_like_sentence(text: &str) -> bool {
    text.trim_end()
        .trim_end_matches(['’', '”', '"', '\'', '»', '›', ')'])
        .ends_with(['.', '!', '?', '…'])
}

/// True when the text before an opening mark leaves it at a sentence start.
fn opens_sentence(before: &str) -> bool {
    let b = before.trim_end();
    let core = b.trim_end_matches(['’', '”', '"', '\'', '»', '›', ')']);
    b.is_empty() || core.ends_with(['.', '!', '?', '…', ':', '—', '–'])
}

/// True when the text after a closing mark lets the quote end its sentence.
fn closes_sentence(after: &str, quoted: &str) -> bool {
    let a = after.trim_start();
    a.is_empty()
        // `‘We lost the house’: a family starts again` (a headline's quote).
        || a.starts_with(['.', '!', '?', '…', '(', '—', '–', ':'])
        || a.starts_with(char::is_uppercase)
        || a.starts_with(['‘', '“', '„', '"', '\'', '«', '‹'])
        || a.starts_with(",,")
        || ends_like_sentence(quoted)
}

/// Fewest words of a quoted fragment that a speech verb further back in its sentence
/// makes speech: a single quoted word is a scare quote whatever verb is near.
const FRAGMENT_WORDS: usize = 2;

/// True when `text` can be a governed fragment of speech: enough words, and not a title
/// in title case (`referring to “The Anxious Generation,”`).
pub fn is_fragment(text: &str) -> bool {
    text.split_whitespace().take(FRAGMENT_WORDS).count() >= FRAGMENT_WORDS && !is_title_case(text)
}

/// True when every word of four letters or more starts with a capital (`Built to Last
/// Longer`): the way English titles are written, and no way to quote a remark.
pub fn is_title_case(text: &str) -> bool {
    let mut long = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 4)
        .peekable();
    long.peek().is_some() && long.all(|w| w.starts_with(char::is_uppercase))
}

/// True when `span` is quoted in a headline beside other words, a colon between them
/// (`‘We lost the house’: a family starts again`, `Minister: “We will pay”`): the way
/// papers put someone's words in a title. A heading that is only a quote, or that
/// quotes a phrase without a colon (`Council wants ‘a plan’`), quotes no one.
fn is_headline_quote(heading: &str, span: &Span) -> bool {
    beside(heading, span).is_some_and(|(before, after)| {
        (before.ends_with(':') && before.len() > 1) || (after.starts_with(':') && after.len() > 1)
    })
}

/// True when a link label and a colon are all that stands before the opening mark
/// (`Lees ook: ‘…’`, `Read more: “…”`): the quote is another article's title.
fn after_link_label(lex: &Lexicon, before: &str) -> bool {
    before
        .trim_end()
        .strip_suffix(':')
        .is_some_and(|label| lex.link_labels.contains(&*lower(label.trim())))
}

/// The text of `line` before `span`'s opening mark and after its closing mark, trimmed,
/// when the span closes in the same block.
fn beside<'a>(line: &'a str, span: &Span) -> Option<(&'a str, &'a str)> {
    let close = span.close.filter(|c| c.block == span.open.block)?;
    let before = line[..span.open.offset].trim_end();
    Some((before, line.get(close.offset..).unwrap_or("").trim()))
}

/// True when `span` is speech rather than a term.
pub fn is_speech(lex: &Lexicon, doc: &Document, span: &Span, text: &str, cues: Cues) -> bool {
    let Some(first) = doc.blocks.get(span.open.block) else {
        return false;
    };
    if after_link_label(lex, &first.text[..span.open.offset]) {
        return false;
    }
    // Only "none" and "at least CLAUSE_WORDS" matter, so counting stops there.
    let words = text.split_whitespace().take(CLAUSE_WORDS).count();
    // `‘The dirt remembers’: three generations …`: a quote opening the article's first
    // line before a colon is the headline's quote, however short.
    let headline = span.open.block == 0
        && words >= HEADLINE_WORDS
        && beside(&first.text, span)
            .is_some_and(|(before, after)| before.is_empty() && after.starts_with(':'));
    if matches!(first.kind, BlockKind::Heading { .. }) {
        let full_clause = words >= CLAUSE_WORDS || ends_like_sentence(text);
        return headline || (full_clause && is_headline_quote(&first.text, span));
    }
    if words == 0 || cues.naming {
        return false;
    }
    if headline {
        return true;
    }
    if span.pieces.len() > 1 {
        return words >= CLAUSE_WORDS;
    }
    let full_clause = words >= CLAUSE_WORDS || ends_like_sentence(text);
    if cues.after || cues.before {
        return true;
    }
    let before = &first.text[..span.open.offset];
    let standalone_start = opens_sentence(before);
    let Some(close) = span.close else {
        // Unclosed to the paragraph end: speech only as a sentence of its own.
        return standalone_start && full_clause;
    };
    let after = doc
        .blocks
        .get(close.block)
        .and_then(|b| b.text.get(close.offset..))
        .unwrap_or("");
    standalone_start && full_clause && closes_sentence(after, text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::DocumentBuilder;
    use crate::quotes::pairing::spans;

    fn speech(kind: BlockKind, para: &str) -> Vec<bool> {
        let mut b = DocumentBuilder::default();
        b.push(kind, para);
        let d = b.finish();
        spans(&d)
            .iter()
            .map(|s| is_speech(Lexicon::get(), &d, s, &s.text(&d), Cues::default()))
            .collect()
    }

    #[test]
    fn short_phrases_inside_a_sentence_are_terms() {
        let got = speech(
            BlockKind::Paragraph,
            "De wereld bestaat uit ‘politieke polen’. Elke ‘pool’ heeft een ‘vriendschap zonder grenzen’.",
        );
        assert_eq!(got, [false, false, false]);
    }

    #[test]
    fn quoted_word_opening_a_sentence_is_a_term() {
        assert_eq!(
            speech(BlockKind::Paragraph, "‘Gezelligheid’ is een stopwoord."),
            [false]
        );
    }

    #[test]
    fn heading_in_quote_marks_is_a_term() {
        assert_eq!(
            speech(BlockKind::Heading { level: 1 }, "‘Dit is een hele zin.’"),
            [false]
        );
    }

    #[test]
    fn a_headline_quote_beside_a_colon_is_speech() {
        let h = || BlockKind::Heading { level: 1 };
        assert_eq!(
            speech(h(), "‘We’ll be gone by Christmas’: residents told to leave"),
            [true]
        );
        assert_eq!(speech(h(), "Wethouder: ‘Dit bad kost ons te veel’"), [true]);
        // A phrase in a headline, or a headline that is only a quote, quotes no one.
        assert_eq!(speech(h(), "Provincie wil ‘noodplan’: nu snel"), [false]);
        assert_eq!(
            speech(h(), "Raad wil ‘een heel nieuw plan’ voor bad"),
            [false]
        );
        assert_eq!(speech(h(), "‘We gaan dit bad sluiten’"), [false]);
    }

    #[test]
    fn a_full_sentence_in_quotes_is_speech() {
        assert_eq!(
            speech(
                BlockKind::Paragraph,
                "Hij keek op. ‘Dit gaat echt niet lukken.’ Toen ging hij."
            ),
            [true]
        );
        assert_eq!(speech(BlockKind::Paragraph, "“Home.”"), [true]);
    }

    #[test]
    fn a_fragment_after_a_naming_verb_is_a_term_even_with_a_full_stop() {
        let mut b = DocumentBuilder::default();
        b.push(
            BlockKind::Paragraph,
            "He called it \"a scarf on a pig.\" Then he left.",
        );
        let d = b.finish();
        let s = &spans(&d)[0];
        let cues = Cues {
            after: true,
            naming: true,
            ..Cues::default()
        };
        assert!(!is_speech(Lexicon::get(), &d, s, &s.text(&d), cues));
    }

    #[test]
    fn long_fragment_inside_a_sentence_is_a_term() {
        assert_eq!(
            speech(
                BlockKind::Paragraph,
                "Hij noemt het een ‘beslissing waar niemand op zat te wachten’ en vertrekt."
            ),
            [false]
        );
    }
}
