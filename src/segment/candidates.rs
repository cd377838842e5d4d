//! Pass 1: candidate sentence ends.

/// Byte offsets where a sentence may end (the break lies between the terminal mark and
/// the following whitespace), in increasing order.
pub(super) fn find(text: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        if c == '\n' {
            // "Storm hits coast\n\nThe storm…": a blank line always ends a sentence; a line
            // with no final punctuation (headline, caption, byline) ends one too.
            let mut j = i + 1;
            let mut blank = false;
            while j < chars.len() && chars[j].1.is_whitespace() {
                if chars[j].1 == '\n' {
                    blank = true;
                }
                j += 1;
            }
            let prev = text[..at].trim_end_matches([' ', '\t', '\r']).chars().last();
            let unpunctuated = prev
                .is_some_and(|p| !is_terminal(p) && !is_closing(p) && !matches!(p, ',' | ';' | ':' | '-' | '—' | '('));
            if blank || (unpunctuated && !hard_wrapped(text, at)) {
                out.push(at);
            }
            i = j.max(i + 1);
            continue;
        }
        if is_terminal(c) {
            // Run of terminal marks ("?!", "..."), then closing quotes and brackets.
            let mut j = i + 1;
            while j < chars.len() && (is_terminal(chars[j].1) || is_closing(chars[j].1)) {
                j += 1;
            }
            let end = if j < chars.len() { chars[j].0 } else { text.len() };
            let cjk = is_cjk_terminal(c);
            if j >= chars.len() {
                out.push(end);
            } else if chars[j].1.is_whitespace() || cjk {
                // The next visible character decides: lower case continues the sentence
                // ("…," he said.), except after "!" or "?" closing a quote.
                let mut k = j;
                while k < chars.len() && chars[k].1.is_whitespace() {
                    k += 1;
                }
                let next = chars.get(k).map(|&(_, c)| c);
                let continues = next.is_some_and(|n| n.is_lowercase()) && !cjk;
                if !continues {
                    out.push(end);
                }
            }
            i = j;
            continue;
        }
        i += 1;
    }
    out
}

/// Whether the line ending at `nl` looks like hard-wrapped prose: long, and followed by a
/// line that continues it (starts lower case, or the line is near a typical wrap width).
fn hard_wrapped(text: &str, nl: usize) -> bool {
    let line_start = text[..nl].rfind('\n').map_or(0, |p| p + 1);
    let line = text[line_start..nl].trim_end();
    let next = text[nl + 1..].trim_start_matches([' ', '\t', '\r']);
    let next_line = next.split('\n').next().unwrap_or("");
    let width = line.chars().count();
    if next_line.is_empty() {
        return false;
    }
    let next_lower = next_line.chars().next().is_some_and(|c| c.is_lowercase());
    next_lower || width >= 55
}

pub(super) fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '।' | '॥' | '۔' | '؟' | '։' | '።' | '။' | '\u{037E}') || is_cjk_terminal(c)
}

fn is_cjk_terminal(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '｡')
}

pub(super) fn is_closing(c: char) -> bool {
    matches!(c, '"' | '\'' | '’' | '”' | '»' | ')' | ']' | '}' | '」' | '』' | '）')
}
