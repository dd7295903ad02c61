//! `update` tests: sequences of actions on an `App`, assertions on its state.

mod reader_support;
use reader_support::{app, run};

use folio::app::{Action, App, Effect, Focus, Mode};
use folio::document::Pos;

/// The text of the row at the top of the text pane.
fn top_text(app: &App) -> String {
    let layout = app.layout();
    let row = &layout.rows[app.top_row()];
    app.article.doc.blocks[row.block].text[row.range.clone()].to_string()
}

#[test]
fn next_and_previous_section_follow_the_outline() {
    let mut a = app(100, 30);
    assert_eq!(a.current_section(), 0);
    run(&mut a, &[Action::NextSection, Action::NextSection]);
    assert_eq!(a.current_section(), 2);
    assert_eq!(a.outline_cursor, 2);
    let title = a.article.doc.sections[2].title.clone().unwrap();
    assert_eq!(top_text(&a).trim(), title);
    // `[` from a heading goes to the previous section.
    run(&mut a, &[Action::PrevSection]);
    assert_eq!(a.current_section(), 1);
    // From inside a section, `[` first returns to its start.
    run(&mut a, &[Action::ScrollRows(3), Action::PrevSection]);
    assert_eq!(a.current_section(), 1);
    assert_eq!(a.top_row(), a.layout().section_row(&a.article.doc, 1));
}

#[test]
fn number_keys_jump_to_sections_and_ignore_missing_ones() {
    let mut a = app(100, 30);
    let n = a.article.doc.sections.len();
    run(&mut a, &[Action::GotoSection(n - 1)]);
    assert_eq!(a.current_section(), n - 1);
    run(&mut a, &[Action::GotoSection(n + 5)]);
    assert_eq!(a.current_section(), n - 1);
    run(&mut a, &[Action::GotoSection(0)]);
    assert_eq!(a.top_row(), 0);
}

#[test]
fn scrolling_moves_by_rows_pages_and_stops_at_the_ends() {
    let mut a = app(100, 30);
    run(&mut a, &[Action::ScrollRows(-5)]);
    assert_eq!(a.top_row(), 0);
    run(&mut a, &[Action::ScrollRows(3)]);
    assert_eq!(a.top_row(), 3);
    let page = a.page_rows();
    run(&mut a, &[Action::ScrollPages(1)]);
    assert_eq!(a.top_row(), 3 + page - 2);
    run(&mut a, &[Action::ScrollHalfPages(-1)]);
    assert_eq!(a.top_row(), 3 + page - 2 - page / 2);
    run(&mut a, &[Action::Bottom]);
    let last_top = a.layout().len() - page;
    assert_eq!(a.top_row(), last_top);
    assert_eq!(a.percent(), 100);
    run(&mut a, &[Action::ScrollRows(10), Action::ScrollPages(3)]);
    assert_eq!(a.top_row(), last_top);
    run(&mut a, &[Action::Top]);
    assert_eq!(a.top_row(), 0);
    assert_eq!(a.reading_pos(), Pos::default());
}

#[test]
fn resizing_keeps_the_reader_on_the_same_sentence() {
    let mut a = app(120, 40);
    run(&mut a, &[Action::GotoSection(3), Action::ScrollRows(7)]);
    let pos = a.reading_pos();
    let block = &a.article.doc.blocks[pos.block].text;
    let word: String = block[pos.offset..].split_whitespace().take(1).collect();
    for (w, h) in [(50, 20), (200, 60), (30, 10), (120, 40)] {
        run(&mut a, &[Action::Resize(w, h)]);
        let row = &a.layout().rows[a.top_row()];
        assert_eq!(row.block, pos.block);
        assert!(
            row.range.contains(&pos.offset),
            "{:?} misses {pos:?} at {w}x{h}",
            row.range
        );
        assert!(top_text(&a).contains(&word), "{word:?} at {w}x{h}");
        assert_eq!(a.reading_pos(), pos, "the position itself does not drift");
    }
}

#[test]
fn focus_moves_to_the_outline_and_enter_jumps_there() {
    let mut a = app(100, 30);
    run(&mut a, &[Action::ToggleFocus]);
    assert_eq!(a.focus, Focus::Outline);
    run(&mut a, &[Action::OutlineMove(1), Action::OutlineMove(1)]);
    assert_eq!(a.outline_cursor, 2);
    assert_eq!(a.current_section(), 0, "moving the cursor does not scroll");
    run(&mut a, &[Action::OutlineOpen]);
    assert_eq!(a.current_section(), 2);
    assert_eq!(a.focus, Focus::Text);
    run(&mut a, &[Action::ToggleFocus, Action::OutlineMove(-99)]);
    assert_eq!(a.outline_cursor, 0);
}

#[test]
fn the_outline_hides_on_request_and_on_narrow_screens() {
    let mut a = app(100, 30);
    assert!(a.outline_visible());
    run(&mut a, &[Action::ToggleOutline]);
    assert!(!a.outline_visible());
    run(&mut a, &[Action::ToggleOutline, Action::Resize(40, 20)]);
    assert!(!a.outline_visible());
    run(&mut a, &[Action::ToggleFocus]);
    assert_eq!(a.focus, Focus::Text, "no focus on a hidden outline");
}

#[test]
fn search_highlights_as_typed_submits_to_the_next_match_and_wraps() {
    let mut a = app(100, 30);
    run(&mut a, &[Action::GotoSection(2), Action::SearchStart]);
    assert_eq!(a.mode, Mode::SearchPrompt);
    for c in "rusland".chars() {
        run(&mut a, &[Action::SearchInput(c)]);
    }
    let n = a.search.matches.len();
    assert!(n > 3, "case-insensitive: {n}");
    assert_eq!(a.search.current, None);
    let here = a.reading_pos();
    run(&mut a, &[Action::SearchSubmit]);
    assert_eq!(a.mode, Mode::Normal);
    let cur = a.search.current.unwrap();
    assert!(a.search.matches[cur].start >= here);
    assert!(cur == 0 || a.search.matches[cur - 1].start < here);
    // The current match is on screen.
    let row = a.layout().row_of(a.search.matches[cur].start);
    assert!(row >= a.top_row() && row < a.top_row() + a.page_rows());
    assert_eq!(a.search.summary().unwrap(), format!("{}/{}", cur + 1, n));
    for _ in 0..n {
        run(&mut a, &[Action::SearchNext]);
    }
    assert_eq!(a.search.current, Some(cur), "n wraps around");
    run(&mut a, &[Action::SearchPrev, Action::SearchNext]);
    assert_eq!(a.search.current, Some(cur));
    run(&mut a, &[Action::ClearSearch]);
    assert!(a.search.matches.is_empty());
}

#[test]
fn a_capital_letter_makes_search_case_sensitive() {
    let mut a = app(100, 30);
    run(&mut a, &[Action::SearchStart]);
    for c in "het".chars() {
        run(&mut a, &[Action::SearchInput(c)]);
    }
    let insensitive = a.search.matches.len();
    run(&mut a, &[Action::SearchCancel, Action::SearchStart]);
    for c in "Het".chars() {
        run(&mut a, &[Action::SearchInput(c)]);
    }
    assert!(a.search.matches.len() < insensitive);
    run(&mut a, &[Action::SearchBackspace, Action::SearchBackspace]);
    assert_eq!(a.search.query, "H");
    run(&mut a, &[Action::SearchCancel]);
    assert_eq!(a.mode, Mode::Normal);
    assert!(a.search.query.is_empty() && a.search.matches.is_empty());
}

#[test]
fn help_opens_scrolls_and_closes() {
    let mut a = app(80, 24);
    run(&mut a, &[Action::ShowHelp, Action::HelpScroll(2)]);
    assert_eq!(a.mode, Mode::Help { scroll: 2 });
    run(&mut a, &[Action::HelpScroll(-9)]);
    assert_eq!(a.mode, Mode::Help { scroll: 0 });
    run(&mut a, &[Action::CloseHelp]);
    assert_eq!(a.mode, Mode::Normal);
}

#[test]
fn quitting_interrupting_and_suspending_are_effects() {
    let mut a = app(80, 24);
    assert_eq!(
        run(&mut a, &[Action::Quit, Action::Interrupt, Action::Suspend]),
        vec![Effect::Quit(0), Effect::Quit(130), Effect::Suspend]
    );
}

#[test]
fn clicking_a_section_in_the_outline_jumps_there() {
    let mut a = app(100, 30);
    // The outline lists sections from row 0; the fourth entry is on row 3.
    run(&mut a, &[Action::Click(3, 3)]);
    assert_eq!(a.current_section(), 3);
    // The wheel over the text scrolls the text; over the outline it moves the cursor.
    let top = a.top_row();
    run(&mut a, &[Action::Wheel(60, 5, 1)]);
    assert_eq!(a.top_row(), top + 3);
    run(&mut a, &[Action::Wheel(3, 5, 1)]);
    assert_eq!(a.top_row(), top + 3);
    assert_eq!(a.focus, Focus::Outline);
}

#[test]
fn tiny_screens_do_not_break_scrolling() {
    let mut a = app(1, 1);
    run(
        &mut a,
        &[
            Action::ScrollPages(1),
            Action::Bottom,
            Action::NextSection,
            Action::Resize(0, 0),
            Action::ScrollRows(1),
            Action::Resize(3, 2),
            Action::Top,
        ],
    );
    assert_eq!(a.top_row(), 0);
}
