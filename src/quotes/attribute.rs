//! Attribution: the speaker of each direct quote, in reading order.
//!
//! The decision chain, first match wins:
//! 1. a reporting construction around the quote (after it, else before it);
//! 2. the sentence before a verb-less quote (`…, meent X. ‘…’`, `X wijst op iets. ‘…’`);
//! 3. the previous quote in the same paragraph (split quotes, continuations);
//! 4. the previous paragraph's last quote, when this paragraph opens with a quote and
//!    that one ended its paragraph (and asked no question — a question is answered by
//!    someone else);
//! 5. a pull quote (in the lead, or left without a speaker) that repeats a later quote
//!    takes that quote's speaker.
//!
//! Pronouns resolve to the person the text is about: a person named at the start of a
//! sentence since the last attributed quote, else the last speaker.

use super::cues::{agent_at, previous_sentence, Who};
use super::lexicon::Lexicon;
use super::pairing::Span;
use super::speakers::Registry;
use super::tokens::{floor_char, sentence_end, tokenize};
use super::Speaker;
use crate::document::{BlockKind, Document, Pos};

/// How far back (bytes) in a block a pronoun's antecedent is looked for.
const PRONOUN_REACH: usize = 2000;

/// What the quote analysis knows about one span before attribution.
#[derive(Debug, Clone)]
pub struct SpanInfo {
    /// Speech (true) or term.
    pub direct: bool,
    /// The construction after the quote.
    pub after: Option<Who>,
    /// The construction before the quote.
    pub before: Option<Who>,
}

/// Assigns speakers to the direct spans; returns the speakers and, per span, the index
/// of its speaker.
pub fn attribute(
    doc: &Document,
    lex: &'static Lexicon,
    spans: &[Span],
    texts: &[String],
    info: &[SpanInfo],
) -> (Vec<Speaker>, Vec<Option<usize>>) {
    let mut state = State {
        doc,
        lex,
        reg: Registry::new(doc, lex),
        last: None,
    };
    let mut speaker_of: Vec<Option<usize>> = vec![None; spans.len()];
    for i in 0..spans.len() {
        if !info[i].direct {
            continue;
        }
        let span = &spans[i];
        let b = span.open.block;
        let Some(block) = doc.blocks.get(b) else {
            continue;
        };
        let text = block.text.as_str();
        let floor = i
            .checked_sub(1)
            .and_then(|p| spans[p].close)
            .filter(|c| c.block == b)
            .map_or(0, |c| c.offset);
        let pos = span.start();
        let who = info[i].after.clone().or_else(|| info[i].before.clone());
        let decided = match who {
            Some(w) => Some(state.resolve(w, pos)),
            None => {
                previous_sentence(lex, text, floor, span.open.offset).and_then(
                    |(w, verb)| match w {
                        Who::Name { ref name, .. } if !verb && !state.reg.is_known_person(name) => {
                            None
                        }
                        w => Some(state.resolve(w, pos)),
                    },
                )
            }
        };
        let speaker = match decided {
            Some(s) => s,
            None => previous_in_block(spans, info, &speaker_of, i)
                .or_else(|| previous_paragraph(doc, lex, spans, texts, info, &speaker_of, i)),
        };
        if let Some(s) = speaker {
            state.last = Some((pos, s));
            state.reg.touch(s, pos);
        }
        speaker_of[i] = speaker;
    }
    pull_quotes(doc, spans, texts, info, &mut speaker_of);
    (state.reg.speakers, speaker_of)
}

/// Attribution state carried through the document.
struct State<'d> {
    doc: &'d Document,
    lex: &'static Lexicon,
    reg: Registry<'d>,
    /// The last attributed quote and its speaker.
    last: Option<(Pos, usize)>,
}

impl State<'_> {
    /// The speaker `who` stands for at `pos`.
    fn resolve(&mut self, who: Who, pos: Pos) -> Option<usize> {
        match who {
            Who::Name { name, role, at } => {
                Some(self.reg.resolve_name(&name, role, Pos::new(pos.block, at)))
            }
            Who::Pronoun => self.pronoun(pos),
            Who::RoleNoun(noun) => self.reg.resolve_role(&noun, pos),
            Who::Nobody => None,
        }
    }

    /// The person a pronoun at `pos` refers to: a known person opening a sentence after
    /// the last attributed quote (this block or the one before), else the last speaker.
    fn pronoun(&mut self, pos: Pos) -> Option<usize> {
        let since = self.last.map(|(p, _)| p);
        for b in [Some(pos.block), pos.block.checked_sub(1)]
            .into_iter()
            .flatten()
        {
            let Some(block) = self.doc.blocks.get(b) else {
                continue;
            };
            if matches!(
                block.kind,
                BlockKind::Heading { .. } | BlockKind::Caption { .. }
            ) {
                continue;
            }
            let text = block.text.as_str();
            let to = if b == pos.block {
                pos.offset.min(text.len())
            } else {
                text.len()
            };
            let from = to.saturating_sub(PRONOUN_REACH);
            if let Some((who, at)) = self.last_subject(text, from, to) {
                let at = Pos::new(b, at);
                if since.is_none_or(|s| at > s) {
                    return match who {
                        Subject::Name(name, role) => Some(self.reg.resolve_name(&name, role, at)),
                        Subject::Speaker(i) => Some(i),
                    };
                }
            }
            if since.is_some_and(|s| s.block >= b) {
                break;
            }
        }
        self.last.map(|(_, s)| s)
    }

    /// The last known person opening a sentence in `text[from..to]`: a name
    /// (`Hoogleraar Erik Schut is sceptisch.`) or a role noun a speaker holds
    /// (`De wethouder begrijpt de zorgen.`).
    fn last_subject(&self, text: &str, from: usize, to: usize) -> Option<(Subject, usize)> {
        let lex = self.lex;
        let mut found = None;
        let mut s = floor_char(text, from);
        while s < to {
            let e = sentence_end(lex, text, s, to);
            let e = if e <= s { to } else { e };
            let tokens = tokenize(lex, text, s, e);
            let k = usize::from(tokens.first().is_some_and(|t| {
                matches!(
                    t.lower().as_str(),
                    "ook" | "also" | "maar" | "but" | "en" | "and"
                )
            }));
            let at = tokens.get(k).map_or(s, |t| t.start);
            match agent_at(lex, text, &tokens, k) {
                Some((Who::Name { name, role, .. }, _)) if self.reg.is_known_person(&name) => {
                    found = Some((Subject::Name(name, role), at));
                }
                Some((Who::RoleNoun(phrase), _)) => {
                    if let Some(i) = phrase
                        .split_whitespace()
                        .find_map(|w| self.reg.speaker_with_role(w))
                    {
                        found = Some((Subject::Speaker(i), at));
                    }
                }
                _ => {}
            }
            s = e;
        }
        found
    }
}

/// A sentence subject a pronoun may refer to.
enum Subject {
    /// A name with the role given with it.
    Name(String, Option<String>),
    /// A known speaker, referred to by role.
    Speaker(usize),
}

/// The speaker of the nearest earlier direct quote in the same paragraph.
fn previous_in_block(
    spans: &[Span],
    info: &[SpanInfo],
    speaker_of: &[Option<usize>],
    i: usize,
) -> Option<usize> {
    let b = spans[i].open.block;
    (0..i)
        .rev()
        .take_while(|&j| spans[j].end().block == b)
        .find(|&j| info[j].direct)
        .and_then(|j| speaker_of[j])
}

/// The speaker of the previous paragraph's last quote, when this paragraph opens with
/// the quote and that quote (with its attribution) ended its paragraph without asking.
fn previous_paragraph(
    doc: &Document,
    lex: &Lexicon,
    spans: &[Span],
    texts: &[String],
    info: &[SpanInfo],
    speaker_of: &[Option<usize>],
    i: usize,
) -> Option<usize> {
    let span = &spans[i];
    let b = span.open.block;
    let text = &doc.blocks.get(b)?.text;
    if !text[..span.open.offset].trim().is_empty() || b == 0 {
        return None;
    }
    let prev = doc.blocks.get(b - 1)?;
    if !matches!(
        prev.kind,
        BlockKind::Paragraph | BlockKind::Lead | BlockKind::BlockQuote
    ) {
        return None;
    }
    let j = i.checked_sub(1)?;
    if spans[j].end().block != b - 1 || !info[j].direct {
        return None;
    }
    let close = spans[j].close?;
    if texts[j].trim_end().ends_with('?') {
        return None;
    }
    let end = sentence_end(lex, &prev.text, close.offset, prev.text.len());
    if !prev.text[end..].trim().is_empty() {
        return None;
    }
    speaker_of[j]
}

/// Lower-case words of `text` joined by single spaces, for comparing quotes.
fn normalized(text: &str) -> String {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// How many later quotes a pull quote is compared with.
const PULL_QUOTE_REACH: usize = 200;

/// A quote in the lead, or one left without a speaker, that repeats (part of) a later
/// quote takes that quote's speaker (a pull quote set above the text).
fn pull_quotes(
    doc: &Document,
    spans: &[Span],
    texts: &[String],
    info: &[SpanInfo],
    speaker_of: &mut [Option<usize>],
) {
    for i in 0..spans.len() {
        let in_lead = doc
            .blocks
            .get(spans[i].open.block)
            .is_some_and(|b| b.kind == BlockKind::Lead);
        if !info[i].direct || !(in_lead || speaker_of[i].is_none()) {
            continue;
        }
        let own = normalized(&texts[i]);
        if own.len() < 20 {
            continue;
        }
        let last = spans.len().min(i + 1 + PULL_QUOTE_REACH);
        let source = (i + 1..last).find(|&j| {
            info[j].direct && speaker_of[j].is_some() && {
                let other = normalized(&texts[j]);
                other.contains(&own) || (other.len() >= 20 && own.contains(&other))
            }
        });
        if let Some(j) = source {
            speaker_of[i] = speaker_of[j];
        }
    }
}
