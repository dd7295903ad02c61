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
            Effect::Quit(_) | Effect::Suspend | Effect::Copy(_) | Effect::Export { .. } => return,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Article;
    use ratatui::layout::Rect;
    use std::path::Path;

    fn app() -> App {
        App::new(
            Article::open(None, None).unwrap(),
            72,
            Rect::new(0, 0, 100, 30),
        )
    }

    fn persist(dir: &Path) -> Persist {
        let (store, warnings) = Store::open_in(dir);
        Persist::with_store(store, warnings)
    }

    /// What a fresh store in `dir` holds for the bundled article.
    fn on_disk(dir: &Path, app: &App) -> crate::store::ArticleState {
        Store::open_in(dir).0.article(&app.article)
    }

    #[test]
    fn bookmark_effects_are_saved_at_once_and_the_list_follows() {
        let dir = tempfile::tempdir().unwrap();
        let mut a = app();
        let mut p = persist(dir.path());
        p.start(&mut a, false);
        let pos = a.reading_pos();
        p.perform(
            &mut a,
            Effect::SaveBookmark {
                pos,
                name: "here".into(),
            },
        );
        assert_eq!(a.bookmarks.items.len(), 1);
        let saved = on_disk(dir.path(), &a).bookmarks;
        assert_eq!(saved[0].name, "here");
        let id = saved[0].id.clone();
        p.perform(&mut a, Effect::DeleteBookmark { id: id.clone() });
        assert!(a.bookmarks.items.is_empty());
        assert!(on_disk(dir.path(), &a).bookmarks.is_empty());
        p.perform(&mut a, Effect::RestoreBookmark { id });
        assert_eq!(on_disk(dir.path(), &a).bookmarks.len(), 1);
    }

    #[test]
    fn a_scrolled_position_is_saved_only_once_it_settles() {
        let dir = tempfile::tempdir().unwrap();
        let mut a = app();
        let mut p = persist(dir.path());
        p.start(&mut a, false);
        update(&mut a, Action::ScrollRows(40));
        assert!(!p.tick(&mut a), "just moved");
        assert!(!p.tick(&mut a), "not still for long enough");
        assert!(on_disk(dir.path(), &a).position.is_none());
        p.seen.1 -= SETTLE;
        assert!(p.tick(&mut a));
        let saved = on_disk(dir.path(), &a).position.unwrap();
        assert_eq!(saved.place.pos(), Some(a.reading_pos()));
        assert!(!p.tick(&mut a), "saved once");
    }

    #[test]
    fn start_resumes_unless_told_not_to_and_a_peek_saves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let mut a = app();
        let mut p = persist(dir.path());
        p.start(&mut a, false);
        update(&mut a, Action::GotoSection(4));
        p.settle(&mut a);
        let there = a.reading_pos();

        let mut b = app();
        persist(dir.path()).start(&mut b, false);
        assert_eq!(b.reading_pos(), there);
        assert!(b.message.as_deref().unwrap().starts_with("resumed at"));

        let mut c = app();
        let mut p = persist(dir.path());
        p.start(&mut c, true);
        assert_eq!(c.top_row(), 0);
        p.settle(&mut c);
        let saved = on_disk(dir.path(), &c).position.unwrap();
        assert_eq!(saved.place.pos(), Some(there), "--no-resume kept it");
    }

    #[test]
    fn warnings_from_opening_show_at_start_and_again_at_exit() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("state.json"), b"not json").unwrap();
        let mut a = app();
        let mut p = persist(dir.path());
        p.start(&mut a, false);
        let message = a.message.clone().unwrap();
        assert!(message.contains("state file was unreadable"), "{message}");
        p.settle(&mut a);
        assert_eq!(p.exit_warnings().len(), 1);
    }
}
