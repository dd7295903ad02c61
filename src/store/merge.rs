//! Merging two states so that two folios never lose each other's changes.
//!
//! Every piece is a last-writer-wins register or a set of them: an article's identity
//! (hash and path, by `seen`), its position (by `updated`), and each bookmark by id
//! (by `updated`, deletions kept as tombstones). Merging is therefore commutative,
//! associative and idempotent: the order in which processes save does not matter, a
//! deletion is never undone by a stale copy, and no bookmark is dropped.

use super::format::{ArticleRecord, BookmarkRecord, PositionRecord, StateFile};
use serde_json::{Map, Value};
use std::cmp::Ordering;

/// Merges `other` into `into`.
pub fn merge(into: &mut StateFile, other: &StateFile) {
    into.version = into.version.max(other.version);
    merge_extra(&mut into.extra, &other.extra);
    for (id, theirs) in &other.articles {
        match into.articles.get_mut(id) {
            Some(ours) => merge_article(ours, theirs),
            None => {
                into.articles.insert(id.clone(), theirs.clone());
            }
        }
    }
}

/// Merges one article's records.
fn merge_article(ours: &mut ArticleRecord, theirs: &ArticleRecord) {
    let identity = |r: &ArticleRecord| (r.seen, r.hash.clone(), r.path.clone());
    if identity(theirs) > identity(ours) {
        ours.seen = theirs.seen;
        ours.hash.clone_from(&theirs.hash);
        ours.path.clone_from(&theirs.path);
    }
    match (&mut ours.position, &theirs.position) {
        (Some(mine), Some(other)) if position_order(other, mine) == Ordering::Greater => {
            *mine = other.clone();
        }
        (None, Some(other)) => ours.position = Some(other.clone()),
        _ => {}
    }
    for (id, theirs_b) in &theirs.bookmarks {
        match ours.bookmarks.get_mut(id) {
            Some(mine) if bookmark_order(theirs_b, mine) == Ordering::Greater => {
                *mine = theirs_b.clone();
            }
            Some(_) => {}
            None => {
                ours.bookmarks.insert(id.clone(), theirs_b.clone());
            }
        }
    }
    merge_extra(&mut ours.extra, &theirs.extra);
}

/// Later wins; ties are broken on content so both merge orders agree.
fn position_order(a: &PositionRecord, b: &PositionRecord) -> Ordering {
    (a.updated, a.pos, &a.excerpt).cmp(&(b.updated, b.pos, &b.excerpt))
}

/// Later wins; on a tie a tombstone wins (a deletion is never undone by accident).
fn bookmark_order(a: &BookmarkRecord, b: &BookmarkRecord) -> Ordering {
    (a.updated, a.deleted, &a.name, a.pos).cmp(&(b.updated, b.deleted, &b.name, b.pos))
}

/// Adds the unknown fields `other` has and `into` lacks.
fn merge_extra(into: &mut Map<String, Value>, other: &Map<String, Value>) {
    for (k, v) in other {
        if !into.contains_key(k) {
            into.insert(k.clone(), v.clone());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Pos;
    use crate::store::time::Timestamp;

    fn bookmark(name: &str, updated: u64, deleted: bool) -> BookmarkRecord {
        BookmarkRecord {
            name: name.into(),
            pos: Pos::new(1, 0),
            excerpt: String::new(),
            section: None,
            created: Timestamp(1),
            updated: Timestamp(updated),
            deleted,
            extra: Map::new(),
        }
    }

    fn state(bookmarks: &[(&str, BookmarkRecord)]) -> StateFile {
        let mut s = StateFile::default();
        s.articles.insert(
            "h".into(),
            ArticleRecord {
                hash: "h".into(),
                path: None,
                seen: Timestamp(1),
                position: None,
                bookmarks: bookmarks
                    .iter()
                    .map(|(id, b)| ((*id).to_owned(), b.clone()))
                    .collect(),
                extra: Map::new(),
            },
        );
        s
    }

    #[test]
    fn bookmarks_from_both_sides_are_kept() {
        let mut a = state(&[("1", bookmark("one", 5, false))]);
        let b = state(&[("2", bookmark("two", 6, false))]);
        merge(&mut a, &b);
        assert_eq!(a.articles["h"].bookmarks.len(), 2);
    }

    #[test]
    fn a_stale_copy_does_not_resurrect_a_deleted_bookmark() {
        let mut disk = state(&[("1", bookmark("one", 9, true))]);
        let stale = state(&[("1", bookmark("one", 5, false))]);
        merge(&mut disk, &stale);
        assert!(disk.articles["h"].bookmarks["1"].deleted);
        let mut stale2 = state(&[("1", bookmark("one", 5, false))]);
        merge(&mut stale2, &state(&[("1", bookmark("one", 9, true))]));
        assert!(stale2.articles["h"].bookmarks["1"].deleted);
    }

    #[test]
    fn a_later_restore_wins_over_the_deletion() {
        let mut disk = state(&[("1", bookmark("one", 9, true))]);
        merge(&mut disk, &state(&[("1", bookmark("one", 10, false))]));
        assert!(!disk.articles["h"].bookmarks["1"].deleted);
    }

    #[test]
    fn merge_is_commutative_and_idempotent() {
        let a = state(&[
            ("1", bookmark("x", 3, false)),
            ("2", bookmark("y", 4, true)),
        ]);
        let b = state(&[
            ("1", bookmark("z", 3, true)),
            ("3", bookmark("w", 1, false)),
        ]);
        let mut ab = a.clone();
        merge(&mut ab, &b);
        let mut ba = b.clone();
        merge(&mut ba, &a);
        assert_eq!(ab, ba);
        let mut again = ab.clone();
        merge(&mut again, &b);
        assert_eq!(again, ab);
    }

    #[test]
    fn the_later_position_wins() {
        let mut a = state(&[]);
        let mut b = state(&[]);
        let pos = |block, t| PositionRecord {
            pos: Pos::new(block, 0),
            excerpt: String::new(),
            updated: Timestamp(t),
            extra: Map::new(),
        };
        a.articles.get_mut("h").unwrap().position = Some(pos(1, 10));
        b.articles.get_mut("h").unwrap().position = Some(pos(2, 20));
        merge(&mut a, &b);
        assert_eq!(a.articles["h"].position.as_ref().unwrap().pos.block, 2);
    }
}
