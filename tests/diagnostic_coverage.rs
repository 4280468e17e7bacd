//! Issue #15: every diagnostic message the code can emit is expected, word for word, by at
//! least one test. This test reads `src/` for the texts of diagnostics and the tests (the
//! files under `tests/` and the unit tests in `src/`) for the texts they expect, and fails on
//! a diagnostic text no test expects.
//!
//! What counts as a diagnostic text (outside `#[cfg(test)]` modules):
//! 1. every string literal in the message of `Diagnostic::error(loc, ...)` and
//!    `Diagnostic::warning(loc, ...)`, and in the argument of `.with_hint(...)`;
//! 2. in `src/load/` and `src/validate/`, where messages are made before the diagnostic
//!    that carries them: every `format!` template, every literal given to `Err(...)`,
//!    `.map_err(...)`, `.ok_or_else(...)`, `Misplaced(...)`, `Ignored(...)` or serde's
//!    `custom(...)`, and every `format!` template or literal turned into a `String`
//!    (`.into()`, `.to_string()`) that has a space (paths and keys are made this way too);
//! 3. a `const` string named in one of those places (such as `ID_HINT`).
//!
//! A `format!` template is matched by its fixed parts, in order, on one line of a test's
//! text (`there is no {} `{}`` is expected by "there is no organisation `whoo`"). Texts that
//! no toolkit folder can trigger are listed in `UNTRIGGERABLE`, each with the reason.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Diagnostic texts that cannot be produced from a toolkit folder, with why. Keep it short:
/// the test also fails when one of these is no longer in the code, or is expected by a test.
const UNTRIGGERABLE: &[(&str, &str)] = &[
    (
        "permission denied",
        "reading a file the user may not read; the tests run as root in CI, where every file is readable",
    ),
    ("cannot read this path: {reason}", IO_RACE),
    ("cannot read this path: {}", IO_RACE),
    ("cannot read this file: {}", IO_RACE),
    ("it does not exist", IO_RACE),
    ("it is a folder", IO_RACE),
];

/// I/O failures after a path was listed and checked (src/load/safe.rs first refuses what is
/// not a regular file, and links that lead nowhere).
const IO_RACE: &str = "an I/O failure after the path was listed and checked: a file removed or made unreadable meanwhile, or permissions that root (the tests' user in CI) always has";

// ---------------------------------------------------------------------------------------
// A small Rust lexer: string literals (decoded) and the tokens around them.

#[derive(Clone, Debug, PartialEq)]
enum Tok {
    Str { text: String, line: usize },
    Ident(String),
    Punct(char),
}

fn lex(source: &str) -> Vec<Tok> {
    let chars: Vec<char> = source.chars().collect();
    let mut toks = Vec::new();
    let mut i = 0;
    let mut line = 1;
    let at = |i: usize| chars.get(i).copied().unwrap_or('\0');
    while i < chars.len() {
        let c = chars[i];
        if c == '\n' {
            line += 1;
            i += 1;
        } else if c.is_whitespace() {
            i += 1;
        } else if c == '/' && at(i + 1) == '/' {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && at(i + 1) == '*' {
            let mut depth = 0;
            loop {
                if at(i) == '/' && at(i + 1) == '*' {
                    depth += 1;
                    i += 2;
                } else if at(i) == '*' && at(i + 1) == '/' {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    if at(i) == '\n' {
                        line += 1;
                    }
                    i += 1;
                }
            }
        } else if (c == 'r' || (c == 'b' && at(i + 1) == 'r'))
            && raw_string_start(&chars, if c == 'b' { i + 1 } else { i }).is_some()
        {
            let r = if c == 'b' { i + 1 } else { i };
            let hashes = raw_string_start(&chars, r).unwrap();
            let start_line = line;
            i = r + 1 + hashes + 1;
            let mut text = String::new();
            loop {
                if at(i) == '"' && (0..hashes).all(|h| at(i + 1 + h) == '#') {
                    i += 1 + hashes;
                    break;
                }
                if at(i) == '\n' {
                    line += 1;
                }
                text.push(at(i));
                i += 1;
            }
            toks.push(Tok::Str {
                text,
                line: start_line,
            });
        } else if c == '"' || (c == 'b' && at(i + 1) == '"') {
            i += if c == 'b' { 2 } else { 1 };
            let start_line = line;
            let mut text = String::new();
            while at(i) != '"' {
                if at(i) == '\\' {
                    i += 1;
                    match at(i) {
                        'n' => text.push('\n'),
                        't' => text.push('\t'),
                        'r' => text.push('\r'),
                        '0' => text.push('\0'),
                        'x' => {
                            let hex: String = chars[i + 1..i + 3].iter().collect();
                            text.push(char::from(u8::from_str_radix(&hex, 16).unwrap()));
                            i += 2;
                        }
                        'u' => {
                            let end = i + chars[i..].iter().position(|&c| c == '}').unwrap();
                            let hex: String = chars[i + 2..end].iter().collect();
                            text.push(
                                char::from_u32(u32::from_str_radix(&hex, 16).unwrap()).unwrap(),
                            );
                            i = end;
                        }
                        '\n' => {
                            // A line continuation: the newline and the next line's indent go.
                            line += 1;
                            while at(i + 1).is_whitespace() {
                                if at(i + 1) == '\n' {
                                    line += 1;
                                }
                                i += 1;
                            }
                        }
                        other => text.push(other),
                    }
                    i += 1;
                } else {
                    if at(i) == '\n' {
                        line += 1;
                    }
                    text.push(at(i));
                    i += 1;
                }
            }
            i += 1;
            toks.push(Tok::Str {
                text,
                line: start_line,
            });
        } else if c == '\'' || (c == 'b' && at(i + 1) == '\'') {
            let q = if c == 'b' { i + 1 } else { i };
            if at(q + 1) == '\\' {
                // An escaped character literal.
                i = q + 2;
                while at(i) != '\'' {
                    i += 1;
                }
                i += 1;
            } else if at(q + 2) == '\'' {
                i = q + 3;
            } else {
                // A lifetime or a label.
                toks.push(Tok::Punct('\''));
                i = q + 1;
            }
        } else if c.is_alphanumeric() || c == '_' {
            let start = i;
            while at(i).is_alphanumeric() || at(i) == '_' {
                i += 1;
            }
            toks.push(Tok::Ident(chars[start..i].iter().collect()));
        } else {
            toks.push(Tok::Punct(c));
            i += 1;
        }
    }
    toks
}

/// At `r`: `r"`, `r#"`, `r##"`... returns the number of `#`.
fn raw_string_start(chars: &[char], r: usize) -> Option<usize> {
    if chars.get(r) != Some(&'r') {
        return None;
    }
    let hashes = chars[r + 1..].iter().take_while(|&&c| c == '#').count();
    (chars.get(r + 1 + hashes) == Some(&'"')).then_some(hashes)
}

fn is(t: Option<&Tok>, word: &str) -> bool {
    matches!(t, Some(Tok::Ident(w)) if w == word)
}

fn punct(t: Option<&Tok>, c: char) -> bool {
    t == Some(&Tok::Punct(c))
}

/// The index after the bracket that closes the one at `open`.
fn close(toks: &[Tok], open: usize) -> usize {
    let mut depth = 0;
    for (i, t) in toks.iter().enumerate().skip(open) {
        match t {
            Tok::Punct('(' | '[' | '{') => depth += 1,
            Tok::Punct(')' | ']' | '}') => {
                depth -= 1;
                if depth == 0 {
                    return i + 1;
                }
            }
            _ => {}
        }
    }
    toks.len()
}

/// Splits a file's tokens into the code and its `#[cfg(test)]` items.
fn split_tests(toks: Vec<Tok>) -> (Vec<Tok>, Vec<Tok>) {
    let (mut code, mut tests) = (Vec::new(), Vec::new());
    let mut i = 0;
    while i < toks.len() {
        let cfg_test = punct(toks.get(i), '#')
            && punct(toks.get(i + 1), '[')
            && is(toks.get(i + 2), "cfg")
            && punct(toks.get(i + 3), '(')
            && is(toks.get(i + 4), "test")
            && punct(toks.get(i + 5), ')');
        if cfg_test {
            // The item after the attribute: up to its closing brace, or its semicolon.
            let mut j = i + 7;
            while j < toks.len() && !punct(toks.get(j), '{') && !punct(toks.get(j), ';') {
                j += 1;
            }
            let end = if punct(toks.get(j), '{') {
                close(&toks, j)
            } else {
                j + 1
            };
            tests.extend_from_slice(&toks[i..end.min(toks.len())]);
            i = end;
        } else {
            code.push(toks[i].clone());
            i += 1;
        }
    }
    (code, tests)
}

// ---------------------------------------------------------------------------------------
// Diagnostic texts in the code.

#[derive(Debug)]
struct Message {
    file: String,
    line: usize,
    text: String,
    /// A `format!` template, matched by its fixed parts.
    template: bool,
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = walkdir::WalkDir::new(dir)
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.path().extension().is_some_and(|x| x == "rs"))
        .map(|e| e.into_path())
        .collect();
    files.sort();
    files
}

/// Whether the literal at `i` is the template of a `format!`.
fn is_template(toks: &[Tok], i: usize) -> bool {
    i >= 3
        && punct(toks.get(i - 1), '(')
        && punct(toks.get(i - 2), '!')
        && matches!(toks.get(i - 3), Some(Tok::Ident(m)) if m == "format" || m == "write" || m == "writeln")
}

fn messages(root: &Path) -> Vec<Message> {
    let mut consts: BTreeMap<String, (String, usize, String)> = BTreeMap::new();
    let mut files = Vec::new();
    for path in rust_files(&root.join("src")) {
        let rel = path.strip_prefix(root).unwrap().display().to_string();
        let (code, _) = split_tests(lex(&std::fs::read_to_string(&path).unwrap()));
        // `const NAME: &str = "..."` and `const NAME: &'static str = "..."`.
        for (i, t) in code.iter().enumerate() {
            if let (Tok::Ident(k), Some(Tok::Ident(name))) = (t, code.get(i + 1))
                && k == "const"
                && let Some(eq) = code[i..].iter().position(|t| *t == Tok::Punct('='))
                && code[i..i + eq].iter().any(|t| is(Some(t), "str"))
                && let Some(Tok::Str { text, line }) = code.get(i + eq + 1)
            {
                consts.insert(name.clone(), (rel.clone(), *line, text.clone()));
            }
        }
        files.push((rel, code));
    }
    let mut found: Vec<Message> = Vec::new();
    let take = |rel: &str, toks: &[Tok], from: usize, to: usize, found: &mut Vec<Message>| {
        for i in from..to {
            match &toks[i] {
                Tok::Str { text, line } => found.push(Message {
                    file: rel.to_string(),
                    line: *line,
                    text: text.clone(),
                    template: is_template(toks, i),
                }),
                Tok::Ident(name) if consts.contains_key(name) => {
                    let (file, line, text) = &consts[name];
                    found.push(Message {
                        file: file.clone(),
                        line: *line,
                        text: text.clone(),
                        template: false,
                    });
                }
                _ => {}
            }
        }
    };
    for (rel, toks) in &files {
        let makes_messages = rel.starts_with("src/load/") || rel.starts_with("src/validate/");
        for i in 0..toks.len() {
            // 1. Diagnostic::error(loc, message) and Diagnostic::warning(loc, message).
            if is(toks.get(i), "Diagnostic")
                && punct(toks.get(i + 1), ':')
                && (is(toks.get(i + 3), "error") || is(toks.get(i + 3), "warning"))
                && punct(toks.get(i + 4), '(')
            {
                let end = close(toks, i + 4);
                let mut depth = 0;
                let mut first_comma = end;
                for (j, t) in toks.iter().enumerate().take(end - 1).skip(i + 5) {
                    match t {
                        Tok::Punct('(' | '[' | '{') => depth += 1,
                        Tok::Punct(')' | ']' | '}') => depth -= 1,
                        Tok::Punct(',') if depth == 0 => {
                            first_comma = j;
                            break;
                        }
                        _ => {}
                    }
                }
                take(rel, toks, first_comma, end, &mut found);
            }
            // 1. .with_hint(hint)
            if punct(toks.get(i), '.')
                && is(toks.get(i + 1), "with_hint")
                && punct(toks.get(i + 2), '(')
            {
                let end = close(toks, i + 2);
                take(rel, toks, i + 3, end, &mut found);
            }
            if !makes_messages {
                continue;
            }
            // 2. Messages made before their diagnostic.
            let sink = [
                "Err",
                "map_err",
                "ok_or_else",
                "Misplaced",
                "Ignored",
                "custom",
            ]
            .iter()
            .any(|s| is(toks.get(i), s));
            if sink && punct(toks.get(i + 1), '(') {
                let end = close(toks, i + 1);
                take(rel, toks, i + 2, end, &mut found);
            }
            // Texts with a space: paths, keys and git arguments are made with format! too.
            if let Some(Tok::Str { text, .. }) = toks.get(i) {
                let stringed = punct(toks.get(i + 1), '.')
                    && (is(toks.get(i + 2), "into") || is(toks.get(i + 2), "to_string"));
                if (is_template(toks, i) || stringed) && text.contains(' ') {
                    take(rel, toks, i, i + 1, &mut found);
                }
            }
        }
    }
    // One entry per text.
    found.sort_by(|a, b| (&a.text, &a.file, a.line).cmp(&(&b.text, &b.file, b.line)));
    found.dedup_by(|a, b| a.text == b.text);
    found.sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
    found
}

/// The fixed parts of a `format!` template, in order (`{{` is a brace, `{...}` a value).
fn fixed_parts(template: &str) -> Vec<String> {
    let mut parts = vec![String::new()];
    let mut chars = template.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                parts.last_mut().unwrap().push('{');
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                parts.last_mut().unwrap().push('}');
            }
            '{' => {
                for c in chars.by_ref() {
                    if c == '}' {
                        break;
                    }
                }
                parts.push(String::new());
            }
            c => parts.last_mut().unwrap().push(c),
        }
    }
    parts
}

/// Whether the parts appear in order in `text`, none of the values between them spanning
/// lines.
fn matches_in_order(parts: &[String], text: &str) -> bool {
    text.lines().any(|line| {
        let mut rest = line;
        parts.iter().all(|p| match rest.find(p.as_str()) {
            Some(at) => {
                rest = &rest[at + p.len()..];
                true
            }
            None => false,
        })
    })
}

// ---------------------------------------------------------------------------------------
// What the tests expect.

/// Every string literal of the tests (the files under `tests/` but this one, and the unit
/// tests in `src/`), with the pieces of each `concat!` also joined.
fn expected_texts(root: &Path) -> Vec<String> {
    let mut texts = Vec::new();
    let mut add = |toks: &[Tok]| {
        for (i, t) in toks.iter().enumerate() {
            if let Tok::Str { text, .. } = t {
                texts.push(text.clone());
            }
            if is(toks.get(i), "concat") && punct(toks.get(i + 1), '!') {
                let end = close(toks, i + 2);
                let joined: String = toks[i + 2..end]
                    .iter()
                    .filter_map(|t| match t {
                        Tok::Str { text, .. } => Some(text.as_str()),
                        _ => None,
                    })
                    .collect();
                texts.push(joined);
            }
        }
    };
    for path in rust_files(&root.join("tests")) {
        if path.ends_with("diagnostic_coverage.rs") {
            continue;
        }
        add(&lex(&std::fs::read_to_string(&path).unwrap()));
    }
    for path in rust_files(&root.join("src")) {
        let (_, tests) = split_tests(lex(&std::fs::read_to_string(&path).unwrap()));
        add(&tests);
    }
    texts
}

fn covered(message: &Message, texts: &[String]) -> bool {
    let parts = if message.template {
        fixed_parts(&message.text)
    } else {
        vec![message.text.clone()]
    };
    texts.iter().any(|t| matches_in_order(&parts, t))
}

/// A text worth checking: it has words, not only values and punctuation.
fn has_words(message: &Message) -> bool {
    let fixed: String = if message.template {
        fixed_parts(&message.text).concat()
    } else {
        message.text.clone()
    };
    fixed.chars().filter(|c| c.is_alphabetic()).count() >= 3
}

#[test]
fn issue_15_every_diagnostic_text_is_expected_by_a_test() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let found = messages(root);
    // The scan itself must find what it is meant to find (a broken lexer would pass).
    assert!(
        found.len() > 150,
        "only {} diagnostic texts found",
        found.len()
    );
    for known in [
        "this file is empty",
        "there is no {} `{}`",
        "`{value}` is not a real date",
        "ids use lowercase letters a-z, digits and `-`, start with a letter or digit, and are at most 64 characters",
        "unknown key {field}; the keys allowed here are: {expected}",
        "Markdown in content/clusters/ must be `<cluster id>.md`, directly in that folder",
    ] {
        assert!(
            found.iter().any(|m| m.text == known),
            "the scan misses {known:?}"
        );
    }
    let texts = expected_texts(root);
    let mut missing = Vec::new();
    for m in found.iter().filter(|m| has_words(m)) {
        let allowed = UNTRIGGERABLE.iter().any(|(t, _)| *t == m.text);
        match (covered(m, &texts), allowed) {
            (false, false) => missing.push(format!("  {}:{}: {:?}", m.file, m.line, m.text)),
            (true, true) => missing.push(format!(
                "  {}:{}: {:?} is in UNTRIGGERABLE but a test expects it: take it off the list",
                m.file, m.line, m.text
            )),
            _ => {}
        }
    }
    for (text, _) in UNTRIGGERABLE {
        if !found.iter().any(|m| m.text == *text) {
            missing.push(format!(
                "  UNTRIGGERABLE lists {text:?}, which the code no longer has"
            ));
        }
    }
    assert!(
        missing.is_empty(),
        "{} diagnostic texts are expected by no test. Add a test that asserts the exact message \
         (tests/bad_input.rs holds one case per kind of bad input), or, if no toolkit folder \
         can trigger it, add it to UNTRIGGERABLE with the reason:\n{}",
        missing.len(),
        missing.join("\n")
    );
}

#[test]
fn issue_15_templates_match_by_their_fixed_parts() {
    assert_eq!(
        fixed_parts("there is no {} `{}`{{x}}"),
        ["there is no ", " `", "`{x}"]
    );
    let parts = fixed_parts("the {} id `{id}` is used twice");
    assert!(matches_in_order(
        &parts,
        "a.yaml:6:7: error: the organisation id `who` is used twice\n"
    ));
    assert!(!matches_in_order(
        &parts,
        "the organisation id\n`who` is used twice"
    ));
    assert!(!matches_in_order(&parts, "the id `who` is used"));
    let toks = lex(
        "let x = format!(\"a {b}\\\n    c\"); // \"no\"\nr#\"raw \"q\"\"#; 'a'; '\\''; fn f<'a>() {}",
    );
    let strings: Vec<&Tok> = toks
        .iter()
        .filter(|t| matches!(t, Tok::Str { .. }))
        .collect();
    assert_eq!(
        strings,
        [
            &Tok::Str {
                text: "a {b}c".into(),
                line: 1
            },
            &Tok::Str {
                text: "raw \"q\"".into(),
                line: 3
            }
        ]
    );
}
