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

/// Positions of every search match in the whole document, for the scrollbar's ruler.
pub fn ruler_marks(app: &App) -> impl Iterator<Item = (Pos, Mark)> + '_ {
    app.search.matches.iter().map(|m| (m.start, Mark::Match))
}
