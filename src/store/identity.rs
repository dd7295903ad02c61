//! Recognising an article in the state file: by content hash, then by path.

use super::format::{ArticleRecord, StateFile};
use super::time::Timestamp;
use crate::article::Article;
use serde_json::Map;
use std::fs;

/// How an open article is recognised in the state file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Key {
    /// The content hash (`article::content_hash`).
    pub hash: String,
    /// The canonical path as text; `None` for the bundled article.
    pub path: Option<String>,
}

impl Key {
    /// The key of `article`.
    pub fn of(article: &Article) -> Self {
        let path = article.path.as_ref().map(|p| {
            fs::canonicalize(p)
                .unwrap_or_else(|_| p.clone())
                .to_string_lossy()
                .into_owned()
        });
        Self {
            hash: article.hash.clone(),
            path,
        }
    }
}

/// The id of the record for `key`: same hash and path, else same hash (the file moved),
/// else same path (the file was edited); the most recently seen on a tie.
pub fn find(state: &StateFile, key: &Key) -> Option<String> {
    let best = |matches: &dyn Fn(&ArticleRecord) -> bool| {
        state
            .articles
            .iter()
            .filter(|(_, r)| matches(r))
            .max_by_key(|(_, r)| r.seen)
            .map(|(id, _)| id.clone())
    };
    best(&|r| r.hash == key.hash && r.path == key.path)
        .or_else(|| best(&|r| r.hash == key.hash))
        .or_else(|| best(&|r| r.path == key.path))
}

/// The record for `key`, created if new, its hash and path brought up to date.
pub fn record_mut<'a>(state: &'a mut StateFile, key: &Key) -> &'a mut ArticleRecord {
    let id = find(state, key).unwrap_or_else(|| {
        // The content hash names the record, so two folios that first see the same
        // article at once create the same record and their merge joins them.
        let mut id = key.hash.clone();
        let mut n = 2;
        while state.articles.contains_key(&id) {
            id = format!("{}-{n}", key.hash);
            n += 1;
        }
        id
    });
    let record = state.articles.entry(id).or_insert_with(|| ArticleRecord {
        hash: key.hash.clone(),
        path: key.path.clone(),
        seen: Timestamp::now(),
        position: None,
        bookmarks: Default::default(),
        extra: Map::new(),
    });
    if record.hash != key.hash || record.path != key.path {
        record.hash.clone_from(&key.hash);
        record.path.clone_from(&key.path);
        record.seen = Timestamp::now();
    }
    record
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(hash: &str, path: Option<&str>) -> Key {
        Key {
            hash: hash.into(),
            path: path.map(Into::into),
        }
    }

    #[test]
    fn hash_is_preferred_over_path_and_records_follow_the_article() {
        let mut state = StateFile::default();
        record_mut(&mut state, &key("aa", Some("/x")));
        record_mut(&mut state, &key("bb", Some("/y")));
        // Moved: same hash, new path.
        assert_eq!(find(&state, &key("aa", Some("/z"))).as_deref(), Some("aa"));
        // Edited: new hash, same path.
        assert_eq!(find(&state, &key("cc", Some("/y"))).as_deref(), Some("bb"));
        assert_eq!(find(&state, &key("dd", Some("/w"))), None);
        record_mut(&mut state, &key("cc", Some("/y")));
        assert_eq!(state.articles["bb"].hash, "cc");
    }

    #[test]
    fn a_record_id_taken_by_an_edited_article_is_not_reused() {
        let mut state = StateFile::default();
        record_mut(&mut state, &key("aa", Some("/x")));
        record_mut(&mut state, &key("bb", Some("/x"))); // edited: record "aa" now has hash bb
        record_mut(&mut state, &key("aa", Some("/old-copy")));
        assert_eq!(state.articles.len(), 2);
        assert_eq!(state.articles["aa-2"].hash, "aa");
    }
}
