//! Every word-list question about one word in one lookup: the lists a word is in (once
//! lower-cased) as bits, found by hashing the word's lower-case form on the fly.
//!
//! The cue readers ask several questions about the same token (pronoun? article?
//! function word?); lower-casing and hashing it once per question was a fifth of the
//! attribution time.

use super::super::lower::lower;

/// A word list of the lexicon.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// Speech verb forms.
    SpeechVerb,
    /// Finite forms of separable verbs (keys of the split-verb table).
    SplitVerb,
    /// Verbs taking an addressee object.
    ObjectVerb,
    /// Pronouns.
    Pronoun,
    /// Definite articles.
    Definite,
    /// Indefinite articles.
    Indefinite,
    /// Name particles.
    Particle,
    /// Role prepositions.
    RolePreposition,
    /// Credit and byline markers.
    Credit,
    /// Titles before names (whole words only, no compound endings).
    Title,
    /// Fragment-introducing verbs.
    NamingVerb,
    /// Indirect-speech conjunctions.
    ThatWord,
    /// The function-word list itself.
    FunctionWord,
    /// Abbreviations.
    Abbreviation,
    /// Possessive determiners.
    Possessive,
    /// Prepositions of the addressee or topic of speech.
    ObjectPreposition,
    /// Prepositions before a place (`in`, `uit`): a capitalised name after one is a place.
    PlacePreposition,
    /// Pronouns for a man.
    MalePronoun,
    /// Pronouns for a woman.
    FemalePronoun,
    /// Words that never start or continue a name (function words, pronouns, speech
    /// verbs, articles): `Lexicon::is_function_word`.
    NonName,
    /// Organisation and place words (`university`, `gemeente`): `organisation_words`.
    Organisation,
}

impl Class {
    /// The bit of this class.
    const fn bit(self) -> u32 {
        1 << self as u32
    }
}

/// The lists a word is in, and how it is written.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Classes {
    /// One bit per [`Class`] the lower-cased word is in.
    bits: u32,
    /// The word has no upper-case letter: it equals its lower-cased form.
    exact: bool,
    /// The word is ASCII (so its lower-cased form has the same length).
    ascii: bool,
}

impl Classes {
    /// True when the lower-cased word is in list `c`.
    pub fn is(self, c: Class) -> bool {
        self.bits & c.bit() != 0
    }

    /// True when the word exactly as written is in list `c` (a lookup of the raw
    /// text: a word with an upper-case letter is in no list).
    pub fn is_exact(self, c: Class) -> bool {
        self.exact && self.is(c)
    }

    /// True when the word is ASCII.
    pub fn is_ascii(self) -> bool {
        self.ascii
    }
}

/// One slot of the open-addressing table; `bits == 0` marks an empty slot.
#[derive(Debug, Clone, Copy, Default)]
struct Slot {
    /// The low half of the key's hash.
    hash: u32,
    /// The key's classes.
    bits: u32,
    /// Byte offset of the key in [`ClassTable::keys`].
    start: u32,
    /// Byte length of the key.
    len: u32,
}

/// Lower-case words and the lists each is in.
#[derive(Debug, Default)]
pub struct ClassTable {
    /// Power-of-two many slots, at most a quarter full.
    slots: Vec<Slot>,
    /// Every key, concatenated.
    keys: String,
    /// Right shift from a 64-bit hash to a slot index.
    shift: u32,
    /// Classes of the empty word.
    empty: u32,
}

/// Bytes `0x01` repeated: the SWAR constants are multiples of it.
const ONES: u64 = 0x0101_0101_0101_0101;
/// The high bit of every byte.
const HIGHS: u64 = 0x80 * ONES;
/// Multiplier of the word hash (FxHash's).
const K: u64 = 0xf135_7aea_2e62_a9c5;
/// Fibonacci multiplier spreading a hash over the slot index bits.
const SPREAD: u64 = 0x9e37_79b9_7f4a_7c15;

/// The eight bytes of `bytes` at `at` as a little-endian number.
fn load8(bytes: &[u8], at: usize) -> u64 {
    let mut b = [0; 8];
    b.copy_from_slice(&bytes[at..at + 8]);
    u64::from_le_bytes(b)
}

/// The four bytes of `bytes` at `at` as a little-endian number.
fn load4(bytes: &[u8], at: usize) -> u64 {
    let mut b = [0; 4];
    b.copy_from_slice(&bytes[at..at + 4]);
    u64::from(u32::from_le_bytes(b))
}

/// Calls `f` with eight-byte numbers that together hold every byte of `bytes` (a
/// byte may be in two of them): whole-number loads, no byte-by-byte assembly. Equal
/// byte strings give equal numbers; with the length mixed in, they make a hash.
fn for_each_chunk(bytes: &[u8], mut f: impl FnMut(u64)) {
    let n = bytes.len();
    match n {
        0 => {}
        1..=3 => {
            f(u64::from(bytes[0]) | u64::from(bytes[n / 2]) << 8 | u64::from(bytes[n - 1]) << 16)
        }
        4..=7 => f(load4(bytes, 0) | load4(bytes, n - 4) << 32),
        _ => {
            let mut at = 0;
            while at + 8 < n {
                f(load8(bytes, at));
                at += 8;
            }
            f(load8(bytes, n - 8));
        }
    }
}

/// The ASCII upper-case letters of eight ASCII bytes, as their `0x20` bits.
pub(super) fn upper_bits(x: u64) -> u64 {
    // For a byte below 0x80, `b + 0x3f` sets the high bit iff `b >= b'A'`, `b + 0x25`
    // iff `b > b'Z'`; no sum carries into the next byte.
    let at_least_a = x.wrapping_add(0x3f * ONES);
    let past_z = x.wrapping_add(0x25 * ONES);
    ((at_least_a & !past_z) & HIGHS) >> 2
}

/// Adds one eight-byte chunk to a hash.
fn mix(h: u64, chunk: u64) -> u64 {
    (h.rotate_left(5) ^ chunk).wrapping_mul(K)
}

/// Hash of a lower-case word's bytes.
fn hash_lower(bytes: &[u8]) -> u64 {
    let mut h = bytes.len() as u64;
    for_each_chunk(bytes, |x| h = mix(h, x));
    h
}

impl ClassTable {
    /// A table of lower-case `words` with their classes (a word may come many times).
    pub fn new<'a>(words: impl IntoIterator<Item = (&'a str, Class)>) -> Self {
        let mut merged: Vec<(&str, u32)> = Vec::new();
        let mut empty = 0;
        let mut index = rustc_hash::FxHashMap::default();
        for (w, c) in words {
            if w.is_empty() {
                empty |= c.bit();
                continue;
            }
            let k = *index.entry(w).or_insert_with(|| {
                merged.push((w, 0));
                merged.len() - 1
            });
            merged[k].1 |= c.bit();
        }
        // At most a quarter full: most lookups miss, and a miss probes until an empty slot.
        let size = (merged.len() * 4).next_power_of_two().max(16);
        let mut table = Self {
            slots: vec![Slot::default(); size],
            keys: String::new(),
            shift: 64 - size.trailing_zeros(),
            empty,
        };
        for (w, bits) in merged {
            let hash = hash_lower(w.as_bytes());
            let mut i = table.index(hash);
            while table.slots[i].bits != 0 {
                i = (i + 1) & (size - 1);
            }
            // The lexicon is a few kilobytes: offsets fit in u32.
            table.slots[i] = Slot {
                hash: hash as u32,
                bits,
                start: table.keys.len() as u32,
                len: w.len() as u32,
            };
            table.keys.push_str(w);
        }
        table
    }

    /// The first slot to probe for `hash`.
    fn index(&self, hash: u64) -> usize {
        (hash.wrapping_mul(SPREAD) >> self.shift) as usize
    }

    /// The classes of `word` lower-cased (as [`lower`] does), without lower-casing
    /// an ASCII word.
    pub fn get(&self, word: &str) -> Classes {
        let bytes = word.as_bytes();
        if bytes.is_empty() {
            return Classes {
                bits: self.empty,
                exact: true,
                ascii: true,
            };
        }
        let mut h = bytes.len() as u64;
        let mut high = 0;
        let mut upper = 0;
        for_each_chunk(bytes, |x| {
            high |= x;
            let up = upper_bits(x);
            upper |= up;
            h = mix(h, x | up);
        });
        if high & HIGHS != 0 {
            return self.get_unicode(word);
        }
        let bits = self.probe(h, |key| key.eq_ignore_ascii_case(bytes));
        Classes {
            bits,
            exact: upper == 0,
            ascii: true,
        }
    }

    /// [`ClassTable::get`] for a word with a non-ASCII character: lower-cased first.
    #[inline(never)]
    fn get_unicode(&self, word: &str) -> Classes {
        let low = lower(word);
        let h = hash_lower(low.as_bytes());
        let bits = self.probe(h, |key| key == low.as_bytes());
        Classes {
            bits,
            exact: *low == *word,
            ascii: false,
        }
    }

    /// The bits of the key with hash `h` for which `same` holds, or 0.
    fn probe(&self, h: u64, same: impl Fn(&[u8]) -> bool) -> u32 {
        let mask = self.slots.len().wrapping_sub(1);
        if self.slots.is_empty() {
            return 0;
        }
        let mut i = self.index(h);
        loop {
            let s = self.slots[i];
            if s.bits == 0 {
                return 0;
            }
            if s.hash == h as u32 {
                let start = s.start as usize;
                let key = &self.keys.as_bytes()[start..start + s.len as usize];
                if same(key) {
                    return s.bits;
                }
            }
            i = (i + 1) & mask;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn upper_bits_mark_exactly_the_ascii_capitals() {
        for b in 0..0x80u8 {
            let x = u64::from(b) << 16 | u64::from(b'a');
            let expect = if b.is_ascii_uppercase() {
                0x20 << 16
            } else {
                0
            };
            assert_eq!(upper_bits(x), expect, "{b:#x}");
        }
    }

    #[test]
    fn a_word_is_found_in_any_case_and_exact_only_as_written() {
        let t = ClassTable::new([
            ("van", Class::Particle),
            ("van", Class::RolePreposition),
            ("zegt", Class::SpeechVerb),
            ("één", Class::FunctionWord),
            ("abcdefghijklmnopq", Class::Title),
            ("", Class::Credit),
        ]);
        let van = t.get("van");
        assert!(van.is(Class::Particle) && van.is(Class::RolePreposition));
        assert!(van.is_exact(Class::Particle) && !van.is(Class::Title));
        let cap = t.get("Van");
        assert!(cap.is(Class::Particle) && !cap.is_exact(Class::Particle));
        assert!(t.get("ZEGT").is(Class::SpeechVerb));
        assert!(t.get("ÉÉN").is(Class::FunctionWord) && !t.get("ÉÉN").is_ascii());
        assert!(t.get("één").is_exact(Class::FunctionWord));
        assert!(t.get("abcdefghijklmnoPQ").is(Class::Title));
        assert!(!t.get("abcdefghijklmnop").is(Class::Title));
        assert!(t.get("").is(Class::Credit));
        assert_eq!(
            t.get("vans"),
            Classes {
                exact: true,
                ascii: true,
                bits: 0
            }
        );
        assert!(!ClassTable::default().get("van").is(Class::Particle));
    }
}
