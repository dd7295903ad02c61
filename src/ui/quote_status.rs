//! The quote parts of the status line: the active filter with its count, and the quote
//! last jumped to with its speaker (so the speaker is named without colour too).

use crate::app::App;

/// `filter: Name (11)` while a filter is on; `quote 3/11 Name` while a jumped-to quote
/// is on screen.
pub fn parts(app: &App) -> Vec<String> {
    let q = &app.quotes;
    let a = &app.article.analysis;
    let mut out = Vec::new();
    if q.filter.is_active() {
        out.push(format!(
            "filter: {} ({})",
            q.filter.describe(a),
            q.passing.len()
        ));
    }
    if let Some(f) = q.focus {
        let who = a
            .quotes
            .get(f)
            .and_then(|quote| quote.speaker)
            .and_then(|s| a.speakers.get(s))
            .map_or("unattributed", |s| s.name.as_str());
        let (rank, of) = match q.rank(f) {
            Some(r) => (r + 1, q.passing.len()),
            None => (f + 1, a.quotes.len()),
        };
        out.push(format!("“ {rank}/{of} {who}"));
    }
    out
}
