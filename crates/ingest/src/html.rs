//! HTML to text: the main text of a news page, its title and publication date.
//!
//! Built on a WHATWG tokenizer (html5gum) rather than a tree, so memory and time stay linear
//! whatever the nesting depth. Content inside `script`, `style`, `nav`, `header`, `footer`,
//! `aside`, `form` and the like, and inside any element whose class or id names comments, a
//! sidebar, a menu, sharing buttons or related links, is skipped. When the page has
//! `<article>` elements, only their text is kept.

use chrono::NaiveDate;
use html5gum::{DefaultEmitter, Token, Tokenizer};
use kroniko_doc::Lang;

/// What a page gave.
#[derive(Debug, Clone, Default)]
pub struct HtmlDoc {
    pub text: String,
    pub title: Option<String>,
    pub published: Option<NaiveDate>,
    pub lang: Option<Lang>,
}

const SKIP_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "svg", "iframe", "button",
    "select", "textarea", "menu", "figure", "object", "canvas",
];
const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "blockquote",
    "tr",
    "table",
    "pre",
    "dd",
    "dt",
    "br",
    "hr",
    "figcaption",
    "address",
];
const SKIP_MARKERS: &[&str] = &[
    "comment",
    "sidebar",
    "related",
    "share",
    "social",
    "newsletter",
    "advert",
    "promo",
    "menu",
    "breadcrumb",
    "cookie",
    "footer",
    "nav",
];
const DATE_META: &[&str] = &[
    "article:published_time",
    "og:published_time",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
    "datepublished",
    "article.published",
];
/// Tags whose end is implied (void elements) and so never open a skipped region.
const VOID: &[&str] =
    &["br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source", "track", "wbr"];

fn s(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// Extracts the main text, title, date and declared language of an HTML page.
pub fn html_to_document(html: &str) -> HtmlDoc {
    let mut emitter = DefaultEmitter::default();
    emitter.naively_switch_states(true);
    let mut all = String::new();
    let mut article = String::new();
    let mut title = String::new();
    let mut og_title: Option<String> = None;
    let mut published: Option<NaiveDate> = None;
    let mut lang: Option<Lang> = None;
    // The tag that opened the skipped region and how deep we are inside same-named tags.
    let mut skip: Option<(String, usize)> = None;
    let mut in_title = false;
    let mut article_depth = 0usize;
    let mut h1_text: Option<String> = None;
    let mut in_h1 = false;
    let mut h1_buf = String::new();
    for tok in Tokenizer::new_with_emitter(html, emitter).flatten() {
        match tok {
            Token::StartTag(t) => {
                let name = s(&t.name).to_ascii_lowercase();
                let attr = |k: &str| t.attributes.get(k.as_bytes()).map(|v| s(v));
                if name == "html" {
                    if let Some(l) = attr("lang") {
                        lang = Lang::from_code(l.split('-').next().unwrap_or("")).filter(|l| *l != Lang::Unknown);
                    }
                }
                if name == "meta" {
                    let key = attr("property")
                        .or_else(|| attr("name"))
                        .or_else(|| attr("itemprop"))
                        .unwrap_or_default()
                        .to_ascii_lowercase();
                    if let Some(c) = attr("content") {
                        if published.is_none() && DATE_META.contains(&key.as_str()) {
                            published = crate::parse_date(&c);
                        }
                        if key == "og:title" {
                            og_title = Some(c.trim().to_string());
                        }
                    }
                    continue;
                }
                if name == "time" && published.is_none() {
                    if let Some(d) = attr("datetime") {
                        published = crate::parse_date(&d);
                    }
                }
                if let Some((open, depth)) = skip.as_mut() {
                    if *open == name && !t.self_closing {
                        *depth += 1;
                    }
                    continue;
                }
                if name == "title" {
                    in_title = true;
                    continue;
                }
                let marker = [attr("class"), attr("id"), attr("role")]
                    .into_iter()
                    .flatten()
                    .map(|v| v.to_ascii_lowercase())
                    .any(|v| {
                        SKIP_MARKERS.iter().any(|m| {
                            v.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| w == *m || w == format!("{m}s"))
                        })
                    });
                if (SKIP_TAGS.contains(&name.as_str()) || marker) && !t.self_closing && !VOID.contains(&name.as_str()) {
                    skip = Some((name, 1));
                    continue;
                }
                if name == "article" {
                    article_depth += 1;
                }
                if name == "h1" {
                    in_h1 = true;
                    h1_buf.clear();
                }
                if BLOCK_TAGS.contains(&name.as_str()) {
                    all.push_str("\n\n");
                    if article_depth > 0 {
                        article.push_str("\n\n");
                    }
                }
            }
            Token::EndTag(t) => {
                let name = s(&t.name).to_ascii_lowercase();
                if let Some((open, depth)) = skip.as_mut() {
                    if *open == name {
                        *depth -= 1;
                        if *depth == 0 {
                            skip = None;
                        }
                    }
                    continue;
                }
                if name == "title" {
                    in_title = false;
                }
                if name == "h1" && in_h1 {
                    in_h1 = false;
                    if h1_text.is_none() && !h1_buf.trim().is_empty() {
                        h1_text = Some(h1_buf.split_whitespace().collect::<Vec<_>>().join(" "));
                    }
                }
                if name == "article" {
                    article_depth = article_depth.saturating_sub(1);
                }
                if BLOCK_TAGS.contains(&name.as_str()) {
                    all.push_str("\n\n");
                    if article_depth > 0 || name == "article" {
                        article.push_str("\n\n");
                    }
                }
            }
            Token::String(text) => {
                let t = s(&text);
                if in_title {
                    title.push_str(&t);
                    continue;
                }
                if skip.is_some() {
                    continue;
                }
                if in_h1 {
                    h1_buf.push_str(&t);
                }
                all.push_str(&t);
                if article_depth > 0 {
                    article.push_str(&t);
                }
            }
            _ => {}
        }
    }
    let body = if article.trim().is_empty() { all } else { article };
    let title =
        Some(title.split_whitespace().collect::<Vec<_>>().join(" ")).filter(|t| !t.is_empty()).or(og_title).or(h1_text);
    HtmlDoc { text: tidy(&body), title, published, lang }
}

/// Collapses runs of spaces inside lines and runs of blank lines into one blank line.
fn tidy(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut blank = 0;
    for line in s.lines() {
        let l = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if l.is_empty() {
            blank += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank > 0 { "\n\n" } else { "\n" });
        }
        blank = 0;
        out.push_str(&l);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn main_text_title_and_date() {
        let h = r#"<!doctype html><html lang="en"><head><title>Clashes in Osh | Wire</title>
<meta property="article:published_time" content="2023-05-02T09:00:00Z"><script>var x = "<p>no</p>";</script>
<style>p{}</style></head><body><nav><a>Home</a><a>World</a></nav>
<article><h1>Clashes in Osh</h1><p>Police detained <b>40</b> people.</p><p>Calm returned.</p></article>
<aside><p>Related: other news</p></aside><div class="comments"><div><p>Great article!</p></div></div>
<footer>(c) Wire</footer></body></html>"#;
        let d = html_to_document(h);
        assert_eq!(d.title.as_deref(), Some("Clashes in Osh | Wire"));
        assert_eq!(d.published, NaiveDate::from_ymd_opt(2023, 5, 2));
        assert_eq!(d.lang, Some(Lang::En));
        assert_eq!(d.text, "Clashes in Osh\n\nPolice detained 40 people.\n\nCalm returned.");
    }

    #[test]
    fn deep_nesting_is_linear_and_safe() {
        let n = 200_000;
        let mut h = String::with_capacity(n * 12);
        for _ in 0..n {
            h.push_str("<div>");
        }
        h.push_str("<p>Deep text here.</p>");
        for _ in 0..n {
            h.push_str("</div>");
        }
        let d = html_to_document(&h);
        assert_eq!(d.text, "Deep text here.");
    }

    #[test]
    fn markup_in_text_stays_text() {
        let d = html_to_document("<p>He wrote &lt;script&gt;alert(1)&lt;/script&gt; here.</p>");
        assert_eq!(d.text, "He wrote <script>alert(1)</script> here.");
    }
}
