//! Words of a sentence: UAX #29 words, lower case, stop words dropped, stemmed.

use std::borrow::Cow;

use crate::case::Lower;
use crate::hash::Map;

use rust_stemmers::{Algorithm, Stemmer};
use unicode_segmentation::UnicodeSegmentation;

use crate::data::{WordSet, EN_STOPWORDS};
use crate::Lang;

/// How a language's words are reduced to terms.
enum Stem {
    /// The language's Snowball stemmer (`rust-stemmers` has 18: English, the Romance,
    /// Germanic and Nordic languages, Russian, Greek, Finnish, Hungarian, Turkish, Arabic,
    /// Tamil).
    Snowball(Stemmer),
    /// The first [`PREFIX_CHARS`] letters, for inflected languages without a Snowball
    /// stemmer (Polish, Czech, Slovak, Ukrainian, Bulgarian): truncation conflates most
    /// of their case endings.
    Prefix,
    /// The whole word (scripts without inflection by suffix, or unknown languages).
    Whole,
}

/// Letters kept by [`Stem::Prefix`]: "wybory"/"wyborami" → "wybor".
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
        let stem = match stemmer(lang) {
            Some(s) => Stem::Snowball(s),
            None if matches!(lang, Lang::Pl | Lang::Cs | Lang::Sk | Lang::Uk | Lang::Bg) => Stem::Prefix,
            None => Stem::Whole,
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
        self.term_ids(text, cache).into_iter().map(|id| cache.term(id).to_string()).collect()
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
        self.term_ids_of(&words(text).collect::<Vec<_>>(), cache)
    }

    /// [`Tokenizer::term_ids`] of words already split off ([`SentenceWords`]). A slice, not
    /// any iterator: one copy of this loop in the `.wasm`.
    pub fn term_ids_of<'t>(&self, words: &[&'t str], cache: &mut Stems<'t>) -> Vec<u32> {
        // Gathered in the cache's buffer and copied once at their number: growing a new
        // list from empty took three reallocations a sentence.
        let mut out = std::mem::take(&mut cache.buf);
        out.clear();
        cache.snowball = cache.keep_stems && matches!(self.stem, Stem::Snowball(_));
        for &word in words {
            let id = match cache.words.get(word) {
                Some(&id) => id,
                None => {
                    // Copied only when lower-casing changes it: stop words need no copy.
                    let lower = if word.bytes().any(|b| !b.is_ascii() || b.is_ascii_uppercase()) {
                        Cow::Owned(word.lower())
                    } else {
                        Cow::Borrowed(word)
                    };
                    let in_text = match lower {
                        Cow::Borrowed(word) => Some(word),
                        Cow::Owned(ref lower) => {
                            // "The", "Rivers": the term of the word as the text wrote it in
                            // lower case, if it did, without stemming it again.
                            if let Some(&id) = cache.words.get(lower.as_str()) {
                                cache.words.insert(word, id);
                                out.extend(term(id));
                                continue;
                            }
                            None
                        }
                    };
                    let id = self.term_of_lower(&lower).map(|t| cache.intern(t, in_text));
                    if let (Some(id), true) = (id, cache.snowball) {
                        cache.stemmed.entry(lower).or_insert(id);
                    }
                    let id = id.unwrap_or(NO_TERM);
                    cache.words.insert(word, id);
                    id
                }
            };
            out.extend(term(id));
        }
        let ids = out.to_vec();
        cache.buf = out;
        ids
    }

    /// The term of one word, given in lower case; `None` for a stop word or a word without
    /// letters or digits. Borrowed from `lower` when it is a part of it: the word itself
    /// ("market", which the stemmer leaves alone) or a prefix.
    fn term_of_lower<'w>(&self, lower: &'w str) -> Option<Cow<'w, str>> {
        if self.is_stopword(lower) || !lower.chars().any(char::is_alphanumeric) {
            return None;
        }
        Some(match &self.stem {
            Stem::Snowball(s) => s.stem(lower),
            Stem::Prefix => match lower.char_indices().nth(PREFIX_CHARS) {
                Some((cut, _)) => Cow::Borrowed(&lower[..cut]),
                None => Cow::Borrowed(lower),
            },
            Stem::Whole => Cow::Borrowed(lower),
        })
    }
}

/// The id of no term, in [`Stems`]'s map of words: a stop word or a word without letters.
const NO_TERM: u32 = u32::MAX;

/// `id` unless it is [`NO_TERM`].
fn term(id: u32) -> Option<u32> {
    (id != NO_TERM).then_some(id)
}

/// The terms of the words a document has shown so far (see [`Tokenizer::term_ids`]).
#[derive(Debug, Default)]
pub struct Stems<'t> {
    /// Each word seen, and its term's id ([`NO_TERM`]: a stop word or no letter; not an
    /// `Option`, so that this map shares the hash table's code with the other maps of `u32`s).
    words: Map<&'t str, u32>,
    /// Each term's id.
    ids: Map<Cow<'t, str>, u32>,
    /// The terms, by id: borrowed from the text where it spells them (most lower-case words
    /// and their prefixes), so that only the other terms are copied (issue 8).
    terms: Vec<Cow<'t, str>>,
    /// The id of the Snowball stem of each lower-cased word stemmed so far, if asked for
    /// ([`Stems::keeping_stems`]).
    stemmed: Map<Cow<'t, str>, u32>,
    keep_stems: bool,
    /// Whether the stems are kept and the terms are Snowball stems.
    snowball: bool,
    /// The term ids of the words being read ([`Tokenizer::term_ids_of`]).
    buf: Vec<u32>,
}

impl<'t> Stems<'t> {
    /// An empty cache.
    pub fn new() -> Self {
        Self::default()
    }

    /// The id of `term`, the term of a lower-cased word: a new one if `term` is new. A term
    /// that begins `word`, the lower-cased word when the text has it as it is, is kept as
    /// that part of the text.
    fn intern(&mut self, term: Cow<'_, str>, word: Option<&'t str>) -> u32 {
        if let Some(&id) = self.ids.get(term.as_ref()) {
            return id;
        }
        // (Also a stem the stemmer gave as a copy: "river" of "rivers".)
        let term: Cow<'t, str> = match word {
            Some(w) if w.starts_with(term.as_ref()) => Cow::Borrowed(&w[..term.len()]),
            _ => Cow::Owned(term.into_owned()),
        };
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

    /// Room for the distinct words of a text of `words` words, reserved at once.
    pub(crate) fn reserve(&mut self, words: usize) {
        let n = crate::hash::distinct_words(words);
        self.words.reserve(n);
        self.ids.reserve(n);
        self.terms.reserve(n);
        if self.keep_stems {
            self.stemmed.reserve(n);
        }
    }

    /// An empty cache that also keeps each lower-cased word's Snowball stem for
    /// [`Stems::snowball`].
    pub fn keeping_stems() -> Self {
        Stems { keep_stems: true, ..Self::default() }
    }

    /// The Snowball stem of `lower` (a lower-cased word), if a word stemmed so far had it:
    /// the key-phrase finder's words are mostly the scorer's, and stemming is the costly
    /// part of both (issue 8).
    pub fn snowball(&self, lower: &str) -> Option<&str> {
        self.stemmed.get(lower).map(|&id| self.term(id))
    }

    /// The Snowball stem of `word` as written, if it was a word of the text and was stemmed
    /// ([`Stems::keeping_stems`]): [`Stems::snowball`] without lower-casing `word` first.
    pub fn snowball_of_word(&self, word: &str) -> Option<&str> {
        let id = self.words.get(word).copied().and_then(term).filter(|_| self.snowball)?;
        Some(self.term(id))
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

/// The Snowball stemmer of `lang`, for every language `rust-stemmers` has.
///
/// Choosing the algorithm at run time links all 18 (~36 KB of the gzipped download, issue
/// 5 asks for all of them): `Stemmer::create` is one `match` over every algorithm. Builds
/// without the feature `languages` (the page's English build) link English only.
pub(crate) fn stemmer(lang: Lang) -> Option<Stemmer> {
    if !crate::lang::OTHERS {
        return (lang == Lang::En).then(|| Stemmer::create(Algorithm::English));
    }
    let algorithm = match lang {
        Lang::En => Algorithm::English,
        Lang::Ar => Algorithm::Arabic,
        Lang::Da => Algorithm::Danish,
        Lang::Nl => Algorithm::Dutch,
        Lang::Fi => Algorithm::Finnish,
        Lang::Fr => Algorithm::French,
        Lang::De => Algorithm::German,
        Lang::El => Algorithm::Greek,
        Lang::Hu => Algorithm::Hungarian,
        Lang::It => Algorithm::Italian,
        Lang::Nb => Algorithm::Norwegian,
        Lang::Pt => Algorithm::Portuguese,
        Lang::Ro => Algorithm::Romanian,
        Lang::Ru => Algorithm::Russian,
        Lang::Es => Algorithm::Spanish,
        Lang::Sv => Algorithm::Swedish,
        Lang::Ta => Algorithm::Tamil,
        Lang::Tr => Algorithm::Turkish,
        _ => return None,
    };
    Some(Stemmer::create(algorithm))
}

/// The number of words in `text` (UAX #29 words with a letter or digit).
pub fn word_count(text: &str) -> usize {
    words(text).count()
}

/// The words of each of some texts (UAX #29 words with a letter or digit), in one list: the summary's word counts,
/// the scorer's terms and its features read them, where each split the sentences itself
/// (issue 8).
#[derive(Debug, Default)]
pub struct SentenceWords<'t> {
    words: Vec<&'t str>,
    /// Where each text's words end in `words`.
    ends: Vec<usize>,
}

impl<'t> SentenceWords<'t> {
    /// The words of each of `texts`.
    ///
    /// # Example
    /// ```
    /// let w = brevity::tokens::SentenceWords::new(["Rivers rose.", "It's 3.5 m."]);
    /// assert_eq!((w.of(0), w.of(1)), (&["Rivers", "rose"][..], &["It's", "3.5", "m"][..]));
    /// ```
    pub fn new(texts: impl IntoIterator<Item = &'t str>) -> Self {
        let mut out = Self::default();
        for text in texts {
            out.words.extend(words(text));
            out.ends.push(out.words.len());
        }
        out
    }

    /// The number of words of all the texts.
    pub(crate) fn count(&self) -> usize {
        self.words.len()
    }

    /// The words of text `i`.
    ///
    /// # Panics
    /// If there are not `i + 1` texts.
    pub fn of(&self, i: usize) -> &[&'t str] {
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        &self.words[start..self.ends[i]]
    }
}

/// `s.split_whitespace()`, read byte by byte when `s` is ASCII: the tests that look at a
/// sentence's first words scanned all of a text without spaces char by char to find its
/// first word (1 MB without spaces: a quarter of `split` in Node, issue 8).
pub(crate) fn split_whitespace(s: &str) -> SplitWhitespace<'_> {
    if s.is_ascii() {
        SplitWhitespace::Ascii(s, 0)
    } else {
        SplitWhitespace::Other(s.split_whitespace())
    }
}

/// The iterator of [`split_whitespace`].
#[derive(Debug, Clone)]
pub(crate) enum SplitWhitespace<'t> {
    /// ASCII text and the byte where the scan resumes.
    Ascii(&'t str, usize),
    Other(std::str::SplitWhitespace<'t>),
}

impl<'t> Iterator for SplitWhitespace<'t> {
    type Item = &'t str;

    fn next(&mut self) -> Option<&'t str> {
        let (s, at) = match self {
            SplitWhitespace::Ascii(s, at) => (*s, at),
            SplitWhitespace::Other(words) => return words.next(),
        };
        // `char::is_whitespace` of an ASCII char.
        let space = |c: &u8| matches!(c, b'\t'..=b'\r' | b' ');
        let b = s.as_bytes();
        let start = *at + b.get(*at..)?.iter().position(|c| !space(c))?;
        // Eight bytes at a time to the first byte below b'!' (a word of a text without
        // spaces is the whole text), which ends the word if it is a space.
        let mut end = start;
        let end = loop {
            let Some(w) = crate::bytes::word(b, end) else {
                break b[end..].iter().position(space).map_or(b.len(), |n| end + n);
            };
            match crate::bytes::first_below(w, b'!') {
                Some(k) if space(&b[end + k]) => break end + k,
                Some(k) => end += k + 1,
                None => end += 8,
            }
        };
        *at = end;
        Some(&s[start..end])
    }
}

/// The UAX #29 words of `text` that hold a letter or digit: what `unicode_words` gives.
/// ASCII text (most news) takes a scanner that steps over the bytes between words, where
/// `unicode_words` makes each mark and space a segment of its own and drops it afterwards:
/// on "....." × 100,000 that was 40 % of the summary (issue 8). The rules are the crate's
/// own ASCII ones (WB5–WB13b: letters, digits and `_` join; `.`, `'`, `:` join letters;
/// `.`, `,`, `;`, `'` join digits).
pub(crate) fn words(text: &str) -> Words<'_> {
    if text.is_ascii() {
        Words::Ascii(text, 0)
    } else {
        Words::Unicode(text.unicode_words())
    }
}

/// The iterator of [`words`].
#[derive(Debug)]
pub(crate) enum Words<'t> {
    /// ASCII text and the byte where the scan resumes.
    Ascii(&'t str, usize),
    Unicode(unicode_segmentation::UnicodeWords<'t>),
}

impl<'t> Iterator for Words<'t> {
    type Item = &'t str;

    fn next(&mut self) -> Option<&'t str> {
        let (text, at) = match self {
            Words::Ascii(text, at) => (*text, at),
            Words::Unicode(words) => return words.next(),
        };
        let b = text.as_bytes();
        let core = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
        loop {
            let start = *at + b.get(*at..)?.iter().position(|&c| core(c))?;
            let mut end = start + 1;
            loop {
                // Past letters, digits and `_` eight bytes at a time, then whether the byte
                // after them joins what is on either side of it.
                end = crate::bytes::skip_ascii_word(b, end);
                let Some(&c) = b.get(end) else { break };
                let joins = |p: u8, n: u8| match c {
                    b'.' | b'\'' => {
                        p.is_ascii_digit() && n.is_ascii_digit() || p.is_ascii_alphabetic() && n.is_ascii_alphabetic()
                    }
                    b',' | b';' => p.is_ascii_digit() && n.is_ascii_digit(),
                    b':' => p.is_ascii_alphabetic() && n.is_ascii_alphabetic(),
                    _ => false,
                };
                if b.get(end + 1).is_some_and(|&n| joins(b[end - 1], n)) {
                    end += 1;
                } else {
                    break;
                }
            }
            *at = end;
            // A run of `_` alone is a segment without a letter or digit.
            if b[start..end].iter().any(u8::is_ascii_alphanumeric) {
                return Some(&text[start..end]);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_snowball_language_conflates_inflections_and_drops_function_words() {
        let de = Tokenizer::new(Lang::De);
        assert_eq!(de.terms("Die Regierung und die Regierungen der Länder"), ["regier", "regier", "land"]);
        let fr = Tokenizer::new(Lang::Fr);
        assert_eq!(fr.terms("Le gouvernement et les gouvernements"), ["gouvern", "gouvern"]);
        let es = Tokenizer::new(Lang::Es);
        assert_eq!(es.terms("Las elecciones y la elección presidencial"), ["eleccion", "eleccion", "presidencial"]);
        assert_eq!(Tokenizer::new(Lang::Ru).terms("Дом и дома"), ["дом", "дом"]);
    }

    #[test]
    fn inflected_languages_without_a_stemmer_conflate_by_prefix() {
        let pl = Tokenizer::new(Lang::Pl);
        assert_eq!(pl.terms("Polska i Polski"), ["polsk", "polsk"]);
        assert_eq!(pl.terms("Wybory wyborami"), ["wybor", "wybor"]);
    }

    #[test]
    fn a_cache_keeping_stems_gives_them_back_by_lower_case_word() {
        let t = Tokenizer::new(Lang::En);
        let mut kept = Stems::keeping_stems();
        t.term_ids("Rivers were rising.", &mut kept);
        assert_eq!((kept.snowball("rivers"), kept.snowball("rising")), (Some("river"), Some("rise")));
        assert_eq!((kept.snowball_of_word("Rivers"), kept.snowball_of_word("rivers")), (Some("river"), None));
        // Stop words are not stemmed, and a plain cache keeps nothing.
        assert_eq!(kept.snowball("were"), None);
        let mut plain = Stems::new();
        t.term_ids("Rivers were rising.", &mut plain);
        assert_eq!((plain.snowball("rivers"), plain.snowball_of_word("Rivers")), (None, None));
    }

    #[test]
    fn a_capitalized_word_after_its_lower_case_form_has_its_term() {
        let t = Tokenizer::new(Lang::En);
        let mut kept = Stems::keeping_stems();
        let ids = t.term_ids("rivers rose, the Rivers Rose. The ÉTÉ été", &mut kept);
        assert_eq!(
            ids.iter().map(|&id| kept.term(id)).collect::<Vec<_>>(),
            ["river", "rose", "river", "rose", "été", "été"]
        );
        assert_eq!(kept.snowball_of_word("Rivers"), Some("river"));
        assert_eq!((kept.snowball_of_word("The"), kept.snowball("été")), (None, Some("été")));
    }

    #[test]
    fn ascii_words_are_the_words_unicode_segmentation_gives() {
        // Every string of up to four chars over the chars the rules name, longer random
        // strings over them, and text.
        let alphabet: Vec<char> = "aZ09_.,;:' \"\r\n-".chars().collect();
        let mut texts: Vec<String> = vec![String::new()];
        let mut last = texts.clone();
        for _ in 0..4 {
            last = last.iter().flat_map(|t| alphabet.iter().map(move |c| format!("{t}{c}"))).collect();
            texts.extend(last.iter().cloned());
        }
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for n in 0..20_000 {
            let t: String = (0..5 + n % 40)
                .map(|_| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    alphabet[(seed % alphabet.len() as u64) as usize]
                })
                .collect();
            texts.push(t);
        }
        texts.push("U.S. e.g. 3.14 1,000;2 don't a:b http://x.org a_b __ _1 1_ rock'n'roll 5'6 ...a.".into());
        texts.push("The firm's profits rose 2% to $11.1bn (from $10.9bn) in Q4 2004.\r\nIt said: \"yes\".".into());
        for t in &texts {
            let expected: Vec<&str> = t.unicode_words().collect();
            assert_eq!(words(t).collect::<Vec<_>>(), expected, "{t:?}");
        }
        // Non-ASCII text goes to the crate.
        assert_eq!(words("Ça va, naïve café.").collect::<Vec<_>>(), ["Ça", "va", "naïve", "café"]);
    }

    #[test]
    fn ascii_whitespace_splits_as_the_standard_library_does() {
        let mut texts: Vec<String> =
            ["", " ", "a", " a b\t\tc\n", "x\x0by\x0cz\rw", "a\x1cb", "  lead and trail  ", "é b\u{a0}c d"]
                .map(String::from)
                .to_vec();
        // A space or control char at every offset of a long word (the scan reads 8 bytes at
        // a time).
        for n in 0..40 {
            for c in [" ", "\t", "\r\n", "\x0b", "\x1f", "!", "\x7f"] {
                texts.push(format!(
                    "{}{c}{}",
                    "Thequickbrownfox,jumps".repeat(2).get(..n).unwrap_or(""),
                    "x".repeat(n)
                ));
            }
        }
        for t in &texts {
            let expected: Vec<&str> = t.split_whitespace().collect();
            assert_eq!(split_whitespace(t).collect::<Vec<_>>(), expected, "{t:?}");
        }
    }

    #[test]
    fn scripts_without_suffixes_keep_whole_words() {
        assert_eq!(Tokenizer::new(Lang::Ko).terms("정부는 계획을"), ["정부는", "계획을"]);
    }
}
