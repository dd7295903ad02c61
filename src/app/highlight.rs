//! Highlight layers over the text: ranges of `Pos` with a meaning the theme styles.
//!
//! The text view asks for the highlights of the rows it draws and paints them in layer
//! order, later layers over earlier ones. Search matches are a layer now; quotes by
//! speaker and bookmarks are further layers added as new [`Mark`]s.

use super::App;
use crate::document::Pos;
use crate::quotes::Quote;
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
    /// A direct quote.
    Quote {
        /// The palette slot of its speaker; `None` for an unattributed quote.
        slot: Option<usize>,
        /// Outside the filter: drawn dimmed.
        dimmed: bool,
        /// The quote last jumped to.
        current: bool,
    },
    /// A term in quote marks (not speech): styled subtly.
    Term,
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
    term_layer(app, &visible, &mut out);
    quote_layer(app, &visible, &mut out);
    search_layer(app, &visible, &mut out);
    out
}

/// The quotes overlapping `visible` (quotes never overlap, so their ends are sorted too).
fn overlapping<'a>(
    quotes: &'a [Quote],
    visible: &'a Range<Pos>,
) -> impl Iterator<Item = (usize, &'a Quote)> + 'a {
    let first = quotes.partition_point(|q| q.end <= visible.start);
    quotes
        .iter()
        .enumerate()
        .skip(first)
        .take_while(|(_, q)| q.start < visible.end)
}

/// Each quoted piece of `q` (one per paragraph it runs over).
fn pieces(q: &Quote) -> impl Iterator<Item = Range<Pos>> + '_ {
    let whole = q.pieces.is_empty().then_some(q.start..q.end);
    q.pieces.iter().map(|&(a, b)| a..b).chain(whole)
}

/// Terms (scare quotes, titles): subtle, under everything else.
fn term_layer(app: &App, visible: &Range<Pos>, out: &mut Vec<Highlight>) {
    for (_, q) in overlapping(&app.article.analysis.terms, visible) {
        out.extend(pieces(q).map(|range| Highlight {
            range,
            mark: Mark::Term,
        }));
    }
}

/// Direct quotes in their speaker's colour; dimmed when a filter leaves them out.
fn quote_layer(app: &App, visible: &Range<Pos>, out: &mut Vec<Highlight>) {
    let state = &app.quotes;
    let active = state.filter.is_active();
    for (i, q) in overlapping(&app.article.analysis.quotes, visible) {
        let mark = Mark::Quote {
            slot: state.slot(q.speaker),
            dimmed: active && !state.passes(i),
            current: state.focus == Some(i),
        };
        out.extend(pieces(q).map(|range| Highlight { range, mark }));
    }
}

/// Ruler marks for the passing quotes while a filter is on: for each of `height` cells of
/// the scrollbar, the first passing quote in its rows. Costs O(height · log quotes).
pub fn quote_ruler(app: &App, height: usize) -> Vec<(usize, Mark)> {
    let state = &app.quotes;
    if !state.filter.is_active() || height == 0 {
        return Vec::new();
    }
    let layout = app.layout();
    let total = layout.len().max(1);
    let quotes = &app.article.analysis.quotes;
    let passing = &state.passing;
    let mut out = Vec::new();
    let mut from = 0;
    for y in 0..height {
        // The rows drawn in cell y are those with row * height / total == y.
        let end_row = ((y + 1) * total).div_ceil(height);
        let end = if end_row >= layout.len() {
            Pos::new(usize::MAX, 0)
        } else {
            layout.pos_at(end_row)
        };
        let upto = from + passing[from..].partition_point(|&i| quotes[i].start < end);
        if upto > from {
            let i = passing[from];
            out.push((
                y,
                Mark::Quote {
                    slot: state.slot(quotes[i].speaker),
                    dimmed: false,
                    current: state
                        .focus
                        .is_some_and(|f| passing[from..upto].contains(&f)),
                },
            ));
        }
        from = upto;
        if from == passing.len() {
            break;
        }
    }
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
