//! Bad input, each with the behaviour it must get. "Sensible" is spelled out in every
//! assertion; on top of it every result passes the invariants of `support/check.rs`
//! (spans exact and on char boundaries, summary within budget, facts inside their
//! sentences, same result twice). No timing here: linear time is shown by the benches.

#[path = "support/check.rs"]
mod check;

use brevity::{Options, SentenceKind};

/// Runs every invariant with the default options and returns the summary's sentence texts.
fn sentences(text: &str) -> Vec<&str> {
    check::all(text, &Options::default(), true).unwrap_or_else(|e| panic!("{e}\ntext: {:?}", short(text)));
    brevity::split(text).into_iter().map(|s| s.text).collect()
}

fn short(text: &str) -> String {
    text.chars().take(200).collect()
}

// Fuzz regressions: each input below once broke an invariant.

/// Found by fuzzing (seed 124): in lower-cased text, a period set apart after a multi-byte
/// space (U+2028 LINE SEPARATOR) made the check for a title before it slice inside the space.
#[test]
fn spaced_period_after_a_line_separator_in_lower_case_text() {
    let text = format!("on sunday \u{2028} . {}", "word ".repeat(60));
    let got = sentences(&text);
    assert!(got.iter().any(|s| s.starts_with("on sunday")), "{got:?}");
    let mut options = Options::default();
    options.length = brevity::Length::Ratio(0.04);
    check::all(&text, &options, true).unwrap();
}

/// An abbreviation after a multi-byte space (U+3000 IDEOGRAPHIC SPACE) made the
/// abbreviation check slice inside the space and panic.
#[test]
fn abbreviation_after_ideographic_space() {
    let text = "東京\u{3000}Inc. The market opened. Prices\u{A0}Dr. Smith said so.";
    let got = sentences(text);
    assert_eq!(
        got.concat().chars().filter(|c| !c.is_whitespace()).count(),
        text.chars().filter(|c| !c.is_whitespace()).count()
    );
}

/// A letterless sentence ("```") was tagged together with the next one, and an
/// organization "`\r\n\r\nInc." spanned both sentences.
#[test]
fn entity_does_not_cross_a_letterless_sentence() {
    let text = "```rust\nfn main() {}\n```\r\n\r\nInc. Z\u{331} <p> the United Nations met.";
    sentences(text);
    let f = brevity::facts(text);
    for e in f.people.iter().chain(&f.places).chain(&f.organizations) {
        assert!(!e.text.contains('`'), "{:?} took a piece of the code block", e.text);
    }
}

/// Found by fuzzing (seed 159): a place "U.S." ending one sentence and initials opening the
/// next ("A. A.") were joined as one all-capitals dateline across the sentences' end.
#[test]
fn dateline_join_stays_in_its_sentence() {
    let text = "Hello there.\nU.S. A. A., done.";
    let got = sentences(text);
    assert_eq!(got, vec!["Hello there.", "U.S.", "A. A., done."]);
    let f = brevity::facts(text);
    assert!(f.places.iter().all(|e| e.text == "U.S."), "{:?}", f.places);
}

/// Found by fuzzing (seed 121): an opening quote mark that ends the sentence before its
/// words, in one of the languages whose speakers have their own rules, made the quote finder
/// slice backwards.
#[test]
fn quote_mark_ending_the_sentence_before_its_words() {
    let text = "Fim ?“ O governo português aprovou o plano de habitação no ano passado e o ministro disse que é bom.”";
    let s = summary(text);
    assert_eq!(s.language.code(), "pt");
    let q: Vec<&str> = s.facts.quotes.iter().map(|q| q.text).collect();
    assert_eq!(q, ["O governo português aprovou o plano de habitação no ano passado e o ministro disse que é bom."]);
}

/// Found by fuzzing (seed 141): a quote whose words open on a byte-order mark, after an
/// opening mark that ended the sentence before, started in the gap between the sentences
/// (the segmenter counts the mark as space, the quote finder did not).
#[test]
fn quote_opening_on_a_byte_order_mark() {
    let text = "The council met on Monday！“ \u{feff}We will rebuild the old bridge quickly and well,” the mayor said.";
    check::all(text, &Options::default(), false).unwrap();
    let s = summary(text);
    let q: Vec<&str> = s.facts.quotes.iter().map(|q| q.text).collect();
    assert_eq!(q, ["We will rebuild the old bridge quickly and well"]);
}

// The corpus. Every text also passes every invariant of `support/check.rs`.

/// Sentence ends fall between grapheme clusters: an emoji ZWJ sequence, a flag or a
/// letter with its combining marks is never cut in two.
fn assert_grapheme_boundaries(text: &str) {
    use unicode_segmentation::UnicodeSegmentation;
    let bounds: std::collections::HashSet<usize> =
        text.grapheme_indices(true).map(|(i, _)| i).chain([text.len()]).collect();
    for s in brevity::split(text) {
        assert!(bounds.contains(&s.span.start) && bounds.contains(&s.span.end), "{:?} cuts a grapheme", s.text);
    }
}

fn summary(text: &str) -> brevity::Summary<'_> {
    brevity::summarize(text)
}

fn no_facts(f: &brevity::Facts) -> bool {
    f.people.is_empty()
        && f.places.is_empty()
        && f.organizations.is_empty()
        && f.dates.is_empty()
        && f.numbers.is_empty()
        && f.quotes.is_empty()
        && f.keyphrases.is_empty()
}

/// Empty text: nothing at all, not an error.
#[test]
fn empty() {
    assert!(sentences("").is_empty());
    let s = summary("");
    assert!(s.summary.is_empty() && no_facts(&s.facts));
    assert_eq!((s.stats.characters, s.stats.words, s.stats.sentences), (0, 0, 0));
    assert_eq!(s.language.code(), "und");
}

/// Whitespace of every kind: no sentence, no summary, no facts; the characters are counted.
#[test]
fn whitespace_only() {
    let text = " \n\t\r\n \u{3000}\u{A0}\u{2028}\u{2029}\u{85}\u{B}\u{C}  ";
    assert!(sentences(text).is_empty());
    let s = summary(text);
    assert!(s.summary.is_empty() && no_facts(&s.facts));
    assert_eq!(s.stats.characters, text.chars().count());
}

/// One word is one sentence, the word itself, trimmed.
#[test]
fn one_word() {
    assert_eq!(sentences("  Hello  "), ["Hello"]);
    assert_eq!(sentences("Hello."), ["Hello."]);
    let s = summary("Hello.");
    assert_eq!(s.stats.words, 1);
    assert!(s.summary.len() <= 1);
}

/// "10 MB": the full size in an optimized build (`cargo test --release --test bad_input`);
/// 1 MB in a debug build, where the same code runs ten to thirty times slower.
const BIG: usize = if cfg!(debug_assertions) { 1_000_000 } else { 10_000_000 };

/// Paragraphs of news prose, varied so that no two are the same.
fn prose(bytes: usize) -> String {
    const PARAGRAPH: &str = "The city council voted on Tuesday to close the old bridge over the river. \
        Engineers had warned for years that its steel supports were failing. \
        \"We will rebuild, and we will do it quickly,\" said Mayor Jane O'Neill. \
        A new crossing is due to open in YEAR at a cost of $N million. \
        Residents were divided, and about N people signed a petition against the plan.\n\n";
    let mut out = String::with_capacity(bytes + PARAGRAPH.len());
    let mut i = 0u64;
    while out.len() < bytes {
        out.push_str(&PARAGRAPH.replace("YEAR", &(1900 + i % 200).to_string()).replace('N', &i.to_string()));
        i += 1;
    }
    out
}

/// 10 MB of prose: every sentence found, a 3-sentence summary of prose, offsets exact to the
/// last byte. (Linear time is shown by the benchmarks, not here.)
#[test]
fn ten_megabytes_of_prose() {
    let text = prose(BIG);
    let s = summary(&text);
    check::summary(&text, &Options::default(), &s).unwrap();
    assert!(s.sentences.len() >= BIG / 100, "{} sentences", s.sentences.len());
    assert_eq!(s.summary.len(), 3);
    let last = s.sentences.last().unwrap();
    assert_eq!(last.span.end, text.trim_end().len());
    assert!(!s.facts.numbers.is_empty() && !s.facts.quotes.is_empty());
}

/// 10 MB on one line with no punctuation: sentences cover all of it, nothing is dropped,
/// and the summary stays within its budget.
#[test]
fn ten_megabytes_on_one_line() {
    let text = "word and another word ".repeat(BIG / 22);
    let s = summary(&text);
    check::summary(&text, &Options::default(), &s).unwrap();
    assert!(!s.sentences.is_empty());
    let covered: usize = s.sentences.iter().map(|x| x.text.len()).sum();
    assert_eq!(covered + s.sentences.len() - 1, text.trim_end().len(), "only single spaces lie between sentences");
    assert!(s.summary.len() <= 3);
}

/// Lines with no punctuation at all: each line is a sentence of its own.
#[test]
fn no_punctuation() {
    let text = "the river rose all night\nroads closed at dawn\nschools stayed shut\nthe army brought sandbags";
    assert_eq!(sentences(text), text.lines().collect::<Vec<_>>());
}

/// Runs of one short pattern, 200 KB each: each once took time quadratic in its length in
/// a fact finder (a date's day name looked at the next day name, and that at the next…; a
/// number walked back over every number before it; a caption's names each read the line
/// before them, and a name the text before it when it held no space; a quote each name of
/// its sentence; the tagger's tokens re-read the rest of a word at each cut), and the
/// deepest ran out of stack. Each must keep every invariant; their time is in the benches.
#[test]
fn runs_of_one_pattern() {
    let patterns = [
        ("Monday ", "dates"),
        ("1,000 ", "numbers"),
        ("]\u{a0}10.Photo: AP", "captions"),
        ("ab/cd", "slashes"),
        ("”\".", "quote marks"),
        ("Likes — )“We ", "quotes"),
        (". ' ", "letterless sentences"),
        ("😀。ShareAdvertisement", "names in a text without spaces"),
        ("Mr. mil millones Image 1 of 3“", "quotes in a sentence of many names"),
    ];
    for (pattern, what) in patterns {
        let text = pattern.repeat(200_000 / pattern.len());
        check::all(&text, &Options::default(), false).unwrap_or_else(|e| panic!("{what}: {e}"));
    }
    // Sensible too: the day names are dates, the numbers numbers.
    let text = "Monday ".repeat(20_000);
    assert!(!summary(&text).facts.dates.is_empty());
    let text = "1,000 ".repeat(20_000);
    assert!(summary(&text).facts.numbers.iter().all(|n| n.value == 1000.0));
}

/// Only punctuation: no words, no facts, and no summary words.
#[test]
fn only_punctuation() {
    let text = "?!.,;:… --- ((( ))) \"\" '' «» ¿¡ 。！？ ... !!! ??? .....\n\n*** ### ___";
    let s = summary(text);
    check::summary(text, &Options::default(), &s).unwrap();
    assert_eq!(s.stats.words, 0);
    assert_eq!(s.stats.summary_words, 0);
    assert!(no_facts(&s.facts), "{:?}", s.facts);
}

/// Random bytes read as UTF-8 with U+FFFD for what is not: any answer that keeps the
/// invariants, and sentence ends between graphemes.
#[test]
fn binary_junk_decoded_lossily() {
    let mut rng = 0x9E37_79B9_7F4A_7C15u64;
    let bytes: Vec<u8> = (0..200_000)
        .map(|_| {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            (rng >> 24) as u8
        })
        .collect();
    let text = String::from_utf8_lossy(&bytes);
    sentences(&text);
    assert_grapheme_boundaries(&text);
}

/// NUL bytes are ordinary characters: kept inside their sentence, never a break.
#[test]
fn nul_bytes() {
    let text = "The vote\0 passed on Tuesday. The bridge\0\0 will close.";
    assert_eq!(sentences(text), ["The vote\0 passed on Tuesday.", "The bridge\0\0 will close."]);
}

/// C0 and C1 control characters: vertical tab and form feed separate like line breaks,
/// the others stay inside the text.
#[test]
fn control_characters() {
    let text = "First \u{1}sentence\u{7} here.\u{B}Second \u{1B}[0m one.\u{C}Third\u{9F} one.";
    let got = sentences(text);
    assert_eq!(got.len(), 3, "{got:?}");
    assert!(got[0].contains('\u{1}') && got[1].contains('\u{1B}'));
}

/// Arabic and Hebrew with bidi controls: sentences split at their own stops, with the
/// marks kept inside the spans.
#[test]
fn rtl_text_with_bidi_marks() {
    let text = "\u{202B}صوّت مجلس المدينة على إغلاق الجسر القديم.\u{202C} \u{200F}وقال المهندسون إن الفولاذ يتآكل؟ \
                \u{2067}הממשלה הודיעה על תוכנית חדשה.\u{2069} \u{200E}OK.";
    let got = sentences(text);
    assert_eq!(got.len(), 4, "{got:?}");
    assert!(got[1].starts_with('\u{200F}') && got[1].ends_with('؟'));
    assert_grapheme_boundaries(text);
}

/// Letters under stacks of combining marks: never a cut inside a stack, no word lost.
/// (The split of such text at its stops is not yet right: "He comes. She goes." stays one sentence.)
#[test]
fn zalgo_stacks() {
    let zalgo: String = "He comes. She goes."
        .chars()
        .flat_map(|c| {
            std::iter::once(c).chain((0..40).map(move |k| char::from_u32(0x300 + (c as u32 + k) % 0x70).unwrap()))
        })
        .collect();
    let got = sentences(&zalgo);
    assert!(!got.is_empty() && got.len() <= 2);
    assert_grapheme_boundaries(&zalgo);
    assert!(summary(&zalgo).stats.words >= 4);
}

/// Emoji ZWJ sequences, skin tones, flags and keycaps stay whole and inside their sentence.
#[test]
fn emoji_zwj_sequences() {
    let text = "👩‍👩‍👧‍👦 The family went out. 🏳️‍🌈🇺🇸 Flags flew! 👨🏽‍💻 Coders coded 1️⃣ time. 🫠";
    let got = sentences(text);
    assert!(got.len() >= 3, "{got:?}");
    assert!(got[0].starts_with("👩‍👩‍👧‍👦"));
    assert_grapheme_boundaries(text);
}

/// A sentence or two in many scripts: each gives sentences, exact spans, whole graphemes.
#[test]
fn many_scripts() {
    let samples = [
        "Η κυβέρνηση ανακοίνωσε νέο σχέδιο. Οι πολίτες αντέδρασαν;",
        "Правительство объявило о новых мерах. Жители недовольны!",
        "Կառավարությունը նոր ծրագիր հայտարարեց։ Քաղաքացիները դժգոհ են։",
        "הממשלה הודיעה על תוכנית חדשה. התושבים מחו.",
        "أعلنت الحكومة عن خطة جديدة. واحتج السكان؟",
        "सरकार ने नई योजना की घोषणा की। लोग नाराज़ हैं।",
        "সরকার নতুন পরিকল্পনা ঘোষণা করেছে। মানুষ অসন্তুষ্ট।",
        "அரசு புதிய திட்டத்தை அறிவித்தது. மக்கள் எதிர்த்தனர்.",
        "รัฐบาลประกาศแผนใหม่ ประชาชนไม่พอใจ",
        "მთავრობამ ახალი გეგმა გამოაცხადა. მოსახლეობა უკმაყოფილოა.",
        "정부는 새로운 계획을 발표했다. 주민들은 반발했다.",
        "政府は新しい計画を発表した。住民は反発した。",
        "政府宣布了新计划。居民表示反对！",
        "መንግሥት አዲስ እቅድ አስታወቀ። ነዋሪዎች ተቃወሙ።",
        "រដ្ឋាភិបាលបានប្រកាសផែនការថ្មី។ ប្រជាជនមិនពេញចិត្ត។",
        "အစိုးရက အစီအစဉ်သစ်ကို ကြေညာခဲ့သည်။ ပြည်သူများ မကျေနပ်ကြ။",
        "གཞུང་གིས་འཆར་གཞི་གསར་པ་ཞིག་བསྒྲགས། །",
        "ᏣᎳᎩ ᎦᏬᏂᎯᏍᏗ. ᎣᏏᏲ.",
        "ᐃᓄᒃᑎᑐᑦ ᐅᖃᐅᓯᖅ. ᐊᐃ.",
        "ᚠᚢᚦᚨᚱᚲ ᚷᚹᚺ. ᚾᛁᛃ.",
        "𐌰𐌽𐌳 𐌲𐌿𐌸. 𐍅𐌰𐌹𐍂.",
        "𐀀𐀁𐀂 𐀃𐀄. 𐀅𐀆.",
        "𒀀𒀁 𒀂𒀃. 𒀄𒀅.",
        "𓀀𓀁 𓀂𓀃. 𓀄𓀅.",
        "𝐀𝐁𝐂 𝐃𝐄𝐅. 𝔄𝔅ℭ 𝔇𝔈.",
        "Tiếng Việt có dấu. Người dân phản đối.",
        "Ọmọ náà ń sáré. Ó dé ilé.",
    ];
    for text in samples {
        let got = sentences(text);
        assert!(!got.is_empty(), "{text}");
        assert_grapheme_boundaries(text);
    }
}

/// HTML source read as text by the Rust API as it is: tags stay in the sentences, nothing is
/// lost, nothing breaks.
#[test]
fn html_source_as_text() {
    let s = summary(HTML);
    check::summary(HTML, &Options::default(), &s).unwrap();
    assert!(s.sentences.iter().any(|x| x.text.contains("Engineers had warned that its steel was failing")));
}

const HTML: &str = "<!DOCTYPE html><html><head><title>Bridge closes</title><script>var a = 1.5; if (a > 1) { a.toFixed(2); }</script></head>\n\
    <body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><p class=\"byline\">By Jane Doe</p>\
    <p>The city council voted on <b>Tuesday</b> to close the old bridge across the <a href=\"/avon\">River Avon</a>.</p>\n\
    <p>Engineers had warned that its steel was failing, said Mayor Alan Reed.</p><!-- ad slot --><p>Reed said the crossing was \
    &ldquo;a danger to everyone&rdquo; and that a new one would open in 2026.</p>\
    <figure><img src=\"b.jpg\" alt=\"The bridge – in 1931 📷\"><figcaption>The old bridge. Photo: AP</figcaption></figure>\
    <style>p { margin: 0 }</style></body></html>";

/// HTML source read through `markup` (as the JS API and the command line read it): the
/// sentences are the page's, without tags, scripts or styles; names and quotations are whole;
/// every text is the original's slice at its offsets.
#[test]
fn html_source_read_as_its_text() {
    let (view, references) = brevity::markup::text_of(HTML).expect("read as HTML");
    let s = brevity::summarize(&view).texts_from(&view, HTML, &references);
    for sentence in &s.sentences {
        assert_eq!(&HTML[sentence.span.range()], sentence.text);
        assert!(!sentence.text.starts_with('<') && !sentence.text.ends_with('>'), "{:?}", sentence.text);
        assert!(!sentence.text.contains("toFixed") && !sentence.text.contains("margin"), "{:?}", sentence.text);
    }
    let summary: Vec<&str> = s.summary_sentences().map(|x| x.text).collect();
    assert_eq!(summary, [
        "The city council voted on <b>Tuesday</b> to close the old bridge across the <a href=\"/avon\">River Avon</a>.",
        "Engineers had warned that its steel was failing, said Mayor Alan Reed.",
        "Reed said the crossing was &ldquo;a danger to everyone&rdquo; and that a new one would open in 2026.",
    ]);
    let names: Vec<&str> = s.facts.people.iter().chain(&s.facts.places).map(|e| e.text).collect();
    assert!(names.contains(&"Alan Reed") && names.contains(&"River Avon"), "{names:?}");
    assert!(names.iter().all(|n| !n.contains(['<', '>'])), "{names:?}");
    let quote = &s.facts.quotes[0];
    assert_eq!((quote.text, quote.speaker), ("a danger to everyone", Some("Alan Reed")));
    assert_eq!(&HTML[quote.at.span.range()], quote.text);
    let kinds: Vec<(&str, brevity::SentenceKind)> = s.sentences.iter().map(|x| (x.text, x.kind)).collect();
    assert!(kinds.contains(&("By Jane Doe", brevity::SentenceKind::Byline)), "{kinds:?}");
    // Without markup, the same text is left to the pipeline as it is.
    assert!(brevity::markup::text_of("Use <p> for paragraphs. It is a tag.").is_none());
}

/// A news page's source, as a site serves it: the summary and the facts come from the
/// article, not from its menu, its photo caption, its sign-up box or its cookie notice.
#[test]
fn a_news_page_is_read_as_its_article() {
    let page = r#"<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Flood defences fail in York | Daily Courier</title>
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Flood defences fail. Residents flee."}</script></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/uk">UK news</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<header><h1>Flood defences fail in York as the River Ouse bursts its banks</h1>
<p class="byline">By <a href="/staff/tom-hale">Tom Hale</a>, Environment Correspondent</p><time datetime="2024-02-11">11 February 2024</time></header>
<article>
<p>Hundreds of homes in York were evacuated on Sunday after flood barriers on the River Ouse failed during the heaviest rain in forty years.</p>
<figure><img src="ouse.jpg" alt="Flooded street"><figcaption>Firefighters wade through Skeldergate on Sunday morning. Photo: Jane Marsh/PA</figcaption></figure>
<p>The Environment Agency said water levels reached 5.4 metres, the highest since records began, and warned that more rain was expected on Monday.</p>
<aside class="newsletter"><h2>Sign up</h2><p>Get the most important stories of the day delivered straight to your inbox every morning.</p><form><input type="email"><button>Subscribe now</button></form></aside>
<p>&ldquo;We have never seen anything like this,&rdquo; said council leader Claire Douglas, who opened three emergency shelters in the city.</p>
<p>Insurers estimate the damage at more than &#163;120 million.</p>
</article>
<footer><p>We use cookies to give you the best experience of our website and to show you relevant advertising.</p><p>&copy; 2024 Daily Courier Ltd.</p></footer>
</body></html>"#;
    let (view, references) = brevity::markup::text_of(page).expect("read as HTML");
    let s = brevity::summarize(&view).texts_from(&view, page, &references);
    check::summary(&view, &Options::default(), &brevity::summarize(&view)).unwrap();
    let all: Vec<&str> = s.sentences.iter().map(|x| x.text).collect();
    for junk in ["UK news", "Firefighters wade", "inbox", "Subscribe", "cookies", "NewsArticle"] {
        assert!(all.iter().all(|t| !t.contains(junk)), "{junk}: {all:#?}");
    }
    let summary: Vec<&str> = s.summary_sentences().map(|x| x.text).collect();
    assert_eq!(summary.len(), 3, "{summary:#?}");
    assert!(summary[0].starts_with("Hundreds of homes in York were evacuated"), "{summary:#?}");
    assert!(summary.iter().all(|t| !t.contains("<h1>") && !t.contains("By ")), "{summary:#?}");
    let people: Vec<&str> = s.facts.people.iter().map(|e| e.text).collect();
    assert!(people.contains(&"Claire Douglas") && !people.contains(&"Jane Marsh"), "{people:?}");
    let quote = &s.facts.quotes[0];
    assert_eq!((quote.text, quote.speaker), ("We have never seen anything like this", Some("Claire Douglas")));
}

/// Markdown: headings are headings (never in the summary), list items and paragraphs are text.
#[test]
fn markdown_source() {
    let text = "# Bridge to close\n\nThe city council voted on Tuesday to close the old bridge. Engineers had warned \
                that its steel was failing.\n\n## What happens next\n\n- Buses will run every ten minutes.\n\
                - A new crossing will open in 2026.\n\n> \"We will rebuild,\" said the mayor.\n\n```\nlet x = 1;\n```";
    let s = summary(text);
    check::summary(text, &Options::default(), &s).unwrap();
    let first = &s.sentences[0];
    assert_eq!(first.text, "# Bridge to close");
    assert_eq!(first.kind, SentenceKind::Heading);
    assert!(!s.summary.contains(&0));
    assert!(s.summary_sentences().any(|x| x.text.contains("council voted")));
}

/// A CSV table: no row is merged with the next (one line, at most one sentence), and the
/// header row is not summary material.
#[test]
fn csv_table() {
    let text = "name,age,city,joined\nAlice Smith,30,Paris,2019-04-01\nBob Jones,41,\"New York, NY\",2020-11-15\n\
                Chen Wei,27,Shanghai,2021-01-09\nDana Cruz,35,Mexico City,2018-07-23\n";
    let got = sentences(text);
    assert_eq!(got, text.lines().collect::<Vec<_>>());
    let s = summary(text);
    assert!(!s.summary.contains(&0));
}

/// Source code: any answer that keeps the invariants; a line of code never swallows the next
/// function.
#[test]
fn code() {
    let text = "use std::io;\n\nfn main() {\n    let x = vec![1.5, 2.0];\n    println!(\"{:?}. Done.\", x.iter().sum::<f64>());\n}\n\n\
                function f(a) { return a?.b ?? c.d(); } // e.g. x.y. Z\nif (x < 3.14) { y = \"Mr. Smith\"; }\n";
    let got = sentences(text);
    assert!(got.len() >= 4, "{got:?}");
    assert!(got.iter().all(|s| !(s.contains("fn main") && s.contains("function f"))), "{got:?}");
}
