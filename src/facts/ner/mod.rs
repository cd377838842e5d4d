//! Named entities: people, places and organizations, found by a compact statistical tagger.
//!
//! The text is cut into CoNLL-style tokens ([`tokenize`]), each token gets hashed features
//! ([`features`]: the word, its shape and affixes, its neighbours, name lists, and how the
//! rest of the document writes it), and a linear-chain model ([`mod@model`], an averaged
//! structured perceptron trained by `examples/train_ner.rs` on CoNLL++) picks BIO labels
//! by Viterbi. The weights are a compiled-in data file, `src/data/en/ner.model`.

pub mod features;
pub mod gazetteer;
pub mod model;
pub mod tokenize;

use std::sync::OnceLock;

use crate::span::Span;
use model::Model;

/// The compiled-in model, written by `cargo run --release --example train_ner`.
static MODEL_BYTES: &[u8] = include_bytes!("../../data/en/ner.model");

/// The compiled-in model, parsed once; `None` if the file is not a model.
pub fn model() -> Option<&'static Model> {
    static CELL: OnceLock<Option<Model>> = OnceLock::new();
    CELL.get_or_init(|| Model::parse(MODEL_BYTES)).as_ref()
}

/// The kind of a named entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// A person.
    Person,
    /// A place: country, city, region, river…
    Place,
    /// An organization: company, party, agency, team…
    Organization,
}

/// A name the tagger found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Found {
    /// The name's span in the text (title words such as "President" not included).
    pub span: Span,
    /// What it names.
    pub kind: Kind,
    /// Index of the sentence it is in.
    pub sentence: usize,
}

/// A tagged stretch: one line of one sentence, with its tokens and their sentences.
struct Unit {
    tokens: Vec<Span>,
    sentences: Vec<usize>,
}

/// Cuts each sentence at line breaks ("BRUSSELS 1996-08-22\nThe European Commission…": a
/// headline or dateline line is a unit of its own) and tokenizes each piece. A piece with no
/// letter joins its neighbour on the same line: "1." before "Jesper Ronnback ( Sweden )" (a
/// results list) and a closing quote after "… to return ." are not sentences to tag alone.
fn units(text: &str, sentences: &[Span]) -> Vec<Unit> {
    let mut out: Vec<Unit> = Vec::new();
    // Whether the last unit ends on the line where the next piece starts.
    let mut same_line = false;
    let mut pending: Option<Unit> = None;
    for (s, span) in sentences.iter().enumerate() {
        let mut start = span.start;
        if let Some(prev) = out.last() {
            let gap_start = prev.tokens.last().map_or(span.start, |t| t.end);
            same_line = gap_start <= span.start && !text[gap_start..span.start].contains('\n');
        }
        for (n, line) in text[span.range()].split('\n').enumerate() {
            let tokens: Vec<Span> =
                tokenize::tokens(line).into_iter().map(|t| Span::new(t.start + start, t.end + start)).collect();
            start += line.len() + 1;
            if n > 0 {
                same_line = false;
            }
            if tokens.is_empty() {
                continue;
            }
            let mut unit = Unit { sentences: vec![s; tokens.len()], tokens };
            if let Some(p) = pending.take() {
                let mut merged = p;
                merged.tokens.extend(unit.tokens);
                merged.sentences.extend(unit.sentences);
                unit = merged;
            }
            let letters = unit.tokens.iter().any(|t| text[t.range()].chars().any(char::is_alphabetic));
            if !letters && same_line && !out.is_empty() {
                if let Some(last) = out.last_mut() {
                    last.tokens.extend(unit.tokens);
                    last.sentences.extend(unit.sentences);
                }
            } else if !letters {
                pending = Some(unit);
            } else {
                out.push(unit);
            }
            same_line = true;
        }
    }
    out.extend(pending);
    out
}

/// Finds the people, places and organizations of `text`, whose sentences are `sentences`.
/// The names come in text order and do not overlap.
///
/// # Example
/// ```
/// use brevity::facts::ner::{find, Kind};
/// let text = "President Emmanuel Macron arrived in Berlin on Monday.";
/// let found = find(text, &[brevity::Span::new(0, text.len())]);
/// let names: Vec<(&str, Kind)> = found.iter().map(|f| (&text[f.span.range()], f.kind)).collect();
/// assert_eq!(names, [("Emmanuel Macron", Kind::Person), ("Berlin", Kind::Place)]);
/// ```
pub fn find(text: &str, sentences: &[Span]) -> Vec<Found> {
    let Some(model) = model() else { return Vec::new() };
    let units = units(text, sentences);
    let doc: Vec<Vec<&str>> = units.iter().map(|u| u.tokens.iter().map(|t| &text[t.range()]).collect()).collect();
    // Two passes: the second sees how the first labelled each word across the document.
    let prepared = features::Prepared::new(&doc, model.bits);
    let first: Vec<Vec<usize>> = prepared.base.iter().map(|f| model.tag(f)).collect();
    let feats = prepared.with_prior(&first);
    let mut out = Vec::new();
    for (unit, f) in units.iter().zip(&feats) {
        let labels = model.tag(f);
        for (a, b, kind) in spans(&labels) {
            // A unit may open with a letterless piece of the previous sentence ("```" before
            // "Inc."): a name keeps only the tokens of the sentence it ends in, so its span
            // stays inside that sentence.
            let last = unit.sentences[b - 1];
            let a = (a..b).find(|&k| unit.sentences[k] == last).unwrap_or(a);
            out.push(Found {
                span: Span::new(unit.tokens[a].start, unit.tokens[b - 1].end),
                kind,
                sentence: unit.sentences[a],
            });
        }
    }
    out
}

/// The PER/LOC/ORG spans of a label sequence as token ranges `a..b` (MISC dropped).
pub fn spans(labels: &[usize]) -> Vec<(usize, usize, Kind)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < labels.len() {
        let l = labels[i];
        if l == 0 || l % 2 == 0 {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < labels.len() && labels[j] == l + 1 {
            j += 1;
        }
        let kind = match l {
            1 => Some(Kind::Person),
            3 => Some(Kind::Place),
            5 => Some(Kind::Organization),
            _ => None,
        };
        if let Some(kind) = kind {
            out.push((i, j, kind));
        }
        i = j;
    }
    out
}
