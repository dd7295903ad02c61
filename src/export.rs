//! Getting quotes out of folio: attribution lines, OSC 52 clipboard copies, Markdown and
//! JSON exports. Everything is built from sanitized text.

use crate::article::Article;
use crate::sanitize::sanitize_line;
use serde_json::{json, Value};
use std::fs::OpenOptions;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// The format of an export file, chosen by its extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// `.json`: the same shape as `folio --quotes --json`.
    Json,
    /// Anything else: a Markdown list of block quotes.
    Markdown,
}

impl ExportFormat {
    /// `.json` → JSON, anything else → Markdown.
    pub fn for_path(path: &Path) -> Self {
        match path.extension().and_then(|e| e.to_str()) {
            Some(e) if e.eq_ignore_ascii_case("json") => Self::Json,
            _ => Self::Markdown,
        }
    }
}

/// `‘…’ — Name, role` for quote `i` (just `‘…’` when unattributed).
pub fn attribution_line(article: &Article, i: usize) -> String {
    let a = &article.analysis;
    let Some(q) = a.quotes.get(i) else {
        return String::new();
    };
    let mut line = format!("‘{}’", q.text);
    if let Some(s) = q.speaker.and_then(|s| a.speakers.get(s)) {
        line.push_str(" — ");
        line.push_str(&s.name);
        if let Some(role) = &s.role {
            line.push_str(", ");
            line.push_str(role);
        }
    }
    sanitize_line(&line)
}

/// The OSC 52 sequence that puts `text` on the system clipboard. The payload is base64 of
/// sanitized text, so no content byte can end or extend the sequence.
pub fn osc52(text: &str) -> String {
    format!("\x1b]52;c;{}\x07", base64(sanitize_line(text).as_bytes()))
}

/// Standard base64 with padding.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// One quote as JSON, in the shape of `folio --quotes --json`.
pub fn quote_json(article: &Article, i: usize) -> Value {
    let a = &article.analysis;
    let Some(q) = a.quotes.get(i) else {
        return Value::Null;
    };
    let speaker = q.speaker.and_then(|s| a.speakers.get(s));
    let section = article.doc.sections.get(q.section);
    json!({
        "text": q.text,
        "speaker": speaker.map(|s| &s.name),
        "role": speaker.and_then(|s| s.role.as_ref()),
        "section": section.and_then(|s| s.title.as_ref()),
        "block": q.start.block,
        "offset": q.start.offset,
    })
}

/// The quotes `indices` as a JSON document (`{"article", "quotes": […]}`).
pub fn quotes_json(article: &Article, indices: &[usize]) -> Value {
    let quotes: Vec<Value> = indices.iter().map(|&i| quote_json(article, i)).collect();
    json!({ "article": article.name, "quotes": quotes })
}

/// The quotes `indices` as Markdown: a heading, then one block quote per quote with its
/// attribution and section.
pub fn quotes_markdown(article: &Article, indices: &[usize], filter: &str) -> String {
    let a = &article.analysis;
    let mut out = format!("# Quotes from {}\n\n", article.name);
    if !filter.is_empty() {
        out.push_str(&format!("Filter: {filter}\n\n"));
    }
    for &i in indices {
        let Some(q) = a.quotes.get(i) else { continue };
        out.push_str(&format!("> {}\n>\n", q.text));
        let who = match q.speaker.and_then(|s| a.speakers.get(s)) {
            Some(s) => match &s.role {
                Some(role) => format!("{}, {role}", s.name),
                None => s.name.clone(),
            },
            None => "unattributed".to_string(),
        };
        let section = article.doc.section_label(q.section);
        out.push_str(&format!("> — {who} ({section})\n\n"));
    }
    out
}

/// A default export path in `dir` that does not exist yet: `folio-quotes.md`,
/// `folio-quotes-2.md`, …
pub fn default_export_path(dir: &Path) -> PathBuf {
    (1..1000)
        .map(|n| match n {
            1 => dir.join("folio-quotes.md"),
            n => dir.join(format!("folio-quotes-{n}.md")),
        })
        .find(|p| !p.exists())
        .unwrap_or_else(|| dir.join("folio-quotes.md"))
}

/// Writes the quotes `indices` to a new file at `path` (never overwriting one), in the
/// format its extension asks for.
pub fn write_export(
    path: &Path,
    article: &Article,
    indices: &[usize],
    filter: &str,
) -> io::Result<()> {
    let body = match ExportFormat::for_path(path) {
        ExportFormat::Json => {
            let mut s = serde_json::to_string_pretty(&quotes_json(article, indices))?;
            s.push('\n');
            s
        }
        ExportFormat::Markdown => quotes_markdown(article, indices, filter),
    };
    let mut file = OpenOptions::new().write(true).create_new(true).open(path)?;
    file.write_all(body.as_bytes())?;
    file.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Pos;
    use crate::quotes::{Analysis, Quote, QuoteKind, Speaker};

    fn article() -> Article {
        let mut a = Article::from_text("t.txt", None, "Lead.\n\nBody.", 0, None);
        a.analysis = Analysis {
            quotes: vec![
                Quote {
                    kind: QuoteKind::Direct,
                    text: "We stay\x1b]0;x".into(),
                    start: Pos::new(1, 0),
                    end: Pos::new(1, 4),
                    speaker: Some(0),
                    section: 0,
                    pieces: vec![],
                },
                Quote {
                    kind: QuoteKind::Direct,
                    text: "Who knows".into(),
                    start: Pos::new(1, 5),
                    end: Pos::new(1, 9),
                    speaker: None,
                    section: 0,
                    pieces: vec![],
                },
            ],
            terms: vec![],
            speakers: vec![Speaker {
                name: "Ann Lee".into(),
                role: Some("mayor".into()),
                aliases: vec![],
            }],
        };
        a
    }

    #[test]
    fn attribution_names_speaker_and_role_and_is_sanitized() {
        let a = article();
        assert_eq!(attribution_line(&a, 0), "‘We stay^[]0;x’ — Ann Lee, mayor");
        assert_eq!(attribution_line(&a, 1), "‘Who knows’");
    }

    #[test]
    fn osc52_payload_is_base64_and_carries_no_raw_escape() {
        assert_eq!(base64(b"Man"), "TWFu");
        assert_eq!(base64(b"Ma"), "TWE=");
        assert_eq!(base64(b"M"), "TQ==");
        let seq = osc52("a\x1b\x07b");
        assert!(seq.starts_with("\x1b]52;c;") && seq.ends_with('\x07'));
        let payload = &seq[7..seq.len() - 1];
        assert!(payload
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"+/=".contains(&b)));
    }

    #[test]
    fn export_writes_markdown_or_json_and_never_overwrites() {
        let dir = tempfile::tempdir().unwrap();
        let a = article();
        let md = default_export_path(dir.path());
        assert_eq!(md.file_name().unwrap(), "folio-quotes.md");
        write_export(&md, &a, &[0, 1], "Ann Lee").unwrap();
        let text = std::fs::read_to_string(&md).unwrap();
        assert!(text.contains("> — Ann Lee, mayor"));
        assert!(text.contains("> — unattributed"));
        assert_eq!(
            default_export_path(dir.path()).file_name().unwrap(),
            "folio-quotes-2.md"
        );
        assert!(write_export(&md, &a, &[0], "").is_err());
        let js = dir.path().join("q.json");
        write_export(&js, &a, &[1], "").unwrap();
        let v: Value = serde_json::from_str(&std::fs::read_to_string(&js).unwrap()).unwrap();
        assert_eq!(v["quotes"][0]["text"], "Who knows");
        assert_eq!(v["quotes"][0]["speaker"], Value::Null);
    }
}
