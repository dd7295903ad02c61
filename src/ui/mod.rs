//! Views: they draw an `App` and never change it or do I/O.

mod bookmarks;
mod help;
mod outline;
mod prompt;
mod scrollbar;
mod status;
mod text;
pub mod theme;
pub mod util;

pub use theme::Theme;

use crate::app::bookmarks::NameTarget;
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
    let mut cursor = status::draw(buf, panes.status, app, theme);
    match &app.mode {
        Mode::Help { scroll } => help::draw(frame.buffer_mut(), area, *scroll, theme),
        Mode::Bookmarks => bookmarks::draw(frame.buffer_mut(), area, app, theme),
        Mode::BookmarkName { prompt, target } => {
            if matches!(target, NameTarget::Rename(_)) {
                bookmarks::draw(frame.buffer_mut(), area, app, theme);
            }
            cursor = prompt::draw(frame.buffer_mut(), panes.status, prompt, theme);
        }
        Mode::Normal | Mode::SearchPrompt => {}
    }
    if let Some(at) = cursor {
        frame.set_cursor_position(at);
    }
}
