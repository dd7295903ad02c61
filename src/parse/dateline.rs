//! Date lines (`Thu 21 Mar 2024 18.05 GMT`, `Binnenland · vandaag, 07:12`): short lines of
//! a date or a time that news sites print under the headline. They are no section
//! headings, though they are short and end without a full stop.

/// Month names and their abbreviations, Dutch and English, lower case.
const MONTHS: [&str; 34] = [
    "jan",
    "january",
    "januari",
    "feb",
    "february",
    "februari",
    "mar",
    "march",
    "mrt",
    "maart",
    "apr",
    "april",
    "may",
    "mei",
    "jun",
    "june",
    "juni",
    "jul",
    "july",
    "juli",
    "aug",
    "august",
    "augustus",
    "sep",
    "sept",
    "september",
    "oct",
    "october",
    "okt",
    "oktober",
    "nov",
    "november",
    "dec",
    "december",
];

/// True for a word that is a month name (`Mar`, `maart`, `December`).
fn is_month(word: &str) -> bool {
    let w = word.trim_end_matches(['.', ',']);
    MONTHS.iter().any(|m| m.eq_ignore_ascii_case(w))
}

/// True for a year from 1900 to 2099 (`2024`, `2024,`).
fn is_year(word: &str) -> bool {
    let w = word.trim_end_matches([',', '.']);
    w.len() == 4
        && (w.starts_with("19") || w.starts_with("20"))
        && w.bytes().all(|b| b.is_ascii_digit())
}

/// True for a clock time (`18.05`, `07:12`, `9:30`).
fn is_time(word: &str) -> bool {
    let w = word.trim_end_matches([',', '.']);
    let Some((h, m)) = w.split_once(['.', ':']) else {
        return false;
    };
    (1..=2).contains(&h.len())
        && m.len() == 2
        && h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit())
}

/// True for a line of a date and/or a time: a year with a month or a time, or a time
/// with a separator dot (`·`).
pub fn is_dateline(line: &str) -> bool {
    // Every date line has a digit; most headings have none.
    if !line.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let (mut year, mut month, mut time) = (false, false, false);
    for w in line.split_whitespace() {
        year |= is_year(w);
        month |= is_month(w);
        time |= is_time(w);
    }
    (year && (month || time)) || (time && line.contains('·'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_times_under_a_headline_are_date_lines() {
        for line in [
            "Thu 21 Mar 2024 18.05 GMT",
            "Sun 10 Mar 2024 19.20 GMT",
            "Binnenland · vandaag, 07:12 · aangepast vandaag, 09:40",
            "19 maart 2024",
            "Tue 3 Jun 2025 19.30 BST",
        ] {
            assert!(is_dateline(line), "{line}");
        }
    }

    #[test]
    fn headings_with_a_number_are_no_date_lines() {
        for line in [
            "Deel 4",
            "Nine metres in a night",
            "Terug naar 2019",
            "Om 07.30 uur begon het",
            "De zomer van 1976",
            "Mei",
        ] {
            assert!(!is_dateline(line), "{line}");
        }
    }
}
