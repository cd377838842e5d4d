//! Pass 4: numbered, lettered and bulleted lists. An item marker ("1.", "2)", "a.", "•")
//! starts a sentence even without a period before it ("1) The first item 2) The second
//! item", en-33), and the period of the marker itself ends nothing ("1. The first item").
//! A marker counts when the next number or letter follows it in the same kind of list, or
//! when it opens a line. One scan; each marker looks at a few characters.

use super::chars::{char_at, char_before, is_bullet};

/// What the list pass changes: breaks to add (before items) and breaks to drop (after
/// markers).
#[derive(Debug, Default)]
pub(super) struct ListEdits {
    /// Sentence starts at item markers (sorted).
    pub add: Vec<usize>,
    /// Ends of markers: no sentence ends there (sorted).
    pub remove: Vec<usize>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    NumberPeriod,
    NumberParen,
    NumberPeriodParen,
    LetterPeriod,
    LetterParen,
    LetterPeriodParen,
}

#[derive(Clone, Copy)]
struct Marker {
    kind: Kind,
    value: u32,
    /// Where the item starts (its bullet, if any).
    item: usize,
    /// The end of the marker's punctuation.
    end: usize,
}

/// Markers further apart than this (bytes) are not one list.
const MAX_GAP: usize = 2000;

/// The list edits for `text`.
pub(super) fn find(text: &str) -> ListEdits {
    let mut edits = ListEdits::default();
    let mut last: [Option<Marker>; 6] = [None; 6];
    let mut bullets: Vec<usize> = Vec::new();
    let mut i = 0;
    while let Some(c) = char_at(text, i) {
        let token_start = char_before(text, i).map_or(true, char::is_whitespace);
        if !token_start || c.is_whitespace() {
            i += c.len_utf8();
            // The ASCII chars above b' ' after a char that is not a space start no token
            // either: passed eight bytes at a time.
            if c > ' ' && c.is_ascii() {
                i = crate::bytes::skip_ascii_from(text.as_bytes(), i, b'!');
            }
            continue;
        }
        let item = i;
        let mut at = i;
        if is_bullet(c) {
            bullets.push(i);
            at += c.len_utf8();
            while char_at(text, at) == Some(' ') {
                at += 1;
            }
        }
        if let Some(m) = marker(text, at, item) {
            let line_start = line_start(text, item);
            let slot = &mut last[m.kind as usize];
            if let Some(prev) = slot.filter(|p| p.value + 1 == m.value && m.item - p.item <= MAX_GAP) {
                edits.add.extend([prev.item, m.item]);
                edits.remove.extend([prev.end, m.end]);
            } else if line_start && matches!(m.kind, Kind::NumberPeriod | Kind::NumberPeriodParen) {
                // "1. Introduction" opening a line is an item even when alone.
                edits.remove.push(m.end);
            }
            *slot = Some(m);
            i = m.end;
            continue;
        }
        i = at.max(i + c.len_utf8());
    }
    // "• 9. The first item • 10. The second item" (en-37): a bullet starts an item when the
    // text has another bullet nearby or the bullet opens a line.
    for (k, &b) in bullets.iter().enumerate() {
        let near = |o: Option<&usize>| o.is_some_and(|&o: &usize| o.abs_diff(b) <= MAX_GAP);
        if near(k.checked_sub(1).and_then(|p| bullets.get(p))) || near(bullets.get(k + 1)) || line_start(text, b) {
            edits.add.push(b);
        }
    }
    crate::sort::sort(&mut edits.add);
    edits.add.dedup();
    crate::sort::sort(&mut edits.remove);
    edits.remove.dedup();
    edits
}

/// A marker at `at`: one to three digits or one lower-case ASCII letter, then ".", ")" or
/// ".)", then whitespace and something other than a digit ("es 2. 2 + 2" is no item,
/// es-more-23; "1)pesce" is glued, it-more-32).
fn marker(text: &str, at: usize, item: usize) -> Option<Marker> {
    let bytes = text.as_bytes();
    let mut j = at;
    while j < bytes.len() && bytes[j].is_ascii_digit() && j - at < 4 {
        j += 1;
    }
    let (value, letter) = if j > at {
        if j - at > 3 {
            return None;
        }
        (crate::decimal::parse_u32(&text[at..j])?, false)
    } else if bytes.get(at).is_some_and(u8::is_ascii_lowercase) {
        j = at + 1;
        (u32::from(bytes[at] - b'a') + 1, true)
    } else {
        return None;
    };
    let (kind, end) = match (bytes.get(j), bytes.get(j + 1)) {
        (Some(b'.'), Some(b')')) => (if letter { Kind::LetterPeriodParen } else { Kind::NumberPeriodParen }, j + 2),
        (Some(b'.'), _) => (if letter { Kind::LetterPeriod } else { Kind::NumberPeriod }, j + 1),
        (Some(b')'), _) => (if letter { Kind::LetterParen } else { Kind::NumberParen }, j + 1),
        _ => return None,
    };
    let mut k = end;
    while char_at(text, k).is_some_and(|c| c == ' ' || c == '\t') {
        k += 1;
    }
    let after = char_at(text, k)?;
    if k == end || after.is_ascii_digit() || after.is_whitespace() {
        return None;
    }
    // "a. The first item" (en-39), "a. here it is" (en-clean-71); "p. 55" is no item.
    if kind == Kind::LetterPeriod && !after.is_alphabetic() {
        return None;
    }
    // "As payment for 1. above, …" (en-clean-24) refers to an item; it does not start one.
    if kind == Kind::NumberPeriod && after.is_lowercase() {
        return None;
    }
    Some(Marker { kind, value, item, end })
}

/// Whether only spaces stand between the previous line break (or the text's start) and `at`.
fn line_start(text: &str, at: usize) -> bool {
    let mut i = at;
    while let Some(c) = char_before(text, i) {
        if c == '\n' {
            return true;
        }
        if !(c == ' ' || c == '\t') || at - i > 16 {
            return false;
        }
        i -= c.len_utf8();
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbered_and_lettered_items() {
        let t = "1) The first item 2) The second item";
        let e = find(t);
        assert_eq!(e.add, [0, 18]);
        assert_eq!(e.remove, [2, 20]);
        let t = "a. The first item b. The second item";
        assert_eq!(find(t).add, [0, 18]);
    }

    #[test]
    fn not_lists() {
        assert!(find("1 + 1 es 2. 2 + 2 es 4.").add.is_empty());
        assert!(find("Please turn to p. 55.").add.is_empty());
        assert!(find("Devi comprare : 1)pesce 2)sale.").add.is_empty());
    }

    #[test]
    fn bullets() {
        let t = "• 9. The first item • 10. The second item";
        let e = find(t);
        assert_eq!(e.add, [0, "• 9. The first item ".len()]);
    }
}
