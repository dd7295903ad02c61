//! The status line: article, section, messages, search count, percent read and `? help`.

use super::util::{truncate, width};
use super::Theme;
use crate::app::{App, Mode};
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};

/// Draws the status line; returns where the cursor goes while typing a search.
pub fn draw(buf: &mut Buffer, area: Rect, app: &App, theme: &Theme) -> Option<Position> {
    let area = area.intersection(buf.area);
    if area.width == 0 || area.height == 0 {
        return None;
    }
    let total = usize::from(area.width);
    buf.set_stringn(area.x, area.y, " ".repeat(total), total, theme.status);
    let mut right: Vec<String> = Vec::new();
    if let Some(summary) = app.search.summary() {
        right.push(summary);
    }
    right.extend(super::quote_status::parts(app));
    right.push(format!("{}%", app.percent()));
    right.push("? help".to_string());
    let right = format!(" {} ", right.join(" │ "));
    let message = status_message(app);
    let left = match app.mode {
        Mode::SearchPrompt => format!("/{}", app.search.query),
        _ => {
            let section = app.article.doc.section_label(app.current_section());
            let full = format!(" {} › {}", app.article.name, section);
            // On a narrow screen the section matters more than the article's name.
            if width(&full) + 24 > total {
                format!(" {section}")
            } else {
                full
            }
        }
    };
    // The right side wins when space is short; then the message; the left is cut last-first.
    let right = truncate(&right, total);
    let right_w = width(&right);
    let mut room = total.saturating_sub(right_w);
    // A message (a warning, say) may take all but a quarter of the room from the left.
    let message_room = room - width(&left).min(room / 4);
    let message = message.map(|m| truncate(&format!(" {m} "), message_room));
    room = room.saturating_sub(message.as_deref().map_or(0, width));
    let left = truncate(&left, room);
    buf.set_stringn(area.x, area.y, &left, room, theme.status);
    if let Some(m) = message {
        let x = area.x + (total - right_w - width(&m)) as u16;
        buf.set_stringn(x, area.y, &m, width(&m), theme.status_message);
    }
    buf.set_stringn(
        area.x + (total - right_w) as u16,
        area.y,
        &right,
        right_w,
        theme.status,
    );
    (app.mode == Mode::SearchPrompt)
        .then(|| Position::new((area.x + width(&left) as u16).min(area.right() - 1), area.y))
}

/// The message to show: the app's message, else the replaced-bytes notice.
fn status_message(app: &App) -> Option<String> {
    if let Some(m) = &app.message {
        return Some(m.clone());
    }
    match app.article.replaced_bytes {
        0 => None,
        1 => Some("1 invalid byte replaced".to_string()),
        n => Some(format!("{n} invalid bytes replaced")),
    }
}
