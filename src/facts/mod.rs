//! Key facts: people, places, organizations, dates, numbers, quotes, key phrases.
//!
//! Each kind lives in its own module that separates *find* (where) from *parse* (what
//! value). This module runs the finders that were asked for.

mod cjk;
mod dates;
mod entities;
mod keyphrases;
pub(crate) mod lexicon;
mod locale;
pub mod ner;
mod numbers;
mod quotes;
mod scan;

use std::borrow::Cow;
use std::cell::OnceCell;

use crate::options::FactKinds;
use crate::span::Span;
use crate::types::{Facts, SentenceKind};
use crate::Lang;

/// What the finders get: the text, its sentence spans, and its language.
#[derive(Debug, Clone, Copy)]
pub struct Input<'t, 'a> {
    /// The whole text.
    pub text: &'t str,
    /// Sentence spans, in order.
    pub sentences: &'a [Span],
    /// The language.
    pub lang: Lang,
    /// Each sentence's kind from its own words ([`crate::score::kind::classify_each`]),
    /// when the caller has them already (the summary does); else the finders classify.
    pub alone: Option<&'a [SentenceKind]>,
    /// The scorer's stems of the text's words, when the caller has them (the summary
    /// does): the key-phrase finder reuses their Snowball stems.
    pub stems: Option<&'a crate::tokens::Stems<'a>>,
}

/// Extracts the facts of the asked kinds.
pub fn extract<'t>(input: Input<'t, '_>, kinds: FactKinds) -> Facts<'t> {
    let mut facts = Facts::default();
    // The finders keep byte offsets as `u32` (issue 8: half the memory): a text over 4 GiB,
    // which no browser can hold, gets no facts rather than wrong offsets.
    if u32::try_from(input.text.len()).is_err() {
        return facts;
    }
    // Sentence kinds, classified once for the entities' roles and the key phrases.
    let alone: Cow<'_, [SentenceKind]> = match input.alone {
        Some(k) => Cow::Borrowed(k),
        None if kinds.people || kinds.places || kinds.organizations || kinds.keyphrases || kinds.numbers => {
            Cow::Owned(crate::score::kind::classify_each(input.text, input.sentences, input.lang))
        }
        None => Cow::Borrowed(&[]),
    };
    entities::extract(input, &alone, kinds.people, kinds.places, kinds.organizations, &mut facts);
    // One scan for the four finders that walk its tokens (each scanned the text itself:
    // ~4 % of the full pipeline, issue 8); made after the tagger's peak memory, when needed.
    let scanned = OnceCell::new();
    let toks = || scanned.get_or_init(|| scan::tokens(input.text)).as_slice();
    // Numbers skip what the dates took ("30 September 2023" holds no number).
    // A text too short to tell its language may still write its numbers and dates in one
    // ("Costó 3.000 millones." is 3e9, not 3): the language of those words then reads them.
    let worded = match input.lang {
        Lang::Und if kinds.dates || kinds.numbers => Input { lang: locale::guess(input.text, toks()), ..input },
        _ => input,
    };
    let dates = if kinds.dates || kinds.numbers { dates::extract(&worded, toks()) } else { Vec::new() };
    if kinds.numbers {
        facts.numbers = numbers::extract(&worded, toks(), &dates);
        // "3 min read", "Comments (14)", "1 hr 20 min ago", "Posted by Jane Doe | 2 hours
        // ago": a page's metadata and a byline's time stamp count nothing of the story.
        facts.numbers.retain(|n| match alone.get(n.at.sentence) {
            Some(SentenceKind::Meta) => false,
            Some(SentenceKind::Byline) => !input.text[n.at.span.end..].trim_start().starts_with("ago"),
            _ => true,
        });
    }
    if kinds.dates {
        facts.dates = dates;
    }
    if kinds.quotes {
        facts.quotes = quotes::extract(&input, toks, &facts.people);
        quotes::link(&mut facts.quotes, &facts.people, input.text);
    }
    if kinds.keyphrases {
        // The last finder takes the tokens, to free them before its own peak.
        let toks = scanned.into_inner().unwrap_or_else(|| scan::tokens(input.text));
        facts.keyphrases = keyphrases::extract(&input, &alone, toks);
    }
    facts
}
