//! Attribution: the speaker of each direct quote, in reading order.
//!
//! The decision chain, first match wins:
//! 1. a reporting construction around the quote (after it, else before it);
//! 2. the sentence before a verb-less quote (`…, meent X. ‘…’`, `X wijst op iets. ‘…’`);
//! 3. the previous quote in the same paragraph (split quotes, continuations);
//! 4. the previous paragraph's last quote, when this paragraph opens with a quote and
//!    that one ended its paragraph (and asked no question — a question is answered by
//!    someone else);
//! 5. the answer to a question: a quote opening the paragraph after a question goes to
//!    the person the question was put to (see [`State::answer`]);
//! 6. a pull quote (in the lead, or left without a speaker) that repeats a later quote
//!    takes that quote's speaker.
//!
//! Pronouns resolve to the person the narration is about: the first person mentioned in
//! the last sentence that mentions one since the last attributed quote (this paragraph or
//! the two before), else the last speaker. A verb-less quote with no attribution sentence
//! takes the person the paragraph last mentioned before it (see [`super::mentions`]).

use super::cues::{is_verb_at, previous_sentence, Who};
use super::lexicon::{Class, Lexicon};
use super::mentions::{last_mention_where, Mention, Quoted};
use super::names::name_run_at;
use super::pairing::Span;
use super::reading::Reading;
use super::sentences::{sentence_end, sentence_start};
use super::speakers::{Gender, Mentions, Registry};
use super::tokens::{tokenize, Token, Tokenized};
use super::Speaker;
use crate::document::{BlockKind, Document, Pos};

/// How many paragraphs before a question's own are read for the person it is put to.
const ANSWER_BLOCKS: usize = 2;

/// How far back (bytes) in a block a pronoun's antecedent is looked for.
const PRONOUN_REACH: usize = 2000;
/// How many paragraphs before the quote's own a pronoun's antecedent is looked for.
const PRONOUN_BLOCKS: usize = 2;

/// What the quote analysis knows about one span before attribution.
#[derive(Debug, Clone, PartialEq, Eq)]
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
pub fn attribute<'d>(
    doc: &'d Document,
    lex: &'static Lexicon,
    spans: &[Span],
    texts: &[String],
    reading: &'d Reading<'d>,
    names: Mentions,
) -> (Vec<Speaker>, Vec<Option<usize>>) {
    let (info, blocks, previous) = (&reading.info, &reading.blocks, &reading.previous);
    let mut state = State {
        doc,
        lex,
        reg: Registry::with_names(lex, blocks, names),
        quoted: Quoted::new(spans),
        last: None,
        ended: vec![false; doc.blocks.len()],
        pronoun_gender: None,
        learn_gender: false,
        quote: "",
        writer_from: std::cell::OnceCell::new(),
    };
    let mut speaker_of: Vec<Option<usize>> = vec![None; spans.len()];
    for i in 0..spans.len() {
        // Only speech makes a paragraph more than narration: a scare-quoted term
        // (`called it “grown-woman basketball.”`) does not.
        if let Some(prev) = i.checked_sub(1).filter(|&p| info[p].direct) {
            if let Some(e) = state.ended.get_mut(spans[prev].end().block) {
                *e = true;
            }
        }
        if !info[i].direct {
            continue;
        }
        let span = &spans[i];
        let b = span.open.block;
        let Some(tokenized) = blocks.get(b) else {
            continue;
        };
        let floor = narration_floor(spans, &|j| info[j].direct, i);
        let pos = span.start();
        let who = info[i].after.clone().or_else(|| info[i].before.clone());
        // Only a cue's own pronoun teaches the speaker's gender; the sentence before may
        // have its pronoun about someone else.
        state.learn_gender = matches!(who, Some(Who::Pronoun));
        state.quote = &texts[i];
        state.pronoun_gender = match (&who, &previous[i]) {
            (Some(Who::Pronoun), _) => cue_gender(lex, doc, span, info[i].after.is_some(), floor),
            // `She said she had raised it with Dr Simon Ashworth. ‘…’`: the pronoun of the
            // sentence before tells whom it means.
            (None, Some((Who::Pronoun, _))) => previous_gender(lex, doc, span, floor),
            _ => None,
        };
        let decided = match who {
            Some(w) => Some(state.resolve(w, pos)),
            None => previous[i]
                .clone()
                .and_then(|(w, verb)| match w {
                    Who::Name { ref name, .. } if !verb && !state.reg.is_known_person(name) => None,
                    w => Some(state.resolve(w, pos)),
                })
                .or_else(|| {
                    // `De eigenaar, ondernemer X, zegt dat … . De huur is verdubbeld. ‘…’`;
                    // `Asked whether …, she was blunt. ‘…’`: a pronoun subject with no
                    // one named before it is the person already meant.
                    let (m, at) = last_mention_where(
                        lex,
                        &state.reg,
                        &state.quoted,
                        b,
                        tokenized,
                        (floor, span.open.offset),
                        &|_| true,
                    )?;
                    Some(state.mentioned(m, Pos::new(b, at)))
                }),
        };
        let speaker = match decided {
            Some(s) => s,
            // `‘Komt er een volgende editie?’ De organisator lacht. ‘Natuurlijk.’`: a
            // question the narration then shows someone reacting to is put to them.
            None if is_question(&texts[i]) && reaction_follows(doc, spans, i) => None,
            None => {
                let found = previous_in_block(spans, info, &speaker_of, i)
                    .or_else(|| {
                        let found =
                            previous_paragraph(doc, lex, spans, texts, info, &speaker_of, i)?;
                        // `‘…’, zegt X.` ¶ `‘Wilde u toen stoppen?’`: a question put to
                        // someone is no continuation of their quote but the interviewer's
                        // (a turn handed back to an asker stands).
                        let continues = after_paragraph(doc, spans, i)
                            .is_some_and(|(_, j)| speaker_of[j] == Some(found));
                        // `„Hoe reageerden de mannen?”` as a paragraph of its own, in an
                        // interview the writer tells: the writer asks, not the speaker
                        // of the paragraph before.
                        let asked = is_question(&texts[i])
                            && is_paragraph(doc, span)
                            && state.writer_before(b);
                        let put = asked || state.addresses_someone(&texts[i]);
                        (!continues || !put).then_some(found)
                    })
                    .or_else(|| state.answer(spans, texts, info, &speaker_of, i))
                    .or_else(|| {
                        let answered = answered_next(doc, spans, texts, info, i);
                        state.opening_after_narration(spans, &texts[i], i, answered)
                    });
                state.not_addressee(&texts[i], found)
            }
        };
        if let Some(s) = speaker {
            state.last = Some((pos, s));
            state.reg.touch(s, pos);
        }
        speaker_of[i] = speaker;
    }
    headline_roles(doc, spans, info, &state.reg, &mut speaker_of);
    pull_quotes(doc, spans, texts, info, &mut speaker_of);
    (state.reg.speakers, speaker_of)
}

/// Most words of a headline's tag read for a role (`vows police chief`).
const HEADLINE_TAG_WORDS: usize = 4;

/// A quote in the headline or the lead left without a speaker, whose cue names a role
/// (`‘…’, vows police chief`, `while the water minister promises ‘…’`): the speaker
/// the body gives that role. It is read once every quote is attributed, as the body
/// introduces them below.
fn headline_roles(
    doc: &Document,
    spans: &[Span],
    info: &[SpanInfo],
    reg: &Registry,
    speaker_of: &mut [Option<usize>],
) {
    for (i, span) in spans.iter().enumerate() {
        let b = span.open.block;
        let Some(block) = doc.blocks.get(b) else {
            continue;
        };
        let top = b == 0 || matches!(block.kind, BlockKind::Lead);
        if !top || !info[i].direct || speaker_of[i].is_some() {
            continue;
        }
        // The role noun of the cue (`the water minister`), else the words of a
        // headline's tag after the quote (`vows police chief`: no article, no cue).
        let noun = match info[i].after.as_ref().or(info[i].before.as_ref()) {
            Some(Who::RoleNoun(noun)) => noun.as_str(),
            _ if b == 0 => span
                .close
                .filter(|c| c.block == 0)
                .and_then(|c| block.text.get(c.offset..))
                .unwrap_or_default(),
            _ => continue,
        };
        speaker_of[i] = noun
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .take(HEADLINE_TAG_WORDS)
            .find_map(|w| reg.speaker_with_role(w));
    }
}

/// Whether span `j` is speech, for the spans opening in the block of the span asked
/// about (the readers below look no further back).
pub type IsDirect<'a> = dyn Fn(usize) -> bool + 'a;

/// The previous direct span opening in the same block as span `i`.
fn previous_direct(spans: &[Span], direct: &IsDirect<'_>, i: usize) -> Option<usize> {
    let b = spans[i].open.block;
    (0..i)
        .rev()
        .take_while(|&j| spans[j].open.block == b)
        .find(|&j| direct(j))
}

/// Where the narration before direct span `i` starts in its block: the previous direct
/// quote's end, else 0.
fn narration_floor(spans: &[Span], direct: &IsDirect<'_>, i: usize) -> usize {
    previous_direct(spans, direct, i)
        .and_then(|j| spans[j].close)
        .filter(|c| c.block == spans[i].open.block)
        .map_or(0, |c| c.offset)
}

/// The quoted terms (byte ranges, marks included) in the narration before direct span
/// `i`: they are part of the narrator's sentences.
fn narration_terms(spans: &[Span], direct: &IsDirect<'_>, i: usize) -> Vec<(usize, usize)> {
    let b = spans[i].open.block;
    // Spans are sorted by their opening mark: the ones opening in this block are
    // the run just before `i` (searching from 0 made this quadratic).
    let block_first = (0..i)
        .rev()
        .take_while(|&j| spans[j].open.block == b)
        .last()
        .unwrap_or(i);
    (previous_direct(spans, direct, i).map_or(block_first, |j| j + 1)..i)
        .filter_map(|j| {
            let close = spans[j].close.filter(|c| c.block == b)?;
            (spans[j].open.block == b).then_some((spans[j].open.offset, close.offset))
        })
        .collect()
}

/// The attribution sentence before direct span `i` when it has no construction of its
/// own (see [`previous_sentence`]); `None` for the other spans. `info` is span `i`'s,
/// `block` the tokens of the block it opens in.
pub fn previous_reading(
    spans: &[Span],
    direct: &IsDirect<'_>,
    info: &SpanInfo,
    block: &Tokenized<'_>,
    lex: &Lexicon,
    i: usize,
) -> Option<(Who, bool)> {
    if !info.direct || info.after.is_some() || info.before.is_some() {
        return None;
    }
    let (floor, terms) = (
        narration_floor(spans, direct, i),
        narration_terms(spans, direct, i),
    );
    previous_sentence(lex, block, floor, spans[i].open.offset, &terms)
}

/// Attribution state carried through the document.
struct State<'d, 't> {
    doc: &'d Document,
    lex: &'static Lexicon,
    reg: Registry<'d>,
    /// Where the quotes are, so quoted words are never taken for mentions.
    quoted: Quoted,
    /// The last attributed quote and its speaker.
    last: Option<(Pos, usize)>,
    /// Per block, whether a span before the current one ends in it.
    ended: Vec<bool>,
    /// The gender of the pronoun in the current quote's cue (`he said`), if it has one.
    pronoun_gender: Option<Gender>,
    /// Whether `pronoun_gender` comes from the quote's own cue (and may be learnt).
    learn_gender: bool,
    /// The text of the quote being attributed.
    quote: &'t str,
    /// The first block whose narration has the writer in it, found on first use.
    writer_from: std::cell::OnceCell<Option<usize>>,
}

impl State<'_, '_> {
    /// The speaker `who` stands for at `pos`.
    fn resolve(&mut self, who: Who, pos: Pos) -> Option<usize> {
        match who {
            // `Downing Street said`, `the Main Street Association said`: an organisation
            // or a place speaks, no person.
            // `Dunmore said` after `Dunmore Rovers`: the organisation by its first word.
            Who::Name { name, .. }
                if self.lex.is_organisation(&name) || self.reg.is_short_organisation(&name) =>
            {
                None
            }
            Who::Name { name, role, at } => {
                Some(self.reg.resolve_name(&name, role, Pos::new(pos.block, at)))
            }
            Who::Pronoun => {
                let found = self.pronoun(pos);
                if let (Some(i), Some(g), true) = (found, self.pronoun_gender, self.learn_gender) {
                    self.reg.set_gender(i, g);
                }
                found
            }
            Who::RoleNoun(noun) => self
                .role_holder_named_before(&noun, pos)
                .or_else(|| self.reg.resolve_role(&noun, pos)),
            Who::Nobody => None,
        }
    }

    /// A verb-less quote opening a paragraph after narration about someone (`Lang,
    /// now 78, lives in the cottage. He remembers …` ¶ `‘…’`): the person the previous
    /// paragraph (one without quotes) last mentions.
    fn opening_after_narration(
        &mut self,
        spans: &[Span],
        text: &str,
        i: usize,
        answered: bool,
    ) -> Option<usize> {
        let b = spans[i].open.block;
        if b == 0 || !opens_paragraph(self.doc, &spans[i]) {
            return None;
        }
        // `Vragen beantwoordt hij pas later.` ¶ `“Bent u nooit bang geweest?”`: a
        // question put to the person the narration is about is the interviewer's; so is
        // one the next paragraph answers (`De doelpunten herinnert hij zich allemaal.` ¶
        // `,,Welke was de mooiste?''` ¶ `,,Die van 1966.''`).
        if self.addresses_someone(text) || (answered && self.after_narration_about_one(spans, i)) {
            return None;
        }
        // Only plain narration: a paragraph with a quote is that quote's context (a
        // question's asker is not the one answering).
        if !self.plain_narration(b - 1) {
            return None;
        }
        let prev_text = self.reg.block(b - 1)?;
        // `We spraken Verhaegen na de training.` ¶ `‘Was het moeilijk?’`: where the
        // writer is present, a question is the writer's.
        let writer = || {
            prev_text
                .tokens
                .iter()
                .any(|t| t.word && self.lex.first_person.contains(&*t.lower()))
        };
        if is_question(text) && writer() {
            return None;
        }
        // `In his statement, he said the company would invest.` ¶ `‘…’`: a paragraph
        // ending in reported speech hands the quote to its speaker.
        let end = prev_text.text.len();
        if let Some((who, true)) = previous_sentence(self.lex, prev_text, 0, end, &[]) {
            // A pronoun there means someone named before that sentence.
            let last = prev_text.text.trim_end().len().saturating_sub(1);
            let start = sentence_start(self.lex, prev_text.text, last, 0);
            return self.resolve(who, Pos::new(b - 1, start));
        }
        let (m, at) = last_mention_where(
            self.lex,
            &self.reg,
            &self.quoted,
            b - 1,
            prev_text,
            (0, prev_text.text.len()),
            &|_| true,
        )?;
        self.mentioned(m, Pos::new(b - 1, at))
    }

    /// True when paragraph `p` is narration (a paragraph or the lead) with no speech
    /// ending in it.
    fn plain_narration(&self, p: usize) -> bool {
        let paragraph = self
            .doc
            .blocks
            .get(p)
            .is_some_and(|blk| matches!(blk.kind, BlockKind::Paragraph | BlockKind::Lead));
        paragraph && !self.ended.get(p).copied().unwrap_or(false)
    }

    /// True when span `j` opens its paragraph right after plain narration about one
    /// person: a question there, answered, is the interviewer's (not when the narration
    /// names two people: `Nyberg addressed Bell directly.` ¶ `“Will my kids’ classes go
    /// over 30?”` is one of them asking the other).
    fn after_narration_about_one(&self, spans: &[Span], j: usize) -> bool {
        let b = spans[j].open.block;
        b.checked_sub(1).is_some_and(|p| {
            self.plain_narration(p)
                && opens_paragraph(self.doc, &spans[j])
                && self.about_one_person(p)
        })
    }

    /// True when paragraph `p` is about one person: it names at most one, refers to
    /// one by a pronoun if it names none, and mentions no unnamed person (`a volunteer
    /// handed out blankets to a boy` is an exchange between people it does not name).
    fn about_one_person(&self, p: usize) -> bool {
        let Some(block) = self.reg.block(p) else {
            return false;
        };
        let named = self.people_named(p);
        let pronoun = || {
            block.tokens.iter().any(|t| {
                let c = self.lex.classes(t.text);
                t.word && (c.is(Class::MalePronoun) || c.is(Class::FemalePronoun))
            })
        };
        let unnamed = || {
            let accept = |m: &Mention| matches!(m, Mention::Unnamed(_));
            let span = (0, block.text.len());
            last_mention_where(self.lex, &self.reg, &self.quoted, p, block, span, &accept).is_some()
        };
        named < 2 && (named == 1 || pronoun()) && !unnamed()
    }

    /// How many different known people block `b` names (counting stops at two).
    fn people_named(&self, b: usize) -> usize {
        let Some(block) = self.reg.block(b) else {
            return 0;
        };
        let tokens = &block.tokens;
        let mut first: Option<String> = None;
        let mut k = 0;
        while k < tokens.len() {
            let Some(run) = name_run_at(self.lex, tokens, k).filter(|_| tokens[k].is_cap()) else {
                k += 1;
                continue;
            };
            k = run.end.max(k + 1);
            if !self.reg.is_known_person(&run.name) {
                continue;
            }
            let last = run
                .name
                .split_whitespace()
                .last()
                .unwrap_or_default()
                .to_string();
            match &first {
                None => first = Some(last),
                Some(f) if *f != last => return 2,
                Some(_) => {}
            }
        }
        usize::from(first.is_some())
    }

    /// The speaker a quote calls by name (`“Jelle, wanneer gaat die dam weg?”`, `“…,
    /// Harm.”`): a single capitalised word before the first comma or after the last one,
    /// that is a word of a speaker's name or an alias.
    fn vocative(&self, text: &str) -> Option<usize> {
        let text = text.trim_end_matches(|c: char| !c.is_alphanumeric());
        let lead = text.split_once(',').map(|(w, _)| w.trim());
        let tail = text.rsplit_once(',').map(|(_, w)| w.trim());
        [lead, tail].into_iter().flatten().find_map(|w| {
            let single = !w.is_empty()
                && !w.contains(char::is_whitespace)
                && w.starts_with(char::is_uppercase)
                && !self.lex.classes(w).is(super::lexicon::Class::NonName);
            if !single {
                return None;
            }
            (0..self.reg.speakers.len()).rev().find(|&i| {
                let mut words = self.reg.speakers[i].name.split_whitespace();
                words.any(|n| n == w) || self.reg.may_name(i, w)
            })
        })
    }

    /// `speaker`, unless the quote calls that speaker by name (then it is said to them):
    /// the one who spoke last, if someone else, else nobody; a quote found no speaker
    /// that calls someone by name is the last speaker's, when that is someone else.
    fn not_addressee(&self, text: &str, speaker: Option<usize>) -> Option<usize> {
        let Some(called) = self.vocative(text) else {
            return speaker;
        };
        if speaker.is_some_and(|s| s != called) {
            return speaker;
        }
        self.last.map(|(_, s)| s).filter(|&s| s != called)
    }

    /// `Zelf moet Mulder weer aan het werk. ‘…’, zei de trainer.`: of the speakers
    /// holding the role `noun` names, the one the quote's paragraph names last before
    /// it (two trainers: the one the narration is about).
    fn role_holder_named_before(&self, noun: &str, pos: Pos) -> Option<usize> {
        let text = self.doc.blocks.get(pos.block)?.text.get(..pos.offset)?;
        let words: Vec<String> = noun.split_whitespace().map(str::to_lowercase).collect();
        let holds = |s: &Speaker| {
            let role = s.role.as_deref().unwrap_or("").to_lowercase();
            role.split_whitespace()
                .any(|r| words.iter().any(|w| w == r))
                || s.aliases.iter().any(|a| words.contains(&a.to_lowercase()))
        };
        let holders: Vec<usize> = (0..self.reg.speakers.len())
            .filter(|&i| holds(&self.reg.speakers[i]))
            .collect();
        // One holder is what the role lookup finds anyway.
        if holders.len() < 2 {
            return None;
        }
        holders
            .into_iter()
            .filter_map(|i| {
                let last = self.reg.speakers[i].name.split_whitespace().last()?;
                text.rfind(last).map(|at| (at, i))
            })
            .max_by_key(|&(at, _)| at)
            .map(|(_, i)| i)
    }

    /// True when the writer appears in the narration of a paragraph before block `b`
    /// (`Ramsaroep lacht als we dat vertellen`, `I asked her`): an interview, where a
    /// question standing as a paragraph of its own is the writer's.
    fn writer_before(&self, b: usize) -> bool {
        let first = *self.writer_from.get_or_init(|| {
            (0..self.doc.blocks.len()).find(|&k| {
                let narration = matches!(
                    self.doc.blocks[k].kind,
                    BlockKind::Paragraph | BlockKind::Lead
                );
                narration
                    && self.reg.block(k).is_some_and(|t| {
                        t.tokens.iter().any(|tok| {
                            tok.word
                                && self.lex.first_person.contains(&*tok.lower())
                                && !self.quoted.contains(Pos::new(k, tok.start()))
                        })
                    })
            })
        });
        first.is_some_and(|w| w < b)
    }

    /// True for a question put to someone: it ends in `?` and speaks to them (`u`,
    /// `you`).
    fn addresses_someone(&self, text: &str) -> bool {
        is_question(text)
            && text
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| self.lex.second_person.contains(&*super::lower::lower(w)))
    }

    /// A verb-less quote opening a paragraph right after a paragraph that ends in a
    /// question (`“Did you stand on it, Mr. Marsh?” Stiles asked.` ¶ `“No, sir.”`): the
    /// answer of the person the question was put to — the last person other than the
    /// asker that the narration before the question mentions (its paragraph and the
    /// ones before it).
    fn answer(
        &mut self,
        spans: &[Span],
        texts: &[String],
        info: &[SpanInfo],
        speaker_of: &[Option<usize>],
        i: usize,
    ) -> Option<usize> {
        let (b, j) = after_paragraph(self.doc, spans, i)?;
        if !is_question(&texts[j]) {
            return None;
        }
        let turns = Turns {
            doc: self.doc,
            lex: self.lex,
            spans,
            info,
        };
        if !turns.ends_turn(j, b - 1) {
            return None;
        }
        let asker = speaker_of[j];
        // `“Jelle, wanneer gaat die dam weg?”`: the question calls its addressee by name.
        if let Some(called) = self.vocative(&texts[j]).filter(|&c| Some(c) != asker) {
            return Some(called);
        }
        // The narration before the question: its paragraph up to its first quote,
        // then the paragraphs before, back to the last one with a quote.
        let first = first_of_block(spans, j).filter(|&f| spans[f].open.block == b - 1)?;
        let mut to = spans[first].open.offset;
        for k in (b.saturating_sub(1 + ANSWER_BLOCKS)..b).rev() {
            let block = self.doc.blocks.get(k)?;
            let quoted_before = k < b - 1 && self.ended.get(k).copied().unwrap_or(false);
            if !matches!(block.kind, BlockKind::Paragraph | BlockKind::Lead) || quoted_before {
                break;
            }
            if k < b - 1 {
                to = block.text.len();
            }
            let tokenized = self.reg.block(k)?;
            let found = {
                let (reg, quoted) = (&self.reg, &self.quoted);
                let accept = |m: &Mention| match m {
                    Mention::Name(name, ..) => asker.is_none_or(|a| !reg.may_name(a, name)),
                    Mention::Speaker(s) => asker != Some(*s),
                    Mention::Current(_) | Mention::Unnamed(_) => false,
                };
                last_mention_where(self.lex, reg, quoted, k, tokenized, (0, to), &accept)
            };
            if let Some((m, at)) = found {
                return self.mentioned(m, Pos::new(k, at));
            }
        }
        // `One reporter asked whether …` ¶ `‘…?’` ¶ `‘No.’`: with no one else named, the
        // one who was speaking answers a question someone asked (not one overheard:
        // `A volunteer handed out blankets to a boy.` ¶ `“Are we going home?”`).
        // A question put to someone (`Waarom stopt u nu?`), or the writer's in an
        // interview, is answered by them too.
        let asked = asker.is_some()
            || self.addresses_someone(&texts[j])
            || (asker.is_none() && self.writer_before(b - 1))
            || (asker.is_none() && self.after_narration_about_one(spans, j))
            || b.checked_sub(2)
                .and_then(|k| self.reg.block(k))
                .is_some_and(|prev| {
                    let end = prev.text.len();
                    matches!(
                        previous_sentence(self.lex, prev, 0, end, &[]),
                        Some((Who::Nobody, true))
                    )
                });
        self.last
            .map(|(_, s)| s)
            .filter(|&s| asked && Some(s) != asker)
    }

    /// The speaker a mention stands for.
    fn mentioned(&mut self, m: Mention, at: Pos) -> Option<usize> {
        match m {
            Mention::Name(name, role, offset, gender) => {
                let i = self
                    .reg
                    .resolve_name(&name, role, Pos::new(at.block, offset));
                if let Some(g) = gender {
                    self.reg.set_gender(i, g);
                }
                Some(i)
            }
            Mention::Speaker(i) => Some(i),
            Mention::Current(g) => self.last_speaker_fitting(g),
            Mention::Unnamed(_) => None,
        }
    }

    /// The person a pronoun at `pos` refers to: the person last mentioned in the
    /// narration since the last attributed quote (this block or the ones before),
    /// else the last speaker.
    fn pronoun(&mut self, pos: Pos) -> Option<usize> {
        let since = self.last.map(|(p, _)| p);
        let lo = pos.block.saturating_sub(PRONOUN_BLOCKS);
        for b in (lo..=pos.block).rev() {
            if since.is_some_and(|s| s.block > b) {
                break;
            }
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
            let from = match since {
                Some(s) if s.block == b => s.offset.min(to),
                _ => 0,
            }
            .max(to.saturating_sub(PRONOUN_REACH));
            let Some(tokenized) = self.reg.block(b) else {
                continue;
            };
            let found = {
                // `He credited Priya Shah with it. “…,” he said.`: a sentence whose subject
                // is a pronoun of the cue's gender is about the person already meant.
                let accept = |m: &Mention| match m {
                    Mention::Current(g) => self.pronoun_gender == Some(*g),
                    _ => self.fits_pronoun(m),
                };
                let (reg, quoted) = (&self.reg, &self.quoted);
                last_mention_where(self.lex, reg, quoted, b, tokenized, (from, to), &accept)
            };
            match found {
                Some((Mention::Current(_), _)) => continue,
                Some((m, at)) => return self.mentioned(m, Pos::new(b, at)),
                None => {}
            }
        }
        match self.pronoun_gender {
            Some(g) => self.last_speaker_fitting(g),
            None => self.last.map(|(_, s)| s),
        }
    }

    /// The last speaker, unless the text has shown them of the other gender than `g`;
    /// then the most recent speaker who may be of gender `g`.
    fn last_speaker_fitting(&self, g: Gender) -> Option<usize> {
        self.last
            .map(|(_, s)| s)
            .filter(|&s| self.reg.gender(s).is_none_or(|k| k == g))
            .or_else(|| self.reg.latest_compatible(g))
    }

    /// True when a mention can be what the current pronoun refers to: its known gender,
    /// if any, is the pronoun's.
    fn fits_pronoun(&self, m: &Mention) -> bool {
        // `Corbishley’s neighbour Peter Lomax found the fish. “Peter came to my door …,”
        // she said.`: someone the quote itself names by a capitalised word is talked
        // about, not talking.
        if let Mention::Name(name, ..) = m {
            if names_in_text(self.quote, name) {
                return false;
            }
        }
        let Some(g) = self.pronoun_gender else {
            return true;
        };
        let known = match m {
            Mention::Speaker(i) => self.reg.gender(*i),
            Mention::Current(g) => Some(*g),
            Mention::Unnamed(g) => *g,
            Mention::Name(name, _, _, gender) => gender.or_else(|| self.reg.name_gender(name)),
        };
        known.is_none_or(|k| k == g)
    }
}

/// True when a capitalised word of `name` (of three letters or more) stands in `text`
/// as a word a lower-case one follows (`Peter came`, `Sander heeft`): someone talked
/// about. A name called out (`That could’ve been you, Linda.`) is not.
fn names_in_text(text: &str, name: &str) -> bool {
    name.split_whitespace()
        .filter(|w| w.chars().count() >= 3 && w.starts_with(char::is_uppercase))
        .any(|w| {
            text.match_indices(w).any(|(at, _)| {
                let before = text[..at].chars().next_back();
                let mut after = text[at + w.len()..].chars();
                !before.is_some_and(char::is_alphanumeric)
                    && after.next() == Some(' ')
                    && after.next().is_some_and(char::is_lowercase)
            })
        })
}

/// Words read for the pronoun of a cue after a quote (`”, she said`).
const CUE_PRONOUN_WORDS: usize = 6;

/// The gender of the first pronoun of the sentence before `span` (read after `floor`).
fn previous_gender(lex: &Lexicon, doc: &Document, span: &Span, floor: usize) -> Option<Gender> {
    let text = doc.blocks.get(span.open.block)?.text.as_str();
    let end = text[..span.open.offset].trim_end().len();
    let start = sentence_start(lex, text, end.checked_sub(1)?, floor);
    let tokens = tokenize(lex, text, start, end);
    let k = tokens
        .iter()
        .position(|t| t.word && lex.pronouns.contains(&*t.lower()))?;
    pronoun_gender_at(lex, &tokens, k)
}

/// The gender the pronoun at token `k` shows with the speech verb beside it (`zegt ze`:
/// a woman; `zeggen ze`: several people).
fn pronoun_gender_at(lex: &Lexicon, tokens: &[Token], k: usize) -> Option<Gender> {
    let verb = [k.wrapping_sub(1), k + 1]
        .into_iter()
        .find(|&v| is_verb_at(lex, tokens, v))
        .map(|v| tokens[v].lower());
    Gender::of_pronoun(lex, &tokens[k].lower(), verb.as_deref())
}

/// The gender of the pronoun in the reporting construction of `span`: the first one
/// after the quote (`after`) or the last one before it in its sentence.
fn cue_gender(
    lex: &Lexicon,
    doc: &Document,
    span: &Span,
    after: bool,
    floor: usize,
) -> Option<Gender> {
    let is_pronoun = |t: &Token| t.word && lex.pronouns.contains(&*t.lower());
    let (tokens, k) = if after {
        let close = span.close?;
        let text = doc.blocks.get(close.block)?.text.as_str();
        let end = sentence_end(lex, text, close.offset, text.len());
        let tokens = tokenize(lex, text, close.offset, end);
        let words = tokens.iter().enumerate().filter(|(_, t)| t.word);
        let k = words
            .take(CUE_PRONOUN_WORDS)
            .find(|(_, t)| is_pronoun(t))?
            .0;
        (tokens, k)
    } else {
        let text = doc.blocks.get(span.open.block)?.text.as_str();
        let start = sentence_start(lex, text, span.open.offset, floor);
        let tokens = tokenize(lex, text, start, span.open.offset);
        let k = tokens.iter().rposition(is_pronoun)?;
        (tokens, k)
    };
    pronoun_gender_at(lex, &tokens, k)
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
///
/// In a dialogue — the two paragraphs before are both turns (a paragraph that is one
/// attributed quote) by different speakers — the turn goes back to the speaker before
/// the last (`“…?” a reporter asked.` ¶ `“…,” X replied.` ¶ `“…?”` is the reporter's
/// again), also after a question.
fn previous_paragraph(
    doc: &Document,
    lex: &Lexicon,
    spans: &[Span],
    texts: &[String],
    info: &[SpanInfo],
    speaker_of: &[Option<usize>],
    i: usize,
) -> Option<usize> {
    let (b, j) = after_paragraph(doc, spans, i)?;
    let turns = Turns {
        doc,
        lex,
        spans,
        info,
    };
    if !turns.ends_turn(j, b - 1) {
        return None;
    }
    let before = turns
        .turn_before(j, b - 1)
        .filter(|&k| turns.turn_before(k, b - 2).is_some() || turns.opens(k))
        .filter(|&k| speaker_of[k] != speaker_of[j]);
    if let Some(k) = before {
        return speaker_of[k];
    }
    // `The presenter put it to her: ‘…?’` ¶ `‘…’` (the answer) ¶ `‘…’`: after an answer
    // the turn goes back to the one who asked.
    let asked = turns
        .question_before(j, b - 1, texts)
        .filter(|&k| speaker_of[k].is_some() && speaker_of[k] != speaker_of[j]);
    if let Some(k) = asked {
        return speaker_of[k];
    }
    if is_question(&texts[j]) {
        return None;
    }
    speaker_of[j]
}

/// Most words of the narration between a question and the answer that shows someone
/// reacting to it (`Ze denkt even na.`).
const REACTION_WORDS: usize = 12;

/// True when a short sentence of narration, then another quote, follow span `i` in its
/// paragraph: `‘…?’ Ze denkt even na. ‘…’`.
fn reaction_follows(doc: &Document, spans: &[Span], i: usize) -> bool {
    let (Some(close), Some(next)) = (spans[i].close, spans.get(i + 1)) else {
        return false;
    };
    if close.block != spans[i].open.block || next.open.block != close.block {
        return false;
    }
    let Some(between) = doc
        .blocks
        .get(close.block)
        .and_then(|b| b.text.get(close.offset..next.open.offset))
    else {
        return false;
    };
    let between = between
        .trim_start_matches(['’', '”', '"', '\'', '»', '›'])
        .trim();
    let words = between.split_whitespace().take(REACTION_WORDS + 1).count();
    between.starts_with(char::is_uppercase)
        && (1..=REACTION_WORDS).contains(&words)
        && between
            .trim_end_matches(['‘', '“', '„', '"', '\'', ',', '«'])
            .trim_end()
            .ends_with('.')
}

/// When span `i` opens a paragraph after the first: its block and the span before it.
fn after_paragraph(doc: &Document, spans: &[Span], i: usize) -> Option<(usize, usize)> {
    let b = spans[i].open.block;
    if b == 0 || !opens_paragraph(doc, &spans[i]) {
        return None;
    }
    Some((b, i.checked_sub(1)?))
}

/// True for a quote that asks a question.
fn is_question(text: &str) -> bool {
    text.trim_end().ends_with('?')
}

/// The first span of the block span `j` opens in (spans are in text order, so the
/// spans of a block are the run ending at `j`).
fn first_of_block(spans: &[Span], j: usize) -> Option<usize> {
    let b = spans.get(j)?.open.block;
    (0..=j)
        .rev()
        .take_while(|&m| spans[m].open.block == b)
        .last()
}

/// True when `span` is its whole paragraph (only white space before and after it).
fn is_paragraph(doc: &Document, span: &Span) -> bool {
    let Some(close) = span.close.filter(|c| c.block == span.open.block) else {
        return false;
    };
    opens_paragraph(doc, span)
        && doc
            .blocks
            .get(close.block)
            .and_then(|b| b.text.get(close.offset..))
            .is_some_and(|rest| rest.trim().is_empty())
}

/// True when direct span `i` is a question and the next paragraph opens with a quote of
/// no cue of its own that is no question: an answer to it.
fn answered_next(
    doc: &Document,
    spans: &[Span],
    texts: &[String],
    info: &[SpanInfo],
    i: usize,
) -> bool {
    let j = i + 1;
    let next_paragraph = spans
        .get(j)
        .is_some_and(|n| n.open.block == spans[i].end().block + 1 && opens_paragraph(doc, n));
    is_question(&texts[i])
        && next_paragraph
        && info[j].direct
        && info[j].after.is_none()
        && info[j].before.is_none()
        && !is_question(&texts[j])
}

/// True when `span` opens its paragraph (only white space before its mark).
fn opens_paragraph(doc: &Document, span: &Span) -> bool {
    doc.blocks
        .get(span.open.block)
        .is_some_and(|b| b.text[..span.open.offset].trim().is_empty())
}

/// The paragraphs of a document as turns of a dialogue: a turn is a paragraph that is
/// one attributed quote (it opens with the quote and ends with its sentence).
struct Turns<'a> {
    doc: &'a Document,
    lex: &'a Lexicon,
    spans: &'a [Span],
    info: &'a [SpanInfo],
}

impl Turns<'_> {
    /// True when direct span `j` is the last quote of paragraph `b` and its sentence
    /// (with its attribution) ends that paragraph.
    fn ends_turn(&self, j: usize, b: usize) -> bool {
        let Some(prev) = self.doc.blocks.get(b) else {
            return false;
        };
        let span = &self.spans[j];
        if !matches!(
            prev.kind,
            BlockKind::Paragraph | BlockKind::Lead | BlockKind::BlockQuote
        ) || span.end().block != b
            || !self.info[j].direct
        {
            return false;
        }
        let Some(close) = span.close else {
            return false;
        };
        let end = sentence_end(self.lex, &prev.text, close.offset, prev.text.len());
        prev.text[end..].trim().is_empty()
    }

    /// True when span `k` opens its paragraph.
    fn opens(&self, k: usize) -> bool {
        opens_paragraph(self.doc, &self.spans[k])
    }

    /// When paragraph `b` is a turn ending in span `j`, the question ending the
    /// paragraph before it (narration may lead up to that question).
    fn question_before(&self, j: usize, b: usize, texts: &[String]) -> Option<usize> {
        self.turn_before(j, b).filter(|&k| is_question(&texts[k]))
    }

    /// When paragraph `b` is a turn — its first span opens it and its last, span `j`,
    /// ends it — the last quote of the paragraph before, if that one is a turn too.
    fn turn_before(&self, j: usize, b: usize) -> Option<usize> {
        let first = first_of_block(self.spans, j).filter(|&f| self.spans[f].open.block == b)?;
        if !self.opens(first) || b == 0 {
            return None;
        }
        let k = first.checked_sub(1)?;
        self.ends_turn(k, b - 1).then_some(k)
    }
}

/// Lower-case words of `text` joined by single spaces, for comparing quotes.
fn normalized(text: &str) -> String {
    normalized_by_char(text).unwrap_or_else(|| normalized_words(text))
}

/// [`normalized`] in one pass over the characters, lower-casing each on its own: the
/// same as lower-casing whole words for every character but `Σ` (whose lower case
/// depends on its place in the word), for which this gives `None`.
fn normalized_by_char(text: &str) -> Option<String> {
    let mut out = String::with_capacity(text.len());
    let mut gap = false;
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        // Most characters are ASCII: read as bytes, without decoding.
        let c = if b < 0x80 {
            char::from(b)
        } else {
            text[i..].chars().next()?
        };
        i += c.len_utf8();
        let ascii = c.is_ascii();
        if !(c.is_ascii_alphanumeric() || (!ascii && c.is_alphanumeric())) {
            gap = true;
            continue;
        }
        if c == 'Σ' {
            return None;
        }
        if gap && !out.is_empty() {
            out.push(' ');
        }
        gap = false;
        if ascii {
            out.push(c.to_ascii_lowercase());
        } else {
            out.extend(c.to_lowercase());
        }
    }
    Some(out)
}

/// [`normalized`] word by word, with Unicode lower-casing.
fn normalized_words(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split(|c: char| !c.is_alphanumeric()) {
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        // ASCII words (most) are lower-cased in place, without a `String` each.
        if word.is_ascii() {
            let from = out.len();
            out.push_str(word);
            out[from..].make_ascii_lowercase();
        } else {
            out.push_str(&word.to_lowercase());
        }
    }
    out
}

/// True when `hay` contains `needle`. A substring searcher costs about as much to build
/// as the needle is long, so impossible lengths and a missing first word are ruled
/// out first (most comparisons end there).
fn contains(hay: &str, needle: &str) -> bool {
    if needle.len() > hay.len() {
        return false;
    }
    let head = needle.split(' ').next().unwrap_or(needle);
    hay.contains(head) && hay.contains(needle)
}

/// Fewest words of a headline quote compared word by word with the body's quotes.
const SHORTENED_MIN_WORDS: usize = 4;

/// True when the words of `short` come in order in `long` (both [`normalized`]; `short`
/// given as its words), with no more than as many words again left out between them:
/// a headline quote an editor shortened (`elke maand kost ons 40 000 euro` from `elke
/// maand dat we het bad openhouden kost ons 40 000 euro`).
fn shortened_from(long: &str, short: &[&str]) -> bool {
    let Some(&head) = short.first() else {
        return false;
    };
    // Most body quotes lack one of the words: rule them out with substring searches
    // before reading `long` word by word.
    if short.len() < SHORTENED_MIN_WORDS || !short.iter().all(|w| long.contains(w)) {
        return false;
    }
    let long: Vec<&str> = long.split(' ').collect();
    let reach = 2 * short.len();
    (0..long.len()).any(|start| {
        let window = &long[start..long.len().min(start + reach)];
        let mut rest = window.iter();
        // Each word of `short` is found after the one before it.
        window[0] == head && short.iter().all(|w| rest.any(|x| x == w))
    })
}

/// Fewest bytes of a pull quote compared with later quotes.
const PULL_BYTES: usize = 20;
/// Fewest bytes of a pull quote in the first line (the headline).
const HEADLINE_PULL_BYTES: usize = 10;

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
    let mut norms: Vec<Option<String>> = vec![None; spans.len()];
    for i in 0..spans.len() {
        let in_lead = doc
            .blocks
            .get(spans[i].open.block)
            .is_some_and(|b| matches!(b.kind, BlockKind::Lead | BlockKind::Heading { .. }));
        if !info[i].direct || !(in_lead || speaker_of[i].is_none()) {
            continue;
        }
        let own = normalized(&texts[i]);
        let own_words: Vec<&str> = own.split(' ').collect();
        // Shorter texts repeat by chance; a headline's quote (the first line) is meant to.
        let least = if spans[i].open.block == 0 {
            HEADLINE_PULL_BYTES
        } else {
            PULL_BYTES
        };
        if own.len() < least {
            continue;
        }
        let last = spans.len().min(i + 1 + PULL_QUOTE_REACH);
        let source = (i + 1..last).find(|&j| {
            info[j].direct && speaker_of[j].is_some() && {
                // Each text is normalized once, however many pull quotes it is compared with.
                let other = norms[j].get_or_insert_with(|| normalized(&texts[j]));
                contains(other, &own)
                    || (other.len() >= 20 && contains(&own, other))
                    || (in_lead && shortened_from(other, &own_words))
            }
        });
        if let Some(j) = source {
            speaker_of[i] = speaker_of[j];
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalizing_character_by_character_equals_word_by_word() {
        for text in [
            "",
            "  We had the numbers, barely.  ",
            "It’s “late” — go HOME!",
            "zo’n 3,5 miljoen, zegt hij…",
            "Ça va? Crème brûlée",
            "ΟΔΟΣ Σ",
            "İstanbul ÉÉN Ĳssel ǅ",
            "x",
        ] {
            assert_eq!(normalized(text), normalized_words(text), "{text}");
        }
        assert_eq!(normalized("It’s “late”"), "it s late");
        assert_eq!(normalized_by_char("ΟΔΟΣ"), None);
    }

    #[test]
    fn a_shortened_quote_is_found_word_by_word_within_reach() {
        let shortened = |long: &str, short: &str| {
            let short = normalized(short);
            let words: Vec<&str> = short.split(' ').collect();
            shortened_from(&normalized(long), &words)
        };
        let long = "Elke maand dat we het bad openhouden, kost ons 40.000 euro.";
        assert!(shortened(long, "Elke maand kost ons 40.000 euro"));
        assert!(!shortened(long, "Elke maand kost ons geld"));
        // Too far apart: the same words scattered over a long quote are no shortening.
        let scattered = "Ik wilde niet dat het zo zou gaan, want het was echt altijd mijn plan om terug te betalen";
        assert!(!shortened(scattered, "Ik wilde het echt terug"));
        assert!(shortened(scattered, "Ik wilde niet gaan"));
        assert!(!shortened(long, "Elke maand kost"));
        // Every word is in the text, but not in this order.
        assert!(!shortened(long, "kost ons elke maand 40.000 euro"));
    }

    #[test]
    fn containment_is_plain_substring_search() {
        assert!(contains("we had the numbers barely", "the numbers"));
        assert!(contains("abc", ""));
        assert!(!contains("the number", "the numbers"));
        assert!(!contains("we had numbers", "had the"));
        assert!(contains("x had the", "had the"));
    }
}
