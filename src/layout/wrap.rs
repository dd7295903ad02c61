//! Wrapping one block's text into byte ranges with textwrap, keeping document offsets.

use std::ops::Range;
use textwrap::core::break_words;
use textwrap::wrap_algorithms::wrap_first_fit;
use textwrap::WordSeparator;

/// Wraps `text` at `width` columns and returns the byte range of each line.
///
/// Each range starts where its line's first word starts and runs to the start of the
/// next line, so every offset of the text belongs to exactly one line; trailing
/// spaces are trimmed when drawing. Words wider than the line are broken. With
/// `preformatted`, the text's own line breaks are kept (code); otherwise a `\n` is
/// treated like a space. An empty text gives one empty line.
pub fn wrap_ranges(text: &str, width: usize, preformatted: bool) -> Vec<Range<usize>> {
    let width = width.max(1);
    let base = text.as_ptr() as usize;
    let mut starts: Vec<usize> = Vec::new();
    for line in text.split('\n') {
        let offset = line.as_ptr() as usize - base;
        starts.push(offset);
        if preformatted {
            // Code keeps its indentation: break by width only.
            starts.extend(hard_breaks(line, width).map(|o| offset + o));
        } else {
            let words = break_words(
                WordSeparator::UnicodeBreakProperties.find_words(line),
                width,
            );
            // The first line starts at `offset` (leading spaces stay on it).
            for l in wrap_first_fit(&words, &[width as f64]).iter().skip(1) {
                if let Some(first) = l.first() {
                    starts.push(first.word.as_ptr() as usize - base);
                }
            }
        }
    }
    let mut out = Vec::with_capacity(starts.len());
    for (i, &s) in starts.iter().enumerate() {
        let end = starts.get(i + 1).copied().unwrap_or(text.len());
        out.push(s..end);
    }
    out
}

/// Offsets (after the first) where a preformatted line must break to fit `width`.
fn hard_breaks(line: &str, width: usize) -> impl Iterator<Item = usize> + '_ {
    let mut col = 0usize;
    line.char_indices().filter_map(move |(i, c)| {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if col + w > width && col > 0 {
            col = w;
            Some(i)
        } else {
            col += w;
            None
        }
    })
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
    fn preformatted_keeps_line_breaks() {
        let text = "fn x() {\n    y\n}";
        let r = wrap_ranges(text, 40, true);
        let shown: Vec<&str> = r.iter().map(|r| text[r.clone()].trim_end()).collect();
        assert_eq!(shown, vec!["fn x() {", "    y", "}"]);
    }
}
