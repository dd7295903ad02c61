//! Reader speed: parse + layout + first frame for the bundled article and a generated
//! ~5 MB article, and one scroll step (update + frame) at the end of the 5 MB article.
//!
//! Targets: under 2 ms, under 50 ms, under 1 ms.
//!
//! Filters (`-- filter`): applying a speaker filter and a `)` jump, on the bundled article
//! and the 5 MB one: well under 1 ms, and flat.

use criterion::{criterion_group, criterion_main, Criterion};
use folio::app::{update, Action, App};
use folio::article::{Article, BUNDLED_NAME, BUNDLED_TEXT};
use folio::ui::{self, Theme};
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;
use ratatui::Terminal;
use std::hint::black_box;

const W: u16 = 120;
const H: u16 = 40;

/// A plain-text article of about `bytes` bytes: the bundled body repeated, with a
/// heading before each copy so it has many sections.
fn generated(bytes: usize) -> String {
    let body: String = BUNDLED_TEXT
        .lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| format!("{l}\n\n"))
        .collect();
    let mut out = String::from("date 2025-03 A generated lead paragraph for the benchmark.\n\n");
    let mut n = 0;
    while out.len() < bytes {
        n += 1;
        out.push_str(&format!("Part {n}\n\n"));
        out.push_str(&body);
    }
    out
}

/// Parse, lay out and draw the first frame, as the reader does: the quote analysis runs on
/// a thread meanwhile (measured by `benches/analysis.rs`), so it is not part of this.
fn open_and_draw(text: &str, term: &mut Terminal<TestBackend>, theme: &Theme) -> App {
    let article = Article::parsed(BUNDLED_NAME, None, text, 0, None);
    let app = App::new(article, 72, Rect::new(0, 0, W, H));
    term.draw(|f| ui::draw(f, &app, theme)).unwrap();
    app
}

fn bench(c: &mut Criterion) {
    let theme = Theme::color();
    let mut term = Terminal::new(TestBackend::new(W, H)).unwrap();
    // `iter_with_large_drop`: freeing the previous document is not part of opening one.
    c.bench_function("bundled: parse + layout + first frame", |b| {
        b.iter_with_large_drop(|| open_and_draw(BUNDLED_TEXT, &mut term, &theme))
    });

    let big = generated(5 * 1024 * 1024);
    let mut group = c.benchmark_group("5 MB");
    group.sample_size(20);
    group.bench_function("parse + layout + first frame", |b| {
        b.iter_with_large_drop(|| open_and_draw(&big, &mut term, &theme))
    });
    group.finish();

    let mut app = open_and_draw(&big, &mut term, &theme);
    update(&mut app, Action::Bottom);
    update(&mut app, Action::ScrollRows(-1));
    let mut down = true;
    c.bench_function("5 MB: one scroll step at the end", |b| {
        b.iter(|| {
            update(&mut app, Action::ScrollRows(if down { 1 } else { -1 }));
            down = !down;
            term.draw(|f| ui::draw(f, &app, &theme)).unwrap();
        })
    });
}

/// Applying a one-speaker filter (toggling it on and off: two applies per iteration
/// would hide a cached no-op) and a `)` jump, on `text`.
fn bench_filter(c: &mut Criterion, label: &str, text: &str) {
    let article = Article::from_text(BUNDLED_NAME, None, text, 0, None);
    let mut app = App::new(article, 72, Rect::new(0, 0, W, H));
    let apply = [
        Action::SpeakersOpen,
        Action::SpeakersToggle,
        Action::SpeakersApply,
    ];
    c.bench_function(&format!("filter {label}: apply a speaker filter"), |b| {
        b.iter(|| {
            for a in &apply {
                update(&mut app, a.clone());
            }
            black_box(app.quotes.passing.len())
        })
    });
    if !app.quotes.filter.is_active() {
        for a in &apply {
            update(&mut app, a.clone());
        }
    }
    update(&mut app, Action::Bottom);
    c.bench_function(&format!("filter {label}: `)` jump"), |b| {
        b.iter(|| {
            update(&mut app, Action::NextQuote);
            black_box(app.quotes.focus)
        })
    });
}

fn bench_filters(c: &mut Criterion) {
    bench_filter(c, "bundled", BUNDLED_TEXT);
    bench_filter(c, "5 MB", &generated(5 * 1024 * 1024));
}

criterion_group!(benches, bench, bench_filters);
criterion_main!(benches);
