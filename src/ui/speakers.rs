//! The speaker filter: every speaker with role and number of quotes (and "unattributed"),
//! a bar chart of quotes per speaker and a strip of where in the article each one speaks.

use super::util::{centered, overlay, truncate, width};
use super::Theme;
use crate::app::geometry::outline_offset;
use crate::app::quote_state::STRIP_CELLS;
use crate::app::speaker_filter::SpeakerPicker;
use crate::app::App;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

/// Widest the overlay gets.
const MAX_WIDTH: u16 = 100;

/// Draws the overlay centred in `area` (the screen above the status line).
pub fn draw(buf: &mut Buffer, area: Rect, app: &App, theme: &Theme) {
    let area = area.intersection(buf.area);
    let rows = app.picker_rows();
    let rect = centered(area, MAX_WIDTH, (rows as u16).saturating_add(3));
    let title = " Speakers · Space choose · Enter apply · Esc cancel ";
    let Some((rect, block)) = overlay(buf, rect, title, theme) else {
        return;
    };
    let inner = block.inner(rect);
    block.render(rect, buf);
    if inner.is_empty() {
        return;
    }
    let cols = Columns::for_width(usize::from(inner.width));
    let mut list = inner;
    if inner.height >= 2 {
        let head = cols.heading();
        let iw = usize::from(inner.width);
        buf.set_stringn(inner.x, inner.y, truncate(&head, iw), iw, theme.count);
        list = Rect::new(inner.x, inner.y + 1, inner.width, inner.height - 1);
    }
    let a = &app.article.analysis;
    let n = a.speakers.len();
    let max = (0..rows)
        .map(|r| app.quotes.count(a, SpeakerPicker::key(r, n)))
        .max()
        .unwrap_or(0)
        .max(1);
    let picker = &app.quotes.picker;
    let height = usize::from(list.height);
    let offset = outline_offset(rows, picker.cursor, height);
    for (line, r) in (offset..rows).take(height).enumerate() {
        let y = list.y + line as u16;
        let key = SpeakerPicker::key(r, n);
        let slot = app.quotes.slot(key);
        let style = theme.speaker_key(slot);
        let check = if picker.draft.contains(&key) {
            "[x] "
        } else {
            "[ ] "
        };
        let label = match key.and_then(|s| a.speakers.get(s)) {
            Some(s) => match &s.role {
                Some(role) => format!("{}, {role}", s.name),
                None => s.name.clone(),
            },
            None => "unattributed".to_string(),
        };
        let count = app.quotes.count(a, key);
        let mut x = list.x;
        let mut put = |text: &str, st| {
            let room = usize::from(list.right().saturating_sub(x));
            x = buf.set_stringn(x, y, text, room, st).0;
        };
        put(check, theme.body);
        put(&pad(&truncate(&label, cols.name), cols.name), theme.body);
        if cols.bar > 0 {
            put(" ", theme.body);
            put(&pad(&bar(count, max, cols.bar), cols.bar), style);
            put(&format!(" {count:>3}"), theme.count);
        }
        if cols.strip > 0 {
            put("  ", theme.body);
            put(&strip(app.quotes.strip(a, key), cols.strip), style);
        }
        if r == picker.cursor {
            buf.set_style(Rect::new(list.x, y, list.width, 1), theme.outline_cursor);
        }
    }
}

/// Column widths for an overlay `w` columns wide inside its frame.
struct Columns {
    name: usize,
    bar: usize,
    strip: usize,
}

impl Columns {
    fn for_width(w: usize) -> Self {
        let check = 4;
        let strip = if w >= 64 { (w / 3).min(STRIP_CELLS) } else { 0 };
        let bar = if w >= 36 { (w / 6).clamp(6, 16) } else { 0 };
        let used =
            check + strip + if strip > 0 { 2 } else { 0 } + bar + if bar > 0 { 5 } else { 0 };
        Self {
            name: w.saturating_sub(used).max(1),
            bar,
            strip,
        }
    }

    /// The heading row, aligned with the columns.
    fn heading(&self) -> String {
        let mut s = format!("    {}", pad("speaker", self.name));
        if self.bar > 0 {
            s.push(' ');
            s.push_str(&pad("quotes", self.bar + 4));
        }
        if self.strip > 0 {
            s.push_str("  ");
            // Where they speak, over the article from its start to its end.
            let gap = self.strip.saturating_sub(width("start") + width("end"));
            s.push_str(&truncate(
                &format!("start{}end", " ".repeat(gap)),
                self.strip,
            ));
        }
        s
    }
}

/// `s` padded with spaces to `w` columns.
fn pad(s: &str, w: usize) -> String {
    format!("{s}{}", " ".repeat(w.saturating_sub(width(s))))
}

/// A bar of `count` out of `max` in `w` columns, in eighths of a cell.
fn bar(count: usize, max: usize, w: usize) -> String {
    const PARTS: [&str; 8] = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];
    let eighths = count * w * 8 / max.max(1);
    let mut s = "█".repeat(eighths / 8);
    s.push_str(PARTS[eighths % 8]);
    if count > 0 && s.is_empty() {
        s.push('▏');
    }
    s
}

/// `bits` (one per [`STRIP_CELLS`]th of the article) folded into `w` cells: `█` where the
/// speaker has a quote, `·` elsewhere.
fn strip(bits: u64, w: usize) -> String {
    (0..w)
        .map(|c| {
            let from = c * STRIP_CELLS / w;
            let to = ((c + 1) * STRIP_CELLS / w).max(from + 1);
            let mask = (from..to).fold(0u64, |m, b| m | 1 << b);
            if bits & mask != 0 {
                '█'
            } else {
                '·'
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_scale_to_the_largest_count() {
        assert_eq!(bar(10, 10, 4), "████");
        assert_eq!(bar(5, 10, 4), "██");
        assert_eq!(bar(1, 100, 4), "▏");
        assert_eq!(bar(0, 10, 4), "");
    }

    #[test]
    fn strips_fold_the_article_into_cells() {
        assert_eq!(strip(1, 4), "█···");
        assert_eq!(strip(1 << 63, 4), "···█");
        assert_eq!(strip(0, 3), "···");
        assert_eq!(strip(1 << 32, 64).chars().position(|c| c == '█'), Some(32));
    }
}
