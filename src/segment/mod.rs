//! Sentence segmentation: a named pipeline of small passes over the text.
//!
//! 1. [`candidates`]: every place a sentence may end (terminal punctuation followed by
//!    space, blank lines, lines that are not prose).
//! 2. [`merge`]: undo false breaks (abbreviations, initials, numbers).
//!
//! The result is lossless: sentence spans in order, trimmed of surrounding whitespace, and
//! the gaps between them are whitespace only.

mod candidates;
mod merge;

use crate::span::Span;
use crate::Lang;

/// Splits `text` into sentence spans (bytes), in order, each trimmed of surrounding
/// whitespace; whitespace-only text gives none.
pub fn split_spans(text: &str, lang: Lang) -> Vec<Span> {
    let breaks = candidates::find(text);
    let breaks = merge::filter(text, breaks, lang);
    let mut spans = Vec::with_capacity(breaks.len() + 1);
    let mut start = 0;
    for b in breaks.into_iter().chain(std::iter::once(text.len())) {
        if let Some(span) = trim(text, Span::new(start, b)) {
            spans.push(span);
        }
        start = b;
    }
    spans
}

/// The span shrunk to exclude surrounding whitespace, or `None` if nothing is left.
pub(crate) fn trim(text: &str, span: Span) -> Option<Span> {
    let s = &text[span.range()];
    let lead = s.len() - s.trim_start().len();
    let t = s.trim();
    (!t.is_empty()).then(|| Span::new(span.start + lead, span.start + lead + t.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        split_spans(text, Lang::En).into_iter().map(|s| &text[s.range()]).collect()
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
    fn whitespace_only_gives_nothing() {
        assert!(split(" \n\t ").is_empty());
        assert!(split("").is_empty());
    }
}
