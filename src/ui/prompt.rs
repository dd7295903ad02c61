//! A text prompt drawn over the status line, with the terminal cursor at its cursor.

use super::util::width;
use super::Theme;
use crate::app::prompt::TextPrompt;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};

/// Draws `prompt` over the one-row `area`; returns where the terminal cursor goes.
///
/// When the text is longer than the row, it scrolls so the cursor stays in view.
pub fn draw(buf: &mut Buffer, area: Rect, prompt: &TextPrompt, theme: &Theme) -> Option<Position> {
    let area = area.intersection(buf.area);
    if area.is_empty() {
        return None;
    }
    let total = usize::from(area.width);
    buf.set_stringn(area.x, area.y, " ".repeat(total), total, theme.status);
    let label = format!(" {}: ", prompt.label);
    let label_w = width(&label).min(total / 2);
    buf.set_stringn(area.x, area.y, &label, label_w, theme.status_message);
    // Room for the text, keeping one column for the cursor after the last character.
    let room = total - label_w;
    let cursor = prompt.cursor.min(prompt.input.len());
    let mut start = 0;
    while width(&prompt.input[start..cursor]) + 1 > room && start < cursor {
        start += prompt.input[start..]
            .chars()
            .next()
            .map_or(1, char::len_utf8);
    }
    let x = area.x + label_w as u16;
    buf.set_stringn(x, area.y, &prompt.input[start..], room, theme.status);
    let cursor_x = x as usize + width(&prompt.input[start..cursor]);
    Some(Position::new(
        (cursor_x as u16).min(area.right() - 1),
        area.y,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(buf: &Buffer) -> String {
        (0..buf.area.width)
            .map(|x| buf[(x, 0)].symbol().to_string())
            .collect()
    }

    #[test]
    fn a_long_name_scrolls_to_keep_the_cursor_visible() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 20, 1));
        let prompt = TextPrompt::new("Name", "abcdefghijklmnopqrstuvwxyz");
        let area = buf.area;
        let at = draw(&mut buf, area, &prompt, &Theme::mono()).unwrap();
        let text = row(&buf);
        assert!(text.starts_with(" Name: "), "{text:?}");
        assert!(text.trim_end().ends_with('z'), "{text:?}");
        assert_eq!(at.x, 19);
    }

    #[test]
    fn the_cursor_sits_after_the_text_before_it() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 40, 1));
        let mut prompt = TextPrompt::new("Name", "héllo");
        prompt.cursor = 3; // after "hé"
        let area = buf.area;
        let at = draw(&mut buf, area, &prompt, &Theme::mono()).unwrap();
        assert_eq!(at.x, 7 + 2);
    }
}
