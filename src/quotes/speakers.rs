//! Who is who: full names introduced in the text, surnames and role nouns resolved to
//! them, and the speakers with their roles and aliases.
//!
//! A pre-pass records every multi-word capitalised name (`Anna de Vries`) by its last
//! word, so a later `zegt De Vries`/`Vries`… or `said Smith` finds the full name
//! introduced earlier. Names after a byline or credit word (`Door`, `By`, `Foto`) are
//! not people of the story.

use super::cues::{
    agent_at, appositive, is_credit_at, name_ending_at, shortened_run, split_long_run,
    titled_object, Who,
};
use super::lexicon::{Class, Lexicon};
use super::lower::lower;
use super::names::name_run_at;
use super::sentences::{floor_char, sentence_end, sentence_start};
use super::tokens::{Token, Tokenized};
use super::Speaker;
use crate::document::{BlockKind, Document, Pos};
use rustc_hash::FxHashMap as HashMap;
use std::borrow::Cow;
use std::cell::OnceCell;

/// The full names introduced in the text by their first word: people, and apart from
/// them the first words of organisations.
#[derive(Debug, Default)]
struct FirstWords {
    /// People's full names by first word, each list in text order.
    people: Mentions,
    /// First words of organisation names.
    organisations: std::collections::HashSet<String>,
}

/// Bytes read before a capitalised word for a byline or credit word.
const CREDIT_REACH: usize = 24;
/// Most words a name run can take (titles and particles included).
const NAME_WORDS: usize = 8;

/// Most words of a role phrase set before a name in apposition (`the schools
/// minister, Helen Carver`).
const APPOSED_ROLE_WORDS: usize = 8;

/// How many blocks back a role noun (`de minister`) is looked up in the text.
const ROLE_LOOKBACK_BLOCKS: usize = 20;

/// A speaker's gender as the text's pronouns show it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    /// Referred to as `he`/`hij`.
    Male,
    /// Referred to as `she`/`zij`.
    Female,
}

impl Gender {
    /// The gender pronoun `word` (lower case) shows with `verb` (lower case) beside it:
    /// `he`/`zij`, or a pronoun that is a woman only with a singular verb (`zegt ze`;
    /// `zeggen ze` is `they`).
    pub fn of_pronoun(
        lex: &super::lexicon::Lexicon,
        word: &str,
        verb: Option<&str>,
    ) -> Option<Gender> {
        if let Some(g) = Gender::of(word, &lex.male_pronouns, &lex.female_pronouns) {
            return Some(g);
        }
        let verb = verb?;
        let plural = lex
            .plural_verb_endings
            .iter()
            .any(|e| verb.ends_with(e.as_str()));
        (lex.singular_female_pronouns.contains(word) && !plural).then_some(Gender::Female)
    }

    /// The gender of lower-case `word` by two word lists (`male_pronouns` and
    /// `female_pronouns`, or `male_nouns` and `female_nouns`).
    pub fn of(
        word: &str,
        male: &super::lexicon::HashSet<String>,
        female: &super::lexicon::HashSet<String>,
    ) -> Option<Gender> {
        if male.contains(word) {
            Some(Gender::Male)
        } else if female.contains(word) {
            Some(Gender::Female)
        } else {
            None
        }
    }
}

/// The people of a document and the speakers found so far.
#[derive(Debug)]
pub struct Registry<'d> {
    lex: &'static Lexicon,
    /// Every block's tokens (same indices as `doc.blocks`).
    blocks: Cow<'d, [Tokenized<'d>]>,
    /// Full names by their last word, with where they occur.
    mentions: Mentions,
    /// The same full names by their first word (`Henk` for `Henk Visser`, for people the
    /// text later calls by first name; `Dunmore` for the organisation `Dunmore Rovers`);
    /// built on first use.
    first_words: OnceCell<FirstWords>,
    /// Speakers in order of creation.
    pub speakers: Vec<Speaker>,
    /// Where each speaker was last attributed.
    last_used: Vec<Pos>,
    /// Speakers by full name, last word of the name, and alias.
    by_word: HashMap<String, Vec<usize>>,
    /// Speakers by lower-cased word of their role.
    by_role_word: HashMap<String, Vec<usize>>,
    /// Each speaker's gender, when a pronoun resolved to them showed it.
    genders: Vec<Option<Gender>>,
    /// Per speaker, the name whose introduction was read and gave no role.
    no_role_read: Vec<Option<String>>,
}

/// Byte offset just past the words from `at` that can belong to a name run:
/// capitalised words and particles (a cheap bound, so the pre-pass tokenizes little).
fn run_extent(lex: &Lexicon, text: &str, at: usize) -> usize {
    let mut end = at;
    for _ in 0..NAME_WORDS {
        let Some(rest) = text.get(end..) else {
            break;
        };
        // Words are short: a byte loop finds the space sooner than a searcher is set up.
        let len = rest.bytes().position(|b| b == b' ').unwrap_or(rest.len());
        let word = &rest[..len];
        let fits = word.starts_with(char::is_uppercase) || lex.is_particle(word);
        if !fits {
            break;
        }
        end += len + 1;
    }
    end.min(text.len())
}

impl<'d> Registry<'d> {
    /// Records the full names of `doc` (the pre-pass, linear in the text).
    #[cfg(test)]
    pub fn new(doc: &'d Document, lex: &'static Lexicon) -> Self {
        let blocks: Vec<Tokenized<'d>> = doc
            .blocks
            .iter()
            .map(|b| Tokenized::new(lex, &b.text))
            .collect();
        let mut mentions = Mentions::default();
        for (b, tokenized) in blocks.iter().enumerate() {
            names_in_block(doc, lex, b, tokenized, &mut mentions);
        }
        Self::build(lex, Cow::Owned(blocks), mentions)
    }

    /// The registry over blocks and names already read (see `reading::read`).
    pub fn with_names(
        lex: &'static Lexicon,
        blocks: &'d [Tokenized<'d>],
        mentions: Mentions,
    ) -> Self {
        Self::build(lex, Cow::Borrowed(blocks), mentions)
    }

    fn build(lex: &'static Lexicon, blocks: Cow<'d, [Tokenized<'d>]>, mentions: Mentions) -> Self {
        Self {
            lex,
            blocks,
            mentions,
            first_words: OnceCell::new(),
            speakers: Vec::new(),
            last_used: Vec::new(),
            by_word: HashMap::default(),
            by_role_word: HashMap::default(),
            genders: Vec::new(),
            no_role_read: Vec::new(),
        }
    }

    /// The tokens of block `b`.
    pub fn block(&self, b: usize) -> Option<&Tokenized<'d>> {
        self.blocks.get(b)
    }

    /// The gender known for speaker `i`.
    pub fn gender(&self, i: usize) -> Option<Gender> {
        self.genders.get(i).copied().flatten()
    }

    /// The gender known for the speaker a name as written stands for; unknown when
    /// several speakers share the name (relatives sharing a surname).
    pub fn name_gender(&self, name: &str) -> Option<Gender> {
        let word = self.surname_of(name).unwrap_or(name);
        if self.first_of_shared_surname(word).is_some() {
            return None;
        }
        let list = self.by_word.get(word)?;
        match list.as_slice() {
            [i] => self.gender(*i),
            _ => None,
        }
    }

    /// Records speaker `i`'s gender, unless one is known already.
    pub fn set_gender(&mut self, i: usize, gender: Gender) {
        if let Some(g @ None) = self.genders.get_mut(i) {
            *g = Some(gender);
        }
    }

    /// The most recently attributed speaker whose gender is `gender` or unknown.
    pub fn latest_compatible(&self, gender: Gender) -> Option<usize> {
        (0..self.speakers.len())
            .filter(|&i| self.gender(i).is_none_or(|g| g == gender))
            .max_by_key(|&i| self.last_used[i])
    }

    /// The most recently attributed speaker whose role holds the word `noun`.
    pub fn speaker_with_role(&self, noun: &str) -> Option<usize> {
        let noun = lower(noun);
        self.by_role_word
            .get(self.lex.role_form(&noun))?
            .iter()
            .copied()
            .max_by_key(|&i| self.last_used[i])
    }

    /// True when `name` is a person the text knows: a speaker, a full name, or the last
    /// word of a full name introduced earlier.
    pub fn is_known_person(&self, name: &str) -> bool {
        let name = self.surname_of(name).unwrap_or(name);
        name.split_whitespace().count() >= 2
            || self.speaker_by_word(name).is_some()
            || self.mentions.contains_key(name)
            || self.by_first_name_of(name).is_some()
    }

    /// The full names of the pre-pass by their first word, each list in text order,
    /// and the first words of organisations (`Vlaams Parlement`), kept apart.
    fn collect_first_words(&self) -> FirstWords {
        let mut words = FirstWords::default();
        for (p, name) in self.mentions.values().flatten() {
            let Some((first, _)) = name.split_once(' ') else {
                continue;
            };
            if self.lex.is_organisation(name) {
                words.organisations.insert(first.to_string());
            } else {
                words
                    .people
                    .entry(first.to_string())
                    .or_default()
                    .push((*p, name.clone()));
            }
        }
        // The map's order is arbitrary: each list in text order, as `mentions` has them.
        for list in words.people.values_mut() {
            list.sort_by_key(|(p, _)| *p);
        }
        words
    }

    /// The first-word index, built on first use (most texts never ask).
    fn first_word_index(&self) -> &FirstWords {
        self.first_words.get_or_init(|| self.collect_first_words())
    }

    /// The one full name introduced with first word `word` (`Henk` → `Henk Visser`);
    /// `None` when none or several different people have it.
    fn by_first_name_of(&self, word: &str) -> Option<&str> {
        let list = self.first_word_index().people.get(word)?;
        let first = &list.first()?.1;
        list.iter()
            .all(|(_, n)| n == first)
            .then_some(first.as_str())
    }

    /// True when one word `name` stands for an organisation introduced by its full name
    /// (`Dunmore` after `Dunmore Rovers`, `Wadland` after `Stichting Wadland`), and for
    /// no speaker or person the text knows.
    pub fn is_short_organisation(&self, name: &str) -> bool {
        if name.contains(' ') || self.speaker_by_word(name).is_some() {
            return false;
        }
        match self.mentions.get(name) {
            // Every full name ending in the word is an organisation's.
            Some(places) => places.iter().all(|(_, n)| self.lex.is_organisation(n)),
            None => {
                self.by_first_name_of(name).is_none()
                    && self.first_word_index().organisations.contains(name)
            }
        }
    }

    /// True when `name` may stand for speaker `i`: their full name, an alias, or the
    /// same last word.
    pub fn may_name(&self, i: usize, name: &str) -> bool {
        let Some(s) = self.speakers.get(i) else {
            return false;
        };
        fn last(n: &str) -> &str {
            n.split_whitespace().last().unwrap_or("")
        }
        same_ignoring_case(&s.name, name)
            || s.aliases.iter().any(|a| same_ignoring_case(a, name))
            || same_ignoring_case(last(&s.name), last(name))
    }

    /// The surname of a name that is only a surname with its particles (`Van der
    /// Linden` → `Linden`, `De Vries` → `Vries`), so it resolves like a bare surname.
    fn surname_of<'n>(&self, name: &'n str) -> Option<&'n str> {
        let mut words = name.split_whitespace();
        let last = words.next_back()?;
        let mut any = false;
        for w in words {
            if !self.lex.particles.contains(&*lower(w)) {
                return None;
            }
            any = true;
        }
        any.then_some(last)
    }

    /// The speaker for a name as written at `pos`, created when new; `role` is the role
    /// the attribution gives.
    pub fn resolve_name(&mut self, name: &str, role: Option<String>, pos: Pos) -> usize {
        let surname = self.surname_of(name);
        let word = surname.unwrap_or(name);
        let idx = if surname.is_none() && name.split_whitespace().nth(1).is_some() {
            self.full_name(name, pos)
        } else if let Some(first) = self.shared_surname_for(word, self.gender_before(pos)) {
            // Relatives share a surname; the bare surname is the one introduced first
            // (the others are told apart by their first names), or the first of the
            // gender a title gives (`Mrs Hargreaves`, `mevrouw De Wit`).
            let i = self.full_name(&first, pos);
            self.add_alias(i, name);
            i
        } else if let Some(i) = self.speaker_by_word(word) {
            self.add_alias(i, name);
            i
        } else if let Some(full) = self.mention_for(word, pos) {
            let i = self.full_name(&full, pos);
            self.add_alias(i, name);
            i
        } else if let Some(full) = self.by_first_name_of(word).map(str::to_string) {
            // `Henk heeft een klacht ingediend`: the person introduced as Henk Visser.
            let i = self.full_name(&full, pos);
            self.add_alias(i, name);
            i
        } else {
            self.create(name, pos)
        };
        let given = role.filter(|r| !r.is_empty());
        // The introduction gives no role: it is read once per name, not per quote (the
        // first mention it reads does not depend on `pos`).
        let read = self.no_role_read[idx].as_deref() == Some(self.speakers[idx].name.as_str());
        if self.speakers[idx].role.is_none() && (given.is_some() || !read) {
            let full = self.speakers[idx].name.clone();
            let role = given
                .or_else(|| self.role_of_mention(&full, pos))
                .map(|r| self.plain_title(r));
            if role.is_none() {
                self.no_role_read[idx] = Some(full);
            }
            if let Some(role) = &role {
                for word in role.split_whitespace() {
                    let word = word
                        .trim_matches(|c: char| !c.is_alphanumeric())
                        .to_lowercase();
                    let word = self.lex.role_form(&word).to_string();
                    let list = self.by_role_word.entry(word).or_default();
                    if !list.contains(&idx) {
                        list.push(idx);
                    }
                }
            }
            self.speakers[idx].role = role;
        }
        self.last_used[idx] = self.last_used[idx].max(pos);
        idx
    }

    /// A role that is one title as written before a name (`Initiatiefnemer`, `Sen.`) as
    /// the plain role noun (`initiatiefnemer`, `senator`); other roles unchanged.
    fn plain_title(&self, role: String) -> String {
        let lower = role.to_lowercase();
        if let Some(full) = self.lex.title_abbreviations.get(&lower) {
            return full.clone();
        }
        if !lower.contains(' ') && self.lex.is_title(&lower) {
            return lower;
        }
        role
    }

    /// The speaker a definite role noun (`de minister`, `the senator`) stands for.
    pub fn resolve_role(&mut self, phrase: &str, pos: Pos) -> Option<usize> {
        let words: Vec<&str> = phrase.split_whitespace().rev().collect();
        // Another holder of the role introduced after that speaker last spoke is the
        // one meant (two senators: `the senator` is the one just introduced).
        let by_role = words
            .iter()
            .find_map(|w| self.speaker_with_role(w))
            .filter(|&i| {
                words.iter().all(|w| {
                    self.introduced_with_role(w, pos)
                        .is_none_or(|(name, _, at)| {
                            at <= self.last_used[i] || name == self.speakers[i].name
                        })
                })
            });
        let noun = match by_role {
            Some(i) => words
                .iter()
                .copied()
                .find(|w| self.speaker_with_role(w) == Some(i))
                .unwrap_or(phrase),
            None => words
                .iter()
                .copied()
                .find(|w| self.introduced_with_role(w, pos).is_some())?,
        };
        let idx = match by_role {
            Some(i) => i,
            None => {
                let (name, role, at) = self.introduced_with_role(noun, pos)?;
                self.resolve_name(&name, role, at)
            }
        };
        let alias = noun.to_string();
        self.add_alias(idx, &alias);
        // The noun now names them, whatever role they were introduced with.
        let list = self.by_role_word.entry(alias).or_default();
        if !list.contains(&idx) {
            list.push(idx);
        }
        self.last_used[idx] = self.last_used[idx].max(pos);
        Some(idx)
    }

    /// Notes that speaker `idx` spoke at `pos` (for pronoun resolution order).
    pub fn touch(&mut self, idx: usize, pos: Pos) {
        if let Some(p) = self.last_used.get_mut(idx) {
            *p = (*p).max(pos);
        }
    }

    /// A name introduced in the text near `noun` before `pos`: `minister van Financiën
    /// Anna de Vries`, `Senator John Smith`.
    fn introduced_with_role(&self, noun: &str, pos: Pos) -> Option<(String, Option<String>, Pos)> {
        let lex = self.lex;
        let lo = pos.block.saturating_sub(ROLE_LOOKBACK_BLOCKS);
        for b in (lo..=pos.block).rev() {
            let tokenized = self.blocks.get(b)?;
            let text = tokenized.text;
            let to = if b == pos.block {
                pos.offset.min(text.len())
            } else {
                text.len()
            };
            let tokens = tokenized.window(lex, 0, to);
            for k in (0..tokens.len()).rev() {
                // `Sen. X` introduces the person a later `the senator` means.
                let abbreviated = lex
                    .title_abbreviations
                    .get(&*tokens[k].lower())
                    .is_some_and(|full| full == noun);
                if !tokens[k].word || !(abbreviated || lex.same_role(&tokens[k].lower(), noun)) {
                    continue;
                }
                // `Minister for Health Tom Reid`: a capitalised title with its role
                // preposition is read with the agent, which steps over its object.
                let from = k + usize::from(!titled_object(lex, &tokens, k));
                if let Some((Who::Name { name, role, at }, _)) = agent_at(lex, text, &tokens, from)
                {
                    // `woordvoerder van Winkelkoepel Nederland`: an employer, no holder.
                    if !lex.is_organisation(&name) {
                        let full_role = if abbreviated {
                            role.or_else(|| Some(noun.to_string()))
                        } else {
                            slice_role(text, tokens[k].start(), at, role)
                        };
                        return Some((name, full_role, Pos::new(b, at)));
                    }
                }
                // `Yusuf Demir, woordvoerder van …`: the name the role is in apposition to.
                let comma = k >= 2 && tokens[k - 1].is_punct(',');
                if let Some(Who::Name { name, at, .. }) =
                    comma.then(|| name_ending_at(lex, &tokens, k - 2)).flatten()
                {
                    let role = appositive(lex, text, &tokens, k - 1);
                    return Some((name, role, Pos::new(b, at)));
                }
            }
        }
        None
    }

    /// The speaker whose name, last word or alias is `word`, most recently used first.
    fn speaker_by_word(&self, word: &str) -> Option<usize> {
        self.by_word
            .get(word)?
            .iter()
            .copied()
            .max_by_key(|&i| self.last_used[i])
    }

    /// Files speaker `i` under `word` for [`Registry::speaker_by_word`].
    fn index_word(&mut self, i: usize, word: &str) {
        // Looked up before inserting: most words are filed already, and `entry` would
        // allocate the key every time.
        match self.by_word.get_mut(word) {
            Some(list) if !list.contains(&i) => list.push(i),
            Some(_) => {}
            None => {
                self.by_word.insert(word.to_string(), vec![i]);
            }
        }
    }

    /// The full name whose last word is `word`: the latest introduced before `pos`, else
    /// the first after it.
    fn mention_for(&self, word: &str, pos: Pos) -> Option<String> {
        let list = self.mentions.get(word)?;
        list.iter()
            .rfind(|(p, _)| *p < pos)
            .or_else(|| list.first())
            .map(|(_, n)| n.clone())
    }

    /// The first introduced of several different people sharing the surname `word`.
    fn shared_surname_for(&self, word: &str, gender: Option<Gender>) -> Option<String> {
        let first = self.first_of_shared_surname(word)?;
        let Some(wanted) = gender else {
            return Some(first);
        };
        let list = self.mentions.get(word)?;
        // A full name's gender: its speaker's, else a title or relation noun before
        // one of its mentions (`his wife, Linda Hargreaves`).
        let gender_of = |name: &str| {
            let speaker = self.by_word.get(name).into_iter().flatten();
            speaker
                .filter(|&&i| self.speakers[i].name == name)
                .find_map(|&i| self.gender(i))
                .or_else(|| {
                    list.iter()
                        .filter(|(_, n)| n == name)
                        .find_map(|(p, _)| self.gender_before(*p))
                })
        };
        let same = list.iter().find(|(_, n)| gender_of(n) == Some(wanted));
        let unknown = || list.iter().find(|(_, n)| gender_of(n).is_none());
        Some(same.or_else(unknown).map_or(first, |(_, n)| n.clone()))
    }

    /// The gender a title or relation noun right before the name at `pos` gives (`Mrs
    /// Hargreaves`, `de heer Smit`, `his wife, Linda`).
    fn gender_before(&self, pos: Pos) -> Option<Gender> {
        let tokens = &self.blocks.get(pos.block)?.tokens;
        let k = tokens.partition_point(|t| t.start() < pos.offset);
        let before = tokens[..k].iter().rev().find(|t| !t.is_punct(','))?;
        let lex = self.lex;
        Gender::of(&before.lower(), &lex.male_nouns, &lex.female_nouns)
    }

    fn first_of_shared_surname(&self, word: &str) -> Option<String> {
        let list = self.mentions.get(word)?;
        let first = &list.first()?.1;
        list.iter().any(|(_, n)| n != first).then(|| first.clone())
    }

    /// The speaker with full name `name`, merging a surname-only speaker into it.
    fn full_name(&mut self, name: &str, pos: Pos) -> usize {
        let exact = |r: &Self, n: &str| {
            r.by_word
                .get(n)?
                .iter()
                .copied()
                .find(|&i| r.speakers[i].name == n)
        };
        if let Some(i) = exact(self, name) {
            return i;
        }
        let last = name.split_whitespace().last().unwrap_or(name);
        if let Some(i) = exact(self, last) {
            self.speakers[i].name = name.to_string();
            self.index_word(i, name);
            self.add_alias(i, last);
            return i;
        }
        let i = self.create(name, pos);
        if name.split_whitespace().count() >= 2 {
            self.add_alias(i, last);
            if let Some(surname) = self.particle_surname(name) {
                self.add_alias(i, &surname);
            }
        }
        i
    }

    /// The surname with its particles of a full name (`Fatima el Amrani` → `el Amrani`),
    /// when it has particles.
    fn particle_surname(&self, name: &str) -> Option<String> {
        let words: Vec<&str> = name.split_whitespace().collect();
        let last = words.len().checked_sub(1)?;
        let mut k = last;
        while k > 1 && self.lex.particles.contains(words[k - 1]) {
            k -= 1;
        }
        (k < last).then(|| words[k..].join(" "))
    }

    fn create(&mut self, name: &str, pos: Pos) -> usize {
        self.speakers.push(Speaker {
            name: name.to_string(),
            role: None,
            aliases: Vec::new(),
        });
        self.last_used.push(pos);
        self.genders.push(None);
        self.no_role_read.push(None);
        let i = self.speakers.len() - 1;
        self.index_word(i, name);
        if let Some(last) = name.split_whitespace().last() {
            self.index_word(i, last);
        }
        i
    }

    fn add_alias(&mut self, i: usize, alias: &str) {
        let s = &mut self.speakers[i];
        let same = |a: &String| same_ignoring_case(a, alias);
        if !same(&s.name) && !s.aliases.iter().any(same) {
            s.aliases.push(alias.to_string());
        }
        self.index_word(i, alias);
    }

    /// The role given where `name` is first introduced: `de woordvoerder Karin Smit`
    /// or `Karin Smit, woordvoerder van …`.
    fn role_of_mention(&self, name: &str, pos: Pos) -> Option<String> {
        let last = name.split_whitespace().last()?;
        let (at, _) = self
            .mentions
            .get(last)?
            .iter()
            .find(|(p, n)| n == name && *p <= pos)
            .or_else(|| self.mentions.get(last)?.iter().find(|(_, n)| n == name))?;
        let tokenized = self.blocks.get(at.block)?;
        let text = tokenized.text;
        let lex = self.lex;
        let start = sentence_start(lex, text, at.offset, 0);
        let end = sentence_end(lex, text, at.offset, text.len());
        let tokens = tokenized.window(lex, start, end);
        let k = tokens.iter().position(|t| t.start() >= at.offset)?;
        // Walk back over role words to an article, a possessive or the sentence start.
        let mut s = k;
        while s > 0 && k - s < 7 {
            let p = tokens[s - 1];
            let lower = p.lower();
            if !p.word
                || lex.definite.contains(&*lower)
                || lex.indefinite.contains(&*lower)
                || p.is_possessive()
            {
                break;
            }
            let marker = lex
                .markers
                .iter()
                .any(|m| m.first().is_some_and(|f| *f == *lower));
            if marker || (lex.is_function_word(&lower) && !lex.particles.contains(&*lower)) {
                break;
            }
            // `het land van melkveehouder Harm Kuipers`: a preposition before a lower-case
            // role ends it (`minister van Financiën Anna de Vries` keeps its object).
            let of_noun = p.is_lower()
                && lex.classes(p.text).is_exact(Class::RolePreposition)
                && tokens[s].is_lower();
            if of_noun {
                break;
            }
            s -= 1;
        }
        if s < k
            && tokens[s..k]
                .iter()
                .any(|t| t.is_lower() && !lex.particles.contains(t.text))
        {
            if let Some((Who::Name { name: n, role, .. }, _)) = agent_at(lex, text, &tokens, s) {
                if n == name {
                    return role;
                }
            }
        }
        // `The schools minister, Helen Carver, said`, `Forthbank’s manager, Gary Reid,
        // who …`: a definite role phrase in apposition before the name.
        if k >= 2 && tokens[k - 1].is_punct(',') {
            let article = (k.saturating_sub(APPOSED_ROLE_WORDS)..k - 1)
                .rev()
                .take_while(|&a| tokens[a].word)
                .find(|&a| {
                    let t = tokens[a];
                    lex.definite.contains(&*t.lower()) || (t.is_cap() && t.is_possessive())
                });
            if let Some(a) = article {
                if let Some((Who::Name { name: n, role, .. }, _)) = agent_at(lex, text, &tokens, a)
                {
                    if n == name {
                        return role;
                    }
                }
            }
        }
        let run = name_run_at(lex, &tokens, k)?;
        let (_, n) = split_long_run(lex, &tokens, &run);
        if n != name {
            return None;
        }
        match agent_at(lex, text, &tokens, k) {
            Some((Who::Name { role, .. }, _)) => role,
            _ => None,
        }
    }
}

/// Full names by their last word, with where they occur.
pub type Mentions = HashMap<String, Vec<(Pos, String)>>;

/// The pre-pass over block `b` (tokenized): adds every full name introduced there to
/// `mentions`.
pub fn names_in_block(
    doc: &Document,
    lex: &Lexicon,
    b: usize,
    tokenized: &Tokenized<'_>,
    mentions: &mut Mentions,
) {
    let Some(block) = doc.blocks.get(b) else {
        return;
    };
    if matches!(block.kind, BlockKind::Code | BlockKind::Rule) {
        return;
    }
    let text = block.text.as_str();
    // Only a capitalised character not joined to a word before it can start a
    // name; inside a token every character is joined, so only token starts are
    // read. A small window of the block's tokens is taken there.
    let mut resume = 0;
    for (k, tok) in tokenized.tokens.iter().enumerate() {
        let at = tok.start();
        let starts = at >= resume && tok.is_cap() && !joined_to_word(text, at);
        if !starts {
            continue;
        }
        // A full name needs a second word after this one (capitalised, or a
        // particle before the surname); a lone capitalised word records nothing
        // and its run ends inside the word, so it is skipped without a window.
        let next = tokenized.tokens.get(k + 1);
        let more = next.is_some_and(|n| n.is_cap() || (n.is_lower() && lex.is_particle(n.text)));
        if !more {
            continue;
        }
        // A capitalised function word (`De`, `In`) starts a name only as a particle
        // (`De Vries`); the others are skipped before any window is read.
        let classes = lex.classes(tok.text);
        if classes.is(Class::NonName) && !classes.is(Class::Particle) {
            continue;
        }
        let back = floor_char(text, at.saturating_sub(CREDIT_REACH));
        let word_start = back == 0 || text[..back].ends_with(char::is_whitespace);
        let from = if word_start {
            back
        } else {
            text[back..at]
                .find(char::is_whitespace)
                .map_or(at, |w| back + w)
        };
        let to = run_extent(lex, text, at);
        let tokens = tokenized.window(lex, from, to);
        let Some(i) = tokens.iter().position(|t| t.start() == at) else {
            continue;
        };
        let Some(run) = name_run_at(lex, &tokens, i) else {
            continue;
        };
        resume = tokens[run.end - 1].end();
        // `Door Jan Jansen`, `Photo: Jane Lee`: bylines and credits are not people.
        let credited = || (i.saturating_sub(2)..=i).any(|k| is_credit_at(lex, &tokens, k));
        if run.caps >= 2 && !credited() {
            // The run's own name is moved, not copied, when it is kept whole.
            let name = match shortened_run(lex, &tokens, &run) {
                Some((_, name)) => name,
                None => run.name,
            };
            let place = Pos::new(b, at);
            // Most surnames recur: look the key up before allocating it.
            let Some(last) = name.split_whitespace().last() else {
                continue;
            };
            let sibling = coordinated_first_name(lex, &tokens, i, &name);
            let places = match mentions.get_mut(last) {
                Some(places) => places,
                None => mentions.entry(last.to_string()).or_default(),
            };
            if let Some((at, sibling)) = sibling {
                places.push((Pos::new(b, at), sibling));
            }
            places.push((place, name));
        }
    }
}

/// `de broers Daan en Thijs Verhoef`, `Bob and Linda Marsh`: the lone first name
/// coordinated before the full name `name` (whose run starts at token `i`) shares its
/// surname; that full name and where it starts.
fn coordinated_first_name(
    lex: &Lexicon,
    tokens: &[Token],
    i: usize,
    name: &str,
) -> Option<(usize, String)> {
    let and = tokens.get(i.checked_sub(1)?)?;
    let first = tokens.get(i.checked_sub(2)?)?;
    let lone = i < 3 || !tokens[i - 3].is_cap();
    let coordinated = and.is_lower() && lex.coordinators.contains(&*and.lower());
    let plain = first.is_cap() && !lex.classes(first.text).is(Class::NonName);
    let (_, surname) = name.split_once(' ')?;
    (coordinated && plain && lone).then(|| (first.start(), format!("{} {surname}", first.text)))
}

/// True when `a` and `b` are equal once lower-cased (without allocating for ASCII).
fn same_ignoring_case(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        a.eq_ignore_ascii_case(b)
    } else {
        a.to_lowercase() == b.to_lowercase()
    }
}

/// True when the text before byte `at` ends in a letter or digit, possibly followed by
/// joiners (`’`, `'`, `-`, `.`, `&`): a capital there continues a word (`x.Y`, `d’Artagnan`).
fn joined_to_word(text: &str, at: usize) -> bool {
    for c in text[..at].chars().rev() {
        if c.is_alphanumeric() {
            return true;
        }
        if !matches!(c, '’' | '\'' | '-' | '.' | '&') {
            return false;
        }
    }
    false
}

/// The role text from a role noun to the name (`minister van Financiën`), or the
/// role the construction gave.
fn slice_role(text: &str, from: usize, name_at: usize, role: Option<String>) -> Option<String> {
    let pre = text
        .get(from..name_at)
        .map(str::trim)
        .filter(|s| !s.is_empty());
    pre.map(str::to_string).or(role)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::DocumentBuilder;

    fn doc(paras: &[&str]) -> Document {
        DocumentBuilder::paragraphs(paras)
    }

    #[test]
    fn a_run_extent_covers_the_capitalised_words_and_particles_split_by_spaces() {
        let lex = Lexicon::get();
        // The extent as first written, with a searcher over the text.
        let by_split = |text: &str, at: usize| {
            let mut end = at;
            for word in text[at..].split(' ').take(NAME_WORDS) {
                if !(word.starts_with(char::is_uppercase) || lex.is_particle(word)) {
                    break;
                }
                end += word.len() + 1;
            }
            end.min(text.len())
        };
        let pieces = [
            "Anna", " ", "de", "van", "Vries,", "zegt", "  ", "Émile", "é", "’t", "A", "",
        ];
        for text in crate::bytescan::pseudo_random_texts(11, &pieces, 2000, 14) {
            for at in (0..=text.len()).filter(|&k| text.is_char_boundary(k)) {
                assert_eq!(
                    run_extent(lex, &text, at),
                    by_split(&text, at),
                    "{text:?} {at}"
                );
            }
        }
        assert_eq!(run_extent(lex, "Anna de Vries zegt", 0), 14);
    }

    #[test]
    fn surname_resolves_to_the_full_name_introduced_earlier() {
        let d = doc(&[
            "Volgens Anna de Vries, econoom bij de Nederlandsche Bank, gaat het goed.",
            "‘Ja’, zegt Vries.",
        ]);
        let mut r = Registry::new(&d, Lexicon::get());
        let i = r.resolve_name("Vries", None, Pos::new(1, 10));
        assert_eq!(r.speakers[i].name, "Anna de Vries");
        assert_eq!(
            r.speakers[i].role.as_deref(),
            Some("econoom bij de Nederlandsche Bank")
        );
        assert!(r.speakers[i].aliases.contains(&"Vries".to_string()));
    }

    #[test]
    fn case_is_ignored_in_ascii_and_beyond() {
        assert!(same_ignoring_case("De Vries", "de vries"));
        assert!(same_ignoring_case("Émile Zola", "émile zola"));
        assert!(!same_ignoring_case("Vries", "Vriesland"));
    }

    #[test]
    fn bylines_are_not_people() {
        let d = doc(&["Door Jan Jansen", "Beeld Piet Pieters"]);
        let r = Registry::new(&d, Lexicon::get());
        assert!(!r.is_known_person("Jansen"));
        assert!(!r.is_known_person("Pieters"));
    }

    #[test]
    fn an_abbreviated_title_introduces_the_holder_of_the_role_noun() {
        let d = doc(&[
            "Sen. Mark Ellis, a Democrat from Ohio, voted no.",
            "\"It is wrong,\" the senator said.",
            "Gov. Rita Moss signed it. Dr. Paul Kane was there.",
            "\"Fine,\" the governor said.",
        ]);
        let mut r = Registry::new(&d, Lexicon::get());
        let i = r.resolve_role("senator", Pos::new(1, 15)).unwrap();
        assert_eq!(r.speakers[i].name, "Mark Ellis");
        assert_eq!(r.resolve_role("senator", Pos::new(3, 5)), Some(i));
        let g = r.resolve_role("governor", Pos::new(3, 10)).unwrap();
        assert_eq!(r.speakers[g].name, "Rita Moss");
    }

    #[test]
    fn role_noun_resolves_to_the_named_holder() {
        let d = doc(&[
            "De minister van Financiën Anna de Vries kwam naar Brussel.",
            "‘Het kan niet’, zegt de minister.",
        ]);
        let mut r = Registry::new(&d, Lexicon::get());
        let i = r.resolve_role("minister", Pos::new(1, 5)).unwrap();
        assert_eq!(r.speakers[i].name, "Anna de Vries");
        assert_eq!(
            r.speakers[i].role.as_deref(),
            Some("minister van Financiën")
        );
    }
}
