//! The help overlay, generated from the keymap table so it cannot drift from the keys.

use super::util::{centered, overlay};
use super::Theme;
use crate::app::keymap::help_groups;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

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
    let area = centered(screen, want_w, want_h);
    let max_scroll = want_h.saturating_sub(area.height);
    let Some((area, block)) = overlay(buf, area, " Keys · Esc closes ", theme) else {
        return;
    };
    Paragraph::new(lines)
        .block(block)
        .scroll((scroll.min(max_scroll), 0))
        .render(area, buf);
}
