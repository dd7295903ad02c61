//! Markdown articles through the real binary: nested outline, title and front matter.

use serde_json::Value;
use std::process::Command;

fn folio_json(args: &[&str]) -> Value {
    let out = Command::new(env!("CARGO_BIN_EXE_folio"))
        .args(args)
        .env("XDG_DATA_HOME", std::env::temp_dir().join("folio-test-md"))
        .output()
        .expect("run folio");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("json")
}

fn outline(path: &str) -> Vec<(Option<String>, u64)> {
    outline_with(&[], path)
}

#[test]
fn markdown_outline_nests_headings_under_an_untitled_opening() {
    let got = outline("tests/fixtures/markdown/harbour.md");
    let want: Vec<(Option<String>, u64)> = vec![
        (None, 1),
        (Some("The vote".into()), 1),
        (Some("Who pays".into()), 2),
        (Some("The fishermen".into()), 2),
        (Some("What comes next".into()), 1),
    ];
    assert_eq!(got, want);
}

#[test]
fn first_h1_is_the_title_not_a_section() {
    let got = outline("tests/fixtures/markdown/haven.md");
    assert_eq!(got[0], (None, 1));
    assert_eq!(got[1], (Some("De stemming".into()), 1));
    assert_eq!(got[2], (Some("De vissers".into()), 2));
    assert!(got
        .iter()
        .all(|(t, _)| t.as_deref() != Some("De haven blijft open")));
}

#[test]
fn format_flag_overrides_detection() {
    // Read as plain text, the Markdown heading markers are just text of short lines.
    let got = outline_with(&["--format", "plain"], "tests/fixtures/markdown/haven.md");
    assert!(got
        .iter()
        .any(|(t, _)| t.as_deref() == Some("## De stemming")));
}

fn outline_with(extra: &[&str], path: &str) -> Vec<(Option<String>, u64)> {
    let mut args = vec!["--outline", "--json"];
    args.extend_from_slice(extra);
    args.push(path);
    let v = folio_json(&args);
    v["sections"]
        .as_array()
        .expect("sections")
        .iter()
        .map(|s| {
            (
                s["title"].as_str().map(str::to_string),
                s["level"].as_u64().unwrap(),
            )
        })
        .collect()
}
