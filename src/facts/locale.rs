//! How languages other than English write numbers and dates: the digit separators, and the
//! words of `src/data/<lang>/numbers.txt` and `dates.txt` (scales, currencies, percent
//! words, number words; months, day names, relative days). English keeps its own tables
//! (`src/facts/lexicon.rs`); a language without these files keeps the English words too.

use crate::bytes::one_of;
use crate::case::Lower;
use crate::hash::Map;
use crate::Lang;
use std::sync::OnceLock;

use crate::data::lines;

/// How a language writes the digits of a numeral.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Digits {
    /// "4,500.5": `,` groups thousands, `.` marks decimals (English, and the default).
    Comma,
    /// "4.500,5": `.` groups, `,` marks decimals (German, Spanish, Italian, Dutch…).
    Dot,
    /// "4 500,5": a space (also no-break or narrow no-break) groups, `,` marks decimals
    /// (French, the Nordic and Slavic languages).
    Space,
}

/// The digit style of `lang`.
pub(crate) fn digits(lang: Lang) -> Digits {
    use Lang::*;
    match lang {
        De | Es | It | Pt | Nl | Da | Id | Tr | Ro | El | Vi => Digits::Dot,
        Fr | Sv | Nb | Fi | Pl | Cs | Sk | Ru | Uk | Bg | Hu | Kk => Digits::Space,
        _ => Digits::Comma,
    }
}

/// The value of a numeral written in `style` (the fact finders' number tokens: digits first,
/// then digits between separators); `None` when it is not well formed there ("1.5" in
/// German, "1,23" or "30.09.2023" in English), so that an ambiguous numeral gives no fact
/// rather than a wrong one.
pub(crate) fn parse_numeral(s: &str, style: Digits) -> Option<f64> {
    let (group, decimal) = match style {
        Digits::Comma => (',', '.'),
        Digits::Dot => ('.', ','),
        // "3.000" is sometimes written in French too; a "." then only groups.
        Digits::Space => ('.', ','),
    };
    let (int, frac) = match s.split_once(decimal) {
        Some((a, b)) if !b.contains(&['.', ','][..]) => (a, b),
        Some(_) => return None,
        None => (s, ""),
    };
    let mut groups = int.split(group);
    let head = groups.next()?;
    let mut digits = head.to_string();
    let mut grouped = false;
    for g in groups {
        if g.len() != 3 || !g.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        grouped = true;
        digits.push_str(g);
    }
    if head.is_empty() || grouped && head.len() > 3 || int.contains(decimal) {
        return None;
    }
    // Exact for newspaper figures: digits as an integer, then one division ("1.13" → 113 / 100).
    digits.push_str(frac);
    let n = crate::decimal::parse_whole(&digits)?;
    Some(n / 10f64.powi(frac.len() as i32))
}

/// One word's entry in a language's tables: what it is ("scale", "month"…), its value, and
/// a code or flag ("EUR", "dot").
pub(crate) struct Entry {
    pub kind: &'static str,
    pub value: f64,
    pub extra: &'static str,
}

/// The number and date words of one language. One map for every kind of word: a map per
/// kind cost a copy of the hash table's code each in the download.
#[derive(Default)]
pub(crate) struct Locale {
    /// Lower-case word → its entries.
    words: Map<String, Vec<Entry>>,
    /// Percent phrases, each as its lower-case words ("pour cent").
    percent: Vec<Vec<String>>,
    /// Plural endings of nouns; future endings that point a day name ahead ("-ra").
    plurals: Vec<&'static str>,
    ahead_endings: Vec<&'static str>,
    /// Month and day names are capitalized (German).
    pub capitalized: bool,
}

/// The languages with their own number and date words.
static FILES: [(Lang, &str, &str); 6] = [
    (Lang::De, crate::data_file!("de/numbers.txt"), crate::data_file!("de/dates.txt")),
    (Lang::Fr, crate::data_file!("fr/numbers.txt"), crate::data_file!("fr/dates.txt")),
    (Lang::Es, crate::data_file!("es/numbers.txt"), crate::data_file!("es/dates.txt")),
    (Lang::It, crate::data_file!("it/numbers.txt"), crate::data_file!("it/dates.txt")),
    (Lang::Pt, crate::data_file!("pt/numbers.txt"), crate::data_file!("pt/dates.txt")),
    (Lang::Nl, crate::data_file!("nl/numbers.txt"), crate::data_file!("nl/dates.txt")),
];

/// The words of `lang`, or `None` when it has none of its own (English among them).
pub(crate) fn get(lang: Lang) -> Option<&'static Locale> {
    if !crate::lang::OTHERS {
        return None;
    }
    static CELLS: [OnceLock<Locale>; 6] = [const { OnceLock::new() }; 6];
    let k = FILES.iter().position(|f| f.0 == lang)?;
    Some(parsed(&CELLS[k], FILES[k].1, FILES[k].2))
}

/// The words of `cell`, parsed from `numbers` and `dates` on first use. One initialiser for
/// every table of words (the CJK one too): each lazy cell's own compiled a copy of the
/// standard library's `Once` code.
pub(crate) fn parsed(cell: &'static OnceLock<Locale>, numbers: &'static str, dates: &'static str) -> &'static Locale {
    cell.get_or_init(|| Locale::parse(numbers, dates))
}

/// For a text whose language is undetermined, the language whose own number and date words
/// it uses most ("millones", "Milliarden", "mayo"), or [`Lang::Und`]. Only words English
/// does not share count: "million", "euros", "per" say nothing.
pub(crate) fn guess(text: &str, toks: &[super::scan::Tok]) -> Lang {
    if !crate::lang::OTHERS {
        return Lang::Und;
    }
    let mut counts = [0usize; 6];
    for t in toks.iter().filter(|t| t.kind == super::scan::Kind::Word) {
        let w = t.text(text);
        let english = super::lexicon::scale(w).is_some()
            || super::lexicon::month(w).is_some()
            || super::lexicon::weekday(w).is_some()
            || super::lexicon::number_word(w).is_some();
        if english {
            continue;
        }
        for (k, count) in counts.iter_mut().enumerate() {
            if let Some(l) = get(FILES[k].0) {
                let es = l.words.get(super::lexicon::Lowered::new(w).as_str());
                // A short month name is often a word of other languages ("set", "out", "ago").
                let distinct =
                    |e: &&Entry| one_of("scale weekday word", e.kind) || e.kind == "month" && !l.is_abbreviation(w);
                *count += usize::from(es.is_some_and(|es| es.iter().any(|e| distinct(&e))));
            }
        }
    }
    let best = counts.iter().copied().max().unwrap_or(0);
    match counts.iter().position(|&c| c == best) {
        Some(k) if best > 0 => FILES[k].0,
        _ => Lang::Und,
    }
}

impl Locale {
    /// The tables of a `numbers.txt` and a `dates.txt` (the Chinese, Japanese and Korean
    /// marks of `und/cjk.txt` are read the same way, see [`super::cjk`]).
    // One copy for both callers (inlined into each, it was 1.5 KB more of the download).
    #[inline(never)]
    pub(crate) fn parse(numbers: &'static str, dates: &'static str) -> Locale {
        let mut l = Locale::default();
        let all = lines(numbers).map(|l| (l, false)).chain(lines(dates).map(|l| (l, true)));
        for (line, date) in all {
            let f: Vec<&'static str> = line.split_whitespace().collect();
            match (f[0], f.len()) {
                ("capitalized", _) => l.capitalized = true,
                ("percent", 2..) => l.percent.push(f[1..].iter().map(|w| w.lower()).collect()),
                ("plural", _) => l.plurals.extend(&f[1..]),
                ("ahead", 2) if f[1].starts_with('-') => l.ahead_endings.push(&f[1][1..]),
                (kind, 2..) => {
                    // A link between day, month and year is not one between a scale and its
                    // currency ("de" is both in Spanish).
                    let kind = if kind == "link" && date { "date-link" } else { kind };
                    // The crate's own number reader: `str::parse::<f64>` would add ~10 KB to
                    // the download.
                    let v = f.get(2).copied().unwrap_or("0");
                    let value = match v.strip_prefix('-') {
                        Some(n) => crate::decimal::parse_whole(n).map(|x| -x),
                        None => crate::decimal::parse_whole(v),
                    };
                    let extra = f.get(if value.is_some() { 3 } else { 2 }).copied().unwrap_or("");
                    let e = Entry { kind, value: value.unwrap_or(0.0), extra };
                    l.words.entry(f[1].lower()).or_default().push(e);
                }
                _ => {}
            }
        }
        l
    }

    /// Whether the tables hold `w` at all: most words of a text are in none, and the date
    /// finder asks this once per word before its several questions.
    pub fn knows(&self, w: &str) -> bool {
        self.words.contains_key(super::lexicon::Lowered::new(w).as_str())
    }

    /// Every entry of `w` (in the table's case): kind, value and code or flag.
    pub(crate) fn entries(&self, w: &str) -> &[Entry] {
        self.words.get(w).map_or(&[], Vec::as_slice)
    }

    fn entry(&self, kind: &str, w: &str) -> Option<&Entry> {
        self.words.get(super::lexicon::Lowered::new(w).as_str())?.iter().find(|e| e.kind == kind)
    }

    fn has(&self, kind: &str, w: &str) -> bool {
        self.entry(kind, w).is_some()
    }

    /// The factor of a scale word ("Milliarden" → 1e9), and whether it is an abbreviation
    /// that needs its period ("Mrd.").
    pub fn scale(&self, w: &str) -> Option<(f64, bool)> {
        self.entry("scale", w).map(|e| (e.value, e.extra == "dot"))
    }

    /// The ISO 4217 code of a currency named after a number ("euros" → EUR).
    pub fn currency(&self, w: &str) -> Option<&'static str> {
        self.entry("currency", w).map(|e| e.extra)
    }

    /// The percent phrases ("pour cent"), each as its lower-case words.
    pub fn percent(&self) -> &[Vec<String>] {
        &self.percent
    }

    /// Whether `w` links a scale to its currency ("de" in "millones de euros").
    pub fn is_link(&self, w: &str) -> bool {
        self.has("link", w)
    }

    /// The value of a number word ("sechs" → 6).
    pub fn number_word(&self, w: &str) -> Option<f64> {
        self.entry("word", w).map(|e| e.value)
    }

    /// Whether `w` is an adjective that may stand between a number and its noun.
    pub fn is_adjective(&self, w: &str) -> bool {
        self.has("adj", w)
    }

    /// Whether `w` ends like a plural noun (any word when the language lists no endings).
    pub fn is_plural(&self, w: &str) -> bool {
        self.plurals.is_empty() || self.plurals.iter().any(|p| w.ends_with(p))
    }

    /// Whether a number before `w` is a clock time ("Uhr", "h").
    pub fn is_clock(&self, w: &str) -> bool {
        self.has("clock", w)
    }

    /// Whether `w` glued to a number makes an ordinal ("e" of "3e"; "." in German).
    pub fn is_ordinal(&self, w: &str) -> bool {
        self.has("ordinal", w)
    }

    /// Whether `w` is a unit of measure.
    pub fn is_unit(&self, w: &str) -> bool {
        self.has("unit", w)
    }

    /// The month number of a month name ("Mai" → 5).
    pub fn month(&self, w: &str) -> Option<u32> {
        self.entry("month", w).map(|e| e.value as u32)
    }

    /// The ISO day number of a day name ("mercredi" → 3).
    pub fn weekday(&self, w: &str) -> Option<u32> {
        self.entry("weekday", w).map(|e| e.value as u32)
    }

    /// Days from the text's date of a relative day word ("gestern" → -1).
    pub fn relative_day(&self, w: &str) -> Option<i64> {
        self.entry("rel", w).map(|e| e.value as i64)
    }

    /// How a word moves a period: -1 last, 0 this, 1 next ("letzte", "prochaine", "quest'").
    pub fn step(&self, w: &str) -> Option<i64> {
        self.entry("step", w).map(|e| e.value as i64)
    }

    /// The period a word names, `"week"`, `"month"` or `"year"` ("Woche", "année").
    pub fn period(&self, w: &str) -> Option<&'static str> {
        self.entry("period", w).map(|e| e.extra)
    }

    /// Whether `w` opens a metadata line that dates the text ("Veröffentlicht", "publié").
    pub fn is_meta(&self, w: &str) -> bool {
        self.has("meta", w)
    }

    /// Whether `w` makes a following bare month or year a date ("im", "en").
    pub fn is_cue(&self, w: &str) -> bool {
        self.has("cue", w)
    }

    /// Whether `w` stands between day, month and year ("de").
    pub fn is_date_link(&self, w: &str) -> bool {
        self.has("date-link", w)
    }

    /// Whether `w` points a day name forward: a listed word ("wird", "sera") or ending
    /// (listed with a leading "-": "-ra" for "annoncera").
    pub fn is_ahead(&self, w: &str) -> bool {
        self.has("ahead", w) || {
            let lw = w.lower();
            self.ahead_endings.iter().any(|end| lw.len() > end.len() + 2 && lw.ends_with(end))
        }
    }

    /// Whether a month name is the abbreviation of a longer one ("janv" of "janvier"),
    /// written with a period.
    pub fn is_abbreviation(&self, w: &str) -> bool {
        let lw = w.lower();
        let Some(m) = self.month(&lw) else { return false };
        self.words.iter().any(|(k, es)| {
            k.len() > lw.len()
                && k.starts_with(lw.as_str())
                && es.iter().any(|e| e.kind == "month" && e.value as u32 == m)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numerals_by_language() {
        assert_eq!(parse_numeral("3.000", Digits::Dot), Some(3000.0));
        assert_eq!(parse_numeral("1.500", Digits::Dot), Some(1500.0));
        assert_eq!(parse_numeral("2,5", Digits::Dot), Some(2.5));
        assert_eq!(parse_numeral("1.234.567,89", Digits::Dot), Some(1_234_567.89));
        assert_eq!(parse_numeral("1.5", Digits::Dot), None, "not German: no fact rather than a wrong one");
        assert_eq!(parse_numeral("1,2", Digits::Space), Some(1.2));
        assert_eq!(parse_numeral("3.000", Digits::Space), Some(3000.0));
        assert_eq!(parse_numeral("4,500.5", Digits::Comma), Some(4500.5));
        assert_eq!(parse_numeral("1,23", Digits::Comma), None);
        assert_eq!(parse_numeral("1234.567", Digits::Dot), None);
        assert_eq!(digits(Lang::En), Digits::Comma);
        assert_eq!(digits(Lang::Es), Digits::Dot);
        assert_eq!(digits(Lang::Fr), Digits::Space);
    }

    #[test]
    fn tables_parse() {
        let de = get(Lang::De).unwrap();
        assert_eq!(de.scale("Milliarden"), Some((1e9, false)));
        assert_eq!(de.scale("Mrd"), Some((1e9, true)));
        assert_eq!(de.currency("Euro"), Some("EUR"));
        assert_eq!(de.number_word("sechs"), Some(6.0));
        assert_eq!(de.month("Mai"), Some(5));
        assert_eq!(de.weekday("Mittwoch"), Some(3));
        assert!(de.capitalized && de.is_cue("im") && de.is_ahead("wird"));
        let es = get(Lang::Es).unwrap();
        assert!(es.is_link("de") && es.is_date_link("de"));
        assert_eq!(es.percent()[0], ["por", "ciento"]);
        let fr = get(Lang::Fr).unwrap();
        assert!(fr.is_link("d'") && !fr.capitalized);
        assert!(get(Lang::En).is_none());
    }

    #[test]
    fn an_undetermined_text_is_read_by_its_number_words() {
        let guess = |t: &str| super::guess(t, &crate::facts::scan::tokens(t));
        assert_eq!(guess("Costó 3.000 millones."), Lang::Es);
        assert_eq!(guess("Kosten: 3,5 Milliarden."), Lang::De);
        // English words are no evidence: "million", "euros", "May".
        assert_eq!(guess("It cost 3.5 million euros in May."), Lang::Und);
    }
}
