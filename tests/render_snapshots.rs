//! Render tests: the reader drawn into ratatui's `TestBackend`, snapshot and style checks.

mod reader_support;
use reader_support::{act, app, render, row};

use folio::app::{update, Action, App};
use folio::article::Article;
use folio::ui::{self, Theme};
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::Terminal;

fn search(app: &mut App, query: &str) {
    act(app, &[Action::SearchStart]);
    for c in query.chars() {
        act(app, &[Action::SearchInput(c)]);
    }
    act(app, &[Action::SearchSubmit]);
}

#[test]
fn opening_screen_80x24() {
    let a = app(80, 24);
    insta::assert_snapshot!(render(&a, &Theme::color()).backend());
}

#[test]
fn second_section_with_search_40x12() {
    let mut a = app(40, 12);
    act(&mut a, &[Action::NextSection]);
    search(&mut a, "rusland");
    insta::assert_snapshot!(render(&a, &Theme::color()).backend());
}

#[test]
fn wide_screen_with_help_200x60() {
    let mut a = app(200, 60);
    act(&mut a, &[Action::GotoSection(3), Action::ShowHelp]);
    insta::assert_snapshot!(render(&a, &Theme::color()).backend());
}

#[test]
fn outline_marks_the_section_being_read_and_the_status_names_it() {
    let mut a = app(100, 30);
    act(&mut a, &[Action::GotoSection(2)]);
    let t = render(&a, &Theme::color());
    let buf = t.backend().buffer();
    assert!(row(buf, 2).starts_with("▸3 "), "{:?}", row(buf, 2));
    let theme = Theme::color();
    assert_eq!(buf[(3, 2)].fg, theme.outline_current.fg.unwrap());
    assert_eq!(buf[(3, 1)].fg, ratatui::style::Color::Reset);
    let status = row(buf, 29);
    let label = a.article.doc.section_label(2);
    assert!(status.contains(&label), "{status}");
    assert!(status.contains("? help"));
    // The heading at the top of the text is styled as a heading.
    let x = a.panes().column.x;
    assert_eq!(buf[(x, 0)].fg, theme.heading.fg.unwrap());
}

#[test]
fn search_matches_are_highlighted_and_the_current_one_differs() {
    for theme in [Theme::color(), Theme::mono()] {
        let mut a = app(100, 30);
        act(&mut a, &[Action::GotoSection(2)]);
        search(&mut a, "rusland");
        let t = render(&a, &theme);
        let buf = t.backend().buffer();
        let cur = a.search.current.unwrap();
        let m = a.search.matches[cur].clone();
        let layout = a.layout();
        let r = layout.row_of(m.start);
        let y = (r - a.top_row()) as u16;
        let row_start = layout.rows[r].range.start;
        let text = &a.article.doc.blocks[m.start.block].text;
        let col = ratatui::text::Line::raw(&text[row_start..m.start.offset]).width() as u16;
        let x = a.panes().column.x + layout.rows[r].indent + col;
        let cell = &buf[(x, y)];
        assert_eq!(cell.symbol().to_lowercase(), "r");
        assert_eq!(cell.bg, theme.current_match.bg.unwrap_or_default());
        assert!(cell.modifier.contains(theme.current_match.add_modifier));
        let plain = &buf[(x.saturating_sub(2), y)];
        assert!(!plain.modifier.contains(Modifier::REVERSED) || theme.colored);
        let status = row(buf, 29);
        assert!(
            status.contains(&format!("{}/{}", cur + 1, a.search.matches.len())),
            "{status}"
        );
    }
}

#[test]
fn no_color_theme_keeps_structure_without_colours() {
    let mut a = app(100, 30);
    act(&mut a, &[Action::GotoSection(1), Action::ToggleFocus]);
    search(&mut a, "reset");
    let t = render(&a, &Theme::mono());
    let buf = t.backend().buffer();
    for cell in buf.content() {
        assert_eq!(cell.fg, ratatui::style::Color::Reset);
        assert_eq!(cell.bg, ratatui::style::Color::Reset);
    }
    // The outline cursor and the status line are reversed; the heading is bold.
    assert!(buf[(3, 1)].modifier.contains(Modifier::REVERSED));
    assert!(buf[(3, 29)].modifier.contains(Modifier::REVERSED));
    assert!(buf[(a.panes().column.x, 0)]
        .modifier
        .contains(Modifier::BOLD | Modifier::UNDERLINED));
}

#[test]
fn invalid_bytes_are_reported_in_the_status_line() {
    let mut article = Article::open(None, None).unwrap();
    article.replaced_bytes = 7;
    let a = App::new(article, 72, Rect::new(0, 0, 100, 30));
    let t = render(&a, &Theme::color());
    assert!(row(t.backend().buffer(), 29).contains("7 invalid bytes replaced"));
}

#[test]
fn every_size_up_to_120x40_renders_without_panic() {
    let article = Article::open(None, None).unwrap();
    let mut a = App::new(article, 72, Rect::new(0, 0, 1, 1));
    search(&mut a, "de");
    act(&mut a, &[Action::GotoSection(2)]);
    let theme = Theme::color();
    for w in 1..=120u16 {
        let mut t = Terminal::new(TestBackend::new(w, 40)).unwrap();
        for h in 1..=40u16 {
            t.backend_mut().resize(w, h);
            t.resize(Rect::new(0, 0, w, h)).unwrap();
            update(&mut a, Action::Resize(w, h));
            t.draw(|f| ui::draw(f, &a, &theme)).unwrap();
            if h == 20 && w % 13 == 0 {
                update(&mut a, Action::ShowHelp);
                t.draw(|f| ui::draw(f, &a, &theme)).unwrap();
                update(&mut a, Action::CloseHelp);
            }
        }
    }
}
