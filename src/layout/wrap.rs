//! Wrapping one block's text into byte ranges, keeping document offsets.
//!
//! The lines are chosen by textwrap's first-fit algorithm
//! (`textwrap::wrap_algorithms::wrap_first_fit`) over fragments that remember their byte
//! offsets, so no line is copied: the generic `textwrap::wrap` pipeline (a `String` per
//! word, then per line) took 3–10× longer on a 5 MB article. Fragments follow textwrap's
//! rules (break at spaces, trailing spaces hang past the edge, words wider than the line
//! are broken) plus a break after a hyphen inside a word; the tests check the result
//! against `textwrap::wrap` itself.

use std::ops::Range;
use textwrap::core::Fragment;
use textwrap::wrap_algorithms::wrap_first_fit;
use unicode_width::UnicodeWidthChar;

/// A piece of a line that may not be broken: a word (or part of one) and the spaces after it.
#[derive(Debug, Clone, Copy)]
struct Piece {
    /// Byte offset where the piece starts.
    start: usize,
    /// Columns of the visible part.
    width: usize,
    /// Columns of the spaces after it.
    spaces: usize,
}

impl Fragment for Piece {
    fn width(&self) -> f64 {
        self.width as f64
    }
    fn whitespace_width(&self) -> f64 {
        self.spaces as f64
    }
    fn penalty_width(&self) -> f64 {
        0.0
    }
}

/// Wraps `text` at `width` columns and returns the byte range of each line.
///
/// Each range starts where its line starts and runs to the start of the next line, so
/// every offset of the text belongs to exactly one line; trailing spaces are trimmed
/// when drawing. Lines break at spaces and after a hyphen inside a word; a word wider
/// than the line is broken. With `preformatted`, leading spaces are kept and only the
/// width breaks a line (code). A `\n` always ends a line. An empty text gives one
/// empty line.
pub fn wrap_ranges(text: &str, width: usize, preformatted: bool) -> Vec<Range<usize>> {
    let mut wrapper = Wrapper::default();
    let starts = wrapper.line_starts(text, width, preformatted);
    (0..starts.len())
        .map(|i| line_range(starts, i, text.len()))
        .collect()
}

/// The byte range of line `i` given every line's start: to the next line's start.
pub fn line_range(starts: &[usize], i: usize, text_len: usize) -> Range<usize> {
    starts[i]..starts.get(i + 1).copied().unwrap_or(text_len)
}

/// Reusable buffers for wrapping many blocks without allocating for each.
#[derive(Debug, Default)]
pub struct Wrapper {
    pieces: Vec<Piece>,
    starts: Vec<usize>,
}

impl Wrapper {
    /// Wraps `text` as [`wrap_ranges`] does and returns where each line starts.
    pub fn line_starts(&mut self, text: &str, width: usize, preformatted: bool) -> &[usize] {
        let width = width.max(1);
        self.starts.clear();
        let mut line_start = 0;
        for line in text.split('\n') {
            self.pieces.clear();
            split_pieces(line, line_start, width, preformatted, &mut self.pieces);
            if self.pieces.is_empty() {
                self.starts.push(line_start);
            } else {
                for chunk in wrap_first_fit(&self.pieces, &[width as f64]) {
                    self.starts
                        .push(chunk.first().map_or(line_start, |p| p.start));
                }
            }
            line_start += line.len() + 1;
        }
        &self.starts
    }
}

/// Splits one hard line (starting at byte `base` of the block) into pieces no wider than
/// `width`: words with their trailing spaces, words split after inner hyphens, over-long
/// words cut into line-wide parts. Preformatted text has no break points but the width.
fn split_pieces(line: &str, base: usize, width: usize, preformatted: bool, out: &mut Vec<Piece>) {
    if preformatted {
        push_word(line, base, width, false, out);
        return;
    }
    let bytes = line.as_bytes();
    let mut i = bytes.iter().take_while(|&&b| b == b' ').count();
    if i > 0 {
        // Leading spaces: an empty piece whose spaces may hang.
        out.push(Piece {
            start: base,
            width: 0,
            spaces: i,
        });
    }
    while i < bytes.len() {
        // One pass finds the word's end and whether it needs the careful path.
        let mut word_end = i;
        let mut special = false;
        while word_end < bytes.len() && bytes[word_end] != b' ' {
            special |= bytes[word_end] >= 0x80 || bytes[word_end] == b'-';
            word_end += 1;
        }
        let spaces = bytes[word_end..].iter().take_while(|&&b| b == b' ').count();
        if !special && word_end - i <= width {
            out.push(Piece {
                start: base + i,
                width: word_end - i,
                spaces,
            });
            i = word_end + spaces;
            continue;
        }
        push_word(&line[i..word_end], base + i, width, true, out);
        if let Some(last) = out.last_mut() {
            last.spaces = spaces;
        }
        i = word_end + spaces;
    }
}

/// Pushes the pieces of one word with non-ASCII letters, a hyphen or too many columns:
/// parts cut after inner hyphens (`hyphens`) and at the width.
fn push_word(word: &str, start: usize, width: usize, hyphens: bool, out: &mut Vec<Piece>) {
    let mut cur: Option<Piece> = None;
    let mut prev = ' ';
    let mut chars = word.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let w = if c.is_ascii() {
            1
        } else {
            c.width().unwrap_or(0)
        };
        match cur.as_mut() {
            Some(p) if p.width + w <= width => p.width += w,
            _ => out.extend(cur.replace(Piece {
                start: start + i,
                width: w,
                spaces: 0,
            })),
        }
        let inner_hyphen = hyphens
            && c == '-'
            && prev.is_alphanumeric()
            && chars.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
        if inner_hyphen {
            out.extend(cur.take());
        }
        prev = c;
    }
    out.extend(cur);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str, width: usize) -> Vec<&str> {
        wrap_ranges(text, width, false)
            .into_iter()
            .map(|r| text[r].trim_end())
            .collect()
    }

    #[test]
    fn wraps_at_word_boundaries() {
        assert_eq!(lines("aaa bbb ccc", 7), vec!["aaa bbb", "ccc"]);
        assert_eq!(lines("aaa bbb ccc", 3), vec!["aaa", "bbb", "ccc"]);
    }

    #[test]
    fn long_words_are_broken_and_empty_text_has_one_line() {
        assert_eq!(lines("abcdefgh", 3), vec!["abc", "def", "gh"]);
        assert_eq!(wrap_ranges("", 10, false), vec![0..0]);
    }

    #[test]
    fn ranges_cover_the_whole_text() {
        let text = "Zo’n ‘pool’ — élan vital, 漢字漢字漢字 end";
        for w in 1..20 {
            let r = wrap_ranges(text, w, false);
            assert_eq!(r[0].start, 0);
            assert_eq!(r.last().unwrap().end, text.len());
            for pair in r.windows(2) {
                assert_eq!(pair[0].end, pair[1].start);
            }
        }
    }

    #[test]
    fn lines_match_textwrap_for_words_separated_by_spaces() {
        let text = "Het is een patroon dat zich al decennialang herhaalt: elke nieuwe \
                    Amerikaanse president wil de banden aanhalen. Supercalifragilisticexpialidocious \
                    en ‘aanhalingstekens’ — gedachtestreepjes, één café.";
        for w in 1..90 {
            let opts = textwrap::Options::new(w)
                .word_separator(textwrap::WordSeparator::AsciiSpace)
                .word_splitter(textwrap::WordSplitter::NoHyphenation)
                .break_words(true);
            let expected: Vec<String> = textwrap::wrap(text, opts)
                .into_iter()
                .map(|l| l.trim_end().to_string())
                .collect();
            assert_eq!(lines(text, w), expected, "width {w}");
        }
    }

    #[test]
    fn lines_break_after_a_hyphen_inside_a_word() {
        assert_eq!(
            lines("de NAVO-lidmaatschap", 8),
            vec!["de NAVO-", "lidmaats", "chap"]
        );
        assert_eq!(lines("de NAVO-lid", 9), vec!["de NAVO-", "lid"]);
        assert_eq!(lines("a - b", 3), vec!["a -", "b"]);
    }

    #[test]
    fn wide_characters_count_double() {
        assert_eq!(lines("漢字漢字 漢字", 4), vec!["漢字", "漢字", "漢字"]);
        assert_eq!(lines("漢", 1), vec!["漢"]);
    }

    #[test]
    fn preformatted_keeps_line_breaks() {
        let text = "fn x() {\n    y\n}";
        let r = wrap_ranges(text, 40, true);
        let shown: Vec<&str> = r.iter().map(|r| text[r.clone()].trim_end()).collect();
        assert_eq!(shown, vec!["fn x() {", "    y", "}"]);
    }
}
