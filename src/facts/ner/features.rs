//! Feature extraction for the entity tagger: the one piece of code that both the training
//! program (`examples/train_ner.rs`) and the product run, so a token gets the same features
//! in both. Features are strings hashed (FNV-1a) into `2^bits` buckets.
//!
//! A [`Document`] holds what the features need about a whole text, compactly: each distinct
//! word form once (its normalized and lower-cased text, case, shape, and the hashes that
//! depend on it alone), each token as a form index, and the document statistics. The
//! features of one unit are computed on demand into a buffer the caller reuses, so tagging
//! a novel never holds every token's features at once (issue 8: they were most of the
//! tagger's memory), and a word seen a thousand times is normalized and hashed once.

use crate::case::Lower;
use crate::hash::Map;
use std::borrow::Cow;
use std::ops::Range;
use std::sync::OnceLock;

use super::gazetteer::{self, GazHit};
use super::model::{Model, L};

/// FNV-1a over a template tag and its parts, fed part by part.
#[derive(Clone, Copy, Debug)]
struct Fnv(u32);

impl Fnv {
    fn new(tag: &str) -> Fnv {
        Fnv(0x811c_9dc5).bytes(tag)
    }

    fn bytes(mut self, s: &str) -> Fnv {
        for b in s.bytes() {
            self.0 ^= u32::from(b);
            self.0 = self.0.wrapping_mul(0x0100_0193);
        }
        self
    }

    fn part(mut self, p: &str) -> Fnv {
        self.0 ^= 0x1f;
        self.0 = self.0.wrapping_mul(0x0100_0193);
        self.bytes(p)
    }

    /// Final avalanche so the low bits depend on every byte, then the bucket.
    fn finish(self, mask: u32) -> u32 {
        let mut h = self.0;
        h ^= h >> 16;
        h = h.wrapping_mul(0x7feb_352d);
        h ^= h >> 15;
        h & mask
    }
}

/// The hash states of several template tags, each followed by the same part `p`, into
/// `states`: what `Fnv::new(tag).part(p)` gives for each, in one pass over `p`'s bytes (a
/// word's six neighbour and pair features were six passes over it, issue 8).
fn parts(tags: &[&str], p: &str, states: &mut [Fnv]) {
    for (f, tag) in states.iter_mut().zip(tags) {
        *f = Fnv::new(tag).part("");
    }
    for b in p.bytes() {
        for f in states.iter_mut() {
            f.0 ^= u32::from(b);
            f.0 = f.0.wrapping_mul(0x0100_0193);
        }
    }
}

/// Hashes a feature: a template tag and its parts.
#[derive(Clone, Copy, Debug)]
struct Hasher {
    mask: u32,
}

impl Hasher {
    fn hash(self, tag: &str, parts: &[&str]) -> u32 {
        parts.iter().fold(Fnv::new(tag), |f, p| f.part(p)).finish(self.mask)
    }
}

/// The case pattern of a word (in the order of [`CASES`], its feature names).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
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
    /// Whether the word has a capital that may mark a name.
    fn capitalized(self) -> bool {
        self != Case::Lower && self != Case::None
    }
}

/// Word shape: `Xxxx` → "Xx", `U.S.` → "X.X.", `1996-12-06` → "d-d-d" (collapsed runs).
#[cfg(test)]
fn shape(w: &str, collapse: bool) -> String {
    let mut out = String::new();
    shape_each(w, collapse, |k| out.push(k));
    out
}

/// Hands each char of the word shape of `w` to `f` (`Xxxx` → "Xx", `U.S.` → "X.X.",
/// `1996-12-06` → "d-d-d" with `collapse`, runs collapsed), for hashing it without a string.
fn shape_each(w: &str, collapse: bool, mut f: impl FnMut(char)) {
    let mut last = '\0';
    let mut count = 0;
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
        if !collapse && count >= 8 {
            break;
        }
        f(k);
        count += 1;
        last = k;
    }
}

/// For an ASCII word: the hash state of its `sh` feature (the shape of at most 8 chars),
/// its collapsed shape (into `collapsed`), [`case_of`], and whether it starts with a
/// capital, has two letters or more, and has a letter or digit: what [`shape_each`],
/// [`case_of`] and the char tests give, in one pass.
fn ascii_shapes(w: &[u8], collapsed: &mut String) -> (Fnv, Case, bool, bool, bool) {
    let mut sh = Fnv::new("sh").part("");
    let (mut last, mut letters, mut alnum) = (0u8, 0usize, false);
    let (mut first_upper, mut all_upper, mut any_upper) = (false, true, false);
    for (i, &c) in w.iter().enumerate() {
        let k = match c {
            b'A'..=b'Z' => b'X',
            b'a'..=b'z' => b'x',
            b'0'..=b'9' => b'd',
            c => c,
        };
        if i < 8 {
            sh.0 ^= u32::from(k);
            sh.0 = sh.0.wrapping_mul(0x0100_0193);
        }
        if k != last {
            collapsed.push(char::from(k));
            last = k;
        }
        alnum |= c.is_ascii_alphanumeric();
        if c.is_ascii_alphabetic() {
            let upper = k == b'X';
            if letters == 0 {
                first_upper = upper;
            } else {
                any_upper |= upper;
                all_upper &= upper;
            }
            letters += 1;
        }
    }
    // As in `case_of`: the first letter a capital, and the word not opening in lower case.
    let starts_upper = first_upper && !w.first().is_some_and(u8::is_ascii_lowercase);
    let case = if letters == 0 {
        Case::None
    } else if starts_upper && all_upper && letters > 1 {
        Case::Caps
    } else if starts_upper && !any_upper {
        Case::Title
    } else if !first_upper && !any_upper {
        Case::Lower
    } else if starts_upper {
        Case::Mixed
    } else {
        Case::Lower
    };
    let upper_first = w.first().is_some_and(u8::is_ascii_uppercase);
    (sh, case, upper_first, letters >= 2, alnum)
}

/// Canonical text of a token for features: curly quotes made straight.
pub fn normalize(w: &str) -> String {
    normalized(w).into_owned()
}

/// [`normalize`], copied only when a char changes (most tokens are plain ASCII).
fn normalized(w: &str) -> Cow<'_, str> {
    if w.bytes().all(|b| b.is_ascii() && b != b'`') {
        return Cow::Borrowed(w);
    }
    Cow::Owned(normalize_chars(w))
}

fn normalize_chars(w: &str) -> String {
    w.chars()
        .map(|c| match c {
            '’' | '‘' | '`' => '\'',
            '“' | '”' | '„' => '"',
            '–' | '—' => '-',
            c => c,
        })
        .collect()
}

/// Which document statistic a token counts toward, and the name of the combination.
const DOC_TAGS: [&str; 4] = ["tl", "t", "l", "-"];

/// The first-pass types, by `label.div_ceil(2)`.
const TYPES: [&str; 5] = ["O", "PER", "LOC", "ORG", "MISC"];

/// One distinct token text.
#[derive(Debug, Clone)]
struct Form {
    /// Index of its lower-cased text in [`Document::words`].
    word: u32,
    /// Index of its collapsed shape in [`Document::shapes`].
    shape: u32,
    case: Case,
    /// Starts with an upper-case letter: may begin a listed name.
    upper_first: bool,
    /// Has two letters or more, and is all capitals (for headline detection).
    alpha2: bool,
    /// Has a letter or digit.
    alnum: bool,
    /// Hashes that depend on the form alone, in feature order: `b`, `w`, `W`, `sh`, `ss`, affixes.
    fixed: Range<u32>,
}

/// One distinct lower-cased word.
#[derive(Debug, Clone)]
struct Word<'a> {
    /// Borrowed from the text when the text has it in lower case already: most words, no
    /// copy each (issue 8).
    lower: Cow<'a, str>,
    /// `w-1`, `w+1`, `w-2`, `w+2` of this word as a neighbour.
    near: [u32; 4],
    /// The hash states of `w-1w` with this word as the first of the pair, and of `ww+1`
    /// with it as the first (each token hashes only the pair's other word: issue 8).
    pairs: [Fnv; 2],
    /// Title-cased, not sentence-initial, not in a headline.
    title: u32,
    /// Lower-cased, not sentence-initial.
    lowered: u32,
}

/// One distinct collapsed shape.
#[derive(Debug, Clone)]
struct Shape {
    text: String,
    /// `s-1`, `s+1` of this shape as a neighbour.
    near: [u32; 2],
    /// The hash state of `s-1s+1` with this shape as the first of the three.
    first: Fnv,
    /// The bucket of `ss`, this shape as the form's.
    ss: u32,
}

/// A unit (sentence or line) of the document.
#[derive(Debug, Clone)]
struct Unit {
    tokens: Range<usize>,
    headline: bool,
    /// Index (within the unit) of the first token with a letter or digit: a word before or
    /// at it that follows only quotes and brackets has a capital that says nothing ("\"The …").
    first_word: usize,
}

/// Hashes of the templates that take only a few values, computed once per document. Each
/// table is flat, indexed in the order of its parts (see [`table`]).
#[derive(Debug, Clone)]
struct Tables {
    /// The hash mask the tables were made with.
    mask: u32,
    /// `<s>`, `</s>` as `w-1`, `w+1`, `w-2`, `w+2`: [template][edge].
    word_edges: Vec<u32>,
    /// `<s>`, `</s>` as `s-1`, `s+1`: [template][edge].
    shape_edges: Vec<u32>,
    /// `c`: [case][initial][headline].
    case: Vec<u32>,
    /// `d`: [doc tag][case]; `dh`: [doc tag][case][headline][initial].
    doc: Vec<u32>,
    doc_h: Vec<u32>,
    /// `g0`, `g-1`, `g+1`: [template][list bit]; `g0c`: [list bit][case].
    gaz: Vec<u32>,
    gaz_case: Vec<u32>,
    /// Second pass: `a` [type] (then "-"), `ac` [type][case][headline], `a*` [type].
    prior: Vec<u32>,
    prior_case: Vec<u32>,
    prior_any: Vec<u32>,
}

const CASES: [&str; 5] = ["l", "t", "c", "m", "n"];
const HEADLINE: [&str; 2] = ["h", "b"];
const INITIAL: [&str; 2] = ["i", "m"];
const EDGES: [&str; 2] = ["<s>", "</s>"];

/// The hashes of `tag` over every combination of the parts' values, the last part varying
/// fastest.
fn table(h: Hasher, tags: &[&str], parts: &[&[&str]]) -> Vec<u32> {
    let count: usize = parts.iter().map(|p| p.len()).product();
    let mut out = Vec::with_capacity(tags.len() * count);
    for tag in tags {
        for n in 0..count {
            let mut rest = n;
            let mut f = Fnv::new(tag);
            let mut picked = [""; 4];
            for (k, p) in parts.iter().enumerate().rev() {
                picked[k] = p[rest % p.len()];
                rest /= p.len();
            }
            for p in &picked[..parts.len()] {
                f = f.part(p);
            }
            out.push(f.finish(h.mask));
        }
    }
    out
}

impl Tables {
    /// The tables of the shipped model's hash size, made once: about 370 hashes that were
    /// made again for every text (issue 8). Other sizes (training) get their own.
    fn cached(h: Hasher) -> Cow<'static, Tables> {
        static SHIPPED: OnceLock<Option<Tables>> = OnceLock::new();
        let shipped =
            SHIPPED.get_or_init(|| super::model().map(|m| Tables::new(Hasher { mask: (1u32 << m.bits) - 1 })));
        match shipped {
            Some(t) if t.mask == h.mask => Cow::Borrowed(t),
            _ => Cow::Owned(Tables::new(h)),
        }
    }

    /// Every entry through `f`.
    fn map(&self, f: impl Fn(u32) -> u32) -> Tables {
        let m = |v: &Vec<u32>| {
            let mut out = Vec::with_capacity(v.len());
            for &x in v {
                out.push(f(x));
            }
            out
        };
        Tables {
            mask: self.mask,
            word_edges: m(&self.word_edges),
            shape_edges: m(&self.shape_edges),
            case: m(&self.case),
            doc: m(&self.doc),
            doc_h: m(&self.doc_h),
            gaz: m(&self.gaz),
            gaz_case: m(&self.gaz_case),
            prior: m(&self.prior),
            prior_case: m(&self.prior_case),
            prior_any: m(&self.prior_any),
        }
    }

    fn new(h: Hasher) -> Tables {
        let kinds: &[&str] = &gazetteer::KIND_NAMES;
        let mut prior = table(h, &["a"], &[&TYPES]);
        prior.push(h.hash("a", &["-"]));
        Tables {
            mask: h.mask,
            word_edges: table(h, &["w-1", "w+1", "w-2", "w+2"], &[&EDGES]),
            shape_edges: table(h, &["s-1", "s+1"], &[&EDGES]),
            case: table(h, &["c"], &[&CASES, &INITIAL, &HEADLINE]),
            doc: table(h, &["d"], &[&DOC_TAGS, &CASES]),
            doc_h: table(h, &["dh"], &[&DOC_TAGS, &CASES, &HEADLINE, &INITIAL]),
            gaz: table(h, &["g0", "g-1", "g+1"], &[kinds]),
            gaz_case: table(h, &["g0c"], &[kinds, &CASES]),
            prior,
            prior_case: table(h, &["ac"], &[&TYPES, &CASES, &HEADLINE]),
            prior_any: table(h, &["a*"], &[&TYPES]),
        }
    }
}

/// First-pass evidence for the second pass: how the first pass labelled each word.
#[derive(Debug, Clone)]
pub struct Prior<'p> {
    /// First-pass labels, one per token of the document (indices into
    /// [`super::model::LABELS`]).
    labels: &'p [u8],
    /// Per word: how often a capitalized token of it got each type.
    votes: Vec<[u32; 5]>,
}

/// A document prepared for featurizing (see the module docs).
#[derive(Debug, Clone)]
pub struct Document<'a> {
    h: Hasher,
    forms: Vec<Form>,
    fixed: Vec<u32>,
    words: Vec<Word<'a>>,
    shapes: Vec<Shape>,
    units: Vec<Unit>,
    /// Form index of each token, units one after another.
    tokens: Vec<u32>,
    /// The name lists each token falls inside (see [`gazetteer::hits`]), found once for
    /// both passes.
    gaz: Vec<GazHit>,
    tables: Cow<'static, Tables>,
    /// The collapsed shape of the form being added.
    shape_buf: String,
}

impl<'a> Document<'a> {
    /// Prepares a document whose units (sentences or lines) hold the given tokens.
    /// `tokens`: how many tokens the units hold in all, so the per-token lists are
    /// allocated once.
    pub fn new<U, T>(units: U, tokens: usize, bits: u32) -> Document<'a>
    where
        U: IntoIterator<Item = T>,
        T: IntoIterator<Item = &'a str>,
    {
        let h = Hasher { mask: (1u32 << bits) - 1 };
        let distinct = crate::hash::distinct_words(tokens);
        // Sized once for the forms an article has (about 13 fixed features a form): growing
        // them by doubling was 60 copies an article (issue 8). Not a book's: it has more
        // forms than the estimate, and growing from it held more at once (+1 % peak memory
        // on 10 MB of novels).
        let forms = if tokens <= 1 << 14 { distinct } else { 0 };
        let mut doc = Document {
            h,
            forms: Vec::with_capacity(forms),
            fixed: Vec::with_capacity(forms * 13),
            words: Vec::with_capacity(forms),
            shapes: Vec::new(),
            units: Vec::new(),
            tokens: Vec::with_capacity(tokens),
            gaz: Vec::with_capacity(tokens),
            tables: Tables::cached(h),
            shape_buf: String::new(),
        };
        let mut form_ids: Map<&'a str, u32> = crate::hash::map_with_capacity(distinct);
        let mut word_ids: Map<Cow<'a, str>, u32> = crate::hash::map_with_capacity(distinct);
        let mut shape_ids: Map<Cow<'a, str>, u32> = Map::default();
        for unit in units {
            let start = doc.tokens.len();
            for token in unit {
                let id = match form_ids.get(token) {
                    Some(&id) => id,
                    None => {
                        let id = doc.add_form(token, &mut word_ids, &mut shape_ids);
                        form_ids.insert(token, id);
                        id
                    }
                };
                doc.tokens.push(id);
            }
            let tokens = start..doc.tokens.len();
            let forms = &doc.tokens[tokens.clone()];
            let first_word = forms.iter().position(|&f| doc.forms[f as usize].alnum).unwrap_or(forms.len());
            let (words, forms_of) = (&doc.words, &doc.forms);
            let form = |i: usize| &forms_of[forms[i] as usize];
            let hits = gazetteer::hits(forms.len(), |i| form(i).upper_first, |i| &words[form(i).word as usize].lower);
            doc.gaz.extend(hits);
            doc.units.push(Unit { headline: doc.is_headline(forms), first_word, tokens });
        }
        doc.count_cases();
        doc
    }

    fn add_form(
        &mut self,
        token: &'a str,
        word_ids: &mut Map<Cow<'a, str>, u32>,
        shape_ids: &mut Map<Cow<'a, str>, u32>,
    ) -> u32 {
        let h = self.h;
        let norm = normalized(token);
        let lower = if norm.bytes().any(|b| !b.is_ascii() || b.is_ascii_uppercase()) {
            Cow::Owned(norm.lower())
        } else {
            norm.clone()
        };
        let norm = norm.as_ref();
        let word = match word_ids.get(lower.as_ref()) {
            Some(&id) => id,
            None => {
                let id = self.words.len() as u32;
                let mut f = [Fnv(0); 6];
                parts(&["w-1", "w+1", "w-2", "w+2", "w-1w", "ww+1"], &lower, &mut f);
                let [a, b, c, d, pair, pair1] = f;
                let near = [a.finish(h.mask), b.finish(h.mask), c.finish(h.mask), d.finish(h.mask)];
                let pairs = [pair, pair1];
                self.words.push(Word { lower: lower.clone(), near, pairs, title: 0, lowered: 0 });
                word_ids.insert(lower.clone(), id);
                id
            }
        };
        let lower = lower.as_ref();
        // Written into a buffer kept from form to form: a text has few shapes, and a new
        // String for each form was most of this function's allocations (issue 8).
        let mut collapsed = std::mem::take(&mut self.shape_buf);
        collapsed.clear();
        let start = self.fixed.len() as u32;
        // Most forms are ASCII: one pass over their bytes gives the shapes and the case, and
        // the prefixes' hashes go on from one another (a char-by-char walk for each was
        // a quarter of the tagger's time on a news article, issue 8). The same hashes.
        let (sh, case, upper_first, alpha2, alnum) = if norm.is_ascii() {
            ascii_shapes(norm.as_bytes(), &mut collapsed)
        } else {
            shape_each(norm, true, |k| collapsed.push(k));
            let mut sh = Fnv::new("sh").part("");
            shape_each(norm, false, |k| sh = sh.bytes(k.encode_utf8(&mut [0; 4])));
            let upper_first = norm.chars().next().is_some_and(char::is_uppercase);
            let alpha2 = norm.chars().filter(|c| c.is_alphabetic()).nth(1).is_some();
            (sh, case_of(norm), upper_first, alpha2, norm.chars().any(char::is_alphanumeric))
        };
        let shape_id = match shape_ids.get(collapsed.as_str()) {
            Some(&id) => id,
            None => {
                let id = self.shapes.len() as u32;
                let mut f = [Fnv(0); 4];
                parts(&["s-1", "s+1", "s-1s+1", "ss"], &collapsed, &mut f);
                let [a, b, first, ss] = f;
                let near = [a.finish(h.mask), b.finish(h.mask)];
                self.shapes.push(Shape { text: collapsed.clone(), near, first, ss: ss.finish(h.mask) });
                // (Owned, but in a map of the words' type: one copy of the hash table's code.)
                shape_ids.insert(Cow::Owned(collapsed.clone()), id);
                id
            }
        };
        self.fixed.push(h.hash("b", &[]));
        self.fixed.push(h.hash("w", &[lower]));
        self.fixed.push(h.hash("W", &[norm]));
        self.fixed.push(sh.finish(h.mask));
        self.fixed.push(self.shapes[shape_id as usize].ss);
        // Prefixes and suffixes of 1–4 chars.
        let l = lower;
        if l.is_ascii() {
            let b = l.as_bytes();
            let mut p = Fnv::new("p").part("");
            for k in 1..=b.len().min(4) {
                p.0 ^= u32::from(b[k - 1]);
                p.0 = p.0.wrapping_mul(0x0100_0193);
                self.fixed.push(p.finish(h.mask));
                self.fixed.push(h.hash("s", &[&l[b.len() - k..]]));
            }
        } else {
            let mut starts = l.char_indices().map(|(b, _)| b).skip(1);
            let mut ends = l.char_indices().rev().map(|(b, _)| b);
            for _ in 0..4 {
                let Some(e) = ends.next() else { break };
                let p = &l[..starts.next().unwrap_or(l.len())];
                self.fixed.push(h.hash("p", &[p]));
                self.fixed.push(h.hash("s", &[&l[e..]]));
            }
        }
        let form =
            Form { word, shape: shape_id, case, upper_first, alpha2, alnum, fixed: start..self.fixed.len() as u32 };
        self.shape_buf = collapsed;
        self.forms.push(form);
        (self.forms.len() - 1) as u32
    }

    /// Whether a unit is a headline: mostly capitals ("CHINA SAYS TAIWAN SPOILS ATMOSPHERE").
    fn is_headline(&self, forms: &[u32]) -> bool {
        let (mut alpha, mut caps) = (0, 0);
        for &f in forms {
            let form = &self.forms[f as usize];
            if form.alpha2 {
                alpha += 1;
                caps += usize::from(form.case == Case::Caps);
            }
        }
        alpha >= 2 && caps * 10 >= alpha * 7
    }

    /// Document statistics: how the text writes each word where case is informative.
    fn count_cases(&mut self) {
        for unit in &self.units {
            if unit.headline {
                continue;
            }
            for (i, &f) in self.tokens[unit.tokens.clone()].iter().enumerate() {
                let form = &self.forms[f as usize];
                let word = &mut self.words[form.word as usize];
                if i > unit.first_word && form.case == Case::Title {
                    word.title += 1;
                } else if form.case == Case::Lower {
                    word.lowered += 1;
                }
            }
        }
    }

    /// Number of units.
    pub fn units(&self) -> usize {
        self.units.len()
    }

    /// Number of tokens, all units together.
    pub fn tokens(&self) -> usize {
        self.tokens.len()
    }

    /// The token range of unit `u` (indices into the document's tokens).
    pub fn unit_tokens(&self, u: usize) -> Range<usize> {
        self.units[u].tokens.clone()
    }

    /// The second pass's evidence from first-pass `labels` (one per token of the document).
    pub fn prior<'p>(&self, labels: &'p [u8]) -> Prior<'p> {
        let mut votes = vec![[0u32; 5]; self.words.len()];
        for (&f, &l) in self.tokens.iter().zip(labels) {
            let form = &self.forms[f as usize];
            if form.case.capitalized() {
                votes[form.word as usize][usize::from(l).div_ceil(2)] += 1;
            }
        }
        Prior { labels, votes }
    }

    /// The number of distinct word forms.
    pub fn forms(&self) -> usize {
        self.forms.len()
    }

    /// The form of token `t` (an index below [`Document::forms`]).
    pub fn form_of(&self, t: usize) -> usize {
        self.tokens[t] as usize
    }

    /// The features that depend on form `f` alone, the same wherever it occurs.
    pub fn form_features(&self, f: usize) -> &[u32] {
        let r = &self.forms[f].fixed;
        &self.fixed[r.start as usize..r.end as usize]
    }

    /// The features of unit `u`: appended to `out`, with `ends[i]` the end in `out` of
    /// token `i`'s features (both cleared first). With `prior`, the second pass's features.
    /// Without `with_form`, a token's [`Document::form_features`] are left out (the tagger
    /// sums their weights once per form).
    pub fn features(
        &self,
        u: usize,
        prior: Option<&Prior>,
        with_form: bool,
        out: &mut Vec<u32>,
        ends: &mut Vec<usize>,
    ) {
        out.clear();
        ends.clear();
        self.features_to(u, prior, with_form, &mut Buckets { doc: self, tables: &self.tables, out, ends });
    }

    /// The buckets of the features that have few values, and of each word's and shape's
    /// `near` features, looked up in `model` once: the tagger then adds their weights
    /// without finding their rows again at every token (see [`Document::sums`]).
    pub fn rows(&self, model: &Model) -> Rows {
        let row = |f: u32| model.row_index(f);
        let words: Vec<[u32; 4]> =
            self.words.iter().map(|w| [row(w.near[0]), row(w.near[1]), row(w.near[2]), row(w.near[3])]).collect();
        let shapes: Vec<[u32; 2]> = self.shapes.iter().map(|s| [row(s.near[0]), row(s.near[1])]).collect();
        let forms = self
            .forms
            .iter()
            .map(|f| {
                let (w, s) = (words[f.word as usize], shapes[f.shape as usize]);
                [w[0], w[1], w[2], w[3], s[0], s[1]]
            })
            .collect();
        Rows { tables: self.tables.map(row), forms }
    }

    /// The bucket of form `f` as a neighbour under feature `k`: `w-1`, `w+1`, `w-2`, `w+2`
    /// of its word (`k` 0–3), `s-1`, `s+1` of its shape (4–5).
    fn near(&self, f: usize, k: usize) -> u32 {
        let form = &self.forms[f];
        if k < 4 {
            self.words[form.word as usize].near[k]
        } else {
            self.shapes[form.shape as usize].near[k - 4]
        }
    }

    /// The summed weights of each token of unit `u` (into `out`, cleared first): token
    /// `i`'s from `base[i]` plus the weights of its [`Document::features`] without its
    /// form's, or, with `prior`, of only the second pass's own features (those
    /// [`Document::prior_features`] gives). What [`Model::sums_into`] gives for those
    /// features, without listing them first.
    pub fn sums(
        &self,
        u: usize,
        model: &Model,
        rows: &Rows,
        prior: Option<&Prior>,
        base: &[[i32; L]],
        out: &mut Vec<[i32; L]>,
    ) {
        out.clear();
        let q = base.first().copied().unwrap_or([0; L]);
        let mut sink = Sums { model, rows, base, out, q };
        match prior {
            None => self.features_to(u, None, false, &mut sink),
            Some(prior) => self.prior_features_to(u, prior, &mut sink),
        }
    }

    /// [`Document::features`] handed to `sink`.
    fn features_to(&self, u: usize, prior: Option<&Prior>, with_form: bool, sink: &mut impl Sink) {
        let h = self.h;
        let unit = &self.units[u];
        // The unit's forms, looked up where used: a list of them was an allocation per unit.
        let form_ids = &self.tokens[unit.tokens.clone()];
        let form_of = |i: usize| &self.forms[form_ids[i] as usize];
        let n = form_ids.len();
        let gaz = &self.gaz[unit.tokens.clone()];
        let hl = usize::from(!unit.headline);
        let word = |i: usize| &self.words[form_of(i).word as usize];
        let shape = |i: usize| &self.shapes[form_of(i).shape as usize];
        // Token `j` of the unit, or the edge it falls off: 0 before the start, 1 after the end.
        let at = |j: isize| -> Result<usize, usize> {
            if j < 0 {
                Err(0)
            } else if j as usize >= n {
                Err(1)
            } else {
                Ok(j as usize)
            }
        };
        let lw = |j: isize| at(j).map_or_else(|e| EDGES[e], |j| word(j).lower.as_ref());
        let sh = |j: isize| at(j).map_or_else(|e| EDGES[e], |j| shape(j).text.as_str());
        for i in 0..n {
            let form = form_of(i);
            let ii = i as isize;
            let case = form.case as usize;
            let l = word(i).lower.as_ref();
            if with_form {
                for &f in &self.fixed[form.fixed.start as usize..form.fixed.end as usize] {
                    sink.bucket(f);
                }
            }
            let initial = usize::from(i > unit.first_word);
            sink.table(|t| &t.case, (case * 2 + initial) * 2 + hl);
            // The neighbour `off` away under feature `k` of [`Document::near`].
            for (k, off) in [(0, -1), (1, 1), (2, -2), (3, 2), (4, -1), (5, 1)] {
                match at(ii + off) {
                    Ok(j) => sink.near(form_ids[j], k),
                    Err(e) if k < 4 => sink.table(|t| &t.word_edges, k * 2 + e),
                    Err(e) => sink.table(|t| &t.shape_edges, (k - 4) * 2 + e),
                }
            }
            // The pairs and the triple go on from the hash of their first part.
            let (s3, w1w) = match at(ii - 1) {
                Ok(j) => (shape(j).first, word(j).pairs[0]),
                Err(e) => (Fnv::new("s-1s+1").part(EDGES[e]), Fnv::new("w-1w").part(EDGES[e])),
            };
            sink.bucket(s3.part(sh(ii)).part(sh(ii + 1)).finish(h.mask));
            sink.bucket(w1w.part(l).finish(h.mask));
            sink.bucket(word(i).pairs[1].part(lw(ii + 1)).finish(h.mask));
            // Document features: the same word written title-cased or lower-cased elsewhere.
            let w = word(i);
            let own_title = !unit.headline && i > unit.first_word && form.case == Case::Title;
            let own_lower = !unit.headline && form.case == Case::Lower;
            let d = match (w.title > u32::from(own_title), w.lowered > u32::from(own_lower)) {
                (true, true) => 0,
                (true, false) => 1,
                (false, true) => 2,
                (false, false) => 3,
            };
            sink.table(|t| &t.doc, d * 5 + case);
            sink.table(|t| &t.doc_h, ((d * 5 + case) * 2 + hl) * 2 + initial);
            // Gazetteers: this token and its neighbours inside a listed name.
            for (o, off) in [0isize, -1, 1].into_iter().enumerate() {
                let j = ii + off;
                if j < 0 || j as usize >= n {
                    continue;
                }
                // The set bits only, in ascending order.
                let mut kinds = gaz[j as usize].kinds & ((1 << gazetteer::KIND_NAMES.len()) - 1);
                while kinds != 0 {
                    let bit = kinds.trailing_zeros() as usize;
                    kinds &= kinds - 1;
                    sink.table(|t| &t.gaz, o * gazetteer::KIND_NAMES.len() + bit);
                    if off == 0 {
                        sink.table(|t| &t.gaz_case, bit * 5 + case);
                    }
                }
            }
            if let Some(prior) = prior {
                self.push_prior(prior, unit, i, form, sink);
            }
            sink.end();
        }
    }

    /// Only the second pass's own features of unit `u` (those [`Document::features`] adds
    /// with a `prior`), laid out the same way: the tagger adds their weights to the sums
    /// it kept from the first pass.
    pub fn prior_features(&self, u: usize, prior: &Prior, out: &mut Vec<u32>, ends: &mut Vec<usize>) {
        out.clear();
        ends.clear();
        self.prior_features_to(u, prior, &mut Buckets { doc: self, tables: &self.tables, out, ends });
    }

    /// [`Document::prior_features`] handed to `sink`.
    fn prior_features_to(&self, u: usize, prior: &Prior, sink: &mut impl Sink) {
        let unit = &self.units[u];
        for (i, &f) in self.tokens[unit.tokens.clone()].iter().enumerate() {
            self.push_prior(prior, unit, i, &self.forms[f as usize], sink);
            sink.end();
        }
    }

    /// The second-pass features of token `i` of `unit`: how the first pass labelled its
    /// word elsewhere.
    fn push_prior(&self, prior: &Prior, unit: &Unit, i: usize, form: &Form, sink: &mut impl Sink) {
        let (case, hl) = (form.case as usize, usize::from(!unit.headline));
        let mut v = prior.votes[form.word as usize];
        // Elsewhere only: this token's own first-pass label is not evidence.
        if let Some(&own) = prior.labels.get(unit.tokens.start + i) {
            if form.case.capitalized() {
                let k = usize::from(own).div_ceil(2);
                v[k] = v[k].saturating_sub(1);
            }
        }
        if v.iter().sum::<u32>() == 0 {
            sink.table(|t| &t.prior, 5);
        } else {
            let best = (0..5).max_by_key(|&k| (v[k], 5 - k)).unwrap_or(0);
            sink.table(|t| &t.prior, best);
            sink.table(|t| &t.prior_case, (best * 5 + case) * 2 + hl);
            // (A range, not an iterator adapter: the adapters' code was 300 bytes of the download.)
            #[allow(clippy::needless_range_loop)]
            for k in 1..5 {
                if v[k] > 0 {
                    sink.table(|t| &t.prior_any, k);
                }
            }
        }
    }
}

/// The rows of a model for a [`Document`]'s features that have few values (see
/// [`Document::rows`]), each as its index in the model ([`Model::row_index`]).
#[derive(Debug, Clone)]
pub struct Rows {
    /// [`Tables`] with each bucket's row index in place of the bucket.
    tables: Tables,
    /// The rows of each form's [`Document::near`] buckets.
    forms: Vec<[u32; 6]>,
}

/// Where [`Document::features`] hands each feature of a unit, token after token.
trait Sink {
    /// Entry `i` of one of the few-valued [`Tables`], picked from them by `pick`.
    fn table(&mut self, pick: fn(&Tables) -> &Vec<u32>, i: usize);
    /// Feature `k` of form `form` as a neighbour ([`Document::near`]).
    fn near(&mut self, form: u32, k: usize);
    /// A feature by its bucket.
    fn bucket(&mut self, bucket: u32);
    /// The token's features are all given.
    fn end(&mut self);
}

/// A [`Sink`] that lists the features' buckets.
struct Buckets<'s> {
    doc: &'s Document<'s>,
    tables: &'s Tables,
    out: &'s mut Vec<u32>,
    ends: &'s mut Vec<usize>,
}

impl Sink for Buckets<'_> {
    fn table(&mut self, pick: fn(&Tables) -> &Vec<u32>, i: usize) {
        self.out.push(pick(self.tables)[i]);
    }
    fn near(&mut self, form: u32, k: usize) {
        self.out.push(self.doc.near(form as usize, k));
    }
    fn bucket(&mut self, bucket: u32) {
        self.out.push(bucket);
    }
    fn end(&mut self) {
        self.ends.push(self.out.len());
    }
}

/// A [`Sink`] that adds the features' weights to each token's sums.
struct Sums<'s> {
    model: &'s Model,
    rows: &'s Rows,
    base: &'s [[i32; L]],
    out: &'s mut Vec<[i32; L]>,
    /// The sums of the token being given.
    q: [i32; L],
}

impl Sink for Sums<'_> {
    fn table(&mut self, pick: fn(&Tables) -> &Vec<u32>, i: usize) {
        self.model.add_row(pick(&self.rows.tables)[i], &mut self.q);
    }
    fn near(&mut self, form: u32, k: usize) {
        self.model.add_row(self.rows.forms[form as usize][k], &mut self.q);
    }
    fn bucket(&mut self, bucket: u32) {
        self.model.add_row(self.model.row_index(bucket), &mut self.q);
    }
    fn end(&mut self) {
        self.out.push(self.q);
        self.q = self.base.get(self.out.len()).copied().unwrap_or([0; L]);
    }
}

/// Computes the hashed features of every token of a document (training's entry point).
///
/// `doc` holds the document's sentences (or lines), each a list of tokens as the
/// tokenizer cut them. The result has the same shape: one list of buckets per token.
///
/// `prior`, when given, holds labels from a first tagging pass (indices into
/// [`super::model::LABELS`]), and adds features that say how that pass labelled the same
/// word elsewhere in the document: the second pass of a two-pass tagging, so that "Santa Fe"
/// agrees with "Santa Fe Pacific Gold Corp" three sentences earlier.
pub fn document(doc: &[Vec<&str>], bits: u32, prior: Option<&[Vec<usize>]>) -> Vec<Vec<Vec<u32>>> {
    let prepared = Document::new(doc.iter().map(|s| s.iter().copied()), doc.iter().map(Vec::len).sum(), bits);
    let labels: Option<Vec<u8>> = prior.map(|p| p.iter().flatten().map(|&l| l as u8).collect());
    let prior = labels.as_deref().map(|l| prepared.prior(l));
    let (mut buf, mut ends) = (Vec::new(), Vec::new());
    (0..prepared.units())
        .map(|u| {
            prepared.features(u, prior.as_ref(), true, &mut buf, &mut ends);
            let mut start = 0;
            ends.iter()
                .map(|&end| {
                    let f = buf[start..end].to_vec();
                    start = end;
                    f
                })
                .collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_and_cases() {
        assert_eq!(shape("U.S.", true), "X.X.");
        assert_eq!(shape("Macron", true), "Xx");
        assert_eq!(shape("1996-12-06", true), "d-d-d");
        assert_eq!(shape("Schwarzenegger", false), "Xxxxxxxx");
        assert!(case_of("NATO") == Case::Caps && case_of("Kremlin") == Case::Title && case_of("1996") == Case::None);
    }

    #[test]
    fn the_ascii_pass_gives_what_the_char_tests_give() {
        let words = [
            "",
            "a",
            "A",
            "Xx",
            "xX",
            "U.S.",
            "1996-12-06",
            "McDonald",
            "NATO",
            "iPhone",
            "'s",
            "X",
            "dd",
            "Ab1",
            "\0a",
            "a1B2c3D4e5",
            "--",
            "O'Neil",
        ];
        for w in words {
            let mut collapsed = String::new();
            let (sh, case, upper_first, alpha2, alnum) = ascii_shapes(w.as_bytes(), &mut collapsed);
            let mut want = Fnv::new("sh").part("");
            shape_each(w, false, |k| want = want.bytes(k.encode_utf8(&mut [0; 4])));
            assert_eq!(sh.0, want.0, "{w}");
            assert_eq!(collapsed, shape(w, true), "{w}");
            assert_eq!(case, case_of(w), "{w}");
            assert_eq!(upper_first, w.chars().next().is_some_and(char::is_uppercase), "{w}");
            assert_eq!(alpha2, w.chars().filter(|c| c.is_alphabetic()).nth(1).is_some(), "{w}");
            assert_eq!(alnum, w.chars().any(char::is_alphanumeric), "{w}");
        }
    }

    #[test]
    fn several_tags_hashed_in_one_pass_are_each_hashed_alone() {
        for p in ["", "a", "macron", "sch\u{f6}n", "1996-12-06"] {
            let tags = ["w-1", "w+1", "s-1s+1"];
            let mut together = [Fnv(0); 3];
            parts(&tags, p, &mut together);
            for (tag, f) in tags.iter().zip(together) {
                assert_eq!(f.0, Fnv::new(tag).part(p).0, "{tag} {p}");
            }
        }
    }

    #[test]
    fn same_document_gives_same_features() {
        let doc = vec![vec!["Macron", "met", "Putin", "."], vec!["The", "Kremlin", "said", "so", "."]];
        assert_eq!(document(&doc, 18, None), document(&doc, 18, None));
        assert_eq!(document(&doc, 18, None)[1].len(), 5);
    }

    #[test]
    fn a_word_gets_the_same_features_wherever_its_context_is_the_same() {
        // Interning must not leak one token's context into another of the same form.
        let doc = vec![vec!["Berlin", "said", "Berlin", "said"]];
        let f = &document(&doc, 18, None)[0];
        assert_eq!(f[0][..5], f[2][..5], "form features");
        assert_ne!(f[0], f[2], "different neighbours");
    }

    #[test]
    fn the_sums_are_those_of_the_listed_features() {
        let model = super::super::model().expect("the shipped model");
        let units = [
            vec!["\"", "Maria", "Lopez", "met", "the", "mayor", "of", "New", "York", "."],
            vec!["CHINA", "SAYS", "TAIWAN", "SPOILS", "ATMOSPHERE"],
            vec!["Lopez", "said", "Acme", "Inc.", "would", "buy", "York", "'s", "firm", "."],
        ];
        let doc = Document::new(units.iter().map(|u| u.iter().copied()), 25, model.bits);
        let rows = doc.rows(model);
        let labels: Vec<u8> = (0..doc.tokens()).map(|t| (t % 9) as u8).collect();
        let prior = doc.prior(&labels);
        let (mut feats, mut ends, mut want, mut got) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        for u in 0..doc.units() {
            let base: Vec<[i32; L]> =
                doc.unit_tokens(u).map(|t| model.sum(doc.form_features(doc.form_of(t)))).collect();
            doc.features(u, None, false, &mut feats, &mut ends);
            model.sums_into(&feats, &ends, &base, &mut want);
            doc.sums(u, model, &rows, None, &base, &mut got);
            assert_eq!(got, want, "unit {u}");
            doc.prior_features(u, &prior, &mut feats, &mut ends);
            model.sums_into(&feats, &ends, &base, &mut want);
            doc.sums(u, model, &rows, Some(&prior), &base, &mut got);
            assert_eq!(got, want, "unit {u}, second pass");
        }
    }

    #[test]
    fn the_prior_ignores_a_tokens_own_label() {
        let doc = vec![vec!["Sharon", "spoke", "."]];
        let none = document(&doc, 18, Some(&[vec![0, 0, 0]]));
        let own = document(&doc, 18, Some(&[vec![1, 0, 0]]));
        assert_eq!(none, own, "the only PER vote is Sharon's own");
    }
}
