//! The language of messages. A leaf module: it imports nothing of the crate,
//! so every layer may use it (a language not known is its own small error,
//! [`UnknownLang`], which the crate's [`crate::Error`] takes in).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The language of messages: Norwegian bokmål (the default everywhere, in
/// every interface) or English.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Lang {
    /// Norsk bokmål.
    #[default]
    Nb,
    /// English.
    En,
}

/// A language asked for that is neither `nb` nor `en` (what was asked).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownLang(pub String);

impl UnknownLang {
    /// The message in a language.
    pub fn message(&self, lang: Lang) -> String {
        let s = &self.0;
        match lang {
            Lang::Nb => format!("ukjent språk «{s}»: forventet «nb» eller «en»"),
            Lang::En => format!("unknown language \"{s}\": expected \"nb\" or \"en\""),
        }
    }
}

impl std::fmt::Display for UnknownLang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for UnknownLang {}

impl std::str::FromStr for Lang {
    type Err = UnknownLang;
    /// `nb` or `en`, in any case (`NB`, `En`). `no` (Norwegian, which
    /// could be nynorsk) is refused like any other language.
    fn from_str(s: &str) -> Result<Lang, UnknownLang> {
        match s.to_ascii_lowercase().as_str() {
            "nb" => Ok(Lang::Nb),
            "en" => Ok(Lang::En),
            _ => Err(UnknownLang(s.to_string())),
        }
    }
}

impl Lang {
    /// `nb` or `en`.
    pub fn as_str(self) -> &'static str {
        match self {
            Lang::Nb => "nb",
            Lang::En => "en",
        }
    }

    /// One of two texts, given in the order used throughout the crate: bokmål, then English.
    pub fn pick<T>(self, nb: T, en: T) -> T {
        match self {
            Lang::Nb => nb,
            Lang::En => en,
        }
    }

    /// `one` or `many` by `n` in this language's words: `plural(1, …)` is
    /// "1 error", `plural(2, …)` "2 errors".
    pub fn count(self, n: usize, nb: (&str, &str), en: (&str, &str)) -> String {
        let (one, many) = self.pick(nb, en);
        format!("{n} {}", if n == 1 { one } else { many })
    }
}

/// A text in both languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Bilingual {
    /// Norwegian bokmål.
    pub nb: &'static str,
    /// English.
    pub en: &'static str,
}

impl Bilingual {
    /// The text in a language.
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Nb => self.nb,
            Lang::En => self.en,
        }
    }
}
