//! Bookmarks and reading positions on disk: one JSON file, atomic, locked, merged, versioned.
//!
//! [`Store::open`] reads `state.json` from the platform data directory; every change
//! (`add_bookmark`, `rename_bookmark`, `delete_bookmark`, `restore_bookmark`,
//! `save_position`) is saved at once: take `state.lock`, re-read the file, merge, write
//! atomically, release the lock. Nothing here is fatal: problems come back as
//! [`Warning`]s for the status line and reading goes on, in memory if need be.
//!
//! How the reader uses it:
//!
//! ```no_run
//! use folio::{article::Article, store::{default_bookmark_name, Store}};
//! let article = Article::open(None, None).unwrap();
//! let (mut store, warnings) = Store::open(); // show each warning on the status line
//! let state = store.article(&article);
//! // Resume (unless --no-resume) and say so: "Resumed at <section>".
//! let resume = state.position.as_ref().and_then(|p| p.place.pos());
//! // `b`: prompt with a default name, then add.
//! let pos = resume.unwrap_or_default();
//! let name = default_bookmark_name(&article.doc, pos);
//! let (id, _warnings) = store.add_bookmark(&article, pos, &name);
//! // `B` list: `store.article(&article).bookmarks`; `d` → delete, `u` → restore.
//! store.delete_bookmark(&article, &id);
//! store.restore_bookmark(&article, &id);
//! // When the reading position settles (after a jump, a pause in scrolling, at exit):
//! store.save_position(&article, pos);
//! ```

mod anchor;
mod atomic;
mod corrupt;
mod format;
mod identity;
mod lock;
mod merge;
mod paths;
pub mod report;
mod time;
mod view;
mod warning;

pub use anchor::{clamp, excerpt_at, resolve, Place, EXCERPT_CHARS};
pub use format::{
    decode, encode, ArticleRecord, BookmarkRecord, Decoded, PositionRecord, StateFile,
    CURRENT_VERSION,
};
pub use paths::{data_dir, StorePaths, CORRUPT_PREFIX, TEMP_PREFIX};
pub use time::Timestamp;
pub use view::{default_bookmark_name, ArticleState, BookmarkView, SavedPosition};
pub use warning::Warning;

use crate::article::Article;
use crate::document::Pos;
use atomic::{remove_stray_temps, write_atomic};
use identity::Key;
use lock::{StateLock, LOCK_TIMEOUT};
use serde_json::Map;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// Whether changes reach the disk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Every change is saved.
    ReadWrite,
    /// The file is read but never written (newer version, unreadable, or corrupt and
    /// impossible to move aside); changes live in memory.
    ReadOnly,
    /// No usable data directory; changes live in memory.
    Memory,
}

/// The bookmarks and reading positions of every article folio has opened.
#[derive(Debug, Clone)]
pub struct Store {
    paths: Option<StorePaths>,
    mode: Mode,
    state: StateFile,
}

/// Counter that makes bookmark ids unique within a process.
static BOOKMARK_COUNTER: AtomicU64 = AtomicU64::new(0);

impl Store {
    /// Opens the store in the platform data directory (see [`data_dir`]).
    pub fn open() -> (Self, Vec<Warning>) {
        match data_dir() {
            Some(dir) => Self::open_in(&dir),
            None => (
                Self::in_memory(),
                vec![Warning::Unwritable {
                    dir: PathBuf::from("the data directory"),
                    error: "no home directory".to_owned(),
                }],
            ),
        }
    }

    /// Opens the store in `dir`, creating it if needed. Leftover temp files of a killed
    /// writer are removed and an unreadable state file is moved aside (both under the
    /// lock).
    pub fn open_in(dir: &Path) -> (Self, Vec<Warning>) {
        if let Err(e) = fs::create_dir_all(dir) {
            let warning = Warning::Unwritable {
                dir: dir.to_path_buf(),
                error: e.to_string(),
            };
            return (Self::in_memory(), vec![warning]);
        }
        let paths = StorePaths::in_dir(dir);
        let mut store = Self {
            paths: Some(paths.clone()),
            mode: Mode::ReadWrite,
            state: StateFile::default(),
        };
        let mut warnings = Vec::new();
        let disk = match StateLock::acquire(&paths.lock, LOCK_TIMEOUT) {
            Ok(lock) => {
                remove_stray_temps(dir);
                let disk = store.read_disk(true, &mut warnings);
                drop(lock);
                disk
            }
            // Another folio is stuck while saving: read without the lock (renames are
            // atomic); a corrupt file is then left for the next save to move aside.
            Err(e) if e.kind() == io::ErrorKind::TimedOut => store.read_disk(false, &mut warnings),
            // No lock file can be made: the directory is not writable. Read, never write.
            Err(e) => {
                warnings.push(Warning::Unwritable {
                    dir: dir.to_path_buf(),
                    error: e.to_string(),
                });
                let disk = store.read_disk(false, &mut warnings);
                store.mode = Mode::Memory;
                disk
            }
        };
        if let Some(disk) = disk {
            store.state = disk;
        }
        (store, warnings)
    }

    /// A store that never touches the disk.
    pub fn in_memory() -> Self {
        Self {
            paths: None,
            mode: Mode::Memory,
            state: StateFile::default(),
        }
    }

    /// Whether changes are being saved.
    pub fn mode(&self) -> Mode {
        self.mode
    }

    /// The state file, unless the store lives in memory only.
    pub fn state_path(&self) -> Option<&Path> {
        self.paths.as_ref().map(|p| p.state.as_path())
    }

    /// The state of `article`, resolved against its current document (empty if unknown).
    pub fn article(&self, article: &Article) -> ArticleState {
        identity::find(&self.state, &Key::of(article))
            .and_then(|id| self.state.articles.get(&id))
            .map(|r| view::article_state(r, &article.doc))
            .unwrap_or_default()
    }

    /// Saves again after a save that failed (a lock held too long by another folio): the
    /// change is still in memory, and this writes it. Returns what still went wrong.
    pub fn flush(&mut self) -> Vec<Warning> {
        self.persist()
    }

    /// Re-reads the file to pick up other folios' changes, without writing.
    pub fn refresh(&mut self) -> Vec<Warning> {
        let mut warnings = Vec::new();
        if self.paths.is_some() {
            if let Some(disk) = self.read_disk(false, &mut warnings) {
                merge::merge(&mut self.state, &disk);
            }
        }
        warnings
    }

    /// Adds a bookmark at `pos` named `name` (the [`default_bookmark_name`] when blank) and
    /// saves. Returns its id.
    pub fn add_bookmark(
        &mut self,
        article: &Article,
        pos: Pos,
        name: &str,
    ) -> (String, Vec<Warning>) {
        let doc = &article.doc;
        let pos = clamp(doc, pos);
        let name = match name.trim() {
            "" => default_bookmark_name(doc, pos),
            given => given.to_owned(),
        };
        let now = Timestamp::now();
        let id = format!(
            "{:x}-{:x}-{:x}",
            now.0,
            std::process::id(),
            BOOKMARK_COUNTER.fetch_add(1, Ordering::Relaxed)
        );
        let record = BookmarkRecord {
            name,
            pos,
            excerpt: excerpt_at(doc, pos),
            section: Some(doc.section_label(doc.section_at(pos))),
            created: now,
            updated: now,
            deleted: false,
            extra: Map::new(),
        };
        identity::record_mut(&mut self.state, &Key::of(article))
            .bookmarks
            .insert(id.clone(), record);
        let warnings = self.persist();
        (id, warnings)
    }

    /// Renames bookmark `id`; an unknown id changes nothing.
    pub fn rename_bookmark(&mut self, article: &Article, id: &str, name: &str) -> Vec<Warning> {
        let name = name.trim().to_owned();
        self.change_bookmark(article, id, |b| {
            if name.is_empty() || b.name == name {
                return false;
            }
            b.name.clone_from(&name);
            true
        })
    }

    /// Deletes bookmark `id` (kept as a tombstone, so [`Store::restore_bookmark`] undoes it).
    pub fn delete_bookmark(&mut self, article: &Article, id: &str) -> Vec<Warning> {
        self.change_bookmark(article, id, |b| !std::mem::replace(&mut b.deleted, true))
    }

    /// Undoes the deletion of bookmark `id`.
    pub fn restore_bookmark(&mut self, article: &Article, id: &str) -> Vec<Warning> {
        self.change_bookmark(article, id, |b| std::mem::replace(&mut b.deleted, false))
    }

    /// Saves the reading position; nothing is written when it did not change.
    ///
    /// A save that writes costs two fsyncs (a few milliseconds), so call this when the
    /// position settles — after a jump, a pause in scrolling, before suspend and at exit —
    /// rather than for every line scrolled.
    pub fn save_position(&mut self, article: &Article, pos: Pos) -> Vec<Warning> {
        let doc = &article.doc;
        let pos = clamp(doc, pos);
        let excerpt = excerpt_at(doc, pos);
        let unchanged = identity::find(&self.state, &Key::of(article))
            .and_then(|id| self.state.articles.get(&id))
            .and_then(|r| r.position.as_ref())
            .is_some_and(|p| p.pos == pos && p.excerpt == excerpt);
        if unchanged {
            return Vec::new();
        }
        let record = identity::record_mut(&mut self.state, &Key::of(article));
        let extra = record.position.take().map(|p| p.extra).unwrap_or_default();
        record.position = Some(PositionRecord {
            pos,
            excerpt,
            updated: Timestamp::now(),
            extra,
        });
        self.persist()
    }

    /// Applies `change` to bookmark `id` and saves if it reports a change.
    fn change_bookmark(
        &mut self,
        article: &Article,
        id: &str,
        change: impl FnOnce(&mut BookmarkRecord) -> bool,
    ) -> Vec<Warning> {
        let Some(record_id) = identity::find(&self.state, &Key::of(article)) else {
            return Vec::new();
        };
        let changed = self
            .state
            .articles
            .get_mut(&record_id)
            .and_then(|r| r.bookmarks.get_mut(id))
            .is_some_and(|b| {
                let changed = change(b);
                if changed {
                    b.updated = Timestamp::now();
                }
                changed
            });
        if changed {
            self.persist()
        } else {
            Vec::new()
        }
    }

    /// Reads the state file. `locked` says the caller holds the lock, which is required
    /// to move a corrupt file aside. Returns what it holds, or `None` when nothing usable
    /// (and may switch the store to read-only).
    fn read_disk(&mut self, locked: bool, warnings: &mut Vec<Warning>) -> Option<StateFile> {
        let paths = self.paths.clone()?;
        let bytes = match fs::read(&paths.state) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Some(StateFile::default()),
            Err(e) => {
                self.mode = Mode::ReadOnly;
                warnings.push(Warning::Unreadable {
                    path: paths.state,
                    error: e.to_string(),
                });
                return None;
            }
        };
        match decode(&bytes) {
            Decoded::Valid(state) => Some(state),
            Decoded::Newer { version, state } => {
                if self.mode == Mode::ReadWrite {
                    warnings.push(Warning::Newer { version });
                }
                self.mode = Mode::ReadOnly;
                state
            }
            Decoded::Corrupt(_) if !locked => None,
            Decoded::Corrupt(reason) => match corrupt::move_aside(&paths.state) {
                Ok(backup) => {
                    warnings.push(Warning::Corrupt { backup, reason });
                    Some(StateFile::default())
                }
                Err(e) => {
                    self.mode = Mode::ReadOnly;
                    warnings.push(Warning::CorruptKept {
                        path: paths.state,
                        error: e.to_string(),
                    });
                    None
                }
            },
        }
    }

    /// Saves: lock, re-read, merge, write atomically, unlock. Our in-memory state then
    /// also holds every change other folios saved meanwhile.
    fn persist(&mut self) -> Vec<Warning> {
        let Some(paths) = self.paths.clone() else {
            return Vec::new();
        };
        if self.mode != Mode::ReadWrite {
            return Vec::new();
        }
        let lock = match StateLock::acquire(&paths.lock, LOCK_TIMEOUT) {
            Ok(lock) => lock,
            Err(e) => {
                return vec![Warning::NotSaved {
                    error: e.to_string(),
                }]
            }
        };
        let mut warnings = Vec::new();
        let disk = self.read_disk(true, &mut warnings);
        if self.mode != Mode::ReadWrite {
            return warnings;
        }
        if let Some(disk) = disk {
            merge::merge(&mut self.state, &disk);
        }
        self.state.version = CURRENT_VERSION;
        if let Err(e) = write_atomic(&paths.state, &encode(&self.state)) {
            warnings.push(Warning::NotSaved {
                error: e.to_string(),
            });
        }
        drop(lock);
        warnings
    }
}

#[cfg(test)]
mod tests;
