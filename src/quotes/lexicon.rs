//! Per-language word lists for attribution, loaded from the JSON tables in `lexicon/`.
//!
//! Adding a language means adding a table file and one line to [`TABLES`]; no rule
//! changes. All tables are merged into one [`Lexicon`]: Dutch and English share few
//! word forms, and articles quote people across languages.

mod classes;

pub use classes::{Class, Classes};

use crate::bytescan;
use classes::ClassTable;
use rustc_hash::FxHashMap;
use serde::Deserialize;
use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::OnceLock;

/// The embedded tables: language code and JSON text.
const TABLES: &[(&str, &str)] = &[
    ("nl", include_str!("lexicon/nl.json")),
    ("en", include_str!("lexicon/en.json")),
];

/// A set of words with a fast non-keyed hash: word lookups are hot and the keys are
/// our own table words (SipHash showed up as a tenth of the analysis time).
pub type HashSet<T> = rustc_hash::FxHashSet<T>;

/// Words read to detect the language: on every test article the leading language is
/// ahead by 40 function words or more after 300.
const DETECT_WORDS: usize = 300;
/// A lead in function-word hits that decides the language before [`DETECT_WORDS`] (more
/// than [`DETECT_MIN_HITS`]): the rest of the window overturned it on no test article.
const DETECT_LEAD: usize = 30;
/// Fewest function-word hits for a language to be chosen.
const DETECT_MIN_HITS: usize = 10;

/// Every language's lexicon and their merge.
struct All {
    languages: Vec<(&'static str, Lexicon)>,
    merged: Lexicon,
    /// Every language's function words, each with the set of languages (bit `i` for
    /// `languages[i]`) that list it: language detection looks each word up once.
    function_words: FxHashMap<Box<[u8]>, u64>,
    /// Byte length of the longest function word: a longer word needs no lookup.
    function_word_max: usize,
    /// The function words of eight ASCII bytes or fewer by [`short_ascii_key`], with
    /// their languages as in `function_words`.
    short_function_words: FxHashMap<u64, u64>,
    /// True when every function word is ASCII.
    function_words_ascii: bool,
}

/// Parses the embedded tables once.
fn all() -> &'static All {
    static ALL: OnceLock<All> = OnceLock::new();
    ALL.get_or_init(|| {
        let tables: Vec<(&'static str, Table)> = TABLES
            .iter()
            .filter_map(|(code, json)| Some((*code, serde_json::from_str(json).ok()?)))
            .collect();
        let languages: Vec<(&str, Lexicon)> = tables
            .iter()
            .map(|(code, t)| (*code, Lexicon::from_tables(std::slice::from_ref(t))))
            .collect();
        let tables: Vec<Table> = tables.into_iter().map(|(_, t)| t).collect();
        let function_words = function_word_languages(&languages);
        let function_word_max = function_words.keys().map(|w| w.len()).max().unwrap_or(0);
        let short_function_words = function_words
            .iter()
            .filter_map(|(w, langs)| Some((short_ascii_key(w)?, *langs)))
            .collect();
        let function_words_ascii = function_words.keys().all(|w| w.is_ascii());
        All {
            short_function_words,
            function_words_ascii,
            languages,
            merged: Lexicon::from_tables(&tables),
            function_words,
            function_word_max,
        }
    })
}

impl All {
    /// The languages (a bit set, as in `function_words`) listing `word`, lower-cased,
    /// as a function word.
    fn languages_of(&self, word: &str) -> Option<u64> {
        let bytes = word.as_bytes();
        if let Some(key) = short_ascii_key(bytes) {
            // Most words: eight ASCII bytes or fewer, looked up as one number.
            return self.short_function_words.get(&key).copied();
        }
        let ascii = word.is_ascii();
        if bytes.len() > self.function_word_max && ascii {
            // Lower-casing keeps an ASCII word's length: too long to be listed.
            return None;
        }
        // Of all non-ASCII characters only the Kelvin sign lower-cases to an ASCII
        // letter: when every function word is ASCII, other words need no lookup.
        if !ascii && self.function_words_ascii && !word.contains('\u{212a}') {
            return None;
        }
        self.function_words
            .get(super::lower::lower(word).as_bytes())
            .copied()
    }
}

/// An ASCII word of at most eight bytes, lower-cased, as one little-endian number
/// (zero bytes after the word); `None` for a longer or non-ASCII word.
fn short_ascii_key(bytes: &[u8]) -> Option<u64> {
    if bytes.len() > 8 {
        return None;
    }
    let mut buf = [0u8; 8];
    buf[..bytes.len()].copy_from_slice(bytes);
    let x = u64::from_le_bytes(buf);
    if x & 0x8080_8080_8080_8080 != 0 {
        return None;
    }
    // The `0x20` bit of every `A`..=`Z` lower-cases it.
    Some(x | classes::upper_bits(x))
}

/// True when one language leads every other by [`DETECT_LEAD`] function-word hits.
fn decided(hits: &[usize]) -> bool {
    let (mut first, mut second) = (0, 0);
    for &h in hits {
        if h > first {
            (first, second) = (h, first);
        } else if h > second {
            second = h;
        }
    }
    first - second >= DETECT_LEAD
}

/// The words of a text as `str::split_whitespace` gives them, read a byte at a time
/// (only non-ASCII characters are decoded).
struct Words<'a>(&'a str);

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let text = self.0;
        let start = space_run_end(text, 0, true);
        let end = space_run_end(text, start, false);
        self.0 = &text[end..];
        (end > start).then(|| &text[start..end])
    }
}

/// End of the run of whitespace (`space`) or of other characters (`!space`) starting
/// at byte `at` of `text` (a character boundary).
fn space_run_end(text: &str, mut at: usize, space: bool) -> usize {
    let bytes = text.as_bytes();
    loop {
        if !space {
            // Inside a word: skip sixteen bytes at a time to a control character, a
            // space or a non-ASCII byte.
            at = bytescan::skip_unflagged(bytes, at, space_or_high);
        }
        // ASCII bytes are told apart by the tokenizer's byte classes, without decoding.
        while let Some(&b) = bytes.get(at) {
            if b >= 0x80 || (super::tokens::class(b) == super::tokens::SPACE) != space {
                break;
            }
            at += 1;
        }
        if bytes.get(at).is_none_or(|b| b.is_ascii()) {
            return at;
        }
        let Some(c) = text.get(at..).and_then(|rest| rest.chars().next()) else {
            return at;
        };
        if c.is_whitespace() != space {
            return at;
        }
        at += c.len_utf8();
    }
}

/// The high bit of every byte of `x` that is at most `0x20` or not ASCII.
fn space_or_high(x: u64) -> u64 {
    let low = x & (0x7f * bytescan::ONES);
    // Below 0x80, adding `0x5f` sets the high bit iff the byte is at least `0x21`.
    (!low.wrapping_add(0x5f * bytescan::ONES) | x) & bytescan::HIGH
}

/// True for a capitalised compound whose last part is a lower-case word of three
/// letters or more (`KNO-arts`, `Oud-minister`, `KMI-meteoroloog`): a role noun, as the
/// parts of a hyphenated name are capitalised (`Jean-Pierre`).
fn is_hyphenated_noun(word: &str) -> bool {
    // Most words have no hyphen: a plain byte loop tells that cheaper than a search.
    let Some(dash) = word.bytes().rposition(|b| b == b'-') else {
        return false;
    };
    let (head, tail) = (&word[..dash], &word[dash + 1..]);
    head.starts_with(char::is_uppercase)
        && tail.chars().count() >= 3
        && tail.chars().all(char::is_lowercase)
}

/// Each function word of `languages` with the set of languages listing it (bit `i`
/// for `languages[i]`; at most 64 languages are told apart).
fn function_word_languages(languages: &[(&'static str, Lexicon)]) -> FxHashMap<Box<[u8]>, u64> {
    let mut words: FxHashMap<Box<[u8]>, u64> = FxHashMap::default();
    for (i, (_, lex)) in languages.iter().enumerate().take(64) {
        for w in &lex.function_words {
            *words.entry(w.as_bytes().into()).or_default() |= 1 << i;
        }
    }
    words
}

/// One language table as written in `lexicon/*.json`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Table {
    /// Language code (`nl`).
    pub language: String,
    /// Word forms of speech verbs (`zegt`, `said`).
    pub speech_verbs: Vec<String>,
    /// Separable verbs: the finite form and the particles that complete it (`voegt … toe`).
    #[serde(default)]
    pub split_verbs: HashMap<String, Vec<String>>,
    /// Attribution markers followed by the source (`aldus`, `according to`); may be phrases.
    pub markers: Vec<String>,
    /// Speech verbs whose next noun is the addressee, not the speaker (`told Reuters`).
    #[serde(default)]
    pub object_verbs: Vec<String>,
    /// Personal pronouns that can stand for a speaker.
    pub pronouns: Vec<String>,
    /// Definite articles (`de`, `the`): `the senator` refers to someone introduced.
    pub definite_articles: Vec<String>,
    /// Indefinite articles (`een`, `a`): `a spokesman` is nobody named.
    pub indefinite_articles: Vec<String>,
    /// Lower-case words inside names (`van`, `de`, `von`); may be phrases.
    pub name_particles: Vec<String>,
    /// Prepositions that tie a capitalised object to a role (`minister van Financiën`).
    #[serde(default)]
    pub role_prepositions: Vec<String>,
    /// Words that introduce a byline or photo credit (`Beeld`, `Door`, `By`).
    pub credit_markers: Vec<String>,
    /// Titles and role nouns written before a name (`Mayor`, `wethouder`, `Sen.`).
    #[serde(default)]
    pub titles: Vec<String>,
    /// Verbs that introduce a quoted fragment, not speech (`noemt het`, `called it`).
    #[serde(default)]
    pub naming_verbs: Vec<String>,
    /// Conjunctions that start indirect speech (`dat`, `that`).
    #[serde(default)]
    pub that_words: Vec<String>,
    /// Capitalised at a sentence start but never part of a name (`De`, `Volgens`, `However`).
    pub function_words: Vec<String>,
    /// Abbreviations whose full stop does not end a sentence (`dr`, `mr`).
    pub abbreviations: Vec<String>,
    /// Words that make a capitalised run an organisation or a place, not a person
    /// (`University`, `Committee`; Dutch compounds match by ending: `-universiteit`).
    #[serde(default)]
    pub organisation_words: Vec<String>,
    /// Possessive determiners, skipped like an article before role words
    /// (`aldus haar woordvoerder X`, `his lawyer, X`).
    #[serde(default)]
    pub possessives: Vec<String>,
    /// Abbreviated titles and the role noun they stand for (`Sen.` → `senator`), so
    /// `Sen. X` is found for a later `the senator`.
    #[serde(default)]
    pub title_abbreviations: HashMap<String, String>,
    /// Other forms of a role noun, mapped to one form (`woordvoerster` →
    /// `woordvoerder`, `spokeswoman` → `spokesman`): `de woordvoerster` is the person
    /// introduced as `politiewoordvoerder X`.
    #[serde(default)]
    pub role_forms: HashMap<String, String>,
    /// Prepositions whose object, after a speech verb, is who is spoken to or about,
    /// never the speaker (`zegt hij over de minister`, `she said to Smith`).
    #[serde(default)]
    pub object_prepositions: Vec<String>,
    /// Prepositions before a place (`in Tiel`, `uit Charleroi`, `from Ohio`): a
    /// capitalised name right after one is a place, never a person.
    #[serde(default)]
    pub place_prepositions: Vec<String>,
    /// Pronouns that refer to a man (`he`, `hij`); a speaker takes the gender of the
    /// first such pronoun resolved to them.
    #[serde(default)]
    pub male_pronouns: Vec<String>,
    /// Pronouns that refer to a woman (`she`, `zij`).
    #[serde(default)]
    pub female_pronouns: Vec<String>,
    /// Pronouns of the person spoken to (`you`, `u`): a question using one is put to
    /// someone, not asked by them.
    #[serde(default)]
    pub second_person_pronouns: Vec<String>,
    /// Nouns and titles for a man, mostly relations (`husband`, `zoon`, `mr`): a first
    /// name in apposition to one (`her husband, Emmanuel,`) is a man, and so is a
    /// surname after one (`Mr Hargreaves`, among relatives sharing it).
    #[serde(default)]
    pub male_nouns: Vec<String>,
    /// Nouns and titles for a woman (`wife`, `dochter`, `mevrouw`).
    #[serde(default)]
    pub female_nouns: Vec<String>,
    /// Auxiliaries of the passive (`was`, `werd`): before a speech verb (`she was
    /// asked`) they make its subject the one spoken to.
    #[serde(default)]
    pub passive_auxiliaries: Vec<String>,
    /// Words joining two names (`en`, `and`): `Daan en Thijs Verhoef` are two people
    /// sharing a surname.
    #[serde(default)]
    pub coordinators: Vec<String>,
    /// Pronouns that stand for a woman when their verb is singular (`zegt ze`; `zeggen
    /// ze` is `they`).
    #[serde(default)]
    pub singular_female_pronouns: Vec<String>,
    /// Endings of a plural verb form (`zeggen`, `zeiden`), telling those pronouns apart.
    #[serde(default)]
    pub plural_verb_endings: Vec<String>,
    /// Endings of an age used as a noun (`the 29-year-old`, `de 58-jarige`): it stands
    /// for the person the text is about, as a pronoun does.
    #[serde(default)]
    pub age_endings: Vec<String>,
    /// Conjunctions opening a subordinate clause (`when`, `omdat`): a pronoun after
    /// one is that clause's subject, not the sentence's.
    #[serde(default)]
    pub subordinators: Vec<String>,
    /// Relative pronouns for a person (`who`, `die`): `X, …, who said` is X speaking.
    #[serde(default)]
    pub relative_pronouns: Vec<String>,
    /// Labels of a link to another article (`Lees ook`, `Read more`): `Lees ook: ‘…’`
    /// quotes that article's title, not anyone's words.
    #[serde(default)]
    pub link_labels: Vec<String>,
    /// Phrases saying a person is not named (`asked not to be named`, `anoniem`): a
    /// subject described with one names nobody.
    #[serde(default)]
    pub anonymity_markers: Vec<String>,
    /// Whether the language writes compounds as one word, so a word ending in an
    /// organisation word names one (`Rijksuniversiteit`); in English `Harcourt` is a
    /// surname, not a court.
    #[serde(default)]
    pub compound_organisations: bool,
    /// Endings of a present participle (`saying`): `X hit back, saying …` is X speaking.
    #[serde(default)]
    pub participle_endings: Vec<String>,
    /// Possessive determiners of a man (`his`, `zijn`): a sentence opening with one
    /// (`Zijn voorganger, Jan Smit, …`) is about the man already meant.
    #[serde(default)]
    pub male_possessives: Vec<String>,
    /// Possessive determiners of a woman (`her`, `haar`).
    #[serde(default)]
    pub female_possessives: Vec<String>,
    /// Pronouns of the writer (`ik`, `I`): in narration they name no speaker.
    #[serde(default)]
    pub first_person_pronouns: Vec<String>,
    /// Pronouns that are only objects (`him`, `hem`), never a verb's subject.
    #[serde(default)]
    pub object_pronouns: Vec<String>,
}

/// The merged word lists, all lower case.
#[derive(Debug, Default)]
pub struct Lexicon {
    /// Speech verb word forms.
    pub speech_verbs: HashSet<String>,
    /// Separable verb forms and their particles.
    pub split_verbs: FxHashMap<String, Vec<String>>,
    /// Attribution markers as word sequences.
    pub markers: Vec<Vec<String>>,
    /// Verbs taking an addressee object.
    pub object_verbs: HashSet<String>,
    /// Pronouns.
    pub pronouns: HashSet<String>,
    /// Definite articles.
    pub definite: HashSet<String>,
    /// Indefinite articles.
    pub indefinite: HashSet<String>,
    /// Single-word name particles (phrases are split into their words).
    pub particles: HashSet<String>,
    /// Role prepositions.
    pub role_prepositions: HashSet<String>,
    /// Credit and byline markers.
    pub credits: HashSet<String>,
    /// Titles before names.
    pub titles: HashSet<String>,
    /// Fragment-introducing verbs.
    pub naming_verbs: HashSet<String>,
    /// Indirect-speech conjunctions.
    pub that_words: HashSet<String>,
    /// Function words.
    pub function_words: HashSet<String>,
    /// Abbreviations.
    pub abbreviations: HashSet<String>,
    /// Organisation and place words.
    pub organisation_words: Vec<String>,
    /// The organisation words of five letters or more, which also end compounds
    /// (`Rijksuniversiteit`), by their last byte: most words need no comparison.
    organisation_endings: FxHashMap<u8, Vec<String>>,
    /// Possessive determiners.
    pub possessives: HashSet<String>,
    /// Abbreviated titles (lower case, with their full stop) and their role nouns.
    pub title_abbreviations: FxHashMap<String, String>,
    /// Other forms of a role noun, mapped to one form.
    pub role_forms: FxHashMap<String, String>,
    /// Prepositions of the addressee or topic of speech.
    pub object_prepositions: HashSet<String>,
    /// Prepositions before a place.
    pub place_prepositions: HashSet<String>,
    /// Pronouns for a man.
    pub male_pronouns: HashSet<String>,
    /// Pronouns for a woman.
    pub female_pronouns: HashSet<String>,
    /// Pronouns of the person spoken to.
    pub second_person: HashSet<String>,
    /// Nouns for a man.
    pub male_nouns: HashSet<String>,
    /// Nouns for a woman.
    pub female_nouns: HashSet<String>,
    /// Auxiliaries of the passive.
    pub passive_auxiliaries: HashSet<String>,
    /// Words joining two names.
    pub coordinators: HashSet<String>,
    /// Pronouns that stand for a woman with a singular verb.
    pub singular_female_pronouns: HashSet<String>,
    /// Endings of a plural verb form.
    pub plural_verb_endings: Vec<String>,
    /// Endings of an age used as a noun.
    pub age_endings: Vec<String>,
    /// Conjunctions opening a subordinate clause.
    pub subordinators: HashSet<String>,
    /// Relative pronouns for a person.
    pub relative_pronouns: HashSet<String>,
    /// Labels of a link to another article, lower-cased.
    pub link_labels: HashSet<String>,
    /// Phrases saying a person is not named, lower-cased.
    pub anonymity_markers: Vec<String>,
    /// Endings of a present participle.
    pub participle_endings: Vec<String>,
    /// Possessive determiners of a man.
    pub male_possessives: HashSet<String>,
    /// Possessive determiners of a woman.
    pub female_possessives: HashSet<String>,
    /// Pronouns of the writer.
    pub first_person: HashSet<String>,
    /// Pronouns that are only objects.
    pub object_pronouns: HashSet<String>,
    /// Titles of six letters or more, which also match as the end of a compound.
    pub compound_titles: Vec<String>,
    /// [`Lexicon::compound_titles`] as a set, looked up by a word's endings.
    compound_title_set: HashSet<String>,
    /// The last six bytes of every compound title: a word ending otherwise ends in none.
    compound_tails: HashSet<u64>,
    /// Byte length of the longest compound title.
    compound_max_len: usize,
    /// Every word [`Lexicon::is_function_word`] accepts, so it takes one lookup.
    non_name_words: HashSet<String>,
    /// Byte length of the longest abbreviation.
    abbreviation_max_len: usize,
    /// Byte length of the longest name particle.
    particle_max_len: usize,
    /// Every word of the sets above with the lists it is in: one lookup answers them all.
    classes: ClassTable,
}

/// The last six bytes of `word` (at least six bytes long) as a number.
fn tail6(word: &[u8]) -> u64 {
    word[word.len() - 6..]
        .iter()
        .fold(0, |acc, &b| (acc << 8) | u64::from(b))
}

impl Lexicon {
    /// Merges parsed tables into one lexicon.
    pub fn from_tables(tables: &[Table]) -> Self {
        let mut lex = Self::default();
        let low = |s: &String| s.to_lowercase();
        for t in tables {
            lex.speech_verbs.extend(t.speech_verbs.iter().map(low));
            for (verb, particles) in &t.split_verbs {
                lex.split_verbs
                    .entry(verb.to_lowercase())
                    .or_default()
                    .extend(particles.iter().map(low));
            }
            lex.markers.extend(
                t.markers
                    .iter()
                    .map(|m| m.split_whitespace().map(str::to_lowercase).collect()),
            );
            lex.object_verbs.extend(t.object_verbs.iter().map(low));
            lex.pronouns.extend(t.pronouns.iter().map(low));
            lex.definite.extend(t.definite_articles.iter().map(low));
            lex.indefinite.extend(t.indefinite_articles.iter().map(low));
            lex.particles.extend(
                t.name_particles
                    .iter()
                    .flat_map(|p| p.split_whitespace().map(str::to_lowercase)),
            );
            lex.role_prepositions
                .extend(t.role_prepositions.iter().map(low));
            lex.credits.extend(t.credit_markers.iter().map(low));
            lex.titles.extend(t.titles.iter().map(low));
            lex.naming_verbs.extend(t.naming_verbs.iter().map(low));
            lex.that_words.extend(t.that_words.iter().map(low));
            lex.function_words.extend(t.function_words.iter().map(low));
            lex.abbreviations.extend(t.abbreviations.iter().map(low));
            lex.organisation_words
                .extend(t.organisation_words.iter().map(low));
            lex.possessives.extend(t.possessives.iter().map(low));
            lex.object_prepositions
                .extend(t.object_prepositions.iter().map(low));
            lex.place_prepositions
                .extend(t.place_prepositions.iter().map(low));
            lex.male_pronouns.extend(t.male_pronouns.iter().map(low));
            lex.female_pronouns
                .extend(t.female_pronouns.iter().map(low));
            lex.second_person
                .extend(t.second_person_pronouns.iter().map(low));
            // The plain word sets: each list lower-cased into its set.
            let sets = [
                (&mut lex.male_nouns, &t.male_nouns),
                (&mut lex.female_nouns, &t.female_nouns),
                (&mut lex.coordinators, &t.coordinators),
                (&mut lex.subordinators, &t.subordinators),
                (&mut lex.relative_pronouns, &t.relative_pronouns),
                (&mut lex.link_labels, &t.link_labels),
                (&mut lex.passive_auxiliaries, &t.passive_auxiliaries),
                (
                    &mut lex.singular_female_pronouns,
                    &t.singular_female_pronouns,
                ),
                (&mut lex.male_possessives, &t.male_possessives),
                (&mut lex.female_possessives, &t.female_possessives),
                (&mut lex.first_person, &t.first_person_pronouns),
                (&mut lex.object_pronouns, &t.object_pronouns),
            ];
            for (set, list) in sets {
                set.extend(list.iter().map(low));
            }
            lex.plural_verb_endings
                .extend(t.plural_verb_endings.iter().map(low));
            lex.age_endings.extend(t.age_endings.iter().map(low));
            lex.anonymity_markers
                .extend(t.anonymity_markers.iter().map(low));
            lex.participle_endings
                .extend(t.participle_endings.iter().map(low));
            lex.role_forms.extend(
                t.role_forms
                    .iter()
                    .map(|(k, v)| (k.to_lowercase(), v.to_lowercase())),
            );
            lex.title_abbreviations.extend(
                t.title_abbreviations
                    .iter()
                    .map(|(k, v)| (k.to_lowercase(), v.to_lowercase())),
            );
        }
        // Every other form of a role noun is a title too (`woordvoerster`, so that
        // `Politiewoordvoerster Sanne Heijboer` loses its title like `woordvoerder`).
        lex.titles.extend(lex.role_forms.keys().cloned());
        lex.compound_titles = lex
            .titles
            .iter()
            .filter(|t| t.len() >= 6)
            .cloned()
            .collect();
        lex.compound_title_set = lex.compound_titles.iter().cloned().collect();
        lex.compound_tails = lex
            .compound_titles
            .iter()
            .map(|t| tail6(t.as_bytes()))
            .collect();
        lex.compound_max_len = lex
            .compound_titles
            .iter()
            .map(String::len)
            .max()
            .unwrap_or(0);
        lex.abbreviation_max_len = lex.abbreviations.iter().map(String::len).max().unwrap_or(0);
        lex.particle_max_len = lex.particles.iter().map(String::len).max().unwrap_or(0);
        lex.non_name_words = [
            &lex.function_words,
            &lex.pronouns,
            &lex.speech_verbs,
            &lex.definite,
            &lex.indefinite,
        ]
        .into_iter()
        .flatten()
        .cloned()
        .collect();
        // Longest markers first, so `zo zegt` wins over a shorter overlap.
        lex.markers.sort_by_key(|m| std::cmp::Reverse(m.len()));
        lex.classes = lex.class_table();
        let compounding = tables.iter().filter(|t| t.compound_organisations);
        for w in compounding.flat_map(|t| &t.organisation_words) {
            let w = w.to_lowercase();
            let Some(&last) = w.as_bytes().last().filter(|_| w.len() >= 5) else {
                continue;
            };
            let list = lex.organisation_endings.entry(last).or_default();
            if !list.contains(&w) {
                list.push(w);
            }
        }
        lex
    }

    /// Every word set with the class it stands for in the [`ClassTable`].
    fn class_sets(&self) -> [(&HashSet<String>, Class); 19] {
        [
            (&self.speech_verbs, Class::SpeechVerb),
            (&self.object_verbs, Class::ObjectVerb),
            (&self.pronouns, Class::Pronoun),
            (&self.definite, Class::Definite),
            (&self.indefinite, Class::Indefinite),
            (&self.particles, Class::Particle),
            (&self.role_prepositions, Class::RolePreposition),
            (&self.credits, Class::Credit),
            (&self.titles, Class::Title),
            (&self.naming_verbs, Class::NamingVerb),
            (&self.that_words, Class::ThatWord),
            (&self.function_words, Class::FunctionWord),
            (&self.abbreviations, Class::Abbreviation),
            (&self.possessives, Class::Possessive),
            (&self.object_prepositions, Class::ObjectPreposition),
            (&self.place_prepositions, Class::PlacePreposition),
            (&self.male_pronouns, Class::MalePronoun),
            (&self.female_pronouns, Class::FemalePronoun),
            (&self.non_name_words, Class::NonName),
        ]
    }

    /// The word lists as one [`ClassTable`].
    fn class_table(&self) -> ClassTable {
        let sets = self.class_sets();
        let split = self
            .split_verbs
            .keys()
            .map(|w| (w.as_str(), Class::SplitVerb));
        let organisations = self
            .organisation_words
            .iter()
            .map(|w| (w.as_str(), Class::Organisation));
        ClassTable::new(
            sets.into_iter()
                .flat_map(|(set, c)| set.iter().map(move |w| (w.as_str(), c)))
                .chain(split)
                .chain(organisations),
        )
    }

    /// The lists `word`, lower-cased, is in: one lookup for every question about it.
    pub fn classes(&self, word: &str) -> Classes {
        self.classes.get(word)
    }

    /// [`Lexicon::is_title`] of `word` lower-cased, whose [`Lexicon::classes`] are `c`:
    /// lower-cases only a word long enough to end in a compound title.
    pub fn is_title_word(&self, word: &str, c: Classes) -> bool {
        if c.is(Class::Title) || is_hyphenated_noun(word) {
            return true;
        }
        // An ASCII word keeps its length lower-cased; a compound needs more than 8 bytes.
        if c.is_ascii() && word.len() <= 8 {
            return false;
        }
        self.ends_in_compound_title(&super::lower::lower(word))
    }

    /// The lexicon of all embedded tables merged, parsed once. A table that fails to
    /// parse is skipped (the unit tests guarantee the embedded ones parse).
    pub fn get() -> &'static Lexicon {
        &all().merged
    }

    /// The lexicon of the language `text` is written in (by function-word counts over
    /// its first words), or the merged one when no table clearly fits. One language's
    /// table avoids cross-language clashes (Dutch `dan` is English `Dan`).
    pub fn detect<'a>(texts: impl Iterator<Item = &'a str>) -> &'static Lexicon {
        let all = all();
        let mut hits = vec![0usize; all.languages.len()];
        let mut words = 0;
        'read: for text in texts {
            for word in Words(text) {
                if words == DETECT_WORDS {
                    break 'read;
                }
                words += 1;
                if let Some(langs) = all.languages_of(word) {
                    for (i, h) in hits.iter_mut().enumerate().take(64) {
                        *h += usize::from(langs >> i & 1 == 1);
                    }
                    if decided(&hits) {
                        break 'read;
                    }
                }
            }
        }
        let best = hits.iter().enumerate().max_by_key(|&(_, h)| *h);
        match best {
            Some((i, &h)) if h >= DETECT_MIN_HITS => &all.languages[i].1,
            _ => &all.merged,
        }
    }

    /// The language code of a lexicon returned by [`Lexicon::detect`] (`None` for merged).
    pub fn language(&self) -> Option<&'static str> {
        all()
            .languages
            .iter()
            .find(|(_, lex)| std::ptr::eq(lex, self))
            .map(|(code, _)| *code)
    }

    /// True for a name particle written as listed, in lower case (`van`, `de`).
    pub fn is_particle(&self, word: &str) -> bool {
        // A word written as listed has the listed length: a longer one needs no lookup.
        word.len() <= self.particle_max_len && self.classes(word).is_exact(Class::Particle)
    }

    /// Byte length of the longest abbreviation: a longer word needs no lookup.
    pub fn longest_abbreviation(&self) -> usize {
        self.abbreviation_max_len
    }

    /// True for a lower-cased word that is a speech verb on its own.
    pub fn is_verb(&self, lower: &str) -> bool {
        self.speech_verbs.contains(lower)
    }

    /// The one form of a lower-case role noun (`woordvoerster` → `woordvoerder`).
    pub fn role_form<'w>(&'w self, noun: &'w str) -> &'w str {
        self.role_forms.get(noun).map_or(noun, String::as_str)
    }

    /// True when the lower-case `word` in the text names the role `noun`: the same
    /// role in any of its forms, also as the end of a compound (`politiewoordvoerder`
    /// for `woordvoerster`).
    pub fn same_role(&self, word: &str, noun: &str) -> bool {
        let ends_in =
            |w: &str, n: &str| w.len() >= n.len() + 3 && w.ends_with(n) && n.chars().count() >= 5;
        let (word_form, noun_form) = (self.role_form(word), self.role_form(noun));
        // (`politiewoordvoerster` ends in `woordvoerster` as written, not in its one
        // form `woordvoerder`; only a noun with another form is compared as written.)
        word_form == noun_form
            || ends_in(word_form, noun_form)
            || (noun_form != noun && ends_in(word, noun))
    }

    /// True for an age used as a noun (`29-year-old`, `58-jarige`): digits, then one of
    /// the `age_endings`.
    pub fn is_age_noun(&self, word: &str) -> bool {
        let digits = word.bytes().take_while(u8::is_ascii_digit).count();
        let ending = &word[digits..];
        digits > 0
            && self
                .age_endings
                .iter()
                .any(|e| ending.eq_ignore_ascii_case(e))
    }

    /// True when a capitalised run names an organisation or a place: one of its words
    /// is an organisation word, or ends in one of five letters or more (`Rijksuniversiteit`).
    pub fn is_organisation(&self, name: &str) -> bool {
        name.split_whitespace().any(|w| {
            if self.classes(w).is(Class::Organisation) {
                return true;
            }
            // A compound ending in one (`Rijksuniversiteit`): the listed words are lower
            // case, so an ASCII word is compared without lower-casing it into a string.
            let w = if w.is_ascii() {
                Cow::Borrowed(w)
            } else {
                Cow::Owned(w.to_lowercase())
            };
            let Some(last) = w.as_bytes().last().map(u8::to_ascii_lowercase) else {
                return false;
            };
            self.organisation_endings.get(&last).is_some_and(|list| {
                list.iter().any(|o| {
                    w.len() > o.len()
                        && w.is_char_boundary(w.len() - o.len())
                        && w[w.len() - o.len()..].eq_ignore_ascii_case(o)
                })
            })
        })
    }

    /// True for a title or role noun before a name, also as the end of a compound
    /// (`garnalenvisser` ends in the title `visser`; only titles of six letters or more).
    pub fn is_title(&self, lower: &str) -> bool {
        self.titles.contains(lower) || self.ends_in_compound_title(lower)
    }

    /// True when `lower` ends in a compound title with at least three bytes before it.
    fn ends_in_compound_title(&self, lower: &str) -> bool {
        let n = lower.len();
        if n <= 8 || !self.compound_tails.contains(&tail6(lower.as_bytes())) {
            return false;
        }
        // A title of `n - p` bytes (six or more, at most `n - 3`) ends `lower` exactly
        // when `lower[p..]` is that title; a title starts on a char boundary.
        (n.saturating_sub(self.compound_max_len).max(3)..=n - 6)
            .any(|p| lower.is_char_boundary(p) && self.compound_title_set.contains(&lower[p..]))
    }

    /// True for a lower-cased word that never starts or continues a name.
    pub fn is_function_word(&self, lower: &str) -> bool {
        self.non_name_words.contains(lower)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_compound_role_matches_its_last_part_as_written_or_in_its_one_form() {
        let lex = Lexicon::get();
        assert!(lex.same_role("politiewoordvoerster", "woordvoerster"));
        assert!(lex.same_role("politiewoordvoerder", "woordvoerster"));
        assert!(lex.same_role("snackbarhouder", "eigenaar"));
        assert!(!lex.same_role("aandeelhouder", "eigenaar"));
        assert!(lex.same_role("spokeswoman", "spokesperson"));
        // A noun with no other form is compared in its one form only.
        assert!(!lex.same_role("chairwoman", "woman"));
    }

    #[test]
    fn every_embedded_table_parses() {
        for (code, json) in TABLES {
            let table: Table = serde_json::from_str(json).unwrap();
            assert_eq!(&table.language, code);
            assert!(!table.speech_verbs.is_empty());
        }
    }

    #[test]
    fn merged_lexicon_knows_both_languages() {
        let lex = Lexicon::get();
        assert!(lex.is_verb("zegt") && lex.is_verb("said"));
        assert!(lex.markers.iter().any(|m| m == &["according", "to"]));
        assert_eq!(lex.split_verbs["voegt"], ["toe"]);
        assert!(lex.particles.contains("van") && lex.particles.contains("von"));
        assert!(lex.is_organisation("Rijksuniversiteit Groningen"));
        assert!(lex.is_organisation("Budget Committee"));
        assert!(!lex.is_organisation("Maria Lopes"));
    }

    #[test]
    fn titles_match_whole_words_and_compound_endings() {
        let lex = Lexicon::get();
        // The definition the set lookups must keep.
        let by_scan = |lower: &str| {
            lex.titles.contains(lower)
                || (lower.len() > 8
                    && lex
                        .compound_titles
                        .iter()
                        .any(|t| lower.len() > t.len() + 2 && lower.ends_with(t.as_str())))
        };
        let mut words: Vec<String> = Vec::new();
        for t in lex.titles.iter().chain(&lex.function_words) {
            words.push(t.clone());
            for prefix in ["", "a", "ab", "abc", "abcd", "é", "éé", "garnalen", "oud-"] {
                words.push(format!("{prefix}{t}"));
                words.push(format!("{prefix}{t}s"));
                if let Some((i, _)) = t.char_indices().nth(1) {
                    words.push(format!("{prefix}{}", &t[i..]));
                }
            }
        }
        words.extend(["", "x", "ééééééééé", "abcdefghijklmnop"].map(String::from));
        let mut hits = 0;
        for w in &words {
            assert_eq!(lex.is_title(w), by_scan(w), "{w:?}");
            hits += usize::from(lex.ends_in_compound_title(w));
        }
        assert!(hits > 100, "compound titles exercised: {hits}");
        assert!(lex.is_title("garnalenvisser") && lex.is_title("mayor"));
        assert!(!lex.is_title("abvisser") && !lex.is_title("jansen"));
    }

    #[test]
    fn function_words_are_the_union_of_their_lists() {
        for lex in all()
            .languages
            .iter()
            .map(|(_, l)| l)
            .chain([&all().merged])
        {
            let lists = [
                &lex.function_words,
                &lex.pronouns,
                &lex.speech_verbs,
                &lex.definite,
                &lex.indefinite,
            ];
            let mut words: Vec<&String> = lists.iter().flat_map(|l| l.iter()).collect();
            words.extend(lex.titles.iter().chain(&lex.particles));
            for w in words {
                assert_eq!(
                    lex.is_function_word(w),
                    lists.iter().any(|l| l.contains(w.as_str())),
                    "{w:?}"
                );
            }
        }
    }

    #[test]
    fn class_bits_equal_the_set_lookups_for_lexicon_and_text_words() {
        let seed = include_str!("../../tests/fixtures/seed.txt");
        for lex in all()
            .languages
            .iter()
            .map(|(_, l)| l)
            .chain([&all().merged])
        {
            let sets = lex.class_sets();
            let mut words: Vec<String> = sets
                .iter()
                .flat_map(|(s, _)| s.iter().cloned())
                .chain(lex.split_verbs.keys().cloned())
                .collect();
            words.extend(
                seed.split(|c: char| !c.is_alphanumeric() && !matches!(c, '’' | '\'' | '.' | '-'))
                    .map(String::from),
            );
            words.extend(
                [
                    "",
                    "İstanbul",
                    "ΟΔΟΣ",
                    "Één",
                    "\u{212a}ing",
                    "abcdefghijklmnopqrstuvwxyz",
                ]
                .map(String::from),
            );
            let variants: Vec<String> = words
                .iter()
                .flat_map(|w| {
                    let mut cap = w.chars();
                    let capital = cap
                        .next()
                        .map(|c| c.to_uppercase().chain(cap).collect::<String>());
                    [Some(w.clone()), Some(w.to_uppercase()), capital]
                })
                .flatten()
                .collect();
            for w in &variants {
                let c = lex.classes(w);
                let low = w.to_lowercase();
                for (set, class) in &sets {
                    assert_eq!(c.is(*class), set.contains(&low), "{w:?} {class:?}");
                    assert_eq!(c.is_exact(*class), set.contains(w), "{w:?} {class:?}");
                }
                let split = lex.split_verbs.contains_key(&low);
                assert_eq!(c.is(Class::SplitVerb), split, "{w:?}");
                assert_eq!(c.is_ascii(), w.is_ascii(), "{w:?}");
                let title = lex.is_title(&low) || is_hyphenated_noun(w);
                assert_eq!(lex.is_title_word(w, c), title, "{w:?}");
            }
        }
    }

    #[test]
    fn words_split_like_split_whitespace() {
        for text in [
            "",
            "  ",
            "one",
            " two  words ",
            "\u{a0}nbsp\u{a0}é\u{2003}em\u{b}vt\u{85}nel ‘quote’,",
            "tab\tnew\nline\r\u{c}end",
        ] {
            let ours: Vec<&str> = Words(text).collect();
            let std: Vec<&str> = text.split_whitespace().collect();
            assert_eq!(ours, std, "{text:?}");
        }
        let pieces = [
            " ", "a", "Zegt", "\u{a0}", "\u{2003}", "é", "\n", "’", "\u{b}", ".",
        ];
        for text in crate::bytescan::pseudo_random_texts(7, &pieces, 500, 12) {
            let ours: Vec<&str> = Words(&text).collect();
            assert_eq!(
                ours,
                text.split_whitespace().collect::<Vec<_>>(),
                "{text:?}"
            );
        }
    }

    #[test]
    fn function_words_are_looked_up_lower_cased() {
        let all = all();
        let nl = all.languages.iter().position(|(c, _)| *c == "nl").unwrap();
        assert_eq!(all.languages_of("HET").map(|l| l >> nl & 1), Some(1));
        assert_eq!(all.languages_of("Het"), all.languages_of("het"));
        assert_eq!(all.languages_of("Zonneschijnverklaring"), None);
        assert_eq!(
            all.languages_of("INTEGENDEEL"),
            all.languages_of("integendeel")
        );
        assert!(all.languages_of("integendeel").is_some());
        assert_eq!(all.languages_of("het,"), None);
        assert_eq!(all.languages_of("‘het"), None);
        assert_eq!(all.languages_of("oo\u{212a}"), all.languages_of("ook"));
        assert_eq!(short_ascii_key(b"AZaz@[`{"), short_ascii_key(b"azaz@[`{"));
        assert_ne!(short_ascii_key(b"@"), short_ascii_key(b"`"));
    }

    #[test]
    fn language_is_detected_from_function_words() {
        let nl = "De minister zegt dat het kabinet er niet uit is en dat er over een week een besluit komt. ".repeat(3);
        let en = "The minister said that the cabinet has not decided and that there will be a decision in a week. ".repeat(3);
        assert_eq!(
            Lexicon::detect([nl.as_str()].into_iter()).language(),
            Some("nl")
        );
        assert_eq!(
            Lexicon::detect([en.as_str()].into_iter()).language(),
            Some("en")
        );
        assert_eq!(Lexicon::detect(["Hallo"].into_iter()).language(), None);
    }

    #[test]
    fn a_decisive_lead_ends_detection_before_the_word_limit() {
        assert!(decided(&[DETECT_LEAD + 5, 5]));
        assert!(!decided(&[DETECT_LEAD + 5, 6]));
        // A clearly Dutch opening decides, though an English passage follows within
        // the first 300 words that would have outnumbered it.
        let nl = "De minister zegt dat het kabinet er niet uit is en dat er over een week een besluit komt. ".repeat(4);
        let en = "The minister said that the cabinet has not decided and that there will be a decision in a week. ".repeat(12);
        let texts = [nl.as_str(), en.as_str()];
        assert_eq!(Lexicon::detect(texts.into_iter()).language(), Some("nl"));
    }
}
