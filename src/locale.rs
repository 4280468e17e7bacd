//! Language facts in one place: which codes are language tags, which languages are written
//! right to left (and so the `dir` of text in them), languages' names in themselves, and
//! country names from ISO 3166 codes in the reader's language, from CLDR through ICU4X's
//! compiled data (no hand-kept table). Formatting that depends on the language (lists,
//! dates, numbers) belongs here too. Load, validate, the interface strings and render all
//! ask here; nothing here depends on them.

use icu_experimental::displaynames::DisplayNamesOptions;
use icu_experimental::displaynames::multi::RegionDisplayNames;
use icu_locale_core::Locale;
use icu_locale_core::subtags::Region;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

/// `fr`, `pt-BR`, `zh-Hans`: a primary subtag of 2 or 3 letters, then optional subtags.
pub fn is_language_tag(s: &str) -> bool {
    let mut parts = s.split('-');
    let primary = parts.next().unwrap_or("");
    (2..=3).contains(&primary.len())
        && primary.bytes().all(|b| b.is_ascii_lowercase())
        && parts.all(|p| (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// Languages written right to left.
const RTL: [&str; 12] = [
    "ar", "arc", "ckb", "dv", "fa", "he", "ks", "ps", "sd", "ug", "ur", "yi",
];

pub fn is_rtl(code: &str) -> bool {
    RTL.contains(&primary(code))
}

/// The `dir` attribute of a language.
pub fn dir(rtl: bool) -> &'static str {
    if rtl { "rtl" } else { "ltr" }
}

fn primary(code: &str) -> &str {
    code.split('-').next().unwrap_or(code)
}

/// Names of languages in themselves, for the language switcher.
pub fn autonym(code: &str) -> &str {
    match primary(code) {
        "en" => "English",
        "fr" => "Français",
        "es" => "Español",
        "ar" => "العربية",
        "pt" => "Português",
        "ru" => "Русский",
        "zh" => "中文",
        "sw" => "Kiswahili",
        "fa" => "فارسی",
        "ur" => "اردو",
        "ps" => "پښتو",
        "uk" => "Українська",
        "so" => "Soomaali",
        "ha" => "Hausa",
        "am" => "አማርኛ",
        "ti" => "ትግርኛ",
        "my" => "မြန်မာ",
        "bn" => "বাংলা",
        "hi" => "हिन्दी",
        "tr" => "Türkçe",
        "id" => "Bahasa Indonesia",
        "ht" => "Kreyòl ayisyen",
        "de" => "Deutsch",
        "it" => "Italiano",
        _ => code,
    }
}

/// Region names per language, loaded once per language and shared between threads.
fn region_names(lang: &str) -> Option<Arc<RegionDisplayNames>> {
    static LOADED: OnceLock<Mutex<HashMap<String, Option<Arc<RegionDisplayNames>>>>> =
        OnceLock::new();
    let mut loaded = LOADED
        .get_or_init(|| Mutex::new(HashMap::new()))
        .lock()
        .ok()?;
    loaded
        .entry(lang.to_string())
        .or_insert_with(|| {
            let locale: Locale = lang.parse().ok()?;
            RegionDisplayNames::try_new((&locale).into(), DisplayNamesOptions::default())
                .ok()
                .map(Arc::new)
        })
        .clone()
}

/// The name of a country from its ISO 3166-1 alpha-3 code, in `lang`, else in `fallback`
/// (the site's default language), else English; the code itself if CLDR has no name.
pub fn country_name(alpha3: &str, lang: &str, fallback: &str) -> String {
    let Some(region) = celes::Country::from_alpha3(alpha3)
        .ok()
        .and_then(|c| Region::try_from_str(c.alpha2).ok())
    else {
        return alpha3.to_string();
    };
    [lang, fallback, "en"]
        .into_iter()
        .find_map(|l| region_names(l)?.of(region).map(str::to_string))
        .unwrap_or_else(|| alpha3.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn country_names_come_from_cldr_in_the_readers_language() {
        assert_eq!(country_name("MOZ", "en", "en"), "Mozambique");
        assert_eq!(country_name("SSD", "fr", "en"), "Soudan du Sud");
        assert_eq!(country_name("MOZ", "ar", "en"), "موزمبيق");
        assert_eq!(country_name("HTI", "pt", "en"), "Haiti");
        assert_eq!(country_name("XYZ", "en", "en"), "XYZ");
    }

    #[test]
    fn tags_and_direction() {
        assert!(is_language_tag("pt-BR"));
        assert!(!is_language_tag("EN"));
        assert!(is_rtl("ar-EG"));
        assert!(!is_rtl("fr"));
    }
}
