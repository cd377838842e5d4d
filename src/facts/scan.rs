//! A small hand scanner shared by the date, number, quote and key-phrase finders: words,
//! numerals and single punctuation marks with their byte spans. No regex engine: the
//! finders walk these tokens, which keeps the `.wasm` small and the spans exact.

use crate::case::Lower;
use std::borrow::Cow;

use crate::span::Span;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters, with inner apostrophes and hyphens ("don't", "mid-July", "year-old").
    Word,
    /// Digits, with inner `,` or `.` between digits ("4,500", "3.5", "30.09.2023").
    Num,
    /// Any other visible character, one per token.
    Punct,
}

/// One token of the text: 12 bytes, as a novel has millions (issue 8: with `usize`
/// offsets the finders' tokens were a third of the peak memory on 10 MB of text). Texts
/// longer than `u32::MAX` bytes get no tokens (see [`tokens`]).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Tok {
    start: u32,
    end: u32,
    /// What it is.
    pub kind: Kind,
    /// No whitespace between this token and the one before ("$" + "5", "5" + "%").
    pub glued: bool,
    /// A line break lies between this token and the one before.
    pub newline: bool,
}

impl Tok {
    /// First byte.
    pub fn start(&self) -> usize {
        self.start as usize
    }

    /// One past the last byte.
    pub fn end(&self) -> usize {
        self.end as usize
    }

    /// The token's text.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start()..self.end()]
    }

    /// Whether this is the punctuation mark `c`.
    pub fn is(&self, text: &str, c: char) -> bool {
        self.kind == Kind::Punct && text[self.start()..].starts_with(c)
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’')
}

/// The tokens of a text with the text itself: the finders' view, with accessors by index
/// that answer `None`/`false` past either end.
#[derive(Clone, Copy)]
pub(crate) struct Toks<'a, 't> {
    pub text: &'t str,
    pub toks: &'a [Tok],
}

impl<'t> Toks<'_, 't> {
    pub fn tok(&self, i: usize) -> Option<&Tok> {
        self.toks.get(i)
    }
    pub fn word(&self, i: usize) -> Option<&'t str> {
        self.toks.get(i).filter(|t| t.kind == Kind::Word).map(|t| t.text(self.text))
    }
    pub fn num(&self, i: usize) -> Option<&'t str> {
        self.toks.get(i).filter(|t| t.kind == Kind::Num).map(|t| t.text(self.text))
    }
    pub fn punct(&self, i: usize) -> Option<&'t str> {
        self.toks.get(i).filter(|t| t.kind == Kind::Punct).map(|t| t.text(self.text))
    }
    pub fn is(&self, i: usize, c: char) -> bool {
        self.toks.get(i).is_some_and(|t| t.is(self.text, c))
    }
    pub fn glued(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.glued)
    }
}

/// `word` in lower case, copied only when it has to change: the finders lower-case most
/// words of a text, most of which are lower-case ASCII already (issue 8).
pub(crate) fn lower(word: &str) -> Cow<'_, str> {
    if word.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(word.lower())
    }
}

/// Whether `word` in lower case is one of `words` (lower-case ASCII), without a copy.
pub(crate) fn lower_in(word: &str, words: &[&str]) -> bool {
    if word.is_ascii() {
        words.iter().any(|w| w.eq_ignore_ascii_case(word))
    } else {
        // Not ASCII, yet its lower case may be ("\u{212A}" KELVIN SIGN is "k").
        let lw = word.lower();
        words.contains(&lw.as_str())
    }
}

/// About as many tokens as `text` has, a little more as a rule: a start after each space,
/// each ASCII mark and each non-ASCII char, plus an eighth. The list is then allocated once:
/// grown by doubling, wasm copied it and held both copies, and linear memory never shrinks
/// (10 MB of novels peaked at 113 MB for the dates alone, 12× the input; issue 8).
pub(crate) fn token_estimate(text: &str) -> usize {
    let mut n = 1;
    let mut after_space = true;
    for &b in text.as_bytes() {
        let space = b.is_ascii_whitespace();
        n += usize::from(!space && after_space) + usize::from(b.is_ascii_punctuation()) + usize::from(b >= 0xC0);
        after_space = space;
    }
    n + n / 8
}

/// Tokens of `text`, in order; none for a text of more than `u32::MAX` bytes (4 GiB, which
/// no browser can hold; the native finders then report no dates, numbers, quotes or key
/// phrases rather than wrong offsets).
pub(crate) fn tokens(text: &str) -> Vec<Tok> {
    if u32::try_from(text.len()).is_err() {
        return Vec::new();
    }
    let mut out = Vec::with_capacity(token_estimate(text));
    let bytes = text.as_bytes();
    // Where the next token or space starts: a position, not a char iterator to step
    // through each token's chars a second time (issue 8).
    let mut at = 0;
    let mut glued = false;
    let mut newline = false;
    while let Some(c) = text.get(at..).and_then(|rest| rest.chars().next()) {
        let i = at;
        at += c.len_utf8();
        if c.is_whitespace() {
            glued = false;
            newline |= c == '\n';
            continue;
        }
        let mut end = i + c.len_utf8();
        let kind = if c.is_alphabetic() {
            // Inner apostrophes and hyphens stay inside the word when a letter follows.
            loop {
                // ASCII letters (most of a word) without decoding a char.
                while bytes.get(end).is_some_and(u8::is_ascii_alphabetic) {
                    end += 1;
                }
                let rest = &text[end..];
                let mut cs = rest.chars();
                match cs.next() {
                    Some(n) if n.is_alphabetic() => end += n.len_utf8(),
                    Some(n) if (is_apostrophe(n) || n == '-') && cs.next().is_some_and(char::is_alphabetic) => {
                        end += n.len_utf8();
                    }
                    // Combining marks ("é" written as e + U+0301) belong to the word.
                    Some(n) if is_mark(n) => end += n.len_utf8(),
                    _ => break,
                }
            }
            Kind::Word
        } else if c.is_ascii_digit() {
            loop {
                let b = text.as_bytes();
                if end < b.len() && b[end].is_ascii_digit() {
                    end += 1;
                } else if end + 1 < b.len() && matches!(b[end], b',' | b'.') && b[end + 1].is_ascii_digit() {
                    end += 2;
                } else {
                    break;
                }
            }
            Kind::Num
        } else {
            Kind::Punct
        };
        at = end;
        out.push(Tok { start: i as u32, end: end as u32, kind, glued, newline });
        glued = true;
        newline = false;
    }
    out
}

/// A mark inside a word that Unicode does not count as alphabetic: Latin combining accents,
/// Hebrew cantillation, Thai, Lao, Myanmar and Khmer tone marks and viramas, the joiners of
/// Persian and Indic words, and each Brahmic script's nukta and virama, at the same place in
/// each 128-code-point block (U+094D in "दिल्ली": without it the word was cut in two).
fn is_mark(c: char) -> bool {
    let u = c as u32;
    // (Below U+0300 at once: a word mostly ends at a space or an ASCII mark.)
    u >= 0x0300
        && matches!(
            u,
            0x0300..=0x036F
                | 0x0483..=0x0489
                | 0x0591..=0x05AF
                | 0x0951..=0x0954
                | 0x0DCA
                | 0x0E47..=0x0E4E
                | 0x0EC8..=0x0ECC
                | 0x1037..=0x103A
                | 0x17C9..=0x17D3
                | 0x1AB0..=0x1AFF
                | 0x1DC0..=0x1DFF
                | 0x200C..=0x200D
                | 0x20D0..=0x20FF
                | 0xFE00..=0xFE0F
                | 0xFE20..=0xFE2F
        )
        || (0x0900..=0x0DFF).contains(&u) && matches!(u & 0x7F, 0x3B | 0x3C | 0x4D)
}

/// The index of the sentence that holds byte `pos` (the last sentence starting at or
/// before it).
pub(crate) fn sentence_of(sentences: &[Span], pos: usize) -> usize {
    sentences.partition_point(|s| s.start <= pos).saturating_sub(1)
}

/// The sentence that holds all of `span`, or `None` when the span crosses a sentence
/// boundary (a fact is reported inside one sentence only).
pub(crate) fn sentence_holding(sentences: &[Span], span: Span) -> Option<usize> {
    let i = sentence_of(sentences, span.start);
    sentences.get(i).filter(|s| s.contains(span)).map(|_| i)
}

/// Whether the word starts with an upper-case letter.
pub(crate) fn is_capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        tokens(text).iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn words_numbers_and_marks() {
        assert_eq!(texts("Sept. 30, 2023"), ["Sept", ".", "30", ",", "2023"]);
        assert_eq!(texts("$1.2bn (£600m)"), ["$", "1.2", "bn", "(", "£", "600", "m", ")"]);
        assert_eq!(texts("mid-July, don't"), ["mid-July", ",", "don't"]);
        assert_eq!(texts("a 39-year-old's 4,500"), ["a", "39", "-", "year-old's", "4,500"]);
        assert_eq!(texts("9/30/2023 1.5."), ["9", "/", "30", "/", "2023", "1.5", "."]);
    }

    #[test]
    fn marks_that_are_not_letters_stay_inside_words() {
        // Devanagari's virama, Persian's zero-width non-joiner, Thai's tone mark.
        assert_eq!(texts("नई दिल्ली में"), ["नई", "दिल्ली", "में"]);
        assert_eq!(texts("स्कूल मुख्यमंत्री।"), ["स्कूल", "मुख्यमंत्री", "।"]);
        assert_eq!(texts("می\u{200c}خواهم"), ["می\u{200c}خواهم"]);
        assert_eq!(texts("กรุงเทพ ไม่"), ["กรุงเทพ", "ไม่"]);
        // A joiner or mark standing alone is no word.
        assert_eq!(texts("\u{200d}\u{94d}"), ["\u{200d}", "\u{94d}"]);
    }

    #[test]
    fn glue_and_line_breaks() {
        let t = tokens("$5 x\ny");
        assert!(!t[0].glued && t[1].glued && !t[2].glued && t[3].newline && !t[2].newline);
    }

    #[test]
    fn sentence_lookup() {
        let s = [Span::new(0, 5), Span::new(6, 10)];
        assert_eq!(sentence_of(&s, 0), 0);
        assert_eq!(sentence_of(&s, 7), 1);
        assert_eq!(sentence_of(&[], 7), 0);
    }
}
