//! Sentence bounds in a block of text: where the sentence around a byte starts and ends
//! (not at an initial or an abbreviation), within a bounded reach.

use super::lexicon::Lexicon;
use super::tokens::{class, keeps_full_stop, ALNUM, MULTI, SPACE};

/// How far (bytes) a sentence search walks before giving up.
pub const SENTENCE_REACH: usize = 600;

/// True when a full stop at byte `at` of `text` ends a sentence (not an initial or an
/// abbreviation).
fn stop_ends_sentence(lex: &Lexicon, text: &str, at: usize) -> bool {
    let word = &text[word_start(text, at)..at];
    word.is_empty() || !keeps_full_stop(lex, word)
}

/// Start of the word ending at byte `at` of `text`: just past the last whitespace
/// character (which may be a multi-byte space) or `(` before `at`, else 0.
fn word_start(text: &str, at: usize) -> usize {
    let bytes = text.as_bytes();
    let mut j = at;
    while j > 0 {
        j -= 1;
        match space_width(text, j) {
            Some(width) => return j + width,
            None if bytes[j] == b'(' => return j + 1,
            None => {}
        }
    }
    0
}

/// The byte length of the whitespace character starting at byte `at` of `text`, or
/// `None` when none starts there (also inside a character). Decodes only non-ASCII.
#[inline(always)]
fn space_width(text: &str, at: usize) -> Option<usize> {
    let b = text.as_bytes()[at];
    match class(b) {
        SPACE => Some(1),
        // A leading byte (not a continuation byte) of a non-ASCII character.
        MULTI if b >= 0xc0 => multi_byte_space_width(text, at),
        _ => None,
    }
}

/// The byte length of the non-ASCII whitespace character starting at byte `at`.
#[inline(never)]
fn multi_byte_space_width(text: &str, at: usize) -> Option<usize> {
    text[at..]
        .chars()
        .next()
        .filter(|c| c.is_whitespace())
        .map(char::len_utf8)
}

/// True for quote marks and brackets that may follow a sentence's final stop.
fn is_closing_char(c: char) -> bool {
    matches!(c, '’' | '”' | '"' | '\'' | '»' | '›' | ')')
}

/// True when the text before the whitespace at byte `i` ends a sentence at or after
/// `floor`: a final `!`, `?`, `…` or sentence-ending full stop, then closing marks.
fn ends_sentence_before(lex: &Lexicon, text: &str, i: usize, floor: usize) -> bool {
    // After a letter, a digit or another space no sentence ends: most words.
    if i == 0 || matches!(class(text.as_bytes()[i - 1]), ALNUM | SPACE) {
        return false;
    }
    let before = text[..i].trim_end_matches(is_closing_char);
    let ends = match before.chars().next_back() {
        Some('!' | '?' | '…') => true,
        Some('.') => stop_ends_sentence(lex, text, before.len() - 1),
        _ => false,
    };
    ends && before.len() >= floor
}

/// Start of the sentence containing byte `at` (bounded by `floor` and
/// [`SENTENCE_REACH`]).
pub fn sentence_start(lex: &Lexicon, text: &str, at: usize, floor: usize) -> usize {
    let floor = floor.max(at.saturating_sub(SENTENCE_REACH));
    // Walk back byte by byte; only the whitespace characters starting at or after
    // `floor` are sentence boundary candidates.
    let mut j = at.min(text.len());
    while j > floor {
        j -= 1;
        if let Some(width) = space_width(text, j) {
            if ends_sentence_before(lex, text, j, floor) {
                return j + width;
            }
        }
    }
    floor_char(text, floor)
}

/// End of the sentence starting at or containing `from` (just past its final stop and
/// closing marks), bounded by `ceil` and [`SENTENCE_REACH`].
pub fn sentence_end(lex: &Lexicon, text: &str, from: usize, ceil: usize) -> usize {
    let ceil = ceil.min(text.len()).min(from + SENTENCE_REACH);
    let ceil = floor_char(text, ceil);
    let Some(window) = text.get(from..ceil) else {
        return ceil;
    };
    let bytes = window.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        // `!`, `?`, `.` and `…` (E2 80 A6): only these bytes can end a sentence.
        let len = match b {
            b'!' | b'?' => 1,
            b'.' if stop_ends_sentence(lex, text, from + i) => 1,
            0xe2 if bytes.get(i + 1..i + 3) == Some(&[0x80, 0xa6]) => 3,
            _ => continue,
        };
        let rest = &window[i + len..];
        let closing = rest.len() - rest.trim_start_matches(is_closing_char).len();
        let after = &rest[closing..];
        if after.is_empty() || after.starts_with(char::is_whitespace) {
            return from + i + len + closing;
        }
    }
    ceil
}

/// The largest char boundary of `text` at or below `at`.
pub fn floor_char(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bytescan::below;

    #[test]
    fn sentences_end_at_stops_but_not_at_initials() {
        let lex = Lexicon::get();
        let t = "Eerst dit. Dan George W. Bush in Texas. Einde";
        let at = t.find("Bush").unwrap();
        assert_eq!(sentence_start(lex, t, at, 0), t.find("Dan").unwrap());
        assert_eq!(sentence_end(lex, t, at, t.len()), t.find(" Einde").unwrap());
        let t = "Hij zei: ‘Ja.’ Toen ging";
        assert_eq!(sentence_start(lex, t, t.len(), 0), t.find("Toen").unwrap());
    }

    /// `stop_ends_sentence` as first written: the reference of the byte-level one.
    fn stop_ends_sentence_by_chars(lex: &Lexicon, text: &str, at: usize) -> bool {
        let before = &text[..at];
        let word_start = before
            .char_indices()
            .rfind(|&(_, c)| c.is_whitespace() || c == '(')
            .map_or(0, |(i, c)| i + c.len_utf8());
        let word = &before[word_start..];
        word.is_empty() || !keeps_full_stop(lex, word)
    }

    /// `sentence_start` as first written, char by char.
    fn sentence_start_by_chars(lex: &Lexicon, text: &str, at: usize, floor: usize) -> usize {
        let floor = floor.max(at.saturating_sub(SENTENCE_REACH));
        let mut pos = at.min(text.len());
        while pos > floor {
            let Some((i, c)) = text[..pos].char_indices().next_back() else {
                break;
            };
            if i < floor {
                break;
            }
            if c.is_whitespace() {
                let before = text[..i].trim_end_matches(is_closing_char);
                if let Some(last) = before.chars().next_back() {
                    let ends = match last {
                        '!' | '?' | '…' => true,
                        '.' => stop_ends_sentence_by_chars(lex, text, before.len() - 1),
                        _ => false,
                    };
                    if ends && before.len() >= floor {
                        return i + c.len_utf8();
                    }
                }
            }
            pos = i;
        }
        floor_char(text, floor)
    }

    /// `sentence_end` as first written, char by char.
    fn sentence_end_by_chars(lex: &Lexicon, text: &str, from: usize, ceil: usize) -> usize {
        let ceil = ceil.min(text.len()).min(from + SENTENCE_REACH);
        let ceil = floor_char(text, ceil);
        let Some(window) = text.get(from..ceil) else {
            return ceil;
        };
        for (i, c) in window.char_indices() {
            let ends = match c {
                '!' | '?' | '…' => true,
                '.' => stop_ends_sentence_by_chars(lex, text, from + i),
                _ => false,
            };
            if ends {
                let rest = &window[i + c.len_utf8()..];
                let closing = rest.len() - rest.trim_start_matches(is_closing_char).len();
                let after = &rest[closing..];
                if after.is_empty() || after.starts_with(char::is_whitespace) {
                    return from + i + c.len_utf8() + closing;
                }
            }
        }
        ceil
    }

    #[test]
    fn sentence_bounds_equal_the_char_by_char_reference_on_mixed_text() {
        let lex = Lexicon::get();
        let pieces = [
            "a",
            "Z",
            "9",
            " ",
            "\n",
            "\u{b}",
            "\u{a0}",
            "\u{2003}",
            "\u{85}",
            "\u{3000}",
            ".",
            "!",
            "?",
            "…",
            "’",
            "”",
            "\"",
            "'",
            "»",
            "›",
            ")",
            "(",
            ",",
            "é",
            "—",
            "\u{2027}",
            "\u{2026}x",
            "dr",
            "Dr",
            "J",
            "U.S",
            "Mr",
            "approx",
            "zei",
            "🙂",
        ];
        let mut next = below(0x9e37_79b9_7f4a_7c15);
        for round in 0..3000 {
            let len = next(if round % 10 == 0 { 400 } else { 30 });
            let text: String = (0..len).map(|_| pieces[next(pieces.len())]).collect();
            let bounds: Vec<usize> = (0..=text.len())
                .filter(|&b| text.is_char_boundary(b))
                .collect();
            for &at in &bounds {
                for floor in [0, at / 2, at.saturating_sub(3), at, at + 1] {
                    assert_eq!(
                        sentence_start(lex, &text, at, floor),
                        sentence_start_by_chars(lex, &text, at, floor),
                        "start {text:?} {at} {floor}"
                    );
                }
                for ceil in [text.len(), at + 5, at, 0] {
                    assert_eq!(
                        sentence_end(lex, &text, at, ceil),
                        sentence_end_by_chars(lex, &text, at, ceil),
                        "end {text:?} {at} {ceil}"
                    );
                }
            }
        }
    }

    #[test]
    fn sentences_split_at_a_no_break_space_on_char_boundaries() {
        let lex = Lexicon::get();
        let t = "Zij zei ja.\u{a0}Dr.\u{a0}Smit\u{2003}zei: nee.\u{a0}Toen ging";
        let at = t.find("Toen").unwrap();
        assert_eq!(sentence_start(lex, t, at, 0), at);
        let smit = t.find("Smit").unwrap();
        assert_eq!(sentence_start(lex, t, smit, 0), t.find("Dr.").unwrap());
        assert_eq!(
            sentence_end(lex, t, smit, t.len()),
            at - '\u{a0}'.len_utf8()
        );
        assert_eq!(sentence_end(lex, t, 0, t.len()), t.find("Dr.").unwrap() - 2);
    }
}
