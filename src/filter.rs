//! The quote filter: narrow the direct quotes to chosen speakers and to quotes with given words.

use crate::quotes::Analysis;
use std::collections::BTreeSet;

/// A speaker as the filter sees it: a known speaker or the "unattributed" group.
pub type SpeakerKey = Option<usize>;

/// Which quotes to show: by speaker (none chosen = all) and by words (all must occur).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QuoteFilter {
    /// Chosen speakers; `None` in the set stands for unattributed quotes. Empty = everyone.
    pub speakers: BTreeSet<SpeakerKey>,
    /// Words typed in the quotes view; every word must occur (case-insensitive).
    pub words: String,
}

impl QuoteFilter {
    /// True when the filter narrows anything.
    pub fn is_active(&self) -> bool {
        self.has_speakers() || !self.words.trim().is_empty()
    }

    /// True when a speaker selection is on.
    pub fn has_speakers(&self) -> bool {
        !self.speakers.is_empty()
    }

    /// True when quotes of `speaker` pass the speaker part of the filter.
    pub fn speaker_passes(&self, speaker: SpeakerKey) -> bool {
        self.speakers.is_empty() || self.speakers.contains(&speaker)
    }

    /// Adds `speaker` to the selection, or removes it if it was chosen.
    pub fn toggle(&mut self, speaker: SpeakerKey) {
        if !self.speakers.remove(&speaker) {
            self.speakers.insert(speaker);
        }
    }

    /// Clears speakers and words.
    pub fn clear(&mut self) {
        *self = Self::default();
    }

    /// True when quote `i` passes both the speaker and the word filter.
    pub fn matches(&self, analysis: &Analysis, i: usize) -> bool {
        let Some(q) = analysis.quotes.get(i) else {
            return false;
        };
        self.speaker_passes(q.speaker) && words_match(&self.words, &q.text)
    }

    /// Indices of the quotes that pass, in article order.
    pub fn apply(&self, analysis: &Analysis) -> Vec<usize> {
        (0..analysis.quotes.len())
            .filter(|&i| self.matches(analysis, i))
            .collect()
    }

    /// How many passing quotes each of `sections` sections holds.
    pub fn section_counts(&self, analysis: &Analysis, sections: usize) -> Vec<usize> {
        let mut counts = vec![0; sections];
        for i in self.apply(analysis) {
            if let Some(c) = counts.get_mut(analysis.quotes[i].section) {
                *c += 1;
            }
        }
        counts
    }

    /// A short description for the status line, e.g. `2 speakers + "war"`.
    pub fn describe(&self, analysis: &Analysis) -> String {
        let mut parts = Vec::new();
        if self.speakers.len() == 1 {
            let key = self.speakers.iter().next().copied().flatten();
            parts.push(match key.and_then(|s| analysis.speakers.get(s)) {
                Some(s) => s.name.clone(),
                None => "unattributed".to_string(),
            });
        } else if self.speakers.len() > 1 {
            parts.push(format!("{} speakers", self.speakers.len()));
        }
        let words = self.words.trim();
        if !words.is_empty() {
            parts.push(format!("“{words}”"));
        }
        parts.join(" + ")
    }
}

/// True when every whitespace-separated word of `query` occurs in `text`, ignoring case.
pub fn words_match(query: &str, text: &str) -> bool {
    let mut words = query.split_whitespace().peekable();
    if words.peek().is_none() {
        return true;
    }
    let text = text.to_lowercase();
    words.all(|w| text.contains(&w.to_lowercase()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Pos;
    use crate::quotes::{Quote, QuoteKind, Speaker};

    fn analysis() -> Analysis {
        let quote = |text: &str, speaker, section| Quote {
            kind: QuoteKind::Direct,
            text: text.into(),
            start: Pos::default(),
            end: Pos::default(),
            speaker,
            section,
            pieces: vec![],
        };
        let speaker = |name: &str| Speaker {
            name: name.into(),
            role: None,
            aliases: vec![],
        };
        Analysis {
            quotes: vec![
                quote("The war is over", Some(0), 0),
                quote("We will rebuild the harbour", Some(1), 1),
                quote("The WAR goes on", Some(1), 1),
                quote("Nobody knows", None, 2),
            ],
            terms: vec![],
            speakers: vec![speaker("Ann Lee"), speaker("Bo Tan")],
        }
    }

    #[test]
    fn empty_filter_passes_every_quote() {
        let a = analysis();
        let f = QuoteFilter::default();
        assert!(!f.is_active());
        assert_eq!(f.apply(&a), [0, 1, 2, 3]);
    }

    #[test]
    fn speakers_narrow_and_toggle_off_again() {
        let a = analysis();
        let mut f = QuoteFilter::default();
        f.toggle(Some(1));
        assert_eq!(f.apply(&a), [1, 2]);
        f.toggle(None);
        assert_eq!(f.apply(&a), [1, 2, 3]);
        f.toggle(Some(1));
        assert_eq!(f.apply(&a), [3]);
    }

    #[test]
    fn words_are_case_insensitive_and_all_required() {
        let a = analysis();
        let f = QuoteFilter {
            words: "war the".into(),
            ..QuoteFilter::default()
        };
        assert_eq!(f.apply(&a), [0, 2]);
    }

    #[test]
    fn speakers_and_words_combine_and_clear_resets() {
        let a = analysis();
        let mut f = QuoteFilter {
            words: "war".into(),
            ..QuoteFilter::default()
        };
        f.toggle(Some(1));
        assert_eq!(f.apply(&a), [2]);
        assert_eq!(f.describe(&a), "Bo Tan + “war”");
        f.clear();
        assert_eq!(f.apply(&a).len(), 4);
    }

    #[test]
    fn section_counts_follow_the_filter() {
        let a = analysis();
        let mut f = QuoteFilter::default();
        assert_eq!(f.section_counts(&a, 3), [1, 2, 1]);
        f.toggle(Some(0));
        assert_eq!(f.section_counts(&a, 3), [1, 0, 0]);
    }
}
