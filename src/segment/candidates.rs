//! Pass 2: candidate sentence ends. One left-to-right scan finds each *cluster* of terminal
//! marks (`.`, `?!`, `...`, `. . .`, `。`) with the closing quotes and brackets glued to it,
//! looks at what follows, and keeps the clusters that can end a sentence. Each look-around is
//! bounded, so the pass is linear in the text.

use super::chars::{
    char_at, char_before, is_armenian, is_closer, is_cyrillic, is_dash, is_format, is_greek, is_latin,
    is_script_terminal, is_sentence_initial, is_terminal,
};
use crate::Lang;

/// A place where a sentence may end.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Candidate {
    /// The break: the sentence ends here (after the cluster and its closing quotes).
    pub at: usize,
    /// The first mark of the cluster.
    pub start: usize,
    /// The first visible character after the cluster (or the text's length).
    pub next: usize,
    /// The cluster is a single `.` glued to the word before it: abbreviations, initials and
    /// ordinals are decided by the merge pass.
    pub lone_period: bool,
    /// The cluster is a single `!` glued to a word ("Yahoo!").
    pub lone_bang: bool,
    /// The cluster is a single `.` after one space after a word: tokenized text ("gov .
    /// gary herbert", "no . 1"), where a title's period stands apart.
    pub spaced_period: bool,
}

/// What one cluster of marks holds.
#[derive(Default)]
struct Cluster {
    start: usize,
    end: usize,
    marks: usize,
    dots: usize,
    /// `?` `!` or another non-period mark.
    other: bool,
    /// `…` or three or more dots in a row.
    ellipsis: bool,
    /// ". . ." dots separated by single spaces.
    spaced: bool,
    /// The first dot is glued to the word before ("compounds. . . .").
    glued: bool,
    closer: bool,
    quote: bool,
    script: bool,
}

/// Every candidate break of `text`, in order.
pub(super) fn find(text: &str, lang: Lang) -> Vec<Candidate> {
    let mut out = Vec::new();
    let mut i = 0;
    // Whether a letter or digit came since the last candidate: "! ! !" is one unit (en-issue-08).
    let mut wordy = false;
    // Words since the last candidate (counted at their first character).
    let mut words = 0usize;
    while let Some(c) = char_at(text, i) {
        if c.is_alphanumeric() {
            if !wordy || char_before(text, i).is_some_and(char::is_whitespace) {
                words += 1;
            }
            wordy = true;
            // The rest of an ASCII word counts no word: eight bytes at a time (1 MB of
            // digits is one word).
            i = crate::bytes::skip_ascii_alphanumeric(text.as_bytes(), i + c.len_utf8());
            continue;
        }
        if !opens_cluster(text, i, c, lang) {
            i += c.len_utf8();
            continue;
        }
        let cluster = scan(text, i);
        if let Some(candidate) = decide(text, &cluster, lang, wordy, words) {
            out.push(candidate);
            wordy = false;
            words = 0;
        }
        i = cluster.end.max(i + c.len_utf8());
    }
    out
}

/// Whether the mark at `i` can start a cluster.
fn opens_cluster(text: &str, i: usize, c: char, lang: Lang) -> bool {
    let prev = char_before(text, i);
    let next = char_at(text, i + c.len_utf8());
    let spaced = next.map_or(true, char::is_whitespace);
    match c {
        // '…afore she comes, to--" At this moment' (en-clean-92): a dash that breaks off a
        // quotation ends its sentence.
        '-' | '—' | '–' => {
            if !prev.is_some_and(char::is_alphabetic) {
                return false;
            }
            let mut k = i;
            while let Some(d) = char_at(text, k).filter(|&d| is_dash(d)) {
                k += d.len_utf8();
            }
            match char_at(text, k) {
                Some(q @ ('"' | '”' | '’' | '»' | '“')) => {
                    char_at(text, k + q.len_utf8()).map_or(true, char::is_whitespace)
                }
                _ => false,
            }
        }
        // "３．２９％": a full-width point between digits is a decimal point (ja-04).
        '．' => !(prev.is_some_and(|p| p.is_numeric()) && next.is_some_and(|n| n.is_numeric())),
        // Greek writes its question mark as ";" ("πού είναι οι τουαλέτες; Τις", el-01).
        ';' => spaced && prev.is_some_and(is_greek),
        // Armenian prose often ends sentences with ":" for "։" ("Ոչինչ:", hy-01); Arabic
        // uses ":" after a heading phrase ("سؤال وجواب: ماذا", ar-01).
        ':' => spaced && (lang == Lang::Hy || lang == Lang::Ar || prev.is_some_and(is_armenian)),
        // Arabic prose strings clauses with "،" where English has a period (ar-05).
        '،' => spaced && lang == Lang::Ar,
        _ => is_terminal(c),
    }
}

/// The cluster of marks starting at `start`.
fn scan(text: &str, start: usize) -> Cluster {
    let mut cl = Cluster { start, ..Cluster::default() };
    let mut j = start;
    while let Some(c) = char_at(text, j) {
        if c == '.' {
            // A run of full stops, eight at a time: "....." × 100,000 is one cluster, and
            // char by char it took 1.4× its native time in Node (issue 8).
            let end = crate::bytes::skip_byte(text.as_bytes(), j, b'.');
            cl.marks += end - j;
            cl.dots += end - j;
            j = end;
            continue;
        }
        let first = j == start;
        if first || is_terminal(c) {
            cl.marks += 1;
            match c {
                '.' => cl.dots += 1,
                '…' => cl.ellipsis = true,
                _ => cl.other = true,
            }
            cl.script |= is_script_terminal(c);
        } else if cl.marks == 1 && is_dash(c) && char_at(text, start).is_some_and(is_dash) {
            // The rest of a "--" that breaks off a quotation.
        } else if is_closer(c) {
            cl.closer = true;
            cl.quote |= !matches!(c, ')' | ']' | '}' | '）' | '］' | '｝');
        } else if is_format(c) {
        } else if c == ' ' && spaced_dot(text, j) {
            cl.spaced = true;
        } else if c == ' ' && spaced_ptb_quote(text, j + 1) {
            // Tokenized text sets the closing quote apart as two apostrophes: "it is over .
            // '' she said" (CNN/DailyMail and Newsroom as the summarization corpora give
            // them). The quote ends the sentence it closes, not the next one.
            cl.closer = true;
            cl.quote = true;
            j += 3;
            continue;
        } else if matches!(c, ' ' | '\u{a0}' | '\u{202f}') && spaced_guillemet(text, j + c.len_utf8()) {
            // French sets a space before the closing guillemet: "« c'est fini. » Puis".
            cl.closer = true;
            cl.quote = true;
            j += c.len_utf8();
            continue;
        } else {
            break;
        }
        j += c.len_utf8();
    }
    // Footnote marks glued to a stop after a word stay with its sentence: "…martyr.[1] The
    // emperor" (en-clean-110), "…lake.[a] It", "…River.[citation needed] Lake", "…(type 2).10 This model" (en-clean-112).
    if cl.marks > 0 && !cl.spaced {
        let after_word = char_before(text, start).is_some_and(|p| p.is_alphabetic() || p == ')');
        j = footnotes(text, j, after_word);
    }
    cl.end = j;
    cl.glued = char_before(text, start).is_some_and(|p| !p.is_whitespace());
    cl.ellipsis |= !cl.spaced && crate::bytes::contains(&text[start..j], "...");
    cl
}

/// The end of footnote marks at `j`: "[7][8]", or (after a word) one to three glued digits
/// followed by a space, then further such numbers before a capital ("consultation.11 12 Take",
/// en-clean-111). Each step is bounded.
fn footnotes(text: &str, j: usize, after_word: bool) -> usize {
    let digits =
        |at: usize| text.as_bytes()[at.min(text.len())..].iter().take(4).take_while(|b| b.is_ascii_digit()).count();
    let mut k = j;
    while text[k..].starts_with('[') {
        // "[12]", or a note: "…the Ruzizi River.[citation needed] Lake Tanganyika…".
        let d = match digits(k + 1) {
            d @ 1..=3 => d,
            _ => note(text, k + 1),
        };
        if d > 0 && text[k + 1 + d..].starts_with(']') {
            k += d + 2;
        } else {
            break;
        }
    }
    if k > j || !after_word {
        return k;
    }
    let d = digits(k);
    if !(1..=3).contains(&d) || !char_at(text, k + d).map_or(true, char::is_whitespace) {
        return j;
    }
    k += d;
    while text[k..].starts_with(' ') {
        let d = digits(k + 1);
        let after = char_at(text, k + 1 + d);
        let next = after.filter(|&c| c == ' ').and_then(|_| char_at(text, k + 2 + d));
        if (1..=3).contains(&d) && next.is_some_and(char::is_uppercase) {
            k += 1 + d;
        } else {
            break;
        }
    }
    k
}

/// The length of a bracketed editor's note in pasted Wikipedia text at `j`, up to its "]":
/// "citation needed", "note 3", "a", "who?". Lower-case ASCII words, digits and "?", at most
/// 24 bytes; 0 when there is none.
fn note(text: &str, j: usize) -> usize {
    let inner = text.as_bytes()[j..].iter().take(25).take_while(|&&b| b != b']');
    let n = inner.clone().count();
    let fits = inner.clone().all(|&b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b' ' || b == b'?');
    let starts = text.as_bytes().get(j).is_some_and(u8::is_ascii_lowercase);
    if starts && fits && n <= 24 && text.as_bytes().get(j + n) == Some(&b']') {
        n
    } else {
        0
    }
}

/// Whether a closing guillemet stands at `j`, followed by a space, punctuation or the end.
fn spaced_guillemet(text: &str, j: usize) -> bool {
    matches!(char_at(text, j), Some('»' | '›'))
        && char_at(text, j + '»'.len_utf8()).map_or(true, |n| n.is_whitespace() || n.is_ascii_punctuation())
}

/// Whether a tokenized closing quote `''` stands at `j`, followed by a space or the end.
fn spaced_ptb_quote(text: &str, j: usize) -> bool {
    text[j..].starts_with("''") && char_at(text, j + 2).map_or(true, char::is_whitespace)
}

/// Whether the space at `j` sits inside a spaced ellipsis ". . .": an isolated dot before it
/// and an isolated dot after it ("Sentence. .. Next" is not one, en-issue-19).
fn spaced_dot(text: &str, j: usize) -> bool {
    char_before(text, j) == Some('.')
        && char_before(text, j - 1) != Some('.')
        && char_at(text, j + 1) == Some('.')
        && char_at(text, j + 2) != Some('.')
}

fn decide(text: &str, cl: &Cluster, lang: Lang, wordy: bool, words: usize) -> Option<Candidate> {
    let mut next = cl.end;
    while let Some(c) = char_at(text, next).filter(|c| c.is_whitespace()) {
        next += c.len_utf8();
    }
    let candidate = |at: usize| {
        let lone = cl.marks == 1 && !cl.closer && cl.glued && !cl.spaced;
        let first = char_at(text, cl.start);
        Some(Candidate {
            at,
            start: cl.start,
            next,
            lone_period: lone && first == Some('.'),
            lone_bang: lone && first == Some('!'),
            spaced_period: cl.marks == 1
                && !cl.closer
                && first == Some('.')
                && char_before(text, cl.start) == Some(' ')
                && char_before(text, cl.start - 1).is_some_and(|p| !p.is_whitespace()),
        })
    };
    let Some(nc) = char_at(text, next) else {
        return candidate(cl.end);
    };
    if next == cl.end {
        // No space after: "Jane.Doe@example.com", "3.5", "Ph.D.-level" go on. Script stops
        // end a sentence anyway ("…です。それは…", ja-01).
        if cl.script && !cl.ellipsis {
            // "「もう帰る。」と言った": a closed quotation followed straight by words is
            // quoted speech inside the sentence.
            if cl.closer && nc.is_alphanumeric() {
                return None;
            }
            return candidate(cl.end);
        }
        // "…жағдайы.XVIII ғасырдың…" (kk-06): in Cyrillic text a period glued between a
        // lower-case word and a capital is a missing space; Latin text keeps "information.As"
        // whole (en-issue-16), where glued capitals are often names ("ASP.NET").
        let glued_cyrillic = cl.marks == 1
            && cl.dots == 1
            && !cl.closer
            && char_before(text, cl.start).is_some_and(|p| p.is_lowercase() && is_cyrillic(p))
            && char_before(text, cl.start.saturating_sub(2)).is_some_and(char::is_alphabetic)
            && nc.is_uppercase();
        return if glued_cyrillic { candidate(cl.end) } else { None };
    }
    if cl.spaced {
        if cl.glued && cl.dots >= 3 && char_at(text, cl.start) == Some('.') {
            // "…compounds. . . . The practice…" (en-48): the glued dot ends the sentence and
            // the spaced ellipsis opens the next one.
            return if is_sentence_initial(nc) { candidate(cl.start + 1) } else { None };
        }
        if cl.dots == 3 {
            // " . . . " is an omission inside a sentence, even before "I" (en-47).
            return None;
        }
        // ". . . ." after a space: an omission plus the period ("…period . . . . Next", en-45).
    } else if cl.ellipsis && !cl.other {
        // "…" and "...": mid-sentence before a lower-case word or a bracket ("[...] used",
        // en-44); a sentence end before a capital ("that.... She left", en-46).
        return if is_sentence_initial(nc) { candidate(cl.end) } else { None };
    }
    if nc.is_lowercase() {
        // "'This is great.' she said" (en-24): lower case continues the sentence; so does it
        // after an abbreviation the lists do not know ("meteor. si è", it-more-05).
        // Greek text breaks anyway ("δούλευε κανένας. το κόστος", el-01).
        if lang == Lang::El && cl.dots > 0 {
            return candidate(cl.end);
        }
        // A bare "?" or "!" ends a sentence before lower case in Cyrillic and other
        // non-Latin text ("– кім? не?", kk-02); in Latin text it is mostly a title or an
        // interjection ("Not only was Hey Ya! one of…", "Heavens! what a virulent attack!"),
        // and never inside a quotation ('"Stop!" she cried').
        let latin = char_before(text, cl.start).is_some_and(is_latin);
        if cl.other && !cl.quote && !cl.ellipsis && !latin {
            return candidate(cl.end);
        }
        return None;
    }
    if is_dash(nc) {
        // "voila! -- you have cake" (en-noclean-06), "бар? — деді" (kk-10): a dash then lower
        // case continues; "see? - Posted like…" (en-noclean-08) starts a new sentence.
        let mut k = next;
        while let Some(c) = char_at(text, k).filter(|&c| is_dash(c) || c == ' ') {
            k += c.len_utf8();
        }
        return if char_at(text, k).is_some_and(char::is_lowercase) { None } else { candidate(cl.end) };
    }
    if is_terminal(nc) && !wordy {
        // "! ! !" (en-issue-08): marks with no words between them are one unit.
        return None;
    }
    if char_at(text, cl.start) == Some('،') && (words < 4 || enumeration(text, next)) {
        // "ضغط الدم، والقلب،": a comma before a one-word item and another comma lists items;
        // after a short phrase ("نعم، وصلت") it is an ordinary comma.
        return None;
    }
    candidate(cl.end)
}

/// Whether the word at `from` ends in an Arabic comma (a list item), looking ahead a bounded
/// distance.
fn enumeration(text: &str, from: usize) -> bool {
    let mut k = from;
    while let Some(c) = char_at(text, k) {
        if c.is_whitespace() || k - from > 64 {
            return false;
        }
        if c == '،' {
            return true;
        }
        k += c.len_utf8();
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ends(text: &str, lang: Lang) -> Vec<&str> {
        find(text, lang).iter().map(|c| &text[..c.at]).collect()
    }

    #[test]
    fn punctuation_then_space_or_script_stop() {
        assert_eq!(ends("Hi there! Who is it?", Lang::En), ["Hi there!", "Hi there! Who is it?"]);
        assert_eq!(ends("これはペンです。それは", Lang::Ja), ["これはペンです。"]);
        assert!(ends("3.5 and Ph.D.-level", Lang::En).is_empty());
    }

    #[test]
    fn footnotes_and_editors_notes_stay_with_their_sentence() {
        let text =
            "It drains into the sea.[citation needed] The river is long.[12] Fish abound.[a] It floods.[note 3] Done.";
        assert_eq!(
            ends(text, Lang::En),
            [
                "It drains into the sea.[citation needed]",
                "It drains into the sea.[citation needed] The river is long.[12]",
                "It drains into the sea.[citation needed] The river is long.[12] Fish abound.[a]",
                "It drains into the sea.[citation needed] The river is long.[12] Fish abound.[a] It floods.[note 3]",
                text,
            ]
        );
        // A capitalised bracket, or one with a period or over 24 bytes, is no note.
        assert!(find("See the map.[Figure 2] shows it", Lang::En).is_empty());
        assert!(find("He left.[...] later", Lang::En).is_empty());
        assert!(find("He left.[this is a very long remark indeed] Then", Lang::En).is_empty());
    }

    #[test]
    fn ellipses() {
        assert_eq!(find("I mean...see . . . what", Lang::En), []);
        assert_eq!(ends("I never meant that.... She left.", Lang::En)[0], "I never meant that....");
        assert_eq!(ends("words. . . . The end", Lang::En)[0], "words.");
    }

    #[test]
    fn lower_case_and_dashes() {
        assert!(find("'This is great.' she said", Lang::En).is_empty());
        assert_eq!(find("What do you see? - Posted", Lang::En).len(), 1);
        assert!(find("Mix it -- voila! -- you have cake", Lang::En).is_empty());
    }
}
