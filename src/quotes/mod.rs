//! Direct quotations, scare-quoted terms and who said what.
//!
//! `analyze` pairs quote marks by role, tells speech from terms, and attributes each
//! direct quote to a speaker with the role the article gives them.

use crate::document::{Document, Pos};

/// Whether a quoted span is speech or a term in the narrator's own sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuoteKind {
    /// A direct quotation: someone's words.
    Direct,
    /// A scare-quoted word or phrase, a title or a quoted heading: not speech.
    Term,
}

/// A quoted span of the document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// Speech or term.
    pub kind: QuoteKind,
    /// The exact text between the marks (paragraphs of a multi-paragraph quote joined by a space).
    pub text: String,
    /// Start of the quoted text (just after the opening mark).
    pub start: Pos,
    /// End of the quoted text (just before the closing mark); may be in a later block.
    pub end: Pos,
    /// Index into `Analysis::speakers`, or `None` when the text names no speaker.
    pub speaker: Option<usize>,
    /// Index of the section the quote starts in.
    pub section: usize,
}

/// A person quoted in the article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Speaker {
    /// The full name as introduced (`Ivy Example`).
    pub name: String,
    /// The role the article gives them (`professor of history at …`), if any.
    pub role: Option<String>,
    /// Other names the article uses for them (the surname, a role noun).
    pub aliases: Vec<String>,
}

/// Everything `analyze` finds in a document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Analysis {
    /// Direct quotes in article order.
    pub quotes: Vec<Quote>,
    /// Terms (scare quotes) in article order.
    pub terms: Vec<Quote>,
    /// Speakers in order of first quote.
    pub speakers: Vec<Speaker>,
}

impl Analysis {
    /// How many direct quotes speaker `i` has.
    pub fn quote_count(&self, speaker: usize) -> usize {
        self.quotes
            .iter()
            .filter(|q| q.speaker == Some(speaker))
            .count()
    }

    /// The speaker whose name or alias matches `name`, case-insensitively.
    pub fn find_speaker(&self, name: &str) -> Option<usize> {
        let wanted = name.trim().to_lowercase();
        self.speakers.iter().position(|s| {
            s.name.to_lowercase() == wanted || s.aliases.iter().any(|a| a.to_lowercase() == wanted)
        })
    }
}

/// Finds the quotes, terms and speakers of a document. (Placeholder: finds nothing yet.)
pub fn analyze(_doc: &Document) -> Analysis {
    Analysis::default()
}
