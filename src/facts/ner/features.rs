//! Feature extraction for the entity tagger: the one piece of code that both the training
//! program (`examples/train_ner.rs`) and the product run, so a token gets the same features
//! in both. Features are strings hashed (FNV-1a) into `2^bits` buckets.

use std::collections::HashMap;

use super::gazetteer::{self, GazHit};

/// Hashes a feature: a template tag and its parts.
#[derive(Clone, Copy, Debug)]
struct Hasher {
    mask: u32,
}

impl Hasher {
    fn hash(self, tag: &str, parts: &[&str]) -> u32 {
        let mut h: u32 = 0x811c_9dc5;
        let mut eat = |b: u8| {
            h ^= u32::from(b);
            h = h.wrapping_mul(0x0100_0193);
        };
        for b in tag.bytes() {
            eat(b);
        }
        for p in parts {
            eat(0x1f);
            for b in p.bytes() {
                eat(b);
            }
        }
        // Final avalanche so the low bits depend on every byte.
        h ^= h >> 16;
        h = h.wrapping_mul(0x7feb_352d);
        h ^= h >> 15;
        h & self.mask
    }
}

/// The case pattern of a word.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Case {
    Lower,
    Title,
    Caps,
    Mixed,
    None,
}

fn case_of(w: &str) -> Case {
    let mut letters = w.chars().filter(|c| c.is_alphabetic());
    let Some(first) = letters.next() else { return Case::None };
    // One pass over the other letters, no allocation: this runs several times per token.
    let (mut more, mut all_upper, mut any_upper) = (false, true, false);
    for c in letters {
        more = true;
        if c.is_uppercase() {
            any_upper = true;
        } else {
            all_upper = false;
        }
    }
    let first_upper = first.is_uppercase() && w.chars().next().is_some_and(|c| !c.is_lowercase());
    if first_upper && all_upper && more {
        Case::Caps
    } else if first_upper && !any_upper {
        Case::Title
    } else if !first.is_uppercase() && !any_upper {
        Case::Lower
    } else if first_upper {
        Case::Mixed
    } else {
        Case::Lower
    }
}

impl Case {
    fn tag(self) -> &'static str {
        match self {
            Case::Lower => "l",
            Case::Title => "t",
            Case::Caps => "c",
            Case::Mixed => "m",
            Case::None => "n",
        }
    }
}

/// Word shape: `Xxxx` → "Xx", `U.S.` → "X.X.", `1996-12-06` → "d-d-d" (collapsed runs).
fn shape(w: &str, collapse: bool) -> String {
    let mut out = String::new();
    let mut last = '\0';
    for c in w.chars() {
        let k = if c.is_uppercase() {
            'X'
        } else if c.is_alphabetic() {
            'x'
        } else if c.is_ascii_digit() {
            'd'
        } else {
            c
        };
        if collapse && k == last {
            continue;
        }
        if !collapse && out.chars().count() >= 8 {
            break;
        }
        out.push(k);
        last = k;
    }
    out
}

/// Canonical text of a token for features: curly quotes made straight.
pub fn normalize(w: &str) -> String {
    w.chars()
        .map(|c| match c {
            '’' | '‘' | '`' => '\'',
            '“' | '”' | '„' => '"',
            '–' | '—' => '-',
            c => c,
        })
        .collect()
}

/// Whether a sentence is a headline: mostly capitals ("CHINA SAYS TAIWAN SPOILS ATMOSPHERE").
fn is_headline(words: &[String]) -> bool {
    let alpha: Vec<&String> = words.iter().filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2).collect();
    if alpha.len() < 2 {
        return false;
    }
    let caps = alpha.iter().filter(|w| case_of(w) == Case::Caps).count();
    caps * 10 >= alpha.len() * 7
}

/// What a document says about a word, counted over all its sentences.
#[derive(Default, Clone, Copy)]
struct DocStats {
    /// Title-cased, not sentence-initial, not in a headline.
    title: u32,
    /// Lower-cased, not sentence-initial.
    lower: u32,
}

/// Computes the hashed features of every token of a document.
///
/// `doc` holds the document's sentences (or lines), each a list of tokens as the
/// tokenizer cut them. The result has the same shape: one list of buckets per token.
///
/// `prior`, when given, holds labels from a first tagging pass (indices into
/// [`super::model::LABELS`]), and adds features that say how that pass labelled the same
/// word elsewhere in the document: the second pass of a two-pass tagging, so that "Santa Fe"
/// agrees with "Santa Fe Pacific Gold Corp" three sentences earlier.
pub fn document(doc: &[Vec<&str>], bits: u32, prior: Option<&[Vec<usize>]>) -> Vec<Vec<Vec<u32>>> {
    let prepared = Prepared::new(doc, bits);
    match prior {
        None => prepared.base,
        Some(prior) => prepared.with_prior(prior),
    }
}

/// A document's words and first-pass features, kept for the second pass.
#[derive(Debug, Clone)]
pub struct Prepared {
    hasher: Hasher,
    norm: Vec<Vec<String>>,
    lower: Vec<Vec<String>>,
    headline: Vec<bool>,
    /// The features without first-pass labels, per sentence and token.
    pub base: Vec<Vec<Vec<u32>>>,
}

impl Prepared {
    /// Normalizes the document's tokens and computes the features that do not depend on
    /// a first pass (see [`document`]).
    pub fn new(doc: &[Vec<&str>], bits: u32) -> Prepared {
        let hasher = Hasher { mask: (1u32 << bits) - 1 };
        let norm: Vec<Vec<String>> = doc.iter().map(|s| s.iter().map(|w| normalize(w)).collect()).collect();
        let lower: Vec<Vec<String>> = norm.iter().map(|s| s.iter().map(|w| w.to_lowercase()).collect()).collect();
        let headline: Vec<bool> = norm.iter().map(|s| is_headline(s)).collect();
        let base = base_features(hasher, &norm, &lower, &headline);
        Prepared { hasher, norm, lower, headline, base }
    }

    /// The features of the second pass: the base features plus how the first pass
    /// (`prior`, label indices per sentence and token) labelled each word elsewhere.
    ///
    /// Consumes the prepared document and extends its base features in place: a copy of
    /// every token's features doubled the tagger's memory on a novel (issue 8).
    pub fn with_prior(self, prior: &[Vec<usize>]) -> Vec<Vec<Vec<u32>>> {
        let Prepared { hasher: h, norm, lower, headline, base } = self;
        let (norm, lower) = (&norm, &lower);
        // First-pass entity types of each capitalized word, over the whole document.
        let mut votes: HashMap<&str, [u32; 5]> = HashMap::new();
        {
            for (s, labels) in prior.iter().enumerate() {
                for (i, &l) in labels.iter().enumerate().take(lower[s].len()) {
                    if case_of(&norm[s][i]) == Case::Lower || case_of(&norm[s][i]) == Case::None {
                        continue;
                    }
                    votes.entry(lower[s][i].as_str()).or_default()[l.div_ceil(2)] += 1;
                }
            }
        }

        let mut out = base;
        for (s, sent) in out.iter_mut().enumerate() {
            let hl = if headline[s] { "h" } else { "b" };
            for (i, f) in sent.iter_mut().enumerate() {
                let l = lower[s][i].as_str();
                let case = case_of(&norm[s][i]);
                {
                    let mut v = votes.get(l).copied().unwrap_or_default();
                    // Elsewhere only: this token's own first-pass label is not evidence.
                    if let Some(&own) = prior.get(s).and_then(|p| p.get(i)) {
                        if case != Case::Lower && case != Case::None {
                            v[own.div_ceil(2)] = v[own.div_ceil(2)].saturating_sub(1);
                        }
                    }
                    const TYPES: [&str; 5] = ["O", "PER", "LOC", "ORG", "MISC"];
                    let total: u32 = v.iter().sum();
                    if total == 0 {
                        f.push(h.hash("a", &["-"]));
                    } else {
                        let best = (0..5).max_by_key(|&k| (v[k], 5 - k)).unwrap_or(0);
                        f.push(h.hash("a", &[TYPES[best]]));
                        f.push(h.hash("ac", &[TYPES[best], case.tag(), hl]));
                        for (k, name) in TYPES.iter().enumerate().skip(1) {
                            if v[k] > 0 {
                                f.push(h.hash("a*", &[name]));
                            }
                        }
                    }
                }
            }
        }
        out
    }
}

/// The features that need no first pass.
fn base_features(h: Hasher, norm: &[Vec<String>], lower: &[Vec<String>], headline: &[bool]) -> Vec<Vec<Vec<u32>>> {
    // Document statistics: how the text writes each word where case is informative.
    let mut stats: HashMap<&str, DocStats> = HashMap::new();
    for (s, words) in norm.iter().enumerate() {
        if headline[s] {
            continue;
        }
        let fw = first_word(words);
        for (i, w) in words.iter().enumerate() {
            let case = case_of(w);
            let st = stats.entry(lower[s][i].as_str()).or_default();
            if i > fw && case == Case::Title {
                st.title += 1;
            } else if case == Case::Lower {
                st.lower += 1;
            }
        }
    }

    let mut out = Vec::with_capacity(norm.len());
    for (s, words) in norm.iter().enumerate() {
        let low = &lower[s];
        let gaz = gazetteer::hits(words, low);
        let shapes: Vec<String> = words.iter().map(|w| shape(w, true)).collect();
        let hl = if headline[s] { "h" } else { "b" };
        let n = words.len();
        let fw = first_word(words);
        let lw = |i: isize| -> &str {
            if i < 0 {
                "<s>"
            } else if i as usize >= n {
                "</s>"
            } else {
                low[i as usize].as_str()
            }
        };
        let sh = |i: isize| -> &str {
            if i < 0 {
                "<s>"
            } else if i as usize >= n {
                "</s>"
            } else {
                shapes[i as usize].as_str()
            }
        };
        let mut sent = Vec::with_capacity(n);
        for i in 0..n {
            let ii = i as isize;
            let w = &words[i];
            let l = low[i].as_str();
            let case = case_of(w);
            let mut f = Vec::with_capacity(48);
            f.push(h.hash("b", &[]));
            f.push(h.hash("w", &[l]));
            f.push(h.hash("W", &[w]));
            f.push(h.hash("sh", &[&shape(w, false)]));
            f.push(h.hash("ss", &[sh(ii)]));
            // Prefixes and suffixes of 1–4 chars, sliced rather than collected: two string
            // allocations per affix were a tenth of the pipeline's time (issue 8).
            let starts: Vec<usize> = l.char_indices().map(|(b, _)| b).take(5).collect();
            let ends: Vec<usize> = l.char_indices().rev().map(|(b, _)| b).take(4).collect();
            for k in 1..=4.min(ends.len()) {
                let p = &l[..starts.get(k).copied().unwrap_or(l.len())];
                f.push(h.hash("p", &[p]));
                f.push(h.hash("s", &[&l[ends[k - 1]..]]));
            }
            let initial = if i <= fw { "i" } else { "m" };
            f.push(h.hash("c", &[case.tag(), initial, hl]));
            f.push(h.hash("w-1", &[lw(ii - 1)]));
            f.push(h.hash("w+1", &[lw(ii + 1)]));
            f.push(h.hash("w-2", &[lw(ii - 2)]));
            f.push(h.hash("w+2", &[lw(ii + 2)]));
            f.push(h.hash("s-1", &[sh(ii - 1)]));
            f.push(h.hash("s+1", &[sh(ii + 1)]));
            f.push(h.hash("s-1s+1", &[sh(ii - 1), sh(ii), sh(ii + 1)]));
            f.push(h.hash("w-1w", &[lw(ii - 1), l]));
            f.push(h.hash("ww+1", &[l, lw(ii + 1)]));
            // Document features: the same word written title-cased or lower-cased elsewhere.
            let st = stats.get(l).copied().unwrap_or_default();
            let own_title = !headline[s] && i > fw && case == Case::Title;
            let own_lower = !headline[s] && case == Case::Lower;
            let title_elsewhere = st.title > u32::from(own_title);
            let lower_elsewhere = st.lower > u32::from(own_lower);
            let d = match (title_elsewhere, lower_elsewhere) {
                (true, true) => "tl",
                (true, false) => "t",
                (false, true) => "l",
                (false, false) => "-",
            };
            f.push(h.hash("d", &[d, case.tag()]));
            f.push(h.hash("dh", &[d, case.tag(), hl, initial]));
            // Gazetteers: this token and its neighbours inside a listed name.
            for (off, tag) in [(0isize, "g0"), (-1, "g-1"), (1, "g+1")] {
                let j = ii + off;
                if j < 0 || j as usize >= n {
                    continue;
                }
                let GazHit { kinds } = gaz[j as usize];
                for (bit, name) in gazetteer::KIND_NAMES.iter().enumerate() {
                    if kinds & (1 << bit) != 0 {
                        f.push(h.hash(tag, &[name]));
                        if off == 0 {
                            f.push(h.hash("g0c", &[name, case.tag()]));
                        }
                    }
                }
            }
            sent.push(f);
        }
        out.push(sent);
    }
    out
}

/// Index of the first token with a letter or digit (the sentence's first word): a word
/// before or at it that follows only quotes and brackets has a capital that says nothing
/// ("\"The …"). Computed once per sentence, so a long run of punctuation stays linear.
fn first_word(words: &[String]) -> usize {
    words.iter().position(|w| w.chars().any(char::is_alphanumeric)).unwrap_or(words.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_and_cases() {
        assert_eq!(shape("U.S.", true), "X.X.");
        assert_eq!(shape("Macron", true), "Xx");
        assert_eq!(shape("1996-12-06", true), "d-d-d");
        assert!(case_of("NATO") == Case::Caps && case_of("Kremlin") == Case::Title && case_of("1996") == Case::None);
    }

    #[test]
    fn same_document_gives_same_features() {
        let doc = vec![vec!["Macron", "met", "Putin", "."], vec!["The", "Kremlin", "said", "so", "."]];
        assert_eq!(document(&doc, 18, None), document(&doc, 18, None));
        assert_eq!(document(&doc, 18, None)[1].len(), 5);
    }
}
