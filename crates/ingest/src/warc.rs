//! WARC (ISO 28500) files, plain or gzip-compressed: one document per `response` record whose
//! payload is an HTML page (HTTP headers stripped), identified by its `WARC-Target-URI`.
//!
//! Records are read one at a time with their declared `Content-Length`, never more than
//! [`MAX_RECORD`] bytes; a record whose length lies (runs past the end of the file) is
//! rejected with that reason and reading stops there, keeping what came before.

use crate::{html_to_document, Item, Rejected};
use kroniko_doc::Document;
use std::io::{BufRead, Read};

/// The largest record read.
pub const MAX_RECORD: u64 = 32 * 1024 * 1024;

fn read_line<R: BufRead>(r: &mut R, buf: &mut Vec<u8>) -> std::io::Result<usize> {
    buf.clear();
    // A header line is short; a limit keeps a hostile file from growing one without end.
    r.take(64 * 1024).read_until(b'\n', buf)
}

/// Reads WARC records from `r`.
pub fn read_warc<R: BufRead>(mut r: R, name: &str, sink: &mut dyn FnMut(Item)) {
    let mut line = Vec::new();
    let mut n = 0usize;
    loop {
        // Skip blank lines between records, then expect the version line.
        let version = loop {
            match read_line(&mut r, &mut line) {
                Ok(0) => return,
                Ok(_) if line.iter().all(|b| b.is_ascii_whitespace()) => continue,
                Ok(_) => break String::from_utf8_lossy(&line).trim().to_string(),
                Err(e) => {
                    sink(Err(Rejected { source: name.into(), reason: format!("read error: {e}") }));
                    return;
                }
            }
        };
        n += 1;
        let src = format!("{name}#{n}");
        if !version.starts_with("WARC/") {
            sink(Err(Rejected { source: src, reason: "not a WARC record (no WARC/ version line)".into() }));
            return;
        }
        let mut headers: Vec<(String, String)> = Vec::new();
        loop {
            match read_line(&mut r, &mut line) {
                Ok(0) => break,
                Ok(_) => {
                    let l = String::from_utf8_lossy(&line).trim_end().to_string();
                    if l.is_empty() {
                        break;
                    }
                    if let Some((k, v)) = l.split_once(':') {
                        headers.push((k.trim().to_ascii_lowercase(), v.trim().to_string()));
                    }
                }
                Err(e) => {
                    sink(Err(Rejected { source: src, reason: format!("read error: {e}") }));
                    return;
                }
            }
        }
        let h = |k: &str| headers.iter().find(|(x, _)| x == k).map(|(_, v)| v.clone());
        let Some(len) = h("content-length").and_then(|v| v.parse::<u64>().ok()) else {
            sink(Err(Rejected { source: src, reason: "WARC record without a valid Content-Length".into() }));
            return;
        };
        if len > MAX_RECORD {
            sink(Err(Rejected { source: src, reason: format!("WARC record of {len} bytes is larger than the limit") }));
            return;
        }
        let mut payload = Vec::with_capacity(len.min(1 << 20) as usize);
        if let Err(e) = (&mut r).take(len).read_to_end(&mut payload) {
            sink(Err(Rejected { source: src, reason: format!("read error: {e}") }));
            return;
        }
        if (payload.len() as u64) < len {
            sink(Err(Rejected {
                source: src,
                reason: format!("WARC record says {len} bytes but the file ends after {}", payload.len()),
            }));
            return;
        }
        if h("warc-type").as_deref() != Some("response") {
            continue;
        }
        let uri = h("warc-target-uri").unwrap_or_else(|| src.clone());
        // The payload is an HTTP response: headers, a blank line, the body.
        let split = payload
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .map(|p| p + 4)
            .or_else(|| payload.windows(2).position(|w| w == b"\n\n").map(|p| p + 2));
        let (head, body) = match split {
            Some(p) => (&payload[..p], &payload[p..]),
            None => (&payload[..0], &payload[..]),
        };
        let head = String::from_utf8_lossy(head).to_ascii_lowercase();
        if !head.is_empty() && !head.contains("text/html") && !head.contains("application/xhtml") {
            continue;
        }
        let (text, repair) = match crate::decode(body) {
            Ok(x) => x,
            Err(reason) => {
                sink(Err(Rejected { source: uri, reason }));
                continue;
            }
        };
        let page = html_to_document(&text);
        if page.text.trim().is_empty() {
            sink(Err(Rejected { source: uri, reason: "no text".into() }));
            continue;
        }
        let mut d = Document::new(uri.clone(), page.text);
        d.url = Some(uri);
        d.title = page.title;
        d.published = page.published;
        d.declared_lang = page.lang;
        d.repairs.extend(repair);
        sink(Ok(d));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(kind: &str, uri: &str, payload: &str) -> String {
        format!(
            "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nContent-Length: {}\r\n\r\n{payload}\r\n\r\n",
            payload.len()
        )
    }

    #[test]
    fn responses_become_documents_and_lies_are_caught() {
        let page = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body><p>Police detained 12 people in Minsk.</p></body></html>";
        let mut warc = record("warcinfo", "", "software: test");
        warc.push_str(&record("response", "https://example.org/a", page));
        warc.push_str(&record("request", "https://example.org/a", "GET / HTTP/1.1"));
        warc.push_str("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.org/b\r\nContent-Length: 999999\r\n\r\nshort");
        let mut items = Vec::new();
        read_warc(warc.as_bytes(), "x.warc", &mut |i| items.push(i));
        assert_eq!(items.len(), 2);
        let d = items[0].as_ref().unwrap();
        assert_eq!(d.id, "https://example.org/a");
        assert_eq!(d.text, "Police detained 12 people in Minsk.");
        assert!(items[1].as_ref().unwrap_err().reason.contains("file ends"));
    }
}
