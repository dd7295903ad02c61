//! Speaker colours: each speaker gets a colour derived from their name, the same in every
//! view and every run, and two speakers of one article share one only when the palette
//! has no room left.

use ratatui::style::Color;

/// Distinct foreground colours (xterm 256-colour indices) readable on dark and light
/// backgrounds, none of them the search highlight's yellow background or a grey.
pub const PALETTE: [Color; 12] = [
    Color::Indexed(39),  // blue
    Color::Indexed(208), // orange
    Color::Indexed(41),  // green
    Color::Indexed(170), // orchid
    Color::Indexed(203), // coral red
    Color::Indexed(37),  // teal
    Color::Indexed(141), // violet
    Color::Indexed(178), // gold
    Color::Indexed(75),  // sky blue
    Color::Indexed(167), // brick
    Color::Indexed(114), // light green
    Color::Indexed(211), // pink
];

/// FNV-1a, 64 bit: a stable hash of a name (no per-run seed).
fn fnv1a(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// A palette slot for each of `names`. Names are served in order of their hash (ties by
/// name), each taking its hash's slot or the next free one, so the result depends only on
/// the set of names, not on their order in the article.
pub fn assign(names: &[&str]) -> Vec<usize> {
    let n = PALETTE.len();
    let mut order: Vec<(u64, &str, usize)> = names
        .iter()
        .enumerate()
        .map(|(i, name)| (fnv1a(name), *name, i))
        .collect();
    order.sort_unstable();
    let mut taken = [false; PALETTE.len()];
    let mut slots = vec![0; names.len()];
    for (k, &(hash, _, i)) in order.iter().enumerate() {
        let preferred = (hash % n as u64) as usize;
        // Once every slot is used, colours repeat; start a fresh round.
        if k % n == 0 {
            taken = [false; PALETTE.len()];
        }
        let slot = (0..n)
            .map(|d| (preferred + d) % n)
            .find(|&s| !taken[s])
            .unwrap_or(preferred);
        taken[slot] = true;
        slots[i] = slot;
    }
    slots
}

/// The colour of palette slot `slot`.
pub fn color(slot: usize) -> Color {
    PALETTE[slot % PALETTE.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_are_stable_and_independent_of_order() {
        let a = assign(&["Ann Lee", "Bo Tan", "Cy Dee"]);
        let b = assign(&["Cy Dee", "Ann Lee", "Bo Tan"]);
        assert_eq!(a, [b[1], b[2], b[0]]);
        assert_eq!(assign(&["Ann Lee"])[0], (fnv1a("Ann Lee") % 12) as usize);
    }

    #[test]
    fn speakers_share_a_colour_only_when_the_palette_is_full() {
        let names: Vec<String> = (0..30).map(|i| format!("Speaker {i}")).collect();
        let refs: Vec<&str> = names.iter().map(String::as_str).collect();
        let mut first: Vec<usize> = assign(&refs[..12]);
        first.sort_unstable();
        first.dedup();
        assert_eq!(first.len(), 12, "twelve speakers, twelve colours");
        assert!(assign(&refs).iter().all(|&s| s < PALETTE.len()));
    }
}
