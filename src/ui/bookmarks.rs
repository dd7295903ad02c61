//! The bookmarks list overlay: name, when made, section and excerpt of every bookmark.

use super::util::{centered, overlay, truncate, width};
use super::Theme;
use crate::app::App;
use crate::store::{BookmarkView, Place};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::Widget;

/// The widest the overlay gets.
const MAX_WIDTH: u16 = 90;
/// What the keys do, at the bottom of the overlay.
const KEYS: &str = " Enter jump · r rename · d delete · u undo · Esc close ";

/// Draws the list centred in `screen` (above the status line).
pub fn draw(buf: &mut Buffer, screen: Rect, app: &App, theme: &Theme) {
    let items = &app.bookmarks.items;
    let want_h = (items.len().max(1) * 2 + 2).min(u16::MAX.into()) as u16;
    let above_status = Rect {
        height: screen.height.saturating_sub(1),
        ..screen
    };
    let area = centered(above_status, MAX_WIDTH, want_h);
    let title = format!(" Bookmarks ({}) ", items.len());
    let Some((area, block)) = overlay(buf, area, title, theme) else {
        return;
    };
    let block = block.title_bottom(KEYS);
    let inner = block.inner(area);
    block.render(area, buf);
    if inner.is_empty() {
        return;
    }
    if items.is_empty() {
        let text = "No bookmarks yet: press b while reading to add one.";
        buf.set_stringn(
            inner.x + 1,
            inner.y,
            text,
            usize::from(inner.width),
            theme.body,
        );
        return;
    }
    let per_page = (usize::from(inner.height) / 2).max(1);
    let selected = app.bookmarks.selected.min(items.len() - 1);
    let offset = (selected + 1).saturating_sub(per_page);
    for (row, (i, b)) in items
        .iter()
        .enumerate()
        .skip(offset)
        .take(per_page)
        .enumerate()
    {
        let y = inner.y + (row * 2) as u16;
        let style = if i == selected {
            theme.outline_cursor
        } else {
            Style::new()
        };
        draw_entry(buf, inner, y, b, i == selected, style, theme);
    }
}

/// One bookmark on two rows: `▸ name … when`, then `section · “excerpt”`, tagged
/// `moved` or `detached` when its text is no longer where it was made.
fn draw_entry(
    buf: &mut Buffer,
    inner: Rect,
    y: u16,
    b: &BookmarkView,
    selected: bool,
    style: Style,
    theme: &Theme,
) {
    let w = usize::from(inner.width);
    let when = format!(" {} ", b.created);
    let pointer = if selected { "▸ " } else { "  " };
    let room = w.saturating_sub(width(&when));
    let name = truncate(&format!("{pointer}{}", b.name), room);
    let first = format!("{name:<room$}{when}");
    buf.set_stringn(inner.x, y, truncate(&first, w), w, style);
    buf.set_stringn(inner.x, y, &name, w, style.patch(theme.help_key));
    if y + 1 >= inner.bottom() {
        return;
    }
    let (tag, tag_style) = match b.place {
        Place::Exact(_) => ("", theme.caption),
        Place::Moved(_) => ("moved · ", theme.caption),
        Place::Detached => ("detached (text gone) · ", theme.status_message),
    };
    // A bookmark on a heading has the heading as its excerpt: do not say it twice.
    let detail = if b.excerpt == b.section {
        format!("    {tag}{}", b.section)
    } else {
        format!("    {tag}{} · “{}”", b.section, b.excerpt)
    };
    let detail = format!("{:<w$}", truncate(&detail, w));
    buf.set_stringn(inner.x, y + 1, &detail, w, style.patch(tag_style));
}
