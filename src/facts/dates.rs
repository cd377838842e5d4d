//! Dates: *find* absolute and relative date expressions, then *parse* them to ISO 8601
//! against the text's own date (its anchor).
//!
//! Values, at the precision the text states:
//! - a day `"2023-09-30"`, a month `"2023-09"`, a year `"2023"`, an ISO week `"2023-W17"`
//!   ("last week", "two weeks ago"), a century `"18"` ("the 19th century");
//! - spans as ISO 8601 intervals: `"2023-10-01/2023-10-03"` ("Oct. 1–3"), `"1990/1999"`
//!   ("the 1990s"), `"1998/2003"` ("1998-2003").
//!
//! The anchor is a date the text states about itself: a metadata line (`date 2023-05-01`,
//! `published: May 1, 2023`, "Updated Jul 7, 2012"), a dateline ("LAGOS, May 1 (Reuters) -",
//! its year from a full date written within two months of it) or a line of the page's head
//! (the first, or one under the headline, byline and dek) that is a full date with at most a
//! key, a source ("TNN / Updated:") and a time ("1:00 PM UTC"), or a date glued to
//! the first sentence ("May 1, 2023 Officials said …"). Relative dates ("Tuesday", "yesterday", "last
//! month", "two days ago") and dates without a year ("Sept. 30", "in March") resolve
//! against it; with no anchor their value is `None`. A day name means the latest such day
//! on or before the anchor, unless its clause looks ahead ("will meet on Tuesday"), then
//! the next one after it. A date without a year takes the year that puts it nearest the
//! anchor, or the latest on or before it after "since" or a past ("fell in June").

use super::lexicon;
use super::locale::{self, Locale};
use super::scan::{self, is_capitalized, Kind, Tok};
use super::Input;
use crate::bytes::one_of;
use crate::case::Lower;
use crate::data::EN_STOPWORDS;
use crate::span::Span;
use crate::types::{DateFact, Mention};
use crate::words::{words, Words};

/// What a date expression means, before it is resolved against the anchor.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum When {
    /// A day; the year may be missing ("Sept. 30").
    Day { y: Option<i64>, m: u32, d: u32 },
    /// Days from one to another ("Oct. 1–3", "Sept. 30–Oct. 2").
    Days { y: Option<i64>, m1: u32, d1: u32, m2: u32, d2: u32 },
    /// A month ("September 2023", "mid-July").
    Month { y: Option<i64>, m: u32 },
    /// A year ("in 1998").
    Year(i64),
    /// Years from one to another ("1998-2003", "the 2003-04 season").
    Years(i64, i64),
    /// A decade by its first year ("the 1990s").
    Decade(i64),
    /// A century by its ordinal ("the 19th century" is 19).
    Century(i64),
    /// A day name; `ahead` when it lies after the anchor, `strict` when not the anchor day
    /// itself ("last Monday").
    Weekday { wd: u32, ahead: bool, strict: bool },
    /// Days from the anchor ("yesterday" is -1).
    RelDays(i64),
    /// ISO weeks from the anchor's ("last week" is -1).
    RelWeeks(i64),
    /// Months from the anchor's ("next month" is 1).
    RelMonths(i64),
    /// Years from the anchor's.
    RelYears(i64),
    /// A day of the month without its month (Chinese and Japanese "14日"): the nearest
    /// such day to the anchor.
    MonthDay(u32),
    /// A month (`d` 0) or a day without its year that lies on or before the anchor: "since
    /// April", "rose in March".
    Before { m: u32, d: u32 },
}

/// A date expression found in the text.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Found {
    pub span: Span,
    pub when: When,
}

/// The dates of the text, in order, resolved against its anchor.
pub(crate) fn extract<'t>(input: &Input<'t, '_>, toks: &[scan::Tok]) -> Vec<DateFact<'t>> {
    let text = input.text;
    let found = find(text, toks, input.sentences, input.lang);
    let anchor = anchor(text, &found, locale::get(input.lang));
    found
        .iter()
        .filter_map(|f| {
            Some(DateFact {
                text: &text[f.span.range()],
                value: anchor.map_or_else(|| resolve_absolute(f.when), |a| resolve(f.when, a)),
                at: Mention { sentence: scan::sentence_holding(input.sentences, f.span)?, span: f.span },
            })
        })
        .collect()
}

// ---------------------------------------------------------------------------------------
// Find

type Cursor<'a, 't> = super::scan::Toks<'a, 't>;

impl<'t> Cursor<'_, 't> {
    fn lower(&self, i: usize) -> Option<String> {
        self.word(i).map(crate::case::lower)
    }
    fn lower_is(&self, i: usize, words: &[&str]) -> bool {
        self.word(i).is_some_and(|w| scan::lower_in(w, words))
    }
    fn lower_in(&self, i: usize, words: Words) -> bool {
        self.word(i).is_some_and(|w| words.lower_in(w))
    }
    /// A plain integer numeral (no separators) with at most `digits` digits.
    fn int(&self, i: usize, digits: usize) -> Option<i64> {
        let s = self.num(i)?;
        (s.len() <= digits && s.bytes().all(|b| b.is_ascii_digit())).then(|| crate::decimal::parse_int(s)).flatten()
    }
    fn span(&self, a: usize, b: usize) -> Span {
        Span::new(self.toks[a].start(), self.toks[b].end())
    }
}

fn is_dash(c: &Cursor, i: usize) -> bool {
    c.is(i, '-') || c.is(i, '–') || c.is(i, '—')
}

/// Words before a bare year or month that mark it as a date ("in 1998", "since March").
const TIME_CUES: Words = words![
    "in",
    "since",
    "by",
    "until",
    "till",
    "from",
    "of",
    "during",
    "before",
    "after",
    "between",
    "and",
    "to",
    "through",
    "early",
    "late",
    "mid",
    "the",
    "its",
    "his",
    "her",
    "their",
    "our",
    "this",
    "that",
    "for",
    "around",
    "circa",
    "last",
    "next",
    "end",
    "start",
    "beginning",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "or",
];

/// Finds every date expression, in order, none overlapping.
pub(crate) fn find(text: &str, toks: &[Tok], sentences: &[Span], lang: crate::Lang) -> Vec<Found> {
    if super::cjk::applies(lang) {
        return super::cjk::dates(text);
    }
    let c = Cursor { text, toks };
    let loc = locale::get(lang);
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let found = match loc {
            Some(loc) => at_in(&c, loc, i, sentences),
            None => at(&c, i, sentences),
        };
        if let Some((end, when)) = found {
            let start = if loc.is_some() { i } else { extend_weekday(&c, i, when) };
            out.push(Found { span: c.span(start, end), when });
            i = end + 1;
        } else {
            i += 1;
        }
    }
    out
}

/// "Tuesday, Sept. 30": a day name just before a day joins it.
fn extend_weekday(c: &Cursor, i: usize, when: When) -> usize {
    if !matches!(when, When::Day { .. }) || i == 0 {
        return i;
    }
    let j = if c.is(i - 1, ',') { i.saturating_sub(2) } else { i - 1 };
    if j < i && c.word(j).is_some_and(|w| lexicon::weekday(w).is_some() && is_capitalized(w)) {
        j
    } else {
        i
    }
}

/// The date expression starting at token `i`: its last token and its meaning.
fn at(c: &Cursor, i: usize, sentences: &[Span]) -> Option<(usize, When)> {
    let t = c.tok(i)?;
    match t.kind {
        Kind::Num => numeric(c, i),
        Kind::Word => words(c, i, sentences),
        Kind::Punct => {
            // "the '90s"
            if (c.is(i, '\'') || c.is(i, '’')) && c.glued(i + 1) && c.glued(i + 2) && c.word(i + 2) == Some("s") {
                let n = c.int(i + 1, 2).filter(|_| c.num(i + 1).map(str::len) == Some(2))?;
                if n % 10 == 0 {
                    return Some((i + 2, When::Decade(if n <= 20 { 2000 + n } else { 1900 + n })));
                }
            }
            None
        }
    }
}

fn valid_day(m: u32, d: u32) -> bool {
    (1..=12).contains(&m) && d >= 1 && d <= days_in_month(2000, m)
}

/// Dates that start with a numeral.
fn numeric(c: &Cursor, i: usize) -> Option<(usize, When)> {
    let s = c.num(i)?;
    // "in the 70s": a decade of the 1900s.
    if s.len() == 2
        && c.glued(i + 1)
        && c.word(i + 1) == Some("s")
        && i > 0
        && c.lower_is(i - 1, &["the", "a", "early", "late", "mid"])
    {
        let n = c.int(i, 2)?;
        return (n % 10 == 0).then_some((i + 1, When::Decade(1900 + n)));
    }
    // "30.09.2023"
    if s.matches('.').count() == 2 && !s.contains(',') {
        let p: Vec<&str> = s.split('.').collect();
        let (d, m, y) =
            (crate::decimal::parse_u32(p[0])?, crate::decimal::parse_u32(p[1])?, crate::decimal::parse_int(p[2])?);
        return (p[2].len() == 4 && p[0].len() <= 2 && p[1].len() <= 2 && valid_day(m, d))
            .then_some((i, When::Day { y: Some(y), m, d }));
    }
    // "2023-09-30"
    if s.len() == 4 && c.is(i + 1, '-') && c.glued(i + 1) && c.glued(i + 2) && c.is(i + 3, '-') && c.glued(i + 4) {
        let y = c.int(i, 4)?;
        let (m, d) = (c.int(i + 2, 2)? as u32, c.int(i + 4, 2)? as u32);
        return valid_day(m, d).then_some((i + 4, When::Day { y: Some(y), m, d }));
    }
    // "9/30/2023", "30/9/2023", "9/30/23"
    if c.is(i + 1, '/') && c.glued(i + 1) && c.glued(i + 2) && c.is(i + 3, '/') && c.glued(i + 3) && c.glued(i + 4) {
        let (a, b) = (c.int(i, 2)? as u32, c.int(i + 2, 2)? as u32);
        let ys = c.num(i + 4)?;
        let y = c.int(i + 4, 4)?;
        let y = match ys.len() {
            4 => y,
            2 => 2000 + y,
            _ => return None,
        };
        // Month first (US) unless the first part cannot be a month.
        let (m, d) = if a > 12 { (b, a) } else { (a, b) };
        return valid_day(m, d).then_some((i + 4, When::Day { y: Some(y), m, d }));
    }
    // "30 September 2023", "1–3 October", "30th of September"
    if let Some(d) = c.int(i, 2) {
        let mut j = i + 1;
        if c.glued(j) && c.lower_is(j, &["st", "nd", "rd", "th"]) {
            j += 1;
        }
        let mut d2 = None;
        if is_dash(c, j) && c.glued(j + 1) {
            if let Some(e) = c.int(j + 1, 2) {
                d2 = Some(e as u32);
                j += 2;
            }
        }
        if c.lower_is(j, &["of"]) && c.word(j + 1).is_some_and(|w| lexicon::month(w).is_some()) {
            j += 1;
        }
        if let Some((m, mut end)) = month_at(c, j) {
            let d = d as u32;
            let mut y = None;
            if let Some(yy) = c.int(end + 1, 4).filter(|&v| v >= 1000 && c.num(end + 1).map(str::len) == Some(4)) {
                y = Some(yy);
                end += 1;
            }
            if !valid_day(m, d) {
                return None;
            }
            return Some(match d2 {
                Some(d2) if valid_day(m, d2) && d2 > d => (end, When::Days { y, m1: m, d1: d, m2: m, d2 }),
                Some(_) => return None,
                None => (end, When::Day { y, m, d }),
            });
        }
    }
    // "the 19th century"
    if c.glued(i + 1) && c.lower_is(i + 1, &["st", "nd", "rd", "th"]) && c.lower_is(i + 2, &["century"]) {
        let n = c.int(i, 2)?;
        return (n >= 1).then_some((i + 2, When::Century(n)));
    }
    year(c, i)
}

/// A year, a decade or a span of years at token `i`.
fn year(c: &Cursor, i: usize) -> Option<(usize, When)> {
    year_in(c, None, i)
}

/// [`year`], with the cue words and nouns of a language with its own date words.
fn year_in(c: &Cursor, loc: Option<&Locale>, i: usize) -> Option<(usize, When)> {
    let s = c.num(i)?;
    if s.len() != 4 {
        return None;
    }
    let y = c.int(i, 4)?;
    // "1990s", "1990's"
    if c.glued(i + 1) && c.word(i + 1) == Some("s") && y % 10 == 0 {
        return Some((i + 1, When::Decade(y)));
    }
    if c.glued(i + 1) && (c.is(i + 1, '\'') || c.is(i + 1, '’')) && c.glued(i + 2) && c.word(i + 2) == Some("s") {
        return (y % 10 == 0).then_some((i + 2, When::Decade(y)));
    }
    if !(1000..=2100).contains(&y) {
        return None;
    }
    // Not money, not a measure, not part of a longer numeral or name ("$2000", "2000%",
    // "G2000", "2000km").
    if i > 0 && c.glued(i) && !c.is(i - 1, '(') && !is_dash(c, i - 1) && !c.is(i - 1, '"') {
        return None;
    }
    if c.glued(i + 1) && (c.word(i + 1).is_some() || c.is(i + 1, '%') || c.num(i + 1).is_some()) {
        return None;
    }
    let next = c.word(i + 1);
    // "by 1200 GMT" is a time of day.
    if next.is_some_and(|w| {
        lexicon::scale(w).is_some()
            || lexicon::UNITS.contains(w)
            || w.eq_ignore_ascii_case("percent")
            || crate::segment::is_time_zone(w)
    }) {
        return None;
    }
    // "1998-2003", "2003-04", "2003/2004"
    if (is_dash(c, i + 1) || c.is(i + 1, '/')) && c.glued(i + 1) && c.glued(i + 2) {
        let e = c.num(i + 2)?;
        let y2 = match e.len() {
            4 => c.int(i + 2, 4)?,
            2 => y / 100 * 100 + c.int(i + 2, 2)?,
            _ => return None,
        };
        return (y2 > y && y2 - y < 100).then_some((i + 2, When::Years(y, y2)));
    }
    // A plural noun after it makes a count ("for 1500 tickets", "2000 protesters").
    let counted = next.is_some_and(|w| !is_capitalized(w) && w.len() > 3 && w.ends_with('s') && !w.ends_with("ss"))
        // German: "2000 Menschen", "2000 Millionen"; the language's own scales elsewhere.
        || loc.is_some_and(|l| {
            next.is_some_and(|w| l.scale(w).is_some() || l.capitalized && is_capitalized(w) && l.month(w).is_none())
        });
    // ... unless a possessive owns it ("its 2004 results") or a year joins it ("restate its
    // 2000 and 2003 results").
    let owned = i > 0 && c.lower_is(i - 1, &["its", "their", "his", "her", "our", "my", "your"])
        || (1900..=2100).contains(&y)
            && i > 1
            && c.lower_is(i - 1, &["and", "or"])
            && c.int(i - 2, 4).is_some_and(|p| (1900..=2100).contains(&p));
    if counted && !owned {
        return None;
    }
    let cue = i > 0
        && (c.lower_in(i - 1, TIME_CUES)
            || (c.is(i - 1, '-') && c.lower_is(i - 2, &["mid"]))
            || loc.is_some_and(|l| c.word(i - 1).is_some_and(|w| l.is_cue(w))));
    if cue {
        return Some((i, When::Year(y)));
    }
    if !(1900..=2100).contains(&y) {
        return None;
    }
    let named = i > 0 && c.word(i - 1).is_some_and(|w| is_capitalized(w) && !c.toks[i - 1].newline);
    (!named).then_some((i, When::Year(y)))
}

/// A month name at token `j` ("September", "Sept.", "Sept"): its number and last token.
fn month_at(c: &Cursor, j: usize) -> Option<(u32, usize)> {
    let w = c.word(j)?;
    if !is_capitalized(w) {
        return None;
    }
    let m = lexicon::month(w)?;
    let dotted = !lexicon::is_full_month(w) && c.is(j + 1, '.') && c.glued(j + 1);
    Some((m, if dotted { j + 1 } else { j }))
}

/// Dates that start with a word.
fn words(c: &Cursor, i: usize, sentences: &[Span]) -> Option<(usize, When)> {
    let w = c.word(i)?;
    let lw = scan::lower(w);
    // "mid-July", "early-2023" is written "early 2023" and caught as a year.
    if let Some(rest) = lw.strip_prefix("mid-") {
        let m = lexicon::month(rest).filter(|_| lexicon::is_full_month(rest))?;
        let (y, end) = match c.int(i + 1, 4).filter(|_| c.num(i + 1).map(str::len) == Some(4)) {
            Some(y) => (Some(y), i + 1),
            None => (None, i),
        };
        return Some((end, When::Month { y, m }));
    }
    if let Some((m, end)) = month_at(c, i) {
        let found = month_date(c, i, m, end)?;
        // "its best day since April", "sales fell in March": back from the anchor, though
        // next April is nearer. Not "will be held in April".
        let back = c.lower_is(i.wrapping_sub(1), &["since"])
            || c.lower_is(i.wrapping_sub(1), &["in"])
                && c.word(i.wrapping_sub(2)).is_some_and(|w| past(&scan::lower(w)))
                && !c.lower_in(i.wrapping_sub(2), AHEAD)
                && !c.lower_is(i.wrapping_sub(3), &["be", "been"]);
        return Some(match found {
            (e, When::Month { y: None, m }) if back => (e, When::Before { m, d: 0 }),
            (e, When::Day { y: None, m, d }) if back => (e, When::Before { m, d }),
            other => other,
        });
    }
    // "Tuesday's vote": the possessive stays in the token.
    if let Some(wd) = day_name(w) {
        // "Tuesday, Sept. 30" is one date: let the day take it. (Not when another day name
        // follows: "Monday Monday …" would recurse once a word, quadratic and deep.)
        let k = if c.is(i + 1, ',') { i + 2 } else { i + 1 };
        let next_day = c.word(k).and_then(day_name).is_some();
        if let Some((end, when @ When::Day { .. })) = (!next_day).then(|| at(c, k, sentences)).flatten() {
            return Some((end, when));
        }
        // "on a Friday or Saturday night", "every Monday": any such day, not one date.
        let generic = |k: usize| c.lower_is(k, &["a", "every", "each", "any", "most", "some"]);
        if i > 0 && (generic(i - 1) || i > 2 && c.lower_is(i - 1, &["or", "and"]) && generic(i - 3)) {
            return None;
        }
        // "The Friday Ledger", "the Sunday Times", "Washington's Friday Harbor": a name that
        // holds a day name.
        let title = c.lower_is(i.wrapping_sub(1), &["the"])
            || c.word(i.wrapping_sub(1)).is_some_and(|p| p.ends_with("'s") || p.ends_with("’s"))
            // "Monday Briefing" as a line of its own (not "Friday Evening").
            || (i == 0 || c.toks[i].newline)
                && c.toks.get(i + 2).map_or(true, |t| t.newline)
                && !c.lower_is(i + 1, &["morning", "afternoon", "evening", "night"]);
        if title && is_name(c, i + 1) && month_at(c, i + 1).is_none() {
            return None;
        }
        // (A day name ends in "s" only with its possessive: "Sunday's papers" are dated.)
        if !w.ends_with('s') && names_a_kind(c, i) {
            return None;
        }
        let ahead = looks_ahead(c, i, sentences);
        return Some((i, When::Weekday { wd, ahead, strict: false }));
    }
    match &*lw {
        // "BBC Radio 4's Today programme": capitalized inside a sentence, it is a name;
        // "the web of today" means nowadays.
        "today" | "tonight" | "tomorrow" | "yesterday" if is_capitalized(w) && !sentence_initial(c, i) => return None,
        "today" if c.lower_is(i.wrapping_sub(1), &["of"]) => return None,
        "today" | "tonight" => return Some((i, When::RelDays(0))),
        "yesterday" => return Some((i, When::RelDays(-1))),
        "tomorrow" => return Some((i, When::RelDays(1))),
        "last" | "next" | "this" => {
            let step = match &*lw {
                "last" => -1,
                "next" => 1,
                _ => 0,
            };
            let n = c.word(i + 1)?;
            // "next Sunday's elections"
            if let Some(wd) = day_name(n) {
                return Some((i + 1, When::Weekday { wd, ahead: step > 0, strict: step != 0 }));
            }
            return match n.lower().as_str() {
                "week" => Some((i + 1, When::RelWeeks(step))),
                "month" => Some((i + 1, When::RelMonths(step))),
                "year" => Some((i + 1, When::RelYears(step))),
                "night" if step == -1 => Some((i + 1, When::RelDays(-1))),
                "morning" | "afternoon" | "evening" if step == 0 => Some((i + 1, When::RelDays(0))),
                _ => None,
            };
        }
        _ => {}
    }
    ago(c, i)
}

/// Words that open a verb's object ("travel to", "faces his"); after "to", the articles and
/// possessives that open a noun phrase.
const OBJECT_OPENERS: &[&str] = &["to", "a", "an", "the", "his", "her", "its", "their"];

/// Whether the day name at `i` qualifies a plural noun, a kind of day rather than a date:
/// "Saturday and Sunday trains will run", "Sunday services are cancelled". Not after "on"
/// ("on Sunday trains ran late"), nor before a verb ("Sunday marks the day").
fn names_a_kind(c: &Cursor, i: usize) -> bool {
    // The noun after the last of the days joined ("Saturday and Sunday trains").
    let j = if c.lower_is(i + 1, &["and", "or"]) && is_day(c, i + 2) { i + 2 } else { i };
    let plural =
        c.word(j + 1).is_some_and(|n| !is_capitalized(n) && n.len() > 3 && n.ends_with('s') && !n.ends_with("ss"));
    // Then its verb ("trains will run", "services are") or the clause's end.
    let verb = c.word(j + 2).is_none() || c.lower_is(j + 2, &["will", "are", "were"]);
    plural && verb && !c.lower_is(i.wrapping_sub(1), &["on", "from"])
}

/// Whether the word at `k` is a verb in the present tense after its subject: "Chelsea host
/// Aston Villa", "Arsenal travel to Tottenham", "Roddick launches his defence", "who play
/// Newcastle". A schedule: the day it names is ahead.
fn present_verb(c: &Cursor, k: usize) -> bool {
    let (Some(w), Some(subject)) = (c.word(k), c.word(k.wrapping_sub(1))) else { return false };
    // Not "Cricket following the sacking", "he certainly looks".
    let verb_like = !is_capitalized(w)
        && !w.ends_with("ing")
        && !w.ends_with("ly")
        && !listed(&EN_STOPWORDS, w)
        && !past(w)
        && !listed(&lexicon::ROLES, w);
    // A name before it, not "the Commons debate", "Benzema's absence" or "Monday despite"; and its object after
    // it: "host Porto", "travel to", "faces his", "take on Barcelona", not "Champions League
    // win on Tuesday" or "FA Cup defeat at Newcastle".
    let named = is_name(c, k - 1)
        && !listed(&EN_STOPWORDS, subject)
        && !subject.contains(&['\'', '’'][..])
        && !c.lower_is(k.wrapping_sub(2), &OBJECT_OPENERS[1..])
        && (is_name(c, k + 1) || c.lower_is(k + 1, OBJECT_OPENERS) || c.lower_is(k + 1, &["on"]) && is_name(c, k + 2));
    verb_like && (named || c.lower_is(k - 1, &["they", "we", "he", "she", "it", "who", "which"]))
}

/// The day of a capitalized day name, possessive or not ("Tuesday's vote": the possessive
/// stays in the token).
fn day_name(w: &str) -> Option<u32> {
    let bare = w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")).unwrap_or(w);
    // The cheap test first: most words are not capitalized.
    if !is_capitalized(w) {
        return None;
    }
    lexicon::weekday(bare)
}

/// Whether the word at `j` is a day name, capitalized.
fn is_day(c: &Cursor, j: usize) -> bool {
    c.word(j).is_some_and(|n| is_capitalized(n) && lexicon::weekday(n).is_some())
}

/// A capitalized word at `j` other than a day name.
fn is_name(c: &Cursor, j: usize) -> bool {
    c.word(j).is_some_and(is_capitalized) && !is_day(c, j)
}

/// Whether `set` holds `w` in lower case: one copy of the look-up for the callers here (each
/// inlined one is large).
#[inline(never)]
fn listed(set: &crate::data::WordSet, w: &str) -> bool {
    set.contains(&scan::lower(w))
}

/// Whether token `i` opens a sentence, a line or a quotation.
fn sentence_initial(c: &Cursor, i: usize) -> bool {
    i == 0
        || c.toks[i].newline
        || c.tok(i - 1).is_some_and(|t| {
            t.kind == Kind::Punct && matches!(t.text(c.text), "." | "!" | "?" | "\"" | "“" | "'" | "‘" | ":")
        })
}

/// "two days ago", "a week ago", "18 months ago".
fn ago(c: &Cursor, i: usize) -> Option<(usize, When)> {
    // "ago" first: this runs on every word, and most are followed by no "ago" (issue 8).
    if !c.lower_is(i + 2, &["ago"]) {
        return None;
    }
    let t = c.tok(i)?;
    let n = match t.kind {
        Kind::Num => c.int(i, 3)?,
        _ => {
            let w = c.lower(i)?;
            match w.as_str() {
                "a" | "an" | "one" => 1,
                _ => lexicon::number_word(&w).filter(|v| v.fract() == 0.0 && *v < 100.0)? as i64,
            }
        }
    };
    let unit = c.lower(i + 1)?;
    let when = match unit.trim_end_matches(&['s'][..]) {
        "day" => When::RelDays(-n),
        "week" => When::RelWeeks(-n),
        "month" => When::RelMonths(-n),
        "year" => When::RelYears(-n),
        _ => return None,
    };
    Some((i + 2, when))
}

/// Dates that start with a month name at `i` (its last token `end`).
fn month_date(c: &Cursor, i: usize, m: u32, end: usize) -> Option<(usize, When)> {
    let w = c.word(i)?;
    // "Sept. 30", "September 30th, 2023", "Oct. 1–3", "Sept. 30–Oct. 2"
    if let Some(d) = c.int(end + 1, 2).filter(|_| !c.glued(end + 1) || end > i) {
        let d = d as u32;
        let mut j = end + 1;
        // "Jan 22 10:30": a day, then a time; "May 5%" is no date.
        if c.is(j + 1, '%')
            || (c.is(j + 1, ':') && c.glued(j + 1))
            || (c.is(j + 1, '.') && c.glued(j + 1) && c.num(j + 2).is_some())
        {
            return None;
        }
        if c.glued(j + 1) && c.lower_is(j + 1, &["st", "nd", "rd", "th"]) {
            j += 1;
        }
        if !valid_day(m, d) {
            return None;
        }
        let mut range = None;
        if is_dash(c, j + 1) {
            if let Some(d2) = c.int(j + 2, 2).filter(|_| c.glued(j + 2) || !c.glued(j + 1)) {
                let d2 = d2 as u32;
                if valid_day(m, d2) && d2 > d {
                    range = Some((m, d2));
                    j += 2;
                }
            } else if let Some((m2, e2)) = month_at(c, j + 2) {
                if let Some(d2) = c.int(e2 + 1, 2) {
                    if valid_day(m2, d2 as u32) {
                        range = Some((m2, d2 as u32));
                        j = e2 + 1;
                    }
                }
            }
        }
        let mut y = None;
        let k = if c.is(j + 1, ',') { j + 2 } else { j + 1 };
        if let Some(yy) = c.int(k, 4).filter(|&v| v >= 1000 && c.num(k).map(str::len) == Some(4)) {
            if !(c.glued(k + 1) && c.word(k + 1).is_some()) {
                y = Some(yy);
                j = k;
            }
        }
        return Some(match range {
            Some((m2, d2)) => (j, When::Days { y, m1: m, d1: d, m2, d2 }),
            None => (j, When::Day { y, m, d }),
        });
    }
    // "September 2023", "September of 2023"
    let k = if c.lower_is(end + 1, &["of"]) { end + 2 } else { end + 1 };
    if let Some(y) = c.int(k, 4).filter(|&v| v >= 1000 && c.num(k).map(str::len) == Some(4)) {
        if lexicon::is_full_month(w) || end > i {
            return Some((k, When::Month { y: Some(y), m }));
        }
    }
    // A month alone: full names only, and "May", "March", "August" only after a cue
    // ("in May"): otherwise they are a verb or a name.
    if !lexicon::is_full_month(w) {
        return None;
    }
    // "the May government", "its March issue": an article or possessive is no cue for
    // the months that are also words and names.
    let ambiguous = matches!(m, 3 | 5 | 8);
    let cue = i > 0
        && c.lower_in(i - 1, TIME_CUES)
        && !(ambiguous
            && c.lower_is(i - 1, &["the", "its", "his", "her", "their", "our", "this", "that", "and", "or", "to"]));
    if ambiguous && !cue {
        return None;
    }
    // "the May government", "June Carter": a capitalized word after it makes a name.
    if c.word(i + 1).is_some_and(is_capitalized) && !c.tok(i + 1).is_some_and(|t| t.newline) {
        return None;
    }
    Some((i, When::Month { y: None, m }))
}

// ---------------------------------------------------------------------------------------
// Other languages: the words of `src/data/<lang>/dates.txt`, day before month

/// The date expression starting at token `i` in a language with its own date words.
fn at_in(c: &Cursor, loc: &Locale, i: usize, sentences: &[Span]) -> Option<(usize, When)> {
    match c.tok(i)?.kind {
        Kind::Num => numeric_in(c, loc, i),
        Kind::Word => words_in(c, loc, i, sentences),
        Kind::Punct => None,
    }
}

/// A four-digit year at `k` ("2024"), not glued to a word ("2024er").
fn year_at(c: &Cursor, k: usize) -> Option<i64> {
    c.int(k, 4)
        .filter(|&v| v >= 1000 && c.num(k).map(str::len) == Some(4) && !(c.glued(k + 1) && c.word(k + 1).is_some()))
}

/// A month name at `j` in the language ("Mai", "mayo", "janv."): its number and last token.
fn month_in(c: &Cursor, loc: &Locale, j: usize) -> Option<(u32, usize)> {
    let w = c.word(j)?;
    // German writes its months capitalized; "mai" there is no month.
    if loc.capitalized && !is_capitalized(w) {
        return None;
    }
    let m = loc.month(w)?;
    let dotted = loc.is_abbreviation(w) && c.is(j + 1, '.') && c.glued(j + 1);
    Some((m, if dotted { j + 1 } else { j }))
}

/// Day-first dates: "3. Mai 2024", "3 mai 2024", "1er mai", "3 de mayo de 2024", "il 3
/// maggio 2024", "30.09.2023", "30/9/2023", "2023-09-30"; else a year.
fn numeric_in(c: &Cursor, loc: &Locale, i: usize) -> Option<(usize, When)> {
    let s = c.num(i)?;
    // "30.09.2023", "2023-09-30": as in English.
    if s.matches('.').count() == 2 && !s.contains(',') || s.len() == 4 && c.is(i + 1, '-') && c.glued(i + 1) {
        return numeric(c, i);
    }
    // "30/9/2023": the day first.
    if c.is(i + 1, '/') && c.glued(i + 1) && c.glued(i + 2) && c.is(i + 3, '/') && c.glued(i + 3) && c.glued(i + 4) {
        let (d, m) = (c.int(i, 2)? as u32, c.int(i + 2, 2)? as u32);
        let y = year_at(c, i + 4)?;
        return valid_day(m, d).then_some((i + 4, When::Day { y: Some(y), m, d }));
    }
    if let Some(d) = c.int(i, 2) {
        // "3." (German), "1er" (French), "1º" (Spanish, Portuguese).
        let ordinal = |j: usize| c.glued(j) && (c.is(j, '.') || c.word(j).is_some_and(|w| one_of("er º ª o", w)));
        let mut j = i + 1;
        if ordinal(j) {
            j += 1;
        }
        // "3.–5. Mai", "1-3 mai"
        let mut d2 = None;
        if is_dash(c, j) {
            if let Some(e) = c.int(j + 1, 2) {
                d2 = Some(e as u32);
                j += 2;
                if ordinal(j) {
                    j += 1;
                }
            }
        }
        if c.word(j).is_some_and(|w| loc.is_date_link(w)) {
            j += 1;
        }
        if let Some((m, mut end)) = month_in(c, loc, j) {
            let d = d as u32;
            let k = if c.is(end + 1, ',') || c.word(end + 1).is_some_and(|w| loc.is_date_link(w)) {
                end + 2
            } else {
                end + 1
            };
            let mut y = None;
            if let Some(yy) = year_at(c, k) {
                y = Some(yy);
                end = k;
            }
            // "14 avr. 2023", "26 dic 2022 - 13:45": without its year, a short month name that
            // is also a word ("sept personnes", "vinto in 3 set. Poi") needs no word after it,
            // or its period before a word in lower case ("le 14 avr. à Paris").
            let short = y.is_none() && c.word(j).is_some_and(|w| loc.is_abbreviation(w));
            if !valid_day(m, d) || short && c.word(end + 1).is_some_and(|w| end == j || is_capitalized(w)) {
                return None;
            }
            return match d2 {
                Some(d2) if valid_day(m, d2) && d2 > d => Some((end, When::Days { y, m1: m, d1: d, m2: m, d2 })),
                Some(_) => None,
                None => Some((end, When::Day { y, m, d })),
            };
        }
    }
    year_in(c, Some(loc), i)
}

/// Dates that start with a word: a month ("enero de 2025", "im Mai"), a day name ("am
/// Mittwoch", "mercredi 3 mai"), a relative day ("gestern", "hier").
fn words_in(c: &Cursor, loc: &Locale, i: usize, sentences: &[Span]) -> Option<(usize, When)> {
    let w = c.word(i)?;
    // One look-up for the several below (an elided "l'année" is two words in one).
    if !loc.knows(w) && !w.contains(&['\'', '’'][..]) {
        return None;
    }
    if let Some(found) = relative_period(c, loc, i) {
        return Some(found);
    }
    // Outside German these words are lower case; capitalized inside a sentence they are a
    // name ("Plácido Domingo").
    let case_ok = if loc.capitalized { is_capitalized(w) } else { !is_capitalized(w) || sentence_initial(c, i) };
    if let Some((m, end)) = month_in(c, loc, i) {
        let k = if c.word(end + 1).is_some_and(|w| loc.is_date_link(w)) { end + 2 } else { end + 1 };
        if let Some(y) = year_at(c, k) {
            return Some((k, When::Month { y: Some(y), m }));
        }
        // A month alone only after a cue ("en enero", "im Mai"), and not before a name; never
        // a short one ("en mar" is at sea).
        let cue = i > 0 && c.word(i - 1).is_some_and(|p| loc.is_cue(p)) && !loc.is_abbreviation(w);
        let named = c.word(end + 1).is_some_and(is_capitalized) && !loc.capitalized;
        return (cue && case_ok && !named).then_some((end, When::Month { y: None, m }));
    }
    if !case_ok {
        return None;
    }
    if let Some(wd) = loc.weekday(w) {
        // "mercredi 3 mai", "Mittwoch, 3. Mai 2024": the day takes it.
        let k = if c.is(i + 1, ',') { i + 2 } else { i + 1 };
        if let Some((end, when @ When::Day { .. })) = numeric_in(c, loc, k) {
            return Some((end, when));
        }
        let ahead = looks_ahead_in(c, loc, i, sentences);
        return Some((i, When::Weekday { wd, ahead, strict: false }));
    }
    loc.relative_day(w).map(|n| (i, When::RelDays(n)))
}

/// A week, month or year relative to the text's date: "letzte Woche", "im vergangenen Jahr",
/// "la semaine dernière", "l'année prochaine", "el año pasado", "quest'anno", "vorig jaar".
fn relative_period(c: &Cursor, loc: &Locale, i: usize) -> Option<(usize, When)> {
    let w = c.word(i)?;
    let when = |step: i64, period: &str| match period {
        "week" => Some(When::RelWeeks(step)),
        "month" => Some(When::RelMonths(step)),
        "year" => Some(When::RelYears(step)),
        _ => None,
    };
    // The step first ("letzte Woche", "próximo año").
    if let Some(step) = loc.step(w) {
        let period = loc.period(c.word(i + 1)?)?;
        return Some((i + 1, when(step, period)?));
    }
    // An elided article or step in the same word ("l'année", "quest'anno").
    let (head, noun) = match w.find(&['\'', '’'][..]) {
        Some(p) => {
            let cut = p + w[p..].chars().next().map_or(1, char::len_utf8);
            (Some(&w[..cut]), &w[cut..])
        }
        None => (None, w),
    };
    let period = loc.period(noun)?;
    if let Some(step) = head.and_then(|h| loc.step(h)) {
        return Some((i, when(step, period)?));
    }
    // The period first ("la semaine dernière", "el año pasado").
    let step = loc.step(c.word(i + 1)?)?;
    Some((i + 1, when(step, period)?))
}

/// Whether the clause before the day name at `i` points ahead: a future or modal word
/// ("wird", "soll"), or a future ending ("annoncera", "aprobará").
fn looks_ahead_in(c: &Cursor, loc: &Locale, i: usize, sentences: &[Span]) -> bool {
    let sent = sentences.get(scan::sentence_of(sentences, c.toks[i].start())).copied();
    (i.saturating_sub(10)..i)
        .filter(|&k| sent.map_or(true, |s| c.toks[k].start() >= s.start))
        .any(|k| c.word(k).is_some_and(|w| loc.is_ahead(w)))
}

/// Whether `w` (lower case) is a verb in the past: "-ed", "said", "met", "was".
fn past(w: &str) -> bool {
    w.ends_with("ed") || listed(&lexicon::SPEECH_VERBS, w) || listed(&lexicon::PAST_VERBS, w)
}

/// Words before a date that point ahead: "will meet on Tuesday", "is expected in May", "the
/// festival begins on Sunday".
const AHEAD: Words = words![
    "will",
    "would",
    "shall",
    "should",
    "due",
    "scheduled",
    "planned",
    "set",
    "expected",
    "expects",
    "expect",
    "forecast",
    "forecasts",
    "until",
    "starts",
    "start",
    "begins",
    "begin",
    "opens",
];

/// Whether the clause around the day name at `i` looks ahead ("will vote on Tuesday").
fn looks_ahead(c: &Cursor, i: usize, sentences: &[Span]) -> bool {
    let sent = sentences.get(scan::sentence_of(sentences, c.toks[i].start())).copied();
    let in_sentence = |k: usize| sent.map_or(true, |s| c.toks[k].start() >= s.start && c.toks[k].end() <= s.end);
    // The nearest verb-like word before it decides: "said on Tuesday" looks back, "will
    // meet on Tuesday" ahead. A verb in the present tense ("Chelsea host Aston Villa on
    // Saturday") looks ahead unless its clause has a past before it ("The report criticised
    // Arsenal fans on Sunday").
    let mut present = false;
    let mut k = i;
    let mut steps = 0;
    // A future word may stand far back ("is expected to bring gusts of up to 70mph (113km/h)
    // to western parts on Saturday"); a present verb only near.
    while k > 0 && steps < 24 {
        k -= 1;
        steps += 1;
        if !in_sentence(k) || present && c.is(k, ',') {
            break;
        }
        let Some(w) = c.lower(k) else { continue };
        if AHEAD.contains(w.as_str()) || w.ends_with("'ll") || w.ends_with("’ll") {
            return true;
        }
        // "will be made on Friday" is a passive, not a past. "The Fed cut its rate on
        // Friday": a past that looks like a present after a name or pronoun.
        let same = one_of("cut hit put shut cost", &w)
            && (is_name(c, k.wrapping_sub(1))
                || c.lower_is(k.wrapping_sub(1), &["he", "she", "it", "they", "we", "i"]));
        if (same || past(&w)) && !c.lower_is(k.wrapping_sub(1), &["be", "been"]) {
            return false;
        }
        if steps > 10 {
            continue;
        }
        // "power back by 11 p.m. Saturday" is a deadline ahead, unless a past precedes it
        // ("had died by Friday").
        // Only a time may stand between ("by midday on Monday"), and not "By Monday, India
        // was …", "seen by The Mail on Sunday", "by Sunday Telegraph journalist …".
        // "ban from Friday" starts then.
        let by = (c.word(k) == Some("by") || c.lower_is(k, &["from"]))
            && (!is_name(c, i + 1) || c.toks[i + 1].newline)
            && (k + 1..i).all(|j| {
                c.word(j).is_none()
                    || c.lower_is(j, &["on", "a", "p", "m", "am", "pm", "a.m", "p.m", "noon", "midday", "midnight"])
            });
        present = present || by || present_verb(c, k);
    }
    present
}

// ---------------------------------------------------------------------------------------
// Anchor

/// A date the text states about itself: (days since 1970-01-01).
fn anchor(text: &str, found: &[Found], loc: Option<&Locale>) -> Option<i64> {
    let mut dateline: Option<(u32, u32)> = None;
    for f in found {
        // Only the 80 bytes before a date can make it an anchor (a prefix of 40 or 60 at
        // most is read), so long lines cost nothing.
        let mut from = f.span.start.saturating_sub(80);
        while !text.is_char_boundary(from) {
            from -= 1;
        }
        let line_start = text[from..f.span.start].rfind('\n').map_or(from, |p| from + p + 1);
        let prefix = &text[line_start..f.span.start];
        let (y, m, d) = match f.when {
            When::Day { y, m, d } => (y, m, d),
            _ => continue,
        };
        // "Publié le", "Veröffentlicht am": the language's own metadata words.
        let meta_in = || {
            let words: Vec<&str> = prefix.split_whitespace().collect();
            words.len() <= 4
                && words.first().is_some_and(|w| loc.is_some_and(|l| l.is_meta(w.trim_end_matches(&[':'][..]))))
        };
        if is_meta_prefix(prefix)
            || meta_in()
            || (is_dateline_prefix(prefix) && f.span.start < 2000)
            || header_date_line(text, f)
            || glued_head(text, f)
        {
            match y {
                Some(y) => return Some(days_from_civil(y, m, d)),
                None => {
                    if dateline.is_none() && is_dateline_prefix(prefix) {
                        dateline = Some((m, d));
                    }
                }
            }
        }
    }
    // A dateline without a year ("LAGOS, May 1 (Reuters) -") takes the year of a full
    // date the text writes within two months of it ("on April 28, 2023"). A bare year
    // ("since 2009") is no evidence: guessing from it would resolve every relative date
    // silently wrong, so without such a date there is no anchor.
    let (m, d) = dateline?;
    let y = found.iter().find_map(|f| match f.when {
        When::Day { y: Some(y), m: m2, d: d2 } => {
            ((days_from_civil(y, m, d) - days_from_civil(y, m2, d2)).abs() <= 62).then_some(y)
        }
        _ => None,
    })?;
    Some(days_from_civil(y, m, d))
}

/// `date `, `Published:`, "Updated", "Last updated on Tuesday," before the date on its line.
fn is_meta_prefix(prefix: &str) -> bool {
    let p = prefix.trim().trim_end_matches(&[':', ',', '-', '|'][..]).trim();
    // "TNN / Updated:", "New Delhi | Updated:", "Jane Doe · CBC News · Posted:": the key
    // after a source's bar, slash or dot.
    let p = p.rsplit(&['|', '/', '·', '•'][..]).next().unwrap_or(p).trim().lower();
    if p.len() > 40 {
        return false;
    }
    // `trim_end_matches(" on").trim_start_matches("last ").trim_start_matches("first ")`
    // without core's substring searcher, which no other code needs (issue 8: the download).
    let mut p = p.as_str();
    while let Some(rest) = p.strip_suffix(" on") {
        p = rest;
    }
    while let Some(rest) = p.strip_prefix("last ") {
        p = rest;
    }
    while let Some(rest) = p.strip_prefix("first ") {
        p = rest;
    }
    let first = p.split(&[' ', ':'][..]).next().unwrap_or("");
    one_of("date dated published updated posted modified", first)
}

/// A date that opens the text, glued to its first sentence by a page that lost the line
/// break after it: "May 1, 2023 Officials said …", "Mon 1 May 2023 10.41 BST The …", or
/// after a byline's bar ("By Jane Doe | May 1, 2023 …"). What follows is a capitalised word
/// or a time ("May 1, 2023 was the day …" is a sentence about that day).
fn glued_head(text: &str, f: &Found) -> bool {
    let before = text[..f.span.start].trim();
    let byline = before.len() < 60 && before.starts_with("By ") && before.ends_with('|') && !before.contains('\n');
    let weekday = || crate::data::WEEKDAY_WORDS.contains(before.trim_end_matches(&[','][..]).lower().as_str());
    (before.is_empty() || byline || before.len() < 10 && weekday())
        && text[f.span.end..]
            .trim_start_matches(&[' ', ','][..])
            .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
}

/// "LAGOS, " / "AL-AIN , United Arab Emirates " / "WASHINGTON, " before the date.
fn is_dateline_prefix(prefix: &str) -> bool {
    let p = prefix.trim();
    if p.is_empty() || p.len() > 60 || !p.contains(',') {
        return false;
    }
    let first = p.split(&[' ', ','][..]).next().unwrap_or("");
    let letters = first.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 3
        && first.chars().all(|c| !c.is_lowercase())
        && p.split_whitespace().all(|w| !w.chars().next().is_some_and(char::is_lowercase))
}

/// A line of the page's head that is a date and little else: the first line ("Monday 1 May
/// 2023"), or one under the headline and byline ("Fed holds rates\n\nBy Claire Jones\nMarch
/// 20, 2024"): every line before it short, none of them a paragraph of prose.
fn header_date_line(text: &str, f: &Found) -> bool {
    // ("Friday, 25 February\n\n2000 GMT" is no date of 2000: a date across lines is none.)
    if f.span.start > 600 || text[f.span.range()].contains('\n') {
        return false;
    }
    let lead = &text[..f.span.start];
    let line_start = lead.rfind('\n').map_or(0, |p| p + 1);
    let header = |l: &str| {
        let l = l.trim();
        // (A headline may run longer: it has no full stop.)
        let n = l.split_whitespace().count();
        n <= 12 && !(l.ends_with('.') && n > 6) || n <= 20 && !l.ends_with(&['.', '!', '?'][..])
    };
    // Short lines only, but for one sentence under the headline (its dek: "Sony unveils
    // new headset\nThe device goes on sale next month.\nBy Jane Doe\nJan 8, 2024").
    let mut lines = lead[..line_start].lines().filter(|l| !l.trim().is_empty());
    let first_is_header = lines.next().map_or(true, header);
    if !first_is_header || lines.filter(|l| !header(l)).count() > 1 {
        return false;
    }
    let Some(line_end) = text[f.span.end..].find('\n').map(|p| f.span.end + p) else { return false };
    if line_end - f.span.end > 200 {
        return false;
    }
    let tail = &text[f.span.end..line_end];
    let tail_words = if is_time(tail) { 0 } else { tail.split_whitespace().count() };
    lead[line_start..].split_whitespace().count() + tail_words <= 3
}

/// Whether what follows a date on its line is a time: ", 1:00 PM UTC", " at 6:00 p.m.
/// EST", ", 08:12 IST".
fn is_time(tail: &str) -> bool {
    let t = tail.trim_start_matches(&[',', ' '][..]);
    // "at 6:00", "alle 14:05", "às 20h15": one short word before the time.
    let t = match t.bytes().position(|b| b == b' ') {
        Some(p) if p <= 5 && t[..p].chars().all(char::is_lowercase) => &t[p + 1..],
        _ => t,
    };
    t.starts_with(|c: char| c.is_ascii_digit()) && t.split_whitespace().count() <= 3
}

// ---------------------------------------------------------------------------------------
// Parse: calendar arithmetic and ISO 8601

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
pub(crate) fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m as i64 + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date of a day number (inverse of [`days_from_civil`]).
pub(crate) fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { yoe + era * 400 + 1 } else { yoe + era * 400 }, m, d)
}

fn days_in_month(y: i64, m: u32) -> u32 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// ISO day of the week, Monday = 1 (1970-01-01 was a Thursday).
fn iso_weekday(days: i64) -> u32 {
    ((days + 3).rem_euclid(7) + 1) as u32
}

/// ISO 8601 week date of a day: (week-based year, week).
fn iso_week(days: i64) -> (i64, u32) {
    let thursday = days - iso_weekday(days) as i64 + 4;
    let (y, _, _) = civil_from_days(thursday);
    (y, ((thursday - days_from_civil(y, 1, 1)) / 7 + 1) as u32)
}

/// Numbers, each zero-padded to its width as `{n:04}` pads it, joined by `sep`: an ISO 8601
/// value, written without the formatting machinery (the download, issue 8).
fn iso(parts: &[(i64, usize)], sep: char) -> String {
    let mut out = String::with_capacity(10);
    for (i, &(n, width)) in parts.iter().enumerate() {
        if i > 0 {
            out.push(sep);
        }
        crate::decimal::push_signed(&mut out, n, width);
    }
    out
}

fn day(y: i64, m: u32, d: u32) -> Option<String> {
    (d <= days_in_month(y, m) && (0..=9999).contains(&y)).then(|| iso(&[(y, 4), (m.into(), 2), (d.into(), 2)], '-'))
}

fn day_of(days: i64) -> Option<String> {
    let (y, m, d) = civil_from_days(days);
    day(y, m, d)
}

/// The value of a date that needs no anchor, or `None`.
pub(crate) fn resolve_absolute(when: When) -> Option<String> {
    match when {
        When::Day { y: Some(y), m, d } => day(y, m, d),
        When::Days { y: Some(y), m1, d1, m2, d2 } => {
            let y2 = if m2 < m1 { y + 1 } else { y };
            let mut out = day(y, m1, d1)?;
            out.push('/');
            out.push_str(&day(y2, m2, d2)?);
            Some(out)
        }
        When::Month { y: Some(y), m } => Some(iso(&[(y, 4), (m.into(), 2)], '-')),
        When::Year(y) => Some(iso(&[(y, 4)], '/')),
        When::Years(a, b) => Some(iso(&[(a, 4), (b, 4)], '/')),
        When::Decade(y) => Some(iso(&[(y, 4), (y + 9, 4)], '/')),
        // ISO 8601 writes a century as its first two digits: the 19th century is "18".
        When::Century(n) if (1..=99).contains(&n) => Some(iso(&[(n - 1, 2)], '/')),
        _ => None,
    }
}

/// The year that puts month `m`, day `d` nearest the anchor.
fn nearest_year(anchor: i64, m: u32, d: u32) -> i64 {
    let (ay, _, _) = civil_from_days(anchor);
    let d = d.min(days_in_month(ay, m));
    (ay - 1..=ay + 1).min_by_key(|&y| (days_from_civil(y, m, d) - anchor).abs()).unwrap_or(ay)
}

/// The value of a date against the anchor (days since 1970-01-01).
pub(crate) fn resolve(when: When, anchor: i64) -> Option<String> {
    let (ay, am, _) = civil_from_days(anchor);
    match when {
        When::Day { y: None, m, d } => resolve_absolute(When::Day { y: Some(nearest_year(anchor, m, d)), m, d }),
        When::Days { y: None, m1, d1, m2, d2 } => {
            resolve_absolute(When::Days { y: Some(nearest_year(anchor, m1, d1)), m1, d1, m2, d2 })
        }
        When::Month { y: None, m } => {
            let here = ay * 12 + am as i64;
            let y = (ay - 1..=ay + 1).min_by_key(|&y| (y * 12 + m as i64 - here).abs()).unwrap_or(ay);
            resolve_absolute(When::Month { y: Some(y), m })
        }
        When::Before { m, d } => {
            let (_, _, ad) = civil_from_days(anchor);
            let y = if (m, d) <= (am, ad) { ay } else { ay - 1 };
            match d {
                0 => resolve_absolute(When::Month { y: Some(y), m }),
                _ => day(y, m, d),
            }
        }
        When::Weekday { wd, ahead, strict } => {
            let today = iso_weekday(anchor) as i64;
            let wd = wd as i64;
            // The anchor's own day is that day, ahead or back ("will vote on Thursday" in a
            // text of Thursday is today); "next"/"last" (`strict`) move a week.
            let offset = if ahead {
                let k = (wd - today).rem_euclid(7);
                if k == 0 && strict {
                    7
                } else {
                    k
                }
            } else {
                let k = (today - wd).rem_euclid(7);
                if k == 0 && strict {
                    -7
                } else {
                    -k
                }
            };
            day_of(anchor + offset)
        }
        When::RelDays(n) => day_of(anchor + n),
        When::RelWeeks(n) => {
            let (y, w) = iso_week(anchor + 7 * n);
            let mut out = iso(&[(y, 4)], '-');
            out.push_str("-W");
            crate::decimal::push_int(&mut out, w.into(), 2);
            Some(out)
        }
        When::RelMonths(n) => {
            let k = ay * 12 + am as i64 - 1 + n;
            Some(iso(&[(k.div_euclid(12), 4), (k.rem_euclid(12) + 1, 2)], '-'))
        }
        When::RelYears(n) => Some(iso(&[(ay + n, 4)], '/')),
        When::MonthDay(d) => {
            // This month's, last month's or next month's, whichever is nearest.
            let here = ay * 12 + am as i64 - 1;
            (here - 1..=here + 1)
                .filter_map(|k| {
                    let (y, m) = (k.div_euclid(12), k.rem_euclid(12) as u32 + 1);
                    (d <= days_in_month(y, m)).then(|| days_from_civil(y, m, d))
                })
                .min_by_key(|&days| (days - anchor).abs())
                .and_then(day_of)
        }
        other => resolve_absolute(other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lang;

    fn dates(text: &str) -> Vec<(String, Option<String>)> {
        dates_in(text, Lang::En)
    }

    fn dates_in(text: &str, lang: Lang) -> Vec<(String, Option<String>)> {
        let sentences = crate::segment::split_spans(text, lang);
        extract(&Input { text, sentences: &sentences, lang, alone: None, stems: None }, &scan::tokens(text))
            .into_iter()
            .map(|d| {
                assert_eq!(&text[d.at.span.range()], d.text);
                (d.text.to_string(), d.value)
            })
            .collect()
    }

    fn pairs(v: &[(&str, Option<&str>)]) -> Vec<(String, Option<String>)> {
        v.iter().map(|(a, b)| (a.to_string(), b.map(str::to_string))).collect()
    }

    #[test]
    fn calendar_round_trips() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(civil_from_days(days_from_civil(2024, 2, 29)), (2024, 2, 29));
        assert_eq!(iso_weekday(days_from_civil(2023, 5, 1)), 1);
        assert_eq!(iso_week(days_from_civil(2023, 5, 1)), (2023, 18));
        assert_eq!(iso_week(days_from_civil(2021, 1, 3)), (2020, 53));
    }

    #[test]
    fn absolute_dates() {
        let text = "It opened on September 30, 2023, closed 30 September 2024 and reopened on 2025-09-30 \
                    (or 9/30/2026). It was founded in 1998 and grew in the 1990s.";
        assert_eq!(
            dates(text),
            pairs(&[
                ("September 30, 2023", Some("2023-09-30")),
                ("30 September 2024", Some("2024-09-30")),
                ("2025-09-30", Some("2025-09-30")),
                ("9/30/2026", Some("2026-09-30")),
                ("1998", Some("1998")),
                ("1990s", Some("1990/1999")),
            ])
        );
    }

    #[test]
    fn missing_year_comes_from_the_anchor() {
        let text = "date 2023-05-01 Talks open Oct. 1–3 and resume in mid-July. Sept. 30 is the deadline.";
        assert_eq!(
            dates(text),
            pairs(&[
                ("2023-05-01", Some("2023-05-01")),
                ("Oct. 1–3", Some("2023-10-01/2023-10-03")),
                ("mid-July", Some("2023-07")),
                ("Sept. 30", Some("2023-09-30")),
            ])
        );
        let no_anchor = "Talks open Oct. 1–3 and resume in mid-July.";
        assert_eq!(dates(no_anchor), pairs(&[("Oct. 1–3", None), ("mid-July", None)]));
    }

    #[test]
    fn relative_dates_resolve_against_the_anchor() {
        // 2023-05-01 was a Monday, in ISO week 18.
        let text = "published: May 1, 2023\nThe minister resigned on Friday. Talks failed yesterday. \
                    The vote will be held on Thursday. Prices rose last week and two days ago, \
                    and will rise next month and next year.";
        assert_eq!(
            dates(text),
            pairs(&[
                ("May 1, 2023", Some("2023-05-01")),
                ("Friday", Some("2023-04-28")),
                ("yesterday", Some("2023-04-30")),
                ("Thursday", Some("2023-05-04")),
                ("last week", Some("2023-W17")),
                ("two days ago", Some("2023-04-29")),
                ("next month", Some("2023-06")),
                ("next year", Some("2024")),
            ])
        );
        let no_anchor = "The minister resigned on Friday. Talks failed yesterday.";
        assert_eq!(dates(no_anchor), pairs(&[("Friday", None), ("yesterday", None)]));
    }

    #[test]
    fn datelines_anchor() {
        let text = "LAGOS, May 1 (Reuters) - Gunmen attacked a convoy on Sunday, police said. \
                    A similar attack on April 2, 2019 killed four.";
        assert_eq!(
            dates(text),
            pairs(&[
                ("May 1", Some("2019-05-01")),
                ("Sunday", Some("2019-04-28")),
                ("April 2, 2019", Some("2019-04-02"))
            ])
        );
        // A bare year says nothing of the dateline's year: no anchor.
        let text = "LAGOS, May 1 (Reuters) - Gunmen attacked a convoy on Sunday, police said. \
                    The 2019 election was calm.";
        assert_eq!(dates(text), pairs(&[("May 1", None), ("Sunday", None), ("2019", Some("2019"))]));
        let text = "AL-AIN , United Arab Emirates 1996-12-06\nJapan began the defence of their title on Friday.";
        assert_eq!(dates(text)[1], ("Friday".to_string(), Some("1996-12-06".to_string())));
    }

    #[test]
    fn a_date_line_under_the_headline_anchors() {
        let text = "Fed holds rates steady\n\nBy Claire Jones in Washington\nMarch 20, 2024\n\n\
                    The Federal Reserve left rates unchanged on Wednesday. Prices rose in February.";
        assert_eq!(
            dates(text),
            pairs(&[
                ("March 20, 2024", Some("2024-03-20")),
                ("Wednesday", Some("2024-03-20")),
                ("February", Some("2024-02"))
            ])
        );
        // Not below a paragraph of prose, and not a date run across lines.
        let text = "The Federal Reserve left rates unchanged, officials said at a briefing today.\nMarch 20, 2024\nIt met on Wednesday.";
        assert!(dates(text).contains(&("Wednesday".to_string(), None)), "{:?}", dates(text));
        let text = "Headingley\n\nFriday, 25 February\n\n2000 GMT\n\nThe game on Friday went ahead.";
        assert!(
            dates(text).iter().all(|(_, v)| v.as_deref().map_or(true, |v| !v.starts_with("2000-"))),
            "{:?}",
            dates(text)
        );
    }

    #[test]
    fn a_date_line_with_a_time_a_source_or_under_a_dek_anchors() {
        for head in [
            "Sony unveils new headset\nBy Jane Doe\nJan 8, 2024, 1:00 PM UTC",
            "Sony unveils new headset\nJanuary 8, 2024 at 6:00 p.m. EST",
            "Sony unveils new headset\nTNN / Updated: Jan 8, 2024, 08:12 IST",
            "Sony unveils new headset\nNew Delhi | Updated: Jan 8, 2024 10:41 IST",
            "Sony unveils new headset\nJane Doe · CBC News · Posted: Jan 8, 2024 4:00 AM ET",
            "Sony unveils new headset\nThe device goes on sale next month.\nBy Jane Doe\nJan 8, 2024",
        ] {
            let text = format!("{head}\n\nSony said on Monday that the headset goes on sale next Friday.");
            let found = dates(&text);
            assert!(found.contains(&("Monday".to_string(), Some("2024-01-08".to_string()))), "{head}: {found:?}");
            assert!(found.contains(&("next Friday".to_string(), Some("2024-01-12".to_string()))), "{head}: {found:?}");
        }
        // Not after words that are no time, nor under two sentences of prose.
        for head in [
            "Sony unveils new headset\nJan 8, 2024, the day the company chose",
            "Sony unveils new headset\nThe device goes on sale next month.\nIt costs less than the last one did.\nJan 8, 2024",
        ] {
            let text = format!("{head}\n\nSony said on Monday that the headset goes on sale next Friday.");
            assert!(dates(&text).contains(&("Monday".to_string(), None)), "{head}: {:?}", dates(&text));
        }
    }

    #[test]
    fn since_a_month_and_a_past_in_a_month_look_back() {
        // A text of 2023-11-14: next April is nearer than the last, but "since April" is past.
        let text = "date 2023-11-14 Stocks had their best day since April and the best week since May 3. \
                    Sales fell in June. The vote is expected in April and will be held in March.";
        assert_eq!(
            dates(text),
            pairs(&[
                ("2023-11-14", Some("2023-11-14")),
                ("April", Some("2023-04")),
                ("May 3", Some("2023-05-03")),
                ("June", Some("2023-06")),
                ("April", Some("2024-04")),
                ("March", Some("2024-03")),
            ])
        );
        // "since December" on December 1 is this December; "since" a day after the anchor's is last year's.
        assert_eq!(dates("date 2023-12-01 Up since December.")[1].1.as_deref(), Some("2023-12"));
        assert_eq!(dates("date 2023-12-01 Up since December 5.")[1].1.as_deref(), Some("2022-12-05"));
    }

    #[test]
    fn a_date_glued_to_the_first_sentence_anchors() {
        for text in [
            "May 1, 2023 Officials said the bridge would reopen on Friday.",
            "Mon 1 May 2023 10.41 BST Officials said the bridge would reopen on Friday.",
            "By Jane Doe | May 1, 2023 Officials said the bridge would reopen on Friday.",
        ] {
            assert!(
                dates(text).contains(&("Friday".to_string(), Some("2023-05-05".to_string()))),
                "{text}: {:?}",
                dates(text)
            );
        }
        // A sentence about that day, and a date further on, anchor nothing.
        for text in [
            "May 1, 2023 was the day the bridge reopened, and on Friday it closed.",
            "Officials said on May 1, 2023 The bridge would reopen on Friday.",
        ] {
            assert!(dates(text).contains(&("Friday".to_string(), None)), "{text}: {:?}", dates(text));
        }
    }

    #[test]
    fn short_decades() {
        // bbc-entertainment-120: "disco in the 70s" is a decade, not the number 70.
        assert_eq!(
            dates("Disco ruled in the 70s and the '80s."),
            pairs(&[("70s", Some("1970/1979")), ("'80s", Some("1980/1989"))])
        );
    }

    #[test]
    fn generic_days_and_titles_are_not_dates() {
        // bbc-politics-198, bbc-tech-311: a habit, and a game called "Pandora Tomorrow".
        let text = "date 2023-05-01 If you come on a Friday or every Saturday, play Pandora Tomorrow.";
        assert_eq!(dates(text), pairs(&[("2023-05-01", Some("2023-05-01"))]));
    }

    #[test]
    fn a_day_name_before_a_plural_noun_is_a_kind_of_day() {
        let text = "date 2024-04-23 Saturday and Sunday trains will run as normal. Sunday services were \
                    cancelled. The shop shuts on Sundays. The Sunday papers are thin.";
        assert_eq!(dates(text), pairs(&[("2024-04-23", Some("2024-04-23"))]));
        // 2024-04-23 was a Tuesday. A date: after "on", possessive, before a verb or a day.
        let text = "date 2024-04-23 On Sunday trains ran late. Sunday's vote was close. Sunday marks \
                    the end. It happened last Sunday, not on Sunday, March 3.";
        assert_eq!(
            dates(text),
            pairs(&[
                ("2024-04-23", Some("2024-04-23")),
                ("Sunday", Some("2024-04-21")),
                ("Sunday's", Some("2024-04-21")),
                ("Sunday", Some("2024-04-21")),
                ("last Sunday", Some("2024-04-21")),
                ("Sunday, March 3", Some("2024-03-03")),
            ])
        );
    }

    #[test]
    fn a_schedule_in_the_present_tense_looks_ahead() {
        // 2024-04-23 was a Tuesday.
        let text = "date 2024-04-23 Arsenal beat Chelsea 3-1 on Tuesday. Arsenal travel to Tottenham on \
                    Sunday, while Chelsea host Aston Villa on Saturday.";
        assert_eq!(
            dates(text),
            pairs(&[
                ("2024-04-23", Some("2024-04-23")),
                ("Tuesday", Some("2024-04-23")),
                ("Sunday", Some("2024-04-28")),
                ("Saturday", Some("2024-04-27")),
            ])
        );
        let ahead = [
            "Chelsea take on Barcelona on Wednesday.",
            "Charles Clarke faces his first real test on Wednesday.",
            "Liverpool, who play Newcastle on Wednesday, are fifth.",
            "They host Rangers on Wednesday.",
            "The results will be announced on Wednesday.",
            "An announcement will be made by the club on Wednesday.",
            "Voters go to the polls in next Wednesday's election.",
            "A warning starts on Wednesday evening and runs until Sunday.",
            "The festival begins on Wednesday.",
            "The film opens in the UK on Wednesday.",
            "Most customers will have power back by midnight Wednesday.",
            "Crews said power would be restored by Wednesday.",
            "He must decide by midday on Wednesday.",
        ];
        for text in ahead {
            let got = dates(&format!("date 2024-04-23 {text}"));
            assert_eq!(got[1].1.as_deref(), Some("2024-04-24"), "{text}");
        }
        // The anchor's own day name, looking ahead, is that day; "next" moves a week.
        for (text, want) in [
            ("The truce was due to take effect on Tuesday.", "2024-04-23"),
            ("The Senate will vote on Tuesday.", "2024-04-23"),
            ("The Senate will vote next Tuesday.", "2024-04-30"),
        ] {
            let got = dates(&format!("date 2024-04-23 {text}"));
            assert_eq!(got[1].1.as_deref(), Some(want), "{text}");
        }
        // A deadline with a clock time, read as one sentence (the splitter's concern).
        let text = "date 2024-04-23 Most customers should have power back by 11 p.m. Wednesday.";
        let whole = [Span::new(0, text.len())];
        let input = Input { text, sentences: &whole, lang: Lang::En, alone: None, stems: None };
        let got = extract(&input, &scan::tokens(text));
        assert_eq!(got.last().and_then(|d| d.value.as_deref()), Some("2024-04-24"));
        // A past in the clause, or a noun after a name ("Champions League win"), looks back.
        let back = [
            "Arsenal beat Chelsea on Wednesday.",
            "Blunkett met his EU counterparts on Wednesday.",
            "He was hurt in the FA Cup defeat at Newcastle on Wednesday.",
            "Almunia erred in Arsenal's Champions League win on Wednesday.",
            "Arsenal fans on Wednesday celebrated.",
            "The report criticised Arsenal fans on Wednesday.",
            "Poll allowed Arsenal striker Thierry Henry's free-kick in Wednesday's draw.",
            "I spoke to him on Wednesday and he would take it.",
            "Shares in Dortmund slipped on Monday despite the club agreeing a plan on Wednesday.",
            "Talks broke down before last Wednesday's deadline.",
            "By Wednesday, the city was in crisis.",
            "The memo was seen by The Mail on Wednesday.",
            "The crews had arrived by Wednesday.",
        ];
        for text in back {
            let got = dates(&format!("date 2024-04-23 {text}"));
            assert_eq!(got.last().and_then(|d| d.1.as_deref()), Some("2024-04-17"), "{text}");
        }
    }

    #[test]
    fn titles_far_cues_and_headlines_with_day_names() {
        // 2024-04-23 was a Tuesday.
        let text = "date 2024-04-23 Thanks for reading The Tuesday Digest! Fans of Anna's Monday Notes wrote in.";
        assert_eq!(dates(text), pairs(&[("2024-04-23", Some("2024-04-23"))]));
        let text = "Sunday Digest\ndate 2024-04-23 The vote was held on Sunday.";
        assert_eq!(dates(text), pairs(&[("2024-04-23", Some("2024-04-23")), ("Sunday", Some("2024-04-21"))]));
        let ahead = [
            "The storm is expected to bring rain of up to 40mm (1.6in) to the hills of the north on Wednesday.",
            "The bank will cut its rate on Wednesday.",
        ];
        for text in ahead {
            let got = dates(&format!("date 2024-04-23 {text}"));
            assert_eq!(got.last().and_then(|d| d.1.as_deref()), Some("2024-04-24"), "{text}");
        }
        let back = ["The Bank cut its main rate by a quarter point on Wednesday.", "She hit a record on Wednesday."];
        for text in back {
            let got = dates(&format!("date 2024-04-23 {text}"));
            assert_eq!(got.last().and_then(|d| d.1.as_deref()), Some("2024-04-17"), "{text}");
        }
        let text = "Parking fees for city visitors from Wednesday\nPublished 23 April 2024\nThe council set the fee.";
        assert_eq!(dates(text)[0].1.as_deref(), Some("2024-04-24"));
    }

    #[test]
    fn a_head_date_with_a_time_under_a_long_headline_anchors() {
        let text = "Cronaca\nRoma, il comune approva il nuovo piano per il traffico nelle strade del centro dal mese \
                    prossimo\n3 Febbraio 2024 alle 10:30\nIl piano vale da giovedì 8 febbraio.";
        let got = dates_in(text, Lang::It);
        assert_eq!(got.last().and_then(|d| d.1.as_deref()), Some("2024-02-08"), "{got:?}");
    }

    #[test]
    fn not_dates() {
        // Modal "may", a name, money, counts, a percentage.
        let text = "It may rain. Theresa May spoke to the May government. He paid $2000 for 1500 tickets; \
                    2000 protesters came; sales rose 2000%. March on!";
        assert!(dates(text).is_empty(), "{:?}", dates(text));
    }

    #[test]
    fn day_month_year_in_other_languages() {
        let cases = [
            (Lang::De, "Das Kabinett entscheidet am 3. Mai 2024.", "3. Mai 2024"),
            (Lang::Fr, "Les travaux commenceront le 3 mai 2024.", "3 mai 2024"),
            (Lang::Es, "El plan entrará en vigor el 3 de mayo de 2024.", "3 de mayo de 2024"),
            (Lang::It, "I lavori inizieranno il 3 maggio 2024.", "3 maggio 2024"),
            (Lang::Pt, "As obras começam a 3 de maio de 2024.", "3 de maio de 2024"),
            (Lang::Nl, "De werkzaamheden beginnen op 3 mei 2024.", "3 mei 2024"),
        ];
        for (lang, text, date) in cases {
            assert_eq!(dates_in(text, lang), pairs(&[(date, Some("2024-05-03"))]), "{lang}");
        }
        assert_eq!(
            dates_in("Las ayudas llegarán en enero de 2025 y el 1º de marzo.", Lang::Es),
            pairs(&[("enero de 2025", Some("2025-01")), ("1º de marzo", None)])
        );
        // German months are capitalized: "mai" is no German month; English words are not dates there.
        assert_eq!(
            dates_in("Er sagte mai 2024 und may 2024 nicht.", Lang::De),
            pairs(&[("2024", Some("2024")), ("2024", Some("2024"))])
        );
    }

    #[test]
    fn day_names_in_other_languages_resolve_against_the_dateline() {
        // 2024-05-02 was a Thursday.
        let text = "BERLIN, 2. Mai 2024 (dpa) - Die Regierung hat am Mittwoch einen Entwurf vorgelegt. \
                    Das Kabinett soll am Freitag entscheiden. Gestern gab es Kritik.";
        assert_eq!(
            dates_in(text, Lang::De),
            pairs(&[
                ("2. Mai 2024", Some("2024-05-02")),
                ("Mittwoch", Some("2024-05-01")),
                ("Freitag", Some("2024-05-03")),
                ("Gestern", Some("2024-05-01")),
            ])
        );
        let text = "MADRID, 2 de mayo de 2024 - El Gobierno aprobó el martes un plan que el Congreso votará el lunes.";
        assert_eq!(
            dates_in(text, Lang::Es),
            pairs(&[
                ("2 de mayo de 2024", Some("2024-05-02")),
                ("martes", Some("2024-04-30")),
                ("lunes", Some("2024-05-06")),
            ])
        );
        let text = "PARIS, 2 mai 2024 (AFP) - Les ventes ont baissé la semaine dernière et cette année, \
                    après une hausse l'an dernier.";
        assert_eq!(
            dates_in(text, Lang::Fr),
            pairs(&[
                ("2 mai 2024", Some("2024-05-02")),
                ("semaine dernière", Some("2024-W17")),
                ("cette année", Some("2024")),
                ("l'an dernier", Some("2023")),
            ])
        );
        // Outside German a capitalized day name inside a sentence is a name.
        assert_eq!(dates_in("Cantó Plácido Domingo en Madrid.", Lang::Es), pairs(&[]));
    }

    #[test]
    fn short_month_names_in_other_languages() {
        // 2023-04-14 was a Friday.
        let text = "Publié le 14 avr. 2023\nLe gouvernement a présenté mercredi son plan.";
        assert_eq!(
            dates_in(text, Lang::Fr),
            pairs(&[("14 avr. 2023", Some("2023-04-14")), ("mercredi", Some("2023-04-12"))])
        );
        let text = "Madrid - 26 dic 2022 - 13:45 CET\n\nEl Consejo de Ministros ha aprobado un paquete.";
        assert_eq!(dates_in(text, Lang::Es), pairs(&[("26 dic 2022", Some("2022-12-26"))]));
        // The day is part of the date, no number of its own (as in "26 de diciembre de 2022").
        let sentences = crate::segment::split_spans(text, Lang::Es);
        let input = Input { text, sentences: &sentences, lang: Lang::Es, alone: None, stems: None };
        let toks = scan::tokens(text);
        assert!(super::super::numbers::extract(&input, &toks, &extract(&input, &toks)).is_empty());
        let cases = [
            (
                Lang::Fr,
                "Le 3 janv. 2024, le 5 févr. 2024 et le 9 juil. à Paris.",
                &["3 janv. 2024", "5 févr. 2024", "9 juil."][..],
            ),
            (Lang::Fr, "Du 2 sept. 2023 au 4 oct. 2023, puis le 5 déc.", &["2 sept. 2023", "4 oct. 2023", "5 déc."]),
            (
                Lang::Es,
                "Entre el 3 ene 2024, el 8 abr. 2024 y el 15 ago 2024.",
                &["3 ene 2024", "8 abr. 2024", "15 ago 2024"],
            ),
            (Lang::Es, "Del 1 sept. 2024 al 2 sep 2024.", &["1 sept. 2024", "2 sep 2024"]),
            (Lang::It, "Aggiornato il 3 ott 2024 e il 5 giu. 2024.", &["3 ott 2024", "5 giu. 2024"]),
            (Lang::Pt, "Publicado em 3 out 2024.", &["3 out 2024"]),
        ];
        for (lang, text, want) in cases {
            let got: Vec<String> = dates_in(text, lang).into_iter().map(|d| d.0).collect();
            assert_eq!(got, want, "{lang}: {text}");
        }
        // The same short words elsewhere: "sept" is seven, "ago" English, "mar" the sea, "set"
        // a tennis set; not dates without a day and a year or a plain end.
        let not_dates = [
            (Lang::Fr, "Les 14 sept personnes sont arrivées en sept heures."),
            (Lang::Es, "Hace un año ago, dijo. Vivía en mar abierto desde 3 mar Caribe."),
            (Lang::It, "Ha vinto in 3 set. Poi ha perso in 2 set contro Nadal."),
        ];
        for (lang, text) in not_dates {
            assert!(dates_in(text, lang).is_empty(), "{lang}: {:?}", dates_in(text, lang));
        }
    }

    #[test]
    fn metadata_lines_of_other_languages_anchor() {
        // 2024-05-03 was a Friday.
        let text =
            "Publié le 3 mai 2024 à 10h12\nLe gouvernement a présenté mercredi son plan. Le vote aura lieu demain.";
        assert_eq!(
            dates_in(text, Lang::Fr),
            pairs(&[
                ("3 mai 2024", Some("2024-05-03")),
                ("mercredi", Some("2024-05-01")),
                ("demain", Some("2024-05-04"))
            ])
        );
        let text = "Regierung entscheidet\nVeröffentlicht am 3. Mai 2024, 10:12 Uhr\nDie Regierung hat am Mittwoch entschieden.";
        assert_eq!(
            dates_in(text, Lang::De),
            pairs(&[("3. Mai 2024", Some("2024-05-03")), ("Mittwoch", Some("2024-05-01"))])
        );
    }
}
