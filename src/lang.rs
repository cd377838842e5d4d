//! Languages: detection (whatlang) or the caller's choice, and the resources each one gets.

use serde::Serialize;

macro_rules! langs {
    ($($variant:ident => $code:literal, $iso3:literal, $name:literal;)*) => {
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
                match self { Lang::Und => "und", $(Lang::$variant => $code,)* }
            }

            /// The language with this ISO 639-1 code (case-insensitive), if Brevity knows it.
            ///
            /// # Example
            /// ```
            /// assert_eq!(brevity::Lang::from_code("EN"), Some(brevity::Lang::En));
            /// assert_eq!(brevity::Lang::from_code("xx"), None);
            /// ```
            pub fn from_code(code: &str) -> Option<Lang> {
                let code = code.to_ascii_lowercase();
                match code.as_str() { "und" => Some(Lang::Und), $($code => Some(Lang::$variant),)* _ => None }
            }

            /// From whatlang's ISO 639-3 code; languages it detects but Brevity does not know are `Und`.
            fn from_iso3(code: &str) -> Lang {
                match code { $($iso3 => Lang::$variant,)* _ => Lang::Und }
            }
        }
    };
}

langs! {
    En => "en", "eng", "English";
    De => "de", "deu", "German";
    Fr => "fr", "fra", "French";
    Es => "es", "spa", "Spanish";
    It => "it", "ita", "Italian";
    Pt => "pt", "por", "Portuguese";
    Nl => "nl", "nld", "Dutch";
    Da => "da", "dan", "Danish";
    Sv => "sv", "swe", "Swedish";
    Nb => "nb", "nob", "Norwegian Bokmål";
    Fi => "fi", "fin", "Finnish";
    Hu => "hu", "hun", "Hungarian";
    Ro => "ro", "ron", "Romanian";
    Tr => "tr", "tur", "Turkish";
    Pl => "pl", "pol", "Polish";
    Cs => "cs", "ces", "Czech";
    Sk => "sk", "slk", "Slovak";
    Ru => "ru", "rus", "Russian";
    Uk => "uk", "ukr", "Ukrainian";
    Bg => "bg", "bul", "Bulgarian";
    El => "el", "ell", "Greek";
    Hy => "hy", "hye", "Armenian";
    Kk => "kk", "kaz", "Kazakh";
    Ar => "ar", "ara", "Arabic";
    Fa => "fa", "pes", "Persian";
    Ur => "ur", "urd", "Urdu";
    He => "he", "heb", "Hebrew";
    Hi => "hi", "hin", "Hindi";
    Mr => "mr", "mar", "Marathi";
    Ta => "ta", "tam", "Tamil";
    Am => "am", "amh", "Amharic";
    My => "my", "mya", "Burmese";
    Zh => "zh", "cmn", "Chinese";
    Ja => "ja", "jpn", "Japanese";
    Ko => "ko", "kor", "Korean";
    Th => "th", "tha", "Thai";
    Vi => "vi", "vie", "Vietnamese";
    Id => "id", "ind", "Indonesian";
}

impl Lang {
    /// The codes of every language, for error messages and docs.
    pub fn codes() -> Vec<&'static str> {
        Lang::ALL.iter().map(|l| l.code()).collect()
    }

    /// Detects the language of `text` from a bounded sample (so a 10 MB text costs no more
    /// than a page). Unsure or unknown gives [`Lang::Und`].
    ///
    /// # Example
    /// ```
    /// use brevity::Lang;
    /// assert_eq!(Lang::detect("The committee met on Tuesday and agreed to publish the report next week."), Lang::En);
    /// assert_eq!(Lang::detect(""), Lang::Und);
    /// ```
    pub fn detect(text: &str) -> Lang {
        const SAMPLE: usize = 4096;
        let mut end = text.len().min(SAMPLE);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let sample = &text[..end];
        match whatlang::detect(sample) {
            // Short texts give low confidence even when right; take the guess when the
            // script admits few languages or the text is long enough to trust.
            Some(info) if info.is_reliable() || info.confidence() > 0.3 => Lang::from_iso3(info.lang().code()),
            _ => Lang::Und,
        }
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
