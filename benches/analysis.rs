//! Throughput of parse + quote extraction (`quotes::extract`: the quotes and terms,
//! told apart) and of parse + the full analysis (`quotes::analyze`: with speakers and
//! roles), on the bundled article and generated ~1 MB and ~5 MB ones.
//!
//! The large article repeats the bundled article's paragraphs with varied speaker names
//! and sections, so the analysis meets as many quotes, names and headings per byte as
//! in a real article. Throughput is reported in bytes per second; comparing the
//! sizes shows whether the work is linear. The analysis splits its per-block and
//! per-quote passes over the machine's cores (see `quotes::par`).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use folio::article::BUNDLED_TEXT;
use folio::document::Document;
use folio::parse::parse_plain;
use folio::quotes::{analyze, extract, Analysis};
use std::hint::black_box;

/// Size of the generated article.
const LARGE_BYTES: usize = 5 * 1024 * 1024;

/// Builds an article of about `bytes` bytes from the bundled one: each copy gets its
/// own section headings and its own speakers (surnames varied), plus a dialogue and an
/// English passage so every rule runs.
fn generated(bytes: usize) -> String {
    let body = BUNDLED_TEXT
        .split_once(' ')
        .map_or(BUNDLED_TEXT, |(_, rest)| rest)
        .trim();
    let mut out = String::with_capacity(bytes + body.len());
    out.push_str("date 2025-03 ");
    let mut i = 0usize;
    while out.len() < bytes {
        i += 1;
        out.push_str(&format!("Deel {i}\n\n"));
        let copy = body
            .replace("Oetkin", &format!("Oetkin{i}"))
            .replace("Klyszcz", &format!("Klyszcz{i}"));
        out.push_str(&copy);
        out.push_str(&format!(
            "\n\nRonde {i}\n\n“Where are you going?”\n\n“Home. It is late.”\n\n\
             Senator Jane Doe{i}, a Democrat from Ohio, said the vote was close. \
             “We had the numbers,” she said. “Barely.”\n\n\
             ,,Dat klopt niet'', zegt wethouder Piet van Dam{i}. ,,Echt niet.''\n\n"
        ));
    }
    out
}

/// A quote pass over a parsed article.
type Pass = fn(&Document) -> Analysis;

fn bench(c: &mut Criterion) {
    let large = generated(LARGE_BYTES);
    let medium = generated(LARGE_BYTES / 5);
    let passes: [(&str, Pass); 2] = [
        ("parse+quotes", extract),
        ("parse+quotes+speakers", analyze),
    ];
    for (group_name, pass) in passes {
        let mut group = c.benchmark_group(group_name);
        for (name, text, samples) in [
            ("bundled", BUNDLED_TEXT, 100),
            ("generated-1MB", medium.as_str(), 20),
            ("generated-5MB", large.as_str(), 10),
        ] {
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.sample_size(samples);
            group.bench_function(name, |b| {
                b.iter(|| {
                    let doc = parse_plain(black_box(text));
                    black_box(pass(&doc))
                })
            });
        }
        group.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
