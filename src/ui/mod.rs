//! Views: they draw an `App` and never change it or do I/O.

mod bookmarks;
mod help;
mod outline;
pub mod palette;
mod prompt;
mod quote_status;
mod quotes;
mod scrollbar;
mod speakers;
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
    let body =
        ratatui::layout::Rect::new(area.x, area.y, area.width, area.height.saturating_sub(1));
    match &app.mode {
        Mode::Quotes | Mode::QuoteWords(_) => quotes::draw(buf, body, app, theme),
        Mode::Export { from_quotes, .. } if *from_quotes => quotes::draw(buf, body, app, theme),
        Mode::Speakers => speakers::draw(buf, body, app, theme),
        // Renaming keeps the list visible behind the prompt.
        Mode::Bookmarks
        | Mode::BookmarkName {
            target: NameTarget::Rename(_),
            ..
        } => bookmarks::draw(buf, area, app, theme),
        _ => {}
    }
    let mut cursor = status::draw(buf, panes.status, app, theme);
    if let Some(p) = app.mode.prompt() {
        cursor = prompt::draw(frame.buffer_mut(), panes.status, p, theme.status);
    }
    if let Mode::Help { scroll } = app.mode {
        help::draw(frame.buffer_mut(), area, scroll, theme);
    }
    if let Some(at) = cursor {
        frame.set_cursor_position(at);
    }
}
