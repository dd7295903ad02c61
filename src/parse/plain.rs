//! Plain-text articles: metadata line, lead, paragraphs, headings and photo captions.
//!
//! Paragraphs are one per line, or blocks separated by blank lines when the text is
//! hard-wrapped. A heading is a short standalone line without sentence-final
//! punctuation between paragraphs; a caption is a paragraph that ends in a photo
//! credit (`© REUTERS`, `Beeld ANP`).

use super::dateline::is_dateline;
use crate::bytescan::{skip_unflagged, HIGH, ONES};
use crate::document::{BlockKind, Document, DocumentBuilder, Meta};
use crate::sanitize::{self, Line, Plain};
use std::borrow::Cow;

/// Metadata keys recognised in a header line (`date 2025-03`, `Title: …`).
const META_KEYS: &[&str] = &[
    "date",
    "datum",
    "published",
    "gepubliceerd",
    "title",
    "titel",
    "author",
    "auteur",
    "byline",
    "source",
    "bron",
    "url",
    "section",
    "rubriek",
];

/// Words that introduce a photo credit at the end of a caption.
const CREDIT_MARKERS: &[&str] = &["Beeld", "Foto", "Photo", "Image", "Picture", "Credit"];

/// How far from a paragraph's end a credit marker can stand (60 chars of up to 4 bytes).
const CREDIT_TAIL_BYTES: usize = 256;
/// The longest credit, in characters.
const CREDIT_MAX_CHARS: usize = 60;
/// The byte length of the longest of `CREDIT_MARKERS`.
const CREDIT_MARKER_MAX_LEN: usize = 7;

/// A heading is at most this many characters …
const HEADING_MAX_CHARS: usize = 80;
/// … and at most this many words.
const HEADING_MAX_WORDS: usize = 10;

/// Parses a plain-text article.
pub fn parse_plain(text: &str) -> Document {
    // No sanitizing here: `DocumentBuilder` sanitizes every block and the metadata, and
    // nothing below depends on control characters (`lines` already drops `\r\n`).
    // The line scan already tells which lines need no sanitizing (`Para::plain`).
    let (mut meta, body) = split_meta(text);
    let paragraphs = paragraphs(body);
    let head = take_title_and_byline(&mut meta, &paragraphs);
    let paragraphs = &paragraphs[head..];
    // A byline after the standfirst (`By Rachel Okonjo, Political correspondent`): the
    // writer, metadata rather than text whose name could be taken for a speaker's.
    let late_byline = paragraphs
        .iter()
        .take(LATE_BYLINE_PARAGRAPHS)
        .enumerate()
        .find_map(|(k, p)| byline(&p.text).map(|name| (k, name)));
    if let Some((_, name)) = late_byline {
        meta.extra.push(("byline".to_string(), name.to_string()));
    }
    let mut builder = DocumentBuilder::new(meta);
    builder.reserve(paragraphs.len());
    let mut lead_done = false;
    let last = paragraphs.len().saturating_sub(1);
    for (i, para) in paragraphs.iter().enumerate() {
        if late_byline.is_some_and(|(k, _)| k == i) {
            continue;
        }
        if let Some((caption, credit)) = split_credit(&para.text) {
            let credit = Some(credit.to_string());
            para.push(&mut builder, BlockKind::Caption { credit }, caption);
        } else if i > 0 && i < last && is_heading(&para.text) {
            para.push(&mut builder, BlockKind::Heading { level: 1 }, &para.text);
        } else if !lead_done {
            lead_done = true;
            para.push(&mut builder, BlockKind::Lead, &para.text);
        } else {
            para.push(&mut builder, BlockKind::Paragraph, &para.text);
        }
    }
    builder.finish()
}

/// A paragraph of the body.
struct Para<'a> {
    /// The paragraph's text: a line of the body, or wrapped lines joined.
    text: Cow<'a, str>,
    /// The same text when it is a line the scan found plain (nothing to sanitize).
    plain: Option<Plain<'a>>,
}

impl Para<'_> {
    /// Adds `part` of this paragraph's text as a block, without sanitizing it again
    /// when the paragraph is plain.
    fn push(&self, builder: &mut DocumentBuilder, kind: BlockKind, part: &str) {
        match self.plain.and_then(|plain| plain.part(part)) {
            Some(plain) => builder.push_plain(kind, plain),
            None => builder.push(kind, part),
        }
    }
}

/// Words that open a byline (`Door Marieke de Boer`, `By Tom Richards`).
const BYLINE_MARKERS: &[&str] = &["Door", "By", "Tekst", "Text", "Van"];

/// A writer's role closing a byline without a marker (`Sarah Whitfield Health
/// correspondent`, `Jan de Vries, verslaggever`).
const BYLINE_ROLES: &[&str] = &[
    "correspondent",
    "correspondente",
    "editor",
    "reporter",
    "journalist",
    "journaliste",
    "columnist",
    "verslaggever",
    "verslaggeefster",
    "redacteur",
    "redactrice",
];

/// How many paragraphs after the title a byline is looked for (the standfirst may
/// come first).
const LATE_BYLINE_PARAGRAPHS: usize = 3;

/// Moves a leading title line (a heading-like first paragraph followed by text) and a
/// byline among the first paragraphs into `meta`; returns how many paragraphs they took.
fn take_title_and_byline(meta: &mut Meta, paragraphs: &[Para<'_>]) -> usize {
    let mut taken = 0;
    for para in paragraphs.iter().take(2) {
        let para = &para.text;
        let rest = paragraphs.len() - taken - 1;
        if let Some(name) = byline(para) {
            meta.extra.push(("byline".to_string(), name.to_string()));
        } else if meta.title.is_none()
            && rest >= 2
            && taken == 0
            && is_heading(para)
            && !quotes_someone(para)
        {
            meta.title = Some(para.to_string());
        } else {
            break;
        }
        taken += 1;
    }
    taken
}

/// Most words of the attribution closing a headline after its quote and a comma.
const HEADLINE_TAG_WORDS: usize = 4;

/// True for a headline that quotes someone beside a colon (`Minister: ‘We pay’`,
/// `‘We pay’: minister gives in`) or with a short attribution after a comma (`Ward
/// closure ‘a betrayal’, say campaigners`): it stays in the text, where its quote is
/// found.
fn quotes_someone(line: &str) -> bool {
    const OPENERS: [&str; 6] = ["‘", "“", "„", ",,", "\"", "'"];
    const CLOSERS: [&str; 5] = ["’", "”", "''", "\"", "'"];
    let colon = line.match_indices(':').any(|(at, _)| {
        let before = line[..at].trim_end();
        let after = line[at + 1..].trim_start();
        OPENERS.iter().any(|m| after.starts_with(m)) || CLOSERS.iter().any(|m| before.ends_with(m))
    });
    let tag = line.rsplit_once(',').is_some_and(|(before, after)| {
        let words = words_up_to(after, HEADLINE_TAG_WORDS + 1);
        CLOSERS.iter().any(|m| before.trim_end().ends_with(m))
            && (1..=HEADLINE_TAG_WORDS).contains(&words)
            && !OPENERS.iter().any(|m| after.contains(m))
    });
    colon || tag
}

/// The name in a byline paragraph (`Door Marieke de Boer` → `Marieke de Boer`), or the
/// whole line of a byline that ends in the writer's role (`Sarah Whitfield Health
/// correspondent`).
fn byline(para: &str) -> Option<&str> {
    let (marker, name) = para.split_once(' ')?;
    // Cheap tests first; words are counted only up to one past the limit.
    let marked = BYLINE_MARKERS.contains(&marker)
        && name.starts_with(char::is_uppercase)
        && (1..=8).contains(&words_up_to(name, 9))
        && !ends_sentence(name);
    if marked {
        return Some(name.trim());
    }
    let line = para.trim();
    let role = line.rsplit(' ').next()?;
    // `Political Correspondent`: the role may be capitalised.
    let by_role = marker.starts_with(char::is_uppercase)
        && BYLINE_ROLES.contains(&role.to_lowercase().as_str())
        && (3..=6).contains(&words_up_to(line, 7));
    by_role.then_some(line)
}

/// Splits leading metadata (`date 2025-03`, `Title: …` lines) off the text.
///
/// A metadata key may share its line with the first sentence (`date 2025-03 The …`):
/// for `date`-like keys only the date token is taken, the rest of the line is text.
fn split_meta(text: &str) -> (Meta, &str) {
    let mut meta = Meta::default();
    let mut rest = text.trim_start();
    loop {
        let line_end = rest.find('\n').unwrap_or(rest.len());
        let line = &rest[..line_end];
        let Some((key, after)) = meta_key(line) else {
            break;
        };
        let after = after.trim_start_matches([':', ' ']);
        if is_date_key(key) {
            let token_end = after.find(' ').unwrap_or(after.len());
            let token = &after[..token_end];
            if !looks_like_date(token) {
                break;
            }
            meta.date = Some(token.to_string());
            let consumed = line.len() - after.len() + token_end;
            rest = rest[consumed..].trim_start();
        } else {
            let value = after.trim().to_string();
            if value.is_empty() {
                break;
            }
            match key {
                "title" | "titel" => meta.title = Some(value),
                _ => meta.extra.push((key.to_string(), value)),
            }
            rest = rest[line_end..].trim_start();
        }
    }
    (meta, rest)
}

/// The lower-cased metadata key a line starts with, and the text after it.
fn meta_key(line: &str) -> Option<(&'static str, &str)> {
    let end = line.find([' ', ':'])?;
    let word = &line[..end];
    // For an ASCII word ignoring case is lower-casing, without a new string; a
    // non-ASCII one may still lower-case to a key (the Kelvin sign becomes `k`).
    let key = if word.is_ascii() {
        META_KEYS.iter().find(|key| key.eq_ignore_ascii_case(word))
    } else {
        let lower = word.to_lowercase();
        META_KEYS.iter().find(|key| **key == lower)
    }?;
    Some((key, &line[end..]))
}

/// True for keys whose value is a single date token.
fn is_date_key(key: &str) -> bool {
    matches!(key, "date" | "datum" | "published" | "gepubliceerd")
}

/// True for `2025`, `2025-03`, `2025-03-14`, `14-03-2025`, `14/3/2025`.
fn looks_like_date(token: &str) -> bool {
    let parts: Vec<&str> = token.split(['-', '/', '.']).collect();
    !token.is_empty()
        && parts.len() <= 3
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()))
        && parts.iter().any(|p| p.len() == 4)
}

/// Splits the body into paragraphs, choosing between line and blank-line paragraphs.
fn paragraphs(body: &str) -> Vec<Para<'_>> {
    let lines = trimmed_lines(body);
    if is_hard_wrapped(&lines) {
        lines
            .split(|l| l.text().is_empty())
            .filter(|chunk| !chunk.is_empty())
            .map(|chunk| Para {
                text: Cow::Owned(chunk.iter().map(|l| l.text()).collect::<Vec<_>>().join(" ")),
                plain: None,
            })
            .collect()
    } else {
        let texts = lines.iter().filter(|l| !l.text().is_empty());
        // Sized up front: a filtered iterator would grow the list step by step.
        let mut paragraphs = Vec::with_capacity(texts.clone().count());
        paragraphs.extend(texts.map(|l| Para {
            text: Cow::Borrowed(l.text()),
            plain: l.plain(),
        }));
        paragraphs
    }
}

/// The lines of `body`, trimmed: the same as `body.lines().map(str::trim)` (a `\r` before
/// the `\n` is whitespace to `trim`), each knowing whether it needs sanitizing.
fn trimmed_lines(body: &str) -> Vec<Line<'_>> {
    let mut lines = sanitize::lines(body);
    for line in &mut lines {
        *line = line.trim();
    }
    lines
}

/// True when paragraphs are blank-line separated and wrapped inside at a fixed measure:
/// several lines run on without a blank line and hardly any line is long.
fn is_hard_wrapped(lines: &[Line<'_>]) -> bool {
    let text_lines = lines.iter().filter(|l| !l.text().is_empty()).count();
    // Counted only until there are too many long lines: in an article with a paragraph
    // per line that comes soon, and the run-on lines need no counting at all.
    let mut long = 0;
    for line in lines.iter().map(|l| l.text()) {
        // More than 400 bytes is more than 100 chars: count chars only in between.
        if line.len() > 100 && (line.len() > 400 || line.chars().count() > 100) {
            long += 1;
            if long * 20 >= text_lines {
                return false;
            }
        }
    }
    let run_on = lines
        .windows(2)
        .map(|w| (w[0].text(), w[1].text()))
        .filter(|(a, b)| !a.is_empty() && !b.is_empty() && !ends_sentence(a))
        .count();
    text_lines > 0 && run_on >= 2 && run_on * 3 >= text_lines
}

/// True when the line ends like a sentence (allowing closing quote marks after the stop).
fn ends_sentence(line: &str) -> bool {
    let core = trim_closing_decoration(line);
    core.ends_with(['.', '!', '?', ':', ';', '…'])
}

/// Closing quote marks and brackets that may follow sentence punctuation.
fn is_closing_decoration(c: char) -> bool {
    matches!(c, '’' | '”' | '"' | '\'' | '»' | '›' | ')' | ']')
}

/// `text` without the closing decoration at its end. Most lines end in a letter or a
/// stop: an ASCII last byte that is no decoration answers without decoding.
fn trim_closing_decoration(text: &str) -> &str {
    match text.as_bytes().last() {
        Some(&b) if b.is_ascii() && !matches!(b, b'"' | b'\'' | b')' | b']') => text,
        _ => text.trim_end_matches(is_closing_decoration),
    }
}

/// True for a short standalone line that reads as a heading, not a sentence.
fn is_heading(para: &str) -> bool {
    // Cheap tests first: most paragraphs are long or end like a sentence. Chars and
    // words are counted only when those pass, words only up to one past the limit.
    if para.len() > HEADING_MAX_CHARS * 4 {
        return false;
    }
    let core = trim_closing_decoration(para);
    if core.ends_with(['.', '!', '?', ':', ';', ',', '…', '-', '–']) {
        return false;
    }
    let first_letter = || {
        para.chars()
            .find(|c| c.is_alphanumeric())
            .is_some_and(|c| c.is_uppercase() || c.is_numeric())
    };
    // No more bytes than the limit is no more chars.
    (para.len() <= HEADING_MAX_CHARS || para.chars().count() <= HEADING_MAX_CHARS)
        && first_letter()
        && (1..=HEADING_MAX_WORDS).contains(&words_up_to(para, HEADING_MAX_WORDS + 1))
        && !has_inner_sentence_end(core)
        // `By Rachel Okonjo, Political correspondent` after a standfirst: a byline.
        && byline(para).is_none()
        && !is_dateline(para)
}

/// The number of words in `text` (as `split_whitespace` splits them), counted up to
/// `limit`: a plain loop over the chars is several times cheaper than the splitter.
fn words_up_to(text: &str, limit: usize) -> usize {
    let mut words = 0;
    let mut in_word = false;
    for c in text.chars() {
        let space = c.is_whitespace();
        if !space && !in_word {
            words += 1;
            if words == limit {
                break;
            }
        }
        in_word = !space;
    }
    words
}

/// True when `text` holds `. `, `? ` or `! ` (a sentence ends inside it).
fn has_inner_sentence_end(text: &str) -> bool {
    text.as_bytes()
        .windows(2)
        .any(|w| matches!(w[0], b'.' | b'?' | b'!') && w[1] == b' ')
}

/// Splits a caption into its text and credit: `… spreekt. © via REUTERS` or a standalone
/// `Beeld ANP`. Returns `None` for a paragraph that ends in no credit.
fn split_credit(para: &str) -> Option<(&str, &str)> {
    // A credit runs to the paragraph end and never ends in a stop (`is_credit`): most
    // paragraphs are rejected here. The `©` credit is trimmed, a marker's is not.
    let stop = ['.', '!', '?'];
    let end = para.trim_end().len();
    let copyright_possible = !para[..end].ends_with(stop);
    let marker_possible = !para.ends_with(stop);
    if !copyright_possible && !marker_possible {
        return None;
    }
    // A credit is at most 60 characters, so its marker stands near the end: only the tail
    // is searched, which keeps long paragraphs cheap.
    let mut tail = para.len().saturating_sub(CREDIT_TAIL_BYTES);
    while !para.is_char_boundary(tail) {
        tail += 1;
    }
    // Where the last 60 chars start, counted from the end of the trimmed paragraph (for
    // `©`) and from its very end (for markers): the same when nothing trails.
    let last_trimmed = last_chars_start(&para[..end], CREDIT_MAX_CHARS);
    let last = if end == para.len() {
        last_trimmed
    } else {
        last_chars_start(para, CREDIT_MAX_CHARS)
    };
    if copyright_possible {
        // Only the last `©` is tried, and one that stands before the window is followed
        // by more than a credit's length of text: search the window only.
        let from = tail.max(copyright_window(para, last_trimmed));
        if let Some(at) = para[from..].rfind('©').map(|k| from + k) {
            let credit = para[at + '©'.len_utf8()..].trim();
            if is_credit(credit) {
                return Some((para[..at].trim_end(), credit));
            }
        }
    }
    if !marker_possible {
        return None;
    }
    // One pass over the bytes that can end in a credit finds every marker occurrence;
    // the first marker of `CREDIT_MARKERS` that has a valid occurrence wins, at its
    // leftmost valid one (the order the marker-by-marker search used to take).
    let bytes = para.as_bytes();
    let mut best: Option<(usize, &str, &str)> = None;
    let mut at = tail.max(credit_window(para, last));
    loop {
        at = skip_unflagged(bytes, at, capitals_b_to_p);
        let Some(&b) = bytes.get(at) else {
            break;
        };
        at += 1;
        if !may_start_marker(b) {
            continue;
        }
        let at = at - 1;
        for (k, marker) in CREDIT_MARKERS.iter().enumerate() {
            if best.is_some_and(|(won, _, _)| won <= k) {
                break;
            }
            if bytes[at..].starts_with(marker.as_bytes()) {
                if let Some((before, after)) = credit_at(para, at, marker) {
                    best = Some((k, before, after));
                }
                break;
            }
        }
    }
    best.map(|(_, before, after)| (before, after))
}

/// The caption and credit when `marker` at byte `at` of `para` introduces a credit.
fn credit_at<'a>(para: &'a str, at: usize, marker: &str) -> Option<(&'a str, &'a str)> {
    let before = para[..at].trim_end();
    let after = para[at + marker.len()..].trim_start_matches([':', ' ']);
    let starts_ok = before.is_empty() || ends_sentence(before);
    (starts_ok && para[at + marker.len()..].starts_with([':', ' ']) && is_credit(after))
        .then(|| (before, after.trim()))
}

/// The earliest char boundary at which a `©` can stand and still be followed by a
/// credit of at most 60 characters (the credit is trimmed, so the `©` ends at or after
/// the whitespace before the last 60 characters of the trimmed paragraph, which start
/// at `last`).
fn copyright_window(para: &str, last: usize) -> usize {
    let start = para[..last].trim_end().len();
    let mut at = start.saturating_sub('©'.len_utf8());
    while !para.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The byte offset where the last `n` characters of `text` start (0 for a shorter text).
fn last_chars_start(text: &str, n: usize) -> usize {
    let bytes = text.as_bytes();
    let mut start = bytes.len();
    let mut chars = 0;
    // Eight bytes at a time while a word holds fewer chars than are still wanted (so the
    // start is not inside it): its chars are its bytes that are no continuation bytes.
    while let Some(word) = start.checked_sub(8).and_then(|at| bytes.get(at..start)) {
        let word = u64::from_le_bytes(word.try_into().unwrap_or_default());
        let continuation = word & !(word << 1) & HIGH;
        // The 0/1 per byte summed into the top byte by the multiply.
        let word_chars = 8 - ((continuation >> 7).wrapping_mul(ONES) >> 56) as usize;
        if chars + word_chars >= n {
            break;
        }
        chars += word_chars;
        start -= 8;
    }
    while start > 0 && chars < n {
        start -= 1;
        if !is_utf8_continuation(bytes[start]) {
            chars += 1;
        }
    }
    start
}

/// The earliest byte at which a credit marker can stand and still be followed by a
/// credit of at most 60 characters: a credit starts after the marker and a run of `:`
/// and spaces, so the marker ends at or after that run before the last 60 characters
/// (which start at `last`).
fn credit_window(para: &str, last: usize) -> usize {
    let bytes = para.as_bytes();
    let mut start = last;
    while start > 0 && matches!(bytes[start - 1], b':' | b' ') {
        start -= 1;
    }
    start.saturating_sub(CREDIT_MARKER_MAX_LEN)
}

/// Flags (high bit of the byte) the bytes `B` to `P` of the little-endian word `v`, among
/// them every byte that starts one of `CREDIT_MARKERS`; exact for every byte.
fn capitals_b_to_p(v: u64) -> u64 {
    // Without their high bits no add carries into the next byte.
    let low7 = v & !HIGH;
    let at_least_b = low7 + ONES * (0x80 - u64::from(b'B'));
    let above_p = low7 + ONES * (0x80 - u64::from(b'P') - 1);
    at_least_b & !above_p & !v & HIGH
}

/// True for a byte that starts one of `CREDIT_MARKERS`.
fn may_start_marker(b: u8) -> bool {
    matches!(b, b'B' | b'F' | b'P' | b'I' | b'C')
}

/// True for a UTF-8 continuation byte (`10xxxxxx`).
fn is_utf8_continuation(b: u8) -> bool {
    b & 0xC0 == 0x80
}

/// True for a short credit line that starts with a capital (`REUTERS`, `via AFP`, `ANP`).
fn is_credit(credit: &str) -> bool {
    let words = credit.split_whitespace().count();
    (1..=6).contains(&words)
        && credit.chars().count() <= CREDIT_MAX_CHARS
        && !credit.ends_with(['.', '!', '?'])
        && credit
            .split_whitespace()
            .any(|w| w.chars().next().is_some_and(char::is_uppercase))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Block;

    fn kinds(doc: &Document) -> Vec<&BlockKind> {
        doc.blocks.iter().map(|b: &Block| &b.kind).collect()
    }

    #[test]
    fn date_on_the_first_line_is_metadata_and_the_rest_is_the_lead() {
        let doc = parse_plain(" date 2024-11 The lead starts here. It goes on.\n\nBody.");
        assert_eq!(doc.meta.date.as_deref(), Some("2024-11"));
        assert_eq!(doc.blocks[0].kind, BlockKind::Lead);
        assert_eq!(doc.blocks[0].text, "The lead starts here. It goes on.");
    }

    #[test]
    fn short_lines_without_final_punctuation_are_headings() {
        let text = "Lead sentence here.\n\nA paragraph.\n\nThe new order\n\nMore text.\n\n‘Quoted heading’\n\nEnd.";
        let doc = parse_plain(text);
        assert_eq!(doc.sections.len(), 3);
        assert_eq!(doc.sections[1].title.as_deref(), Some("The new order"));
        assert_eq!(doc.sections[2].title.as_deref(), Some("‘Quoted heading’"));
        assert_eq!(doc.section_label(0), "Lead sentence here.");
    }

    #[test]
    fn one_paragraph_per_line_without_blank_lines() {
        let doc = parse_plain("First paragraph.\nSecond paragraph.\nHeading two\nThird.");
        assert_eq!(
            kinds(&doc),
            [
                &BlockKind::Lead,
                &BlockKind::Paragraph,
                &BlockKind::Heading { level: 1 },
                &BlockKind::Paragraph
            ]
        );
    }

    #[test]
    fn hard_wrapped_paragraphs_are_joined() {
        let text = "This lead is wrapped at a narrow\nmeasure by the writer of the\nfile, as old mail was.\n\nSecond paragraph also\nwraps here.";
        let doc = parse_plain(text);
        assert_eq!(doc.blocks.len(), 2);
        assert_eq!(
            doc.blocks[0].text,
            "This lead is wrapped at a narrow measure by the writer of the file, as old mail was."
        );
    }

    #[test]
    fn captions_keep_their_credit_apart() {
        let doc = parse_plain(
            "Lead.\n\nThe minister speaks in Brussels. © via REUTERS\n\nA man at work. Beeld ANP\n\nBody text.",
        );
        assert_eq!(
            doc.blocks[1].kind,
            BlockKind::Caption {
                credit: Some("via REUTERS".into())
            }
        );
        assert_eq!(doc.blocks[1].text, "The minister speaks in Brussels.");
        assert_eq!(
            doc.blocks[2].kind,
            BlockKind::Caption {
                credit: Some("ANP".into())
            }
        );
    }

    #[test]
    fn a_sentence_mentioning_a_photo_is_not_a_caption() {
        let doc = parse_plain("Lead.\n\nShe took the Photo of the year in May.\n\nEnd.");
        assert_eq!(doc.blocks[1].kind, BlockKind::Paragraph);
    }

    #[test]
    fn title_line_and_byline_are_metadata() {
        let doc = parse_plain(
            "Storm leaves thousands without power\n\nBy Tom Richards\n\nThe lead sentence.\n\nBody text.",
        );
        assert_eq!(
            doc.meta.title.as_deref(),
            Some("Storm leaves thousands without power")
        );
        assert_eq!(
            doc.meta.extra,
            [("byline".to_string(), "Tom Richards".to_string())]
        );
        assert_eq!(doc.blocks[0].kind, BlockKind::Lead);
        assert_eq!(doc.blocks[0].text, "The lead sentence.");
    }

    #[test]
    fn a_title_quoting_someone_beside_a_colon_stays_in_the_text() {
        for title in [
            "Oud-penningmeester bekent: ‘Ik wilde het terugbetalen’",
            "“We lost the house”: a family starts again",
            "Wethouder: ,,Dit bad kost te veel''",
        ] {
            let doc = parse_plain(&format!("{title}\n\nThe lead sentence.\n\nBody text."));
            assert_eq!(doc.meta.title, None, "{title}");
            assert_eq!(doc.blocks[0].text, title);
        }
        // A short attribution after the quote and a comma stays in the text too.
        for title in [
            "Ward closure ‘a betrayal’, say campaigners",
            "Sluiting afdeling ‘verraad’, zeggen actievoerders",
        ] {
            let doc = parse_plain(&format!("{title}\n\nThe lead sentence.\n\nBody text."));
            assert_eq!(doc.meta.title, None, "{title}");
        }
        // A quoted phrase without a colon quotes no one: still the title.
        let doc = parse_plain("Council wants ‘a plan’\n\nThe lead.\n\nBody text.");
        assert_eq!(doc.meta.title.as_deref(), Some("Council wants ‘a plan’"));
    }

    /// The marker-by-marker credit search that `split_credit` replaced, kept to check
    /// that the one-pass search finds the same credit.
    fn split_credit_reference(para: &str) -> Option<(&str, &str)> {
        let mut tail = para.len().saturating_sub(CREDIT_TAIL_BYTES);
        while !para.is_char_boundary(tail) {
            tail += 1;
        }
        if let Some(at) = para[tail..].rfind('©').map(|k| tail + k) {
            let credit = para[at + '©'.len_utf8()..].trim();
            if is_credit(credit) {
                return Some((para[..at].trim_end(), credit));
            }
        }
        for marker in CREDIT_MARKERS {
            let mut from = tail;
            while let Some(found) = para[from..].find(marker) {
                let at = from + found;
                from = at + marker.len();
                let before = para[..at].trim_end();
                let after = para[at + marker.len()..].trim_start_matches([':', ' ']);
                let starts_ok = before.is_empty() || ends_sentence(before);
                if starts_ok
                    && para[at + marker.len()..].starts_with([':', ' '])
                    && is_credit(after)
                {
                    return Some((before, after.trim()));
                }
            }
        }
        None
    }

    /// Deterministic pseudo-random paragraphs built from pieces that matter to credits.
    fn credit_cases() -> Vec<String> {
        const PIECES: &[&str] = &[
            "Beeld",
            "Foto",
            "Photo",
            "Image",
            "Picture",
            "Credit",
            "©",
            " ",
            " ",
            ":",
            ".",
            "!",
            "’",
            "”",
            "word",
            "Word",
            "ANP",
            "via",
            "AFP",
            "é",
            "ü",
            "—",
            "ik",
            "x",
            "REUTERS",
            "Sentence here",
            ",",
            "\u{a0}",
            "?",
            "Getty Images",
        ];
        crate::bytescan::pseudo_random_texts(0x9E37_79B9_7F4A_7C15, PIECES, 4000, 40)
    }

    #[test]
    fn one_pass_credit_search_agrees_with_the_marker_by_marker_search() {
        let long = format!("{} Foto ANP", "Een zin zonder einde ".repeat(20));
        let mut cases = credit_cases();
        cases.extend(
            [
                "Beeld ANP",
                "Foto: ANP",
                "A man. Foto ANP Beeld AFP",
                "A man. Credit X. Beeld AFP",
                "A man. Beeld Photo AFP",
                "Een man. Foto:    ::  REUTERS",
                "Photo of the year. Beeld ANP",
                "A man.Image Getty",
                "BeeldBeeld ANP",
                "A man. © via REUTERS",
                "Einde. Foto ‘Jan’ de Vries",
                "",
                "Foto",
            ]
            .map(String::from),
        );
        cases.push(long);
        cases.push(format!("Tekst. Beeld {}", "é".repeat(59)));
        cases.push(format!("Tekst. Beeld {}", "é".repeat(61)));
        cases.push(format!("Tekst. Beeld{}ANP", " ".repeat(300)));
        for end in [".", "!", "?", ". ", " .", "\u{a0}", "’", ""] {
            cases.push(format!("Een man. © ANP{end}"));
            cases.push(format!("Een man. Foto ANP{end}"));
            cases.push(format!("Een man. © Foto: ANP{end}"));
        }
        for n in [58, 59, 60, 61] {
            cases.push(format!("Tekst. ©{}", "é".repeat(n)));
            cases.push(format!("Tekst. © {}  ", "x".repeat(n)));
            cases.push(format!("Tekst. ©\u{a0}\u{2003}{} \u{3000}", "ü".repeat(n)));
            cases.push(format!("Tekst. © A ©{}", "y".repeat(n)));
        }
        for case in &cases {
            assert_eq!(split_credit(case), split_credit_reference(case), "{case:?}");
        }
        assert!(
            cases.iter().filter(|c| split_credit(c).is_some()).count() > 100,
            "the generated cases must exercise credits"
        );
    }

    #[test]
    fn trimming_closing_decoration_equals_trimming_char_by_char() {
        for text in [
            "",
            "a",
            "zegt hij.",
            "‘Ja.’",
            "\"Yes.\"",
            "(zie boven)",
            "[1]",
            "Zo’n",
            "é",
            "’",
            "x)]’”",
            "’s avonds",
            "end'",
            "»",
            "›x",
        ] {
            assert_eq!(
                trim_closing_decoration(text),
                text.trim_end_matches(is_closing_decoration),
                "{text:?}"
            );
        }
    }

    /// `is_heading` as it was before its tests were reordered from cheap to dear.
    fn is_heading_reference(para: &str) -> bool {
        if para.len() > HEADING_MAX_CHARS * 4 || para.chars().count() > HEADING_MAX_CHARS {
            return false;
        }
        let words = para.split_whitespace().count();
        let core = para.trim_end_matches(is_closing_decoration);
        let first_letter = para
            .chars()
            .find(|c| c.is_alphanumeric())
            .is_some_and(|c| c.is_uppercase() || c.is_numeric());
        (1..=HEADING_MAX_WORDS).contains(&words)
            && first_letter
            && !core.ends_with(['.', '!', '?', ':', ';', ',', '…', '-', '–'])
            && !core.contains(". ")
            && !core.contains("? ")
            && !core.contains("! ")
            && byline(para).is_none()
            && !is_dateline(para)
    }

    #[test]
    fn a_date_line_under_the_headline_is_no_section() {
        let doc = parse_plain(
            "‘We lost the house’: residents told to leave\n\nSix households were told.\n\nThu 21 Mar 2024 18.05 GMT\n\nMargaret Ellis has lived here for years.\n",
        );
        assert!(
            doc.sections
                .iter()
                .all(|s| s.title.as_deref() != Some("Thu 21 Mar 2024 18.05 GMT")),
            "{:?}",
            doc.sections
        );
    }

    #[test]
    fn a_byline_after_the_standfirst_is_no_heading() {
        let doc = parse_plain(
            "Ministers accused over school bus plan\n\nUp to 60,000 children could lose free transport under the proposals\n\nBy Rachel Okonjo, Political correspondent\n\nMinisters have been accused of abandoning families.\n",
        );
        assert!(doc
            .sections
            .iter()
            .all(|s| s.title.as_deref() != Some("By Rachel Okonjo, Political correspondent")));
    }

    #[test]
    fn a_byline_ending_in_the_writers_role_after_the_standfirst_is_metadata() {
        for (line, text) in [
            (
                "Tessa Grant Health correspondent",
                "Older people who wear hearing aids fall less often.",
            ),
            (
                "Karin Lamers, verslaggever",
                "Ouderen met een hoortoestel vallen minder vaak.",
            ),
            (
                "Aoife Garvey, Political Correspondent",
                "Older people who wear hearing aids fall less often.",
            ),
            (
                "Karin Lamers, Verslaggever",
                "Ouderen met een hoortoestel vallen minder vaak.",
            ),
        ] {
            let doc = parse_plain(&format!(
                "Hearing aids cut falls\n\nA study of 48,000 records\n\n{line}\n\n{text}\n\nMore text follows here.\n"
            ));
            assert!(doc
                .sections
                .iter()
                .all(|s| s.title.as_deref() != Some(line)));
            assert!(doc.blocks.iter().all(|b| b.text != line), "{line}");
            assert!(doc
                .meta
                .extra
                .iter()
                .any(|(k, v)| k == "byline" && v == line));
        }
    }

    #[test]
    fn reordered_heading_test_agrees_with_the_reference() {
        let mut cases = credit_cases();
        cases.extend(
            [
                "The new order",
                "‘Quoted heading’",
                "1 2 3 4 5 6 7 8 9 10",
                "A 2 3 4 5 6 7 8 9 10",
                "A 2 3 4 5 6 7 8 9 10 11",
                "Deel 4",
                "Een. Twee",
                "Wat? Nee",
                "Ja! Nee",
                "Ja!Nee",
                "what now",
                "Ends here.",
                "",
                "   ",
            ]
            .map(String::from),
        );
        let mut headings = 0;
        for case in &cases {
            assert_eq!(is_heading(case), is_heading_reference(case), "{case:?}");
            headings += usize::from(is_heading(case));
        }
        assert!(headings > 50, "the cases must exercise headings");
    }

    #[test]
    fn words_are_counted_like_split_whitespace_up_to_the_limit() {
        let mut cases = credit_cases();
        cases.extend([" a\u{2003}b\u{a0}c\t", "\u{b}x\u{b}", "", "  "].map(String::from));
        for case in &cases {
            for limit in [1, 2, 3, 11] {
                let split = case.split_whitespace().take(limit).count();
                assert_eq!(words_up_to(case, limit), split, "{limit} in {case:?}");
            }
        }
    }

    #[test]
    fn trimmed_lines_are_the_trimmed_std_lines() {
        let mut cases: Vec<String> = [
            "",
            "\n",
            "\n\n",
            "a",
            "a\n",
            "a\r\n",
            "a\r",
            "\r\n\r\n",
            " a \n\tb\t\n\n c",
            "\u{a0}é\u{a0}\n\u{2003}\n",
            "x\r\ry\n",
        ]
        .map(String::from)
        .to_vec();
        for len in 0..40 {
            for at in 0..len {
                let mut s = "ab ".repeat(len)[..len].to_string();
                s.replace_range(at..=at, "\n");
                cases.push(s.clone());
                cases.push(format!("{s}\n\u{b}\n"));
            }
        }
        for case in &cases {
            let std: Vec<&str> = case.lines().map(str::trim).collect();
            let lines: Vec<&str> = trimmed_lines(case).iter().map(|l| l.text()).collect();
            assert_eq!(lines, std, "{case:?}");
        }
    }

    /// `last_chars_start` as it was before it took eight bytes at a time.
    fn last_chars_start_reference(text: &str, n: usize) -> usize {
        let bytes = text.as_bytes();
        let mut start = bytes.len();
        let mut chars = 0;
        while start > 0 && chars < n {
            start -= 1;
            if !is_utf8_continuation(bytes[start]) {
                chars += 1;
            }
        }
        start
    }

    #[test]
    fn word_at_a_time_char_window_agrees_with_the_byte_walk() {
        let mut cases = credit_cases();
        cases.push("é".repeat(100));
        cases.push("𝄞x’".repeat(40));
        for case in &cases {
            for n in [0, 1, 2, 7, 8, 9, 15, 16, 17, 59, 60, 61, 200] {
                assert_eq!(
                    last_chars_start(case, n),
                    last_chars_start_reference(case, n),
                    "{n} in {case:?}"
                );
            }
        }
    }

    #[test]
    fn capital_flags_mark_exactly_the_bytes_b_to_p() {
        for b in 0..=255u8 {
            for at in 0..8 {
                for fill in [b'a', b'B', b'P', 0x80, 0xFF, 0xC2] {
                    let mut bytes = [fill; 8];
                    bytes[at] = b;
                    let flags = capitals_b_to_p(u64::from_le_bytes(bytes));
                    for (k, &byte) in bytes.iter().enumerate() {
                        let flagged = flags >> (8 * k + 7) & 1 == 1;
                        assert_eq!(flagged, (b'B'..=b'P').contains(&byte), "{bytes:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn credit_marker_constants_match_the_markers() {
        for marker in CREDIT_MARKERS {
            assert!(may_start_marker(marker.as_bytes()[0]), "{marker}");
            assert!((b'B'..=b'P').contains(&marker.as_bytes()[0]), "{marker}");
            assert!(marker.len() <= CREDIT_MARKER_MAX_LEN, "{marker}");
        }
        assert!(CREDIT_MARKERS
            .iter()
            .any(|m| m.len() == CREDIT_MARKER_MAX_LEN));
    }

    #[test]
    fn metadata_keys_match_in_any_case() {
        let doc =
            parse_plain("DATUM: 2025-03-14\nRUBRIE\u{212A}: Buitenland\nTitel: Hallo\nThe lead.");
        assert_eq!(doc.meta.date.as_deref(), Some("2025-03-14"));
        assert_eq!(doc.meta.title.as_deref(), Some("Hallo"));
        assert_eq!(
            doc.meta.extra,
            [("rubriek".to_string(), "Buitenland".to_string())]
        );
        assert_eq!(meta_key("Auteur Jan"), Some(("auteur", " Jan")));
        assert_eq!(meta_key("Autéur Jan"), None);
    }

    #[test]
    fn title_line_is_metadata() {
        let doc = parse_plain("Title: Hello world\nThe lead.\nBody.");
        assert_eq!(doc.meta.title.as_deref(), Some("Hello world"));
        assert_eq!(doc.blocks[0].text, "The lead.");
    }
}
