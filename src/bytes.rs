//! Scans of text bytes eight at a time in one `u64` (SWAR), for the long runs where a
//! scan has nothing to do. The shipped wasm builds have no SIMD, and core's searches
//! (`is_ascii`, `memchr`, `str::contains`, the ASCII case maps) that use SSE2 natively go
//! a byte or a 4-byte word at a time in wasm32: on "....." × 100,000 and 1 MB of digits,
//! scans like these ran at 2–12× their native time in Node (issue 8). A `u64` is one
//! register natively and in wasm alike.

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;

/// The eight bytes at `at` as one word (the first byte lowest), if there are eight.
pub(crate) fn word(b: &[u8], at: usize) -> Option<u64> {
    let chunk: [u8; 8] = b.get(at..at.checked_add(8)?)?.try_into().ok()?;
    Some(u64::from_le_bytes(chunk))
}

/// The eight bytes at `at` as one word, if there are eight and all are ASCII.
pub(crate) fn ascii_word(b: &[u8], at: usize) -> Option<u64> {
    word(b, at).filter(|w| w & HIGH == 0)
}

/// The high bit of each byte of `w` that lies in `lo..=hi`; `w` must be ASCII (no high
/// bits) and `lo >= 1`.
pub(crate) fn in_range(w: u64, lo: u8, hi: u8) -> u64 {
    // A byte plus (0x80 - lo) reaches the high bit iff it is ≥ lo; plus (0x7f - hi) iff it
    // is > hi. No byte carries into the next: both sums stay below 0x100.
    let ge_lo = w + ONES * u64::from(0x80 - lo);
    let gt_hi = w + ONES * u64::from(0x7f - hi);
    ge_lo & !gt_hi & HIGH
}

/// Whether some byte of `w` is `byte`.
pub(crate) fn has_byte(w: u64, byte: u8) -> bool {
    has_byte_below(w ^ (ONES * u64::from(byte)), 1)
}

/// Whether some byte of `w` is below `n` (`n <= 0x80`).
pub(crate) fn has_byte_below(w: u64, n: u8) -> bool {
    w.wrapping_sub(ONES * u64::from(n)) & !w & HIGH != 0
}

/// The place (0–7) in `w` of its first byte below `n` (`n <= 0x80`), if any: a borrow of
/// the subtraction marks only bytes above a true one, so the lowest mark is exact.
pub(crate) fn first_below(w: u64, n: u8) -> Option<usize> {
    let marks = w.wrapping_sub(ONES * u64::from(n)) & !w & HIGH;
    (marks != 0).then(|| marks.trailing_zeros() as usize / 8)
}

/// The first byte at or after `at` that is not ASCII, or `b.len()`.
pub(crate) fn skip_ascii(b: &[u8], mut at: usize) -> usize {
    while ascii_word(b, at).is_some() {
        at += 8;
    }
    at + b.get(at..).map_or(0, |rest| rest.iter().take_while(|c| c.is_ascii()).count())
}

/// The first `byte` at or after `at`.
pub(crate) fn find_byte(b: &[u8], mut at: usize, byte: u8) -> Option<usize> {
    while let Some(w) = word(b, at) {
        // The zero bytes of `w ^ byte…` are the matches.
        if let Some(k) = first_below(w ^ (ONES * u64::from(byte)), 1) {
            return Some(at + k);
        }
        at += 8;
    }
    b.get(at..)?.iter().position(|&c| c == byte).map(|k| at + k)
}

/// `s.split_once(byte)` for an ASCII `byte`, by [`find_byte`]: `str`'s char searcher cost
/// more than the short words these splits run on (issue 8).
pub(crate) fn split_once(s: &str, byte: u8) -> Option<(&str, &str)> {
    let at = find_byte(s.as_bytes(), 0, byte)?;
    // An ASCII byte is a whole char: both sides are at char boundaries.
    Some((s.get(..at)?, s.get(at + 1..)?))
}

/// `s.chars().count()`: the bytes that are not a UTF-8 continuation byte (`0b10xx_xxxx`).
pub(crate) fn char_count(s: &str) -> usize {
    let b = s.as_bytes();
    let mut continuation = 0;
    let mut at = 0;
    while let Some(w) = word(b, at) {
        // Bit 7 set and bit 6 (moved up to bit 7 by the shift) clear.
        continuation += (w & !(w << 1) & HIGH).count_ones() as usize;
        at += 8;
    }
    continuation += b[at..].iter().filter(|&&c| c & 0xc0 == 0x80).count();
    b.len() - continuation
}

/// The letters and digits of an ASCII word, as [`in_range`] marks them.
fn alphanumeric(w: u64) -> u64 {
    in_range(w, b'0', b'9') | in_range(w, b'A', b'Z') | in_range(w, b'a', b'z')
}

/// The first byte at or after `at` that is not an ASCII letter or digit, or `b.len()`.
pub(crate) fn skip_ascii_alphanumeric(b: &[u8], at: usize) -> usize {
    skip_marked(b, at, alphanumeric, u8::is_ascii_alphanumeric)
}

/// The first byte at or after `at` that is not ASCII or is below `lo` (`lo >= 1`), or
/// `b.len()`.
pub(crate) fn skip_ascii_from(b: &[u8], at: usize, lo: u8) -> usize {
    skip_marked(b, at, |w| in_range(w, lo, 0x7f), |&c| c.is_ascii() && c >= lo)
}

/// The first byte at or after `at` that is not an ASCII letter, digit or space (b' '), or
/// `b.len()`.
pub(crate) fn skip_ascii_alphanumeric_space(b: &[u8], at: usize) -> usize {
    skip_marked(b, at, |w| alphanumeric(w) | in_range(w, b' ', b' '), |c| c.is_ascii_alphanumeric() || *c == b' ')
}

/// The first byte at or after `at` that is not an ASCII letter, digit or `_` (the bytes
/// UAX #29 joins into a word), or `b.len()`.
pub(crate) fn skip_ascii_word(b: &[u8], at: usize) -> usize {
    skip_marked(b, at, |w| alphanumeric(w) | in_range(w, b'_', b'_'), |c| c.is_ascii_alphanumeric() || *c == b'_')
}

/// The first byte at or after `at` not in a run of bytes that `marks` marks (eight ASCII
/// bytes at a time; its marks are exact) and then `p` takes (byte by byte), or `b.len()`.
fn skip_marked(b: &[u8], mut at: usize, marks: impl Fn(u64) -> u64, p: impl Fn(&u8) -> bool) -> usize {
    while let Some(w) = ascii_word(b, at) {
        let other = !marks(w) & HIGH;
        if other != 0 {
            return at + other.trailing_zeros() as usize / 8;
        }
        at += 8;
    }
    at + b.get(at..).map_or(0, |rest| rest.iter().take_while(|c| p(c)).count())
}

/// Past whole words of ASCII bytes that are neither letters nor digits from `at` on: a
/// place at or before the first letter, digit or non-ASCII byte.
pub(crate) fn skip_ascii_other(b: &[u8], mut at: usize) -> usize {
    while ascii_word(b, at).is_some_and(|w| alphanumeric(w) == 0) {
        at += 8;
    }
    at
}

/// The first byte at or after `at` that is not `byte`, or `b.len()`.
pub(crate) fn skip_byte(b: &[u8], mut at: usize, byte: u8) -> usize {
    while word(b, at) == Some(ONES * u64::from(byte)) {
        at += 8;
    }
    at + b.get(at..).map_or(0, |rest| rest.iter().take_while(|&&c| c == byte).count())
}

/// The last `byte` before `end`.
fn rfind_byte(b: &[u8], mut end: usize, byte: u8) -> Option<usize> {
    while end >= 8 && word(b, end - 8).is_some_and(|w| !has_byte(w, byte)) {
        end -= 8;
    }
    b[..end].iter().rposition(|&c| c == byte)
}

/// Whether `word` is one of the space-separated `words`: `words.split(' ').any(|w| w ==
/// word)`, by finding the word's first byte eight bytes at a time and comparing only there.
/// `str::split`'s char searcher cost about 100 instructions a listed word, and such lists
/// are tried on every sentence and every name (issue 8).
pub(crate) fn one_of(words: &str, word: &str) -> bool {
    let (list, word) = (words.as_bytes(), word.as_bytes());
    let Some(&first) = word.first() else {
        return list.split(|&b| b == b' ').any(<[u8]>::is_empty);
    };
    if word.contains(&b' ') {
        return false;
    }
    let mut at = 0;
    while let Some(p) = find_byte(list, at, first) {
        let end = p + word.len();
        if (p == 0 || list[p - 1] == b' ')
            && list.get(end - 1) == word.last()
            && list.get(p..end) == Some(word)
            && list.get(end).map_or(true, |&b| b == b' ')
        {
            return true;
        }
        at = p + 1;
    }
    false
}

/// The byte of `needle` to look for first: its rarest in text (the first of the rarest),
/// so that few places are compared ("image" is sought by its "g", not by each "i"; the
/// needle is compared at each place its key byte is).
fn key(needle: &[u8]) -> usize {
    let mut best = (0, 0);
    for (i, &c) in needle.iter().enumerate() {
        let r = rarity(c);
        if r > best.1 {
            best = (i, r);
        }
    }
    best.0
}

/// How rare byte `c` is in text, roughly: a space 0, the lower-case letters from "e" (1) to
/// "z" (26), full stops and commas as common as "c", any other byte (capitals, digits,
/// marks, the bytes of other scripts) 27.
fn rarity(c: u8) -> u8 {
    RARITY[usize::from(c)]
}

/// [`rarity`] by byte, made when compiled.
const RARITY: [u8; 256] = {
    let mut t = [27u8; 256];
    let letters = b"etaoinshrdlcumwfgypbvkjxqz";
    let mut i = 0;
    while i < letters.len() {
        t[letters[i] as usize] = i as u8 + 1;
        i += 1;
    }
    t[b' ' as usize] = 0;
    t[b'.' as usize] = 12;
    t[b',' as usize] = 12;
    t
};

/// `hay.find(needle)`: each key byte of `needle` found as above, then the needle compared
/// around it. Linear for the short needles it is used with.
pub(crate) fn find(hay: &str, needle: &str) -> Option<usize> {
    let (hay, needle) = (hay.as_bytes(), needle.as_bytes());
    if needle.is_empty() {
        return Some(0);
    }
    let k = key(needle);
    let mut at = k;
    // (The needle's last byte tested first: most places of a common key byte differ there,
    // and comparing the rest is a call to `memcmp`.)
    let last = needle.len() - 1;
    while let Some(p) = find_byte(hay, at, needle[k]) {
        if hay.get(p - k + last) == Some(&needle[last]) && hay[p - k..].starts_with(needle) {
            return Some(p - k);
        }
        at = p + 1;
    }
    None
}

/// `hay.contains(needle)`, as [`find`].
pub(crate) fn contains(hay: &str, needle: &str) -> bool {
    find(hay, needle).is_some()
}

/// `hay.rfind(needle)`, as [`contains`] from the end.
pub(crate) fn rfind(hay: &str, needle: &str) -> Option<usize> {
    let (hay, needle) = (hay.as_bytes(), needle.as_bytes());
    if needle.is_empty() {
        return Some(hay.len());
    }
    let k = key(needle);
    let mut end = hay.len();
    while let Some(p) = rfind_byte(hay, end, needle[k]) {
        if p >= k && hay[p - k..].starts_with(needle) {
            return Some(p - k);
        }
        end = p;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_tests_agree_with_byte_tests() {
        let text = b"Az@[`{09 \t\n.,;:'\"()-/\x7f\x01ZzaA";
        for at in 0..text.len() - 7 {
            let w = word(text, at).unwrap();
            for (lo, hi) in [(b'A', b'Z'), (b'a', b'z'), (b'0', b'9'), (1, 0x7f)] {
                let bytes = (0..8).filter(|&k| (lo..=hi).contains(&text[at + k])).count();
                assert_eq!(in_range(w, lo, hi).count_ones() as usize, bytes, "{at} {lo}..={hi}");
            }
            for byte in [b'.', b'(', 0x7f, 1, b'z', 0] {
                assert_eq!(has_byte(w, byte), text[at..at + 8].contains(&byte), "{at} {byte}");
            }
            for n in [1, b' ', b'!', b'0', 0x7f, 0x80] {
                assert_eq!(first_below(w, n), text[at..at + 8].iter().position(|&c| c < n), "{at} {n}");
            }
        }
    }

    #[test]
    fn find_byte_as_position() {
        let text = b"a\x01\x00\x01b\x80\xffab\x00\x00a\x01\x02\x03\x04\x05\x06\x07\x08\x09ba";
        for at in 0..=text.len() {
            for byte in [b'a', b'b', 0, 1, 2, 0x80, 0xff, b'z'] {
                let expected = text[at..].iter().position(|&c| c == byte).map(|k| at + k);
                assert_eq!(find_byte(text, at, byte), expected, "{at} {byte}");
            }
        }
    }

    #[test]
    fn one_of_as_split() {
        for list in ["", "a", "at in to", "at  in ", " park bridge", "hospital school", "in into", "into in"] {
            for word in
                ["", "a", "at", "in", "to", "t", "park", "bridge", "par", "parks", "school", "at in", "into", "nto"]
            {
                assert_eq!(one_of(list, word), list.split(' ').any(|w| w == word), "{list:?} {word:?}");
            }
        }
    }

    #[test]
    fn char_count_as_chars_count() {
        let text = "aé😀中b 0123456789 ÀÉÎÕÜ Straße ЗДРАВСТВУЙТЕ 中文。";
        for start in (0..text.len()).filter(|&i| text.is_char_boundary(i)) {
            let s = &text[start..];
            assert_eq!(char_count(s), s.chars().count(), "{s:?}");
        }
    }

    #[test]
    fn searches_as_str_searches() {
        let hay = "image: photo: Contributed to this report. contributed to  this report…é - AP – Reuters —  x  ";
        let needles = ["", "image", "photo:", "contributed to this report", "report…é", "é", "x", "imagex", " Staff "];
        for needle in needles
            .into_iter()
            .chain([" - ", " – ", " — ", " ", "  ", "  x", " x  ", "age:", "ge: p", "o  t", "ee", "b"])
        {
            for start in (0..hay.len()).filter(|&i| hay.is_char_boundary(i)) {
                for end in (start..=hay.len()).filter(|&i| hay.is_char_boundary(i)) {
                    let h = &hay[start..end];
                    assert_eq!(find(h, needle), h.find(needle), "{h:?} {needle:?}");
                    assert_eq!(contains(h, needle), h.contains(needle), "{h:?} {needle:?}");
                    assert_eq!(rfind(h, needle), h.rfind(needle), "{h:?} {needle:?}");
                }
            }
        }
    }

    #[test]
    fn runs_end_where_byte_loops_end() {
        let text = "....... .................x...Ab9zZ0_aaaaaaaaaaaaaaaa-é.....abcdefg_hijklmn@[`{/:0123456789_ abc def ghi jkl mno pqr \r\n\x0b\x0c\x0e\x7f\x01abcdefghijklmnopq\t\nabc";
        let b = text.as_bytes();
        for at in 0..=b.len() {
            let run = |p: fn(&u8) -> bool| at + b[at..].iter().take_while(|c| p(c)).count();
            assert_eq!(skip_byte(b, at, b'.'), run(|&c| c == b'.'), "{at}");
            assert_eq!(skip_ascii_alphanumeric(b, at), run(u8::is_ascii_alphanumeric), "{at}");
            assert_eq!(skip_ascii_alphanumeric_space(b, at), run(|c| c.is_ascii_alphanumeric() || *c == b' '), "{at}");
            for lo in [1, 0x0e, b' ', b'a', 0x7f] {
                let ascii_from = at + b[at..].iter().take_while(|&&c| c.is_ascii() && c >= lo).count();
                assert_eq!(skip_ascii_from(b, at, lo), ascii_from, "{at} {lo}");
            }
            assert_eq!(skip_ascii_word(b, at), run(|c| c.is_ascii_alphanumeric() || *c == b'_'), "{at}");
            let other = skip_ascii_other(b, at);
            assert!(other <= run(|c| c.is_ascii() && !c.is_ascii_alphanumeric()) && (other - at) % 8 == 0, "{at}");
        }
    }

    #[test]
    fn scans_stop_where_byte_loops_stop() {
        let text = "0123456789 abcdefgh é 0123456789ä…".as_bytes();
        for at in 0..=text.len() {
            let ascii = at + text[at..].iter().take_while(|c| c.is_ascii()).count();
            assert_eq!(skip_ascii(text, at), ascii, "{at}");
            for byte in [b' ', b'9', 0xa4, b'x'] {
                let found = text[at..].iter().position(|&c| c == byte).map(|k| at + k);
                assert_eq!(find_byte(text, at, byte), found, "{at} {byte}");
            }
        }
    }
}
