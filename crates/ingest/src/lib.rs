//! Readers: turn files, folders and standard input into [`Document`]s.
//!
//! Formats: `.txt`, `.html`/`.htm` (main text only: no scripts, styles, navigation, asides,
//! forms or comment sections; the title; the publication date from the usual meta tags),
//! `.jsonl` (one document per line: `id`, `url`, `title`, `published`, optional `lang`, `text`
//! or `html`), RSS 2.0 and Atom feeds (`.rss`, `.atom`, `.xml`), WARC (`.warc`), and any of
//! these gzip-compressed (`.gz`). A folder is read recursively, in sorted order.
//!
//! Reading never stops a batch: every input yields either a document or a [`Rejected`] with
//! its reason (binary file, empty file, malformed JSON line, no text, too large…). Stray
//! invalid UTF-8 bytes are repaired and the repair noted on the document.

mod feed;
mod html;
mod warc;

use chrono::NaiveDate;
use kroniko_doc::{Document, Lang};
use std::io::{BufRead, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

pub use feed::read_feed;
pub use html::{html_to_document, HtmlDoc};
pub use warc::read_warc;

/// Largest file read whole (text or HTML).
pub const MAX_FILE_BYTES: u64 = 32 * 1024 * 1024;
/// Largest JSONL line.
pub const MAX_LINE_BYTES: usize = 16 * 1024 * 1024;
/// Largest document text kept (longer texts are cut at a character boundary and noted).
pub const MAX_TEXT_BYTES: usize = 4 * 1024 * 1024;

/// An input that could not be made into a document, with the reason.
#[derive(Debug, Clone, PartialEq)]
pub struct Rejected {
    /// Path, `path:line` for a JSONL line, or `-:line` for standard input.
    pub source: String,
    pub reason: String,
}

/// One item read: a document or a rejection.
pub type Item = Result<Document, Rejected>;

fn reject(source: impl Into<String>, reason: impl Into<String>) -> Item {
    Err(Rejected { source: source.into(), reason: reason.into() })
}

/// Reads every path (files and folders; `-` is JSONL on standard input), calling `sink` for
/// each document or rejection as it is read, so memory stays bounded.
pub fn read_paths(paths: &[String], sink: &mut dyn FnMut(Item)) {
    read_paths_counting(paths, &AtomicU64::new(0), sink)
}

/// The bytes of input files under `paths` (folders walked), for a progress estimate.
pub fn input_size(paths: &[String]) -> u64 {
    let mut total = 0;
    for p in paths {
        let path = Path::new(p);
        match std::fs::metadata(path) {
            Ok(m) if m.is_dir() => {
                let mut files = Vec::new();
                walk(path, &mut files, &mut |_| {});
                total += files.iter().filter_map(|f| std::fs::metadata(f).ok()).map(|m| m.len()).sum::<u64>();
            }
            Ok(m) => total += m.len(),
            Err(_) => {}
        }
    }
    total
}

/// Like [`read_paths`], adding the bytes read from files (compressed bytes for `.gz`) to `counter`.
pub fn read_paths_counting(paths: &[String], counter: &AtomicU64, sink: &mut dyn FnMut(Item)) {
    for p in paths {
        if p == "-" {
            let stdin = std::io::stdin();
            read_jsonl(stdin.lock(), "-", sink);
            continue;
        }
        let path = Path::new(p);
        match std::fs::metadata(path) {
            Err(e) => sink(reject(p.clone(), format!("cannot read: {e}"))),
            Ok(m) if m.is_dir() => {
                let mut files = Vec::new();
                walk(path, &mut files, sink);
                files.sort();
                for f in files {
                    read_file_counting(&f, &f.display().to_string(), counter, sink);
                }
            }
            Ok(_) => read_file_counting(path, p, counter, sink),
        }
    }
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>, sink: &mut dyn FnMut(Item)) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            sink(reject(dir.display().to_string(), format!("cannot read folder: {e}")));
            return;
        }
    };
    for e in entries.flatten() {
        let path = e.path();
        let name = e.file_name();
        if name.to_string_lossy().starts_with('.') {
            continue;
        }
        match e.file_type() {
            Ok(t) if t.is_dir() => walk(&path, out, sink),
            Ok(t) if t.is_file() => out.push(path),
            _ => {}
        }
    }
}

/// The format a path's extension names, and whether it is gzip-compressed.
fn format_of(path: &Path) -> Option<(&'static str, bool)> {
    let name = path.file_name()?.to_string_lossy().to_lowercase();
    let (stem, gz) = match name.strip_suffix(".gz") {
        Some(s) => (s.to_string(), true),
        None => (name, false),
    };
    let ext = stem.rsplit_once('.').map(|(_, e)| e.to_string()).unwrap_or_default();
    Some((
        match ext.as_str() {
            "txt" | "text" => "txt",
            "html" | "htm" | "xhtml" => "html",
            "jsonl" | "ndjson" => "jsonl",
            "rss" | "atom" | "xml" => "feed",
            "warc" => "warc",
            _ => return None,
        },
        gz,
    ))
}

/// A reader that fails once more than `left` bytes came through: the guard against
/// decompression bombs.
struct Limited<R> {
    inner: R,
    left: u64,
}

impl<R: Read> Read for Limited<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        if n as u64 > self.left {
            return Err(std::io::Error::other("decompressed data larger than the limit (a gzip bomb?)"));
        }
        self.left -= n as u64;
        Ok(n)
    }
}

/// How much a compressed file may expand: 50 times its size, at least 64 MiB, at most 8 GiB.
fn expansion_limit(compressed: u64) -> u64 {
    compressed.saturating_mul(50).clamp(64 << 20, 8 << 30)
}

/// Reads one file as the format its extension names.
pub fn read_file(path: &Path, id: &str, sink: &mut dyn FnMut(Item)) {
    read_file_counting(path, id, &AtomicU64::new(0), sink)
}

/// Counts the bytes that pass through.
struct Counting<'a, R> {
    inner: R,
    counter: &'a AtomicU64,
}

impl<R: Read> Read for Counting<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.counter.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

fn read_file_counting(path: &Path, id: &str, counter: &AtomicU64, sink: &mut dyn FnMut(Item)) {
    let Some((fmt, gz)) = format_of(path) else {
        sink(reject(
            id,
            "unsupported file type (expected .txt, .html, .jsonl, .rss, .atom, .xml or .warc, optionally .gz)",
        ));
        return;
    };
    let file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) => return sink(reject(id, format!("cannot open: {e}"))),
    };
    let size = file.metadata().map(|m| m.len()).unwrap_or(0);
    let file = Counting { inner: file, counter };
    let raw: Box<dyn Read + '_> = if gz {
        Box::new(Limited { inner: flate2::read::MultiGzDecoder::new(file), left: expansion_limit(size) })
    } else {
        Box::new(file)
    };
    match fmt {
        "jsonl" => read_jsonl(std::io::BufReader::new(raw), id, sink),
        "warc" => read_warc(std::io::BufReader::new(raw), id, sink),
        _ => {
            let mut bytes = Vec::new();
            if let Err(e) = raw.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes) {
                return sink(reject(id, format!("cannot read: {e}")));
            }
            if bytes.len() as u64 > MAX_FILE_BYTES {
                return sink(reject(id, format!("file larger than {} MiB", MAX_FILE_BYTES / 1024 / 1024)));
            }
            if fmt == "feed" {
                match decode(&bytes) {
                    Ok((text, _)) if feed::looks_like_feed(&text) => read_feed(&text, id, sink),
                    Ok(_) => sink(reject(id, "an .xml file that is not an RSS or Atom feed")),
                    Err(reason) => sink(reject(id, reason)),
                }
            } else {
                sink(bytes_to_document(&bytes, id, fmt == "html"));
            }
        }
    }
}

/// Decodes bytes as text: rejects binary data, repairs stray invalid UTF-8.
pub fn decode(bytes: &[u8]) -> Result<(String, Option<String>), String> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err("empty".into());
    }
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return Err("binary file (contains NUL bytes)".into());
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok((s.to_string(), None)),
        Err(_) => {
            let s = String::from_utf8_lossy(bytes);
            let bad = s.chars().filter(|&c| c == '\u{FFFD}').count();
            let total = s.chars().count().max(1);
            if bad * 20 > total {
                return Err(format!("not UTF-8 text ({bad} invalid sequences in {total} characters)"));
            }
            Ok((s.into_owned(), Some(format!("{bad} invalid UTF-8 sequence(s) replaced with U+FFFD"))))
        }
    }
}

fn control_ratio_too_high(s: &str) -> bool {
    let n = s.chars().take(8192).count().max(1);
    let ctrl = s.chars().take(8192).filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t')).count();
    ctrl * 10 > n
}

fn cap_text(doc: &mut Document) {
    if doc.text.len() > MAX_TEXT_BYTES {
        let mut cut = MAX_TEXT_BYTES;
        while !doc.text.is_char_boundary(cut) {
            cut -= 1;
        }
        doc.text.truncate(cut);
        doc.repairs.push(format!("text cut to the first {} MiB", MAX_TEXT_BYTES / 1024 / 1024));
    }
}

fn bytes_to_document(bytes: &[u8], id: &str, is_html: bool) -> Item {
    let (text, repair) = match decode(bytes) {
        Ok(x) => x,
        Err(reason) => return reject(id, reason),
    };
    if control_ratio_too_high(&text) {
        return reject(id, "binary file (mostly control characters)");
    }
    let mut doc = if is_html {
        let h = html_to_document(&text);
        let mut d = Document::new(id, h.text);
        d.title = h.title;
        d.published = h.published;
        d.declared_lang = h.lang;
        d
    } else {
        let mut d = Document::new(id, text);
        d.title = d
            .text
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty())
            .filter(|l| l.chars().count() <= 200)
            .map(String::from);
        d
    };
    doc.repairs.extend(repair);
    if doc.text.trim().is_empty() {
        return reject(id, "no text");
    }
    cap_text(&mut doc);
    Ok(doc)
}

/// Parses `YYYY-MM-DD` or an ISO date-time (`2022-01-06T10:00:00Z`).
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    let head = s.get(..10).unwrap_or(s);
    NaiveDate::parse_from_str(head, "%Y-%m-%d").ok()
}

/// Reads JSONL, one document per line; `name` is the file's id (`-` for standard input).
pub fn read_jsonl<R: BufRead>(mut r: R, name: &str, sink: &mut dyn FnMut(Item)) {
    let mut line_no = 0usize;
    let mut buf = Vec::new();
    loop {
        buf.clear();
        line_no += 1;
        // Read at most MAX_LINE_BYTES; a longer line is skipped to its end and rejected.
        let mut too_long = false;
        loop {
            let chunk = match r.fill_buf() {
                Ok(c) => c,
                Err(e) => {
                    sink(reject(format!("{name}:{line_no}"), format!("read error: {e}")));
                    return;
                }
            };
            if chunk.is_empty() {
                break;
            }
            let (take, done) = match chunk.iter().position(|&b| b == b'\n') {
                Some(i) => (i + 1, true),
                None => (chunk.len(), false),
            };
            if !too_long {
                if buf.len() + take > MAX_LINE_BYTES {
                    too_long = true;
                    buf.clear();
                } else {
                    buf.extend_from_slice(&chunk[..take]);
                }
            }
            r.consume(take);
            if done {
                break;
            }
        }
        let src = format!("{name}:{line_no}");
        if too_long {
            sink(reject(src, format!("line longer than {} MiB", MAX_LINE_BYTES / 1024 / 1024)));
            continue;
        }
        if buf.is_empty() {
            return;
        }
        if buf.iter().all(|b| b.is_ascii_whitespace()) {
            continue;
        }
        sink(jsonl_line(&buf, name, line_no));
    }
}

fn jsonl_line(buf: &[u8], name: &str, line_no: usize) -> Item {
    let src = format!("{name}:{line_no}");
    let (line, repair) = match decode(buf) {
        Ok(x) => x,
        Err(reason) => return reject(src, reason),
    };
    let v: serde_json::Value = match serde_json::from_str(line.trim()) {
        Ok(v) => v,
        Err(e) => return reject(src, format!("invalid JSON: {e}")),
    };
    let Some(obj) = v.as_object() else {
        return reject(src, "a JSONL line must be an object");
    };
    let str_field = |k: &str| obj.get(k).and_then(|v| v.as_str()).map(str::to_string).filter(|s| !s.trim().is_empty());
    let id = match obj.get("id") {
        Some(serde_json::Value::String(s)) if !s.trim().is_empty() => s.clone(),
        Some(serde_json::Value::Number(n)) => n.to_string(),
        None | Some(serde_json::Value::Null) => src.clone(),
        Some(_) => return reject(src, "`id` must be a string or a number"),
    };
    let published = match str_field("published") {
        Some(p) => match parse_date(&p) {
            Some(d) => Some(d),
            None => return reject(src, format!("`published` is not a date (YYYY-MM-DD): {p:?}")),
        },
        None => None,
    };
    let declared_lang = str_field("lang").map(|l| Lang::from_code(&l).unwrap_or(Lang::Unknown));
    let (text, title_from_html) = if let Some(t) = str_field("text") {
        (t, None)
    } else if let Some(h) = str_field("html") {
        let d = html_to_document(&h);
        (d.text, d.title)
    } else {
        return reject(src, "no text (a document needs `text` or `html`)");
    };
    if text.trim().is_empty() {
        return reject(src, "no text");
    }
    let mut doc = Document::new(id, text);
    doc.url = str_field("url");
    doc.title = str_field("title").or(title_from_html);
    doc.published = published;
    doc.declared_lang = declared_lang;
    doc.repairs.extend(repair);
    cap_text(&mut doc);
    Ok(doc)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn collect_jsonl(s: &[u8]) -> Vec<Item> {
        let mut v = Vec::new();
        read_jsonl(s, "f.jsonl", &mut |i| v.push(i));
        v
    }

    #[test]
    fn jsonl_good_and_bad_lines() {
        let data = b"{\"id\":\"a\",\"published\":\"2022-01-06\",\"text\":\"Police arrested 5.\"}\n{broken\n\n{\"id\":\"c\"}\n{\"id\":7,\"html\":\"<p>Hi there</p>\",\"published\":\"2022-01-06T08:00:00Z\"}\n";
        let items = collect_jsonl(data);
        assert_eq!(items.len(), 4);
        let a = items[0].as_ref().unwrap();
        assert_eq!(a.id, "a");
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2022, 1, 6));
        let b = items[1].as_ref().unwrap_err();
        assert_eq!(b.source, "f.jsonl:2");
        assert!(b.reason.starts_with("invalid JSON"), "{}", b.reason);
        assert!(items[2].as_ref().unwrap_err().reason.starts_with("no text"));
        let d = items[3].as_ref().unwrap();
        assert_eq!(d.id, "7");
        assert_eq!(d.text.trim(), "Hi there");
    }

    #[test]
    fn bad_published_date_is_rejected_with_reason() {
        let items = collect_jsonl(b"{\"id\":\"a\",\"published\":\"yesterday\",\"text\":\"x y z\"}\n");
        assert!(items[0].as_ref().unwrap_err().reason.contains("not a date"));
    }

    #[test]
    fn decode_rejects_binary_and_repairs_stray_bytes() {
        assert!(decode(b"\x00\x01\x02abc").unwrap_err().contains("binary"));
        assert_eq!(decode(b"  \n ").unwrap_err(), "empty");
        let (s, note) = decode(b"Police \xFF arrested twelve people in the capital on Monday.").unwrap();
        assert!(s.contains('\u{FFFD}'));
        assert!(note.unwrap().contains("1 invalid"));
        assert!(decode(&[0xFFu8; 100]).unwrap_err().contains("not UTF-8"));
    }

    #[test]
    fn gzip_jsonl_reads_and_a_gzip_bomb_is_stopped() {
        use std::io::Write;
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("docs.jsonl.gz");
        let mut enc = flate2::write::GzEncoder::new(std::fs::File::create(&p).unwrap(), flate2::Compression::default());
        enc.write_all(b"{\"id\":\"g1\",\"text\":\"Police detained 12 people.\"}\n").unwrap();
        enc.finish().unwrap();
        let mut items = Vec::new();
        read_paths(&[p.display().to_string()], &mut |i| items.push(i));
        assert_eq!(items[0].as_ref().unwrap().id, "g1");
        // 200 MiB of zeros compress to a few hundred KiB: far past the expansion limit.
        let bomb = dir.path().join("bomb.jsonl.gz");
        let mut enc = flate2::write::GzEncoder::new(std::fs::File::create(&bomb).unwrap(), flate2::Compression::best());
        let zeros = vec![b'a'; 1 << 20];
        for _ in 0..200 {
            enc.write_all(&zeros).unwrap();
        }
        enc.finish().unwrap();
        let mut items = Vec::new();
        read_paths(&[bomb.display().to_string()], &mut |i| items.push(i));
        let r = items[0].as_ref().unwrap_err();
        assert!(r.reason.contains("limit"), "{}", r.reason);
    }

    #[test]
    fn a_30_mib_single_line_and_a_huge_jsonl_field_are_handled() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("long.txt");
        std::fs::write(&p, "word ".repeat(6 * 1024 * 1024)).unwrap();
        let mut items = Vec::new();
        read_paths(&[p.display().to_string()], &mut |i| items.push(i));
        let d = items[0].as_ref().unwrap();
        assert!(d.text.len() <= MAX_TEXT_BYTES && d.repairs.iter().any(|r| r.contains("cut")));
        let j = dir.path().join("big.jsonl");
        let big = format!(
            "{{\"id\":\"big\",\"text\":\"{}\"}}\n{{\"id\":\"ok\",\"text\":\"fine text here\"}}\n",
            "x".repeat(20 * 1024 * 1024)
        );
        std::fs::write(&j, big).unwrap();
        let mut items = Vec::new();
        read_paths(&[j.display().to_string()], &mut |i| items.push(i));
        assert!(items[0].as_ref().unwrap_err().reason.contains("longer than"));
        assert_eq!(items[1].as_ref().unwrap().id, "ok");
    }

    #[test]
    fn folder_reading_rejects_unknown_types_and_keeps_going() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.txt"), "Police detained 12 people.").unwrap();
        std::fs::write(dir.path().join("b.bin"), [0u8, 1, 2]).unwrap();
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        std::fs::write(dir.path().join("sub/c.txt"), [0u8, 159, 146, 150]).unwrap();
        std::fs::write(dir.path().join("sub/d.txt"), "").unwrap();
        let mut items = Vec::new();
        read_paths(&[dir.path().display().to_string()], &mut |i| items.push(i));
        assert_eq!(items.len(), 4);
        assert_eq!(items.iter().filter(|i| i.is_ok()).count(), 1);
        let reasons: Vec<String> = items.iter().filter_map(|i| i.as_ref().err()).map(|r| r.reason.clone()).collect();
        assert!(reasons.iter().any(|r| r.contains("unsupported")));
        assert!(reasons.iter().any(|r| r.contains("binary")));
        assert!(reasons.iter().any(|r| r == "empty"));
    }
}
