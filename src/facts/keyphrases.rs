//! Key phrases: *find* noun-phrase candidates, then *rank* them and keep the top ten.
//!
//! Candidates are runs of up to four content words, cut at stop words, verbs and vague
//! words (`src/data/en/keyphrase_stop.txt`), punctuation, numbers, past participles
//! ("-ed"), adverbs ("-ly"), possessives ("AOL's") and where a name starts after a common
//! word ("US media giant | TimeWarner"). A run never holds a lone stop word.
//!
//! German, French, Spanish, Italian, Portuguese and Dutch runs also end at their language's
//! auxiliaries, modals, frequent verbs, verb endings and number and date words, and at the
//! word after an auxiliary (`src/data/<lang>/keyphrase_stop.txt`); "de" may join two nouns
//! inside one ("red de trenes"); German runs are capitalized nouns, an adjective before.
//!
//! Each word's weight is its frequency in the text times its spread over the sentences;
//! a phrase scores its mean word weight times how often it occurs, a little more per extra
//! word, and a little more when it appears early. Phrases are merged by their stems
//! ("vaccine rollout" and "vaccines rollouts" are one), carry every mention, and a phrase
//! whose words are all inside a better one is dropped. Headings, captions, bylines and
//! metadata lines are not read.

use crate::words::{words, Words};
use std::borrow::Cow;
use std::collections::hash_map::Entry;
use std::sync::OnceLock;

use crate::bytes::one_of;
use crate::case::Lower;
use crate::hash::{Map, Set};

use rust_stemmers::Stemmer;

use super::lexicon;
use super::locale::Locale;
use super::scan::{self, is_capitalized, Kind};
use super::Input;
use crate::data::{WordSet, EN_STOPWORDS};
use crate::span::Span;
use crate::types::{Keyphrase, Mention, SentenceKind};
use crate::Lang;

static KEYPHRASE_STOP: WordSet = WordSet::new(crate::data_file!("en/keyphrase_stop.txt"));

/// The languages with a list of the verbs that cut their phrases (`keyphrase_stop.txt`).
static VERB_FILES: [(Lang, &str); 6] = [
    (Lang::De, crate::data_file!("de/keyphrase_stop.txt")),
    (Lang::Fr, crate::data_file!("fr/keyphrase_stop.txt")),
    (Lang::Es, crate::data_file!("es/keyphrase_stop.txt")),
    (Lang::It, crate::data_file!("it/keyphrase_stop.txt")),
    (Lang::Pt, crate::data_file!("pt/keyphrase_stop.txt")),
    (Lang::Nl, crate::data_file!("nl/keyphrase_stop.txt")),
];

/// One language's verbs: without them a German, French or Spanish phrase ran on through
/// its verb ("Monate dauern sollen", "d'enseignants ont salué l'annonce", "Renfe contratará").
#[derive(Default)]
struct Verbs {
    /// Finite verbs, modals, auxiliaries and adverbs (lower case).
    words: Set<&'static str>,
    /// The auxiliaries and modals, after which a word is a verb form ("a salué").
    aux: Set<&'static str>,
    /// Endings of verb forms ("-ó" of "aprobó", "-ront" of "commenceront").
    endings: Vec<&'static str>,
    /// The word that joins two nouns inside a phrase ("red de trenes", "rete di vendita").
    link: Option<&'static str>,
}

impl Verbs {
    /// Whether the lower-case `lw` is a listed word or, written in lower case (`cap`
    /// false), ends like a verb form: a name may end so ("Miró", "Niccolò").
    fn is_verb(&self, lw: &str, cap: bool) -> bool {
        self.words.contains(lw)
            || !cap && self.endings.iter().any(|e| lw.ends_with(e) && lw[..lw.len() - e.len()].chars().count() >= 3)
    }
}

/// The verbs of `lang`, or `None` (English has its own lists).
fn verbs(lang: Lang) -> Option<&'static Verbs> {
    if !crate::lang::OTHERS {
        return None;
    }
    static CELLS: [OnceLock<Verbs>; 6] = [const { OnceLock::new() }; 6];
    let k = VERB_FILES.iter().position(|f| f.0 == lang)?;
    Some(CELLS[k].get_or_init(|| {
        let mut v = Verbs::default();
        for line in crate::data::lines(VERB_FILES[k].1) {
            if let Some(end) = line.strip_prefix('-') {
                v.endings.push(end);
            } else if let Some(w) = line.strip_prefix("link ") {
                v.link = Some(w);
            } else if let Some(w) = line.strip_prefix("aux ") {
                v.words.insert(w);
                v.aux.insert(w);
            } else {
                v.words.insert(line);
            }
        }
        v
    }))
}

/// Whether the lower-case `lw` (written capitalized: `cap`) never belongs to a phrase in
/// `lang`: a verb, or a number,
/// day, month or relative-day word of its own ("zwei", "mercredi", "dernier").
fn foreign_stop(lang: Lang, lw: &str, cap: bool) -> bool {
    verbs(lang).is_some_and(|v| v.is_verb(lw, cap))
        || super::locale::get(lang).is_some_and(|l| {
            l.number_word(lw).is_some()
                || l.month(lw).is_some()
                || l.weekday(lw).is_some()
                || l.relative_day(lw).is_some()
                || l.step(lw).is_some()
        })
}

/// The parts of a run in a language with its own number words that may be phrases, as
/// ranges of its words (English runs stay whole). German nouns are capitalized: a lower-case word stays only right before a capitalized
/// one ("erneuerbare Energien"), so a phrase never ends in one ("Land deutlich
/// beschleunigen" → "Land"). A phrase never ends in a lone scale word ("1.500 millones").
fn pieces(text: &str, run: &[(usize, usize, u32, bool)], lang: Lang, locale: &Locale) -> Vec<(usize, usize)> {
    let word = |k: usize| &text[run[k].0..run[k].1];
    let mut out = Vec::new();
    let mut from = 0;
    for k in 0..run.len() {
        // An adjective in "-en" stands after an article or preposition ("den wichtigen
        // Schritt"); without one it is a verb ("Bisher warten Betreiber").
        let adjective = || {
            run.get(k + 1).is_some_and(|_| is_capitalized(word(k + 1)))
                && (!word(k).ends_with("en") || k == 0 && after_function_word(text, run[k].0, lang))
        };
        let keep = lang != Lang::De || is_capitalized(word(k)) || adjective();
        if !keep {
            out.push((from, k));
            from = k + 1;
        }
    }
    out.push((from, run.len()));
    for r in &mut out {
        while r.1 > r.0 && locale.scale(word(r.1 - 1)).is_some() {
            r.1 -= 1;
        }
    }
    out.retain(|r| r.1 > r.0);
    out
}

/// How many phrases are returned.
const TOP: usize = 10;
/// Longest phrase, in words.
const MAX_WORDS: usize = 4;

/// A maximal run of content words: one candidate phrase.
struct Cand {
    /// Each word's span and stem (an index into the stems of [`candidates`]).
    words: Vec<(Span, u32)>,
    sentence: usize,
    /// Whether it opens its sentence (its capital may be only the sentence's).
    initial: bool,
}

impl Cand {
    fn words(&self) -> &[(Span, u32)] {
        &self.words
    }
}

/// Where a phrase occurs, the first place apart: most phrases occur once, and a list for
/// each was most of this finder's allocations (issue 8).
struct Occurrences {
    first: Occurrence,
    more: Vec<Occurrence>,
    /// Whether a whole run with these stems is among the candidates yet (a flag here, not a
    /// set of keys beside the map: one copy less of the hash table's code).
    listed: bool,
}

impl Occurrences {
    fn len(&self) -> usize {
        1 + self.more.len()
    }

    fn iter(&self) -> impl Iterator<Item = &Occurrence> {
        std::iter::once(&self.first).chain(&self.more)
    }
}

/// One occurrence of a phrase: the run and its first word.
type Occurrence = (usize, usize);

/// A phrase by its stems, unused places `u32::MAX`: a key without joining strings (the
/// joined keys were most of this finder's allocations, issue 8).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct Key([u32; MAX_WORDS]);

impl Key {
    fn new(stems: &[(Span, u32)]) -> Key {
        let mut k = [u32::MAX; MAX_WORDS];
        for (slot, w) in k.iter_mut().zip(stems) {
            *slot = w.1;
        }
        Key(k)
    }

    fn stems(&self) -> &[u32] {
        let n = self.0.iter().position(|&s| s == u32::MAX).unwrap_or(MAX_WORDS);
        &self.0[..n]
    }
}

/// The key phrases of the text, best first.
/// `alone`: each sentence's kind from its own words.
pub(crate) fn extract(input: &Input<'_, '_>, alone: &[SentenceKind], toks: Vec<scan::Tok>) -> Vec<Keyphrase> {
    let text = input.text;
    // Phrases are grouped by their words' stems in the text's language (English when unknown).
    let stemmer = crate::tokens::stemmer(if input.lang == Lang::Und { Lang::En } else { input.lang });
    let (cands, n_stems, link) = candidates(input, alone, &toks, stemmer.as_ref());
    drop(toks); // 12 bytes a token: not held while the phrases are counted (peak memory)
    if cands.is_empty() {
        return Vec::new();
    }
    let n_sent = input.sentences.len().max(1) as f32;
    // Word weights: frequency times spread (the sentences it is in, and the last one).
    let mut tf: Vec<f32> = vec![0.0; n_stems];
    let mut sents: Vec<(usize, usize)> = vec![(0, usize::MAX); n_stems];
    for c in &cands {
        for &(_, s) in c.words() {
            tf[s as usize] += 1.0;
            let v = &mut sents[s as usize];
            if v.1 != c.sentence {
                *v = (v.0 + 1, c.sentence);
            }
        }
    }
    let weight = |s: u32| tf[s as usize] * (1.0 + sents[s as usize].0 as f32 / n_sent);
    // Every stretch of every run, by its stems: "river crossing" also occurs inside
    // "river crossing open".
    let stretches = cands.iter().map(|c| c.words.len() * (c.words.len() + 1) / 2).sum();
    let mut occurrences: Map<Key, Occurrences> = crate::hash::map_with_capacity(crate::hash::distinct_words(stretches));
    for (i, c) in cands.iter().enumerate() {
        for a in 0..c.words.len() {
            for b in a + 1..=c.words.len() {
                match occurrences.entry(Key::new(&c.words()[a..b])) {
                    Entry::Occupied(mut o) => o.get_mut().more.push((i, a)),
                    Entry::Vacant(v) => {
                        v.insert(Occurrences { first: (i, a), more: Vec::new(), listed: false });
                    }
                }
            }
        }
    }
    // Candidates: the whole runs, each key once.
    let mut keys: Vec<(Key, usize)> = Vec::new();
    for (i, c) in cands.iter().enumerate() {
        let key = Key::new(c.words());
        // (Every whole run is one of the stretches counted above.)
        if let Some(o) = occurrences.get_mut(&key).filter(|o| !o.listed) {
            o.listed = true;
            keys.push((key, i));
        }
    }
    let mut scored: Vec<(f32, usize)> = keys
        .iter()
        .enumerate()
        .map(|(g, (key, i))| {
            let c = &cands[*i];
            // A linking "de" weighs nothing and adds no length.
            let n = c.words().iter().filter(|w| Some(w.1) != link).count() as f32;
            let mean = c.words().iter().filter(|w| Some(w.1) != link).map(|w| weight(w.1)).sum::<f32>() / n;
            let count = occurrences[key].len() as f32;
            let length = 1.0 + 0.25 * (n - 1.0);
            let early = 1.0 + 0.5 * (1.0 - c.sentence as f32 / n_sent);
            // A lone name is already a person, place or organization: it ranks lower here.
            let name = c.words().len() == 1 && is_capitalized(&text[c.words()[0].0.range()]) && !c.initial;
            let name = if name { 0.6 } else { 1.0 };
            (mean * count.sqrt() * length * early * name, g)
        })
        .collect();
    crate::sort::sort_by(&mut scored, |a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    let stems_of = |g: usize| keys[g].0.stems();
    // The tests of word shape below ("-ous" adjectives, "the …" nouns) are English.
    let english = matches!(input.lang, Lang::En | Lang::Und);
    let mut chosen: Vec<(f32, usize)> = Vec::new();
    for &(score, g) in &scored {
        if chosen.len() == TOP {
            break;
        }
        let stems = stems_of(g);
        let count = occurrences[&keys[g].0].len();
        // One word used once says little; one adjective says nothing ("portable").
        let first = &cands[keys[g].1];
        let word = &text[first.words()[0].0.range()];
        let word = if first.initial { word.lower() } else { word.to_string() };
        if stems.len() == 1 && (count < 2 || english && adjective(&word)) {
            continue;
        }
        // A lone lower-case word must show it is a noun somewhere: plural, after an article,
        // a possessive or a number ("the draw", "Hamilton's car"), or at the end of a longer
        // run ("river crossing"). "shot his girlfriend", "hard", "flee" never do.
        if stems.len() == 1 && !is_capitalized(&word) {
            let lw = word.lower();
            let plural = lw.len() > 3 && lw.ends_with('s') && !lw.ends_with("ss");
            let nominal = occurrences[&keys[g].0].iter().any(|&(i, a)| {
                let span = cands[i].words()[a].0;
                // (In English, a word in lower case after an article must end its run: "a
                // clean checkout" shows no noun.)
                let ends = a + 1 == cands[i].words().len() || !english || is_capitalized(&text[span.range()]);
                a > 0
                    || ends
                        && if english {
                            after_determiner(text, span.start) || text[span.end..].trim_start().starts_with("of ")
                        } else {
                            after_function_word(text, span.start, input.lang)
                        }
            });
            if !plural && !nominal {
                continue;
            }
        }
        // Three phrases at most open on one word and go on in lower case: an awards story is
        // more than its nine "best …" categories, a story about French cinema more than
        // "French actors", "French prizes", "French producers", …. (Names are left alone:
        // "Lord Falconer", "Lord Hutton", "Lord Chief Justice".)
        let described = |h: usize| {
            let c = &cands[keys[h].1];
            c.words().len() > 1 && c.words()[1..].iter().all(|w| !is_capitalized(&text[w.0.range()]))
        };
        if described(g) && chosen.iter().filter(|&&(_, h)| described(h) && stems_of(h)[0] == stems[0]).count() >= 3 {
            continue;
        }
        // Of two nested phrases one stays: the longer when it covers half the uses of the
        // shorter ("council" → "city council"), else the shorter.
        let nested = chosen.iter().position(|&(_, h)| {
            let other = stems_of(h);
            stems.iter().all(|s| other.contains(s)) || other.iter().all(|s| stems.contains(s))
        });
        match nested {
            Some(k) => {
                let h = chosen[k].1;
                let other = occurrences[&keys[h].0].len();
                let (long, short) = if stems.len() > stems_of(h).len() { (count, other) } else { (other, count) };
                let keep_long = 2 * long > short;
                if keep_long == (stems.len() > stems_of(h).len()) {
                    chosen[k].1 = g;
                }
            }
            None => chosen.push((score, g)),
        }
    }
    let top = chosen.first().map_or(1.0, |c| c.0).max(f32::MIN_POSITIVE);
    chosen
        .into_iter()
        .map(|(score, g)| {
            let n = stems_of(g).len();
            let mentions: Vec<(Mention, bool)> = occurrences[&keys[g].0]
                .iter()
                .map(|&(i, a)| {
                    let c = &cands[i];
                    let span = Span::new(c.words()[a].0.start, c.words()[a + n - 1].0.end);
                    (Mention { sentence: c.sentence, span }, c.initial && a == 0)
                })
                .collect();
            // As written where its capitals are its own, not the sentence's.
            let shown = mentions.iter().find(|m| !m.1).unwrap_or(&mentions[0]).0.span;
            Keyphrase {
                text: crate::markup::one_spaced(&text[shown.range()]),
                score: (score / top).clamp(0.0, 1.0),
                mentions: mentions.into_iter().map(|m| m.0).collect(),
            }
        })
        .collect()
}

/// Whether the word before byte `at` is an article, a determiner, a preposition, a
/// possessive or a number.
fn after_determiner(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end();
    if before.ends_with("'s") || before.ends_with("’s") || before.ends_with(|c: char| c.is_ascii_digit()) {
        return true;
    }
    let word = word_before(text, at);
    const DETERMINERS: Words = words![
        "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your", "every",
        "each", "no", "any", "some", "another", "of", "in", "on", "for", "with", "from", "by", "at", "about", "into",
        "over", "under", "between", "against",
    ];
    DETERMINERS.contains(word.lower().as_str())
}

/// Whether the word before byte `at` is one of `lang`'s function words: in other languages
/// the noun test ("le gouvernement", "die Brücke", "las elecciones").
fn after_function_word(text: &str, at: usize, lang: Lang) -> bool {
    crate::lang::is_function_word(lang, &word_before(text, at).lower())
}

/// The letters just before byte `at`, spaces skipped ("" when a mark comes first).
fn word_before(text: &str, at: usize) -> &str {
    let before = text[..at].trim_end();
    let start = before
        .rfind(|c: char| !c.is_alphabetic())
        .map_or(0, |i| i + before[i..].chars().next().map_or(1, char::len_utf8));
    &before[start..]
}

/// The particles of people's names ("von der Leyen", "bin Salman", "dos Santos"), in lower
/// case.
const NAME_PARTICLES: [&str; 14] =
    ["von", "van", "der", "den", "de", "da", "di", "du", "del", "della", "dos", "das", "bin", "ibn"];

/// The index in [`NAME_PARTICLES`] of `word` (any case).
fn name_particle(word: &str) -> Option<usize> {
    // Tried on every word: most are too long or start with another letter, and are
    // rejected before the fourteen comparisons.
    let first = word.as_bytes().first()?.to_ascii_lowercase();
    if !(2..=5).contains(&word.len()) || !matches!(first, b'v' | b'd' | b'b' | b'i') {
        return None;
    }
    NAME_PARTICLES.iter().position(|p| p.eq_ignore_ascii_case(word))
}

/// Whether a lower-case word ends like an adjective ("portable", "famous", "massive").
fn adjective(word: &str) -> bool {
    !is_capitalized(word)
        && ["ous", "ful", "ive", "able", "ible", "less", "ish", "ary", "ical", "ant", "ent"]
            .iter()
            .any(|s| word.len() > s.len() + 2 && word.ends_with(s))
}

/// Whether the token after `k` is an article or a possessive determiner, spaced from it.
fn determiner_next(text: &str, toks: &[scan::Tok], k: usize) -> bool {
    toks.get(k + 1).is_some_and(|n| {
        n.kind == Kind::Word && !n.glued && !n.newline && one_of("the a an their its his her our my your", n.text(text))
    })
}

/// Whether the capitalized words before token `k` follow a lower-case word that is no
/// stop word (a verb: "give European consumers the chance") or an article ("fined the CBS
/// TV network a …"): they are an object, and the word after them their noun.
fn object(text: &str, toks: &[scan::Tok], k: usize) -> bool {
    let before = toks[..k].iter().rev().find(|t| !(t.kind == Kind::Word && is_capitalized(t.text(text))));
    before.is_some_and(|t| {
        let w = t.text(text);
        t.kind == Kind::Word && (!EN_STOPWORDS.contains(w) || one_of("the a an", w))
    })
}

/// "voted", "failed", "agreed": a lower-case past form ends a noun phrase ("need", "speed"
/// and "greed" do not).
fn is_participle(word: &str, lower: &str) -> bool {
    let eed = lower.ends_with("eed") && !(lower.len() > 5 && (lower.ends_with("reed") || lower.ends_with("teed")));
    lower.len() > 3 && lower.ends_with("ed") && !eed && !is_capitalized(word)
}

/// The lower-case words that are never part of a key phrase: stop words, the key-phrase
/// stop list, speech verbs, irregular past forms, number words, weekdays and scale words, in one set: one
/// look-up per word where [`content`] made six (issue 8).
fn never_content() -> &'static Set<&'static str> {
    static SET: OnceLock<Set<&'static str>> = OnceLock::new();
    SET.get_or_init(|| {
        let mut set = Set::default();
        // Irregular past forms end a phrase too ("Arsenal beat").
        for list in [&EN_STOPWORDS, &KEYPHRASE_STOP, &lexicon::SPEECH_VERBS, &lexicon::PAST_VERBS] {
            for &w in list.get() {
                set.insert(w);
            }
        }
        lexicon::number_weekday_and_scale_words(&mut |w| {
            set.insert(w);
        });
        set
    })
}

/// Whether a word may be part of a key phrase.
fn content(word: &str) -> bool {
    let lw = scan::lower(word);
    let letters = lw.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 2 && !word.chars().all(char::is_uppercase) {
        return false;
    }
    !(never_content().contains(&*lw)
        || crate::bytes::split_once(&lw, b'-')
            .is_some_and(|(a, b)| lexicon::number_word(a).is_some() && lexicon::number_word(b).is_some())
        // Contractions: only a word with an apostrophe is tested for their ten endings.
        || lw.contains(['\'', '’'])
            && (crate::bytes::contains(&lw, "n't")
                || crate::bytes::contains(&lw, "n’t")
                || ["'m", "'re", "'ve", "'ll", "'d", "’m", "’re", "’ve", "’ll", "’d"].iter().any(|e| lw.ends_with(e)))
        || lexicon::month(&lw).is_some() && (lexicon::is_full_month(word) || lw.len() == 3))
        && !(lw.len() > 4 && lw.ends_with("ly") && !one_of("family supply assembly rally", &lw))
        && !is_participle(word, &lw)
}

/// The candidate runs, and the number of distinct stems their words have.
fn candidates(
    input: &Input<'_, '_>,
    alone: &[SentenceKind],
    toks: &[scan::Tok],
    stemmer: Option<&Stemmer>,
) -> (Vec<Cand>, usize, Option<u32>) {
    let text = input.text;
    let mut out = Vec::new();
    let skip: Vec<bool> = alone.iter().map(|k| !matches!(k, SentenceKind::Prose | SentenceKind::Heading)).collect();
    let mut run: Vec<(usize, usize, u32, bool)> = Vec::new(); // (start, end, stem, capitalized)
    let mut last_cap = false;
    let mut run_sentence = 0;
    let verb_list = verbs(input.lang);
    let locale = super::locale::get(input.lang);
    // Where the head noun comes first ("rete ferroviaria"), a long run keeps its head.
    let head_first = matches!(input.lang, Lang::Fr | Lang::Es | Lang::It | Lang::Pt);
    let mut after_aux = false;
    // Name particles: "van" in "Louis van Gaal" joins the name instead of ending one phrase
    // ("Louis van") before the next ("Gaal"). English text only: the other languages' "de"
    // is their linking word.
    let english = matches!(input.lang, Lang::En | Lang::Und);
    let mut particles: Vec<usize> = Vec::new(); // the start of each particle so joined
    let mut in_name = false;
    // Whether the word before was a modal ("will", "could not").
    let mut modal = false;
    let mut particle_ids: [Option<u32>; NAME_PARTICLES.len()] = [None; NAME_PARTICLES.len()];
    // Each distinct word's stem id, and each stem's id and length in bytes.
    let distinct = crate::hash::distinct_words(toks.len());
    // (`u32::MAX`: no stem, not a content word; not an `Option`, which would compile
    // another copy of the hash table's code.)
    let mut memo: Map<&str, u32> = crate::hash::map_with_capacity(distinct);
    let mut stem_ids: Map<Cow<'_, str>, u32> = crate::hash::map_with_capacity(distinct);
    let mut stem_len: Vec<usize> = Vec::new();
    // The linking word's own stem id (no content word stems to "\0").
    let link = verb_list.and_then(|v| v.link).map(|_| {
        stem_ids.insert(Cow::Borrowed("\0"), 0);
        stem_len.push(0);
        0
    });
    let flush = |run: &mut Vec<(usize, usize, u32, bool)>,
                 stem_len: &[usize],
                 particles: &[usize],
                 sentence: usize,
                 out: &mut Vec<Cand>| {
        if run.is_empty() {
            return;
        }
        let particle = |w: &(usize, usize, u32, bool)| particles.binary_search(&w.0).is_ok();
        // A name run too long to be a phrase is a name: the entities list it whole ("Luiz
        // Inácio Lula da Silva"), and four of its words would be a piece of it.
        if run.len() > MAX_WORDS && run.iter().any(particle) {
            run.clear();
            return;
        }
        // The rest of the name did not follow ("van" before a stop word).
        while run.last().is_some_and(particle) {
            run.pop();
        }
        let split;
        let whole = [(0, run.len())];
        let parts: &[(usize, usize)] = match locale {
            Some(l) => {
                split = pieces(text, run, input.lang, l);
                &split
            }
            None => &whole,
        };
        for &(a, b) in parts {
            let run = &run[a..b];
            // Keep the head of a long run: English noun phrases end in their noun, French
            // ones start with it.
            let (from, to) = if head_first {
                (0, run.len().min(MAX_WORDS))
            } else {
                (run.len().saturating_sub(MAX_WORDS), run.len())
            };
            let mut words = &run[from..to];
            // A linking word is only ever inside ("red de"), and a phrase never ends in a
            // scale word ("millones de").
            let scale = |w: &(usize, usize, u32, bool)| locale.is_some_and(|l| l.scale(&text[w.0..w.1]).is_some());
            while let Some((_, rest)) = words.split_last().filter(|(w, _)| Some(w.2) == link || scale(w)) {
                words = rest;
            }
            while let Some((_, rest)) = words.split_first().filter(|(w, _)| Some(w.2) == link) {
                words = rest;
            }
            if words.is_empty() {
                continue;
            }
            // A phrase of only -ing words is a verb ("saying", "going on").
            // (No char but ASCII "i", "n", "g" lower-cases to them, so the bytes tell.)
            let ing = |w: &str| w.len() >= 3 && w.as_bytes()[w.len() - 3..].eq_ignore_ascii_case(b"ing");
            let verbal = words.iter().all(|w| stem_len[w.2 as usize] > 3 && ing(&text[w.0..w.1]) && !w.3);
            if !verbal {
                let initial = input.sentences.get(sentence).is_some_and(|s| s.start == words[0].0);
                let words = words.iter().map(|w| (Span::new(w.0, w.1), w.2)).collect();
                out.push(Cand { words, sentence, initial });
            }
        }
        run.clear();
    };
    for (k, t) in toks.iter().enumerate() {
        let sentence = scan::sentence_of(input.sentences, t.start());
        if sentence != run_sentence || t.newline {
            flush(&mut run, &stem_len, &particles, run_sentence, &mut out);
            run_sentence = sentence;
        }
        // "$1.2bn", "10km": a unit glued to a number is no phrase.
        let after_number = t.glued && k > 0 && toks[k - 1].kind == Kind::Num;
        // "Normal text size", "list 1 of 4": a page's label is no phrase of the story.
        let label = || {
            alone.get(sentence) == Some(&SentenceKind::Heading)
                && input.sentences.get(sentence).is_some_and(|s| super::entities::in_site_label(text, *s, t.start()))
        };
        if skip.get(sentence).copied().unwrap_or(false) || t.kind != Kind::Word || after_number || label() {
            (after_aux, in_name, modal) = (false, false, false);
            // Inner hyphens are in the word already; any other mark ends the phrase.
            flush(&mut run, &stem_len, &particles, run_sentence, &mut out);
            continue;
        }
        let w = t.text(text);
        // "will benefit charities", "could also face house arrest": a lower-case word after a
        // modal (an adverb between or not) is a verb; it ends a phrase and opens none.
        let after_modal = modal;
        // (A `matches!`, not `one_of`: this runs on every word, and a string search per
        // word cost 0.3 M instructions an article.)
        modal = english
            && (matches!(
                w,
                "will"
                    | "would"
                    | "could"
                    | "should"
                    | "can"
                    | "may"
                    | "might"
                    | "must"
                    | "shall"
                    | "cannot"
                    | "won't"
                    | "can't"
                    | "wouldn't"
                    | "couldn't"
                    | "shouldn't"
            ) || modal && one_of("not also still never now then soon only even", w));
        if after_modal && !modal && !is_capitalized(w) {
            (after_aux, in_name) = (false, false);
            flush(&mut run, &stem_len, &particles, run_sentence, &mut out);
            continue;
        }
        // "U.S.", "J. K. Rowling": a letter and its full stop is an abbreviation or an
        // initial, never a phrase of its own ("U", "S").
        let dotted = || toks.get(k + 1).is_some_and(|n| n.glued && n.kind == Kind::Punct && n.text(text) == ".");
        if w.chars().nth(1).is_none() && dotted() {
            (after_aux, in_name) = (false, false);
            flush(&mut run, &stem_len, &particles, run_sentence, &mut out);
            continue;
        }
        // "Louis van Gaal", "Mohammed bin Salman": a lower-case particle right before a
        // capitalized word of the same sentence is part of a name; it continues the name
        // before it, or starts one ("manager | van Gaal").
        // ("Van Gaal said", "Van der Wiel": capitalized, it opens the sentence.)
        if let Some(p) = if english { name_particle(w) } else { None } {
            // Past any further particles ("von der Leyen").
            let spaced = |n: &&scan::Tok| {
                n.kind == Kind::Word
                    && !n.glued
                    && !n.newline
                    && scan::sentence_of(input.sentences, n.start()) == sentence
            };
            let next = toks[k + 1..].iter().take(3).find(|n| !(spaced(n) && name_particle(n.text(text)).is_some()));
            let next_cap = next.filter(spaced).is_some_and(|n| is_capitalized(n.text(text)));
            if next_cap {
                if !(last_cap || in_name) {
                    flush(&mut run, &stem_len, &particles, run_sentence, &mut out);
                }
                // Its own stem id, apart from the noun "van" ("a white van").
                let id = *particle_ids[p].get_or_insert_with(|| {
                    stem_len.push(w.len());
                    stem_len.len() as u32 - 1
                });
                particles.push(t.start());
                run.push((t.start(), t.end(), id, false));
                (last_cap, in_name) = (false, true);
                continue;
            }
        }
        // "a salué", "debe llegar": the word after an auxiliary or modal is a verb form, and
        // so is a listed word after it ("a déjà annoncé").
        if let Some(v) = verb_list {
            let lw = scan::lower(w);
            let verb = after_aux && !is_capitalized(w) && !crate::lang::is_function_word(input.lang, &lw);
            after_aux = v.aux.contains(&*lw) || after_aux && v.words.contains(&*lw);
            if verb {
                flush(&mut run, &stem_len, &particles, run_sentence, &mut out);
                continue;
            }
            // "red de trenes": a linking word between two words stays in the run.
            if let (Some(id), Some(l)) = (link, v.link) {
                if *lw == *l && run.last().is_some_and(|r| r.2 != id) {
                    run.push((t.start(), t.end(), id, false));
                    last_cap = false;
                    continue;
                }
            }
        }
        let (core, possessive) = match w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")) {
            Some(c) => (c, true),
            None => (w, false),
        };
        // A word's test and stem, once per distinct word: stemming every occurrence was
        // most of this finder's time (issue 8).
        let stem = *memo.entry(core).or_insert_with(|| {
            if !content(core) {
                return u32::MAX;
            }
            // Other languages' articles, pronouns and auxiliaries end a phrase too
            // ("die alte Brücke" → "alte Brücke"); English has its longer lists.
            let foreign = !matches!(input.lang, Lang::En | Lang::Und);
            if foreign && {
                let lw = core.lower();
                crate::lang::is_function_word(input.lang, &lw) || foreign_stop(input.lang, &lw, is_capitalized(core))
            } {
                return u32::MAX;
            }
            // The scorer stemmed most of these words with the same stemmer already: looked
            // up as written, then lower-cased (a copy per word was most of this finder's
            // allocations, issue 8).
            let stems = input.stems.filter(|_| input.lang != Lang::Und && stemmer.is_some());
            let stem: Cow<'_, str> = match stems.and_then(|s| s.snowball_of_word(core)) {
                Some(known) => Cow::Borrowed(known),
                None => {
                    let lower = core.lower();
                    match (stems.and_then(|s| s.snowball(&lower)), stemmer) {
                        (Some(known), _) => Cow::Borrowed(known),
                        (None, Some(s)) => Cow::Owned(s.stem(&lower).into_owned()),
                        (None, None) => Cow::Owned(lower),
                    }
                }
            };
            let (next, len) = (stem_len.len() as u32, stem.len());
            let id = *stem_ids.entry(stem).or_insert(next);
            if id == next {
                stem_len.push(len);
            }
            id
        });
        let stem = (stem != u32::MAX).then_some(stem);
        let Some(stem) = stem else {
            in_name = false;
            flush(&mut run, &stem_len, &particles, run_sentence, &mut out);
            continue;
        };
        let cap = is_capitalized(core);
        // "Morgan Stanley cut their price target", "Apple shares the view": a lower-case word
        // between a name and a determiner is the name's verb.
        // (Not after a verb: "give European consumers the chance".)
        if english && !cap && last_cap && !possessive && determiner_next(text, toks, k) && !object(text, toks, k) {
            (last_cap, in_name) = (false, false);
            flush(&mut run, &stem_len, &particles, run_sentence, &mut out);
            continue;
        }
        let opens = input.sentences.get(sentence).is_some_and(|s| s.start == t.start());
        // "US media giant | TimeWarner": a name starting after common words is its own phrase
        // (not in German, where every noun is capitalized: "erneuerbare Energien").
        if cap && !opens && !run.is_empty() && !last_cap && !in_name && input.lang != Lang::De {
            flush(&mut run, &stem_len, &particles, run_sentence, &mut out);
        }
        (last_cap, in_name) = (cap, false);
        run.push((t.start(), t.start() + core.len(), stem, cap && !opens));
        if possessive {
            flush(&mut run, &stem_len, &particles, run_sentence, &mut out);
        }
    }
    flush(&mut run, &stem_len, &particles, run_sentence, &mut out);
    (out, stem_len.len(), link)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn phrases(text: &str) -> Vec<(String, usize)> {
        phrases_in(text, Lang::En)
    }

    fn phrases_in(text: &str, lang: Lang) -> Vec<(String, usize)> {
        let sentences = crate::segment::split_spans(text, lang);
        let alone = crate::score::kind::classify_each(text, &sentences, lang);
        extract(&Input { text, sentences: &sentences, lang, alone: None, stems: None }, &alone, scan::tokens(text))
            .into_iter()
            .map(|k| {
                for m in &k.mentions {
                    assert!(sentences[m.sentence].contains(m.span));
                }
                (k.text, k.mentions.len())
            })
            .collect()
    }

    #[test]
    fn noun_phrases_ranked_and_merged() {
        let text = "The city council voted to close the old bridge. Engineers said the bridge's steel \
                    was failing. The council will build a new river crossing. Residents want the river \
                    crossing open by spring. The crossings will cost the city council dearly.";
        let got = phrases(text);
        let texts: Vec<&str> = got.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(texts[0], "city council", "{got:?}");
        assert!(got.contains(&("river crossing".to_string(), 2)), "{got:?}");
        // No stop words, verbs or vague words alone.
        for bad in ["the", "said", "will", "want", "dearly", "was"] {
            assert!(!texts.contains(&bad), "{bad} in {got:?}");
        }
    }

    #[test]
    fn a_verb_after_a_modal_opens_no_phrase() {
        let text = "Farmers say the new dam could harm local wildlife. The agency will protect local wildlife \
                    with new rules. Critics warn the rules would not stop illegal fishing, and illegal fishing \
                    will cause problems. The dam will open alongside a visitor centre, and a visitor centre \
                    should boost tourism.";
        let got = phrases(text);
        let texts = texts(&got);
        assert!(got.contains(&("local wildlife".to_string(), 2)), "{got:?}");
        assert!(got.contains(&("illegal fishing".to_string(), 2)), "{got:?}");
        assert!(got.contains(&("visitor centre".to_string(), 2)), "{got:?}");
        for t in &texts {
            let first = t.split(' ').next().unwrap_or("");
            assert!(!["harm", "protect", "stop", "cause", "open", "boost"].contains(&first), "{t} in {got:?}");
            assert!(!t.contains("alongside"), "{t} in {got:?}");
        }
    }

    #[test]
    fn words_of_every_list_are_never_content() {
        for w in ["the", "said", "three", "monday", "billion", "bn", "always", "every", "believes", "due", "alongside"]
        {
            assert!(!content(w) && !content(&w.to_ascii_uppercase()), "{w}");
        }
        assert!(content("bridge") && content("Council"));
        // Past forms, regular and irregular, end a phrase ("Rovers beat", "panel agreed");
        // nouns in "-eed" and adjectives that are also past forms stay.
        for w in ["agreed", "guaranteed", "beat", "drew", "met"] {
            assert!(!content(w), "{w}");
        }
        for w in ["speed", "greed", "creed"] {
            assert!(content(w), "{w}");
        }
    }

    fn texts(got: &[(String, usize)]) -> Vec<&str> {
        got.iter().map(|(t, _)| t.as_str()).collect()
    }

    #[test]
    fn german_phrases_are_capitalized_nouns() {
        let text = "Die Regierung will den Ausbau der Windkraft an Land deutlich beschleunigen. \
                    Genehmigungsverfahren sollen künftig höchstens sechs Monate dauern. Die Branche \
                    begrüßte den Plan für erneuerbare Energien. Der Ausbau der Windkraft soll zwei \
                    Jahre dauern. Erneuerbare Energien sind billig.";
        let got = phrases_in(text, Lang::De);
        let t = texts(&got);
        assert!(t.contains(&"Windkraft") && t.contains(&"erneuerbare Energien"), "{got:?}");
        for (p, _) in &got {
            let last = p.rsplit(' ').next().unwrap();
            assert!(is_capitalized(last), "{p:?} ends in a lower-case word: {got:?}");
            assert!(!p.contains("sechs") && !p.contains("zwei") && !p.contains("soll"), "{got:?}");
        }
    }

    #[test]
    fn german_runs_split_at_lower_case_words() {
        let text = "Land deutlich beschleunigen. Bisher warten Betreiber den wichtigen Schritt";
        let run = |words: &[&str]| -> Vec<(usize, usize, u32, bool)> {
            words
                .iter()
                .map(|w| {
                    let at = text.find(w).unwrap();
                    (at, at + w.len(), 0, false)
                })
                .collect()
        };
        let de = super::super::locale::get(Lang::De).unwrap();
        assert_eq!(pieces(text, &run(&["Land", "deutlich", "beschleunigen"]), Lang::De, de), [(0, 1)]);
        // "warten" before a noun is a verb: an adjective in "-en" follows an article.
        assert_eq!(pieces(text, &run(&["warten", "Betreiber"]), Lang::De, de), [(1, 2)]);
        assert_eq!(pieces(text, &run(&["wichtigen", "Schritt"]), Lang::De, de), [(0, 2)]);
        // French keeps its lower-case words.
        let fr = super::super::locale::get(Lang::Fr).unwrap();
        assert_eq!(pieces(text, &run(&["Land", "deutlich", "beschleunigen"]), Lang::Fr, fr), [(0, 3)]);
    }

    #[test]
    fn romance_phrases_stop_at_verbs() {
        let fr = "Les syndicats d'enseignants ont salué l'annonce du plan. Les syndicats \
                  d'enseignants avaient présenté mercredi leurs demandes. Environ cinq mille \
                  établissements seraient concernés, selon le gouvernement français. Le \
                  gouvernement français a annoncé le plan.";
        let got = phrases_in(fr, Lang::Fr);
        let t = texts(&got);
        assert!(t.contains(&"syndicats d'enseignants") && t.contains(&"gouvernement français"), "{got:?}");
        for (p, _) in &got {
            for verb in ["salué", "présenté", "mercredi", "seraient", "concernés", "annoncé", "cinq"] {
                assert!(!p.contains(verb), "{p:?}: {got:?}");
            }
        }
        let es = "Renfe contratará nuevos empleados. España aprobó el plan de los nuevos \
                  empleados. El plan debe llegar al Congreso. Las obras comenzarán en enero.";
        let got = phrases_in(es, Lang::Es);
        assert!(texts(&got).contains(&"nuevos empleados"), "{got:?}");
        // "de" joins two nouns, never starts or ends a phrase.
        let got = phrases_in("La red de trenes de cercanías crece. La red de trenes llega a Madrid.", Lang::Es);
        assert!(texts(&got).contains(&"red de trenes"), "{got:?}");
        for (p, _) in &got {
            assert!(!p.starts_with("de ") && !p.ends_with(" de"), "{got:?}");
        }
        for (p, _) in &got {
            for verb in ["contratará", "aprobó", "llegar", "comenzarán", "enero"] {
                assert!(!p.contains(verb), "{p:?}: {got:?}");
            }
        }
    }

    #[test]
    fn verb_lists_and_endings() {
        let es = verbs(Lang::Es).unwrap();
        assert!(es.is_verb("aprobó", false) && es.is_verb("comenzarán", false) && es.is_verb("debe", false));
        // An ending needs three letters before it, nouns do not end so, and names may.
        assert!(!es.is_verb("dió", false) && !es.is_verb("camión", false) && !es.is_verb("trenes", false));
        assert!(!es.is_verb("miró", true) && es.is_verb("debe", true));
        assert!(verbs(Lang::Fr).unwrap().aux.contains("ont"));
        assert!(verbs(Lang::En).is_none());
    }

    #[test]
    fn name_particles_stay_inside_names() {
        let text = "Manchester United manager Louis van Gaal praised Robin van Persie. Van Gaal said \
                    van Persie was fit. The club sent a white van to collect Ursula von der Leyen. \
                    Crown Prince Mohammed bin Salman arrived. Mr van Gaal left in the van.";
        let got = phrases(text);
        let t = texts(&got);
        assert!(t.contains(&"van Persie") || t.contains(&"Robin van Persie"), "{got:?}");
        for (p, _) in &got {
            let words: Vec<&str> = p.split(' ').collect();
            // Never a name cut at its particle ("Louis van", "Gaal" alone) or a piece of one
            // ("Prince Mohammed bin Salman" is five words: the name is an entity).
            assert!(
                name_particle(words[words.len() - 1]).is_none() || p.ends_with("white van") || p == "van",
                "{got:?}"
            );
            assert!(!matches!(p.as_str(), "Gaal" | "Persie" | "Leyen" | "der Leyen" | "Salman"), "{got:?}");
        }
        // "van" after a common word is a noun, in its phrase.
        assert!(t.iter().any(|p| p.ends_with("van") && !p.contains("Gaal")), "{got:?}");
        // Other languages keep their own linking words ("red de trenes", above).
        assert!(name_particle("y").is_none() && name_particle("of").is_none());
    }

    #[test]
    fn every_particle_passes_the_quick_test() {
        for (i, p) in NAME_PARTICLES.iter().enumerate() {
            assert_eq!(name_particle(p), Some(i));
            assert_eq!(name_particle(&p.to_uppercase()), Some(i));
        }
        assert!(name_particle("").is_none() && name_particle("d").is_none() && name_particle("dellas").is_none());
    }

    #[test]
    fn a_page_label_gives_no_phrase() {
        let text = "Fares to rise\nNormal text size\nLarger text size\nShare Article\n\nThe train fares rise \
                    in July. Commuters say train fares are too high.\nShare Article\n";
        let got = phrases(text);
        assert!(texts(&got).contains(&"train fares"), "{got:?}");
        assert!(texts(&got).iter().all(|p| !p.contains("text size") && !p.contains("Share")), "{got:?}");
    }

    #[test]
    fn a_phrase_never_ends_in_a_preposition() {
        let text = "Engineers found cracks in a bridge near the river. The bridge near the old docks \
                    will close. Ferries across the bay will carry commuters behind schedule. Ferries \
                    across the bay are full.";
        let got = phrases(text);
        assert!(texts(&got).contains(&"bridge"), "{got:?}");
        for p in texts(&got) {
            for w in ["near", "across", "behind"] {
                assert!(!p.split(' ').any(|x| x == w), "{p} in {got:?}");
            }
        }
    }

    #[test]
    fn a_phrase_never_ends_in_an_adverb_of_time_or_place() {
        let text = "A valve leaked sewage into the river overnight. The river overnight turned \
                    brown. The rival team together with fans marched. The rival team ahead of \
                    the final trained at the river.";
        let got = phrases(text);
        assert!(texts(&got).contains(&"river"), "{got:?}");
        for p in texts(&got) {
            for w in ["overnight", "together", "ahead"] {
                assert!(!p.split(' ').any(|x| x == w), "{p} in {got:?}");
            }
        }
    }

    #[test]
    fn a_phrase_never_ends_in_a_participle_that_works_as_a_preposition() {
        let text = "Ticket sales following the festival fell. Ticket sales rose thanks to the new \
                    comedy starring two local actors. Ticket sales using the phone app grew. The \
                    comedy featuring the band opened. Concerns remain about the comedy.";
        let got = phrases(text);
        assert!(texts(&got).contains(&"Ticket sales"), "{got:?}");
        for p in texts(&got) {
            for w in ["following", "thanks", "starring", "using", "featuring", "remain"] {
                assert!(!p.split(' ').any(|x| x.eq_ignore_ascii_case(w)), "{p} in {got:?}");
            }
        }
    }

    #[test]
    fn units_of_time_are_no_phrase() {
        let text = "Jones scored after 20 minutes. Smith replied within minutes. The lead lasted \
                    ten minutes. The race took 44 seconds, four seconds slower than the hours of \
                    training the 24-hour news channels showed. The race was close.";
        let got = phrases(text);
        assert!(texts(&got).contains(&"race"), "{got:?}");
        for p in texts(&got) {
            for w in ["minutes", "seconds", "hours", "hour"] {
                assert!(!p.split(' ').any(|x| x == w), "{p} in {got:?}");
            }
        }
    }

    #[test]
    fn a_name_s_verb_before_a_determiner_is_no_phrase() {
        let text = "Morgan Stanley cut their price target on Monday. Brightwell owns a stake in the \
                    mill. Brightwell expects the stake to grow. Analysts said the mill was worth more.";
        let got = phrases(text);
        for verb in ["Morgan Stanley cut", "cut", "owns", "expects", "Brightwell owns"] {
            assert!(!texts(&got).contains(&verb), "{verb}: {got:?}");
        }
        assert!(texts(&got).contains(&"Morgan Stanley"), "{got:?}");
        // After a verb or an article the name is an object, and the word after it its noun.
        let text = "The rules give European consumers the chance to switch. The court fined the \
                    Dutch broadcaster a record sum. European consumers welcomed it.";
        let got = phrases(text);
        assert!(texts(&got).contains(&"European consumers"), "{got:?}");
        assert!(texts(&got).contains(&"Dutch broadcaster"), "{got:?}");
    }

    #[test]
    fn a_word_only_before_a_noun_is_no_phrase_alone() {
        // "clean" stands after an article only before a noun ("a clean checkout").
        let text = "The job took an hour on a clean checkout. People wanted clean builds again. The \
                    team wants a clean slate. The disk cache broke. The disk cache came back.";
        let got = phrases(text);
        assert!(!texts(&got).contains(&"clean"), "{got:?}");
        assert!(texts(&got).contains(&"disk cache"), "{got:?}");
    }

    #[test]
    fn three_phrases_at_most_open_on_one_word() {
        let text = "The best album went to Muse. The best song went to Keane. The best video went \
                    to OutKast. The best group went to Muse. The best male went to Usher. The best \
                    female went to Gwen Stefani. Muse thanked the fans. Keane thanked the fans. \
                    OutKast thanked the fans.";
        let got = phrases(text);
        let best = texts(&got).iter().filter(|p| p.starts_with("best ")).count();
        assert!(best <= 3, "{got:?}");
        assert!(texts(&got).contains(&"Muse"), "{got:?}");
    }

    #[test]
    fn nothing_from_nothing() {
        assert!(phrases("").is_empty());
        assert!(phrases("It was, and is. So it goes!").is_empty());
    }
}
