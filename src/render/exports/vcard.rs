//! vCard 4.0 (RFC 6350): one card per contact, CRLF line endings, lines folded at 75 octets,
//! commas, semicolons and backslashes escaped in text values.

use std::fmt::Write as _;

/// One contact's card, already in the reader's language.
pub struct Card<'a> {
    pub uid: String,
    pub name: &'a str,
    pub organisation: String,
    pub role: String,
    pub note: String,
    pub email: Option<&'a str>,
    pub phone: Option<&'a str>,
    pub languages: &'a [String],
    /// `reviewed`, as YYYYMMDD.
    pub revised: Option<String>,
}

/// Escapes a TEXT value (RFC 6350 section 3.4).
pub fn escape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ',' => out.push_str("\\,"),
            ';' => out.push_str("\\;"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends one content line, folded so that no line exceeds 75 octets (section 3.2), never
/// inside a UTF-8 character.
pub fn push_line(out: &mut String, line: &str) {
    let mut rest = line;
    let mut limit = 75;
    while rest.len() > limit {
        let mut cut = limit;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        out.push_str(&rest[..cut]);
        out.push_str("\r\n ");
        rest = &rest[cut..];
        limit = 74; // the leading space counts
    }
    out.push_str(rest);
    out.push_str("\r\n");
}

/// `+258 84 000 0000` -> `tel:+258-84-000-0000` (RFC 3966 visual separators).
fn tel_uri(phone: &str) -> String {
    let mut out = String::from("tel:");
    let mut last_sep = false;
    for c in phone.trim().chars() {
        if c.is_ascii_digit() || c == '+' {
            out.push(c);
            last_sep = false;
        } else if !last_sep && out.len() > 4 {
            out.push('-');
            last_sep = true;
        }
    }
    out.trim_end_matches('-').to_string()
}

pub fn cards(cards: &[Card]) -> String {
    let mut out = String::new();
    for c in cards {
        push_line(&mut out, "BEGIN:VCARD");
        push_line(&mut out, "VERSION:4.0");
        push_line(&mut out, &format!("UID:{}", c.uid));
        push_line(&mut out, &format!("FN:{}", escape(c.name)));
        push_line(&mut out, &format!("ORG:{}", escape(&c.organisation)));
        push_line(&mut out, &format!("ROLE:{}", escape(&c.role)));
        if let Some(email) = c.email {
            push_line(&mut out, &format!("EMAIL;TYPE=work:{email}"));
        }
        if let Some(phone) = c.phone {
            push_line(
                &mut out,
                &format!("TEL;VALUE=uri;TYPE=work,voice:{}", tel_uri(phone)),
            );
        }
        for (i, lang) in c.languages.iter().enumerate() {
            push_line(&mut out, &format!("LANG;PREF={}:{lang}", i + 1));
        }
        push_line(&mut out, &format!("NOTE:{}", escape(&c.note)));
        if let Some(rev) = &c.revised {
            let mut line = String::new();
            let _ = write!(line, "REV:{rev}T000000Z");
            push_line(&mut out, &line);
        }
        push_line(&mut out, "END:VCARD");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_values_are_escaped() {
        assert_eq!(
            escape("UNICEF; Beira, Sofala\\x"),
            "UNICEF\\; Beira\\, Sofala\\\\x"
        );
    }

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_characters() {
        let mut out = String::new();
        let line = format!("NOTE:{}", "é".repeat(60));
        push_line(&mut out, &line);
        for l in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(l.len() <= 75, "{} octets: {l}", l.len());
        }
        assert_eq!(out.replace("\r\n ", ""), format!("{line}\r\n"));
    }

    #[test]
    fn phones_become_tel_uris() {
        assert_eq!(tel_uri("+258 84 000 0001"), "tel:+258-84-000-0001");
    }
}
