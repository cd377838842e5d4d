//! Sentence segmentation: a named pipeline of small passes over the text.
//!
//! 1. [`lines`]: *hard breaks* from the line structure: blank lines, lines that are not
//!    prose (headline, caption, byline, `key value` metadata), a metadata prefix glued to a
//!    sentence; hard-wrapped prose is joined instead.
//! 2. [`candidates`]: every cluster of terminal marks that can end a sentence, judged by
//!    what follows it (space, case, dash, script).
//! 3. [`merge`]: undo false breaks after abbreviations, titles, initials, dotted acronyms,
//!    ordinals, URLs and e-mail addresses, and names like "Yahoo!".
//! 4. [`lists`]: numbered, lettered and bulleted list items start sentences.
//! 5. [`enclosures`]: undo breaks inside quotations and brackets.
//!
//! Each pass is linear in the text (bounded look-arounds, one stack), and the result is
//! lossless: sentence spans in order, on char boundaries, trimmed of surrounding
//! whitespace, with whitespace-only gaps between them.

mod candidates;
pub(crate) mod chars;
mod enclosures;
mod lines;
mod lists;
mod merge;
pub(crate) use merge::{is_time_zone, title_goes_on};
mod tables;

use crate::span::Span;
use crate::Lang;

/// Splits `text` into sentence spans (bytes), in order, each trimmed of surrounding
/// whitespace; whitespace-only text gives none. `lang` selects the abbreviation lists and
/// the few language-specific rules; [`Lang::Und`] uses the language-neutral rules only.
pub fn split_spans(text: &str, lang: Lang) -> Vec<Span> {
    let hard = lines::hard_breaks(text);
    let candidates = candidates::find(text, lang);
    let candidates = merge::filter(text, candidates, lang);
    let lists = lists::find(text);
    let soft: Vec<usize> =
        candidates.iter().map(|c| c.at).filter(|at| lists.remove.binary_search(at).is_err()).collect();
    let soft = enclosures::filter(text, soft, &hard);

    let mut breaks = hard;
    breaks.extend(soft);
    breaks.extend(lists.add);
    crate::sort::sort(&mut breaks);
    breaks.dedup();

    let mut spans = Vec::with_capacity(breaks.len() + 1);
    let mut start = 0;
    for b in breaks.into_iter().chain(std::iter::once(text.len())) {
        if b < start {
            continue;
        }
        if let Some(span) = trim(text, Span::new(start, b)) {
            spans.push(span);
        }
        start = b;
    }
    spans
}

/// The span shrunk to exclude surrounding whitespace (and a byte-order mark, U+FEFF: a file
/// read in JS keeps it), or `None` if nothing is left.
pub(crate) fn trim(text: &str, span: Span) -> Option<Span> {
    let s = &text[span.range()];
    let space = |c: char| c.is_whitespace() || c == '\u{feff}';
    let lead = s.len() - s.trim_start_matches(space).len();
    let t = s.trim_matches(space);
    (!t.is_empty()).then(|| Span::new(span.start + lead, span.start + lead + t.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        split_spans(text, Lang::En).into_iter().map(|s| &text[s.range()]).collect()
    }

    #[test]
    fn a_byte_order_mark_is_no_part_of_a_sentence() {
        assert_eq!(split("\u{feff}BOM first. Then more text here."), ["BOM first.", "Then more text here."]);
    }

    #[test]
    fn simple_sentences() {
        assert_eq!(split("Hello World. My name is Jonas."), ["Hello World.", "My name is Jonas."]);
        assert_eq!(split("What is your name? My name is Jonas!"), ["What is your name?", "My name is Jonas!"]);
    }

    #[test]
    fn abbreviations_and_initials_do_not_end_sentences() {
        assert_eq!(
            split("Dr. Jane O. Smith met Mr. Brown at 5 p.m. on Friday. They talked."),
            ["Dr. Jane O. Smith met Mr. Brown at 5 p.m. on Friday.", "They talked."]
        );
        assert_eq!(
            split("The price rose 3.5 percent in the U.S. market."),
            ["The price rose 3.5 percent in the U.S. market."]
        );
    }

    #[test]
    fn blank_lines_and_unpunctuated_lines_end_sentences() {
        assert_eq!(
            split("Storm hits coast\n\nThe storm arrived at dawn. Power failed."),
            ["Storm hits coast", "The storm arrived at dawn.", "Power failed."]
        );
    }

    #[test]
    fn quotes_stay_with_their_sentence() {
        assert_eq!(
            split("\"We will rebuild,\" she said. \"Stop!\" He ran."),
            ["\"We will rebuild,\" she said.", "\"Stop!\"", "He ran."]
        );
    }

    #[test]
    fn a_tokenized_closing_quote_ends_the_sentence_it_closes() {
        // Tokenized news sets quotes apart as `` and '' (the summarization corpora do).
        assert_eq!(
            split("`` We will rebuild . '' The mayor spoke at noon . `` Why ? '' he asked ."),
            ["`` We will rebuild . ''", "The mayor spoke at noon .", "`` Why ? '' he asked ."]
        );
        assert_eq!(
            split("Officials said the road was closed . '' It is over . ''"),
            ["Officials said the road was closed . ''", "It is over . ''"]
        );
        // A tokenized contraction ("I 've") opens no quote that takes the next breaks.
        assert_eq!(
            split("`` I 've had to adapt , '' she told the paper . She is training now . `` It is hard . ''"),
            ["`` I 've had to adapt , '' she told the paper .", "She is training now .", "`` It is hard . ''"]
        );
        // One apostrophe, or '' glued to a word, is not the tokenized quote.
        assert_eq!(split("It ended . 'Twas late."), ["It ended .", "'Twas late."]);
    }

    #[test]
    fn whitespace_only_gives_nothing() {
        assert!(split(" \n\t ").is_empty());
        assert!(split("").is_empty());
    }
}
