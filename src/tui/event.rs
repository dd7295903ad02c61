//! Turning terminal events into actions: keys through the keymap, mouse by position.

use crate::app::keymap::action_for;
use crate::app::{Action, App};
use crossterm::event::{Event, MouseEventKind};

/// The action for a terminal event, if it means anything to the reader.
pub fn action_for_event(app: &App, event: Event) -> Option<Action> {
    match event {
        Event::Key(key) => action_for(app, key),
        Event::Resize(w, h) => Some(Action::Resize(w, h)),
        Event::Mouse(m) => match m.kind {
            MouseEventKind::Down(_) => Some(Action::Click(m.column, m.row)),
            MouseEventKind::ScrollDown => Some(Action::Wheel(m.column, m.row, 1)),
            MouseEventKind::ScrollUp => Some(Action::Wheel(m.column, m.row, -1)),
            _ => None,
        },
        Event::FocusGained | Event::FocusLost | Event::Paste(_) => None,
    }
}
