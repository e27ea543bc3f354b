//! The event store: one SQLite file (bundled SQLite, nothing to install), versioned
//! migrations, and idempotent, transactional ingest.
//!
//! Invariants:
//! - a document is stored at most once: same `id` or same content hash adds nothing;
//! - a document, its events and its mentions (a JSON array on the document) are written in one
//!   transaction, so a process
//!   killed mid-ingest leaves a valid store in which every document is whole or absent, and
//!   a rerun completes it;
//! - every rejected input is recorded with its reason;
//! - all SQL is parameterised.

use kroniko_doc::{Document, Event, Lang};
use rusqlite::{params, Connection, OptionalExtension};
use sha2::{Digest, Sha256};
use std::path::Path;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database {path}: {source}")]
    Open { path: String, source: rusqlite::Error },
    #[error("database: {0}")]
    Sql(#[from] rusqlite::Error),
    #[error("stored event is not valid JSON: {0}")]
    Json(#[from] serde_json::Error),
    #[error("database schema version {found} is newer than this kroniko knows ({known}); upgrade kroniko")]
    TooNew { found: i64, known: i64 },
}

pub type Result<T> = std::result::Result<T, StoreError>;

/// Migrations, in order; `MIGRATIONS[i]` takes the schema from version `i` to `i + 1`.
const MIGRATIONS: &[&str] = &[
    // 1: documents, events, mentions, rejects.
    "CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        url TEXT,
        title TEXT,
        published TEXT,
        lang TEXT NOT NULL,
        text TEXT NOT NULL,
        content_hash TEXT NOT NULL UNIQUE,
        repairs TEXT,
        ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
    );
    CREATE TABLE events (
        id TEXT PRIMARY KEY,
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        type TEXT NOT NULL,
        mode TEXT,
        country TEXT,
        date TEXT,
        actors TEXT NOT NULL,
        fatalities INTEGER,
        json TEXT NOT NULL
    );
    CREATE INDEX events_type ON events(type);
    CREATE INDEX events_country ON events(country);
    CREATE INDEX events_date ON events(date);
    CREATE INDEX events_doc ON events(doc_id);
    CREATE TABLE mentions (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        label TEXT
    );
    CREATE INDEX mentions_doc ON mentions(doc_id);
    CREATE TABLE rejects (
        id INTEGER PRIMARY KEY,
        source TEXT NOT NULL,
        reason TEXT NOT NULL,
        at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
        UNIQUE(source, reason)
    );",
    // 2: a document's mentions as one JSON array on the document (read together, always):
    // one row per document instead of a hundred.
    "ALTER TABLE documents ADD COLUMN mentions TEXT;
    DROP INDEX mentions_doc;
    DROP TABLE mentions;",
];

/// The content hash used to recognise the same text under another id.
pub fn content_hash(text: &str) -> String {
    let mut h = Sha256::new();
    let mut first = true;
    for w in text.split_whitespace() {
        if !first {
            h.update(b" ");
        }
        h.update(w.as_bytes());
        first = false;
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// A document ready to store, with what the pipeline found in it.
pub struct NewDocument<'a> {
    pub doc: &'a Document,
    pub lang: Lang,
    pub events: &'a [Event],
    /// (kind, start, end, label)
    pub mentions: Vec<(&'a str, usize, usize, String)>,
}

/// What happened to one document on insert.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Stored,
    DuplicateId,
    DuplicateText,
}

/// Filters for listing events (all optional; combined with AND). Also the query of the
/// HTTP API's `GET /api/events`, so unknown parameters are refused.
#[derive(Debug, Default, Clone, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventFilter {
    #[serde(rename = "type")]
    pub kind: Option<String>,
    pub country: Option<String>,
    /// Substring of an actor's text or name (case-insensitive for ASCII).
    pub actor: Option<String>,
    pub since: Option<String>,
    pub until: Option<String>,
    pub doc: Option<String>,
    /// Free text: a substring of the event as stored (sentence, actors, places).
    pub q: Option<String>,
    pub limit: Option<usize>,
    pub offset: Option<usize>,
    /// `date` (default), `-date`, `type`, `country`, `fatalities` (most first).
    pub sort: Option<String>,
}

/// A stored document with the spans the pipeline found in it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct StoredDocument {
    pub id: String,
    pub url: Option<String>,
    pub title: Option<String>,
    pub published: Option<String>,
    pub lang: String,
    pub text: String,
    /// (kind, start, end, label), byte offsets into `text`.
    pub mentions: Vec<(String, usize, usize, String)>,
}

/// Event counts by type, by country and by day.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Stats {
    pub documents: i64,
    pub events: i64,
    pub by_type: Vec<(String, i64)>,
    pub by_country: Vec<(String, i64)>,
    pub by_day: Vec<(String, i64)>,
}

pub struct Store {
    conn: Connection,
}

impl Store {
    /// Opens (creating if needed) the store at `path` and brings its schema up to date.
    pub fn open(path: &Path) -> Result<Store> {
        let conn =
            Connection::open(path).map_err(|e| StoreError::Open { path: path.display().to_string(), source: e })?;
        Self::init(conn)
    }

    pub fn open_in_memory() -> Result<Store> {
        Self::init(Connection::open_in_memory()?)
    }

    fn init(conn: Connection) -> Result<Store> {
        conn.busy_timeout(std::time::Duration::from_secs(30))?;
        // WAL lets readers (events, serve) work while ingest writes.
        let _: String = conn.query_row("PRAGMA journal_mode=WAL", [], |r| r.get(0))?;
        conn.execute_batch("PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;")?;
        let mut s = Store { conn };
        s.migrate()?;
        Ok(s)
    }

    /// The schema version (number of migrations applied).
    pub fn schema_version(&self) -> Result<i64> {
        Ok(self.conn.query_row("PRAGMA user_version", [], |r| r.get(0))?)
    }

    fn migrate(&mut self) -> Result<()> {
        let v = self.schema_version()?;
        let known = MIGRATIONS.len() as i64;
        if v > known {
            return Err(StoreError::TooNew { found: v, known });
        }
        for (i, m) in MIGRATIONS.iter().enumerate().skip(v as usize) {
            let tx = self.conn.transaction()?;
            tx.execute_batch(m)?;
            tx.execute_batch(&format!("PRAGMA user_version = {}", i + 1))?;
            tx.commit()?;
        }
        Ok(())
    }

    /// Whether a document with this id or this text is already stored.
    pub fn contains(&self, id: &str, text: &str) -> Result<Option<Outcome>> {
        if self.conn.query_row("SELECT 1 FROM documents WHERE id = ?1", [id], |_| Ok(())).optional()?.is_some() {
            return Ok(Some(Outcome::DuplicateId));
        }
        let h = content_hash(text);
        if self.conn.query_row("SELECT 1 FROM documents WHERE content_hash = ?1", [h], |_| Ok(())).optional()?.is_some()
        {
            return Ok(Some(Outcome::DuplicateText));
        }
        Ok(None)
    }

    /// Stores a batch of documents in one transaction; returns what happened to each.
    pub fn insert_batch(&mut self, docs: &[NewDocument]) -> Result<Vec<Outcome>> {
        let tx = self.conn.transaction()?;
        let mut out = Vec::with_capacity(docs.len());
        {
            let mut by_id = tx.prepare_cached("SELECT 1 FROM documents WHERE id = ?1")?;
            let mut by_hash = tx.prepare_cached("SELECT 1 FROM documents WHERE content_hash = ?1")?;
            let mut ins_doc = tx.prepare_cached(
                "INSERT INTO documents (id, url, title, published, lang, text, content_hash, repairs, mentions) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            )?;
            let mut ins_ev = tx.prepare_cached(
                "INSERT OR REPLACE INTO events (id, doc_id, type, mode, country, date, actors, fatalities, json) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            )?;

            for nd in docs {
                let d = nd.doc;
                if by_id.exists([&d.id])? {
                    out.push(Outcome::DuplicateId);
                    continue;
                }
                let h = content_hash(&d.text);
                if by_hash.exists([&h])? {
                    out.push(Outcome::DuplicateText);
                    continue;
                }
                let repairs = if d.repairs.is_empty() { None } else { Some(d.repairs.join("; ")) };
                ins_doc.execute(params![
                    d.id,
                    d.url,
                    d.title,
                    d.published.map(|p| p.to_string()),
                    nd.lang.code(),
                    d.text,
                    h,
                    repairs,
                    mentions_json(&nd.mentions)
                ])?;
                for e in nd.events {
                    let actors = [&e.actor1, &e.actor2]
                        .iter()
                        .filter_map(|a| a.as_ref())
                        .flat_map(|a| [Some(a.text.clone()), a.name.clone()])
                        .flatten()
                        .collect::<Vec<_>>()
                        .join("\n");
                    ins_ev.execute(params![
                        e.id,
                        e.doc_id,
                        e.kind,
                        e.mode,
                        e.country,
                        e.date.map(|d| d.to_string()),
                        actors,
                        e.fatalities.map(|f| f as i64),
                        serde_json::to_string(e)?
                    ])?;
                }
                out.push(Outcome::Stored);
            }
        }
        tx.commit()?;
        Ok(out)
    }

    /// Records a rejected input and its reason (once per source and reason).
    pub fn record_reject(&mut self, source: &str, reason: &str) -> Result<()> {
        self.conn.execute("INSERT OR IGNORE INTO rejects (source, reason) VALUES (?1, ?2)", params![source, reason])?;
        Ok(())
    }

    /// Lists events matching the filter, ordered by date then id.
    pub fn events(&self, f: &EventFilter) -> Result<Vec<Event>> {
        Ok(self.events_page(f)?.0)
    }

    /// Events matching the filter, one page of them, and how many match in all.
    pub fn events_page(&self, f: &EventFilter) -> Result<(Vec<Event>, i64)> {
        let mut sql = String::from("SELECT json FROM events WHERE 1=1");
        let mut args: Vec<String> = Vec::new();
        let mut add = |clause: &str, v: &Option<String>, args: &mut Vec<String>| {
            if let Some(v) = v {
                args.push(v.clone());
                sql.push_str(&clause.replace('?', &format!("?{}", args.len())));
            }
        };
        add(" AND type = ?", &f.kind.as_ref().map(|s| s.to_uppercase()), &mut args);
        add(" AND country = ?", &f.country.as_ref().map(|s| s.to_uppercase()), &mut args);
        add(" AND actors LIKE ? ESCAPE '\\'", &f.actor.as_ref().map(|s| format!("%{}%", like_escape(s))), &mut args);
        add(" AND date >= ?", &f.since, &mut args);
        add(" AND date <= ?", &f.until, &mut args);
        add(" AND doc_id = ?", &f.doc, &mut args);
        add(" AND json LIKE ? ESCAPE '\\'", &f.q.as_ref().map(|s| format!("%{}%", like_escape(s))), &mut args);
        let count_sql = sql.replacen("SELECT json", "SELECT COUNT(*)", 1);
        let total: i64 = self.conn.query_row(&count_sql, rusqlite::params_from_iter(args.iter()), |r| r.get(0))?;
        // The order comes from a fixed list, never from the request's text.
        sql.push_str(match f.sort.as_deref() {
            Some("-date") => " ORDER BY date DESC, doc_id, id",
            Some("type") => " ORDER BY type, date, id",
            Some("country") => " ORDER BY country, date, id",
            Some("fatalities") => " ORDER BY COALESCE(fatalities, 0) DESC, date, id",
            _ => " ORDER BY date, doc_id, id",
        });
        if let Some(l) = f.limit {
            sql.push_str(&format!(" LIMIT {l}"));
            if let Some(o) = f.offset {
                sql.push_str(&format!(" OFFSET {o}"));
            }
        }
        let mut st = self.conn.prepare(&sql)?;
        let rows = st.query_map(rusqlite::params_from_iter(args.iter()), |r| r.get::<_, String>(0))?;
        let mut out = Vec::new();
        for r in rows {
            out.push(serde_json::from_str(&r?)?);
        }
        Ok((out, total))
    }

    /// One event by id.
    pub fn event(&self, id: &str) -> Result<Option<Event>> {
        let json: Option<String> =
            self.conn.query_row("SELECT json FROM events WHERE id = ?1", [id], |r| r.get(0)).optional()?;
        Ok(match json {
            Some(j) => Some(serde_json::from_str(&j)?),
            None => None,
        })
    }

    /// One document with its mentions.
    pub fn document(&self, id: &str) -> Result<Option<StoredDocument>> {
        let row = self
            .conn
            .query_row(
                "SELECT id, url, title, published, lang, text, mentions FROM documents WHERE id = ?1",
                [id],
                |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, Option<String>>(1)?,
                        r.get::<_, Option<String>>(2)?,
                        r.get::<_, Option<String>>(3)?,
                        r.get::<_, String>(4)?,
                        r.get::<_, String>(5)?,
                        r.get::<_, Option<String>>(6)?,
                    ))
                },
            )
            .optional()?;
        let Some((id, url, title, published, lang, text, mentions)) = row else { return Ok(None) };
        let mentions = match mentions {
            Some(j) => serde_json::from_str(&j)?,
            None => Vec::new(),
        };
        Ok(Some(StoredDocument { id, url, title, published, lang, text, mentions }))
    }

    /// Counts by type, country and day.
    pub fn stats(&self) -> Result<Stats> {
        let group = |col: &str| -> Result<Vec<(String, i64)>> {
            let sql = format!("SELECT COALESCE({col}, ''), COUNT(*) FROM events GROUP BY 1 ORDER BY 1");
            let mut st = self.conn.prepare(&sql)?;
            let rows = st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
            Ok(rows.collect::<std::result::Result<_, _>>()?)
        };
        let (documents, events, _) = self.counts()?;
        Ok(Stats { documents, events, by_type: group("type")?, by_country: group("country")?, by_day: group("date")? })
    }

    /// Counts: (documents, events, rejects).
    pub fn counts(&self) -> Result<(i64, i64, i64)> {
        let c = |t: &str| -> Result<i64> {
            Ok(self.conn.query_row(&format!("SELECT COUNT(*) FROM {t}"), [], |r| r.get(0))?)
        };
        Ok((c("documents")?, c("events")?, c("rejects")?))
    }

    /// The recorded rejects: (source, reason).
    pub fn rejects(&self) -> Result<Vec<(String, String)>> {
        let mut st = self.conn.prepare("SELECT source, reason FROM rejects ORDER BY id")?;
        let rows = st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<std::result::Result<_, _>>()?)
    }

    /// SQLite's own integrity check ("ok" when the file is sound).
    pub fn integrity_check(&self) -> Result<String> {
        Ok(self.conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?)
    }
}

/// Mentions as a compact JSON array: `[["actor", start, end, "COP KAZ"], ...]`.
fn mentions_json(ms: &[(&str, usize, usize, String)]) -> String {
    serde_json::to_string(&ms.iter().map(|(k, s, e, l)| (k, s, e, l)).collect::<Vec<_>>())
        .unwrap_or_else(|_| "[]".into())
}

/// The mentions stored with a document: (kind, start, end, label).
impl Store {
    pub fn mentions(&self, doc_id: &str) -> Result<Vec<(String, usize, usize, String)>> {
        let json: Option<String> = self
            .conn
            .query_row("SELECT mentions FROM documents WHERE id = ?1", [doc_id], |r| r.get(0))
            .optional()?
            .flatten();
        Ok(match json {
            Some(j) => serde_json::from_str(&j)?,
            None => Vec::new(),
        })
    }
}

fn like_escape(s: &str) -> String {
    s.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_")
}

#[cfg(test)]
mod tests {
    use super::*;
    use kroniko_doc::{Evidence, Modality};

    fn event(doc: &Document, kind: &str) -> Event {
        Event {
            id: format!("{}#0-{}", doc.id, kind),
            doc_id: doc.id.clone(),
            url: None,
            published: None,
            kind: kind.into(),
            mode: None,
            acled: None,
            cameo_root: None,
            actor1: None,
            actor2: None,
            location: None,
            date: chrono::NaiveDate::from_ymd_opt(2022, 1, 6),
            date_precision: Some("day".into()),
            fatalities: None,
            quantities: vec![],
            attributed_to: None,
            evidence: Evidence { sentence: doc.text.clone(), start: 0, end: doc.text.len(), trigger: None },
            sources: 1,
            lang: Lang::En,
            modality: Modality::Asserted,
            country: Some("KAZ".into()),
            date_source: None,
        }
    }

    #[test]
    fn idempotent_by_id_and_by_text() {
        let mut s = Store::open_in_memory().unwrap();
        let a = Document::new("a", "Police  detained 12 people.");
        let b = Document::new("b", "Police detained 12 people. ");
        let c = Document::new("a", "Other text entirely.");
        let ev = [event(&a, "COERCE")];
        let out = s
            .insert_batch(&[
                NewDocument { doc: &a, lang: Lang::En, events: &ev, mentions: vec![("actor", 0, 6, "COP".into())] },
                NewDocument { doc: &b, lang: Lang::En, events: &[], mentions: vec![] },
                NewDocument { doc: &c, lang: Lang::En, events: &[], mentions: vec![] },
            ])
            .unwrap();
        assert_eq!(out, vec![Outcome::Stored, Outcome::DuplicateText, Outcome::DuplicateId]);
        assert_eq!(s.counts().unwrap(), (1, 1, 0));
        assert_eq!(s.mentions("a").unwrap(), vec![("actor".to_string(), 0, 6, "COP".to_string())]);
        let evs = s
            .events(&EventFilter { kind: Some("coerce".into()), country: Some("kaz".into()), ..Default::default() })
            .unwrap();
        assert_eq!(evs.len(), 1);
        assert_eq!(evs[0], ev[0]);
        assert!(s.events(&EventFilter { since: Some("2022-01-07".into()), ..Default::default() }).unwrap().is_empty());
    }

    #[test]
    fn actor_filter_is_parameterised() {
        let mut s = Store::open_in_memory().unwrap();
        let a = Document::new("a", "x");
        let mut e = event(&a, "ASSAULT");
        e.actor1 = Some(kroniko_doc::Actor {
            text: "O'Brien's 100% men".into(),
            name: None,
            kind: None,
            country: None,
            span: None,
        });
        s.insert_batch(&[NewDocument { doc: &a, lang: Lang::En, events: &[e], mentions: vec![] }]).unwrap();
        let f = |q: &str| s.events(&EventFilter { actor: Some(q.into()), ..Default::default() }).unwrap().len();
        assert_eq!(f("O'Brien"), 1);
        assert_eq!(f("100%"), 1);
        assert_eq!(f("1_0"), 0);
        assert_eq!(f("'; DROP TABLE events; --"), 0);
        assert_eq!(s.counts().unwrap().1, 1);
    }

    #[test]
    fn migrations_are_versioned_and_reopen_cleanly() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("k.db");
        let s = Store::open(&p).unwrap();
        assert_eq!(s.schema_version().unwrap(), MIGRATIONS.len() as i64);
        drop(s);
        let mut s = Store::open(&p).unwrap();
        s.record_reject("x.bin", "binary file").unwrap();
        s.record_reject("x.bin", "binary file").unwrap();
        assert_eq!(s.rejects().unwrap().len(), 1);
        assert_eq!(s.integrity_check().unwrap(), "ok");
    }
}
