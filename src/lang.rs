//! Languages: detection (script, then function words) or the caller's choice.

mod detect;

/// Whether this build reads languages other than English with their own stemmers, fact words
/// and abbreviation lists (cargo feature `languages`, on by default). The page's English build
/// leaves them out, a smaller download: it gives an English text the same result, and the
/// page's worker loads the build with every language for any other text (`www/worker.js`).
pub(crate) const OTHERS: bool = cfg!(feature = "languages");

pub(crate) use detect::{has_function_words, is_function_word};

use serde::Serialize;

macro_rules! langs {
    ($($variant:ident => $code:literal, $name:literal;)*) => {
        /// A language Brevity knows by name. Languages without their own data (abbreviations,
        /// stop words, stemmer) still get the language-neutral rules; [`Lang::Und`] is the
        /// answer when detection is unsure.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
        #[non_exhaustive]
        pub enum Lang {
            /// Undetermined: language-neutral rules only.
            #[default]
            Und,
            $(#[doc = $name] $variant,)*
        }

        impl Lang {
            /// Every language, `Und` first.
            pub const ALL: &'static [Lang] = &[Lang::Und, $(Lang::$variant,)*];

            /// The ISO 639-1 code (`"en"`), or `"und"`.
            pub fn code(self) -> &'static str {
                // Every code is two letters: one string, not a table of string pointers in
                // the download (issue 8).
                const CODES: &str = concat!($($code,)*);
                const _: () = assert!(CODES.len() == 2 * (Lang::ALL.len() - 1), "every code has two letters");
                match self as usize {
                    0 => "und",
                    i => &CODES[2 * i - 2..2 * i],
                }
            }

            /// The language with this ISO 639-1 code (case-insensitive), if Brevity knows it.
            ///
            /// # Example
            /// ```
            /// assert_eq!(brevity::Lang::from_code("EN"), Some(brevity::Lang::En));
            /// assert_eq!(brevity::Lang::from_code("xx"), None);
            /// ```
            pub fn from_code(code: &str) -> Option<Lang> {
                // A search of `ALL` through `code`, not a `match` of strings of its own: one
                // table of codes in the download instead of two (issue 8).
                Lang::ALL.iter().copied().find(|l| l.code().eq_ignore_ascii_case(code))
            }
        }
    };
}

langs! {
    En => "en", "English";
    De => "de", "German";
    Fr => "fr", "French";
    Es => "es", "Spanish";
    It => "it", "Italian";
    Pt => "pt", "Portuguese";
    Nl => "nl", "Dutch";
    Da => "da", "Danish";
    Sv => "sv", "Swedish";
    Nb => "nb", "Norwegian Bokmål";
    Fi => "fi", "Finnish";
    Hu => "hu", "Hungarian";
    Ro => "ro", "Romanian";
    Tr => "tr", "Turkish";
    Pl => "pl", "Polish";
    Cs => "cs", "Czech";
    Sk => "sk", "Slovak";
    Ru => "ru", "Russian";
    Uk => "uk", "Ukrainian";
    Bg => "bg", "Bulgarian";
    El => "el", "Greek";
    Hy => "hy", "Armenian";
    Kk => "kk", "Kazakh";
    Ar => "ar", "Arabic";
    Fa => "fa", "Persian";
    Ur => "ur", "Urdu";
    He => "he", "Hebrew";
    Hi => "hi", "Hindi";
    Mr => "mr", "Marathi";
    Ta => "ta", "Tamil";
    Am => "am", "Amharic";
    My => "my", "Burmese";
    Zh => "zh", "Chinese";
    Ja => "ja", "Japanese";
    Ko => "ko", "Korean";
    Th => "th", "Thai";
    Vi => "vi", "Vietnamese";
    Id => "id", "Indonesian";
}

impl Lang {
    /// The codes of every language, for error messages and docs.
    pub fn codes() -> Vec<&'static str> {
        Lang::ALL.iter().map(|l| l.code()).collect()
    }

    /// Detects the language of `text` from a bounded sample (so a 10 MB text costs no more
    /// than a page): the script first, then, for scripts that several known languages share,
    /// the function words and letters of each. Unsure or unknown gives [`Lang::Und`].
    ///
    /// # Example
    /// ```
    /// use brevity::Lang;
    /// assert_eq!(Lang::detect("The committee met on Tuesday and agreed to publish the report next week."), Lang::En);
    /// assert_eq!(Lang::detect(""), Lang::Und);
    /// ```
    pub fn detect(text: &str) -> Lang {
        // About 250 words: function words settle the language long before that. A run of
        // white space counts as one space: HTML read as its text (`markup`) can open with
        // kilobytes of it where its head was.
        const SAMPLE: usize = 1536;
        let mut sample = String::with_capacity(SAMPLE);
        let mut space = false;
        for c in text.chars() {
            if c.is_whitespace() {
                space = !sample.is_empty();
                continue;
            }
            if sample.len() + usize::from(space) + c.len_utf8() > SAMPLE {
                break;
            }
            if space {
                sample.push(' ');
                space = false;
            }
            sample.push(c);
        }
        detect::detect(&sample)
    }
}

impl Serialize for Lang {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for &lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
    }

    #[test]
    fn detects_common_languages() {
        assert_eq!(
            Lang::detect(
                "Der Bundestag hat am Dienstag über das neue Gesetz abgestimmt, das im nächsten Jahr in Kraft tritt."
            ),
            Lang::De
        );
        assert_eq!(
            Lang::detect("Le gouvernement a présenté mardi un projet de loi sur la réforme des retraites."),
            Lang::Fr
        );
        assert_eq!(
            Lang::detect("El gobierno anunció el martes un nuevo plan para reducir el desempleo juvenil."),
            Lang::Es
        );
    }
}
