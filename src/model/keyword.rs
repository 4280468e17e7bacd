//! One table for every closed list of words the YAML format accepts (`type: un`, `every:
//! 2-weeks`, `kind: dashboard`...): the word as written, the value it stands for, and what one
//! value is called in messages. Validation reads, pages translate and exports write the word
//! from the same table, so a new value is added in one place.

/// A value written in YAML as one of a fixed list of words.
pub trait Keyword: Copy + PartialEq + Sized + 'static {
    /// What one value is called in a message, with its article: "an emergency type".
    const WHAT: &'static str;
    /// Every value, in the order messages list them.
    const ALL: &'static [(&'static str, Self)];

    /// The word written in YAML (and in exports, and in message ids).
    fn keyword(self) -> &'static str {
        Self::ALL
            .iter()
            .find(|(_, v)| *v == self)
            .map_or("", |(k, _)| k)
    }

    fn from_keyword(word: &str) -> Option<Self> {
        Self::ALL.iter().find(|(k, _)| *k == word).map(|(_, v)| *v)
    }

    /// The words, for messages: "week, 2-weeks or month".
    fn choices() -> String {
        let words: Vec<&str> = Self::ALL.iter().map(|(k, _)| *k).collect();
        match words.split_last() {
            Some((last, [])) => (*last).to_string(),
            Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
            None => String::new(),
        }
    }

    /// Reads a word, or says what is wrong with it: "`x` is not a visibility; use public,
    /// partners or private".
    fn parse(word: &str) -> Result<Self, String> {
        Self::from_keyword(word)
            .ok_or_else(|| format!("`{word}` is not {}; use {}", Self::WHAT, Self::choices()))
    }
}

/// Declares an enum and its keyword table together.
#[macro_export]
macro_rules! keywords {
    ($(#[$meta:meta])* pub enum $name:ident: $what:literal { $($(#[$vmeta:meta])* $variant:ident = $word:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name { $($(#[$vmeta])* $variant),+ }

        impl $crate::model::Keyword for $name {
            const WHAT: &'static str = $what;
            const ALL: &'static [(&'static str, Self)] = &[$(($word, $name::$variant)),+];
        }
    };
}

impl Keyword for chrono::Weekday {
    const WHAT: &'static str = "a day";
    const ALL: &'static [(&'static str, Self)] = &[
        ("monday", chrono::Weekday::Mon),
        ("tuesday", chrono::Weekday::Tue),
        ("wednesday", chrono::Weekday::Wed),
        ("thursday", chrono::Weekday::Thu),
        ("friday", chrono::Weekday::Fri),
        ("saturday", chrono::Weekday::Sat),
        ("sunday", chrono::Weekday::Sun),
    ];
}

#[cfg(test)]
mod tests {
    use super::Keyword;

    crate::keywords! {
        /// A test list.
        pub enum Colour: "a colour" { Red = "red", DarkBlue = "dark-blue", Green = "green" }
    }

    #[test]
    fn words_and_values_come_from_one_table() {
        assert_eq!(Colour::DarkBlue.keyword(), "dark-blue");
        assert_eq!(Colour::parse("green"), Ok(Colour::Green));
        assert_eq!(
            Colour::parse("blue").unwrap_err(),
            "`blue` is not a colour; use red, dark-blue or green"
        );
        assert_eq!(chrono::Weekday::Tue.keyword(), "tuesday");
    }
}
