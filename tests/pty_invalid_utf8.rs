//! Invalid UTF-8 is decoded lossily and the status line says how many bytes were replaced.

mod pty_support;
use pty_support::{write_article, Folio};

#[test]
fn replaced_bytes_are_counted_in_the_status_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_article(
        dir.path(),
        "latin1.txt",
        b"Caf\xe9 au lait, cr\xe8me br\xfbl\xe9e.\n\nA second paragraph that is fine.\n",
    );
    let mut f = Folio::start(&[&path], 100, 20, &[]);
    f.wait_text("4 invalid bytes replaced");
    // vt100 drops U+FFFD from its screen model, so look for it in the output stream.
    f.wait_raw("Caf\u{FFFD} au lait".as_bytes());
    f.send("q");
    assert_eq!(f.wait_exit(), 0);
}
