//! Views: they draw an `App` and never change it or do I/O.

mod help;
mod outline;
mod scrollbar;
mod status;
mod text;
pub mod theme;
pub mod util;

pub use theme::Theme;

use crate::app::{App, Mode};
use ratatui::Frame;

/// Draws the whole reader for `app` into `frame`.
pub fn draw(frame: &mut Frame<'_>, app: &App, theme: &Theme) {
    let area = frame.area();
    if area.width == 0 || area.height == 0 {
        return;
    }
    let panes = app.panes();
    let buf = frame.buffer_mut();
    if let Some(rect) = panes.outline {
        outline::draw(buf, rect, app, theme);
    }
    text::draw(buf, panes.column, app, theme);
    if let Some(rect) = panes.scrollbar {
        scrollbar::draw(buf, rect, app, theme);
    }
    let cursor = status::draw(buf, panes.status, app, theme);
    if let Mode::Help { scroll } = app.mode {
        help::draw(frame.buffer_mut(), area, scroll, theme);
    }
    if let Some(at) = cursor {
        frame.set_cursor_position(at);
    }
}
