//! The on-disk format of `state.json` (version 1) and how a file's bytes are judged.
//!
//! ```json
//! { "version": 1,
//!   "articles": {
//!     "<record id>": {
//!       "hash": "<FNV-1a 64 hex of the text>", "path": "/abs/path.txt", "seen": 1714000000000,
//!       "position": { "pos": {"block": 3, "offset": 0}, "excerpt": "…", "updated": 1714… },
//!       "bookmarks": { "<id>": { "name": "…", "pos": {…}, "excerpt": "…", "section": "…",
//!                                "created": 1714…, "updated": 1714…, "deleted": false } } } } }
//! ```
//! Every struct keeps the fields it does not know in `extra`, so a file written by a
//! later version of the same major format loses nothing when this version saves it.

use super::time::Timestamp;
use crate::document::Pos;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// The format version this build reads and writes.
pub const CURRENT_VERSION: u64 = 1;

/// The whole state file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StateFile {
    /// Format version; a file with a larger one is never overwritten.
    pub version: u64,
    /// Per-article state, keyed by a record id (the content hash when first seen).
    #[serde(default)]
    pub articles: BTreeMap<String, ArticleRecord>,
    /// Fields this version does not know, kept as they were.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Default for StateFile {
    fn default() -> Self {
        Self {
            version: CURRENT_VERSION,
            articles: BTreeMap::new(),
            extra: Map::new(),
        }
    }
}

/// What folio remembers about one article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArticleRecord {
    /// The content hash the article last had (see `article::content_hash`).
    pub hash: String,
    /// The canonical path it was last opened from; `None` for the bundled article.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// When `hash` and `path` were last set (last writer wins).
    #[serde(default)]
    pub seen: Timestamp,
    /// The reading position, if one was saved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position: Option<PositionRecord>,
    /// Bookmarks by id, deleted ones included as tombstones.
    #[serde(default)]
    pub bookmarks: BTreeMap<String, BookmarkRecord>,
    /// Fields this version does not know.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A saved reading position.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PositionRecord {
    /// Where the reader was.
    pub pos: Pos,
    /// The text at `pos` when it was saved, to re-find it after an edit.
    #[serde(default)]
    pub excerpt: String,
    /// When it was saved (last writer wins).
    pub updated: Timestamp,
    /// Fields this version does not know.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// One bookmark; a deleted one stays as a tombstone so a merge cannot bring it back.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BookmarkRecord {
    /// The name the reader gave it (unsanitized; sanitize before display).
    pub name: String,
    /// Where it points.
    pub pos: Pos,
    /// The text at `pos` when it was made.
    #[serde(default)]
    pub excerpt: String,
    /// The section label at `pos` when it was made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    /// When it was made.
    pub created: Timestamp,
    /// When it was last changed (made, renamed, deleted, restored); last writer wins.
    pub updated: Timestamp,
    /// True for a tombstone.
    #[serde(default)]
    pub deleted: bool,
    /// Fields this version does not know.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// What a state file's bytes turned out to hold.
#[derive(Debug, Clone, PartialEq)]
pub enum Decoded {
    /// A file of a version this build can read and write.
    Valid(StateFile),
    /// A file from a newer folio: read what can be read, never write it.
    Newer {
        /// The version it declares.
        version: u64,
        /// Its contents if they still fit this version's types.
        state: Option<StateFile>,
    },
    /// Not a state file: empty, truncated, not JSON, or JSON of the wrong shape.
    Corrupt(String),
}

/// Judges the bytes of a state file. The version is read first, so a newer file whose
/// shape changed is recognised as newer, not mistaken for a corrupt one and moved aside.
pub fn decode(bytes: &[u8]) -> Decoded {
    let value: Value = match serde_json::from_slice(bytes) {
        Ok(v) => v,
        Err(e) => return Decoded::Corrupt(e.to_string()),
    };
    let Some(version) = value.get("version").and_then(Value::as_u64) else {
        return Decoded::Corrupt("no numeric \"version\" field".to_owned());
    };
    if version > CURRENT_VERSION {
        return Decoded::Newer {
            version,
            state: serde_json::from_value(value).ok(),
        };
    }
    if version == 0 {
        return Decoded::Corrupt("version 0 does not exist".to_owned());
    }
    // Versions 1..=CURRENT_VERSION: only version 1 exists, so there is nothing to migrate yet.
    match serde_json::from_value::<StateFile>(value) {
        Ok(state) => Decoded::Valid(state),
        Err(e) => Decoded::Corrupt(e.to_string()),
    }
}

/// The bytes written for `state`: pretty JSON and a final newline.
pub fn encode(state: &StateFile) -> Vec<u8> {
    // Serializing these types cannot fail: every map key is a string.
    let mut bytes = serde_json::to_vec_pretty(state).unwrap_or_default();
    bytes.push(b'\n');
    bytes
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn unknown_fields_survive_decode_and_encode() {
        let text = json!({
            "version": 1, "theme": "dark",
            "articles": {"a": {"hash": "a", "seen": 1, "tags": [1],
                "position": {"pos": {"block": 1, "offset": 2}, "excerpt": "x", "updated": 3, "why": "k"},
                "bookmarks": {"b": {"name": "n", "pos": {"block": 0, "offset": 0}, "created": 1,
                                    "updated": 1, "colour": "red"}}}}
        });
        let Decoded::Valid(state) = decode(text.to_string().as_bytes()) else {
            panic!("valid file judged invalid");
        };
        let back: Value = serde_json::from_slice(&encode(&state)).unwrap();
        assert_eq!(back["theme"], "dark");
        assert_eq!(back["articles"]["a"]["tags"], json!([1]));
        assert_eq!(back["articles"]["a"]["position"]["why"], "k");
        assert_eq!(back["articles"]["a"]["bookmarks"]["b"]["colour"], "red");
    }

    #[test]
    fn a_newer_version_is_recognised_even_when_its_shape_changed() {
        let d = decode(br#"{"version": 7, "articles": [1, 2]}"#);
        assert_eq!(
            d,
            Decoded::Newer {
                version: 7,
                state: None
            }
        );
    }

    #[test]
    fn missing_or_bad_versions_are_corrupt() {
        for bad in [
            &b"{}"[..],
            br#"{"version": "1"}"#,
            br#"{"version": 0}"#,
            br#"{"version": -1}"#,
            b"[]",
        ] {
            assert!(matches!(decode(bad), Decoded::Corrupt(_)), "{bad:?}");
        }
    }
}
