//! `folio --bookmarks [FILE]`: the saved bookmarks of an article, as text or JSON.

use super::{ArticleState, Place, Store};
use crate::article::Article;
use crate::cli::write_json;
use serde_json::{json, Value};
use std::io::{self, Write};

/// Opens the store, prints its warnings to `err` (one `folio: warning:` line each) and
/// the bookmarks of `article` to `out`.
pub fn run(
    article: &Article,
    as_json: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<()> {
    let (store, warnings) = Store::open();
    for w in &warnings {
        // A closed stderr must not stop the listing itself.
        let _ = writeln!(err, "folio: warning: {w}");
    }
    print_bookmarks(out, article, &store, as_json)
}

/// Prints the bookmarks of `article` held in `store`.
pub fn print_bookmarks(
    out: &mut dyn Write,
    article: &Article,
    store: &Store,
    as_json: bool,
) -> io::Result<()> {
    let state = store.article(article);
    if as_json {
        write_json(out, &state_json(&state))
    } else {
        state_text(out, article, &state)
    }
}

/// Where an anchor is, as JSON fields.
fn place_json(place: Place) -> (Value, Value, &'static str) {
    match place {
        Place::Exact(p) => (json!(p.block), json!(p.offset), "exact"),
        Place::Moved(p) => (json!(p.block), json!(p.offset), "moved"),
        Place::Detached => (Value::Null, Value::Null, "detached"),
    }
}

/// `{"bookmarks": [...], "position": {...} | null}`.
fn state_json(state: &ArticleState) -> Value {
    let bookmarks: Vec<Value> = state
        .bookmarks
        .iter()
        .map(|b| {
            let (block, offset, status) = place_json(b.place);
            json!({
                "id": b.id,
                "name": b.name,
                "section": b.section,
                "excerpt": b.excerpt,
                "created": b.created.rfc3339(),
                "block": block,
                "offset": offset,
                "status": status,
            })
        })
        .collect();
    let position = state.position.as_ref().map(|p| {
        let (block, offset, status) = place_json(p.place);
        json!({
            "section": p.section,
            "saved": p.saved.rfc3339(),
            "block": block,
            "offset": offset,
            "status": status,
        })
    });
    json!({ "bookmarks": bookmarks, "position": position })
}

/// One bookmark per line: name, section, date, then the excerpt indented below.
fn state_text(out: &mut dyn Write, article: &Article, state: &ArticleState) -> io::Result<()> {
    if state.bookmarks.is_empty() {
        return writeln!(out, "No bookmarks for {}.", article.name);
    }
    for b in &state.bookmarks {
        let flag = match b.place {
            Place::Exact(_) => "",
            Place::Moved(_) => " (moved)",
            Place::Detached => " (detached: its text is no longer in the article)",
        };
        let section = if b.section.is_empty() {
            String::new()
        } else {
            format!(" [{}]", b.section)
        };
        writeln!(out, "{}{section} — {}{flag}", b.name, b.created)?;
        writeln!(out, "    “{}”", b.excerpt.trim_end())?;
    }
    Ok(())
}
