//! Bookmarks in the reader: the list the store hands over, the list overlay, the name
//! prompt, and the jumps. Changes come back as [`Effect`]s; the terminal loop saves them.
//!
//! `b` opens the name prompt at the reading position; `B` opens the list (`Enter` jumps,
//! `r` renames, `d` deletes, `u` undoes deletions while the list is open); `'` and `` ` ``
//! go to the next / previous bookmark.

use super::prompt::TextPrompt;
use super::{Action, App, Effect, Mode};
use crate::document::Pos;
use crate::sanitize::sanitize_line;
use crate::store::{default_bookmark_name, BookmarkView};

/// The bookmarks of the open article and the state of the list overlay.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Bookmarks {
    /// Every bookmark, in document order, detached ones last (as the store lists them).
    pub items: Vec<BookmarkView>,
    /// The selected entry of the list overlay.
    pub selected: usize,
    /// Bookmarks deleted since the list opened, most recent last: `u` restores them.
    pub deleted: Vec<BookmarkView>,
}

/// What a name typed into the bookmark prompt is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NameTarget {
    /// A new bookmark at this position.
    New(Pos),
    /// Renaming the bookmark with this id (the list is open underneath).
    Rename(String),
}

/// The label of the prompt for a new bookmark.
pub const ADD_LABEL: &str = "Bookmark name: ";
/// The label of the prompt for renaming a bookmark.
pub const RENAME_LABEL: &str = "Rename bookmark: ";

/// Whether `action` moves the reading position in one go (a jump rather than scrolling):
/// the position is saved right after it.
pub fn is_jump(action: &Action) -> bool {
    matches!(
        action,
        Action::Top
            | Action::Bottom
            | Action::NextSection
            | Action::PrevSection
            | Action::GotoSection(_)
            | Action::OutlineOpen
            | Action::SearchSubmit
            | Action::SearchNext
            | Action::SearchPrev
            | Action::Click(..)
    )
}

/// Applies a bookmark action (`update` hands these over); returns the saving the loop
/// must do.
pub fn update(app: &mut App, action: Action) -> Option<Effect> {
    match action {
        Action::AddBookmark => {
            let pos = app.reading_pos();
            let name = default_bookmark_name(&app.article.doc, pos);
            app.mode = Mode::BookmarkName {
                prompt: TextPrompt::new(ADD_LABEL, name),
                target: NameTarget::New(pos),
            };
        }
        Action::ShowBookmarks => {
            app.bookmarks.deleted.clear();
            app.bookmarks.selected = nearest(app);
            app.mode = Mode::Bookmarks;
            // Another folio may have changed them: the loop re-reads the file.
            return Some(Effect::LoadBookmarks);
        }
        Action::CloseBookmarks => {
            app.bookmarks.deleted.clear();
            app.mode = Mode::Normal;
        }
        Action::BookmarkMove(n) => {
            let last = app.bookmarks.items.len().saturating_sub(1) as i64;
            app.bookmarks.selected =
                (app.bookmarks.selected as i64 + i64::from(n)).clamp(0, last) as usize;
        }
        Action::BookmarkOpen => return open_selected(app),
        Action::BookmarkRename => {
            if let Some(b) = app.bookmarks.items.get(app.bookmarks.selected) {
                app.mode = Mode::BookmarkName {
                    prompt: TextPrompt::new(RENAME_LABEL, b.name.clone()),
                    target: NameTarget::Rename(b.id.clone()),
                };
            }
        }
        Action::BookmarkDelete => return delete_selected(app),
        Action::BookmarkUndo => return undo_delete(app),
        Action::NextBookmark => return step(app, true),
        Action::PrevBookmark => return step(app, false),
        Action::Prompt(edit) => {
            if let Mode::BookmarkName { prompt, .. } = &mut app.mode {
                prompt.edit(edit);
            }
        }
        Action::PromptSubmit => return submit_name(app),
        Action::PromptCancel => {
            app.mode = match &app.mode {
                Mode::BookmarkName {
                    target: NameTarget::Rename(_),
                    ..
                } => Mode::Bookmarks,
                _ => Mode::Normal,
            };
        }
        Action::SetBookmarks(items) => set_items(app, items),
        // The top needs no resuming (nor saying so).
        Action::ResumeAt(pos) if pos != Pos::default() => {
            app.goto_pos(pos);
            let section = app.article.doc.section_label(app.current_section());
            app.message = Some(sanitize_line(&format!("resumed at {section}")));
        }
        Action::StoreWarnings(warnings) if !warnings.is_empty() => {
            app.message = Some(sanitize_line(&warnings.join(" · ")));
        }
        _ => {}
    }
    None
}

/// The list entry to select when the list opens: the last bookmark at or above the
/// reading position, else the first.
fn nearest(app: &App) -> usize {
    let here = app.reading_pos();
    app.bookmarks
        .items
        .iter()
        .rposition(|b| b.place.pos().is_some_and(|p| p <= here))
        .unwrap_or(0)
}

/// `Enter` in the list: jump to the selected bookmark and close the list.
fn open_selected(app: &mut App) -> Option<Effect> {
    let b = app.bookmarks.items.get(app.bookmarks.selected)?.clone();
    let Some(pos) = b.place.pos() else {
        app.message =
            Some("that bookmark is detached: its text is no longer in the article".into());
        return None;
    };
    app.bookmarks.deleted.clear();
    app.mode = Mode::Normal;
    app.goto_pos(pos);
    app.message = Some(format!("bookmark: {}", b.name));
    Some(Effect::SavePosition(app.reading_pos()))
}

/// `d` in the list: drop the entry now (the loop deletes it on disk), keep it for `u`.
fn delete_selected(app: &mut App) -> Option<Effect> {
    let marks = &mut app.bookmarks;
    if marks.selected >= marks.items.len() {
        return None;
    }
    let b = marks.items.remove(marks.selected);
    marks.selected = marks.selected.min(marks.items.len().saturating_sub(1));
    app.message = Some(format!("deleted “{}” (u undoes)", b.name));
    let id = b.id.clone();
    marks.deleted.push(b);
    Some(Effect::DeleteBookmark { id })
}

/// `u` in the list: bring back the last deleted bookmark and select it.
fn undo_delete(app: &mut App) -> Option<Effect> {
    let marks = &mut app.bookmarks;
    let Some(b) = marks.deleted.pop() else {
        app.message = Some("nothing to undo".into());
        return None;
    };
    let at = marks
        .items
        .partition_point(|x| order_key(x) <= order_key(&b));
    app.message = Some(format!("restored “{}”", b.name));
    let id = b.id.clone();
    marks.items.insert(at, b);
    marks.selected = at;
    Some(Effect::RestoreBookmark { id })
}

/// The store's list order: placed ones by position, detached ones last, ties by age.
fn order_key(b: &BookmarkView) -> (bool, Option<Pos>, u64) {
    (b.place.pos().is_none(), b.place.pos(), b.created.0)
}

/// `Enter` in the name prompt: add or rename.
fn submit_name(app: &mut App) -> Option<Effect> {
    let Mode::BookmarkName { prompt, target } = std::mem::replace(&mut app.mode, Mode::Normal)
    else {
        return None;
    };
    let name = sanitize_line(prompt.input.trim());
    match target {
        NameTarget::New(pos) => {
            let name = if name.is_empty() {
                default_bookmark_name(&app.article.doc, pos)
            } else {
                name
            };
            app.message = Some(format!("bookmarked: {name}"));
            Some(Effect::SaveBookmark { pos, name })
        }
        NameTarget::Rename(id) => {
            app.mode = Mode::Bookmarks;
            let entry = app.bookmarks.items.iter_mut().find(|b| b.id == id)?;
            if name.is_empty() || entry.name == name {
                return None;
            }
            entry.name.clone_from(&name);
            app.message = Some(format!("renamed to “{name}”"));
            Some(Effect::RenameBookmark { id, name })
        }
    }
}

/// Takes the store's list, keeping the selection on the same bookmark when it is there.
fn set_items(app: &mut App, items: Vec<BookmarkView>) {
    let marks = &mut app.bookmarks;
    let selected_id = marks.items.get(marks.selected).map(|b| b.id.clone());
    marks.items = items;
    // Deleted ones shown again by a re-read (another folio restored them) leave the undo list.
    marks
        .deleted
        .retain(|d| !marks.items.iter().any(|b| b.id == d.id));
    marks.selected = selected_id
        .and_then(|id| marks.items.iter().position(|b| b.id == id))
        .unwrap_or(marks.selected)
        .min(marks.items.len().saturating_sub(1));
}

/// `'` / `` ` ``: the next / previous bookmark by screen row (wrapping), so a bookmark
/// inside the top row is not found again and again.
fn step(app: &mut App, forward: bool) -> Option<Effect> {
    let layout = app.layout();
    let top = app.top_row();
    let placed: Vec<(usize, usize)> = app
        .bookmarks
        .items
        .iter()
        .enumerate()
        .filter_map(|(i, b)| b.place.pos().map(|p| (i, layout.row_of(p))))
        .collect();
    let (Some(&first), Some(&last)) = (placed.first(), placed.last()) else {
        app.message = Some("no bookmarks (b adds one)".into());
        return None;
    };
    let (found, wrapped) = if forward {
        placed
            .iter()
            .find(|&&(_, row)| row > top)
            .map_or((first, true), |&x| (x, false))
    } else {
        placed
            .iter()
            .rev()
            .find(|&&(_, row)| row < top)
            .map_or((last, true), |&x| (x, false))
    };
    let (i, row) = found;
    let name = app.bookmarks.items[i].name.clone();
    let n = placed.iter().position(|&(j, _)| j == i).unwrap_or(0) + 1;
    app.set_top(row);
    let wrap = if wrapped { " (wrapped)" } else { "" };
    app.message = Some(format!("bookmark {n}/{}{wrap}: {name}", placed.len()));
    Some(Effect::SavePosition(app.reading_pos()))
}

impl App {
    /// Puts the row holding `pos` at the top of the text pane.
    pub(super) fn goto_pos(&mut self, pos: Pos) {
        let row = self.layout().row_of(pos);
        self.set_top(row);
    }

    /// Sections holding at least one (placed) bookmark, for the outline's marker.
    pub fn bookmarked_sections(&self) -> Vec<usize> {
        let doc = &self.article.doc;
        let mut out: Vec<usize> = self
            .bookmarks
            .items
            .iter()
            .filter_map(|b| b.place.pos().map(|p| doc.section_at(p)))
            .collect();
        out.dedup();
        out
    }
}
