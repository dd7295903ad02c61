//! The real binary in a pty, on an article full of escape sequences: nothing from the
//! content reaches the terminal as a control sequence, and the payloads show as text.

mod pty_support;
use pty_support::escapes::{forbidden, hostile_article};
use pty_support::{write_article, Folio};

#[test]
fn hostile_article_and_file_name_reach_the_terminal_only_as_visible_text() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_article(
        dir.path(),
        "evil\x1b]0;name\x07.txt",
        hostile_article().as_bytes(),
    );
    let mut f = Folio::start(&[&path], 100, 30, &[]);
    f.wait_text("? help");
    f.wait_text("^[]0;PWNED-TITLE^G");
    f.send("]");
    f.send(" ");
    f.send("G");
    f.wait_for("the end", |s| s.lines().last().unwrap().contains("100%"));
    f.send("?");
    f.wait_text("Keys · Esc closes");
    f.send("q");
    f.wait_for("help closed", |s| !s.contains("Keys · Esc closes"));
    f.send("q");
    assert_eq!(f.wait_exit(), 0);
    let raw = f.raw();
    let bad = forbidden(&raw);
    assert!(bad.is_empty(), "{bad:?}");
    let screen = f.screen();
    assert!(!screen.contains("PWNED") || screen.contains("^["));
}
