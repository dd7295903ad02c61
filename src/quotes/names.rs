//! Capitalised name runs in a window of tokens: `Anna de Vries`, without leading titles
//! (`Minister`, `Sen.`), with particles only before one surname.

use super::lexicon::{Class, Lexicon};
use super::tokens::Token;

/// A run of capitalised words (with particles between them) read as a name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameRun {
    /// Index of the first token of the name (after any title).
    pub first: usize,
    /// Index one past the last token.
    pub end: usize,
    /// The name, possessive stripped (`Anna de Vries`).
    pub name: String,
    /// Number of capitalised words in the run.
    pub caps: usize,
    /// True when the last word is possessive (`Obama’s minister`).
    pub possessive: bool,
}

impl NameRun {
    /// True when a lower-case role noun follows the run (`Wester Ross councillor`): the
    /// run names where the role is held, not a person.
    pub fn before_role_noun(&self, lex: &Lexicon, tokens: &[Token]) -> bool {
        !self.possessive
            && tokens
                .get(self.end)
                .is_some_and(|t| t.is_lower() && lex.is_title(&t.lower()))
    }

    /// True when the run, a role noun and a capitalised word follow one another
    /// (`Kessler Wright analyst Priya Raman`, `Wester Ross councillor Morag MacLeod`):
    /// a firm or place, the role, and the name holding it.
    pub fn before_role_holder(&self, lex: &Lexicon, tokens: &[Token]) -> bool {
        self.before_role_noun(lex, tokens) && tokens.get(self.end + 1).is_some_and(Token::is_cap)
    }
}

/// The name run starting exactly at token `i`, if any. Leading titles (`Mayor`,
/// `Sen.`, `Minister van`) are left out of the name; particles (`van der`) join only
/// when one capitalised word (the surname) follows them, so `Erik Schut van de Erasmus
/// Universiteit` is `Erik Schut`.
pub fn name_run_at(lex: &Lexicon, tokens: &[Token], i: usize) -> Option<NameRun> {
    let t = tokens.get(i)?;
    if !t.is_cap() {
        return None;
    }
    // `een ondernemer in Tiel`, `uit Charleroi`: a place, not a person.
    let before = i.checked_sub(1).and_then(|k| tokens.get(k));
    // A capitalised one opens a sentence (`In Askrigg Bridge, …`).
    if before.is_some_and(|p| p.word && lex.classes(p.text).is(Class::PlacePreposition)) {
        return None;
    }
    let first_classes = lex.classes(t.text);
    if first_classes.is(Class::NonName) {
        return particle_surname_at(lex, tokens, i);
    }
    let mut end = i + 1;
    let mut possessive = t.is_possessive();
    let mut j = i + 1;
    // A name has one particle group: `Ilse van der Meulen van Liander` is a name and
    // her employer.
    let mut particles_joined = false;
    while !possessive && j < tokens.len() {
        let tok = tokens[j];
        if tok.is_cap() && !lex.classes(tok.text).is(Class::Pronoun) {
            j += 1;
            end = j;
            possessive = tok.is_possessive();
            continue;
        }
        let mut k = j;
        while tokens.get(k).is_some_and(|p| is_lower_particle(lex, p)) {
            k += 1;
        }
        // `Fatima Ouali van de Stadspartij`: an organisation after the particles is the
        // person's employer, not a surname.
        let surname = tokens
            .get(k)
            .is_some_and(|t| t.is_cap() && !lex.is_organisation(t.text))
            && !tokens
                .get(k + 1)
                .is_some_and(|t| t.is_cap() && !is_post_nominal(t.text));
        // `Minister Rob Teunissen van Klimaat`, `Jelle Hofstra van Staatsbosbeheer`:
        // after a full name (two capitalised words besides a title), a lone role
        // preposition starts the portfolio or the employer, not a surname.
        let titled = usize::from(lex.is_title_word(t.text, first_classes));
        let portfolio = k == j + 1
            && j >= i + 2 + titled
            && lex.classes(tokens[j].text).is_exact(Class::RolePreposition);
        // `de Wereldbeker in Namen`: a lone place preposition is no particle group
        // (`in 't Veld` is).
        let place = k == j + 1
            && lex
                .classes(tokens[j].text)
                .is_exact(Class::PlacePreposition);
        if k > j && surname && !portfolio && !place && !particles_joined {
            j = k + 1;
            end = j;
            possessive = tokens[k].is_possessive();
            particles_joined = true;
        } else {
            break;
        }
    }
    // Leave leading titles (and particles after them) out of the name.
    let mut first = i;
    let last_title = (i..end.min(i + 3)).rev().find(|&k| {
        let t = tokens[k];
        let c = || {
            if k == i {
                first_classes
            } else {
                lex.classes(t.text)
            }
        };
        t.is_cap() && lex.is_title_word(t.text, c())
    });
    if let Some(tt) = last_title {
        let mut f = tt + 1;
        while f < end && tokens[f].is_lower() {
            f += 1;
        }
        if f < end {
            first = f;
        }
    }
    // `Jonathan Ashby-Kerr KC`, `Jane Cole MP`: letters after a full name are no part
    // of it.
    while end >= first + 2 && is_post_nominal(tokens[end - 1].text) {
        end -= 1;
    }
    let caps = tokens[first..end].iter().filter(|t| t.is_cap()).count();
    let name = join_words(tokens[first..end].iter().map(Token::stem));
    Some(NameRun {
        first,
        end,
        name,
        caps,
        possessive,
    })
}

/// True for letters written after a name (`KC`, `MP`, `OBE`, `MSc`, `PhD`): two to four
/// ASCII letters, at least two of them capitals, the first one too.
fn is_post_nominal(word: &str) -> bool {
    let b = word.as_bytes();
    (2..=4).contains(&b.len())
        && b[0].is_ascii_uppercase()
        && b.iter().all(u8::is_ascii_alphabetic)
        && b.iter().filter(|c| c.is_ascii_uppercase()).count() >= 2
}

/// True for a lower-case word that is a name particle as written (`van`, `de`).
fn is_lower_particle(lex: &Lexicon, t: &Token) -> bool {
    t.is_lower() && lex.is_particle(t.text)
}

/// `words` joined by single spaces, in one allocation.
fn join_words<'a>(words: impl Iterator<Item = &'a str> + Clone) -> String {
    let len = words.clone().map(|w| w.len() + 1).sum::<usize>();
    let mut name = String::with_capacity(len.saturating_sub(1));
    for (k, w) in words.enumerate() {
        if k > 0 {
            name.push(' ');
        }
        name.push_str(w);
    }
    name
}

/// A surname that opens with a capitalised particle (`Van der Linden`, `De Vries`): the
/// particles, then exactly one capitalised word not followed by another. Only the
/// surname counts as a capitalised word, so the run is never taken for a full name.
fn particle_surname_at(lex: &Lexicon, tokens: &[Token], i: usize) -> Option<NameRun> {
    if !lex.classes(tokens[i].text).is(Class::Particle) {
        return None;
    }
    let mut k = i + 1;
    while tokens.get(k).is_some_and(|p| is_lower_particle(lex, p)) {
        k += 1;
    }
    let surname = tokens.get(k).filter(|t| {
        t.is_cap() && !t.text.contains('.') && !lex.classes(t.text).is(Class::NonName)
    })?;
    if tokens.get(k + 1).is_some_and(Token::is_cap) {
        return None;
    }
    let name = join_words(
        tokens[i..k]
            .iter()
            .map(|t| t.text)
            .chain(std::iter::once(surname.stem())),
    );
    Some(NameRun {
        first: i,
        end: k + 1,
        name,
        caps: 1,
        possessive: surname.is_possessive(),
    })
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    #[test]
    fn join_words_is_a_space_join() {
        for words in [&[][..], &["a"], &["Anna", "van", "Berg"], &["", "x", ""]] {
            assert_eq!(join_words(words.iter().copied()), words.join(" "));
        }
    }

    #[test]
    fn titles_are_left_out_and_particles_need_one_surname() {
        let lex = Lexicon::get();
        let run = |t: &str| {
            let toks = tokenize(lex, t, 0, t.len());
            name_run_at(lex, &toks, 0).unwrap().name
        };
        assert_eq!(run("Mayor Linda Park said"), "Linda Park");
        assert_eq!(run("Sen. Robert Hale of Texas"), "Robert Hale");
        assert_eq!(run("Erik Schut van de Erasmus Universiteit"), "Erik Schut");
        assert_eq!(run("Sanne de Wit werkt"), "Sanne de Wit");
        assert_eq!(run("Garnalenvisser Jelle Bakker vist"), "Jelle Bakker");
        // Another form of a role noun is a title too, also ending a compound.
        assert_eq!(
            run("Politiewoordvoerster Sanne Heijboer zegt"),
            "Sanne Heijboer"
        );
        assert_eq!(run("Headmistress Jane Cole said"), "Jane Cole");
        assert_eq!(run("Jan Visser vist"), "Jan Visser");
        assert_eq!(run("Van der Linden is niet overtuigd"), "Van der Linden");
        assert_eq!(run("De Vries zegt"), "De Vries");
        assert_eq!(run("Van Dyke said"), "Van Dyke");
        assert_eq!(run("Minister Rob Smit van Onderwijs zei"), "Rob Smit");
        // After a full name a lone `van` starts the employer (`Jan Peter van Loon`, a
        // double first name with a one-word particle, is read the same way).
        assert_eq!(run("Rob Smit van Onderwijs zei"), "Rob Smit");
        assert_eq!(
            run("Jelle Hofstra van Staatsbosbeheer staat"),
            "Jelle Hofstra"
        );
        assert_eq!(run("Rob van Loon zei"), "Rob van Loon");
        assert_eq!(run("Minister Anna van Dijk zei"), "Anna van Dijk");
        assert_eq!(
            run("Ilse van der Meulen van Liander zei"),
            "Ilse van der Meulen"
        );
        assert_eq!(run("Jan de Vries uit Utrecht"), "Jan de Vries");
    }

    #[test]
    fn a_capitalised_article_before_a_name_run_is_no_surname() {
        let lex = Lexicon::get();
        let t = "De Tweede Kamer stemt";
        let toks = tokenize(lex, t, 0, t.len());
        assert_eq!(name_run_at(lex, &toks, 0), None);
        let t = "De minister zegt";
        let toks = tokenize(lex, t, 0, t.len());
        assert_eq!(name_run_at(lex, &toks, 0), None);
    }

    #[test]
    fn name_runs_take_particles_and_skip_function_words() {
        let lex = Lexicon::get();
        let t = "De minister Anna van der Berg zegt";
        let toks = tokenize(lex, t, 0, t.len());
        assert_eq!(name_run_at(lex, &toks, 0), None);
        let run = name_run_at(lex, &toks, 2).unwrap();
        assert_eq!(run.name, "Anna van der Berg");
        assert_eq!(run.caps, 2);
        let t = "Obama’s minister";
        let toks = tokenize(lex, t, 0, t.len());
        let run = name_run_at(lex, &toks, 0).unwrap();
        assert!(run.possessive);
        assert_eq!(run.name, "Obama");
    }
}
