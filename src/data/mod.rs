//! Word lists compiled in from `src/data/<lang>/*.txt`: one item a line, `#` starts a
//! comment line (each file opens with a `# source:` header). Parsed once, on first use. A
//! list whose header holds the line `# set` is read only as a set, so `build.rs` compiles it
//! in sorted (446 bytes less of the gzipped download for the first 29 such lists; the
//! abbreviation and sentence-starter lists, 26 more, another 43 bytes for the English page
//! and 69 for the module with every language). The function-word lists are sets too, but
//! sorted they made the module with every language 97 bytes larger (the English page 159
//! bytes smaller).

use std::sync::OnceLock;

use crate::hash::Set;

/// The non-comment, non-empty lines of a list, trimmed.
pub fn lines(raw: &'static str) -> impl Iterator<Item = &'static str> {
    raw.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// A lazily built set over a list.
pub struct WordSet {
    raw: &'static str,
    set: OnceLock<Set<&'static str>>,
}

impl WordSet {
    /// A set over `raw` (an `include_str!` list), built on first use.
    pub const fn new(raw: &'static str) -> WordSet {
        WordSet { raw, set: OnceLock::new() }
    }

    /// The parsed set.
    pub fn get(&self) -> &Set<&'static str> {
        self.set.get_or_init(|| lines(self.raw).collect())
    }

    /// Whether `word` (already in the list's case) is in the list.
    pub fn contains(&self, word: &str) -> bool {
        self.get().contains(word)
    }
}

/// English stop words (lower case).
pub static EN_STOPWORDS: WordSet = WordSet::new(crate::data_file!("en/stopwords.txt"));

/// English month names and their abbreviations (lower case, without a period), for the
/// line classifiers that recognise dates in metadata lines ("Updated Jan 5", "date May 1").
pub(crate) const MONTH_WORDS: &[&str] = &[
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// English day names and their abbreviations (lower case, without a period), for the same
/// classifiers ("Updated 10:14 AM EDT, Tue March 14, 2023").
pub(crate) const WEEKDAY_WORDS: &[&str] = &[
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Month names of Italian, Spanish, French, German, Portuguese and Dutch pages (day names of
/// Spanish and French ones), for
/// their date lines ("Venezia, 25 aprile 2024", "martes 14 de mayo de 2024", "17. Juli
/// 2024"); the English ones are in `MONTH_WORDS`. Not French "mars" (the planet).
pub(crate) fn foreign_date_word(word: &str) -> bool {
    // A set, not `bytes::one_of` over the list: the metadata tests ask for every sentence's
    // first word, and a scan of the list cost about 1,800 instructions each time.
    static WORDS: WordSet = WordSet::new(
        "gennaio\nfebbraio\nmarzo\naprile\nmaggio\ngiugno\nluglio\nagosto\nsettembre\n\
        ottobre\ndicembre\nenero\nfebrero\nabril\nmayo\njunio\njulio\nseptiembre\n\
        setiembre\noctubre\nnoviembre\ndiciembre\njanvier\nfévrier\navril\nmai\njuin\n\
        juillet\naoût\noctobre\ndécembre\njanuar\nfebruar\nmärz\njuni\njuli\noktober\n\
        dezember\njaneiro\nfevereiro\nmarço\nmaio\njunho\njulho\nsetembro\noutubro\n\
        januari\nfebruari\nmaart\nmei\naugustus\nlunes\nmartes\nmiércoles\njueves\nviernes\n\
        sábado\ndomingo\nlundi\nmardi\nmercredi\njeudi\nvendredi\nsamedi\ndimanche\n",
    );
    WORDS.contains(word)
}
