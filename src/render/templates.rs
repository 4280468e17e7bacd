//! Templates: the built-in theme (embedded in the binary) with the toolkit's overrides,
//! compiled once per build, and the `t()` function that reads Fluent messages.

use crate::diagnostics::{Diagnostic, Loc};
use crate::i18n::{Arg, I18n};
use crate::load::TemplateSource;
use serde::Serialize;
use std::sync::Arc;

/// The default theme's templates, by name.
pub const BUILTIN: [(&str, &str); 22] = [
    (
        "resources.html",
        include_str!("../../themes/default/templates/resources.html"),
    ),
    (
        "groups.html",
        include_str!("../../themes/default/templates/groups.html"),
    ),
    (
        "search.html",
        include_str!("../../themes/default/templates/search.html"),
    ),
    (
        "translations.html",
        include_str!("../../themes/default/templates/translations.html"),
    ),
    (
        "checklist.html",
        include_str!("../../themes/default/templates/checklist.html"),
    ),
    (
        "pack.html",
        include_str!("../../themes/default/templates/pack.html"),
    ),
    (
        "contacts.html",
        include_str!("../../themes/default/templates/contacts.html"),
    ),
    (
        "meeting.html",
        include_str!("../../themes/default/templates/meeting.html"),
    ),
    (
        "downloads.html",
        include_str!("../../themes/default/templates/downloads.html"),
    ),
    (
        "base.html",
        include_str!("../../themes/default/templates/base.html"),
    ),
    (
        "home.html",
        include_str!("../../themes/default/templates/home.html"),
    ),
    (
        "page.html",
        include_str!("../../themes/default/templates/page.html"),
    ),
    (
        "clusters.html",
        include_str!("../../themes/default/templates/clusters.html"),
    ),
    (
        "cluster.html",
        include_str!("../../themes/default/templates/cluster.html"),
    ),
    (
        "organisations.html",
        include_str!("../../themes/default/templates/organisations.html"),
    ),
    (
        "organisation.html",
        include_str!("../../themes/default/templates/organisation.html"),
    ),
    (
        "emergencies.html",
        include_str!("../../themes/default/templates/emergencies.html"),
    ),
    (
        "emergency.html",
        include_str!("../../themes/default/templates/emergency.html"),
    ),
    (
        "activation.html",
        include_str!("../../themes/default/templates/activation.html"),
    ),
    (
        "glossary.html",
        include_str!("../../themes/default/templates/glossary.html"),
    ),
    (
        "root.html",
        include_str!("../../themes/default/templates/root.html"),
    ),
    (
        "404.html",
        include_str!("../../themes/default/templates/404.html"),
    ),
];

/// The default theme's static files, written under the output folder.
pub const BUILTIN_STATIC: [(&str, &str); 3] = [
    (
        "assets/search.js",
        include_str!("../../themes/default/static/assets/search.js"),
    ),
    (
        "assets/coordkit.js",
        include_str!("../../themes/default/static/assets/coordkit.js"),
    ),
    (
        "assets/coordkit.css",
        include_str!("../../themes/default/static/assets/coordkit.css"),
    ),
];

pub struct Templates {
    tera: tera::Tera,
    /// Template name -> the toolkit file that overrides it, for error messages.
    overridden: Vec<(String, Arc<str>)>,
}

impl Templates {
    pub fn new(
        overrides: &[TemplateSource],
        i18n: &I18n,
        diagnostics: &mut Vec<Diagnostic>,
    ) -> Templates {
        let mut tera = tera::Tera::new();
        let i18n = i18n.clone();
        tera.register_function(
            "t",
            move |kwargs: tera::Kwargs, state: &tera::State| -> tera::TeraResult<String> {
                let key: String = kwargs.must_get::<&str>("key")?.to_string();
                let lang: String = state
                    .get::<String>("lang")?
                    .unwrap_or_else(|| "en".to_string());
                let mut args = Vec::new();
                for (name, value) in kwargs.iter() {
                    let Some(name) = name.as_str() else { continue };
                    if name == "key" {
                        continue;
                    }
                    let arg = match (value.as_f64(), value.as_i64(), value.as_str()) {
                        (Some(f), _, _) => Arg::Number(f),
                        (_, Some(i), _) => Arg::Number(i as f64),
                        (_, _, Some(s)) => Arg::Text(s.to_string()),
                        _ => Arg::Text(value.to_string()),
                    };
                    args.push((name.to_string(), arg));
                }
                let args: Vec<(&str, Arg)> =
                    args.iter().map(|(n, a)| (n.as_str(), a.clone())).collect();
                Ok(i18n.t(&lang, &key, &args))
            },
        );
        register_filters(&mut tera);
        let mut sources: Vec<(String, String)> = BUILTIN
            .iter()
            .map(|(n, t)| (n.to_string(), t.to_string()))
            .collect();
        let mut overridden = Vec::new();
        for o in overrides {
            match sources.iter_mut().find(|(n, _)| *n == o.name) {
                Some(slot) => slot.1 = o.text.clone(),
                None => sources.push((o.name.clone(), o.text.clone())),
            }
            overridden.push((o.name.clone(), Arc::clone(&o.file.path)));
        }
        let templates = Templates { tera, overridden };
        let mut templates = templates;
        if let Err(e) = templates
            .tera
            .add_raw_templates(sources.iter().map(|(n, t)| (n.as_str(), t.as_str())))
        {
            diagnostics.push(templates.diagnostic(&e, "base.html"));
        }
        templates
    }

    /// Renders `name` with a typed context.
    pub fn render<C: Serialize>(&self, name: &str, context: &C) -> Result<String, Diagnostic> {
        let context =
            tera::Context::from_serialize(context).map_err(|e| self.diagnostic(&e, name))?;
        self.tera
            .render(name, &context)
            .map_err(|e| self.diagnostic(&e, name))
    }

    /// A template error, placed in the toolkit's file when the template is an override.
    fn diagnostic(&self, e: &tera::Error, name: &str) -> Diagnostic {
        let (file, line, column, message) = match e.kind() {
            tera::ErrorKind::SyntaxError(r) | tera::ErrorKind::RenderingError(r) => {
                let span = r.span();
                (
                    r.filename().to_string(),
                    span.start_line as u32,
                    span.start_col as u32 + 1,
                    r.message().to_string(),
                )
            }
            _ => (name.to_string(), 1, 1, e.to_string()),
        };
        let path: Arc<str> = self
            .overridden
            .iter()
            .find(|(n, _)| *n == file)
            .map(|(_, p)| Arc::clone(p))
            .unwrap_or_else(|| Arc::from(format!("(built-in theme) {file}")));
        Diagnostic::error(
            Loc::new(&path, line, column),
            format!("template error: {message}"),
        )
    }
}

/// Filters for the theme's small repeated pieces. Filters are plain function calls; Tera
/// components were a third of the build time when used for every name on a page.
fn register_filters(tera: &mut tera::Tera) {
    // `{{ x | txt }}`: text shown in a page, with `lang` and `dir` when it is in another language.
    tera.register_filter(
        "txt",
        |v: &tera::Value, _: tera::Kwargs, _: &tera::State| {
            tera::Value::safe_string(&shown_html(v))
        },
    );
    // `{{ list | orgs }}`: organisation links, separated by commas.
    tera.register_filter(
        "orgs",
        |v: &tera::Value, _: tera::Kwargs, _: &tera::State| {
            let mut out = String::new();
            for (i, o) in v.as_array().unwrap_or(&[]).iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                let field = |path: &str| {
                    o.get_from_path(path)
                        .and_then(|x| x.as_str())
                        .unwrap_or("")
                        .to_string()
                };
                out.push_str(&super::context::anchor(
                    &field("href"),
                    &field("name.text"),
                    &shown_html(o.get_from_path("short").unwrap_or(&tera::Value::none())),
                ));
            }
            tera::Value::safe_string(&out)
        },
    );
    // `{{ block | block }}`: Markdown rendered from YAML, in its own language.
    tera.register_filter(
        "block",
        |v: &tera::Value, _: tera::Kwargs, _: &tera::State| {
            let html = v
                .get_from_path("html")
                .and_then(|x| x.as_str())
                .unwrap_or("");
            let out = match (
                v.get_from_path("lang").and_then(|x| x.as_str()),
                v.get_from_path("dir").and_then(|x| x.as_str()),
            ) {
                (Some(lang), Some(dir)) => format!(
                    "<div lang=\"{}\" dir=\"{dir}\">{html}</div>",
                    super::context::escape(lang)
                ),
                _ => html.to_string(),
            };
            tera::Value::safe_string(&out)
        },
    );
}

/// The HTML of a `Shown` value (see `context::Shown::html`, which does the same in Rust).
fn shown_html(v: &tera::Value) -> String {
    let text = v
        .get_from_path("text")
        .and_then(|x| x.as_str())
        .unwrap_or("");
    let lang = v.get_from_path("lang").and_then(|x| x.as_str());
    let dir = v
        .get_from_path("dir")
        .and_then(|x| x.as_str())
        .unwrap_or("ltr");
    super::context::span(text, lang, dir)
}
