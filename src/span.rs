//! Byte spans into the input, and their conversion to UTF-16 offsets for JavaScript.

use serde::Serialize;

/// A half-open byte range `start..end` into the input text.
///
/// Every span Brevity returns lies on `char` boundaries, so `&text[span.range()]` never
/// panics and is exactly the item's text.
///
/// # Example
/// ```
/// let text = "Héllo. Wörld.";
/// let sentences = brevity::split(text);
/// let span = sentences[1].span;
/// assert_eq!(&text[span.range()], "Wörld.");
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    /// First byte of the item.
    pub start: usize,
    /// One past the last byte of the item.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (bytes).
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// The span as a `Range`, for slicing.
    pub const fn range(self) -> std::ops::Range<usize> {
        self.start..self.end
    }

    /// Length in bytes.
    pub const fn len(self) -> usize {
        self.end - self.start
    }

    /// Whether the span is empty.
    pub const fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// Whether `other` lies wholly inside this span.
    pub const fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// Maps byte offsets of one text to UTF-16 code-unit offsets (what JavaScript's
/// `String.prototype.slice` takes). Built once per text in linear time; each lookup is
/// a binary search over the text's non-ASCII characters, so ASCII text costs nothing.
#[derive(Clone, Debug)]
pub struct Utf16Map {
    /// For each non-ASCII char: (byte offset just after it, extra UTF-16 units vs bytes so far).
    /// A char of `b` bytes and `u` UTF-16 units shifts later offsets by `u - b` (always ≤ 0).
    marks: Vec<(usize, isize)>,
}

impl Utf16Map {
    /// Builds the map for `text`.
    pub fn new(text: &str) -> Utf16Map {
        let mut marks = Vec::new();
        let mut shift: isize = 0;
        for (i, c) in text.char_indices() {
            let b = c.len_utf8();
            if b > 1 {
                shift += c.len_utf16() as isize - b as isize;
                marks.push((i + b, shift));
            }
        }
        Utf16Map { marks }
    }

    /// The UTF-16 offset of byte offset `byte` (which must be a char boundary).
    pub fn utf16(&self, byte: usize) -> usize {
        let k = self.marks.partition_point(|&(end, _)| end <= byte);
        let shift = if k == 0 { 0 } else { self.marks[k - 1].1 };
        (byte as isize + shift) as usize
    }

    /// The span with both ends converted to UTF-16 offsets.
    pub fn span(&self, span: Span) -> Span {
        Span::new(self.utf16(span.start), self.utf16(span.end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_offsets_match_js_slice() {
        // "é" is 2 bytes / 1 unit, "😀" 4 bytes / 2 units, "中" 3 bytes / 1 unit.
        let text = "aé😀中b";
        let map = Utf16Map::new(text);
        let expect: Vec<(usize, usize)> = vec![(0, 0), (1, 1), (3, 2), (7, 4), (10, 5), (11, 6)];
        for (byte, unit) in expect {
            assert_eq!(map.utf16(byte), unit, "byte {byte}");
        }
        let units: Vec<u16> = text.encode_utf16().collect();
        assert_eq!(units.len(), map.utf16(text.len()));
    }

    #[test]
    fn ascii_is_identity() {
        let map = Utf16Map::new("plain ascii");
        assert_eq!(map.utf16(5), 5);
        assert!(map.marks.is_empty());
    }
}
