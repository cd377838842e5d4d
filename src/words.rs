//! Lists of words and phrases written in the source (`words!["a", "b"]`) compiled in as one
//! string and one byte of length an item. A `&[&str]` kept a pointer and a length, 8 bytes,
//! beside each item's text: about 2 bytes of the gzipped download an item, for about 660
//! items in the English build (issue 8). The list is joined when compiled; reading it walks
//! the lengths.

/// A list of strings: `text` their bytes one after another, `lens` each one's length.
#[derive(Clone, Copy)]
pub(crate) struct Words {
    text: &'static str,
    lens: &'static [u8],
}

/// Makes a [`Words`] of string literals (or `&str` constants), joined when compiled.
macro_rules! words {
    ($($w:expr),* $(,)?) => {{
        const LIST: &[&str] = &[$($w),*];
        const TEXT: [u8; $crate::words::joined_len(LIST)] = $crate::words::join(LIST);
        const LENS: [u8; LIST.len()] = $crate::words::lens(LIST);
        $crate::words::Words::new(&TEXT, &LENS)
    }};
}
pub(crate) use words;

/// The bytes of `list`'s items together.
pub(crate) const fn joined_len(list: &[&str]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < list.len() {
        n += list[i].len();
        i += 1;
    }
    n
}

/// `list`'s items joined (`N` is [`joined_len`]).
pub(crate) const fn join<const N: usize>(list: &[&str]) -> [u8; N] {
    let mut out = [0; N];
    let (mut i, mut at) = (0, 0);
    while i < list.len() {
        let b = list[i].as_bytes();
        let mut k = 0;
        while k < b.len() {
            out[at] = b[k];
            at += 1;
            k += 1;
        }
        i += 1;
    }
    out
}

/// Each item's length in bytes (at most 255).
pub(crate) const fn lens<const N: usize>(list: &[&str]) -> [u8; N] {
    let mut out = [0; N];
    let mut i = 0;
    while i < N {
        assert!(list[i].len() <= 255, "words!: an item longer than 255 bytes");
        out[i] = list[i].len() as u8;
        i += 1;
    }
    out
}

impl Words {
    /// The list of `text` cut at `lens` (what [`words!`] makes).
    pub(crate) const fn new(text: &'static [u8], lens: &'static [u8]) -> Words {
        match std::str::from_utf8(text) {
            Ok(text) => Words { text, lens },
            Err(_) => panic!("words!: not UTF-8"),
        }
    }

    /// The items, in order.
    pub(crate) fn iter(self) -> Iter {
        Iter { text: self.text, lens: self.lens.iter() }
    }

    /// The first item of `word`'s length for which `same` holds. Lengths are compared first,
    /// and no item is cut out of the text: a word is tested on every sentence or word.
    fn find_len(self, word: &[u8], same: impl Fn(&[u8], &[u8]) -> bool) -> bool {
        let text = self.text.as_bytes();
        let mut at = 0;
        for &n in self.lens {
            let end = at + usize::from(n);
            if end - at == word.len() && same(&text[at..end], word) {
                return true;
            }
            at = end;
        }
        false
    }

    /// Whether `word` is an item.
    pub(crate) fn contains(self, word: &str) -> bool {
        // The first bytes compared before the rest: most items of the word's length differ
        // there, and comparing the rest is a call to `memcmp` (issue 8).
        self.find_len(word.as_bytes(), |a, b| a.first() == b.first() && a == b)
    }

    /// Whether `word` in lower case is an item (the items lower-case ASCII), without a copy:
    /// `scan::lower_in` over this list.
    pub(crate) fn lower_in(self, word: &str) -> bool {
        if word.is_ascii() {
            self.find_len(word.as_bytes(), <[u8]>::eq_ignore_ascii_case)
        } else {
            // Not ASCII, yet its lower case may be ("\u{212A}" KELVIN SIGN is "k").
            self.contains(&crate::case::lower(word))
        }
    }
}

/// The items of a [`Words`].
pub(crate) struct Iter {
    text: &'static str,
    lens: std::slice::Iter<'static, u8>,
}

impl Iterator for Iter {
    type Item = &'static str;

    fn next(&mut self) -> Option<&'static str> {
        let (item, rest) = self.text.split_at(usize::from(*self.lens.next()?));
        self.text = rest;
        Some(item)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIST: Words = words!["related topics", "", "été", "x"];

    #[test]
    fn items_in_order() {
        assert_eq!(LIST.iter().collect::<Vec<_>>(), ["related topics", "", "été", "x"]);
        assert!(LIST.contains("été") && LIST.contains("") && !LIST.contains("related"));
        assert!(LIST.lower_in("X") && LIST.lower_in("ÉTÉ") && !LIST.lower_in("Y"));
        assert_eq!(words![].iter().count(), 0);
    }
}
