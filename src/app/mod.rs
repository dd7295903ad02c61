//! Application state and the only way it changes: `update(&mut App, Action)`.
//!
//! Views read an `App`; the terminal loop turns events into [`Action`]s through the
//! [`keymap`] and performs the [`Effect`]s that `update` returns.

mod action;
pub mod bookmarks;
pub mod geometry;
pub mod highlight;
pub mod keymap;
mod layout_cache;
pub mod prompt;
pub mod quote_state;
pub mod quotes_view;
mod scroll;
mod search_state;
pub mod speaker_filter;
mod update;

pub use action::{Action, Effect};
pub use layout_cache::LayoutCache;
pub use search_state::SearchState;
pub use update::update;

use crate::article::Article;
use crate::document::Pos;
use crate::layout::Layout;
use ratatui::layout::Rect;

/// Exit code for a normal quit.
pub const EXIT_OK: i32 = 0;
/// Exit code after Ctrl-C (128 + SIGINT), as a shell expects.
pub const EXIT_INTERRUPTED: i32 = 130;

/// An overlay or prompt that takes the keys before the panes do.
///
/// Later overlays (quotes view, speaker filter, bookmarks list, text prompts) are new
/// variants here plus rows in the keymap.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mode {
    /// Reading: keys go to the focused pane.
    Normal,
    /// The help overlay, scrolled by `scroll` rows.
    Help {
        /// First row of the help text shown.
        scroll: u16,
    },
    /// Typing a search query (the query lives in [`SearchState`]).
    SearchPrompt,
    /// Typing a bookmark's name: a new one, or renaming one from the list.
    BookmarkName {
        /// The text typed so far.
        prompt: prompt::TextPrompt,
        /// What the name is for.
        target: bookmarks::NameTarget,
    },
    /// The bookmarks list (its selection lives in [`App::bookmarks`]).
    Bookmarks,
    /// The quotes view: every quote passing the filter, one selected.
    Quotes,
    /// Typing words that narrow the quotes view (it stays visible behind the prompt).
    QuoteWords(prompt::TextPrompt),
    /// The speaker filter overlay.
    Speakers,
    /// Asking where to export the filtered quotes.
    Export {
        /// The path being edited.
        prompt: prompt::TextPrompt,
        /// Return to the quotes view afterwards (else to reading).
        from_quotes: bool,
    },
}

impl Mode {
    /// The text prompt this mode edits, if any.
    pub fn prompt(&self) -> Option<&prompt::TextPrompt> {
        match self {
            Self::QuoteWords(p)
            | Self::Export { prompt: p, .. }
            | Self::BookmarkName { prompt: p, .. } => Some(p),
            _ => None,
        }
    }
}

/// Which pane receives the movement keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    /// The article text.
    Text,
    /// The outline.
    Outline,
}

/// Everything the reader shows, and where the reader is.
#[derive(Debug)]
pub struct App {
    /// The article being read.
    pub article: Article,
    /// The maximum text measure in columns (`--width`).
    pub measure: u16,
    /// The whole terminal area.
    pub screen: Rect,
    /// Whether the user wants the outline (it also hides when the screen is narrow).
    pub outline_wanted: bool,
    /// The focused pane.
    pub focus: Focus,
    /// The current overlay or prompt.
    pub mode: Mode,
    /// The selected section in the outline (follows the reading position unless focused).
    pub outline_cursor: usize,
    /// The search query, its matches and the current one.
    pub search: SearchState,
    /// A one-line message for the status line (already sanitized).
    pub message: Option<String>,
    /// The article's bookmarks (from the store) and the bookmarks list's state.
    pub bookmarks: bookmarks::Bookmarks,
    /// Quote filter and its cached result, the quotes view and the speaker picker.
    pub quotes: quote_state::QuoteState,
    /// The reading position: the document position at the top of the text pane.
    anchor: Pos,
    /// The layout row at the top of the text pane, valid for `layouts.current()`.
    top_row: usize,
    /// Layouts per text width.
    layouts: LayoutCache,
}

impl App {
    /// A reader on `article` with text at most `measure` columns, on a `screen`-sized terminal.
    pub fn new(article: Article, measure: u16, screen: Rect) -> Self {
        let quotes = quote_state::QuoteState::new(&article);
        let mut app = Self {
            article,
            measure: measure.max(1),
            screen,
            outline_wanted: true,
            focus: Focus::Text,
            mode: Mode::Normal,
            outline_cursor: 0,
            search: SearchState::default(),
            message: None,
            bookmarks: bookmarks::Bookmarks::default(),
            quotes,
            anchor: Pos::default(),
            top_row: 0,
            layouts: LayoutCache::default(),
        };
        app.relayout();
        app
    }

    /// The layout at the current text width.
    pub fn layout(&self) -> &Layout {
        self.layouts.current()
    }

    /// The reading position (document coordinates, independent of the width).
    pub fn reading_pos(&self) -> Pos {
        self.anchor
    }

    /// The layout row at the top of the text pane.
    pub fn top_row(&self) -> usize {
        self.top_row
    }

    /// The pane rectangles for the current screen.
    pub fn panes(&self) -> geometry::Panes {
        geometry::panes(self.screen, self.outline_wanted, self.measure)
    }

    /// Whether the outline is on screen (wanted and room for it).
    pub fn outline_visible(&self) -> bool {
        self.panes().outline.is_some()
    }

    /// Rows of text the text pane shows at once.
    pub fn page_rows(&self) -> usize {
        usize::from(self.panes().text.height)
    }

    /// The section being read: the one holding the reading position.
    pub fn current_section(&self) -> usize {
        self.article.doc.section_at(self.anchor)
    }

    /// How much has been read, 0–100: the share of rows down to the bottom of the pane.
    pub fn percent(&self) -> u16 {
        let total = self.layout().len();
        if total == 0 {
            return 100;
        }
        let bottom = (self.top_row + self.page_rows()).min(total);
        u16::try_from(bottom * 100 / total).unwrap_or(100)
    }

    /// The outline entry the outline view keeps in view: the cursor when the outline has
    /// focus, else the section being read.
    pub fn outline_focus(&self) -> usize {
        match self.focus {
            Focus::Outline => self.outline_cursor,
            Focus::Text => self.current_section(),
        }
    }

    /// Re-lays out the text for the current screen and keeps the reading position.
    fn relayout(&mut self) {
        let width = self.panes().column.width;
        if self.layouts.current().width != width || self.layouts.is_empty() {
            self.layouts.select(&self.article.doc, width);
            // The very start shows the header rows above the first block too.
            self.top_row = if self.anchor == Pos::default() {
                0
            } else {
                self.layout().row_of(self.anchor)
            };
        }
    }
}
