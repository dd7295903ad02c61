//! Command-line arguments and the non-interactive modes (`--outline`, `--quotes`, `--speakers`).

use crate::article::Article;
use crate::parse::Format;
use clap::Parser;
use serde_json::{json, Value};
use std::io::{self, Write};
use std::path::PathBuf;

/// Exit code: the command line was wrong (clap uses the same).
pub const EXIT_USAGE: i32 = 2;
/// Exit code: the article's content cannot be read as text (binary, empty, too large).
pub const EXIT_DATA: i32 = 65;
/// Exit code: the article cannot be opened (missing, directory, device, permissions).
pub const EXIT_NO_INPUT: i32 = 66;
/// Exit code: anything else that went wrong at run time (the terminal, I/O).
pub const EXIT_FAILURE: i32 = 1;

/// folio — read long-form articles in the terminal and see who said what.
#[derive(Debug, Clone, Parser)]
#[command(name = "folio", version, about, long_about = None)]
pub struct Args {
    /// The article to open (plain text or Markdown); the bundled article when omitted.
    pub file: Option<PathBuf>,

    /// Print the section outline and exit.
    #[arg(long, group = "mode")]
    pub outline: bool,

    /// Print the direct quotes with speaker and section, and exit.
    #[arg(long, group = "mode")]
    pub quotes: bool,

    /// Print the speakers with role and number of quotes, and exit.
    #[arg(long, group = "mode")]
    pub speakers: bool,

    /// Print the saved bookmarks of the article, and exit.
    #[arg(long, group = "mode")]
    pub bookmarks: bool,

    /// With --quotes: only the quotes of this speaker (full name or alias, any case).
    #[arg(long, value_name = "NAME", requires = "quotes")]
    pub speaker: Option<String>,

    /// Print JSON instead of text (with --outline, --quotes, --speakers, --bookmarks).
    #[arg(long)]
    pub json: bool,

    /// Force the input format instead of detecting it from the extension and content.
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: Option<Format>,

    /// Maximum text width in columns in the reader.
    #[arg(long, value_name = "COLUMNS", default_value_t = 72,
          value_parser = clap::value_parser!(u16).range(20..=1000))]
    pub width: u16,

    /// Start at the top instead of resuming where you left off.
    #[arg(long)]
    pub no_resume: bool,
}

/// Which non-interactive report to print.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Report {
    /// `--outline`
    Outline,
    /// `--quotes`
    Quotes,
    /// `--speakers`
    Speakers,
}

impl Args {
    /// The report asked for, if any (bookmarks are printed by the store).
    pub fn report(&self) -> Option<Report> {
        if self.outline {
            Some(Report::Outline)
        } else if self.quotes {
            Some(Report::Quotes)
        } else if self.speakers {
            Some(Report::Speakers)
        } else {
            None
        }
    }
}

/// Prints `report` for `article` to `out`.
///
/// An unknown `--speaker` prints nothing and fails with an `InvalidInput` error whose
/// one-line message lists the known speakers, so a script sees a non-zero exit instead
/// of an empty list it cannot tell from a speaker with no quotes.
pub fn print_report(
    out: &mut dyn Write,
    article: &Article,
    report: Report,
    speaker: Option<&str>,
    as_json: bool,
) -> io::Result<()> {
    if let Some(name) = speaker {
        check_speaker(article, name)?;
    }
    match (report, as_json) {
        (Report::Outline, true) => write_json(out, &outline_json(article)),
        (Report::Outline, false) => outline_text(out, article),
        (Report::Quotes, true) => write_json(out, &quotes_json(article, speaker)),
        (Report::Quotes, false) => quotes_text(out, article, speaker),
        (Report::Speakers, true) => write_json(out, &speakers_json(article)),
        (Report::Speakers, false) => speakers_text(out, article),
    }
}

/// Fails when no speaker of `article` has `name` as full name or alias.
pub fn check_speaker(article: &Article, name: &str) -> io::Result<()> {
    let a = &article.analysis;
    if a.find_speaker(name).is_some() {
        return Ok(());
    }
    let known: Vec<&str> = a.speakers.iter().map(|s| s.name.as_str()).collect();
    let message = if known.is_empty() {
        format!("unknown speaker \"{name}\": this article quotes nobody by name")
    } else {
        format!(
            "unknown speaker \"{name}\"; known speakers: {}",
            known.join(", ")
        )
    };
    Err(io::Error::new(io::ErrorKind::InvalidInput, message))
}

/// Writes pretty JSON followed by a newline.
pub fn write_json(out: &mut dyn Write, value: &Value) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    writeln!(out)
}

fn outline_json(article: &Article) -> Value {
    let sections: Vec<Value> = article
        .doc
        .sections
        .iter()
        .map(|s| json!({"title": s.title, "level": s.level}))
        .collect();
    json!({ "sections": sections })
}

fn outline_text(out: &mut dyn Write, article: &Article) -> io::Result<()> {
    for (i, s) in article.doc.sections.iter().enumerate() {
        let indent = "  ".repeat(usize::from(s.level.saturating_sub(1)));
        writeln!(out, "{indent}{}", article.doc.section_label(i))?;
    }
    Ok(())
}

/// Indices of the quotes to print: all, or those of the named speaker.
fn selected_quotes(article: &Article, speaker: Option<&str>) -> Vec<usize> {
    let wanted = speaker.map(|name| article.analysis.find_speaker(name));
    (0..article.analysis.quotes.len())
        .filter(|&i| match wanted {
            None => true,
            Some(s) => s.is_some() && article.analysis.quotes[i].speaker == s,
        })
        .collect()
}

fn section_title(article: &Article, section: usize) -> Option<String> {
    article
        .doc
        .sections
        .get(section)
        .and_then(|s| s.title.clone())
}

fn quotes_json(article: &Article, speaker: Option<&str>) -> Value {
    let a = &article.analysis;
    let quotes: Vec<Value> = selected_quotes(article, speaker)
        .into_iter()
        .map(|i| crate::export::quote_json(article, i))
        .collect();
    let terms: Vec<Value> = a
        .terms
        .iter()
        .map(|t| json!({"text": t.text, "section": section_title(article, t.section)}))
        .collect();
    json!({ "quotes": quotes, "terms": terms })
}

fn quotes_text(out: &mut dyn Write, article: &Article, speaker: Option<&str>) -> io::Result<()> {
    let a = &article.analysis;
    for i in selected_quotes(article, speaker) {
        let q = &a.quotes[i];
        let who = q
            .speaker
            .and_then(|s| a.speakers.get(s))
            .map_or("(unattributed)", |s| s.name.as_str());
        writeln!(
            out,
            "[{}] {who}: “{}”",
            article.doc.section_label(q.section),
            q.text
        )?;
    }
    Ok(())
}

fn speakers_json(article: &Article) -> Value {
    let a = &article.analysis;
    let speakers: Vec<Value> = a
        .speakers
        .iter()
        .enumerate()
        .map(|(i, s)| {
            json!({"name": s.name, "role": s.role, "aliases": s.aliases, "quotes": a.quote_count(i)})
        })
        .collect();
    json!({ "speakers": speakers })
}

fn speakers_text(out: &mut dyn Write, article: &Article) -> io::Result<()> {
    let a = &article.analysis;
    for (i, s) in a.speakers.iter().enumerate() {
        let role = s
            .role
            .as_deref()
            .map(|r| format!(", {r}"))
            .unwrap_or_default();
        let n = a.quote_count(i);
        let noun = if n == 1 { "quote" } else { "quotes" };
        writeln!(out, "{}{role} ({n} {noun})", s.name)?;
    }
    Ok(())
}
