//! `folio --bookmarks [FILE]` against a state file in a temp `XDG_DATA_HOME`.

use folio::article::Article;
use folio::store::{Store, CORRUPT_PREFIX};
use serde_json::Value;
use std::fs;
use std::path::Path;
use std::process::{Command, Output};

const TEXT: &str = "Kop\n\nEen eerste alinea die lang genoeg is voor een fragment van tekst.\n\nTussenkop\n\nDe tweede alinea gaat over iets anders, ook lang genoeg.\n";

fn folio(home: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_folio"))
        .args(args)
        .env("XDG_DATA_HOME", home)
        .output()
        .unwrap()
}

fn article(dir: &Path) -> (Article, String) {
    let path = dir.join("stuk.txt");
    fs::write(&path, TEXT).unwrap();
    let article = Article::open(Some(&path), None).unwrap();
    (article, path.to_string_lossy().into_owned())
}

#[test]
fn bookmarks_json_lists_name_section_excerpt_and_created() {
    let home = tempfile::tempdir().unwrap();
    let (article, path) = article(home.path());
    let (mut store, _) = Store::open_in(&home.path().join("folio"));
    let at = folio::document::Pos::new(article.doc.blocks.len() - 1, 0);
    store.add_bookmark(&article, at, "Verder lezen");

    let out = folio(home.path(), &["--bookmarks", "--json", &path]);
    assert!(out.status.success());
    let value: Value = serde_json::from_slice(&out.stdout).unwrap();
    let b = &value["bookmarks"][0];
    assert_eq!(b["name"], "Verder lezen");
    assert_eq!(b["section"], "Tussenkop");
    assert!(b["excerpt"]
        .as_str()
        .unwrap()
        .starts_with("De tweede alinea"));
    assert!(b["created"].as_str().unwrap().ends_with('Z'));
    assert_eq!(b["status"], "exact");
    assert_eq!(value["bookmarks"].as_array().unwrap().len(), 1);

    let text = folio(home.path(), &["--bookmarks", &path]);
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(text.starts_with("Verder lezen [Tussenkop] — "), "{text}");
    assert!(text.contains("“De tweede alinea"), "{text}");
}

#[test]
fn a_corrupt_state_file_is_reported_and_the_listing_goes_on() {
    let home = tempfile::tempdir().unwrap();
    let (_, path) = article(home.path());
    let dir = home.path().join("folio");
    fs::create_dir_all(&dir).unwrap();
    fs::write(dir.join("state.json"), b"{\"version\": 1, \"arti").unwrap();
    let out = folio(home.path(), &["--bookmarks", &path]);
    assert!(out.status.success());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("moved aside"), "{stderr}");
    assert!(String::from_utf8(out.stdout)
        .unwrap()
        .starts_with("No bookmarks"));
    let backups = fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with(CORRUPT_PREFIX))
        .count();
    assert_eq!(backups, 1);
}

#[test]
fn hostile_names_in_the_state_file_are_printed_harmless() {
    let home = tempfile::tempdir().unwrap();
    let (article, path) = article(home.path());
    let (mut store, _) = Store::open_in(&home.path().join("folio"));
    store.add_bookmark(
        &article,
        folio::document::Pos::new(1, 0),
        "a\u{1b}]0;x\u{7}b\u{9b}c",
    );
    for args in [
        &["--bookmarks", &path][..],
        &["--bookmarks", "--json", &path],
    ] {
        let out = folio(home.path(), args);
        let stdout = String::from_utf8(out.stdout).unwrap();
        assert!(
            !stdout.chars().any(|c| c.is_control() && c != '\n'),
            "{stdout:?}"
        );
        assert!(stdout.contains("a^[]0;x^Gb<U+009B>c"), "{stdout}");
    }
}
