//! What the UI sees of an article's state: sanitized, resolved against the open document.

use super::anchor::{excerpt_at, resolve, Place};
use super::format::ArticleRecord;
use super::time::Timestamp;
use crate::document::{first_words, Document, Pos};
use crate::sanitize::sanitize_line;

/// The saved state of one article, ready to display.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ArticleState {
    /// Where the reader left off, if known.
    pub position: Option<SavedPosition>,
    /// Bookmarks (deleted ones excluded) in document order; detached ones last, by age.
    pub bookmarks: Vec<BookmarkView>,
}

/// A saved reading position.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SavedPosition {
    /// Where it is in the current document.
    pub place: Place,
    /// The section label there (sanitized).
    pub section: String,
    /// When it was saved.
    pub saved: Timestamp,
}

/// One bookmark, with every string sanitized.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BookmarkView {
    /// Stable id, for `rename_bookmark`, `delete_bookmark` and `restore_bookmark`
    /// (as stored: an identifier, not for display).
    pub id: String,
    /// The name.
    pub name: String,
    /// The section it is in now, or the one it was made in when detached.
    pub section: String,
    /// The text it was made on.
    pub excerpt: String,
    /// When it was made.
    pub created: Timestamp,
    /// Where it is in the current document.
    pub place: Place,
}

/// Builds the view of `record` against `doc`.
pub fn article_state(record: &ArticleRecord, doc: &Document) -> ArticleState {
    let section_at = |place: Place| place.pos().map(|p| doc.section_label(doc.section_at(p)));
    let position = record.position.as_ref().map(|p| {
        let place = resolve(doc, p.pos, &p.excerpt);
        SavedPosition {
            place,
            section: section_at(place).unwrap_or_default(),
            saved: p.updated,
        }
    });
    let mut bookmarks: Vec<BookmarkView> = record
        .bookmarks
        .iter()
        .filter(|(_, b)| !b.deleted)
        .map(|(id, b)| {
            let place = resolve(doc, b.pos, &b.excerpt);
            let section = section_at(place)
                .or_else(|| b.section.clone())
                .unwrap_or_default();
            BookmarkView {
                id: id.clone(),
                name: sanitize_line(&b.name),
                section: sanitize_line(&section),
                excerpt: sanitize_line(&b.excerpt),
                created: b.created,
                place,
            }
        })
        .collect();
    bookmarks.sort_by_key(|b| (b.place.pos().is_none(), b.place.pos(), b.created));
    ArticleState {
        position,
        bookmarks,
    }
}

/// The default name of a bookmark at `pos`: the section and the first words there.
pub fn default_bookmark_name(doc: &Document, pos: Pos) -> String {
    let section = doc.section_label(doc.section_at(pos));
    let words = first_words(&excerpt_at(doc, pos), 5);
    match (section.is_empty(), words.is_empty()) {
        (_, true) => section,
        (true, false) => words,
        // An untitled section is labelled by its first words: do not say them twice.
        (false, false) if words.starts_with(section.trim_end_matches('…')) => words,
        (false, false) => format!("{section}: {words}"),
    }
}
