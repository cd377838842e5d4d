//! Brevity: extractive summaries and key facts, in the browser or natively.
//!
//! ```
//! let text = "The city council voted on Tuesday to close the old bridge. \
//!             Engineers had warned that its steel was failing. \
//!             A new crossing will open in 2026. Residents were divided.";
//! let summary = brevity::summarize(text);
//! for sentence in summary.summary_sentences() {
//!     assert_eq!(&text[sentence.span.range()], sentence.text);
//! }
//! assert!(summary.summary.len() <= 3);
//! ```
//!
//! # Overview
//! A text goes through one pipeline: [`split`] it into sentences, turn each sentence into
//! terms ([`tokens`]), score the sentences ([`score`]), pick the best within a length budget
//! without repeats ([`select`]), and extract the key [`Facts`].
//!
//! # Options
//! [`Options`] sets the length (sentences, ratio or words), the language (detected by
//! default), which facts to extract, and a focus. [`Summarizer::new`] validates them once.
//!
//! # Offsets
//! In Rust every item carries a byte [`Span`]: `&text[span.range()]` is exactly its text.
//! JavaScript and the CLI's JSON get UTF-16 code-unit offsets instead
//! ([`Summary::to_utf16`]), so `text.slice(start, end)` is the item's text.
//!
//! # Crate features
//! | feature | default | what it adds |
//! |---|---|---|
//! | `console_error_panic_hook` | yes | readable panics in the browser console (wasm only) |
//! | `cli` | no | the `brevity` command-line program (native) |

#![deny(missing_docs)]
#![warn(missing_debug_implementations)]

/// A data file of `src/data/` (a path relative to it), compiled in without its comment
/// lines (see `build.rs`).
macro_rules! data_file {
    ($path:literal) => {
        include_str!(concat!(env!("OUT_DIR"), "/data/", $path))
    };
}
pub(crate) use data_file;

// Conventions for the download's size (docs/performance.md, 2026-11-29). A set of chars as
// a pattern is a slice, `s.ends_with(&['.', ','][..])`: an array `[char; N]` compiles core's
// searcher again for every N (a hot loop may keep its array for speed). The hash maps and
// sets reuse the key and value types others have (`u32` ids and counts, `Cow<str>` and
// `String` keys): each new pair of types compiles another copy of the hash table's code.

mod bytes;
mod case;
mod data;
mod decimal;
mod error;
pub mod facts;
mod hash;
mod lang;
pub mod markup;
mod options;
pub mod score;
mod segment;
pub mod select;
mod sort;
mod span;
pub mod tokens;
mod types;
mod words;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use error::Error;
pub use lang::Lang;
pub use options::{FactKinds, Length, Options};
pub use span::{Span, Utf16Map};
pub use types::{
    sentences_texts_from, sentences_to_utf16, DateFact, Entity, Facts, Keyphrase, Mention, NumberFact, Quote, Sentence,
    SentenceKind, Stats, Summary, Why,
};

use score::kind;
use tokens::Tokenizer;

/// A validated configuration, reused across texts.
///
/// # Example
/// ```
/// use brevity::{Length, Options, Summarizer};
/// let mut options = Options::default(); // non-exhaustive: set fields on the default
/// options.length = Length::MaxWords(12);
/// let s = Summarizer::new(options).unwrap();
/// let out = s.summarize("Short one. This second sentence has quite a few more words in it. Third.");
/// assert!(out.stats.summary_words <= 12);
/// ```
#[derive(Debug, Clone, Default)]
pub struct Summarizer {
    options: Options,
}

impl Summarizer {
    /// Validates `options`.
    ///
    /// # Errors
    /// [`Error::InvalidOption`] naming the bad option and its value.
    pub fn new(options: Options) -> Result<Summarizer, Error> {
        options.validate()?;
        Ok(Summarizer { options })
    }

    /// The options in use.
    pub fn options(&self) -> &Options {
        &self.options
    }

    fn lang(&self, text: &str) -> Lang {
        self.options.language.unwrap_or_else(|| Lang::detect(text))
    }

    /// Splits `text` into sentences (scores 0, kinds set). Never fails.
    pub fn split<'t>(&self, text: &'t str) -> Vec<Sentence<'t>> {
        let lang = self.lang(text);
        sentences(text, &sentence_spans(text, lang), lang)
    }

    /// Extracts the facts of `text`. Never fails.
    pub fn facts<'t>(&self, text: &'t str) -> Facts<'t> {
        let lang = self.lang(text);
        let spans = sentence_spans(text, lang);
        facts::extract(facts::Input { text, sentences: &spans, lang, alone: None, stems: None }, self.options.facts)
    }

    /// Summarizes `text`. Never fails: an empty text gives an empty summary.
    pub fn summarize<'t>(&self, text: &'t str) -> Summary<'t> {
        let lang = self.lang(text);
        let spans = sentence_spans(text, lang);
        // Each sentence classified once: its kind and the fact finders' view of it.
        let alone = kind::classify_each(text, &spans, lang);
        let mut sentences = sentences_of_kinds(text, &spans, alone.clone());
        let eligible: Vec<usize> = (0..sentences.len()).filter(|&i| sentences[i].kind == SentenceKind::Prose).collect();
        // Selected here, where the sentences' term vectors are at hand.
        let ((scored, summary, words), stems) = self.with_document(text, lang, &sentences, |doc| {
            let texts = doc.texts;
            let words: Vec<usize> = (0..texts.len()).map(|i| doc.words.of(i).len()).collect();
            let scored = score::score(doc);
            let scores: Vec<f32> = scored.iter().map(|&(score, _)| score).collect();
            let rows = &doc.vectors.rows[..texts.len()];
            let length = self.options.length;
            let summary = select::select(&scores, &words, &eligible, texts, rows, length, select::rerank::shipped());
            (scored, summary, words)
        });
        for (s, (score, why)) in sentences.iter_mut().zip(scored) {
            s.score = score;
            s.why = why;
        }
        let input = facts::Input { text, sentences: &spans, lang, alone: Some(&alone), stems: Some(&stems) };
        let facts = facts::extract(input, self.options.facts);
        let stats = Stats {
            characters: bytes::char_count(text),
            words: words.iter().sum(),
            sentences: sentences.len(),
            summary_words: summary.iter().map(|&i| words[i]).sum(),
            html: false,
        };
        Summary { language: lang, sentences, summary, facts, stats }
    }

    /// The sentences of `text`, the scorer's feature row of each (names in
    /// [`score::features::NAMES`]) and its TF-IDF vector (term id, weight); for training
    /// the scorer and the summary reranker (`brevity features`).
    #[doc(hidden)]
    pub fn sentence_features<'t>(&self, text: &'t str) -> (Vec<Sentence<'t>>, Vec<score::features::Row>, TermRows) {
        let lang = self.lang(text);
        let sentences = sentences(text, &sentence_spans(text, lang), lang);
        let ((rows, vectors), _) = self.with_document(text, lang, &sentences, |doc| {
            (score::feature_rows(doc), doc.vectors.rows[..doc.texts.len()].to_vec())
        });
        (sentences, rows, vectors)
    }

    /// Builds what the scorer reads of `text` and hands it to `f`; also gives back the
    /// stems it made.
    fn with_document<'s, T>(
        &'s self,
        text: &str,
        lang: Lang,
        sentences: &[Sentence<'s>],
        f: impl FnOnce(&score::Document<'_>) -> T,
    ) -> (T, tokens::Stems<'s>) {
        let tokenizer = Tokenizer::new(lang);
        // The key-phrase finder reuses the stems.
        let mut stems =
            if self.options.facts.keyphrases { tokens::Stems::keeping_stems() } else { tokens::Stems::new() };
        // Each sentence split into words once, for its terms, its features and its length.
        let words = tokens::SentenceWords::new(sentences.iter().map(|s| s.text));
        stems.reserve(words.count());
        let mut terms: Vec<Vec<u32>> =
            (0..sentences.len()).map(|i| tokenizer.term_ids_of(words.of(i), &mut stems)).collect();
        let kinds: Vec<SentenceKind> = sentences.iter().map(|s| s.kind).collect();
        let texts: Vec<&str> = sentences.iter().map(|s| s.text).collect();
        let paragraph_start = paragraph_starts(text, sentences.iter().map(|s| s.span));
        let focus_row = self.options.focus.as_deref().map(|f| {
            terms.push(tokenizer.term_ids(f, &mut stems));
            terms.len() - 1
        });
        let vectors = score::Vectors::from_ids(terms, stems.len());
        let focus: Option<Vec<u32>> = focus_row.map(|r| {
            let mut ids = vectors.ids[r].clone();
            crate::sort::sort(&mut ids);
            ids.dedup();
            ids
        });
        let doc = score::Document {
            texts: &texts,
            kinds: &kinds,
            paragraph_start: &paragraph_start,
            vectors: &vectors,
            term_ids: &vectors.ids[..sentences.len()],
            words: &words,
            caseless: score::caseless::is_caseless(text),
            focus: focus.as_deref(),
        };
        (f(&doc), stems)
    }
}

/// Per sentence, its TF-IDF vector as (term id, weight) sorted by id.
#[doc(hidden)]
pub type TermRows = Vec<Vec<(u32, f32)>>;

/// The sentence spans of `text`: the splitter's, plus the breaks of lower-cased text
/// (see [`score::caseless`]).
fn sentence_spans(text: &str, lang: Lang) -> Vec<Span> {
    let spans = score::caseless::refine(text, segment::split_spans(text, lang));
    kind::split_meta_prefix(text, spans, lang)
}

fn sentences<'t>(text: &'t str, spans: &[Span], lang: Lang) -> Vec<Sentence<'t>> {
    sentences_of_kinds(text, spans, kind::classify_each(text, spans, lang))
}

/// The sentences, given each one's kind from its own words ([`kind::classify_each`]).
fn sentences_of_kinds<'t>(text: &'t str, spans: &[Span], mut kinds: Vec<SentenceKind>) -> Vec<Sentence<'t>> {
    kind::mark_lines(text, spans, &mut kinds);
    spans
        .iter()
        .zip(kinds)
        .map(|(&span, kind)| Sentence { text: &text[span.range()], span, score: 0.0, kind, why: Why::default() })
        .collect()
}

/// Whether each sentence opens a paragraph (first, or after a blank line).
fn paragraph_starts(text: &str, spans: impl Iterator<Item = Span>) -> Vec<bool> {
    let mut prev_end = 0;
    spans
        .enumerate()
        .map(|(i, s)| {
            let gap = &text[prev_end..s.start];
            prev_end = s.end;
            i == 0 || gap.bytes().filter(|&b| b == b'\n').count() >= 2
        })
        .collect()
}

/// Summarizes `text` with the default options (3 sentences, detected language, all facts).
///
/// # Example
/// ```
/// let s = brevity::summarize("");
/// assert!(s.sentences.is_empty() && s.summary.is_empty());
/// ```
pub fn summarize(text: &str) -> Summary<'_> {
    Summarizer::default().summarize(text)
}

/// Splits `text` into sentences with the default options.
///
/// # Example
/// ```
/// let s = brevity::split("Dr. Smith arrived. She sat down.");
/// assert_eq!(s.len(), 2);
/// assert_eq!(s[0].text, "Dr. Smith arrived.");
/// ```
pub fn split(text: &str) -> Vec<Sentence<'_>> {
    Summarizer::default().split(text)
}

/// Extracts the key facts of `text` with the default options.
pub fn facts(text: &str) -> Facts<'_> {
    Summarizer::default().facts(text)
}

/// The crate's version.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
