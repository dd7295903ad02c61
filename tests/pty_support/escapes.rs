//! A corpus of hostile control sequences and a checker for a terminal output stream.

/// Payloads that would control a terminal if passed through.
pub const PAYLOADS: &[&str] = &[
    "\x1b[2J",
    "\x1b]0;PWNED-TITLE\x07",
    "\x1b]2;PWNED-TITLE\x1b\\",
    "\x1b]52;c;cHduZWQ=\x07",
    "\x1b]8;;http://evil.example/\x1b\\link\x1b]8;;\x1b\\",
    "\x1bP+q544e\x1b\\",
    "\x1b_apc\x1b\\",
    "\x1b^pm\x1b\\",
    "\x1bXsos\x1b\\",
    "\u{9b}31m",
    "\u{9d}0;c1-title\u{9c}",
    "\u{90}dcs\u{9c}",
    "\x07\x08\r\x7f",
    "\u{202e}reversed\u{202c}",
    "zero\u{200b}width",
    "\x1b]0;unterminated",
];

/// An article with every payload in the body, a heading and a caption.
pub fn hostile_article() -> String {
    let all: String = PAYLOADS.concat();
    format!(
        "date 2025-01 Lead paragraph {all} ends here.\n\n\
         Body paragraph one {all} with text.\n\n\
         Heading {}\n\n\
         Body paragraph two {all} more text.\n\n\
         A caption {all} under a photo. © AGENCY\n\n\
         Closing paragraph.\n",
        "\x1b[31mred\x1b[0m"
    )
}

/// CSI sequences the app itself may send: (parameters, final byte).
fn allowed_csi(params: &str, fin: u8) -> bool {
    match fin {
        b'H' | b'm' | b'J' | b'K' => params.bytes().all(|b| b.is_ascii_digit() || b == b';'),
        b'h' | b'l' => matches!(
            params,
            "?25" | "?1049" | "?1000" | "?1002" | "?1003" | "?1006" | "?1015" | "?2004"
        ),
        _ => false,
    }
}

/// Every forbidden thing in `out`: C0 other than ESC/CR/LF, DEL, C1 code points, and any
/// escape sequence outside the app's allow-list (OSC, DCS, APC, PM, SOS, other CSI).
pub fn forbidden(out: &[u8]) -> Vec<String> {
    let mut bad = Vec::new();
    let text = String::from_utf8_lossy(out);
    for c in text.chars() {
        if ('\u{80}'..='\u{9f}').contains(&c) || ('\u{202a}'..='\u{202e}').contains(&c) {
            bad.push(format!("code point {c:?}"));
        }
        if c == '\u{200b}' || ('\u{2066}'..='\u{2069}').contains(&c) {
            bad.push(format!("format char {c:?}"));
        }
    }
    let mut i = 0;
    while i < out.len() {
        let b = out[i];
        if b == 0x1b {
            if out.get(i + 1) != Some(&b'[') {
                bad.push(format!(
                    "ESC {:?} at {i}",
                    out.get(i + 1).map(|&b| b as char)
                ));
                i += 1;
                continue;
            }
            let start = i + 2;
            let mut j = start;
            while j < out.len() && (0x30..=0x3f).contains(&out[j]) {
                j += 1;
            }
            let params = String::from_utf8_lossy(&out[start..j]).into_owned();
            let fin = out.get(j).copied().unwrap_or(0);
            if !allowed_csi(&params, fin) {
                bad.push(format!("CSI {params:?} {:?} at {i}", fin as char));
            }
            i = j + 1;
            continue;
        }
        if (b < 0x20 && b != b'\r' && b != b'\n') || b == 0x7f {
            bad.push(format!("byte {b:#04x} at {i}"));
        }
        i += 1;
    }
    bad
}
