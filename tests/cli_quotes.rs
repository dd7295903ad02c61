//! The scriptable command line: `--quotes`, `--speaker`, `--speakers`, `--outline`,
//! with and without `--json`, run as the real binary.

use serde_json::Value;
use std::process::Command;

fn folio(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_folio"))
        .args(args)
        .output()
        .unwrap()
}

fn json(args: &[&str]) -> Value {
    let out = folio(args);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn quotes_json_has_text_speaker_section_and_terms() {
    let v = json(&["--quotes", "--json"]);
    let quotes = v["quotes"].as_array().unwrap();
    assert_eq!(quotes.len(), 18);
    for q in quotes {
        assert!(q["text"].is_string());
        assert!(q["speaker"].is_string() || q["speaker"].is_null());
        assert!(q["section"].is_string() || q["section"].is_null());
    }
    assert_eq!(v["terms"].as_array().unwrap().len(), 10);
    assert!(v["terms"][0]["text"].is_string());
}

#[test]
fn speaker_filter_matches_an_alias_in_any_case() {
    let v = json(&["--quotes", "--json", "--speaker", "KLYSZCZ"]);
    let quotes = v["quotes"].as_array().unwrap();
    assert_eq!(quotes.len(), 11);
    assert!(quotes.iter().all(|q| q["speaker"] == "Ivan Klyszcz"));
}

#[test]
fn unknown_speaker_is_a_one_line_error_listing_the_known_ones() {
    let out = folio(&["--quotes", "--speaker", "Nobody Here"]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "an unknown speaker is a usage error"
    );
    assert!(out.stdout.is_empty());
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1);
    assert!(
        err.contains("Nobody Here") && err.contains("Sergej Oetkin"),
        "{err}"
    );
}

#[test]
fn speakers_json_has_name_role_aliases_and_count() {
    let v = json(&["--speakers", "--json"]);
    let speakers = v["speakers"].as_array().unwrap();
    assert_eq!(speakers.len(), 2);
    let total: u64 = speakers.iter().map(|s| s["quotes"].as_u64().unwrap()).sum();
    assert_eq!(total, 18);
    assert!(speakers
        .iter()
        .all(|s| s["role"].is_string() && s["aliases"].is_array()));
}

#[test]
fn speakers_text_is_one_readable_line_each() {
    let out = folio(&["--speakers"]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text.lines().count(), 2);
    assert!(text.contains("Sergej Oetkin, onafhankelijk expert internationale relaties (7 quotes)"));
}

#[test]
fn quotes_of_a_file_argument_are_read_from_that_file() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/articles/en_senate.txt"
    );
    let v = json(&["--quotes", "--json", path]);
    assert_eq!(v["quotes"][3]["speaker"], "Robert Hale");
}
