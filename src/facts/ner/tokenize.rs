//! Tokens as CoNLL-2003 cuts them: punctuation split off, possessives apart ("Bitar 's"),
//! abbreviations, initials and "U.S." whole. The tagger was trained on CoNLL's tokens, so
//! raw prose must be cut the same way before it is tagged.

use crate::case::Lower;
use crate::data::WordSet;
use crate::span::Span;

static ABBREVIATIONS: WordSet = WordSet::new(crate::data_file!("en/abbreviations.txt"));
/// US state abbreviations ("Calif.") are words with their period, as in CoNLL.
static STATES: WordSet = WordSet::new(crate::data_file!("en/us_states.txt"));

/// Characters split off the front of a word: quotes and opening brackets.
fn is_leading(c: char) -> bool {
    matches!(c, '"' | '\'' | '(' | '[' | '{' | '`' | '“' | '‘' | '«' | '„')
}

/// Characters split off the end of a word (the period is decided apart).
fn is_trailing(c: char) -> bool {
    matches!(c, '"' | '\'' | ')' | ']' | '}' | ',' | ';' | ':' | '!' | '?' | '”' | '’' | '»' | '…')
}

/// Clitics that are tokens of their own in CoNLL ("Germany 's", "do n't").
fn is_clitic(word: &str) -> bool {
    // At most three chars, one of them an apostrophe: "n’t" is 5 bytes.
    word.len() <= 5 && CLITICS.iter().any(|c| word.chars().count() == c.len() && ends_with_clitic(word, c))
}

/// The clitics, as CoNLL writes them.
const CLITICS: [&str; 7] = ["'s", "n't", "'re", "'ve", "'ll", "'d", "'m"];

/// Whether `word` ends with `clitic` in any case, `’` counting as `'`. No allocation: this
/// runs on every word (issue 8).
fn ends_with_clitic(word: &str, clitic: &str) -> bool {
    let mut w = word.chars().rev();
    clitic
        .chars()
        .rev()
        .all(|c| w.next().is_some_and(|x| if x == '’' { c == '\'' } else { x.to_ascii_lowercase() == c }))
}

/// Whether a final period belongs to the word before it: "Mr.", "Inc.", "U.S.", "J.",
/// and list numbers at the start of a line ("1. Jan Ullrich").
fn keeps_period(core: &str, first_on_line: bool) -> bool {
    if core.is_empty() {
        return false;
    }
    let mut chars = core.chars();
    let first = chars.next().unwrap_or(' ');
    if first.is_alphabetic() && chars.next().is_none() {
        return true; // an initial: "J."
    }
    if core.contains('.') && core.chars().all(|c| c.is_alphabetic() || c == '.') {
        return true; // "U.S", "p.m"
    }
    if first_on_line && core.len() <= 3 && core.bytes().all(|b| b.is_ascii_digit()) {
        return true;
    }
    // (No listed word is longer than 16 bytes: a long run such as "”\".”\".…" is not
    // lower-cased again for each period peeled off it.)
    core.len() <= 16
        && (ABBREVIATIONS.contains(core.lower().as_str()) || STATES.contains([core, "."].concat().as_str()))
}

/// Splits `text[span]` into tokens (byte spans into `text`), CoNLL style.
///
/// # Example
/// ```
/// use brevity::facts::ner::tokenize;
/// let text = "Mr. Macron's visit to the U.S. (Washington) ended.";
/// let words: Vec<&str> = tokenize::tokens(text).iter().map(|s| &text[s.range()]).collect();
/// assert_eq!(words, ["Mr.", "Macron", "'s", "visit", "to", "the", "U.S.", "(", "Washington", ")", "ended", "."]);
/// ```
pub fn tokens(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    tokens_into(text, &mut out, &mut Vec::new());
    out
}

/// [`tokens`] appended to `out`, with a buffer the caller keeps: the tagger cuts every
/// line of a text, and a list per line and per punctuated word was an allocation each
/// (issue 8).
pub(crate) fn tokens_into(text: &str, out: &mut Vec<Span>, tail: &mut Vec<Span>) {
    let base = out.len();
    let mut end = 0;
    // The whitespace scanner of the sentence-kind tests, which steps over ASCII bytes
    // rather than decoding chars (issue 8).
    for word in crate::tokens::split_whitespace(text) {
        let start = word.as_ptr() as usize - text.as_ptr() as usize;
        // Read only by the first chunk of the text (see `chunk`): the gap is not searched
        // for a line break before every word.
        let first_on_line = end == 0 || (out.len() == base && text[end..start].contains('\n'));
        end = start + word.len();
        chunk(text, (start, end), first_on_line, base, out, tail);
    }
}

/// Cuts one whitespace-free chunk `text[start..end]`. `out[base..]` holds the tokens of the
/// text so far; `tail` is a buffer.
fn chunk(
    text: &str,
    (mut start, mut end): (usize, usize),
    first_on_line: bool,
    base: usize,
    out: &mut Vec<Span>,
    tail: &mut Vec<Span>,
) {
    let whole = &text[start..end];
    if whole.bytes().all(|b| b.is_ascii_alphanumeric()) {
        out.push(Span::new(start, end)); // nothing to split off (most words)
        return;
    }
    if is_clitic(whole) {
        out.push(Span::new(start, end));
        return;
    }
    // Leading quotes and brackets, one token each.
    while let Some(c) = text[start..end].chars().next() {
        if !is_leading(c) || start + c.len_utf8() == end {
            break;
        }
        // "'s" after a leading quote is still a clitic only when it is the whole rest.
        out.push(Span::new(start, start + c.len_utf8()));
        start += c.len_utf8();
    }
    // Trailing punctuation, collected back to front.
    tail.clear();
    loop {
        let rest = &text[start..end];
        if rest.len() <= 1 {
            break;
        }
        if rest.ends_with("...") && rest.len() > 3 {
            tail.push(Span::new(end - 3, end));
            end -= 3;
            continue;
        }
        let Some(c) = rest.chars().next_back() else { break };
        if c == '.' {
            let core = &rest[..rest.len() - 1];
            if keeps_period(core, first_on_line && out.len() == base) {
                break;
            }
            tail.push(Span::new(end - 1, end));
            end -= 1;
            continue;
        }
        if is_trailing(c) {
            // "players'" keeps its apostrophe as a token of its own; "rock'n'roll" is one word.
            tail.push(Span::new(end - c.len_utf8(), end));
            end -= c.len_utf8();
            continue;
        }
        break;
    }
    core(text, start, end, out);
    out.extend(tail.drain(..).rev());
}

/// The word left after punctuation: possessives and "n't" split off, dashes split.
fn core(text: &str, mut start: usize, end: usize, out: &mut Vec<Span>) {
    // The word's em and en dashes, found once: a word of many ("a—b—c…", "ab/cd/ab/cd…",
    // a megabyte without spaces) is cut piece by piece in this loop, left to right, each
    // piece read once, not again from each cut (quadratic, and a call deeper each).
    let first = start;
    let mut dashes = text[start..end]
        .char_indices()
        .filter(|&(_, c)| c == '—' || c == '–')
        .map(move |(i, c)| (first + i, c.len_utf8()))
        .peekable();
    loop {
        if start >= end {
            return;
        }
        let word = &text[start..end];
        // Plain ASCII letters and digits hold no dash, slash or apostrophe: one token. Most
        // words are such; the checks below walk the word's chars many times (issue 8).
        if word.bytes().all(|b| b.is_ascii_alphanumeric()) {
            out.push(Span::new(start, end));
            return;
        }
        // "war—and": em and en dashes between words separate them.
        while dashes.next_if(|&(i, _)| i <= start).is_some() {}
        if let Some(&(i, len)) = dashes.peek() {
            if i + len < end {
                core(text, start, i, out);
                out.push(Span::new(i, i + len));
                start = i + len;
                continue;
            }
        }
        // "Reuters/Temilade Adelaja" (a photo credit): a slash between two words separates
        // them; CoNLL has no such token, while "52/48" and "w/o" stay whole.
        let letters_around = |i: usize| {
            let before = word[..i].chars().rev().take(2).filter(|c| c.is_alphabetic()).count() == 2;
            let after = word[i + 1..].chars().take(2).filter(|c| c.is_alphabetic()).count() == 2;
            before && after
        };
        if let Some(i) = word.char_indices().find(|&(i, c)| c == '/' && letters_around(i)).map(|(i, _)| i) {
            core(text, start, start + i, out);
            out.push(Span::new(start + i, start + i + 1));
            start += i + 1;
            continue;
        }
        for clitic in CLITICS {
            if word.chars().nth(clitic.len()).is_some() && ends_with_clitic(word, clitic) {
                let cut = end - clitic_bytes(word, clitic.chars().count());
                out.push(Span::new(start, cut));
                out.push(Span::new(cut, end));
                return;
            }
        }
        out.push(Span::new(start, end));
        return;
    }
}

/// Bytes taken by the last `n` chars of `word`.
fn clitic_bytes(word: &str, n: usize) -> usize {
    word.chars().rev().take(n).map(char::len_utf8).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokens(text).iter().map(|s| &text[s.range()]).collect()
    }

    #[test]
    fn splits_punctuation_and_possessives_like_conll() {
        assert_eq!(words("Germany's plan, \"clear\"."), ["Germany", "'s", "plan", ",", "\"", "clear", "\"", "."]);
        assert_eq!(words("It didn’t work."), ["It", "did", "n’t", "work", "."]);
        // "I've" is a pronoun and a clitic, not a name (bbc-sport-338: "I've" as a person).
        assert_eq!(words("I've said I'd go."), ["I", "'ve", "said", "I", "'d", "go", "."]);
        assert_eq!(words("the players' union"), ["the", "players", "'", "union"]);
        assert_eq!(
            words("Photo: Reuters/Jane Doe, 52/48"),
            ["Photo", ":", "Reuters", "/", "Jane", "Doe", ",", "52/48"]
        );
    }

    #[test]
    fn keeps_abbreviations_initials_and_hyphenated_names() {
        assert_eq!(
            words("Dr. J. Smith of Acme Inc. flew to Mazar-i-Sharif."),
            ["Dr.", "J.", "Smith", "of", "Acme", "Inc.", "flew", "to", "Mazar-i-Sharif", "."]
        );
        assert_eq!(words("1. Jan Ullrich"), ["1.", "Jan", "Ullrich"]);
        assert_eq!(words("It rose 5."), ["It", "rose", "5", "."]);
    }

    #[test]
    fn conll_tokens_joined_by_spaces_come_back_unchanged() {
        let text = "Bitar 's ( AFP ) -- U.S. 1996-12-06 ' ...";
        assert_eq!(words(text), text.split(' ').collect::<Vec<_>>());
    }
}
