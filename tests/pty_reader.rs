//! End to end: the real binary in a pseudo-terminal, driven by keys, screen read back.

mod pty_support;
use pty_support::Folio;

#[test]
fn next_section_search_help_and_quit_work_in_a_real_terminal() {
    let mut f = Folio::start(&[], 100, 30, &[]);
    f.wait_for("the opening screen", |s| {
        s.contains("? help") && s.contains("2025-03") && s.contains("▸1")
    });
    // `]` goes to the next section: the outline marker and the status follow.
    f.send("]");
    f.wait_for("section 2 in the status", |s| {
        s.contains("▸2 De eeuwige reset") && s.lines().last().unwrap().contains("De eeuwige reset")
    });
    // Search: type, see the count, Enter jumps and shows "i/n".
    f.send("/reset");
    f.wait_for("the prompt with a count", |s| {
        let status = s.lines().last().unwrap();
        status.starts_with("/reset") && status.contains("matches")
    });
    f.send("\r");
    f.wait_for("i/n in the status", |s| {
        let status = s.lines().last().unwrap();
        status.split_whitespace().any(|w| {
            w.split_once('/')
                .is_some_and(|(a, b)| a.parse::<u32>().is_ok() && b.parse::<u32>().is_ok())
        })
    });
    // Help overlay, generated from the keymap.
    f.send("?");
    f.wait_text("Keys · Esc closes");
    f.wait_text("Go to section N");
    f.send("\x1b");
    f.wait_for("help closed", |s| !s.contains("Keys · Esc closes"));
    f.send("q");
    assert_eq!(f.wait_exit(), 0);
    f.wait_restored();
}

#[test]
fn number_keys_and_end_move_through_the_article() {
    let mut f = Folio::start(&[], 80, 24, &[]);
    f.wait_text("? help");
    f.send("8");
    f.wait_for("section 8", |s| s.contains("▸8"));
    f.send("g");
    f.wait_for("back at the top", |s| {
        s.contains("▸1") && s.contains("2025-03")
    });
    f.send("G");
    f.wait_for("100%", |s| s.lines().last().unwrap().contains("100%"));
    f.send("\x03");
    assert_eq!(f.wait_exit(), 130, "Ctrl-C exits with 130");
    f.wait_restored();
}
