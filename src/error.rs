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

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Pieces, not `write!`: the formatting machinery costs the download (issue 8).
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
        pieces.iter().try_for_each(|p| f.write_str(p))
    }
}

impl std::error::Error for Error {}
