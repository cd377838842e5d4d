//! The invariants every result must satisfy, whatever the input: spans in bounds, on char
//! boundaries, in order, equal to their text; summary indices valid, in order, prose, within
//! budget; every fact inside its sentence; finite scores in `[0, 1]`; UTF-16 offsets that
//! slice the same text in JavaScript; the same result twice. Shared by `tests/fuzz.rs`,
//! `tests/bad_input.rs` and `examples/fuzz.rs`.

#![allow(dead_code)]

use brevity::{Facts, Length, Mention, Options, Sentence, SentenceKind, Span, Summarizer, Summary};

type Check = Result<(), String>;

macro_rules! ensure {
    ($cond:expr, $($fmt:tt)*) => {
        if !$cond {
            return Err(format!($($fmt)*));
        }
    };
}

fn span_ok(text: &str, span: Span, what: &str) -> Check {
    ensure!(
        span.start <= span.end && span.end <= text.len(),
        "{what}: span {span:?} out of bounds (len {})",
        text.len()
    );
    ensure!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what}: span {span:?} not on char boundaries"
    );
    Ok(())
}

fn unit(x: f32, what: &str) -> Check {
    ensure!(x.is_finite() && (0.0..=1.0).contains(&x), "{what}: {x} is not a finite number in [0, 1]");
    Ok(())
}

/// Sentences: non-empty, trimmed, in order, not overlapping, text equal to span, and only
/// whitespace (or a byte-order mark) between them (the split is lossless).
pub fn sentences(text: &str, sentences: &[Sentence]) -> Check {
    let blank = |gap: &str| gap.chars().all(|c| c.is_whitespace() || c == '\u{feff}');
    let mut prev = 0;
    for (i, s) in sentences.iter().enumerate() {
        let what = format!("sentence {i}");
        span_ok(text, s.span, &what)?;
        ensure!(s.span.start >= prev, "{what}: starts at {} before the previous end {prev}", s.span.start);
        ensure!(&text[s.span.range()] == s.text, "{what}: text {:?} differs from its span", s.text);
        ensure!(!s.text.is_empty() && s.text.trim() == s.text, "{what}: {:?} is empty or untrimmed", s.text);
        let gap = &text[prev..s.span.start];
        ensure!(blank(gap), "{what}: non-whitespace {gap:?} between sentences was dropped");
        unit(s.score, &format!("{what} score"))?;
        let w = s.why;
        for (name, x) in [
            ("position", w.position),
            ("centrality", w.centrality),
            ("terms", w.terms),
            ("length", w.length),
            ("facts", w.facts),
            ("focus", w.focus),
        ] {
            ensure!(x.is_finite(), "{what}: why.{name} = {x} is not finite");
        }
        prev = s.span.end;
    }
    ensure!(blank(&text[prev..]), "text after the last sentence was dropped: {:?}", &text[prev..]);
    Ok(())
}

fn mention(text: &str, spans: &[Span], m: &Mention, what: &str) -> Check {
    span_ok(text, m.span, what)?;
    ensure!(m.sentence < spans.len(), "{what}: sentence {} of {}", m.sentence, spans.len());
    let s = spans[m.sentence];
    ensure!(s.contains(m.span), "{what}: span {:?} outside its sentence {s:?}", m.span);
    Ok(())
}

/// An ISO 8601 date at any precision Brevity writes: a day, month or year, an ISO week
/// ("2023-W17"), a century ("18"), or an interval of two of them ("2023-10-01/2023-10-03").
fn iso_date(value: &str) -> bool {
    if let Some((a, b)) = value.split_once('/') {
        return iso_date(a) && iso_date(b) && a <= b;
    }
    if value.len() == 2 && value.bytes().all(|b| b.is_ascii_digit()) {
        return true;
    }
    if let Some((y, w)) = value.split_once("-W") {
        let week: u32 = w.parse().unwrap_or(0);
        return iso_date(y) && y.len() == 4 && w.len() == 2 && (1..=53).contains(&week);
    }
    let parts: Vec<&str> = value.split('-').collect();
    let num = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
    if parts.is_empty() || parts.len() > 3 || !num(parts[0], 4) || !parts[1..].iter().all(|p| num(p, 2)) {
        return false;
    }
    let year: u32 = parts[0].parse().unwrap();
    let month: u32 = parts.get(1).map_or(1, |m| m.parse().unwrap());
    let day: u32 = parts.get(2).map_or(1, |d| d.parse().unwrap());
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = [31, if leap { 29 } else { 28 }, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    (1..=12).contains(&month) && day >= 1 && day <= days[month as usize - 1]
}

/// Facts: every mention inside its sentence; dates and numbers equal to their span; quotes
/// inside their span (the quote marks are not part of `text`); finite values; valid dates.
pub fn facts(text: &str, spans: &[Span], facts: &Facts) -> Check {
    let entities = [("people", &facts.people), ("places", &facts.places), ("organizations", &facts.organizations)];
    for (kind, list) in entities {
        for (i, e) in list.iter().enumerate() {
            let what = format!("{kind}[{i}] {:?}", e.text);
            ensure!(!e.text.trim().is_empty(), "{what}: empty name");
            ensure!(!e.mentions.is_empty(), "{what}: no mention");
            unit(e.salience, &format!("{what} salience"))?;
            for m in &e.mentions {
                mention(text, spans, m, &what)?;
            }
            ensure!(e.mentions.windows(2).all(|w| w[0].span.start <= w[1].span.start), "{what}: mentions out of order");
        }
    }
    for (i, d) in facts.dates.iter().enumerate() {
        let what = format!("dates[{i}] {:?}", d.text);
        mention(text, spans, &d.at, &what)?;
        ensure!(&text[d.at.span.range()] == d.text, "{what}: text differs from its span");
        if let Some(v) = &d.value {
            ensure!(iso_date(v), "{what}: value {v:?} is not a valid ISO 8601 date");
        }
    }
    for (i, n) in facts.numbers.iter().enumerate() {
        let what = format!("numbers[{i}] {:?}", n.text);
        mention(text, spans, &n.at, &what)?;
        ensure!(&text[n.at.span.range()] == n.text, "{what}: text differs from its span");
        ensure!(n.value.is_finite(), "{what}: value {} is not finite", n.value);
    }
    for (i, q) in facts.quotes.iter().enumerate() {
        let what = format!("quotes[{i}] {:?}", q.text);
        // A quote may run over several sentences: it starts in its own.
        span_ok(text, q.at.span, &what)?;
        ensure!(q.at.sentence < spans.len(), "{what}: sentence {} of {}", q.at.sentence, spans.len());
        let s = spans[q.at.sentence];
        ensure!(s.start <= q.at.span.start && q.at.span.start < s.end, "{what}: starts outside its sentence {s:?}");
        ensure!(text[q.at.span.range()].contains(q.text), "{what}: text not inside its span");
    }
    for (i, k) in facts.keyphrases.iter().enumerate() {
        let what = format!("keyphrases[{i}] {:?}", k.text);
        ensure!(!k.text.trim().is_empty(), "{what}: empty phrase");
        unit(k.score, &format!("{what} score"))?;
        for m in &k.mentions {
            mention(text, spans, m, &what)?;
        }
    }
    Ok(())
}

/// The summary: sentences as above, indices valid, increasing and prose, the budget kept,
/// stats consistent, facts as above.
pub fn summary(text: &str, options: &Options, s: &Summary) -> Check {
    sentences(text, &s.sentences)?;
    let n = s.sentences.len();
    ensure!(s.summary.windows(2).all(|w| w[0] < w[1]), "summary {:?} not strictly increasing", s.summary);
    ensure!(s.summary.iter().all(|&i| i < n), "summary {:?} has an index past {n} sentences", s.summary);
    for &i in &s.summary {
        ensure!(
            s.sentences[i].kind == SentenceKind::Prose,
            "summary sentence {i} is {:?}, not prose",
            s.sentences[i].kind
        );
    }
    let prose = s.sentences.iter().filter(|x| x.kind == SentenceKind::Prose).count();
    match options.length {
        Length::Sentences(k) => {
            ensure!(s.summary.len() <= k, "{} sentences chosen for a budget of {k}", s.summary.len());
            ensure!(prose == 0 || !s.summary.is_empty(), "{prose} prose sentences but an empty summary");
        }
        Length::Ratio(r) => {
            let bound = ((n as f64 * r as f64).ceil() as usize).max(1);
            ensure!(s.summary.len() <= bound, "{} sentences chosen for ratio {r} of {n}", s.summary.len());
            ensure!(prose == 0 || !s.summary.is_empty(), "{prose} prose sentences but an empty summary");
        }
        Length::MaxWords(w) => {
            ensure!(s.stats.summary_words <= w, "{} words chosen for a budget of {w}", s.stats.summary_words)
        }
        _ => {}
    }
    ensure!(s.stats.sentences == n, "stats.sentences {} but {n} sentences", s.stats.sentences);
    ensure!(
        s.stats.characters == text.chars().count(),
        "stats.characters {} but {} chars",
        s.stats.characters,
        text.chars().count()
    );
    let spans: Vec<Span> = s.sentences.iter().map(|x| x.span).collect();
    facts(text, &spans, &s.facts)
}

/// UTF-16 offsets (what JS and the CLI's JSON carry): `text.slice(start, end)` in UTF-16
/// code units gives the same text as the byte span.
pub fn utf16(text: &str, s: &Summary) -> Check {
    let units: Vec<u16> = text.encode_utf16().collect();
    let js = s.to_utf16(text);
    let slice = |span: Span| -> Result<String, String> {
        ensure!(span.start <= span.end && span.end <= units.len(), "UTF-16 span {span:?} past {} units", units.len());
        String::from_utf16(&units[span.range()]).map_err(|_| format!("UTF-16 span {span:?} splits a surrogate pair"))
    };
    for (a, b) in s.sentences.iter().zip(&js.sentences) {
        ensure!(slice(b.span)? == a.text, "UTF-16 sentence {:?} does not slice {:?}", b.span, a.text);
    }
    for (a, b) in s.facts.dates.iter().zip(&js.facts.dates) {
        ensure!(slice(b.at.span)? == a.text, "UTF-16 date {:?} does not slice {:?}", b.at.span, a.text);
    }
    for (a, b) in s.facts.numbers.iter().zip(&js.facts.numbers) {
        ensure!(slice(b.at.span)? == a.text, "UTF-16 number {:?} does not slice {:?}", b.at.span, a.text);
    }
    Ok(())
}

/// Everything on one text with one set of options: split, summarize, facts, their
/// agreement, UTF-16 offsets, JSON output, and (if `twice`) the same result on a second run.
pub fn all(text: &str, options: &Options, twice: bool) -> Check {
    let summarizer =
        Summarizer::new(options.clone()).map_err(|e| format!("options that parsed fail to validate: {e}"))?;
    let split = summarizer.split(text);
    sentences(text, &split)?;
    let s = summarizer.summarize(text);
    summary(text, options, &s)?;
    ensure!(
        split.iter().map(|x| x.span).eq(s.sentences.iter().map(|x| x.span)),
        "split and summarize disagree on the sentences"
    );
    let spans: Vec<Span> = split.iter().map(|x| x.span).collect();
    let f = summarizer.facts(text);
    facts(text, &spans, &f)?;
    utf16(text, &s)?;
    serde_json::to_string(&s.to_utf16(text)).map_err(|e| format!("summary does not serialize: {e}"))?;
    if twice {
        let again = summarizer.summarize(text);
        ensure!(again == s, "a second run gave a different summary");
    }
    // HTML as the JS API and the command line read it: every invariant on the blanked text,
    // and each item the original's slice at its (widened) span.
    if let Some((view, references)) = brevity::markup::text_of(text) {
        ensure!(
            view.len() == text.len() && view.encode_utf16().count() == text.encode_utf16().count(),
            "blanking HTML changed the text's length"
        );
        let s = summarizer.summarize(&view);
        summary(&view, options, &s)?;
        let s = s.texts_from(&view, text, &references);
        for x in &s.sentences {
            ensure!(text.get(x.span.range()) == Some(x.text), "an HTML sentence is not the original's slice");
        }
        for q in &s.facts.quotes {
            ensure!(text.get(q.at.span.range()) == Some(q.text), "an HTML quotation is not the original's slice");
        }
    }
    Ok(())
}

/// The summary alone with every invariant (no cross-checks with split and facts): the
/// cheap check the long fuzz runs use on most inputs.
pub fn quick(text: &str, options: &Options) -> Check {
    let summarizer =
        Summarizer::new(options.clone()).map_err(|e| format!("options that parsed fail to validate: {e}"))?;
    let s = summarizer.summarize(text);
    summary(text, options, &s)?;
    utf16(text, &s)
}

/// Options parsed from JSON: either an error whose message names something, or options
/// that validate.
pub fn options(json: &str) -> Result<Option<Options>, String> {
    match serde_json::from_str::<Options>(json) {
        Ok(o) => {
            Summarizer::new(o.clone()).map_err(|e| format!("{json}: parsed but does not validate: {e}"))?;
            Ok(Some(o))
        }
        Err(e) => {
            ensure!(!e.to_string().trim().is_empty(), "{json}: an error with no message");
            Ok(None)
        }
    }
}
