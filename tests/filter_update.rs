//! `update` tests for the quote filters: speakers, words, both, clear, jumps, copy, export.

mod reader_support;
use reader_support::{app, run};

use folio::app::prompt::Edit;
use folio::app::{Action, App, Effect, Mode};

/// Chooses the speakers at rows `rows` of the speaker filter and applies.
fn choose(app: &mut App, rows: &[usize]) {
    run(app, &[Action::SpeakersOpen]);
    for &r in rows {
        run(app, &[Action::SpeakersMove(i32::MIN / 2)]);
        run(
            app,
            &[Action::SpeakersMove(r as i32), Action::SpeakersToggle],
        );
    }
    run(app, &[Action::SpeakersApply]);
}

fn type_words(app: &mut App, words: &str) {
    run(app, &[Action::QuotesOpen, Action::QuoteWords]);
    for c in words.chars() {
        run(app, &[Action::Prompt(Edit::Insert(c))]);
    }
    run(app, &[Action::PromptSubmit]);
}

fn speaker_quotes(app: &App, s: usize) -> Vec<usize> {
    let q = &app.article.analysis.quotes;
    (0..q.len()).filter(|&i| q[i].speaker == Some(s)).collect()
}

#[test]
fn choosing_a_speaker_narrows_the_quotes_to_theirs() {
    let mut a = app(100, 30);
    let total = a.article.analysis.quotes.len();
    assert_eq!(a.quotes.passing.len(), total);
    choose(&mut a, &[1]);
    assert_eq!(a.mode, Mode::Normal);
    assert_eq!(a.quotes.passing, speaker_quotes(&a, 1));
    let counts: usize = a.quotes.section_counts.iter().sum();
    assert_eq!(
        counts,
        a.quotes.passing.len(),
        "outline counts follow the filter"
    );
    // Both speakers: every attributed quote.
    choose(&mut a, &[0]);
    let both: Vec<usize> = {
        let mut v = speaker_quotes(&a, 0);
        v.extend(speaker_quotes(&a, 1));
        v.sort_unstable();
        v
    };
    assert_eq!(a.quotes.passing, both);
}

#[test]
fn escape_in_the_speaker_filter_keeps_the_old_filter() {
    let mut a = app(100, 30);
    choose(&mut a, &[0]);
    let before = a.quotes.passing.clone();
    run(
        &mut a,
        &[
            Action::SpeakersOpen,
            Action::SpeakersMove(1),
            Action::SpeakersToggle,
            Action::SpeakersClose,
        ],
    );
    assert_eq!(a.quotes.passing, before);
    assert_eq!(a.mode, Mode::Normal);
}

#[test]
fn words_narrow_the_quotes_view_and_escape_restores_them() {
    let mut a = app(100, 30);
    type_words(&mut a, "rusland");
    assert_eq!(a.mode, Mode::Quotes);
    let q = &a.article.analysis.quotes;
    assert!(!a.quotes.passing.is_empty());
    assert!(a.quotes.passing.len() < q.len());
    for &i in &a.quotes.passing {
        assert!(q[i].text.to_lowercase().contains("rusland"));
    }
    let narrowed = a.quotes.passing.clone();
    // Typing narrows as you type; Esc goes back to the words before.
    run(
        &mut a,
        &[Action::QuoteWords, Action::Prompt(Edit::Insert('x'))],
    );
    assert!(a.quotes.passing.is_empty());
    run(&mut a, &[Action::PromptCancel]);
    assert_eq!(a.quotes.passing, narrowed);
    assert_eq!(a.mode, Mode::Quotes);
}

#[test]
fn speakers_and_words_combine_and_c_clears_both() {
    let mut a = app(100, 30);
    choose(&mut a, &[1]);
    type_words(&mut a, "rusland");
    let q = &a.article.analysis.quotes;
    let expected: Vec<usize> = speaker_quotes(&a, 1)
        .into_iter()
        .filter(|&i| q[i].text.to_lowercase().contains("rusland"))
        .collect();
    assert!(!expected.is_empty());
    assert_eq!(a.quotes.passing, expected);
    run(&mut a, &[Action::FilterClear]);
    assert!(!a.quotes.filter.is_active());
    assert_eq!(a.quotes.passing.len(), a.article.analysis.quotes.len());
}

#[test]
fn next_and_previous_quote_visit_only_the_filtered_speaker_and_wrap() {
    let mut a = app(100, 30);
    choose(&mut a, &[1]);
    let theirs = speaker_quotes(&a, 1);
    let mut seen = Vec::new();
    for _ in 0..theirs.len() {
        run(&mut a, &[Action::NextQuote]);
        seen.push(a.quotes.focus.unwrap());
    }
    assert_eq!(seen, theirs, "`)` visits each of their quotes in order");
    // The jumped-to quote is on screen.
    let start = a.article.analysis.quotes[seen[seen.len() - 1]].start;
    let row = a.layout().row_of(start);
    assert!(row >= a.top_row() && row < a.top_row() + a.page_rows());
    run(&mut a, &[Action::NextQuote]);
    assert_eq!(a.quotes.focus, Some(theirs[0]), "wraps to the first");
    run(&mut a, &[Action::PrevQuote]);
    assert_eq!(a.quotes.focus, Some(theirs[theirs.len() - 1]));
    run(&mut a, &[Action::PrevQuote]);
    assert_eq!(a.quotes.focus, Some(theirs[theirs.len() - 2]));
}

#[test]
fn enter_in_the_quotes_view_jumps_to_the_selected_quote() {
    let mut a = app(100, 30);
    choose(&mut a, &[0]);
    run(&mut a, &[Action::QuotesOpen, Action::QuotesMove(i32::MAX)]);
    let last = *a.quotes.passing.last().unwrap();
    assert_eq!(a.selected_quote(), Some(last));
    run(&mut a, &[Action::QuotesMove(-2), Action::QuotesJump]);
    let target = a.quotes.passing[a.quotes.passing.len() - 3];
    assert_eq!(a.mode, Mode::Normal);
    assert_eq!(a.quotes.focus, Some(target));
    let row = a.layout().row_of(a.article.analysis.quotes[target].start);
    assert!(row >= a.top_row() && row < a.top_row() + a.page_rows());
    // Esc in the view returns without moving.
    let top = a.top_row();
    run(
        &mut a,
        &[
            Action::QuotesOpen,
            Action::QuotesMove(-5),
            Action::QuotesClose,
        ],
    );
    assert_eq!((a.mode.clone(), a.top_row()), (Mode::Normal, top));
}

#[test]
fn y_copies_the_selected_quote_with_its_attribution() {
    let mut a = app(100, 30);
    run(&mut a, &[Action::QuotesOpen, Action::QuotesMove(1)]);
    let i = a.selected_quote().unwrap();
    let effects = run(&mut a, &[Action::CopyQuote]);
    let q = &a.article.analysis.quotes[i];
    let name = &a.article.analysis.speakers[q.speaker.unwrap()].name;
    match &effects[..] {
        [Effect::Copy(text)] => {
            assert!(
                text.starts_with(&format!("‘{}’ — {name}", q.text)),
                "{text}"
            );
        }
        other => panic!("expected a copy, got {other:?}"),
    }
    assert!(a.message.as_deref().unwrap().starts_with("copied"));
}

#[test]
fn e_asks_for_a_path_and_enter_exports_the_filtered_quotes() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = app(100, 30);
    a.quotes.export_dir = dir.path().to_path_buf();
    choose(&mut a, &[1]);
    run(&mut a, &[Action::ExportStart]);
    let Mode::Export { prompt, .. } = &a.mode else {
        panic!("no export prompt: {:?}", a.mode);
    };
    assert!(
        prompt.input.ends_with("folio-quotes.md"),
        "{}",
        prompt.input
    );
    let effects = run(&mut a, &[Action::PromptSubmit]);
    match &effects[..] {
        [Effect::Export { quotes, filter, .. }] => {
            assert_eq!(*quotes, speaker_quotes(&a, 1));
            assert_eq!(*filter, a.article.analysis.speakers[1].name);
        }
        other => panic!("expected an export, got {other:?}"),
    }
    assert_eq!(a.mode, Mode::Normal);
}

#[test]
fn quotes_arriving_after_the_first_frame_fill_the_quotes_state() {
    let article = folio::article::Article::open_unanalyzed(None, None).unwrap();
    let analysis = folio::quotes::analyze(&article.doc);
    let expected = analysis.quotes.len();
    let mut a = folio::app::App::new(article, 72, ratatui::layout::Rect::new(0, 0, 100, 30));
    assert!(!a.article.analyzed);
    assert!(a.quotes.passing.is_empty());
    run(&mut a, &[Action::Analyzed(Box::new(analysis))]);
    assert!(a.article.analyzed);
    assert!(expected > 0);
    assert_eq!(a.quotes.passing.len(), expected);
}

#[test]
fn a_word_filter_typed_before_the_quotes_arrive_is_kept() {
    let article = folio::article::Article::open_unanalyzed(None, None).unwrap();
    let analysis = folio::quotes::analyze(&article.doc);
    let mut a = folio::app::App::new(article, 72, ratatui::layout::Rect::new(0, 0, 100, 30));
    type_words(&mut a, "europa");
    run(&mut a, &[Action::SpeakersOpen]);
    run(&mut a, &[Action::Analyzed(Box::new(analysis))]);
    assert_eq!(a.quotes.filter.words, "europa");
    let q = &a.article.analysis.quotes;
    assert!(!a.quotes.passing.is_empty());
    assert!(a.quotes.passing.len() < q.len());
    assert!(a
        .quotes
        .passing
        .iter()
        .all(|&i| q[i].text.to_lowercase().contains("europa")));
    // The picker's cursor goes to the top, where the speakers now are.
    assert_eq!(a.quotes.picker.cursor, 0);
}
