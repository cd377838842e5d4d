//! Features of each sentence, the inputs of the learned scorer ([`super::model`]).
//!
//! Each is a plain number a person can read ("the 3rd prose sentence", "shares 40 % of its
//! terms with the opening"). Per-text ranks ("the longest quarter of this text") let one
//! model serve short news items and long reports alike. Every feature is linear (or
//! `n log n` for ranks) in the text's size; the only quadratic part, the TextRank graph, is
//! capped in `score::centrality`.

use super::{centrality, ngrams, Document};
use crate::types::SentenceKind;

/// Which part of `why` a feature's contribution goes to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    /// Lead and paragraph position.
    Position,
    /// Centrality in the text.
    Centrality,
    /// Term weight, overlap with the opening and the headline, novelty.
    Terms,
    /// Length.
    Length,
    /// Names and numbers.
    Facts,
    /// Quotes, questions, first person.
    Quote,
}

macro_rules! features {
    ($($name:ident : $group:ident,)*) => {
        /// Feature names, in the order of a row (and of the model file's `features` line).
        pub const NAMES: &[&str] = &[$(stringify!($name),)*];
        /// The `why` part of each feature.
        pub const GROUPS: &[Group] = &[$(Group::$group,)*];
        #[allow(non_camel_case_types, clippy::upper_case_acronyms, dead_code)]
        #[derive(Clone, Copy)]
        #[repr(usize)]
        enum F { $($name,)* }
    };
}

features! {
    // Index among the prose sentences (0 = first).
    position: Position,
    // The same as a share of the prose sentences, in [0, 1).
    position_share: Position,
    // How many prose sentences the text has.
    sentences: Position,
    // Paragraph number (blank-line separated; 0 for text without blank lines).
    paragraph: Position,
    // Index of the sentence inside its paragraph.
    in_paragraph: Position,
    // Paragraphs in the text (1 for text without blank lines, such as collapsed web copy).
    paragraphs: Position,
    // 1 for a lower-cased text (no case signal).
    caseless: Position,
    // Words.
    words: Length,
    // Share of the prose sentences that are shorter.
    words_rank: Length,
    // Share of the words that are stop words or punctuation-like.
    stop_share: Length,
    // TextRank centrality, 1 for the most central sentence.
    centrality: Centrality,
    // Share of the prose sentences that are less central.
    centrality_rank: Centrality,
    // Cosine with the text's centroid.
    centroid: Centrality,
    // Mean cosine with the first three prose sentences (itself left out).
    lead_similarity: Terms,
    // Cosine with the first prose sentence (1 for that sentence).
    first_similarity: Terms,
    // Cosine with the headline, when the text opens with one.
    heading_similarity: Terms,
    // Share of its terms not seen in an earlier sentence.
    novelty: Terms,
    // Mean IDF of its terms (sentences as documents).
    idf_mean: Terms,
    // Mean frequency in the text of its terms, relative to the most frequent term.
    term_weight: Terms,
    // Share of the prose sentences with a lower term weight.
    term_weight_rank: Terms,
    // Share of its terms among the text's ten most frequent.
    top_terms: Terms,
    // Share of words with a digit.
    digits: Facts,
    // Share of words after the first that are capitalised (0 in caseless text).
    capitals: Facts,
    // 1 if it contains a quotation mark.
    quote: Quote,
    // 1 if it opens with a quotation mark.
    quote_start: Quote,
    // 1 if it ends with a question mark.
    question: Quote,
    // Share of first- and second-person words ("I", "we", "you").
    first_person: Quote,
    // Mean learned weight of its word 1- and 2-grams (hashed; see [`ngrams`]).
    ngram: Terms,
    // Share of the prose sentences with a lower n-gram weight.
    ngram_rank: Terms,
}

/// Number of features in a row.
pub const COUNT: usize = NAMES.len();

/// One row of features.
pub type Row = [f32; COUNT];

const QUOTES: &[char] = &['"', '“', '”', '„', '«', '»', '`'];
const FIRST_PERSON: &[&str] = &["i", "we", "me", "my", "our", "us", "you", "your", "ich", "wir", "je", "nous", "yo"];

/// Features of every sentence; rows of sentences that are not prose are all zero.
pub fn compute(doc: &Document<'_>) -> Vec<Row> {
    let n_all = doc.texts.len();
    let mut rows = vec![[0.0f32; COUNT]; n_all];
    let prose: Vec<usize> = (0..n_all).filter(|&i| doc.kinds[i] == SentenceKind::Prose).collect();
    let n = prose.len();
    if n == 0 {
        return rows;
    }
    let v = doc.vectors;
    let centrality = centrality::rank(v, &prose);

    // Document term frequencies over the prose, and the centroid of the prose vectors.
    let vocab = v.idf.len();
    let mut tf = vec![0u32; vocab];
    let mut centroid = vec![0.0f32; vocab];
    for &i in &prose {
        for &(t, w) in &v.rows[i] {
            centroid[t as usize] += w;
        }
        for t in &doc.term_ids[i] {
            tf[*t as usize] += 1;
        }
    }
    let centroid_norm = centroid.iter().map(|w| w * w).sum::<f32>().sqrt();
    let max_tf = tf.iter().copied().max().unwrap_or(0).max(1) as f32;
    let mut by_tf: Vec<u32> = (0..vocab as u32).filter(|&t| tf[t as usize] > 0).collect();
    crate::sort::sort_by(&mut by_tf, |&a, &b| tf[b as usize].cmp(&tf[a as usize]).then(a.cmp(&b)));
    let mut top = vec![false; vocab];
    for &t in by_tf.iter().take(10) {
        top[t as usize] = true;
    }
    let lead: Vec<usize> = prose.iter().copied().take(3).collect();
    // The headline: the last heading before the first prose sentence ("Storm hits coast").
    let heading = (0..prose[0]).rev().find(|&j| doc.kinds[j] == SentenceKind::Heading);

    let paragraphs = 1 + prose.iter().skip(1).filter(|&&i| doc.paragraph_start[i]).count();
    // Terms seen in an earlier sentence, by id (the ids run from 0 to `vocab`).
    let mut seen = vec![false; vocab];
    let mut paragraph = 0usize;
    let mut in_paragraph = 0usize;
    for (r, &i) in prose.iter().enumerate() {
        let row = &mut rows[i];
        let set = |row: &mut Row, f: F, x: f32| row[f as usize] = x;
        if r > 0 && doc.paragraph_start[i] {
            paragraph += 1;
            in_paragraph = 0;
        }
        set(row, F::position, r as f32);
        set(row, F::position_share, r as f32 / n as f32);
        set(row, F::sentences, n as f32);
        set(row, F::paragraph, paragraph as f32);
        set(row, F::in_paragraph, in_paragraph as f32);
        set(row, F::paragraphs, paragraphs as f32);
        set(row, F::caseless, if doc.caseless { 1.0 } else { 0.0 });
        in_paragraph += 1;

        let text = doc.texts[i];
        let words = doc.words.of(i);
        let n_words = words.len().max(1) as f32;
        let terms = &doc.term_ids[i];
        let n_terms = terms.len() as f32;
        set(row, F::words, words.len() as f32);
        set(row, F::stop_share, 1.0 - n_terms / n_words);

        set(row, F::centrality, centrality[i]);
        let c = if centroid_norm > 0.0 { dense_dot(&v.rows[i], &centroid) / centroid_norm } else { 0.0 };
        set(row, F::centroid, c);

        let others = lead.iter().filter(|&&j| j != i);
        let n_others = others.clone().count();
        let lead_sim = if n_others == 0 { 0.0 } else { others.map(|&j| v.cosine(i, j)).sum::<f32>() / n_others as f32 };
        set(row, F::lead_similarity, lead_sim);
        set(row, F::first_similarity, if r == 0 { 1.0 } else { v.cosine(i, prose[0]) });
        set(row, F::heading_similarity, heading.map_or(0.0, |h| v.cosine(i, h)));

        if n_terms > 0.0 {
            let new = terms.iter().filter(|&&t| !seen.get(t as usize).is_some_and(|&s| s)).count() as f32;
            set(row, F::novelty, new / n_terms);
            let idf: f32 = terms.iter().map(|&t| v.idf[t as usize]).sum();
            set(row, F::idf_mean, idf / n_terms);
            let weight: f32 = terms.iter().map(|&t| tf[t as usize] as f32).sum();
            set(row, F::term_weight, weight / n_terms / max_tf);
            let in_top = terms.iter().filter(|&&t| top[t as usize]).count() as f32;
            set(row, F::top_terms, in_top / n_terms);
        }
        for &t in terms {
            if let Some(s) = seen.get_mut(t as usize) {
                *s = true;
            }
        }

        // (Bytes, not chars: an ASCII digit is its own byte in UTF-8.)
        let digits = words.iter().filter(|w| w.bytes().any(|b| b.is_ascii_digit())).count() as f32;
        set(row, F::digits, digits / n_words);
        if !doc.caseless {
            let caps = words.iter().skip(1).filter(|w| w.chars().next().is_some_and(char::is_uppercase)).count();
            set(row, F::capitals, caps as f32 / n_words);
        }
        let trimmed = text.trim_end_matches(|c: char| QUOTES.contains(&c) || c == '\'' || c == ')' || c == ' ');
        set(row, F::quote, if text.contains(QUOTES) || crate::bytes::contains(text, "''") { 1.0 } else { 0.0 });
        set(row, F::quote_start, if text.starts_with(QUOTES) || text.starts_with('\'') { 1.0 } else { 0.0 });
        set(row, F::question, if trimmed.ends_with('?') { 1.0 } else { 0.0 });
        // "We" and "we", but not "US" (the country).
        // (The list first: few words are in it, and only those are read char by char.)
        let person = |w: &&&str| {
            FIRST_PERSON.iter().any(|p| w.eq_ignore_ascii_case(p))
                && !(w.len() > 1 && w.chars().all(char::is_uppercase))
        };
        let first = words.iter().filter(person).count();
        set(row, F::first_person, first as f32 / n_words);
        set(row, F::ngram, ngrams::score(words));
    }
    rank_share(&mut rows, &prose, F::words, F::words_rank);
    rank_share(&mut rows, &prose, F::centrality, F::centrality_rank);
    rank_share(&mut rows, &prose, F::term_weight, F::term_weight_rank);
    rank_share(&mut rows, &prose, F::ngram, F::ngram_rank);
    rows
}

/// Sets `to` to the share of prose sentences whose `from` is strictly smaller.
fn rank_share(rows: &mut [Row], prose: &[usize], from: F, to: F) {
    let mut values: Vec<f32> = prose.iter().map(|&i| rows[i][from as usize]).collect();
    crate::sort::sort_by(&mut values, f32::total_cmp);
    let n = values.len() as f32;
    for &i in prose {
        let x = rows[i][from as usize];
        rows[i][to as usize] = values.partition_point(|&y| y < x) as f32 / n;
    }
}

fn dense_dot(row: &[(u32, f32)], dense: &[f32]) -> f32 {
    row.iter().map(|&(t, w)| w * dense[t as usize]).sum()
}
