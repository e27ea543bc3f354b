//! The `kroniko` command line.
//!
//! Exit codes: 0 success; 1 an error stopped the command (unreadable database, bad data
//! files, unreadable gold file); 2 wrong usage; 3 `ingest` finished but some inputs were
//! rejected (each is listed with its reason and recorded in the store).

mod bench;
mod eval;
mod pipeline;

use anyhow::{Context, Result};
use clap::{Args, Parser, Subcommand};
use kroniko_doc::{Document, Lang};
use kroniko_extract::{Extraction, Extractor};
use kroniko_ingest::{read_paths, Item};
use kroniko_store::{EventFilter, Store};
use std::io::{IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// The default store, relative to the working directory (override with --db or KRONIKO_DB).
const DEFAULT_DB: &str = "kroniko.db";

#[derive(Parser)]
#[command(
    name = "kroniko",
    version,
    about = "Turn reports in Korean, English and Russian into a sourced, geolocated database of political events.",
    long_about = "kroniko reads news articles, press releases and statements in Korean, English and Russian \
and codes the political events they report (PLOVER types, with ACLED and CAMEO categories): who did what \
to whom, where, when, how many, and who says so. Every event keeps the sentence it came from.\n\n\
The store is a SQLite file: ./kroniko.db by default, or the path in --db or the KRONIKO_DB variable.",
    after_help = "Examples:\n  kroniko ingest samples/                     read every .txt/.html/.jsonl under samples/\n  \
kroniko events --type ASSAULT --country KAZ  list events as a table\n  kroniko events --format jsonl > events.jsonl\n  \
kroniko explain report.txt --published 2022-01-06\n  kroniko eval tests/data/gold/dev/*.jsonl\n\n\
Exit codes: 0 ok; 1 error; 2 usage; 3 ingest finished with rejected inputs."
)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Args, Clone)]
struct DbArg {
    /// The SQLite store [default: ./kroniko.db, or $KRONIKO_DB]
    #[arg(long, value_name = "PATH")]
    db: Option<PathBuf>,
}

impl DbArg {
    fn path(&self) -> PathBuf {
        self.db
            .clone()
            .or_else(|| std::env::var_os("KRONIKO_DB").filter(|v| !v.is_empty()).map(PathBuf::from))
            .unwrap_or_else(|| PathBuf::from(DEFAULT_DB))
    }
}

#[derive(Subcommand)]
enum Cmd {
    /// Read documents, code their events and store both.
    ///
    /// PATH is a .txt, .html/.htm, .jsonl, RSS/Atom (.rss, .atom, .xml) or WARC (.warc) file,
    /// any of them gzip-compressed (.gz), a folder (read recursively), or - for JSONL on
    /// standard input. JSONL lines carry id, url, title, published (YYYY-MM-DD), optional
    /// lang, and text or html. A document already stored (same id, or same text) adds nothing,
    /// so ingest can be rerun safely, also after it was interrupted. Bad inputs (binary files,
    /// invalid JSON lines, documents with no text) are rejected with their reason; the rest of
    /// the batch is stored.
    Ingest {
        #[command(flatten)]
        db: DbArg,
        /// Files, folders, or - for standard input.
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<String>,
        /// Documents per transaction.
        #[arg(long, default_value_t = 256, hide = true)]
        batch: usize,
        /// Print the summary as one JSON object (for scripts); a progress line is shown only
        /// when standard error is a terminal.
        #[arg(long)]
        json: bool,
    },
    /// List stored events, filtered, as a table, CSV or JSONL.
    Events {
        #[command(flatten)]
        db: DbArg,
        /// table, csv, jsonl, geojson (located events) or acled-csv (events with an ACLED category)
        #[arg(long, default_value = "table")]
        format: kroniko_export::Format,
        /// PLOVER type (ASSAULT, PROTEST, ...)
        #[arg(long = "type", value_name = "TYPE")]
        kind: Option<String>,
        /// ISO 3166 alpha-3 code of where the event happened (KAZ, RUS, ...)
        #[arg(long)]
        country: Option<String>,
        /// Text in an actor's name as written or canonical
        #[arg(long)]
        actor: Option<String>,
        /// Events on or after this date (YYYY-MM-DD)
        #[arg(long, value_name = "DATE")]
        since: Option<String>,
        /// Events on or before this date (YYYY-MM-DD)
        #[arg(long, value_name = "DATE")]
        until: Option<String>,
        /// Only events from this document id
        #[arg(long, value_name = "ID")]
        doc: Option<String>,
        /// At most this many events
        #[arg(long)]
        limit: Option<usize>,
    },
    /// Analyse one text without a database and show its events with their evidence.
    ///
    /// FILE is a .txt or .html file, a .jsonl file (its first document), or - for plain text
    /// on standard input. Shows each sentence that gave an event, with the trigger, actors,
    /// places, numbers, dates and source marked, and the candidates that were not kept with
    /// the reason (negated, a question, a slogan, ...).
    Explain {
        #[arg(value_name = "FILE")]
        file: String,
        /// Publication date for resolving "yesterday" and weekdays (YYYY-MM-DD)
        #[arg(long, value_name = "DATE")]
        published: Option<String>,
        /// Print the events as JSONL instead
        #[arg(long)]
        json: bool,
    },
    /// Serve the read-only HTTP API and the web page (map, timeline, table, evidence).
    ///
    /// Binds 127.0.0.1:8080 by default. Binding any other address exposes the store's
    /// documents to the network: it needs --public and prints a warning.
    Serve {
        #[command(flatten)]
        db: DbArg,
        /// Address and port to listen on
        #[arg(long, default_value = "127.0.0.1:8080")]
        addr: std::net::SocketAddr,
        /// Allow an address other than loopback
        #[arg(long)]
        public: bool,
    },
    /// Measure throughput per stage on a generated corpus (build with --release for figures).
    Bench {
        /// Number of documents
        #[arg(long, default_value_t = 3000)]
        docs: usize,
        /// Approximate size of each document in bytes
        #[arg(long, default_value_t = 2500)]
        size: usize,
        /// Only write the corpus's Korean documents to this file (one JSON string a line)
        #[arg(long, value_name = "FILE")]
        dump_korean: Option<PathBuf>,
        /// Only time kroniko's analysis of the texts in this file (written by --dump-korean)
        #[arg(long, value_name = "FILE")]
        analyse_file: Option<PathBuf>,
    },
    /// Score the extractor against gold files (precision, recall, F1, field accuracy).
    ///
    /// A gold file has one document per line with its text and the events a careful coder
    /// records (the format of shared/seed/seed-gold.jsonl). A prediction matches a gold event
    /// when it is from the same document, has the gold type (or one of its plover_alt), and its
    /// evidence sentence overlaps the gold sentence; matching is one-to-one.
    Eval {
        #[arg(required = true, value_name = "GOLD.jsonl")]
        files: Vec<String>,
        /// List every missed and extra event
        #[arg(long, short)]
        verbose: bool,
        /// Print the report as JSON
        #[arg(long)]
        json: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        // A reader that stopped reading (`kroniko events | head`) is not an error.
        Err(e) if e.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe) => {
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("kroniko: error: {e:#}");
            ExitCode::from(1)
        }
    }
}

fn extractor() -> Result<Extractor> {
    Extractor::load_default().context("the language data did not load")
}

fn run(cli: Cli) -> Result<ExitCode> {
    match cli.cmd {
        Cmd::Ingest { db, paths, batch, json } => ingest(&db.path(), &paths, batch.max(1), json),
        Cmd::Events { db, format, kind, country, actor, since, until, doc, limit } => {
            let path = db.path();
            if !path.exists() {
                anyhow::bail!("no store at {} (run `kroniko ingest` first, or pass --db)", path.display());
            }
            let store = Store::open(&path)?;
            for d in [&since, &until].into_iter().flatten() {
                kroniko_ingest::parse_date(d).with_context(|| format!("not a date (YYYY-MM-DD): {d}"))?;
            }
            let events =
                store.events(&EventFilter { kind, country, actor, since, until, doc, limit, ..Default::default() })?;
            let stdout = std::io::stdout();
            let mut out = stdout.lock();
            kroniko_export::write(&events, format, &mut out)?;
            out.flush()?;
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Explain { file, published, json } => explain(&file, published.as_deref(), json),
        Cmd::Serve { db, addr, public } => {
            let path = db.path();
            if !path.exists() {
                anyhow::bail!("no store at {} (run `kroniko ingest` first, or pass --db)", path.display());
            }
            if !addr.ip().is_loopback() {
                if !public {
                    anyhow::bail!("{addr} is not a loopback address: pass --public to serve the store to the network");
                }
                eprintln!("kroniko: warning: serving {} to the network at {addr}", path.display());
            }
            let world = kroniko_server::find_world().and_then(|p| std::fs::read(p).ok()).map(std::sync::Arc::new);
            if world.is_none() {
                eprintln!(
                    "kroniko: note: country outlines not found (npm ci --prefix web); the map shows markers only"
                );
            }
            let state = kroniko_server::AppState { db: path, world };
            let rt = tokio::runtime::Runtime::new()?;
            rt.block_on(kroniko_server::serve(state, addr))?;
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Bench { docs, size, dump_korean, analyse_file } => {
            if let Some(p) = dump_korean {
                let n = bench::dump_korean(docs.max(1), size.max(100), &p)?;
                eprintln!("wrote {n} Korean documents to {}", p.display());
                return Ok(ExitCode::SUCCESS);
            }
            let ex = extractor()?;
            if let Some(p) = analyse_file {
                bench::analyse_file(&ex, &p, &mut std::io::stdout())?;
                return Ok(ExitCode::SUCCESS);
            }
            bench::run(&ex, docs.max(1), size.max(100), &mut std::io::stdout())?;
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Eval { files, verbose, json } => {
            let ex = extractor()?;
            let rep = eval::evaluate(&ex, &files)?;
            let mut out = std::io::stdout().lock();
            if json {
                writeln!(out, "{}", serde_json::to_string_pretty(&rep)?)?;
            } else {
                eval::print(&mut out, &rep, verbose)?;
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn ingest(db: &std::path::Path, paths: &[String], batch: usize, json: bool) -> Result<ExitCode> {
    let ex = extractor()?;
    let opts = pipeline::Options { batch, ..Default::default() };
    let sum = pipeline::ingest(&ex, db, paths, &opts)?;
    let store = Store::open(db)?;
    let (docs, events, _) = store.counts()?;
    let code = if sum.rejected_count == 0 { ExitCode::SUCCESS } else { ExitCode::from(3) };
    if json {
        let rejected: Vec<serde_json::Value> =
            sum.rejected.iter().map(|(s, r)| serde_json::json!({"source": s, "reason": r})).collect();
        println!(
            "{}",
            serde_json::json!({
                "read": sum.read, "stored": sum.stored, "events": sum.events,
                "duplicates": {"same_id": sum.dup_id, "same_text": sum.dup_text},
                "rejected": rejected, "rejected_count": sum.rejected_count, "seconds": sum.seconds,
                "store": {"path": db.display().to_string(), "documents": docs, "events": events},
            })
        );
        return Ok(code);
    }
    println!(
        "read {}, stored {} ({} events), skipped {} duplicate{} ({} same id, {} same text), rejected {}",
        sum.read,
        sum.stored,
        sum.events,
        sum.dup_id + sum.dup_text,
        if sum.dup_id + sum.dup_text == 1 { "" } else { "s" },
        sum.dup_id,
        sum.dup_text,
        sum.rejected_count
    );
    for (src, why) in &sum.rejected {
        println!("  rejected {src}: {why}");
    }
    if sum.rejected_count > sum.rejected.len() {
        println!("  … and {} more (all are in the store's rejects table)", sum.rejected_count - sum.rejected.len());
    }
    println!("store {}: {} documents, {} events", db.display(), docs, events);
    Ok(code)
}

fn explain(file: &str, published: Option<&str>, json: bool) -> Result<ExitCode> {
    let mut doc = if file == "-" {
        let mut s = String::new();
        std::io::stdin().read_to_string(&mut s).context("standard input is not UTF-8 text")?;
        Document::new("-", s)
    } else {
        let mut first: Option<Item> = None;
        read_paths(&[file.to_string()], &mut |i| {
            if first.is_none() {
                first = Some(i);
            }
        });
        match first {
            Some(Ok(d)) => d,
            Some(Err(r)) => anyhow::bail!("{}: {}", r.source, r.reason),
            None => anyhow::bail!("{file}: no document"),
        }
    };
    if let Some(p) = published {
        doc.published = Some(kroniko_ingest::parse_date(p).with_context(|| format!("not a date (YYYY-MM-DD): {p}"))?);
    }
    let ex = extractor()?;
    let x = ex.extract(&doc);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if json {
        kroniko_export::write_jsonl(&x.events, &mut out)?;
        return Ok(ExitCode::SUCCESS);
    }
    let color = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    writeln!(
        out,
        "document {} — language {}, published {}, {} sentences, {} events",
        doc.id,
        x.analysis.lang,
        doc.published.map(|d| d.to_string()).unwrap_or_else(|| "unknown".into()),
        x.analysis.sentences.len(),
        x.events.len()
    )?;
    if !color {
        writeln!(out, "marks: [trigger] {{actor}} <place> #number# @date@ ^source^")?;
    }
    for s in &x.analysis.sentences {
        let evs: Vec<_> = x.events.iter().filter(|e| e.evidence.start == s.start).collect();
        let drops: Vec<_> = x.dropped.iter().filter(|d| d.sentence.start == s.start).collect();
        if evs.is_empty() && drops.is_empty() {
            continue;
        }
        writeln!(out)?;
        writeln!(out, "  {}", highlight(&doc.text, s.start, s.end, &x, color))?;
        for e in evs {
            let a = |a: &Option<kroniko_doc::Actor>| {
                a.as_ref()
                    .map(|a| {
                        format!(
                            "{} [{} {}]",
                            a.text,
                            a.kind.as_deref().unwrap_or("?"),
                            a.country.as_deref().unwrap_or("?")
                        )
                    })
                    .unwrap_or_else(|| "—".into())
            };
            write!(
                out,
                "    => {}{}  {} -> {}",
                e.kind,
                e.mode.as_ref().map(|m| format!("/{m}")).unwrap_or_default(),
                a(&e.actor1),
                a(&e.actor2)
            )?;
            if let Some(l) = &e.location {
                write!(out, "  at {} ({}, {})", l.name, l.country.as_deref().unwrap_or("?"), l.precision)?;
            } else if let Some(c) = &e.country {
                write!(out, "  in {c}")?;
            }
            if let Some(d) = e.date {
                write!(
                    out,
                    "  on {d}{}",
                    match e.date_source.as_deref() {
                        Some("published") => " (report date)",
                        Some("carried") => " (carried from an earlier sentence)",
                        _ => "",
                    }
                )?;
            }
            for q in &e.quantities {
                write!(
                    out,
                    "  {} {} ({}{})",
                    q.what,
                    q.n,
                    q.text,
                    if q.bound != "exact" { format!(", {}", q.bound) } else { String::new() }
                )?;
            }
            if let Some(s) = &e.attributed_to {
                write!(out, "  according to {s}")?;
            }
            if let Some(a) = &e.acled {
                write!(out, "  ACLED {}: {}", a.event_type, a.sub_event_type)?;
            }
            writeln!(out)?;
        }
        for d in drops {
            writeln!(
                out,
                "    -- not coded: {} \"{}\" ({})",
                d.kind,
                &doc.text[d.trigger.start..d.trigger.end],
                d.reason
            )?;
        }
    }
    let unknown = x.analysis.paragraphs.iter().filter(|p| p.2 == Lang::Unknown).count();
    if unknown > 0 {
        writeln!(out, "\n({unknown} paragraph(s) in a language kroniko does not read were kept but not coded)")?;
    }
    Ok(ExitCode::SUCCESS)
}

/// The sentence with its mentions marked (ANSI colours on a terminal, brackets otherwise).
fn highlight(text: &str, start: usize, end: usize, x: &Extraction, color: bool) -> String {
    let mut marks: Vec<(usize, usize, &str)> = x
        .mentions
        .iter()
        .filter(|m| m.span.start >= start && m.span.end <= end)
        .map(|m| (m.span.start, m.span.end, m.kind))
        .collect();
    marks.sort_by_key(|m| (m.0, std::cmp::Reverse(m.1)));
    let mut out = String::new();
    let mut pos = start;
    for (s, e, k) in marks {
        if s < pos {
            continue;
        }
        out.push_str(&text[pos..s]);
        let (open, close) = if color {
            let c = match k {
                "trigger" => "1;31",
                "actor" => "1;34",
                "place" => "1;32",
                "number" => "1;35",
                "date" => "36",
                _ => "33",
            };
            (format!("\x1b[{c}m"), "\x1b[0m".to_string())
        } else {
            let (o, c) = match k {
                "trigger" => ("[", "]"),
                "actor" => ("{", "}"),
                "place" => ("<", ">"),
                "number" => ("#", "#"),
                "date" => ("@", "@"),
                _ => ("^", "^"),
            };
            (o.to_string(), c.to_string())
        };
        out.push_str(&open);
        out.push_str(&text[s..e]);
        out.push_str(&close);
        pos = e;
    }
    out.push_str(&text[pos..end]);
    out.replace('\n', " ")
}
