//! The help overlay, generated from the keymap table so it cannot drift from the keys.

use super::Theme;
use crate::app::keymap::help_groups;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget};

/// Column width of the keys column.
const KEYS_WIDTH: usize = 16;

/// The help lines, for drawing and for tests.
pub fn lines(theme: &Theme) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    for (title, rows) in help_groups() {
        if !out.is_empty() {
            out.push(Line::default());
        }
        out.push(Line::styled(title, theme.help_heading));
        for (keys, description) in rows {
            out.push(Line::from(vec![
                Span::styled(format!("  {keys:<KEYS_WIDTH$} "), theme.help_key),
                Span::raw(description),
            ]));
        }
    }
    out
}

/// Draws the overlay centred in `screen`, scrolled by `scroll` rows.
pub fn draw(buf: &mut Buffer, screen: Rect, scroll: u16, theme: &Theme) {
    let lines = lines(theme);
    let want_w = 66u16;
    let want_h = lines.len() as u16 + 2;
    let w = want_w.min(screen.width);
    let h = want_h.min(screen.height);
    let area = Rect::new(
        screen.x + (screen.width - w) / 2,
        screen.y + (screen.height - h) / 2,
        w,
        h,
    )
    .intersection(buf.area);
    if area.is_empty() {
        return;
    }
    Clear.render(area, buf);
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.border_focus)
        .title(" Keys · Esc closes ");
    let max_scroll = want_h.saturating_sub(h);
    Paragraph::new(lines)
        .block(block)
        .scroll((scroll.min(max_scroll), 0))
        .render(area, buf);
}
