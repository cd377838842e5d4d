//! Pass 5: undo breaks inside quotations and brackets. "„Prieskumy beriem na ľahkú váhu.
//! V podstate ma to nezaujíma,“ reagoval Matovič" (sk-02) is one sentence; so is a
//! parenthesis with a full stop inside ("(«Егемен Қазақстан», 7 қыркүйек 2012 жыл.
//! №590-591); Бұл…", kk-07) and an exclamation inside a title ("《摔跤吧！爸爸》", zh-02).
//!
//! A quotation or bracket longer than [`MAX_SPAN`] keeps its sentences: a speech of several
//! long sentences ("“You don’t understand why I say this,” he continued, “but it is the
//! whole story of life. …”", scale/war_and_peace) is still split.
//!
//! Quotes are paired with a stack, one scan: whether a quote mark opens or closes is read
//! from its sides (a space or bracket before and a letter after opens; the reverse closes),
//! so `“` closes German „…“ and opens English “…”. Pairs never cross a hard break, span at
//! most [`MAX_SPAN`] bytes, and unmatched marks are ignored, so one stray quote cannot
//! swallow a paragraph.

use std::collections::VecDeque;

use super::chars::{char_at, char_before, is_dash, is_format};

/// The longest quotation or bracket (bytes) whose inner breaks are undone; longer ones keep
/// their sentences (a quoted speech of several paragraphs is still split).
const MAX_SPAN: usize = 400;
/// How deep the stack is searched for a matching opener, and how deep it grows.
const SEARCH: usize = 8;
const DEPTH: usize = 256;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Family {
    Round,
    Square,
    Curly,
    Corner,
    WhiteCorner,
    DoubleAngle,
    Angle,
    Lenticular,
    Tortoise,
    /// " “ ” „ ＂
    Double,
    /// ' ‘ ’ ‚
    Single,
    /// « »
    Guillemet,
    /// ‹ ›
    SingleGuillemet,
}

enum Role {
    Open(Family),
    Close(Family),
    /// A straight quote whose sides do not tell: closes an open one, else opens.
    Either(Family),
}

/// The breaks not inside a quotation or bracket pair.
pub(super) fn filter(text: &str, breaks: Vec<usize>, hard: &[usize]) -> Vec<usize> {
    let spans = pairs(text, hard);
    if spans.is_empty() {
        return breaks;
    }
    // A break at `b` is inside (open, close) when open < b <= close; sweep with a depth count.
    let mut events: Vec<(usize, i32)> = Vec::with_capacity(spans.len() * 2);
    for (open, close) in spans {
        events.push((open + 1, 1));
        events.push((close + 1, -1));
    }
    crate::sort::sort(&mut events);
    let mut depth = 0;
    let mut e = 0;
    breaks
        .into_iter()
        .filter(|&b| {
            while e < events.len() && events[e].0 <= b {
                depth += events[e].1;
                e += 1;
            }
            depth == 0
        })
        .collect()
}

/// Matched (open, close) byte offsets of quote and bracket pairs.
fn pairs(text: &str, hard: &[usize]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut stack: VecDeque<(Family, usize)> = VecDeque::new();
    let mut h = 0;
    let mut at = 0;
    loop {
        // Letters, digits and spaces (most chars) play no role: passed eight bytes at a time
        // before the hard breaks are, which matter only when a mark changes the stack.
        let i = crate::bytes::skip_ascii_alphanumeric_space(text.as_bytes(), at);
        let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else { break };
        at = i + c.len_utf8();
        while h < hard.len() && hard[h] <= i {
            stack.clear();
            h += 1;
        }
        let Some(role) = role(text, i, c) else { continue };
        match role {
            Role::Open(f) => push(&mut stack, f, i),
            Role::Close(f) => close(&mut stack, &mut out, f, i),
            Role::Either(f) => {
                if stack.iter().rev().take(SEARCH).any(|&(g, _)| g == f) {
                    close(&mut stack, &mut out, f, i);
                } else {
                    push(&mut stack, f, i);
                }
            }
        }
    }
    out
}

fn push(stack: &mut VecDeque<(Family, usize)>, f: Family, i: usize) {
    // The oldest opener goes first: "((((…" a megabyte deep keeps constant work a mark.
    if stack.len() >= DEPTH {
        stack.pop_front();
    }
    // Straight double quotes do not nest: a second opener replaces a stray first one.
    if f == Family::Double {
        if let Some(p) = stack.iter().rposition(|&(g, _)| g == f) {
            if stack.len() - p <= SEARCH {
                stack.truncate(p);
            }
        }
    }
    stack.push_back((f, i));
}

fn close(stack: &mut VecDeque<(Family, usize)>, out: &mut Vec<(usize, usize)>, f: Family, i: usize) {
    let found = stack.iter().rev().take(SEARCH).position(|&(g, _)| g == f);
    if let Some(k) = found {
        let p = stack.len() - 1 - k;
        let open = stack[p].1;
        stack.truncate(p);
        if i - open <= MAX_SPAN {
            out.push((open, i));
        }
    }
}

/// What the character at `i` does, read from its sides.
fn role(text: &str, i: usize, c: char) -> Option<Role> {
    use Family::*;
    let bracket = |open: bool, f: Family| Some(if open { Role::Open(f) } else { Role::Close(f) });
    match c {
        '(' | '（' => return bracket(true, Round),
        ')' | '）' => {
            // "by 1) taking … and 2) judging" (en-issue-16): a list marker closes nothing.
            return if list_marker_paren(text, i) { None } else { bracket(false, Round) };
        }
        '[' | '［' => return bracket(true, Square),
        ']' | '］' => return bracket(false, Square),
        '{' | '｛' => return bracket(true, Curly),
        '}' | '｝' => return bracket(false, Curly),
        '「' => return bracket(true, Corner),
        '」' => return bracket(false, Corner),
        '『' => return bracket(true, WhiteCorner),
        '』' => return bracket(false, WhiteCorner),
        '《' => return bracket(true, DoubleAngle),
        '》' => return bracket(false, DoubleAngle),
        '〈' => return bracket(true, Angle),
        '〉' => return bracket(false, Angle),
        '【' => return bracket(true, Lenticular),
        '】' => return bracket(false, Lenticular),
        '〔' => return bracket(true, Tortoise),
        '〕' => return bracket(false, Tortoise),
        _ => {}
    }
    let family = match c {
        '"' | '“' | '”' | '„' | '＂' => Double,
        '\'' | '‘' | '’' | '‚' | '`' => Single,
        '«' | '»' => Guillemet,
        '‹' | '›' => SingleGuillemet,
        _ => return None,
    };
    let prev = char_before(text, i);
    let next = char_at(text, i + c.len_utf8());
    if c == '\'' && prev == Some(' ') && tokenized_contraction(&text[i + 1..]) {
        return None;
    }
    // Tokenized news opens a quotation with ``: its second backtick closed an open single
    // quote ("'Roots ' … said Burton . `` There"), taking the breaks between.
    if c == '`' && (prev == Some('`') || next == Some('`')) {
        return None;
    }
    // Left side open: start, space, or opening punctuation before the mark.
    let before_open = prev.map_or(true, |p| {
        p.is_whitespace()
            || is_format(p)
            || is_dash(p)
            || matches!(p, '(' | '[' | '{' | '“' | '‘' | '„' | '‚' | '«' | '‹' | '/' | ':')
    });
    // Right side open: end, space, or punctuation after the mark.
    let after_open = next.map_or(true, |n| {
        n.is_whitespace()
            || (n.is_ascii_punctuation() && n != '\'')
            || matches!(n, '”' | '’' | '»' | '›' | '…' | '“' | '‘' | '«')
    });
    let opens = before_open && !after_open;
    let closes = !before_open && after_open;
    match c {
        '„' | '‚' => Some(Role::Open(family)),
        // French puts spaces inside guillemets: « n’aura aucun impact » (fr-03).
        '«' | '‹' => Some(if closes { Role::Close(family) } else { Role::Open(family) }),
        '»' | '›' => Some(if opens { Role::Open(family) } else { Role::Close(family) }),
        '"' | '＂' => Some(if opens {
            Role::Open(family)
        } else if closes {
            Role::Close(family)
        } else {
            Role::Either(family)
        }),
        // Curly and straight single quotes: an apostrophe ("one’s", "Michael's") has letters
        // on both sides and does nothing.
        _ => {
            if opens {
                Some(Role::Open(family))
            } else if closes {
                Some(Role::Close(family))
            } else {
                None
            }
        }
    }
}

/// Whether `rest`, after an apostrophe set apart by a space, is a contraction's or a
/// possessive's ending as tokenized news writes it ("it 's", "I 've", "they 're", "Ross 's"):
/// no opening quote, which a later closing quote or `` would pair with, taking the sentence
/// breaks between them. ('so be it' still opens.)
fn tokenized_contraction(rest: &str) -> bool {
    let n = rest.bytes().take(3).take_while(u8::is_ascii_alphabetic).count();
    let ending = &rest.as_bytes()[..n];
    matches!(
        ending,
        [b's' | b'S' | b'd' | b'D' | b'm' | b'M']
            | [b'v' | b'V', b'e' | b'E']
            | [b'r' | b'R', b'e' | b'E']
            | [b'l' | b'L', b'l' | b'L']
    ) && rest[n..].chars().next().map_or(true, |c| c.is_whitespace() || c.is_ascii_punctuation() && c != '\'')
}

/// Whether the ")" at `i` ends a list marker like " 1) " or " b) " ("№ 70)." is not one,
/// kk-07).
fn list_marker_paren(text: &str, i: usize) -> bool {
    if !char_at(text, i + 1).is_some_and(char::is_whitespace) {
        return false;
    }
    let mut j = i;
    while char_before(text, j).is_some_and(|c| c.is_ascii_alphanumeric()) {
        j -= 1;
        if i - j > 3 {
            return false;
        }
    }
    j < i && char_before(text, j).map_or(true, char::is_whitespace)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inside(text: &str) -> Vec<(usize, usize)> {
        pairs(text, &[])
    }

    #[test]
    fn quotes_pair_by_their_sides() {
        assert_eq!(inside("He said \"no. Never.\" Then"), [(8, 19)]);
        // German „…“ and English “…” use the same closing/opening mark.
        assert_eq!(inside("„Ja.“ sagte er").len(), 1);
        assert_eq!(inside("He said “yes.” Then").len(), 1);
        // Apostrophes are not quotes.
        assert!(inside("one’s life, Michael's book").is_empty());
    }

    #[test]
    fn tokenized_contractions_open_no_quote() {
        // "I 've" opened a quote that the `` of the next quotation closed, and the sentence
        // breaks between them went.
        let t = "I 've had to find new ways . She left . `` It was hard . ''";
        let breaks = vec![t.find("ways .").unwrap() + 6, t.find("left .").unwrap() + 6];
        assert_eq!(filter(t, breaks.clone(), &[]), breaks);
        assert!(inside("It 's over . He 'll go , they 're gone . Ross 's car , the players ' union").is_empty());
        let t = "a part of 'Roots ' , '' said Burton . `` There is more . ''";
        let b = vec![t.find("Burton .").unwrap() + 8];
        assert_eq!(filter(t, b.clone(), &[]), b);
        // A single-quoted phrase still opens.
        assert_eq!(inside("He said 'so be it' and left").len(), 1);
        assert_eq!(inside("A 'd' grade").len(), 1);
    }

    #[test]
    fn list_parens_close_nothing() {
        assert!(inside("(see below) by 1) taking and 2) judging").len() == 1);
    }

    #[test]
    fn breaks_inside_pairs_go() {
        let t = "He nodded (Yes. Indeed.) and left. Go";
        let inner = t.find("Yes.").unwrap() + 4;
        let end = t.find("left.").unwrap() + 5;
        assert_eq!(filter(t, vec![inner, end], &[]), [end]);
        // A long parenthesis keeps its sentences.
        let t = format!("({} Done.) Go", "Word. ".repeat(100));
        assert_eq!(filter(&t, vec![6, 12], &[]), [6, 12]);
    }
}
