//! The outline pane: every section, the one being read marked, the cursor when focused.

use super::util::truncate;
use super::Theme;
use crate::app::geometry::outline_offset;
use crate::app::{App, Focus};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Block, Borders, Widget};

/// Draws the outline into `area` (its right column is the border).
pub fn draw(buf: &mut Buffer, area: Rect, app: &App, theme: &Theme) {
    let area = area.intersection(buf.area);
    let focused = app.focus == Focus::Outline;
    let border = if focused {
        theme.border_focus
    } else {
        theme.border
    };
    let block = Block::new().borders(Borders::RIGHT).border_style(border);
    let inner = block.inner(area);
    block.render(area, buf);
    let doc = &app.article.doc;
    let count = doc.sections.len();
    let height = usize::from(inner.height);
    let current = app.current_section();
    let offset = outline_offset(count, app.outline_focus(), height);
    let width = usize::from(inner.width);
    let bookmarked = app.bookmarked_sections();
    for (row, i) in (offset..count).take(height).enumerate() {
        let y = inner.y + row as u16;
        let section = &doc.sections[i];
        let marker = if i == current { "▸" } else { " " };
        let number = if i < 9 {
            format!("{}", i + 1)
        } else {
            " ".to_string()
        };
        let indent = "  ".repeat(usize::from(section.level.saturating_sub(1)));
        let line = format!("{marker}{number} {indent}{}", doc.section_label(i));
        let mut style = theme.outline;
        if i == current {
            style = style.patch(theme.outline_current);
        }
        if focused && i == app.outline_cursor {
            style = style.patch(theme.outline_cursor);
        }
        let marked = width > 1 && bookmarked.contains(&i);
        let count = quote_count(app, i, width);
        let room = width
            .saturating_sub(super::util::width(&count))
            .saturating_sub(usize::from(marked));
        let line = format!("{:<room$}", truncate(&line, room));
        let x = buf.set_stringn(inner.x, y, line, room, style).0;
        buf.set_stringn(x, y, &count, width - room, style.patch(theme.count));
        if marked {
            draw_bookmark_marker(buf, inner, y, theme);
        }
    }
}

/// ` 4`: how many quotes section `i` holds (of the filtered speakers when a filter is
/// on); empty for none, or when the pane is too narrow to spare the columns.
fn quote_count(app: &App, i: usize, width: usize) -> String {
    match app.quotes.section_counts.get(i) {
        Some(&n) if n > 0 && width >= 12 => format!(" {n}"),
        _ => String::new(),
    }
}

/// The marker of a section holding bookmarks: `•` in the outline's last column.
fn draw_bookmark_marker(buf: &mut Buffer, inner: Rect, y: u16, theme: &Theme) {
    buf.set_string(inner.right().saturating_sub(1), y, "•", theme.bookmark);
}
