//! Whole-pipeline tests of `analyze` on sentences written for each pattern and trap,
//! in Dutch and in English.

use super::*;
use crate::parse::parse_plain;

/// (quote text, speaker name) for every direct quote of a plain-text article.
fn said(text: &str) -> Vec<(String, Option<String>)> {
    let doc = parse_plain(text);
    let a = analyze(&doc);
    a.quotes
        .iter()
        .map(|q| {
            let who = q.speaker.map(|s| a.speakers[s].name.clone());
            (q.text.clone(), who)
        })
        .collect()
}

fn terms(text: &str) -> Vec<String> {
    analyze(&parse_plain(text))
        .terms
        .into_iter()
        .map(|t| t.text)
        .collect()
}

fn pair(t: &str, s: Option<&str>) -> (String, Option<String>) {
    (t.to_string(), s.map(str::to_string))
}

#[test]
fn name_near_the_quote_does_not_beat_the_name_the_verb_governs() {
    let got = said(
        "Lead hier.\n\nDe Duitse minister Klaus Weber zweeg. ‘Dat is een oude truc’, zegt onderzoeker Eva Smit.",
    );
    assert_eq!(got, [pair("Dat is een oude truc", Some("Eva Smit"))]);
    let got = said(
        "Lead here.\n\nThe talks were led by Foreign Minister John Grey. “It is an old trick,” said analyst Amy Stone.",
    );
    assert_eq!(got, [pair("It is an old trick,", Some("Amy Stone"))]);
}

#[test]
fn apostrophe_right_before_a_closing_mark() {
    let got = said("Lead here.\n\n“It was the players’,” said coach Tim Ross. “All of it.”");
    assert_eq!(
        got,
        [
            pair("It was the players’,", Some("Tim Ross")),
            pair("All of it.", Some("Tim Ross"))
        ]
    );
}

#[test]
fn quoted_heading_is_a_term_not_speech() {
    let text = "Lead hier.\n\nEen alinea.\n\n‘Nooit meer oorlog’\n\nNog een alinea met tekst.";
    assert!(said(text).is_empty());
    assert_eq!(terms(text), ["Nooit meer oorlog"]);
}

#[test]
fn unclosed_quote_ends_at_its_paragraph() {
    let got = said("Lead hier.\n\nJansen zegt: ‘We gaan door tot het einde van het jaar\n\nDaarna volgt een gewone alinea.");
    assert_eq!(
        got,
        [pair(
            "We gaan door tot het einde van het jaar",
            Some("Jansen")
        )]
    );
}

#[test]
fn dialogue_without_verbs_names_nobody() {
    let got =
        said("Lead here.\n\nThe room went quiet.\n\n“Are you staying?”\n\n“No. Not tonight.”");
    assert_eq!(
        got,
        [
            pair("Are you staying?", None),
            pair("No. Not tonight.", None)
        ]
    );
}

#[test]
fn an_answer_after_a_question_is_not_the_asker_continuing() {
    let got = said("Lead here.\n\n“Will it pass?” asked Tom Hill.\n\n“It will pass.”");
    assert_eq!(
        got,
        [
            pair("Will it pass?", Some("Tom Hill")),
            pair("It will pass.", None)
        ]
    );
}

#[test]
fn verbless_turns_in_a_dialogue_alternate_between_the_two_speakers() {
    let got = said(
        "Lead here.\n\n“Will you keep all of them?” a reporter asked.\n\n“I think we will,” Senator Ann Lee replied.\n\n“With whose votes?”\n\n“With everyone’s.”",
    );
    assert_eq!(
        got,
        [
            pair("Will you keep all of them?", None),
            pair("I think we will,", Some("Ann Lee")),
            pair("With whose votes?", None),
            pair("With everyone’s.", Some("Ann Lee"))
        ]
    );
    let got = said(
        "Lead hier.\n\n‘Komt er meer geld?’ vroeg raadslid Piet Bos.\n\n‘Dit jaar niet’, antwoordde wethouder Eva Smit.\n\n‘En volgend jaar?’\n\n‘Dat weet ik nog niet.’",
    );
    assert_eq!(
        got,
        [
            pair("Komt er meer geld?", Some("Piet Bos")),
            pair("Dit jaar niet", Some("Eva Smit")),
            pair("En volgend jaar?", Some("Piet Bos")),
            pair("Dat weet ik nog niet.", Some("Eva Smit"))
        ]
    );
}

#[test]
fn narration_with_a_pronoun_subject_stays_with_the_person_already_meant() {
    let got = said(
        "Lead here.\n\n“We will win this,” said coach Tom Reed.\n\nHe pointed to the injury list, among them the striker Sam Cole.\n\n“People forget how many players we lost.”",
    );
    assert_eq!(
        got[1],
        pair("People forget how many players we lost.", Some("Tom Reed"))
    );
    let got = said(
        "Lead hier.\n\n‘We gaan dit winnen’, zegt trainer Jan Smit.\n\nHij wees op de lange blessurelijst, met onder meer spits Kees Bos.\n\n‘Mensen vergeten hoeveel spelers we misten.’",
    );
    assert_eq!(
        got[1],
        pair(
            "Mensen vergeten hoeveel spelers we misten.",
            Some("Jan Smit")
        )
    );
}

#[test]
fn a_paragraph_ending_in_reported_speech_hands_the_next_quote_to_its_speaker() {
    let got = said(
        "Lead here.\n\n“We are sorry,” said chief executive Ruth Marsh.\n\nIn her statement, she said the firm would invest more.\n\n“The network is old. It will take years.”",
    );
    assert_eq!(
        got[1],
        pair(
            "The network is old. It will take years.",
            Some("Ruth Marsh")
        )
    );
    let got = said(
        "Lead hier.\n\nDe boer Kees Smit is boos.\n\nWethouder Anna Bakker zei dat de gemeente meer wil doen.\n\n‘We trekken er geld voor uit.’",
    );
    assert_eq!(
        got[0],
        pair("We trekken er geld voor uit.", Some("Anna Bakker"))
    );
}

#[test]
fn volgens_or_according_to_inside_the_sentence_before_a_quote_names_its_speaker() {
    let got = said(
        "Lead hier.\n\nAkkerbouwer Lotte de Wit ziet het somber in. Een teler zonder water verliest volgens haar de helft. ‘Dat overleef je één keer.’",
    );
    assert_eq!(
        got,
        [pair("Dat overleef je één keer.", Some("Lotte de Wit"))]
    );
    let got = said(
        "Lead here.\n\nFarmer Tom Hale is worried. A dry year, according to him, halves the crop. “You survive that once.”",
    );
    assert_eq!(got, [pair("You survive that once.", Some("Tom Hale"))]);
    // A source that is no person names no speaker.
    let got = said("Lead hier.\n\nDe prijs steeg volgens het CBS fors. ‘Dat is veel.’");
    assert_eq!(got, [pair("Dat is veel.", None)]);
}

#[test]
fn a_quoted_name_before_a_noun_is_a_term_even_when_a_speech_verb_follows() {
    assert_eq!(
        terms("Lead here.\n\nThe \"Main Street Internet\" bill says little about fees."),
        ["Main Street Internet"]
    );
    assert_eq!(
        terms("Lead hier.\n\nHet ‘Samen Sterk’ plan stelt dat de wijk groener wordt."),
        ["Samen Sterk"]
    );
    // Speech followed by its attribution keeps it, with or without a comma.
    let got = said("Lead here.\n\n“It cannot go on,” senior official Jane Roe said.");
    assert_eq!(got, [pair("It cannot go on,", Some("Jane Roe"))]);
    let got = said("Lead hier.\n\n‘Het kan niet’ zegt wethouder Piet Bos.");
    assert_eq!(got, [pair("Het kan niet", Some("Piet Bos"))]);
}

#[test]
fn a_few_quoted_words_governed_by_a_speech_verb_are_speech() {
    let got = said(
        "Lead here.\n\nDefence lawyer Rachel Moore said her client was “deeply ashamed” of it.",
    );
    assert_eq!(got, [pair("deeply ashamed", Some("Rachel Moore"))]);
    let got = said("Lead hier.\n\nWethouder Bert Nijhof zegt er ,,niet zomaar'' mee te stoppen.");
    assert_eq!(got, [pair("niet zomaar", Some("Bert Nijhof"))]);
    // A naming verb keeps a term.
    assert_eq!(
        terms("Lead here.\n\nShe called it “a giveaway” on Monday."),
        ["a giveaway"]
    );
}

#[test]
fn a_fragment_a_speech_verb_governs_past_dat_or_further_back_is_speech() {
    let got = said(
        "Lead hier.\n\nWethouder Karin Lamers erkent dat de gemeente „de meldingen te lang heeft laten liggen”.",
    );
    assert_eq!(
        got,
        [pair(
            "de meldingen te lang heeft laten liggen",
            Some("Karin Lamers")
        )]
    );
    let got = said(
        "Lead here.\n\nAnalyst Tessa Grant said shoppers should expect prices to stay \"stubbornly high\" until May.",
    );
    assert_eq!(got, [pair("stubbornly high", Some("Tessa Grant"))]);
    // The verb also governs a second fragment of its sentence.
    let got = said(
        "Lead here.\n\nCouncillor Amy Hart said the plan was “far too costly” and that it would “hurt young families”.",
    );
    assert_eq!(
        got,
        [
            pair("far too costly", Some("Amy Hart")),
            pair("hurt young families", Some("Amy Hart"))
        ]
    );
}

#[test]
fn governed_single_words_titles_and_named_things_stay_terms() {
    assert_eq!(
        terms("Lead hier.\n\nHij zegt dat het plan ‘onzin’ is."),
        ["onzin"]
    );
    assert_eq!(
        terms("Lead here.\n\nShe said she had read “The Long Road Home” twice."),
        ["The Long Road Home"]
    );
    assert_eq!(
        terms("Lead here.\n\nThe report says most were so-called “dry spills” last year."),
        ["dry spills"]
    );
    assert_eq!(
        terms("Lead hier.\n\nHet rapport stelt dat het om zogenoemde ‘grijze kentekens’ gaat."),
        ["grijze kentekens"]
    );
    assert_eq!(
        terms("Lead here.\n\nHe said the county remained under a “red flag” warning."),
        ["red flag"]
    );
}

#[test]
fn a_name_right_after_a_definite_article_is_an_organisation_not_a_speaker() {
    let got = said("Lead here.\n\nThe BBC said in a statement: “We stand by our reporting.”");
    assert_eq!(got, [pair("We stand by our reporting.", None)]);
    let got = said("Lead hier.\n\nHet OM zegt: ‘Wij gaan in hoger beroep.’");
    assert_eq!(got, [pair("Wij gaan in hoger beroep.", None)]);
    // A capitalised `De` before a surname is a particle.
    let got = said("Lead hier.\n\nDe Vries zegt: ‘Wij gaan door.’");
    assert_eq!(got.len(), 1);
    assert!(
        got[0].1.as_deref().is_some_and(|n| n.ends_with("Vries")),
        "{got:?}"
    );
}

#[test]
fn a_capitalised_name_after_a_place_preposition_is_a_place_not_a_speaker() {
    let got = said("Lead hier.\n\n‘We staan stil’, zegt een ondernemer in Tiel.");
    assert_eq!(got, [pair("We staan stil", None)]);
    let got = said("Lead here.\n\n“We are stuck,” said a farmer from Ohio.");
    assert_eq!(got, [pair("We are stuck,", None)]);
    let got = said("Lead here.\n\nA shop on Mack Avenue closed. “We are stuck,” he said.");
    assert_eq!(got, [pair("We are stuck,", None)]);
    // A person after the place is still found.
    let got = said("Lead here.\n\nIn Ohio, farmer Tom Hale is worried. “We are stuck,” he said.");
    assert_eq!(got, [pair("We are stuck,", Some("Tom Hale"))]);
}

#[test]
fn pronoun_without_antecedent_is_nobody_never_the_pronoun() {
    let got = said("Lead hier.\n\n‘Het is te laat’, zegt hij.");
    assert_eq!(got, [pair("Het is te laat", None)]);
}

#[test]
fn pronouns_resolve_to_the_person_introduced() {
    let got = said(
        "Lead hier.\n\nDe boer Karel de Jong ziet zijn oogst mislukken. ‘Zo erg was het nooit’, zegt hij. ‘Nooit.’",
    );
    assert_eq!(
        got,
        [
            pair("Zo erg was het nooit", Some("Karel de Jong")),
            pair("Nooit.", Some("Karel de Jong"))
        ]
    );
    let got = said(
        "Lead here.\n\nMaria Lopez, a nurse in Leeds, works nights. “We are exhausted,” she said.",
    );
    assert_eq!(got, [pair("We are exhausted,", Some("Maria Lopez"))]);
}

#[test]
fn split_quote_around_the_attribution() {
    let got = said("Lead here.\n\n“We tried,” Ann Lee said, “but the money ran out.”");
    assert_eq!(
        got,
        [
            pair("We tried,", Some("Ann Lee")),
            pair("but the money ran out.", Some("Ann Lee"))
        ]
    );
}

#[test]
fn next_paragraph_continues_the_previous_speaker() {
    let got = said(
        "Lead hier.\n\n‘Het gaat slecht’, zegt econoom Anna de Vries.\n\n‘De rente stijgt en de lonen niet.’",
    );
    assert_eq!(
        got,
        [
            pair("Het gaat slecht", Some("Anna de Vries")),
            pair("De rente stijgt en de lonen niet.", Some("Anna de Vries"))
        ]
    );
}

#[test]
fn quote_running_over_paragraphs_is_one_quote() {
    let got = said(
        "Lead hier.\n\nPiet Jansen zegt: ‘Eerst stijgt de rente.\n\n‘Daarna dalen de prijzen.’ Zo gaat het altijd.",
    );
    assert_eq!(
        got,
        [pair(
            "Eerst stijgt de rente. Daarna dalen de prijzen.",
            Some("Piet Jansen")
        )]
    );
}

#[test]
fn aldus_volgens_and_according_to() {
    let got = said("Lead hier.\n\n‘We zijn klaar’, aldus burgemeester Femke de Wit.");
    assert_eq!(got, [pair("We zijn klaar", Some("Femke de Wit"))]);
    let got = said("Lead here.\n\n“The deal is dead,” according to Paul Adams.");
    assert_eq!(got, [pair("The deal is dead,", Some("Paul Adams"))]);
}

#[test]
fn role_noun_resolves_to_the_named_holder() {
    let got = said(
        "Lead hier.\n\nMinister van Financiën Joris Bakker presenteerde de begroting.\n\n‘Er komt geen extra geld’, zegt de minister.",
    );
    assert_eq!(got, [pair("Er komt geen extra geld", Some("Joris Bakker"))]);
    let got = said(
        "Lead here.\n\nSenator Ruth Adler opposed the bill.\n\n“It is a mistake,” the senator said.",
    );
    assert_eq!(got, [pair("It is a mistake,", Some("Ruth Adler"))]);
}

#[test]
fn captions_and_bylines_are_never_speakers() {
    let doc = parse_plain(
        "By Tom Baker\n\nLead here.\n\nA protester in the square. Photo: Jane Lee\n\n“We will stay,” a protester said.",
    );
    let a = analyze(&doc);
    assert_eq!(a.quotes.len(), 1);
    assert_eq!(a.quotes[0].speaker, None);
    assert!(a.speakers.is_empty());
}

#[test]
fn scare_quotes_and_titles_are_terms() {
    let text = "Lead here.\n\nCritics call it a “giveaway” and the “deal of the century” is dead. He read ‘War and Peace’ twice.";
    assert!(said(text).is_empty());
    assert_eq!(
        terms(text),
        ["giveaway", "deal of the century", "War and Peace"]
    );
}

#[test]
fn quote_positions_are_exact_and_cover_every_piece() {
    let doc = parse_plain("Lead hier.\n\nZe zei: ,,Eerst dit.\n\n,,En dan dat.'' Einde.");
    let a = analyze(&doc);
    let q = &a.quotes[0];
    assert_eq!(q.pieces.len(), 2);
    let (s, e) = q.pieces[0];
    assert_eq!(&doc.blocks[s.block].text[s.offset..e.offset], "Eerst dit.");
    let (s, e) = q.pieces[1];
    assert_eq!(&doc.blocks[s.block].text[s.offset..e.offset], "En dan dat.");
    assert_eq!((q.start, q.end), (q.pieces[0].0, q.pieces[1].1));
}

#[test]
fn speakers_are_listed_in_order_of_first_quote_with_counts() {
    let doc = parse_plain(
        "Lead here.\n\n“One,” said Ann Lee. “Two,” said Bob Cole.\n\n“Three,” Lee said.",
    );
    let a = analyze(&doc);
    let names: Vec<&str> = a.speakers.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Ann Lee", "Bob Cole"]);
    assert_eq!((a.quote_count(0), a.quote_count(1)), (2, 1));
    assert_eq!(a.find_speaker("lee"), Some(0));
}

#[test]
fn pronoun_resolves_to_the_person_last_mentioned_not_the_last_speaker() {
    let got = said(
        "Lead here.\n\n“We will appeal,” said Tom Reed, a lawyer for the growers.\n\n\
         The costs will be met from reserves, according to the county treasurer, Ana Silva. \
         “There is no shortfall,” she said.",
    );
    assert_eq!(got[1], pair("There is no shortfall,", Some("Ana Silva")));
    let got = said(
        "Lead hier.\n\n‘We gaan in beroep’, zegt advocaat Tom Reed.\n\n\
         Gevraagd naar de kosten, bleef wethouder Ana Silva voorzichtig.\n\n\
         ‘Het geld is er’, zegt ze. ‘Maar niet voor altijd.’",
    );
    assert_eq!(got[1], pair("Het geld is er", Some("Ana Silva")));
    assert_eq!(got[2], pair("Maar niet voor altijd.", Some("Ana Silva")));
}

#[test]
fn pronoun_after_a_subject_in_the_previous_paragraph() {
    let got = said(
        "Lead here.\n\n“It is a start,” said Ruth Cole, who runs the shelter.\n\n\
         Asked whether the money would last, Dr Omar Haddad was cautious.\n\n\
         “I would like to think so,” he said.",
    );
    assert_eq!(
        got[1],
        pair("I would like to think so,", Some("Omar Haddad"))
    );
}

#[test]
fn verbless_quote_after_narration_about_a_person() {
    let got = said(
        "Lead hier.\n\n‘Het is te laat’, zegt econoom Eva Smit.\n\n\
         De eigenaar van de zaak, ondernemer Karel de Jong, zegt dat hij moet sluiten. \
         De huur is verdubbeld. ‘Ik kan niet anders.’",
    );
    assert_eq!(got[1], pair("Ik kan niet anders.", Some("Karel de Jong")));
    let got = said(
        "Lead here.\n\n“It is too late,” said economist Eva Smith.\n\n\
         The owner, restaurateur Carl Young, says he had no choice. \
         His rent has doubled. “I cannot go on like this.”",
    );
    assert_eq!(
        got[1],
        pair("I cannot go on like this.", Some("Carl Young"))
    );
}

#[test]
fn verbless_quote_after_a_naming_verb_with_a_term() {
    let got = said(
        "Lead hier.\n\n‘Dit is een stap terug’, zegt econoom Marleen van Dam.\n\n\
         ‘Het kan’, zegt onderzoeker Tom Reed.\n\n\
         Van Dam, hoogleraar in Utrecht, noemt de plannen ‘kortzichtig’. ‘Elke euro telt.’\n\n\
         Van Dam is niet overtuigd. ‘Het is onderhoud.’",
    );
    assert_eq!(got[2], pair("Elke euro telt.", Some("Marleen van Dam")));
    assert_eq!(got[3], pair("Het is onderhoud.", Some("Marleen van Dam")));
    let got = said(
        "Lead here.\n\n“It is a step back,” said economist Mary Dunn.\n\n\
         “It can work,” said researcher Tom Reed.\n\n\
         Dunn, a professor at Leeds, calls the plans “short-sighted”. “Every pound counts.”\n\n\
         Dunn is not convinced. “It is maintenance.”",
    );
    assert_eq!(got[2], pair("Every pound counts.", Some("Mary Dunn")));
    assert_eq!(got[3], pair("It is maintenance.", Some("Mary Dunn")));
}

#[test]
fn a_mention_in_the_sentence_does_not_beat_the_verbs_agent() {
    let got = said(
        "Lead hier.\n\nMinister Anna de Vries sprak met Karel Bos. ‘Dat is een oude truc’, zegt Eva Smit.",
    );
    assert_eq!(got, [pair("Dat is een oude truc", Some("Eva Smit"))]);
    let got = said(
        "Lead here.\n\nSenator John Grey met Carl Young. “It is an old trick,” said analyst \
         Amy Stone, referring to Grey.",
    );
    assert_eq!(got, [pair("It is an old trick,", Some("Amy Stone"))]);
}

#[test]
fn verbless_quote_opening_a_paragraph_after_narration_about_someone() {
    let got = said(
        "Lead here.\n\n“It is late,” said Amy Stone.\n\n\
         Carl Young, now 80, still lives by the harbour. He remembers the flood.\n\n\
         “The water came up to the second step.”",
    );
    assert_eq!(
        got[1],
        pair("The water came up to the second step.", Some("Carl Young"))
    );
    let got = said(
        "Lead hier.\n\n‘Het is laat’, zegt Eva Smit.\n\n\
         Karel de Jong woont nog altijd aan de haven. Hij herinnert zich de storm.\n\n\
         ‘Het water stond tot aan de tweede tree.’",
    );
    assert_eq!(
        got[1],
        pair(
            "Het water stond tot aan de tweede tree.",
            Some("Karel de Jong")
        )
    );
}

#[test]
fn a_shared_surname_alone_is_the_person_introduced_first() {
    let got = said(
        "Lead here.\n\nFor forty years, Peter Moss kept the light.\n\n\
         His daughter, Ellen Moss, grew up there. “He never left,” she said.\n\n\
         Moss is not sure he will visit. “I have seen it,” he said.",
    );
    assert_eq!(got[1], pair("I have seen it,", Some("Peter Moss")));
}

#[test]
fn a_compound_role_noun_before_the_name_is_no_part_of_it() {
    let got = said("Lead hier.\n\n‘Het is op’, zegt garnalenvisser Jelle Bos. ‘Echt op.’");
    assert_eq!(got[0], pair("Het is op", Some("Jelle Bos")));
    let got = said("Lead hier.\n\nPalingvisser Jelle Bos is boos. ‘Het is op.’");
    assert_eq!(got[0], pair("Het is op.", Some("Jelle Bos")));
}

#[test]
fn separable_rekent_voor_and_klinkt_het_attribute_the_quote() {
    let got = said(
        "Lead hier.\n\nHet bad ligt ver weg. ,,Met de fiets is dat een uur'', rekent Ellen Smit voor. ,,Dat doet niemand.''",
    );
    assert_eq!(
        got,
        [
            pair("Met de fiets is dat een uur", Some("Ellen Smit")),
            pair("Dat doet niemand.", Some("Ellen Smit"))
        ]
    );
    let got = said("Lead hier.\n\nDe huur stijgt. “Dit is niet meer te betalen”, klinkt het bij huurdersbond Woonstad.");
    assert_eq!(got, [pair("Dit is niet meer te betalen", Some("Woonstad"))]);
}

#[test]
fn an_abbreviated_title_links_to_the_role_noun_later() {
    let got = said(
        "Lead here.\n\nSen. Mark Ellis, a Democrat from Ohio, called the bill \"a giveaway.\" He voted no.\n\n\"We can do better,\" the senator said after the vote.",
    );
    assert_eq!(got, [pair("We can do better,", Some("Mark Ellis"))]);
    let got = said(
        "Lead here.\n\n\"Good deal,\" said Sen. Ann Hale.\n\nSen. Mark Ellis called it \"a giveaway.\"\n\n\"We can do better,\" the senator said.",
    );
    assert_eq!(got[1], pair("We can do better,", Some("Mark Ellis")));
    let got = said(
        "Lead hier.\n\nProf. Anna Smit doet al twintig jaar onderzoek naar de Noordzee.\n\n‘Het water wordt warmer’, zegt de professor.",
    );
    assert_eq!(got, [pair("Het water wordt warmer", Some("Anna Smit"))]);
}

#[test]
fn the_person_spoken_about_does_not_take_the_continuation() {
    let got = said(
        "Lead hier.\n\nMinister Karin Smit bezocht de haven. Visser Jan Bos (52) is sceptisch. ‘Ze luistert tenminste’, zegt hij over de minister. ‘Maar dat vult de koelcel niet.’\n\n‘Mijn zoon gaat iets anders doen.’",
    );
    assert_eq!(
        got,
        [
            pair("Ze luistert tenminste", Some("Jan Bos")),
            pair("Maar dat vult de koelcel niet.", Some("Jan Bos")),
            pair("Mijn zoon gaat iets anders doen.", Some("Jan Bos"))
        ]
    );
    let got = said(
        "Lead here.\n\nMayor Linda Park was in town. Tom Bryce, a fisherman, is skeptical. “She listens,” he said about the mayor. “But that does not pay the bills.”",
    );
    assert_eq!(
        got[1],
        pair("But that does not pay the bills.", Some("Tom Bryce"))
    );
}

#[test]
fn a_fragment_after_a_naming_verb_never_leaks_as_speech() {
    let text = "Lead here.\n\nNot everyone agreed. Mark Ellis called the package \"corporate welfare with a scarf on.\" He said he would ask the auditor to look at it.";
    assert!(said(text).is_empty());
    assert_eq!(terms(text), ["corporate welfare with a scarf on."]);
    let text =
        "Lead hier.\n\nDe vissers noemen het ‘de laatste zomer’, al zeggen ze dat al drie jaar.";
    assert!(said(text).is_empty());
    assert_eq!(terms(text), ["de laatste zomer"]);
}

#[test]
fn a_pronoun_prefers_a_person_of_its_gender() {
    let got = said(
        "Lead here.\n\nAnn Lee has worked the tower for years. “It is quiet up here,” she said.\n\nTom Hill ran the program. “She was right,” he told me.\n\nLast year, Hill said, the tower caught most fires. “Smoke moves,” she said.",
    );
    assert_eq!(got[2], pair("Smoke moves,", Some("Ann Lee")));
    let got = said(
        "Lead here.\n\nAnn Lee keeps the tower. “Check the ridge,” she said.\n\nTom Hill took the binoculars. “Which one?” he asked.\n\n“The left one,” Lee said.\n\nHe looked for a long time. “Nothing,” he said.",
    );
    assert_eq!(got[3], pair("Nothing,", Some("Tom Hill")));
}

#[test]
fn a_relative_named_in_apposition_takes_the_pronoun() {
    let got = said(
        "Lead here.\n\nJo Marsh was a defender. ‘I headed the ball a lot,’ she says.\n\nHer husband, Graham, who cares for her, is angry. ‘People see Jo and think she is fine,’ he says.",
    );
    assert_eq!(got[1].1.as_deref(), Some("Graham"));
    let got = said(
        "Lead hier.\n\nAnna Smit was verdediger. ‘Ik kopte veel’, zegt zij.\n\nHaar man, Kees, zorgt nu voor haar. ‘Mensen zien niets aan haar’, zegt hij.",
    );
    assert_eq!(got[1].1.as_deref(), Some("Kees"));
}

#[test]
fn a_capitalised_role_noun_opening_the_sentence_is_the_role_not_the_name() {
    let doc = parse_plain("Lead hier.\n\nInitiatiefnemer Sandra Kok (39) hoopt op de raad. ,,We gaan door'', aldus Kok.");
    let a = analyze(&doc);
    assert_eq!(a.speakers[0].name, "Sandra Kok");
    assert_eq!(a.speakers[0].role.as_deref(), Some("initiatiefnemer"));
    let doc = parse_plain(
        "Lead here.\n\nFisherman Tom Bryce is skeptical. \"It will not pass,\" Bryce said.",
    );
    let a = analyze(&doc);
    assert_eq!(a.speakers[0].name, "Tom Bryce");
    assert_eq!(a.speakers[0].role.as_deref(), Some("fisherman"));
    let doc = parse_plain("Lead here.\n\nSen. Mark Ellis voted no. \"It is wrong,\" Ellis said.");
    assert_eq!(analyze(&doc).speakers[0].role.as_deref(), Some("senator"));
}

#[test]
fn an_unnamed_spokesperson_of_an_organisation_is_nobody() {
    let got = said(
        "Lead hier.\n\nEen woordvoerder van Zorgverzekeraars Nederland laat weten: ‘We kijken ernaar.’",
    );
    assert_eq!(got, [pair("We kijken ernaar.", None)]);
    let got = said("Lead hier.\n\n‘We kijken ernaar’, zegt een woordvoerder van Stad Utrecht.");
    assert_eq!(got, [pair("We kijken ernaar", None)]);
    let got =
        said("Lead here.\n\nA Department for Education spokesperson said: “These are proposals.”");
    assert_eq!(got, [pair("These are proposals.", None)]);
    let got = said("Lead here.\n\n“These are proposals,” said a spokesman for Kessler Brands.");
    assert_eq!(got, [pair("These are proposals,", None)]);
    // A possessive determiner still introduces the named person.
    let got = said("Lead here.\n\n“These are proposals,” said her spokesman John Reed.");
    assert_eq!(got, [pair("These are proposals,", Some("John Reed"))]);
}

#[test]
fn a_place_after_a_sentence_initial_preposition_is_no_speaker() {
    let got = said(
        "Lead hier.\n\nIn Hoog Soeren woont Anna Smit met haar gezin. Ze werkt in Apeldoorn.\n\n‘Er rijdt geen bus meer.’",
    );
    assert_eq!(got, [pair("Er rijdt geen bus meer.", Some("Anna Smit"))]);
    let got = said(
        "Lead here.\n\nIn Askrigg Bridge, parents like Sarah Pendle are worried. She works in Leeds.\n\n“There is no other bus.”",
    );
    assert_eq!(got, [pair("There is no other bus.", Some("Sarah Pendle"))]);
}

#[test]
fn a_full_name_in_apposition_after_the_verbs_role_phrase_is_the_speaker() {
    let got = said("Lead here.\n\n“We were patient,” said the Castlebridge manager, Gary Reid.");
    assert_eq!(got, [pair("We were patient,", Some("Gary Reid"))]);
    let got = said("Lead hier.\n\n‘We bleven rustig’, zei de trainer van de thuisploeg, Gert Mol.");
    assert_eq!(got, [pair("We bleven rustig", Some("Gert Mol"))]);
    // An organisation after the comma is no person.
    let got = said("Lead here.\n\n“We were patient,” said the manager, who was smiling.");
    assert_eq!(got, [pair("We were patient,", None)]);
}

#[test]
fn a_name_after_an_unnamed_persons_preposition_is_not_the_speaker() {
    let got = said(
        "Lead here.\n\nA relative of Kayla Brennan, who declined to give her name, said the family waited. “We just want an answer.”",
    );
    assert_eq!(got, [pair("We just want an answer.", None)]);
    let got = said(
        "Lead hier.\n\nEen buurman van Piet de Vries, die anoniem wil blijven, zegt dat het lang duurde. ‘We willen een antwoord.’",
    );
    assert_eq!(got, [pair("We willen een antwoord.", None)]);
}

#[test]
fn the_answer_to_a_question_is_the_person_it_was_put_to_then_turns_alternate() {
    let got = said(
        "Lead here.\n\nUnder cross-examination, Ann Stiles pressed inspector Tom Marsh on the balcony.\n\n\
         “Did you ever stand on it?” Stiles asked.\n\n“No, ma’am.”\n\n“Not once?”\n\n“I inspected it from the ground.”",
    );
    let who: Vec<Option<&str>> = got.iter().map(|(_, s)| s.as_deref()).collect();
    assert_eq!(
        who,
        [
            Some("Ann Stiles"),
            Some("Tom Marsh"),
            Some("Ann Stiles"),
            Some("Tom Marsh")
        ]
    );
    let got = said(
        "Lead hier.\n\nWethouder Ruud Smit verdedigde het plan in de raad.\n\n\
         Raadslid Eva Bos vroeg hem op de man af: ‘Bent u daar zeker van?’\n\n‘Ja, heel zeker.’\n\n‘Dat geloof ik niet.’",
    );
    let who: Vec<Option<&str>> = got.iter().map(|(_, s)| s.as_deref()).collect();
    assert_eq!(who, [Some("Eva Bos"), Some("Ruud Smit"), Some("Eva Bos")]);
}

#[test]
fn a_question_put_to_the_person_of_the_narration_is_the_interviewers() {
    let got = said(
        "Lead hier.\n\nAl veertig jaar vaart veerman Wim Reijnders de pont. Vragen beantwoordt hij pas als de pont vastligt.\n\n\
         “Bent u nooit bang geweest?”\n\n“Bang niet. Wel voorzichtig.”",
    );
    let who: Vec<Option<&str>> = got.iter().map(|(_, s)| s.as_deref()).collect();
    assert_eq!(who, [None, Some("Wim Reijnders")]);
    let got = said(
        "Lead here.\n\nFor forty years the ferryman Wim Reed has crossed the river.\n\n\
         “Were you ever afraid?”\n\n“Never. Careful, yes.”",
    );
    let who: Vec<Option<&str>> = got.iter().map(|(_, s)| s.as_deref()).collect();
    assert_eq!(who, [None, Some("Wim Reed")]);
}

#[test]
fn a_role_set_before_the_name_in_apposition_is_the_speakers_role() {
    let a = analyze(&parse_plain(
        "Lead here.\n\nThe schools minister, Helen Carver, said the rules were old. “Nobody wants that,” she said.",
    ));
    assert_eq!(a.speakers[0].name, "Helen Carver");
    assert_eq!(a.speakers[0].role.as_deref(), Some("schools minister"));
    // The rest of a clause is no appositive.
    let a = analyze(&parse_plain(
        "Lead here.\n\nThe presenter, Jenny Hale, put it to her directly: “Can you promise that?”",
    ));
    assert_eq!(a.speakers[0].name, "Jenny Hale");
    assert_eq!(a.speakers[0].role.as_deref(), Some("presenter"));
    // After a possessive name, as after an article.
    let a = analyze(&parse_plain(
        "Lead here.\n\nForthbank’s manager, Gary Reid, runs a driving school.\n\n“We stood off,” Reid said.",
    ));
    assert_eq!(a.speakers[0].name, "Gary Reid");
    assert_eq!(a.speakers[0].role.as_deref(), Some("Forthbank’s manager"));
}

#[test]
fn an_organisation_after_name_particles_is_the_employer_not_the_surname() {
    let got = said(
        "Lead hier.\n\nFractievoorzitter Fatima Ouali van de Stadspartij gelooft er weinig van. Zij zei: ‘Dit gaat over geld.’",
    );
    assert_eq!(got, [pair("Dit gaat over geld.", Some("Fatima Ouali"))]);
    let got = said("Lead hier.\n\n‘Het kan’, zegt Kees Bakker van de Arbeiderspartij.");
    assert_eq!(got, [pair("Het kan", Some("Kees Bakker"))]);
    let got = said("Lead here.\n\n“It can be done,” said Jan Peter van den Berg.");
    assert_eq!(
        got,
        [pair("It can be done,", Some("Jan Peter van den Berg"))]
    );
}

#[test]
fn a_possessive_name_after_the_verb_is_a_determiner_not_the_speaker() {
    let got = said(
        "Lead here.\n\nHelen Carver spoke first.\n\nCritics called it a “tax” and said Carver’s department had “not done the most basic homework” on it.",
    );
    assert_eq!(got, [pair("not done the most basic homework", None)]);
    let got = said("Lead here.\n\n“It is over,” said Obama’s spokesman, Josh Earnest.");
    assert_eq!(got, [pair("It is over,", Some("Josh Earnest"))]);
    let got = said("Lead hier.\n\n‘Het is voorbij’, zei Rutte’s woordvoerder Jan Smit.");
    assert_eq!(got, [pair("Het is voorbij", Some("Jan Smit"))]);
}

#[test]
fn a_hyphenated_role_noun_before_the_name_is_the_role() {
    let a = analyze(&parse_plain(
        "Lead hier.\n\n‘Het is zeldzaam’, aldus KNO-arts Sanne Mulder, die het onderzoek leidde.",
    ));
    assert_eq!(a.speakers[0].name, "Sanne Mulder");
    assert_eq!(a.speakers[0].role.as_deref(), Some("KNO-arts"));
    let got = said("Lead here.\n\n“It is rare,” said ex-minister Jean-Pierre Dubois.");
    assert_eq!(got, [pair("It is rare,", Some("Jean-Pierre Dubois"))]);
}

#[test]
fn a_lone_place_preposition_after_a_capitalised_word_is_no_name_particle() {
    let got = said(
        "Lead hier.\n\nIn de laatste ronde viel Thijs Kooistra. Hij rijdt volgende week de Wereldbeker in Namen.\n\nLater schreef hij: „Tot volgende week!”",
    );
    assert_eq!(got, [pair("Tot volgende week!", Some("Thijs Kooistra"))]);
}

#[test]
fn a_possessive_subject_is_the_person_when_the_sentence_names_no_one_else() {
    let got = said(
        "Lead here.\n\nFiona Reed, the MP for Mid Dales, said it was unfair.\n\n\
         In Askrigg, a village in the Dales, Sarah Pendle’s three children take the bus.\n\n“There is no other bus.”",
    );
    assert_eq!(got[0], pair("There is no other bus.", Some("Sarah Pendle")));
    let got = said(
        "Lead hier.\n\nSanne Maas, raadslid voor Groot Venlo, vindt het onzin.\n\n\
         Aan de Maas wonen de kinderen van Piet Bos. Het veer ligt stil.\n\n‘Er gaat geen bus.’",
    );
    assert_eq!(got[0], pair("Er gaat geen bus.", Some("Piet Bos")));
}

#[test]
fn a_relation_noun_gives_the_first_name_after_it_a_gender() {
    let got = said(
        "Lead here.\n\nRuth Okafor tunes pianos.\n\nShe worked alongside her husband, Emmanuel, who did the restorations. They charged little, she says, “whatever felt fair that day.”",
    );
    assert_eq!(
        got,
        [pair("whatever felt fair that day.", Some("Ruth Okafor"))]
    );
    let got = said(
        "Lead hier.\n\nAnna Smit stemt piano’s.\n\nZe werkte met haar man, Emiel, die de restauraties deed. Ze rekenden weinig, zegt zij: ‘Wat die dag eerlijk voelde.’",
    );
    assert_eq!(
        got,
        [pair("Wat die dag eerlijk voelde.", Some("Anna Smit"))]
    );
}

#[test]
fn one_of_a_group_and_the_writer_are_nobody() {
    let got = said(
        "Lead here.\n\nHannah Rowe curated the show.\n\nOne of them, a retired decorator, wrote in the book: “My dad made these.”",
    );
    assert_eq!(got, [pair("My dad made these.", None)]);
    let got = said(
        "Lead hier.\n\nHanna Roos maakte de expositie.\n\nEen van de bezoekers, een oud-decorateur, schreef in het boek: ‘Mijn vader maakte deze.’",
    );
    assert_eq!(got, [pair("Mijn vader maakte deze.", None)]);
    let got = said(
        "Lead here.\n\nHannah Rowe curated the show.\n\nBefore I leave, I ask: “Any regrets?”",
    );
    assert_eq!(got, [pair("Any regrets?", None)]);
    let got = said(
        "Lead hier.\n\nHanna Roos maakte de expositie.\n\nVoor ik vertrek, vraag ik: ‘Spijt?’",
    );
    assert_eq!(got, [pair("Spijt?", None)]);
}

#[test]
fn chief_executive_is_a_title_before_the_name() {
    let a = analyze(&parse_plain(
        "Lead here.\n\n“It is hard,” Chief Executive Mark Hollis said.",
    ));
    assert_eq!(a.speakers[0].name, "Mark Hollis");
}

#[test]
fn a_name_after_an_article_is_a_thing_and_a_role_may_end_in_a_capital() {
    let got = said(
        "Lead here.\n\nA volunteer wearing a Morales T-shirt, who declined to give her name, said it was close. “We knocked on doors.”",
    );
    assert_eq!(got, [pair("We knocked on doors.", None)]);
    let got = said(
        "Lead hier.\n\nDe gedeputeerde voor Mobiliteit, Monique ter Haar, schreef op X: „Ga om tafel.”",
    );
    assert_eq!(got, [pair("Ga om tafel.", Some("Monique ter Haar"))]);
}

#[test]
fn an_answer_with_no_one_else_named_is_the_one_who_was_speaking() {
    let got = said(
        "Lead here.\n\nChief constable Rob Ashworth spoke to reporters. “We will find them,” he said.\n\n\
         One reporter asked whether the Lake District was a target.\n\n“Should people be worried?”\n\n“No. This was a specialist crime.”",
    );
    let who: Vec<Option<&str>> = got.iter().map(|(_, s)| s.as_deref()).collect();
    assert_eq!(who, [Some("Rob Ashworth"), None, Some("Rob Ashworth")]);
    // An overheard exchange between unnamed people is nobody's.
    let got = said(
        "Lead here.

“I ran,” said Ellen Marsh.

         At the shelter, a volunteer handed out blankets to a boy.

“Are we going home?”

“Not tomorrow.”",
    );
    let who: Vec<Option<&str>> = got.iter().map(|(_, s)| s.as_deref()).collect();
    assert_eq!(who, [Some("Ellen Marsh"), None, None]);
}

#[test]
fn a_pronoun_subject_of_the_cues_gender_keeps_the_person_already_meant() {
    let got = said(
        "Lead here.\n\nKevin Tran, a researcher, found the flaw.\n\n\
         He credited Priya Shah, a student in his lab, with the first clue. “Priya noticed it first,” he said.",
    );
    assert_eq!(got, [pair("Priya noticed it first,", Some("Kevin Tran"))]);
    let got = said(
        "Lead hier.\n\nOnderzoeker Karel Vos vond het lek.\n\n\
         Hij prijst student Anna Smit voor de eerste aanwijzing. ‘Anna zag het als eerste’, zegt hij.",
    );
    assert_eq!(got, [pair("Anna zag het als eerste", Some("Karel Vos"))]);
}

#[test]
fn a_turn_that_calls_someone_by_name_is_said_to_them() {
    let got = said(
        "Lead hier.\n\n‘Het water stijgt’, zegt boswachter Jelle Hofstra.\n\n‘Mijn land loopt onder’, zegt boer Harm Kuipers.\n\n\
         Bij het hek komen de twee mannen elkaar tegen.\n\n‘Jelle, wanneer gaat die dam weg?’\n\n‘Als de provincie ja zegt, Harm.’\n\n‘Dan sta ik hier in juni nog.’",
    );
    let who: Vec<Option<&str>> = got.iter().map(|(_, s)| s.as_deref()).collect();
    assert_eq!(
        who,
        [
            Some("Jelle Hofstra"),
            Some("Harm Kuipers"),
            Some("Harm Kuipers"),
            Some("Jelle Hofstra"),
            Some("Harm Kuipers")
        ]
    );
    let got = said(
        "Lead here.\n\n“The water is rising,” said ranger Jill Hope.\n\n“My land is flooded,” said farmer Hal Keen.\n\n\
         At the gate the two meet.\n\n“Jill, when does the dam go?”\n\n“When the county says so, Hal.”",
    );
    let who: Vec<Option<&str>> = got.iter().map(|(_, s)| s.as_deref()).collect();
    assert_eq!(
        who,
        [
            Some("Jill Hope"),
            Some("Hal Keen"),
            Some("Hal Keen"),
            Some("Jill Hope")
        ]
    );
}

#[test]
fn a_preposition_before_a_lower_case_role_ends_the_role_phrase() {
    let a = analyze(&parse_plain(
        "Lead hier.\n\nHier begint het land van melkveehouder Harm Kuipers.\n\n‘Het water blijft staan.’",
    ));
    assert_eq!(a.speakers[0].name, "Harm Kuipers");
    assert_eq!(a.speakers[0].role.as_deref(), Some("melkveehouder"));
    let a = analyze(&parse_plain(
        "Lead here.\n\nThis is the land of farmer Hal Keen.\n\n“The water stays.”",
    ));
    assert_eq!(a.speakers[0].role.as_deref(), Some("farmer"));
}

#[test]
fn a_gendered_title_picks_the_relative_of_that_gender() {
    let got = said(
        "Lead here.\n\nTom Archer runs the boatyard. His wife, Ruth Archer, keeps the books.\n\n“We are fine,” Mrs Archer said.\n\n“We are not,” Mr Archer said.",
    );
    assert_eq!(
        got,
        [
            pair("We are fine,", Some("Ruth Archer")),
            pair("We are not,", Some("Tom Archer"))
        ]
    );
    let got = said(
        "Lead hier.\n\nKees Brink heeft een bakkerij. Zijn vrouw, Anja Brink, doet de boeken.\n\n‘Het gaat goed’, zegt mevrouw Brink.\n\n‘Het gaat slecht’, zegt de heer Brink.",
    );
    assert_eq!(
        got,
        [
            pair("Het gaat goed", Some("Anja Brink")),
            pair("Het gaat slecht", Some("Kees Brink"))
        ]
    );
}

#[test]
fn an_organisation_or_a_place_as_the_agent_names_no_speaker() {
    let got = said("Lead here.\n\nDowning Street said: “The prime minister is fully committed.”");
    assert_eq!(got, [pair("The prime minister is fully committed.", None)]);
    let got = said("Lead hier.\n\nStichting Dierenhulp Oost zegt: ‘Wij vangen alle dieren op.’");
    assert_eq!(got, [pair("Wij vangen alle dieren op.", None)]);
}

#[test]
fn an_unnamed_person_with_a_long_noun_phrase_names_no_speaker() {
    let got = said(
        "Lead hier.\n\nEen woordvoerder van het ministerie van Sociale Zaken en Werkgelegenheid laat weten dat het kabinet „de zorgen zeer serieus neemt”.",
    );
    assert_eq!(got, [pair("de zorgen zeer serieus neemt", None)]);
    let got = said(
        "Lead here.\n\nA spokesperson for the Department of Health and Social Care said the government was “fully committed to the plan”.",
    );
    assert_eq!(got, [pair("fully committed to the plan", None)]);
}

#[test]
fn a_first_name_later_in_the_text_is_the_person_introduced_with_it() {
    let got = said(
        "Lead hier.\n\n„Het is hier nooit stil”, zegt buurtbewoner Gerrit Hooijer.\n\nGerrit heeft al drie keer geklaagd. „Er gebeurt gewoon niets.”",
    );
    assert_eq!(
        got,
        [
            pair("Het is hier nooit stil", Some("Gerrit Hooijer")),
            pair("Er gebeurt gewoon niets.", Some("Gerrit Hooijer"))
        ]
    );
    let got = said(
        "Lead here.\n\n“It never stops,” said neighbour Maggie Trent.\n\nMaggie has complained three times. “Nothing happens.”",
    );
    assert_eq!(
        got,
        [
            pair("It never stops,", Some("Maggie Trent")),
            pair("Nothing happens.", Some("Maggie Trent"))
        ]
    );
}

#[test]
fn a_sentence_opening_with_her_or_his_noun_is_about_the_person_already_meant() {
    let got = said(
        "Lead hier.\n\n‘Ik stop ermee’, zegt huisarts Wilma Kroeze.\n\nHaar voorganger, Bert Hamers, werkte tot zijn zeventigste. ‘Dat wil ik niet’, zegt ze.",
    );
    assert_eq!(
        got,
        [
            pair("Ik stop ermee", Some("Wilma Kroeze")),
            pair("Dat wil ik niet", Some("Wilma Kroeze"))
        ]
    );
    let got = said(
        "Lead here.\n\n“I am done,” said doctor Wendy Croft.\n\nHer predecessor, Bert Hammond, worked until he was seventy. “I will not,” she said.",
    );
    assert_eq!(
        got,
        [
            pair("I am done,", Some("Wendy Croft")),
            pair("I will not,", Some("Wendy Croft"))
        ]
    );
}

#[test]
fn a_number_opening_a_sentence_is_no_name() {
    let got = said(
        "Lead hier.\n\n‘Ik ga weg’, zegt huisarts Wilma Kroeze.\n\nEén ding zegt ze nog: ‘Zet je telefoon uit.’",
    );
    assert_eq!(got[1], pair("Zet je telefoon uit.", Some("Wilma Kroeze")));
    let got = said(
        "Lead here.\n\n“I am leaving,” said doctor Wendy Croft.\n\nTwo days later she said: “Switch your phone off.”",
    );
    assert_eq!(got[1], pair("Switch your phone off.", Some("Wendy Croft")));
}

#[test]
fn a_question_put_to_someone_after_their_quote_is_the_interviewers() {
    let got = said(
        "Lead hier.\n\n‘Ik ben toen gestopt met de nachtdiensten’, zegt huisarts Wilma Kroeze.\n\n‘Wilde u toen helemaal stoppen?’\n\n‘Nee, juist niet.’",
    );
    assert_eq!(
        got,
        [
            pair(
                "Ik ben toen gestopt met de nachtdiensten",
                Some("Wilma Kroeze")
            ),
            pair("Wilde u toen helemaal stoppen?", None),
            pair("Nee, juist niet.", Some("Wilma Kroeze"))
        ]
    );
    let got = said(
        "Lead here.\n\n“I stopped the night shifts then,” said doctor Wendy Croft.\n\n“Did you want to quit altogether?”\n\n“No, quite the opposite.”",
    );
    assert_eq!(
        got,
        [
            pair("I stopped the night shifts then,", Some("Wendy Croft")),
            pair("Did you want to quit altogether?", None),
            pair("No, quite the opposite.", Some("Wendy Croft"))
        ]
    );
}

#[test]
fn a_pronoun_after_a_sentence_credited_to_someone_is_that_source() {
    let got = said(
        "Lead here.\n\n“It adds up,” said professor Alan Pike. Dr Nina Shah spotted the pattern first, according to Pike. “She saw the same patients again and again,” he said.",
    );
    assert_eq!(got[1].1.as_deref(), Some("Alan Pike"));
    let got = said(
        "Lead hier.\n\n‘Het klopt’, zegt hoogleraar Joost Wiersma. Anna Visscher zag het patroon als eerste, volgens Wiersma. ‘Ze zag steeds dezelfde patiënten terug’, zegt hij.",
    );
    assert_eq!(got[1].1.as_deref(), Some("Joost Wiersma"));
}

#[test]
fn a_first_name_coordinated_before_a_full_name_shares_its_surname() {
    let got = said(
        "Lead hier.\n\nDe broers Ruben en Sem Hoekstra speelden allebei mee.\n\nRuben weet het zeker: ‘Die goal was van mij.’",
    );
    assert_eq!(got, [pair("Die goal was van mij.", Some("Ruben Hoekstra"))]);
    let got = said(
        "Lead here.\n\nThe brothers Owen and Ellis Brant both played.\n\nOwen is sure: “That goal was mine.”",
    );
    assert_eq!(got, [pair("That goal was mine.", Some("Owen Brant"))]);
}

#[test]
fn a_person_named_after_a_sentence_opening_topic_preposition_is_no_subject() {
    let got = said(
        "Lead hier.\n\n‘We zijn blij’, zegt trainer Kees Mostert. Keeper Jens Dalhuisen stopte twee penalty’s.\n\nOver Dalhuisen was Mostert lyrisch. ‘Die jongen is goud waard.’",
    );
    assert_eq!(
        got[1],
        pair("Die jongen is goud waard.", Some("Kees Mostert"))
    );
    let got = said(
        "Lead here.\n\n“We are pleased,” said coach Ken Marsh. Keeper Joe Dale saved two penalties.\n\nAbout Dale, Marsh was full of praise. “That lad is worth his weight in gold.”",
    );
    assert_eq!(
        got[1],
        pair("That lad is worth his weight in gold.", Some("Ken Marsh"))
    );
}

#[test]
fn a_role_noun_shared_by_two_speakers_is_the_one_the_paragraph_names() {
    let got = said(
        "Lead hier.\n\n‘We waren beter’, zegt trainer Kees Mostert.\n\n‘Zij waren scherper’, zegt trainer Bart Wolters van de tegenstander.\n\nMorgen moet Mostert gewoon weer werken. ‘Om zeven uur begint mijn dienst’, zei de trainer.",
    );
    assert_eq!(
        got[2],
        pair("Om zeven uur begint mijn dienst", Some("Kees Mostert"))
    );
    let got = said(
        "Lead here.\n\n“We were better,” said coach Ken Marsh.\n\n“They were sharper,” said coach Bill Walton of the visitors.\n\nTomorrow Marsh is back at work. “My shift starts at seven,” the coach said.",
    );
    assert_eq!(got[2], pair("My shift starts at seven,", Some("Ken Marsh")));
}

#[test]
fn the_answer_to_the_interviewers_question_is_the_one_who_was_speaking() {
    let got = said(
        "Lead hier.\n\n‘Ik stop ermee’, zegt huisarts Wilma Kroeze. Buiten staat een rij fietsen.\n\n‘Waarom stopt u nu?’\n\n‘Omdat het nog kan.’",
    );
    assert_eq!(got[1], pair("Waarom stopt u nu?", None));
    assert_eq!(got[2], pair("Omdat het nog kan.", Some("Wilma Kroeze")));
    let got = said(
        "Lead here.\n\n“I am stopping,” said doctor Wendy Croft. Outside stands a row of bikes.\n\n“Why are you stopping now?”\n\n“Because I still can.”",
    );
    assert_eq!(got[1], pair("Why are you stopping now?", None));
    assert_eq!(got[2], pair("Because I still can.", Some("Wendy Croft")));
}

#[test]
fn a_relation_opening_the_sentence_introduces_the_first_name_after_it() {
    let got = said(
        "Lead hier.\n\n‘Het ging heel snel’, zegt melkveehouder Gerard Wessels.\n\nZijn zoon Timo (12) filmde alles. ‘Ik dacht dat het een vliegtuig was’, vertelt hij.",
    );
    assert_eq!(
        got[1],
        pair("Ik dacht dat het een vliegtuig was", Some("Timo"))
    );
    let got = said(
        "Lead here.\n\n“It was so fast,” said farmer Gerald West.\n\nHis son Toby filmed it all. “I thought it was a plane,” he said.",
    );
    assert_eq!(got[1], pair("I thought it was a plane,", Some("Toby")));
    // Further into the sentence the relation is an object; the sentence is about her.
    let got = said(
        "Lead here.\n\n“We cannot cope,” said mother Sarah Dent.\n\nShe said her son Alfie had asked to cycle. “I told him no.”",
    );
    assert_eq!(got[1], pair("I told him no.", Some("Sarah Dent")));
}

#[test]
fn an_unnamed_person_the_sentence_is_about_is_nobody_named() {
    let got = said(
        "Lead here.\n\n“It is awful,” said resident Luis Ortega.\n\nA few steps away, a woman who declined to give her name was searching the wall. “My grandfather is in here somewhere,” she said.",
    );
    assert_eq!(got[1], pair("My grandfather is in here somewhere,", None));
    let got = said(
        "Lead hier.\n\n‘Het is erg’, zegt bewoner Gerard Wessels.\n\nEen buurvrouw van Wessels wil niet met naam in de krant. ‘Je schrikt je rot.’",
    );
    assert_eq!(got[1], pair("Je schrikt je rot.", None));
}

#[test]
fn a_question_after_narration_where_the_writer_is_present_is_the_writers() {
    let got = said(
        "Lead hier.\n\nWe spraken Jarno Peeters na zijn laatste training.\n\n‘Was het een moeilijke beslissing?’\n\n‘Heel moeilijk.’\n\n‘Waarom dan toch Duitsland?’\n\n‘Omdat ze een plan hebben.’",
    );
    let who: Vec<Option<&str>> = got.iter().map(|(_, w)| w.as_deref()).collect();
    assert_eq!(
        who,
        [None, Some("Jarno Peeters"), None, Some("Jarno Peeters")]
    );
    let got = said(
        "Lead here.\n\nWe met Jack Porter after his last training session.\n\n“Was it a hard decision?”\n\n“Very hard.”\n\n“So why Germany?”\n\n“Because they have a plan.”",
    );
    let who: Vec<Option<&str>> = got.iter().map(|(_, w)| w.as_deref()).collect();
    assert_eq!(who, [None, Some("Jack Porter"), None, Some("Jack Porter")]);
}

#[test]
fn a_question_put_in_the_passive_is_not_the_subjects_and_a_noun_after_her_is_no_verb() {
    let got = said(
        "Lead here.\n\n“I am done,” said doctor Wendy Croft.\n\nIn the same interview she was asked: “Do you ever despair?” Her answer was brisk: “Every Tuesday.”",
    );
    assert_eq!(got[1], pair("Do you ever despair?", None));
    assert_eq!(got[2], pair("Every Tuesday.", Some("Wendy Croft")));
    let got = said(
        "Lead hier.\n\n‘Ik stop’, zegt huisarts Wilma Kroeze.\n\nIn hetzelfde interview werd haar gevraagd: ‘Wanhoopt u weleens?’ Haar antwoord was kort: ‘Elke dinsdag.’",
    );
    assert_eq!(got[1], pair("Wanhoopt u weleens?", None));
    assert_eq!(got[2], pair("Elke dinsdag.", Some("Wilma Kroeze")));
}

#[test]
fn common_role_nouns_before_a_name_and_broadcasters_are_no_part_of_a_name() {
    let got =
        said("Lead hier.\n\nSlachtoffer Riet van Dam (84) vertelt: ‘Hij klonk zo vriendelijk.’");
    assert_eq!(
        got,
        [pair("Hij klonk zo vriendelijk.", Some("Riet van Dam"))]
    );
    let got = said("Lead here.\n\nVictim Mary Stone, 84, said: “He sounded so kind.”");
    assert_eq!(got, [pair("He sounded so kind.", Some("Mary Stone"))]);
    let got = said(
        "Lead here.\n\n“It is late,” said councillor Gareth Pryce.\n\nSpeaking to BBC Radio York, Mr Pryce was asked: “Are you to blame?”\n\n“No,” he replied.",
    );
    assert_eq!(got[2], pair("No,", Some("Gareth Pryce")));
}

#[test]
fn a_role_noun_in_another_form_or_inside_a_compound_names_the_one_introduced() {
    let got = said(
        "Lead hier.\n\nVolgens politiewoordvoerder Sanne Brouwer is het een slimme bende.\n\n‘Wij bellen nooit om een pinpas’, benadrukt de woordvoerster.",
    );
    assert_eq!(
        got,
        [pair(
            "Wij bellen nooit om een pinpas",
            Some("Sanne Brouwer")
        )]
    );
    let got = said(
        "Lead here.\n\nAccording to police spokesman Ray Reyes, the gang is clever.\n\n“We never call about a bank card,” the spokesperson said.",
    );
    assert_eq!(
        got,
        [pair("We never call about a bank card,", Some("Ray Reyes"))]
    );
}

#[test]
fn an_unnamed_person_with_a_capitalised_role_noun_names_no_speaker() {
    let got = said(
        "Lead hier.\n\nEen Statenlid van de VVD, dat anoniem wil blijven, zegt dat de sfeer ‘al maanden om te snijden’ was.",
    );
    assert_eq!(got, [pair("al maanden om te snijden", None)]);
    let got = said(
        "Lead here.\n\nA Senator from the majority, who asked not to be named, said the mood had been “toxic for months”.",
    );
    assert_eq!(got, [pair("toxic for months", None)]);
}

#[test]
fn a_capitalised_pronoun_or_article_after_a_closed_quote_opens_the_next_sentence() {
    let got = said(
        "Lead hier.\n\n‘Het duurt lang’, zegt patiënte Sanne Kok.\n\n‘Wat zou u de minister zeggen?’ Ze denkt even na. ‘Dat hij moet opschieten.’",
    );
    assert_eq!(got[1], pair("Wat zou u de minister zeggen?", None));
    assert_eq!(got[2], pair("Dat hij moet opschieten.", Some("Sanne Kok")));
    let got = said(
        "Lead here.\n\n“It was busy,” said organiser Bart Wolfe.\n\n“Will there be another edition?” The organiser laughs. “Of course.”",
    );
    assert_eq!(got[1], pair("Will there be another edition?", None));
    assert_eq!(got[2], pair("Of course.", Some("Bart Wolfe")));
}

#[test]
fn a_name_after_an_organisation_noun_is_the_organisations() {
    let got = said(
        "Lead hier.\n\nHet ministerie van Volksgezondheid laat weten dat het de zorgen ‘volledig deelt’.",
    );
    assert_eq!(got, [pair("volledig deelt", None)]);
    let got = said("Lead here.\n\nThe Department of Health said it ‘fully shares’ the concerns.");
    assert_eq!(got, [pair("fully shares", None)]);
}

#[test]
fn a_definite_organisation_noun_as_the_agent_names_no_speaker() {
    let got = said(
        "Lead hier.\n\nVolgens Hendrik Mos, voorzitter van de Vereniging Noordelijke Vissers, is het te weinig. ‘Het is op’, zegt Mos.\n\nDe Waddenvereniging ziet dat anders. De natuurorganisatie laat in een reactie weten: ‘De Waddenzee heeft rust nodig.’",
    );
    assert_eq!(got[1], pair("De Waddenzee heeft rust nodig.", None));
    let got = said(
        "Lead here.\n\n“It is too little,” said chairman Henry Moss.\n\nThe charity said in a statement: “The sea needs rest.”",
    );
    assert_eq!(got[1], pair("The sea needs rest.", None));
}

#[test]
fn a_headline_quote_before_a_colon_takes_the_speaker_of_the_body_quote_it_repeats() {
    let got = said(
        "‘We’ll be in the sea by Christmas’: residents told to leave\n\nThe council wrote to six households.\n\n‘Now they tell me we’ll be in the sea by Christmas,’ Mrs Ellen Marsh said.",
    );
    assert_eq!(
        got,
        [
            pair("We’ll be in the sea by Christmas", Some("Ellen Marsh")),
            pair(
                "Now they tell me we’ll be in the sea by Christmas,",
                Some("Ellen Marsh")
            ),
        ]
    );
    let got = said(
        "Oud-penningmeester bekent: ‘Ik wilde het echt terugbetalen’\n\nDe zaak diende dinsdag.\n\nIn zijn laatste woord sprak Ruud Hendriks de leden toe. ‘Ik wilde het echt terugbetalen, elke cent’, zei Hendriks.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(
        got[0],
        pair("Ik wilde het echt terugbetalen", Some("Ruud Hendriks"))
    );
}

#[test]
fn an_organisation_called_by_its_first_word_is_no_speaker() {
    let got = said(
        "Lead here.\n\nThe part-timers knocked Dunford Rovers out of the cup.\n\nIn a statement, Dunford said the board would “reflect carefully” on the result.",
    );
    assert_eq!(got, [pair("reflect carefully", None)]);
    let got = said(
        "Lead hier.\n\nHet bestuur van Stichting Wadland kwam bijeen.\n\nWadland laat weten dat het plan ‘nog lang niet af is’.",
    );
    assert_eq!(got, [pair("nog lang niet af is", None)]);
}

#[test]
fn a_pronoun_after_an_unnamed_supporter_or_voter_names_no_one() {
    let got = said(
        "Lead here.\n\nThe coach, Stellan Berg, was angry. “We lost,” Berg said.\n\nIn the bar the party went on. One supporter, who had driven from Falkirk, was in tears. “He has been coming since 1961,” he said.",
    );
    assert_eq!(got[1], pair("He has been coming since 1961,", None));
    let got = said(
        "Lead hier.\n\nWethouder Piet Bos was tevreden. ‘Het loopt goed’, zei Bos.\n\nEen kiezer uit Ede was minder blij. ‘Ik stem nooit meer’, zei hij.",
    );
    assert_eq!(got[1], pair("Ik stem nooit meer", None));
}

#[test]
fn a_possessive_name_before_the_speaking_noun_is_not_the_speaker() {
    let got = said(
        "Lead here.\n\nHer father spent his last days at Mountain Laurel Hospice.\n\nIn a statement, Mountain Laurel’s administration said the singers were “part of the care team in every sense”.",
    );
    assert_eq!(got, [pair("part of the care team in every sense", None)]);
    let got = said(
        "Lead hier.\n\nDe rechter hoorde Ruud Hendriks dinsdag.\n\nDaarna nam de verdediging het woord. Hendriks’ advocaat zegt dat zijn cliënt ‘echt geen spijt’ heeft.",
    );
    assert_eq!(got, [pair("echt geen spijt", None)]);
}

#[test]
fn a_name_after_a_place_preposition_is_a_place_not_the_person_meant() {
    let got = said(
        "Lead here.\n\nThe Mountain Laurel choir sings on Sundays.\n\nPriya Raman’s father spent his last days at Mountain Laurel in 2022. He was not, she said, “a music person in any sense.”",
    );
    assert_eq!(
        got,
        [pair("a music person in any sense.", Some("Priya Raman"))]
    );
    let got = said(
        "Lead hier.\n\nHet koor van Huize Rozenhof zingt op zondag.\n\nMarieke Smits vader woonde zijn laatste jaren in Huize Rozenhof. Hij was volgens haar ‘geen muzikaal mens, echt niet’, zegt ze.",
    );
    assert_eq!(
        got,
        [pair("geen muzikaal mens, echt niet", Some("Marieke Smits"))]
    );
}

#[test]
fn a_name_with_an_elided_particle_is_one_name() {
    let got = said(
        "Lead hier.\n\nVoor Wim de Kraker (71) is dat slecht nieuws. ‘Straks rijden we ver’, zegt hij.\n\nGedeputeerde Jeroen van ’t Westeinde is boos. ‘Dit is geen goed besluit’, zei hij dinsdag.",
    );
    assert_eq!(
        got[1],
        pair("Dit is geen goed besluit", Some("Jeroen van ’t Westeinde"))
    );
}

#[test]
fn a_pronoun_subject_after_a_leading_clause_beats_a_possessive_name_before_a_verbless_quote() {
    let got = said(
        "Lead here.\n\nTom Haddow built a wall of rock. Dr Fiona Marsh, a geologist, said the loss had doubled. “It is the storms,” she said.\n\nAsked whether rock like Mr Haddow’s made a difference, she was blunt. “It moves the problem down the coast.”",
    );
    assert_eq!(
        got[1],
        pair("It moves the problem down the coast.", Some("Fiona Marsh"))
    );
    let got = said(
        "Lead hier.\n\nPiet Bos legde een dijk aan. Hoogleraar Anna Smit zegt dat het verlies verdubbeld is. ‘Het zijn de stormen’, zegt ze.\n\nGevraagd naar de dijk van Bos’ buurman, was ze stellig. ‘Het verplaatst het probleem alleen.’",
    );
    assert_eq!(
        got[1],
        pair("Het verplaatst het probleem alleen.", Some("Anna Smit"))
    );
}

#[test]
fn an_abbreviated_title_is_left_out_of_the_name_and_read_as_the_role() {
    let got = said(
        "Lead here.\n\nCllr Rashid Amin, the council’s cabinet member, said he had ‘every sympathy’. ‘Nobody wants to send letters like this,’ he said.\n\nThe councillor said the authority had asked for money, without success. ‘We are a council with no money for this.’",
    );
    // `every sympathy` is a fragment the speech verb governs: a quote too.
    assert_eq!(got.len(), 3, "{got:?}");
    assert!(
        got.iter()
            .all(|(_, who)| who.as_deref() == Some("Rashid Amin")),
        "{got:?}"
    );
}

#[test]
fn a_question_paragraph_in_an_interview_the_writer_tells_is_the_writers() {
    let got = said(
        "Lead hier.\n\nSaskia Ramdin vaart al dertig jaar. „Het is mooi werk”, zegt ze.\n\nRamdin lacht als we dat vertellen. „Dat heeft hij mooi gezegd.”\n\n„Hoe reageerden de mannen op de schepen?”\n\n„Wisselend. Een kapitein weigerde me eens.”",
    );
    let who: Vec<Option<&str>> = got.iter().map(|(_, s)| s.as_deref()).collect();
    assert_eq!(
        who,
        [
            Some("Saskia Ramdin"),
            Some("Saskia Ramdin"),
            None,
            Some("Saskia Ramdin")
        ]
    );
    let got = said(
        "Lead here.\n\nPilot Sara Rand has worked the river for thirty years. “It is good work,” she says.\n\nRand laughs when I tell her that. “He put it well.”\n\n“How did the men on the ships react?”\n\n“It varied. One captain refused me once.”",
    );
    let who: Vec<Option<&str>> = got.iter().map(|(_, s)| s.as_deref()).collect();
    assert_eq!(
        who,
        [
            Some("Sara Rand"),
            Some("Sara Rand"),
            None,
            Some("Sara Rand")
        ]
    );
}

#[test]
fn a_fragment_after_a_parrying_verb_is_the_speakers() {
    let got = said(
        "Lead hier.\n\nFractieleider Koen Smet van Vooruit pareerde dat de oppositie ,,net zo goed'' toegang had tot de stukken.",
    );
    assert_eq!(got, [pair("net zo goed", Some("Koen Smet"))]);
    let got = said(
        "Lead here.\n\nCouncillor Ken Smith interrupted that the opposition had “just as much” access.",
    );
    assert_eq!(got, [pair("just as much", Some("Ken Smith"))]);
}

#[test]
fn a_synonym_of_the_role_finds_its_holder() {
    let got = said(
        "Lead hier.\n\nAdvocaat Mark Veld vroeg om vrijspraak.\n\nNa de uitspraak zei de raadsman dat zijn cliënt ‘zwaar teleurgesteld’ is.",
    );
    assert_eq!(got, [pair("zwaar teleurgesteld", Some("Mark Veld"))]);
    // Past the one spoken to.
    let got = said(
        "Lead hier.\n\nAdvocaat Mark Veld vroeg om vrijspraak.\n\nNa de uitspraak zei de raadsman tegen De Krant dat zijn cliënt ‘zwaar teleurgesteld’ is.",
    );
    assert_eq!(got, [pair("zwaar teleurgesteld", Some("Mark Veld"))]);
    let got = said(
        "Lead here.\n\nDefence lawyer Mark Field asked for an acquittal.\n\nAfter the verdict the attorney said his client was “deeply disappointed”.",
    );
    assert_eq!(got, [pair("deeply disappointed", Some("Mark Field"))]);
}

#[test]
fn a_pronoun_after_a_leading_clause_beats_a_group_named_later_in_the_sentence() {
    let got = said(
        "Lead here.\n\nMore than 40 Labour MPs signed a letter. The minister, Priya Rao, insisted that ‘no village will be cut off’ by the plan.\n\nResponding to an urgent question, she told Labour MPs: ‘Let me be absolutely clear about this.’",
    );
    assert_eq!(
        got.last().map(|(_, s)| s.as_deref()),
        Some(Some("Priya Rao")),
        "{got:?}"
    );
    let got = said(
        "Lead hier.\n\nRuim veertig Kamerleden Van Links tekenden een brief. Minister Anna Rao zei dat ‘geen dorp wordt afgesneden’ door het plan.\n\nIn antwoord op een vraag, zei ze tegen de Kamerleden Van Links: ‘Laat ik daar heel duidelijk over zijn.’",
    );
    assert_eq!(
        got.last().map(|(_, s)| s.as_deref()),
        Some(Some("Anna Rao")),
        "{got:?}"
    );
}

#[test]
fn a_relative_pronoun_before_the_verb_stands_for_the_person_it_follows() {
    let got = said(
        "Lead here.\n\nThe shadow secretary, Gareth Price, attacked the plan. “It is a cut,” he said.\n\nThe letter was coordinated by Callum Fair, the Labour MP for North Weald, who said he had ‘no wish to embarrass the government’.",
    );
    assert_eq!(
        got[1],
        pair("no wish to embarrass the government", Some("Callum Fair"))
    );
    let got = said(
        "Lead hier.\n\nWethouder Piet Bos verdedigde het plan. ‘Het is nodig’, zei hij.\n\nDe brief kwam van Jan de Wit, raadslid voor Groen Links, die zei dat hij ‘het college niet wil schofferen’.",
    );
    assert_eq!(
        got[1],
        pair("het college niet wil schofferen", Some("Jan de Wit"))
    );
}

#[test]
fn a_role_noun_finds_its_holder_introduced_many_paragraphs_back() {
    let filler = "The hearing went on for hours.\n\n".repeat(10);
    let got = said(&format!(
        "Lead here.\n\nCommon Pleas Judge Linda Pham sentenced him on Tuesday.\n\n{filler}“I am sorry,” Hollins said.\n\n“You will have a long time to think about that,” the judge replied."
    ));
    assert_eq!(got[1].1.as_deref(), Some("Linda Pham"), "{got:?}");
}

#[test]
fn a_relation_after_a_possessive_name_gives_the_named_relative_a_gender() {
    let got = said(
        "Lead here.\n\nSiobhan Byrne runs the firm. “We grew fast,” she said.\n\nByrne’s father, Donal Byrne, still milks 140 cows and remains, she said, “the harshest critic we have”.",
    );
    assert_eq!(
        got[1],
        pair("the harshest critic we have", Some("Siobhan Byrne"))
    );
    let got = said(
        "Lead hier.\n\nAnna Dekka leidt het bedrijf. ‘We groeiden snel’, zegt ze.\n\nDekka’s vader, Kees Dekka, melkt nog altijd honderd koeien en is volgens haar ‘de strengste criticus die we hebben’, zegt ze.",
    );
    assert_eq!(
        got[1],
        pair("de strengste criticus die we hebben", Some("Anna Dekka"))
    );
}

#[test]
fn a_prediction_is_speech() {
    let got = said("Lead hier.\n\nHoogleraar Piet de Bruin is stellig. „Sparen levert dan minder op”, voorspelt hij.");
    assert_eq!(
        got,
        [pair("Sparen levert dan minder op", Some("Piet de Bruin"))]
    );
    let got =
        said("Lead here.\n\nProfessor Amy Stone is sure. “Saving will pay less,” she predicted.");
    assert_eq!(got, [pair("Saving will pay less,", Some("Amy Stone"))]);
}

#[test]
fn a_participle_after_a_comma_speaks_for_the_sentences_subject() {
    let got = said(
        "Lead here.\n\nThe minister, Priya Rao, was under fire. “We will fund it,” she said.\n\nRao hit back, saying the previous Conservative government had ‘presided over the loss of routes’.",
    );
    assert_eq!(
        got[1],
        pair("presided over the loss of routes", Some("Priya Rao"))
    );
    // (Dutch reports with a finite verb instead: `Rao sloeg terug en zei dat …`.)
}

#[test]
fn a_role_in_apposition_after_the_name_finds_its_holder_not_the_employer() {
    let got = said(
        "Lead hier.\n\nDe omzet daalde. Zegt Yusuf Demir, woordvoerder van Winkelkoepel Nederland: ‘Mensen houden de hand op de knip.’\n\nDe prijzen stegen ook. ‘Dat vertrouwen moet eerst terugkomen’, aldus de woordvoerder.",
    );
    assert_eq!(
        got[1],
        pair("Dat vertrouwen moet eerst terugkomen", Some("Yusuf Demir"))
    );
    let got = said(
        "Lead here.\n\nSales fell. Ann Lowe, spokeswoman for the Retail Council of Ireland, was blunt about it.\n\nPrices rose too. “That trust has to come back first,” the spokeswoman said.",
    );
    assert_eq!(
        got,
        [pair("That trust has to come back first,", Some("Ann Lowe"))]
    );
}

#[test]
fn a_short_quote_opening_the_headline_before_a_colon_is_the_body_speakers() {
    let got = said(
        "‘The dirt remembers’: three generations and the drought\n\nThe farm lies east of town.\n\n‘The dirt remembers. It remembers every mistake,’ says Stan Kowal.",
    );
    assert_eq!(got[0], pair("The dirt remembers", Some("Stan Kowal")));
    let got = said(
        "‘De grond onthoudt’: drie generaties en de droogte\n\nDe boerderij ligt ten oosten van het dorp.\n\n‘De grond onthoudt. Elke fout die je maakt’, zegt Stan Kowal.",
    );
    assert_eq!(got[0], pair("De grond onthoudt", Some("Stan Kowal")));
    // A quoted word in a headline stays a term.
    assert!(
        said("‘Busloos’: hoe het platteland zijn bus verloor\n\nDe lead.\n\nMeer tekst.")
            .is_empty()
    );
}

#[test]
fn a_paragraph_whose_only_quote_is_a_term_is_narration_for_the_quote_after_it() {
    let got = said(
        "Lead here.\n\nCoach Dana Whit was pleased. “We kept swinging,” she said.\n\nWhit called Okafor’s game “grown-woman basketball.”\n\n“People forget she played eleven minutes a game as a freshman.”",
    );
    assert_eq!(got[1].1.as_deref(), Some("Dana Whit"), "{got:?}");
    let got = said(
        "Lead hier.\n\nXiomara Pinas werkt met zout. ‘Het leeft’, zegt ze.\n\nLang werkte ze met brons, ‘zoals het hoort’.\n\n‘Brons is dood materiaal, zout niet.’\n\n‘Waarom juist zout?’ vraag ik.",
    );
    let who: Vec<Option<&str>> = got.iter().map(|(_, s)| s.as_deref()).collect();
    assert_eq!(
        who,
        [Some("Xiomara Pinas"), Some("Xiomara Pinas"), None],
        "{got:?}"
    );
}

#[test]
fn the_pronoun_of_the_sentence_before_a_verbless_quote_tells_whom_it_means() {
    let got = said(
        "Lead here.\n\nDr Priya Rao leads the unit. “We are overwhelmed,” she said.\n\nShe said she had raised it with the trust’s medical director, Dr Simon Ash, in 2022. ‘I was told it was on the list.’",
    );
    assert_eq!(got[1].1.as_deref(), Some("Priya Rao"), "{got:?}");
    let got = said(
        "Lead hier.\n\nArts Anna Rao leidt de afdeling. ‘We lopen over’, zegt ze.\n\nZij zegt dat ze het in 2022 aankaartte bij de directeur, Simon Asch, van het ziekenhuis. ‘Het stond op de lijst, kreeg ik te horen.’",
    );
    assert_eq!(got[1].1.as_deref(), Some("Anna Rao"), "{got:?}");
}

#[test]
fn a_person_named_with_their_employer_speaks_not_the_employer() {
    let got = said(
        "Lead here.\n\nSpeaking outside court, Det Insp Kerry Bamford of Hampshire and Isle of Wight Constabulary said he had been ‘a kind, gentle man’.",
    );
    assert_eq!(got, [pair("a kind, gentle man", Some("Kerry Bamford"))]);
    let got = said(
        "Lead hier.\n\nNa afloop zei rechercheur Kim de Boer van de Politie Midden-Nederland dat het slachtoffer ‘een vriendelijke man’ was.",
    );
    assert_eq!(got, [pair("een vriendelijke man", Some("Kim de Boer"))]);
}

#[test]
fn the_judge_finds_mr_justice_x() {
    let got = said(
        "Lead here.\n\nSentencing him, Mr Justice Oduya told Reeve: ‘You chose violence.’\n\n‘It was a single, senseless blow,’ the judge said.",
    );
    assert!(
        got.iter().all(|(_, s)| s.as_deref() == Some("Oduya")),
        "{got:?}"
    );
}

#[test]
fn the_sentence_before_a_verbless_quote_may_report_with_a_coordinated_verb() {
    let got = said(
        "Lead hier.\n\nArts Maarten de Wit van het UMC Groningen, die niet bij het onderzoek betrokken was, is positief maar waarschuwt voor te hoge verwachtingen. ‘In de spreekkamer is het beeld veel rommeliger.’",
    );
    assert_eq!(got[0].1.as_deref(), Some("Maarten de Wit"), "{got:?}");
    let got = said(
        "Lead here.\n\nDr Martin Wood of Leeds University, who was not involved in the study, is positive but warns against high hopes. ‘In the clinic the picture is much messier.’",
    );
    assert_eq!(got[0].1.as_deref(), Some("Martin Wood"), "{got:?}");
}

#[test]
fn letters_after_a_name_are_not_part_of_it() {
    let got = said(
        "Lead here.\n\nProsecuting, Jonathan Ashby-Kerr KC told the court the men had argued.\n\n‘He posed no threat to anyone,’ Mr Ashby-Kerr said.",
    );
    assert_eq!(
        got,
        [pair(
            "He posed no threat to anyone,",
            Some("Jonathan Ashby-Kerr")
        )]
    );
    let got = said(
        "Lead hier.\n\nNamens de provincie sprak Anna de Wit MSc de raad toe.\n\n‘Dit plan is haalbaar’, zei De Wit.",
    );
    assert_eq!(got, [pair("Dit plan is haalbaar", Some("Anna de Wit"))]);
}

#[test]
fn a_place_before_a_role_noun_is_no_person() {
    let got = said(
        "Toilet closures ‘an insult to the people who live here’, says Wester Ross councillor\n\nThe council voted.\n\nWester Ross councillor Morag MacLeod, who led the opposition, said the cuts would hurt.\n\n‘It is an insult to the people who live here,’ she said.",
    );
    let who: Vec<Option<&str>> = got.iter().map(|(_, s)| s.as_deref()).collect();
    assert_eq!(
        who,
        [Some("Morag MacLeod"), Some("Morag MacLeod")],
        "{got:?}"
    );
    let got = said("Lead here.\n\n‘We will fight on to the end’, says Wester Ross councillor.");
    assert_eq!(got[0].1, None, "{got:?}");
    let got = said(
        "Lead hier.\n\nDe raad stemde.\n\nGroningse gedeputeerde Anna Bos, die het verzet leidde, zei dat de bezuiniging pijn doet.\n\n‘Het is een belediging voor de mensen hier’, zegt ze.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Anna Bos"), "{got:?}");
}

#[test]
fn an_unnamed_spokesperson_or_source_after_a_leading_phrase_is_nobody() {
    let got = said(
        "Lead here.\n\nTV star Tamsin Hale won the case. “I am glad,” she said.\n\nOutside court, a spokesperson for the star said: “Tamsin is relieved.”\n\nA source close to Tamsin told us: “She has been in bits.”",
    );
    let who: Vec<Option<&str>> = got.iter().map(|(_, s)| s.as_deref()).collect();
    assert_eq!(who, [Some("Tamsin Hale"), None, None], "{got:?}");
    let got = said(
        "Lead hier.\n\nTamara Hals won de zaak. ‘Ik ben blij’, zei ze.\n\nNa afloop zei een woordvoerder van de ster: ‘Tamara is opgelucht.’\n\nEen bron rond Tamara vertelde: ‘Ze was er kapot van.’",
    );
    let who: Vec<Option<&str>> = got.iter().map(|(_, s)| s.as_deref()).collect();
    assert_eq!(who, [Some("Tamara Hals"), None, None], "{got:?}");
}

#[test]
fn a_phrasal_speech_verb_governs_a_fragment() {
    let got = said(
        "Lead here.\n\nCouncillor Morag MacLeod shot back that the council had found money for ‘vanity projects’ in Inverness.",
    );
    assert_eq!(got, [pair("vanity projects", Some("Morag MacLeod"))]);
    let got = said(
        "Lead hier.\n\nRaadslid Mira Smit kaatste terug dat de gemeente wel geld had voor ‘dure prestigeprojecten’ in de stad.",
    );
    assert_eq!(got, [pair("dure prestigeprojecten", Some("Mira Smit"))]);
}

#[test]
fn de_coach_finds_the_trainer() {
    let got = said(
        "Lead hier.\n\nTrainer Wout Verhaeg zag het vertrek al maanden aankomen. ,,We verliezen het hart van dit elftal,'' zegt de coach.",
    );
    assert_eq!(
        got,
        [pair(
            "We verliezen het hart van dit elftal,",
            Some("Wout Verhaeg")
        )]
    );
    let got = said(
        "Lead here.\n\nManager Wout Verhaeg saw it coming. “We lose the heart of this team,” the gaffer said.",
    );
    assert_eq!(
        got,
        [pair(
            "We lose the heart of this team,",
            Some("Wout Verhaeg")
        )]
    );
}

#[test]
fn a_company_named_by_its_trade_word_is_no_speaker() {
    let got = said(
        "Lead here.\n\nIn a statement, Dunford Foods said the site was “the oldest and least efficient” in its network.",
    );
    assert_eq!(got, [pair("the oldest and least efficient", None)]);
    let got = said(
        "Lead hier.\n\nIn een reactie laat Helder Energie weten dat de naheffing ‘helaas onvermijdelijk’ is.",
    );
    assert_eq!(got, [pair("helaas onvermijdelijk", None)]);
}

/// (name, role) of every speaker of a plain-text article.
fn roles(text: &str) -> Vec<(String, Option<String>)> {
    analyze(&parse_plain(text))
        .speakers
        .into_iter()
        .map(|s| (s.name, s.role))
        .collect()
}

#[test]
fn a_capitalised_title_with_its_portfolio_stands_before_the_name() {
    let text =
        "Lead here.\n\nMinister for Housing Deirdre Costigan said: “We are aware of it.”\n\n\
                “The money is there,” said Secretary of State for Wales Jo Stevens.\n\n\
                The Mayor of Leeds, Tom Hart, said: “Fine.”";
    assert_eq!(
        said(text),
        [
            pair("We are aware of it.", Some("Deirdre Costigan")),
            pair("The money is there,", Some("Jo Stevens")),
            pair("Fine.", Some("Tom Hart")),
        ]
    );
    let got = roles(text);
    assert_eq!(got[0].1.as_deref(), Some("Minister for Housing"));
    assert_eq!(got[2].1.as_deref(), Some("Mayor of Leeds"));
    let text = "Lead hier.\n\nMinister van Financiën Anna de Vries zei: ‘Het geld is er.’\n\n\
                De Gedeputeerde voor Mobiliteit, Monique ter Haar, zei: ‘Prima.’";
    assert_eq!(
        said(text),
        [
            pair("Het geld is er.", Some("Anna de Vries")),
            pair("Prima.", Some("Monique ter Haar")),
        ]
    );
}

#[test]
fn a_capitalised_title_after_the_article_is_the_role_of_the_titled_person() {
    let text = "Lead here.\n\nSinn Féin TD for Roscommon Ciarán Mulvihill told the Dáil it was “a scandal”.\n\n\
                “They heard it in 2023,” the TD said.\n\n\
                Minister for Health Tom Reid disagreed with the plan.\n\n\
                “It is fine,” the Minister said.";
    assert_eq!(
        said(text),
        [
            pair("a scandal", Some("Ciarán Mulvihill")),
            pair("They heard it in 2023,", Some("Ciarán Mulvihill")),
            pair("It is fine,", Some("Tom Reid")),
        ]
    );
    assert_eq!(
        roles(text)[0].1.as_deref(),
        Some("Sinn Féin TD for Roscommon")
    );
    let text = "Lead hier.\n\nWethouder voor Wonen Piet Jansen opende de vergadering.\n\n\
                ‘Het plan is klaar’, zei de Wethouder.";
    assert_eq!(said(text), [pair("Het plan is klaar", Some("Piet Jansen"))]);
}

#[test]
fn a_pronoun_after_an_unnamed_subject_with_adjectives_names_nobody() {
    let text = "Lead here.\n\nCouncillor Tom Fahy said the debate was “long overdue”.\n\n\
                One local builder, who asked not to be named, said he had let six workers go. \
                “We have the lads,” he said.";
    assert_eq!(
        said(text),
        [
            pair("long overdue", Some("Tom Fahy")),
            pair("We have the lads,", None)
        ]
    );
    let text = "Lead hier.\n\nWethouder Piet Jansen noemt het besluit ‘onvermijdelijk’, zegt hij.\n\n\
                Een oudere kerkganger, die anoniem wil blijven, vindt het jammer. ‘Het is zonde’, zegt hij.";
    assert_eq!(said(text).last(), Some(&pair("Het is zonde", None)));
}

#[test]
fn places_and_utilities_named_by_their_kind_are_not_people() {
    let text = "Lead here.\n\nFire chief Ray Delgado said crews were tired.\n\n\
                Asked whether Tolan Creek could be saved, Delgado paused. “I won’t promise,” he said.\n\n\
                Sierra Valley Power said it was “cooperating fully” with investigators.";
    assert_eq!(
        said(text),
        [
            pair("I won’t promise,", Some("Ray Delgado")),
            pair("cooperating fully", None)
        ]
    );
    let text = "Lead hier.\n\nBrandweercommandant Bram de Jong zegt dat de ploegen moe zijn.\n\n\
                Gevraagd of Lange Eiland nog te redden is, aarzelt De Jong. ‘Dat beloof ik niet’, zegt hij.";
    assert_eq!(
        said(text),
        [pair("Dat beloof ik niet", Some("Bram de Jong"))]
    );
}

#[test]
fn a_role_noun_of_the_same_job_in_other_words_finds_the_holder() {
    let text = "Lead hier.\n\nCEO Bart Lievens bracht het nieuws zelf.\n\n\
                ‘We hebben die machine te duur gekocht’, zegt de topman.\n\n\
                Eigenaar Rik Schellekens is boos. ‘Ik had eerder moeten bellen’, zegt de caféhouder.";
    assert_eq!(
        said(text),
        [
            pair(
                "We hebben die machine te duur gekocht",
                Some("Bart Lievens")
            ),
            pair("Ik had eerder moeten bellen", Some("Rik Schellekens")),
        ]
    );
    let text = "Lead here.\n\nOwner Rob Hale opened the pub in 1990.\n\n\
                “We will reopen,” the publican said.";
    assert_eq!(said(text), [pair("We will reopen,", Some("Rob Hale"))]);
}

#[test]
fn a_plural_possessive_before_the_same_closing_mark_stays_inside_the_quote() {
    let text = "Lead here.\n\nNurse Amy Cole spoke.\n\n‘If there is blame, it is not the nurses’,’ she said. ‘It is the board’s.’";
    assert_eq!(
        said(text),
        [
            pair(
                "If there is blame, it is not the nurses’,",
                Some("Amy Cole")
            ),
            pair("It is the board’s.", Some("Amy Cole")),
        ]
    );
    let text = "Lead hier.\n\nVerpleegkundige Els Smit sprak.\n\n‘Het ligt niet aan de verpleegkundiges’,’ zegt ze.";
    assert_eq!(
        said(text),
        [pair(
            "Het ligt niet aan de verpleegkundiges’,",
            Some("Els Smit")
        )]
    );
}

#[test]
fn a_speech_verb_before_a_passive_one_reports_the_quote_it_runs_on_into() {
    let text = "Lead here.\n\nMrs Linda Marsh said: ‘This is a betrayal.’\n\n\
                She said staff had been told about the closure ‘in a short meeting on a Friday’.\n\n\
                In the same interview she was asked: ‘Is it over?’";
    assert_eq!(
        said(text),
        [
            pair("This is a betrayal.", Some("Linda Marsh")),
            pair("in a short meeting on a Friday", Some("Linda Marsh")),
            pair("Is it over?", None),
        ]
    );
    let text = "Lead hier.\n\nWethouder Els Smit zei: ‘Dit is verraad.’\n\n\
                Ze zei dat het personeel pas werd verteld ‘op een vrijdagmiddag’.";
    assert_eq!(
        said(text)[1],
        pair("op een vrijdagmiddag", Some("Els Smit"))
    );
}

#[test]
fn het_before_a_quote_opening_with_its_own_article_is_a_pronoun() {
    let text = "Lead hier.\n\nHet zorgkantoor liet weten dat het „de uitkomst van de zaak afwacht” voordat het iets doet.\n\n\
                Het gaat om het ‘rode vlag’ signaal.";
    assert_eq!(said(text), [pair("de uitkomst van de zaak afwacht", None)]);
    assert_eq!(terms(text), ["rode vlag"]);
    let text = "Lead here.\n\nThe county is under a “red flag” warning, officials said.\n\n\
                The agency said it was a “the sooner the better” situation.";
    assert!(said(text).is_empty(), "{:?}", said(text));
    assert_eq!(terms(text), ["red flag", "the sooner the better"]);
}

#[test]
fn a_quote_after_a_link_label_is_another_articles_title() {
    let text = "Lead hier.\n\nHet feest gaat niet door.\n\nLees ook: ‘Kermis verhuist naar de sporthal’\n\n\
                Wethouder Els Smit zei: ‘Het is jammer.’";
    assert_eq!(said(text), [pair("Het is jammer.", Some("Els Smit"))]);
    assert_eq!(terms(text), ["Kermis verhuist naar de sporthal"]);
    let text = "Lead here.\n\nThe fair is off.\n\nRead more: ‘Fair moves to the sports hall’\n\n\
                Councillor Amy Cole said: ‘It is a shame.’";
    assert_eq!(said(text), [pair("It is a shame.", Some("Amy Cole"))]);
    assert_eq!(terms(text), ["Fair moves to the sports hall"]);
}

#[test]
fn a_headline_quote_with_a_tag_after_it_goes_to_the_body_speaker() {
    let text = "Ram-raiders ‘will be found’, vows police chief\n\nA tractor was used.\n\n\
                The chief constable, Rob Ashworth, said the raid was ‘brazen and planned’.\n\nMore text.";
    assert_eq!(
        said(text),
        [
            pair("will be found", Some("Rob Ashworth")),
            pair("brazen and planned", Some("Rob Ashworth")),
        ]
    );
    let text = "Ward closure ‘a betrayal’, say campaigners\n\nThe ward shuts.\n\n\
                Mrs Linda Marsh said: ‘This is a betrayal of every family.’\n\nMore text.";
    assert_eq!(said(text)[0], pair("a betrayal", Some("Linda Marsh")));
    let text = "Sluiting afdeling ‘een schande’, vindt wethouder\n\nDe afdeling sluit.\n\n\
                Wethouder Els Smit zei: ‘Dit is een schande voor het dorp.’\n\nMeer tekst.";
    assert_eq!(said(text)[0], pair("een schande", Some("Els Smit")));
}

#[test]
fn an_english_surname_ending_in_an_organisation_word_is_a_person() {
    let text = "Lead here.\n\nThe river is dying.\n\n\
                Tom Harcourt said the plan would work. “Those who pollute will pay,” he said.";
    assert_eq!(
        said(text),
        [pair("Those who pollute will pay,", Some("Tom Harcourt"))]
    );
    // Dutch writes compounds as one word: `Rekenkamer` is a body, not a person.
    let text = "Lead hier.\n\nDe rivier sterft.\n\n\
                Anna Smit leest het rapport. ‘Dit klopt niet’, zegt Rekenkamer.";
    assert_eq!(said(text), [pair("Dit klopt niet", None)]);
}

#[test]
fn a_lower_case_by_inside_a_sentence_credits_no_one() {
    let text = "Lead here.\n\nSamples were analysed by Ruth Ellery, an ecologist. “These are numbers,” Ellery said.\n\n\
                The river bank. Photo by Jane Lee";
    assert_eq!(
        said(text),
        [pair("These are numbers,", Some("Ruth Ellery"))]
    );
    let text = "Lead hier.\n\nHet onderzoek werd geleid door Anna de Vries. ‘Dit klopt’, zegt De Vries.\n\n\
                Door Jan Jansen";
    assert_eq!(said(text), [pair("Dit klopt", Some("Anna de Vries"))]);
}

#[test]
fn a_person_the_quote_talks_about_is_not_the_one_talking() {
    let text = "Lead here.\n\nHannah Corbishley founded the group.\n\n\
                It began after Corbishley’s neighbour Peter Lomax found dead fish. \
                “Peter came to my door with a bucket of them,” she said.\n\n\
                Linda Morrow was hurt. “My husband said, ‘That could have been you, Linda,’” she said.";
    assert_eq!(
        said(text),
        [
            pair(
                "Peter came to my door with a bucket of them,",
                Some("Hannah Corbishley")
            ),
            pair(
                "My husband said, ‘That could have been you, Linda,’",
                Some("Linda Morrow")
            ),
        ]
    );
    let text =
        "Lead hier.\n\nOnderzoeksleider Femke Oudejans zegt: ‘Het licht is het probleem.’\n\n\
                Ze vingen merels met lichtmeters die promovendus Sander Blom soldeerde.\n\n\
                ‘Sander heeft honderden nachten in parken gestaan’, zegt ze.";
    assert_eq!(
        said(text)[1],
        pair(
            "Sander heeft honderden nachten in parken gestaan",
            Some("Femke Oudejans")
        )
    );
}

#[test]
fn a_firm_and_its_role_noun_stand_before_the_name_holding_the_role() {
    let text = "Lead here.\n\nThe deal was announced.\n\n\
                “The price looks full,” said Kessler Wright analyst Priya Raman.";
    assert_eq!(
        said(text),
        [pair("The price looks full,", Some("Priya Raman"))]
    );
    assert_eq!(roles(text)[0].1.as_deref(), Some("Kessler Wright analyst"));
    let text = "Lead hier.\n\nDe overname is rond.\n\n\
                ‘De prijs is hoog’, zegt Van Lanschot analist Joris Verbeek.";
    assert_eq!(
        said(text),
        [pair("De prijs is hoog", Some("Joris Verbeek"))]
    );
}

#[test]
fn an_appositive_name_with_a_relative_clause_after_it_is_the_subject() {
    let text = "Lead here.\n\nConnor Ashdown won. ‘I did it for my mum,’ said Ashdown.\n\n\
                His trainer, Mick Farrant, who has trained him for years, admitted he had been afraid.\n\n\
                ‘When he went down I looked at his eyes.’";
    assert_eq!(
        said(text)[1],
        pair(
            "When he went down I looked at his eyes.",
            Some("Mick Farrant")
        )
    );
    let text = "Lead hier.\n\nSanne Bos won. ‘Dit is voor mijn moeder’, zei Bos.\n\n\
                Haar trainer, Kees Vos, die haar al jaren begeleidt, vertelde dat hij bang was.\n\n\
                ‘Toen ze viel, keek ik naar haar ogen.’";
    assert_eq!(
        said(text)[1],
        pair("Toen ze viel, keek ik naar haar ogen.", Some("Kees Vos"))
    );
}

#[test]
fn a_role_noun_finds_the_holder_introduced_with_a_compound_of_it() {
    let text = "Lead hier.\n\nPolitiewoordvoerster Sanne Heijboer bevestigt de aanhouding.\n\n\
                ‘De verdachte verzette zich’, zegt de woordvoerster.\n\n\
                Eigenaar Gert-Jan Hoeksema is aangeslagen.\n\n\
                ‘Morgen misschien’, aldus de snackbarhouder.";
    assert_eq!(
        said(text),
        [
            pair("De verdachte verzette zich", Some("Sanne Heijboer")),
            pair("Morgen misschien", Some("Gert-Jan Hoeksema")),
        ]
    );
    let text = "Lead here.\n\nPolice spokeswoman Jane Lee confirmed the arrest.\n\n\
                “He resisted,” the spokesperson said.";
    assert_eq!(said(text), [pair("He resisted,", Some("Jane Lee"))]);
}

#[test]
fn a_naming_noun_someone_owns_does_not_make_a_fragment_a_term() {
    let text = "Lead here.\n\nThe champion rested.\n\n\
                His trainer Mick Farrant said he would defend his title ‘in front of his own people’.\n\n\
                She said the so-called “historic catch” formula had failed.\n\n\
                He said the council should expand its so-called ‘comfort scheme’ soon.";
    assert_eq!(
        said(text),
        [pair("in front of his own people", Some("Mick Farrant"))]
    );
    assert_eq!(terms(text), ["historic catch", "comfort scheme"]);
    let text = "Lead hier.\n\nDe kampioen rust uit.\n\n\
                Trainer Kees Vos zei dat ze haar titel ‘voor eigen publiek’ verdedigt.\n\n\
                Ze noemde het plan ‘onzinnig’.";
    assert_eq!(said(text), [pair("voor eigen publiek", Some("Kees Vos"))]);
}

#[test]
fn a_role_noun_in_the_lead_finds_the_holder_introduced_below() {
    let text = "River deaths rise\n\nFish died as spills rose, and the minister said there would be ‘tougher penalties for polluters’.\n\n\
                More body text here.\n\n\
                The water minister, Tom Harcourt, told MPs the law would change. “Those who pollute will pay,” he said.";
    assert_eq!(
        said(text),
        [
            pair("tougher penalties for polluters", Some("Tom Harcourt")),
            pair("Those who pollute will pay,", Some("Tom Harcourt")),
        ]
    );
    let text = "Vissterfte neemt toe\n\nDe vissen sterven en de minister zegt dat er ‘strengere straffen voor vervuilers’ komen.\n\n\
                Meer tekst hier.\n\n\
                Minister Tom Haring van Waterbeheer zei maandag dat de wet verandert. ‘Wie vervuilt, betaalt’, zei hij.";
    assert_eq!(
        said(text)[0],
        pair("strengere straffen voor vervuilers", Some("Tom Haring"))
    );
}

#[test]
fn a_club_named_by_its_prefix_and_an_adverb_opening_a_sentence_are_no_speakers() {
    let text = "Lead hier.\n\nGedeputeerde Annemiek Smit kwam naar buiten. \
                Even later zei ze: ‘Ik begrijp de boosheid.’\n\n\
                De doelpunten tegen SV Wolterbroek herinnert hij zich. ‘Die van 1966’, zegt SV Wolterbroek.";
    assert_eq!(
        said(text),
        [
            pair("Ik begrijp de boosheid.", Some("Annemiek Smit")),
            pair("Die van 1966", None),
        ]
    );
    let text =
        "Lead here.\n\nThe derby against AFC Rowley was tense. “We were lucky,” said AFC Rowley.";
    assert_eq!(said(text), [pair("We were lucky,", None)]);
    // A housing corporation's name ends in `Wonen`.
    let text = "Lead hier.\n\nDe corporatie reageert. IJhaven Wonen zegt dat loting ‘de eerlijkste manier’ is.";
    assert_eq!(said(text), [pair("de eerlijkste manier", None)]);
}

#[test]
fn an_unnamed_agent_speaks_for_no_one_named() {
    let text = "Lead here.\n\nTom Kellaway sold his herd. “It hurts,” he said.\n\n\
                A stock agent at Tallowbrook, who did not want to be named, said prices held. \
                ‘People are getting a fair price,’ he said.";
    assert_eq!(
        said(text)[1],
        pair("People are getting a fair price,", None)
    );
    let text = "Lead hier.\n\nTom de Boer verkocht zijn vee. ‘Het doet pijn’, zegt hij.\n\n\
                Een ervaren agent, die anoniem wil blijven, zegt dat het rustig is. ‘Het valt mee’, zegt hij.";
    assert_eq!(said(text)[1], pair("Het valt mee", None));
}

#[test]
fn a_subject_who_asked_not_to_be_named_names_no_one() {
    let text = "Lead here.\n\nMarcus Pendry was jailed. “I am sorry,” Pendry said.\n\n\
                Outside court, the daughter of another of Pendry’s victims, who asked not to be named, \
                said: ‘Seven years is not enough.’";
    assert_eq!(said(text)[1], pair("Seven years is not enough.", None));
    let text = "Lead hier.\n\nMarco Pieters werd veroordeeld. ‘Het spijt me’, zei Pieters.\n\n\
                De dochter van een ander slachtoffer van Pieters, die anoniem wil blijven, zei: ‘Zeven jaar is te weinig.’";
    assert_eq!(said(text)[1], pair("Zeven jaar is te weinig.", None));
}

#[test]
fn an_answered_question_after_narration_about_one_person_is_the_interviewers() {
    let text = "Lead hier.\n\nGradus Wiggers speelde veertig jaar bij de club. ‘Het was mijn leven’, zegt hij.\n\n\
                De doelpunten herinnert hij zich allemaal.\n\n,,Welke was de mooiste?''\n\n,,Die van 1966.''";
    assert_eq!(
        said(text)[1..],
        [
            pair("Welke was de mooiste?", None),
            pair("Die van 1966.", Some("Gradus Wiggers")),
        ]
    );
    let text = "Lead here.\n\nTeodora Vlasic runs the kitchen. “It is loud,” she said.\n\n\
                Late one night she ate sardines at the bar.\n\n“Which dish was the hardest?”\n\n“The soup.”";
    assert_eq!(
        said(text)[1..],
        [
            pair("Which dish was the hardest?", None),
            pair("The soup.", Some("Teodora Vlasic")),
        ]
    );
    // Narration naming two people: one of them asks the other.
    let text = "Lead here.\n\nKristen Nyberg spoke first. “We are worried,” she said.\n\n\
                Superintendent Marcus Bell listened. “We hear you,” he said.\n\n\
                At one point Nyberg turned away and addressed Bell directly.\n\n\
                “Will the classes go over 30?”\n\n“Our target is 24.”";
    assert_eq!(
        said(text)[2],
        pair("Will the classes go over 30?", Some("Kristen Nyberg"))
    );
    // Narration about people it does not name: an overheard exchange, nobody's.
    let text = "Lead here.\n\nEllen Marsh runs the shelter. “We are full,” she said.\n\n\
                A volunteer handed out blankets to a boy.\n\n“Are we going home?”\n\n“Not tomorrow.”";
    assert_eq!(
        said(text)[1..],
        [
            pair("Are we going home?", None),
            pair("Not tomorrow.", None)
        ]
    );
}
