//! The word tables of the date, number and quote finders (`src/data/en/*.txt`), parsed once.

use crate::case::Lower;
use crate::hash::Map;
use std::borrow::Cow;
use std::sync::OnceLock;

use crate::data::{lines, WordSet};

/// A table of `key value…` lines, keyed by the first field.
pub(crate) struct Table {
    raw: &'static str,
    map: OnceLock<Keyed>,
}

/// A parsed [`Table`]: its map, and by a key's first byte (its low six bits) which key
/// lengths occur (bit `len`, bit 31 for 31 and longer). Most words a finder looks up are
/// in no table, and this turns most of them away before hashing ("the" is no month; these
/// look-ups run on every word, issue 8).
struct Keyed {
    map: Map<&'static str, Vec<&'static str>>,
    lengths: [u32; 64],
}

/// The slot and the bit of a key in [`Keyed::lengths`].
fn length_bit(key: &str) -> (usize, u32) {
    let first = key.as_bytes().first().copied().unwrap_or(0);
    (usize::from(first & 63), 1 << key.len().min(31))
}

impl Table {
    const fn new(raw: &'static str) -> Table {
        Table { raw, map: OnceLock::new() }
    }

    fn keyed(&self) -> &Keyed {
        self.map.get_or_init(|| {
            let map: Map<&'static str, Vec<&'static str>> = lines(self.raw)
                .filter_map(|l| {
                    let mut f = l.split_whitespace();
                    Some((f.next()?, f.collect()))
                })
                .collect();
            let mut lengths = [0u32; 64];
            for key in map.keys() {
                let (slot, bit) = length_bit(key);
                lengths[slot] |= bit;
            }
            Keyed { map, lengths }
        })
    }

    fn map(&self) -> &Map<&'static str, Vec<&'static str>> {
        &self.keyed().map
    }

    /// The fields after `key`, if the table has it.
    pub fn get(&self, key: &str) -> Option<&[&'static str]> {
        let keyed = self.keyed();
        let (slot, bit) = length_bit(key);
        if keyed.lengths[slot] & bit == 0 {
            return None;
        }
        keyed.map.get(key).map(Vec::as_slice)
    }
}

/// Hands `f` every word that [`number_word`], [`weekday`] or [`scale`] knows, in the
/// tables' case.
pub(crate) fn number_weekday_and_scale_words(f: &mut dyn FnMut(&'static str)) {
    let known: [fn(&str) -> bool; 3] = [|w| number_word(w).is_some(), |w| weekday(w).is_some(), |w| scale(w).is_some()];
    for (table, known) in [&NUMBER_WORDS, &WEEKDAYS, &SCALES].into_iter().zip(known) {
        for &w in table.map().keys() {
            if known(w) {
                f(w);
            }
        }
    }
}

static MONTHS: Table = Table::new(crate::data_file!("en/months.txt"));
static WEEKDAYS: Table = Table::new(crate::data_file!("en/weekdays.txt"));
static NUMBER_WORDS: Table = Table::new(crate::data_file!("en/number_words.txt"));
static SCALES: Table = Table::new(crate::data_file!("en/scales.txt"));
/// Currency signs and names, each to its ISO 4217 code.
/// (Each code in a one-item `Vec`: the value type of the word tables' maps, so that these
/// two compile no other copy of the hash table's code.)
type CodeMaps = (Map<&'static str, Vec<&'static str>>, Map<&'static str, Vec<&'static str>>);
static CURRENCIES: OnceLock<CodeMaps> = OnceLock::new();
/// Units of measure, as written.
pub(crate) static UNITS: WordSet = WordSet::new(crate::data_file!("en/units.txt"));
/// Verbs of saying, lower case.
pub(crate) static SPEECH_VERBS: WordSet = WordSet::new(crate::data_file!("en/speech_verbs.txt"));
/// Roles that stand before a name ("striker", "boss"), lower case.
pub(crate) static ROLES: WordSet = WordSet::new(crate::data_file!("en/speaker_titles.txt"));
/// "was", "were", "had" and irregular simple past forms ("beat", "met"), lower case.
pub(crate) static PAST_VERBS: WordSet = WordSet::new(crate::data_file!("en/past_verbs.txt"));

/// The word in lower case, copied only when it has to change: these lookups run on most
/// words of a text (issue 8).
fn lower(word: &str) -> Cow<'_, str> {
    if word.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(word.lower())
    }
}

/// A word in lower case. A short ASCII word with capitals ("The", "September") is lowered
/// on the stack: a `String` for each was most of these look-ups' cost (issue 8).
pub(super) enum Lowered<'w> {
    Stack([u8; 16], usize),
    Other(Cow<'w, str>),
}

impl Lowered<'_> {
    pub(super) fn new(word: &str) -> Lowered<'_> {
        let (mut ascii, mut upper) = (true, false);
        for b in word.bytes() {
            ascii &= b.is_ascii();
            upper |= b.is_ascii_uppercase();
        }
        let mut buf = [0u8; 16];
        match buf.get_mut(..word.len()) {
            _ if ascii && !upper => Lowered::Other(Cow::Borrowed(word)),
            Some(b) if ascii => {
                b.copy_from_slice(word.as_bytes());
                b.make_ascii_lowercase();
                Lowered::Stack(buf, word.len())
            }
            _ => Lowered::Other(lower(word)),
        }
    }

    pub(super) fn as_str(&self) -> &str {
        match self {
            Lowered::Stack(buf, n) => std::str::from_utf8(&buf[..*n]).unwrap_or_default(),
            Lowered::Other(s) => s,
        }
    }
}

/// The month number of a month name or abbreviation ("Sept" → 9), any case.
pub(crate) fn month(word: &str) -> Option<u32> {
    // Every name is 3 to 9 ASCII letters, "may" to "september", first "jfmasond": another
    // word is none before it is lower-cased and hashed (the key phrases alone ask 262 times
    // an article, issue 8). (No char outside ASCII lower-cases to one of their letters but
    // the Kelvin sign's "k", which none has.)
    let first = *word.as_bytes().first()? | 0x20;
    if !(3..=9).contains(&word.len()) || !b"jfmasond".contains(&first) {
        return None;
    }
    crate::decimal::parse_u32(MONTHS.get(Lowered::new(word).as_str())?.first()?)
}

/// Whether `word` is a full month name, not an abbreviation.
pub(crate) fn is_full_month(word: &str) -> bool {
    let w = Lowered::new(word);
    let w = w.as_str();
    month(w).is_some() && (w.len() >= 4 && w != "sept" || w == "may")
}

/// The ISO day number of a day name (Monday = 1), any case.
pub(crate) fn weekday(word: &str) -> Option<u32> {
    crate::decimal::parse_u32(WEEKDAYS.get(Lowered::new(word).as_str())?.first()?)
}

/// The value of a number word ("three" → 3), any case.
pub(crate) fn number_word(word: &str) -> Option<f64> {
    crate::decimal::parse_whole(NUMBER_WORDS.get(Lowered::new(word).as_str())?.first()?)
}

/// The factor of a scale word or suffix ("billion", "bn"), and whether it counts only
/// after a currency ("m", "k").
pub(crate) fn scale(word: &str) -> Option<(f64, bool)> {
    let f = SCALES.get(Lowered::new(word).as_str())?;
    Some((crate::decimal::parse_whole(f.first()?)?, f.get(1) == Some(&"money")))
}

fn currencies() -> &'static CodeMaps {
    CURRENCIES.get_or_init(|| {
        let mut signs = Map::default();
        let mut names = Map::default();
        for l in lines(crate::data_file!("en/currencies.txt")) {
            let f: Vec<&str> = l.split_whitespace().collect();
            if let [kind, key, code] = f[..] {
                if kind == "sign" { &mut signs } else { &mut names }.insert(key, vec![code]);
            }
        }
        (signs, names)
    })
}

/// The ISO 4217 code of a currency sign written before a number ("$", "US$", "£").
pub(crate) fn currency_sign(sign: &str) -> Option<&'static str> {
    currencies().0.get(sign).and_then(|c| c.first()).copied()
}

/// The ISO 4217 code of a currency name written after a number ("euros").
pub(crate) fn currency_name(word: &str) -> Option<&'static str> {
    currencies().1.get(Lowered::new(word).as_str()).and_then(|c| c.first()).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_parse() {
        assert_eq!(month("Sept"), Some(9));
        assert_eq!(month("MAY"), Some(5));
        assert_eq!(month("Mayday"), None);
        // Every name of the table passes the length and first-letter test, in any case.
        for line in crate::data_file!("en/months.txt").lines().filter(|l| !l.starts_with('#') && !l.is_empty()) {
            let (name, n) = line.split_once(' ').unwrap();
            let n = n.parse().ok();
            assert_eq!((month(name), month(&name.to_uppercase())), (n, n), "{name}");
        }
        assert_eq!((month(""), month("ma"), month("Septembers"), month("Décembre")), (None, None, None, None));
        assert!(is_full_month("September") && is_full_month("May") && !is_full_month("Sept"));
        assert_eq!(weekday("Tuesday"), Some(2));
        assert_eq!(number_word("Twenty"), Some(20.0));
        assert_eq!(scale("bn"), Some((1e9, false)));
        assert_eq!(scale("m"), Some((1e6, true)));
        assert_eq!(currency_sign("£"), Some("GBP"));
        assert_eq!(currency_name("Euros"), Some("EUR"));
        assert!(UNITS.contains("kilometres") && SPEECH_VERBS.contains("said"));
        // The length filter turns no key of a table away.
        for table in [&MONTHS, &WEEKDAYS, &NUMBER_WORDS, &SCALES] {
            assert!(table.map().keys().all(|k| table.get(k).is_some()));
        }
        assert_eq!(month("the"), None);
    }
}
