//! The one error type.

use std::fmt;

/// What can go wrong: only bad options. A text never fails; an empty or odd text gives an
/// empty or small [`Summary`](crate::Summary).
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum Error {
    /// An option has a value out of its range or of the wrong kind.
    InvalidOption {
        /// The option's name as the caller wrote it (`"ratio"`, `"maxWords"`, …).
        name: &'static str,
        /// The value given, as text.
        value: String,
        /// What the option takes.
        expected: &'static str,
    },
    /// A `language` that Brevity does not know.
    UnsupportedLanguage(String),
    /// Options that cannot be read at all (unknown key, wrong type), with the reader's message.
    Options(String),
}

impl Error {
    /// The message [`Display`](fmt::Display) shows, built from pieces: the JS door takes it
    /// without `to_string`, so the formatting machinery's `Display` path stays out of the
    /// download (issue 8).
    pub(crate) fn message(&self) -> String {
        let codes;
        let quoted;
        let pieces: &[&str] = match self {
            Error::InvalidOption { name, value, expected } => {
                &["invalid option `", name, "`: ", value, " (expected ", expected, ")"]
            }
            Error::UnsupportedLanguage(code) => {
                quoted = crate::options::quoted(code);
                codes = crate::Lang::codes().join(", ");
                &[
                    "invalid option `language`: ",
                    &quoted,
                    " is not supported (expected \"auto\" or one of: ",
                    &codes,
                    ")",
                ]
            }
            Error::Options(message) => &["invalid options: ", message],
        };
        pieces.concat()
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for Error {}
