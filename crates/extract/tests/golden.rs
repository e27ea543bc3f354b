//! Golden tests per stage and language: `tests/data/<stage>/<lang>/<name>.txt` and the expected
//! output beside it. Regenerate the expected files with `KRONIKO_BLESS=1 cargo test -p
//! kroniko-extract --test golden`, then read the diff before committing it.
//!
//! - `segment`: one sentence per line (`⏎` marks a line break inside a sentence).
//! - `extract`: one event per line: type/mode | actor1 | actor2 | place | date | numbers | source.
//!   A first line `#published YYYY-MM-DD` gives the publication date.

use kroniko_doc::{Actor, Document};
use kroniko_extract::Extractor;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

fn extractor() -> &'static Extractor {
    static X: OnceLock<Extractor> = OnceLock::new();
    X.get_or_init(|| Extractor::load_default().expect("data loads"))
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data")
}

fn inputs(stage: &str) -> Vec<PathBuf> {
    let mut v = Vec::new();
    for lang in ["ko", "en", "ru"] {
        let dir = root().join(stage).join(lang);
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        files.sort();
        assert!(!files.is_empty(), "no golden inputs in {}", dir.display());
        v.extend(files);
    }
    v
}

fn check(path: &Path, ext: &str, actual: String) -> Option<String> {
    let expected_path = path.with_extension(ext);
    if std::env::var_os("KRONIKO_BLESS").is_some() {
        std::fs::write(&expected_path, &actual).unwrap();
        return None;
    }
    let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
    if expected == actual {
        return None;
    }
    let mut msg = format!("{} differs from the golden output:\n", expected_path.display());
    let (e, a): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), actual.lines().collect());
    for i in 0..e.len().max(a.len()) {
        let (x, y) = (e.get(i).copied().unwrap_or(""), a.get(i).copied().unwrap_or(""));
        if x != y {
            msg.push_str(&format!("  line {}\n    - {x}\n    + {y}\n", i + 1));
        }
    }
    Some(msg)
}

fn load(path: &Path) -> Document {
    let raw = std::fs::read_to_string(path).unwrap();
    let mut doc = Document::new(path.file_name().unwrap().to_string_lossy(), raw.clone());
    if let Some(rest) = raw.strip_prefix("#published ") {
        let (date, text) = rest.split_once('\n').unwrap();
        doc.published = Some(date.trim().parse().unwrap());
        doc.text = text.to_string();
    }
    doc
}

#[test]
fn segment_golden() {
    let mut failures = Vec::new();
    for p in inputs("segment") {
        let doc = load(&p);
        let a = extractor().analyzer().analyze(&doc);
        let out: String =
            a.sentences.iter().map(|s| format!("{}\n", doc.text[s.start..s.end].replace('\n', "⏎"))).collect();
        failures.extend(check(&p, "sentences", out));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn actor(a: &Option<Actor>) -> String {
    match a {
        None => "-".into(),
        Some(a) => format!("{} [{} {}]", a.text, a.kind.as_deref().unwrap_or("?"), a.country.as_deref().unwrap_or("?")),
    }
}

#[test]
fn extract_golden() {
    let mut failures = Vec::new();
    for p in inputs("extract") {
        let doc = load(&p);
        let x = extractor().extract(&doc);
        let mut out = String::new();
        for e in &x.events {
            assert_eq!(&doc.text[e.evidence.start..e.evidence.end], e.evidence.sentence);
            let nums: Vec<String> = e.quantities.iter().map(|q| format!("{} {}", q.what, q.n)).collect();
            out.push_str(&format!(
                "{}{} | {} | {} | {} | {} | {} | {}\n",
                e.kind,
                e.mode.as_ref().map(|m| format!("/{m}")).unwrap_or_default(),
                actor(&e.actor1),
                actor(&e.actor2),
                e.location
                    .as_ref()
                    .map(|l| format!("{} {}", l.name, l.country.as_deref().unwrap_or("?")))
                    .unwrap_or_else(|| "-".into()),
                e.date.map(|d| d.to_string()).unwrap_or_else(|| "-".into()),
                if nums.is_empty() { "-".into() } else { nums.join(", ") },
                e.attributed_to.as_deref().unwrap_or("-"),
            ));
        }
        failures.extend(check(&p, "events", out));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
