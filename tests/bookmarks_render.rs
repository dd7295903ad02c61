//! Render tests for bookmarks: the list overlay (snapshot), the name prompt, the outline
//! marker and the scrollbar mark.

mod reader_support;
use reader_support::{act, app, render, row};

use folio::app::{Action, App};
use folio::document::Pos;
use folio::store::{BookmarkView, Place, Timestamp};
use folio::ui::{self, Theme};
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;
use ratatui::Terminal;

/// Three bookmarks: exact, moved, detached; made at fixed times.
fn bookmarks(app: &App) -> Vec<BookmarkView> {
    let doc = &app.article.doc;
    let at = |i: usize| Pos::new(doc.sections[i].blocks.start + 1, 0);
    let view = |id: &str, name: &str, place: Place, section: usize, minutes: u64| BookmarkView {
        id: id.into(),
        name: name.into(),
        section: doc.section_label(section),
        excerpt: "Up to sixty characters of the text at the bookmark".into(),
        created: Timestamp(1_740_830_400_000 + minutes * 60_000),
        place,
    };
    vec![
        view("a", "Where the argument starts", Place::Exact(at(1)), 1, 0),
        view("b", "A moved one", Place::Moved(at(4)), 4, 5),
        view("c", "A detached one", Place::Detached, 6, 65),
    ]
}

#[test]
fn bookmarks_list_overlay_80x24() {
    let mut a = app(80, 24);
    let items = bookmarks(&a);
    act(
        &mut a,
        &[
            Action::SetBookmarks(items),
            Action::ShowBookmarks,
            Action::BookmarkMove(1),
        ],
    );
    insta::assert_snapshot!(render(&a, &Theme::color()).backend());
}

#[test]
fn empty_bookmarks_list_says_how_to_add_one() {
    let mut a = app(80, 24);
    act(&mut a, &[Action::ShowBookmarks]);
    let t = render(&a, &Theme::color());
    let screen: Vec<String> = (0..24).map(|y| row(t.backend().buffer(), y)).collect();
    assert!(screen.iter().any(|r| r.contains("Bookmarks (0)")));
    assert!(screen.iter().any(|r| r.contains("press b while reading")));
}

#[test]
fn name_prompt_replaces_the_status_line_with_the_cursor_at_the_end() {
    let mut a = app(80, 24);
    act(&mut a, &[Action::NextSection, Action::AddBookmark]);
    let mut t = render(&a, &Theme::color());
    let status = row(t.backend().buffer(), 23);
    let label = a.article.doc.section_label(1);
    assert!(
        status.starts_with(&format!("Bookmark name: {label}")),
        "{status:?}"
    );
    let cursor = t.get_cursor_position().unwrap();
    assert_eq!(cursor.y, 23);
    assert_eq!(
        usize::from(cursor.x),
        "Bookmark name: ".chars().count() + label.chars().count()
    );
}

#[test]
fn bookmarked_sections_get_a_marker_in_the_outline_and_on_the_scrollbar() {
    let mut a = app(100, 30);
    let items = bookmarks(&a);
    act(&mut a, &[Action::SetBookmarks(items)]);
    let t = render(&a, &Theme::color());
    let buf = t.backend().buffer();
    let outline = a.panes().outline.unwrap();
    let marker_x = outline.right() - 2; // the column left of the border
    let marked: Vec<u16> = (0..8)
        .filter(|&y| buf[(marker_x, y)].symbol() == "•")
        .collect();
    assert_eq!(
        marked,
        [1, 4],
        "sections 2 and 5 (the detached one has none)"
    );
    let bar = a.panes().scrollbar.unwrap();
    let diamonds = (bar.y..bar.bottom())
        .filter(|&y| buf[(bar.x, y)].symbol() == "◆")
        .count();
    assert_eq!(diamonds, 2);
}

#[test]
fn the_list_and_the_rename_prompt_render_at_every_size_without_panic() {
    let mut a = app(1, 1);
    let items = bookmarks(&a);
    act(
        &mut a,
        &[Action::SetBookmarks(items), Action::ShowBookmarks],
    );
    for w in 1..=90u16 {
        let mut t = Terminal::new(TestBackend::new(w, 30)).unwrap();
        for h in 1..=30u16 {
            t.backend_mut().resize(w, h);
            t.resize(Rect::new(0, 0, w, h)).unwrap();
            act(&mut a, &[Action::Resize(w, h)]);
            t.draw(|f| ui::draw(f, &a, &Theme::color())).unwrap();
            act(&mut a, &[Action::BookmarkRename]);
            t.draw(|f| ui::draw(f, &a, &Theme::mono())).unwrap();
            act(&mut a, &[Action::PromptCancel]);
        }
    }
}
