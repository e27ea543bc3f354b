//! Criterion benchmarks per pipeline stage on the generated corpus:
//! `cargo bench -p kroniko-extract --bench stages`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use kroniko_extract::corpus::corpus;
use kroniko_extract::Extractor;
use std::hint::black_box;

fn stages(c: &mut Criterion) {
    let ex = Extractor::load_default().expect("data loads");
    let docs = corpus(300, 2500);
    let bytes: u64 = docs.iter().map(|d| d.text.len() as u64).sum();
    let mut g = c.benchmark_group("stages");
    g.throughput(Throughput::Bytes(bytes));
    g.sample_size(10);
    g.bench_function("normalise", |b| {
        b.iter(|| docs.iter().map(|d| kroniko_analysis::normalize(black_box(&d.text)).text.len()).sum::<usize>())
    });
    g.bench_function("analysis", |b| {
        b.iter(|| docs.iter().map(|d| ex.analyzer().analyze(black_box(d)).sentences.len()).sum::<usize>())
    });
    g.bench_function("analysis+extraction", |b| {
        b.iter(|| docs.iter().map(|d| ex.extract(black_box(d)).events.len()).sum::<usize>())
    });
    let extracted: Vec<_> = docs.iter().map(|d| ex.extract(d)).collect();
    g.bench_function("store (SQLite, one transaction)", |b| {
        b.iter(|| {
            let dir = tempfile::tempdir().unwrap();
            let mut store = kroniko_store::Store::open(&dir.path().join("b.db")).unwrap();
            let news: Vec<kroniko_store::NewDocument> = docs
                .iter()
                .zip(&extracted)
                .map(|(d, x)| kroniko_store::NewDocument {
                    doc: d,
                    lang: x.analysis.lang,
                    events: &x.events,
                    mentions: x.mentions.iter().map(|m| (m.kind, m.span.start, m.span.end, m.label.clone())).collect(),
                })
                .collect();
            store.insert_batch(&news).unwrap().len()
        })
    });
    g.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
