//! The person a passage is about: the most recent person the narration mentions.
//!
//! A pronoun (`she said`, `zegt ze`) and a verb-less quote after narration about someone
//! (`X is niet overtuigd. ‘…’`) refer to the person the preceding sentences are about.
//! That is taken to be the first person mentioned in the last sentence that mentions
//! one (the subject usually comes first: `Asked whether …, Ellison was cautious.`;
//! `De eigenaar, ondernemer Kees Bakker, zegt dat …`). Words inside quotes are not
//! narration and are skipped; organisations and places (`Clean Rivers Alliance`) and
//! names only known from a byline are not people.

use super::cues::{agent_at, is_article, is_credit_at, is_verb_at, marker_at, split_long_run, Who};
use super::lexicon::{Class, Lexicon};
use super::names::name_run_at;
use super::pairing::Span;
use super::sentences::{floor_char, sentence_end};
use super::speakers::{Gender, Registry};
use super::tokens::{Token, Tokenized};
use crate::document::Pos;

/// Furthest token a subject pronoun after the verb (`Volgende week loodst ze`) is
/// read at as the subject of the sentence.
const INVERTED_SUBJECT_AT: usize = 10;

/// A person mentioned in the narration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mention {
    /// A name as written, with the role given with it, its byte offset and the gender
    /// the text gives it there (`her husband, Emmanuel`).
    Name(String, Option<String>, usize, Option<Gender>),
    /// A known speaker, referred to by a role noun (`the mayor`).
    Speaker(usize),
    /// The person the narration is already about: a sentence whose subject is a personal
    /// pronoun (`He pointed to the injury list, among them Marcus Dyer.`). Only a
    /// paragraph of narration before a verb-less quote takes it (see
    /// [`last_mention_where`]); elsewhere the pronoun is what is being resolved.
    Current(Gender),
    /// An unnamed person the sentence is about (`a woman who declined to give her
    /// name`, `een buurvrouw van Wolters`), with the gender its noun gives: nobody to
    /// name.
    Unnamed(Option<Gender>),
}

/// How many words after an indefinite article the noun of an unnamed person is looked
/// for (the noun and two adjectives before it).
const UNNAMED_NOUN_REACH: usize = 3;

/// The quoted ranges of a document (inside the marks), sorted, to skip quoted words.
#[derive(Debug, Default)]
pub struct Quoted(Vec<(Pos, Pos)>);

impl Quoted {
    /// Collects the pieces of every span.
    pub fn new(spans: &[Span]) -> Self {
        Self(
            spans
                .iter()
                .flat_map(|s| s.pieces.iter().copied())
                .collect(),
        )
    }

    /// True when `pos` lies inside a quote.
    pub fn contains(&self, pos: Pos) -> bool {
        let i = self.0.partition_point(|(a, _)| *a <= pos);
        i > 0 && pos < self.0[i - 1].1
    }
}

/// The first person mentioned in the last sentence of `text[from..to]` (block `block`)
/// that mentions one, with the byte offset of the mention, counting only the mentions
/// `accept` takes (a pronoun's gender).
pub fn last_mention_where(
    lex: &Lexicon,
    reg: &Registry,
    quoted: &Quoted,
    block: usize,
    tokenized: &Tokenized,
    (from, to): (usize, usize),
    accept: &dyn Fn(&Mention) -> bool,
) -> Option<(Mention, usize)> {
    let text = tokenized.text;
    let mut found = None;
    let mut s = floor_char(text, from);
    let to = floor_char(text, to.min(text.len()));
    while s < to {
        let e = sentence_end(lex, text, s, to);
        let e = if e <= s { to } else { e };
        let tokens = tokenized.window(lex, s, e);
        if let Some(m) = first_person(lex, reg, quoted, block, text, &tokens, accept) {
            // A pronoun subject goes on about the person an earlier sentence named.
            if !(matches!(m.0, Mention::Current(_)) && found.is_some()) {
                found = Some(m);
            }
        }
        s = e;
    }
    found
}

/// The known person an attribution marker inside the sentence credits it to (`…,
/// according to Ellery.`, `…, volgens Vos.`).
fn credited_source(
    lex: &Lexicon,
    reg: &Registry,
    quoted: &Quoted,
    block: usize,
    tokens: &[Token],
    accept: &dyn Fn(&Mention) -> bool,
) -> Option<(Mention, usize)> {
    (1..tokens.len()).find_map(|k| {
        let n = marker_at(lex, tokens, k)?;
        let run = name_run_at(lex, tokens, k + n)?;
        let at = tokens[run.first].start();
        let known = reg.is_known_person(&run.name) && !lex.is_organisation(&run.name);
        let m = Mention::Name(run.name, None, at, None);
        (known && !quoted.contains(Pos::new(block, at)) && accept(&m)).then_some((m, at))
    })
}

/// True when an attribution marker inside the sentence credits it to a source.
fn credited_sentence(lex: &Lexicon, tokens: &[Token]) -> bool {
    (0..tokens.len()).any(|k| marker_at(lex, tokens, k).is_some())
}

/// The first person mentioned in one sentence's tokens.
fn first_person(
    lex: &Lexicon,
    reg: &Registry,
    quoted: &Quoted,
    block: usize,
    text: &str,
    tokens: &[Token],
    accept: &dyn Fn(&Mention) -> bool,
) -> Option<(Mention, usize)> {
    // `He pointed to …`: the sentence is about the person already meant, not about the
    // first name in it.
    if let Some(t) = tokens.first().filter(|t| t.is_cap()) {
        let classes = lex.classes(t.text);
        // `Haar voorganger, Harm Smit, …`: a possessive of that gender before a noun is
        // about the person already meant too; the name is someone else.
        let possessive = || {
            // Not before a relation noun (`Zijn zoon Rik`): that names someone of its own
            // gender, read below.
            let noun = tokens.get(1).is_some_and(|n| {
                let lower = n.lower();
                n.is_lower() && Gender::of(&lower, &lex.male_nouns, &lex.female_nouns).is_none()
            });
            let lower = t.lower();
            let g = Gender::of(&lower, &lex.male_possessives, &lex.female_possessives);
            g.filter(|_| noun)
        };
        let gender = if classes.is(Class::MalePronoun) {
            Some(Gender::Male)
        } else if classes.is(Class::FemalePronoun) {
            Some(Gender::Female)
        } else {
            possessive()
        };
        if let Some(m) = gender.map(Mention::Current).filter(|m| accept(m)) {
            if !quoted.contains(Pos::new(block, t.start())) {
                return Some((m, t.start()));
            }
        }
    }
    // `Raman noticed it first, according to Ellery.`: the sentence comes from the
    // person it is credited to, who is the one meant next.
    if let Some(m) = credited_source(lex, reg, quoted, block, tokens, accept) {
        return Some(m);
    }
    let mut j = 0;
    let mut spoke = false;
    let mut possessor = None;
    while j < tokens.len() {
        let t = tokens[j];
        if !t.word || quoted.contains(Pos::new(block, t.start())) {
            j += 1;
            continue;
        }
        spoke = spoke || is_verb_at(lex, tokens, j);
        // `Asked whether rock armour like Haddow’s helps, she was blunt.`, `Gevraagd
        // naar …, was ze stellig.`: a pronoun subject after a leading clause that named
        // no one (the Dutch verb may come first) is the person already meant.
        let after_clause = (j >= 1 && tokens[j - 1].is_punct(','))
            || (j >= 2 && tokens[j - 2].is_punct(',') && tokens[j - 1].is_lower());
        // `Volgende week loodst ze een schip.`: the subject right after the verb, early
        // in a sentence that named no one.
        let inverted = (2..=INVERTED_SUBJECT_AT).contains(&j) && {
            let prev = tokens[j - 1];
            prev.is_lower()
                && !lex.classes(prev.text).is(Class::ThatWord)
                && !lex.subordinators.contains(&*prev.lower())
        };
        if t.is_lower() && (after_clause || inverted) {
            let word = t.lower();
            // The verb beside the pronoun tells `was ze` (she) from `waren ze` (they).
            let verb = [j - 1, j + 1]
                .into_iter()
                .find(|&v| tokens.get(v).is_some_and(|v| v.word && v.is_lower()))
                .map(|v| tokens[v].lower());
            let subject = !lex.object_pronouns.contains(&*word);
            let gender = Gender::of_pronoun(lex, &word, verb.as_deref()).filter(|_| subject);
            if let Some(m) = gender.map(Mention::Current) {
                if accept(&m) {
                    return Some((m, t.start()));
                }
            }
        }
        // `zegt hij over (de) minister X`, `she said to Smith`: spoken to or about.
        // Both checks are closures: most words are neither names nor articles.
        let addressed = || {
            let mut p = j;
            while p > 0 && tokens[p - 1].is_lower() && lex.is_title(&tokens[p - 1].lower()) {
                p -= 1;
            }
            // `Over Bos was Mulder lyrisch`: a sentence opening with a topic is about
            // its subject, not the topic.
            let opening = p == 1 && tokens[0].is_cap();
            p > 0
                && (spoke || opening)
                && lex.object_prepositions.contains(&*tokens[p - 1].lower())
                && (opening || tokens[p - 1].is_lower())
        };
        let credited = || (j.saturating_sub(2)..=j).any(|k| is_credit_at(lex, tokens, k));
        // `a woman who declined to give her name`, `Een buurvrouw van Wolters`: an
        // unnamed person is what the sentence is about, before anyone it names.
        // (Not in a sentence credited to a source: `Een teler verliest volgens haar …`.)
        if lex.classes(t.text).is(Class::Indefinite) && !credited_sentence(lex, tokens) {
            // (`Een Statenlid`: a role noun may be capitalised; `One local builder
            // said`, `Een oudere kerkganger zegt`: as the sentence's subject, up to two
            // adjectives may come before it — elsewhere `a bus driver` is a noun phrase
            // about someone else.)
            let gender_of = |n: &str| Gender::of(n, &lex.male_nouns, &lex.female_nouns);
            let reach = if j == 0 { UNNAMED_NOUN_REACH } else { 1 };
            let noun = tokens
                .iter()
                .enumerate()
                .skip(j + 1)
                .take(reach)
                .take_while(|&(k, n)| n.word && (k == j + 1 || n.is_lower()))
                .map(|(_, n)| n.lower())
                .find(|n| gender_of(n).is_some() || lex.is_title(n));
            let gender = noun.as_deref().and_then(gender_of);
            let person = noun.is_some();
            let m = Mention::Unnamed(gender);
            if person && accept(&m) {
                return Some((m, t.start()));
            }
        }
        let definite = lex.definite.contains(&*t.lower());
        // `the Dales`, `aan de Maas`, `a Morales T-shirt`: a capitalised word after a
        // lower-case article is a place or a thing (a particle of a name was read with
        // the name before it).
        let article = j > 0 && tokens[j - 1].is_lower() && is_article(lex, &tokens[j - 1]);
        if t.is_cap() && article {
            // The whole run is the thing named (`the Lake District`, `a Morales T-shirt`).
            j = name_run_at(lex, tokens, j).map_or(j + 1, |run| run.end.max(j + 1));
            continue;
        }
        if t.is_cap() && !definite && !credited() {
            if let Some(run) = name_run_at(lex, tokens, j) {
                // `Wester Ross councillor Morag MacLeod`: a place before a role noun and
                // the name that holds it.
                if run.before_role_holder(lex, tokens) {
                    j = run.end + 1;
                    continue;
                }
                let (first, name) = split_long_run(lex, tokens, &run);
                // `Her husband, Graham, …`, `Zijn zoon Rik (12)`: a first name in
                // apposition to a relation.
                let commas = j >= 3
                    && tokens[j - 1].is_punct(',')
                    && tokens.get(run.end).is_some_and(|t| t.is_punct(','));
                let noun_at = if commas {
                    j.wrapping_sub(2)
                } else {
                    j.wrapping_sub(1)
                };
                // The owner: `her`, or a name (`Ní Bhriain’s father, Donal O’Brien`).
                let owner = |o: &Token| {
                    lex.possessives.contains(&*o.lower()) || (o.is_cap() && o.is_possessive())
                };
                let relation = noun_at >= 1
                    && noun_at < j
                    && tokens[noun_at].is_lower()
                    && owner(&tokens[noun_at - 1]);
                // Only a first name is in apposition to a relation after `her`; after a
                // name the relation's full name may follow.
                let relation = relation
                    && (run.caps == 1 || !lex.possessives.contains(&*tokens[noun_at - 1].lower()));
                let gender = relation
                    .then(|| Gender::of(tokens[noun_at].text, &lex.male_nouns, &lex.female_nouns))
                    .flatten();
                // Without commas only a relation noun opening the sentence makes the
                // apposition (`She said her son Alfie had asked` is about her).
                let relation = relation && (commas || (gender.is_some() && noun_at == 1));
                let person = !addressed()
                    && (reg.is_known_person(&name) || relation)
                    && !lex.is_organisation(&name)
                    && !lex.titles.contains(name.to_lowercase().as_str());
                if person && run.possessive {
                    // `Sarah Pendle’s three children take the bus`: the sentence is about
                    // her only when it names no one else.
                    let m = Mention::Name(name, None, tokens[first].start(), None);
                    if possessor.is_none() && accept(&m) {
                        possessor = Some((m, tokens[first].start()));
                    }
                } else if person {
                    let at = tokens[first].start();
                    let role = match agent_at(lex, text, tokens, j) {
                        Some((Who::Name { name: n, role, .. }, _)) if n == name => role,
                        _ => None,
                    };
                    let m = Mention::Name(name, role, at, gender);
                    if accept(&m) {
                        return Some((m, at));
                    }
                }
                j = run.end.max(j + 1);
                continue;
            }
            // `at Mountain Laurel`: a place, and no name starts inside it.
            let place = j > 0
                && tokens[j - 1].word
                && lex.classes(tokens[j - 1].text).is(Class::PlacePreposition);
            if place {
                while tokens.get(j).is_some_and(Token::is_cap) {
                    j += 1;
                }
                continue;
            }
        }
        if definite && !addressed() {
            // `de wethouder`, `the mayor`: a role a speaker holds.
            let noun = tokens[j + 1..]
                .iter()
                .take(3)
                .take_while(|n| n.is_lower())
                .find_map(|n| reg.speaker_with_role(n.text));
            if let Some(i) = noun.filter(|&i| accept(&Mention::Speaker(i))) {
                return Some((Mention::Speaker(i), t.start()));
            }
        }
        j += 1;
    }
    possessor
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{BlockKind, DocumentBuilder};

    /// The first person of the last sentence of `text` that mentions one, among the
    /// mentions `accept` takes.
    fn read(text: &str, accept: &dyn Fn(&Mention) -> bool) -> Option<String> {
        let mut b = DocumentBuilder::default();
        b.push(BlockKind::Paragraph, text);
        let doc = b.finish();
        let lex = Lexicon::get();
        let reg = Registry::new(&doc, lex);
        let t = doc.blocks[0].text.as_str();
        let tokenized = Tokenized::new(lex, t);
        let quoted = Quoted::default();
        match last_mention_where(lex, &reg, &quoted, 0, &tokenized, (0, t.len()), accept)? {
            (Mention::Name(n, ..), _) => Some(n),
            (Mention::Speaker(_), _) => Some("<speaker>".into()),
            (Mention::Current(_), _) => Some("<current>".into()),
            (Mention::Unnamed(_), _) => Some("<unnamed>".into()),
        }
    }

    /// The person mentioned, no pronoun subject counted.
    fn mention(text: &str) -> Option<String> {
        read(text, &|m| !matches!(m, Mention::Current(_)))
    }

    /// The same with a pronoun subject (`<current>`), as attribution reads the sentence
    /// before a verb-less quote.
    fn subject(text: &str) -> Option<String> {
        read(text, &|_| true)
    }

    #[test]
    fn a_pronoun_right_after_the_verb_early_on_is_the_person_already_meant() {
        for (text, want) in [
            ("Volgende week loodst ze een schip naar de haven van Anna Bos.", "<current>"),
            ("Next week she sails a ship to the port of Anna Bos.", "<current>"),
            // The first constituent may run for a while before the verb.
            (
                "Sinds de opening in het voorjaar van 2023 houdt hij een logboek bij voor Anna Bos.",
                "<current>",
            ),
            // In a clause a conjunction opens, the pronoun is not the sentence's subject.
            ("Asked whether she would stay, Jane Cole was cautious.", "Jane Cole"),
            ("Pas toen ze belde, kwam Jan de Wit in actie.", "Jan de Wit"),
        ] {
            assert_eq!(subject(text).as_deref(), Some(want), "{text}");
        }
    }

    #[test]
    fn the_subject_after_a_leading_clause_is_the_person() {
        assert_eq!(
            mention("Asked whether she expected it to pass, Jane Cole was cautious."),
            Some("Jane Cole".into())
        );
        assert_eq!(
            mention("Gevraagd naar de cijfers, bleef Karin Smit voorzichtig."),
            Some("Karin Smit".into())
        );
    }

    #[test]
    fn the_last_sentence_with_a_person_wins() {
        assert_eq!(
            mention(
                "Tom Bryce left early. The costs were paid, according to the treasurer, Ana Silva."
            ),
            Some("Ana Silva".into())
        );
        assert_eq!(
            mention("De eigenaar, ondernemer Kees Bakker, zegt dat hij moet sluiten. De huur is verdubbeld."),
            Some("Kees Bakker".into())
        );
    }

    #[test]
    fn a_role_noun_a_speaker_holds_is_a_mention() {
        let mut b = DocumentBuilder::default();
        b.push(BlockKind::Paragraph, "The mayor was pleased.");
        let doc = b.finish();
        let lex = Lexicon::get();
        let mut reg = Registry::new(&doc, lex);
        let i = reg.resolve_name("Linda Park", Some("mayor".into()), Pos::new(0, 0));
        let t = doc.blocks[0].text.as_str();
        let tokenized = Tokenized::new(lex, t);
        let not_current = |m: &Mention| !matches!(m, Mention::Current(_));
        let quoted = Quoted::default();
        let got = last_mention_where(
            lex,
            &reg,
            &quoted,
            0,
            &tokenized,
            (0, t.len()),
            &not_current,
        );
        assert_eq!(got, Some((Mention::Speaker(i), 0)));
    }

    #[test]
    fn who_is_spoken_to_or_about_is_no_mention() {
        assert_eq!(mention("Dat zegt hij over minister Karin Smit."), None);
        assert_eq!(mention("He said so to Jane Cole on Friday."), None);
        assert_eq!(
            mention("Karin Smit sprak met Jane Cole."),
            Some("Karin Smit".into())
        );
    }

    #[test]
    fn a_first_name_in_apposition_to_a_relation_is_a_person() {
        assert_eq!(
            mention("Her husband, Graham, who cares for her, agrees."),
            Some("Graham".into())
        );
        assert_eq!(mention("Haar man, Kees, is het eens."), Some("Kees".into()));
        assert_eq!(mention("In the valley, Graham, a town, grew."), None);
    }

    #[test]
    fn organisations_places_and_credits_are_not_people() {
        assert_eq!(mention("The Clean Rivers Alliance was divided."), None);
        assert_eq!(mention("De Rijksuniversiteit Groningen zweeg."), None);
        assert_eq!(mention("Foto Jan Jansen"), None);
    }
}
