//! CSV with an HXL hashtag row (the Humanitarian Exchange Language) under the header row,
//! quoted as RFC 4180 says and with CRLF line endings, via the `csv` crate.

/// Writes rows: a header row, the HXL hashtag row, then the data.
pub fn table(header: &[String], hashtags: &[&str], rows: &[Vec<String>]) -> Vec<u8> {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    // Writing to a Vec cannot fail; a failed row would only be missing from the file.
    let _ = w.write_record(header);
    let _ = w.write_record(hashtags);
    for r in rows {
        let _ = w.write_record(r);
    }
    w.into_inner().unwrap_or_default()
}

/// Columns of `contacts.csv`.
pub const CONTACT_TAGS: [&str; 13] = [
    "#crisis+code",
    "#country+code",
    "#sector+cluster+code",
    "#sector+cluster+name",
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

/// Columns of `directory.csv`: activations, no people.
pub const DIRECTORY_TAGS: [&str; 13] = [
    "#crisis+code",
    "#country+code",
    "#sector+cluster+code",
    "#sector+cluster+name",
    "#meta+arrangement",
    "#org+lead+name",
    "#org+lead+acronym",
    "#org+colead+name",
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
