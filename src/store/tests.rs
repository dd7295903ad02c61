//! Store behaviour in a temp dir: round-trip, identity of articles, corrupt and newer files.

use super::*;
use crate::document::Document;
use serde_json::{json, Value};
use std::path::PathBuf;

const TEXT: &str = "Het begin\n\nEen eerste alinea met genoeg woorden om een bladwijzer te dragen.\n\nTussenkop\n\nEen tweede alinea die verder gaat over iets heel anders dan de eerste.\n\nSlot van het stuk, kort.\n";

/// A temp dir with an article file in it; the store lives in `dir/data`.
struct Fixture {
    dir: tempfile::TempDir,
}

impl Fixture {
    fn new() -> Self {
        Self {
            dir: tempfile::tempdir().unwrap(),
        }
    }
    fn data(&self) -> PathBuf {
        self.dir.path().join("data")
    }
    fn state(&self) -> PathBuf {
        self.data().join("state.json")
    }
    fn open(&self) -> (Store, Vec<Warning>) {
        Store::open_in(&self.data())
    }
    fn article_at(&self, name: &str, text: &str) -> Article {
        let path = self.dir.path().join(name);
        fs::write(&path, text).unwrap();
        Article::from_text(name, Some(&path), text, 0, None)
    }
    fn backups(&self) -> Vec<PathBuf> {
        let mut found: Vec<PathBuf> = fs::read_dir(self.data())
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.to_string_lossy().contains(CORRUPT_PREFIX))
            .collect();
        found.sort();
        found
    }
}

fn pos_of(doc: &Document, needle: &str) -> Pos {
    for (i, b) in doc.blocks.iter().enumerate() {
        if let Some(at) = b.text.find(needle) {
            return Pos::new(i, at);
        }
    }
    panic!("{needle:?} not found");
}

#[test]
fn bookmarks_and_position_survive_a_reopen() {
    let fx = Fixture::new();
    let article = fx.article_at("a.txt", TEXT);
    let (mut store, warnings) = fx.open();
    assert!(warnings.is_empty(), "{warnings:?}");
    let at = pos_of(&article.doc, "tweede alinea");
    let (id, w) = store.add_bookmark(&article, at, "Mijn plek");
    assert!(w.is_empty(), "{w:?}");
    assert!(store
        .save_position(&article, pos_of(&article.doc, "Slot"))
        .is_empty());

    let (again, warnings) = fx.open();
    assert!(warnings.is_empty());
    let state = again.article(&article);
    assert_eq!(state.bookmarks.len(), 1);
    let b = &state.bookmarks[0];
    assert_eq!((b.id.as_str(), b.name.as_str()), (id.as_str(), "Mijn plek"));
    assert_eq!(b.place, Place::Exact(at));
    assert_eq!(b.section, "Tussenkop");
    assert!(b.excerpt.starts_with("tweede alinea"));
    let position = state.position.unwrap();
    assert_eq!(position.place, Place::Exact(pos_of(&article.doc, "Slot")));
}

#[test]
fn the_file_records_a_version_and_the_content_hash() {
    let fx = Fixture::new();
    let article = fx.article_at("a.txt", TEXT);
    let (mut store, _) = fx.open();
    store.add_bookmark(&article, Pos::new(1, 0), "");
    let value: Value = serde_json::from_slice(&fs::read(fx.state()).unwrap()).unwrap();
    assert_eq!(value["version"], json!(CURRENT_VERSION));
    assert_eq!(
        value["articles"][&article.hash]["hash"],
        json!(crate::article::content_hash(TEXT))
    );
}

#[test]
fn a_moved_file_keeps_its_bookmarks() {
    let fx = Fixture::new();
    let (mut store, _) = fx.open();
    let before = fx.article_at("a.txt", TEXT);
    store.add_bookmark(&before, Pos::new(1, 0), "hier");
    fs::remove_file(fx.dir.path().join("a.txt")).unwrap();
    let after = fx.article_at("elders.txt", TEXT);
    let (store, _) = fx.open();
    assert_eq!(store.article(&after).bookmarks.len(), 1);
}

#[test]
fn an_edited_file_at_the_same_path_keeps_its_bookmarks_re_found_by_excerpt() {
    let fx = Fixture::new();
    let (mut store, _) = fx.open();
    let before = fx.article_at("a.txt", TEXT);
    store.add_bookmark(&before, pos_of(&before.doc, "tweede alinea"), "b");
    let edited_text = TEXT.replace("Het begin\n\n", "Het begin\n\nNieuwe inleiding.\n\n");
    let after = fx.article_at("a.txt", &edited_text);
    assert_ne!(before.hash, after.hash);
    let (mut store, _) = fx.open();
    let state = store.article(&after);
    assert_eq!(
        state.bookmarks[0].place,
        Place::Moved(pos_of(&after.doc, "tweede alinea"))
    );
    // A change re-keys the record to the new hash, keeping everything.
    store.save_position(&after, Pos::new(0, 0));
    let value: Value = serde_json::from_slice(&fs::read(fx.state()).unwrap()).unwrap();
    let record = &value["articles"][&before.hash];
    assert_eq!(record["hash"], json!(after.hash));
    assert_eq!(record["bookmarks"].as_object().unwrap().len(), 1);
}

#[test]
fn a_bookmark_whose_text_is_gone_is_listed_as_detached() {
    let fx = Fixture::new();
    let (mut store, _) = fx.open();
    let before = fx.article_at("a.txt", TEXT);
    store.add_bookmark(&before, pos_of(&before.doc, "tweede alinea"), "weg");
    store.add_bookmark(&before, pos_of(&before.doc, "eerste alinea"), "blijft");
    let edited = TEXT.replace(
        "Een tweede alinea die verder gaat over iets heel anders dan de eerste.",
        "Volledig herschreven.",
    );
    let after = fx.article_at("a.txt", &edited);
    let (store, _) = fx.open();
    let state = store.article(&after);
    assert_eq!(state.bookmarks.len(), 2);
    assert!(state.bookmarks[0].place.pos().is_some());
    let last = &state.bookmarks[1];
    assert_eq!((last.name.as_str(), last.place), ("weg", Place::Detached));
    assert_eq!(last.section, "Tussenkop");
}

#[test]
fn delete_rename_and_restore_are_saved() {
    let fx = Fixture::new();
    let article = fx.article_at("a.txt", TEXT);
    let (mut store, _) = fx.open();
    let (id, _) = store.add_bookmark(&article, Pos::new(1, 0), "een");
    store.rename_bookmark(&article, &id, "twee");
    assert_eq!(fx.open().0.article(&article).bookmarks[0].name, "twee");
    store.delete_bookmark(&article, &id);
    assert!(fx.open().0.article(&article).bookmarks.is_empty());
    store.restore_bookmark(&article, &id);
    assert_eq!(fx.open().0.article(&article).bookmarks.len(), 1);
}

#[test]
fn two_stores_on_one_file_keep_each_others_changes() {
    let fx = Fixture::new();
    let article = fx.article_at("a.txt", TEXT);
    let (mut one, _) = fx.open();
    let (mut two, _) = fx.open();
    let (first, _) = one.add_bookmark(&article, Pos::new(1, 0), "een");
    two.add_bookmark(&article, Pos::new(3, 0), "twee");
    // `two` never saw `first`; a stale copy must neither drop nor resurrect it.
    one.delete_bookmark(&article, &first);
    two.add_bookmark(&article, Pos::new(4, 0), "drie");
    let names: Vec<String> = fx
        .open()
        .0
        .article(&article)
        .bookmarks
        .into_iter()
        .map(|b| b.name)
        .collect();
    assert_eq!(names, ["twee", "drie"]);
}

#[test]
fn blank_names_become_the_section_and_first_words() {
    let fx = Fixture::new();
    let article = fx.article_at("a.txt", TEXT);
    let (mut store, _) = fx.open();
    store.add_bookmark(&article, pos_of(&article.doc, "Een tweede"), "  ");
    assert_eq!(
        store.article(&article).bookmarks[0].name,
        "Tussenkop: Een tweede alinea die verder…"
    );
}

#[test]
fn names_and_excerpts_from_disk_are_sanitized() {
    let fx = Fixture::new();
    let article = fx.article_at("a.txt", TEXT);
    let (mut store, _) = fx.open();
    store.add_bookmark(&article, Pos::new(1, 0), "x");
    let mut value: Value = serde_json::from_slice(&fs::read(fx.state()).unwrap()).unwrap();
    let bookmarks = value["articles"][&article.hash]["bookmarks"]
        .as_object_mut()
        .unwrap();
    for b in bookmarks.values_mut() {
        b["name"] = json!("\u{1b}]0;pwned\u{7}\u{202e}evil\u{9b}2J");
        b["excerpt"] = json!("\u{1b}[2Jtext");
        b["section"] = json!("\u{1b}P1$");
        b["pos"] = json!({"block": 999, "offset": 0});
    }
    fs::write(fx.state(), serde_json::to_vec(&value).unwrap()).unwrap();
    let state = fx.open().0.article(&article);
    let b = &state.bookmarks[0];
    for s in [&b.name, &b.excerpt, &b.section] {
        assert!(
            !s.chars().any(|c| c.is_control() || c == '\u{202e}'),
            "{s:?}"
        );
    }
    assert!(b.name.contains("^[]0;pwned"), "{}", b.name);
}

#[test]
fn unknown_fields_survive_a_save() {
    let fx = Fixture::new();
    let article = fx.article_at("a.txt", TEXT);
    fs::create_dir_all(fx.data()).unwrap();
    let file = json!({"version": 1, "sync": {"peer": "x"}, "articles": {
        "other": {"hash": "other", "seen": 5, "pinned": true, "bookmarks": {
            "k": {"name": "n", "pos": {"block": 0, "offset": 0}, "created": 1, "updated": 1,
                  "colour": "red"}}}}});
    fs::write(fx.state(), file.to_string()).unwrap();
    let (mut store, w) = fx.open();
    assert!(w.is_empty());
    store.add_bookmark(&article, Pos::new(1, 0), "nieuw");
    let value: Value = serde_json::from_slice(&fs::read(fx.state()).unwrap()).unwrap();
    assert_eq!(value["sync"], json!({"peer": "x"}));
    assert_eq!(value["articles"]["other"]["pinned"], json!(true));
    assert_eq!(
        value["articles"]["other"]["bookmarks"]["k"]["colour"],
        json!("red")
    );
}

/// Opens a store over a state file holding `bytes` and checks the corrupt-file policy:
/// a warning, a byte-identical backup, no state file left, and a store that still saves.
fn assert_moved_aside(fx: &Fixture, bytes: &[u8], article: &Article) {
    fs::create_dir_all(fx.data()).unwrap();
    fs::write(fx.state(), bytes).unwrap();
    let (mut store, warnings) = fx.open();
    let backup = match warnings.as_slice() {
        [Warning::Corrupt { backup, .. }] => backup.clone(),
        other => panic!("expected one Corrupt warning for {bytes:?}, got {other:?}"),
    };
    assert_eq!(fs::read(&backup).unwrap(), bytes);
    assert!(!fx.state().exists());
    assert_eq!(store.mode(), Mode::ReadWrite);
    let (_, w) = store.add_bookmark(article, Pos::new(1, 0), "na herstel");
    assert!(w.is_empty(), "{w:?}");
    assert_eq!(fx.open().0.article(article).bookmarks.len(), 1);
    fs::remove_file(&backup).unwrap();
    fs::remove_file(fx.state()).unwrap();
}

#[test]
fn empty_nul_invalid_utf8_and_garbage_files_are_moved_aside() {
    let fx = Fixture::new();
    let article = fx.article_at("a.txt", TEXT);
    for bytes in [
        &b""[..],
        b"   \n",
        &[0u8; 2048],
        b"{\"version\": 1, \"articles\": {\"\xff\xfe\": {}}}",
        b"\xc3\x28 not utf-8",
        b"<html>garbage</html>",
        b"{\"version\": 1}{\"version\": 1}",
    ] {
        assert_moved_aside(&fx, bytes, &article);
    }
}

#[test]
fn wrong_json_types_are_moved_aside() {
    let fx = Fixture::new();
    let article = fx.article_at("a.txt", TEXT);
    for value in [
        json!([]),
        json!("state"),
        json!(null),
        json!({}),
        json!({"version": "1"}),
        json!({"version": 1, "articles": []}),
        json!({"version": 1, "articles": {"a": {"hash": 5}}}),
        json!({"version": 1, "articles": {"a": {"hash": "a", "bookmarks": {"b": {"name": 3}}}}}),
        json!({"version": 1, "articles": {"a": {"hash": "a", "position": {"pos": "x", "updated": 1}}}}),
    ] {
        assert_moved_aside(&fx, value.to_string().as_bytes(), &article);
    }
}

/// A valid state file of about 2 KiB.
fn valid_file(fx: &Fixture, article: &Article) -> Vec<u8> {
    let (mut store, _) = fx.open();
    for i in 0..6 {
        store.add_bookmark(article, Pos::new(1 + i % 4, 0), &format!("bladwijzer {i}"));
    }
    store.save_position(article, Pos::new(2, 3));
    let bytes = fs::read(fx.state()).unwrap();
    fs::remove_file(fx.state()).unwrap();
    bytes
}

#[test]
fn a_file_truncated_at_any_byte_is_moved_aside_intact() {
    let fx = Fixture::new();
    let article = fx.article_at("a.txt", TEXT);
    let full = valid_file(&fx, &article);
    assert!(full.len() >= 2000, "{}", full.len());
    // Each case waits on a directory fsync; threads in separate dirs overlap the waits.
    const THREADS: usize = 8;
    std::thread::scope(|scope| {
        for t in 0..THREADS {
            let (full, article) = (&full, &article);
            scope.spawn(move || {
                let fx = Fixture::new();
                fs::create_dir_all(fx.data()).unwrap();
                for len in (t..full.len()).step_by(THREADS) {
                    check_truncated(&fx, article, full, len);
                }
                assert!(fx.backups().is_empty());
            });
        }
    });
}

/// Opens a store over the first `len` bytes of the valid file `full`.
fn check_truncated(fx: &Fixture, article: &Article, full: &[u8], len: usize) {
    let cut = &full[..len];
    fs::write(fx.state(), cut).unwrap();
    let (store, warnings) = fx.open();
    if matches!(decode(cut), Decoded::Valid(_)) {
        // Only the final newline can go without breaking the JSON.
        assert_eq!(len, full.len() - 1);
        assert!(warnings.is_empty());
        assert_eq!(store.article(article).bookmarks.len(), 6);
        return;
    }
    let [Warning::Corrupt { backup, .. }] = warnings.as_slice() else {
        panic!("truncated at {len}: {warnings:?}");
    };
    assert_eq!(fs::read(backup).unwrap(), cut, "truncated at {len}");
    assert!(store.article(article).bookmarks.is_empty());
    assert_eq!(store.mode(), Mode::ReadWrite);
    fs::remove_file(backup).unwrap();
}

#[test]
fn a_newer_version_is_read_but_never_written() {
    let fx = Fixture::new();
    let article = fx.article_at("a.txt", TEXT);
    let mut file: Value = serde_json::from_slice(&valid_file(&fx, &article)).unwrap();
    file["version"] = json!(CURRENT_VERSION + 1);
    file["new_thing"] = json!({"x": 1});
    let bytes = serde_json::to_vec_pretty(&file).unwrap();
    fs::write(fx.state(), &bytes).unwrap();
    let modified = fs::metadata(fx.state()).unwrap().modified().unwrap();

    let (mut store, warnings) = fx.open();
    assert_eq!(
        warnings,
        [Warning::Newer {
            version: CURRENT_VERSION + 1
        }]
    );
    assert_eq!(store.mode(), Mode::ReadOnly);
    assert_eq!(store.article(&article).bookmarks.len(), 6);
    // Changes still work in memory.
    let (_, w) = store.add_bookmark(&article, Pos::new(1, 0), "alleen in geheugen");
    assert!(w.is_empty());
    store.save_position(&article, Pos::new(4, 0));
    assert_eq!(store.article(&article).bookmarks.len(), 7);

    assert_eq!(fs::read(fx.state()).unwrap(), bytes);
    assert_eq!(
        fs::metadata(fx.state()).unwrap().modified().unwrap(),
        modified
    );
    assert!(fx.backups().is_empty());
}

#[test]
fn a_newer_file_of_another_shape_is_left_alone_too() {
    let fx = Fixture::new();
    let article = fx.article_at("a.txt", TEXT);
    fs::create_dir_all(fx.data()).unwrap();
    let bytes = br#"{"version": 99, "articles": ["a list now"]}"#;
    fs::write(fx.state(), bytes).unwrap();
    let (mut store, warnings) = fx.open();
    assert_eq!(warnings, [Warning::Newer { version: 99 }]);
    store.add_bookmark(&article, Pos::new(1, 0), "x");
    assert_eq!(fs::read(fx.state()).unwrap(), bytes);
    assert!(fx.backups().is_empty());
}

#[cfg(unix)]
#[test]
fn an_unwritable_data_dir_warns_and_keeps_working_in_memory() {
    use std::os::unix::fs::PermissionsExt;
    let fx = Fixture::new();
    let article = fx.article_at("a.txt", TEXT);
    let locked = fx.dir.path().join("locked");
    fs::create_dir(&locked).unwrap();
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o500)).unwrap();
    if fs::write(locked.join("probe"), b"").is_ok() {
        return; // running as root: permissions are not enforced
    }
    let (mut store, warnings) = Store::open_in(&locked.join("folio"));
    assert!(
        matches!(warnings.as_slice(), [Warning::Unwritable { .. }]),
        "{warnings:?}"
    );
    assert!(warnings[0].to_string().contains("kept until exit"));
    assert_eq!(store.mode(), Mode::Memory);
    let (_, w) = store.add_bookmark(&article, Pos::new(1, 0), "geheugen");
    assert!(w.is_empty());
    assert_eq!(store.article(&article).bookmarks.len(), 1);
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o700)).unwrap();
}

#[test]
fn a_data_dir_that_cannot_be_created_warns_and_keeps_working_in_memory() {
    // A file where the directory should be: fails even for root, unlike permissions.
    let fx = Fixture::new();
    let article = fx.article_at("a.txt", TEXT);
    let blocker = fx.dir.path().join("blocker");
    fs::write(&blocker, b"not a directory").unwrap();
    let (mut store, warnings) = Store::open_in(&blocker.join("folio"));
    assert!(
        matches!(warnings.as_slice(), [Warning::Unwritable { .. }]),
        "{warnings:?}"
    );
    assert_eq!(store.mode(), Mode::Memory);
    let (id, w) = store.add_bookmark(&article, Pos::new(1, 0), "geheugen");
    assert!(w.is_empty());
    store.rename_bookmark(&article, &id, "nog steeds");
    assert_eq!(store.article(&article).bookmarks[0].name, "nog steeds");
    assert_eq!(fs::read(&blocker).unwrap(), b"not a directory");
}

#[test]
fn random_states_round_trip_through_the_file_format() {
    // A small xorshift generator: deterministic, no dependency.
    let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
    let mut next = move |n: u64| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed % n.max(1)
    };
    let alphabet = [
        'a', 'é', '"', '\\', '\n', '\u{1b}', '\u{0}', '😀', ' ', '\u{202e}',
    ];
    let text = |next: &mut dyn FnMut(u64) -> u64| -> String {
        (0..next(12))
            .map(|_| alphabet[next(alphabet.len() as u64) as usize])
            .collect()
    };
    for _ in 0..2000 {
        let mut state = StateFile::default();
        for a in 0..next(3) {
            let mut record = ArticleRecord {
                hash: format!("{:016x}", next(u64::MAX)),
                path: (next(2) == 0).then(|| text(&mut next)),
                seen: Timestamp(next(u64::MAX)),
                position: None,
                bookmarks: Default::default(),
                extra: Map::new(),
            };
            if next(2) == 0 {
                record.position = Some(PositionRecord {
                    pos: Pos::new(next(1000) as usize, next(1000) as usize),
                    excerpt: text(&mut next),
                    updated: Timestamp(next(u64::MAX)),
                    extra: Map::new(),
                });
            }
            for _ in 0..next(4) {
                let mut extra = Map::new();
                if next(3) == 0 {
                    extra.insert(text(&mut next) + "_x", json!([next(9), text(&mut next)]));
                }
                record.bookmarks.insert(
                    text(&mut next),
                    BookmarkRecord {
                        name: text(&mut next),
                        pos: Pos::new(next(100) as usize, next(100) as usize),
                        excerpt: text(&mut next),
                        section: (next(2) == 0).then(|| text(&mut next)),
                        created: Timestamp(next(u64::MAX)),
                        updated: Timestamp(next(u64::MAX)),
                        deleted: next(2) == 0,
                        extra,
                    },
                );
            }
            state.articles.insert(format!("{a}"), record);
        }
        assert_eq!(decode(&encode(&state)), Decoded::Valid(state));
    }
}
