//! Word lists compiled in from `src/data/<lang>/*.txt`: one item a line, `#` starts a
//! comment line (each file opens with a `# source:` header). Parsed once, on first use.

use std::collections::HashSet;
use std::sync::OnceLock;

/// The non-comment, non-empty lines of a list, trimmed.
pub fn lines(raw: &'static str) -> impl Iterator<Item = &'static str> {
    raw.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// A lazily built set over a list.
pub struct WordSet {
    raw: &'static str,
    set: OnceLock<HashSet<&'static str>>,
}

impl WordSet {
    /// A set over `raw` (an `include_str!` list), built on first use.
    pub const fn new(raw: &'static str) -> WordSet {
        WordSet { raw, set: OnceLock::new() }
    }

    /// The parsed set.
    pub fn get(&self) -> &HashSet<&'static str> {
        self.set.get_or_init(|| lines(self.raw).collect())
    }

    /// Whether `word` (already in the list's case) is in the list.
    pub fn contains(&self, word: &str) -> bool {
        self.get().contains(word)
    }
}

/// English stop words (lower case).
pub static EN_STOPWORDS: WordSet = WordSet::new(include_str!("en/stopwords.txt"));
