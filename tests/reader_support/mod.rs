//! Helpers shared by the tests that drive `App` without a terminal: build one on the
//! bundled article, feed it actions, draw it into a `TestBackend`, read rows back.
#![allow(dead_code)] // each test crate uses its own subset

use folio::app::{update, Action, App, Effect};
use folio::article::Article;
use folio::ui::{self, Theme};
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::Terminal;

/// The reader on the bundled article, on a `w`×`h` screen, at the default measure.
pub fn app(w: u16, h: u16) -> App {
    App::new(
        Article::open(None, None).unwrap(),
        72,
        Rect::new(0, 0, w, h),
    )
}

/// Applies `actions` in order and returns the effects they asked for.
pub fn run(app: &mut App, actions: &[Action]) -> Vec<Effect> {
    actions
        .iter()
        .filter_map(|a| update(app, a.clone()))
        .collect()
}

/// Applies `actions` in order, ignoring effects.
pub fn act(app: &mut App, actions: &[Action]) {
    run(app, actions);
}

/// Draws `app` with `theme` into a fresh `TestBackend` of the app's screen size.
pub fn render(app: &App, theme: &Theme) -> Terminal<TestBackend> {
    let s = app.screen;
    let mut t = Terminal::new(TestBackend::new(s.width, s.height)).unwrap();
    t.draw(|f| ui::draw(f, app, theme)).unwrap();
    t
}

/// The text of row `y` of a buffer.
pub fn row(buf: &Buffer, y: u16) -> String {
    (0..buf.area.width)
        .map(|x| buf[(x, y)].symbol().to_string())
        .collect()
}
