//! Pass 2: undo false breaks after abbreviations, initials and numbers.

use crate::data::WordSet;
use crate::Lang;

static EN_ABBREVIATIONS: WordSet = WordSet::new(include_str!("../data/en/abbreviations.txt"));

/// Keeps the breaks that are real sentence ends.
pub(super) fn filter(text: &str, breaks: Vec<usize>, lang: Lang) -> Vec<usize> {
    breaks.into_iter().filter(|&b| !false_break(text, b, lang)).collect()
}

fn false_break(text: &str, b: usize, _lang: Lang) -> bool {
    let before = &text[..b];
    if !before.ends_with('.') || before.ends_with("..") {
        return false;
    }
    // The word that carries the period: "Dr." / "U.S." / "O."
    // The separator may be wider than a byte (U+3000, U+00A0): step over its whole width.
    let word_start = before
        .char_indices()
        .rfind(|&(_, c)| c.is_whitespace() || c == '(' || c == '"')
        .map_or(0, |(p, c)| p + c.len_utf8());
    let word = &before[word_start..before.len() - 1];
    if word.is_empty() {
        return false;
    }
    let lower = word.to_lowercase();
    let next = text[b..].trim_start().chars().next();
    // "Jane O. Smith": a single capital letter is an initial.
    if word.chars().count() == 1 && word.chars().all(char::is_uppercase) {
        return true;
    }
    // "at 5 p.m. on Friday" but "at 5 p.m. The next day": an abbreviation that can end a
    // sentence ends it when the next word is capitalised and not a name-like continuation.
    let sentence_final_ok =
        matches!(lower.as_str(), "a.m" | "p.m" | "etc" | "u.s" | "u.k" | "inc" | "ltd" | "co" | "corp" | "jr" | "sr");
    if EN_ABBREVIATIONS.contains(lower.as_str()) {
        if sentence_final_ok {
            return next.is_some_and(|c| !c.is_uppercase());
        }
        return true;
    }
    // Dotted acronyms not in the list ("N.A.S.A."): letters separated by periods.
    if word.contains('.') && word.split('.').all(|p| p.chars().count() == 1) {
        return next.is_some_and(|c| !c.is_uppercase());
    }
    false
}
