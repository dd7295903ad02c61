//! Highlight layers over the text: ranges of `Pos` with a meaning the theme styles.
//!
//! The text view asks for the highlights of the rows it draws and paints them in layer
//! order, later layers over earlier ones. Search matches are a layer now; quotes by
//! speaker and bookmarks are further layers added as new [`Mark`]s.

use super::App;
use crate::document::Pos;
use std::ops::Range;

/// What a highlighted range means (the theme maps each to a style).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// A search match.
    Match,
    /// The current search match.
    CurrentMatch,
    /// A bookmark: the first word at its position, and its ruler mark.
    Bookmark,
}

/// A highlighted range of the document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Highlight {
    /// The range, in document positions.
    pub range: Range<Pos>,
    /// Its meaning.
    pub mark: Mark,
}

/// The highlights overlapping `visible`, lowest layer first.
pub fn highlights(app: &App, visible: Range<Pos>) -> Vec<Highlight> {
    let mut out = Vec::new();
    bookmark_layer(app, &visible, &mut out);
    search_layer(app, &visible, &mut out);
    out
}

/// Search matches, with the current one marked.
fn search_layer(app: &App, visible: &Range<Pos>, out: &mut Vec<Highlight>) {
    let matches = &app.search.matches;
    let first = matches.partition_point(|m| m.end <= visible.start);
    for (i, m) in matches.iter().enumerate().skip(first) {
        if m.start >= visible.end {
            break;
        }
        let mark = if app.search.current == Some(i) {
            Mark::CurrentMatch
        } else {
            Mark::Match
        };
        out.push(Highlight {
            range: m.clone(),
            mark,
        });
    }
}

/// Bookmarks: the word each one starts on (under the search layer).
fn bookmark_layer(app: &App, visible: &Range<Pos>, out: &mut Vec<Highlight>) {
    let doc = &app.article.doc;
    for pos in app.bookmarks.items.iter().filter_map(|b| b.place.pos()) {
        if pos < visible.start || pos >= visible.end {
            continue;
        }
        let Some(text) = doc.blocks.get(pos.block).map(|b| b.text.as_str()) else {
            continue;
        };
        let rest = text.get(pos.offset..).unwrap_or("");
        let word = rest.trim_start();
        let start = pos.offset + (rest.len() - word.len());
        let len = word.find(char::is_whitespace).unwrap_or(word.len());
        out.push(Highlight {
            range: Pos::new(pos.block, start)..Pos::new(pos.block, start + len),
            mark: Mark::Bookmark,
        });
    }
}

/// Positions of every search match and bookmark in the whole document, for the
/// scrollbar's ruler (bookmarks last, so they are drawn over matches).
pub fn ruler_marks(app: &App) -> impl Iterator<Item = (Pos, Mark)> + '_ {
    let matches = app.search.matches.iter().map(|m| (m.start, Mark::Match));
    let bookmarks = app
        .bookmarks
        .items
        .iter()
        .filter_map(|b| b.place.pos())
        .map(|p| (p, Mark::Bookmark));
    matches.chain(bookmarks)
}
