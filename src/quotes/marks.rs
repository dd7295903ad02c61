//! Quote marks in one block of text, each with its family and role (opens, closes, either).
//!
//! Marks are classified by role from their context, not paired by exact character:
//! `„…”`, `,,…''`, `"…"` and `“…”` are all the double family. `’` and `'` inside or at
//! the end of a word are apostrophes (`Obama’s`, `zo’n`, `’s avonds`, `it’s`), and a `’`
//! after a word-final `s` (`players’`) closes only when no later closer is waiting.

use crate::bytescan::{skip_unflagged, HIGH, ONES};

/// Which marks can pair with each other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    /// `“ ” „ " ,, '' ’’`
    Double,
    /// `‘ ’ ‚ '`
    Single,
    /// `« »`
    Angle,
    /// `‹ ›`
    SingleAngle,
}

/// What a mark does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Opens a quote.
    Open,
    /// Closes a quote.
    Close,
    /// Closes when a quote of its family is open, otherwise opens (`"` between spaces).
    Either,
}

/// A quote mark at a byte range of a block's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mark {
    /// Byte offset of the mark.
    pub at: usize,
    /// Byte length of the mark (`,,` is two).
    pub len: usize,
    /// The family it pairs within.
    pub family: Family,
    /// Its role.
    pub role: Role,
    /// A second family it may close when none of its own is open (`’’` after a
    /// possessive closes a single quote).
    pub alt: Option<Family>,
    /// A closer that may be a plural possessive apostrophe (`players’ union`).
    pub weak: bool,
}

impl Mark {
    /// Byte offset just past the mark.
    pub fn end(&self) -> usize {
        self.at + self.len
    }
}

/// True for a character after which an opening mark may stand.
fn opens_after(prev: Option<char>) -> bool {
    prev.is_none_or(|p| {
        p.is_whitespace() || matches!(p, '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':')
    }) || prev.is_some_and(is_mark_char)
}

/// True for a character before which a closing mark may stand.
fn closes_before(next: Option<char>) -> bool {
    next.is_none_or(|n| {
        n.is_whitespace()
            || matches!(
                n,
                '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '…' | '—' | '–' | '-' | '/'
            )
            || is_mark_char(n)
    })
}

/// Any character that can be (part of) a quote mark.
fn is_mark_char(c: char) -> bool {
    matches!(
        c,
        '‘' | '’' | '‚' | '“' | '”' | '„' | '"' | '\'' | '«' | '»' | '‹' | '›'
    )
}

/// True when `rest` (the text after an apostrophe at a word start) is a Dutch elision
/// (`’s avonds`, `’t`, `’n`) or a year (`’90`).
fn is_elision(rest: &str) -> bool {
    let mut chars = rest.chars();
    match chars.next() {
        Some('s' | 't' | 'n') => chars.next().is_none_or(|c| !c.is_alphabetic()),
        Some(c) => c.is_ascii_digit(),
        None => false,
    }
}

/// True for a byte that can start a quote mark or a comma: ASCII `"` `'` `,`, or the
/// UTF-8 lead byte of `«»` (`C2`) and of the curly marks and `‹›` (`E2`).
fn may_start_mark(b: u8) -> bool {
    matches!(b, b'"' | b'\'' | b',' | 0xC2 | 0xE2)
}

/// Flags (high bit of the byte) the bytes of the little-endian word `v` that may start a
/// mark: `"` `'` `,` and every non-ASCII byte. Bytes below the lowest non-ASCII byte
/// are flagged exactly; above it an add may carry and flags are not reliable, so a
/// caller uses only the lowest flag and checks that byte itself.
fn candidate_flags(v: u64) -> u64 {
    // `b & !5 == 0x22` holds for `"` and `'` (and the rare `#` `&`, checked later).
    let quotes = (v & !(ONES * 0x05)) ^ (ONES * 0x22);
    let commas = v ^ (ONES * b',' as u64);
    // For an ASCII byte `x`, `x + 0x7F` has its high bit clear exactly when `x == 0`.
    let nonzero = quotes.wrapping_add(ONES * 0x7F) & commas.wrapping_add(ONES * 0x7F);
    (v | !nonzero) & HIGH
}

/// The offset of the first byte at or after `from` that may start a mark.
///
/// Sixteen bytes are tested at a time with [`candidate_flags`]; the first flagged byte is
/// checked with [`may_start_mark`], and the search goes on after it when it is only
/// another non-ASCII byte (`é`).
fn next_candidate(bytes: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    loop {
        i = skip_unflagged(bytes, i, candidate_flags);
        if may_start_mark(*bytes.get(i)?) {
            return Some(i);
        }
        i += 1;
    }
}

/// Scans `text` for quote marks in order.
#[cfg(test)]
pub fn scan(text: &str) -> Vec<Mark> {
    let mut marks = Vec::new();
    scan_into(text, &mut marks);
    marks
}

/// Scans `text` for quote marks in order and appends them to `marks` (one buffer for a
/// whole document saves an allocation per block).
pub fn scan_into(text: &str, marks: &mut Vec<Mark>) {
    let start = marks.len();
    let mut prev: Option<char> = None;
    let bytes = text.as_bytes();
    let mut i = 0;
    // Jump to the next byte that can start a mark or a comma (ASCII `"` `'` `,`, or the
    // lead byte of `«»` and of the curly marks); `prev` is the character before it.
    while let Some(at) = next_candidate(bytes, i) {
        if at > i {
            i = at;
            prev = text[..i].chars().next_back();
        }
        if bytes[i] == b',' && bytes.get(i + 1) != Some(&b',') {
            // A lone comma is no mark; it only matters as the character before the next.
            prev = Some(',');
            i += 1;
            continue;
        }
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        if !is_mark_char(c) && c != ',' {
            prev = Some(c);
            i += c.len_utf8();
            continue;
        }
        let (mark, len) = read_mark(text, i, c, prev);
        marks.extend(mark);
        i += len;
        prev = Some(c);
    }
    drop_possessives(marks, start);
}

/// Reads the mark character `c` at byte `i` of `text`, after the character `prev`: the
/// mark it makes, if any, and how many bytes it takes (two characters for `,,` and
/// `’’`). Its role comes from its neighbours.
fn read_mark(text: &str, i: usize, c: char, prev: Option<char>) -> (Option<Mark>, usize) {
    let next = text[i + c.len_utf8()..].chars().next();
    let rest = &text[i + c.len_utf8()..];
    let word_before = prev.is_some_and(char::is_alphanumeric);
    let word_after = next.is_some_and(char::is_alphanumeric);
    let mut found = None;
    let mut mark = |len: usize, family: Family, role: Role, alt: Option<Family>, weak: bool| {
        found = Some(Mark {
            at: i,
            len,
            family,
            role,
            alt,
            weak,
        });
    };
    let mut skip_next = false;
    match c {
        // Two commas open a quote in Dutch regional papers: ,,Zo is het''.
        ',' if next == Some(',') && opens_after(prev) => {
            mark(2, Family::Double, Role::Open, None, false);
            skip_next = true;
        }
        ',' => {}
        '‘' | '‚' => {
            let elision = c == '‘' && is_elision(rest);
            if !word_before && !elision && next.is_some() && (c == '‘' || opens_after(prev)) {
                mark(c.len_utf8(), Family::Single, Role::Open, None, false);
            }
        }
        '’' | '\'' => {
            // `‘He said, “Go,”’ she said`: right after a closing mark, in closing
            // position, it closes the outer quote.
            let after_closer = matches!(prev, Some('”' | '’' | '»' | '›')) && closes_before(next);
            if next == Some(c) && !opens_after(prev) {
                // ’’ or '' closes a double quote (,,…’’), or is a possessive and a
                // single closer when only a single quote is open.
                mark(
                    2 * c.len_utf8(),
                    Family::Double,
                    Role::Close,
                    Some(Family::Single),
                    false,
                );
                skip_next = true;
            } else if word_before && word_after {
                // Obama’s, zo’n, it's: an apostrophe.
            } else if !word_before && opens_after(prev) && !after_closer {
                if (!is_elision(rest) && word_after) || next.is_some_and(is_mark_char) {
                    mark(c.len_utf8(), Family::Single, Role::Open, None, false);
                }
            } else if closes_before(next) {
                // players’ union: maybe a possessive; pairing decides.
                let weak = matches!(prev, Some('s' | 'S' | 'z'))
                    && next.is_some_and(char::is_whitespace)
                    && rest.trim_start().starts_with(char::is_alphabetic);
                let weak = weak || (c == '\'' && word_before && next.is_none_or(|n| n == ' '));
                // `it’s not the nurses’,’ she said`: a plural possessive right before the
                // quote's own closing mark, behind a comma or a stop.
                let mut after = rest.chars();
                let before_closer = matches!(prev, Some('s' | 'S' | 'z'))
                    && matches!(after.next(), Some(',' | '.' | '!' | '?'))
                    && after.next() == Some(c);
                let weak = weak || before_closer;
                mark(c.len_utf8(), Family::Single, Role::Close, None, weak);
            }
        }
        '“' => {
            // Closes a „…“ quote (German style) in closing position; pairing decides.
            let role = if word_before && closes_before(next) {
                Role::Either
            } else {
                Role::Open
            };
            mark(c.len_utf8(), Family::Double, role, None, false);
        }
        '”' => {
            let role = if !word_before && opens_after(prev) && word_after {
                Role::Either
            } else {
                Role::Close
            };
            mark(c.len_utf8(), Family::Double, role, None, false);
        }
        '„' => mark(c.len_utf8(), Family::Double, Role::Open, None, false),
        '"' => {
            let can_open = opens_after(prev) && next.is_some_and(|n| !n.is_whitespace());
            let can_close = prev.is_some_and(|p| !p.is_whitespace()) && closes_before(next);
            let role = match (can_open, can_close) {
                (true, false) => Role::Open,
                (false, true) => Role::Close,
                _ => Role::Either,
            };
            mark(1, Family::Double, role, None, false);
        }
        '«' | '»' | '‹' | '›' => {
            let family = if matches!(c, '«' | '»') {
                Family::Angle
            } else {
                Family::SingleAngle
            };
            let forward = matches!(c, '«' | '‹');
            // »…« (German) reverses the direction; context decides which way it faces.
            let role = if forward {
                if word_before && closes_before(next) {
                    Role::Either
                } else {
                    Role::Open
                }
            } else if !word_before && opens_after(prev) && word_after {
                Role::Either
            } else {
                Role::Close
            };
            mark(c.len_utf8(), family, role, None, false);
        }
        _ => {}
    }
    let mut len = c.len_utf8();
    if skip_next {
        len += next.map_or(0, char::len_utf8);
    }
    (found, len)
}

/// A weak single closer is a possessive apostrophe when the next single mark in the
/// block is another closer (`‘The players’ union won,’ she said`). The block's marks
/// are `marks[start..]`.
fn drop_possessives(marks: &mut Vec<Mark>, start: usize) {
    let block = &marks[start..];
    if !block.iter().any(|m| m.weak) {
        return; // only weak closers are ever dropped
    }
    let mut next_single_closes = false;
    let mut keep = vec![true; block.len()];
    for (i, m) in block.iter().enumerate().rev() {
        if m.family != Family::Single {
            continue;
        }
        if m.weak && next_single_closes {
            keep[i] = false;
            continue;
        }
        next_single_closes = m.role == Role::Close;
    }
    let mut kept = start;
    for (i, keep) in keep.into_iter().enumerate() {
        if keep {
            marks[kept] = marks[start + i];
            kept += 1;
        }
    }
    marks.truncate(kept);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roles(text: &str) -> Vec<(usize, Role, Family)> {
        scan(text)
            .into_iter()
            .map(|m| (m.at, m.role, m.family))
            .collect()
    }

    #[test]
    fn curly_single_quotes_open_and_close() {
        let t = "Hij zei: ‘Ja.’ En";
        let r = roles(t);
        assert_eq!(r.len(), 2);
        assert_eq!((r[0].1, r[1].1), (Role::Open, Role::Close));
    }

    #[test]
    fn apostrophes_inside_and_before_words_are_not_marks() {
        for t in [
            "Obama’s minister",
            "zo’n man",
            "’s avonds laat",
            "collega’s zeggen",
            "it’s fine",
            "'t is goed",
            "in de jaren ’90",
        ] {
            assert!(scan(t).is_empty(), "{t}: {:?}", scan(t));
        }
    }

    #[test]
    fn a_single_closer_right_after_a_double_closer_closes_the_outer_quote() {
        for t in [
            "‘My father said, “Watch the sky,”’ says Stan.",
            "‘Mijn vader zei: „Let op de lucht”’, zegt Stan.",
        ] {
            let m = scan(t);
            let roles: Vec<Role> = m.iter().map(|m| m.role).collect();
            assert_eq!(roles.len(), 4, "{t}: {m:?}");
            assert_eq!((roles[0], roles[3]), (Role::Open, Role::Close), "{t}");
            assert_eq!(m[3].family, Family::Single, "{t}");
        }
    }

    #[test]
    fn plural_possessive_inside_a_quote_is_an_apostrophe() {
        let t = "‘The players’ union won,’ she said.";
        let m = scan(t);
        assert_eq!(m.len(), 2);
        assert_eq!(&t[m[1].at..m[1].end()], "’");
        assert!(t[m[1].end()..].starts_with(" she"));
    }

    #[test]
    fn possessive_right_before_a_closing_mark_keeps_the_closer() {
        let t = "‘Het was de schuld van Kees’’, zei ze.";
        let m = scan(t);
        assert_eq!((m[1].role, m[1].alt), (Role::Close, Some(Family::Single)));
        let t = "“It was the players’.” He left.";
        let m = scan(t);
        assert_eq!(m.len(), 3);
        assert_eq!(m[2].family, Family::Double);
    }

    #[test]
    fn dutch_double_commas_open_and_two_apostrophes_close() {
        let t = "Hij zei: ,,Dat klopt niet.'' Daarna";
        let m = scan(t);
        assert_eq!(m.len(), 2);
        assert_eq!((m[0].len, m[0].role), (2, Role::Open));
        assert_eq!(
            (m[1].len, m[1].role, m[1].family),
            (2, Role::Close, Family::Double)
        );
        assert!(scan("1,,5 and a, b").is_empty());
    }

    #[test]
    fn ascii_double_quotes_take_their_role_from_context() {
        let r = roles("He said \"no\" and left.");
        assert_eq!((r[0].1, r[1].1), (Role::Open, Role::Close));
    }

    #[test]
    fn low_double_quote_and_guillemets_are_marks() {
        let r = roles("„Ja”, zegt hij. «Non» ‹oui›");
        let fams: Vec<Family> = r.iter().map(|x| x.2).collect();
        assert_eq!(
            fams,
            [
                Family::Double,
                Family::Double,
                Family::Angle,
                Family::Angle,
                Family::SingleAngle,
                Family::SingleAngle
            ]
        );
    }

    /// The scan as it was before the chunked candidate search and the lone-comma shortcut,
    /// kept to check that the fast scan finds exactly the same marks.
    fn scan_reference(text: &str) -> Vec<Mark> {
        let mut marks = Vec::new();
        let mut prev: Option<char> = None;
        let bytes = text.as_bytes();
        let mut i = 0;
        // Jump to the next byte that can start a mark or a comma (ASCII `"` `'` `,`, or the
        // lead byte of `«»` and of the curly marks); `prev` is the character before it.
        while let Some(skip) = bytes[i..]
            .iter()
            .position(|&b| matches!(b, b'"' | b'\'' | b',' | 0xC2 | 0xE2))
        {
            if skip > 0 {
                i += skip;
                prev = text[..i].chars().next_back();
            }
            let Some(c) = text[i..].chars().next() else {
                break;
            };
            if !is_mark_char(c) && c != ',' {
                prev = Some(c);
                i += c.len_utf8();
                continue;
            }
            let (mark, len) = read_mark(text, i, c, prev);
            marks.extend(mark);
            i += len;
            prev = Some(c);
        }
        drop_possessives_reference(&mut marks);
        marks
    }

    /// `drop_possessives` as it was before it worked on the tail of a shared buffer.
    fn drop_possessives_reference(marks: &mut Vec<Mark>) {
        let mut next_single_closes = false;
        let mut keep = vec![true; marks.len()];
        for (i, m) in marks.iter().enumerate().rev() {
            if m.family != Family::Single {
                continue;
            }
            if m.weak && next_single_closes {
                keep[i] = false;
                continue;
            }
            next_single_closes = m.role == Role::Close;
        }
        let mut k = keep.into_iter();
        marks.retain(|_| k.next().unwrap_or(true));
    }

    /// Deterministic pseudo-random texts built from marks, commas, letters and spaces.
    fn mark_cases() -> Vec<String> {
        const PIECES: &[&str] = &[
            "‘",
            "’",
            "‚",
            "“",
            "”",
            "„",
            "\"",
            "'",
            "«",
            "»",
            "‹",
            "›",
            ",",
            ",,",
            "''",
            "’’",
            " ",
            " ",
            " ",
            "a",
            "s",
            "S",
            "z",
            "t",
            "n",
            "9",
            "word",
            "Obama",
            ".",
            "!",
            "?",
            ":",
            "(",
            ")",
            "—",
            "–",
            "-",
            "/",
            "…",
            "é",
            "ü",
            "\u{a0}",
            "\n",
            "’s avonds",
            "zo’n",
            "players’ union",
            "\u{c2}\u{ab}",
        ];
        crate::bytescan::pseudo_random_texts(0x2545_F491_4F6C_DD1D, PIECES, 6000, 60)
    }

    #[test]
    fn fast_scan_finds_the_same_marks_as_the_reference_scan() {
        let mut cases = mark_cases();
        cases.extend(
            [
                "",
                ",",
                ",,",
                ",,,",
                "’",
                "‘a",
                "a’",
                "''",
                "«",
                "»",
                "\"",
                "0123456789abcde‘Ja’",
                "0123456789abcdef‘Ja’",
                "0123456789abcdef,,Ja''",
                "Hij zei: ,,Dat klopt niet.'' Daarna",
                "‘The players’ union won,’ she said.",
                "1,,5 and a, b, c,d,,e",
            ]
            .map(String::from),
        );
        for case in &cases {
            assert_eq!(scan(case), scan_reference(case), "{case:?}");
        }
        let marked = cases.iter().filter(|c| !scan(c).is_empty()).count();
        assert!(marked > 1000, "the generated cases must exercise marks");
    }

    #[test]
    fn chunked_candidate_search_agrees_with_a_byte_search() {
        for case in mark_cases().iter().take(500) {
            let bytes = case.as_bytes();
            for from in 0..=bytes.len() {
                let naive = bytes[from..]
                    .iter()
                    .position(|&b| may_start_mark(b))
                    .map(|k| from + k);
                assert_eq!(next_candidate(bytes, from), naive, "{case:?} from {from}");
            }
        }
        for b in 0..=255u8 {
            for at in 0..8 {
                for fill in [b'x', b',', 0xE2, 0xA9] {
                    let mut word = [fill; 8];
                    word[at] = b;
                    let flags = candidate_flags(u64::from_le_bytes(word));
                    let flagged = |b: u8| may_start_mark(b) || b >= 0x80 || b"#&".contains(&b);
                    let first = word.iter().position(|&b| flagged(b));
                    let got = (flags != 0).then(|| flags.trailing_zeros() as usize / 8);
                    assert_eq!(got, first, "{b:#x} at {at} in {fill:#x}");
                }
            }
        }
    }

    #[test]
    fn scanning_into_a_shared_buffer_keeps_earlier_blocks() {
        let texts = [
            "‘The players’ union won,’ she said.",
            "",
            "Hij zei: ,,Dat klopt niet.'' Daarna",
            "‘The players’ union won,’ she said and ‘Kees’’, ok.",
        ];
        let mut all = Vec::new();
        let mut each = Vec::new();
        for t in texts {
            scan_into(t, &mut all);
            each.extend(scan_reference(t));
        }
        assert_eq!(all, each);
    }

    #[test]
    fn marks_at_chunk_edges_are_found() {
        for pad in 0..40 {
            let lead = "x".repeat(pad);
            let t = format!("{lead} ‘Ja,’ zei hij, ,,nee''. «Oui»");
            assert_eq!(scan(&t).len(), 6, "{pad}: {:?}", scan(&t));
            assert_eq!(scan(&t), scan_reference(&t));
        }
    }
}
