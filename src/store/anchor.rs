//! Anchors: a position plus the text found there, re-found after the article was edited.
//!
//! `Pos` is in document coordinates, so a resize never moves an anchor. An edit can: then
//! the excerpt is searched for (nearest to the old position wins), then its halves (an
//! edit inside the excerpt), and when nothing matches the anchor is *detached* — kept
//! and listed, never dropped.

use crate::document::{Document, Pos};

/// How many characters of text an excerpt holds.
pub const EXCERPT_CHARS: usize = 60;
/// The shortest half of an excerpt that is still searched for on its own.
const MIN_PART_CHARS: usize = 12;

/// Where an anchor is in the current document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// At its saved position, with the same text there.
    Exact(Pos),
    /// Its text was found elsewhere (the article was edited).
    Moved(Pos),
    /// Its text is gone; the anchor is kept but points nowhere.
    Detached,
}

impl Place {
    /// The position, unless detached.
    pub fn pos(self) -> Option<Pos> {
        match self {
            Self::Exact(p) | Self::Moved(p) => Some(p),
            Self::Detached => None,
        }
    }

    /// True when the anchor's text could not be found.
    pub fn is_detached(self) -> bool {
        self == Self::Detached
    }
}

/// `pos` moved to the nearest valid position of `doc`: an existing block and a char
/// boundary at or before the offset.
pub fn clamp(doc: &Document, pos: Pos) -> Pos {
    let Some(last) = doc.blocks.len().checked_sub(1) else {
        return Pos::default();
    };
    let block = pos.block.min(last);
    let text = &doc.blocks[block].text;
    let mut offset = pos.offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    Pos::new(block, offset)
}

/// Up to [`EXCERPT_CHARS`] characters of the block text starting at `pos` (clamped).
pub fn excerpt_at(doc: &Document, pos: Pos) -> String {
    let pos = clamp(doc, pos);
    doc.blocks.get(pos.block).map_or_else(String::new, |b| {
        b.text[pos.offset..].chars().take(EXCERPT_CHARS).collect()
    })
}

/// Finds the anchor (`pos`, `excerpt`) in `doc`.
pub fn resolve(doc: &Document, pos: Pos, excerpt: &str) -> Place {
    let valid = doc
        .blocks
        .get(pos.block)
        .is_some_and(|b| pos.offset <= b.text.len() && b.text.is_char_boundary(pos.offset));
    if excerpt.is_empty() {
        // Nothing to check against (an empty block): trust the position if it exists.
        return if valid {
            Place::Exact(pos)
        } else {
            Place::Detached
        };
    }
    if valid && doc.blocks[pos.block].text[pos.offset..].starts_with(excerpt) {
        return Place::Exact(pos);
    }
    let mut candidates = find_all(doc, excerpt, 0);
    if candidates.is_empty() {
        // An edit inside the excerpt: its halves may still be there.
        let chars = excerpt.chars().count();
        if chars >= 2 * MIN_PART_CHARS {
            let split = excerpt
                .char_indices()
                .nth(chars / 2)
                .map_or(excerpt.len(), |(i, _)| i);
            let (head, tail) = excerpt.split_at(split);
            candidates = find_all(doc, head, 0);
            candidates.extend(find_all(doc, tail, head.len()));
        }
    }
    candidates
        .into_iter()
        .min_by_key(|c| (c.block.abs_diff(pos.block), c.offset.abs_diff(pos.offset)))
        .map_or(Place::Detached, Place::Moved)
}

/// Every position where `needle` occurs, moved back by `back` bytes (to where the whole
/// excerpt would start), staying inside the block and on a char boundary.
fn find_all(doc: &Document, needle: &str, back: usize) -> Vec<Pos> {
    let mut found = Vec::new();
    for (i, block) in doc.blocks.iter().enumerate() {
        for (at, _) in block.text.match_indices(needle) {
            let mut offset = at.saturating_sub(back);
            while !block.text.is_char_boundary(offset) {
                offset -= 1;
            }
            found.push(Pos::new(i, offset));
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse_plain;

    const TEXT: &str = "Title line\n\nFirst paragraph about one thing and another thing entirely.\n\nHeading\n\nSecond paragraph with a sentence that matters a great deal to the reader.\n\nThird paragraph closes the piece.\n";

    fn find(doc: &Document, needle: &str) -> Pos {
        for (i, b) in doc.blocks.iter().enumerate() {
            if let Some(at) = b.text.find(needle) {
                return Pos::new(i, at);
            }
        }
        panic!("{needle:?} not in document");
    }

    #[test]
    fn same_document_resolves_to_the_same_pos() {
        // Layout happens per width on top of `Pos`, so a resize re-resolves like this.
        let doc = parse_plain(TEXT);
        let pos = find(&doc, "a sentence that matters");
        let excerpt = excerpt_at(&doc, pos);
        assert_eq!(
            resolve(&parse_plain(TEXT), pos, &excerpt),
            Place::Exact(pos)
        );
    }

    #[test]
    fn an_edit_before_the_anchor_is_followed_by_the_excerpt() {
        let doc = parse_plain(TEXT);
        let pos = find(&doc, "a sentence that matters");
        let excerpt = excerpt_at(&doc, pos);
        let edited = TEXT.replace(
            "Title line\n\n",
            "Title line\n\nA new opening paragraph.\n\nAnother one, longer.\n\n",
        );
        let edited = edited.replace("Second paragraph with", "Second, rewritten, paragraph with");
        let new_doc = parse_plain(&edited);
        assert_eq!(
            resolve(&new_doc, pos, &excerpt),
            Place::Moved(find(&new_doc, "a sentence that matters"))
        );
    }

    #[test]
    fn an_edit_inside_the_excerpt_is_found_by_its_halves() {
        let doc = parse_plain(TEXT);
        let pos = find(&doc, "Second paragraph");
        let excerpt = excerpt_at(&doc, pos);
        assert!(excerpt.chars().count() >= 2 * MIN_PART_CHARS);
        let edited = TEXT.replace("Title line\n\n", "Title line\n\nInserted.\n\n");
        let edited = edited.replace("matters a great deal", "matters enormously");
        let new_doc = parse_plain(&edited);
        assert_eq!(
            resolve(&new_doc, pos, &excerpt),
            Place::Moved(find(&new_doc, "Second paragraph"))
        );
    }

    #[test]
    fn the_nearest_of_several_matches_wins() {
        let text = "Repeat this sentence here please.\n\nOne.\n\nTwo.\n\nThree.\n\nRepeat this sentence here please.\n";
        let doc = parse_plain(text);
        let last = Pos::new(doc.blocks.len() - 1, 0);
        let excerpt = excerpt_at(&doc, last);
        let edited = format!("Intro.\n\n{text}");
        let new_doc = parse_plain(&edited);
        assert_eq!(
            resolve(&new_doc, last, &excerpt),
            Place::Moved(Pos::new(new_doc.blocks.len() - 1, 0))
        );
    }

    #[test]
    fn removed_text_detaches_the_anchor() {
        let doc = parse_plain(TEXT);
        let pos = find(&doc, "Second paragraph");
        let excerpt = excerpt_at(&doc, pos);
        let edited = TEXT.replace(
            "Second paragraph with a sentence that matters a great deal to the reader.",
            "Something else entirely now.",
        );
        assert_eq!(
            resolve(&parse_plain(&edited), pos, &excerpt),
            Place::Detached
        );
        assert_eq!(
            resolve(&Document::default(), pos, &excerpt),
            Place::Detached
        );
    }

    #[test]
    fn clamp_keeps_positions_on_char_boundaries() {
        let doc = parse_plain("één twee\n");
        assert_eq!(clamp(&doc, Pos::new(9, 1)), Pos::new(0, 0));
        assert_eq!(
            clamp(&doc, Pos::new(0, 999)),
            Pos::new(0, doc.blocks[0].text.len())
        );
        assert_eq!(excerpt_at(&doc, Pos::new(0, 1)), doc.blocks[0].text);
    }
}
