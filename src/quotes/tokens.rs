//! Words, punctuation, sentence bounds and capitalised name runs in a window of text.
//!
//! Attribution only ever looks at a bounded window around a quote, so these helpers
//! take a byte range and never scan the whole document.

use super::lexicon::Lexicon;
use std::borrow::Cow;

/// `word` lower-cased, borrowed when it has no upper-case letter.
pub fn lower(word: &str) -> Cow<'_, str> {
    let upper = if word.is_ascii() {
        word.bytes().any(|b| b.is_ascii_uppercase())
    } else {
        word.chars().any(char::is_uppercase)
    };
    if upper {
        Cow::Owned(word.to_lowercase())
    } else {
        Cow::Borrowed(word)
    }
}

/// How far (bytes) a sentence search walks before giving up.
pub const SENTENCE_REACH: usize = 600;

/// A word or a punctuation character with its byte range in the block text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    /// The token text.
    pub text: &'a str,
    /// Byte offset in the block text.
    pub start: usize,
    /// True for a word, false for punctuation.
    pub word: bool,
}

impl<'a> Token<'a> {
    /// Byte offset just past the token.
    pub fn end(&self) -> usize {
        self.start + self.text.len()
    }

    /// True for a word starting with an upper-case letter.
    pub fn is_cap(&self) -> bool {
        self.word && self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// True for a word starting with a lower-case letter.
    pub fn is_lower(&self) -> bool {
        self.word && self.text.chars().next().is_some_and(char::is_lowercase)
    }

    /// The lower-cased text; borrowed (no allocation) when it has no upper-case letter,
    /// which is most words.
    pub fn lower(&self) -> Cow<'a, str> {
        lower(self.text)
    }

    /// True for the punctuation character `c`.
    pub fn is_punct(&self, c: char) -> bool {
        !self.word && self.text.starts_with(c)
    }

    /// The word without a possessive ending (`Obama’s` → `Obama`).
    pub fn stem(&self) -> &'a str {
        for suffix in ["’s", "'s", "’", "'"] {
            if let Some(s) = self.text.strip_suffix(suffix) {
                if !s.is_empty() {
                    return s;
                }
            }
        }
        self.text
    }

    /// True for a possessive word (`Obama’s`, `Jones'`).
    pub fn is_possessive(&self) -> bool {
        self.stem().len() != self.text.len()
    }
}

/// True for characters inside a word (letters, digits) and joiners between them.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// True for joiners allowed between word characters (`Jean-Pierre`, `zo’n`, `J.D`).
fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '’' | '\'' | '.' | '&')
}

/// True when the full stop after `word` belongs to it: an initial (`D.`), a dotted
/// abbreviation (`J.D.`, `U.S.`) or a listed abbreviation (`dr.`).
fn keeps_full_stop(lex: &Lexicon, word: &str) -> bool {
    let mut chars = word.chars();
    let single_cap = chars.next().is_some_and(char::is_uppercase) && chars.next().is_none();
    single_cap || word.contains('.') || lex.abbreviations.contains(&*lower(word))
}

/// The character starting at byte `at` of `s` (ASCII without decoding).
fn char_at(s: &str, at: usize) -> Option<char> {
    match s.as_bytes().get(at) {
        Some(&b) if b < 0x80 => Some(char::from(b)),
        Some(_) => s[at..].chars().next(),
        None => None,
    }
}

/// Splits `text[range]` into tokens (offsets relative to `text`).
pub fn tokenize<'a>(lex: &Lexicon, text: &'a str, from: usize, to: usize) -> Vec<Token<'a>> {
    let Some(window) = text.get(from..to) else {
        return Vec::new();
    };
    let mut out = Vec::with_capacity(window.len() / 6);
    let mut i = 0;
    while let Some(c) = char_at(window, i) {
        let len = c.len_utf8();
        if c.is_whitespace() {
            i += len;
            continue;
        }
        if !is_word_char(c) {
            out.push(Token {
                text: &window[i..i + len],
                start: from + i,
                word: false,
            });
            i += len;
            continue;
        }
        let mut end = i + len;
        while let Some(d) = char_at(window, end) {
            let dl = d.len_utf8();
            let joined = is_joiner(d) && char_at(window, end + dl).is_some_and(is_word_char);
            if is_word_char(d) || joined {
                end += dl;
            } else if matches!(d, '’' | '\'') && window[..end].ends_with(['s', 'S']) {
                // players’ — a plural possessive keeps its apostrophe.
                if char_at(window, end + dl).is_some_and(char::is_whitespace) {
                    end += dl;
                }
                break;
            } else {
                break;
            }
        }
        if window.as_bytes().get(end) == Some(&b'.') && keeps_full_stop(lex, &window[i..end]) {
            end += 1;
        }
        out.push(Token {
            text: &window[i..end],
            start: from + i,
            word: true,
        });
        i = end;
    }
    out
}

/// A block's text with its tokens, computed once: the cue readers take windows of it
/// instead of tokenizing the same text again for every quote.
#[derive(Debug, Clone)]
pub struct Tokenized<'a> {
    /// The block text.
    pub text: &'a str,
    /// Every token of `text`, in order.
    pub tokens: Vec<Token<'a>>,
}

impl<'a> Tokenized<'a> {
    /// Tokenizes the whole of `text`.
    pub fn new(lex: &Lexicon, text: &'a str) -> Self {
        Self {
            text,
            tokens: tokenize(lex, text, 0, text.len()),
        }
    }

    /// Exactly `tokenize(lex, self.text, from, to)`: a slice of the block's tokens when
    /// the window cuts no token, else (a window edge inside a word, or a word whose
    /// ending depends on text past `to`) the window tokenized on its own.
    pub fn window(&self, lex: &Lexicon, from: usize, to: usize) -> Cow<'_, [Token<'a>]> {
        if self.text.get(from..to).is_none() {
            return Cow::Borrowed(&[]);
        }
        let tokens = &self.tokens;
        let lo = tokens.partition_point(|t| t.end() <= from);
        let hi = tokens.partition_point(|t| t.start < to);
        let cut_start = tokens.get(lo).is_some_and(|t| t.start < from);
        // A plural possessive keeps its apostrophe only when a space follows it, which
        // a window ending right after the apostrophe cannot see.
        let cut_end = hi > lo
            && tokens.get(hi - 1).is_some_and(|t| {
                t.end() > to || (t.end() == to && t.word && t.text.ends_with(['’', '\'']))
            });
        if cut_start || cut_end {
            return Cow::Owned(tokenize(lex, self.text, from, to));
        }
        Cow::Borrowed(&tokens[lo..hi.max(lo)])
    }
}

/// True when a full stop at byte `at` of `text` ends a sentence (not an initial or an
/// abbreviation).
fn stop_ends_sentence(lex: &Lexicon, text: &str, at: usize) -> bool {
    let before = &text[..at];
    let word_start = before
        .rfind(|c: char| c.is_whitespace() || c == '(')
        .map_or(0, |i| i + 1);
    let word = &before[word_start..];
    word.is_empty() || !keeps_full_stop(lex, word)
}

/// True for quote marks and brackets that may follow a sentence's final stop.
fn is_closing_char(c: char) -> bool {
    matches!(c, '’' | '”' | '"' | '\'' | '»' | '›' | ')')
}

/// Start of the sentence containing byte `at` (bounded by `floor` and
/// [`SENTENCE_REACH`]).
pub fn sentence_start(lex: &Lexicon, text: &str, at: usize, floor: usize) -> usize {
    let floor = floor.max(at.saturating_sub(SENTENCE_REACH));
    let mut pos = at.min(text.len());
    while pos > floor {
        let Some((i, c)) = text[..pos].char_indices().next_back() else {
            break;
        };
        if i < floor {
            break;
        }
        if c.is_whitespace() {
            let before = text[..i].trim_end_matches(is_closing_char);
            if let Some(last) = before.chars().next_back() {
                let ends = match last {
                    '!' | '?' | '…' => true,
                    '.' => stop_ends_sentence(lex, text, before.len() - 1),
                    _ => false,
                };
                if ends && before.len() >= floor {
                    return i + 1;
                }
            }
        }
        pos = i;
    }
    floor_char(text, floor)
}

/// End of the sentence starting at or containing `from` (just past its final stop and
/// closing marks), bounded by `ceil` and [`SENTENCE_REACH`].
pub fn sentence_end(lex: &Lexicon, text: &str, from: usize, ceil: usize) -> usize {
    let ceil = ceil.min(text.len()).min(from + SENTENCE_REACH);
    let ceil = floor_char(text, ceil);
    let Some(window) = text.get(from..ceil) else {
        return ceil;
    };
    for (i, c) in window.char_indices() {
        let ends = match c {
            '!' | '?' | '…' => true,
            '.' => stop_ends_sentence(lex, text, from + i),
            _ => false,
        };
        if ends {
            let rest = &window[i + c.len_utf8()..];
            let closing = rest.len() - rest.trim_start_matches(is_closing_char).len();
            let after = &rest[closing..];
            if after.is_empty() || after.starts_with(char::is_whitespace) {
                return from + i + c.len_utf8() + closing;
            }
        }
    }
    ceil
}

/// The largest char boundary of `text` at or below `at`.
pub fn floor_char(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

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

/// The name run starting exactly at token `i`, if any. Leading titles (`Mayor`,
/// `Sen.`, `Minister van`) are left out of the name; particles (`van der`) join only
/// when one capitalised word (the surname) follows them, so `Erik Schut van de Erasmus
/// Universiteit` is `Erik Schut`.
pub fn name_run_at(lex: &Lexicon, tokens: &[Token], i: usize) -> Option<NameRun> {
    let t = tokens.get(i)?;
    if !t.is_cap() {
        return None;
    }
    if lex.is_function_word(&t.lower()) {
        return particle_surname_at(lex, tokens, i);
    }
    let mut end = i + 1;
    let mut possessive = t.is_possessive();
    let mut j = i + 1;
    while !possessive && j < tokens.len() {
        let tok = tokens[j];
        if tok.is_cap() && !lex.pronouns.contains(&*tok.lower()) {
            j += 1;
            end = j;
            possessive = tok.is_possessive();
            continue;
        }
        let mut k = j;
        while tokens
            .get(k)
            .is_some_and(|p| p.is_lower() && lex.particles.contains(p.text))
        {
            k += 1;
        }
        let surname = tokens.get(k).is_some_and(Token::is_cap)
            && !tokens.get(k + 1).is_some_and(Token::is_cap);
        // `Minister Rob Teunissen van Klimaat`: after a title and a full name, a lone
        // role preposition starts the portfolio, not a surname.
        let portfolio = k == j + 1
            && j >= i + 3
            && lex.role_prepositions.contains(tokens[j].text)
            && lex.is_title(&t.lower());
        if k > j && surname && !portfolio {
            j = k + 1;
            end = j;
            possessive = tokens[k].is_possessive();
        } else {
            break;
        }
    }
    // Leave leading titles (and particles after them) out of the name.
    let mut first = i;
    let last_title = (i..end.min(i + 3))
        .rev()
        .find(|&k| tokens[k].is_cap() && lex.is_title(&tokens[k].lower()));
    if let Some(tt) = last_title {
        let mut f = tt + 1;
        while f < end && tokens[f].is_lower() {
            f += 1;
        }
        if f < end {
            first = f;
        }
    }
    let caps = tokens[first..end].iter().filter(|t| t.is_cap()).count();
    let name = tokens[first..end]
        .iter()
        .map(|t| t.stem())
        .collect::<Vec<_>>()
        .join(" ");
    Some(NameRun {
        first,
        end,
        name,
        caps,
        possessive,
    })
}

/// A surname that opens with a capitalised particle (`Van der Linden`, `De Vries`): the
/// particles, then exactly one capitalised word not followed by another. Only the
/// surname counts as a capitalised word, so the run is never taken for a full name.
fn particle_surname_at(lex: &Lexicon, tokens: &[Token], i: usize) -> Option<NameRun> {
    if !lex.particles.contains(&*tokens[i].lower()) {
        return None;
    }
    let mut k = i + 1;
    while tokens
        .get(k)
        .is_some_and(|p| p.is_lower() && lex.particles.contains(p.text))
    {
        k += 1;
    }
    let surname = tokens
        .get(k)
        .filter(|t| t.is_cap() && !t.text.contains('.') && !lex.is_function_word(&t.lower()))?;
    if tokens.get(k + 1).is_some_and(Token::is_cap) {
        return None;
    }
    let name = tokens[i..k]
        .iter()
        .map(|t| t.text)
        .chain(std::iter::once(surname.stem()))
        .collect::<Vec<_>>()
        .join(" ");
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
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(Lexicon::get(), text, 0, text.len())
            .iter()
            .map(|t| t.text)
            .collect()
    }

    #[test]
    fn tokens_keep_initials_and_joined_words() {
        assert_eq!(
            words("J.D. Vance, Jean-Pierre en zo’n man."),
            [
                "J.D.",
                "Vance",
                ",",
                "Jean-Pierre",
                "en",
                "zo’n",
                "man",
                "."
            ]
        );
        assert_eq!(words("George W. Bush"), ["George", "W.", "Bush"]);
    }

    #[test]
    fn a_window_of_the_block_tokens_equals_tokenizing_the_window() {
        let lex = Lexicon::get();
        let t = "Zo’n J.D. Vance zei: ‘players’ union’, dr. Jansen’s 'ja'. Ook Jean-Pierre … en 3.5 U.S.";
        let block = Tokenized::new(lex, t);
        for from in 0..=t.len() {
            for to in from.saturating_sub(2)..=t.len() {
                assert_eq!(
                    *block.window(lex, from, to),
                    *tokenize(lex, t, from, to),
                    "window {from}..{to}"
                );
            }
        }
    }

    #[test]
    fn sentences_end_at_stops_but_not_at_initials() {
        let lex = Lexicon::get();
        let t = "Eerst dit. Dan George W. Bush in Texas. Einde";
        let at = t.find("Bush").unwrap();
        assert_eq!(sentence_start(lex, t, at, 0), t.find("Dan").unwrap());
        assert_eq!(sentence_end(lex, t, at, t.len()), t.find(" Einde").unwrap());
        let t = "Hij zei: ‘Ja.’ Toen ging";
        assert_eq!(sentence_start(lex, t, t.len(), 0), t.find("Toen").unwrap());
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
        assert_eq!(run("Jan Visser vist"), "Jan Visser");
        assert_eq!(run("Van der Linden is niet overtuigd"), "Van der Linden");
        assert_eq!(run("De Vries zegt"), "De Vries");
        assert_eq!(run("Van Dyke said"), "Van Dyke");
        assert_eq!(run("Minister Rob Smit van Onderwijs zei"), "Rob Smit");
        assert_eq!(run("Rob Smit van Onderwijs zei"), "Rob Smit van Onderwijs");
        assert_eq!(run("Minister Anna van Dijk zei"), "Anna van Dijk");
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
