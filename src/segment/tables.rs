//! Per-language word lists for the merge pass, compiled in from `src/data/<lang>/` and
//! parsed once: abbreviations (with their class), sentence starters, names with a `!`.

use crate::hash::{Map, Set};
use std::sync::OnceLock;

use crate::data::{lines, WordSet};
use crate::Lang;

/// How an abbreviation behaves before the next word (`src/data/<lang>/abbreviation_kinds.txt`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum AbbrClass {
    /// Never ends a sentence ("z.B.", "psicol. Serenti").
    Plain,
    /// Stands before a name and never ends a sentence ("Dr. Smith").
    Title,
    /// An abbreviation before a number ("No. 5"), an ordinary word elsewhere.
    Number,
    /// May end a sentence: a following capital starts a new one ("& Co. It closed").
    Final,
    /// Ends a sentence only before a common sentence opener ("U.S. How", "и т.д. Потом").
    Acronym,
    /// A clock time ("p.m."): like [`AbbrClass::Final`], but a day, a date or a time zone
    /// goes on with it ("from 7 p.m. Thursday", "8 p.m. Eastern").
    Time,
    /// A state or province after its city ("Springfield, Ill."): goes on into a bracket, a
    /// dash or a number ("SPRINGFIELD, Ill. (AP) —"); elsewhere an ordinary word ("fell ill.").
    Place,
}

/// Every class, in declaration order: `CLASSES[c as usize] == c`.
const CLASSES: [AbbrClass; 7] = [
    AbbrClass::Plain,
    AbbrClass::Title,
    AbbrClass::Number,
    AbbrClass::Final,
    AbbrClass::Acronym,
    AbbrClass::Time,
    AbbrClass::Place,
];

/// The language-neutral lists (`und`) apply to every language. The other languages' lists are
/// only in builds with them (cargo feature `languages`).
const ABBREVIATIONS: &[(Lang, &str)] = &[
    (Lang::Und, crate::data_file!("und/abbreviations.txt")),
    (Lang::En, crate::data_file!("en/abbreviations.txt")),
    #[cfg(feature = "languages")]
    (Lang::Da, crate::data_file!("da/abbreviations.txt")),
    #[cfg(feature = "languages")]
    (Lang::De, crate::data_file!("de/abbreviations.txt")),
    #[cfg(feature = "languages")]
    (Lang::Nl, crate::data_file!("nl/abbreviations.txt")),
    #[cfg(feature = "languages")]
    (Lang::Fr, crate::data_file!("fr/abbreviations.txt")),
    #[cfg(feature = "languages")]
    (Lang::Es, crate::data_file!("es/abbreviations.txt")),
    #[cfg(feature = "languages")]
    (Lang::It, crate::data_file!("it/abbreviations.txt")),
    #[cfg(feature = "languages")]
    (Lang::Pt, crate::data_file!("pt/abbreviations.txt")),
    #[cfg(feature = "languages")]
    (Lang::Ru, crate::data_file!("ru/abbreviations.txt")),
    #[cfg(feature = "languages")]
    (Lang::Uk, crate::data_file!("uk/abbreviations.txt")),
    #[cfg(feature = "languages")]
    (Lang::Bg, crate::data_file!("bg/abbreviations.txt")),
    #[cfg(feature = "languages")]
    (Lang::Kk, crate::data_file!("kk/abbreviations.txt")),
    #[cfg(feature = "languages")]
    (Lang::Sk, crate::data_file!("sk/abbreviations.txt")),
    #[cfg(feature = "languages")]
    (Lang::Cs, crate::data_file!("cs/abbreviations.txt")),
    #[cfg(feature = "languages")]
    (Lang::Pl, crate::data_file!("pl/abbreviations.txt")),
    #[cfg(feature = "languages")]
    (Lang::El, crate::data_file!("el/abbreviations.txt")),
    #[cfg(feature = "languages")]
    (Lang::Ar, crate::data_file!("ar/abbreviations.txt")),
];

/// Kinds of the abbreviations that are not plain (title, number, final).
const KINDS: &[(Lang, &str)] = &[
    (Lang::Und, crate::data_file!("und/abbreviation_kinds.txt")),
    (Lang::En, crate::data_file!("en/abbreviation_kinds.txt")),
    #[cfg(feature = "languages")]
    (Lang::Da, crate::data_file!("da/abbreviation_kinds.txt")),
    #[cfg(feature = "languages")]
    (Lang::De, crate::data_file!("de/abbreviation_kinds.txt")),
    #[cfg(feature = "languages")]
    (Lang::Nl, crate::data_file!("nl/abbreviation_kinds.txt")),
    #[cfg(feature = "languages")]
    (Lang::Fr, crate::data_file!("fr/abbreviation_kinds.txt")),
    #[cfg(feature = "languages")]
    (Lang::Es, crate::data_file!("es/abbreviation_kinds.txt")),
    #[cfg(feature = "languages")]
    (Lang::It, crate::data_file!("it/abbreviation_kinds.txt")),
    #[cfg(feature = "languages")]
    (Lang::Pt, crate::data_file!("pt/abbreviation_kinds.txt")),
    #[cfg(feature = "languages")]
    (Lang::Sk, crate::data_file!("sk/abbreviation_kinds.txt")),
    #[cfg(feature = "languages")]
    (Lang::Cs, crate::data_file!("cs/abbreviation_kinds.txt")),
    #[cfg(feature = "languages")]
    (Lang::Pl, crate::data_file!("pl/abbreviation_kinds.txt")),
    #[cfg(feature = "languages")]
    (Lang::El, crate::data_file!("el/abbreviation_kinds.txt")),
    #[cfg(feature = "languages")]
    (Lang::Ar, crate::data_file!("ar/abbreviation_kinds.txt")),
    #[cfg(feature = "languages")]
    (Lang::Ru, crate::data_file!("ru/abbreviation_kinds.txt")),
];

/// English starters apply in every language (English acronyms such as "U.S." travel).
const STARTERS: &[(Lang, &str)] = &[
    (Lang::En, crate::data_file!("en/sentence_starters.txt")),
    #[cfg(feature = "languages")]
    (Lang::Da, crate::data_file!("da/sentence_starters.txt")),
    #[cfg(feature = "languages")]
    (Lang::De, crate::data_file!("de/sentence_starters.txt")),
    #[cfg(feature = "languages")]
    (Lang::Fr, crate::data_file!("fr/sentence_starters.txt")),
    #[cfg(feature = "languages")]
    (Lang::Es, crate::data_file!("es/sentence_starters.txt")),
    #[cfg(feature = "languages")]
    (Lang::It, crate::data_file!("it/sentence_starters.txt")),
    #[cfg(feature = "languages")]
    (Lang::Ru, crate::data_file!("ru/sentence_starters.txt")),
    #[cfg(feature = "languages")]
    (Lang::Nl, crate::data_file!("nl/sentence_starters.txt")),
];

const EXCLAMATION_NAMES: &str = crate::data_file!("und/exclamation_names.txt");
const COMPANY_FORMS: &str = crate::data_file!("und/company_forms.txt");

/// The lists that apply to one language.
#[derive(Debug)]
pub(super) struct Tables {
    /// Each abbreviation's class, as its index in [`CLASSES`]: a map of `u32`s shares the
    /// hash table's code with the other maps of `&str` to `u32`.
    abbreviations: Map<&'static str, u32>,
    starters: Set<&'static str>,
}

impl Tables {
    /// The class of `word` (lower case, without its final period), if it is an abbreviation.
    pub(super) fn abbreviation(&self, word: &str) -> Option<AbbrClass> {
        self.abbreviations.get(word).and_then(|&k| CLASSES.get(k as usize).copied())
    }

    /// Whether `word` (lower case) commonly opens a sentence.
    pub(super) fn is_starter(&self, word: &str) -> bool {
        self.starters.contains(word)
    }
}

/// Adds a plain list; entries already known (from the neutral list) keep their kind.
fn add_plain(raw: &'static str, into: &mut Map<&'static str, u32>) {
    for word in lines(raw) {
        into.entry(word).or_insert(AbbrClass::Plain as u32);
    }
}

/// Adds `abbreviation kind` lines, overriding earlier kinds.
fn add_kinds(raw: &'static str, into: &mut Map<&'static str, u32>) {
    for line in lines(raw) {
        let (word, class) = match line.rsplit_once(char::is_whitespace) {
            Some((w, "title")) => (w.trim(), AbbrClass::Title),
            Some((w, "number")) => (w.trim(), AbbrClass::Number),
            Some((w, "final")) => (w.trim(), AbbrClass::Final),
            Some((w, "acronym")) => (w.trim(), AbbrClass::Acronym),
            Some((w, "time")) => (w.trim(), AbbrClass::Time),
            Some((w, "place")) => (w.trim(), AbbrClass::Place),
            _ => (line, AbbrClass::Plain),
        };
        into.insert(word, class as u32);
    }
}

/// The lists for `lang`: its own plus the language-neutral ones.
pub(super) fn tables(lang: Lang) -> &'static Tables {
    // By `Lang` discriminant, which is the position in `Lang::ALL`: a vector, not a map keyed
    // by `Lang` (the only one, which compiled its own copy of the hash-table code).
    static ALL: OnceLock<Vec<Tables>> = OnceLock::new();
    let all = ALL.get_or_init(|| {
        Lang::ALL
            .iter()
            .map(|&l| {
                let mut abbreviations = Map::default();
                for lang in [Lang::Und, l] {
                    for &(_, raw) in ABBREVIATIONS.iter().filter(|(al, _)| *al == lang) {
                        add_plain(raw, &mut abbreviations);
                    }
                    for &(_, raw) in KINDS.iter().filter(|(kl, _)| *kl == lang) {
                        add_kinds(raw, &mut abbreviations);
                    }
                }
                let starters = STARTERS
                    .iter()
                    .filter(|(sl, _)| *sl == l || *sl == Lang::En)
                    .flat_map(|&(_, raw)| lines(raw))
                    .collect();
                Tables { abbreviations, starters }
            })
            .collect()
    });
    &all[lang as usize]
}

/// Whether `word` followed by `!` is a name ("Yahoo!"), given lower case with the `!`.
pub(super) fn is_exclamation_name(word_with_bang: &str) -> bool {
    // A `WordSet` shares its one lazy initialiser with every other list (a smaller download).
    static SET: WordSet = WordSet::new(EXCLAMATION_NAMES);
    SET.contains(word_with_bang)
}

/// Whether `word` (lower case, without a final period) is a legal company form ("KG", "Ltd").
pub(super) fn is_company_form(word: &str) -> bool {
    static SET: WordSet = WordSet::new(COMPANY_FORMS);
    SET.contains(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_parse_with_classes() {
        assert!(Lang::ALL.iter().enumerate().all(|(i, &l)| l as usize == i));
        assert!(CLASSES.iter().enumerate().all(|(i, &c)| c as usize == i));
        let en = tables(Lang::En);
        assert_eq!(en.abbreviation("dr"), Some(AbbrClass::Title));
        assert_eq!(en.abbreviation("no"), Some(AbbrClass::Number));
        assert_eq!(en.abbreviation("a.m"), Some(AbbrClass::Time));
        assert_eq!(en.abbreviation("ill"), Some(AbbrClass::Place));
        assert_eq!(en.abbreviation("coun"), Some(AbbrClass::Title));
        assert_eq!(en.abbreviation("table"), None);
        assert!(en.is_starter("how") && !en.is_starter("government"));
        // Every language gets the neutral list; Danish adds its own and English starters.
        let da = tables(Lang::Da);
        assert_eq!(da.abbreviation("skt"), Some(AbbrClass::Title));
        assert!(da.is_starter("hvad") && da.is_starter("the"));
        assert_eq!(tables(Lang::Und).abbreviation("mr"), Some(AbbrClass::Title));
        assert!(is_exclamation_name("yahoo!"));
    }
}
