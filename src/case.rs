//! Lower-casing, exactly as `str::to_lowercase` and `char::to_lowercase` do it, from tables
//! that `build.rs` takes from those same functions: the standard library's own table is
//! 11.7 KB of the download and ours a fraction of it (issue 8). Use these, not the
//! standard ones (clippy.toml says so): one call to the standard ones links its table in.

include!(concat!(env!("OUT_DIR"), "/case_tables.rs"));

/// `s.to_lowercase()`.
pub(crate) fn lower(s: &str) -> String {
    if s.is_ascii() {
        return ascii_lower(s);
    }
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        if c == 'Σ' {
            // Final sigma (Unicode 3.13, `Final_Sigma`): ς at the end of a word.
            let final_ = ignorable_then_cased(s[..i].chars().rev()) && !ignorable_then_cased(s[i + 2..].chars());
            out.push(if final_ { 'ς' } else { 'σ' });
        } else {
            out.extend(lower_char(c));
        }
    }
    out
}

/// `s.to_ascii_lowercase()` of ASCII text, eight bytes at a time: core's byte loop is
/// vectorized natively but not in wasm, where lower-casing a sentence of a text without
/// full stops took 12× its native time (issue 8).
fn ascii_lower(s: &str) -> String {
    // A word (most calls): copied and lowered in place, without the check of the bytes
    // as UTF-8 that the copy below needs (a fifth of the time of lower-casing a word).
    if s.len() <= 16 {
        return s.to_ascii_lowercase();
    }
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while let Some(w) = crate::bytes::word(b, i) {
        // 0x80 >> 2 = 0x20 sets the lower-case bit of each capital.
        out.extend_from_slice(&(w | crate::bytes::in_range(w, b'A', b'Z') >> 2).to_le_bytes());
        i += 8;
    }
    out.extend(b[i..].iter().map(u8::to_ascii_lowercase));
    String::from_utf8(out).unwrap_or_else(|_| s.to_ascii_lowercase())
}

/// `c.to_lowercase()`: one char, or two for U+0130 (İ → i̇).
pub(crate) fn lower_char(c: char) -> impl Iterator<Item = char> + Clone {
    let one = |c: char| [c, '\u{307}'].into_iter().take(1);
    if c.is_ascii() {
        return one(c.to_ascii_lowercase());
    }
    if c == '\u{130}' {
        return ['i', '\u{307}'].into_iter().take(2);
    }
    let cp = c as u32;
    let at = LOWER.partition_point(|r| r.0 <= cp);
    if let Some(&(start, count, stride, delta)) = at.checked_sub(1).map(|k| &LOWER[k]) {
        let k = (cp - start) / u32::from(stride);
        if (cp - start) % u32::from(stride) == 0 && k < u32::from(count) {
            if let Some(lower) = char::from_u32(cp.wrapping_add_signed(delta)) {
                return one(lower);
            }
        }
    }
    one(c)
}

/// `s.lower()` for `s.to_lowercase()`.
pub(crate) trait Lower {
    /// The lower case of the text, as `str::to_lowercase` gives it.
    fn lower(&self) -> String;
}

impl Lower for str {
    fn lower(&self) -> String {
        lower(self)
    }
}

/// Whether `c` is in one of the ranges of `table` (see `build.rs`).
fn within(table: &[u8], c: char) -> bool {
    let cp = c as u32;
    let mut bytes = table.iter();
    let mut leb = || {
        let mut n = 0u32;
        for shift in (0..35).step_by(7) {
            let byte = *bytes.next()?;
            n |= u32::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Some(n);
            }
        }
        None
    };
    let mut start = 0u32;
    while let (Some(gap), Some(len)) = (leb(), leb()) {
        start += gap;
        if cp < start {
            return false;
        }
        if cp <= start + len {
            return true;
        }
        start += len + 1;
    }
    false
}

/// Whether the first char that is not case-ignorable is cased.
fn ignorable_then_cased(mut chars: impl Iterator<Item = char>) -> bool {
    chars.find(|&c| !within(IGNORABLE, c)).is_some_and(|c| within(CASED, c))
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)] // the standard functions are the reference here
mod tests {
    use super::*;

    #[test]
    fn every_char_lower_cases_as_the_standard_library_does() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            assert!(lower_char(c).eq(c.to_lowercase()), "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn final_sigma_next_to_chars_as_the_standard_library_does() {
        // Every char where either property changes (as the standard library shows them),
        // its neighbours, and every 13th char besides: each range edge of both tables.
        let probe = |c: char| {
            let after = format!("AΣ{c}").to_lowercase().chars().nth(1) == Some('σ');
            let before = format!("A{c}Σ").to_lowercase().ends_with('ς');
            (after, before)
        };
        let chars: Vec<char> = (0..=0x10FFFFu32).filter_map(char::from_u32).collect();
        let mut sample: Vec<char> = chars.iter().copied().step_by(13).collect();
        for pair in chars.windows(2) {
            if probe(pair[0]) != probe(pair[1]) {
                sample.extend(pair);
            }
        }
        assert!(sample.len() > 80_000, "{}", sample.len());
        for c in sample {
            for s in [format!("AΣ{c}"), format!("A{c}Σ"), format!("Σ{c}A"), format!("a{c}Σ{c}")] {
                assert_eq!(lower(&s), s.to_lowercase(), "{s:?}");
            }
        }
    }

    #[test]
    fn ascii_text_lower_cases_at_every_length_and_offset() {
        let text = "THE Quick @[`{ BROWN fox, Jumps OVER 12 lazy DOGS. AZaz";
        for start in 0..16 {
            for end in start..=text.len() {
                let s = &text[start..end];
                assert_eq!(lower(s), s.to_lowercase(), "{s:?}");
            }
        }
    }

    #[test]
    fn words_and_sentences() {
        for s in
            ["", "ΟΔΟΣ", "ὈΔΥΣΣΕΎΣ", "Σ", "AΣ.", "AΣ'B", "İstanbul", "ÀÉÎÕÜ Straße", "ЗДРАВСТВУЙТЕ Мир", "ǅ ǈ", "Ⅻ ⓐ Ⓐ"]
        {
            assert_eq!(lower(s), s.to_lowercase(), "{s:?}");
            assert_eq!(s.lower(), s.to_lowercase());
        }
    }
}
