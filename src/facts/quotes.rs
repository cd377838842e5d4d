//! Quotes: *find* quoted passages (straight, curly and tokenized marks, double and single,
//! over several sentences), then *attribute* each to its speaker.
//!
//! Speakers come from the attribution next to the quote: `"…," said X`, `"…," X said`,
//! `X said: "…"`, `"…," a Foreign Office spokeswoman said`, `"…," X told the BBC`,
//! `X, who …, added: "…"`. A name keeps its last capitalized run without titles
//! ("chairman Richard Parsons" → "Richard Parsons", so it can be linked to a person); a
//! description stays whole ("a Foreign Office spokeswoman"). "he"/"she" resolve to the last
//! named speaker, else the last full name before the quote. A quote with no attribution of
//! its own takes the previous quote's speaker when it continues it (a new paragraph opening
//! with a quote mark, or `"…," he said. "…"`).
//!
//! A quote's `text` excludes the marks (and a trailing comma that belongs to the sentence);
//! `at.sentence` is the sentence where it starts. One-word quotes count only with a speaker:
//! alone they are mostly scare quotes or titles.

mod languages;

use super::lexicon::{self, SPEECH_VERBS};
use super::scan::{self, is_capitalized, Kind, Tok};
use super::Input;
use crate::bytes::one_of;
use crate::case::Lower;
use crate::data::{WordSet, EN_STOPWORDS};
use crate::hash::Map;
use crate::span::Span;
use crate::types::{Entity, Mention, Quote};
use crate::words::{words, Words};

static TITLES: WordSet = WordSet::new(crate::data_file!("en/titles.txt"));
static SPEAKER_TITLES: WordSet = WordSet::new(crate::data_file!("en/speaker_titles.txt"));
static FIRST_NAMES: WordSet = WordSet::new(crate::data_file!("en/first_names.txt"));

/// Longest quote followed, in bytes: an unclosed mark further than this is a stray.
const MAX_QUOTE: usize = 4000;

/// A quoted passage: the marks' span and the words inside.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Raw {
    /// From the opening mark to just past the closing one (or the end of the passage
    /// when a new paragraph reopens the quote).
    pub outer: Span,
    /// The words inside, trimmed.
    pub inner: Span,
    /// Whether it continues the quote before it (a paragraph reopened with a mark).
    pub continues: bool,
}

/// The quotes of the text, in order, with their speakers.
///
/// `people` are the entity tagger's people (empty when they were not asked for): English
/// attributions read their mentions as the names a pronoun or a sentence's subject refers to.
pub(crate) fn extract<'t, 'k>(
    input: &Input<'t, '_>,
    toks: impl FnOnce() -> &'k [Tok],
    people: &[Entity<'_>],
) -> Vec<Quote<'t>> {
    let text = input.text;
    let raws = find(text);
    if raws.is_empty() {
        return Vec::new();
    }
    let speech = languages::get(input.lang);
    let cjk = super::cjk::applies(input.lang);
    // Only people named in full somewhere, mentioned by a capitalized word: a name of one
    // word alone is as often a site or a firm the tagger misread ("Suprnova"), and a mention
    // ending in lower case is a misread run ("Whitcombe was").
    let mut mentions: Vec<Span> = Vec::new();
    for e in people.iter().filter(|e| e.text.contains(' ')) {
        for m in &e.mentions {
            let t = &text[m.span.range()];
            let last = &t[t.rfind(' ').map_or(0, |i| i + 1)..];
            if is_capitalized(last) && !EN_STOPWORDS.contains(&last.lower()) {
                mentions.push(m.span);
            }
        }
    }
    crate::sort::sort_by_key(&mut mentions, |m| m.start);
    let a = Attrib {
        text,
        toks: toks(),
        sentences: input.sentences,
        speech: speech.as_ref(),
        people: &mentions,
        caseless: std::cell::Cell::new(0),
    };
    let mut out: Vec<Quote<'t>> = Vec::new();
    // Whether each quote of `out` reopens the one before.
    let mut reopened: Vec<bool> = Vec::new();
    let mut prev: Option<(Raw, Option<&'t str>)> = None;
    let mut named: Option<&'t str> = None;
    let outers = Quoted::new(raws.iter().map(|r| r.outer).collect());
    let mut known: Vec<&str> = Vec::new();
    let mut surnames_known = false;
    for (k, q) in raws.iter().enumerate() {
        let sentence = scan::sentence_of(input.sentences, q.inner.start);
        let next_open = raws.get(k + 1).map_or(text.len(), |n| n.outer.start);
        // A pronoun or a verb alone in another language ("a-t-il dit", "dijo").
        let mut pronoun = false;
        let mut backed = false;
        let mut speaker = match (q.continues, a.speech()) {
            // Chinese, Japanese and Korean attributions are not read: a quote has no speaker
            // rather than a wrong one (the English rules would look for "said").
            _ if cjk => None,
            // A paragraph that goes on with a quote is the last one's, unless a tag of its own
            // follows it ("… Moscow. 'Russia is our partner,' Mr Yushchenko said").
            (true, Some(_)) => None,
            // (Not a new sentence after it: "… a year." And Gordon Brown said …".)
            (true, None) => {
                if text[q.inner.range()].ends_with('.') {
                    None
                } else {
                    a.after(q, next_open).filter(|s| a.may_speak(s))
                }
            }
            (false, None) => a
                .after(q, next_open)
                .filter(|s| a.may_speak(s))
                .or_else(|| a.before(q, &outers).filter(|s| a.may_speak(s))),
            (false, Some(sp)) => {
                let said = a.said_after(sp, q, next_open).or_else(|| a.said_before(sp, q, &outers));
                pronoun = said == Some(languages::Said::Pronoun);
                backed = matches!(said, Some(languages::Said::Name(_, true)));
                said.and_then(languages::Said::text)
            }
        };
        // (Full quotes only: a scare quote in the next sentence is nobody's words.)
        // (In the other languages only a quote that opens its sentence: "Op spandoeken stond
        // "Wonen is een recht"" is no one's.)
        let opens = a.speech().is_none()
            || input
                .sentences
                .get(sentence)
                // (Its opening mark may end the sentence before: "“" of `᠃؟“`.)
                .is_some_and(|s| {
                    s.start >= q.outer.start || text[s.start..q.outer.start].chars().all(|c| !c.is_alphanumeric())
                });
        if speaker.is_none()
            && !pronoun
            && opens
            && !q.continues
            && text[q.inner.range()].split_whitespace().count() >= 4
        {
            // "Conservative leader Rishi Sunak accused the government of '…'": a person
            // opening the quote's own sentence is its speaker, not the previous sentence's.
            // (Not a title, capitalized at both ends: "author of 'A Question of Sport'".)
            let inner = &text[q.inner.range()];
            let titled = is_capitalized(inner) && is_capitalized(&inner[inner.rfind(' ').map_or(0, |i| i + 1)..]);
            let own =
                if a.speech().is_none() && !a.opens_sentence(q) && !titled { a.own_subject(q, &outers) } else { None };
            // "Chief constable Mr Hayman acknowledged that … 'If you come to Norwich …'":
            // reported speech right before an unattributed quote names its speaker.
            speaker = own
                .map(|m| &text[m.range()])
                .or_else(|| a.last_reported(q, &outers).filter(|s| is_capitalized(s) && a.may_speak(s)));
        }
        if speaker.is_none() && !pronoun {
            speaker = prev.and_then(|(p, s)| (q.continues || a.continues(p, q)).then_some(s).flatten());
        }
        if pronoun || speaker.is_some_and(|s| one_of("he she", s.lower().as_str())) {
            // The nearer of the last person who spoke and the last person named.
            let pos = |x: &str| x.as_ptr() as usize - text.as_ptr() as usize;
            // The speaker of a quote just before ("…," the chief executive told BBC
            // News. It was "stupid", he said); else the nearer of the last person who
            // spoke and the last person named.
            let recent = prev.and_then(|(p, s)| s.map(|s| (p.outer.end, s)));
            // Reported speech just before ("O'Donoghue said Mrs Blair was likely to
            // face calls … '…,' he said") names the speaker best; else the nearest of
            // the last quote's speaker, the last person who spoke and the last name.
            // "Helen Marsh … In later life Marsh was …": a surname of a full name in the text
            // names its person alone.
            if !surnames_known && a.speech().is_none() {
                surnames_known = true;
                known.extend(a.surnames().filter(|w| !known.contains(w)).collect::<Vec<_>>());
            }
            let last = match a.speech() {
                None => a.last_name(q.outer.start, &known, &outers),
                Some(sp) => a.last_person(sp, q.outer.start, &known, &outers),
            };
            // "City Councillor Frank Baker disagreed. He said the decision was '…'": the
            // subject of the nearest sentence that names a person, as the tagger found them,
            // rather than a name after it in that sentence or one before it.
            let nearest = if a.speech().is_none() { a.person_subject(q.outer.start, &outers, 3) } else { None };
            let subject = nearest.and_then(|(_, m)| m);
            // "But while he tipped Swank to win, he predicted …. '…,' he told the BBC": a
            // name in that sentence that is not its subject is no antecedent either; the
            // last name before the sentence is.
            // ("Ljubicic was at a loss …. '…,' he said" opens it; "Newcastle boss Graeme
            // Souness is said to have been impressed" does not speak.)
            let last = match (last, nearest) {
                (Some(l), m) if !matches!(m, Some((_, Some(_)))) => {
                    let n = scan::sentence_of(input.sentences, pos(l));
                    if a.speaks_first(n, pos(l), l.len()) {
                        Some(l)
                    } else {
                        input.sentences.get(n).and_then(|s| a.last_name(s.start, &known, &outers))
                    }
                }
                (l, _) => l,
            };
            let last = match (last, subject) {
                (Some(l), Some(m))
                    if scan::sentence_of(input.sentences, pos(l)) > scan::sentence_of(input.sentences, m.start) =>
                {
                    Some(l)
                }
                (l, m) => m.map(|m| &text[m.range()]).or(l),
            };
            let candidates = [recent, named.map(|n| (pos(n), n)), last.map(|l| (pos(l), l))];
            // (Not for a quote after words of its sentence that attribute nothing: "Modi
            // congratulated them in a post. '…,' he wrote" names him, not the "officials said"
            // before.)
            let unattributed_lead = a.speech().is_none() && !a.opens_sentence(q) && a.before(q, &outers).is_none();
            // ("Genareau said their findings suggested … she said": "findings" is no "she".)
            let reported = if unattributed_lead { None } else { a.last_reported(q, &outers) };
            let reported = reported.filter(|s| !a.plural(s));
            let female = speaker.is_some_and(|s| s.eq_ignore_ascii_case("she"));
            speaker = reported.or_else(|| candidates.into_iter().flatten().max_by_key(|&(p, _)| p).map(|(_, s)| s));
            // "Mr Brown …. '…,' she said": a title of the other sex before the one chosen
            // gives way to the last name after a title of the pronoun's ("Mrs Hill").
            if a.speech().is_none() && speaker.is_some_and(|s| a.gender(pos(s)) == Some(!female)) {
                speaker = a.titled_back(q.outer.start, female, &outers).or(speaker);
            }
        }
        if let Some(s) = speaker.filter(|s| is_person(s) || a.speech().is_some_and(|sp| a.person(sp, s, backed))) {
            named = Some(s);
            if let Some(last) = s.split_whitespace().last().filter(|l| !known.contains(l)) {
                known.push(last);
            }
        }
        let words = text[q.inner.range()].split_whitespace().count();
        // Chinese and Japanese write no spaces: four letters or more make a quote
        // ("「安全を最優先にする」と述べた").
        let unspaced = cjk && text[q.inner.range()].chars().filter(|c| c.is_alphanumeric()).nth(3).is_some();
        // `"A. "B," he adds`: the paragraphs a tag ends before are its speaker's too.
        if q.continues && speaker.is_some() && out.last().is_some_and(|l| prev.is_some_and(|p| p.0.inner == l.at.span))
        {
            for j in (0..out.len()).rev() {
                if out[j].speaker.is_some() {
                    break;
                }
                out[j].speaker = speaker;
                if !reopened[j] {
                    break;
                }
            }
        }
        if words >= 2 || unspaced || speaker.is_some() {
            out.push(Quote { text: &text[q.inner.range()], speaker, at: Mention { sentence, span: q.inner } });
            reopened.push(q.continues);
        }
        prev = Some((*q, speaker));
    }
    out
}

/// Names each quote's speaker by the person it refers to, when the entity tagger found
/// exactly one ("Locke" → "Gary Locke", "Leahy" → "Terry Leahy"), so the page can link the
/// quote to the person. Descriptions ("a Foreign Office spokeswoman") stay as they are.
pub(crate) fn link<'t>(quotes: &mut [Quote<'t>], people: &[Entity<'t>], text: &'t str) {
    if people.is_empty() || quotes.iter().all(|q| q.speaker.is_none()) {
        return;
    }
    // A speaker can only match the people among whose mentions it is written, or whose name
    // ends in its last word: each quote tests those few instead of every mention of every
    // person, which grew with the square of a novel's length (War and Peace: a quarter of
    // the pipeline's instructions, issue 8). Maps of the one type the tagger has already
    // (each map type is its own code in the download).
    const SEVERAL: u32 = u32::MAX;
    const END: u32 = u32::MAX;
    // The person with a mention written so, or SEVERAL people.
    let mut by_mention: Map<&str, u32> = Map::default();
    // The last person whose name ends in a word, and before each person the one before it.
    let mut by_last: Map<&str, u32> = Map::default();
    let mut before = vec![END; people.len()];
    for (k, e) in (0u32..).zip(people) {
        for m in &e.mentions {
            let written = &text[m.span.range()];
            match by_mention.get(written) {
                None => _ = by_mention.insert(written, k),
                Some(&j) if j != k => _ = by_mention.insert(written, SEVERAL),
                Some(_) => {}
            }
        }
        // ("": a name without words, which only a speaker without words ends like.)
        if let Some(j) = by_last.insert(e.text.split_whitespace().last().unwrap_or(""), k) {
            before[k as usize] = j;
        }
    }
    for q in quotes {
        let Some(speaker) = q.speaker.filter(|s| s.split_whitespace().all(is_capitalized)) else { continue };
        let words: Vec<&str> = speaker.split_whitespace().collect();
        // Also a speaker that ends in the person's full name after a title the attribution
        // kept ("Senate Majority Leader Chuck Schumer", "House Speaker Mike Johnson").
        let ends_in = |e: &Entity<'_>| {
            let name: Vec<&str> = e.text.split_whitespace().collect();
            name.len() >= 2 && words.ends_with(&name)
        };
        // Every person under the speaker's own text matches; of those whose name ends in its
        // last word, the ones that hold all its words or end in their whole name. Linked to
        // the one person that matches, if only one does.
        let named = by_mention.get(speaker).copied();
        if named == Some(SEVERAL) {
            continue;
        }
        let (mut found, mut several) = (named, false);
        let mut k = by_last.get(words.last().copied().unwrap_or("")).copied().unwrap_or(END);
        while k != END && !several {
            let e = &people[k as usize];
            if Some(k) != named && (words.iter().all(|w| e.text.split_whitespace().any(|x| x == *w)) || ends_in(e)) {
                several = found.is_some();
                found = Some(k);
            }
            k = before[k as usize];
        }
        if let (Some(k), false) = (found, several) {
            q.speaker = Some(people[k as usize].text);
        }
    }
}

/// Whether word `w` ends as a plural noun does: "analysts", not "Ross" or "was".
fn ends_plural(w: &str) -> bool {
    w.len() > 3 && w.ends_with('s') && !w.ends_with("ss")
}

/// Whether a speaker reads as a person's name: a known first name, or one capitalized
/// word that is not an acronym ("Locke"; "GM" and "BBC News" are not people).
fn is_person(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    match words[..] {
        [w] => is_capitalized(w) && w.chars().skip(1).any(char::is_lowercase),
        [first, ..] => FIRST_NAMES.contains(first) && words.iter().all(|w| is_capitalized(w)),
        [] => false,
    }
}

// ---------------------------------------------------------------------------------------
// Find

#[derive(Clone, Copy, PartialEq, Eq)]
enum Style {
    /// `“…”`, `"…"`, `«…»`, ``` ``…'' ```
    Double,
    /// `‘…’`, `'…'`
    Single,
}

/// Every quoted passage, in order: double marks first, then single marks outside them.
pub(crate) fn find(text: &str) -> Vec<Raw> {
    let mut out = scan_marks(text, Style::Double, &[]);
    let taken: Vec<Span> = out.iter().map(|q| q.outer).collect();
    out.extend(scan_marks(text, Style::Single, &taken));
    crate::sort::sort_by_key(&mut out, |q| q.outer.start);
    out
}

/// The quotes' outer spans, sorted by start, with the furthest end reached so far, so
/// "is this token inside any quote" is a binary search (a linear scan per verb made
/// attribution quadratic in the number of quotes: War and Peace, issue 8).
struct Quoted {
    spans: Vec<Span>,
    reach: Vec<usize>,
}

impl Quoted {
    fn new(mut spans: Vec<Span>) -> Quoted {
        crate::sort::sort_by_key(&mut spans, |s| s.start);
        let reach = spans
            .iter()
            .scan(0, |far, s| {
                *far = s.end.max(*far);
                Some(*far)
            })
            .collect();
        Quoted { spans, reach }
    }

    /// Whether some quote holds all of `start..end`.
    fn holds(&self, start: usize, end: usize) -> bool {
        // Of the spans starting at or before `start`, the furthest reaching decides.
        let n = self.spans.partition_point(|s| s.start <= start);
        n > 0 && self.reach[n - 1] >= end
    }
}

// The scanner walks the text by byte position (always a char boundary): an index of every
// char cost 16 bytes per char, the largest allocation of a 10 MB text (issue 8).

/// The char at byte `i`.
fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..).and_then(|r| r.chars().next())
}

/// The byte position of the char after the one at `i`.
fn next_pos(text: &str, i: usize) -> usize {
    char_at(text, i).map_or(text.len(), |c| i + c.len_utf8())
}

/// The char before byte `i`.
fn prev_char(text: &str, i: usize) -> Option<char> {
    text.get(..i).and_then(|r| r.chars().next_back())
}

fn is_opening_context(c: Option<char>) -> bool {
    c.map_or(true, |c| c.is_whitespace() || matches!(c, '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':' | '"' | '“'))
}

/// The opening mark at byte `i`, as its width in bytes, for `style`.
fn opener(text: &str, i: usize, style: Style) -> Option<usize> {
    let c = char_at(text, i)?;
    let next = char_at(text, i + c.len_utf8());
    let prev = prev_char(text, i);
    match style {
        Style::Double => match c {
            // Chinese and Japanese corner brackets too: 「…」, 『…』.
            '“' | '«' | '„' | '「' | '『' => Some(c.len_utf8()),
            '`' if next == Some('`') => Some(2),
            '"' if is_opening_context(prev) && next.is_some_and(|n| !n.is_whitespace()) => Some(1),
            // German books' and Der Spiegel's »…« (a French closing » has a space after it).
            '»' if is_opening_context(prev) && next.is_some_and(char::is_alphanumeric) => Some(2),
            _ => None,
        },
        Style::Single => {
            if !matches!(c, '‘' | '\'') || !is_opening_context(prev) {
                return None;
            }
            let n = next?;
            if !(n.is_alphanumeric() || matches!(n, '(' | '[' | '…' | '.')) {
                return None;
            }
            // "the '90s", "rock 'n' roll", "'em", "'til": elisions, not quotes.
            let rest = &text[i + c.len_utf8()..];
            let word: String = rest.chars().take_while(|c| c.is_alphanumeric()).collect();
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            if digits > 0 && (word.len() == digits || &word[digits..] == "s") {
                return None;
            }
            if one_of("n em til cause tis twas bout round", word.as_str()) {
                return None;
            }
            // Tokenized text splits the clitics off their words ("Kelly 's family", "they 're",
            // "I 'm"): a possessive or a contraction, never a quote's first word.
            let clitic = one_of("s S re RE ve VE ll LL m M d D", word.as_str());
            if clitic && rest[word.len()..].chars().next().map_or(true, char::is_whitespace) {
                return None;
            }
            Some(c.len_utf8())
        }
    }
}

/// Whether the char at byte `j` closes a quote opened with `open` (a char) in `style`,
/// given the text inside so far (`inside`); its width in bytes.
fn closer(text: &str, j: usize, open: char, style: Style, inside: &str) -> Option<usize> {
    let c = char_at(text, j)?;
    let after_c = j + c.len_utf8();
    let next = char_at(text, after_c);
    let prev = prev_char(text, j);
    match style {
        Style::Double => match (open, c) {
            ('«', '»') | ('»', '«') | ('「', '」') | ('『', '』') => Some(c.len_utf8()),
            ('`', '\'') if next == Some('\'') => Some(2),
            ('“' | '„', '”' | '"' | '“') => Some(c.len_utf8()),
            ('"', '"' | '”') => Some(c.len_utf8()),
            _ => None,
        },
        Style::Single => {
            if !matches!(c, '’' | '\'') || prev.map_or(true, char::is_whitespace) {
                return None;
            }
            if next.is_some_and(|n| n.is_alphanumeric()) {
                return None;
            }
            // "the players’ union": a plural possessive, unless the quote so far is short
            // or what follows is not a lower-case word.
            if prev == Some('s') && next.is_some_and(char::is_whitespace) {
                let after = char_at(text, next_pos(text, after_c));
                if after.is_some_and(char::is_lowercase) && inside.split_whitespace().count() > 3 {
                    return None;
                }
            }
            Some(c.len_utf8())
        }
    }
}

/// Whether a paragraph break (a blank line) starts at byte `j`; returns the byte position
/// of the next paragraph's first visible char.
fn paragraph_break(text: &str, j: usize) -> Option<usize> {
    if char_at(text, j) != Some('\n') {
        return None;
    }
    let rest = &text[j + 1..];
    let ws = rest.len() - rest.trim_start().len();
    rest[..ws].contains('\n').then_some(j + 1 + ws)
}

/// Whether `c` can end a sentence inside a quote (before a reopening mark).
fn ends_sentence(text: &str, at: usize) -> bool {
    text[..at].trim_end().ends_with(&['.', '!', '?', '…', ','][..])
}

fn scan_marks(text: &str, style: Style, taken: &[Span]) -> Vec<Raw> {
    let mut out = Vec::new();
    let mut i = 0;
    let mut continues = false;
    while i < text.len() {
        let at = i;
        // `taken` is sorted and its spans do not overlap (each double-quote scan resumes
        // after the last): a binary search, where a linear one made a novel quadratic.
        let holder = taken.partition_point(|t| t.start <= at).checked_sub(1).map(|k| taken[k]);
        if let Some(t) = holder.filter(|t| at < t.end) {
            // Skip a region a double quote already holds.
            i = t.end;
            continues = false;
            continue;
        }
        let Some(w) = opener(text, i, style) else {
            // On to the next byte that can start an opening mark (`"`, `'`, `` ` ``, or the
            // first byte of “ ‘ „ « 「 『): no char before it opens a quote, so stepping char by
            // char would only get there, or into a region that the top of the loop skips
            // just the same from here (this was most of the quote finder's time, issue 8).
            let from = next_pos(text, i);
            let ahead =
                text.as_bytes()[from..].iter().position(|b| matches!(b, b'"' | b'\'' | b'`' | 0xC2 | 0xE2 | 0xE3));
            i = ahead.map_or(text.len(), |k| from + k);
            continues = false;
            continue;
        };
        let open = char_at(text, i).unwrap_or('"');
        let body = i + w;
        let mut j = body;
        let mut result: Option<(usize, usize, bool)> = None; // (inner end, resume, reopened)
        while j < text.len() && j - at <= MAX_QUOTE {
            let inside = &text[body..j];
            if let Some(k) = paragraph_break(text, j) {
                // A quote that runs on into the next paragraph reopens it with a mark.
                if k < text.len() && opener(text, k, style).is_some() && char_at(text, k) == Some(open) {
                    result = Some((j, k, true));
                }
                break;
            }
            // "…a great club. ‘But I’ve said…": a new opening mark after a sentence end
            // with no closing mark between starts the next paragraph of the same quote
            // (paragraphs collapsed into one line). A straight mark so placed, a space before
            // it and a letter after ("… arrived. "But I …"), opens too: a closing one follows
            // its sentence's stop.
            let c = char_at(text, j);
            if j > body
                && (matches!(c, Some('‘' | '“'))
                    || c == Some('"') && char_at(text, j + 1).is_some_and(char::is_alphanumeric))
                && c == Some(open)
                && prev_char(text, j).is_some_and(char::is_whitespace)
                && ends_sentence(text, j)
            {
                result = Some((j, j, true));
                break;
            }
            if let Some(cw) = closer(text, j, open, style, inside) {
                result = Some((j, j + cw, false));
                break;
            }
            j = next_pos(text, j);
        }
        match result {
            Some((end, resume, reopened)) => {
                let outer_end = if reopened { end } else { resume };
                if let Some(inner) = trim_inner(text, Span::new(body.min(text.len()), end)) {
                    out.push(Raw { outer: Span::new(at, outer_end.max(at + 1)), inner, continues });
                }
                continues = reopened;
                i = resume.max(next_pos(text, i));
            }
            None => {
                // No quote opened here closes before `j`, so none opened up to `j` does
                // either: go on from there (linear time on a text full of stray marks).
                continues = false;
                i = j.max(next_pos(text, i));
            }
        }
    }
    out
}

/// The words inside the marks: trimmed of spaces (a byte-order mark too) and of a trailing
/// comma, which belongs to the sentence ("We will rebuild," she said). `None` when nothing with a letter is left.
fn trim_inner(text: &str, span: Span) -> Option<Span> {
    // A byte-order mark is a space here as between sentences (`segment::trim`): a quote
    // opening on one would start before its sentence.
    let space = |c: char| c.is_whitespace() || c == '\u{feff}';
    let s = &text[span.range()];
    let lead = s.len() - s.trim_start_matches(space).len();
    let t = s.trim_matches(space).trim_end_matches(&[',', ' ', '，', '、'][..]).trim_end_matches(space);
    if !t.chars().any(|c| c.is_alphanumeric()) {
        return None;
    }
    Some(Span::new(span.start + lead, span.start + lead + t.len()))
}

// ---------------------------------------------------------------------------------------
// Attribute

struct Attrib<'a, 't> {
    text: &'t str,
    toks: &'a [Tok],
    sentences: &'a [Span],
    /// The attribution words of German, French, Spanish, Italian, Portuguese or Dutch;
    /// `None` reads the English way.
    speech: Option<&'a languages::Speech>,
    /// The tagger's person mentions, sorted by start.
    people: &'a [Span],
    /// Whether the text has no capital letter (a lower-cased corpus), read once if asked:
    /// 0 not read yet, 1 no, 2 yes.
    caseless: std::cell::Cell<u8>,
}

impl<'a> Attrib<'a, '_> {
    /// The attribution words, always `None` in builds without other languages (so that
    /// their code is left out of the English build).
    fn speech(&self) -> Option<&'a languages::Speech> {
        self.speech.filter(|_| crate::lang::OTHERS)
    }
}

/// Last words of capitalized runs that name no person ("Uefa Cup", "BBC News"), for
/// resolving "he said" to a name.
const NOT_PERSON: Words = words![
    "cup",
    "prix",
    "conference",
    "institution",
    "news",
    "league",
    "party",
    "council",
    "committee",
    "office",
    "ministry",
    "department",
    "university",
    "company",
    "group",
    "bank",
    "club",
    "association",
    "union",
    "festival",
    "awards",
    "games",
    "championship",
    "thing",
    "court",
    "commission",
    "agency",
    "service",
    "street",
    "road",
    "house",
    "park",
    "centre",
    "center",
    "square",
    "airport",
    "station",
    "times",
    "post",
    "journal",
    "radio",
    "television",
    "tv",
    "network",
    "motors",
    "inc",
    "corp",
    "ltd",
    "plc",
    "act",
    "bill",
    "open",
    "series",
    "trophy",
    "kingdom",
    "states",
    "republic",
    "nations",
    "minister",
    "secretary",
    "president",
    "world",
    "city",
    "county",
    "school",
    "college",
    "hospital",
    "police",
    "army",
    "force",
    "navy",
    "airways",
    "airlines",
    "sport",
    "sports",
];

/// Words that may stand between a subject and its verb of saying ("has also said").
const AUX: &[&str] =
    &["has", "have", "had", "also", "later", "then", "previously", "further", "would", "will", "once", "simply"];

/// Words that end a speaker phrase after the verb ("said Locke while …").
const NP_STOP: Words = words![
    "while",
    "as",
    "in",
    "on",
    "at",
    "after",
    "when",
    "before",
    "who",
    "which",
    "that",
    "during",
    "because",
    "but",
    "to",
    "from",
    "with",
    "about",
    "if",
    "since",
    "following",
    "where",
    "adding",
    "referring",
    "speaking",
    "yesterday",
    "today",
    "last",
    "this",
    "on",
    "than",
    "although",
    "though",
    "recently",
    "earlier",
    "ahead",
];

impl<'t> Attrib<'_, 't> {
    fn word(&self, i: usize) -> Option<&'t str> {
        self.toks.get(i).filter(|t| t.kind == Kind::Word).map(|t| t.text(self.text))
    }
    fn lower(&self, i: usize) -> Option<String> {
        self.word(i).map(crate::case::lower)
    }
    fn punct(&self, i: usize) -> Option<&'t str> {
        self.toks.get(i).filter(|t| t.kind == Kind::Punct).map(|t| t.text(self.text))
    }
    /// The first token starting at or after byte `b`.
    fn tok_at(&self, b: usize) -> usize {
        self.toks.partition_point(|t| t.start() < b)
    }
    /// Whether token `i` is a verb of saying: a listed word, not after an article or a
    /// possessive, where it is a noun ("had their claims accepted", "the notes"). (Both words
    /// are read without a copy unless they have capitals: most words of a text are asked.)
    fn is_verb(&self, i: usize) -> bool {
        // ("spoke of 'competing agendas'": "spoke" alone tells no words.)
        self.word(i).map(scan::lower).is_some_and(|w| {
            SPEECH_VERBS.contains(&w) || matches!(&*w, "spoke" | "speaks") && self.word(i + 1) == Some("of")
        }) && !(i > 0
            && self.word(i - 1).is_some_and(|w| {
                scan::lower_in(w, &["the", "a", "an", "their", "his", "her", "its", "our", "my", "your"])
            }))
    }
    fn slice(&self, a: usize, b: usize) -> &'t str {
        &self.text[self.toks[a].start()..self.toks[b].end()]
    }
    /// Whether the name of tokens `a..=b` credits a photo: beside a slash ("EFE/Ana Ruiz",
    /// "Derek Holt / The Gazette") or after a label on its line ("Photo: Derek Holt"). Such a
    /// name speaks no quote.
    fn credit(&self, a: usize, b: usize) -> bool {
        let start = self.toks[a].start();
        // The line before the name, its last 200 bytes at most: a label stands near the
        // name it credits, and a text of one line is not read back to its start each time.
        let mut near = start.saturating_sub(200);
        while !self.text.is_char_boundary(near) {
            near += 1;
        }
        let line = crate::bytes::rfind(&self.text[near..start], "\n").map_or(near, |i| near + i + 1);
        let before = self.text[line..start].lower();
        a > 0 && self.punct(a - 1) == Some("/")
            || self.punct(b + 1) == Some("/")
            || crate::score::kind::CREDIT_LABELS.iter().any(|l| crate::bytes::contains(&before, l))
    }

    /// Whether nothing but marks stands between the start of quote `q`'s sentence and it.
    fn opens_sentence(&self, q: &Raw) -> bool {
        self.sentences.get(scan::sentence_of(self.sentences, q.outer.start)).is_some_and(|s| {
            s.start >= q.outer.start || self.text[s.start..q.outer.start].chars().all(|c| !c.is_alphanumeric())
        })
    }

    /// The surnames of the text's full names: a listed first name and a capitalized word
    /// ("Marsh" of "Helen Marsh").
    fn surnames(&self) -> impl Iterator<Item = &'t str> + '_ {
        (1..self.toks.len()).filter_map(|k| {
            let w = self.word(k).filter(|w| is_capitalized(w) && w.chars().skip(1).any(char::is_lowercase))?;
            let lw = w.lower();
            let plain = !EN_STOPWORDS.contains(&lw)
                && !TITLES.contains(&lw)
                && !NOT_PERSON.contains(&lw)
                && !w.ends_with("'s")
                && !w.ends_with("’s");
            (plain && self.word(k - 1).is_some_and(|f| FIRST_NAMES.contains(f))).then_some(w)
        })
    }

    /// The start of the bracketed tag that ends tokens `..end`, or `end`: "Schumer (D-N.Y.)
    /// said" has the subject "Schumer".
    fn before_tag(&self, end: usize, floor: usize) -> usize {
        if end <= floor || self.punct(end - 1) != Some(")") {
            return end;
        }
        (floor.max(end.saturating_sub(10))..end - 1).rev().find(|&k| self.punct(k) == Some("(")).unwrap_or(end)
    }

    /// Attribution after the quote: `"…," said X` / `"…," X said` / `"…," X told the BBC`.
    fn after(&self, q: &Raw, limit: usize) -> Option<&'t str> {
        let sent_end = self.sentences.get(scan::sentence_of(self.sentences, q.outer.end.saturating_sub(1)))?.end;
        let limit = limit.min(sent_end.max(q.outer.end));
        let mut i = self.tok_at(q.outer.end);
        if self.punct(i).is_some_and(|p| one_of(", — – -", p)) {
            i += 1;
        }
        let end = self.tok_at(limit);
        if i >= end {
            return None;
        }
        // An attribution follows a quote that ends in a comma, "?", "!" or a dash; a
        // partial quote running on into its sentence has none ("The 'Veep' star laughed").
        let marks = &self.text[q.inner.end..q.outer.end];
        let inner = &self.text[q.inner.range()];
        let attributable = marks.contains(',')
            || inner.ends_with(&['?', '!', '—', '–', '…', '.'][..])
            || self.punct(self.tok_at(q.outer.end)).is_some_and(|p| one_of(", — –", p));
        if !attributable {
            // `"We will win" she said`: a pronoun and a verb right after it, no comma between.
            if self.word(i).is_some_and(|w| matches!(w, "he" | "she")) && self.is_verb(i + 1) {
                return self.word(i);
            }
            // `"The choice is Dawson" said Guscott.`: a quote opening its sentence (not
            // `"The Situation" told a photographer`, who listened).
            if self.is_verb(i) && self.opens_sentence(q) && !matches!(self.word(i), Some("told" | "asked")) {
                return self.phrase_after(i + 1, end);
            }
            // (Not a title, capitalized at both ends: "its 'Plays for Sure' label, said Ian Fogg".)
            let last = &inner[inner.rfind(' ').map_or(0, |k| k + 1)..];
            return self.tail(i, end).filter(|_| !(is_capitalized(inner) && is_capitalized(last)));
        }
        // A capitalized word after a quote that ended its sentence starts a new one
        // ("'It was great.' Locke said." is rare; "'Great.' Locke then left." common).
        let closed_sentence = self.text[q.inner.range()].ends_with('.');
        if self.is_verb(i) && !closed_sentence {
            // `said X`: the phrase after the verb.
            return self.phrase_after(i + 1, end);
        }
        // `X said`, `X, chief strategist at Y, said`.
        let v = (i..end.min(i + 30)).find(|&k| self.is_verb(k))?;
        let mut head_end = v;
        while head_end > i && self.lower(head_end - 1).is_some_and(|w| AUX.contains(&&*w)) {
            head_end -= 1;
        }
        let head_end = self.before_tag(head_end, i);
        if head_end == i || self.passive(v) {
            return None;
        }
        // Up to the first comma: the appositive after it describes the speaker.
        let comma = (i..head_end).find(|&k| self.punct(k) == Some(","));
        let stop = comma.unwrap_or(head_end);
        // After a quote that ended its sentence only a short `X said.` attributes it.
        if closed_sentence && (comma.is_some() || v - i > 4) {
            return None;
        }
        // "'…,' her spokesman, Ricardo Patrón, said": the name between the commas after a role.
        if let Some(s) =
            comma.filter(|&c| c > i && self.role_or_speaker(c - 1)).and_then(|c| self.named_between(c, head_end))
        {
            return Some(s);
        }
        self.subject(i, stop)
    }

    /// A partial quote running on into its sentence is attributed by the tag that closes the
    /// sentence: `It would bring a "substantial reduction" in immigration, he said.` The tag
    /// is a comma, a subject of up to four words and a verb of saying, then a comma or the
    /// end (not "…, which he said").
    fn tail(&self, from: usize, end: usize) -> Option<&'t str> {
        // The comma and the verb, found together.
        let (c, v) = (from..end).find_map(|k| {
            if self.punct(k) != Some(",") {
                return None;
            }
            let v = (k + 2..end.min(k + 6)).find(|&v| self.word(v).is_none() || self.is_verb(v))?;
            let tag = self.is_verb(v)
                && !self.passive(v)
                && (v + 1 >= end || self.punct(v + 1).is_some_and(|p| matches!(p, "," | "." | ";")))
                && (k + 1..v).all(|j| {
                    self.lower(j).is_some_and(|w| {
                        one_of("he she the a an", &w) || !EN_STOPWORDS.contains(&w) && !w.ends_with("ly")
                    })
                });
            tag.then_some((k, v))
        })?;
        self.subject(c + 1, v)
    }

    /// Attribution before the quote: `X said: "…"`, `X, who …, added: "…"`,
    /// `X told the magazine that she was a "straddler"`.
    fn before(&self, q: &Raw, quoted: &Quoted) -> Option<&'t str> {
        let s = *self.sentences.get(scan::sentence_of(self.sentences, q.outer.start))?;
        self.before_in(q, quoted, s)
    }

    /// [`Attrib::before`] within sentence `s`.
    fn before_in(&self, q: &Raw, quoted: &Quoted, s: Span) -> Option<&'t str> {
        let to = self.tok_at(q.outer.start);
        // An attribution sits within the 60 tokens before the quote; a longer look costs
        // quadratic time on a text without sentence ends.
        let from = self.tok_at(s.start).max(to.saturating_sub(60));
        if from >= to {
            return None;
        }
        // "According to X, …"
        // (Not after a verb of saying: "She said competition, of which there are 230
        // according to recent figures, could …" is hers.)
        if let Some(k) = (from..to)
            .find(|&k| self.lower(k).as_deref() == Some("according") && self.lower(k + 1).as_deref() == Some("to"))
            .filter(|&k| !(from..k).any(|j| self.is_verb(j)))
        {
            let stop = (k + 2..to).find(|&j| self.punct(j).is_some() && !self.title_dot(j)).unwrap_or(to);
            if let Some(s) = self.subject(k + 2, stop) {
                return Some(s);
            }
        }
        let Some(v) =
            (from..to).rev().find(|&k| self.is_verb(k) && !quoted.holds(self.toks[k].start(), self.toks[k].end()))
        else {
            return self.colon_subject(from, to);
        };
        // "Shah said the channel was not dredged and called for work to start 'before …'":
        // a verb after "and" shares the subject of a "said" or "told" a few words before it.
        // (Not "Schulberg told the magazine that … the star … sported a moustache and asked:".)
        let v = match v.checked_sub(1).filter(|&k| self.word(k) == Some("and")) {
            Some(k) => (from.max(k.saturating_sub(16))..k)
                .rev()
                .find(|&j| {
                    self.word(j).is_some_and(|w| one_of("said says told added", w))
                        && !quoted.holds(self.toks[j].start(), self.toks[j].end())
                })
                .unwrap_or(v),
            None => v,
        };
        if self.passive(v) {
            return None;
        }
        let mut head_end = v;
        while head_end > from && self.lower(head_end - 1).is_some_and(|w| AUX.contains(&&*w)) {
            head_end -= 1;
        }
        let head_end = self.before_tag(head_end, from);
        if head_end == from {
            return None;
        }
        // "Devices are less accurate, says Maria Fernandez, a neuroscientist. '…,' she says":
        // in the sentence before a quote the speaker may follow the verb. (Not "…, told
        // Radio 4", nor a scare quote of the same sentence: "It helps, said Mr Burke, that
        // terms like 'digital' …")
        let says = self.lower(v).is_some_and(|w| one_of("says said adds added", &w));
        let named_after = self.word(v + 1).is_some_and(|w| {
            is_capitalized(w) && lexicon::month(&w.lower()).is_none() && lexicon::weekday(&w.lower()).is_none()
        });
        if q.outer.start >= s.end && says && self.punct(head_end - 1) == Some(",") && named_after {
            // (A name and then a clause is what was said: "said Khan was being sent back".)
            let closed = |s: &str| {
                let k = self.tok_at(s.as_ptr() as usize - self.text.as_ptr() as usize + s.len());
                k >= to || self.punct(k).is_some()
            };
            if let Some(s) = self.phrase_after(v + 1, to).filter(|s| is_person(s) && closed(s)) {
                return Some(s);
            }
        }
        // `, adding:` or `X, who …, added:` — the subject opens the sentence; so it does
        // for a participle without its comma ("Stallone did not enjoy her time in the house
        // saying: '…'").
        // (Not "quoted Mr Chernin as saying", and only a person the tagger found: "…
        // collecting a trophy, saying" falls to the words before.)
        let participle = head_end == v
            && self.word(v).is_some_and(|w| w.ends_with("ing"))
            && self.word(v - 1).is_some_and(|w| !EN_STOPWORDS.contains(&w.lower()));
        if self.punct(head_end - 1) == Some(",") || participle {
            let mut start = from;
            while self.lower(start).is_some_and(|w| one_of("but and so however then", &w))
                || self.punct(start) == Some(",")
            {
                start += 1;
            }
            // "Welcoming the ruling, Maeve Sherlock, chief executive of …, said:": a clause
            // on a participle opens the sentence before its subject.
            if self.word(start).is_some_and(|w| is_capitalized(w) && w.len() > 5 && w.ends_with("ing")) {
                // (The name after the comma: not "Speaking after … announced Bob Neill, leader
                // of …, said".)
                let comma = (start + 1..head_end - 1).find(|&k| self.punct(k) == Some(","));
                if let Some(c) = comma.filter(|&c| self.word(c + 1).is_some_and(is_capitalized)) {
                    start = c + 1;
                }
            }
            let stop = (start..head_end).find(|&k| self.punct(k).is_some() && !self.title_dot(k)).unwrap_or(head_end);
            // "Its president, Tom Lambert, told CNN …": the name between the commas.
            // ("The new President, Viktor Yushchenko, has said": a title in capitals too.)
            // ("The paper's correspondent in Jakarta, Rachel Harvey, told": a role and where.)
            let placed = stop > start + 2
                && self.word(stop - 1).is_some_and(is_capitalized)
                && self.word(stop - 2).is_some_and(|w| one_of("in of at for from", w))
                && self.word(stop - 3).is_some_and(|w| !is_capitalized(w) && !EN_STOPWORDS.contains(w));
            let role =
                stop > start && (self.role(stop - 1) || self.lower(stop - 1).is_some_and(|w| TITLES.contains(&w)));
            // ("Its chief executive, John Smith, said", "A spokesman for the firm, Tom Hill,
            // said": a speaker's title anywhere before, when the tagger read the name as a
            // person; after a place, too: not "A spokesman in Washington, DC, said".)
            let described = stop > start && (placed || (start..stop).any(|k| self.role_or_speaker(k)));
            if let Some(s) = self.named_between(stop, head_end).filter(|&s| role || described && self.tagged(s)) {
                return Some(s);
            }
            let subject = self.subject(start, stop);
            if !participle || self.punct(head_end - 1) == Some(",") || subject.is_some_and(|s| self.tagged(s)) {
                return subject;
            }
        }
        // `the company said`, `Mr Brown told the BBC`: the phrase just before the verb.
        // ("The prime minister on Sunday said": not the day.)
        let day = |k: usize| self.word(k).is_some_and(|w| lexicon::weekday(w).is_some());
        let head_end = if head_end >= from + 3 && day(head_end - 1) && self.word(head_end - 2) == Some("on") {
            head_end - 2
        } else {
            head_end
        };
        let mut start = head_end;
        while start > from && start + 6 > head_end {
            let k = start - 1;
            // "A report on the experiment said", "An expert on the subject of X said": a
            // description "on" something is whole (not "The minister on Tuesday").
            let art = |i: usize| matches!(self.lower(i).as_deref(), Some("a" | "an" | "the"));
            if k >= from + 2 && self.word(k) == Some("on") && art(k + 1) && art(k - 2) && self.word(k - 1).is_some() {
                start = k - 2;
                break;
            }
            let ok = match self.word(k) {
                Some(w) => {
                    let lw = w.lower();
                    is_capitalized(w) || one_of("a an the of for he she", lw.as_str()) || !EN_STOPWORDS.contains(&lw)
                }
                // ("Number 10 said": a number after a capitalized word is part of its name.)
                None => {
                    self.punct(k) == Some(".") && k > 0 && self.toks[k].glued && self.word(k - 1).is_some()
                        || self.inside_name(k)
                        || self.numbered(k)
                }
            };
            if !ok {
                break;
            }
            start = k;
        }
        if start == head_end {
            return None;
        }
        self.subject(start, head_end)
    }

    /// A quote after a colon, in a sentence with no verb of saying, is its subject's when
    /// that is "he", "she" or a person the tagger found: "He also praised the director: '…'",
    /// "Mourinho had his say, complaining: '…'" (not "The sign read: '…'").
    fn colon_subject(&self, from: usize, to: usize) -> Option<&'t str> {
        if to < from + 3 || self.punct(to - 1) != Some(":") {
            return None;
        }
        let first = self.word(from)?;
        if matches!(first, "He" | "She") {
            return Some(first);
        }
        let end = (from..to)
            .find(|&k| !self.word(k).is_some_and(|w| is_capitalized(w) && !EN_STOPWORDS.contains(&w.lower())))?;
        let name = (end > from && self.word(end).is_some()).then(|| self.slice(from, end - 1))?;
        self.tagged(name).then_some(name)
    }

    /// The speaker of the reported speech just before quote `q` ("A Foreign Office
    /// spokeswoman said two Britons were hurt. 'We are in contact,' she added."): the
    /// subject of the last verb of saying in the sentence before, if it is no pronoun.
    fn last_reported(&self, q: &Raw, quoted: &Quoted) -> Option<&'t str> {
        if let Some(sp) = self.speech() {
            return self.reported_before(sp, q, quoted);
        }
        let here = scan::sentence_of(self.sentences, q.outer.start);
        let prev = *self.sentences.get(here.checked_sub(1)?)?;
        let end = Raw { outer: Span::new(prev.end, prev.end), inner: Span::new(prev.end, prev.end), continues: false };
        let s = self.before_in(&end, quoted, prev)?;
        (!one_of("he she", s.lower().as_str())).then_some(s)
    }

    /// Whether speaker `s` is a plural noun the tagger did not read as a person ("their
    /// findings", "Doctors", "similar sites"): no antecedent of "he" or "she". (Not in a
    /// text in lower case, where "batts" may be a name.)
    fn plural(&self, s: &str) -> bool {
        let last = s.rsplit(' ').next().unwrap_or(s);
        let plural = ends_plural(last)
            && !last.ends_with("us")
            && !last.ends_with("is")
            && !last.ends_with("'s")
            && !last.ends_with("’s");
        plural && (!is_capitalized(last) || !s.contains(' ')) && !self.tagged(s) && !self.caseless()
    }

    /// Whether the tagger read phrase `s` of the text as a person.
    fn tagged(&self, s: &str) -> bool {
        let a = s.as_ptr() as usize - self.text.as_ptr() as usize;
        self.person_at(a, a + s.len())
    }

    /// Whether token `k` is a role in lower case ("manager", "president", "chief minister")
    /// that a name may follow.
    fn role(&self, k: usize) -> bool {
        self.word(k).is_some_and(|w| !is_capitalized(w) && TITLES.contains(&w.lower()))
    }

    /// Whether token `k` is a role or a speaker's title in lower case ("spokesman").
    fn role_or_speaker(&self, k: usize) -> bool {
        self.role(k) || self.word(k).is_some_and(|w| !is_capitalized(w) && SPEAKER_TITLES.contains(w))
    }

    /// The name between the comma at token `c` and the one before token `end`: "Its
    /// president, Tom Lambert, told", "her spokesman, Ricardo Patrón, said".
    fn named_between(&self, c: usize, end: usize) -> Option<&'t str> {
        let named = (c + 1..end - 1).all(|k| self.name_word(k));
        let commas = self.punct(c) == Some(",") && self.punct(end - 1) == Some(",");
        (commas && (3..=6).contains(&(end - c)) && named).then(|| self.subject(c + 1, end - 1)).flatten()
    }

    /// Whether one of the tagger's person mentions covers bytes `a..b`.
    fn person_at(&self, a: usize, b: usize) -> bool {
        let n = self.people.partition_point(|p| p.start <= a);
        n > 0 && self.people[n - 1].end >= b
    }

    /// Whether the tagger's person mention `m` reads as a subject: not inside a quote, not
    /// a possessive ("Smith's lawyer"), not described ("X is …"), and not after a
    /// preposition or an article ("worked with Mr Cantalupo").
    fn subject_mention(&self, m: Span, quoted: &Quoted) -> bool {
        let k = self.name_start(self.tok_at(m.start), 0);
        let after = &self.text[m.end..];
        let next = self.tok_at(m.end);
        // ("Smith's", "Swift 's" in tokenized text, "Huestis' boyfriend".)
        let a = after.as_bytes();
        let a = a.strip_prefix(b" ").unwrap_or(a);
        let possessive = a.strip_prefix(b"'").or_else(|| a.strip_prefix("’".as_bytes())).is_some_and(|r| {
            r.first() == Some(&b's') && !r.get(1).is_some_and(u8::is_ascii_alphanumeric)
                || self.text.as_bytes()[m.end - 1] == b's'
        });
        // ("Staunton is also the personal choice of Steven Gaydos": a description.)
        let described = self.word(next).is_some_and(|w| one_of("is was are were", w));
        // (Capitalized words were skipped: the word before is in lower case.)
        let after_preposition =
            k > 0 && self.word(k - 1).is_some_and(|w| EN_STOPWORDS.contains(w) && !one_of("and but so then", w));
        !(quoted.holds(m.start, m.end) || possessive || described || after_preposition)
    }

    /// Whether mention `m` opens its sentence (from token `first`): only capitalized words,
    /// titles, articles and conjunctions before it ("Conservative leader Rishi Sunak"; not
    /// "This in turn would make Aston Martin").
    fn opens_with(&self, first: usize, m: Span) -> bool {
        let k = self.tok_at(m.start);
        // The word right before the name may be any role ("Transit advocate Stacy Thompson").
        let run = self.name_start(k, first);
        let role =
            run.checked_sub(1).filter(|&r| r >= first && self.word(r).is_some_and(|w| !EN_STOPWORDS.contains(w)));
        k <= first + 8
            && (first..k).all(|j| match self.word(j) {
                Some(w) => {
                    is_capitalized(w)
                        || role == Some(j)
                        || self.role_or_speaker(j)
                        || one_of("a an the and but former new", w)
                }
                None => self.title_dot(j) || self.punct(j).is_some_and(|p| one_of("- ' ’", p)),
            })
    }

    /// Whether the name of `len` bytes at byte `at` in sentence `n` may be the one a later
    /// "he said" refers to: not in the clause of a pronoun, the sentence's subject, before
    /// it ("while he tipped Swank to win", "revealed he has … with Welsh attacker Gareth
    /// Bale"; not "while he admitted …, Sherwood left", nor after another person), and no
    /// subject of "is said to" ("Souness is said to have been impressed").
    fn speaks_first(&self, n: usize, at: usize, len: usize) -> bool {
        let Some(s) = self.sentences.get(n) else { return false };
        let (first, k) = (self.tok_at(s.start), self.tok_at(at));
        let next = self.tok_at(at + len);
        let passive = self.word(next).is_some_and(|w| one_of("is was", w)) && self.word(next + 1) == Some("said");
        // (Forty tokens back at most: a clause, not a text without commas.)
        let pronoun = (first..k)
            .rev()
            .take(40)
            .take_while(|&j| self.punct(j) != Some(","))
            .find(|&j| self.word(j).is_some_and(|w| one_of("he she they He She They", w)));
        // ("was forced to go the distance against Ivan Ljubicic": after a preposition; not
        // an agent, who may speak: "echoed by Christine Rush", "came from Brian Gammage".)
        let after_preposition =
            k > first && self.word(k - 1).is_some_and(|w| one_of("against to with for at on over of past", w));
        let object = after_preposition
            || pronoun.is_some_and(|p| {
                let from = self.toks[p].end();
                let i = self.people.partition_point(|m| m.start < from);
                !self.people.get(i).is_some_and(|m| m.end <= at)
            });
        !object && !passive
    }

    /// The person who opens quote `q`'s own sentence, as the tagger found them.
    fn own_subject(&self, q: &Raw, quoted: &Quoted) -> Option<Span> {
        let m = self.person_subject(q.outer.start, quoted, 0)?.1?;
        // Not a relative clause's words ("Im, who …, was hailed for his '…'"); a verb of
        // saying between them whose attribution was not read is no sign either. A subject
        // more than 80 tokens before is no sign (a text without sentence ends would be read
        // from its start for each of its quotes).
        let (from, to) = (self.tok_at(m.end), self.tok_at(q.outer.start));
        if to > from + 80 {
            return None;
        }
        let relative =
            (from..to).any(|k| self.is_verb(k) || self.word(k).is_some_and(|w| one_of("which who whom whose", w)));
        (!relative).then_some(m)
    }

    /// The subject of the nearest sentence before byte `pos` (the part of its own sentence
    /// before it, then up to three sentences back) that names a person, if a person opens
    /// it: "This in turn would make Aston Martin '…', he added" and "She thanked the woman
    /// she played, Katharine Hepburn" name an object, not the subject.
    /// (`back`: how many sentences before its own it looks.) Also the index of that
    /// sentence.
    fn person_subject(&self, pos: usize, quoted: &Quoted, back: usize) -> Option<(usize, Option<Span>)> {
        let here = scan::sentence_of(self.sentences, pos);
        for n in (here.saturating_sub(back)..=here).rev() {
            let s = *self.sentences.get(n)?;
            let end = if n == here { pos } else { s.end };
            let from = self.people.partition_point(|p| p.start < s.start);
            let to = self.people.partition_point(|p| p.end <= end);
            let first = self.tok_at(s.start);
            let found = self.people.get(from..to).unwrap_or(&[]);
            // The nearest sentence naming someone decides: its subject, or no one.
            if found.iter().any(|m| !quoted.holds(m.start, m.end)) {
                // (Only a name among the sentence's first tokens opens it: the rest of a long
                // sentence's names are not looked at for each of its quotes.)
                return Some((
                    n,
                    found
                        .iter()
                        .take_while(|m| self.tok_at(m.start) <= first + 8)
                        .find(|&&m| self.opens_with(first, m) && self.subject_mention(m, quoted))
                        .copied(),
                ));
            }
        }
        None
    }

    /// Whether token `k` is the full stop of a title or an initial inside a name: "Dr.
    /// Steven Nissen", "John F. Kennedy".
    /// Whether token `k` may be part of a name: a capitalized word or a title's period.
    fn name_word(&self, k: usize) -> bool {
        self.word(k).is_some_and(is_capitalized) || self.title_dot(k)
    }

    /// The first token of the run of name words that ends before token `k`, not before `floor`.
    fn name_start(&self, mut k: usize, floor: usize) -> usize {
        while k > floor && self.name_word(k - 1) {
            k -= 1;
        }
        k
    }

    /// The sex a title tells of the name at byte `at` ("Mrs Hill": `Some(true)`, female).
    fn gender(&self, at: usize) -> Option<bool> {
        let k = self.tok_at(at);
        let k = if k > 1 && self.title_dot(k - 1) { k - 2 } else { k.checked_sub(1)? };
        match self.word(k)? {
            "Mr" | "Sir" | "Lord" => Some(false),
            "Mrs" | "Ms" | "Miss" | "Lady" | "Dame" => Some(true),
            _ => None,
        }
    }

    /// The last name after a title of the given sex before byte `pos`, not in a quote.
    fn titled_back(&self, pos: usize, female: bool, quoted: &Quoted) -> Option<&'t str> {
        let to = self.tok_at(pos);
        let k = (to.saturating_sub(400)..to).rev().find(|&k| {
            let at = self.toks[k].start();
            self.word(k).is_some_and(is_capitalized) && !quoted.holds(at, at + 1) && self.gender(at) == Some(female)
        })?;
        let mut e = k;
        while e + 1 < to && self.word(e + 1).is_some_and(is_capitalized) {
            e += 1;
        }
        // (Not its possessive: "Mr Blunkett's own comments".)
        let s = self.slice(k, e);
        Some(s.strip_suffix("'s").or(s.strip_suffix("’s")).unwrap_or(s))
    }

    /// Whether token `k` is a number after a capitalized word, inside its name: "Number 10",
    /// "Radio 1" (not "The 44-year-old", "With 53%").
    fn numbered(&self, k: usize) -> bool {
        self.toks.get(k).is_some_and(|t| t.kind == Kind::Num)
            && !self.toks.get(k + 1).is_some_and(|t| t.glued)
            && k > 0
            && self.word(k - 1).is_some_and(|w| is_capitalized(w) && !EN_STOPWORDS.contains(&scan::lower(w)))
    }

    fn title_dot(&self, k: usize) -> bool {
        self.punct(k) == Some(".")
            && self.toks[k].glued
            && k > 0
            && self.word(k - 1).is_some_and(|w| w.chars().count() == 1 || TITLES.contains(&w.lower()))
            && self.word(k + 1).is_some_and(is_capitalized)
    }

    /// Whether token `k` is an ampersand or digits inside one capitalized name, glued to
    /// the words on both sides: "S&P", "AT&T", "G4S".
    fn inside_name(&self, k: usize) -> bool {
        let glued = |k: usize| self.toks.get(k).is_some_and(|t| t.glued);
        let inner = self.punct(k) == Some("&") || self.toks.get(k).is_some_and(|t| t.kind == Kind::Num);
        inner
            && glued(k)
            && glued(k + 1)
            && k > 0
            && self.word(k - 1).is_some_and(is_capitalized)
            && self.word(k + 1).is_some_and(is_capitalized)
    }

    /// Whether an English speaker phrase can name one who speaks: not one lower-case word
    /// that is no plural ("already", "dismissed", "morning", "asylum"; "analysts" and
    /// "lawyers" speak), unless the whole text is in lower case, where names are too.
    fn may_speak(&self, s: &str) -> bool {
        // ("With 53% of homes online, the government, suggests Mr Davies, …": a capitalized
        // stop word alone is no speaker.)
        let lower = s.lower();
        if !s.contains(' ') && !one_of("he she", &lower) && EN_STOPWORDS.contains(&lower) {
            return false;
        }
        if s.contains(' ') || s.chars().any(char::is_uppercase) || one_of("he she", s) {
            return true;
        }
        ends_plural(s) || self.caseless()
    }

    /// Whether the whole text is in lower case (tokenized news), where names are too.
    fn caseless(&self) -> bool {
        if self.caseless.get() == 0 {
            self.caseless.set(if self.text.chars().any(char::is_uppercase) { 1 } else { 2 });
        }
        self.caseless.get() == 2
    }

    /// "was told", "been said": the verb's subject is not the speaker.
    fn passive(&self, v: usize) -> bool {
        v > 0 && self.lower(v - 1).is_some_and(|w| one_of("was were been being is are", &w))
    }

    /// The speaker phrase after a verb of saying: "said chairman Richard Parsons while …".
    fn phrase_after(&self, i: usize, end: usize) -> Option<&'t str> {
        let mut k = i;
        while k < end && k < i + 9 {
            // "said Dr. Hannah Whitlock of UQ's School": a full name ends before "of".
            // ("said Marcel Thieliant of Capital Economics": a name the tagger read as a person.)
            let full_name = k >= i + 2
                && (self.word(k - 2).is_some_and(|f| FIRST_NAMES.contains(f))
                    || self.person_at(self.toks[k - 2].start(), self.toks[k - 1].end()));
            match self.word(k) {
                Some("of") if full_name && self.word(k - 1).is_some_and(is_capitalized) => break,
                // ("said AT&T": a name's first letters are no "at".)
                Some(w) if !NP_STOP.contains(&w.lower()) || self.inside_name(k + 1) => k += 1,
                // "Mr. Smith", "U.S. officials": a period glued inside the phrase.
                // "said the 30-year-old"
                None if self.toks.get(k).is_some_and(|t| t.kind == Kind::Num)
                    && self.toks.get(k + 1).is_some_and(|t| t.glued) =>
                {
                    k += 1
                }
                None if self.punct(k) == Some("-") && self.toks.get(k).is_some_and(|t| t.glued) => k += 1,
                None if k > i && self.inside_name(k) => k += 1,
                None if self.punct(k) == Some(".")
                    && self.toks.get(k + 1).is_some_and(|t| t.kind == Kind::Word && !t.newline)
                    && self.word(k + 1).is_some_and(|w| is_capitalized(w) || w.len() == 1)
                    && k + 1 < end =>
                {
                    k += 1
                }
                _ => break,
            }
        }
        if k == i {
            return None;
        }
        // "said Jersey's chief minister, Kristina Moore": the name after the role.
        let role = self.role(k - 1);
        if role && self.punct(k) == Some(",") {
            let mut e = k + 1;
            while e < end && e < k + 5 && self.word(e).is_some_and(is_capitalized) {
                e += 1;
            }
            let closed = e == end || self.punct(e).is_some_and(|p| one_of(". , ;", p));
            if e >= k + 3 && closed {
                return self.subject(k + 1, e);
            }
        }
        self.subject(i, k)
    }

    /// The speaker in tokens `a..b` (a phrase): the trailing name without titles, or the
    /// whole description.
    fn subject(&self, a: usize, b: usize) -> Option<&'t str> {
        let mut words: Vec<usize> = (a..b).filter(|&k| self.word(k).is_some()).collect();
        // "And Bailey", "But Bernie Mandic": a conjunction opens the sentence, not the name;
        // "Bono recently": an adverb closes the phrase.
        while words
            .first()
            .is_some_and(|&k| self.lower(k).is_some_and(|w| one_of("and but so yet or then however", &w)))
        {
            words.remove(0);
        }
        // "on Tuesday the chancellor told": a day is no part of the speaker.
        if words.len() >= 2
            && words.first().is_some_and(|&k| self.word(k).is_some_and(|w| lexicon::weekday(w).is_some()))
        {
            words.remove(0);
        }
        // "This week a judge claimed", "Last year the firm said": a time is no part of it.
        if words.len() >= 3
            && self.lower(words[0]).is_some_and(|w| one_of("this last next", &w))
            && self.word(words[1]).is_some_and(|w| one_of("week weekend month year morning afternoon evening night", w))
        {
            words.drain(..2);
        }
        while words.last().is_some_and(|&k| {
            self.word(k).is_some_and(|w| {
                !is_capitalized(w)
                    && (w.ends_with("ly")
                        || AUX.contains(&w)
                        || one_of("now earlier later also again already once afterwards", w))
            })
        }) {
            words.pop();
        }
        // "Congress leader Jairam Ramesh welcomed the verdict, saying …": a clause's subject
        // ends before its verb (not "Yesterday respected analyst Shiraz Maher", a name, nor
        // "The retired charity worker").
        // ("Tony Blair has launched an attack on …, saying", "Vivendi has rejected the charge",
        // "Lord Goldsmith also denied them": a finite verb, or an auxiliary, after the name.)
        let clause = words.last().is_some_and(|&k| self.word(k).is_some_and(|w| !is_capitalized(w)));
        let name_at = |k: usize| self.word(k).is_some_and(|p| is_capitalized(p) && !EN_STOPWORDS.contains(&p.lower()));
        if let Some(n) = (1..words.len()).filter(|_| clause).find(|&n| {
            self.word(words[n]).is_some_and(|w| {
                let verb = w.ends_with("ed") && w.len() > 4
                    || one_of("has have had was were is are would will must", w)
                    || lexicon::PAST_VERBS.contains(w)
                    || SPEECH_VERBS.contains(w);
                !is_capitalized(w)
                    && verb
                    && (name_at(words[n - 1])
                        || n >= 2 && self.word(words[n - 1]) == Some("also") && name_at(words[n - 2]))
            })
        }) {
            let n = if self.word(words[n - 1]) == Some("also") { n - 1 } else { n };
            words.truncate(n);
        }
        let (&first, &last) = (words.first()?, words.last()?);
        if words.len() > 10 {
            return None;
        }
        // A clause, not a speaker: "Fraud doesn't just disappear".
        if words.iter().any(|&k| {
            self.lower(k).is_some_and(|w| {
                ["n't", "n’t", "'re", "'ve", "'ll", "'m", "’re", "’ve", "’ll"].iter().any(|e| w.ends_with(e))
            })
        }) {
            return None;
        }
        let lw = self.lower(last)?;
        // "Despite praising the Irish he said", "UKIP leader Roger Knapman said he": a clause
        // before the pronoun is no part of the speaker; the pronoun speaks.
        // (Not after a conjunction: "'…,' though he called him '…'" attributes the next quote.)
        let conjunction =
            self.lower(first).is_some_and(|w| one_of("though although while as when because if since whereas", &w));
        if self.word(last).is_some_and(|w| one_of("he she", w)) && words.len() > 1 {
            return if conjunction { None } else { self.word(last) };
        }
        if words.len() == 1 && one_of("he she", &lw) {
            return self.word(last);
        }
        // Pronouns other than he/she, and clauses, are no speaker: "It said", "They added",
        // "These claims …", "One told BBC News".
        // (Not in capitals: "the latest WHO report" is a speaker.)
        if words.iter().any(|&k| {
            self.word(k).is_some_and(|w| {
                const PRONOUNS: &[&str] =
                    &["i", "I", "we", "you", "they", "it", "who", "which", "that", "there", "this", "these", "those"];
                let titled = w.len() > 1 && w.bytes().skip(1).all(|b| b.is_ascii_lowercase());
                PRONOUNS.contains(&w)
                    || titled && (scan::lower_in(w, PRONOUNS) || words.len() == 1 && w.eq_ignore_ascii_case("one"))
            })
        }) {
            return None;
        }
        // "A spokesperson for Merivale", "the chairman of Tesco": a description naming an
        // organization stays whole.
        let described = words.len() >= 3
            && self.lower(first).is_some_and(|w| one_of("a an the", &w))
            && words.iter().any(|&k| self.lower(k).is_some_and(|w| one_of("for of at from in", &w)));
        if is_capitalized(self.word(last)?) && !described {
            // A name: the capitalized run at the end, titles dropped ("President Macron").
            let mut s = last;
            while s > first {
                let p = s - 1;
                let cap = self.word(p).is_some_and(is_capitalized)
                    || (self.punct(p) == Some(".") && p > first && self.word(p - 1).is_some_and(is_capitalized))
                    || (p > first && self.inside_name(p));
                if !cap {
                    break;
                }
                s = p;
            }
            // "Lord Faulkner of Worcester, who chaired …, said", "Giggs, of Salford, said": a
            // place after "of", "in", "at" or "from" tells where the one named before it is
            // from; alone it is no speaker.
            let at = |k: usize| self.toks[k].start();
            if s > first
                && self.word(s - 1).is_some_and(|w| one_of("of in at from", w))
                && !self.person_at(at(s), self.toks[last].end())
                && !(s..=last).any(|k| self.lower(k).is_some_and(|w| TITLES.contains(&w)))
            {
                let p = s - 1;
                let b = self.name_start(p, first);
                let titled = self.lower(b).is_some_and(|w| TITLES.contains(&w)) && p > b + 1;
                // ("Rhian Evans of South Wales Police said", the tagger's organization: a first
                // name and surname shape speaks too.)
                let full = p >= b + 2 && (b..p).all(|k| self.word(k).is_some_and(is_capitalized));
                if b < p && (titled || full || self.person_at(at(b), self.toks[p - 1].end())) {
                    return self.subject(b, p);
                }
                if p == first {
                    return None;
                }
                // "Officials in Springfield said", "Police in Ohio said": the description
                // whole, not its place.
                if p == first + 1 {
                    return Some(self.slice(first, last));
                }
            }
            // The name follows the last title of the run: "Deputy Utah County Attorney Craig
            // Johnson" → "Craig Johnson", "Sheriff Dana Ruiz" → "Dana Ruiz".
            let is_title = |k: usize| self.lower(k).is_some_and(|w| TITLES.contains(&w) || SPEAKER_TITLES.contains(&w));
            // "Minister for Housing Darragh O’Brien": the portfolio after "for" is no part of
            // the name; the name opens at a listed first name, else after one word.
            if s >= first + 2 && self.lower(s - 1).as_deref() == Some("for") && is_title(s - 2) {
                let n = (s..=last).filter(|&k| self.word(k).is_some()).count();
                let fallback = if n >= 3 { s + 1 } else { s };
                s = (s..last).find(|&k| self.word(k).is_some_and(|w| FIRST_NAMES.contains(w))).unwrap_or(fallback);
            }
            if let Some(t) = (s..last).rev().find(|&k| is_title(k)) {
                s = t + 1;
                if self.punct(s) == Some(".") {
                    s += 1;
                }
            }
            // "the Chief Justice said": a title alone names no one; the description stays.
            if s == last && is_title(last) && first < last && self.lower(first).is_some_and(|w| one_of("the a an", &w))
            {
                return Some(self.slice(first, last));
            }
            // "Reddy's colleague" is a description; "Reddy's" alone no speaker.
            if self.word(last).is_some_and(|w| w.ends_with("'s") || w.ends_with("’s")) {
                return None;
            }
            // "The Brookings Institution" is named without its article.
            if s < last && self.lower(s).as_deref() == Some("the") {
                s += 1;
            }
            self.word(s)?;
            return Some(self.slice(s, last + usize::from(last + 1 < b && self.numbered(last + 1))));
        }
        // A description must start like a noun phrase: "a Foreign Office spokeswoman", and
        // hold more than an article.
        let head = self.lower(first)?;
        if words.len() == 1 && one_of("a an the", &head) {
            return None;
        }
        if EN_STOPWORDS.contains(&head) && !one_of("a an the his her their", &head) {
            return None;
        }
        Some(self.slice(first, last))
    }

    /// Whether quote `q` goes on from `p`: nothing but an attribution between them
    /// ("'…,' he said. '…'").
    fn continues(&self, p: Raw, q: &Raw) -> bool {
        if q.outer.start < p.outer.end {
            return false;
        }
        let gap = &self.text[p.outer.end..q.outer.start];
        // Sentences, not full stops: "said Sen. Raphael Warnock (D-Ga.), who …. '…'" is one.
        let at = scan::sentence_of(self.sentences, q.outer.start);
        let ends = at.saturating_sub(scan::sentence_of(self.sentences, p.outer.end.saturating_sub(1)));
        // In a new sentence, only a quote that opens it or follows a colon goes on ("The oldest
        // \"gadget\" …" after "'…,' it concluded." is a word of the writer's).
        let before = self.text[self.sentences[at].start.min(q.outer.start)..q.outer.start].trim_end();
        gap.len() <= 150
            && (ends == 0 || ends == 1 && (before.is_empty() || before.ends_with(':')))
            // A blank line only right before the quote: a paragraph of its own goes on from the
            // tag that closed the one before ("…," he said.⏎⏎"I have no desire …").
            && !crate::bytes::contains(gap.trim_end(), "\n\n")
            && match self.speech() {
                None => gap
                    .split_whitespace()
                    .any(|w| SPEECH_VERBS.contains(w.trim_matches(|c: char| !c.is_alphanumeric()).lower().as_str())),
                Some(sp) => self.continues_after(sp, gap),
            }
            || gap.trim().is_empty()
    }

    /// The last full name (two or more capitalized words, or a title and a name) before
    /// byte `pos`, for "he said".
    fn last_name(&self, pos: usize, known: &[&str], quoted: &Quoted) -> Option<&'t str> {
        let mut k = self.tok_at(pos);
        // A name further back than a few paragraphs is no antecedent.
        let floor = k.saturating_sub(400);
        while k > floor {
            k -= 1;
            // Names inside quotations are what someone said, not who ("a 'Premier League
            // footballer'").
            let at = self.toks[k].start();
            if !self.word(k).is_some_and(is_capitalized) || quoted.holds(at, at + 1) {
                continue;
            }
            let end = k;
            let mut s = k;
            loop {
                while s > 0 && self.word(s - 1).is_some_and(is_capitalized) && !self.toks[s].newline {
                    s -= 1;
                }
                // "Ms. Ellison", "Charles E. Schumer": a title's or an initial's full stop.
                let same_sentence = |a: usize, b: usize| {
                    scan::sentence_of(self.sentences, self.toks[a].start())
                        == scan::sentence_of(self.sentences, self.toks[b].start())
                };
                if s >= 2 && self.title_dot(s - 1) && !self.toks[s].newline && same_sentence(s - 2, s) {
                    s -= 2;
                    continue;
                }
                break;
            }
            // "the chairman of BT Mike Rake", "Labour MP Diane Abbott": a run opening on other
            // capitalized words names the person from its first given name on.
            if !self.word(s).is_some_and(|w| FIRST_NAMES.contains(w) || TITLES.contains(&w.lower())) {
                // (Not after a possessive: "Roma's Olivier Dacourt" is named as an object.)
                let given = (s + 1..end).find(|&i| self.word(i).is_some_and(|w| FIRST_NAMES.contains(w)));
                if let Some(g) =
                    given.filter(|&g| !self.word(g - 1).is_some_and(|w| w.contains('\'') || w.contains('’')))
                {
                    s = g;
                }
            }
            let run: Vec<String> = (s..=end).filter_map(|i| self.lower(i)).collect();
            let titled = run.first().is_some_and(|w| TITLES.contains(w));
            let first_name = self.word(s).is_some_and(|w| FIRST_NAMES.contains(w));
            // A title may be a surname at the end ("Paul King"), not at the start.
            let plain = run.iter().enumerate().all(|(n, w)| {
                !EN_STOPWORDS.contains(w)
                    && (n + 1 == run.len() || !TITLES.contains(w))
                    && !NOT_PERSON.contains(w)
                    && !w.ends_with("'s")
                    && !w.ends_with("’s")
                    && lexicon::month(w).is_none()
                    && lexicon::weekday(w).is_none()
            }) && (s..=end).all(|i| {
                // "MTV VJ": acronyms name no person.
                self.word(i)
                    .is_some_and(|w| w.chars().filter(|c| c.is_uppercase()).count() < 2 || w.len() <= 2 && i < end)
            });
            // "But Bailey does see some hope": one word that named a speaker before.
            // (Not a possessive: "in response to Souness' remarks".)
            let possessive = self.toks.get(end + 1).is_some_and(|t| t.glued)
                && self.punct(end + 1).is_some_and(|p| one_of("' ’", p));
            let known_one = run.len() == 1 && !possessive && self.word(end).is_some_and(|w| known.contains(&w));
            if known_one {
                return self.word(end);
            }
            // A run opening a sentence may start with any capitalized word ("Praising Celtic").
            let opens = self
                .sentences
                .get(scan::sentence_of(self.sentences, self.toks[s].start()))
                .is_some_and(|x| x.start == self.toks[s].start());
            // Without a title or a known first name a capitalized run is as often a film, a
            // band or a league ("Hotel Rwanda", "Black Sabbath") as a person: skip it.
            let _ = opens;
            // "Arsenal manager Mikel Arteta praised …": a role in lower case right before the
            // run, near the start of its sentence (the subject, not "… which included former
            // French president Valery Giscard d'Estaing").
            let role = s > 0
                && self.role(s - 1)
                && self.sentences.get(scan::sentence_of(self.sentences, self.toks[s].start())).is_some_and(|x| {
                    let first = self.tok_at(x.start);
                    s <= first + 4
                });
            let possessive = run.last().is_some_and(|w| w.ends_with("'s") || w.ends_with("’s"));
            if ((titled && run.len() >= 2 && !possessive) || (plain && run.len() >= 2 && (first_name || role)))
                && !self.credit(s, end)
            {
                let mut s = s;
                while s < end && (self.lower(s).is_some_and(|w| TITLES.contains(&w)) || self.punct(s).is_some()) {
                    s += 1;
                }
                return Some(self.slice(s, end));
            }
            k = s;
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lang;

    fn quotes(text: &str) -> Vec<(String, Option<String>)> {
        quotes_in(text, Lang::En)
    }

    /// The quotes of `text` in `lang`, with their speakers.
    pub(super) fn quotes_in(text: &str, lang: Lang) -> Vec<(String, Option<String>)> {
        let sentences = crate::segment::split_spans(text, lang);
        let input = Input { text, sentences: &sentences, lang, alone: None, stems: None };
        // The people the quotes are read with, as the pipeline finds them.
        let kinds = crate::options::FactKinds { people: true, ..crate::options::FactKinds::NONE };
        let people = super::super::extract(input, kinds).people;
        let toks = scan::tokens(text);
        extract(&input, || &toks, &people)
            .into_iter()
            .map(|q| {
                assert_eq!(&text[q.at.span.range()], q.text);
                (q.text.to_string(), q.speaker.map(str::to_string))
            })
            .collect()
    }

    fn q(text: &str, speaker: Option<&str>) -> (String, Option<String>) {
        (text.to_string(), speaker.map(str::to_string))
    }

    #[test]
    fn a_possessive_names_no_speaker() {
        let text = "Manager Graeme Tollan dropped Rhodri Banks. \"I was in shock,\" Banks said. \"He is lying,\" \
                    he said in response to Tollan' remarks. \"I have done nothing wrong,\" he told the Chronicle.";
        let speakers: Vec<Option<String>> = quotes(text).into_iter().map(|(_, s)| s).collect();
        assert_eq!(speakers, [Some("Banks".to_string()), Some("Banks".to_string()), Some("Banks".to_string())]);
    }

    #[test]
    fn a_photo_credit_speaks_no_quote() {
        let text = "Firefighters battle the blaze near Riverton on Monday. (EFE/Ana Ruizmont)\n\n\
                    \"We have never seen anything like it,\" she said.\n\nPhoto: Derek Holloway / Riverton Gazette\n\n\
                    \"It is a sad day for all of us,\" he said.";
        assert_eq!(
            quotes(text),
            [q("We have never seen anything like it", None), q("It is a sad day for all of us", None)]
        );
        let text = "Bomberos combaten el fuego cerca de Valencia. EFE/Ana Ruizmont\n\
                    \"No hemos visto nada igual\", dijo uno de los vecinos.";
        assert_eq!(quotes_in(text, Lang::Es), [q("No hemos visto nada igual", None)]);
    }

    #[test]
    fn german_reversed_guillemets() {
        let text =
            "»Die Arbeitgeber spielen auf Zeit«, sagte Weselsky. Seiler sprach von einer »Zumutung für Fahrgäste«.";
        let found: Vec<String> = quotes_in(text, Lang::De).into_iter().map(|(q, _)| q).collect();
        assert_eq!(found, ["Die Arbeitgeber spielen auf Zeit", "Zumutung für Fahrgäste"]);
        // A French quotation's closing mark opens nothing.
        let text = "« Nous tiendrons nos engagements », a déclaré la ministre.";
        assert_eq!(quotes_in(text, Lang::Fr).len(), 1);
    }

    #[test]
    fn link_names_the_one_person_a_speaker_refers_to() {
        let text = "Locke met Gary Locke, Terry Locke, Mike Johnson and Anna Smith.";
        let at = |w: &str| {
            let start = crate::bytes::find(text, w).unwrap();
            Mention { sentence: 0, span: Span::new(start, start + w.len()) }
        };
        let person = |name: &'static str, mentions: &[&str]| Entity {
            text: name,
            mentions: mentions.iter().map(|m| at(m)).collect(),
            salience: 0.0,
        };
        let mut people = vec![
            person("Gary Locke", &["Locke", "Gary Locke"]),
            person("Mike Johnson", &["Mike Johnson"]),
            person("Anna Smith", &["Anna Smith"]),
        ];
        let said = |speaker: &'static str| Quote { text: "", speaker: Some(speaker), at: at("Gary") };
        let link_all = |people: &[Entity<'static>], speakers: &[&'static str]| {
            let mut quotes: Vec<Quote<'static>> = speakers.iter().map(|s| said(s)).collect();
            link(&mut quotes, people, text);
            quotes.into_iter().map(|q| q.speaker.unwrap()).collect::<Vec<_>>()
        };
        assert_eq!(
            link_all(&people, &["Locke", "House Speaker Mike Johnson", "Smith", "a spokeswoman", "Jones"]),
            ["Gary Locke", "Mike Johnson", "Anna Smith", "a spokeswoman", "Jones"]
        );
        // Two people whose names end in "Locke": the speaker stays as written.
        people.push(person("Terry Locke", &["Terry Locke"]));
        assert_eq!(link_all(&people, &["Locke", "Smith"]), ["Locke", "Anna Smith"]);
    }

    #[test]
    fn he_or_she_is_a_person_not_a_plural_or_a_source() {
        let cases = [
            (
                "Shelley Park, an analyst at Jupiter, spoke at the fair. She said competition between \
                 online shops, of which there are 230 according to recent figures, could drive prices \
                 down. \"It always works out that buyers win,\" she said.",
                "Shelley Park",
            ),
            (
                "Dr Kimberly Gent, a volcanologist, said their findings suggested that lightning was \
                 under-reported. Writing in the journal Geology, she said: \"We call them spherules.\"",
                "Kimberly Gent",
            ),
            // A name after a preposition is no antecedent; the subject before is.
            (
                "Top seed Roger Hale had to save two match points. Hale was not worried. The \
                 world number one went the distance against Ivan Kovac in the final. \"I had a slow \
                 start again,\" he said.",
                "Hale",
            ),
            // A subject described by jobs in lower case: "expert", "actress", "author".
            (
                "The plan was welcomed. Survival expert and TV star Rory Banks also lent Mr Carter \
                 his support. \"Any initiative that helps is good news,\" he said.",
                "Rory Banks",
            ),
            // A run of capitals before a given name: the name from it on.
            (
                "Walker criticised it. The plan was praised by the chairman of BT Mike Rowe. He said: \
                 \"Corporate volunteering is a triple win.\"",
                "Mike Rowe",
            ),
            // A participle of saying without its comma: the sentence's subject speaks.
            (
                "Jackie Stone, 71, appeared not to have enjoyed her time in the house saying: \"I'm a \
                 total wreck.\"",
                "Jackie Stone",
            ),
        ];
        for (text, speaker) in cases {
            let got = quotes(text);
            assert_eq!(got.last().and_then(|q| q.1.as_deref()), Some(speaker), "{text}: {got:?}");
        }
    }

    #[test]
    fn speakers_named_beside_their_role_or_title() {
        let cases = [
            ("Dr. Steven Nissen, also of the Cleveland Clinic, said the benefit was \"real but modest.\"", "Steven Nissen"),
            ("\"We have seen nothing like it for 36 years,\" said Jersey's chief minister, Kristina Moore.", "Kristina Moore"),
            ("Its president, Tom Lambert, told CNN the group expected to file a lawsuit \"within weeks.\"", "Tom Lambert"),
            (
                "\"It was a special night for me,\" Havertz told Sky Sports.\n\nArsenal manager Mikel Arteta praised his side. \"We were aggressive and we deserved to win,\" he said.",
                "Mikel Arteta",
            ),
        ];
        for (text, speaker) in cases {
            let got = quotes(text);
            assert_eq!(got.last().and_then(|q| q.1.as_deref()), Some(speaker), "{text}: {got:?}");
        }
        // A description, then the name between commas: the name speaks, whatever the
        // description ends on; a place between commas after a place does not.
        let cases = [
            ("Its chief executive, Maria Lopes, said the cracks were \"not structural\".", "Maria Lopes"),
            ("A spokesman for the ferry company, Tom Hillier, said: \"We regret the delay.\"", "Tom Hillier"),
            ("A spokesman in Washington, DC, said: \"We regret the delay.\"", "A spokesman in Washington"),
            ("Officials in Springfield, Illinois, said: \"We regret the delay.\"", "Officials in Springfield"),
            // A description "on" something, whole.
            ("A review on the trial said: \"The dose was too high.\"", "A review on the trial"),
            ("A lecturer on the history of Lisbon said: \"It burned.\"", "A lecturer on the history of Lisbon"),
            // A day is no speaker, nor part of one.
            ("The health minister on Monday said: \"Wards are full.\"", "The health minister"),
            ("Before he flew home on Friday the minister told reporters: \"It went well.\"", "the minister"),
        ];
        for (text, speaker) in cases {
            let got = quotes(text);
            assert_eq!(got.last().and_then(|q| q.1.as_deref()), Some(speaker), "{text}: {got:?}");
        }
        // A role in the middle of a sentence names a guest, not the "he" who speaks next.
        let text = "Sir Elton John played to a crowd which included former French president Valery Giscard d'Estaing. \
                    He told the crowd: \"Throughout the years, I've done a lot of things.\"";
        assert_eq!(quotes(text)[0].1.as_deref(), Some("Elton John"));
    }

    #[test]
    fn speakers_past_tags_roles_and_clauses() {
        let speakers = |text: &str| quotes(text).into_iter().map(|q| q.1).collect::<Vec<_>>();
        let some = |s: &str| Some(s.to_string());
        // A party tag before "said"; "he said" after it names the senator, not the quote before.
        let text = "\"We keep it open,\" Ray Dunn told reporters. Senator Charles E. Lomax (D-N.Y.) said \
                    that he was reviewing it. \"Our goal is to keep it open,\" he said.";
        assert_eq!(speakers(text), [some("Ray Dunn"), some("Charles E. Lomax")]);
        // "of" after a full name opens the organization.
        let text = "\"Fish matter,\" said lead author Dr. Hannah Pike of Uni's School of Reefs.";
        assert_eq!(speakers(text), [some("Hannah Pike")]);
        // "X, says Name, a role." then "she says".
        let text =
            "Devices are less accurate, says Maria Lopez, a neuroscientist. \"Trust the trends only,\" she says.";
        assert_eq!(speakers(text), [some("Maria Lopez")]);
        // Not "told Radio 4": the subject opens the sentence.
        let text = "But Barry Hall, a spokesman, told Radio 4 that more may go. \"I can assure you of that,\" he said.";
        assert_eq!(speakers(text), [some("Barry Hall")]);
        // "Ms. Ellison" is the nearer name, not her son's full name.
        let text =
            "Her son is David Ellis. In an interview, Ms. Ellis was asked for advice. \"Call one more person,\" \
                    she said.";
        assert_eq!(speakers(text), [some("Ellis")]);
        // A surname of a full name names the person alone.
        let text = "Helen Marsh obituary\n\nThe editor Diana Athill published her. In later life Marsh was famous. \
                    She said she had \"no interest in writing about anywhere else\".";
        assert_eq!(speakers(text), [some("Marsh")]);
        // A quote after words of its sentence takes no reported speech from the sentence before.
        let text = "It will fly, officials said. Narendra Modi congratulated them in a post. \"Congratulations to our \
                    scientists,\" he wrote.";
        assert_eq!(speakers(text), [some("Narendra Modi")]);
        // The portfolio after "Minister for" is no part of the name.
        let text = "Minister for Housing Darragh Byrne said it was \"delivering well\".";
        assert_eq!(speakers(text), [some("Darragh Byrne")]);
        // A continued quote after a speaker with an abbreviated title and a tag.
        let text = "\"It is popular,\" said Sen. Ray Warnock (D-Ga.), who faces a race. \"People pay too much.\"";
        assert_eq!(speakers(text), [some("Ray Warnock"), some("Ray Warnock")]);
    }

    #[test]
    fn speaker_forms() {
        let text = "\"We will rebuild,\" said Mayor Jane O'Neill. Officials met. \
                    “The talks were useful,” a Foreign Office spokeswoman said. \
                    Peter Boockvar, chief analyst at the Lindsey Group, told the BBC: \"Copper is falling out of bed.\" \
                    \"Prices rise,\" Boockvar told the BBC.";
        assert_eq!(
            quotes(text),
            vec![
                q("We will rebuild", Some("Jane O'Neill")),
                q("The talks were useful", Some("a Foreign Office spokeswoman")),
                q("Copper is falling out of bed.", Some("Peter Boockvar")),
                q("Prices rise", Some("Boockvar")),
            ]
        );
    }

    #[test]
    fn chinese_japanese_and_korean_quotes_without_a_speaker() {
        let zh = "“我们要把更多资源投向民生领域，”李强说。他称之为“新常态”。";
        // A term of three letters in marks is a scare quote, as one word is in English.
        assert_eq!(quotes_in(zh, Lang::Zh), vec![q("我们要把更多资源投向民生领域", None)]);
        let ja = "知事は「安全を最優先にする」と述べた。『はい』と答えた。";
        assert_eq!(quotes_in(ja, Lang::Ja), vec![q("安全を最優先にする", None)]);
        let ko = "김 장관은 \"쉽지 않다\"라고 밝혔다.";
        assert_eq!(quotes_in(ko, Lang::Ko), vec![q("쉽지 않다", None)]);
    }

    #[test]
    fn split_and_multi_sentence_quotes() {
        let text = "Chairman Richard Parsons spoke. 'Our performance was strong,' he said. \
                    'We met every objective. We grew.' The shares rose.";
        assert_eq!(
            quotes(text),
            vec![
                q("Our performance was strong", Some("Richard Parsons")),
                q("We met every objective. We grew.", Some("Richard Parsons")),
            ]
        );
    }

    #[test]
    fn reopened_paragraphs_and_apostrophes() {
        let text = "‘I’d be over the moon,’ said Locke. ‘I had a taste of it. It’s a fantastic \
                    opportunity. ‘But it’s not about me.’ The players’ union agreed.";
        assert_eq!(
            quotes(text),
            vec![
                q("I’d be over the moon", Some("Locke")),
                q("I had a taste of it. It’s a fantastic opportunity.", Some("Locke")),
                q("But it’s not about me.", Some("Locke")),
            ]
        );
    }

    #[test]
    fn straight_marks_reopen_collapsed_paragraphs() {
        // Paragraphs of one quote run together, each opening with a straight mark.
        let text = "\"The result hurts,\" said coach Dan Moore. \"We were poor in the first half. \"We \
                    must be better against Wales. \"I know the players will respond. \"Russia is our \
                    partner,\" Mr Petrenko said.";
        assert_eq!(
            quotes(text),
            vec![
                q("The result hurts", Some("Dan Moore")),
                q("We were poor in the first half.", Some("Dan Moore")),
                q("We must be better against Wales.", Some("Dan Moore")),
                q("I know the players will respond.", Some("Dan Moore")),
                q("Russia is our partner", Some("Petrenko")),
            ]
        );
    }

    #[test]
    fn a_time_before_the_subject_is_no_part_of_the_speaker() {
        let text = "This week a judge claimed cheap drink was breeding \"urban savages\" in towns.";
        assert_eq!(quotes(text), vec![q("urban savages", Some("a judge"))]);
    }

    #[test]
    fn tokenized_clitics_open_no_quote() {
        // Tokenized text: `` … '' marks, clitics split off ("Kelly 's", "I 'm", "they 're").
        let text = "Kelly 's family nodded , and the victim 's father hugged his wife . His mother \
                    cried , saying , `` Oh my God . '' `` I 'm sure they 're pleased , '' she said .";
        let got = quotes(text);
        assert!(got.iter().all(|(t, _)| !t.starts_with("s ") && !t.starts_with("m ")), "{got:?}");
        assert!(got.iter().any(|(t, _)| t.starts_with("Oh my God")), "{got:?}");
        assert!(got.iter().any(|(t, _)| t.starts_with("I 'm sure")), "{got:?}");
        let text = "JONES 'S BOOK IS OUT . He said the book 's title , 'No Apology' , was his .";
        assert_eq!(quotes(text).iter().map(|q| q.0.as_str()).collect::<Vec<_>>(), vec!["No Apology"]);
    }

    #[test]
    fn names_with_an_ampersand_or_digits_speak_whole() {
        let text = "\"We will fight on for every customer,\" said AT&T. S&P said the debt is \"a good bet for \
                    investors\". G4S insists that it runs \"an effective operation in every wing\". \"These \
                    improvements are significant,\" wrote S&P credit analyst Helena Hessel.";
        let got = quotes(text);
        let speakers: Vec<_> = got.iter().map(|q| q.1.as_deref()).collect();
        assert_eq!(speakers, vec![Some("AT&T"), Some("S&P"), Some("G4S"), Some("Helena Hessel")], "{got:?}");
    }

    #[test]
    fn a_clause_or_an_adverb_around_the_speaker_is_no_part_of_it() {
        let speaker = |text: &str| quotes(text).first().and_then(|q| q.1.clone());
        let text = "Coach Mark Ellison praised his players. Despite praising the visitors he said: \
                    \"We were the better side for most of the match.\"";
        assert_eq!(speaker(text).as_deref(), Some("Mark Ellison"));
        let text = "The striker Tom Reyes wants a move. His agent already said: \"He does not like the \
                    training sessions any more.\"";
        assert_eq!(speaker(text).as_deref(), Some("His agent"));
        let text = "Tom Reyes wants a move. \"The manager has had a lot of chances to pick me this \
                    season,\" Reyes had earlier told a newspaper.";
        assert_eq!(speaker(text).as_deref(), Some("Reyes"));
        // One lower-case word that is no plural names no one; a plural does.
        let text = "The mayor spoke. \"The new pump station will open in the spring,\" morning said.";
        assert_eq!(speaker(text), None);
        let text = "The mayor spoke. \"The new pump station will open in the spring,\" engineers said.";
        assert_eq!(speaker(text).as_deref(), Some("engineers"));
        // In a text all in lower case a lone word is a name.
        let text = "the mayor spoke . `` the new pump station will open in the spring , '' ellison said .";
        assert_eq!(speaker(text).as_deref(), Some("ellison"));
    }

    #[test]
    fn a_clause_after_the_subject_is_no_part_of_the_speaker() {
        let speaker = |text: &str| quotes(text).first().and_then(|q| q.1.clone());
        let text = "Mayor Ruth Allen has rejected the council's plan, saying it was \"a costly and \
                    needless delay\".";
        assert_eq!(speaker(text).as_deref(), Some("Ruth Allen"));
        let text = "Ruth Allen also denied the claims, saying the vote was \"unfair and rushed\".";
        assert_eq!(speaker(text).as_deref(), Some("Ruth Allen"));
        let text = "Sir John said \"substantial progress\" had been made, adding that it was \"only the \
                    beginning\".";
        assert_eq!(quotes(text)[1].1.as_deref(), Some("John"));
        // What was said after the verb is no speaker: "he" is the chief, not Khan.
        let text = "Police chief Ravi Patel, speaking in Bombay, said Khan was being sent back to Norway. \
                    \"She was on a visitor's visa but she has engaged in business,\" he said.";
        assert_eq!(speaker(text).as_deref(), Some("Ravi Patel"));
    }

    #[test]
    fn a_participle_clause_before_the_speaker_is_no_part_of_it() {
        let speaker = |text: &str| quotes(text).first().and_then(|q| q.1.clone());
        let text = "Welcoming the ruling, Maeve Sherlock, chief executive of the Refugee Council, said: \
                    \"It is a victory for fairness.\"";
        assert_eq!(speaker(text).as_deref(), Some("Maeve Sherlock"));
        let text = "Speaking after the vote was announced Ruth Allen, leader of the group, said: \"We \
                    will appeal.\"";
        assert_eq!(speaker(text).as_deref(), Some("Ruth Allen"));
        let text = "\"We will appeal against the ruling,\" said Castaignede ahead of the tie.";
        assert_eq!(speaker(text).as_deref(), Some("Castaignede"));
    }

    #[test]
    fn partial_quotes_and_no_junk() {
        let text = "Julia explained to the magazine that Selina is a 'straddler' who wants to be \
                    're-elected at all costs'. The 'Veep' star laughed. In the '90s rock 'n' roll ruled.";
        assert_eq!(quotes(text), vec![q("straddler", Some("Julia")), q("re-elected at all costs", Some("Julia"))]);
    }

    #[test]
    fn a_partial_quote_takes_the_tag_that_closes_its_sentence() {
        let text = "Transport minister Ana Ruiz spoke in Leeds. The new line would bring a \"huge boost\" to \
                    the region, she said, though she gave no date. Fares will rise under the \"new deal\" for \
                    commuters, rail officials said.\n\nThe firm sells its \"Clean Air Promise\" range, said \
                    Tom Hale.";
        assert_eq!(
            quotes(text),
            vec![
                q("huge boost", Some("Ana Ruiz")),
                q("new deal", Some("rail officials")),
                q("Clean Air Promise", None),
            ]
        );
        // Not a clause's verb: "…, which he said".
        let text = "Tom Hale spoke. The \"first phase\" is done, which he said was late.";
        assert_eq!(quotes(text), vec![q("first phase", None)]);
    }

    #[test]
    fn a_quote_after_a_colon_is_its_sentences_subjects() {
        let text = "\"We did it together,\" said Nadia Petrova after the final. She also praised her coach: \
                    \"Thank you for believing in me all these years.\" The sign at the gate read: \"No entry \
                    after dark for anyone.\"";
        assert_eq!(
            quotes(text),
            vec![
                q("We did it together", Some("Nadia Petrova")),
                q("Thank you for believing in me all these years.", Some("Nadia Petrova")),
                q("No entry after dark for anyone.", None),
            ]
        );
    }

    #[test]
    fn a_verb_after_and_shares_the_subject_of_said() {
        let text = "Local councillor Priya Shah said the channel had not been dredged in four years and \
                    called for the work to start \"before someone gets hurt\".";
        assert_eq!(quotes(text), vec![q("before someone gets hurt", Some("Priya Shah"))]);
    }

    #[test]
    fn a_verb_of_saying_after_an_article_is_a_noun() {
        let text = "Michael Hale spoke on Monday. He said that few of those who applied had their claims \
                    accepted under the \"unfair and inhumane\" system.";
        assert_eq!(quotes(text), vec![q("unfair and inhumane", Some("Michael Hale"))]);
    }

    #[test]
    fn pronouns_take_the_subject_of_the_sentence_that_names_someone() {
        let text = "\"Riders have been squeezed enough,\" Michelle Wu said. City Councillor Frank Baker \
                    disagreed. He said the decision was \"politically convenient but financially reckless\". \
                    Transit advocate Stacy Thompson, who leads the LivableStreets Alliance, praised the plan. \
                    \"This is a big deal for working families,\" she said.";
        assert_eq!(
            quotes(text),
            vec![
                q("Riders have been squeezed enough", Some("Michelle Wu")),
                q("politically convenient but financially reckless", Some("Frank Baker")),
                q("This is a big deal for working families", Some("Stacy Thompson")),
            ]
        );
        // An object is no antecedent: the last speaker stays.
        let text = "\"Winning a Bafta means an enormous amount to me,\" said Cate Blanchett. She thanked \
                    the woman she played, Katharine Hepburn, for paving the way. \"Thank you very much, \
                    I'm sure you're pleased,\" she said.";
        assert_eq!(quotes(text)[1].1.as_deref(), Some("Cate Blanchett"));
    }

    #[test]
    fn a_name_in_a_pronouns_clause_or_said_to_is_no_antecedent() {
        // The name after "he" in his clause is his object; the one before speaks.
        let text = "The favourite is Anna Keane, said Steven Ashby of Variety. But while he tipped \
                    Keane to win, he expected a close vote. \"It could go either way,\" he said.";
        assert_eq!(quotes(text)[0].1.as_deref(), Some("Steven Ashby"));
        let text = "\"I want to stay,\" the defender said. Rovers boss Gareth Pelling is said to be keen on \
                    him. He added: \"I am happy here and want to keep it going.\"";
        assert_eq!(quotes(text)[1].1.as_deref(), Some("the defender"));
        // After a comma the clause is over: "Sherwood" is the subject.
        let text = "Ramsey may leave and, while he admitted Ramsey could stay, Callum Sherwood left the \
                    door open. He added: \"I would work with him again if the chance came.\"";
        assert_eq!(quotes(text)[0].1.as_deref(), Some("Callum Sherwood"));
    }

    #[test]
    fn a_full_name_before_of_and_an_organization_speaks() {
        let text = "The court heard the case on Monday. Detective Sergeant Rhian Evans of South Wales Police \
                    said after the hearing: \"This was a calculated, long-running fraud.\"";
        assert_eq!(quotes(text)[0].1.as_deref(), Some("Rhian Evans"));
    }

    #[test]
    fn a_person_opening_the_quotes_sentence_speaks_it() {
        let text = "Former shadow chancellor John McDonnell said the policy was \"wrong and unfair\". \
                    Conservative leader Rishi Sunak accused the government of \"choosing to make pensioners \
                    poorer\".";
        assert_eq!(quotes(text)[1], q("choosing to make pensioners poorer", Some("Rishi Sunak")));
        // Not a title, a description or a relative clause's words.
        for text in [
            "Maria Gonzalez is a labor economist and author of \"Time Poor: Why We Work Too Much.\"",
            "Takuo Miyagishima is the 18th recipient of the Sawyer Award, which is \"presented to an \
             individual in the motion picture industry\".",
        ] {
            assert_eq!(quotes(text)[0].1, None, "{text}");
        }
    }

    #[test]
    fn names_after_roles_and_before_of() {
        let text = "\"The era of free money in Japan is over,\" said Marcel Thieliant of Capital Economics \
                    in Singapore. \"It's the right thing to do,\" her spokesman, Ricardo Patrón, said. \
                    \"Anonymity cannot come at the cost of the right to know,\" the Chief Justice said. \
                    Congress leader Jairam Ramesh welcomed the verdict, saying it exposed \"the biggest scam of \
                    the decade\". The retired charity worker said: \"I took him out just after tea.\"";
        assert_eq!(
            quotes(text).into_iter().map(|(_, s)| s).collect::<Vec<_>>(),
            [
                Some("Marcel Thieliant"),
                Some("Ricardo Patrón"),
                Some("the Chief Justice"),
                Some("Jairam Ramesh"),
                Some("The retired charity worker")
            ]
            .map(|s| s.map(str::to_string))
        );
    }

    #[test]
    fn a_place_after_a_name_or_a_role_is_no_speaker() {
        let text = "Tom Reilly, of Portlaw said the fine was 'far too high'. \
                    Lady Ann Carver of Dunmore, who led the review, said: \"The rules are clear.\" \
                    The agency's reporter in Lagos, Amaka Obi, told listeners that fuel would cost more. \
                    \"The real question is how fast,\" she said.";
        assert_eq!(
            quotes(text).into_iter().map(|(_, s)| s).collect::<Vec<_>>(),
            [None, Some("Ann Carver"), Some("Amaka Obi")].map(|s| s.map(str::to_string))
        );
    }

    #[test]
    fn spoke_of_is_a_verb_of_saying() {
        let text = "Mara Voss, head of the nurses' union, spoke of \"broken promises\" on pay. \
                    The hall spoke volumes.";
        assert_eq!(quotes(text), vec![q("broken promises", Some("Mara Voss"))]);
    }

    #[test]
    fn a_pronoun_tag_after_a_quote_needs_no_comma() {
        let text = "Coach Ben Ortiz watched the final. \"We will win the next one\" he said.\n\n\
                    The \"Open Doors\" plan is new.";
        assert_eq!(quotes(text), vec![q("We will win the next one", Some("Ben Ortiz")), q("Open Doors", None)]);
    }

    #[test]
    fn a_number_inside_a_name_speaks_with_it() {
        let text = "Number 10 said the row was \"a storm in a teacup\". \
                    \"We are proud of the show,\" Channel 4 said. \
                    \n\nWith 53% of votes in, officials said it was \"a fine day for us\".";
        assert_eq!(
            quotes(text).into_iter().map(|(_, s)| s).collect::<Vec<_>>(),
            [Some("Number 10"), Some("Channel 4"), Some("officials")].map(|s| s.map(str::to_string))
        );
    }

    #[test]
    fn he_or_she_takes_the_last_name_titled_for_that_sex() {
        let text = "Mrs Jane Hill runs the shop. Mr Brown said the rent was \"far too high\". \
                    \"We will stay open,\" she said. \"It is fine,\" he said. \
                    Later Mr Cole's own words were \"stay calm\", she said.";
        assert_eq!(
            quotes(text).into_iter().map(|(_, s)| s).collect::<Vec<_>>(),
            [Some("Brown"), Some("Jane Hill"), Some("Brown"), Some("Jane Hill")].map(|s| s.map(str::to_string))
        );
    }

    #[test]
    fn said_after_a_quote_opening_its_sentence_needs_no_comma() {
        let text = "The squad was named on Monday.\n\n\"The obvious choice is Rowe\" said Tom Grant.\n\n\
                    It is no \"easy pick\" said to be the view.\n\n\
                    \"The Hammer\" told a reporter it was over.";
        assert_eq!(
            quotes(text).into_iter().map(|(_, s)| s).collect::<Vec<_>>(),
            [Some("Tom Grant"), None, None].map(|s| s.map(str::to_string))
        );
    }

    #[test]
    fn a_paragraph_of_quote_goes_on_from_the_tag_before_it() {
        // A blank line before the quote only: the paragraph with the tag came first.
        let text = "Mayor Ines Valdivia spoke on Monday. \"The bridge will reopen in May,\" she said.\n\n\
                    \"I have no wish to delay it further.\" The council meets on Friday.\n\n\
                    The contractor was silent.\n\n\"We are on site,\" a foreman said.\n\nIt rained.\n\n\"Go home.\"";
        assert_eq!(
            quotes(text).into_iter().map(|(_, s)| s).collect::<Vec<_>>(),
            [Some("Ines Valdivia"), Some("Ines Valdivia"), Some("a foreman"), None].map(|s| s.map(str::to_string))
        );
    }

    #[test]
    fn a_word_quoted_inside_a_new_sentence_is_not_the_speaker_s() {
        // The writer's scare quote after a tag; a quote after a colon still goes on.
        let text = "\"It was our best year,\" said Ana Ruiz. The results were \"lucky\" for some. \
                    \"We expect more,\" said Ana Ruiz. She went on to say: \"Much more.\"";
        // (A single word quoted with no speaker is no quote at all.)
        assert_eq!(
            quotes(text),
            [
                q("It was our best year", Some("Ana Ruiz")),
                q("We expect more", Some("Ana Ruiz")),
                q("Much more.", Some("Ana Ruiz"))
            ]
        );
    }

    #[test]
    fn paragraphs_a_later_tag_ends_are_its_speakers() {
        let text = "The vote was close. \"We lost the north. \"We lost the coast too. \
                    \"But we will be back,\" said Rosa Bell. \"Not me.\"";
        assert_eq!(
            quotes(text).into_iter().map(|(_, s)| s).collect::<Vec<_>>(),
            [Some("Rosa Bell"), Some("Rosa Bell"), Some("Rosa Bell"), Some("Rosa Bell")].map(|s| s.map(str::to_string))
        );
    }
}
