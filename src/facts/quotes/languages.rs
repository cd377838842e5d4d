//! Quote speakers in German, French, Spanish, Italian, Portuguese and Dutch, from the words
//! of `src/data/<lang>/quotes.txt`.
//!
//! The attribution stands after the quote with its verb first (`« … », a déclaré la
//! Première ministre Élisabeth Borne`, `„…“, sagte Bundeskanzler Olaf Scholz`, `"…", dijo
//! el ministro de Transportes, Óscar Puente,`), after it with its subject first (`« … »,
//! Laurent Berger a estimé`), after "according to" (`, selon Laurent Berger`, `, so
//! Scholz`, `, aldus Rutte`), or before the quote (`Scholz sagte: „…“`, `Según el
//! ministro, "…"`, `Dann sagte Scholz: „…“`). A speaker phrase is articles, roles ("la
//! Première ministre", "el portavoz del Partido Popular,") and then a name, which is kept
//! without them; roles without a name stay a description ("el portavoz del Partido
//! Popular"). A pronoun ("a-t-il dit", "sagte er") or a verb alone where the language drops
//! its subject ("dijo", "ha detto") is [`Said::Pronoun`]: the caller gives it the previous
//! speaker, as "he said" in English.

use super::{Attrib, Quoted, Raw};
use crate::bytes::one_of;
use crate::case::Lower;
use crate::data::lines;
use crate::facts::scan::is_capitalized;
use crate::span::Span;
use crate::Lang;

const VERB: u8 = 1;
const AUX: u8 = 2;
const PREP: u8 = 4;
const AFTER: u8 = 8;
const TITLE: u8 = 16;
const DET: u8 = 32;
const PRON: u8 = 64;
const PART: u8 = 128;

/// The attribution words of one language.
pub(in crate::facts) struct Speech {
    lang: Lang,
    /// Lower-case words and their kinds (the bits above): a few dozen, searched in order
    /// (a hash map of its own cost more download than the look-ups save).
    words: Vec<(&'static str, u8)>,
    /// Endings of roles ("-minister": "Wirtschaftsminister").
    endings: Vec<&'static str>,
    /// A verb of saying alone has the previous speaker ("dijo", "ha detto", "disse").
    prodrop: bool,
    /// Every noun is capitalized (German): a capitalized word is a name only with evidence.
    nouns: bool,
}

static FILES: [(Lang, &str); 6] = [
    (Lang::De, crate::data_file!("de/quotes.txt")),
    (Lang::Fr, crate::data_file!("fr/quotes.txt")),
    (Lang::Es, crate::data_file!("es/quotes.txt")),
    (Lang::It, crate::data_file!("it/quotes.txt")),
    (Lang::Pt, crate::data_file!("pt/quotes.txt")),
    (Lang::Nl, crate::data_file!("nl/quotes.txt")),
];

/// The words of `lang`, or `None` for English and the languages without a list. Read
/// afresh for each text: a hundred words, and a lock of their own cost more download.
pub(in crate::facts) fn get(lang: Lang) -> Option<Speech> {
    if !crate::lang::OTHERS {
        return None;
    }
    let file = FILES.iter().find(|f| f.0 == lang)?.1;
    let mut s = Speech { lang, words: Vec::new(), endings: Vec::new(), prodrop: false, nouns: lang == Lang::De };
    for line in lines(file) {
        let mut f = line.split_whitespace();
        let bit = match f.next() {
            Some("verb") => VERB,
            Some("aux") => AUX,
            Some("prep") => PREP,
            Some("after") => AFTER,
            Some("title") => TITLE,
            Some("det") => DET,
            Some("pron") => PRON,
            Some("part") => PART,
            Some("prodrop") => {
                s.prodrop = true;
                continue;
            }
            _ => continue,
        };
        for w in f {
            match w.strip_prefix('-') {
                Some(end) => s.endings.push(end),
                None => s.words.push((w, bit)),
            }
        }
    }
    Some(s)
}

impl Speech {
    /// The kinds of `w`, in any case.
    fn flags(&self, w: &str) -> u8 {
        let lw = w.lower();
        let f = self.words.iter().filter(|e| e.0 == lw).fold(0, |a, e| a | e.1);
        let ending = self.endings.iter().any(|e| lw.ends_with(*e));
        f | if ending { TITLE } else { 0 }
    }

    /// The kinds of a verb or an auxiliary with its subject pronoun glued on ("a-t-il",
    /// "dit-elle", "déclare-t-il"); 0 for any other word.
    fn glued(&self, w: &str) -> u8 {
        let mut p = w.len();
        while p > 0 && w.as_bytes()[p - 1] != b'-' {
            p -= 1;
        }
        let Some(p) = p.checked_sub(1) else { return 0 };
        if self.flags(&w[p + 1..]) & PRON == 0 {
            return 0;
        }
        let head = &w[..p];
        self.flags(head.strip_suffix("-t").unwrap_or(head)) & (VERB | AUX)
    }

    /// Whether `w` is a first name ("Olaf", "Élisabeth"; "Frank-Walter" by its first part).
    fn first_name(&self, w: &str) -> bool {
        let w = w.split('-').next().unwrap_or(w);
        crate::facts::ner::gazetteer::is_first_name(w) || crate::facts::entities::OTHER_FIRST_NAMES.contains(w)
    }

    /// Whether `w` is a day, a month or a relative day ("Mittwoch", "hier").
    fn day(&self, w: &str) -> bool {
        super::super::locale::get(self.lang)
            .is_some_and(|l| l.weekday(w).is_some() || l.month(w).is_some() || l.relative_day(w).is_some())
    }

    /// Whether `w` is a word of the language that names nobody: a function word ("Mais",
    /// "Aber"), an attribution word, or a day ("Hier", "Mittwoch").
    fn plain(&self, w: &str) -> bool {
        crate::lang::is_function_word(self.lang, &w.lower())
            || self.flags(w) & (VERB | AUX | PREP | DET | PRON) != 0
            || self.day(w)
    }
}

/// What an attribution says of the speaker.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Said<'t> {
    /// A pronoun, or a verb alone where the language drops it: the previous speaker.
    Pronoun,
    /// A name, and whether a role or a first name backs it ("Bundeskanzler Olaf Scholz").
    Name(&'t str, bool),
    /// Roles without a name ("el portavoz del Partido Popular").
    Description(&'t str),
}

impl<'t> Said<'t> {
    /// The speaker's words, if any.
    pub fn text(self) -> Option<&'t str> {
        match self {
            Said::Name(s, _) | Said::Description(s) => Some(s),
            Said::Pronoun => None,
        }
    }
}

impl<'t> Attrib<'_, 't> {
    fn flags(&self, sp: &Speech, i: usize) -> u8 {
        self.word(i).map_or(0, |w| sp.flags(w))
    }

    /// A verb or an auxiliary with its subject pronoun glued on ("a-t-il", "dit-elle",
    /// "déclare-t-il"): its kinds.
    fn glued_pronoun(&self, sp: &Speech, i: usize) -> u8 {
        self.word(i).map_or(0, |w| sp.glued(w))
    }

    /// A verb of saying at `i`, after its auxiliary ("a déclaré", "ha detto", "a-t-il
    /// dit"): the token after it, and whether a pronoun was glued on.
    fn verb_group(&self, sp: &Speech, i: usize) -> Option<(usize, bool)> {
        match self.glued_pronoun(sp, i) {
            f if f & VERB != 0 => return Some((i + 1, true)),
            f if f & AUX != 0 => return (self.flags(sp, i + 1) & VERB != 0).then_some((i + 2, true)),
            _ => {}
        }
        let mut k = i;
        if self.flags(sp, k) & AUX != 0 {
            k += 1;
            // "a également déclaré": one adverb between.
            if self.flags(sp, k) & VERB == 0 && self.flags(sp, k + 1) & VERB != 0 {
                k += 1;
            }
        }
        (self.flags(sp, k) & VERB != 0).then_some((k + 1, false))
    }

    /// Past the day words after a verb ("a déclaré mardi", "sagte am Mittwoch").
    fn skip_days(&self, sp: &Speech, mut i: usize) -> usize {
        let day = |k: usize| self.word(k).is_some_and(|w| sp.day(w));
        let function = |k: usize| self.lower(k).is_some_and(|w| crate::lang::is_function_word(sp.lang, &w));
        while day(i) || function(i) && day(i + 1) {
            i += 1;
        }
        i
    }

    /// A name starting at token `s`, as its first and last tokens: a run of capitalized
    /// words with the particles inside it ("Ursula von der Leyen"). In German, where every
    /// noun is capitalized, a run of more than two words goes on only through first names
    /// ("Hans Georg Maaßen", not "Olaf Scholz Journalisten").
    fn name_run(&self, sp: &Speech, s: usize, end: usize) -> Option<(usize, usize)> {
        let w = self.word(s).filter(|w| is_capitalized(w))?;
        let first = sp.first_name(w);
        // "Jan de Vries" is a name, "Jan" or "Mai" alone a month.
        let more = self.word(s + 1).is_some_and(|n| is_capitalized(n) || sp.flags(n) & PART != 0);
        if sp.plain(w) && !(first && more) {
            return None;
        }
        let mut e = s;
        while e + 1 < end && e < s + 5 && !self.toks[e + 1].newline {
            // Particles: lower-case ones ("Ursula von der Leyen"), capitalized ones before
            // the rest of the name ("Bruno Le Maire").
            // A person's name has them after its first name only ("Mona Keijzer van
            // Volkshuisvesting" ends before "van"), an organization's anywhere ("Vereniging
            // van Banken"; not in German, where they would join nouns).
            let lower_ok = if first { e == s } else { !sp.nouns };
            let mut n = e + 1;
            while self.flags(sp, n) & PART != 0 && self.word(n).is_some_and(|w| lower_ok || is_capitalized(w)) {
                n += 1;
            }
            // (A role may end a name: "Le Maire".)
            let next = self.word(n).filter(|w| is_capitalized(w) && w.chars().any(char::is_lowercase) && !sp.plain(w));
            if n >= end || next.is_none() || sp.nouns && e > s && !self.word(e).is_some_and(|w| sp.first_name(w)) {
                break;
            }
            e = n;
        }
        Some((s, e))
    }

    /// The word without an elided article ("l'Assemblée" → "Assemblée"), and whether it
    /// had one.
    fn bare(&self, sp: &Speech, w: &'t str) -> (&'t str, bool) {
        let Some(p) = w.find(&['\'', '’'][..]) else { return (w, false) };
        let q = p + if w[p..].starts_with('\'') { 1 } else { '’'.len_utf8() };
        if p < 6 && sp.flags(&w[..q]) & DET != 0 {
            (&w[q..], true)
        } else {
            (w, false)
        }
    }

    /// The speaker phrase starting at token `k`, before token `end`, and the token after it.
    pub(super) fn phrase(&self, sp: &Speech, k: usize, end: usize) -> Option<(Said<'t>, usize)> {
        if self.flags(sp, k) & PRON != 0 {
            return Some((Said::Pronoun, k + 1));
        }
        let (mut titled, mut linked, mut desc) = (false, false, None);
        let mut j = k;
        while j < end && j < k + 14 {
            if let Some(p) = self.punct(j) {
                // "M. Macron", "Dr. Habeck": the period of an abbreviated title.
                if p == "." && desc == Some(j.wrapping_sub(1)) && self.toks[j].glued {
                    j += 1;
                    continue;
                }
                break;
            }
            let Some(w) = self.word(j) else { break };
            let f = sp.flags(w);
            let (bare, elided) = self.bare(sp, w);
            // "Kamerlid Jimmy Dijk", "Geschäftsführerin Sabine Kramer": a word before a
            // first name is a role.
            // "zei melkveehouder Jan de Vries".
            let before_first = !sp.first_name(w) && !sp.plain(w) && self.word(j + 1).is_some_and(|n| sp.first_name(n));
            if f & TITLE != 0 || elided && sp.flags(bare) & TITLE != 0 || before_first {
                (titled, linked, desc) = (true, false, Some(j));
            } else if f & DET != 0 {
                linked = true;
            } else if (titled || !elided) && is_capitalized(bare) {
                if (linked || elided) && titled {
                    // A complement of the role, up to a first name: "de Transportes", "der
                    // Gewerkschaft Verdi", "dell'Economia Giancarlo Giorgetti".
                    while j + 1 < end
                        && self.word(j + 1).is_some_and(|w| is_capitalized(self.bare(sp, w).0) && !sp.first_name(w))
                    {
                        j += 1;
                    }
                    (linked, desc) = (false, Some(j));
                } else {
                    // German capitalizes nouns: "sagte der Zeitung" names nobody, "laut dem
                    // ADAC" does.
                    let acronym = !w.chars().any(char::is_lowercase);
                    if sp.nouns && !titled && linked && !acronym {
                        return None;
                    }
                    let (s, e) = self.name_run(sp, j, end)?;
                    let backed = titled || sp.first_name(w) || acronym;
                    return Some((Said::Name(self.slice(s, e), backed), e + 1));
                }
            } else if linked && titled && !elided && !is_capitalized(w) {
                // "la porte-parole du gouvernement"
                (linked, desc) = (false, Some(j));
            } else if linked && j == k + 1 && !elided && !crate::lang::is_function_word(sp.lang, &w.lower()) {
                // An article and a noun: "respondeu a oposição", "a estimé le gouvernement".
                (titled, linked, desc) = (true, false, Some(j));
            } else {
                break;
            }
            j += 1;
        }
        // The name set off after the roles: "el ministro de Transportes, Óscar Puente,", "le
        // ministre de la Transition écologique, Antoine Mercier" (a few more words between
        // only before a first name).
        if titled {
            let comma = (j..end.min(j + 6)).find(|&c| self.word(c).is_none()).filter(|&c| self.punct(c) == Some(","));
            if let Some((s, e)) = comma.and_then(|c| self.name_run(sp, c + 1, end)) {
                if comma == Some(j) || e > s || self.word(s).is_some_and(|w| sp.first_name(w)) {
                    return Some((Said::Name(self.slice(s, e), true), e + 1));
                }
            }
        }
        let d = desc?;
        Some((Said::Description(self.slice(k, d)), d + 1))
    }

    /// Attribution after quote `q`, before byte `limit`.
    pub(super) fn said_after(&self, sp: &Speech, q: &Raw, limit: usize) -> Option<Said<'t>> {
        let sent_end = self.sentences.get(super::scan::sentence_of(self.sentences, q.outer.end.saturating_sub(1)))?.end;
        let limit = limit.min(sent_end.max(q.outer.end));
        let mut i = self.tok_at(q.outer.end);
        let comma = self.punct(i).is_some_and(|p| one_of(", — – -", p));
        i += usize::from(comma);
        let end = self.tok_at(limit);
        let inner = &self.text[q.inner.range()];
        let marks = &self.text[q.inner.end..q.outer.end];
        if i >= end
            || !(comma
                || marks.contains(',')
                || inner.chars().next_back().is_some_and(|c| matches!(c, '?' | '!' | '…' | '.')))
        {
            return None;
        }
        if self.flags(sp, i) & (PREP | AFTER) != 0 {
            return self.phrase(sp, i + 1, end).map(|p| p.0);
        }
        if let Some((n, glued)) = self.verb_group(sp, i) {
            if glued {
                return Some(Said::Pronoun);
            }
            let n = self.skip_days(sp, n);
            // "dijo en un comunicado", "disse.": no subject but the verb's own; an article
            // or a capital opens one that is not read.
            let subject = self.flags(sp, n) & DET != 0 || self.word(n).is_some_and(is_capitalized);
            let said = self.phrase(sp, n, end).map(|p| p.0);
            return said.or((sp.prodrop && !subject).then_some(Said::Pronoun));
        }
        // `« … », Laurent Berger a estimé.` (A capitalized word after a quote that ended its
        // sentence opens the next one.)
        if inner.ends_with('.') {
            return None;
        }
        let (said, mut n) = self.phrase(sp, i, end)?;
        n += usize::from(self.punct(n) == Some(","));
        self.verb_group(sp, n).map(|_| said)
    }

    /// Attribution before quote `q`: `Scholz sagte: „…“`, `Según el ministro, "…"`, `Dann
    /// sagte Scholz: „…“`.
    pub(super) fn said_before(&self, sp: &Speech, q: &Raw, quoted: &Quoted) -> Option<Said<'t>> {
        let s = *self.sentences.get(super::scan::sentence_of(self.sentences, q.outer.start))?;
        self.said_in(sp, q, quoted, s)
    }

    /// [`Attrib::said_before`] within sentence `s`.
    fn said_in(&self, sp: &Speech, q: &Raw, quoted: &Quoted, s: Span) -> Option<Said<'t>> {
        let to = self.tok_at(q.outer.start);
        let from = self.tok_at(s.start).max(to.saturating_sub(60));
        // The last "according to" and the last verb of saying outside quotes.
        let (mut prep, mut verb) = (None, None);
        for k in from..to {
            let f = self.flags(sp, k) | self.glued_pronoun(sp, k);
            if f & (PREP | VERB) != 0 && !quoted.holds(self.toks[k].start(), self.toks[k].end()) {
                *if f & PREP != 0 { &mut prep } else { &mut verb } = Some(k);
            }
        }
        if let Some((said, _)) = prep.and_then(|k| self.phrase(sp, k + 1, to)) {
            return Some(said);
        }
        let v = verb?;
        if self.glued_pronoun(sp, v) != 0 {
            return Some(Said::Pronoun);
        }
        // After the verb ("Dann sagte Scholz:"); it wins over the words before only with a
        // role or a first name ("Scholz sagte Journalisten:").
        let after = self.phrase(sp, self.skip_days(sp, v + 1), to).map(|p| p.0);
        if matches!(after, Some(Said::Pronoun | Said::Name(_, true))) {
            return after;
        }
        let mut head = v;
        while head > from && self.flags(sp, head - 1) & AUX != 0 {
            head -= 1;
        }
        self.subject_before(sp, from, head).or(after).or_else(|| {
            // "Añadió: "…"": the verb alone, right before the quote.
            let bare = (v + 1..to).all(|k| self.punct(k).is_some());
            (sp.prodrop && bare).then_some(Said::Pronoun)
        })
    }

    /// The subject of a verb at token `head`, in the clause that ends there: its last
    /// comma-separated part ("Le secrétaire général de la CFDT, Laurent Berger, a
    /// déclaré"), else its first ("Laurent Berger, qui dirige la CFDT, a déclaré").
    fn subject_before(&self, sp: &Speech, from: usize, head: usize) -> Option<Said<'t>> {
        // The clause opens after the last mark other than a comma; its parts end at commas.
        let mut parts: Vec<(usize, usize)> = Vec::new();
        let mut a = from;
        for k in from..=head {
            match if k < head { self.punct(k) } else { Some(",") } {
                Some(",") => {
                    if k > a {
                        parts.push((a, k));
                    }
                    a = k + 1;
                }
                Some("." | "-") | None => {}
                Some(_) => {
                    parts.clear();
                    a = k + 1;
                }
            }
        }
        let mut found = None;
        for &(mut a, b) in parts.iter().rev().take(1).chain(parts.first()) {
            // "Mais Laurent Berger", "Hier Élisabeth Borne": words that open a clause.
            while a < b && self.word(a).is_some_and(|w| sp.plain(w) && sp.flags(w) & (DET | PRON) == 0) {
                a += 1;
            }
            match self.phrase(sp, a, b).map(|p| p.0) {
                Some(s @ (Said::Name(..) | Said::Pronoun)) => return Some(s),
                s => found = found.or(s),
            }
        }
        found
    }

    /// The speaker of the reported speech in the sentence before `q`, if it is named.
    pub(super) fn reported_before(&self, sp: &Speech, q: &Raw, quoted: &Quoted) -> Option<&'t str> {
        let here = super::scan::sentence_of(self.sentences, q.outer.start);
        let prev = *self.sentences.get(here.checked_sub(1)?)?;
        // Reported speech only: a sentence with a quote of its own attributes that one.
        let n = quoted.spans.partition_point(|s| s.start < prev.start);
        if quoted.spans.get(n).is_some_and(|s| s.start < prev.end) {
            return None;
        }
        let end = Raw { outer: Span::new(prev.end, prev.end), inner: Span::new(prev.end, prev.end), continues: false };
        self.said_in(sp, &end, quoted, prev)?.text()
    }

    /// Whether the text between two quotes is only an attribution, so that the second goes
    /// on with the first's speaker: a verb of saying, and nothing after its sentence ends
    /// ("», a-t-il dit. « …", not "», aseguró. El proyecto se llama "…"").
    pub(super) fn continues_after(&self, sp: &Speech, gap: &str) -> bool {
        let saying = |w: &str| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            (sp.flags(w) | sp.glued(w)) & VERB != 0
        };
        // (The caller allows one sentence end at most.)
        let mark = |b: &u8| matches!(b, b'.' | b'!' | b'?');
        let closed = gap.trim_end().as_bytes().last().is_some_and(mark);
        gap.split_whitespace().any(saying) && (closed || !gap.as_bytes().iter().any(mark))
    }

    /// The last person named before byte `pos`: a first name and the name it opens, a role
    /// and the name after it ("la ministre Borne", "El alcalde de Barcelona, Jaume
    /// Collboni"), or one word that named a speaker before (`known`: "Reiche wies die
    /// Kritik zurück").
    pub(super) fn last_person(&self, sp: &Speech, pos: usize, known: &[&str], quoted: &Quoted) -> Option<&'t str> {
        let to = self.tok_at(pos);
        let floor = to.saturating_sub(400);
        (floor..to).rev().find_map(|k| {
            let w = self.word(k).filter(|w| is_capitalized(w))?;
            let at = self.toks[k].start();
            // Names start a capitalized run or follow a role ("Minister Femke Wiersma").
            let after_capital = k > 0 && self.word(k - 1).is_some_and(is_capitalized);
            if quoted.holds(at, at + 1) || after_capital && self.flags(sp, k - 1) & TITLE == 0 {
                return None;
            }
            if known.contains(&w) {
                return Some(w);
            }
            let titled = k > 0 && self.flags(sp, k - 1) & TITLE != 0;
            let role = (k.saturating_sub(6)..k)
                .rev()
                .take_while(|&j| self.punct(j).map_or(true, |p| p == ","))
                .any(|j| self.flags(sp, j) & TITLE != 0);
            if !(sp.first_name(w) || role) {
                return None;
            }
            let (s, e) = self.name_run(sp, k, to)?;
            ((e > s || titled) && !self.credit(s, e)).then(|| self.slice(s, e))
        })
    }

    /// Whether `s` reads as a person: a name that opens with a first name of these languages
    /// ("Élisabeth Borne"), or one that a role backed (`backed`: "Wirtschaftsministerin
    /// Katherina Reiche").
    pub(super) fn person(&self, sp: &Speech, s: &str, backed: bool) -> bool {
        let mut words = s.split_whitespace();
        words.next().is_some_and(|w| sp.first_name(w) || backed && is_capitalized(w)) && words.all(is_capitalized)
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::quotes_in;
    use crate::Lang;

    fn speakers(text: &str, lang: Lang) -> Vec<Option<String>> {
        quotes_in(text, lang).into_iter().map(|q| q.1).collect()
    }

    fn some(s: &str) -> Option<String> {
        Some(s.to_string())
    }

    #[test]
    fn verb_first_after_the_quote_with_roles_dropped() {
        let t = "« Nous tiendrons nos engagements », a déclaré la Première ministre Élisabeth Borne devant \
                 les députés. « Ce texte est injuste », a estimé le secrétaire général de la CFDT, Laurent Berger.";
        assert_eq!(speakers(t, Lang::Fr), [some("Élisabeth Borne"), some("Laurent Berger")]);
        let t = "„Wir halten Kurs“, sagte Bundeskanzler Olaf Scholz nach der Sitzung. „Das reicht nicht“, \
                 sagte Scholz der Zeitung.";
        assert_eq!(speakers(t, Lang::De), [some("Olaf Scholz"), some("Scholz")]);
        let t = "\"Es una buena noticia\", dijo el ministro de Economía, Carlos Cuerpo, en Bruselas. \
                 \"Llega tarde\", afirmó el portavoz del Partido Popular.";
        assert_eq!(speakers(t, Lang::Es), [some("Carlos Cuerpo"), some("el portavoz del Partido Popular")]);
    }

    #[test]
    fn according_to_and_subject_first() {
        let t = "„Die Lage ist ernst“, so Innenministerin Nancy Faeser. Faeser sagte: „Wir handeln jetzt.“";
        assert_eq!(speakers(t, Lang::De), [some("Nancy Faeser"), some("Faeser")]);
        let t = "\"Het kabinet gaat door\", aldus premier Dick Schoof. Volgens minister Eelco Heinen, \
                 \"is de begroting op orde\".";
        assert_eq!(speakers(t, Lang::Nl), [some("Dick Schoof"), some("Eelco Heinen")]);
    }

    #[test]
    fn pronouns_take_the_last_speaker() {
        let t = "« La réforme est nécessaire », a déclaré Bruno Le Maire mardi. « Nous irons jusqu'au bout », \
                 a-t-il ajouté.";
        assert_eq!(speakers(t, Lang::Fr), [some("Bruno Le Maire"), some("Bruno Le Maire")]);
        let t = "\"Il paese deve crescere\", ha detto il premier Giorgia Meloni a Roma. \"Non ci fermeremo\", \
                 ha aggiunto.";
        assert_eq!(speakers(t, Lang::It), [some("Giorgia Meloni"), some("Giorgia Meloni")]);
    }

    #[test]
    fn verbs_without_a_subject_and_according_to() {
        let t = "\"Es un buen acuerdo\", dijo el presidente del Gobierno, Pedro Sánchez. \"Seguiremos \
                 negociando\", añadió en Bruselas. Según él, \"Europa debe actuar unida\".";
        assert_eq!(speakers(t, Lang::Es), [some("Pedro Sánchez"), some("Pedro Sánchez"), some("Pedro Sánchez")]);
        let t = "Segundo a ministra Maria Lúcia Amaral, \"a criminalidade violenta desceu\". \"Os números \
                 provam-no\", acrescentou.";
        assert_eq!(speakers(t, Lang::Pt), [some("Maria Lúcia Amaral"), some("Maria Lúcia Amaral")]);
        let t = "Laut Bundesbankpräsident Joachim Nagel „bleibt die Inflation hartnäckig“. Nagel fügte hinzu: \
                 „Wir bleiben wachsam.“";
        assert_eq!(speakers(t, Lang::De), [some("Joachim Nagel"), some("Nagel")]);
        // "a déclaré" split by its pronoun: "déclare-t-il".
        let t = "« Nous avons gagné », déclare-t-il après le vote. Selon le maire de Lyon, Grégory Doucet, \
                 « la ville change ».";
        assert_eq!(speakers(t, Lang::Fr), [None, some("Grégory Doucet")]);
    }

    #[test]
    fn a_quote_inside_other_words_keeps_no_speaker() {
        // The sentence before attributes its own quote, and this one names a thing.
        let t = "\"We gaan gewoon door\", zegt Keijzer. Op spandoeken stond \"Wonen is een recht\".";
        assert_eq!(speakers(t, Lang::Nl), [some("Keijzer"), None]);
        let t = "\"No vamos a parar\", aseguró la ministra. El plan se llama \"Casa para todos\".";
        assert_eq!(speakers(t, Lang::Es), [some("la ministra"), None]);
        // "one of the neighbours" said it, not the minister named before.
        let t = "El ministro Óscar Puente visitó la zona. \"No hemos visto nada igual\", dijo uno de los vecinos.";
        assert_eq!(speakers(t, Lang::Es), [None]);
    }

    #[test]
    fn no_attribution_no_speaker() {
        let t = "O filme \"Ainda Estou Aqui\" estreou em Lisboa na sexta-feira. A obra recebeu críticas \
                 muito positivas.";
        assert_eq!(quotes_in(t, Lang::Pt), [("Ainda Estou Aqui".to_string(), None)]);
    }
}
