//! CSV with an HXL hashtag row (the Humanitarian Exchange Language) under the header row,
//! quoted as RFC 4180 says and with CRLF line endings, via the `csv` crate. Text that a
//! spreadsheet would run as a formula is neutralised as OWASP describes.

/// A cell a spreadsheet would read as a formula (`=HYPERLINK(...)`, `@SUM(...)`, `+cmd|...`)
/// gets a leading `'` (issue #8). Numbers written with a sign, such as phone numbers
/// (`+258 84 000 0000`), stay as they are: digits, spaces, `(`, `)`, `.` and `-` run nothing.
pub fn neutralise(cell: &str) -> std::borrow::Cow<'_, str> {
    let Some(first) = cell.chars().next() else {
        return cell.into();
    };
    let number = |rest: &str| {
        rest.chars().any(|c| c.is_ascii_digit())
            && rest
                .chars()
                .all(|c| c.is_ascii_digit() || " ().-".contains(c))
    };
    match first {
        '+' | '-' if number(&cell[1..]) => cell.into(),
        '=' | '+' | '-' | '@' | '\t' | '\r' | '\n' => format!("'{cell}").into(),
        _ => cell.into(),
    }
}

/// Writes rows: a header row, the HXL hashtag row, then the data.
pub fn table(header: &[String], hashtags: &[&str], rows: &[Vec<String>]) -> Vec<u8> {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let safe = |row: &[String]| {
        row.iter()
            .map(|c| neutralise(c).into_owned())
            .collect::<Vec<_>>()
    };
    // Writing to a Vec cannot fail; a failed row would only be missing from the file.
    let _ = w.write_record(safe(header));
    let _ = w.write_record(hashtags);
    for r in rows {
        let _ = w.write_record(safe(r));
    }
    w.into_inner().unwrap_or_default()
}

/// Columns of `contacts.csv`.
pub const CONTACT_TAGS: [&str; 14] = [
    "#crisis+code",
    "#country+code",
    "#country+name",
    "#sector+code",
    "#sector+name",
    "#org+name",
    "#org+acronym",
    "#org+type",
    "#contact+name",
    "#contact+role",
    "#contact+email",
    "#contact+phone",
    "#loc+name",
    "#date+reported",
];

/// Columns of `directory.csv`: activations, and clusters merged into another's group; no
/// people. `#sector` is any cluster, sector or area of responsibility; `+type` says which.
pub const DIRECTORY_TAGS: [&str; 19] = [
    "#crisis+code",
    "#country+code",
    "#country+name",
    "#sector+code",
    "#sector+name",
    "#sector+type",
    "#sector+group+name",
    "#sector+parent+code",
    "#meta+arrangement",
    "#org+lead+name",
    "#org+lead+acronym",
    "#org+convener+name",
    "#org+colead+name",
    "#org+lastresort+name",
    "#org+government+name",
    "#status",
    "#date+start",
    "#date+end",
    "#loc+name",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issue_8_formulas_are_neutralised_and_phone_numbers_kept() {
        for (cell, written) in [
            ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
            ("-2+3", "'-2+3"),
            ("\tTab", "'\tTab"),
            ("\rCR", "'\rCR"),
            ("+258 84 000 0000", "+258 84 000 0000"),
            ("+1 (202) 555-0100", "+1 (202) 555-0100"),
            ("-", "'-"),
            ("WHO", "WHO"),
            ("", ""),
        ] {
            assert_eq!(neutralise(cell), written, "{cell:?}");
        }
    }

    #[test]
    fn quoting_follows_rfc_4180() {
        let out = table(
            &["a".into(), "b".into()],
            &["#x", "#y"],
            &[vec!["Beira, Sofala".into(), "say \"hi\"".into()]],
        );
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "a,b\r\n#x,#y\r\n\"Beira, Sofala\",\"say \"\"hi\"\"\"\r\n"
        );
    }
}
