//! Small helpers for drawing: measuring and cutting strings to a width, overlay frames.

use super::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Clear, Widget};
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// Display width of `s` in columns.
pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// `s` cut to at most `max` columns, ending in `…` when it was cut.
pub fn truncate(s: &str, max: usize) -> String {
    if width(s) <= max {
        return s.to_string();
    }
    if max == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for g in s.graphemes(true) {
        let w = width(g);
        if used + w > max - 1 {
            break;
        }
        out.push_str(g);
        used += w;
    }
    out.push('…');
    out
}

/// The `w`×`h` rectangle centred in `outer` (shrunk to fit it).
pub fn centered(outer: Rect, w: u16, h: u16) -> Rect {
    let (w, h) = (w.min(outer.width), h.min(outer.height));
    Rect::new(
        outer.x + (outer.width - w) / 2,
        outer.y + (outer.height - h) / 2,
        w,
        h,
    )
}

/// Clears `area` (clipped to the buffer) for an overlay and returns it with a focused
/// frame titled `title`, or `None` when none of it is on screen.
pub fn overlay<'a>(
    buf: &mut Buffer,
    area: Rect,
    title: impl Into<Line<'a>>,
    theme: &Theme,
) -> Option<(Rect, Block<'a>)> {
    let area = area.intersection(buf.area);
    if area.is_empty() {
        return None;
    }
    Clear.render(area, buf);
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.border_focus)
        .title(title);
    Some((area, block))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncate_fits_and_marks_the_cut() {
        assert_eq!(truncate("abcdef", 4), "abc…");
        assert_eq!(truncate("abc", 4), "abc");
        assert_eq!(truncate("漢字漢字", 5), "漢字…");
        assert_eq!(truncate("abc", 0), "");
    }
}
