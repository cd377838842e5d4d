//! Whole-pipeline behaviour of `summarize` on news articles written for these tests:
//! the length budget, page debris never in a summary, `why`, `focus`, determinism, and
//! texts in German, French and Spanish.

use brevity::{Lang, Length, Options, SentenceKind, Summarizer, Summary};

const ARTICLE: &str = "\
The city council voted on Tuesday to close the Old Mill Bridge after engineers found cracks in its steel frame.

The bridge, built in 1932, carries about 14,000 vehicles a day across the River Wey. Council leader Maria Santos said the decision was painful but unavoidable. \"We cannot ask people to drive over a structure that our own engineers say is failing,\" she said.

Drivers will be sent on a diversion through Elmbridge that adds around 20 minutes to the journey. Local businesses fear the closure will cost them customers during the busy summer months. The owner of a bakery beside the bridge said trade had already fallen by a third since repairs began last year.

A temporary footbridge will open next month so that pedestrians and cyclists can still cross. The council has asked the government for £45m to build a replacement, which would take at least three years. Engineers first raised concerns about the frame in a report in 2019.

The ferry across the river, closed since 2010, may be brought back into service while the bridge is shut. A ferry operator said it could run a boat every 15 minutes from the old landing stage. Ferry tickets would cost £2, with children travelling free.";

fn summarize(text: &str, options: Options) -> Summary<'_> {
    Summarizer::new(options).expect("valid options").summarize(text)
}

fn with_length(length: Length) -> Options {
    let mut o = Options::default();
    o.length = length;
    o
}

fn with_focus(length: Length, focus: &str) -> Options {
    let mut o = with_length(length);
    o.focus = Some(focus.into());
    o
}

fn summary_texts<'a>(s: &'a Summary<'a>) -> Vec<&'a str> {
    s.summary_sentences().map(|x| x.text).collect()
}

#[test]
fn default_summary_is_three_whole_sentences_in_document_order() {
    let s = summarize(ARTICLE, Options::default());
    assert_eq!(s.summary.len(), 3);
    assert!(s.summary.windows(2).all(|w| w[0] < w[1]), "{:?}", s.summary);
    for sentence in s.summary_sentences() {
        assert_eq!(&ARTICLE[sentence.span.range()], sentence.text);
        assert_eq!(sentence.kind, SentenceKind::Prose);
    }
    // News puts its point first: the lead sentence is in.
    assert_eq!(s.summary[0], 0, "{:?}", summary_texts(&s));
}

#[test]
fn sentence_budget_is_never_exceeded() {
    for n in [1, 2, 5, 100] {
        let s = summarize(ARTICLE, with_length(Length::Sentences(n)));
        let prose = s.sentences.iter().filter(|x| x.kind == SentenceKind::Prose).count();
        assert_eq!(s.summary.len(), n.min(prose), "sentences: {n}");
    }
}

#[test]
fn ratio_budget_rounds_up() {
    let s = summarize(ARTICLE, with_length(Length::Ratio(0.25)));
    let prose = s.sentences.iter().filter(|x| x.kind == SentenceKind::Prose).count();
    assert_eq!(s.summary.len(), (prose as f32 * 0.25).ceil() as usize);
}

#[test]
fn word_budget_is_never_exceeded_and_no_sentence_is_cut() {
    let split: Vec<&str> = brevity::split(ARTICLE).into_iter().map(|x| x.text).collect();
    for max in [5, 20, 40, 60, 100] {
        let s = summarize(ARTICLE, with_length(Length::MaxWords(max)));
        assert!(s.stats.summary_words <= max, "maxWords {max}: {} words", s.stats.summary_words);
        for t in summary_texts(&s) {
            assert!(split.contains(&t), "maxWords {max}: {t:?} is not a whole sentence");
        }
        if max >= 40 {
            assert!(!s.summary.is_empty(), "maxWords {max} left the summary empty");
        }
    }
    // Shorter than any sentence: nothing fits, nothing is cut.
    assert!(summarize(ARTICLE, with_length(Length::MaxWords(3))).summary.is_empty());
}

/// Every kind of page debris the summary must leave out, each in a pasted article.
#[test]
fn page_debris_is_never_in_a_summary() {
    let text = "\
Storm closes port of Dover

date 2024-02-11 Officials closed the port of Dover on Sunday as a storm brought winds of 90mph to the Channel coast.

By Jane Doe

Updated 3:14 PM ET

published 2024-02-11

(Mark Hall/The Herald) Ferries were held in harbour and more than 2,000 lorries queued on the approach roads to the town.

Scroll down for video

Lorries queue on the A20 near Dover. Photo: AP

Waves break over the harbour wall on Sunday (EPA)

The harbour in a storm last winter – Reuters file

Advertisement

KEN ODA / THE COURIER The Met Office issued an amber warning for wind, saying gusts could bring down trees and power lines.

Read more: How the port prepares for storms

Share this article

Stranded: A lorry driver waits beside his cab on the approach road to the port on Sunday

Battered: Waves crash over the sea wall at Folkestone as the storm hits the coast The storm is expected to ease by Tuesday morning, forecasters said.

Ann Ruiz, Gazette Staff Writer Coastguard crews rescued two walkers who had been cut off by the tide near Folkestone.

By Tom Smith, Reuters FOLKESTONE — The lifeboat crew was called out three times in the night.

Additional reporting by Tom Smith.

Sam Lee contributed to this report.

Ad Feedback

Related Topics

A version of this article appears in print on Feb. 12, 2024, Section A, Page 6 of the New York edition with the headline: Storm Closes Dover Port.

First published on Sun 11 Feb 2024 10.00 GMT

Last modified on Sun 11 Feb 2024 14.10 GMT

Copyright 2024 The Herald Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.";
    let debris = [
        "Storm closes port of Dover",
        "date 2024-02-11",
        "By Jane Doe",
        "Updated 3:14 PM ET",
        "published 2024-02-11",
        "Lorries queue on the A20 near Dover.",
        "Photo: AP",
        "Waves break over the harbour wall on Sunday (EPA)",
        "The harbour in a storm last winter – Reuters file",
        "Advertisement",
        "Read more: How the port prepares for storms",
        "Share this article",
        "Additional reporting by Tom Smith.",
        "Sam Lee contributed to this report.",
        // The site's own lines and an agency's rights notice.
        "Ad Feedback",
        "Related Topics",
        "A version of this article appears in print",
        "First published on",
        "Last modified on",
        "Copyright 2024",
        "All rights reserved.",
        "This material may not be published",
        // Credits and a byline glued to the paragraph after them.
        "Scroll down for video",
        "Mark Hall",
        "THE COURIER",
        "Staff Writer",
        "Tom Smith, Reuters",
        // Tabloid captions: a label and a colon, one glued to the sentence after it.
        "Stranded:",
        "Battered:",
        "sea wall at Folkestone",
    ];
    // Even a summary of every prose sentence leaves the debris out.
    let s = summarize(text, with_length(Length::Ratio(1.0)));
    let chosen = summary_texts(&s);
    for d in debris {
        assert!(!chosen.iter().any(|c| c.contains(d)), "{d:?} is in the summary {chosen:#?}");
    }
    // ... and keeps the sentences that the date, the credits and the byline were glued to,
    // without them.
    assert!(chosen.contains(
        &"Officials closed the port of Dover on Sunday as a storm brought winds of 90mph to the Channel coast."
    ));
    assert!(chosen.contains(&"Coastguard crews rescued two walkers who had been cut off by the tide near Folkestone."));
    assert!(chosen.contains(&"The storm is expected to ease by Tuesday morning, forecasters said."));
    assert!(chosen.contains(&"FOLKESTONE — The lifeboat crew was called out three times in the night."));
    assert!(
        chosen.iter().any(|c| c.starts_with("Ferries were held"))
            && chosen.iter().any(|c| c.starts_with("The Met Office"))
    );
    assert_eq!(chosen.len(), 6, "{chosen:#?}");
    // Non-prose sentences score 0 with an empty why.
    for x in s.sentences.iter().filter(|x| x.kind != SentenceKind::Prose) {
        assert_eq!(x.score, 0.0, "{:?}", x.text);
        assert_eq!(x.why, brevity::Why::default(), "{:?}", x.text);
    }
}

#[test]
fn why_adds_up_to_the_score() {
    let s = summarize(ARTICLE, Options::default());
    for x in s.sentences.iter().filter(|x| x.kind == SentenceKind::Prose) {
        assert!((0.0..=1.0).contains(&x.score), "{}: {}", x.text, x.score);
        let w = x.why;
        let sum = w.base + w.position + w.centrality + w.terms + w.length + w.facts + w.quote + w.focus;
        assert!((sum - x.score).abs() < 1e-4, "{}: parts {sum} vs score {}", x.text, x.score);
        assert_eq!(w.focus, 0.0);
    }
    // Position speaks for the lead sentence and against the last one.
    let prose: Vec<_> = s.sentences.iter().filter(|x| x.kind == SentenceKind::Prose).collect();
    assert!(prose[0].why.position > 0.0, "{:?}", prose[0].why);
    assert!(prose[prose.len() - 1].why.position < prose[0].why.position);
}

#[test]
fn focus_biases_the_summary_toward_its_words() {
    let plain = summarize(ARTICLE, with_length(Length::Sentences(2)));
    let focused = summarize(ARTICLE, with_focus(Length::Sentences(2), "ferries"));
    let texts = summary_texts(&focused);
    assert!(texts.iter().all(|t| t.contains("ferry") || t.contains("Ferry")), "{texts:#?}");
    for x in focused.summary_sentences() {
        assert!(x.why.focus > 0.0, "{:?}", x.why);
    }
    // A focus on a minor point brings in a sentence the plain summary leaves out.
    let shops = summarize(ARTICLE, with_focus(Length::Sentences(2), "bakery trade"));
    let texts = summary_texts(&shops);
    assert!(texts.iter().any(|t| t.contains("bakery")), "{texts:#?}");
    assert!(!summary_texts(&plain).iter().any(|t| t.contains("bakery")));
}

#[test]
fn same_text_and_options_give_the_same_summary() {
    let options = with_focus(Length::Sentences(3), "bridge");
    let summarizer = Summarizer::new(options.clone()).unwrap();
    let a = serde_json::to_string(&summarizer.summarize(ARTICLE)).unwrap();
    let b = serde_json::to_string(&summarizer.summarize(ARTICLE)).unwrap();
    let c = serde_json::to_string(&Summarizer::new(options).unwrap().summarize(ARTICLE)).unwrap();
    assert_eq!(a, b);
    assert_eq!(a, c);
}

#[test]
fn lower_cased_tokenized_news_is_split_and_summarized() {
    // The shape of cnndm_lower_dev: lower case, PTB tokens, no line breaks.
    let text = "london ( cnn ) the city council voted on tuesday to close the old mill bridge . \
        engineers found cracks in its steel frame last month . `` we can not ask people to drive over it , '' \
        the council leader said . the bridge carries 14,000 vehicles a day . drivers face a 20-minute diversion .";
    let s = summarize(text, Options::default());
    assert_eq!(s.sentences.len(), 5, "{:#?}", s.sentences.iter().map(|x| x.text).collect::<Vec<_>>());
    assert_eq!(s.summary.len(), 3);
    assert_eq!(s.summary[0], 0);
}

const GERMAN: &str =
    "Der Stadtrat hat am Dienstag beschlossen, die alte Mühlenbrücke wegen Rissen im Stahl zu sperren. \
Die Brücke wurde 1932 gebaut und wird täglich von rund 14.000 Fahrzeugen überquert. \
Autofahrer müssen eine Umleitung fahren, die etwa zwanzig Minuten länger dauert. \
Die Geschäfte in der Nähe befürchten, dass ihnen im Sommer die Kunden fehlen werden. \
Eine Fähre über den Fluss soll wieder fahren, solange die Brücke gesperrt ist. \
Die Fähren sollen alle fünfzehn Minuten vom alten Anleger ablegen.";

const FRENCH: &str =
    "Le conseil municipal a voté mardi la fermeture du vieux pont du Moulin après la découverte de fissures. \
Le pont, construit en 1932, voit passer environ 14 000 véhicules par jour. \
Les automobilistes devront emprunter une déviation qui ajoute une vingtaine de minutes au trajet. \
Les commerçants du quartier craignent de perdre des clients pendant l'été. \
Un bac pourrait de nouveau traverser la rivière pendant la fermeture du pont. \
Les bacs partiraient toutes les quinze minutes depuis l'ancien embarcadère.";

const SPANISH: &str =
    "El ayuntamiento votó el martes cerrar el viejo puente del Molino tras descubrir grietas en su estructura. \
El puente, construido en 1932, soporta unos 14.000 vehículos al día. \
Los conductores tendrán que tomar un desvío que añade unos veinte minutos al trayecto. \
Los comerciantes de la zona temen perder clientes durante el verano. \
Un transbordador podría volver a cruzar el río mientras el puente siga cerrado. \
Los transbordadores saldrían cada quince minutos desde el antiguo embarcadero.";

#[test]
fn german_french_and_spanish_articles_are_summarized_in_their_language() {
    for (text, lang, focus, marker) in [
        (GERMAN, Lang::De, "Geschäft", "Geschäfte"),
        (FRENCH, Lang::Fr, "bacs", "bac"),
        (SPANISH, Lang::Es, "transbordadores", "transbordador"),
    ] {
        let s = summarize(text, Options::default());
        assert_eq!(s.language, lang);
        assert_eq!(s.sentences.len(), 6, "{lang}");
        assert_eq!(s.summary.len(), 3, "{lang}");
        assert!(s.summary.windows(2).all(|w| w[0] < w[1]), "{lang}: {:?}", s.summary);
        // Every sentence is scored and explained, whatever the language.
        assert!(s.sentences.iter().all(|x| x.score > 0.0 && x.why.base > 0.0), "{lang}");
        // The focus, inflected differently from the text, still finds its sentences.
        let f = summarize(text, with_focus(Length::Sentences(1), focus));
        let chosen = summary_texts(&f);
        assert!(chosen[0].contains(marker), "{lang}: {chosen:?}");
    }
}

/// Debris of pasted pages in the forms news sites print it: a caption above a credit on a
/// line of its own, a bracketed courtesy credit, a date glued to the first sentence,
/// "Published … | Updated …", live-page time stamps, share and newsletter furniture, the
/// author's contact line and note, a rights notice naming its holder, "… contributed from …",
/// "… reported from …".
#[test]
fn captions_above_credits_and_site_furniture_are_never_in_a_summary() {
    let text = "Published 14:32 GMT, 9 October 2024 | Updated 16:05 GMT, 9 October 2024Rail operators across northern England will cut a third of their weekend services from January.\n\n\
                Link Copied!\n\n\
                A commuter waits on an empty platform at Leeds station on Tuesday evening.\n\
                Jeff Kowalsky/AFP/Getty Images\n\n\
                The Department for Transport said a shortage of drivers left timetables impossible to staff.\n\n\
                Union leaders met in Manchester on Tuesday.\n\
                (Photo courtesy of Aslef)\n\n\
                15 min ago\n\n\
                Save articles to read later and create your own reading list.\n\n\
                Operators said they would publish the new timetables in December.\n\n\
                Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties.\n\n\
                Reach her at jane@example.com or follow her on X at @janedoe.\n\n\
                Associated Press writer Tom Roe contributed from Leeds.\n\n\
                Jane Doe reported from Manchester.\n\n\
                Jane Doe is a transport correspondent for the Northern Times. She has covered the railways since 2015.\n\
                Follow Jane on X.\n\n\
                Copyright The Northern Times Limited 2024.";
    let s = summarize(text, with_length(Length::Sentences(10)));
    let kinds: Vec<(SentenceKind, &str)> = s.sentences.iter().map(|x| (x.kind, x.text)).collect();
    let prose: Vec<&str> = kinds.iter().filter(|(k, _)| *k == SentenceKind::Prose).map(|(_, t)| *t).collect();
    assert_eq!(
        prose,
        [
            "Rail operators across northern England will cut a third of their weekend services from January.",
            "The Department for Transport said a shortage of drivers left timetables impossible to staff.",
            "Operators said they would publish the new timetables in December.",
        ],
        "{kinds:?}"
    );
    assert_eq!(summary_texts(&s), prose);
    assert_eq!(s.sentences[0].kind, SentenceKind::Meta);
}

/// The page head of other outlets' pastes: a headline ending like a sentence above the
/// byline, a name and reading time before the date, AFP's "©" credit under a caption, Sky's
/// time stamp with its edition, an agency's staff byline between bars.
#[test]
fn headlines_names_before_bars_and_copyright_credits_are_never_in_a_summary() {
    let text = "Opinion\nThe four-day week isn't a fantasy. It's overdue.\nBy Jane Doe\n\
                Jane Doe · 5 min read · May 1, 2023 For a century the five-day week has been treated as a law of nature.\n\n\
                Farmers block the A1 highway near Paris on January 29, 2024.\n\
                © Ludovic MARIN / AFP\n\n\
                Tuesday 9 January 2024 14:20, UK Trials in Britain and Iceland found that output held steady.\n\n\
                2024-05-01 08:15 UTC | Reuters Staff | Companies that tried it reported fewer resignations.";
    let s = summarize(text, with_length(Length::Sentences(10)));
    let kinds: Vec<(SentenceKind, &str)> = s.sentences.iter().map(|x| (x.kind, x.text)).collect();
    let prose: Vec<&str> = kinds.iter().filter(|(k, _)| *k == SentenceKind::Prose).map(|(_, t)| *t).collect();
    assert_eq!(
        prose,
        [
            "For a century the five-day week has been treated as a law of nature.",
            "Trials in Britain and Iceland found that output held steady.",
            "Companies that tried it reported fewer resignations.",
        ],
        "{kinds:?}"
    );
    assert_eq!(summary_texts(&s), prose);
}
