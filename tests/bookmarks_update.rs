//! `update` tests for bookmarks: the name prompt, the list (jump, rename, delete, undo),
//! next / previous, resume, and which actions ask for the position to be saved.

mod reader_support;
use reader_support::{app, run};

use folio::app::bookmarks::{NameTarget, ADD_LABEL, RENAME_LABEL};
use folio::app::prompt::Edit;
use folio::app::{Action, App, Effect, Mode};
use folio::document::Pos;
use folio::store::{default_bookmark_name, BookmarkView, Place, Timestamp};

fn typed(text: &str) -> Vec<Action> {
    text.chars()
        .map(|c| Action::Prompt(Edit::Insert(c)))
        .collect()
}

/// The position where section `i` starts.
fn section_start(app: &App, i: usize) -> Pos {
    Pos::new(app.article.doc.sections[i].blocks.start, 0)
}

/// A bookmark called `name` at `place`.
fn mark(id: &str, name: &str, place: Place) -> BookmarkView {
    BookmarkView {
        id: id.into(),
        name: name.into(),
        section: "Section".into(),
        excerpt: "excerpt".into(),
        created: Timestamp(1_740_830_400_000),
        place,
    }
}

/// Bookmarks at the starts of sections 2, 4 and 6, and one detached.
fn with_bookmarks(app: &mut App) -> Vec<BookmarkView> {
    let items = vec![
        mark("a", "second", Place::Exact(section_start(app, 1))),
        mark("b", "fourth", Place::Exact(section_start(app, 3))),
        mark("c", "sixth", Place::Moved(section_start(app, 5))),
        mark("d", "gone", Place::Detached),
    ];
    run(app, &[Action::SetBookmarks(items.clone())]);
    items
}

#[test]
fn b_offers_the_default_name_and_enter_saves_a_bookmark_there() {
    let mut a = app(100, 30);
    run(&mut a, &[Action::GotoSection(2), Action::ScrollRows(3)]);
    let pos = a.reading_pos();
    let expected = default_bookmark_name(&a.article.doc, pos);
    assert!(!expected.is_empty());
    run(&mut a, &[Action::AddBookmark]);
    match &a.mode {
        Mode::BookmarkName { prompt, target } => {
            assert_eq!(prompt.label, ADD_LABEL);
            assert_eq!(prompt.input, expected);
            assert_eq!(prompt.cursor, expected.len());
            assert_eq!(*target, NameTarget::New(pos));
        }
        other => panic!("no prompt: {other:?}"),
    }
    let effects = run(&mut a, &[Action::PromptSubmit]);
    assert_eq!(
        effects,
        vec![Effect::SaveBookmark {
            pos,
            name: expected.clone()
        }]
    );
    assert_eq!(a.mode, Mode::Normal);
    assert_eq!(
        a.message.as_deref(),
        Some(&*format!("bookmarked: {expected}"))
    );
}

#[test]
fn a_typed_name_replaces_the_default_and_esc_adds_nothing() {
    let mut a = app(100, 30);
    run(
        &mut a,
        &[Action::AddBookmark, Action::Prompt(Edit::KillToStart)],
    );
    run(&mut a, &typed("  My place "));
    let effects = run(&mut a, &[Action::PromptSubmit]);
    assert_eq!(
        effects,
        vec![Effect::SaveBookmark {
            pos: a.reading_pos(),
            name: "My place".into()
        }]
    );
    // Esc: back to reading, nothing to save.
    let effects = run(&mut a, &[Action::AddBookmark, Action::PromptCancel]);
    assert!(effects.is_empty());
    assert_eq!(a.mode, Mode::Normal);
    // An emptied prompt falls back to the default name.
    run(
        &mut a,
        &[Action::AddBookmark, Action::Prompt(Edit::KillToStart)],
    );
    let effects = run(&mut a, &[Action::PromptSubmit]);
    let default = default_bookmark_name(&a.article.doc, a.reading_pos());
    assert!(matches!(&effects[..], [Effect::SaveBookmark { name, .. }] if *name == default));
}

#[test]
fn the_list_opens_on_the_bookmark_at_the_reading_position_and_reloads() {
    let mut a = app(100, 30);
    with_bookmarks(&mut a);
    run(&mut a, &[Action::GotoSection(4)]);
    let effects = run(&mut a, &[Action::ShowBookmarks]);
    assert_eq!(effects, vec![Effect::LoadBookmarks]);
    assert_eq!(a.mode, Mode::Bookmarks);
    assert_eq!(a.bookmarks.selected, 1, "the last one above section 5");
    run(&mut a, &[Action::BookmarkMove(10)]);
    assert_eq!(a.bookmarks.selected, 3);
    run(&mut a, &[Action::BookmarkMove(-10)]);
    assert_eq!(a.bookmarks.selected, 0);
    run(&mut a, &[Action::CloseBookmarks]);
    assert_eq!(a.mode, Mode::Normal);
}

#[test]
fn enter_in_the_list_jumps_to_the_bookmark_and_saves_the_position() {
    let mut a = app(100, 30);
    let items = with_bookmarks(&mut a);
    run(&mut a, &[Action::ShowBookmarks, Action::BookmarkMove(1)]);
    let effects = run(&mut a, &[Action::BookmarkOpen]);
    assert_eq!(a.mode, Mode::Normal);
    assert_eq!(a.current_section(), 3);
    let target = items[1].place.pos().unwrap();
    assert_eq!(a.top_row(), a.layout().row_of(target));
    assert_eq!(effects, vec![Effect::SavePosition(a.reading_pos())]);
    assert_eq!(a.message.as_deref(), Some("bookmark: fourth"));
}

#[test]
fn a_detached_bookmark_cannot_be_jumped_to_and_says_why() {
    let mut a = app(100, 30);
    with_bookmarks(&mut a);
    run(&mut a, &[Action::ShowBookmarks, Action::BookmarkMove(3)]);
    let top = a.top_row();
    let effects = run(&mut a, &[Action::BookmarkOpen]);
    assert!(effects.is_empty());
    assert_eq!(a.mode, Mode::Bookmarks, "the list stays open");
    assert_eq!(a.top_row(), top);
    assert!(a.message.as_deref().unwrap().contains("detached"));
}

#[test]
fn r_renames_the_selected_bookmark_and_returns_to_the_list() {
    let mut a = app(100, 30);
    with_bookmarks(&mut a);
    run(
        &mut a,
        &[
            Action::ShowBookmarks,
            Action::BookmarkMove(-9),
            Action::BookmarkRename,
        ],
    );
    match &a.mode {
        Mode::BookmarkName { prompt, target } => {
            assert_eq!(prompt.label, RENAME_LABEL);
            assert_eq!(prompt.input, "second");
            assert_eq!(*target, NameTarget::Rename("a".into()));
        }
        other => panic!("no prompt: {other:?}"),
    }
    run(&mut a, &typed(" part"));
    let effects = run(&mut a, &[Action::PromptSubmit]);
    assert_eq!(
        effects,
        vec![Effect::RenameBookmark {
            id: "a".into(),
            name: "second part".into()
        }]
    );
    assert_eq!(a.mode, Mode::Bookmarks);
    assert_eq!(a.bookmarks.items[0].name, "second part");
    // Esc in the rename prompt goes back to the list, unchanged.
    let effects = run(&mut a, &[Action::BookmarkRename, Action::PromptCancel]);
    assert!(effects.is_empty());
    assert_eq!(a.mode, Mode::Bookmarks);
}

#[test]
fn d_deletes_and_u_undoes_while_the_list_is_open() {
    let mut a = app(100, 30);
    with_bookmarks(&mut a);
    run(&mut a, &[Action::ShowBookmarks, Action::BookmarkMove(-9)]);
    let effects = run(&mut a, &[Action::BookmarkDelete, Action::BookmarkDelete]);
    assert_eq!(
        effects,
        vec![
            Effect::DeleteBookmark { id: "a".into() },
            Effect::DeleteBookmark { id: "b".into() }
        ]
    );
    let ids = |a: &App| {
        a.bookmarks
            .items
            .iter()
            .map(|b| b.id.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(&a), ["c", "d"]);
    // Undo brings back the last deleted first, in its place, selected.
    let effects = run(&mut a, &[Action::BookmarkUndo]);
    assert_eq!(effects, vec![Effect::RestoreBookmark { id: "b".into() }]);
    assert_eq!(ids(&a), ["b", "c", "d"]);
    assert_eq!(a.bookmarks.selected, 0);
    run(&mut a, &[Action::BookmarkUndo]);
    assert_eq!(ids(&a), ["a", "b", "c", "d"]);
    let effects = run(&mut a, &[Action::BookmarkUndo]);
    assert!(effects.is_empty());
    assert_eq!(a.message.as_deref(), Some("nothing to undo"));
    // Closing the list forgets what could be undone.
    run(
        &mut a,
        &[
            Action::BookmarkDelete,
            Action::CloseBookmarks,
            Action::ShowBookmarks,
        ],
    );
    assert!(run(&mut a, &[Action::BookmarkUndo]).is_empty());
}

#[test]
fn next_and_previous_bookmark_go_in_document_order_and_wrap() {
    let mut a = app(100, 30);
    with_bookmarks(&mut a);
    let section = |a: &mut App, action: Action| {
        let effects = run(a, &[action]);
        assert_eq!(effects, vec![Effect::SavePosition(a.reading_pos())]);
        a.current_section()
    };
    assert_eq!(section(&mut a, Action::NextBookmark), 1);
    assert_eq!(section(&mut a, Action::NextBookmark), 3);
    assert_eq!(
        section(&mut a, Action::NextBookmark),
        5,
        "a moved one counts"
    );
    assert_eq!(
        section(&mut a, Action::NextBookmark),
        1,
        "wraps; the detached one is skipped"
    );
    assert!(a.message.as_deref().unwrap().contains("wrapped"));
    assert_eq!(section(&mut a, Action::PrevBookmark), 5, "wraps back");
    assert_eq!(section(&mut a, Action::PrevBookmark), 3);
    assert_eq!(a.message.as_deref(), Some("bookmark 2/3: fourth"));
}

#[test]
fn next_bookmark_without_bookmarks_says_how_to_add_one() {
    let mut a = app(100, 30);
    assert!(run(&mut a, &[Action::NextBookmark]).is_empty());
    assert!(a.message.as_deref().unwrap().contains("b adds one"));
    assert_eq!(a.top_row(), 0);
}

#[test]
fn resume_puts_the_saved_position_at_the_top_and_says_so() {
    let mut a = app(100, 30);
    let pos = section_start(&a, 4);
    run(&mut a, &[Action::ResumeAt(pos)]);
    assert_eq!(a.current_section(), 4);
    let label = a.article.doc.section_label(4);
    assert_eq!(a.message, Some(format!("resumed at {label}")));
    // The very top is no resume at all.
    let mut b = app(100, 30);
    run(&mut b, &[Action::ResumeAt(Pos::default())]);
    assert_eq!((b.top_row(), b.message.clone()), (0, None));
}

#[test]
fn jumps_ask_to_save_the_position_and_scrolling_does_not() {
    let mut a = app(100, 30);
    assert!(run(&mut a, &[Action::ScrollRows(5), Action::ScrollPages(1)]).is_empty());
    let effects = run(&mut a, &[Action::NextSection]);
    assert_eq!(effects, vec![Effect::SavePosition(a.reading_pos())]);
    let effects = run(&mut a, &[Action::GotoSection(6)]);
    assert_eq!(effects, vec![Effect::SavePosition(a.reading_pos())]);
    // A jump that does not move (already there) saves nothing.
    assert!(run(&mut a, &[Action::GotoSection(6)]).is_empty());
}

#[test]
fn store_warnings_go_to_the_status_line_sanitized() {
    let mut a = app(100, 30);
    run(
        &mut a,
        &[Action::StoreWarnings(vec![
            "state file was unreadable".into(),
            "bad\u{1b}[2J".into(),
        ])],
    );
    let m = a.message.clone().unwrap();
    assert!(m.starts_with("state file was unreadable · bad"), "{m}");
    assert!(!m.chars().any(char::is_control), "{m:?}");
}

#[test]
fn bookmarked_sections_mark_only_placed_bookmarks() {
    let mut a = app(100, 30);
    with_bookmarks(&mut a);
    assert_eq!(a.bookmarked_sections(), vec![1, 3, 5]);
}
