//! Words of a sentence: UAX #29 words, lower case, stop words dropped, stemmed.

use crate::hash::Map;

use rust_stemmers::{Algorithm, Stemmer};
use unicode_segmentation::UnicodeSegmentation;

use crate::data::{WordSet, EN_STOPWORDS};
use crate::Lang;

/// How a language's words are reduced to terms.
enum Stem {
    /// The Snowball stemmer (English, the language of the news this is tuned on).
    Snowball(Stemmer),
    /// The first [`PREFIX_CHARS`] letters: for the other inflected languages, truncation
    /// conflates inflections nearly as well as a stemmer does, for no code or tables
    /// (17 Snowball stemmers were 39 KB of the 250 KB gzipped download; issue 8).
    Prefix,
    /// The whole word (scripts without inflection by suffix, or unknown languages).
    Whole,
}

/// Letters kept by [`Stem::Prefix`]: "regierung"/"regierungen" → "regie".
const PREFIX_CHARS: usize = 5;

/// Which stop words a language has.
#[derive(Clone, Copy)]
enum Stopwords {
    English(&'static WordSet),
    /// The function words language detection uses (`src/data/<lang>/function_words.txt`).
    FunctionWords(Lang),
    None,
}

/// Turns words into index terms for one language.
pub struct Tokenizer {
    stem: Stem,
    stopwords: Stopwords,
}

impl std::fmt::Debug for Tokenizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Tokenizer").field("stemmer", &!matches!(self.stem, Stem::Whole)).finish()
    }
}

impl Tokenizer {
    /// The tokenizer for `lang`: its stemmer and stop words where Brevity has them.
    pub fn new(lang: Lang) -> Tokenizer {
        let stem = match lang {
            Lang::En => Stem::Snowball(Stemmer::create(Algorithm::English)),
            Lang::De
            | Lang::Fr
            | Lang::Es
            | Lang::It
            | Lang::Pt
            | Lang::Nl
            | Lang::Da
            | Lang::Sv
            | Lang::Nb
            | Lang::Fi
            | Lang::Hu
            | Lang::Ro
            | Lang::Tr
            | Lang::Pl
            | Lang::Cs
            | Lang::Sk
            | Lang::Ru
            | Lang::Uk
            | Lang::Bg
            | Lang::El
            | Lang::Ar
            | Lang::Ta => Stem::Prefix,
            _ => Stem::Whole,
        };
        let stopwords = match lang {
            Lang::En | Lang::Und => Stopwords::English(&EN_STOPWORDS),
            l if crate::lang::has_function_words(l) => Stopwords::FunctionWords(l),
            _ => Stopwords::None,
        };
        Tokenizer { stem, stopwords }
    }

    fn is_stopword(&self, lower: &str) -> bool {
        match self.stopwords {
            Stopwords::English(set) => set.contains(lower),
            Stopwords::FunctionWords(lang) => crate::lang::is_function_word(lang, lower),
            Stopwords::None => false,
        }
    }

    /// The index terms of `text`: lower-cased, stemmed words with a letter or digit,
    /// stop words left out.
    ///
    /// # Example
    /// ```
    /// use brevity::{tokens::Tokenizer, Lang};
    /// let t = Tokenizer::new(Lang::En);
    /// assert_eq!(t.terms("The rivers were rising."), ["river", "rise"]);
    /// ```
    pub fn terms(&self, text: &str) -> Vec<String> {
        self.terms_cached(text, &mut Stems::new())
    }

    /// [`Tokenizer::terms`] with a cache of the words already seen: a document stems each
    /// distinct word once (stemming every occurrence was a tenth of the pipeline, issue 8).
    pub fn terms_cached<'t>(&self, text: &'t str, cache: &mut Stems<'t>) -> Vec<String> {
        self.term_ids(text, cache).into_iter().map(|id| cache.terms[id as usize].clone()).collect()
    }

    /// The terms of `text` as ids into `cache`, which gives each distinct term the next id
    /// the first time a word has it ([`Stems::term`] reads one back). Ids instead of strings:
    /// a copy of each word's term was an allocation per word (issue 8).
    ///
    /// # Example
    /// ```
    /// use brevity::{tokens::{Stems, Tokenizer}, Lang};
    /// let (t, mut cache) = (Tokenizer::new(Lang::En), Stems::new());
    /// assert_eq!(t.term_ids("Rivers rise.", &mut cache), [0, 1]);
    /// assert_eq!(t.term_ids("The river rose.", &mut cache), [0, 2]);
    /// assert_eq!((cache.term(2), cache.len()), ("rose", 3));
    /// ```
    pub fn term_ids<'t>(&self, text: &'t str, cache: &mut Stems<'t>) -> Vec<u32> {
        let mut out = Vec::new();
        for word in text.unicode_words() {
            let id = match cache.words.get(word) {
                Some(&id) => id,
                None => {
                    let id = self.term(word).map(|t| cache.intern(t));
                    cache.words.insert(word, id);
                    id
                }
            };
            out.extend(id);
        }
        out
    }

    /// The term of one word; `None` for a stop word or a word without letters or digits.
    fn term(&self, word: &str) -> Option<String> {
        let lower = word.to_lowercase();
        if self.is_stopword(&lower) || !lower.chars().any(char::is_alphanumeric) {
            return None;
        }
        Some(match &self.stem {
            Stem::Snowball(s) => s.stem(&lower).into_owned(),
            Stem::Prefix => match lower.char_indices().nth(PREFIX_CHARS) {
                Some((cut, _)) => lower[..cut].to_string(),
                None => lower,
            },
            Stem::Whole => lower,
        })
    }
}

/// The terms of the words a document has shown so far (see [`Tokenizer::term_ids`]).
#[derive(Debug, Default)]
pub struct Stems<'t> {
    /// Each word seen, and its term's id (`None`: a stop word or no letter).
    words: Map<&'t str, Option<u32>>,
    /// Each term's id.
    ids: Map<String, u32>,
    /// The terms, by id.
    terms: Vec<String>,
}

impl Stems<'_> {
    /// An empty cache.
    pub fn new() -> Self {
        Self::default()
    }

    fn intern(&mut self, term: String) -> u32 {
        if let Some(&id) = self.ids.get(&term) {
            return id;
        }
        let id = self.terms.len() as u32;
        self.terms.push(term.clone());
        self.ids.insert(term, id);
        id
    }

    /// The term with id `id`.
    ///
    /// # Panics
    /// If no word gave that id yet.
    pub fn term(&self, id: u32) -> &str {
        &self.terms[id as usize]
    }

    /// The number of distinct terms seen.
    pub fn len(&self) -> usize {
        self.terms.len()
    }

    /// Whether no term was seen yet.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }
}

/// The number of words in `text` (UAX #29 words with a letter or digit).
pub fn word_count(text: &str) -> usize {
    text.unicode_words().count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn other_inflected_languages_conflate_by_prefix_and_drop_function_words() {
        let de = Tokenizer::new(Lang::De);
        assert_eq!(de.terms("Die Regierung und die Regierungen der Länder"), ["regie", "regie", "lände"]);
        let fr = Tokenizer::new(Lang::Fr);
        assert_eq!(fr.terms("Le gouvernement et les gouvernements"), ["gouve", "gouve"]);
        // Short words stay whole.
        assert_eq!(Tokenizer::new(Lang::Ru).terms("Дом и дома"), ["дом", "дома"]);
    }

    #[test]
    fn scripts_without_suffixes_keep_whole_words() {
        assert_eq!(Tokenizer::new(Lang::Ko).terms("정부는 계획을"), ["정부는", "계획을"]);
    }
}
