//! Words and punctuation of a block of text, with their byte ranges.
//!
//! Attribution only ever looks at a bounded window around a quote, so these helpers
//! take a byte range and never scan the whole document.

use super::lexicon::{Class, Lexicon};
use super::lower::{lower, Lower};
use crate::bytescan::{HIGH, ONES};
use std::borrow::Cow;

/// A word or a punctuation character with its byte range in the block text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    /// The token text.
    pub text: &'a str,
    /// Byte offset in the block text (a block is far below 4 GiB: the sanitizer and
    /// the loader bound the input), kept small so more tokens stay in cache.
    at: u32,
    /// True for a word, false for punctuation.
    pub word: bool,
    /// The case of a word's first letter, read once here: the cue readers ask often.
    case: Case,
}

/// A block offset as stored in a token; blocks are far below 4 GiB (the loader refuses
/// larger files), so this never saturates in practice.
fn offset(at: usize) -> u32 {
    u32::try_from(at).unwrap_or(u32::MAX)
}

/// The case of a word's first character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Case {
    /// An upper-case letter (`Anna`).
    Upper,
    /// A lower-case letter (`zegt`).
    Lower,
    /// Anything else (a digit), and every punctuation token.
    Other,
}

impl<'a> Token<'a> {
    /// A word token.
    pub fn word(text: &'a str, start: usize) -> Self {
        let case = match text.as_bytes().first() {
            Some(b) if b.is_ascii_uppercase() => Case::Upper,
            Some(b) if b.is_ascii_lowercase() => Case::Lower,
            Some(b) if b.is_ascii() => Case::Other,
            _ => match text.chars().next() {
                Some(c) if c.is_uppercase() => Case::Upper,
                Some(c) if c.is_lowercase() => Case::Lower,
                _ => Case::Other,
            },
        };
        Self {
            text,
            at: offset(start),
            word: true,
            case,
        }
    }

    /// An elided article written with an apostrophe (`’t`, `'s`, `’n`): a lower-case word.
    fn elision(text: &'a str, start: usize) -> Self {
        Self {
            text,
            at: offset(start),
            word: true,
            case: Case::Lower,
        }
    }

    /// A punctuation token.
    pub fn punct(text: &'a str, start: usize) -> Self {
        Self {
            text,
            at: offset(start),
            word: false,
            case: Case::Other,
        }
    }

    /// Byte offset of the token in the block text.
    pub fn start(&self) -> usize {
        self.at as usize
    }

    /// Byte offset just past the token.
    pub fn end(&self) -> usize {
        self.start() + self.text.len()
    }

    /// True for a word starting with an upper-case letter.
    pub fn is_cap(&self) -> bool {
        self.case == Case::Upper
    }

    /// True for a word starting with a lower-case letter.
    pub fn is_lower(&self) -> bool {
        self.case == Case::Lower
    }

    /// The lower-cased text; borrowed (no allocation) when it has no upper-case letter,
    /// which is most words.
    pub fn lower(&self) -> Lower<'a> {
        lower(self.text)
    }

    /// True for the punctuation character `c`.
    pub fn is_punct(&self, c: char) -> bool {
        !self.word && self.text.starts_with(c)
    }

    /// The word without a possessive ending (`Obama’s` → `Obama`).
    pub fn stem(&self) -> &'a str {
        // Every possessive ending ends in `s`, `'` or the last byte of `’` (E2 80 99).
        if !matches!(self.text.as_bytes().last(), Some(b's' | b'\'' | 0x99)) {
            return self.text;
        }
        for suffix in ["’s", "'s", "’", "'"] {
            if let Some(s) = self.text.strip_suffix(suffix) {
                if !s.is_empty() {
                    return s;
                }
            }
        }
        self.text
    }

    /// True for a possessive word (`Obama’s`, `Jones'`).
    pub fn is_possessive(&self) -> bool {
        self.stem().len() != self.text.len()
    }
}

/// True for characters inside a word (letters, digits): `char::is_alphanumeric`, with
/// the ranges common in Latin-script news text answered without a table search.
fn is_word_char(c: char) -> bool {
    match c {
        '\0'..='\u{7f}' => c.is_ascii_alphanumeric(),
        // Latin-1 letters and Latin Extended-A/B: all letters but `×` and `÷`.
        '\u{c0}'..='\u{24f}' => !matches!(c, '×' | '÷'),
        // General Punctuation (quotes, dashes, spaces, `…`): never a word character.
        '\u{2000}'..='\u{206f}' => false,
        _ => c.is_alphanumeric(),
    }
}

/// Byte class of anything else.
const OTHER: u8 = 0;
/// Byte class of ASCII whitespace (exactly the ASCII chars `char::is_whitespace` accepts).
pub(super) const SPACE: u8 = 1;
/// Byte class of ASCII letters and digits.
pub(super) const ALNUM: u8 = 2;
/// Byte class of the bytes of a non-ASCII character, which must be decoded.
pub(super) const MULTI: u8 = 3;

/// The class of every byte, so the hot loops test one table entry per byte.
static BYTE_CLASS: [u8; 256] = {
    let mut table = [OTHER; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        table[b] = if byte >= 0x80 {
            MULTI
        } else if byte.is_ascii_alphanumeric() {
            ALNUM
        } else if matches!(byte, b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ') {
            SPACE
        } else {
            OTHER
        };
        b += 1;
    }
    table
};

/// The class of byte `b`.
pub(super) fn class(b: u8) -> u8 {
    BYTE_CLASS[usize::from(b)]
}

/// The high bit of every byte of `x` that is not an ASCII letter or digit.
fn non_alnum_bytes(x: u64) -> u64 {
    // On bytes below 0x80, adding `0x80 - lo` sets the high bit iff the byte is at
    // least `lo`; no sum carries into the next byte.
    let low = x & (0x7f * ONES);
    let digit = low.wrapping_add(0x50 * ONES) & !low.wrapping_add(0x46 * ONES);
    let folded = low | (0x20 * ONES);
    let letter = folded.wrapping_add(0x1f * ONES) & !folded.wrapping_add(0x05 * ONES);
    (!(digit | letter) | x) & HIGH
}

/// End of the run of ASCII letters and digits starting at byte `at`: eight bytes
/// at a time, as words are mostly such runs.
fn ascii_alnum_end(bytes: &[u8], mut at: usize) -> usize {
    while let Some(chunk) = bytes.get(at..at + 8) {
        let mut b = [0; 8];
        b.copy_from_slice(chunk);
        let non = non_alnum_bytes(u64::from_le_bytes(b));
        if non != 0 {
            return at + (non.trailing_zeros() / 8) as usize;
        }
        at += 8;
    }
    while bytes.get(at).is_some_and(u8::is_ascii_alphanumeric) {
        at += 1;
    }
    at
}

/// True when a word character starts at byte `at` of `s` (ASCII without decoding).
fn word_char_at(s: &str, at: usize) -> bool {
    match s.as_bytes().get(at) {
        Some(&b) if b < 0x80 => b.is_ascii_alphanumeric(),
        Some(_) => s[at..].chars().next().is_some_and(is_word_char),
        None => false,
    }
}

/// True for joiners allowed between word characters (`Jean-Pierre`, `zo’n`, `J.D`).
fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '’' | '\'' | '.' | '&')
}

/// True when the full stop after `word` belongs to it: an initial (`D.`), a dotted
/// abbreviation (`J.D.`, `U.S.`) or a listed abbreviation (`dr.`).
pub(super) fn keeps_full_stop(lex: &Lexicon, word: &str) -> bool {
    let mut chars = word.chars();
    let single_cap = chars.next().is_some_and(char::is_uppercase) && chars.next().is_none();
    // ASCII lower-casing keeps the length: a longer ASCII word is no abbreviation.
    let too_long = word.len() > lex.longest_abbreviation() && word.is_ascii();
    single_cap
        || word.bytes().any(|b| b == b'.')
        || (!too_long && lex.classes(word).is(Class::Abbreviation))
}

/// The character starting at byte `at` of `s` (ASCII without decoding).
pub(super) fn char_at(s: &str, at: usize) -> Option<char> {
    match s.as_bytes().get(at) {
        Some(&b) if b < 0x80 => Some(char::from(b)),
        Some(_) => s[at..].chars().next(),
        None => None,
    }
}

/// End of the word of `window` whose first character ends at byte `end`: word
/// characters, joiners between them, and the apostrophe of a plural possessive.
fn word_end(window: &str, mut end: usize) -> usize {
    let bytes = window.as_bytes();
    loop {
        // Most word characters are ASCII letters: skip them without decoding.
        end = ascii_alnum_end(bytes, end);
        match bytes.get(end) {
            None => return end,
            // Any other ASCII character but a joiner ends the word.
            Some(&b) if b < 0x80 && !matches!(b, b'-' | b'\'' | b'.' | b'&') => return end,
            _ => {}
        }
        let Some(d) = char_at(window, end) else {
            return end;
        };
        let dl = d.len_utf8();
        if (!d.is_ascii() && is_word_char(d)) || (is_joiner(d) && word_char_at(window, end + dl)) {
            end += dl;
            continue;
        }
        if matches!(d, '’' | '\'') && matches!(bytes[end - 1], b's' | b'S') {
            // players’ — a plural possessive keeps its apostrophe.
            if char_at(window, end + dl).is_some_and(char::is_whitespace) {
                end += dl;
            }
        }
        return end;
    }
}

/// Byte length of the elided article starting at byte `i` of `window` (`’t`, `'s`,
/// `’n`: an apostrophe, one of those letters, and no word character after it), or 0.
/// Dutch writes `van ’t Hek`, `’s avonds`; an apostrophe starting a word is no mark.
fn elision_len(window: &str, i: usize) -> usize {
    let bytes = window.as_bytes();
    let mark = match bytes.get(i) {
        Some(b'\'') => 1,
        Some(0xe2) if window[i..].starts_with('’') => 3,
        _ => return 0,
    };
    let letter = matches!(bytes.get(i + mark), Some(b't' | b's' | b'n'));
    if letter && !word_char_at(window, i + mark + 1) {
        mark + 1
    } else {
        0
    }
}

/// The token at byte `i` of `window` (at `from + i` in the block) starting with a
/// character of `len` bytes that is no word character, and its byte length: an elided
/// article (`’t`) or one punctuation character.
fn non_word_token(window: &str, i: usize, len: usize, from: usize) -> (Token<'_>, usize) {
    match elision_len(window, i) {
        0 => (Token::punct(&window[i..i + len], from + i), len),
        n => (Token::elision(&window[i..i + n], from + i), n),
    }
}

/// Splits `text[range]` into tokens (offsets relative to `text`).
pub fn tokenize<'a>(lex: &Lexicon, text: &'a str, from: usize, to: usize) -> Vec<Token<'a>> {
    let Some(window) = text.get(from..to) else {
        return Vec::new();
    };
    let bytes = window.as_bytes();
    // News text has about one token per six bytes.
    let mut out = Vec::with_capacity(window.len() / 5 + 4);
    let mut i = 0;
    while i < bytes.len() {
        let b = class(bytes[i]);
        let (len, word) = if b != MULTI {
            if b == SPACE {
                i += 1;
                continue;
            }
            (1, b == ALNUM)
        } else {
            let Some(c) = window[i..].chars().next() else {
                break;
            };
            if c.is_whitespace() {
                i += c.len_utf8();
                continue;
            }
            (c.len_utf8(), is_word_char(c))
        };
        if !word {
            let (token, n) = non_word_token(window, i, len, from);
            out.push(token);
            i += n;
            continue;
        }
        let mut end = word_end(window, i + len);
        if bytes.get(end) == Some(&b'.') && keeps_full_stop(lex, &window[i..end]) {
            end += 1;
        }
        out.push(Token::word(&window[i..end], from + i));
        i = end;
    }
    out
}

/// A block's text with its tokens, computed once: the cue readers take windows of it
/// instead of tokenizing the same text again for every quote.
#[derive(Debug, Clone)]
pub struct Tokenized<'a> {
    /// The block text.
    pub text: &'a str,
    /// Every token of `text`, in order.
    pub tokens: Vec<Token<'a>>,
}

impl<'a> Tokenized<'a> {
    /// Tokenizes the whole of `text`.
    pub fn new(lex: &Lexicon, text: &'a str) -> Self {
        Self {
            text,
            tokens: tokenize(lex, text, 0, text.len()),
        }
    }

    /// Exactly `tokenize(lex, self.text, from, to)`: a slice of the block's tokens when
    /// the window cuts no token, else (a window edge inside a word, or a word whose
    /// ending depends on text past `to`) the window tokenized on its own.
    pub fn window(&self, lex: &Lexicon, from: usize, to: usize) -> Cow<'_, [Token<'a>]> {
        if self.text.get(from..to).is_none() {
            return Cow::Borrowed(&[]);
        }
        let tokens = &self.tokens;
        let lo = tokens.partition_point(|t| t.end() <= from);
        // Every token before `lo` starts before `from <= to`: search only past it.
        let hi = lo + tokens[lo..].partition_point(|t| t.start() < to);
        let cut_start = tokens.get(lo).is_some_and(|t| t.start() < from);
        // A plural possessive keeps its apostrophe only when a space follows it, which
        // a window ending right after the apostrophe cannot see.
        let cut_end = hi > lo
            && tokens.get(hi - 1).is_some_and(|t| {
                t.end() > to || (t.end() == to && t.word && t.text.ends_with(['’', '\'']))
            });
        if cut_start || cut_end {
            return Cow::Owned(tokenize(lex, self.text, from, to));
        }
        Cow::Borrowed(&tokens[lo..hi.max(lo)])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bytescan::below;

    fn words(text: &str) -> Vec<&str> {
        tokenize(Lexicon::get(), text, 0, text.len())
            .iter()
            .map(|t| t.text)
            .collect()
    }

    /// The tokenizer as first written, char by char: the reference the byte-level
    /// one must equal.
    fn tokenize_by_chars<'a>(
        lex: &Lexicon,
        text: &'a str,
        from: usize,
        to: usize,
    ) -> Vec<Token<'a>> {
        let Some(window) = text.get(from..to) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        let mut i = 0;
        while let Some(c) = char_at(window, i) {
            let len = c.len_utf8();
            if c.is_whitespace() {
                i += len;
                continue;
            }
            if !is_word_char(c) {
                let (token, n) = non_word_token(window, i, len, from);
                out.push(token);
                i += n;
                continue;
            }
            let mut end = i + len;
            while let Some(d) = char_at(window, end) {
                let dl = d.len_utf8();
                let joined = is_joiner(d) && char_at(window, end + dl).is_some_and(is_word_char);
                if is_word_char(d) || joined {
                    end += dl;
                } else if matches!(d, '’' | '\'') && window[..end].ends_with(['s', 'S']) {
                    if char_at(window, end + dl).is_some_and(char::is_whitespace) {
                        end += dl;
                    }
                    break;
                } else {
                    break;
                }
            }
            if window.as_bytes().get(end) == Some(&b'.') {
                let word = &window[i..end];
                let mut chars = word.chars();
                let single_cap =
                    chars.next().is_some_and(char::is_uppercase) && chars.next().is_none();
                if single_cap
                    || word.contains('.')
                    || lex.abbreviations.contains(&word.to_lowercase())
                {
                    end += 1;
                }
            }
            out.push(Token::word(&window[i..end], from + i));
            i = end;
        }
        out
    }

    #[test]
    fn the_tokenizer_equals_the_char_by_char_reference_on_mixed_text() {
        let lex = Lexicon::get();
        let pieces = [
            "a", "Z", "9", "s", "S", " ", "\t", "\n", "\u{b}", "\u{c}", "\r", "\u{a0}", "\u{2009}",
            "\u{85}", "\u{3000}", "-", "’", "'", ".", "&", ",", "(", ")", "‘", "“", "”", "«", "é",
            "É", "ß", "ø", "Ω", "²", "٣", "\u{301}", "中", "🙂", "…", "dr", "Dr", "U.S", "Mr",
            "approx", "ΟΔΟΣ", "İ", "x\u{0}", "t", "n",
        ];
        let mut next = below(0x2545_f491_4f6c_dd1d);
        for _ in 0..4000 {
            let len = next(24);
            let text: String = (0..len).map(|_| pieces[next(pieces.len())]).collect();
            for from in 0..=text.len() {
                for to in [from, text.len(), from + 3, from + 7] {
                    assert_eq!(
                        tokenize(lex, &text, from, to),
                        tokenize_by_chars(lex, &text, from, to),
                        "{text:?} {from}..{to}"
                    );
                }
            }
        }
    }

    #[test]
    fn an_elided_article_is_one_lower_case_word() {
        assert_eq!(
            words("Jan van ’t Hek kwam ’s avonds, zo’n 'n uur"),
            ["Jan", "van", "’t", "Hek", "kwam", "’s", "avonds", ",", "zo’n", "'n", "uur"]
        );
        let lex = Lexicon::get();
        let t = tokenize(lex, "van 't Hek", 0, 10);
        assert!(t[1].is_lower() && t[1].word);
        // An apostrophe before a longer word is a mark (`'tis`, `’sorry’`).
        assert_eq!(words("’sorry’"), ["’", "sorry", "’"]);
    }

    #[test]
    fn ascii_alnum_runs_end_at_the_first_other_byte() {
        for b in 0..=u8::MAX {
            let mut x = [b'a'; 8];
            x[3] = b;
            let non = non_alnum_bytes(u64::from_le_bytes(x));
            let expect = if b.is_ascii_alphanumeric() {
                0
            } else {
                0x80 << 24
            };
            assert_eq!(non, expect, "{b:#x}");
        }
        let text = b"abcdefghij0123456789XYZ klm.nopqrstuvwxyzABCDEFG\xc3\xa9zz";
        for at in 0..text.len() {
            let by_bytes = (at..text.len())
                .find(|&k| !text[k].is_ascii_alphanumeric())
                .unwrap_or(text.len());
            for end in at..=text.len() {
                let got = ascii_alnum_end(&text[..end], at);
                assert_eq!(got, by_bytes.min(end), "{at}..{end}");
            }
        }
    }

    #[test]
    fn word_chars_are_exactly_the_alphanumeric_chars() {
        for c in (0..=0x10_ffff).filter_map(char::from_u32) {
            assert_eq!(is_word_char(c), c.is_alphanumeric(), "{c:?}");
        }
        for b in 0..=u8::MAX {
            let c = char::from(b);
            let expected = match b {
                0x80.. => MULTI,
                _ if c.is_whitespace() => SPACE,
                _ if c.is_alphanumeric() => ALNUM,
                _ => OTHER,
            };
            assert_eq!(class(b), expected, "{b:#x}");
        }
    }

    #[test]
    fn the_case_of_a_word_is_the_case_of_its_first_letter() {
        for w in [
            "Anna", "zegt", "Émile", "één", "3D", "Ωmega", "ω", "’s", "IJssel", "x",
        ] {
            let t = Token::word(w, 0);
            let first = w.chars().next().unwrap();
            assert_eq!(t.is_cap(), first.is_uppercase(), "{w}");
            assert_eq!(t.is_lower(), first.is_lowercase(), "{w}");
        }
        let p = Token::punct(",", 0);
        assert!(!p.is_cap() && !p.is_lower() && p.is_punct(','));
    }

    #[test]
    fn the_stem_drops_exactly_a_possessive_ending() {
        let by_suffixes = |w: &str| {
            ["’s", "'s", "’", "'"]
                .iter()
                .find_map(|s| w.strip_suffix(s).filter(|r| !r.is_empty()))
                .unwrap_or(w)
                .to_string()
        };
        for w in [
            "Obama’s",
            "Jones'",
            "players’",
            "Bush's",
            "’s",
            "'",
            "s",
            "Anna",
            "Ω",
            "x’",
            "Hans",
            "d’",
            "ú",
            "‘",
            "",
            "i\u{2019}s",
        ] {
            let t = Token::word(w, 0);
            assert_eq!(t.stem(), by_suffixes(w), "{w:?}");
            assert_eq!(t.is_possessive(), by_suffixes(w).len() != w.len(), "{w:?}");
        }
    }

    #[test]
    fn tokens_keep_initials_and_joined_words() {
        assert_eq!(
            words("J.D. Vance, Jean-Pierre en zo’n man."),
            [
                "J.D.",
                "Vance",
                ",",
                "Jean-Pierre",
                "en",
                "zo’n",
                "man",
                "."
            ]
        );
        assert_eq!(words("George W. Bush"), ["George", "W.", "Bush"]);
    }

    #[test]
    fn a_window_of_the_block_tokens_equals_tokenizing_the_window() {
        let lex = Lexicon::get();
        let t = "Zo’n J.D. Vance zei: ‘players’ union’, dr. Jansen’s 'ja'. Ook Jean-Pierre … en 3.5 U.S.";
        let block = Tokenized::new(lex, t);
        for from in 0..=t.len() {
            for to in from.saturating_sub(2)..=t.len() {
                assert_eq!(
                    *block.window(lex, from, to),
                    *tokenize(lex, t, from, to),
                    "window {from}..{to}"
                );
            }
        }
    }
}
