//! Word lists compiled in from `src/data/<lang>/*.txt`: one item a line, `#` starts a
//! comment line (each file opens with a `# source:` header). Parsed once, on first use. A
//! list whose header holds the line `# set` is read only as a set, so `build.rs` compiles it
//! in sorted (446 bytes less of the gzipped download for the first 29 such lists; the
//! abbreviation and sentence-starter lists, 26 more, another 43 bytes for the English page
//! and 69 for the module with every language). The function-word lists are sets too, but
//! sorted they made the module with every language 97 bytes larger (the English page 159
//! bytes smaller).

use crate::words::{words, Words};
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
pub(crate) const MONTH_WORDS: Words = words![
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
pub(crate) const WEEKDAY_WORDS: Words = words![
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
    const WORDS: &str = "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre dicembre \
        enero febrero abril mayo junio julio septiembre setiembre octubre noviembre diciembre janvier février \
        avril mai juin juillet août octobre décembre januar februar märz juni juli oktober dezember janeiro \
        fevereiro março maio junho julho setembro outubro januari februari maart mei augustus lunes martes \
        miércoles jueves viernes sábado domingo lundi mardi \
        mercredi jeudi vendredi samedi dimanche";
    // Bit `c - b'a'` of `STARTS[n]`: a listed word of `n` bytes begins with `c`. Most words
    // tried (every sentence's first) fail it, and the list is read only for the rest (issue 8).
    const STARTS: [u32; 16] = {
        let (list, mut starts) = (WORDS.as_bytes(), [0u32; 16]);
        let (mut at, mut start) = (0, 0);
        while at <= list.len() {
            if at == list.len() || list[at] == b' ' {
                if at > start {
                    starts[at - start] |= 1 << (list[start] - b'a');
                }
                start = at + 1;
            }
            at += 1;
        }
        starts
    };
    let Some(&first) = word.as_bytes().first() else { return false };
    first.is_ascii_lowercase()
        && STARTS.get(word.len()).is_some_and(|&s| s >> (first - b'a') & 1 == 1)
        && crate::bytes::one_of(WORDS, word)
}

#[cfg(test)]
mod tests {
    #[test]
    fn foreign_date_words_pass_the_length_and_letter_gate() {
        // The shortest and longest, accented ones, and the last of the list.
        for w in ["mai", "mei", "septiembre", "miércoles", "février", "märz", "août", "dimanche"] {
            assert!(super::foreign_date_word(w), "{w}");
        }
        // A listed word's length with another first letter, a listed first letter with
        // another length, capitals, English months, the planet.
        for w in ["the", "mais", "juilleta", "Juli", "april", "mars", "", "m", "vendredis"] {
            assert!(!super::foreign_date_word(w), "{w}");
        }
    }
}
