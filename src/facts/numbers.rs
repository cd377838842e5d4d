//! Numbers: *find* numerals and number words with what they count or measure, then *parse*
//! their value.
//!
//! - money: "$1.2 billion" → 1.2e9, unit `"USD"`; "£600m" → 6e8, `"GBP"`; "20 euros" → `"EUR"`;
//! - percentages: "76%", "3 per cent" → unit `"%"`;
//! - measures: "120 kilometres" → 120, `"kilometres"`; "10km" → 10, `"km"`;
//! - counted nouns: "4,500 aid workers" → 4500, `"aid workers"`; "two dozen eggs" → 24, `"eggs"`;
//! - bare numerals and number words ("aged 23", "the two").
//!
//! Left out: years and every other part of a date (the date finder's spans), clock times
//! ("6:40", "5 p.m."), ordinals ("21st"), list numbers at a line start ("1."), scores and
//! ranges ("2-1"), and numbers that belong to a name ("Radio 4", "G20", "COVID-19",
//! "Article 50", "Formula One").

use super::lexicon;
use super::locale::{self, Digits, Locale};
use super::scan::{self, is_capitalized, Kind};
use super::Input;
use crate::bytes::one_of;
use crate::case::Lower;
use crate::data::EN_STOPWORDS;
use crate::span::Span;
use crate::types::{DateFact, Mention, NumberFact};
use crate::words::{words, Words};

/// Words before a numeral that make it a reference, not a quantity ("No 2", "page 3").
const REFERENCE_WORDS: Words = words![
    "no",
    "number",
    "part",
    "page",
    "pages",
    "chapter",
    "section",
    "article",
    "room",
    "flight",
    "route",
    "line",
    "platform",
    "level",
    "phase",
    "stage",
    "version",
    "model",
    "series",
    "episode",
    "track",
    "exit",
    "gate",
    "tier",
    "division",
    "grade",
    "clause",
    "rule",
    "paragraph",
    "figure",
    "table",
    "category",
    "class",
    "type",
    "channel",
    "radio",
    "top",
    "bbc",
    "itv",
    "windows",
    "apollo",
    "boeing",
    "airbus",
    "ps",
    "xbox",
    "iphone",
    "junction",
    "highway",
    "interstate",
    "bus",
    "seat",
    "row",
    "box",
    "unit",
    "block",
    "lot",
    "code",
    "verse",
    "psalm",
    "act",
    "scene",
];

/// The numbers of the text, in order; nothing inside the given dates.
pub(crate) fn extract<'t>(input: &Input<'t, '_>, toks: &[scan::Tok], dates: &[DateFact<'_>]) -> Vec<NumberFact<'t>> {
    let text = input.text;
    let date_spans: Vec<Span> = dates.iter().map(|d| d.at.span).collect();
    if super::cjk::applies(input.lang) {
        return super::cjk::numbers(text, &date_spans)
            .into_iter()
            .filter_map(|n| {
                let sentence = scan::sentence_holding(input.sentences, n.span)?;
                Some(NumberFact {
                    text: &text[n.span.range()],
                    value: round(n.value),
                    unit: n.unit,
                    at: Mention { sentence, span: n.span },
                })
            })
            .collect();
    }
    let c = C {
        at: scan::Toks { text, toks },
        dates: &date_spans,
        digits: locale::digits(input.lang),
        locale: locale::get(input.lang),
        lang: input.lang,
        sentences: input.sentences,
        rupee: std::cell::OnceCell::new(),
        rand: std::cell::OnceCell::new(),
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match number_at(&c, i) {
            Some(n) => {
                let (first, value) = match signed(&c, n.first) {
                    Some(s) => (s, -n.value),
                    None => (n.first, n.value),
                };
                let span = Span::new(toks[first].start(), toks[n.last].end());
                if let Some(sentence) = scan::sentence_holding(input.sentences, span) {
                    out.push(NumberFact {
                        text: &text[span.range()],
                        value: round(value),
                        unit: n.unit,
                        at: Mention { sentence, span },
                    });
                }
                i = n.last + 1;
            }
            None => i += 1,
        }
    }
    out
}

struct C<'a, 't> {
    at: scan::Toks<'a, 't>,
    dates: &'a [Span],
    /// How the language writes numerals ("3.000" is 3000 in Spanish, 3 in English).
    digits: Digits,
    /// The language's number words, when it has its own (English keeps [`lexicon`]).
    locale: Option<&'static Locale>,
    lang: crate::Lang,
    sentences: &'a [Span],
    /// The code of "Rs" in this text ([`rupee_of`]), found at its first use: once a text.
    rupee: std::cell::OnceCell<&'static str>,
    /// Whether "R" before a numeral is the rand in this text ([`names_rand`]).
    rand: std::cell::OnceCell<bool>,
}

impl C<'_, '_> {
    /// The language's number words; always `None` in builds without other languages (so
    /// that their code is left out of the English build).
    fn locale(&self) -> Option<&'static Locale> {
        self.locale.filter(|_| crate::lang::OTHERS)
    }
}

impl<'a, 't> std::ops::Deref for C<'a, 't> {
    type Target = scan::Toks<'a, 't>;
    fn deref(&self) -> &Self::Target {
        &self.at
    }
}

impl<'t> C<'_, 't> {
    fn lower(&self, i: usize) -> Option<String> {
        self.word(i).map(crate::case::lower)
    }
    fn lower_is(&self, i: usize, words: &[&str]) -> bool {
        self.word(i).is_some_and(|w| scan::lower_in(w, words))
    }
    fn lower_in(&self, i: usize, words: Words) -> bool {
        self.word(i).is_some_and(|w| words.lower_in(w))
    }
    /// The value of a numeral in the text's digit style.
    fn parse(&self, s: &str) -> Option<f64> {
        locale::parse_numeral(s, self.digits)
    }
    /// The numeral at `i` with the groups that follow it after a space in languages that
    /// group digits so ("4 000 établissements", also with a no-break or narrow no-break
    /// space): its last token and value.
    fn grouped(&self, i: usize) -> Option<(usize, f64)> {
        let s = self.num(i)?;
        let mut last = i;
        if self.digits == Digits::Space && s.len() <= 3 && s.bytes().all(|b| b.is_ascii_digit()) {
            let mut digits = s.to_string();
            while let Some(n) = self.num(last + 1) {
                let gap = &self.text[self.toks[last].end()..self.toks[last + 1].start()];
                let head = n.split(',').next().unwrap_or(n);
                if !matches!(gap, " " | "\u{a0}" | "\u{202f}" | "\u{2009}")
                    || head.len() != 3
                    || !head.bytes().all(|b| b.is_ascii_digit())
                    || self.in_date(last + 1)
                {
                    break;
                }
                digits.push_str(n);
                last += 1;
                if n.contains(',') {
                    break;
                }
            }
            if last > i {
                return Some((last, self.parse(&digits)?));
            }
        }
        Some((i, self.parse(s)?))
    }
    fn in_date(&self, i: usize) -> bool {
        // The dates are in order and apart: look at the last one starting before the token.
        let t = &self.toks[i];
        let k = self.dates.partition_point(|d| d.start <= t.start());
        k > 0 && t.end() <= self.dates[k - 1].end
    }
    /// Whether token `i` opens a sentence or a line.
    fn initial(&self, i: usize) -> bool {
        i == 0
            || self.toks[i].newline
            || self.punct(i - 1).is_some_and(|p| matches!(p, "." | "!" | "?" | "\"" | "“" | "‘" | "'" | ":" | "("))
    }
}

/// A page's counters of reactions ("142 Likes", "345 comments").
const SOCIAL: Words =
    words!["likes", "comments", "shares", "views", "reactions", "replies", "retweets", "reposts", "restacks", "share"];

/// Nouns of time and length that count after a name too ("Chiefs 75 yards", "Museum 25 years
/// ago").
const MEASURES: Words =
    words!["years", "months", "weeks", "days", "hours", "minutes", "yards", "metres", "miles", "points"];

/// A number found: its first and last token, value and unit.
struct Found<'t> {
    first: usize,
    last: usize,
    value: f64,
    unit: Option<&'t str>,
}

/// `v` to 12 significant digits, so "$261.9m" is 261900000 and not 261899999.99999997.
/// The first token of a minus sign before the number that starts at token `first`:
/// "-0.1%", "−40 degrees", "minus 0.1 per cent" are below zero (their sign was dropped).
/// Not a hyphen inside a word or range ("COVID-19", "5 -10"), nor "10 minus 3".
fn signed(c: &C, first: usize) -> Option<usize> {
    let s = first.checked_sub(1)?;
    if s > 0 && c.toks[s - 1].kind == Kind::Num {
        return None;
    }
    // A sign is glued to the number and stands alone before it.
    let sign =
        c.punct(s).is_some_and(|p| one_of("- −", p)) && c.glued(first) && (s == 0 || !c.glued(s) || c.is(s - 1, '('));
    (sign || c.lower_is(s, &["minus"]) && !c.glued(first)).then_some(s)
}

/// "o'clock" after a number makes it a time.
const CLOCK: &[&str] = &["o'clock", "o’clock"];

fn round(v: f64) -> f64 {
    crate::decimal::round12(v)
}

fn number_at<'t>(c: &C<'_, 't>, i: usize) -> Option<Found<'t>> {
    let t = c.toks.get(i)?;
    match t.kind {
        Kind::Punct | Kind::Word => {
            if let Some((code, n)) = currency_before(c, i) {
                if c.in_date(n) {
                    return None;
                }
                let v = c.parse(c.num(n)?)?;
                return Some(tail(c, i, n, v, Some(code)));
            }
            if t.kind == Kind::Word {
                return match c.locale() {
                    Some(loc) => words_in(c, loc, i),
                    None => words(c, i),
                };
            }
            None
        }
        Kind::Num => numeral(c, i),
    }
}

/// A currency sign at `i` ("$", "£", "US$") and the numeral after it.
fn currency_before(c: &C, i: usize) -> Option<(&'static str, usize)> {
    let t = c.toks.get(i)?;
    let (code, n) = if t.kind == Kind::Word {
        if i > 0 && c.glued(i) && c.word(i - 1).is_some() {
            return None;
        }
        // "US$5", "A$2m"; a sign written as a word: "Rs 38 lakh", "Rs. 500", "Rs9.66".
        let dollar = c.is(i + 1, '$');
        if dollar && !c.glued(i + 1) {
            return None;
        }
        let n = if dollar || c.is(i + 1, '.') && c.glued(i + 1) { i + 2 } else { i + 1 };
        c.num(n)?;
        let w = t.text(c.text);
        let mut sign = w.to_string();
        if dollar {
            sign.push('$');
        }
        let code = lexicon::currency_sign(&sign)?;
        // "R18.42": the South African rand, glued, in a text that names the country or the
        // currency ("R16" is also a round of a cup, "R2" a road).
        if code == "ZAR" && !(c.glued(n) && *c.rand.get_or_init(|| names_rand(c.text))) {
            return None;
        }
        (if dollar || code == "ZAR" { code } else { *c.rupee.get_or_init(|| rupee_of(c.text, code)) }, n)
    } else {
        (lexicon::currency_sign(t.text(c.text))?, i + 1)
    };
    c.num(n)?;
    Some((code, n))
}

/// Whether the text names South Africa or its rand.
fn names_rand(text: &str) -> bool {
    crate::bytes::contains(text, "South Africa") || crate::bytes::contains(text, " rand")
}

/// "Rs" is the rupee of Pakistan, Sri Lanka and Nepal too: the first of these countries or
/// India the text names decides ("Govt raises petrol price by Rs9.66" in a Pakistani paper).
fn rupee_of(text: &str, code: &'static str) -> &'static str {
    let mut first = (usize::MAX, code);
    for (name, cc) in [("India", "INR"), ("Pakistan", "PKR"), ("Sri Lanka", "LKR"), ("Nepal", "NPR")] {
        match crate::bytes::find(text, name) {
            Some(at) if at < first.0 => first = (at, cc),
            _ => {}
        }
    }
    first.1
}

fn numeral<'t>(c: &C<'_, 't>, i: usize) -> Option<Found<'t>> {
    if c.in_date(i) {
        return None;
    }
    let s = c.num(i)?;
    let t = &c.toks[i];
    // Glued to a word or code before it ("G20", "COVID-19", "F-16"), or after ":" or "/"
    // ("6:40", "24/7").
    if t.glued && i > 0 {
        let prev = &c.toks[i - 1];
        match prev.kind {
            Kind::Word => return None,
            Kind::Num => return None,
            Kind::Punct => {
                let p = prev.text(c.text);
                if one_of(": / . , #", p) || (p == "-" && i > 1 && c.glued(i - 1) && c.toks[i - 2].kind != Kind::Punct)
                {
                    return None;
                }
            }
        }
    }
    // Clock times, fractions, scores and ranges: "6:40", "1/2", "2-1".
    if c.glued(i + 1)
        && c.punct(i + 1).is_some_and(|p| one_of(": / - –", p))
        && c.glued(i + 2)
        && c.num(i + 2).is_some()
    {
        return None;
    }
    if c.lower_is(
        i + 1,
        &["am", "pm", "a.m", "p.m", "gmt", "bst", "et", "pt", "est", "hrs", "am.", "pm.", "o'clock", "o’clock"],
    ) {
        return None;
    }
    // "5 p.m.", but "320p." is pence at a sentence end.
    if c.word(i + 1).is_some_and(|w| one_of("a p", w))
        && c.is(i + 2, '.')
        && c.glued(i + 2)
        && c.word(i + 3).is_some_and(|w| w.eq_ignore_ascii_case("m"))
    {
        return None;
    }
    // "a 90s bucket hat", "in their 20s": a decade or an age bracket, not a count.
    if c.glued(i + 1) && c.word(i + 1) == Some("s") {
        return None;
    }
    // Ordinals: "21st".
    if c.glued(i + 1) && c.lower_is(i + 1, &["st", "nd", "rd", "th"]) {
        return None;
    }
    // "Lake Tanganyika is an African Great Lake.[1]": a citation marker.
    if c.is(i.wrapping_sub(1), '[') && c.glued(i.wrapping_sub(1)) && c.is(i + 1, ']') && c.glued(i + 1) {
        return None;
    }
    // "DOI: 10.1038/s41559-024-02371-x": a DOI prefix.
    if s.as_bytes().starts_with(b"10.") && c.is(i + 1, '/') && c.glued(i + 1) && c.glued(i + 2) {
        return None;
    }
    // "dial (800) 555-0199": a phone number's area code.
    if s.len() == 3
        && c.is(i + 1, ')')
        && c.num(i + 2).is_some_and(|n| n.len() == 3)
        && c.is(i + 3, '-')
        && c.glued(i + 3)
        && c.glued(i + 4)
    {
        return None;
    }
    // "Image 1 of 3", "Foto 2 di 5": a gallery's counter, a line of its own.
    let counter = |k: usize| {
        c.initial(k)
            && c.word(k).is_some()
            && c.num(k + 1).is_some()
            && c.word(k + 2).is_some_and(|w| !is_capitalized(w))
            && c.num(k + 3).is_some()
            && c.toks.get(k + 4).map_or(true, |t| t.newline)
    };
    if i > 0 && counter(i - 1) || i > 2 && counter(i - 3) {
        return None;
    }
    // "142 Likes", "1.2K likes 345 comments · Share": a page's counters, each opening its
    // line or following another, no fact of the story ("the post drew 345 comments" is one).
    let noun = if c.glued(i + 1) && c.lower_is(i + 1, &["k", "m"]) { i + 2 } else { i + 1 };
    let edge = |k: usize| {
        c.toks.get(k).map_or(true, |t| t.newline)
            || c.lower_in(k, SOCIAL)
            || c.punct(k).is_some_and(|p| one_of("| · •", p))
    };
    if c.lower_in(noun, SOCIAL) && (i == 0 || edge(i - 1) || t.newline) && (edge(noun + 1) || c.num(noun + 1).is_some())
    {
        return None;
    }
    // "segunda-feira (13)": the day of the month after a day name.
    if c.is(i.wrapping_sub(1), '(') && c.is(i + 1, ')') && i > 1 && c.in_date(i - 2) && s.len() <= 2 {
        return None;
    }
    // "1. Introduction", "2) Results": a list number at a line start.
    if (i == 0 || t.newline) && c.glued(i + 1) && (c.is(i + 1, '.') || c.is(i + 1, ')')) {
        return None;
    }
    // "call 911", "dial 999": a phone number.
    if i > 0 && c.lower_is(i - 1, &["call", "dial", "called", "dialled", "dialed", "calling", "dialling"]) {
        return None;
    }
    // "+254 716 897 265": an international phone number's groups, each after the last. At
    // most six groups are walked back: a run of numbers ("1,000 1,000 …") is no phone
    // number, and walking it all for each of its numbers would take quadratic time.
    let mut k = i;
    while k > 0 && i - k < 6 && !c.toks[k].glued && c.num(k - 1).is_some() {
        k -= 1;
    }
    if k > 0 && c.is(k - 1, '+') && c.glued(k) && (k < i || c.num(i + 1).is_some()) {
        return None;
    }
    let (last, value) = c.grouped(i)?;
    if let Some(loc) = c.locale() {
        // The minutes of a clock time: "vers 23 h 15".
        let minutes = i >= 2 && c.word(i - 1).is_some_and(|w| loc.is_clock(w)) && c.num(i - 2).is_some();
        if minutes || time_or_ordinal(c, loc, last) {
            return None;
        }
    }
    let found = tail(c, i, last, value, None);
    // A number right after a reference word is a reference ("Radio 4 listeners", "Model 3
    // sedan", "No 2"); after a capitalized word it belongs to a name ("Apollo 11") unless
    // it measures or counts something.
    if i > 0 && !t.glued {
        if let Some(w) = c.word(i - 1) {
            let lw = w.lower();
            // "Falcon 9 rocket launches": a model number, whatever noun follows.
            // Not "the IMF's 184 members", "Chiefs 75 yards", "Museum 25 years ago", "Fiat 1.55bn".
            let model = s.len() <= 4
                && s.bytes().all(|b| b.is_ascii_digit())
                && !c.glued(i + 1)
                && !w.ends_with('s')
                && !c.in_date(i - 1)
                && c.word(i + 1).is_some_and(|n| !is_capitalized(n) && !c.lower_in(i + 1, MEASURES));
            if REFERENCE_WORDS.contains(&lw)
                || ((found.unit.is_none() || model) && is_capitalized(w) && !c.initial(i - 1))
            {
                return None;
            }
        }
    }
    // "10 Downing Street", "at 11 Acacia Avenue": a name follows. (Elsewhere, after what
    // the number took: "2,7 Millionen" before a capitalized word.)
    let next = if c.locale().is_some() { found.last + 1 } else { last + 1 };
    if found.unit.is_none() && c.word(next).is_some_and(is_capitalized) && !c.toks[next].newline {
        return None;
    }
    // A four-digit numeral the date finder did not take is still year-like ("the 2004
    // accounts"): keep it only with a unit.
    if found.unit.is_none() && s.len() == 4 && (1900.0..=2100.0).contains(&value) {
        return None;
    }
    Some(found)
}

/// Number words: "three", "twenty-five", "two dozen", "a dozen", "one million".
fn words<'t>(c: &C<'_, 't>, i: usize) -> Option<Found<'t>> {
    if c.in_date(i) {
        return None;
    }
    let w = c.word(i)?;
    let lw = scan::lower(w);
    // The word's value first: most words are no number, and the tests below read the
    // words around it (issue 8).
    let value = if lw == "a" { None } else { Some(word_value(&lw)?) };
    // "Formula One", "the Big Four": capitalized inside a sentence, it is a name; "Part
    // two", "number one": a reference.
    if is_capitalized(w) && !c.initial(i) || i > 0 && c.lower_in(i - 1, REFERENCE_WORDS) {
        return None;
    }
    // "at ten o'clock": a time, not a count.
    if c.lower_is(i + 1, CLOCK) {
        return None;
    }
    let mut first = i;
    let mut value = match value {
        Some(v) => v,
        None if c.lower_is(i + 1, &["dozen"]) => 1.0,
        None => return None,
    };
    let mut last = i;
    let mut j = i + 1;
    // "two dozen", "three hundred", "four thousand"
    while let Some(n) = c.lower(j) {
        match n.as_str() {
            "dozen" => value *= 12.0,
            "hundred" => value *= 100.0,
            _ => break,
        }
        last = j;
        j += 1;
    }
    if lw == "a" && last == i {
        return None;
    }
    // "two thirds", "three quarters": fractions, not counts.
    if c.lower_is(last + 1, &["half", "halves", "third", "thirds", "quarter", "quarters", "fifths", "tenths"]) {
        return None;
    }
    // "dozen" alone is vague ("a dozen" is not); "one" alone is a pronoun.
    let alone = last == i;
    if alone && lw == "dozen" {
        return None;
    }
    let found = tail(c, first, last, value, None);
    // "one" counts only with a scale or unit ("one million", "one mile"); before a noun
    // it is mostly an article or a pronoun ("one small truth", "one harbours").
    if alone
        && lw == "one"
        && found.value < 1000.0
        && (found.last == last || !found.unit.is_some_and(|u| lexicon::UNITS.contains(u)))
    {
        return None;
    }
    // "one of", "two of the": partitive, usually a pronoun.
    if found.last == last && c.lower_is(last + 1, &["of"]) && value < 2.0 {
        return None;
    }
    if lw == "a" {
        first = i;
    }
    Some(Found { first, ..found })
}

/// The value of one number word, hyphenated compounds included ("twenty-five").
fn word_value(w: &str) -> Option<f64> {
    if let Some((a, b)) = crate::bytes::split_once(w, b'-') {
        let (a, b) = (lexicon::number_word(a)?, lexicon::number_word(b)?);
        // The table's values are whole numbers up to 100: an integer remainder, as f64's
        // `%` links libm's fmod and 128-bit division (~2 KB of code, issue 8).
        return (a >= 20.0 && a as u64 % 10 == 0 && b < 10.0).then_some(a + b);
    }
    lexicon::number_word(w).filter(|_| !matches!(w, "hundred"))
}

/// The scale, unit or counted noun after a number whose numeral is token `last`.
fn tail<'t>(c: &C<'_, 't>, first: usize, last: usize, mut value: f64, mut code: Option<&'static str>) -> Found<'t> {
    if let Some(loc) = c.locale() {
        return tail_in(c, loc, first, last, value, code);
    }
    let mut end = last;
    let money = code.is_some();
    // Scale: "1.2 billion", "£600m", "$3.36bn", "$4.8-billion".
    let spelled_scale = |k: usize| c.word(k).is_some_and(|w| w.len() > 2 && lexicon::scale(w).is_some());
    let k = if c.is(end + 1, '-') && c.glued(end + 1) && c.glued(end + 2) && spelled_scale(end + 2) {
        end + 2
    } else {
        end + 1
    };
    if let Some(w) = c.word(k) {
        // "a 1 million-barrel-a-day cut": the scale opens a compound, the rest is the unit.
        if let Some((head, rest)) = w.split_once('-') {
            if let Some((f, false)) = lexicon::scale(head).filter(|_| head.len() > 2 && !rest.is_empty()) {
                let at = c.toks[k].end() - rest.len();
                return Found { first, last: k, value: value * f, unit: code.or(Some(&c.text[at..c.toks[k].end()])) };
            }
        }
        if let Some((f, money_only)) = lexicon::scale(w) {
            let glued = c.glued(k);
            let spelled = w.len() > 2 && w.chars().all(char::is_lowercase);
            // "400m euros" is money too; "300m blog entries" counts in millions.
            let named_money = c.word(k + 1).is_some_and(|n| lexicon::currency_name(n).is_some());
            let counts = glued && counted(c, k + 1).is_some();
            if (!money_only || money || named_money || counts) && (glued || spelled || money) {
                value *= f;
                end = k;
            }
        }
    }
    // Currency named after the number: "20 euros", "5 million dollars".
    if code.is_none() {
        if let Some(w) = c.word(end + 1) {
            if let Some(cc) = lexicon::currency_name(w) {
                code = Some(cc);
                end += 1;
            }
        }
    }
    if code.is_some() {
        return Found { first, last: end, value, unit: code };
    }
    // Percent: "76%", "3 percent", "3 per cent", "2 percentage points".
    if c.is(end + 1, '%') {
        return Found { first, last: end + 1, value, unit: Some("%") };
    }
    match c.lower(end + 1).as_deref() {
        Some("percent") => return Found { first, last: end + 1, value, unit: Some("%") },
        Some("per") if c.lower_is(end + 2, &["cent"]) => return Found { first, last: end + 2, value, unit: Some("%") },
        Some("percentage") if c.lower_is(end + 2, &["point", "points"]) => {
            let s = Span::new(c.toks[end + 1].start(), c.toks[end + 2].end());
            return Found { first, last: end + 2, value, unit: Some(&c.text[s.range()]) };
        }
        _ => {}
    }
    // Unit of measure: "120 kilometres", "10km", "5ft", "40C", "2 square miles"; in a
    // compound, "the 2.9-mile route", "the 2,274-kg satellite".
    let h = usize::from(c.is(end + 1, '-') && c.glued(end + 1) && c.glued(end + 2));
    if let Some(w) = c.word(end + 1 + h).filter(|w| h == 0 || w.len() > 1 && *w != "in") {
        let glued = c.glued(end + 1 + h);
        let short = w.chars().count() <= 2 && !one_of("km kg mm cm ft lb oz", w);
        if lexicon::UNITS.contains(w) && (glued || !short) {
            let mut u = end + 1 + h;
            if one_of("square sq cubic", w) {
                if !c.word(u + 1).is_some_and(|n| lexicon::UNITS.contains(n)) {
                    return Found { first, last: end, value, unit: None };
                }
                u += 1;
            }
            let s = Span::new(c.toks[end + 1 + h].start(), c.toks[u].end());
            return Found { first, last: u, value, unit: Some(&c.text[s.range()]) };
        }
        // "a 34-page report", "a 10-point plan": the noun of the compound is what it counts.
        // ("80-odd", "18-strong" are no nouns.)
        if h == 1
            && w.len() > 2
            && w.bytes().all(|b| b.is_ascii_lowercase())
            && !is_boundary_word(w)
            && !w.ends_with("ing")
            && !one_of("odd strong something", w)
        {
            let at = end + 2;
            return Found { first, last: at, value, unit: c.word(at) };
        }
        if glued {
            // "4G", "3D", "5x": a code, not a quantity.
            return Found { first, last: end, value, unit: None };
        }
    }
    // Counted noun: "4,500 aid workers", "2,300 American troops", "six games".
    if let Some(u) = counted(c, end + 1) {
        let s = Span::new(c.toks[end + 1].start(), c.toks[u].end());
        return Found { first, last: u, value, unit: Some(&c.text[s.range()]) };
    }
    Found { first, last: end, value, unit: None }
}

/// Whether the numeral ending at token `last` is a clock time ("18 Uhr", "18h30") or an
/// ordinal ("3e", "1er", "3º"; German "den 3. Platz", a period inside the sentence).
fn time_or_ordinal(c: &C, loc: &Locale, last: usize) -> bool {
    let glued = c.glued(last + 1);
    if c.word(last + 1).is_some_and(|w| loc.is_clock(w) || glued && loc.is_ordinal(w)) {
        return true;
    }
    loc.is_ordinal(".")
        && glued
        && c.is(last + 1, '.')
        && c.word(last + 2).is_some()
        && scan::sentence_holding(c.sentences, Span::new(c.toks[last].start(), c.toks[last + 2].end())).is_some()
}

/// Number words of a language with its own ("sechs Monate", "dos millones de viviendas").
/// "un", "eine", "een" are articles unless a scale follows ("un milliard"); a number word
/// counts only with what it counts ("los dos" is a pronoun).
fn words_in<'t>(c: &C<'_, 't>, loc: &Locale, i: usize) -> Option<Found<'t>> {
    let w = c.word(i)?;
    let v = loc.number_word(w)?;
    if c.in_date(i) || is_capitalized(w) && !c.initial(i) {
        return None;
    }
    let found = tail_in(c, loc, i, i, v, None);
    let scaled = found.value != v;
    (scaled || found.unit.is_some() && v != 1.0).then_some(found)
}

/// The scale, currency, percent word, unit or counted noun after a number, in a language
/// with its own words (see `src/data/<lang>/numbers.txt`).
fn tail_in<'t>(
    c: &C<'_, 't>,
    loc: &Locale,
    first: usize,
    last: usize,
    mut value: f64,
    mut code: Option<&'static str>,
) -> Found<'t> {
    let mut end = last;
    // Scales, one after another: "3.000 millones" is 3e9, "mil millones" 1e9, "3,5 Mrd." 3.5e9.
    while let Some(w) = c.word(end + 1) {
        let Some((f, dot)) = loc.scale(w) else { break };
        if dot && !(c.is(end + 2, '.') && c.glued(end + 2)) {
            break;
        }
        value *= f;
        end += 1 + usize::from(dot);
    }
    let scaled = end > last;
    // Currency after the number: "Euro", "de euros", "d'euros", "20 €".
    if code.is_none() {
        if let Some((cc, e)) = currency_after(c, loc, end) {
            code = Some(cc);
            end = e;
        }
    }
    if code.is_some() {
        return Found { first, last: end, value, unit: code };
    }
    // Percent: "2,5 %", "2,5 Prozent", "40 pour cent".
    if c.is(end + 1, '%') {
        return Found { first, last: end + 1, value, unit: Some("%") };
    }
    for p in loc.percent() {
        if p.iter().enumerate().all(|(k, w)| c.word(end + 1 + k).is_some_and(|x| x.lower() == *w)) {
            return Found { first, last: end + p.len(), value, unit: Some("%") };
        }
    }
    // Units: the language's words ("Kilometer", "kilómetros") and the symbols ("km", "kg").
    if let Some(w) = c.word(end + 1) {
        let glued = c.glued(end + 1);
        let symbol = lexicon::UNITS.contains(w)
            && w.chars().count() <= 3
            && (glued || w.chars().count() > 2 || one_of("km kg mm cm", w));
        if loc.is_unit(w) || symbol {
            let s = Span::new(c.toks[end + 1].start(), c.toks[end + 1].end());
            return Found { first, last: end + 1, value, unit: Some(&c.text[s.range()]) };
        }
        if glued {
            return Found { first, last: end, value, unit: None };
        }
    }
    if let Some(u) = counted_in(c, loc, end + 1) {
        let s = Span::new(c.toks[end + 1].start(), c.toks[u].end());
        return Found { first, last: u, value, unit: Some(&c.text[s.range()]) };
    }
    // "dos millones de viviendas", "três milhões de passageiros": the noun after the link.
    if scaled && c.word(end + 1).is_some_and(|w| loc.is_link(w)) {
        if let Some(u) = counted_in(c, loc, end + 2) {
            let s = Span::new(c.toks[end + 2].start(), c.toks[u].end());
            return Found { first, last: u, value, unit: Some(&c.text[s.range()]) };
        }
    }
    Found { first, last: end, value, unit: None }
}

/// A currency named after the number ending at `end`: its code and last token.
fn currency_after(c: &C, loc: &Locale, end: usize) -> Option<(&'static str, usize)> {
    let k = end + 1;
    if let Some(w) = c.word(k) {
        if let Some(cc) = loc.currency(w) {
            return Some((cc, k));
        }
        // "milliards d'euros": the elided link is part of the word.
        if let Some(p) = w.find(&['\'', '’'][..]) {
            let cut = p + w[p..].chars().next().map_or(1, char::len_utf8);
            return loc.is_link(&w[..cut]).then(|| loc.currency(&w[cut..])).flatten().map(|cc| (cc, k));
        }
        if loc.is_link(w) {
            return c.word(k + 1).and_then(|n| loc.currency(n)).map(|cc| (cc, k + 1));
        }
        return None;
    }
    // "20 €", "3,5 Mrd. €": the sign after the number, not before another one.
    let sign = lexicon::currency_sign(c.punct(k)?)?;
    (!(c.glued(k + 1) && c.num(k + 1).is_some())).then_some((sign, k))
}

/// The last token of what a number counts, in a language with its own words: up to two
/// adjectives, then a noun. German capitalizes its nouns ("1.500 neue Anlagen"); other
/// languages need a plural ending ("4 000 établissements", not "… seraient concernés").
fn counted_in(c: &C, loc: &Locale, k: usize) -> Option<usize> {
    let usable = |w: &str| {
        let lw = w.lower();
        w.chars().count() > 2
            && !crate::lang::is_function_word(c.lang, &lw)
            && loc.number_word(w).is_none()
            && loc.scale(w).is_none()
    };
    let mut j = k;
    while j < k + 2 {
        let w = c.word(j)?;
        let adjective = if loc.capitalized { !is_capitalized(w) } else { loc.is_adjective(w) };
        if !adjective || !usable(w) {
            break;
        }
        j += 1;
    }
    let w = c.word(j)?;
    let noun = if loc.capitalized { is_capitalized(w) } else { !is_capitalized(w) && loc.is_plural(w) };
    (noun && usable(w) && !c.in_date(j)).then_some(j)
}

/// Words that end a counted noun phrase although they are not stop words.
fn is_boundary_word(w: &str) -> bool {
    let lw = w.lower();
    EN_STOPWORDS.contains(&lw)
        || lexicon::SPEECH_VERBS.contains(&lw)
        || lexicon::number_word(&lw).is_some()
        || lexicon::month(&lw).is_some() && is_capitalized(w)
        || lexicon::weekday(&lw).is_some()
        || lw.ends_with("ly") && lw.len() > 4
        || lw.ends_with("ed") && lw.len() > 4
        || one_of(
            "ago later earlier before after each apiece respectively per plus minus times against among \
            like including across around via get got gets make made makes take took takes go went goes \
            come came comes see saw sees give gave gives win won wins lost lose loses rose fell rise \
            fall rises falls hit hits left leave leaves run ran runs killed died die dies remain remains \
            need needs want wants become became becomes seem seems seemed began begin begins keep kept \
            put puts set sets show shows showed help helps use uses year-old years-old aged old last \
            next ago. so-called now",
            &lw,
        )
}

/// The last token of a counted noun phrase starting at `k`: up to four words that are not
/// stop words or verb-like, the last one a plausible noun.
fn counted(c: &C, k: usize) -> Option<usize> {
    let mut end = None;
    let mut j = k;
    let mut all_caps_initial = true;
    while j < k + 4 {
        let Some(w) = c.word(j) else { break };
        // "76 runs", "11 wins": right after a number such a word is a noun, not a verb.
        // ("2004 shows", "march 6 shows": a date's verb.)
        let year = k > 0 && c.num(k - 1).is_some_and(|n| n.len() == 4)
            || k > 1 && c.word(k - 2).is_some_and(|w| lexicon::month(&w.lower()).is_some());
        let noun = j == k && !year && one_of("runs wins hits shows sets falls rises uses needs", w);
        if is_boundary_word(w) && !noun || w.contains(&['\'', '’'][..]) {
            break;
        }
        all_caps_initial &= is_capitalized(w);
        end = Some(j);
        j += 1;
    }
    let end = end?;
    // "10 Downing Street": a name follows, not a counted noun.
    if all_caps_initial {
        return None;
    }
    // The head is the last plural in the run ("19 private banks operate" → "private
    // banks"); a run with no plural is no counted noun ("par three caddy").
    (k..=end).rev().find(|&e| c.word(e).is_some_and(is_plural))
}

/// Whether a word reads as a plural noun.
fn is_plural(w: &str) -> bool {
    let lw = w.lower();
    if one_of(
        "people children men women police staff personnel cattle sheep fish data media crew feet teeth \
        mice geese troops aircraft livestock deer series species clergy offspring",
        &lw,
    ) {
        return true;
    }
    lw.len() > 2
        && lw.ends_with('s')
        && !lw.ends_with("ss")
        && !lw.ends_with("us")
        && !lw.ends_with("is")
        && !lw.ends_with("'s")
        && !lw.ends_with("’s")
        && !one_of("this has was does goes always perhaps whereas", &lw)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lang;

    fn numbers(text: &str) -> Vec<(String, f64, Option<String>)> {
        numbers_in(text, Lang::En)
    }

    fn numbers_in(text: &str, lang: Lang) -> Vec<(String, f64, Option<String>)> {
        let sentences = crate::segment::split_spans(text, lang);
        let input = Input { text, sentences: &sentences, lang, alone: None, stems: None };
        let toks = scan::tokens(input.text);
        let dates = super::super::dates::extract(&input, &toks);
        extract(&input, &toks, &dates)
            .into_iter()
            .map(|n| {
                assert_eq!(&text[n.at.span.range()], n.text);
                (n.text.to_string(), n.value, n.unit.map(str::to_string))
            })
            .collect()
    }

    fn t(text: &str, value: f64, unit: Option<&str>) -> (String, f64, Option<String>) {
        (text.to_string(), value, unit.map(str::to_string))
    }

    #[test]
    fn reals_singapore_dollars_and_phone_numbers() {
        assert_eq!(
            numbers_in("A Petrobras registrou lucro de R$ 38,2 bilhões.", Lang::Pt),
            [t("R$ 38,2 bilhões", 3.82e10, Some("BRL"))]
        );
        assert_eq!(numbers("The fund holds S$1.2 billion."), [t("S$1.2 billion", 1.2e9, Some("SGD"))]);
        // Every group of "+254 716 897 265" is left out; a lone signed change stays.
        assert_eq!(
            numbers("Contact Alyona Synenko, tel: +254 716 897 265. Shares rose +5%."),
            [t("5%", 5.0, Some("%"))]
        );
    }

    #[test]
    fn numerals_parse() {
        let parse_numeral = |s| locale::parse_numeral(s, Digits::Comma);
        assert_eq!(parse_numeral("4,500"), Some(4500.0));
        assert_eq!(parse_numeral("1.13"), Some(1.13));
        assert_eq!(parse_numeral("1,234,567.5"), Some(1_234_567.5));
        assert_eq!(parse_numeral("1,23"), None);
        assert_eq!(parse_numeral("30.09.2023"), None);
    }

    #[test]
    fn money_percent_measures_counts() {
        let text = "Profits jumped 76% to $1.13bn (£600m), a rise of 3 per cent. The convoy drove \
                    120 kilometres with 4,500 aid workers and two dozen trucks; 2,300 American troops stayed.";
        assert_eq!(
            numbers(text),
            vec![
                t("76%", 76.0, Some("%")),
                t("$1.13bn", 1.13e9, Some("USD")),
                t("£600m", 6e8, Some("GBP")),
                t("3 per cent", 3.0, Some("%")),
                t("120 kilometres", 120.0, Some("kilometres")),
                t("4,500 aid workers", 4500.0, Some("aid workers")),
                t("two dozen trucks", 24.0, Some("trucks")),
                t("2,300 American troops", 2300.0, Some("American troops")),
            ]
        );
        assert_eq!(numbers("It cost $1.2 billion."), vec![t("$1.2 billion", 1.2e9, Some("USD"))]);
    }

    #[test]
    fn not_numbers() {
        let text = "On 30 September 2023 at 6:40 pm, in 1998, Radio 4 and the G20 met at 10 Downing Street. \
                    One of them won 2-1 in the 21st minute. Formula One is back under Article 50.";
        assert!(numbers(text).is_empty(), "{:?}", numbers(text));
    }

    #[test]
    fn minus_signs_and_clock_times() {
        let text = "The rate rose from minus 0.1 per cent to 0.1 per cent. Output fell -2.3% and it was \
                    −40 degrees (-5 at noon). COVID-19 hit 5 -10 homes; 10 minus 3 is 7 at ten o'clock.";
        assert_eq!(
            numbers(text),
            vec![
                t("minus 0.1 per cent", -0.1, Some("%")),
                t("0.1 per cent", 0.1, Some("%")),
                t("-2.3%", -2.3, Some("%")),
                t("−40 degrees", -40.0, Some("degrees")),
                t("-5", -5.0, None),
                t("5", 5.0, None),
                t("10 homes", 10.0, Some("homes")),
                t("10", 10.0, None),
                t("3", 3.0, None),
                t("7", 7.0, None),
            ]
        );
        assert!(numbers("We met at 10 o'clock, not at eleven o’clock.").is_empty());
    }

    #[test]
    fn glued_millions_and_metres() {
        // bbc-tech-318: "300m blog entries" counts in millions; "the 100m final" is a distance.
        let text = "It holds 300m blog entries. She won the 100m final. Call 911 now.";
        assert_eq!(numbers(text), vec![t("300m blog entries", 3e8, Some("blog entries")), t("100m", 100.0, Some("m"))]);
    }

    #[test]
    fn hyphenated_scales_and_units() {
        let text = "The $4.8-billion budget faces a $39-million shortfall. The 2.9-mile route carries the \
                    2,274-kg load, a 1 million-barrel-a-day cut. A 2-1 win and a 34-year-old.";
        assert_eq!(
            numbers(text),
            vec![
                t("$4.8-billion", 4.8e9, Some("USD")),
                t("$39-million", 3.9e7, Some("USD")),
                t("2.9-mile", 2.9, Some("mile")),
                t("2,274-kg", 2274.0, Some("kg")),
                t("1 million-barrel-a-day", 1e6, Some("barrel-a-day")),
                t("34", 34.0, None),
            ]
        );
    }

    #[test]
    fn the_noun_of_a_hyphenated_count() {
        let text = "The 52-page ruling set out a 12-point plan for the 90-day review, with 80-odd staff \
                    and an 18-strong team.";
        assert_eq!(
            numbers(text),
            vec![
                t("52-page", 52.0, Some("page")),
                t("12-point", 12.0, Some("point")),
                t("90-day", 90.0, Some("day")),
                t("80", 80.0, None),
                t("18", 18.0, None),
            ]
        );
    }

    #[test]
    fn plural_nouns_that_are_also_verbs() {
        let text = "Khan hit 88 runs and the club had nine wins, three shows and 1,200 hits. The survey of \
                    2019 shows a fall, and a photo from march 6 shows a van.";
        assert_eq!(
            numbers(text),
            vec![
                t("88 runs", 88.0, Some("runs")),
                t("nine wins", 9.0, Some("wins")),
                t("three shows", 3.0, Some("shows")),
                t("1,200 hits", 1200.0, Some("hits")),
                // (Lower case, "march 6" is read as no date: its number stays bare.)
                t("6", 6.0, None),
            ]
        );
    }

    #[test]
    fn rand() {
        let text = "In South Africa petrol rose to R23.51 a litre, a R4 billion bill; the fund holds 2 billion rand.";
        assert_eq!(
            numbers(text),
            vec![
                t("R23.51", 23.51, Some("ZAR")),
                t("R4 billion", 4e9, Some("ZAR")),
                t("2 billion rand", 2e9, Some("ZAR")),
            ]
        );
        // Elsewhere "R" and a number is a round, a road or a model.
        assert_eq!(numbers("They reached the R16 and took the R2 south."), vec![]);
    }

    #[test]
    fn rupees_lakhs_and_crores() {
        let text = "He lost Rs 1.2 crore and police froze Rs 38 lakh. Petrol rose by Rs9.66, tea by Rs. 5 \
                    and the plan costs ₹63,246 crore. Mrs 5 is no sign.";
        assert_eq!(
            numbers(text),
            vec![
                t("Rs 1.2 crore", 1.2e7, Some("INR")),
                t("Rs 38 lakh", 3.8e6, Some("INR")),
                t("Rs9.66", 9.66, Some("INR")),
                t("Rs. 5", 5.0, Some("INR")),
                t("₹63,246 crore", 6.3246e11, Some("INR")),
                t("5", 5.0, None),
            ]
        );
        let text = "Pakistan raised the petrol price by Rs9.66 per litre, India's by Rs 2.";
        assert_eq!(numbers(text), vec![t("Rs9.66", 9.66, Some("PKR")), t("Rs 2", 2.0, Some("PKR"))]);
    }

    #[test]
    fn citations_dois_and_phone_numbers_are_not_numbers() {
        let text = "It is an African Great Lake.[1] It is the longest lake[12] of the 3 [4] there. \
                    DOI: 10.1038/s41559-024-02371-x. Please dial (800) 555-0199 or (212) 555-0187 for 20 (or 30) seats.";
        assert_eq!(numbers(text), vec![t("3", 3.0, None), t("4", 4.0, None), t("20", 20.0, None), t("30", 30.0, None)]);
    }

    #[test]
    fn number_words() {
        assert_eq!(numbers("Three people died."), vec![t("Three people", 3.0, Some("people"))]);
        assert_eq!(numbers("the twenty-five members"), vec![t("twenty-five members", 25.0, Some("members"))]);
        assert_eq!(numbers("Jess Quinn, 23, ran."), vec![t("23", 23.0, None)]);
    }

    #[test]
    fn separators_follow_the_language() {
        // Spanish groups with "." and marks decimals with ",": "3.000 millones" is 3e9, not 3.
        assert_eq!(
            numbers_in("El plan de 3.000 millones de euros creará 1.500 nuevos empleados y subirá un 2,5 %.", Lang::Es),
            vec![
                t("3.000 millones de euros", 3e9, Some("EUR")),
                t("1.500 nuevos empleados", 1500.0, Some("nuevos empleados")),
                t("2,5 %", 2.5, Some("%")),
            ]
        );
        // French groups with a space, a no-break space or a narrow no-break space.
        assert_eq!(
            numbers_in(
                "Au total, 4 000 établissements seraient concernés, 2\u{a0}500 élèves et 1\u{202f}800 enseignants, pour 1,2 milliard d'euros.",
                Lang::Fr
            ),
            vec![
                t("4 000 établissements", 4000.0, Some("établissements")),
                t("2\u{a0}500 élèves", 2500.0, Some("élèves")),
                t("1\u{202f}800 enseignants", 1800.0, Some("enseignants")),
                t("1,2 milliard d'euros", 1.2e9, Some("EUR")),
            ]
        );
        // English keeps "," for thousands: "1,2" is no English numeral.
        assert_eq!(numbers("It rose 1,2 points to 4,500 units."), vec![t("4,500 units", 4500.0, Some("units"))]);
    }

    #[test]
    fn words_of_other_languages() {
        assert_eq!(
            numbers_in(
                "Das Verfahren soll höchstens sechs Monate dauern. Der Bund gibt 3,5 Mrd. Euro, der Anteil stieg um zwei Prozent.",
                Lang::De
            ),
            vec![
                t("sechs Monate", 6.0, Some("Monate")),
                t("3,5 Mrd. Euro", 3.5e9, Some("EUR")),
                t("zwei Prozent", 2.0, Some("%")),
            ]
        );
        assert_eq!(
            numbers_in("Faltan dos millones de viviendas y el precio subió un 7,5 por ciento.", Lang::Es),
            vec![t("dos millones de viviendas", 2e6, Some("viviendas")), t("7,5 por ciento", 7.5, Some("%"))]
        );
        assert_eq!(
            numbers_in("Il piano vale 2,5 miliardi di euro e porterà 300 nuovi treni.", Lang::It),
            vec![t("2,5 miliardi di euro", 2.5e9, Some("EUR")), t("300 nuovi treni", 300.0, Some("nuovi treni"))]
        );
        // An article is no number; a verb after a number is not what it counts.
        assert_eq!(numbers_in("Un ministre a parlé. 30 ont voté.", Lang::Fr), vec![t("30", 30.0, None)]);
    }

    #[test]
    fn clock_times_and_ordinals_in_other_languages_are_not_numbers() {
        let text = "Die Sitzung beginnt um 18 Uhr. Der Verein belegte den 3. Platz, die Zahl stieg auf 2,7 Millionen.";
        assert_eq!(numbers_in(text, Lang::De), vec![t("2,7 Millionen", 2.7e6, None)]);
        let text = "La réunion commence à 18h30. Le club a terminé 3e, le 1er tour a lieu dimanche.";
        assert_eq!(numbers_in(text, Lang::Fr), vec![]);
        let text = "Le feu a pris vers 23 h 15 et 40 personnes ont été évacuées.";
        assert_eq!(numbers_in(text, Lang::Fr), vec![t("40 personnes", 40.0, Some("personnes"))]);
        assert_eq!(numbers_in("El equipo quedó 3º en la liga.", Lang::Es), vec![]);
    }

    #[test]
    fn times_and_days_in_portuguese_are_not_numbers() {
        let text = "O jogo começa às 21h30 desta sexta-feira (14) e 40 mil torcedores são esperados.";
        let got = numbers_in(text, Lang::Pt);
        assert!(got.iter().all(|n| n.1 != 21.0 && n.1 != 30.0 && n.1 != 14.0), "{got:?}");
    }

    #[test]
    fn gallery_counters_and_model_numbers_are_not_numbers() {
        assert_eq!(
            numbers("Photo 2 of 6\nThe museum reopened with 40 rooms."),
            vec![t("40 rooms", 40.0, Some("rooms"))]
        );
        assert_eq!(
            numbers("The Vega 3 rocket launches carried 12 satellites."),
            vec![t("12 satellites", 12.0, Some("satellites"))]
        );
        // A count or a time after a name stays: a possessive, a measure, money.
        assert_eq!(numbers("the UN's 193 members"), vec![t("193 members", 193.0, Some("members"))]);
        assert_eq!(numbers("He joined Arsenal 30 years ago."), vec![t("30 years", 30.0, Some("years"))]);
    }

    #[test]
    fn reaction_counters_are_not_numbers() {
        let page =
            "Leave a comment\n142 Likes\n·\n6 Restacks\n1.2K likes 345 comments Share 12\nThe post drew 345 comments.";
        assert_eq!(numbers(page), vec![t("345 comments", 345.0, Some("comments"))]);
    }

    #[test]
    fn a_long_grouped_numeral_is_one_number() {
        // One numeral however long (as an English "1,000,000,…"), not 400 numbers 0.
        let text = format!("Le budget atteint 1 {} euros.", vec!["000"; 400].join(" "));
        let found = numbers_in(&text, Lang::Fr);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].0.starts_with("1 000 000") && found[0].0.ends_with("euros"));
        assert_eq!(
            numbers_in("La ville compte 2 500 000 habitants.", Lang::Fr),
            vec![t("2 500 000 habitants", 2.5e6, Some("habitants"))]
        );
    }
}
