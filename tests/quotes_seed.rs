//! The bundled article against its hand-checked gold file: every quote's exact text
//! and speaker, both speakers with their roles, and no term listed as a quote.

use folio::article::Article;
use serde_json::Value;

fn gold() -> Value {
    serde_json::from_str(include_str!("fixtures/seed.gold.json")).unwrap()
}

fn seed() -> Article {
    Article::from_text("seed", None, include_str!("fixtures/seed.txt"), 0, None)
}

#[test]
fn seed_quotes_match_the_gold_text_speaker_and_section() {
    let a = seed();
    let gold = gold();
    let quotes = gold["quotes"].as_array().unwrap();
    assert_eq!(a.analysis.quotes.len(), quotes.len());
    for (q, g) in a.analysis.quotes.iter().zip(quotes) {
        assert_eq!(q.text, g["text"].as_str().unwrap());
        let speaker = q.speaker.map(|s| a.analysis.speakers[s].name.as_str());
        assert_eq!(speaker, g["speaker"].as_str(), "speaker of {:?}", q.text);
        let section = a.doc.sections[q.section].title.as_deref();
        assert_eq!(section, g["section"].as_str(), "section of {:?}", q.text);
    }
}

#[test]
fn seed_speakers_have_their_roles_aliases_and_counts() {
    let a = seed();
    let gold = gold();
    let speakers = gold["speakers"].as_array().unwrap();
    assert_eq!(a.analysis.speakers.len(), speakers.len());
    for g in speakers {
        let i = a
            .analysis
            .find_speaker(g["name"].as_str().unwrap())
            .expect("gold speaker found");
        let s = &a.analysis.speakers[i];
        assert_eq!(s.role.as_deref(), g["role"].as_str());
        for alias in g["aliases"].as_array().unwrap() {
            assert!(s.aliases.iter().any(|x| x == alias.as_str().unwrap()));
        }
        assert_eq!(
            a.analysis.quote_count(i) as u64,
            g["direct_quotes"].as_u64().unwrap()
        );
    }
}

#[test]
fn seed_terms_are_terms_and_never_quotes() {
    let a = seed();
    let gold = gold();
    let terms: Vec<&str> = gold["terms"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["text"].as_str().unwrap())
        .collect();
    let found: Vec<&str> = a.analysis.terms.iter().map(|t| t.text.as_str()).collect();
    assert_eq!(found, terms);
    for q in &a.analysis.quotes {
        assert!(!terms.contains(&q.text.as_str()), "term leaked: {}", q.text);
    }
}

#[test]
fn seed_apostrophes_are_not_quotes() {
    let a = seed();
    for q in a.analysis.quotes.iter().chain(&a.analysis.terms) {
        assert!(!q.text.starts_with("s minister"), "{}", q.text);
    }
}
