//! Word-at-a-time byte scanning: runs of bytes that cannot matter are skipped sixteen
//! at a time.
//!
//! A scanner gives a `flags` function that sets the high bit of every byte of a
//! little-endian `u64` it is looking for. Such bit tricks are exact for the lowest
//! flagged byte only (an add may carry above it), so [`skip_unflagged`] reports that
//! byte and the caller checks it itself.

/// `0x01` in every byte of a word.
pub const ONES: u64 = 0x0101_0101_0101_0101;
/// The high bit of every byte of a word.
pub const HIGH: u64 = 0x8080_8080_8080_8080;

/// The little-endian word of the first eight bytes of `bytes` (which holds eight).
fn word(bytes: &[u8]) -> u64 {
    let mut word = [0u8; 8];
    word.copy_from_slice(&bytes[..8]);
    u64::from_le_bytes(word)
}

/// The offset, at or after `from`, of the lowest byte `flags` flags in the first
/// sixteen-byte chunk that has one; or, when none does, the offset where fewer than
/// sixteen bytes remain (the caller reads those one by one).
pub fn skip_unflagged(bytes: &[u8], from: usize, flags: impl Fn(u64) -> u64) -> usize {
    let mut i = from;
    while let Some(chunk) = bytes.get(i..i + 16) {
        let low = flags(word(&chunk[..8]));
        let high = flags(word(&chunk[8..]));
        if low | high == 0 {
            i += 16;
            continue;
        }
        return i + if low != 0 {
            low.trailing_zeros() as usize / 8
        } else {
            8 + high.trailing_zeros() as usize / 8
        };
    }
    i
}

/// [`skip_unflagged`] with a cheaper test of whole chunks: `keep` is `flags` as a byte
/// test (false exactly for the bytes `flags` flags). A chunk is first tested with `keep`
/// on all sixteen bytes without an exit inside it, which the compiler turns into a few
/// vector instructions; `flags` then finds the byte in the one chunk that holds one.
#[inline(always)]
pub fn skip_kept(
    bytes: &[u8],
    from: usize,
    keep: impl Fn(u8) -> bool,
    flags: impl Fn(u64) -> u64,
) -> usize {
    let mut i = from;
    while let Some(chunk) = bytes.get(i..i + 16) {
        if chunk.iter().fold(true, |all, &b| all & keep(b)) {
            i += 16;
            continue;
        }
        return skip_unflagged(chunk, 0, flags) + i;
    }
    i
}

/// `count` texts made of 1 to `max_pieces` pieces drawn from `pieces` by a fixed
/// xorshift sequence from `seed`: inputs for old-versus-new scanner tests.
#[cfg(test)]
pub fn pseudo_random_texts(
    seed: u64,
    pieces: &[&str],
    count: usize,
    max_pieces: usize,
) -> Vec<String> {
    let mut seed = seed;
    (0..count)
        .map(|n| {
            let mut s = String::new();
            for _ in 0..1 + n % max_pieces {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                s.push_str(pieces[(seed % pieces.len() as u64) as usize]);
            }
            s
        })
        .collect()
}

/// A fixed linear congruential sequence from `seed`: `next(n)` is below `n`, the same
/// numbers on every run (for generated test inputs).
#[cfg(test)]
pub fn below(mut seed: u64) -> impl FnMut(usize) -> usize {
    move |n| {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (seed >> 33) as usize % n
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Flags the `\n` bytes of a word (exact for the lowest).
    fn newlines(v: u64) -> u64 {
        let x = v ^ (ONES * u64::from(b'\n'));
        x.wrapping_sub(ONES) & !x & HIGH
    }

    #[test]
    fn the_first_flagged_byte_is_found_at_every_offset_and_the_tail_is_left() {
        for len in 0..40 {
            for at in 0..len {
                let mut bytes = vec![b'a'; len];
                bytes[at] = b'\n';
                let i = skip_unflagged(&bytes, 0, newlines);
                let tail = len - len % 16;
                if at < tail {
                    assert_eq!(i, at, "len {len} at {at}");
                } else {
                    assert_eq!(i, tail, "len {len} at {at}");
                }
            }
        }
    }

    #[test]
    fn whole_chunk_test_finds_what_the_word_test_finds() {
        for len in 0..40 {
            for at in 0..len {
                for from in 0..=at {
                    let mut bytes = vec![b'a'; len];
                    bytes[at] = b'\n';
                    assert_eq!(
                        skip_kept(&bytes, from, |b| b != b'\n', newlines),
                        skip_unflagged(&bytes, from, newlines),
                        "len {len} at {at} from {from}"
                    );
                }
            }
        }
    }

    #[test]
    fn texts_are_repeatable_and_made_of_the_pieces() {
        let a = pseudo_random_texts(7, &["x", "yy"], 50, 5);
        assert_eq!(a, pseudo_random_texts(7, &["x", "yy"], 50, 5));
        assert!(a
            .iter()
            .all(|s| !s.is_empty() && s.chars().all(|c| c == 'x' || c == 'y')));
    }
}
