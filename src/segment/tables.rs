//! Per-language word lists for the merge pass, compiled in from `src/data/<lang>/` and
//! parsed once: abbreviations (with their class), sentence starters, names with a `!`.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use crate::data::lines;
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
}

/// The language-neutral lists (`und`) apply to every language.
const ABBREVIATIONS: &[(Lang, &str)] = &[
    (Lang::Und, include_str!("../data/und/abbreviations.txt")),
    (Lang::En, include_str!("../data/en/abbreviations.txt")),
    (Lang::Da, include_str!("../data/da/abbreviations.txt")),
    (Lang::De, include_str!("../data/de/abbreviations.txt")),
    (Lang::Nl, include_str!("../data/nl/abbreviations.txt")),
    (Lang::Fr, include_str!("../data/fr/abbreviations.txt")),
    (Lang::Es, include_str!("../data/es/abbreviations.txt")),
    (Lang::It, include_str!("../data/it/abbreviations.txt")),
    (Lang::Pt, include_str!("../data/pt/abbreviations.txt")),
    (Lang::Ru, include_str!("../data/ru/abbreviations.txt")),
    (Lang::Uk, include_str!("../data/uk/abbreviations.txt")),
    (Lang::Bg, include_str!("../data/bg/abbreviations.txt")),
    (Lang::Kk, include_str!("../data/kk/abbreviations.txt")),
    (Lang::Sk, include_str!("../data/sk/abbreviations.txt")),
    (Lang::Cs, include_str!("../data/cs/abbreviations.txt")),
    (Lang::Pl, include_str!("../data/pl/abbreviations.txt")),
    (Lang::El, include_str!("../data/el/abbreviations.txt")),
    (Lang::Ar, include_str!("../data/ar/abbreviations.txt")),
];

/// Kinds of the abbreviations that are not plain (title, number, final).
const KINDS: &[(Lang, &str)] = &[
    (Lang::Und, include_str!("../data/und/abbreviation_kinds.txt")),
    (Lang::En, include_str!("../data/en/abbreviation_kinds.txt")),
    (Lang::Da, include_str!("../data/da/abbreviation_kinds.txt")),
    (Lang::De, include_str!("../data/de/abbreviation_kinds.txt")),
    (Lang::Nl, include_str!("../data/nl/abbreviation_kinds.txt")),
    (Lang::Fr, include_str!("../data/fr/abbreviation_kinds.txt")),
    (Lang::Es, include_str!("../data/es/abbreviation_kinds.txt")),
    (Lang::It, include_str!("../data/it/abbreviation_kinds.txt")),
    (Lang::Pt, include_str!("../data/pt/abbreviation_kinds.txt")),
    (Lang::Sk, include_str!("../data/sk/abbreviation_kinds.txt")),
    (Lang::Cs, include_str!("../data/cs/abbreviation_kinds.txt")),
    (Lang::Pl, include_str!("../data/pl/abbreviation_kinds.txt")),
    (Lang::El, include_str!("../data/el/abbreviation_kinds.txt")),
    (Lang::Ar, include_str!("../data/ar/abbreviation_kinds.txt")),
    (Lang::Ru, include_str!("../data/ru/abbreviation_kinds.txt")),
];

/// English starters apply in every language (English acronyms such as "U.S." travel).
const STARTERS: &[(Lang, &str)] = &[
    (Lang::En, include_str!("../data/en/sentence_starters.txt")),
    (Lang::Da, include_str!("../data/da/sentence_starters.txt")),
    (Lang::De, include_str!("../data/de/sentence_starters.txt")),
    (Lang::Fr, include_str!("../data/fr/sentence_starters.txt")),
    (Lang::Es, include_str!("../data/es/sentence_starters.txt")),
    (Lang::It, include_str!("../data/it/sentence_starters.txt")),
    (Lang::Ru, include_str!("../data/ru/sentence_starters.txt")),
    (Lang::Nl, include_str!("../data/nl/sentence_starters.txt")),
];

const EXCLAMATION_NAMES: &str = include_str!("../data/und/exclamation_names.txt");
const COMPANY_FORMS: &str = include_str!("../data/und/company_forms.txt");

/// The lists that apply to one language.
#[derive(Debug)]
pub(super) struct Tables {
    abbreviations: HashMap<&'static str, AbbrClass>,
    starters: HashSet<&'static str>,
}

impl Tables {
    /// The class of `word` (lower case, without its final period), if it is an abbreviation.
    pub(super) fn abbreviation(&self, word: &str) -> Option<AbbrClass> {
        self.abbreviations.get(word).copied()
    }

    /// Whether `word` (lower case) commonly opens a sentence.
    pub(super) fn is_starter(&self, word: &str) -> bool {
        self.starters.contains(word)
    }
}

/// Adds a plain list; entries already known (from the neutral list) keep their kind.
fn add_plain(raw: &'static str, into: &mut HashMap<&'static str, AbbrClass>) {
    for word in lines(raw) {
        into.entry(word).or_insert(AbbrClass::Plain);
    }
}

/// Adds `abbreviation kind` lines, overriding earlier kinds.
fn add_kinds(raw: &'static str, into: &mut HashMap<&'static str, AbbrClass>) {
    for line in lines(raw) {
        let (word, class) = match line.rsplit_once(char::is_whitespace) {
            Some((w, "title")) => (w.trim(), AbbrClass::Title),
            Some((w, "number")) => (w.trim(), AbbrClass::Number),
            Some((w, "final")) => (w.trim(), AbbrClass::Final),
            Some((w, "acronym")) => (w.trim(), AbbrClass::Acronym),
            _ => (line, AbbrClass::Plain),
        };
        into.insert(word, class);
    }
}

/// The lists for `lang`: its own plus the language-neutral ones.
pub(super) fn tables(lang: Lang) -> &'static Tables {
    static ALL: OnceLock<HashMap<Lang, Tables>> = OnceLock::new();
    let all = ALL.get_or_init(|| {
        Lang::ALL
            .iter()
            .map(|&l| {
                let mut abbreviations = HashMap::new();
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
                (l, Tables { abbreviations, starters })
            })
            .collect()
    });
    &all[&lang]
}

/// Whether `word` followed by `!` is a name ("Yahoo!"), given lower case with the `!`.
pub(super) fn is_exclamation_name(word_with_bang: &str) -> bool {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| lines(EXCLAMATION_NAMES).collect()).contains(word_with_bang)
}

/// Whether `word` (lower case, without a final period) is a legal company form ("KG", "Ltd").
pub(super) fn is_company_form(word: &str) -> bool {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| lines(COMPANY_FORMS).collect()).contains(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_parse_with_classes() {
        let en = tables(Lang::En);
        assert_eq!(en.abbreviation("dr"), Some(AbbrClass::Title));
        assert_eq!(en.abbreviation("no"), Some(AbbrClass::Number));
        assert_eq!(en.abbreviation("a.m"), Some(AbbrClass::Final));
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
