//! The search the reader typed: query, matches as `Pos` ranges, and the current match.

use crate::document::{Document, Pos};
use std::ops::Range;

/// Search state kept by the app.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchState {
    /// The query as typed.
    pub query: String,
    /// Matches in document order.
    pub matches: Vec<Range<Pos>>,
    /// Index of the current match, once the search was submitted.
    pub current: Option<usize>,
}

impl SearchState {
    /// Re-runs the query against `doc` (as the user types).
    pub fn refresh(&mut self, doc: &Document) {
        self.matches = crate::search::find(doc, &self.query);
        self.current = None;
    }

    /// True when there is anything to highlight.
    pub fn is_active(&self) -> bool {
        !self.matches.is_empty()
    }

    /// Index of the first match that starts at or after `pos`, wrapping to the first.
    pub fn first_from(&self, pos: Pos) -> Option<usize> {
        if self.matches.is_empty() {
            return None;
        }
        let i = self.matches.partition_point(|m| m.start < pos);
        Some(if i == self.matches.len() { 0 } else { i })
    }

    /// Moves the current match by `step` (±1), wrapping; starts from `pos` if none is current.
    pub fn step(&mut self, step: i32, pos: Pos) -> Option<usize> {
        let n = self.matches.len();
        if n == 0 {
            return None;
        }
        let next = match self.current {
            Some(c) if step >= 0 => (c + 1) % n,
            Some(c) => (c + n - 1) % n,
            None if step >= 0 => self.first_from(pos)?,
            None => (self.first_from(pos)? + n - 1) % n,
        };
        self.current = Some(next);
        Some(next)
    }

    /// Forgets the query and matches.
    pub fn clear(&mut self) {
        *self = Self::default();
    }

    /// "3/12" once a match is current, "12 matches" before, `None` without a query.
    pub fn summary(&self) -> Option<String> {
        if self.query.is_empty() {
            return None;
        }
        let n = self.matches.len();
        let more = if n >= crate::search::MAX_MATCHES {
            "+"
        } else {
            ""
        };
        Some(match self.current {
            Some(c) => format!("{}/{n}{more}", c + 1),
            None if n == 0 => "no match".to_string(),
            None => format!("{n}{more} matches"),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state(starts: &[usize]) -> SearchState {
        SearchState {
            query: "x".into(),
            matches: starts
                .iter()
                .map(|&s| Pos::new(s, 0)..Pos::new(s, 1))
                .collect(),
            current: None,
        }
    }

    #[test]
    fn stepping_wraps_both_ways_and_starts_after_the_position() {
        let mut s = state(&[1, 5, 9]);
        assert_eq!(s.step(1, Pos::new(4, 0)), Some(1));
        assert_eq!(s.step(1, Pos::default()), Some(2));
        assert_eq!(s.step(1, Pos::default()), Some(0));
        assert_eq!(s.step(-1, Pos::default()), Some(2));
        assert_eq!(s.summary().as_deref(), Some("3/3"));
        let mut s = state(&[1, 5, 9]);
        assert_eq!(s.step(1, Pos::new(10, 0)), Some(0));
    }
}
