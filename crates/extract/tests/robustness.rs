//! Property tests without a framework: thousands of generated hostile texts through the whole
//! analysis and extraction; the pipeline must never panic and every span must be a valid slice
//! of the original text. `KRONIKO_FUZZ_ITERS` raises the count for a longer run.

use kroniko_doc::Document;
use kroniko_extract::Extractor;

use kroniko_extract::corpus::Rng;

fn pick<'a>(rng: &mut Rng, xs: &[&'a str]) -> &'a str {
    xs[rng.below(xs.len())]
}

const PIECES: &[&str] = &[
    "경찰이",
    "시위대를",
    "체포했다",
    "3천",
    "명",
    "수십",
    "에",
    "의해",
    "살해됐다",
    "밝혔다",
    "\"",
    "'",
    "“",
    "”",
    "«",
    "»",
    "Police",
    "detained",
    "killed",
    "12",
    "1,200",
    "3.5",
    "U.S.",
    "Jan.",
    "said",
    "by",
    "and",
    ",",
    ".",
    "!",
    "?",
    "…",
    "Полиция",
    "задержала",
    "десятки",
    "тыс.",
    "г.",
    "в",
    "Минске",
    "не",
    "—",
    "-",
    "(",
    ")",
    "\n",
    "\n\n",
    " ",
    "  ",
    "\u{200B}",
    "\u{00A0}",
    "\u{FEFF}",
    "\u{1100}\u{1161}",
    "e\u{0301}",
    "🙂",
    "\r\n",
    "\t",
    "1.",
    "*",
    "=",
    "/",
    ":",
    ";",
    "2022년",
    "1월",
    "5일",
    "수요일",
    "yesterday",
    "Monday",
    "вчера",
    "5 января",
    "в ночь на",
    "하룻밤",
];

#[test]
fn generated_texts_never_break_the_pipeline() {
    let ex = Extractor::load_default().expect("data loads");
    let iters: usize = std::env::var("KRONIKO_FUZZ_ITERS").ok().and_then(|v| v.parse().ok()).unwrap_or(1500);
    let mut rng = Rng(0xD1B5_4A32_D192_ED03);
    for i in 0..iters {
        let n = 1 + (rng.next() % 60) as usize;
        let mut text = String::new();
        for _ in 0..n {
            text.push_str(pick(&mut rng, PIECES));
            if rng.next().is_multiple_of(3) {
                text.push(' ');
            }
        }
        // Sometimes a raw random code point, including rare planes and combining marks.
        if rng.next().is_multiple_of(4) {
            if let Some(c) = char::from_u32((rng.next() % 0x2FFFF) as u32) {
                text.push(' ');
                text.push(c);
            }
        }
        let mut doc = Document::new(format!("fuzz-{i}"), text.clone());
        doc.published = chrono::NaiveDate::from_ymd_opt(2022, 1, 6);
        let x = ex.extract(&doc);
        for s in &x.analysis.sentences {
            assert!(
                doc.text.is_char_boundary(s.start) && doc.text.is_char_boundary(s.end) && s.start <= s.end,
                "{text:?}"
            );
            for t in &s.tokens {
                assert!(doc.text.get(t.start..t.end).is_some(), "token span in {text:?}");
            }
        }
        for e in &x.events {
            assert_eq!(doc.text.get(e.evidence.start..e.evidence.end), Some(e.evidence.sentence.as_str()), "{text:?}");
        }
        for m in &x.mentions {
            assert!(doc.text.get(m.span.start..m.span.end).is_some(), "mention span in {text:?}");
        }
    }
}

#[test]
fn random_bytes_through_the_readers_never_panic() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for _ in 0..300 {
        let n = (rng.next() % 2000) as usize;
        let bytes: Vec<u8> = (0..n).map(|_| (rng.next() & 0xFF) as u8).collect();
        let _ = kroniko_ingest::decode(&bytes);
        let s = String::from_utf8_lossy(&bytes);
        let _ = kroniko_ingest::html_to_document(&s);
        let mut sink = |_item: kroniko_ingest::Item| {};
        kroniko_ingest::read_jsonl(&bytes[..], "fuzz", &mut sink);
        kroniko_ingest::read_warc(&bytes[..], "fuzz", &mut sink);
        kroniko_ingest::read_feed(&s, "fuzz", &mut sink);
    }
}
