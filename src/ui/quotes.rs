//! The quotes view: the quotes passing the filter in article order, each with its speaker,
//! role and section, the count as `7 of 18` in the frame.

use super::util::{overlay, truncate, width};
use super::Theme;
use crate::app::geometry::outline_offset;
use crate::app::highlight::Mark;
use crate::app::quotes_view::ENTRY_ROWS;
use crate::app::App;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

/// The `7 of 18` count: passing quotes of all direct quotes.
pub fn count_label(app: &App) -> String {
    format!(
        "{} of {}",
        app.quotes.passing.len(),
        app.article.analysis.quotes.len()
    )
}

/// Draws the view over `area` (the screen above the status line).
pub fn draw(buf: &mut Buffer, area: Rect, app: &App, theme: &Theme) {
    let title = format!(" Quotes · {} ", count_label(app));
    let Some((area, block)) = overlay(buf, area, title, theme) else {
        return;
    };
    let inner = block.inner(area);
    block.render(area, buf);
    if inner.is_empty() {
        return;
    }
    let w = usize::from(inner.width);
    let mut list = inner;
    // A line for the filter and one for the keys, when there is room for entries too.
    if inner.height >= 2 + ENTRY_ROWS as u16 {
        let filter = match app.quotes.filter.describe(&app.article.analysis) {
            d if d.is_empty() => "all speakers · / words · s speakers".to_string(),
            d => format!("filter: {d} · c clears"),
        };
        buf.set_stringn(inner.x, inner.y, truncate(&filter, w), w, theme.count);
        let keys = "Enter show in text · y copy · e export · Esc back";
        buf.set_stringn(
            inner.x,
            inner.bottom() - 1,
            truncate(keys, w),
            w,
            theme.count,
        );
        list = Rect::new(inner.x, inner.y + 1, inner.width, inner.height - 2);
    }
    let passing = &app.quotes.passing;
    if passing.is_empty() {
        let text = if app.article.analysis.quotes.is_empty() {
            "This article has no direct quotes."
        } else {
            "No quote passes the filter."
        };
        buf.set_stringn(list.x, list.y, truncate(text, w), w, theme.body);
        return;
    }
    let fits = (usize::from(list.height) / ENTRY_ROWS).max(1);
    let selected = app.quotes.view.selected;
    let offset = outline_offset(passing.len(), selected, fits);
    let a = &app.article.analysis;
    for (row, rank) in (offset..passing.len()).take(fits).enumerate() {
        let y = list.y + (row * ENTRY_ROWS) as u16;
        if y >= list.bottom() {
            break;
        }
        let i = passing[rank];
        let q = &a.quotes[i];
        let slot = app.quotes.slot(q.speaker);
        let marker = if rank == selected { "▸ " } else { "  " };
        let quote_style = theme.mark(Mark::Quote {
            slot,
            dimmed: false,
            current: false,
        });
        let x = buf.set_stringn(list.x, y, marker, w, theme.body).0;
        let text = truncate(&format!("‘{}’", q.text), w.saturating_sub(2));
        buf.set_stringn(x, y, &text, w.saturating_sub(2), quote_style);
        if y + 1 < list.bottom() {
            let (name, rest) = attribution(app, i);
            let line = format!("  — {name}{rest}");
            let line = truncate(&line, w);
            buf.set_stringn(list.x, y + 1, &line, w, theme.count);
            let name_x = list.x + 4;
            let name_w = width(&name).min(w.saturating_sub(4));
            if name_w > 0 {
                buf.set_stringn(name_x, y + 1, &name, name_w, theme.speaker_key(slot));
            }
        }
        if rank == selected {
            let rows = (ENTRY_ROWS as u16).min(list.bottom() - y);
            buf.set_style(Rect::new(list.x, y, list.width, rows), theme.outline_cursor);
        }
    }
}

/// The speaker's name (or `unattributed`) and `, role · section` after it.
fn attribution(app: &App, i: usize) -> (String, String) {
    let a = &app.article.analysis;
    let q = &a.quotes[i];
    let section = app.article.doc.section_label(q.section);
    match q.speaker.and_then(|s| a.speakers.get(s)) {
        Some(s) => {
            let role = s.role.as_ref().map_or(String::new(), |r| format!(", {r}"));
            (s.name.clone(), format!("{role} · {section}"))
        }
        None => ("unattributed".to_string(), format!(" · {section}")),
    }
}
