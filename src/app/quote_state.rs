//! The reader's quote state: the active filter and what it selects, cached once per filter
//! change so drawing and jumping never re-run it, plus the quote the reader jumped to.

use super::quotes_view::QuotesView;
use super::speaker_filter::SpeakerPicker;
use crate::article::Article;
use crate::filter::{QuoteFilter, SpeakerKey};
use crate::quotes::Analysis;
use std::path::PathBuf;

/// Cells of the per-speaker "where they speak" strip, at full resolution.
pub const STRIP_CELLS: usize = 64;

/// Quote filter, its cached result, the quotes view and the speaker picker.
#[derive(Debug, Clone)]
pub struct QuoteState {
    /// The filter in force.
    pub filter: QuoteFilter,
    /// Indices of the quotes passing `filter`, in article order.
    pub passing: Vec<usize>,
    /// For each quote: does it pass `filter`?
    passes: Vec<bool>,
    /// Passing quotes per section.
    pub section_counts: Vec<usize>,
    /// The quote last jumped to (highlighted in the text), if any.
    pub focus: Option<usize>,
    /// The quotes view's selection.
    pub view: QuotesView,
    /// The speaker filter overlay's cursor and draft selection.
    pub picker: SpeakerPicker,
    /// Palette slot of each speaker (see `ui::palette`), fixed for the article.
    pub slots: Vec<usize>,
    /// Number of quotes of each speaker; the last entry counts the unattributed ones.
    pub counts: Vec<usize>,
    /// Where each speaker speaks (last entry: unattributed): bit `i` set when a quote
    /// starts in the `i`-th of [`STRIP_CELLS`] equal parts of the article's blocks.
    pub strips: Vec<u64>,
    /// The directory exports default to (the loop sets the working directory).
    pub export_dir: PathBuf,
}

impl QuoteState {
    /// The state for `article`: no filter, every quote passing.
    pub fn new(article: &Article) -> Self {
        let a = &article.analysis;
        let names: Vec<&str> = a.speakers.iter().map(|s| s.name.as_str()).collect();
        let n = a.speakers.len();
        let mut counts = vec![0; n + 1];
        let mut strips = vec![0u64; n + 1];
        let blocks = article.doc.blocks.len().max(1);
        for q in &a.quotes {
            let k = q.speaker.filter(|&s| s < n).unwrap_or(n);
            counts[k] += 1;
            let cell = (q.start.block * STRIP_CELLS / blocks).min(STRIP_CELLS - 1);
            strips[k] |= 1 << cell;
        }
        let mut state = Self {
            filter: QuoteFilter::default(),
            passing: Vec::new(),
            passes: Vec::new(),
            section_counts: Vec::new(),
            focus: None,
            view: QuotesView::default(),
            picker: SpeakerPicker::default(),
            slots: crate::ui::palette::assign(&names),
            counts,
            strips,
            export_dir: PathBuf::from("."),
        };
        state.refresh(article);
        state
    }

    /// Keeps what the reader set up in `old` before the analysis arrived: the filter
    /// (its words, and "unattributed", the only speaker row there was), the quotes view,
    /// the picker's choices and the export directory. The picker's cursor goes to the
    /// top, where the speakers now are.
    pub fn keep_settings(&mut self, old: QuoteState, article: &Article) {
        self.filter = old.filter;
        self.view = old.view;
        self.picker = SpeakerPicker {
            cursor: 0,
            ..old.picker
        };
        self.export_dir = old.export_dir;
        self.refresh(article);
    }

    /// Re-applies the filter and rebuilds every cache that depends on it.
    pub fn refresh(&mut self, article: &Article) {
        let a = &article.analysis;
        self.passing = self.filter.apply(a);
        self.passes = vec![false; a.quotes.len()];
        self.section_counts = vec![0; article.doc.sections.len()];
        for &i in &self.passing {
            self.passes[i] = true;
            if let Some(c) = self.section_counts.get_mut(a.quotes[i].section) {
                *c += 1;
            }
        }
        self.view.clamp(self.passing.len());
    }

    /// True when quote `i` passes the filter.
    pub fn passes(&self, i: usize) -> bool {
        self.passes.get(i).copied().unwrap_or(false)
    }

    /// Where quote `i` stands among the passing quotes, if it passes.
    pub fn rank(&self, i: usize) -> Option<usize> {
        self.passing.binary_search(&i).ok()
    }

    /// The palette slot of a speaker (`None` for unattributed quotes).
    pub fn slot(&self, speaker: SpeakerKey) -> Option<usize> {
        speaker.and_then(|s| self.slots.get(s).copied())
    }

    /// The number of quotes of speaker key `k` (`None`: unattributed).
    pub fn count(&self, analysis: &Analysis, k: SpeakerKey) -> usize {
        let n = analysis.speakers.len();
        let i = k.filter(|&s| s < n).unwrap_or(n);
        self.counts.get(i).copied().unwrap_or(0)
    }

    /// The strip bits of speaker key `k` (`None`: unattributed).
    pub fn strip(&self, analysis: &Analysis, k: SpeakerKey) -> u64 {
        let n = analysis.speakers.len();
        let i = k.filter(|&s| s < n).unwrap_or(n);
        self.strips.get(i).copied().unwrap_or(0)
    }
}
