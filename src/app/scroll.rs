//! Moving the reading position: by rows, pages, sections and to search matches.

use super::{App, Focus};
use crate::document::Pos;

impl App {
    /// The lowest top row that still fills the pane (0 when everything fits).
    pub(super) fn max_top(&self) -> usize {
        self.layout().len().saturating_sub(self.page_rows())
    }

    /// Puts `row` at the top of the text pane and updates the reading position.
    pub(super) fn set_top(&mut self, row: usize) {
        let last = self.layout().len().saturating_sub(1);
        self.top_row = row.min(last);
        self.anchor = self.layout().pos_at(self.top_row);
        if self.focus != Focus::Outline {
            self.outline_cursor = self.current_section();
        }
    }

    /// Scrolls by `rows` (negative: up). Scrolling down stops when the last row reaches
    /// the bottom of the pane (or stays, if a jump already went further).
    pub(super) fn scroll_by(&mut self, rows: i64) {
        let top = self.top_row as i64;
        let target = (top + rows).max(0) as usize;
        let target = if rows > 0 {
            target.min(self.max_top().max(self.top_row))
        } else {
            target
        };
        self.set_top(target);
    }

    /// Jumps to the start of section `i` (its heading at the top of the pane).
    pub(super) fn goto_section(&mut self, i: usize) {
        let Some(last) = self.article.doc.sections.len().checked_sub(1) else {
            return;
        };
        let i = i.min(last);
        let row = self.layout().section_row(&self.article.doc, i);
        self.set_top(row);
        self.outline_cursor = i;
    }

    /// Scrolls so that `pos` is visible, a third of a page from the top if it was not.
    pub(super) fn reveal(&mut self, pos: Pos) {
        let row = self.layout().row_of(pos);
        let page = self.page_rows().max(1);
        if row >= self.top_row && row < self.top_row + page {
            return;
        }
        let target = row.saturating_sub(page / 3);
        // Never past the last full page: the row stays visible there too.
        self.set_top(target.min(self.max_top()));
    }
}
