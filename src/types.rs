//! The result types. Every item carries its byte [`Span`] in the input; the JS and CLI
//! doors convert spans to UTF-16 offsets once, with [`Summary::to_utf16`].

use serde::{Serialize, Serializer};

use crate::markup::References;
use crate::span::{Span, Utf16Map};
use crate::Lang;

/// One sentence of the input.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Sentence<'t> {
    /// The sentence's text, exactly `&input[span.range()]`.
    pub text: &'t str,
    /// Where it is in the input.
    #[serde(flatten)]
    pub span: Span,
    /// How much it carries the text, in `[0, 1]`: the learned scorer's confidence that it
    /// belongs in a summary (0.5 = even); `why` breaks it down.
    #[serde(serialize_with = "round4")]
    pub score: f32,
    /// What kind of line it is; only prose is eligible for the summary.
    pub kind: SentenceKind,
    /// The part each feature contributed to `score`.
    pub why: Why,
}

/// Scores, weights and saliences go out rounded to 4 decimals, as an `f64`. An `f32`
/// widened to `f64` prints as `0.3499999940395355` in JS; rounded, every door (JS in Node
/// or a browser, the CLI's JSON) prints the same short `0.35`.
fn round4<S: Serializer>(x: &f32, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_f64(rounded4(*x))
}

/// `x` rounded to 4 decimals. A small negative part rounds to zero, not to `-0`, which JS
/// would keep (`Object.is(v, -0)`) while JSON prints it as `0`.
pub(crate) fn rounded4(x: f32) -> f64 {
    (f64::from(x) * 1e4).round() / 1e4 + 0.0
}

/// What a sentence is, as far as the summary cares: prose, or debris of a web page.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum SentenceKind {
    /// Running text.
    #[default]
    Prose,
    /// A headline or title line.
    Heading,
    /// A photo caption or an agency credit.
    Caption,
    /// A byline or a credit line ("By Jane Doe", "… contributed to this report.").
    Byline,
    /// Metadata (`date 2023-05-01`, "Updated 3:14 PM ET"), "Read more", "Advertisement".
    Meta,
}

/// Why a sentence got its score: the part each group of features contributed.
///
/// `base + position + centrality + terms + length + facts + quote + focus == score` (up to
/// float rounding). A part is negative when the feature speaks against the sentence. All
/// zero for a sentence that is not prose.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Why {
    /// The score of a sentence before anything is known about it (the same for every
    /// prose sentence).
    #[serde(serialize_with = "round4")]
    pub base: f32,
    /// Lead and paragraph position (news puts its point first).
    #[serde(serialize_with = "round4")]
    pub position: f32,
    /// Centrality: how much the rest of the text repeats its terms (TextRank, centroid).
    #[serde(serialize_with = "round4")]
    pub centrality: f32,
    /// Its terms: weight in the text, overlap with the opening and the headline, novelty.
    #[serde(serialize_with = "round4")]
    pub terms: f32,
    /// Length (very short and very long sentences carry less).
    #[serde(serialize_with = "round4")]
    pub length: f32,
    /// Density of facts: names, numbers.
    #[serde(serialize_with = "round4")]
    pub facts: f32,
    /// Quotation, question, first person.
    #[serde(serialize_with = "round4")]
    pub quote: f32,
    /// Overlap with the `focus` option.
    #[serde(serialize_with = "round4")]
    pub focus: f32,
}

/// Where a fact was said: the sentence index and the exact span.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Mention {
    /// Index into [`Summary::sentences`].
    pub sentence: usize,
    /// The mention's span in the input.
    #[serde(flatten)]
    pub span: Span,
}

/// A person, place or organization, with every mention merged under its fullest name.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Entity<'t> {
    /// The fullest name used in the text ("President Emmanuel Macron" → "Emmanuel Macron").
    pub text: &'t str,
    /// Every mention, in document order.
    pub mentions: Vec<Mention>,
    /// How central the entity is to the text, in `[0, 1]`.
    #[serde(serialize_with = "round4")]
    pub salience: f32,
}

/// A date, with its value resolved when the text allows.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DateFact<'t> {
    /// The date as written.
    pub text: &'t str,
    /// ISO 8601 at the stated precision (`"2023-09-30"`, `"2023-09"`, `"2023"`), or `None`
    /// when it cannot be resolved (a relative date with no anchor in the text).
    pub value: Option<String>,
    /// Where it was said.
    #[serde(flatten)]
    pub at: Mention,
}

/// A number with what it counts or measures.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct NumberFact<'t> {
    /// The number as written ("$1.2 billion", "4,500 aid workers").
    pub text: &'t str,
    /// Its value (1.2e9, 4500).
    pub value: f64,
    /// The unit or counted noun ("USD", "%", "kilometres", "aid workers"), if any.
    pub unit: Option<&'t str>,
    /// Where it was said.
    #[serde(flatten)]
    pub at: Mention,
}

/// A quotation and who said it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Quote<'t> {
    /// The quoted words, without the quote marks.
    pub text: &'t str,
    /// The speaker's name or description, if the text says.
    pub speaker: Option<&'t str>,
    /// Where it was said (the sentence where the quote starts).
    #[serde(flatten)]
    pub at: Mention,
}

/// A key phrase: a noun phrase that carries the text.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Keyphrase {
    /// The phrase, as first written.
    pub text: String,
    /// Its weight, in `[0, 1]`.
    #[serde(serialize_with = "round4")]
    pub score: f32,
    /// Every mention.
    pub mentions: Vec<Mention>,
}

/// The key facts of a text. Every list is present; a kind not asked for stays empty.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Facts<'t> {
    /// People.
    pub people: Vec<Entity<'t>>,
    /// Places.
    pub places: Vec<Entity<'t>>,
    /// Organizations.
    pub organizations: Vec<Entity<'t>>,
    /// Dates.
    pub dates: Vec<DateFact<'t>>,
    /// Numbers.
    pub numbers: Vec<NumberFact<'t>>,
    /// Quotes.
    pub quotes: Vec<Quote<'t>>,
    /// Key phrases, best first.
    pub keyphrases: Vec<Keyphrase>,
}

/// Counts over the input.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Stats {
    /// Characters (Unicode scalar values) in the input.
    pub characters: usize,
    /// Words in the input (UAX #29 words with a letter or digit).
    pub words: usize,
    /// Sentences in the input.
    pub sentences: usize,
    /// Words in the summary.
    #[serde(rename = "summaryWords")]
    pub summary_words: usize,
    /// Whether the text was read as HTML ([`crate::markup`]): the JS API and the command line
    /// set it; [`Summary::texts_from`] too.
    pub html: bool,
}

/// The summary of a text: every sentence, the chosen ones, and the key facts.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Summary<'t> {
    /// The language used (detected or given).
    pub language: Lang,
    /// Every sentence of the input, in order.
    pub sentences: Vec<Sentence<'t>>,
    /// Indices into `sentences` of the summary, in document order.
    pub summary: Vec<usize>,
    /// The key facts.
    pub facts: Facts<'t>,
    /// Counts.
    pub stats: Stats,
}

impl<'t> Summary<'t> {
    /// The summary sentences, in document order.
    ///
    /// # Example
    /// ```
    /// let s = brevity::summarize("One fact. Another fact. A third one here. And a fourth.");
    /// assert!(s.summary_sentences().count() <= 3);
    /// ```
    pub fn summary_sentences(&self) -> impl Iterator<Item = &Sentence<'_>> + '_ {
        self.summary.iter().map(move |&i| &self.sentences[i])
    }

    /// This summary with every span converted to UTF-16 code units, as JavaScript's
    /// `String.prototype.slice` takes them. Only for serializing to JS or JSON: the Rust
    /// API's spans are bytes.
    pub fn to_utf16(&self, input: &str) -> Self {
        let map = Utf16Map::new(input);
        let mut out = self.clone();
        out.map_spans(&|s| map.span(s));
        out
    }

    /// This summary of `view` (what [`crate::markup::text_of`] reads of an HTML `original`)
    /// with its byte spans widened to whole character references and each text taken from
    /// `original` at the same offsets, as the JS API gives it.
    pub fn texts_from<'o: 't>(mut self, view: &str, original: &'o str, references: &References) -> Self {
        for s in &mut self.sentences {
            s.span = references.snap(s.span);
            s.text = same_place(s.text, view, original, references);
        }
        self.facts = self.facts.texts_from(view, original, references);
        self.stats.html = true;
        self
    }

    pub(crate) fn map_spans(&mut self, f: &dyn Fn(Span) -> Span) {
        for s in &mut self.sentences {
            s.span = f(s.span);
        }
        self.facts.map_spans(f);
    }
}

/// `s`, a slice of `view`, as the slice of `original` at the same offsets (see
/// [`crate::markup`]); any other string as it is.
fn same_place<'t>(s: &'t str, view: &str, original: &'t str, references: &References) -> &'t str {
    let at = (s.as_ptr() as usize).wrapping_sub(view.as_ptr() as usize);
    if at <= view.len() && s.len() <= view.len() - at {
        original.get(references.snap(Span::new(at, at + s.len())).range()).unwrap_or(s)
    } else {
        s
    }
}

/// Sentences of `view` with their texts taken from `original` (see [`Summary::texts_from`]).
pub fn sentences_texts_from<'t>(
    mut sentences: Vec<Sentence<'t>>,
    view: &str,
    original: &'t str,
    references: &References,
) -> Vec<Sentence<'t>> {
    for s in &mut sentences {
        s.span = references.snap(s.span);
        s.text = same_place(s.text, view, original, references);
    }
    sentences
}

impl<'t> Facts<'t> {
    /// These facts of `view` with each text taken from `original` (see [`Summary::texts_from`]).
    pub fn texts_from<'o: 't>(mut self, view: &str, original: &'o str, references: &References) -> Self {
        self.map_spans(&|s| references.snap(s));
        let at = |s: &mut &'t str| *s = same_place(s, view, original, references);
        let entities = self.people.iter_mut().chain(&mut self.places).chain(&mut self.organizations);
        for e in entities {
            at(&mut e.text);
        }
        for d in &mut self.dates {
            at(&mut d.text);
        }
        for n in &mut self.numbers {
            at(&mut n.text);
            if let Some(unit) = &mut n.unit {
                at(unit);
            }
        }
        for q in &mut self.quotes {
            at(&mut q.text);
            if let Some(speaker) = &mut q.speaker {
                at(speaker);
            }
        }
        self
    }
}

impl Facts<'_> {
    /// These facts with every span converted to UTF-16 code units (see [`Summary::to_utf16`]).
    pub fn to_utf16(&self, input: &str) -> Self {
        let map = Utf16Map::new(input);
        let mut out = self.clone();
        out.map_spans(&|s| map.span(s));
        out
    }

    pub(crate) fn map_spans(&mut self, f: &dyn Fn(Span) -> Span) {
        let entities = self.people.iter_mut().chain(&mut self.places).chain(&mut self.organizations);
        for e in entities {
            for m in &mut e.mentions {
                m.span = f(m.span);
            }
        }
        for d in &mut self.dates {
            d.at.span = f(d.at.span);
        }
        for n in &mut self.numbers {
            n.at.span = f(n.at.span);
        }
        for q in &mut self.quotes {
            q.at.span = f(q.at.span);
        }
        for k in &mut self.keyphrases {
            for m in &mut k.mentions {
                m.span = f(m.span);
            }
        }
    }
}

/// Sentences with their spans converted to UTF-16 code units (see [`Summary::to_utf16`]).
pub fn sentences_to_utf16<'t>(sentences: &[Sentence<'t>], input: &str) -> Vec<Sentence<'t>> {
    let map = Utf16Map::new(input);
    sentences.iter().map(|s| Sentence { span: map.span(s.span), ..s.clone() }).collect()
}

#[cfg(test)]
mod tests {
    use super::rounded4;

    #[test]
    fn rounding_gives_no_negative_zero() {
        assert_eq!(rounded4(0.35), 0.35);
        assert_eq!(rounded4(-0.123_44), -0.1234);
        for tiny in [-0.000_01_f32, -0.0, -0.000_049] {
            let r = rounded4(tiny);
            assert!(r == 0.0 && r.is_sign_positive(), "{tiny} rounds to {r:?}");
        }
    }
}
