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
        // Bytes, eight at a time past ASCII: decoding every char was 8–10 % of `split` in
        // Node on the pathological inputs, at twice its native time (issue 8).
        let b = text.as_bytes();
        let mut marks = Vec::new();
        let mut shift: isize = 0;
        let mut i = crate::bytes::skip_ascii(b, 0);
        while let Some(&lead) = b.get(i) {
            // A lead byte: 2, 3 or 4 bytes, one UTF-16 unit, or two (a surrogate pair) for 4.
            let (bytes, units) = match lead {
                0xc0..=0xdf => (2, 1),
                0xe0..=0xef => (3, 1),
                _ => (4, 2),
            };
            shift += units - bytes as isize;
            i += bytes;
            marks.push((i, shift));
            i = crate::bytes::skip_ascii(b, i);
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
    fn every_boundary_of_mixed_text_counts_its_utf16_units() {
        // ASCII runs longer and shorter than the eight-byte steps, between 2-, 3- and 4-byte chars.
        let text = "Ünïcode and plain ASCII runs: 中文。😀😀 emoji, then a long ASCII tail of words.é";
        let map = Utf16Map::new(text);
        for i in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
            assert_eq!(map.utf16(i), text[..i].encode_utf16().count(), "byte {i}");
        }
    }

    #[test]
    fn ascii_is_identity() {
        let map = Utf16Map::new("plain ascii");
        assert_eq!(map.utf16(5), 5);
        assert!(map.marks.is_empty());
    }
}
