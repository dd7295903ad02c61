//! A text prompt drawn on one line: its label, the text (scrolled so the cursor shows),
//! and where the terminal cursor goes.

use super::util::width;
use crate::app::prompt::TextPrompt;
use crate::sanitize::sanitize_line;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use unicode_segmentation::UnicodeSegmentation;

/// Draws `prompt` over the one-row `area`; returns the cursor's screen position.
pub fn draw(buf: &mut Buffer, area: Rect, prompt: &TextPrompt, style: Style) -> Option<Position> {
    let area = area.intersection(buf.area);
    if area.is_empty() {
        return None;
    }
    let total = usize::from(area.width);
    buf.set_stringn(area.x, area.y, " ".repeat(total), total, style);
    let label = sanitize_line(&prompt.label);
    let cursor = prompt.cursor.min(prompt.input.len());
    let before = sanitize_line(prompt.input.get(..cursor).unwrap_or(""));
    let after = sanitize_line(prompt.input.get(cursor..).unwrap_or(""));
    // Keep the cursor on screen: drop graphemes from the left of the text as needed.
    let room = total.saturating_sub(width(&label) + 1);
    let mut shown = before.as_str();
    while width(shown) > room {
        let cut = shown.graphemes(true).next().map_or(shown.len(), str::len);
        shown = &shown[cut..];
    }
    let x = buf.set_stringn(area.x, area.y, &label, total, style).0;
    let left = usize::from(area.right() - x);
    let cx = buf.set_stringn(x, area.y, shown, left, style).0;
    let left = usize::from(area.right().saturating_sub(cx));
    buf.set_stringn(cx, area.y, &after, left, style);
    Some(Position::new(cx.min(area.right() - 1), area.y))
}
