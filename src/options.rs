//! Options: what length of summary, which language, which facts, what focus.

use serde::de::{self, Deserializer, SeqAccess, Visitor};
use serde::Deserialize;

use crate::{Error, Lang};

/// How long the summary is.
#[derive(Clone, Copy, Debug, PartialEq)]
#[non_exhaustive]
pub enum Length {
    /// At most this many sentences (all of them if the text has fewer).
    Sentences(usize),
    /// This share of the text's sentences, in `(0, 1]`, rounded up, at least one.
    Ratio(f32),
    /// As many sentences as fit in this many words; never more, never a cut sentence.
    MaxWords(usize),
}

impl Default for Length {
    fn default() -> Length {
        Length::Sentences(3)
    }
}

/// Which kinds of fact to extract. Default: all.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(missing_docs)]
pub struct FactKinds {
    pub people: bool,
    pub places: bool,
    pub organizations: bool,
    pub dates: bool,
    pub numbers: bool,
    pub quotes: bool,
    pub keyphrases: bool,
}

impl FactKinds {
    /// Every kind.
    pub const ALL: FactKinds = FactKinds {
        people: true,
        places: true,
        organizations: true,
        dates: true,
        numbers: true,
        quotes: true,
        keyphrases: true,
    };
    /// No kind: facts are skipped.
    pub const NONE: FactKinds = FactKinds {
        people: false,
        places: false,
        organizations: false,
        dates: false,
        numbers: false,
        quotes: false,
        keyphrases: false,
    };
    /// The names the options take, in result order.
    pub const NAMES: [&'static str; 7] =
        ["people", "places", "organizations", "dates", "numbers", "quotes", "keyphrases"];

    /// Whether any entity kind (people, places, organizations) is asked for.
    pub fn entities(self) -> bool {
        self.people || self.places || self.organizations
    }

    /// Whether any kind is asked for.
    pub fn any(self) -> bool {
        self != FactKinds::NONE
    }

    fn set(&mut self, name: &str) -> bool {
        let slot = match name {
            "people" => &mut self.people,
            "places" => &mut self.places,
            "organizations" => &mut self.organizations,
            "dates" => &mut self.dates,
            "numbers" => &mut self.numbers,
            "quotes" => &mut self.quotes,
            "keyphrases" => &mut self.keyphrases,
            _ => return false,
        };
        *slot = true;
        true
    }
}

impl Default for FactKinds {
    fn default() -> FactKinds {
        FactKinds::ALL
    }
}

/// Everything a caller can choose. Every field has a default; in JS and JSON the keys are
/// `sentences`, `ratio`, `maxWords` (at most one of the three), `language`, `facts`, `focus`.
///
/// # Example
/// ```
/// use brevity::{Length, Options, Summarizer};
/// let mut options = Options::default(); // non-exhaustive: set fields on the default
/// options.length = Length::Sentences(1);
/// let summarizer = Summarizer::new(options).unwrap();
/// let s = summarizer.summarize("Rain fell on Monday. The river rose by two metres. Roads closed.");
/// assert_eq!(s.summary.len(), 1);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(try_from = "RawOptions")]
#[non_exhaustive]
pub struct Options {
    /// How long the summary is. Default: 3 sentences.
    pub length: Length,
    /// The text's language; `None` detects it.
    pub language: Option<Lang>,
    /// Which facts to extract. Default: all.
    pub facts: FactKinds,
    /// Words or a phrase the summary should favour, if any.
    pub focus: Option<String>,
}

impl Options {
    /// Checks every value; [`Summarizer::new`](crate::Summarizer::new) calls this.
    ///
    /// # Errors
    /// [`Error::InvalidOption`] naming the first bad option and its value.
    pub fn validate(&self) -> Result<(), Error> {
        match self.length {
            Length::Sentences(0) => Err(invalid("sentences", "0", "a whole number of at least 1")),
            Length::MaxWords(0) => Err(invalid("maxWords", "0", "a whole number of at least 1")),
            Length::Ratio(r) if !(r > 0.0 && r <= 1.0) => {
                Err(invalid("ratio", &crate::decimal::show(f64::from(r)), "a number greater than 0 and at most 1"))
            }
            _ => Ok(()),
        }
    }

    /// Reads options from JSON (the CLI's and tests' door; JS goes through serde-wasm-bindgen).
    ///
    /// # Errors
    /// [`Error`] naming the bad key or value.
    #[cfg(feature = "cli")]
    pub fn from_json(json: &str) -> Result<Options, Error> {
        serde_json::from_str(json).map_err(|e| Error::Options(e.to_string()))
    }
}

fn invalid(name: &'static str, value: &str, expected: &'static str) -> Error {
    Error::InvalidOption { name, value: value.to_string(), expected }
}

/// `text` in double quotes, as an error message shows a value given as a string.
pub(crate) fn quoted(text: &str) -> String {
    ["\"", text, "\""].concat()
}

/// The options as written by a caller, before validation. Values are read as whatever
/// they are ([`Given`]) so that one of the wrong type is an [`Error::InvalidOption`] that
/// names the option (`{"sentences": "3"}`), not a reader's message about `f64`. JSON comes
/// in through serde; `src/wasm.rs` fills it from a JS object by hand, which keeps serde's
/// deserializer and the float formatting of its error messages out of the download.
#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub(crate) struct RawOptions {
    pub(crate) sentences: Option<Given>,
    pub(crate) ratio: Option<Given>,
    pub(crate) max_words: Option<Given>,
    pub(crate) language: Option<Given>,
    pub(crate) facts: Option<FactsSpec>,
    pub(crate) focus: Option<Given>,
}

/// One option's value as the caller gave it, of any type.
pub(crate) enum Given {
    /// A number.
    Number(f64),
    /// A string.
    Text(String),
    /// Anything else, as the error message shows it: `true`, `null`, `a list`, `an object`.
    Other(String),
}

impl Given {
    fn number(self, name: &'static str, expected: &'static str) -> Result<f64, Error> {
        match self {
            Given::Number(v) => Ok(v),
            other => Err(invalid(name, &other.describe(), expected)),
        }
    }

    fn text(self, name: &'static str, expected: &'static str) -> Result<String, Error> {
        match self {
            Given::Text(s) => Ok(s),
            other => Err(invalid(name, &other.describe(), expected)),
        }
    }

    fn describe(&self) -> String {
        match self {
            Given::Number(v) => crate::decimal::show(*v),
            // Quoted by hand: `{:?}` would link core's escaping and printable-char tables into
            // the download (about 0.4 KB gzipped, issue 8) for an error message.
            Given::Text(s) => quoted(s),
            Given::Other(what) => what.clone(),
        }
    }
}

impl<'de> Deserialize<'de> for Given {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Given, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Given;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("an option value")
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Given, E> {
                Ok(Given::Other(v.to_string()))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Given, E> {
                Ok(Given::Number(v as f64))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Given, E> {
                Ok(Given::Number(v as f64))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Given, E> {
                Ok(Given::Number(v))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Given, E> {
                Ok(Given::Text(v.to_string()))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Given, E> {
                Ok(Given::Other("null".into()))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Given, A::Error> {
                while seq.next_element::<de::IgnoredAny>()?.is_some() {}
                Ok(Given::Other("a list".into()))
            }
            fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<Given, A::Error> {
                while map.next_entry::<de::IgnoredAny, de::IgnoredAny>()?.is_some() {}
                Ok(Given::Other("an object".into()))
            }
        }
        d.deserialize_any(V)
    }
}

fn whole(name: &'static str, v: f64) -> Result<usize, Error> {
    if v.fract() != 0.0 || v < 1.0 || v.is_nan() {
        return Err(invalid(name, &crate::decimal::show(v), "a whole number of at least 1"));
    }
    // 1e9 sentences means "all of them": saturate rather than fail.
    Ok(if v >= usize::MAX as f64 { usize::MAX } else { v as usize })
}

impl TryFrom<RawOptions> for Options {
    type Error = Error;

    fn try_from(raw: RawOptions) -> Result<Options, Error> {
        let given = [raw.sentences.is_some(), raw.ratio.is_some(), raw.max_words.is_some()];
        if given.iter().filter(|&&g| g).count() > 1 {
            return Err(invalid(
                "sentences",
                "given with ratio or maxWords",
                "at most one of sentences, ratio, maxWords",
            ));
        }
        const WHOLE: &str = "a whole number of at least 1";
        const SHARE: &str = "a number greater than 0 and at most 1";
        let length = if let Some(n) = raw.sentences {
            Length::Sentences(whole("sentences", n.number("sentences", WHOLE)?)?)
        } else if let Some(r) = raw.ratio {
            let r = r.number("ratio", SHARE)?;
            if !(r > 0.0 && r <= 1.0) {
                return Err(invalid("ratio", &crate::decimal::show(r), "a number greater than 0 and at most 1"));
            }
            Length::Ratio(r as f32)
        } else if let Some(w) = raw.max_words {
            Length::MaxWords(whole("maxWords", w.number("maxWords", WHOLE)?)?)
        } else {
            Length::default()
        };
        let language =
            raw.language.map(|l| l.text("language", "\"auto\" or a language code such as \"en\"")).transpose()?;
        let language = match language.as_deref() {
            None | Some("auto") | Some("") => None,
            Some(code) => Some(Lang::from_code(code).ok_or_else(|| Error::UnsupportedLanguage(code.to_string()))?),
        };
        let facts = match raw.facts {
            None | Some(FactsSpec::All(true)) => FactKinds::ALL,
            Some(FactsSpec::All(false)) => FactKinds::NONE,
            Some(FactsSpec::Kinds(names)) => {
                let mut kinds = FactKinds::NONE;
                const KINDS: &str =
                    "true, false, or a list of: people, places, organizations, dates, numbers, quotes, keyphrases";
                for name in names {
                    let name = name.text("facts", KINDS)?;
                    if !kinds.set(&name) {
                        return Err(invalid("facts", &quoted(&name), KINDS));
                    }
                }
                kinds
            }
        };
        let focus = raw.focus.map(|f| f.text("focus", "a string")).transpose()?.filter(|f| !f.trim().is_empty());
        let options = Options { length, language, facts, focus };
        options.validate()?;
        Ok(options)
    }
}

/// `facts: true | false | ["people", …]`.
pub(crate) enum FactsSpec {
    /// `true` or `false`.
    All(bool),
    /// A list of kind names (each checked when the options are validated).
    Kinds(Vec<Given>),
}

impl<'de> Deserialize<'de> for FactsSpec {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<FactsSpec, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = FactsSpec;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("`facts` as true, false, or a list of fact kinds")
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<FactsSpec, E> {
                Ok(FactsSpec::All(v))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<FactsSpec, A::Error> {
                let mut names = Vec::new();
                while let Some(name) = seq.next_element::<Given>()? {
                    names.push(name);
                }
                Ok(FactsSpec::Kinds(names))
            }
        }
        d.deserialize_any(V)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw() -> RawOptions {
        RawOptions::default()
    }

    #[test]
    fn defaults() {
        let o = Options::try_from(raw()).unwrap();
        assert_eq!(o, Options::default());
        assert_eq!(o.length, Length::Sentences(3));
    }

    #[test]
    fn errors_name_the_option_and_value() {
        let e = Options::try_from(RawOptions { ratio: Some(Given::Number(2.0)), ..raw() }).unwrap_err();
        assert_eq!(e.to_string(), "invalid option `ratio`: 2 (expected a number greater than 0 and at most 1)");
        let e = Options::try_from(RawOptions { sentences: Some(Given::Number(2.5)), ..raw() }).unwrap_err();
        assert!(e.to_string().contains("`sentences`: 2.5"), "{e}");
        let e = Options::try_from(RawOptions { language: Some(Given::Text("xx".into())), ..raw() }).unwrap_err();
        assert!(e.to_string().contains("\"xx\""), "{e}");
        let e = Options::try_from(RawOptions {
            sentences: Some(Given::Number(1.0)),
            ratio: Some(Given::Number(0.5)),
            ..raw()
        })
        .unwrap_err();
        assert!(e.to_string().contains("at most one of"), "{e}");
    }

    #[test]
    fn wrong_types_name_the_option() {
        let e = Options::try_from(RawOptions { sentences: Some(Given::Text("3".into())), ..raw() }).unwrap_err();
        assert_eq!(e.to_string(), "invalid option `sentences`: \"3\" (expected a whole number of at least 1)");
        let e = Options::try_from(RawOptions { language: Some(Given::Number(5.0)), ..raw() }).unwrap_err();
        assert!(e.to_string().starts_with("invalid option `language`: 5 "), "{e}");
        let e = Options::try_from(RawOptions { focus: Some(Given::Other("a list".into())), ..raw() }).unwrap_err();
        assert!(e.to_string().starts_with("invalid option `focus`: a list "), "{e}");
    }

    #[test]
    fn huge_sentence_count_saturates() {
        let o = Options::try_from(RawOptions { sentences: Some(Given::Number(1e9)), ..raw() }).unwrap();
        assert_eq!(o.length, Length::Sentences(1_000_000_000));
    }

    #[test]
    fn fact_kinds_from_list() {
        let o = Options::try_from(RawOptions {
            facts: Some(FactsSpec::Kinds(vec![Given::Text("people".into())])),
            ..raw()
        })
        .unwrap();
        assert!(o.facts.people && !o.facts.places);
        let e =
            Options::try_from(RawOptions { facts: Some(FactsSpec::Kinds(vec![Given::Text("pets".into())])), ..raw() });
        assert!(e.unwrap_err().to_string().contains("\"pets\""));
    }
}
