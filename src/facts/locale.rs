//! How languages other than English write numbers and dates: the digit separators, and the
//! words of `src/data/<lang>/numbers.txt` and `dates.txt` (scales, currencies, percent
//! words, number words; months, day names, relative days). English keeps its own tables
//! (`src/facts/lexicon.rs`); a language without these files keeps the English words too.

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

/// The value of a numeral written in `style`; `None` when it is not well formed there
/// ("1.5" in German, "1,23,4" anywhere), so that an ambiguous numeral gives no fact
/// rather than a wrong one.
pub(crate) fn parse_numeral(s: &str, style: Digits) -> Option<f64> {
    let (group, decimal) = match style {
        Digits::Comma => (',', '.'),
        Digits::Dot => ('.', ','),
        // "3.000" is sometimes written in French too; a "." then only groups.
        Digits::Space => ('.', ','),
    };
    let (int, frac) = match s.split_once(decimal) {
        Some((a, b)) if !b.contains(['.', ',']) => (a, b),
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

/// The number and date words of one language.
#[derive(Default)]
pub(crate) struct Locale {
    scales: Map<String, (f64, bool)>,
    currencies: Map<String, &'static str>,
    percent: Vec<Vec<String>>,
    links: Vec<String>,
    words: Map<String, f64>,
    adjectives: Vec<String>,
    plurals: Vec<String>,
    units: Vec<String>,
    months: Map<String, u32>,
    weekdays: Map<String, u32>,
    rel: Map<String, i64>,
    cues: Vec<String>,
    date_links: Vec<String>,
    ahead: Vec<String>,
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
    static CELLS: [OnceLock<Locale>; 6] = [const { OnceLock::new() }; 6];
    let k = FILES.iter().position(|f| f.0 == lang)?;
    Some(CELLS[k].get_or_init(|| Locale::parse(FILES[k].1, FILES[k].2)))
}

impl Locale {
    fn parse(numbers: &'static str, dates: &'static str) -> Locale {
        let mut l = Locale::default();
        let all = lines(numbers).map(|l| (l, false)).chain(lines(dates).map(|l| (l, true)));
        for (line, date) in all {
            let f: Vec<&str> = line.split_whitespace().collect();
            let key = || f.get(1).map(|w| w.lower()).unwrap_or_default();
            let num = |k: usize| f.get(k).and_then(|v| v.parse::<f64>().ok());
            match (f[0], f.len()) {
                ("scale", 3..) => {
                    if let Some(v) = num(2) {
                        l.scales.insert(key(), (v, f.get(3) == Some(&"dot")));
                    }
                }
                ("currency", 3) => {
                    l.currencies.insert(key(), f[2]);
                }
                ("percent", 2..) => l.percent.push(f[1..].iter().map(|w| w.lower()).collect()),
                ("link", 2) if date => l.date_links.push(key()),
                ("link", 2) => l.links.push(key()),
                ("word", 3) => {
                    if let Some(v) = num(2) {
                        l.words.insert(key(), v);
                    }
                }
                ("adj", 2) => l.adjectives.push(key()),
                ("plural", _) => l.plurals.extend(f[1..].iter().map(|w| w.to_string())),
                ("unit", 2) => l.units.push(key()),
                ("month", 3) => {
                    if let Some(v) = num(2) {
                        l.months.insert(key(), v as u32);
                    }
                }
                ("weekday", 3) => {
                    if let Some(v) = num(2) {
                        l.weekdays.insert(key(), v as u32);
                    }
                }
                ("rel", 3) => {
                    if let Some(v) = num(2) {
                        l.rel.insert(key(), v as i64);
                    }
                }
                ("cue", 2) => l.cues.push(key()),
                ("ahead", 2) => l.ahead.push(key()),
                ("capitalized", 1) => l.capitalized = true,
                _ => {}
            }
        }
        l
    }

    /// The factor of a scale word ("Milliarden" → 1e9), and whether it is an abbreviation
    /// that needs its period ("Mrd.").
    pub fn scale(&self, w: &str) -> Option<(f64, bool)> {
        self.scales.get(&w.lower()).copied()
    }

    /// The ISO 4217 code of a currency named after a number ("euros" → EUR).
    pub fn currency(&self, w: &str) -> Option<&'static str> {
        self.currencies.get(&w.lower()).copied()
    }

    /// The percent phrases ("pour cent"), each as its lower-case words.
    pub fn percent(&self) -> &[Vec<String>] {
        &self.percent
    }

    /// Whether `w` links a scale to its currency ("de" in "millones de euros").
    pub fn is_link(&self, w: &str) -> bool {
        self.links.iter().any(|l| *l == w.lower())
    }

    /// The value of a number word ("sechs" → 6).
    pub fn number_word(&self, w: &str) -> Option<f64> {
        self.words.get(&w.lower()).copied()
    }

    /// Whether `w` is an adjective that may stand between a number and its noun.
    pub fn is_adjective(&self, w: &str) -> bool {
        self.adjectives.iter().any(|l| *l == w.lower())
    }

    /// Whether `w` ends like a plural noun (any word when the language lists no endings).
    pub fn is_plural(&self, w: &str) -> bool {
        self.plurals.is_empty() || self.plurals.iter().any(|p| w.ends_with(p.as_str()))
    }

    /// Whether `w` is a unit of measure.
    pub fn is_unit(&self, w: &str) -> bool {
        self.units.iter().any(|l| *l == w.lower())
    }

    /// The month number of a month name ("Mai" → 5).
    pub fn month(&self, w: &str) -> Option<u32> {
        self.months.get(&w.lower()).copied()
    }

    /// The ISO day number of a day name ("mercredi" → 3).
    pub fn weekday(&self, w: &str) -> Option<u32> {
        self.weekdays.get(&w.lower()).copied()
    }

    /// Days from the text's date of a relative day word ("gestern" → -1).
    pub fn relative_day(&self, w: &str) -> Option<i64> {
        self.rel.get(&w.lower()).copied()
    }

    /// Whether `w` makes a following bare month or year a date ("im", "en").
    pub fn is_cue(&self, w: &str) -> bool {
        self.cues.iter().any(|l| *l == w.lower())
    }

    /// Whether `w` stands between day, month and year ("de").
    pub fn is_date_link(&self, w: &str) -> bool {
        self.date_links.iter().any(|l| *l == w.lower())
    }

    /// Whether `w` points a day name forward: a listed word ("wird", "sera") or ending
    /// (listed with a leading "-": "-ra" for "annoncera").
    pub fn is_ahead(&self, w: &str) -> bool {
        let lw = w.lower();
        self.ahead.iter().any(|l| match l.strip_prefix('-') {
            Some(end) => lw.len() > end.len() + 2 && lw.ends_with(end),
            None => *l == lw,
        })
    }

    /// Whether a month name is the abbreviation of a longer one ("janv" of "janvier"),
    /// written with a period.
    pub fn is_abbreviation(&self, w: &str) -> bool {
        let lw = w.lower();
        self.months
            .iter()
            .any(|(k, m)| k.len() > lw.len() && k.starts_with(lw.as_str()) && Some(*m) == self.months.get(&lw).copied())
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
}
