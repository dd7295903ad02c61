//! Reporting constructions around one quote: who the speech verb or marker governs.
//!
//! Three places are read, each a bounded window of the block text:
//! - after the quote: `‘…’, zegt [rol] X`, `"…," X said`, `‘…’, aldus X`;
//! - before it, in the same sentence: `X zegt: ‘…’`, `X said, "…"`, `X told reporters "…"`;
//! - the sentence before a verb-less quote: `…, meent X. ‘…’`, `X wijst op een reden. ‘…’`.
//!
//! The agent is what the verb governs, not the nearest name: role words between verb
//! and name are skipped and kept as the role, pronouns and role nouns are returned as
//! such for the caller to resolve.

use super::lexicon::{Class, Lexicon};
use super::lower::lower;
use super::names::{name_run_at, NameRun};
use super::sentences::{sentence_end, sentence_start};
use super::tokens::{Token, Tokenized};

/// Longest role phrase (in words) read between a speech verb and a name.
const MAX_ROLE_WORDS: usize = 8;
/// Longest appositive (in words) read after a name.
const MAX_APPOSITIVE_WORDS: usize = 16;

/// Most words of the one spoken to after a speech verb's subject (`zei de raadsman tegen
/// De Telegraaf dat`).
const ADDRESSEE_WORDS: usize = 6;
/// How far (bytes) after a quote an attribution is looked for.
const AFTER_REACH: usize = 300;

/// Who a reporting construction names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Who {
    /// A name, with the role the same construction gives (`onafhankelijk expert`).
    Name {
        /// The name as written (`Anna de Vries`, `De Vries`).
        name: String,
        /// The role phrase, if any.
        role: Option<String>,
        /// Byte offset of the name in the block.
        at: usize,
    },
    /// A personal pronoun (`hij`, `she`): the person the text is about.
    Pronoun,
    /// A definite role noun phrase (`de minister`, `the prime minister`), lower case:
    /// someone introduced earlier. It may run on into the verb (`wethouder begrijpt`);
    /// resolution tries its words from the last.
    RoleNoun(String),
    /// An unnamed source (`a spokesman`, `officials`): nobody to name.
    Nobody,
}

/// True for punctuation that ends a clause for attribution purposes.
fn ends_clause(t: &Token) -> bool {
    !t.word && matches!(t.text, "." | ";" | ":" | "!" | "?" | "…") || is_quote_token(t)
}

/// True for a quote-mark token.
fn is_quote_token(t: &Token) -> bool {
    !t.word
        && matches!(
            t.text,
            "‘" | "’" | "“" | "”" | "„" | "\"" | "'" | "«" | "»" | "‹" | "›" | "‚"
        )
}

/// True for a definite or indefinite article (`de`, `a`).
pub(super) fn is_article(lex: &Lexicon, t: &Token) -> bool {
    let c = lex.classes(t.text);
    c.is(Class::Definite) || c.is(Class::Indefinite)
}

/// True for a lower-case word that may be part of a name or role (not a function word).
fn is_lower_content(lex: &Lexicon, t: &Token) -> bool {
    t.is_lower() && !lex.classes(t.text).is(Class::NonName)
}

/// Index of the first clause-ending token at or after `i`.
fn clause_end(tokens: &[Token], i: usize) -> usize {
    tokens[i.min(tokens.len())..]
        .iter()
        .position(ends_clause)
        .map_or(tokens.len(), |p| i + p)
}

/// True when token `i` is a speech verb (a separable one needs its particle in the clause).
pub fn is_verb_at(lex: &Lexicon, tokens: &[Token], i: usize) -> bool {
    let Some(t) = tokens.get(i).filter(|t| t.word) else {
        return false;
    };
    let c = lex.classes(t.text);
    // `Her answer was brisk`, `the reply`: after a determiner the word is a noun.
    let determiner = || {
        i.checked_sub(1).map(|d| tokens[d]).is_some_and(|d| {
            d.word && (is_article(lex, &d) || lex.possessives.contains(&*d.lower()))
        })
    };
    if c.is(Class::SpeechVerb) {
        return !determiner();
    }
    if !c.is(Class::SplitVerb) {
        return false;
    }
    let Some(particles) = lex.split_verbs.get(&*t.lower()) else {
        return false;
    };
    let end = clause_end(tokens, i + 1);
    tokens[i + 1..end]
        .iter()
        .any(|t| particles.iter().any(|p| t.text.eq_ignore_ascii_case(p)))
}

/// Length in tokens of the attribution marker starting at `i` (`aldus`, `according to`).
pub(super) fn marker_at(lex: &Lexicon, tokens: &[Token], i: usize) -> Option<usize> {
    lex.markers
        .iter()
        .find(|m| {
            m.iter().enumerate().all(|(k, w)| {
                tokens
                    .get(i + k)
                    .is_some_and(|t| t.word && t.text.eq_ignore_ascii_case(w))
            })
        })
        .map(Vec::len)
}

/// Text of tokens `a..b` as written in the block.
fn slice<'a>(text: &'a str, tokens: &[Token], a: usize, b: usize) -> &'a str {
    match (tokens.get(a), b.checked_sub(1).and_then(|l| tokens.get(l))) {
        (Some(first), Some(last)) if a < b => &text[first.start()..last.end()],
        _ => "",
    }
}

/// The appositive after a name ending at token `i`: `, onderzoeker aan het … in Utrecht`.
pub(super) fn appositive(lex: &Lexicon, text: &str, tokens: &[Token], i: usize) -> Option<String> {
    if !tokens.get(i)?.is_punct(',') {
        return None;
    }
    let mut a = i + 1;
    if tokens.get(a).is_some_and(|t| is_article(lex, t)) {
        a += 1;
    }
    let first = tokens.get(a)?;
    let c = lex.classes(first.text);
    let starts_ok = first.word
        && !c.is(Class::FunctionWord)
        && !c.is(Class::Pronoun)
        && !is_verb_at(lex, tokens, a)
        && !first.lower().ends_with("ing")
        && (first.is_lower() || tokens.get(a + 1).is_some_and(Token::is_lower));
    if !starts_ok {
        return None;
    }
    let end = tokens[a..]
        .iter()
        .position(|t| ends_clause(t) || t.is_punct(',') || t.is_punct('('))
        .map_or(tokens.len(), |p| a + p);
    // An appositive closes with a comma or the sentence; one running into a colon or
    // a quote (`Jenny Hale, put it to her:`) is the rest of the clause.
    let closed = tokens.get(end).is_none_or(|t| {
        [',', '(', '.', '!', '?', ';']
            .iter()
            .any(|&c| t.is_punct(c))
    });
    if end - a > MAX_APPOSITIVE_WORDS || !closed {
        return None;
    }
    Some(slice(text, tokens, a, end).to_string())
}

/// The first token from `from` (before `end`) that ends a noun phrase: punctuation or
/// a speech verb.
fn phrase_end(lex: &Lexicon, tokens: &[Token], from: usize, end: usize) -> usize {
    (from..end)
        .find(|&k| !tokens[k].word || is_verb_at(lex, tokens, k))
        .unwrap_or(end)
}

/// Reads the agent starting at token `i`: a pronoun, `[article] [role words] Name`, or
/// a role noun phrase. Returns the agent and the index just past it.
pub fn agent_at(lex: &Lexicon, text: &str, tokens: &[Token], i: usize) -> Option<(Who, usize)> {
    let end = clause_end(tokens, i);
    let first = tokens.get(i).filter(|_| i < end)?;
    let c = lex.classes(first.text);
    // `haar woordvoerder X`: a possessive before a noun is a determiner, not the agent.
    let determiner =
        c.is(Class::Possessive) && tokens.get(i + 1).is_some_and(|n| is_lower_content(lex, n));
    if c.is(Class::Pronoun) && !determiner {
        return Some((pronoun_agent(lex, first), i + 1));
    }
    // `One of them, a retired decorator, wrote`, `een van de deelnemers`: one of a
    // group, unnamed.
    let of_group = c.is(Class::Indefinite)
        && tokens
            .get(i + 1)
            .is_some_and(|n| n.is_lower() && lex.classes(n.text).is(Class::RolePreposition));
    if of_group {
        let past = phrase_end(lex, tokens, i + 2, end);
        return Some((Who::Nobody, past));
    }
    let mut j = i;
    let mut definite = None;
    if c.is(Class::Definite) {
        definite = Some(true);
        j += 1;
    } else if c.is(Class::Indefinite) || determiner {
        definite = Some(false);
        j += 1;
    }
    let role_start = j;
    let mut last_noun: Option<usize> = None;
    // Set after a possessive name (`Obama’s spokesman`): the noun phrase is definite
    // but names no one by itself.
    let mut possessed = false;
    while j < end && j - role_start <= MAX_ROLE_WORDS {
        let t = tokens[j];
        if !t.word {
            break;
        }
        // `the 29-year-old said`, `de 58-jarige Lochemer zegt`: the person the text is
        // about, as a pronoun would say.
        if definite == Some(true) && j == role_start && lex.is_age_noun(t.text) {
            let past = phrase_end(lex, tokens, j + 1, end);
            return Some((Who::Pronoun, past));
        }
        // `Minister for Housing Deirdre Costigan said`: a capitalised title is a role
        // word; its role preposition's object and the name follow (the object may be
        // one word with a preposition of its own: `Secretary of State for Wales Jo
        // Stevens`).
        let object_word = j > role_start && is_role_preposition(lex, &tokens[j - 1]);
        let object = t.is_cap() && object_word && has_object(lex, tokens, j + 1);
        if object || titled_object(lex, tokens, j) {
            j += 2;
            continue;
        }
        if let Some(run) = name_run_at(lex, tokens, j) {
            let after = tokens.get(run.end);
            // (The name the adjective goes with comes before a comma opening a new
            // clause: `Rao hit back, saying the Conservative …` has no adjective, `the
            // Castlebridge manager, Gary Reid` has.)
            let rest = &tokens[run.end..end];
            let clause = rest
                .windows(2)
                .position(|w| w[0].is_punct(',') && w[1].is_lower())
                .map_or(rest.len(), |p| p + 1);
            let adjective = !run.possessive
                && run.caps == 1
                && run.end < end
                && after.is_some_and(|n| is_lower_content(lex, n))
                && rest[..clause].iter().any(Token::is_cap);
            if adjective {
                // `de Amerikaanse minister …`: a capitalised adjective inside the role.
                j = run.end;
                continue;
            }
            // `says Wester Ross councillor`: a place before a role noun that ends the
            // clause names where the role is held; the role noun is the agent.
            let role_after = run.before_role_noun(lex, tokens)
                && tokens
                    .get(run.end + 1)
                    .is_none_or(|t| !t.word || is_verb_at(lex, tokens, run.end + 1));
            if role_after {
                let noun = tokens[run.end].lower().into_owned();
                return Some((Who::RoleNoun(noun), run.end + 1));
            }
            // `said Kessler Wright analyst Priya Raman`: a firm or place, its role noun,
            // then the name holding it.
            if run.before_role_holder(lex, tokens) {
                j = run.end + 1;
                continue;
            }
            // `said Carver’s department had …`: a possessive name before a noun is the
            // noun's determiner; the agent is whatever the noun phrase names.
            if run.possessive && after.is_some_and(|n| is_lower_content(lex, n)) {
                possessed = true;
                j = run.end;
                continue;
            }
            // `het ministerie van Volksgezondheid`, `the Department of Health`: a name
            // after an organisation noun is the organisation's; no person speaks.
            let org_noun = tokens[role_start..j]
                .iter()
                .any(|t| t.is_lower() && lex.is_organisation(t.text));
            if org_noun {
                let past = phrase_end(lex, tokens, run.end, end);
                return Some((Who::Nobody, past));
            }
            // `een woordvoerder van Zorgverzekeraars Nederland`, `a Department for
            // Education spokesperson`: after an indefinite article, a name after the
            // noun or before more of it names the employer, not the unnamed person.
            let modifier = || {
                tokens[run.end..end]
                    .iter()
                    .take_while(|t| t.word)
                    .any(|t| is_lower_content(lex, t))
            };
            if c.is(Class::Indefinite) && (last_noun.is_some() || modifier()) {
                let past = phrase_end(lex, tokens, run.end, end);
                return Some((Who::Nobody, past));
            }
            // `Sinn Féin TD for Roscommon Ciarán Mulvihill`: a run ending in a title (a
            // party before it; letters like `TD` are left out of a name run) with a
            // role preposition's object after it.
            let tail = run.end + usize::from(after.is_some_and(|a| titled(lex, a)));
            if tail > j + 1 && titled_object(lex, tokens, tail - 1) {
                j = tail + 1;
                continue;
            }
            // `the TD said`, `the Minister said`: a capitalised title alone after a
            // lower-case definite article is a role noun (`De Boer` is a name).
            let article = first.is_lower() && definite == Some(true);
            if article && run.end == j + 1 && titled(lex, &t) {
                last_noun = Some(j);
                j += 1;
                continue;
            }
            // `The FA said`, `the BBC reported`: a name right after a definite article
            // is an organisation's, and no person speaks (`De Vries`: `De` is a particle).
            if definite == Some(true) && j == role_start && !c.is(Class::Particle) {
                return Some((Who::Nobody, run.end));
            }
            let (name_first, name) = split_long_run(lex, tokens, &run);
            let pre_role = slice(text, tokens, role_start, name_first)
                .trim()
                .to_string();
            let role = if pre_role.is_empty() {
                appositive(lex, text, tokens, run.end)
            } else {
                Some(pre_role)
            };
            return Some((
                Who::Name {
                    name,
                    role,
                    at: tokens[name_first].start(),
                },
                run.end,
            ));
        }
        let tc = lex.classes(t.text);
        if tc.is(Class::NonName) && !tc.is(Class::Particle) && t.is_lower() {
            // `a relative of Kayla Brennan, who …, said`: the name is the noun's
            // object; the unnamed relative is the agent.
            let object =
                c.is(Class::Indefinite) && last_noun.is_some() && tc.is(Class::RolePreposition);
            if let Some(run) = name_run_at(lex, tokens, j + 1).filter(|_| object) {
                return Some((Who::Nobody, run.end));
            }
            break;
        }
        if t.is_lower() {
            last_noun = Some(j);
        }
        j += 1;
    }
    let noun = last_noun?;
    // `said the Castlebridge manager, Gary Reid.`: a full name in apposition right
    // after the role phrase is the person holding it.
    if (definite == Some(true) || possessed) && tokens.get(j).is_some_and(|t| t.is_punct(',')) {
        if let Some(run) = name_run_at(lex, tokens, j + 1).filter(|r| r.caps >= 2) {
            let closes = tokens.get(run.end).is_none_or(|t| !t.word);
            if closes && !run.possessive {
                let (first, name) = split_long_run(lex, tokens, &run);
                let role = slice(text, tokens, role_start, j).trim().to_string();
                let who = Who::Name {
                    name,
                    role: Some(role),
                    at: tokens[first].start(),
                };
                return Some((who, run.end));
            }
        }
    }
    match definite {
        // `De natuurorganisatie laat weten`, `the company said`: an organisation, not a
        // role someone holds.
        Some(true) if lex.is_organisation(tokens[noun].text) => Some((Who::Nobody, noun + 1)),
        Some(true) => {
            let phrase = tokens[role_start..=noun]
                .iter()
                .filter(|t| t.is_lower() || titled(lex, t))
                .map(Token::lower)
                .collect::<Vec<_>>()
                .join(" ");
            Some((Who::RoleNoun(phrase), noun + 1))
        }
        _ => Some((Who::Nobody, noun + 1)),
    }
}

/// A run of more than three capitalised words holds a capitalised role before the name
/// (`Buitenlandse Zaken Karel Smit`): the name is its last two words.
///
/// After a preposition (`minister van Financiën Anna de Vries`, `secretary of State
/// Antony Blinken`) a run of three capitalised words starts with the role's object.
pub fn split_long_run(lex: &Lexicon, tokens: &[Token], run: &NameRun) -> (usize, String) {
    shortened_run(lex, tokens, run).unwrap_or_else(|| (run.first, run.name.clone()))
}

/// [`split_long_run`] when it shortens the run: the first token and the name kept;
/// `None` when the whole run is the name.
pub fn shortened_run(lex: &Lexicon, tokens: &[Token], run: &NameRun) -> Option<(usize, String)> {
    let after_preposition = run.first > 0
        && tokens[run.first - 1].is_lower()
        && lex
            .classes(tokens[run.first - 1].text)
            .is_exact(Class::RolePreposition);
    let keep = if run.caps > 3 || (after_preposition && run.caps == 3) {
        2
    } else {
        return None;
    };
    let caps: Vec<usize> = (run.first..run.end)
        .filter(|&k| tokens[k].is_cap())
        .collect();
    let first = caps[caps.len() - keep];
    // Keep a particle right before the surname with the name (`Anna de Vries`).
    let name = tokens[first..run.end]
        .iter()
        .map(|t| t.stem())
        .collect::<Vec<_>>()
        .join(" ");
    Some((first, name))
}

/// The agent of the verb at token `v`, read before it: a clause-initial agent reaching
/// up to the verb (`Bestuurder Ahmed Yilmaz van FNV Zorg zegt`, `Smith, a professor at
/// Yale, said`, `Deila zelf reageerde`), else the name, pronoun or role noun right
/// before the verb (`… Smith said`, with at most one adverb between).
fn agent_before(
    lex: &Lexicon,
    text: &str,
    tokens: &[Token],
    start: usize,
    v: usize,
) -> Option<Who> {
    let mut s = start;
    while tokens.get(s).is_some_and(|t| !t.word) || tokens.get(s).is_some_and(|t| is_conjunction(t))
    {
        s += 1;
    }
    // `the daughter of another victim, who asked not to be named, said`: whoever the
    // subject is, the text does not name them.
    if s < v && names_no_one(lex, slice(text, tokens, s, v)) {
        return Some(Who::Nobody);
    }
    // `Deutsche Bahn's head of human resources, Katrin Oberlaender, told`: the name
    // is the appositive of the role phrase before it.
    if let Some((open, run)) = appositive_name(lex, tokens, s, v) {
        let from = tokens[s..open]
            .iter()
            .rposition(|t| t.is_possessive() || !t.word)
            .map_or(s, |p| s + p + 1);
        let from = from + usize::from(tokens.get(from).is_some_and(|t| is_article(lex, t)));
        let (first, name) = split_long_run(lex, tokens, &run);
        let role = slice(text, tokens, from, open).trim();
        return Some(Who::Name {
            name,
            role: (!role.is_empty()).then(|| role.to_string()),
            at: tokens[first].start(),
        });
    }
    // `Een woordvoerder van het ministerie van …`, `A spokesperson for the …`: an
    // unnamed person, however long the noun phrase runs before the verb.
    // (Also after a leading phrase: `Outside court, a spokesperson for the star said`.)
    let clause = after_last_comma(tokens, s, v);
    let unnamed = |a: usize| {
        tokens
            .get(a)
            .is_some_and(|t| lex.classes(t.text).is(Class::Indefinite))
            && tokens.get(a + 1).is_some_and(|n| lex.is_title(&n.lower()))
            && a + 1 < v
    };
    if unnamed(s) || unnamed(clause) {
        return Some(Who::Nobody);
    }
    if s < v {
        if let Some((who, end)) = agent_at(lex, text, tokens, s) {
            if let Some(who) = reaches_verb(lex, text, tokens, who, end, v) {
                return Some(who);
            }
        }
    }
    // `Jonas Vos zag het concert en vertelt: ‘…’`, `X is positief maar waarschuwt`: a
    // verb coordinated with the sentence's first one shares its subject.
    let coordinated = v > s && tokens[v - 1].is_lower() && is_conjunction(&tokens[v - 1]);
    if coordinated {
        if let Some((who @ (Who::Name { .. } | Who::Pronoun), _)) = agent_at(lex, text, tokens, s) {
            return Some(who);
        }
    }
    // `Raman-Lowe hit back, saying …`: a participle after a comma speaks for the
    // sentence's subject.
    let participle = v > s
        && tokens[v - 1].is_punct(',')
        && lex
            .participle_endings
            .iter()
            .any(|e| tokens[v].lower().ends_with(e.as_str()));
    if participle {
        if let Some((who @ (Who::Name { .. } | Who::Pronoun | Who::RoleNoun(_)), _)) =
            agent_at(lex, text, tokens, s)
        {
            return Some(who);
        }
    }
    // `Callum Fair, the Labour MP for Weald, who said`, `Jan Bos, die zei`: the relative
    // pronoun stands for the person it follows.
    let relative = v >= 2
        && tokens[v - 1].is_lower()
        && lex.relative_pronouns.contains(&*tokens[v - 1].lower())
        && tokens[v - 2].is_punct(',');
    if relative {
        let k = v - 2;
        let appositive_open = tokens[..k]
            .iter()
            .rposition(|t| t.is_punct(','))
            .filter(|&o| o > 0 && k - o <= MAX_APPOSITIVE_WORDS)
            .filter(|&o| tokens.get(o + 1).is_some_and(|t| t.is_lower()));
        let end = appositive_open.unwrap_or(k);
        return name_ending_at(lex, tokens, end.checked_sub(1)?).map(|who| match who {
            Who::Name { name, at, .. } => Who::Name {
                name,
                role: appositive_open.and_then(|o| appositive(lex, text, tokens, o)),
                at,
            },
            other => other,
        });
    }
    let k = v.checked_sub(1)?;
    let t = tokens[k];
    if t.is_punct(',') {
        // An appositive between commas: find the name before the opening comma.
        let open = tokens[..k]
            .iter()
            .rposition(|t| t.is_punct(','))
            .filter(|&o| k - o <= MAX_APPOSITIVE_WORDS && o > 0)?;
        let who = name_ending_at(lex, tokens, open - 1)?;
        return Some(match who {
            Who::Name { name, at, .. } => Who::Name {
                name,
                role: appositive(lex, text, tokens, open),
                at,
            },
            other => other,
        });
    }
    if let Some(who) = name_ending_at(lex, tokens, k) {
        // `Det Insp Kerry Bamford of Isle of Wight Constabulary said`: the person before
        // the employer speaks.
        if matches!(&who, Who::Name { name, .. } if lex.is_organisation(name)) {
            if let Some(person) = person_before_employer(lex, tokens, s, k) {
                return Some(person);
            }
        }
        return Some(who);
    }
    // One adverb between subject and verb.
    if t.is_lower() && !lex.classes(t.text).is(Class::ThatWord) && k > 0 {
        return name_ending_at(lex, tokens, k - 1);
    }
    None
}

/// The token after the last comma of `tokens[s..k]`, or `s`: where the clause ending at
/// `k` starts.
fn after_last_comma(tokens: &[Token], s: usize, k: usize) -> usize {
    tokens[s..k]
        .iter()
        .rposition(|t| t.is_punct(','))
        .map_or(s, |p| s + p + 1)
}

/// The first full name of the clause that ends at token `k` (after its last comma, from
/// `s`) when a role preposition follows it (`Kerry Bamford of …`): a person named with
/// their employer.
fn person_before_employer(lex: &Lexicon, tokens: &[Token], s: usize, k: usize) -> Option<Who> {
    let mut j = after_last_comma(tokens, s, k);
    while j < k {
        if let Some(run) = name_run_at(lex, tokens, j) {
            let employer = tokens
                .get(run.end)
                .is_some_and(|t| t.is_lower() && lex.classes(t.text).is(Class::RolePreposition));
            if run.caps >= 2 && employer && !lex.is_organisation(&run.name) {
                let (first, name) = split_long_run(lex, tokens, &run);
                return Some(Who::Name {
                    name,
                    role: None,
                    at: tokens[first].start(),
                });
            }
            j = run.end.max(j + 1);
        } else {
            j += 1;
        }
    }
    None
}

/// The name between the last two commas before the verb at `v`, after a role phrase
/// ending in a lower-case noun (`the union's chief negotiator, Paul Becker, said`):
/// the opening comma's index and the name run.
fn appositive_name(
    lex: &Lexicon,
    tokens: &[Token],
    s: usize,
    v: usize,
) -> Option<(usize, NameRun)> {
    let mut k = v.checked_sub(1).filter(|&k| tokens[k].is_punct(','))?;
    let mut open = tokens[..k].iter().rposition(|t| t.is_punct(','))?;
    // `His trainer, Mick Farrant, who has trained him for years, admitted`: past a
    // relative clause to the name it is about.
    let relative = tokens
        .get(open + 1)
        .is_some_and(|t| t.is_lower() && lex.relative_pronouns.contains(&*t.lower()));
    if relative {
        k = open;
        open = tokens[..k].iter().rposition(|t| t.is_punct(','))?;
    }
    // The role phrase needs a lower-case noun (`De gedeputeerde voor Mobiliteit, Monique
    // ter Haar, schreef`) or a capitalised title with its role preposition (`The
    // Minister for Housing, Deirdre Costigan, said`); a list of names is no role.
    let phrase = tokens.get(s..open).unwrap_or_default();
    let role_noun = phrase.iter().any(|t| is_lower_content(lex, t))
        || phrase
            .windows(2)
            .any(|w| titled_preposition(lex, &w[0], &w[1]));
    if open <= s || !role_noun {
        return None;
    }
    let run = name_run_at(lex, tokens, open + 1)?;
    (run.end == k && run.caps >= 2).then_some((open, run))
}

/// True when token `k` marks a credit or a byline (`Door`, `Photo`, `by` opening the
/// paragraph): a capitalised marker, or any at the block's start. A lower-case `by` or
/// `door` inside a sentence (`analysed by Dr Ruth Ellery`) credits no one.
pub fn is_credit_at(lex: &Lexicon, tokens: &[Token], k: usize) -> bool {
    tokens.get(k).is_some_and(|t| {
        t.word && (t.is_cap() || t.start() == 0) && lex.classes(t.text).is(Class::Credit)
    })
}

/// True when `clause` says its person is not named (`who asked not to be named`, `die
/// anoniem wil blijven`).
fn names_no_one(lex: &Lexicon, clause: &str) -> bool {
    // Most clauses are lower case after their first word: borrowed, not copied.
    let clause = lower(clause);
    lex.anonymity_markers
        .iter()
        .any(|m| clause.contains(m.as_str()))
}

/// True for a lower-case role preposition (`for`, `van`).
fn is_role_preposition(lex: &Lexicon, t: &Token) -> bool {
    t.is_lower() && lex.classes(t.text).is_exact(Class::RolePreposition)
}

/// True for a capitalised title word (`Minister`, `Wethouder`).
fn titled(lex: &Lexicon, t: &Token) -> bool {
    t.is_cap() && lex.is_title_word(t.text, lex.classes(t.text))
}

/// True when token `p` is a role preposition with a capitalised object after it (`for
/// Housing`).
fn has_object(lex: &Lexicon, tokens: &[Token], p: usize) -> bool {
    tokens
        .get(p)
        .zip(tokens.get(p + 1))
        .is_some_and(|(p, o)| is_role_preposition(lex, p) && o.is_cap())
}

/// True when token `k` is a capitalised title with a role preposition and its
/// capitalised object after it (`Minister for Housing`).
pub fn titled_object(lex: &Lexicon, tokens: &[Token], k: usize) -> bool {
    tokens.get(k).is_some_and(|t| titled(lex, t)) && has_object(lex, tokens, k + 1)
}

/// True for a capitalised title followed by its role preposition (`Minister for`).
fn titled_preposition(lex: &Lexicon, title: &Token, preposition: &Token) -> bool {
    titled(lex, title) && is_role_preposition(lex, preposition)
}

/// True for a conjunction or adverb that may open a clause before its subject.
fn is_conjunction(t: &Token) -> bool {
    matches!(
        t.lower().as_ref(),
        "ook" | "also" | "maar" | "but" | "en" | "and" | "toen" | "then"
    )
}

/// The agent ending at token `end` when only an appositive, a prepositional phrase
/// (`van FNV Zorg`, `of Texas`) or one adverb separates it from the verb at `v`.
fn reaches_verb(
    lex: &Lexicon,
    text: &str,
    tokens: &[Token],
    who: Who,
    end: usize,
    v: usize,
) -> Option<Who> {
    if end > v {
        return None;
    }
    let gap = &tokens[end..v];
    let adverb =
        gap.len() == 1 && gap[0].is_lower() && !lex.classes(gap[0].text).is(Class::ThatWord);
    let prepositional = !gap.is_empty()
        && gap.len() <= 6
        && gap[0].is_lower()
        && {
            let c = lex.classes(gap[0].text);
            c.is_exact(Class::RolePreposition) || c.is_exact(Class::Particle)
        }
        && gap.iter().all(|t| t.word);
    let apposition = gap.len() >= 2 && gap[0].is_punct(',') && gap[gap.len() - 1].is_punct(',');
    if !(gap.is_empty() || adverb || prepositional || apposition) {
        return None;
    }
    Some(match who {
        Who::Name {
            name,
            role: None,
            at,
        } if apposition => Who::Name {
            name,
            role: appositive(lex, text, tokens, end),
            at,
        },
        other => other,
    })
}

/// The agent a personal pronoun stands for: the writer's own (`ik`, `I`) names no one.
fn pronoun_agent(lex: &Lexicon, t: &Token) -> Who {
    if lex.first_person.contains(&*t.lower()) {
        Who::Nobody
    } else {
        Who::Pronoun
    }
}

/// The name, pronoun or role noun that ends at token `k`.
pub(super) fn name_ending_at(lex: &Lexicon, tokens: &[Token], k: usize) -> Option<Who> {
    let t = tokens.get(k)?;
    let c = lex.classes(t.text);
    if c.is(Class::Pronoun) {
        // `One of them, …, wrote`: an object pronoun is no subject.
        if lex.object_pronouns.contains(&*t.lower()) {
            return None;
        }
        return Some(pronoun_agent(lex, t));
    }
    // `Mountain Laurel’s administration said`: a possessive name is the determiner of
    // the noun after it, never the one speaking.
    if t.is_cap() && !t.is_possessive() {
        // Walk back over the run's capitalised words and particles.
        let mut s = k;
        while s > 0 {
            let p = tokens[s - 1];
            if (p.is_cap() && !lex.classes(p.text).is(Class::NonName))
                || (p.is_lower() && lex.is_particle(p.text))
            {
                s -= 1;
            } else {
                break;
            }
        }
        while s < k && !tokens[s].is_cap() {
            s += 1;
        }
        // `wearing a Morales T-shirt, who …, said`: after an article it is a thing.
        if s > 0 && tokens[s - 1].is_lower() && is_article(lex, &tokens[s - 1]) {
            return None;
        }
        // `het ministerie van Volksgezondheid laat weten`: the organisation's name.
        let of_org = s >= 2
            && lex.classes(tokens[s - 1].text).is(Class::RolePreposition)
            && lex.is_organisation(tokens[s - 2].text);
        if of_org {
            return Some(Who::Nobody);
        }
        // `The FA said`, `Het OM zegt`: an organisation speaks, no person (a capitalised
        // `De` is a particle: `De Vries zegt`).
        let article = s.checked_sub(1).map(|a| tokens[a]);
        if article.is_some_and(|a| {
            a.is_cap() && is_article(lex, &a) && !lex.classes(a.text).is(Class::Particle)
        }) {
            return Some(Who::Nobody);
        }
        let run = name_run_at(lex, tokens, s)?;
        if run.end != k + 1 {
            return None;
        }
        let (first, name) = split_long_run(lex, tokens, &run);
        return Some(Who::Name {
            name,
            role: None,
            at: tokens[first].start(),
        });
    }
    if t.is_lower() && !c.is(Class::NonName) {
        // `the senator said`, `a spokesman said`, `officials said`.
        let mut a = k;
        while a > 0 && is_lower_content(lex, &tokens[a - 1]) {
            a -= 1;
        }
        let before = a.checked_sub(1).map(|a| lex.classes(tokens[a].text));
        return match before {
            // `the charity said`: an organisation, not a role someone holds.
            Some(b) if b.is(Class::Definite) && lex.is_organisation(t.text) => Some(Who::Nobody),
            Some(b) if b.is(Class::Definite) => Some(Who::RoleNoun(t.lower().into_owned())),
            Some(b) if b.is(Class::Indefinite) => Some(Who::Nobody),
            // `Deila zelf reageerde`: an adverb after a name, not a noun.
            Some(_) if tokens[a - 1].is_cap() => None,
            _ => Some(Who::Nobody),
        };
    }
    None
}

/// The attribution right after a quote that closes at byte `from`, read up to `limit`
/// (the next quote's opening mark or the block end).
pub fn after_cue(lex: &Lexicon, block: &Tokenized, from: usize, limit: usize) -> Option<Who> {
    let text = block.text;
    let to = sentence_end(lex, text, from, limit.min(from + AFTER_REACH));
    let tokens = block.window(lex, from, to);
    let mut i = 0;
    while tokens
        .get(i)
        .is_some_and(|t| t.is_punct(',') || t.is_punct('—') || t.is_punct('–') || t.is_punct('-'))
    {
        i += 1;
    }
    if tokens.get(i).is_some_and(|t| !t.word) {
        return None;
    }
    // `‘…?’ Ze denkt even na.`, `“…?” The organiser laughs.`: after a quote that ends
    // its sentence, a capitalised pronoun or article opens the next one (a name may
    // still follow the quote: `“…?” Smith asked.`).
    let quoted = inside_closer(text, from);
    let closed = quoted.ends_with(['.', '?', '!', '…']);
    let opens_next = tokens.get(i).is_some_and(|t| {
        t.is_cap() && {
            let c = lex.classes(t.text);
            c.is(Class::Pronoun) || c.is(Class::Definite) || c.is(Class::Indefinite)
        }
    });
    if i == 0 && closed && opens_next {
        return None;
    }
    if let Some(n) = marker_at(lex, &tokens, i) {
        // A marker with no source after it (`‘…’, klinkt het.`) still makes the quote
        // speech; its source is the person the narration is about, like a pronoun.
        let who = agent_at(lex, text, &tokens, i + n).map(|(w, _)| w);
        return who.or(Some(Who::Pronoun));
    }
    if is_verb_at(lex, &tokens, i) {
        return agent_at(lex, text, &tokens, i + 1).map(|(w, _)| w);
    }
    if i == 0 && names_the_noun_after(lex, text, from, &tokens) {
        return None;
    }
    // `"…," X said` / `"…," the senator said` / `"…," Smith, a lawyer, said`.
    let end = clause_end(&tokens, i);
    let v =
        (i + 1..end.min(i + MAX_APPOSITIVE_WORDS + 4)).find(|&v| is_verb_at(lex, &tokens, v))?;
    // `“….” Price said she saw …`, `‘….’ Oosterhuis zei dat …`: after a quote that ends
    // its sentence, a verb reporting a clause of its own opens the next sentence.
    if i == 0 && closed && reports_a_clause(lex, &tokens, v) {
        return None;
    }
    // `“… the kit man.” Dunleavy laughed.`: a full stop inside the marks ends the
    // sentence; a name and a verb after it react to the quote (a tag takes a comma, or
    // follows a question or an exclamation).
    if i == 0 && quoted.ends_with('.') && tokens[i].is_cap() {
        return None;
    }
    agent_before(lex, text, &tokens, i, v)
}

/// `text` up to the closing mark(s) that end just before byte `from`: the quote's own
/// last characters.
fn inside_closer(text: &str, from: usize) -> &str {
    text[..from].trim_end_matches(['’', '”', '"', '\'', '»', '›'])
}

/// True when the speech verb at `v` goes on with a clause of its own: `that`/`dat`
/// or a subject pronoun right after it (`said she saw`, `zei dat hij`; not `asks him`).
fn reports_a_clause(lex: &Lexicon, tokens: &[Token], v: usize) -> bool {
    tokens.get(v + 1).is_some_and(|t| {
        let c = lex.classes(t.text);
        let subject = c.is(Class::Pronoun) && !lex.object_pronouns.contains(&*t.lower());
        t.is_lower() && (c.is(Class::ThatWord) || subject)
    })
}

/// True when the quote closing just before byte `from` names the plain noun right after
/// it (`the "Main Street Internet" bill says …`): no punctuation ends the quote or
/// stands between, and the next word is no pronoun, article, possessive or title
/// (`"…," she said`, `"…" the senator said`, `"…" his lawyer said`).
fn names_the_noun_after(lex: &Lexicon, text: &str, from: usize, tokens: &[Token]) -> bool {
    let quoted_end = inside_closer(text, from).chars().next_back();
    if quoted_end.is_none_or(|c| !c.is_alphanumeric()) {
        return false;
    }
    let Some(t) = tokens.first().filter(|t| t.is_lower()) else {
        return false;
    };
    let c = lex.classes(t.text);
    let person = c.is(Class::Pronoun)
        || c.is(Class::Definite)
        || c.is(Class::Indefinite)
        || c.is(Class::Possessive)
        || lex.is_title_word(t.text, c);
    !person
}

/// The attribution before a quote whose opening mark is at `open`, in its sentence from
/// `start` (its [`sentence_start`] after the previous quote's end). Returns the agent and
/// whether the construction ends in a colon or comma (`X zegt: ‘…’`, `X said, "…"`).
pub fn before_cue(
    lex: &Lexicon,
    block: &Tokenized,
    start: usize,
    open: usize,
) -> Option<(Who, bool)> {
    let text = block.text;
    let tokens = block.window(lex, start, open);
    let last = tokens.len().checked_sub(1)?;
    let punct = tokens[last].is_punct(':') || tokens[last].is_punct(',');
    let content_end = if punct { last } else { tokens.len() };
    if content_end == 0 {
        return None;
    }
    // `Naam: ‘…’` — a name and a colon (captions, interviews).
    if tokens[last].is_punct(':') {
        // `Wethouder: ‘…’`: a role noun alone stands for the one holding it.
        if last == 1 && lex.is_title(&tokens[0].lower()) {
            return Some((Who::RoleNoun(tokens[0].lower().into_owned()), true));
        }
        if let Some(run) = name_run_at(lex, &tokens, 0).filter(|r| r.end == last) {
            return Some((
                Who::Name {
                    name: run.name,
                    role: None,
                    at: tokens[0].start(),
                },
                true,
            ));
        }
    }
    if let Some(n) = marker_at(lex, &tokens, 0) {
        if let Some((who, after)) = agent_at(lex, text, &tokens, n) {
            if after + 1 >= content_end && punct {
                return Some((who, true));
            }
        }
    }
    // The last speech verb, close enough to the quote and not followed by `dat`/`that`.
    let reach = if punct { 9 } else { 4 };
    let lo = content_end.saturating_sub(reach);
    let mut v = (lo..content_end)
        .rev()
        .find(|&v| is_verb_at(lex, &tokens, v))?;
    if tokens[v + 1..content_end]
        .iter()
        .any(|t| t.is_lower() && lex.classes(t.text).is(Class::ThatWord))
    {
        return None;
    }
    // `In the same interview she was asked: ‘…’`: the subject is the one spoken to.
    // (`She said staff had been told about it ‘…’`: a speech verb before the passive
    // one reports the whole clause the quote runs on in.)
    let passive = |v: usize| {
        v.checked_sub(1)
            .is_some_and(|a| lex.passive_auxiliaries.contains(&*tokens[a].lower()))
    };
    if passive(v) {
        let earlier = (0..v)
            .rev()
            .find(|&u| is_verb_at(lex, &tokens, u) && !passive(u))
            .filter(|_| !punct);
        match earlier {
            Some(u) => v = u,
            None => return Some((Who::Nobody, punct)),
        }
    }
    // `noemt het een ‘…’`, `called it a "…"`: a fragment, not speech.
    let verb = lex.classes(tokens[v].text);
    let fragment = verb.is(Class::NamingVerb) || is_article(lex, &tokens[content_end - 1]);
    if !punct && fragment {
        return None;
    }
    if let Some(who) = agent_before(lex, text, &tokens, 0, v) {
        // `Later die avond schreef hij op X: ‘…’`: an adverbial before the verb, the
        // subject after it (Dutch inversion).
        let inverted = (who == Who::Nobody && !verb.is(Class::ObjectVerb))
            .then(|| agent_at(lex, text, &tokens, v + 1))
            .flatten()
            .filter(|(w, after)| *after <= content_end && *w != Who::Nobody);
        return Some((inverted.map_or(who, |(w, _)| w), punct));
    }
    if verb.is(Class::ObjectVerb) && !punct {
        return None;
    }
    agent_at(lex, text, &tokens, v + 1)
        .filter(|(_, after)| *after <= content_end)
        .map(|(w, _)| (w, punct))
}

/// The speech verb earlier in the quote's sentence that governs a quoted fragment
/// further on, where [`before_cue`] does not look: past `dat`/`that` or more than a few
/// words back (`Kok wijst erop dat de club „…” is geworden`, `said consumers should
/// expect prices to stay "…"`). The outer `None` when no speech verb governs it; the
/// inner one when the verb's agent is not found before it (or right after it, before
/// `dat`/`that` or a comma). `start` is the start of the quote's sentence.
pub fn governing_cue(
    lex: &Lexicon,
    block: &Tokenized,
    start: usize,
    open: usize,
) -> Option<Option<Who>> {
    let text = block.text;
    let tokens = block.window(lex, start, open);
    // After a colon or comma the quote stands apart (`before_cue` reads that); after an
    // article it is a noun phrase of the narrator's (`under a “red flag” warning`) —
    // unless, right after `dat`, the quote opens with a determiner of its own: then the
    // word was the pronoun `het` (`liet weten dat het „de uitkomst afwacht”`).
    let last = tokens.last()?;
    let pronoun = || {
        lex.classes(last.text).is(Class::Definite)
            && tokens.len() >= 2
            && lex
                .classes(tokens[tokens.len() - 2].text)
                .is(Class::ThatWord)
            && opens_with_determiner(lex, block, open)
    };
    if !last.word || (is_article(lex, last) && !pronoun()) {
        return None;
    }
    let v = (0..tokens.len())
        .rev()
        .find(|&v| is_verb_at(lex, &tokens, v))?;
    // `noemt het een ‘…’` and `zegt dat hij het ‘…’ noemt`: a name given, not words said.
    let naming = (v..tokens.len()).any(|k| is_naming_verb_at(lex, &tokens, k));
    if naming {
        return None;
    }
    let inverted = || {
        let (who, mut after) = agent_at(lex, text, &tokens, v + 1)?;
        // `zei de raadsman tegen De Telegraaf dat …`, `zei rechercheur X van de politie
        // dat …`: past the one spoken to or the employer.
        if tokens.get(after).is_some_and(|t| {
            let c = lex.classes(t.text);
            t.is_lower() && (c.is(Class::ObjectPreposition) || c.is(Class::RolePreposition))
        }) {
            after = (after + 1..tokens.len().min(after + ADDRESSEE_WORDS))
                .find(|&k| !tokens[k].word || lex.classes(tokens[k].text).is(Class::ThatWord))
                .unwrap_or(after);
        }
        let next = tokens.get(after)?;
        (next.is_punct(',') || (next.is_lower() && lex.classes(next.text).is(Class::ThatWord)))
            .then_some(who)
    };
    let who = match agent_before(lex, text, &tokens, 0, v) {
        // `Na de uitspraak zei de raadsman dat …`: an adverbial before the verb, the
        // subject after it (Dutch inversion).
        Some(Who::Nobody) if !lex.classes(tokens[v].text).is(Class::ObjectVerb) => inverted()
            .filter(|w| *w != Who::Nobody)
            .or(Some(Who::Nobody)),
        Some(who) => Some(who),
        None => inverted(),
    };
    Some(who)
}

/// True when the quote whose opening mark is at byte `open` starts with an article or
/// a possessive (`„de uitkomst …`, `‘his own …`).
fn opens_with_determiner(lex: &Lexicon, block: &Tokenized, open: usize) -> bool {
    let to = block.text.len().min(open + DETERMINER_REACH);
    let to = super::sentences::floor_char(block.text, to);
    let tokens = block.window(lex, open, to);
    tokens.iter().find(|t| t.word).is_some_and(|t| {
        t.is_lower() && (is_article(lex, t) || lex.classes(t.text).is(Class::Possessive))
    })
}

/// Bytes after an opening mark read for the quote's first word.
const DETERMINER_REACH: usize = 24;

/// True when a naming verb right before the quote at `open` makes it a fragment of the
/// narrator's sentence (`called the package "…"`, `noemen het ‘…’`, `spreekt van ,,…''`),
/// even with sentence punctuation inside the marks; not after a colon or comma. `start`
/// is the start of the quote's sentence, as for [`before_cue`].
pub fn naming_fragment(lex: &Lexicon, block: &Tokenized, start: usize, open: usize) -> bool {
    let tokens = block.window(lex, start, open);
    if tokens.last().is_none_or(|t| !t.word) {
        return false;
    }
    let lo = tokens.len().saturating_sub(4);
    (lo..tokens.len())
        .rev()
        .find(|&k| is_naming_verb_at(lex, &tokens, k))
        .is_some_and(|k| !(k + 1..tokens.len()).any(|v| is_verb_at(lex, &tokens, v)))
}

/// True when token `k` is a naming word (`called`, `its so-called`, `the term`,
/// `noemt`), not a noun someone owns (`defend his title ‘…’`). Participles and
/// compounds (`so-called`, `zogenaamde`, `named`) name whatever stands before them.
fn is_naming_verb_at(lex: &Lexicon, tokens: &[Token], k: usize) -> bool {
    let t = tokens[k];
    let noun = !t.text.contains('-') && !t.text.ends_with('d') && !t.text.ends_with("de");
    let owned = noun
        && k.checked_sub(1)
            .is_some_and(|d| tokens[d].word && lex.classes(tokens[d].text).is(Class::Possessive));
    t.word && lex.classes(t.text).is(Class::NamingVerb) && !owned
}

/// The attribution made by the sentence that ends just before `open` in `text`
/// (`…, meent X.` or `X wijst op een reden.`), read after `floor`. A sentence-initial
/// name without a speech verb is returned with `false` (a subject, not a reporting verb).
/// `terms` are the byte ranges (marks included) of quoted terms in the block: their
/// marks may stand in the sentence (`X noemt de plannen „kortzichtig”.`); any other
/// quote mark means the sentence is not plain narration.
pub fn previous_sentence(
    lex: &Lexicon,
    block: &Tokenized,
    floor: usize,
    open: usize,
    terms: &[(usize, usize)],
) -> Option<(Who, bool)> {
    let text = block.text;
    let end = text[..open].trim_end().len();
    if end <= floor {
        return None;
    }
    let start = sentence_start(lex, text, end.saturating_sub(1), floor);
    let tokens = block.window(lex, start, end);
    let in_term = |t: &Token| terms.iter().any(|&(a, b)| t.start() >= a && t.start() < b);
    if tokens.iter().any(|t| is_quote_token(t) && !in_term(t)) {
        return None;
    }
    // `Volgens de wethouder kost het …`, `According to Smith, …`.
    if let Some(n) = marker_at(lex, &tokens, 0) {
        if let Some((who, _)) = agent_at(lex, text, &tokens, n) {
            return Some((who, true));
        }
    }
    // `Een teler verliest volgens haar de helft.`: inside the sentence the source must be
    // a pronoun or a person the text knows (a name is returned as a subject, `false`,
    // so that `volgens het CBS` names no speaker).
    for k in 1..tokens.len() {
        let Some(n) = marker_at(lex, &tokens, k).filter(|_| !in_term(&tokens[k])) else {
            continue;
        };
        match agent_at(lex, text, &tokens, k + n) {
            Some((Who::Pronoun, _)) => return Some((Who::Pronoun, true)),
            Some((who @ Who::Name { .. }, _)) => return Some((who, false)),
            _ => break,
        }
    }
    // A speech verb: `…, meent X.` / `X zegt dat …`.
    for v in 0..tokens.len() {
        // A word inside a quoted term (`spreekt van ,,een schandalig besluit''`) is not
        // the sentence's verb.
        if !is_verb_at(lex, &tokens, v) || in_term(&tokens[v]) {
            continue;
        }
        if tokens
            .get(v.wrapping_sub(1))
            .is_some_and(|t| t.is_punct(','))
            || v == 0
        {
            // `X, hoogleraar aan …, noemt de plannen …`: the comma closes an appositive
            // after the subject, not an inverted attribution.
            if let Some(who @ Who::Name { .. }) = agent_before(lex, text, &tokens, 0, v) {
                return Some((who, true));
            }
            if let Some((who, _)) = agent_at(lex, text, &tokens, v + 1) {
                return Some((who, true));
            }
        }
        if let Some(who) = agent_before(lex, text, &tokens, 0, v) {
            return Some((who, true));
        }
    }
    // The sentence's subject: `Jansen ziet twee verklaringen.`, `She pointed out …`.
    let mut s = 0;
    if tokens.first().is_some_and(|t| {
        matches!(
            t.lower().as_ref(),
            "ook" | "also" | "maar" | "but" | "en" | "and"
        )
    }) {
        s = 1;
    }
    let first = tokens.get(s)?;
    if lex.classes(first.text).is(Class::Pronoun) {
        return Some((Who::Pronoun, false));
    }
    let run = name_run_at(lex, &tokens, s)?;
    if run.possessive {
        return None;
    }
    let (first, name) = split_long_run(lex, &tokens, &run);
    Some((
        Who::Name {
            name,
            role: appositive(lex, text, &tokens, run.end),
            at: tokens[first].start(),
        },
        false,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(who: Option<Who>) -> Option<(String, Option<String>)> {
        match who {
            Some(Who::Name { name, role, .. }) => Some((name, role)),
            _ => None,
        }
    }

    fn after(text: &str) -> Option<Who> {
        let lex = Lexicon::get();
        let skip = usize::from(text.starts_with('"'));
        let i = skip + text[skip..].find(['’', '”', '"']).unwrap();
        let from = i + text[i..].chars().next().unwrap().len_utf8();
        after_cue(lex, &Tokenized::new(lex, text), from, text.len())
    }

    fn before(text: &str) -> Option<(Who, bool)> {
        let lex = Lexicon::get();
        let open = text.find(['‘', '“', '"']).unwrap();
        let start = sentence_start(lex, text, open, 0);
        before_cue(lex, &Tokenized::new(lex, text), start, open)
    }

    #[test]
    fn a_role_noun_and_a_colon_is_a_role_not_a_name() {
        assert_eq!(
            before("Wethouder: ‘We hadden het eerder moeten doen.’"),
            Some((Who::RoleNoun("wethouder".into()), true))
        );
        assert_eq!(
            before("Minister: “No village will be cut off.”"),
            Some((Who::RoleNoun("minister".into()), true))
        );
        assert!(matches!(
            before("Veldhuis: ‘We gaan in beroep.’"),
            Some((Who::Name { .. }, true))
        ));
    }

    #[test]
    fn a_verb_coordinated_with_the_first_shares_its_subject() {
        for text in [
            "Jonas Vos (31) uit Bree zag het concert vanop de eerste rij en vertelt: ‘Ik huilde.’",
            "Tom Reed watched the show from the front row and says: “I cried.”",
        ] {
            let got = name(before(text).map(|(w, _)| w)).map(|(n, _)| n);
            assert!(
                matches!(got.as_deref(), Some("Jonas Vos" | "Tom Reed")),
                "{text}: {got:?}"
            );
        }
    }

    #[test]
    fn a_definite_organisation_noun_is_nobody_not_a_role() {
        assert_eq!(
            before("De natuurorganisatie laat in een reactie weten: ‘Nee.’"),
            Some((Who::Nobody, true))
        );
        assert_eq!(
            before("The charity said in a statement: “No.”"),
            Some((Who::Nobody, true))
        );
        assert_eq!(
            before("De wethouder zegt: ‘Nee.’"),
            Some((Who::RoleNoun("wethouder".into()), true))
        );
    }

    #[test]
    fn verb_then_role_words_then_name() {
        let got = name(after("‘Ja’, zegt onafhankelijk analist Pieter Jansen."));
        assert_eq!(
            got,
            Some(("Pieter Jansen".into(), Some("onafhankelijk analist".into())))
        );
        let got = name(after("“Yes,” said senior analyst John Doe."));
        assert_eq!(
            got,
            Some(("John Doe".into(), Some("senior analyst".into())))
        );
    }

    #[test]
    fn name_then_verb_after_the_quote() {
        assert_eq!(name(after("\"No,\" Smith said.")).unwrap().0, "Smith");
        assert_eq!(
            name(after("\"No,\" Jane Smith, a lawyer for the family, said.")),
            Some(("Jane Smith".into(), Some("lawyer for the family".into())))
        );
    }

    #[test]
    fn appositive_after_the_name_is_the_role() {
        let got = name(after(
            "‘Ja’, zegt Eva Smit, onderzoeker aan het Instituut voor Vrede in Gent.",
        ));
        assert_eq!(
            got,
            Some((
                "Eva Smit".into(),
                Some("onderzoeker aan het Instituut voor Vrede in Gent".into())
            ))
        );
    }

    /// True when the cue after the quote in `text` names someone.
    fn tags(text: &str) -> bool {
        matches!(after(text), Some(Who::Name { .. }))
    }

    #[test]
    fn a_verb_reporting_its_own_clause_after_a_closed_quote_opens_the_next_sentence() {
        for (text, tag) in [
            ("“I will pay it back.” Price said she saw remorse.", false),
            (
                "‘Ik betaal het terug.’ Oosterhuis zei dat hij spijt zag.",
                false,
            ),
            // A tag after the closed quote still attributes it.
            ("“Is it late?” Price asked him.", true),
            ("“It is late,” Price said she thought.", true),
        ] {
            assert_eq!(tags(text), tag, "{text}");
        }
    }

    #[test]
    fn a_name_after_a_full_stop_inside_the_marks_reacts_rather_than_tags() {
        for (text, tag) in [
            ("“And a physio.” Dunleavy laughed.", false),
            ("‘Dat is het.’ Jansen lacht.", false),
            ("“Is that all?” Dunleavy asked.", true),
            ("“And a physio,” Dunleavy said.", true),
        ] {
            assert_eq!(tags(text), tag, "{text}");
        }
    }

    #[test]
    fn an_age_as_noun_stands_for_the_person_meant() {
        assert_eq!(
            after("“Honestly? I will be at work,” the 29-year-old said."),
            Some(Who::Pronoun)
        );
        assert_eq!(
            after("‘Ik wilde het terugbetalen’, zegt de 58-jarige Lochemer."),
            Some(Who::Pronoun)
        );
        // An age before a name is the name's (`the 29-year-old Anna Smit`).
        assert!(matches!(
            after("“No,” said 29-year-old Anna Smit."),
            Some(Who::Name { .. })
        ));
    }

    #[test]
    fn capitalised_role_words_before_the_name_are_role() {
        let got = name(after(
            "‘Nee’, zegt de Amerikaanse minister van Buitenlandse Zaken Anna de Vries.",
        ));
        assert_eq!(
            got,
            Some((
                "Anna de Vries".into(),
                Some("Amerikaanse minister van Buitenlandse Zaken".into())
            ))
        );
    }

    #[test]
    fn pronouns_and_role_nouns_are_returned_for_resolution() {
        assert_eq!(after("‘Nee’, voegt ze eraan toe."), Some(Who::Pronoun));
        assert_eq!(after("“No,” she said."), Some(Who::Pronoun));
        assert_eq!(
            after("‘Nee’, zegt de minister."),
            Some(Who::RoleNoun("minister".into()))
        );
        assert_eq!(
            after("“No,” the senator said."),
            Some(Who::RoleNoun("senator".into()))
        );
        assert_eq!(after("“No,” a spokesman said."), Some(Who::Nobody));
    }

    #[test]
    fn markers_aldus_and_according_to() {
        assert_eq!(name(after("‘Klaar’, aldus Jansen.")).unwrap().0, "Jansen");
        assert_eq!(
            name(after("“Done,” according to Mary Jones.")).unwrap().0,
            "Mary Jones"
        );
    }

    #[test]
    fn klinkt_het_and_separable_rekent_voor_are_attributions() {
        // An organisation is the source, and no person is named.
        assert_eq!(
            after("“Het is te duur”, klinkt het bij vakbond ABVV."),
            Some(Who::Nobody)
        );
        assert_eq!(after("‘Het is te duur’, klinkt het."), Some(Who::Pronoun));
        assert_eq!(
            name(after("‘Dat is een uur rijden’, rekent Jansen voor."))
                .unwrap()
                .0,
            "Jansen"
        );
        assert_eq!(
            name(after("“Fine,” Ann Lee shrugged.")).unwrap().0,
            "Ann Lee"
        );
        assert_eq!(
            name(after("‘Zo gaat het’, verzucht Piet de Groot."))
                .unwrap()
                .0,
            "Piet de Groot"
        );
    }

    #[test]
    fn no_verb_after_the_quote_is_no_cue() {
        assert_eq!(after("Elke ‘wijk’ heeft een eigen karakter."), None);
        assert_eq!(after("‘Ja.’ Daarna ging Jansen naar huis."), None);
    }

    #[test]
    fn name_and_verb_before_the_quote() {
        let (who, punct) = before("Jansen zegt: ‘Dat klopt.’").unwrap();
        assert_eq!(name(Some(who)).unwrap().0, "Jansen");
        assert!(punct);
        let (who, _) = before("Daarover zegt Piet de Groot: ‘Dat klopt.’").unwrap();
        assert_eq!(name(Some(who)).unwrap().0, "Piet de Groot");
        let (who, punct) = before("Smith told reporters \"we are done here for now\".").unwrap();
        assert_eq!(name(Some(who)).unwrap().0, "Smith");
        assert!(!punct);
        assert_eq!(before("zei hij daarover: ‘Ja.’").unwrap().0, Who::Pronoun);
    }

    #[test]
    fn subject_after_the_verb_in_dutch_inversion() {
        assert_eq!(
            before("Later die avond schreef hij op X: ‘Dat klopt.’")
                .unwrap()
                .0,
            Who::Pronoun
        );
        let (who, _) = before("Vorige week zei minister Jan de Boer: ‘Dat klopt.’").unwrap();
        assert_eq!(name(Some(who)).unwrap().0, "Jan de Boer");
    }

    #[test]
    fn a_possessive_before_role_words_is_skipped_like_an_article() {
        assert_eq!(
            name(after("‘Dat klopt’, aldus haar woordvoerder Koos Mertens.")),
            Some(("Koos Mertens".into(), Some("woordvoerder".into())))
        );
        assert_eq!(
            name(after("“That is right,” said his lawyer Amy Stone.")),
            Some(("Amy Stone".into(), Some("lawyer".into())))
        );
        assert_eq!(after("‘Nee’, zegt haar."), Some(Who::Pronoun));
    }

    #[test]
    fn a_name_in_apposition_after_a_possessive_role_phrase() {
        assert_eq!(
            name(after(
                "\"No deal,\" the union's chief negotiator, Paul Becker, told reporters."
            )),
            Some(("Paul Becker".into(), Some("chief negotiator".into())))
        );
        assert_eq!(
            name(after(
                "“No deal,” the spokeswoman for the union, Els Peeters, said on Friday."
            )),
            Some((
                "Els Peeters".into(),
                Some("spokeswoman for the union".into())
            ))
        );
    }

    #[test]
    fn a_quote_after_a_naming_verb_is_a_fragment() {
        let lex = Lexicon::get();
        let frag = |t: &str| {
            let open = t.find(['‘', '“', '"']).unwrap();
            let start = sentence_start(lex, t, open, 0);
            naming_fragment(lex, &Tokenized::new(lex, t), start, open)
        };
        assert!(frag(
            "Ellis called the package \"welfare with a scarf on.\" He left."
        ));
        assert!(frag(
            "De vissers noemen het ‘de laatste zomer’, al zeggen ze dat al jaren."
        ));
        assert!(frag("Jansen spreekt van ‘een schandalig besluit’."));
        assert!(!frag("Jansen noemt het zo: ‘Een schandalig besluit.’"));
        assert!(!frag("Jansen zegt: ‘Een schandalig besluit.’"));
    }

    #[test]
    fn indirect_speech_before_a_fragment_is_no_cue() {
        assert_eq!(before("Hij zegt dat het ‘een ramp’ is."), None);
    }

    #[test]
    fn attribution_sentence_before_a_verbless_quote() {
        let lex = Lexicon::get();
        let t = "Toch staat ook dit onder druk, meent Jansen. ‘Het is onduidelijk.’";
        let open = t.find('‘').unwrap();
        let (who, verb) = previous_sentence(lex, &Tokenized::new(lex, t), 0, open, &[]).unwrap();
        assert_eq!(name(Some(who)).unwrap().0, "Jansen");
        assert!(verb);
        let t = "Jansen ziet twee verklaringen. ‘Er is een gevoel van neergang.’";
        let open = t.find('‘').unwrap();
        let (who, verb) = previous_sentence(lex, &Tokenized::new(lex, t), 0, open, &[]).unwrap();
        assert_eq!(name(Some(who)).unwrap().0, "Jansen");
        assert!(!verb);
    }

    #[test]
    fn subject_with_appositive_before_a_naming_verb_and_a_term() {
        let lex = Lexicon::get();
        let t = "Van Dijk, econoom aan de Universiteit Utrecht, noemt het plan „naïef”. „Zo werkt het niet.”";
        let term = (t.find('„').unwrap(), t.find('”').unwrap() + '”'.len_utf8());
        let open = t.rfind('„').unwrap();
        let (who, _) = previous_sentence(lex, &Tokenized::new(lex, t), 0, open, &[term]).unwrap();
        assert_eq!(
            name(Some(who)),
            Some((
                "Van Dijk".into(),
                Some("econoom aan de Universiteit Utrecht".into())
            ))
        );
        assert_eq!(
            previous_sentence(lex, &Tokenized::new(lex, t), 0, open, &[]),
            None
        );
        let t =
            "Ruth Cole, a lawyer in Leeds, calls the rules \"absurd\". \"Nobody can follow them.\"";
        let first = t.find('"').unwrap();
        let term = (first, t[first + 1..].find('"').unwrap() + first + 2);
        let open = t.rfind("\"Nobody").unwrap();
        let (who, _) = previous_sentence(lex, &Tokenized::new(lex, t), 0, open, &[term]).unwrap();
        assert_eq!(name(Some(who)).unwrap().0, "Ruth Cole");
    }

    #[test]
    fn a_verb_inside_a_quoted_term_is_not_the_sentences_verb() {
        let lex = Lexicon::get();
        let t =
            "Raadslid Eva Smit (GroenLinks) spreekt van ,,een slecht besluit''. ,,Dit kan niet.''";
        let term = (t.find(",,").unwrap(), t.find("''").unwrap() + 2);
        let open = t.rfind(",,").unwrap();
        let (who, _) = previous_sentence(lex, &Tokenized::new(lex, t), 0, open, &[term]).unwrap();
        assert_eq!(name(Some(who)).unwrap().0, "Eva Smit");
    }
}
