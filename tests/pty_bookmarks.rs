//! End to end in a pseudo-terminal: bookmarks and the reading position survive a restart,
//! `--no-resume` starts at the top, a pause in scrolling saves the position, and a corrupt
//! state file gives a warning while reading goes on.

mod pty_support;
use folio::article::Article;
use pty_support::Folio;
use serde_json::Value;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

/// The outline label of section `i` of the bundled article.
fn label(i: usize) -> String {
    Article::open(None, None).unwrap().doc.section_label(i)
}

fn start(data: &Path, args: &[&str]) -> Folio {
    let data = data.to_str().unwrap();
    let f = Folio::start(args, 100, 30, &[("XDG_DATA_HOME", data)]);
    f.wait_text("? help");
    f
}

fn status(screen: &str) -> &str {
    screen.lines().last().unwrap_or("")
}

fn bookmarks_report(data: &Path, json: bool) -> String {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_folio"));
    cmd.arg("--bookmarks").env("XDG_DATA_HOME", data);
    if json {
        cmd.arg("--json");
    }
    let out = cmd.output().unwrap();
    assert!(out.status.success(), "{out:?}");
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn a_bookmark_and_the_position_survive_a_restart() {
    let data = tempfile::tempdir().unwrap();
    let section = label(3);
    let mut f = start(data.path(), &[]);
    f.send("4");
    f.wait_for("section 4", |s| s.contains("▸4"));
    f.send("b");
    f.wait_for("the name prompt", |s| {
        status(s).starts_with("Bookmark name:")
    });
    f.send("\r");
    f.wait_for("the bookmark added", |s| status(s).contains("bookmarked:"));
    f.send("q");
    assert_eq!(f.wait_exit(), 0);
    f.wait_restored();

    // Reopen: resumed at section 4, and saying so.
    let mut f = start(data.path(), &[]);
    f.wait_for("resumed at section 4", |s| {
        s.contains("▸4") && status(s).contains(&format!("resumed at {section}"))
    });
    // The outline marks the section; `B` lists the bookmark.
    f.send("B");
    f.wait_for("the list", |s| {
        s.contains("Bookmarks (1)") && s.contains(&format!("▸ {section}"))
    });
    f.send("\x1b");
    f.wait_for("the list closed", |s| !s.contains("Bookmarks (1)"));
    f.send("q");
    assert_eq!(f.wait_exit(), 0);

    // Without the TUI.
    let text = bookmarks_report(data.path(), false);
    assert!(text.contains(&section), "{text}");
    let json: Value = serde_json::from_str(&bookmarks_report(data.path(), true)).unwrap();
    assert_eq!(json["bookmarks"].as_array().unwrap().len(), 1);
    assert_eq!(json["bookmarks"][0]["section"], section.as_str());
    assert_eq!(json["position"]["section"], section.as_str());

    // `--no-resume` starts at the top, and peeking does not move the saved position.
    let mut f = start(data.path(), &["--no-resume"]);
    f.wait_for("the top", |s| s.contains("▸1") && !s.contains("resumed"));
    f.send("q");
    assert_eq!(f.wait_exit(), 0);
    let json: Value = serde_json::from_str(&bookmarks_report(data.path(), true)).unwrap();
    assert_eq!(json["position"]["section"], section.as_str());
}

#[test]
fn a_pause_in_scrolling_saves_the_position_even_if_folio_is_then_killed() {
    let data = tempfile::tempdir().unwrap();
    let mut f = start(data.path(), &[]);
    // Scroll a few pages into the text (no jump: only the pause can save this).
    f.send("    ");
    f.wait_for("scrolled", |s| !s.contains("▸1") || !s.contains("2025-03"));
    let state = data.path().join("folio/state.json");
    let began = Instant::now();
    while !std::fs::read_to_string(&state).is_ok_and(|s| s.contains("\"position\"")) {
        assert!(
            began.elapsed() < pty_support::TIMEOUT,
            "position never saved"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    let top_line = f.screen().lines().next().unwrap().to_string();
    // SIGKILL: no chance to save at exit.
    f.child.kill().unwrap();
    f.wait_exit();

    let f = start(data.path(), &[]);
    f.wait_for("resumed", |s| status(s).contains("resumed at"));
    let text = |line: &str| line.split('│').nth(1).unwrap_or("").trim().to_string();
    assert_eq!(text(f.screen().lines().next().unwrap()), text(&top_line));
}

#[test]
fn a_corrupt_state_file_is_moved_aside_with_a_warning_and_reading_goes_on() {
    let data = tempfile::tempdir().unwrap();
    let dir = data.path().join("folio");
    std::fs::create_dir_all(&dir).unwrap();
    let garbage = b"{\"version\": 1, \"articles\": {\"x\": tru";
    std::fs::write(dir.join("state.json"), garbage).unwrap();

    let mut f = start(data.path(), &[]);
    f.wait_for("the warning", |s| {
        status(s).contains("state file was unreadable")
    });
    f.send("]");
    f.wait_for("section 2", |s| s.contains("▸2"));
    f.send("b\r");
    f.wait_for("the bookmark added", |s| status(s).contains("bookmarked:"));
    f.send("q");
    assert_eq!(f.wait_exit(), 0);

    let backups: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains(".corrupt-"))
        .collect();
    assert_eq!(backups.len(), 1);
    assert_eq!(std::fs::read(backups[0].path()).unwrap(), garbage);
    let json: Value = serde_json::from_str(&bookmarks_report(data.path(), true)).unwrap();
    assert_eq!(json["bookmarks"][0]["section"], label(1).as_str());
}
