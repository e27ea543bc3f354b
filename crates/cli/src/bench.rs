//! `kroniko bench`: throughput of each stage on a generated corpus of news-sized reports in
//! Korean, English and Russian (templates written by us; the fill-ins vary by document).

use crate::pipeline;
use anyhow::Result;
use kroniko_doc::Document;
use kroniko_extract::corpus::corpus;
use kroniko_extract::Extractor;
use std::io::Write;
use std::time::Instant;

fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|c| {
            c.lines()
                .find(|l| l.starts_with("model name"))
                .map(|l| l.split(':').nth(1).unwrap_or("").trim().to_string())
        })
        .unwrap_or_else(|| "unknown CPU".into());
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    format!("{cores} cores, {cpu}")
}

/// Writes the Korean documents of the corpus, one JSON string per line (for comparing Korean
/// analysers on the same text: `scripts/bench_korean.py`).
pub fn dump_korean(docs: usize, size: usize, path: &std::path::Path) -> Result<usize> {
    let mut f = std::io::BufWriter::new(std::fs::File::create(path)?);
    let mut n = 0;
    for d in corpus(docs * 3, size)
        .into_iter()
        .filter(|d| d.text.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c)))
        .take(docs)
    {
        writeln!(f, "{}", serde_json::to_string(&d.text)?)?;
        n += 1;
    }
    f.flush()?;
    Ok(n)
}

/// Times kroniko's analysis (normalisation, sentences, tokens with particles) on the texts of a
/// file written by [`dump_korean`]; prints `docs`, `seconds`, `tokens` as JSON.
pub fn analyse_file(ex: &Extractor, path: &std::path::Path, out: &mut dyn Write) -> Result<()> {
    let texts: Vec<String> =
        std::fs::read_to_string(path)?.lines().map(serde_json::from_str).collect::<std::result::Result<_, _>>()?;
    let t = Instant::now();
    let mut tokens = 0usize;
    for (i, text) in texts.iter().enumerate() {
        let d = Document::new(format!("k{i}"), text.clone());
        tokens += ex.analyzer().analyze(&d).sentences.iter().map(|s| s.tokens.len()).sum::<usize>();
    }
    let secs = t.elapsed().as_secs_f64();
    let ko_dic_load = ex.analyzer().ko_morph().map(|m| m.load_time().as_secs_f64());
    writeln!(
        out,
        "{}",
        serde_json::json!({"docs": texts.len(), "seconds": secs, "tokens": tokens, "ko_dic_load_seconds": ko_dic_load})
    )?;
    Ok(())
}

/// Runs the benchmark and prints a table.
pub fn run(ex: &Extractor, docs: usize, size: usize, out: &mut dyn Write) -> Result<()> {
    let corpus = corpus(docs, size);
    let bytes: usize = corpus.iter().map(|d| d.text.len()).sum();
    let workers = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    writeln!(
        out,
        "kroniko bench: {docs} documents, {:.1} MB ({} bytes each on average)",
        bytes as f64 / 1e6,
        bytes / docs.max(1)
    )?;
    writeln!(
        out,
        "machine: {}; build: {}",
        machine(),
        if cfg!(debug_assertions) { "debug (use --release for figures)" } else { "release" }
    )?;
    match ex.analyzer().ko_morph() {
        Some(m) => writeln!(
            out,
            "Korean morphology: lindera + mecab-ko-dic from {} (loaded in {:.1} ms)",
            m.dir().display(),
            m.load_time().as_secs_f64() * 1e3
        )?,
        None => writeln!(out, "Korean morphology: particle table only")?,
    }
    writeln!(out, "{:<34} {:>10} {:>10} {:>9}", "stage", "docs/s", "MB/s", "seconds")?;
    let mut row = |name: &str, secs: f64| -> Result<()> {
        writeln!(out, "{:<34} {:>10.0} {:>10.2} {:>9.2}", name, docs as f64 / secs, bytes as f64 / 1e6 / secs, secs)?;
        Ok(())
    };
    let t = Instant::now();
    let mut sentences = 0;
    for d in &corpus {
        sentences += ex.analyzer().analyze(d).sentences.len();
    }
    row("analysis (1 thread)", t.elapsed().as_secs_f64())?;
    let t = Instant::now();
    let mut events = 0;
    for d in &corpus {
        events += ex.extract(d).events.len();
    }
    row("analysis + extraction (1 thread)", t.elapsed().as_secs_f64())?;
    let t = Instant::now();
    let events_par = pipeline::extract_all(ex, &corpus, workers);
    row(&format!("analysis + extraction ({workers} threads)"), t.elapsed().as_secs_f64())?;
    assert_eq!(events, events_par);
    // End to end: JSONL file → SQLite, the same path as `kroniko ingest`.
    let dir = tempfile::tempdir()?;
    let input = dir.path().join("corpus.jsonl");
    let mut f = std::io::BufWriter::new(std::fs::File::create(&input)?);
    for d in &corpus {
        let line = serde_json::json!({"id": d.id, "published": "2023-03-08", "text": d.text});
        writeln!(f, "{line}")?;
    }
    f.flush()?;
    drop(f);
    let db = dir.path().join("bench.db");
    let opts = pipeline::Options { progress: false, ..Default::default() };
    let sum = pipeline::ingest(ex, &db, &[input.display().to_string()], &opts)?;
    row(&format!("end to end into SQLite ({workers} threads)"), sum.seconds)?;
    writeln!(
        out,
        "{sentences} sentences, {events} events ({:.1} per document); stored {} documents",
        events as f64 / docs.max(1) as f64,
        sum.stored
    )?;
    Ok(())
}
