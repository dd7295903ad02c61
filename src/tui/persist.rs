//! Saving what the reader asks for: bookmark changes at once, the reading position when it
//! settles. The only place the reader touches the [`Store`]; problems become status-line
//! warnings through [`Action::StoreWarnings`] and reading always goes on.

use crate::app::{update, Action, App, Effect};
use crate::document::Pos;
use crate::store::{Store, Warning};
use std::time::{Duration, Instant};

/// How long the reading position must stay put before a scroll is saved.
pub const SETTLE: Duration = Duration::from_millis(1000);

/// The store plus what was last saved of the reading position.
#[derive(Debug)]
pub struct Persist {
    store: Store,
    /// Problems from opening the store, shown once the reader is up.
    opening: Vec<Warning>,
    /// The position on disk (or the one the session started at, which needs no save).
    saved: Pos,
    /// The position seen on the last tick, and since when it has not moved.
    seen: (Pos, Instant),
    /// A save failed: write again before exit even if nothing else changes.
    unsaved: bool,
    /// Warnings from the last saves at exit, for stderr once the terminal is back.
    exit_warnings: Vec<Warning>,
}

impl Persist {
    /// Opens the store (in the platform data directory).
    pub fn open() -> Self {
        let (store, opening) = Store::open();
        Self::with_store(store, opening)
    }

    /// Wraps an already opened store; `opening` are the warnings from opening it.
    pub fn with_store(store: Store, opening: Vec<Warning>) -> Self {
        Self {
            store,
            opening,
            saved: Pos::default(),
            seen: (Pos::default(), Instant::now()),
            unsaved: false,
            exit_warnings: Vec::new(),
        }
    }

    /// Gives `app` its bookmarks, resumes at the saved position unless `no_resume`, and
    /// shows the warnings from opening the store (they win the status line).
    pub fn start(&mut self, app: &mut App, no_resume: bool) {
        let state = self.store.article(&app.article);
        update(app, Action::SetBookmarks(state.bookmarks));
        let resume = state.position.and_then(|p| p.place.pos());
        if let Some(pos) = resume.filter(|_| !no_resume) {
            update(app, Action::ResumeAt(pos));
        }
        let opening = self.opening.clone();
        self.report(app, opening);
        // Nothing to save until the reader moves away from where it started.
        self.saved = app.reading_pos();
        self.seen = (self.saved, Instant::now());
    }

    /// Performs a state effect from `update` (other effects are the loop's own).
    pub fn perform(&mut self, app: &mut App, effect: Effect) {
        let article = &app.article;
        let warnings = match effect {
            Effect::SaveBookmark { pos, name } => self.store.add_bookmark(article, pos, &name).1,
            Effect::RenameBookmark { id, name } => self.store.rename_bookmark(article, &id, &name),
            Effect::DeleteBookmark { id } => self.store.delete_bookmark(article, &id),
            Effect::RestoreBookmark { id } => self.store.restore_bookmark(article, &id),
            Effect::LoadBookmarks => self.store.refresh(),
            Effect::SavePosition(pos) => {
                let warnings = self.store.save_position(article, pos);
                self.saved = pos;
                self.report(app, warnings);
                return;
            }
            Effect::Quit(_) | Effect::Suspend => return,
        };
        let bookmarks = self.store.article(&app.article).bookmarks;
        update(app, Action::SetBookmarks(bookmarks));
        self.report(app, warnings);
    }

    /// Called on every turn of the loop: saves the reading position once it has stayed
    /// put for [`SETTLE`] after moving (so scrolling writes once per pause, not per line).
    /// Returns true when it saved (the status line may have a warning to show).
    pub fn tick(&mut self, app: &mut App) -> bool {
        let pos = app.reading_pos();
        if pos != self.seen.0 {
            self.seen = (pos, Instant::now());
        } else if pos != self.saved && self.seen.1.elapsed() >= SETTLE {
            self.perform(app, Effect::SavePosition(pos));
            return true;
        }
        false
    }

    /// Saves the reading position now (before suspend and exit), and retries a save that
    /// failed earlier.
    pub fn settle(&mut self, app: &mut App) {
        let pos = app.reading_pos();
        let mut warnings = Vec::new();
        if pos != self.saved {
            warnings = self.store.save_position(&app.article, pos);
            self.saved = pos;
        }
        if self.unsaved && warnings.is_empty() {
            warnings = self.store.flush();
        }
        self.unsaved = warnings.iter().any(is_not_saved);
        // The status line had little room: say it all again on stderr after exit.
        self.exit_warnings = self.opening.iter().chain(&warnings).cloned().collect();
        self.report(app, warnings);
    }

    /// Warnings from opening the store and from the last [`Persist::settle`], for stderr
    /// once the terminal is restored (the status line may have cut them short).
    pub fn exit_warnings(&self) -> &[Warning] {
        &self.exit_warnings
    }

    /// Shows `warnings` on the status line and remembers a save that did not happen.
    fn report(&mut self, app: &mut App, warnings: Vec<Warning>) {
        if warnings.is_empty() {
            return;
        }
        self.unsaved |= warnings.iter().any(is_not_saved);
        let lines = warnings.iter().map(ToString::to_string).collect();
        update(app, Action::StoreWarnings(lines));
    }
}

/// A save that failed but is kept in memory (the next save writes it).
fn is_not_saved(w: &Warning) -> bool {
    matches!(w, Warning::NotSaved { .. })
}
