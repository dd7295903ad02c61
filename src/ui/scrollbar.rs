//! The text pane's scrollbar: a thumb for the visible part and marks for highlights.

use super::Theme;
use crate::app::highlight::{quote_ruler, ruler_marks, Mark};
use crate::app::App;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

/// Draws the scrollbar in the one-column `area`.
pub fn draw(buf: &mut Buffer, area: Rect, app: &App, theme: &Theme) {
    let area = area.intersection(buf.area);
    let height = usize::from(area.height);
    let total = app.layout().len();
    if height == 0 || area.width == 0 {
        return;
    }
    let (thumb_start, thumb_len) = thumb(total, app.top_row(), height);
    for y in 0..height {
        let in_thumb = y >= thumb_start && y < thumb_start + thumb_len;
        let (symbol, style) = if in_thumb {
            ("┃", theme.thumb)
        } else {
            ("│", theme.track)
        };
        buf.set_string(area.x, area.y + y as u16, symbol, style);
    }
    // Marks over the whole article, lowest layer first: the filtered speakers' quotes,
    // then search matches and bookmarks. A mark sets only the symbol and foreground,
    // so the thumb's background still shows under it.
    for (y, mark) in quote_ruler(app, height) {
        set_mark(buf, area, y, mark, theme);
    }
    let mut last = (usize::MAX, Mark::Match);
    let layout = app.layout();
    for (pos, mark) in ruler_marks(app) {
        let y = layout.row_of(pos) * height / total.max(1);
        if (y, mark) != last && y < height {
            set_mark(buf, area, y, mark, theme);
            last = (y, mark);
        }
    }
}

/// Draws `mark` in row `y` of the track, keeping the cell's background.
fn set_mark(buf: &mut Buffer, area: Rect, y: usize, mark: Mark, theme: &Theme) {
    let (symbol, style) = theme.ruler_mark(mark);
    let cell = &mut buf[(area.x, area.y + y as u16)];
    cell.set_symbol(symbol);
    cell.set_style(style);
}

/// The thumb's first row and length for `total` rows with `top` at the top of `height`.
fn thumb(total: usize, top: usize, height: usize) -> (usize, usize) {
    if total <= height {
        return (0, height);
    }
    let len = (height * height / total).clamp(1, height);
    let start = (top * height / total).min(height - len);
    (start, len)
}

#[cfg(test)]
mod tests {
    use super::thumb;

    #[test]
    fn thumb_spans_the_track_proportionally() {
        assert_eq!(thumb(10, 0, 20), (0, 20));
        assert_eq!(thumb(100, 0, 10), (0, 1));
        assert_eq!(thumb(100, 95, 10), (9, 1));
        assert_eq!(thumb(40, 20, 20), (10, 10));
    }
}
