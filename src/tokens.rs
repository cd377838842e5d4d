//! Words of a sentence: UAX #29 words, lower case, stop words dropped, stemmed.

use rust_stemmers::{Algorithm, Stemmer};
use unicode_segmentation::UnicodeSegmentation;

use crate::data::{WordSet, EN_STOPWORDS};
use crate::Lang;

/// Turns words into index terms for one language.
pub struct Tokenizer {
    stemmer: Option<Stemmer>,
    stopwords: Option<&'static WordSet>,
}

impl std::fmt::Debug for Tokenizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Tokenizer").field("stemmer", &self.stemmer.is_some()).finish()
    }
}

impl Tokenizer {
    /// The tokenizer for `lang`: its stemmer and stop words where Brevity has them.
    pub fn new(lang: Lang) -> Tokenizer {
        let algorithm = match lang {
            Lang::En => Some(Algorithm::English),
            Lang::De => Some(Algorithm::German),
            Lang::Fr => Some(Algorithm::French),
            Lang::Es => Some(Algorithm::Spanish),
            Lang::It => Some(Algorithm::Italian),
            Lang::Pt => Some(Algorithm::Portuguese),
            Lang::Nl => Some(Algorithm::Dutch),
            Lang::Da => Some(Algorithm::Danish),
            Lang::Sv => Some(Algorithm::Swedish),
            Lang::Nb => Some(Algorithm::Norwegian),
            Lang::Fi => Some(Algorithm::Finnish),
            Lang::Hu => Some(Algorithm::Hungarian),
            Lang::Ro => Some(Algorithm::Romanian),
            Lang::Tr => Some(Algorithm::Turkish),
            Lang::Ru => Some(Algorithm::Russian),
            Lang::El => Some(Algorithm::Greek),
            Lang::Ar => Some(Algorithm::Arabic),
            Lang::Ta => Some(Algorithm::Tamil),
            _ => None,
        };
        let stopwords = match lang {
            Lang::En | Lang::Und => Some(&EN_STOPWORDS),
            _ => None,
        };
        Tokenizer { stemmer: algorithm.map(Stemmer::create), stopwords }
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
        let mut out = Vec::new();
        for word in text.unicode_words() {
            let lower = word.to_lowercase();
            if self.stopwords.is_some_and(|s| s.contains(lower.as_str())) {
                continue;
            }
            if !lower.chars().any(char::is_alphanumeric) {
                continue;
            }
            out.push(match &self.stemmer {
                Some(s) => s.stem(&lower).into_owned(),
                None => lower,
            });
        }
        out
    }
}

/// The number of words in `text` (UAX #29 words with a letter or digit).
pub fn word_count(text: &str) -> usize {
    text.unicode_words().count()
}
