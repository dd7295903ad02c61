//! The one boundary that turns untrusted text into text that is safe to display.
//!
//! Everything that can reach the screen — article text (after Markdown decoding),
//! headings, file names, messages, bookmark names read back from disk — passes
//! through [`sanitize`]. Nothing from content may ever become a terminal control
//! sequence, and nothing invisible may change how the visible text reads.

use crate::bytescan::{skip_kept, HIGH, ONES};
use std::borrow::Cow;

/// Columns between tab stops when tabs are expanded.
pub const TAB_WIDTH: usize = 4;

/// Returns `text` made safe for display.
///
/// - `\n` is kept; `\r\n` becomes `\n`; a lone `\r` is shown as `^M`.
/// - `\t` is expanded to spaces up to the next tab stop (counted from the line start).
/// - Other C0 controls and DEL are shown in caret notation (`^[` for ESC, `^?` for DEL).
/// - C1 controls (U+0080–U+009F) are shown as `<U+009B>`.
/// - Bidi controls and invisible format characters are shown as named markers (`⟨RLO⟩`).
///
/// The result never contains a control character other than `\n`, and sanitizing is
/// idempotent.
pub fn sanitize(text: &str) -> Cow<'_, str> {
    let Some(first) = first_unsafe(text) else {
        return Cow::Borrowed(text);
    };
    let (clean, rest) = text.split_at(first);
    let mut out = String::with_capacity(text.len() + 16);
    out.push_str(clean);
    // Tab stops count from the line start, so carry the column of the clean prefix over.
    let mut column = clean.rsplit('\n').next().map_or(0, |l| l.chars().count());
    let mut chars = rest.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' => {
                out.push('\n');
                column = 0;
                continue;
            }
            '\r' if chars.peek() == Some(&'\n') => continue,
            '\t' => {
                let n = TAB_WIDTH - column % TAB_WIDTH;
                out.extend(std::iter::repeat_n(' ', n));
                column += n;
                continue;
            }
            c if (c as u32) < 0x20 => {
                out.push('^');
                out.push(char::from(b'@' + c as u8));
            }
            '\u{7f}' => out.push_str("^?"),
            c if ('\u{80}'..='\u{9f}').contains(&c) => {
                out.push_str(&format!("<U+{:04X}>", c as u32));
            }
            c => match format_marker(c) {
                Some(marker) => out.push_str(marker),
                None => out.push(c),
            },
        }
        column += 1;
    }
    Cow::Owned(out)
}

/// The byte offset of the first char that needs treatment, if any.
fn first_unsafe(text: &str) -> Option<usize> {
    let mut i = 0;
    loop {
        i = next_stop(text, i)?;
        if text.as_bytes()[i] != b'\n' {
            return Some(i);
        }
        i += 1;
    }
}

/// The byte offset of the first `\n` or char that needs treatment at or after `from`.
///
/// A byte scan: printable ASCII is skipped sixteen bytes at a time, and only the UTF-8
/// lead bytes that can start a C1 control or a format character (`C2`, `D8`, `E2`, `EF`,
/// `F3`) are decoded. This is the hot path: almost all text is plain.
fn next_stop(text: &str, from: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut i = from;
    loop {
        // Skip to the first byte that is not printable ASCII (`\n`, a control, DEL or a
        // byte of a multi-byte char), sixteen bytes at a time.
        i = skip_kept(bytes, i, |b| (0x20..0x7f).contains(&b), not_plain_ascii8);
        let b = *bytes.get(i)?;
        if b < 0x80 {
            if b < 0x20 || b == 0x7f {
                return Some(i);
            }
        } else if b == 0xE2
            && bytes.get(i + 1) == Some(&0x80)
            && bytes
                .get(i + 2)
                .is_some_and(|&b| (0x90..=0xA7).contains(&b))
        {
            // U+2010–U+2027 (dashes, curly quotes, `…`): common and all plain.
            i += 3;
            continue;
        } else if matches!(b, 0xC2 | 0xD8 | 0xE2 | 0xEF | 0xF3) {
            let c = text[i..].chars().next()?;
            if !is_plain(c) {
                return Some(i);
            }
            i += c.len_utf8();
            continue;
        } else if b >= 0xC0 {
            // Any other char is plain: step over its continuation bytes at once.
            i += utf8_len(b);
            continue;
        }
        i += 1;
    }
}

/// Text in which every char is plain, so [`sanitize`] returns it unchanged.
///
/// Only this module makes one (by scanning), and every part of plain text is plain:
/// holders may skip the sanitizer for it and its parts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Plain<'a>(&'a str);

impl<'a> Plain<'a> {
    /// `text` as plain text, when nothing in it needs treatment.
    pub fn new(text: &'a str) -> Option<Self> {
        first_unsafe(text).is_none().then_some(Self(text))
    }

    /// The text.
    pub fn as_str(self) -> &'a str {
        self.0
    }

    /// `part` as plain text when it lies inside this text (a slice of it).
    pub fn part(self, part: &'a str) -> Option<Self> {
        let start = self.0.as_ptr() as usize;
        let at = part.as_ptr() as usize;
        (at >= start && at + part.len() <= start + self.0.len()).then_some(Self(part))
    }
}

/// One line of a text split by [`lines`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line<'a> {
    text: &'a str,
    plain: bool,
}

impl<'a> Line<'a> {
    /// The line's text, without its `\n` or `\r\n`.
    pub fn text(self) -> &'a str {
        self.text
    }

    /// The line as plain text, when nothing in it needs treatment.
    pub fn plain(self) -> Option<Plain<'a>> {
        self.plain.then_some(Plain(self.text))
    }

    /// The line with leading and trailing whitespace removed (`str::trim`).
    pub fn trim(self) -> Self {
        let bytes = self.text.as_bytes();
        // Most lines start and end with a printable ASCII char, which is no whitespace.
        let graphic = |b: Option<&u8>| b.is_some_and(u8::is_ascii_graphic);
        if self.text.is_empty() || (graphic(bytes.first()) && graphic(bytes.last())) {
            return self;
        }
        Self {
            text: self.text.trim(),
            ..self
        }
    }
}

/// The lines of `text` as `str::lines` splits them, each knowing whether it is plain:
/// one scan finds both the line ends and the chars that need treatment.
pub fn lines(text: &str) -> Vec<Line<'_>> {
    let bytes = text.as_bytes();
    // Room for lines of 80 bytes on average: articles with a paragraph per line never
    // grow the list, hard-wrapped ones about once.
    let mut lines = Vec::with_capacity(text.len() / 80 + 1);
    let (mut start, mut plain, mut from) = (0, true, 0);
    while let Some(at) = next_stop(text, from) {
        from = at + 1;
        match bytes[at] {
            b'\n' => {
                // A `\r` before the `\n` belongs to the line end, as for `str::lines`.
                let end = if at > start && bytes[at - 1] == b'\r' {
                    at - 1
                } else {
                    at
                };
                lines.push(Line {
                    text: &text[start..end],
                    plain,
                });
                (start, plain) = (at + 1, true);
            }
            b'\r' if bytes.get(at + 1) == Some(&b'\n') => {}
            _ => plain = false,
        }
    }
    if start < text.len() {
        lines.push(Line {
            text: &text[start..],
            plain,
        });
    }
    lines
}

/// The length of the UTF-8 sequence that lead byte `b` (`0xC0` or more) starts.
fn utf8_len(b: u8) -> usize {
    match b {
        0xF0.. => 4,
        0xE0.. => 3,
        _ => 2,
    }
}

/// Sanitizes a single-line string (a file name, a message): newlines become `⏎`.
pub fn sanitize_line(text: &str) -> String {
    sanitize(text).replace('\n', "⏎")
}

/// Flags (high bit of the byte) the bytes of the little-endian word `v` that are not
/// printable ASCII (0x20–0x7E); `\n` is flagged too and the byte path accepts it.
///
/// The lowest flag is exact, which is all the scan uses: below the lowest byte with its
/// high bit set no add can carry; above it the flags are not reliable.
fn not_plain_ascii8(v: u64) -> u64 {
    // For an ASCII byte `b`: `b + 0x60` has its high bit set exactly when `b >= 0x20`, and
    // `b + 0x01` exactly when `b == 0x7F`.
    let at_least_space = v.wrapping_add(ONES * 0x60);
    let del = v.wrapping_add(ONES);
    (v | del | !at_least_space) & HIGH
}

/// True for a char that needs no treatment at all.
fn is_plain(c: char) -> bool {
    c == '\n' || !(c.is_control() || format_marker(c).is_some())
}

/// The visible marker for an invisible format character (Unicode category Cf), if any.
fn format_marker(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{061C}' => "⟨ALM⟩",
        '\u{200B}' => "⟨ZWSP⟩",
        '\u{200C}' => "⟨ZWNJ⟩",
        '\u{200D}' => "⟨ZWJ⟩",
        '\u{200E}' => "⟨LRM⟩",
        '\u{200F}' => "⟨RLM⟩",
        '\u{2028}' => "⟨LSEP⟩",
        '\u{2029}' => "⟨PSEP⟩",
        '\u{202A}' => "⟨LRE⟩",
        '\u{202B}' => "⟨RLE⟩",
        '\u{202C}' => "⟨PDF⟩",
        '\u{202D}' => "⟨LRO⟩",
        '\u{202E}' => "⟨RLO⟩",
        '\u{2060}' => "⟨WJ⟩",
        '\u{2061}'..='\u{2064}' => "⟨INV⟩",
        '\u{2066}' => "⟨LRI⟩",
        '\u{2067}' => "⟨RLI⟩",
        '\u{2068}' => "⟨FSI⟩",
        '\u{2069}' => "⟨PDI⟩",
        '\u{206A}'..='\u{206F}' => "⟨FMT⟩",
        '\u{FEFF}' => "⟨BOM⟩",
        '\u{FFF9}'..='\u{FFFB}' => "⟨ANN⟩",
        '\u{E0001}' | '\u{E0020}'..='\u{E007F}' => "⟨TAG⟩",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_safe(s: &str) {
        for c in s.chars() {
            assert!(c == '\n' || !c.is_control(), "control {c:?} in {s:?}");
            assert!(format_marker(c).is_none(), "format char {c:?} in {s:?}");
        }
    }

    #[test]
    fn plain_text_is_borrowed_unchanged() {
        assert!(matches!(sanitize("Zo’n ‘pool’ — ok\n"), Cow::Borrowed(_)));
    }

    #[test]
    fn escape_sequences_become_caret_notation() {
        assert_eq!(sanitize("a\x1b[2Jb"), "a^[[2Jb");
        assert_eq!(sanitize("\x07\x08\x7f"), "^G^H^?");
        assert_eq!(sanitize("x\u{9b}31m"), "x<U+009B>31m");
    }

    #[test]
    fn bidi_and_zero_width_characters_are_made_visible() {
        assert_eq!(sanitize("a\u{202E}b\u{200B}c"), "a⟨RLO⟩b⟨ZWSP⟩c");
    }

    #[test]
    fn tabs_expand_to_the_next_stop_and_crlf_becomes_lf() {
        assert_eq!(sanitize("a\tb\r\n\tc"), "a   b\n    c");
        assert_eq!(sanitize("lone\rcr"), "lone^Mcr");
    }

    #[test]
    fn every_control_char_is_neutralised_and_sanitizing_is_idempotent() {
        let all: String = (0u32..0x3000).filter_map(char::from_u32).collect();
        let once = sanitize(&all).into_owned();
        assert_safe(&once);
        assert_eq!(sanitize(&once), once);
        let tags: String = (0xE0000u32..0xE0080).filter_map(char::from_u32).collect();
        assert_safe(&sanitize(&tags));
    }

    #[test]
    fn fast_scan_agrees_with_the_char_rule_everywhere() {
        let mut text = String::new();
        for c in 0u32..=0x10FFFF {
            let Some(c) = char::from_u32(c) else { continue };
            text.clear();
            text.push_str("ab");
            text.push(c);
            text.push_str("cd");
            assert_eq!(first_unsafe(&text).is_some(), !is_plain(c), "{c:?}");
        }
    }

    #[test]
    fn the_eight_byte_test_flags_the_first_byte_that_is_not_printable_ascii() {
        for b in 0u8..=255 {
            for at in 0..8 {
                for fill in [b'a', b' ', b'~', 0x80, 0xE2, 0x1F, 0x7F] {
                    let mut bytes = [fill; 8];
                    bytes[at] = b;
                    let first = bytes.iter().position(|b| !(0x20..0x7f).contains(b));
                    let flags = not_plain_ascii8(u64::from_le_bytes(bytes));
                    let got = (flags != 0).then(|| flags.trailing_zeros() as usize / 8);
                    assert_eq!(got, first, "{b:#x} at {at} in {fill:#x}");
                }
            }
        }
        assert_eq!(first_unsafe("0123456789abcdef\x1b"), Some(16));
        assert_eq!(first_unsafe("0123456\x7f"), Some(7));
    }

    /// The scan as it was before the sixteen-byte skip, kept to check the new one.
    fn first_unsafe_reference(text: &str) -> Option<usize> {
        text.char_indices()
            .find(|&(_, c)| !is_plain(c))
            .map(|(i, _)| i)
    }

    #[test]
    fn sixteen_byte_skip_finds_the_first_unsafe_char_at_every_offset() {
        let pieces = [
            "plain text ",
            "\n",
            "\t",
            "é",
            "’",
            "—",
            "\u{9b}",
            "\u{202e}",
            "\x1b",
            "\x7f",
            "\r\n",
            "«",
            "\u{feff}",
            "\u{e0041}",
            "\u{a0}",
            "abcdefghijklmnop",
            "‘",
            "\u{2027}",
            "\u{2028}",
            "\u{200f}",
            "\u{2010}",
            "𝄞",
            "€",
            "\u{10ffff}",
        ];
        for first in pieces {
            for second in pieces {
                for pad in 0..34 {
                    let text = format!("{}{first}{}{second}", "x".repeat(pad), " ".repeat(pad % 5));
                    assert_eq!(
                        first_unsafe(&text),
                        first_unsafe_reference(&text),
                        "{text:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn tab_after_a_clean_prefix_keeps_its_column() {
        assert_eq!(sanitize("ab\n1\t\x1b"), "ab\n1   ^[");
        assert_eq!(sanitize("é\tx"), "é   x");
    }

    /// Pieces that matter to line ends and to plainness.
    fn line_cases() -> Vec<String> {
        const PIECES: &[&str] = &[
            "plain text ",
            "abcdefghijklmnopqrst",
            "\n",
            "\n",
            "\r\n",
            "\r",
            "\t",
            " ",
            "\u{a0}",
            "é",
            "’",
            "\u{202e}",
            "\u{9b}",
            "\x1b",
            "\u{feff}",
            "\u{2003}",
        ];
        crate::bytescan::pseudo_random_texts(0x5DEE_CE66_D1CE_4E5B, PIECES, 3000, 30)
    }

    #[test]
    fn lines_split_like_std_lines_and_know_which_are_plain() {
        let mut cases = line_cases();
        cases.extend(["", "\n", "a\r", "a\r\r\n", "\r\n\r\n", "x\ty\n"].map(String::from));
        let mut plain = 0;
        for case in &cases {
            let got = lines(case);
            let texts: Vec<&str> = got.iter().map(|l| l.text()).collect();
            assert_eq!(texts, case.lines().collect::<Vec<_>>(), "{case:?}");
            for line in got {
                let borrowed = matches!(sanitize(line.text()), Cow::Borrowed(_));
                assert_eq!(line.plain().is_some(), borrowed, "{line:?} in {case:?}");
                let trimmed = line.trim();
                assert_eq!(trimmed.text(), line.text().trim(), "{line:?}");
                assert_eq!(trimmed.plain().is_some(), line.plain().is_some());
                plain += usize::from(borrowed && !line.text().is_empty());
            }
        }
        assert!(plain > 1000, "the cases must hold plain lines");
    }

    #[test]
    fn only_slices_of_plain_text_are_plain_parts() {
        let text = "plain words";
        let plain = Plain::new(text).unwrap();
        assert_eq!(plain.part(&text[6..]).map(Plain::as_str), Some("words"));
        assert_eq!(plain.part(text).map(Plain::as_str), Some(text));
        let elsewhere = String::from("words");
        assert_eq!(plain.part(&elsewhere), None);
        assert_eq!(Plain::new("a\x1b"), None);
        assert_eq!(Plain::new("a\nb").map(Plain::as_str), Some("a\nb"));
    }

    #[test]
    fn sanitize_line_keeps_one_line() {
        assert_eq!(sanitize_line("a\nb\x1b"), "a⏎b^[");
    }
}
