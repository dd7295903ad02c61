//! The quotes view (`"`) and what acts on quotes: the word filter, jumping to a quote in the
//! text (`Enter`, `)`, `(`), copying one (`y`) and exporting the filtered ones (`e`).

use super::prompt::{Edit, TextPrompt};
use super::{App, Effect, Mode};
use crate::export;
use crate::sanitize::sanitize_line;

/// The quotes view's selection.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QuotesView {
    /// Index into the passing quotes of the selected entry.
    pub selected: usize,
    /// The words in force before the word prompt opened (`Esc` restores them).
    pub words_before: String,
}

impl QuotesView {
    /// Keeps the selection inside a list of `len` entries.
    pub fn clamp(&mut self, len: usize) {
        self.selected = self.selected.min(len.saturating_sub(1));
    }
}

/// Rows one entry of the quotes view takes (quote, attribution).
pub const ENTRY_ROWS: usize = 2;

impl App {
    /// The quote under the selection of the quotes view, if the list is not empty.
    pub fn selected_quote(&self) -> Option<usize> {
        self.quotes.passing.get(self.quotes.view.selected).copied()
    }

    /// Opens the quotes view with the jumped-to quote selected, else the first passing
    /// quote at or after the reading position.
    pub(super) fn open_quotes(&mut self) {
        let q = &self.quotes;
        let selected = match q.focus.and_then(|f| q.rank(f)) {
            Some(r) => r,
            None => self.first_passing_from(self.reading_pos()),
        };
        self.quotes.view.selected = selected;
        self.quotes.view.clamp(self.quotes.passing.len());
        self.mode = Mode::Quotes;
    }

    /// Index into the passing quotes of the first one starting at or after `pos`.
    fn first_passing_from(&self, pos: crate::document::Pos) -> usize {
        let quotes = &self.article.analysis.quotes;
        self.quotes
            .passing
            .partition_point(|&i| quotes[i].start < pos)
    }

    /// Moves the selection by `n` entries, stopping at the ends.
    pub(super) fn move_selection(&mut self, n: i64) {
        let last = self.quotes.passing.len().saturating_sub(1) as i64;
        let s = &mut self.quotes.view.selected;
        *s = (*s as i64).saturating_add(n).clamp(0, last) as usize;
    }

    /// Entries the quotes view shows at once (its frame and two text rows taken off).
    pub fn quotes_page(&self) -> usize {
        (self.page_rows().saturating_sub(4) / ENTRY_ROWS).max(1)
    }

    /// Closes the view and shows the selected quote in the text, highlighted.
    pub(super) fn jump_to_selected(&mut self) {
        self.mode = Mode::Normal;
        if let Some(i) = self.selected_quote() {
            self.focus_quote(i);
        }
    }

    /// Makes quote `i` the highlighted one and scrolls it into view.
    pub(super) fn focus_quote(&mut self, i: usize) {
        if let Some(q) = self.article.analysis.quotes.get(i) {
            let start = q.start;
            self.quotes.focus = Some(i);
            self.reveal(start);
        }
    }

    /// `)` / `(`: the next (`step` > 0) or previous passing quote, from the highlighted one
    /// when it is on screen, else from the reading position; wraps around.
    pub(super) fn step_quote(&mut self, step: i32) {
        let n = self.quotes.passing.len();
        if n == 0 {
            self.message = Some(if self.article.analysis.quotes.is_empty() {
                "no quotes in this article".into()
            } else {
                "no quotes pass the filter".into()
            });
            return;
        }
        let from_focus = self
            .quotes
            .focus
            .filter(|&f| self.quote_on_screen(f))
            .and_then(|f| self.quotes.rank(f));
        let (next, wrapped) = match from_focus {
            Some(r) if step > 0 => ((r + 1) % n, r + 1 == n),
            Some(r) => ((r + n - 1) % n, r == 0),
            None => {
                let first = self.first_passing_from(self.reading_pos());
                if step > 0 {
                    (first % n, first == n)
                } else {
                    ((first + n - 1) % n, first == 0)
                }
            }
        };
        self.message = wrapped.then(|| {
            if step > 0 {
                "from the first quote".to_string()
            } else {
                "from the last quote".to_string()
            }
        });
        self.focus_quote(self.quotes.passing[next]);
    }

    /// True when quote `i` starts on one of the rows in the text pane.
    fn quote_on_screen(&self, i: usize) -> bool {
        self.article.analysis.quotes.get(i).is_some_and(|q| {
            let row = self.layout().row_of(q.start);
            row >= self.top_row() && row < self.top_row() + self.page_rows()
        })
    }

    /// The quote `y` copies: the quotes view's selection, else the highlighted quote when
    /// on screen, else the first quote on screen (a passing one when a filter is on).
    pub fn quote_to_copy(&self) -> Option<usize> {
        if matches!(self.mode, Mode::Quotes) {
            return self.selected_quote();
        }
        if let Some(f) = self.quotes.focus.filter(|&f| self.quote_on_screen(f)) {
            return Some(f);
        }
        let quotes = &self.article.analysis.quotes;
        let top = self.reading_pos();
        let first = quotes.partition_point(|q| q.end <= top);
        (first..quotes.len())
            .take_while(|&i| self.quote_on_screen(i) || quotes[i].start < top)
            .find(|&i| !self.quotes.filter.is_active() || self.quotes.passes(i))
    }

    /// `y`: asks the loop to put the quote with its attribution on the clipboard.
    pub(super) fn copy_quote(&mut self) -> Option<Effect> {
        let Some(i) = self.quote_to_copy() else {
            self.message = Some("no quote here to copy".into());
            return None;
        };
        let line = export::attribution_line(&self.article, i);
        self.message = Some(format!("copied: {}", short(&line, 48)));
        Some(Effect::Copy(line))
    }

    /// `e`: opens the export prompt with a default path that does not exist yet.
    pub(super) fn start_export(&mut self) {
        if self.quotes.passing.is_empty() {
            self.message = Some("no quotes to export".into());
            return;
        }
        let path = export::default_export_path(&self.quotes.export_dir);
        let from_quotes = matches!(self.mode, Mode::Quotes);
        self.mode = Mode::Export {
            prompt: TextPrompt::new("Export to: ", path.to_string_lossy()),
            from_quotes,
        };
    }

    /// `/` in the quotes view: type words to narrow the list.
    pub(super) fn start_words(&mut self) {
        let words = self.quotes.filter.words.clone();
        self.quotes.view.words_before = words.clone();
        self.mode = Mode::QuoteWords(TextPrompt::new("/", words));
    }

    /// An editing key in a prompt; the word filter narrows the list as it is typed.
    pub(super) fn edit_prompt(&mut self, edit: Edit) {
        match &mut self.mode {
            Mode::QuoteWords(p) => {
                p.edit(edit);
                self.quotes.filter.words = p.input.clone();
                self.filter_changed();
            }
            Mode::Export { prompt, .. } => prompt.edit(edit),
            _ => {}
        }
    }

    /// `Enter` in a prompt: keep the words, or write the export.
    pub(super) fn submit_prompt(&mut self) -> Option<Effect> {
        match std::mem::replace(&mut self.mode, Mode::Normal) {
            Mode::QuoteWords(_) => {
                self.mode = Mode::Quotes;
                None
            }
            Mode::Export {
                prompt,
                from_quotes,
            } => {
                if from_quotes {
                    self.mode = Mode::Quotes;
                }
                let path = prompt.input.trim();
                if path.is_empty() {
                    self.message = Some("export cancelled: no path".into());
                    return None;
                }
                Some(Effect::Export {
                    path: path.into(),
                    quotes: self.quotes.passing.clone(),
                    filter: self.quotes.filter.describe(&self.article.analysis),
                })
            }
            other => {
                self.mode = other;
                None
            }
        }
    }

    /// `Esc` in a prompt: the words go back to what they were; the export is dropped.
    pub(super) fn cancel_prompt(&mut self) {
        match std::mem::replace(&mut self.mode, Mode::Normal) {
            Mode::QuoteWords(_) => {
                self.quotes.filter.words = std::mem::take(&mut self.quotes.view.words_before);
                self.filter_changed();
                self.mode = Mode::Quotes;
            }
            Mode::Export { from_quotes, .. } => {
                if from_quotes {
                    self.mode = Mode::Quotes;
                }
            }
            other => self.mode = other,
        }
    }

    /// Puts a message from the terminal loop (e.g. the outcome of an export) on the
    /// status line, sanitized.
    pub fn notify(&mut self, message: &str) {
        self.message = Some(sanitize_line(message));
    }
}

/// `s` cut to `max` characters with `…`.
fn short(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}
