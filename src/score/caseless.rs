//! Sentence ends in lower-cased text, where the case of the next word says nothing.
//!
//! The splitter keeps a period followed by a lower-case word inside the sentence ("…," he
//! said.), which is right for ordinary text, but a lower-cased text (the CNN/DailyMail
//! `cnndm_lower_dev` articles: "… over iran . his comments to the new york times …") then
//! comes out as a few huge "sentences" and no summary can be picked from them. When a text
//! has no case, this pass adds the breaks the splitter left out; on text with case it
//! changes nothing.

use crate::data::WordSet;
use crate::span::Span;

static EN_ABBREVIATIONS: WordSet = WordSet::new(crate::data_file!("en/abbreviations.txt"));

/// Whether `text` is lower-cased: enough cased letters, and almost none upper case.
pub fn is_caseless(text: &str) -> bool {
    let (mut upper, mut lower) = (0usize, 0usize);
    // ASCII eight bytes at a time: chars one by one were 5–10 % of `summarize` of the
    // pathological inputs, natively and in Node (issue 8).
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if let Some(w) = crate::bytes::ascii_word(b, i) {
            upper += crate::bytes::in_range(w, b'A', b'Z').count_ones() as usize;
            lower += crate::bytes::in_range(w, b'a', b'z').count_ones() as usize;
            i += 8;
            continue;
        }
        // `i` is a char boundary: it moves by whole chars or by eight ASCII bytes.
        let Some(c) = text[i..].chars().next() else { break };
        if c.is_uppercase() {
            upper += 1;
        } else if c.is_lowercase() {
            lower += 1;
        }
        i += c.len_utf8();
    }
    // A stray capital (a unit, a name left cased) must not switch this off: 1 in 200.
    lower >= 20 && upper * 200 < lower
}

/// `spans` with further breaks at sentence ends followed by a lower-case word, when the
/// text is caseless (see [`is_caseless`]); otherwise `spans` unchanged.
pub fn refine(text: &str, spans: Vec<Span>) -> Vec<Span> {
    if !is_caseless(text) {
        return spans;
    }
    let mut out = Vec::with_capacity(spans.len() * 2);
    for span in spans {
        let mut start = span.start;
        for b in breaks(&text[span.range()]) {
            push_trimmed(text, Span::new(start, span.start + b), &mut out);
            start = span.start + b;
        }
        push_trimmed(text, Span::new(start, span.end), &mut out);
    }
    out
}

fn push_trimmed(text: &str, span: Span, out: &mut Vec<Span>) {
    let s = &text[span.range()];
    let lead = s.len() - s.trim_start().len();
    let t = s.trim();
    if !t.is_empty() {
        out.push(Span::new(span.start + lead, span.start + lead + t.len()));
    }
}

/// Offsets inside `s` after which a new sentence starts.
fn breaks(s: &str) -> Vec<usize> {
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        if !matches!(c, b'.' | b'!' | b'?') {
            i += 1;
            continue;
        }
        let mark = i;
        let mut j = i + 1;
        while j < bytes.len() && matches!(bytes[j], b'.' | b'!' | b'?') {
            j += 1;
        }
        let mut end = j;
        // "… the table . '' the framework …": a closing quote token belongs to the sentence.
        let mut k = skip_spaces(s, j);
        if k > j && bytes[k..].starts_with(b"''") && !matches!(bytes.get(k + 2), Some(b) if !b.is_ascii_whitespace()) {
            end = k + 2;
            k = skip_spaces(s, end);
        } else if k == j && matches!(bytes.get(j), Some(b'"' | b'\'')) {
            // "… he said.' the next …" (untokenized): the glued quote closes it.
            end = j + 1;
            k = skip_spaces(s, end);
        }
        i = j;
        if k == end || k >= bytes.len() {
            continue;
        }
        if ends_sentence(s, mark) && starts_sentence(&s[k..]) && !title_before(s, mark, k) {
            out.push(end);
        }
    }
    out
}

/// The offset of the first non-space at or after `k` (any Unicode space: "monday.\u{a0}it").
fn skip_spaces(s: &str, k: usize) -> usize {
    let rest = &s[k..];
    k + rest.len() - rest.trim_start().len()
}

/// Whether the mark at `mark` ends a sentence: a stand-alone token (" . ", tokenized text),
/// "!" or "?", or a period after a word that is not an abbreviation or an initial.
fn ends_sentence(s: &str, mark: usize) -> bool {
    let before = &s[..mark];
    if s.as_bytes()[mark] != b'.' || before.is_empty() || before.ends_with(char::is_whitespace) {
        return !before.trim().is_empty();
    }
    // (The separator may be a no-break space, two bytes long.)
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || c == '(' || c == '"')
        .map_or(0, |(p, c)| p + c.len_utf8());
    let word = &before[word_start..];
    // "u.s." / "st." / "j." / "no." stay inside the sentence, as "1." of a list does.
    let single = word.chars().count() == 1;
    let dotted = word.contains('.');
    let numeric = word.chars().all(|c| c.is_ascii_digit());
    !(single || dotted || numeric || EN_ABBREVIATIONS.contains(word))
}

/// Whether the mark at `mark` is a period set apart from a title that goes on into the word
/// at `k` (tokenized text: "utah gov . gary herbert", "sgt . bill tate said", "no . 1").
fn title_before(s: &str, mark: usize, k: usize) -> bool {
    let Some(before) = s[..mark].strip_suffix(' ') else {
        return false;
    };
    // (The space before the word may be any, "\u{2028}" three bytes long.)
    let start = before.char_indices().rev().find(|&(_, c)| c.is_whitespace()).map_or(0, |(p, c)| p + c.len_utf8());
    let word = &before[start..];
    !word.is_empty() && crate::segment::title_goes_on(word, s, k)
}

/// Whether a sentence can start here: a word, a number or an opening quote or bracket.
fn starts_sentence(rest: &str) -> bool {
    rest.chars().next().is_some_and(|c| c.is_alphanumeric() || matches!(c, '`' | '\'' | '"' | '(' | '‘' | '“'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        let whole = vec![Span::new(0, text.len())];
        refine(text, whole).into_iter().map(|s| &text[s.range()]).collect()
    }

    #[test]
    fn splits_tokenized_lower_case_text() {
        // The shape of the cnndm_lower_dev articles: PTB tokens, no capitals.
        let text = "washington ( cnn ) the president says he is `` committed '' to the deal . \
                    his comments came on sunday . `` we will stand by them , '' he said . '' \
                    the talks resume in june in the u.s. capital .";
        assert_eq!(
            split(text),
            [
                "washington ( cnn ) the president says he is `` committed '' to the deal .",
                "his comments came on sunday .",
                "`` we will stand by them , '' he said . ''",
                "the talks resume in june in the u.s. capital .",
            ]
        );
    }

    #[test]
    fn a_title_set_apart_from_its_period_goes_on_into_the_name() {
        let text = "last month , utah gov . gary herbert signed a law . sheriff 's office sgt . bill tate \
                    said it was the no . 1 cause . he said no . then the rev . humphrey peter spoke .";
        assert_eq!(
            split(text),
            [
                "last month , utah gov . gary herbert signed a law .",
                "sheriff 's office sgt . bill tate said it was the no . 1 cause .",
                "he said no .",
                "then the rev . humphrey peter spoke .",
            ]
        );
    }

    #[test]
    fn keeps_abbreviations_and_initials_in_untokenized_lower_case_text() {
        let text = "dr. jane o. smith met mr. brown at the st. james hotel on friday. they talked for an hour.";
        assert_eq!(
            split(text),
            ["dr. jane o. smith met mr. brown at the st. james hotel on friday.", "they talked for an hour."]
        );
    }

    #[test]
    fn no_break_space_before_a_period_is_a_char_boundary() {
        let text = "the price of oil rose again on monday.\u{a0}it fell back on tuesday, traders said.";
        assert_eq!(split(text).len(), 2);
    }

    #[test]
    fn leaves_text_with_case_alone() {
        let text = "He said it was over. \"It is done,\" he said. then he left the room for good that day.";
        assert_eq!(split(text), [text]);
        assert!(!is_caseless(text));
    }

    #[test]
    fn one_capital_in_two_hundred_cased_letters_counts_wherever_it_stands() {
        // The ASCII words are counted eight bytes at a time; the capital, ASCII or not,
        // falls at every offset of a word.
        for capital in ["A", "É", "Ж"] {
            for at in 0..=16 {
                let letters = "abcdefghijklmnopqrstuvwxyz ".repeat(8);
                let (head, tail) = letters.split_at(at);
                let text = |letters: usize| format!("{head}{capital}{tail}{}", "é".repeat(letters));
                // 208 lower-case ASCII letters, and 0 or 1 more "é": 200 × 1 < 208 either way.
                assert!(is_caseless(&text(0)), "{capital} at {at}");
                let lower_only = format!("{head}{tail}");
                assert!(is_caseless(&lower_only));
                let many = format!("{head}{capital}{capital}{tail}");
                assert!(!is_caseless(&many), "{capital}{capital} at {at}");
            }
        }
        assert!(!is_caseless("ÉÉÉ abc"));
        assert!(!is_caseless(&"é".repeat(19)));
        assert!(is_caseless(&"é".repeat(20)));
    }
}
