//! An article full of escape sequences renders through the real crossterm backend
//! without a single forbidden byte in the output stream.

#[path = "pty_support/escapes.rs"]
mod escapes;

use folio::app::{update, Action, App};
use folio::article::Article;
use folio::ui::{self, Theme};
use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};
use std::io::Write;
use std::sync::{Arc, Mutex};

/// A writer whose bytes the test can read after the backend took it.
#[derive(Clone, Default)]
struct Shared(Arc<Mutex<Vec<u8>>>);

impl Write for Shared {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[test]
fn hostile_article_produces_no_control_sequences_in_the_output_stream() {
    let text = escapes::hostile_article();
    let name = "evil\x1b]0;name\x07\u{9b}2J.txt";
    let article = Article::from_text(name, None, &text, 0, None);
    for (w, h) in [(80, 24), (40, 12), (200, 60)] {
        let mut app = App::new(article.clone(), 72, Rect::new(0, 0, w, h));
        let sink = Shared::default();
        let backend = CrosstermBackend::new(sink.clone());
        let mut term = Terminal::with_options(
            backend,
            TerminalOptions {
                viewport: Viewport::Fixed(Rect::new(0, 0, w, h)),
            },
        )
        .unwrap();
        for action in [Action::Top, Action::ScrollPages(1), Action::ShowHelp] {
            update(&mut app, action);
            for theme in [Theme::color(), Theme::mono()] {
                term.draw(|f| ui::draw(f, &app, &theme)).unwrap();
            }
        }
        let out = sink.0.lock().unwrap().clone();
        let bad = escapes::forbidden(&out);
        assert!(bad.is_empty(), "{w}x{h}: {bad:?}");
        let shown = String::from_utf8_lossy(&out);
        assert!(shown.contains("^[") || w < 60, "caret notation visible");
    }
}

#[test]
fn the_checker_catches_what_it_should() {
    // `ESC[2J` (clear screen) is one the app sends itself, so the checker allows it;
    // from content it cannot arrive, because the ESC is shown as `^[`.
    for p in escapes::PAYLOADS.iter().filter(|p| **p != "\x1b[2J") {
        assert!(
            !escapes::forbidden(p.as_bytes()).is_empty(),
            "checker misses {p:?}"
        );
    }
    assert!(escapes::forbidden(b"\x1b[1;2H\x1b[38;5;3mok\x1b[?25l").is_empty());
}
