//! The ingest pipeline: one reader thread, analysis on every core, one writer.
//!
//! ```text
//!  read_paths ──Item──► [bounded] ──► worker × N: skip stored, extract ──► [bounded] ──► writer
//! ```
//!
//! Both queues are bounded, so memory stays bounded whatever the corpus size. Workers check
//! the store (read-only, WAL) before analysing, so a rerun skips stored documents cheaply; the
//! writer checks again inside its transaction, so nothing is ever stored twice. Each batch is
//! one transaction: a killed process leaves whole documents or none.

use anyhow::Result;
use kroniko_doc::{Document, Event, Lang};
use kroniko_extract::Extractor;
use kroniko_ingest::{input_size, read_paths_counting, Item};
use kroniko_store::{NewDocument, Outcome, Store};
use std::io::IsTerminal;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{sync_channel, Receiver};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Rejects listed in the summary (the store records every one).
pub const MAX_REJECTS_SHOWN: usize = 1000;

/// What an ingest did.
#[derive(Default, Debug)]
pub struct Summary {
    pub read: usize,
    pub stored: usize,
    pub dup_id: usize,
    pub dup_text: usize,
    /// The first rejects with their reasons (all of them are in the store).
    pub rejected: Vec<(String, String)>,
    pub rejected_count: usize,
    pub events: usize,
    pub seconds: f64,
}

struct Extracted {
    doc: Document,
    lang: Lang,
    events: Vec<Event>,
    mentions: Vec<(&'static str, usize, usize, String)>,
}

enum Msg {
    Doc(Box<Extracted>),
    Dup(Outcome),
    Reject(String, String),
    Failed(anyhow::Error),
}

/// Options of a run.
pub struct Options {
    pub batch: usize,
    pub workers: usize,
    pub progress: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            batch: 256,
            workers: std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1),
            progress: std::io::stderr().is_terminal(),
        }
    }
}

/// Extracts one document (the workers' job, also used by `bench`).
fn analyse(ex: &Extractor, doc: Document) -> Extracted {
    let x = ex.extract(&doc);
    let mentions = x.mentions.iter().map(|m| (m.kind, m.span.start, m.span.end, m.label.clone())).collect();
    Extracted { lang: x.analysis.lang, events: x.events, mentions, doc }
}

/// Reads, analyses and stores everything under `paths` into the store at `db`.
pub fn ingest(ex: &Extractor, db: &Path, paths: &[String], opts: &Options) -> Result<Summary> {
    let mut store = Store::open(db)?;
    let workers = opts.workers.max(1);
    let (item_tx, item_rx) = sync_channel::<Item>(workers * 64);
    let item_rx: Arc<Mutex<Receiver<Item>>> = Arc::new(Mutex::new(item_rx));
    let (msg_tx, msg_rx) = sync_channel::<Msg>(workers * 64);
    let started = Instant::now();
    let mut sum = Summary::default();
    let mut failure: Option<anyhow::Error> = None;
    let total_bytes = if opts.progress { input_size(paths) } else { 0 };
    let bytes_read = AtomicU64::new(0);
    let bytes_read = &bytes_read;
    std::thread::scope(|sc| {
        sc.spawn(move || {
            read_paths_counting(paths, bytes_read, &mut |item| {
                // A closed queue means the writer stopped on an error: stop reading.
                let _ = item_tx.send(item);
            });
        });
        for _ in 0..workers {
            let rx = Arc::clone(&item_rx);
            let tx = msg_tx.clone();
            sc.spawn(move || {
                let reader = match Store::open(db) {
                    Ok(s) => s,
                    Err(e) => {
                        let _ = tx.send(Msg::Failed(e.into()));
                        return;
                    }
                };
                loop {
                    let next = rx.lock().map(|r| r.recv());
                    let msg = match next {
                        Ok(Ok(Ok(doc))) => match reader.contains(&doc.id, &doc.text) {
                            Ok(Some(o)) => Msg::Dup(o),
                            Ok(None) => {
                                // A bug in analysis must cost one document, not the batch: it
                                // is recorded as a reject with its reason and ingest goes on.
                                let id = doc.id.clone();
                                match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| analyse(ex, doc))) {
                                    Ok(x) => Msg::Doc(Box::new(x)),
                                    Err(p) => {
                                        let why = p
                                            .downcast_ref::<String>()
                                            .cloned()
                                            .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                                            .unwrap_or_default();
                                        Msg::Reject(
                                            id,
                                            format!("internal error while analysing (a kroniko bug): {why}"),
                                        )
                                    }
                                }
                            }
                            Err(e) => Msg::Failed(e.into()),
                        },
                        Ok(Ok(Err(r))) => Msg::Reject(r.source, r.reason),
                        _ => break,
                    };
                    if tx.send(msg).is_err() {
                        break;
                    }
                }
            });
        }
        drop(msg_tx);
        let mut pending: Vec<Extracted> = Vec::new();
        let mut last_progress = Instant::now();
        let write = |pending: &mut Vec<Extracted>, store: &mut Store, sum: &mut Summary| -> Result<()> {
            if pending.is_empty() {
                return Ok(());
            }
            let news: Vec<NewDocument> = pending
                .iter()
                .map(|x| NewDocument { doc: &x.doc, lang: x.lang, events: &x.events, mentions: x.mentions.clone() })
                .collect();
            for (o, x) in store.insert_batch(&news)?.into_iter().zip(pending.iter()) {
                match o {
                    Outcome::Stored => {
                        sum.stored += 1;
                        sum.events += x.events.len();
                    }
                    Outcome::DuplicateId => sum.dup_id += 1,
                    Outcome::DuplicateText => sum.dup_text += 1,
                }
            }
            pending.clear();
            Ok(())
        };
        for msg in msg_rx.iter() {
            sum.read += 1;
            let step = match msg {
                Msg::Doc(x) => {
                    pending.push(*x);
                    if pending.len() >= opts.batch {
                        write(&mut pending, &mut store, &mut sum)
                    } else {
                        Ok(())
                    }
                }
                Msg::Dup(Outcome::DuplicateId) => {
                    sum.dup_id += 1;
                    Ok(())
                }
                Msg::Dup(_) => {
                    sum.dup_text += 1;
                    Ok(())
                }
                Msg::Reject(src, why) => {
                    let r = store.record_reject(&src, &why).map_err(anyhow::Error::from);
                    // Memory stays bounded however many inputs are bad: the store has them all.
                    if sum.rejected.len() < MAX_REJECTS_SHOWN {
                        sum.rejected.push((src, why));
                    }
                    sum.rejected_count += 1;
                    r
                }
                Msg::Failed(e) => Err(e),
            };
            if let Err(e) = step {
                failure = Some(e);
                break;
            }
            if opts.progress && last_progress.elapsed() > Duration::from_millis(250) {
                last_progress = Instant::now();
                let secs = started.elapsed().as_secs_f64().max(1e-6);
                // The remaining time, from the share of the input bytes read so far.
                let done = bytes_read.load(Ordering::Relaxed) as f64;
                let eta = if total_bytes > 0 && done > 0.0 {
                    let left = secs * (total_bytes as f64 - done).max(0.0) / done;
                    format!(
                        ", {:.0}% read, ETA {}m{:02}s",
                        100.0 * done / total_bytes as f64,
                        (left / 60.0) as u64,
                        left as u64 % 60
                    )
                } else {
                    String::new()
                };
                eprint!(
                    "\r{} read, {} stored, {} duplicates, {} rejected, {:.0} docs/s{eta}   ",
                    sum.read,
                    sum.stored + pending.len(),
                    sum.dup_id + sum.dup_text,
                    sum.rejected_count,
                    sum.read as f64 / secs
                );
            }
        }
        if failure.is_none() {
            if let Err(e) = write(&mut pending, &mut store, &mut sum) {
                failure = Some(e);
            }
        }
        // Dropping the receiver makes the workers and the reader stop.
        drop(msg_rx);
    });
    if opts.progress {
        eprintln!();
    }
    if let Some(e) = failure {
        return Err(e);
    }
    sum.seconds = started.elapsed().as_secs_f64();
    Ok(sum)
}

/// Analyses documents in parallel without a store (for `bench`): returns the event count.
pub fn extract_all(ex: &Extractor, docs: &[Document], workers: usize) -> usize {
    let next = std::sync::atomic::AtomicUsize::new(0);
    let total = std::sync::atomic::AtomicUsize::new(0);
    std::thread::scope(|sc| {
        for _ in 0..workers.max(1) {
            sc.spawn(|| loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let Some(d) = docs.get(i) else { break };
                let n = ex.extract(d).events.len();
                total.fetch_add(n, std::sync::atomic::Ordering::Relaxed);
            });
        }
    });
    total.into_inner()
}
