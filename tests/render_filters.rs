//! Render tests for the quote filters: snapshots of the quotes view, the speaker filter
//! and the filtered text, and style checks that colour (or underline) carries the speaker.

mod reader_support;
use reader_support::{act, app, render};

use folio::app::{Action, App};
use folio::ui::{palette, Theme};
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};

/// Filters to the speaker at row `row` of the speaker filter.
fn filter_to(app: &mut App, row: i32) {
    act(
        app,
        &[
            Action::SpeakersOpen,
            Action::SpeakersMove(row),
            Action::SpeakersToggle,
            Action::SpeakersApply,
        ],
    );
}

/// Cells whose symbol starts the text of quote `i` on screen, found by its first word.
fn cells_of_word(buf: &Buffer, word: &str) -> Vec<(u16, u16)> {
    let mut out = Vec::new();
    for y in 0..buf.area.height {
        let row: Vec<String> = (0..buf.area.width)
            .map(|x| buf[(x, y)].symbol().to_string())
            .collect();
        let line: String = row.concat();
        if let Some(byte) = line.find(word) {
            let col = line[..byte].chars().count() as u16;
            out.push((col, y));
        }
    }
    out
}

#[test]
fn quotes_view_80x24() {
    let mut a = app(80, 24);
    act(&mut a, &[Action::QuotesOpen, Action::QuotesMove(2)]);
    insta::assert_snapshot!(render(&a, &Theme::color()).backend());
}

#[test]
fn quotes_view_filtered_40x12() {
    let mut a = app(40, 12);
    filter_to(&mut a, 1);
    act(&mut a, &[Action::QuotesOpen]);
    let t = render(&a, &Theme::color());
    let n = a.quotes.passing.len();
    let total = a.article.analysis.quotes.len();
    let top: String = (0..40)
        .map(|x| t.backend().buffer()[(x, 0)].symbol().to_string())
        .collect();
    assert!(top.contains(&format!("{n} of {total}")), "{top}");
    insta::assert_snapshot!(t.backend());
}

#[test]
fn speaker_filter_80x24() {
    let mut a = app(80, 24);
    act(
        &mut a,
        &[
            Action::SpeakersOpen,
            Action::SpeakersMove(1),
            Action::SpeakersToggle,
        ],
    );
    insta::assert_snapshot!(render(&a, &Theme::color()).backend());
}

#[test]
fn filtered_text_80x24() {
    let mut a = app(80, 24);
    filter_to(&mut a, 0);
    act(&mut a, &[Action::NextQuote, Action::NextQuote]);
    insta::assert_snapshot!(render(&a, &Theme::color()).backend());
}

#[test]
fn a_speakers_quotes_carry_their_colour_and_others_are_dimmed() {
    let mut a = app(100, 30);
    act(&mut a, &[Action::GotoSection(2)]);
    let analysis = a.article.analysis.clone();
    let quote_on_screen = |a: &App, s: usize| {
        analysis.quotes.iter().position(|q| {
            let row = a.layout().row_of(q.start);
            q.speaker == Some(s) && row >= a.top_row() && row + 2 < a.top_row() + a.page_rows()
        })
    };
    let i = quote_on_screen(&a, 1).expect("a quote of speaker 1 in section 3");
    let word = analysis.quotes[i]
        .text
        .split_whitespace()
        .next()
        .unwrap()
        .to_string();
    let theme = Theme::color();
    let t = render(&a, &theme);
    let buf = t.backend().buffer();
    let (x, y) = cells_of_word(buf, &format!("‘{word}"))[0];
    let colour = palette::color(a.quotes.slots[1]);
    assert_eq!(buf[(x + 1, y)].fg, colour, "speaker colour on the quote");
    // Filtered to the other speaker: this quote is dimmed.
    filter_to(&mut a, 0);
    let t = render(&a, &theme);
    let buf = t.backend().buffer();
    assert_eq!(buf[(x + 1, y)].fg, Color::DarkGray, "dimmed");
    // Two speakers, two colours.
    assert_ne!(a.quotes.slots[0], a.quotes.slots[1]);
}

#[test]
fn without_colour_quotes_are_underlined_and_the_status_names_the_speaker() {
    let mut a = app(100, 30);
    filter_to(&mut a, 0);
    act(&mut a, &[Action::NextQuote]);
    let i = a.quotes.focus.unwrap();
    let q = a.article.analysis.quotes[i].clone();
    let word = q.text.split_whitespace().next().unwrap().to_string();
    let t = render(&a, &Theme::mono());
    let buf = t.backend().buffer();
    for y in 0..30 {
        for x in 0..100 {
            let c = &buf[(x, y)];
            assert_eq!(
                (c.fg, c.bg),
                (Color::Reset, Color::Reset),
                "no colour at {x},{y}"
            );
        }
    }
    let (x, y) = cells_of_word(buf, &format!("‘{word}"))[0];
    assert!(buf[(x + 1, y)].modifier.contains(Modifier::UNDERLINED));
    let status: String = (0..100)
        .map(|x| buf[(x, 29)].symbol().to_string())
        .collect();
    let name = &a.article.analysis.speakers[0].name;
    assert!(status.contains(name.as_str()), "{status}");
}

#[test]
fn ruler_marks_the_filtered_quotes_without_hiding_the_thumb() {
    let mut a = app(100, 30);
    filter_to(&mut a, 1);
    let theme = Theme::color();
    let t = render(&a, &theme);
    let buf = t.backend().buffer();
    let x = a.panes().scrollbar.unwrap().x;
    let marks = (0..29).filter(|&y| buf[(x, y)].symbol() == "•").count();
    assert!(marks >= 3, "{marks} quote marks");
    // The thumb's rows keep its background even under a mark.
    let thumb_rows = (0..29)
        .filter(|&y| buf[(x, y)].bg == theme.thumb.bg.unwrap())
        .count();
    let thumb_symbols = (0..29).filter(|&y| buf[(x, y)].symbol() == "┃").count();
    assert!(thumb_rows >= thumb_symbols && thumb_rows > 0);
}

#[test]
fn the_filter_views_render_at_every_small_size_without_panicking() {
    for w in (1..50).step_by(3) {
        for h in 1..16 {
            for open in [
                Action::QuotesOpen,
                Action::SpeakersOpen,
                Action::ExportStart,
            ] {
                let mut a = app(w, h);
                filter_to(&mut a, 0);
                act(&mut a, &[Action::NextQuote, open]);
                render(&a, &Theme::color());
                render(&a, &Theme::mono());
            }
        }
    }
}
