//! Lower-cased words without allocating: the lexicon lookups lower-case every word
//! they read.

use std::fmt;
use std::ops::Deref;

/// Longest ASCII word [`Lower`] keeps inline, without allocating.
const INLINE_LOWER: usize = 22;

/// A lower-cased word: the word itself when it has no upper-case letter, an inline
/// copy for a short ASCII word, else an owned string. Word lookups lower-case a
/// capitalised word for every rule that reads it, so this must not allocate.
#[derive(Clone)]
pub struct Lower<'a>(LowerRepr<'a>);

/// The storage of a [`Lower`].
#[derive(Clone)]
enum LowerRepr<'a> {
    /// The word had no upper-case letter.
    Borrowed(&'a str),
    /// A lower-cased ASCII word of at most [`INLINE_LOWER`] bytes.
    Inline { len: u8, buf: [u8; INLINE_LOWER] },
    /// Any other lower-cased word.
    Owned(String),
}

impl Deref for Lower<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        match &self.0 {
            LowerRepr::Borrowed(s) => s,
            LowerRepr::Inline { len, buf } => {
                let bytes = &buf[..usize::from(*len)];
                debug_assert!(bytes.is_ascii());
                // SAFETY: `lower` stores only the bytes of an ASCII word, lower-cased
                // with `make_ascii_lowercase`, so `bytes` is ASCII and thus UTF-8.
                // (Validating here cost more than the allocation this type avoids.)
                unsafe { std::str::from_utf8_unchecked(bytes) }
            }
            LowerRepr::Owned(s) => s,
        }
    }
}

impl AsRef<str> for Lower<'_> {
    fn as_ref(&self) -> &str {
        self
    }
}

impl std::borrow::Borrow<str> for Lower<'_> {
    fn borrow(&self) -> &str {
        self
    }
}

impl fmt::Debug for Lower<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}

impl fmt::Display for Lower<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&**self, f)
    }
}

impl PartialEq<str> for Lower<'_> {
    fn eq(&self, other: &str) -> bool {
        **self == *other
    }
}

impl PartialEq<&str> for Lower<'_> {
    fn eq(&self, other: &&str) -> bool {
        **self == **other
    }
}

impl<'a> Lower<'a> {
    /// The lower-cased word as an owned string.
    pub fn into_owned(self) -> String {
        match self.0 {
            LowerRepr::Owned(s) => s,
            _ => (*self).to_string(),
        }
    }
}

/// `word` lower-cased, borrowed when it has no upper-case letter and copied inline
/// (no allocation) when it is a short ASCII word.
pub fn lower(word: &str) -> Lower<'_> {
    let bytes = word.as_bytes();
    if bytes.len() <= INLINE_LOWER {
        // One pass copies, lower-cases and checks: most words are short and ASCII.
        let mut buf = [0u8; INLINE_LOWER];
        let mut upper = false;
        let mut high = 0;
        for (d, &b) in buf.iter_mut().zip(bytes) {
            let is_upper = b.is_ascii_uppercase();
            upper |= is_upper;
            high |= b;
            *d = b | (u8::from(is_upper) << 5);
        }
        if high < 0x80 {
            if !upper {
                return Lower(LowerRepr::Borrowed(word));
            }
            // `bytes.len() <= INLINE_LOWER`, which fits a u8.
            let len = bytes.len() as u8;
            return Lower(LowerRepr::Inline { len, buf });
        }
    } else if word.is_ascii() {
        return if bytes.iter().any(u8::is_ascii_uppercase) {
            Lower(LowerRepr::Owned(word.to_ascii_lowercase()))
        } else {
            Lower(LowerRepr::Borrowed(word))
        };
    }
    if word.chars().any(char::is_uppercase) {
        Lower(LowerRepr::Owned(word.to_lowercase()))
    } else {
        Lower(LowerRepr::Borrowed(word))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_borrows_lower_case_words_and_lowers_the_rest() {
        let cases = [
            "jansen",
            "Jansen",
            "J.D.",
            "McDONALD",
            "",
            "Ærø",
            "zo’n",
            "Zo’n",
            "ÉÉN",
            "İstanbul",
            "ΟΔΟΣ",
            "abcdefghijklmnopqrstuv",
            "Abcdefghijklmnopqrstuv",
            "Abcdefghijklmnopqrstuvw",
            "abcdefghijklmnopqrstuvw",
            "abcdefghijklmnopqrstuvwxyzabcdé",
            "Abcdefghijklmnopqrstuvwxyzabcdé",
            "@[`{",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJ",
        ];
        for word in cases {
            let low = lower(word);
            assert_eq!(&*low, word.to_lowercase(), "{word:?}");
            assert_eq!(low.clone().into_owned(), word.to_lowercase());
            assert_eq!(low.to_string(), word.to_lowercase());
            assert_eq!(format!("{low:?}"), format!("{:?}", word.to_lowercase()));
        }
        assert!(matches!(lower("jansen").0, LowerRepr::Borrowed(_)));
        assert!(matches!(lower("Jansen").0, LowerRepr::Inline { .. }));
        assert!(matches!(lower(&"A".repeat(23)).0, LowerRepr::Owned(_)));
        assert!(matches!(lower(&"a".repeat(23)).0, LowerRepr::Borrowed(_)));
        assert!(matches!(lower("zo’n").0, LowerRepr::Borrowed(_)));
        assert!(matches!(lower("Ærø").0, LowerRepr::Owned(_)));
        assert!(lower("Zegt") == "zegt");
        assert_eq!([lower("De"), lower("Minister")].join(" "), "de minister");
    }
}
