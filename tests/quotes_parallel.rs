//! A long article's quote analysis is split over threads (tokenizing, the name pre-pass,
//! the cue readers): wherever the split falls, every copy of the same text must get
//! the same quotes and speakers.

use folio::article::BUNDLED_TEXT;
use folio::parse::parse_plain;
use folio::quotes::{analyze, Analysis};

/// Copies of the bundled article's body, each under its own heading: far over the
/// 64 KiB from which the analysis starts threads.
fn long_article(copies: usize) -> String {
    let body = BUNDLED_TEXT
        .split_once('\n')
        .map_or(BUNDLED_TEXT, |(_, rest)| rest);
    let mut text = String::from(BUNDLED_TEXT.lines().next().unwrap_or_default());
    for i in 0..copies {
        text.push_str(&format!("\n\nDeel {i}\n\n"));
        text.push_str(body.trim());
    }
    text
}

/// (quote text, speaker name) of the quotes of each copy: from its `Deel {i}` heading
/// to the next.
fn per_copy(a: &Analysis, doc: &folio::document::Document) -> Vec<Vec<(String, Option<String>)>> {
    let starts: Vec<usize> = (0..doc.sections.len())
        .filter(|&s| {
            doc.sections[s]
                .title
                .as_deref()
                .is_some_and(|t| t.starts_with("Deel "))
        })
        .collect();
    let mut copies = vec![Vec::new(); starts.len()];
    for q in &a.quotes {
        let Some(copy) = starts.iter().rposition(|&s| s <= q.section) else {
            continue;
        };
        let who = q.speaker.map(|s| a.speakers[s].name.clone());
        copies[copy].push((q.text.clone(), who));
    }
    copies
}

#[test]
fn every_copy_of_a_long_article_gets_the_same_quotes_and_speakers() {
    let text = long_article(30);
    assert!(text.len() > 4 * 64 * 1024, "{} bytes", text.len());
    let doc = parse_plain(&text);
    let a = analyze(&doc);
    let copies = per_copy(&a, &doc);
    assert_eq!(copies.len(), 30);
    // The first copy follows the lead; the others must all be alike.
    let reference = &copies[1];
    assert!(reference.len() >= 15, "{reference:?}");
    assert!(
        reference.iter().all(|(_, who)| who.is_some()),
        "{reference:?}"
    );
    for (i, c) in copies.iter().enumerate().skip(2) {
        assert_eq!(c, reference, "copy {i}");
    }
    // The same speakers, whatever thread read their introduction.
    assert_eq!(a.speakers.len(), 2, "{:?}", a.speakers);
    assert!(a.speakers.iter().all(|s| s.role.is_some()));
}
