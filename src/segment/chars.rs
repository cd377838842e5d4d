//! Character classes shared by the passes, and O(1) look-ups around a byte offset.

/// The character starting at byte `i`, if any.
///
/// An ASCII byte is read as it is: the size-first wasm build (opt-level "z") inlines none
/// of core's UTF-8 decoding, and these two look-ups ran at 12 % of its `split` time
/// (`node --cpu-prof` on a 727-word article).
pub(super) fn char_at(text: &str, i: usize) -> Option<char> {
    match text.as_bytes().get(i) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        _ => text.get(i..).and_then(|s| s.chars().next()),
    }
}

/// The character ending at byte `i`, if any. (An ASCII byte before `i` means `i` is a char
/// boundary, as `text.get(..i)` requires.)
pub(super) fn char_before(text: &str, i: usize) -> Option<char> {
    match i.checked_sub(1).and_then(|j| text.as_bytes().get(j)) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        _ => text.get(..i).and_then(|s| s.chars().next_back()),
    }
}

/// Marks that end a sentence when a space follows: `.` `!` `?`, their doubled forms, the
/// ellipsis, and the script-specific stops of [`is_script_terminal`].
pub(crate) fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '‼' | '⁇' | '⁈' | '⁉' | '‽' | '…') || is_script_terminal(c)
}

/// Stops of scripts that never use them inside a sentence, so they end one even with no
/// space after: CJK `。！？` ("好吗？好！", zh-02), Devanagari `।`, Urdu `۔`, Arabic `؟`,
/// Armenian `։`, Ethiopic `። ፧` ("አለህ፧መልካም", am-01), Burmese `။` (my-01), Greek `;`.
pub(super) fn is_script_terminal(c: char) -> bool {
    matches!(
        c,
        '。' | '！' | '？' | '｡' | '．' | '।' | '॥' | '۔' | '؟' | '։' | '።' | '፧' | '፨' | '။' | '\u{037E}' | '߹'
    )
}

/// Closing quotes and brackets that stay with the sentence they close (`."`, `?»`, `.)`).
/// German and Czech close with `“` and `‘` ("keine Lust.“", de-01), Danish with `«`.
pub(super) fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '’'
            | '”'
            | '“'
            | '‘'
            | '»'
            | '«'
            | '›'
            | '‹'
            | ')'
            | ']'
            | '}'
            | '」'
            | '』'
            | '）'
            | '》'
            | '〉'
            | '】'
            | '〕'
            | '］'
            | '｝'
            | '〗'
            | '〙'
            | '〛'
            | '＂'
    )
}

/// Opening punctuation that may stand before a word: brackets, quotes, Spanish `¿ ¡`.
pub(super) fn is_opener(c: char) -> bool {
    matches!(
        c,
        '(' | '['
            | '{'
            | '"'
            | '\''
            | '“'
            | '‘'
            | '„'
            | '‚'
            | '«'
            | '‹'
            | '»'
            | '¿'
            | '¡'
            | '「'
            | '『'
            | '（'
            | '《'
            | '〈'
    )
}

/// Invisible format characters (bidi embeddings, zero-width joiners): transparent to every
/// rule ("د\u{202a}.\u{202c} ديفيد" is "د." followed by a name, ar-02).
pub(super) fn is_format(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

/// Dashes that introduce a continuation ("so? -- a bit", "бар? — деді").
pub(super) fn is_dash(c: char) -> bool {
    matches!(c, '-' | '–' | '—' | '―' | '−')
}

/// List bullets ("• 9. The first item", en-37; "⁃9.", en-38).
pub(super) fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '•' | '◦'
            | '▪'
            | '▫'
            | '‣'
            | '⁃'
            | '●'
            | '○'
            | '∙'
            | '■'
            | '□'
            | '➢'
            | '►'
            | '▸'
            | '✓'
            | '✔'
    )
}

/// A letter of a script without case (Arabic, Devanagari, CJK…): after a stop it starts a
/// sentence the way a capital does.
pub(super) fn is_caseless_letter(c: char) -> bool {
    c.is_alphabetic() && !c.is_uppercase() && !c.is_lowercase()
}

/// Whether `c` starts a sentence after a stop: a capital or a letter of a caseless script.
pub(super) fn is_sentence_initial(c: char) -> bool {
    c.is_uppercase() || is_caseless_letter(c)
}

pub(super) fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{0400}'..='\u{052F}' | '\u{1C80}'..='\u{1C8F}' | '\u{2DE0}'..='\u{2DFF}' | '\u{A640}'..='\u{A69F}')
}

pub(super) fn is_latin(c: char) -> bool {
    c.is_alphabetic() && matches!(c, '\u{0000}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}' | '\u{2C60}'..='\u{2C7F}')
}

pub(super) fn is_greek(c: char) -> bool {
    matches!(c, '\u{0370}'..='\u{03FF}' | '\u{1F00}'..='\u{1FFF}') && c.is_alphabetic()
}

pub(super) fn is_armenian(c: char) -> bool {
    matches!(c, '\u{0531}'..='\u{0587}' | '\u{FB13}'..='\u{FB17}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn look_ups_stay_on_char_boundaries() {
        let t = "aé。";
        assert_eq!(char_at(t, 1), Some('é'));
        assert_eq!(char_before(t, 3), Some('é'));
        assert_eq!(char_at(t, 2), None);
        assert_eq!(char_before(t, 0), None);
        assert_eq!(char_at(t, 99), None);
    }

    #[test]
    fn ascii_fast_paths_agree_with_decoding_at_every_offset() {
        let t = "Dr. Ó'Brien said \"ok.\" 😀 then.\r\n中。";
        for i in 0..=t.len() + 2 {
            assert_eq!(char_at(t, i), t.get(i..).and_then(|s| s.chars().next()), "char_at {i}");
            assert_eq!(char_before(t, i), t.get(..i).and_then(|s| s.chars().next_back()), "char_before {i}");
        }
    }

    #[test]
    fn classes() {
        assert!(is_script_terminal('。') && is_terminal('.') && !is_terminal(','));
        assert!(is_closer('“') && is_closer('»') && !is_closer('„'));
        assert!(is_caseless_letter('ب') && !is_caseless_letter('b'));
        assert!(is_cyrillic('ж') && is_greek('λ') && is_armenian('Ա'));
    }
}
