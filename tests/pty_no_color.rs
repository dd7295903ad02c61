//! `NO_COLOR` turns every colour off in the real binary; structure stays (bold, reverse).

mod pty_support;
use pty_support::Folio;

/// Every SGR parameter list in `raw`.
fn sgr_params(raw: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(raw);
    text.split("\x1b[")
        .skip(1)
        .filter_map(|s| {
            let end = s.find(|c: char| !(c.is_ascii_digit() || c == ';'))?;
            (s[end..].starts_with('m')).then(|| s[..end].to_string())
        })
        .collect()
}

fn is_colour(params: &str) -> bool {
    let p: Vec<&str> = params.split(';').collect();
    p.iter().any(|x| {
        let n: u32 = x.parse().unwrap_or(0);
        (30..=37).contains(&n) || (40..=47).contains(&n) || (90..=107).contains(&n)
    }) || params.starts_with("38;")
        || params.starts_with("48;")
}

#[test]
fn no_color_sends_no_colour_but_keeps_reverse_and_bold() {
    let mut f = Folio::start(&[], 100, 30, &[("NO_COLOR", "1")]);
    f.wait_text("? help");
    f.send("/de\r");
    f.wait_for("a match", |s| s.lines().last().unwrap().contains('/'));
    f.send("q");
    assert_eq!(f.wait_exit(), 0);
    let params = sgr_params(&f.raw());
    let colours: Vec<&String> = params.iter().filter(|p| is_colour(p)).collect();
    assert!(colours.is_empty(), "colour SGR under NO_COLOR: {colours:?}");
    assert!(
        params.iter().any(|p| p.split(';').any(|x| x == "7")),
        "reverse"
    );
    assert!(
        params.iter().any(|p| p.split(';').any(|x| x == "1")),
        "bold"
    );
}

#[test]
fn without_no_color_the_reader_uses_colour() {
    let mut f = Folio::start(&[], 100, 30, &[]);
    f.wait_text("? help");
    f.send("q");
    assert_eq!(f.wait_exit(), 0);
    assert!(sgr_params(&f.raw()).iter().any(|p| is_colour(p)));
}
