//! Formats of single values: ids, dates, times, GLIDE numbers, ISO 3166 country codes, time
//! zones, emails, phone numbers and web addresses. Each check returns the message to show.

use chrono::{NaiveDate, NaiveTime};

pub fn id(value: &str) -> Result<(), String> {
    let ok = !value.is_empty()
        && value.len() <= 64
        && value
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        && value
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if ok {
        return Ok(());
    }
    let suggestion = suggest_id(value);
    let mut message = format!("`{value}` is not a valid id");
    if !suggestion.is_empty() && suggestion != value {
        message.push_str(&format!(" (perhaps `{suggestion}`)"));
    }
    Err(message)
}

/// The hint that goes with an invalid id.
pub const ID_HINT: &str = "ids use lowercase letters a-z, digits and `-`, start with a letter or digit, and are at most 64 characters";

fn suggest_id(value: &str) -> String {
    let mut out = String::new();
    for c in value.chars() {
        let c = c.to_ascii_lowercase();
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').chars().take(64).collect()
}

pub fn date(value: &str) -> Result<NaiveDate, String> {
    let b = value.as_bytes();
    let shaped = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shaped {
        return Err(format!(
            "`{value}` is not a date; write dates as YYYY-MM-DD, such as 2026-03-14"
        ));
    }
    NaiveDate::parse_from_str(value, "%Y-%m-%d")
        .map_err(|_| format!("`{value}` is not a real date"))
}

pub fn time(value: &str) -> Result<NaiveTime, String> {
    let shaped = value.len() == 5 && value.as_bytes()[2] == b':';
    match NaiveTime::parse_from_str(value, "%H:%M") {
        Ok(t) if shaped => Ok(t),
        _ => Err(format!(
            "`{value}` is not a time; write times as HH:MM on a 24-hour clock, such as \"14:00\""
        )),
    }
}

pub fn timezone(value: &str) -> Result<chrono_tz::Tz, String> {
    value.parse::<chrono_tz::Tz>().map_err(|_| {
        format!(
            "`{value}` is not an IANA time zone; use a name such as Africa/Maputo or Asia/Dhaka"
        )
    })
}

/// ISO 3166-1 alpha-3, uppercase, from the real list of codes.
pub fn country(value: &str) -> Result<(), String> {
    let shaped = value.len() == 3 && value.bytes().all(|b| b.is_ascii_uppercase());
    if shaped && celes::Country::from_alpha3(value).is_ok() {
        return Ok(());
    }
    if value.len() == 3 && celes::Country::from_alpha3(value).is_ok() {
        return Err(format!(
            "`{value}` must be written in capitals: `{}`",
            value.to_ascii_uppercase()
        ));
    }
    Err(format!(
        "`{value}` is not an ISO 3166-1 alpha-3 country code (such as MOZ, BGD, HTI)"
    ))
}

/// GLIDE hazard codes, from the GLIDE number standard.
const HAZARDS: [&str; 28] = [
    "AC", "AV", "CE", "CW", "DR", "EC", "EP", "EQ", "ET", "FA", "FF", "FL", "FR", "HT", "IN", "LS",
    "MS", "OT", "SL", "SS", "ST", "TC", "TO", "TS", "VO", "VW", "WF", "WV",
];

/// `TC-2026-000045-MOZ`: hazard, year, six-digit sequence, country. Returns the country part.
pub fn glide(value: &str) -> Result<&str, String> {
    let parts: Vec<&str> = value.split('-').collect();
    let shaped = parts.len() == 4
        && parts[0].len() == 2
        && parts[1].len() == 4
        && parts[1].bytes().all(|b| b.is_ascii_digit())
        && parts[2].len() == 6
        && parts[2].bytes().all(|b| b.is_ascii_digit())
        && parts[3].len() == 3
        && parts[3].bytes().all(|b| b.is_ascii_uppercase());
    if !shaped {
        return Err(format!(
            "`{value}` is not a GLIDE number; it is written hazard-year-number-country, such as TC-2026-000045-MOZ"
        ));
    }
    if !HAZARDS.contains(&parts[0]) {
        return Err(format!(
            "`{}` in `{value}` is not a GLIDE hazard code (such as EQ, FL, TC, DR, EP)",
            parts[0]
        ));
    }
    Ok(parts[3])
}

pub fn email(value: &str) -> Result<(), String> {
    let bad = || format!("`{value}` is not an email address");
    let (local, domain) = value.split_once('@').ok_or_else(bad)?;
    let local_ok = !local.is_empty()
        && local.len() <= 64
        && !local.starts_with('.')
        && !local.ends_with('.')
        && local
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "!#$%&'*+/=?^_`{|}~.-".contains(c));
    let labels: Vec<&str> = domain.split('.').collect();
    let domain_ok = labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
        && labels
            .last()
            .is_some_and(|tld| tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_alphabetic()));
    if local_ok && domain_ok {
        Ok(())
    } else {
        Err(bad())
    }
}

/// International (E.164-style) numbers: `+`, country code and number; spaces and hyphens allowed.
pub fn phone(value: &str) -> Result<(), String> {
    let digits = value.chars().filter(|c| c.is_ascii_digit()).count();
    let ok = value.starts_with('+')
        && value[1..]
            .chars()
            .all(|c| c.is_ascii_digit() || c == ' ' || c == '-')
        && value[1..].starts_with(|c: char| c.is_ascii_digit() && c != '0')
        && (8..=15).contains(&digits);
    if ok {
        Ok(())
    } else {
        Err(format!(
            "`{value}` is not an international phone number; write `+`, the country code and the number, such as +258 84 000 0000"
        ))
    }
}

/// An absolute `http(s)://` address with a host.
pub fn web_url(value: &str) -> Result<(), String> {
    let rest = value
        .strip_prefix("https://")
        .or_else(|| value.strip_prefix("http://"));
    match rest {
        Some(rest)
            if !rest.is_empty()
                && !rest.starts_with('/')
                && !value.contains(char::is_whitespace) =>
        {
            Ok(())
        }
        _ => Err(format!(
            "`{value}` is not a web address starting with https:// or http://"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids() {
        assert!(id("wash").is_ok());
        assert!(id("3w").is_ok());
        assert_eq!(
            id("../x").unwrap_err(),
            "`../x` is not a valid id (perhaps `x`)"
        );
        assert_eq!(
            id("A B").unwrap_err(),
            "`A B` is not a valid id (perhaps `a-b`)"
        );
        assert_eq!(id("é").unwrap_err(), "`é` is not a valid id");
        assert!(id("-x").is_err());
        assert!(id(&"a".repeat(65)).is_err());
    }

    #[test]
    fn dates_must_be_real() {
        assert!(date("2026-03-14").is_ok());
        assert_eq!(
            date("2026-02-30").unwrap_err(),
            "`2026-02-30` is not a real date"
        );
        assert!(date("14/03/2026").unwrap_err().contains("YYYY-MM-DD"));
    }

    #[test]
    fn glide_numbers() {
        assert_eq!(glide("TC-2026-000045-MOZ"), Ok("MOZ"));
        assert!(glide("TC-2026-45-MOZ").is_err());
        assert!(glide("XX-2026-000045-MOZ").unwrap_err().contains("hazard"));
    }

    #[test]
    fn countries_come_from_the_real_list() {
        assert!(country("MOZ").is_ok());
        assert!(country("XYZ").is_err());
        assert_eq!(
            country("moz").unwrap_err(),
            "`moz` must be written in capitals: `MOZ`"
        );
    }

    #[test]
    fn emails_and_phones() {
        assert!(email("wash.moz@example.org").is_ok());
        assert!(email("wash.moz@example").is_err());
        assert!(email("a b@example.org").is_err());
        assert!(phone("+258 84 000 0000").is_ok());
        assert!(phone("084 000 0000").is_err());
        assert!(phone("+0 1234 5678").is_err());
    }

    #[test]
    fn time_zones_and_times() {
        assert!(timezone("Africa/Maputo").is_ok());
        assert!(timezone("Africa/Atlantis").is_err());
        assert!(time("14:00").is_ok());
        assert!(time("2pm").is_err());
        assert!(time("25:00").is_err());
    }
}
