//! The speaker filter overlay (`s`): a list of speakers plus "unattributed", a draft
//! selection toggled with `Space` and applied with `Enter`.

use super::{App, Mode};
use crate::filter::SpeakerKey;
use std::collections::BTreeSet;

/// The overlay's cursor and the selection being drafted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SpeakerPicker {
    /// The highlighted row: a speaker index, or the speaker count for "unattributed".
    pub cursor: usize,
    /// The selection that `Enter` will apply.
    pub draft: BTreeSet<SpeakerKey>,
    /// The mode to return to on `Enter` / `Esc`.
    pub back: Option<Box<Mode>>,
}

impl SpeakerPicker {
    /// The speaker key of row `row` in a list of `speakers` speakers.
    pub fn key(row: usize, speakers: usize) -> SpeakerKey {
        (row < speakers).then_some(row)
    }
}

impl App {
    /// Number of rows in the speaker list (every speaker, then "unattributed").
    pub fn picker_rows(&self) -> usize {
        self.article.analysis.speakers.len() + 1
    }

    /// Opens the overlay with the filter's current speakers as the draft.
    pub(super) fn open_speakers(&mut self) {
        let back = std::mem::replace(&mut self.mode, Mode::Speakers);
        let last = self.picker_rows() - 1;
        let picker = &mut self.quotes.picker;
        picker.draft = self.quotes.filter.speakers.clone();
        picker.cursor = picker.cursor.min(last);
        picker.back = Some(Box::new(back));
    }

    /// Moves the overlay's cursor by `n` rows, stopping at the ends.
    pub(super) fn move_speaker_cursor(&mut self, n: i32) {
        let last = self.picker_rows() as i64 - 1;
        let c = &mut self.quotes.picker.cursor;
        *c = (*c as i64 + i64::from(n)).clamp(0, last) as usize;
    }

    /// Adds or removes the speaker under the cursor in the draft.
    pub(super) fn toggle_speaker(&mut self) {
        let n = self.article.analysis.speakers.len();
        let key = SpeakerPicker::key(self.quotes.picker.cursor, n);
        let draft = &mut self.quotes.picker.draft;
        if !draft.remove(&key) {
            draft.insert(key);
        }
    }

    /// Puts the draft in force and closes the overlay.
    pub(super) fn apply_speakers(&mut self) {
        self.quotes.filter.speakers = std::mem::take(&mut self.quotes.picker.draft);
        self.filter_changed();
        self.close_speakers();
    }

    /// Closes the overlay, back to where it was opened.
    pub(super) fn close_speakers(&mut self) {
        self.mode = self.quotes.picker.back.take().map_or(Mode::Normal, |m| *m);
    }

    /// Drops the whole filter (speakers and words).
    pub(super) fn clear_filter(&mut self) {
        if self.quotes.filter.is_active() {
            self.quotes.filter.clear();
            self.filter_changed();
            self.message = Some("filter cleared".into());
        }
    }

    /// Rebuilds the filter's caches; forgets a jumped-to quote that no longer passes.
    pub(super) fn filter_changed(&mut self) {
        self.quotes.refresh(&self.article);
        if self.quotes.focus.is_some_and(|q| !self.quotes.passes(q)) {
            self.quotes.focus = None;
        }
    }
}
