//! Pass 1: line structure. Pasted web text uses line breaks as sentence ends (a headline,
//! a caption, a byline, a `key value` line); hard-wrapped prose (a novel wrapped at 70
//! columns) uses them as spaces. This pass finds the *hard breaks*: positions that always end
//! a sentence and that no later pass removes.

use super::chars::{char_at, is_closer, is_terminal};
use crate::data::{MONTH_WORDS as MONTHS, WEEKDAY_WORDS as WEEKDAYS};
use crate::words::{words, Words};

/// One line: byte range (without the `\n`), visible length in chars, first word's length.
struct Line {
    end: usize,
    len: usize,
    first_word: usize,
    /// The line ends in a space or tab before its line break.
    trailing_space: bool,
    first: Option<char>,
    last: Option<char>,
    /// The line ends with a paragraph separator (U+2029) or a form feed.
    paragraph_end: bool,
}

/// Sorted byte offsets that always end a sentence.
pub(super) fn hard_breaks(text: &str) -> Vec<usize> {
    let mut lines = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut at = 0;
    loop {
        // (No ASCII char after "\r" ends a line: most are passed at once, eight at a time.)
        let i = crate::bytes::skip_ascii_from(bytes, at, 0x0e);
        let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else { break };
        at = i + c.len_utf8();
        // "\n", "\r\n", a lone "\r" (old Mac files), and the Unicode line and paragraph
        // separators all end a line; a paragraph separator or form feed also ends a paragraph.
        let para = matches!(c, '\u{2029}' | '\u{000C}');
        let lone_cr = c == '\r' && bytes.get(i + 1) != Some(&b'\n');
        if c == '\n' || lone_cr || para || matches!(c, '\u{2028}' | '\u{0085}' | '\u{000B}') {
            let mut l = line(text, start, i);
            l.paragraph_end = para;
            lines.push(l);
            start = i + c.len_utf8();
        }
    }
    lines.push(line(text, start, text.len()));

    let width = wrap_width(&lines);
    let mut out = Vec::new();
    for pair in lines.windows(2) {
        let (this, next) = (&pair[0], &pair[1]);
        if this.len == 0 {
            continue;
        }
        // "Storm hits coast\n\nThe storm…": a blank line always ends a sentence.
        if next.len == 0 || this.paragraph_end {
            out.push(this.end);
            continue;
        }
        // ".", "," or ")" opening a line belongs to the line before ("…for pricing\n.",
        // en-clean-25).
        if next.first.is_some_and(|c| matches!(c, '.' | ',' | ';' | ':' | ')' | ']' | '!' | '?')) {
            continue;
        }
        // Text extracted from PDFs keeps the word space before a wrap: "It was a cold \nnight
        // in the city." (en-clean-06), "…up to 400 yd \n( 365.8 m )." (en-clean-33).
        // ("i) Hello world. \nii) Hello world." keeps its break, en-clean-82.)
        if this.trailing_space
            && !this.last.is_some_and(|c| is_terminal(c) || is_closer(c))
            && next.first.is_some_and(|c| c.is_lowercase() || c.is_ascii_digit() || c == '(')
        {
            continue;
        }
        // In hard-wrapped prose a line break is a space when the next word would not have
        // fitted on this line ("…family estates of the\nBuonapartes.", scale/war_and_peace).
        if let Some(w) = width {
            if (this.len + 1 + next.first_word) * 4 >= w * 3 {
                continue;
            }
        }
        // Otherwise a line is its own unit: a headline, a caption, a byline, a `key value`
        // line ("…at no cost\nyou may copy it…" are two sentences, en-issue-18).
        out.push(this.end);
    }
    // A `date 2023-05-01 Officials said…` prefix glued to a paragraph's first sentence is
    // metadata, not prose: it becomes its own sentence so a summary can leave it out.
    let mut with_meta = Vec::with_capacity(out.len() + 1);
    if let Some(b) = metadata_prefix(text, 0) {
        with_meta.push(b);
    }
    for &b in &out {
        with_meta.push(b);
        if let Some(m) = metadata_prefix(text, b) {
            with_meta.push(m);
        }
    }
    with_meta
}

fn line(text: &str, start: usize, end: usize) -> Line {
    let raw = &text[start..end];
    let s = raw.trim();
    // Counted eight bytes at a time: a line of a text without line breaks is all of it
    // (1 MB of digits: 2 % of Node's `split`, at 3× native, issue 8).
    let len = crate::bytes::char_count(s);
    let first_word = crate::tokens::split_whitespace(s).next().map_or(0, crate::bytes::char_count);
    let trailing_space = raw.trim_end_matches(&['\r'][..]).ends_with(&[' ', '\t'][..]);
    Line {
        end,
        len,
        first_word,
        trailing_space,
        first: s.chars().next(),
        last: s.chars().next_back(),
        paragraph_end: false,
    }
}

/// The wrap width (in chars) when the text is hard-wrapped prose: at least three lines are
/// followed by another line of the same paragraph, at least 30 % of those by a line that
/// does not open with a capital, the longest of them (90th percentile) are 40–120 chars
/// wide, and most of them are filled to at least 60 % of that width. Pasted web text (one
/// line a paragraph, or short headline lines) gives `None`.
fn wrap_width(lines: &[Line]) -> Option<usize> {
    const CAP: usize = 256;
    let mut histogram = [0usize; CAP + 1];
    let (mut inner, mut uncapitalised) = (0, 0);
    for pair in lines.windows(2) {
        if pair[0].len > 0 && pair[1].len > 0 {
            histogram[pair[0].len.min(CAP)] += 1;
            inner += 1;
            uncapitalised += usize::from(!pair[1].first.is_some_and(char::is_uppercase));
        }
    }
    // Wrapped prose goes on in lower case on many of its lines; a page's head (a headline, a
    // standfirst, a byline, each on a line of its own) opens every line with a capital.
    if inner < 3 || uncapitalised * 10 < inner * 3 {
        return None;
    }
    let mut seen = 0;
    let mut p90 = CAP;
    for (len, &n) in histogram.iter().enumerate() {
        seen += n;
        if seen * 10 >= inner * 9 {
            p90 = len;
            break;
        }
    }
    if !(40..=120).contains(&p90) {
        return None;
    }
    let filled: usize = histogram[(p90 * 6).div_ceil(10)..].iter().sum();
    (filled * 10 >= inner * 6).then_some(p90)
}

/// Keys of a metadata line ("date 2023-05-01", "Updated: 2023-05-01 10:00").
const META_KEYS: Words = words!["date", "dated", "updated", "published", "posted", "created", "modified", "timestamp"];

/// "AM", "PM"; the time zones are `merge::is_time_zone`'s, in capitals or lower case.
const TIME_WORDS: Words = words!["am", "pm", "a.m.", "p.m."];

/// The end of a `key value` metadata prefix that starts the block at `from` and is glued to
/// a sentence ("date 2023-05-01 Officials said…"): a key, one or more date or time tokens,
/// then a capitalised word. Looks at most a few tokens ahead.
fn metadata_prefix(text: &str, from: usize) -> Option<usize> {
    // A bounded window keeps this constant-time per block (no scan to a far-away space).
    let mut window_end = (from + 160).min(text.len());
    while !text.is_char_boundary(window_end) {
        window_end -= 1;
    }
    let window = &text[from..window_end];
    let start = from + (window.len() - window.trim_start().len());
    let line = text[start..window_end].split('\n').next().unwrap_or("");
    let mut tokens = line.split(&[' ', '\t'][..]).filter(|t| !t.is_empty()).peekable();
    let key = tokens.next()?.trim_end_matches(&[':'][..]);
    if !META_KEYS.iter().any(|k| k.eq_ignore_ascii_case(key)) {
        return None;
    }
    let mut end = None;
    let mut dated = false;
    let is_numeric = |bare: &str| {
        bare.chars().any(|c| c.is_ascii_digit())
            && bare.chars().all(|c| c.is_ascii_digit() || matches!(c, '-' | '/' | ':' | '.' | '+' | 'T' | 'Z'))
    };
    for _ in 0..8 {
        let Some(token) = tokens.next() else { break };
        let bare = token.trim_end_matches(&[',', ';'][..]);
        let lower = bare.to_ascii_lowercase();
        let numeric = is_numeric(bare);
        // A day name inside the date ("Updated 10:14 AM EDT, Tue March 14, 2023"): before a
        // comma, a number or a month, not a sentence's first word ("Monday officials said").
        let weekday = WEEKDAYS.contains(lower.trim_end_matches(&['.'][..]))
            && (token.ends_with(',')
                || tokens.peek().is_some_and(|n| {
                    let n = n.trim_end_matches(&[',', '.'][..]);
                    is_numeric(n) || MONTHS.contains(n.to_ascii_lowercase().as_str())
                }));
        if numeric
            || weekday
            || MONTHS.contains(lower.trim_end_matches(&['.'][..]))
            || TIME_WORDS.contains(lower.as_str())
            || super::merge::is_time_zone(&lower.to_ascii_uppercase())
        {
            dated |= numeric;
            // The token's end: its offset inside `text` plus its length.
            end = Some(token.as_ptr() as usize - text.as_ptr() as usize + token.len());
            continue;
        }
        let capital = char_at(token, 0).is_some_and(char::is_uppercase);
        return (dated && capital).then_some(end?);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        let mut start = 0;
        for b in hard_breaks(text).into_iter().chain([text.len()]) {
            let p = text[start..b].trim();
            if !p.is_empty() {
                out.push(p);
            }
            start = b;
        }
        out
    }

    #[test]
    fn blank_and_unpunctuated_lines_end_sentences() {
        assert_eq!(
            pieces("Storm hits coast\nBy Jane Doe\n\nThe storm arrived. It rained."),
            ["Storm hits coast", "By Jane Doe", "The storm arrived. It rained."]
        );
    }

    #[test]
    fn every_line_break_convention() {
        assert_eq!(pieces("Headline\rBody text."), ["Headline", "Body text."]);
        assert_eq!(pieces("Headline\r\nBody text."), ["Headline", "Body text."]);
        assert_eq!(pieces("One\u{2029}Two\u{2028}Three"), ["One", "Two", "Three"]);
    }

    #[test]
    fn hard_wrapped_prose_is_joined() {
        let text = "The old ferryman had worked the crossing for forty years and knew\n\
                    every current of the river, every sandbar and every snag that\n\
                    might catch a careless boat, and he said so to anyone who would\n\
                    listen to him on the long evenings by the fire.\n\n\
                    Nobody listened.";
        let p = pieces(text);
        assert_eq!(p.len(), 2, "{p:?}");
        assert!(p[0].starts_with("The old ferryman") && p[1] == "Nobody listened.");
    }

    #[test]
    fn a_page_head_of_long_lines_is_not_wrapped_prose() {
        // A headline, a standfirst and a byline each on its line, as wide as wrapped prose:
        // every line opens with a capital, so no line is joined to the next.
        let text = "Council approves plan to raise city taxes by two percent\n\
                    Mayor says the increase is needed to pay for schools\n\
                    By Jane Doe, Senior Political Correspondent\n\
                    The council met on Monday to discuss the budget. Members voted to raise taxes by 2%.";
        let p = pieces(text);
        assert_eq!(p.len(), 4, "{p:?}");
        assert_eq!(p[2], "By Jane Doe, Senior Political Correspondent");
    }

    #[test]
    fn glued_metadata_prefix_is_its_own_piece() {
        assert_eq!(
            pieces("date 2023-05-01 Officials said the bridge would close."),
            ["date 2023-05-01", "Officials said the bridge would close."]
        );
        assert_eq!(pieces("Updated: May 3, 2023 10:15 ET Rain fell."), ["Updated: May 3, 2023 10:15 ET", "Rain fell."]);
        // Not metadata: no date value, or the key is an ordinary word in prose.
        assert_eq!(pieces("date night was fun."), ["date night was fun."]);
        // A day name inside the date is part of it; before a sentence's own words it is not.
        assert_eq!(
            pieces("Updated 10:14 AM EDT, Tue March 14, 2023 Rain fell."),
            ["Updated 10:14 AM EDT, Tue March 14, 2023", "Rain fell."]
        );
        assert_eq!(
            pieces("Updated 6:42 PM PDT, Sat August 15, 2026 Fire spread."),
            ["Updated 6:42 PM PDT, Sat August 15, 2026", "Fire spread."]
        );
        assert_eq!(pieces("Published 2023-05-01 Monday Rain fell."), ["Published 2023-05-01", "Monday Rain fell."]);
    }
}
