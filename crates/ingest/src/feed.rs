//! RSS 2.0 and Atom feeds: one document per item or entry.
//!
//! Title, link, publication date (`pubDate` in RFC 2822, `published`/`updated`/`dc:date` in
//! ISO 8601) and the text: `content:encoded` or `content` when present, else `description` or
//! `summary`, run through the HTML reader (feeds carry escaped HTML).

use crate::{html_to_document, Item, Rejected};
use chrono::NaiveDate;
use kroniko_doc::Document;

fn child_text<'a>(n: roxmltree::Node<'a, 'a>, names: &[&str]) -> Option<String> {
    for name in names {
        let (prefix, local) = match name.split_once(':') {
            Some((p, l)) => (Some(p), l),
            None => (None, *name),
        };
        for c in n.children().filter(|c| c.is_element() && c.tag_name().name() == local) {
            // A prefixed name (content:encoded, dc:date) must come from a namespace, an
            // unprefixed one from none or the feed's default.
            let ns_ok = match prefix {
                Some(_) => c.tag_name().namespace().is_some(),
                None => true,
            };
            if !ns_ok {
                continue;
            }
            let text: String = c.descendants().filter(|d| d.is_text()).filter_map(|d| d.text()).collect();
            if !text.trim().is_empty() {
                return Some(text.trim().to_string());
            }
            if let Some(href) = c.attribute("href") {
                return Some(href.to_string());
            }
        }
    }
    None
}

/// Parses RFC 2822 (`Tue, 10 Jun 2003 04:00:00 GMT`) or ISO 8601 dates.
fn feed_date(s: &str) -> Option<NaiveDate> {
    if let Some(d) = crate::parse_date(s) {
        return Some(d);
    }
    chrono::DateTime::parse_from_rfc2822(s.trim()).ok().map(|d| d.date_naive())
}

/// True when the text looks like an RSS or Atom feed.
pub fn looks_like_feed(text: &str) -> bool {
    let head: String = text.chars().take(2048).collect::<String>().to_ascii_lowercase();
    head.contains("<rss") || (head.contains("<feed") && head.contains("atom"))
}

/// Reads a feed: one item per entry, or a rejection of the whole feed.
pub fn read_feed(text: &str, name: &str, sink: &mut dyn FnMut(Item)) {
    let opts = roxmltree::ParsingOptions { allow_dtd: false, nodes_limit: 4_000_000 };
    let doc = match roxmltree::Document::parse_with_options(text, opts) {
        Ok(d) => d,
        Err(e) => {
            sink(Err(Rejected { source: name.to_string(), reason: format!("not a well-formed feed: {e}") }));
            return;
        }
    };
    let mut n = 0;
    for item in doc.descendants().filter(|d| d.is_element() && matches!(d.tag_name().name(), "item" | "entry")) {
        n += 1;
        let src = format!("{name}#{n}");
        let link = child_text(item, &["link"]);
        let id = child_text(item, &["guid", "id"]).or_else(|| link.clone()).unwrap_or_else(|| src.clone());
        let title = child_text(item, &["title"]);
        let published = child_text(item, &["pubDate", "published", "updated", "dc:date"]).and_then(|d| feed_date(&d));
        let body = child_text(item, &["content:encoded", "content", "description", "summary"]);
        let text = match body {
            Some(b) => {
                let h = html_to_document(&b);
                // Feeds often carry only a teaser: keep the title as the first line.
                match &title {
                    Some(t) if !h.text.contains(t.as_str()) => format!("{t}\n\n{}", h.text),
                    _ => h.text,
                }
            }
            None => title.clone().unwrap_or_default(),
        };
        if text.trim().is_empty() {
            sink(Err(Rejected { source: src, reason: "feed item with no text".into() }));
            continue;
        }
        let mut d = Document::new(id, text);
        d.url = link;
        d.title = title;
        d.published = published;
        sink(Ok(d));
    }
    if n == 0 {
        sink(Err(Rejected { source: name.to_string(), reason: "feed with no items".into() }));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(xml: &str) -> Vec<Item> {
        let mut v = Vec::new();
        read_feed(xml, "f.xml", &mut |i| v.push(i));
        v
    }

    #[test]
    fn rss_items_with_html_descriptions() {
        let xml = r#"<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Wire</title>
<item><title>Police detain 40 in Osh</title><link>https://example.org/a</link><guid>a-1</guid>
<pubDate>Tue, 02 May 2023 09:00:00 GMT</pubDate><description><![CDATA[<p>Police detained 40 protesters in Osh on Monday.</p>]]></description></item>
<item><title>Second</title><link>https://example.org/b</link><content:encoded>&lt;p&gt;Troops were deployed.&lt;/p&gt;</content:encoded></item>
</channel></rss>"#;
        let v = items(xml);
        assert_eq!(v.len(), 2);
        let a = v[0].as_ref().unwrap();
        assert_eq!(a.id, "a-1");
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2023, 5, 2));
        assert!(a.text.contains("Police detained 40 protesters in Osh on Monday."), "{}", a.text);
        let b = v[1].as_ref().unwrap();
        assert_eq!(b.id, "https://example.org/b");
        assert!(b.text.contains("Troops were deployed."));
    }

    #[test]
    fn atom_entries() {
        let xml = r#"<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
<entry><id>urn:x:1</id><title>Clashes</title><link href="https://example.org/c"/><published>2024-01-05T10:00:00Z</published>
<content type="html">&lt;p&gt;Clashes broke out in Tbilisi.&lt;/p&gt;</content></entry></feed>"#;
        let v = items(xml);
        let e = v[0].as_ref().unwrap();
        assert_eq!(e.id, "urn:x:1");
        assert_eq!(e.url.as_deref(), Some("https://example.org/c"));
        assert_eq!(e.published, NaiveDate::from_ymd_opt(2024, 1, 5));
        assert!(e.text.contains("Clashes broke out in Tbilisi."));
    }

    #[test]
    fn broken_feed_is_rejected_with_reason() {
        let v = items("<rss><channel><item><title>x</item></rss>");
        assert!(v[0].as_ref().unwrap_err().reason.contains("not a well-formed feed"));
    }
}
