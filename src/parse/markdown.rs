//! Markdown articles through pulldown-cmark: nested headings, paragraphs, block quotes,
//! lists, code, emphasis kept as styles, a title from front matter or the first heading.

use crate::document::{BlockKind, Document, DocumentBuilder, InlineStyle, Meta, StyleSpan};
use crate::sanitize::sanitize;
use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

/// Parses a Markdown article.
pub fn parse_markdown(text: &str) -> Document {
    let (mut meta, body) = split_front_matter(text);
    let mut blocks = collect_blocks(body);
    take_title(&mut meta, &mut blocks);
    normalize_levels(&mut blocks);
    mark_lead(&mut blocks);
    let mut builder = DocumentBuilder::new(meta);
    for b in blocks {
        builder.push_styled(b.kind, &b.text, b.styles);
    }
    builder.finish()
}

/// A block as collected from the event stream, text already sanitized.
#[derive(Debug)]
struct RawBlock {
    kind: BlockKind,
    text: String,
    styles: Vec<StyleSpan>,
}

/// Splits YAML-style front matter (`---` … `---`) off the text: `title`, `date` and other
/// `key: value` lines become metadata.
fn split_front_matter(text: &str) -> (Meta, &str) {
    let mut meta = Meta::default();
    let start = text.trim_start_matches('\u{feff}');
    let Some(rest) = start
        .strip_prefix("---\n")
        .or_else(|| start.strip_prefix("---\r\n"))
    else {
        return (meta, text);
    };
    let Some(end) = rest.find("\n---") else {
        return (meta, text);
    };
    for line in rest[..end].lines() {
        let Some((key, value)) = line.split_once(':') else {
            continue;
        };
        let value = value.trim().trim_matches(['"', '\'']).trim().to_string();
        match key.trim().to_lowercase().as_str() {
            _ if value.is_empty() => {}
            "title" | "titel" => meta.title = Some(value),
            "date" | "datum" | "published" => meta.date = Some(value),
            k => meta.extra.push((k.to_string(), value)),
        }
    }
    let after = &rest[end + 4..];
    let body = after.split_once('\n').map_or("", |(_, b)| b);
    (meta, body)
}

/// Walks the pulldown-cmark events and collects one `RawBlock` per block-level element.
fn collect_blocks(body: &str) -> Vec<RawBlock> {
    // No smart punctuation: quote marks stay exactly as the author typed them.
    let options = Options::ENABLE_STRIKETHROUGH;
    let mut out = Vec::new();
    let mut cur: Option<RawBlock> = None;
    let mut open_styles: Vec<(InlineStyle, usize)> = Vec::new();
    let mut quote_depth = 0usize;
    let mut list_depth = 0usize;
    let mut in_item = false;
    let mut image_depth = 0usize;

    let flush = |cur: &mut Option<RawBlock>, out: &mut Vec<RawBlock>| {
        if let Some(mut b) = cur.take() {
            let trimmed = b.text.trim_end().len();
            b.text.truncate(trimmed);
            b.styles.retain(|s| s.range.end <= trimmed);
            if !b.text.trim().is_empty() || b.kind == BlockKind::Rule {
                out.push(b);
            }
        }
    };
    let begin = |cur: &mut Option<RawBlock>, kind: BlockKind| {
        if cur.is_none() {
            *cur = Some(RawBlock {
                kind,
                text: String::new(),
                styles: Vec::new(),
            });
        }
    };
    let body_kind = |quote_depth: usize, list_depth: usize, in_item: bool| {
        if quote_depth > 0 {
            BlockKind::BlockQuote
        } else if in_item {
            BlockKind::ListItem {
                depth: u8::try_from(list_depth.saturating_sub(1)).unwrap_or(u8::MAX),
            }
        } else {
            BlockKind::Paragraph
        }
    };

    for event in Parser::new_ext(body, options) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                flush(&mut cur, &mut out);
                begin(
                    &mut cur,
                    BlockKind::Heading {
                        level: heading_level(level),
                    },
                );
            }
            Event::Start(Tag::Paragraph) => {
                // A loose list item holds paragraphs: keep them in the item's block.
                if in_item && cur.is_some() {
                    if cur.as_ref().is_some_and(|b| !b.text.is_empty()) {
                        push_text(&mut cur, " ");
                    }
                } else {
                    flush(&mut cur, &mut out);
                }
                begin(&mut cur, body_kind(quote_depth, list_depth, in_item));
            }
            Event::Start(Tag::BlockQuote(_)) => {
                flush(&mut cur, &mut out);
                quote_depth += 1;
            }
            Event::End(TagEnd::BlockQuote(_)) => {
                flush(&mut cur, &mut out);
                quote_depth = quote_depth.saturating_sub(1);
            }
            Event::Start(Tag::List(_)) => {
                flush(&mut cur, &mut out);
                list_depth += 1;
            }
            Event::End(TagEnd::List(_)) => {
                flush(&mut cur, &mut out);
                list_depth = list_depth.saturating_sub(1);
                in_item = list_depth > 0;
            }
            Event::Start(Tag::Item) => {
                flush(&mut cur, &mut out);
                in_item = true;
                begin(&mut cur, body_kind(quote_depth, list_depth, true));
            }
            Event::End(TagEnd::Item) => flush(&mut cur, &mut out),
            Event::Start(Tag::CodeBlock(_)) => {
                flush(&mut cur, &mut out);
                begin(&mut cur, BlockKind::Code);
            }
            Event::End(
                TagEnd::Heading(_) | TagEnd::Paragraph | TagEnd::CodeBlock | TagEnd::HtmlBlock,
            ) => {
                if !in_item || matches!(cur.as_ref().map(|b| &b.kind), Some(BlockKind::Code)) {
                    flush(&mut cur, &mut out);
                }
            }
            Event::Rule => {
                flush(&mut cur, &mut out);
                begin(&mut cur, BlockKind::Rule);
                flush(&mut cur, &mut out);
            }
            Event::Start(tag) => {
                if let Some(style) = inline_style(&tag) {
                    let at = cur.as_ref().map_or(0, |b| b.text.len());
                    open_styles.push((style, at));
                }
                if matches!(tag, Tag::Image { .. }) {
                    image_depth += 1;
                    begin(&mut cur, body_kind(quote_depth, list_depth, in_item));
                    push_text(&mut cur, "[image: ");
                }
            }
            Event::End(TagEnd::Image) => {
                image_depth = image_depth.saturating_sub(1);
                push_text(&mut cur, "]");
            }
            Event::End(end) => {
                if let Some(style) = inline_end_style(end) {
                    if let Some(i) = open_styles.iter().rposition(|(s, _)| *s == style) {
                        let (_, start) = open_styles.remove(i);
                        if let Some(b) = cur.as_mut() {
                            b.styles.push(StyleSpan {
                                range: start..b.text.len(),
                                style,
                            });
                        }
                    }
                }
            }
            Event::Text(t) => {
                begin(&mut cur, body_kind(quote_depth, list_depth, in_item));
                push_text(&mut cur, &t);
            }
            Event::Code(t) => {
                begin(&mut cur, body_kind(quote_depth, list_depth, in_item));
                let start = cur.as_ref().map_or(0, |b| b.text.len());
                push_text(&mut cur, &t);
                if let Some(b) = cur.as_mut() {
                    b.styles.push(StyleSpan {
                        range: start..b.text.len(),
                        style: InlineStyle::Code,
                    });
                }
            }
            Event::SoftBreak | Event::HardBreak => push_text(&mut cur, " "),
            // Raw HTML is markup, not article text; the reader shows the words around it.
            Event::Html(_) | Event::InlineHtml(_) => {}
            Event::FootnoteReference(t) => push_text(&mut cur, &format!("[{t}]")),
            Event::TaskListMarker(done) => push_text(&mut cur, if done { "[x] " } else { "[ ] " }),
            Event::InlineMath(t) | Event::DisplayMath(t) => push_text(&mut cur, &t),
        }
    }
    flush(&mut cur, &mut out);
    for b in &mut out {
        b.styles.sort_by_key(|s| s.range.start);
    }
    out
}

/// Appends sanitized text to the current block, if any.
fn push_text(cur: &mut Option<RawBlock>, text: &str) {
    if let Some(b) = cur.as_mut() {
        b.text.push_str(&sanitize(text));
    }
}

/// The inline style a start tag opens, if it is one we keep.
fn inline_style(tag: &Tag<'_>) -> Option<InlineStyle> {
    match tag {
        Tag::Emphasis => Some(InlineStyle::Emphasis),
        Tag::Strong => Some(InlineStyle::Strong),
        Tag::Strikethrough => Some(InlineStyle::Strikethrough),
        Tag::Link { .. } => Some(InlineStyle::Link),
        _ => None,
    }
}

/// The inline style an end tag closes, if it is one we keep.
fn inline_end_style(end: TagEnd) -> Option<InlineStyle> {
    match end {
        TagEnd::Emphasis => Some(InlineStyle::Emphasis),
        TagEnd::Strong => Some(InlineStyle::Strong),
        TagEnd::Strikethrough => Some(InlineStyle::Strikethrough),
        TagEnd::Link => Some(InlineStyle::Link),
        _ => None,
    }
}

/// Heading level as a number 1–6.
fn heading_level(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

/// Without a front-matter title, a document that opens with its only top-level heading
/// takes that heading as its title (it is not a section).
fn take_title(meta: &mut Meta, blocks: &mut Vec<RawBlock>) {
    if meta.title.is_some() {
        return;
    }
    let is_h = |b: &RawBlock, l: u8| b.kind == BlockKind::Heading { level: l };
    let top_level = blocks.iter().filter(|b| is_h(b, 1)).count();
    if blocks.first().is_some_and(|b| is_h(b, 1)) && top_level == 1 {
        meta.title = Some(blocks.remove(0).text);
    }
}

/// Shifts heading levels so the shallowest heading is level 1.
fn normalize_levels(blocks: &mut [RawBlock]) {
    let level = |b: &RawBlock| match b.kind {
        BlockKind::Heading { level } => Some(level),
        _ => None,
    };
    let Some(min) = blocks.iter().filter_map(level).min() else {
        return;
    };
    for b in blocks.iter_mut() {
        if let BlockKind::Heading { level } = &mut b.kind {
            *level -= min - 1;
        }
    }
}

/// The first paragraph before any heading is the lead.
fn mark_lead(blocks: &mut [RawBlock]) {
    for b in blocks.iter_mut() {
        match b.kind {
            BlockKind::Heading { .. } => return,
            BlockKind::Paragraph => {
                b.kind = BlockKind::Lead;
                return;
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_gives_title_and_date() {
        let doc = parse_markdown(
            "---\ntitle: \"A Title\"\ndate: 2024-05-01\nauthor: Me\n---\n\nLead text.\n",
        );
        assert_eq!(doc.meta.title.as_deref(), Some("A Title"));
        assert_eq!(doc.meta.date.as_deref(), Some("2024-05-01"));
        assert_eq!(
            doc.meta.extra,
            vec![("author".to_string(), "Me".to_string())]
        );
        assert_eq!(doc.blocks[0].kind, BlockKind::Lead);
    }

    #[test]
    fn the_only_h1_at_the_top_is_the_title_and_levels_nest() {
        let doc = parse_markdown(
            "# Title\n\nLead.\n\n## One\n\nText.\n\n### One.a\n\nMore.\n\n## Two\n\nEnd.",
        );
        assert_eq!(doc.meta.title.as_deref(), Some("Title"));
        let outline: Vec<(Option<&str>, u8)> = doc
            .sections
            .iter()
            .map(|s| (s.title.as_deref(), s.level))
            .collect();
        assert_eq!(
            outline,
            [
                (None, 1),
                (Some("One"), 1),
                (Some("One.a"), 2),
                (Some("Two"), 1)
            ]
        );
    }

    #[test]
    fn emphasis_is_kept_as_styles_on_the_right_text() {
        let doc = parse_markdown("Some *soft* and **bold** `code` [link](http://x).");
        let b = &doc.blocks[0];
        assert_eq!(b.text, "Some soft and bold code link.");
        let styled: Vec<(&str, InlineStyle)> = b
            .styles
            .iter()
            .map(|s| (&b.text[s.range.clone()], s.style))
            .collect();
        assert_eq!(
            styled,
            [
                ("soft", InlineStyle::Emphasis),
                ("bold", InlineStyle::Strong),
                ("code", InlineStyle::Code),
                ("link", InlineStyle::Link)
            ]
        );
    }

    #[test]
    fn block_quotes_lists_and_code_are_their_own_blocks() {
        let doc =
            parse_markdown("Lead.\n\n> quoted\n> on.\n\n- a\n  - b\n\n```\nx\n\ty\n```\n\n---\n");
        let kinds: Vec<&BlockKind> = doc.blocks.iter().map(|b| &b.kind).collect();
        assert_eq!(
            kinds,
            [
                &BlockKind::Lead,
                &BlockKind::BlockQuote,
                &BlockKind::ListItem { depth: 0 },
                &BlockKind::ListItem { depth: 1 },
                &BlockKind::Code,
                &BlockKind::Rule
            ]
        );
        assert_eq!(doc.blocks[1].text, "quoted on.");
        assert_eq!(doc.blocks[4].text, "x\n    y");
    }

    #[test]
    fn entities_that_decode_to_controls_are_sanitized() {
        let doc = parse_markdown("evil &#27;[2J and &#x9b;31m");
        assert_eq!(doc.blocks[0].text, "evil ^[[2J and <U+009B>31m");
    }

    #[test]
    fn quote_marks_stay_as_typed() {
        let doc = parse_markdown("He said \"yes\" and it's ‘done’.");
        assert_eq!(doc.blocks[0].text, "He said \"yes\" and it's ‘done’.");
    }

    #[test]
    fn loose_list_items_keep_their_paragraphs_together() {
        let doc = parse_markdown("- one\n\n  two\n\n- three\n");
        assert_eq!(doc.blocks[0].text, "one two");
        assert_eq!(doc.blocks[1].text, "three");
    }
}
