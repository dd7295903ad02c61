//! End to end: filter the quotes by one speaker in the real binary, see only theirs with
//! the right count, and jump to one.

mod pty_support;
use folio::article::Article;
use pty_support::Folio;

#[test]
fn filtering_by_one_speaker_shows_only_their_quotes_and_jumps_to_one() {
    let article = Article::open(None, None).unwrap();
    let a = &article.analysis;
    // The second speaker in the list (row 2 of the speaker filter).
    let name = a.speakers[1].name.clone();
    let other = a.speakers[0].name.clone();
    let theirs = a.quote_count(1);
    let total = a.quotes.len();
    let mut f = Folio::start(&[], 120, 40, &[]);
    f.wait_text("? help");
    f.send("s");
    // The quotes arrive from a background thread: choose only once they are listed.
    f.wait_text(&format!("[ ] {name}"));
    f.send("j ");
    f.wait_text("[x]");
    f.send("\r");
    f.wait_for("the filter in the status", |s| {
        s.lines()
            .last()
            .unwrap()
            .contains(&format!("filter: {name} ({theirs})"))
    });
    f.send("\"");
    let count = format!("{theirs} of {total}");
    f.wait_text(&count);
    let screen = f.screen();
    assert!(screen.contains(&format!("— {name}")));
    assert!(
        !screen.contains(&format!("— {other}")),
        "another speaker's quote is listed:\n{screen}"
    );
    // Select the second entry and jump to it.
    f.send("j\r");
    f.wait_for("the quote in the text", |s| {
        !s.contains(&count)
            && s.lines()
                .last()
                .unwrap()
                .contains(&format!("2/{theirs} {name}"))
    });
    let second = &a.quotes[a
        .quotes
        .iter()
        .enumerate()
        .filter(|(_, q)| q.speaker == Some(1))
        .nth(1)
        .unwrap()
        .0];
    let first_words: String = second
        .text
        .split_whitespace()
        .take(3)
        .collect::<Vec<_>>()
        .join(" ");
    f.wait_text(&first_words);
    // `)` goes on to their next quote.
    f.send(")");
    f.wait_for("the next quote", |s| {
        s.lines()
            .last()
            .unwrap()
            .contains(&format!("3/{theirs} {name}"))
    });
    f.send("q");
    assert_eq!(f.wait_exit(), 0);
    f.wait_restored();
}
