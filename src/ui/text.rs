//! The text pane: only the visible rows of the cached layout, with styles and highlights.

use super::util::width;
use super::Theme;
use crate::app::highlight::{highlights, Highlight};
use crate::app::App;
use crate::document::{Block, BlockKind, Pos};
use crate::layout::{Row, RowKind};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

/// Draws the rows from the app's top row into the text column `area`.
pub fn draw(buf: &mut Buffer, area: Rect, app: &App, theme: &Theme) {
    let area = area.intersection(buf.area);
    if area.is_empty() {
        return;
    }
    let layout = app.layout();
    let top = app.top_row().min(layout.len());
    let bottom = (top + usize::from(area.height)).min(layout.len());
    let rows = &layout.rows[top..bottom];
    let visible_end = layout
        .rows
        .get(bottom)
        .map_or(Pos::new(usize::MAX, 0), Row::pos);
    let visible = layout.pos_at(top)..visible_end;
    let marks = highlights(app, visible);
    let doc = &app.article.doc;
    for (i, row) in rows.iter().enumerate() {
        let y = area.y + i as u16;
        match row.kind {
            RowKind::Blank => {}
            RowKind::Header(n) => {
                let is_date = doc.meta.date.is_some() && n + 1 == layout.header.len();
                let style = if is_date { theme.date } else { theme.title };
                buf.set_stringn(area.x, y, &layout.header[n], usize::from(area.width), style);
            }
            RowKind::Rule => {
                let mark = "* * *";
                let x = area.x + (area.width.saturating_sub(width(mark) as u16)) / 2;
                buf.set_stringn(x, y, mark, usize::from(area.width), theme.ornament);
            }
            RowKind::Credit => {
                if let Some(BlockKind::Caption {
                    credit: Some(credit),
                }) = doc.blocks.get(row.block).map(|b| &b.kind)
                {
                    let text = format!("© {credit}");
                    let x = area.x
                        + row.indent.min(area.width)
                        + area.width.saturating_sub(row.indent + width(&text) as u16);
                    let x = x.min(area.right().saturating_sub(1)).max(area.x);
                    let room = usize::from(area.right() - x);
                    buf.set_stringn(x, y, &text, room, theme.credit);
                }
            }
            RowKind::Text { first } => {
                if let Some(block) = doc.blocks.get(row.block) {
                    draw_text_row(buf, area, y, row, first, block, &marks, theme);
                }
            }
        }
    }
}

/// Draws one row of a block's text: its ornament, then segments styled by inline styles
/// and highlight layers.
#[allow(clippy::too_many_arguments)]
fn draw_text_row(
    buf: &mut Buffer,
    area: Rect,
    y: u16,
    row: &Row,
    first: bool,
    block: &Block,
    marks: &[Highlight],
    theme: &Theme,
) {
    let ornament = match block.kind {
        BlockKind::ListItem { .. } if first => "•",
        BlockKind::BlockQuote => "│",
        BlockKind::Caption { .. } => "▏",
        _ => "",
    };
    if !ornament.is_empty() && row.indent >= 2 {
        buf.set_string(area.x + row.indent - 2, y, ornament, theme.ornament);
    }
    let text = &block.text;
    let end = row.range.start + text[row.range.clone()].trim_end().len();
    let start = row.range.start;
    let base = theme.block(&block.kind);
    // Cut points: the row's ends plus every style or highlight boundary inside it.
    let mut cuts = vec![start, end];
    for s in &block.styles {
        cuts.extend([s.range.start, s.range.end]);
    }
    let spans: Vec<(usize, usize, Style)> = marks
        .iter()
        .filter_map(|h| {
            block_span(h, row.block, text.len()).map(|(a, b)| (a, b, theme.mark(h.mark)))
        })
        .collect();
    for &(a, b, _) in &spans {
        cuts.extend([a, b]);
    }
    cuts.retain(|&c| c >= start && c <= end && text.is_char_boundary(c));
    cuts.sort_unstable();
    cuts.dedup();
    let mut x = area.x + row.indent.min(area.width);
    for pair in cuts.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        let mut style = base;
        for s in block
            .styles
            .iter()
            .filter(|s| s.range.start <= a && b <= s.range.end)
        {
            style = style.patch(theme.inline(s.style));
        }
        for &(_, _, mark) in spans.iter().filter(|&&(s, e, _)| s <= a && b <= e) {
            style = style.patch(mark);
        }
        let room = usize::from(area.right().saturating_sub(x));
        if room == 0 {
            break;
        }
        x = buf.set_stringn(x, y, &text[a..b], room, style).0;
    }
}

/// The byte range of `block` covered by highlight `h`, if any.
fn block_span(h: &Highlight, block: usize, len: usize) -> Option<(usize, usize)> {
    if h.range.start.block > block || h.range.end.block < block {
        return None;
    }
    let a = if h.range.start.block == block {
        h.range.start.offset
    } else {
        0
    };
    let b = if h.range.end.block == block {
        h.range.end.offset
    } else {
        len
    };
    (a < b).then_some((a, b))
}
