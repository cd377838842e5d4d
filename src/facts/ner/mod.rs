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
use model::{Model, Scratch};

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

/// The document's tokens cut into tagged stretches: each unit is one line of one sentence.
#[derive(Default)]
struct Units {
    /// Every token's byte range, units one after another (`u32`: a novel has millions).
    tokens: Vec<(u32, u32)>,
    /// The sentence of each token.
    sentences: Vec<u32>,
    /// Where each unit ends in `tokens`.
    ends: Vec<usize>,
}

impl Units {
    fn range(&self, u: usize) -> std::ops::Range<usize> {
        (if u == 0 { 0 } else { self.ends[u - 1] })..self.ends[u]
    }
}

/// Cuts each sentence at line breaks ("BRUSSELS 1996-08-22\nThe European Commission…": a
/// headline or dateline line is a unit of its own) and tokenizes each piece. A piece with no
/// letter joins its neighbour on the same line: "1." before "Jesper Ronnback ( Sweden )" (a
/// results list) and a closing quote after "… to return ." are not sentences to tag alone.
fn units(text: &str, sentences: &[Span]) -> Units {
    // Allocated once (see `scan::token_estimate`): doubling copies in wasm, whose memory
    // never shrinks.
    let estimate = super::scan::token_estimate(text);
    let mut out =
        Units { tokens: Vec::with_capacity(estimate), sentences: Vec::with_capacity(estimate), ends: Vec::new() };
    // Whether the last unit ends on the line where the next piece starts.
    let mut same_line = false;
    // Start, in `out.tokens`, of a letterless piece waiting for the next one.
    let mut pending: Option<usize> = None;
    let (mut line_tokens, mut tail) = (Vec::new(), Vec::new());
    for (s, span) in sentences.iter().enumerate() {
        let mut start = span.start;
        if pending.is_some() {
            // A piece is pending after a line break from the last unit (or before any unit):
            // the gap from that unit to here holds the break too. Not searched again: a run
            // of letterless sentences (". ' . ' …") would search an ever longer gap.
            same_line = false;
        } else if let Some(&end) = out.ends.last() {
            // The gap after the last unit.
            let gap_start = out.tokens.get(end.wrapping_sub(1)).map_or(span.start, |t| t.1 as usize);
            same_line = gap_start <= span.start && !text[gap_start..span.start].contains('\n');
        }
        for (n, line) in text[span.range()].split('\n').enumerate() {
            let first = out.tokens.len();
            line_tokens.clear();
            tokenize::tokens_into(line, &mut line_tokens, &mut tail);
            out.tokens.extend(line_tokens.iter().map(|t| ((t.start + start) as u32, (t.end + start) as u32)));
            out.sentences.resize(out.tokens.len(), s as u32);
            start += line.len() + 1;
            if n > 0 {
                same_line = false;
            }
            if out.tokens.len() == first {
                continue;
            }
            // A pending piece is already in place just before this one: they are one unit.
            // It has no letter, so only this piece's tokens are looked at.
            let unit_start = pending.take().unwrap_or(first);
            let letters =
                out.tokens[first..].iter().any(|t| text[t.0 as usize..t.1 as usize].chars().any(char::is_alphabetic));
            if !letters && same_line && !out.ends.is_empty() {
                // Joins the previous unit, which ends right before it.
                if let Some(end) = out.ends.last_mut() {
                    *end = out.tokens.len();
                }
            } else if !letters {
                pending = Some(unit_start);
            } else {
                out.ends.push(out.tokens.len());
            }
            same_line = true;
        }
    }
    if pending.is_some() {
        out.ends.push(out.tokens.len());
    }
    // A unit is tagged with buffers proportional to its length (features, Viterbi tables):
    // a "sentence" of a million tokens (500 KB of dots, a text without punctuation) would
    // hold ~300 bytes a token. Cut such runs; no name is that long.
    let mut ends = Vec::with_capacity(out.ends.len());
    let mut start = 0;
    for &end in &out.ends {
        while end - start > MAX_UNIT {
            start += MAX_UNIT;
            ends.push(start);
        }
        ends.push(end);
        start = end;
    }
    out.ends = ends;
    out
}

/// The most tokens tagged as one unit.
const MAX_UNIT: usize = 1000;

/// The most tokens whose first-pass sums are kept for the second pass (590 KB; about 80 KB
/// of text, the 10,000 words of the benchmark included). Longer texts compute them again.
const KEEP_SUMS: usize = 1 << 14;

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
    if u32::try_from(text.len()).is_err() {
        return Vec::new(); // more than 4 GiB: no browser holds it, and offsets are `u32`
    }
    let units = units(text, sentences);
    let doc = features::Document::new(
        (0..units.ends.len()).map(|u| units.tokens[units.range(u)].iter().map(|t| &text[t.0 as usize..t.1 as usize])),
        units.tokens.len(),
        model.bits,
    );
    // Two passes: the second sees how the first labelled each word across the document.
    // The weights of the features a word form has wherever it occurs, summed once per form.
    let form_sums: Vec<[i32; model::L]> = (0..doc.forms()).map(|f| model.sum(doc.form_features(f))).collect();
    // The rows of the features with few values, and of each word's and shape's neighbour
    // features, found once for the text.
    let rows = doc.rows(model);
    let (mut scratch, mut labels) = (Scratch::default(), Vec::new());
    let (mut base, mut sums) = (Vec::new(), Vec::new());
    let mut first: Vec<u8> = Vec::with_capacity(doc.tokens());
    // The second pass adds its own few features to the first pass's sums, kept where the
    // text is short enough for them (36 bytes a token): computing every feature again was
    // a fifth of the tagger's time on a news article (issue 8). Integer sums: the same
    // labels either way.
    let keep = doc.tokens() <= KEEP_SUMS;
    let mut kept: Vec<[i32; model::L]> = Vec::with_capacity(if keep { doc.tokens() } else { 0 });
    for u in 0..doc.units() {
        base.clear();
        base.extend(doc.unit_tokens(u).map(|t| form_sums[doc.form_of(t)]));
        doc.sums(u, model, &rows, None, &base, &mut sums);
        model.tag_sums(&sums, &mut scratch, &mut labels);
        if keep {
            kept.extend_from_slice(&sums);
        }
        first.extend_from_slice(&labels);
    }
    let prior = doc.prior(&first);
    let mut out = Vec::new();
    for u in 0..doc.units() {
        if keep {
            base.clear();
            base.extend_from_slice(&kept[doc.unit_tokens(u)]);
        } else {
            base.clear();
            base.extend(doc.unit_tokens(u).map(|t| form_sums[doc.form_of(t)]));
            doc.sums(u, model, &rows, None, &base, &mut sums);
            std::mem::swap(&mut base, &mut sums);
        }
        doc.sums(u, model, &rows, Some(&prior), &base, &mut sums);
        model.tag_sums(&sums, &mut scratch, &mut labels);
        let range = doc.unit_tokens(u);
        let (tokens, sentence) = (&units.tokens[range.clone()], &units.sentences[range]);
        for (a, b, kind) in spans(&labels) {
            // A unit may open with a letterless piece of the previous sentence ("```" before
            // "Inc."): a name keeps only the tokens of the sentence it ends in, so its span
            // stays inside that sentence.
            let last = sentence[b - 1];
            let a = (a..b).find(|&k| sentence[k] == last).unwrap_or(a);
            out.push(Found {
                span: Span::new(tokens[a].0 as usize, tokens[b - 1].1 as usize),
                kind,
                sentence: sentence[a] as usize,
            });
        }
    }
    out
}

/// The PER/LOC/ORG spans of a label sequence as token ranges `a..b` (MISC dropped).
pub fn spans<T: Copy + Into<usize>>(labels: &[T]) -> Vec<(usize, usize, Kind)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < labels.len() {
        let l: usize = labels[i].into();
        if l == 0 || l % 2 == 0 {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < labels.len() && labels[j].into() == l + 1 {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_run_without_sentence_ends_is_tagged_in_bounded_pieces() {
        // 2,400 words and no full stop: one "sentence" of 2,400 tokens.
        let text = "Maria Lopez met the mayor in Seville and ".repeat(300);
        let units = units(&text, &[Span::new(0, text.trim_end().len())]);
        assert_eq!(units.tokens.len(), 2400);
        let sizes: Vec<usize> = (0..units.ends.len()).map(|u| units.range(u).len()).collect();
        assert_eq!(sizes, [1000, 1000, 400]);
        // The names are still found across the pieces.
        let found = find(&text, &[Span::new(0, text.trim_end().len())]);
        let people = found.iter().filter(|f| &text[f.span.range()] == "Maria Lopez").count();
        assert!(people >= 290, "{people} of 300");
    }
}
