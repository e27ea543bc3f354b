//! `kroniko eval`: scores the extractor against gold files.
//!
//! Gold format: one document per line, as `../shared/seed/seed-gold.jsonl` (`id`, `lang`,
//! `published`, `text`, `events` with `sentence`, `plover`, optional `plover_alt`, actors,
//! place, date, counts, `attributed_to`).
//!
//! Matching rule: a predicted event matches a gold event when it is from the same document,
//! its type is the gold type or one of the gold's `plover_alt`, and its evidence sentence
//! overlaps the gold sentence. Matching is one-to-one: each gold event takes the first free
//! prediction that fits, preferring one whose actors agree. Precision is matched predictions
//! over predictions; recall is matched gold events over gold events. Field accuracy is measured
//! on matched pairs, over the pairs where the gold field has a value.

use anyhow::{Context, Result};
use kroniko_doc::{Document, Event, Lang};
use kroniko_extract::Extractor;
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Debug, Deserialize)]
pub struct GoldDoc {
    pub id: String,
    #[serde(default)]
    pub lang: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub published: Option<String>,
    pub text: String,
    #[serde(default)]
    pub events: Vec<GoldEvent>,
}

#[derive(Debug, Deserialize, Clone)]
pub struct GoldQuantity {
    pub what: String,
    pub n: u64,
}

#[derive(Debug, Deserialize, Clone)]
pub struct GoldEvent {
    pub sentence: String,
    pub plover: String,
    #[serde(default)]
    pub plover_alt: Vec<String>,
    #[serde(default)]
    pub actor1: Option<String>,
    #[serde(default)]
    pub actor1_type: Option<String>,
    #[serde(default)]
    pub actor1_country: Option<String>,
    #[serde(default)]
    pub actor2: Option<String>,
    #[serde(default)]
    pub actor2_type: Option<String>,
    #[serde(default)]
    pub actor2_country: Option<String>,
    #[serde(default)]
    pub location: Option<String>,
    #[serde(default)]
    pub country: Option<String>,
    #[serde(default)]
    pub date: Option<String>,
    #[serde(default)]
    pub fatalities: Option<u64>,
    #[serde(default)]
    pub quantity: Option<GoldQuantity>,
    #[serde(default)]
    pub attributed_to: Option<String>,
}

#[derive(Debug, Default, Clone, Copy, serde::Serialize)]
pub struct Prf {
    pub gold: usize,
    pub predicted: usize,
    pub matched_gold: usize,
    pub matched_pred: usize,
}

impl Prf {
    pub fn precision(&self) -> f64 {
        if self.predicted == 0 {
            if self.gold == 0 {
                1.0
            } else {
                0.0
            }
        } else {
            self.matched_pred as f64 / self.predicted as f64
        }
    }
    pub fn recall(&self) -> f64 {
        if self.gold == 0 {
            1.0
        } else {
            self.matched_gold as f64 / self.gold as f64
        }
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn add(&mut self, o: &Prf) {
        self.gold += o.gold;
        self.predicted += o.predicted;
        self.matched_gold += o.matched_gold;
        self.matched_pred += o.matched_pred;
    }
}

/// A field's accuracy: (correct, total).
#[derive(Debug, Default, Clone, Copy, serde::Serialize)]
pub struct Acc {
    pub correct: usize,
    pub total: usize,
}

impl Acc {
    fn add(&mut self, ok: bool) {
        self.total += 1;
        if ok {
            self.correct += 1;
        }
    }
    pub fn value(&self) -> Option<f64> {
        (self.total > 0).then(|| self.correct as f64 / self.total as f64)
    }
}

/// One miss or false alarm, for `--verbose`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Miss {
    pub doc: String,
    pub kind: String,
    pub sentence: String,
    pub missing: bool,
}

/// A matched pair whose fields disagree, for `--verbose`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct FieldMiss {
    pub doc: String,
    pub field: String,
    pub gold: String,
    pub predicted: String,
    pub sentence: String,
}

#[derive(Debug, Default, serde::Serialize)]
pub struct Report {
    pub field_misses: Vec<FieldMiss>,
    pub documents: usize,
    pub overall: Prf,
    pub by_lang: BTreeMap<String, Prf>,
    pub by_type: BTreeMap<String, Prf>,
    pub fields: BTreeMap<String, Acc>,
    pub misses: Vec<Miss>,
}

fn norm(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).flat_map(|c| c.to_lowercase()).collect()
}

/// Scores the extractor on the given gold files.
pub fn evaluate(ex: &Extractor, files: &[String]) -> Result<Report> {
    let mut rep = Report::default();
    for f in files {
        let text = std::fs::read_to_string(f).with_context(|| format!("cannot read gold file {f}"))?;
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let g: GoldDoc =
                serde_json::from_str(line).with_context(|| format!("{f}:{}: not a gold document", i + 1))?;
            score_doc(ex, &g, &mut rep).with_context(|| format!("{f}:{}", i + 1))?;
        }
    }
    Ok(rep)
}

fn score_doc(ex: &Extractor, g: &GoldDoc, rep: &mut Report) -> Result<()> {
    let mut doc = Document::new(g.id.clone(), g.text.clone());
    doc.url = g.url.clone();
    doc.published = g.published.as_deref().and_then(kroniko_ingest::parse_date);
    doc.declared_lang = g.lang.as_deref().and_then(Lang::from_code);
    let x = ex.extract(&doc);
    let preds: Vec<&Event> = x.events.iter().collect();
    let lang = g.lang.clone().unwrap_or_else(|| x.analysis.lang.code().to_string());
    rep.documents += 1;
    // Gold sentence spans.
    let mut spans = Vec::new();
    for ge in &g.events {
        let start = g
            .text
            .find(&ge.sentence)
            .with_context(|| format!("gold sentence is not in the text: {:?}", ge.sentence))?;
        spans.push((start, start + ge.sentence.len()));
    }
    let fits = |ge: &GoldEvent, span: (usize, usize), p: &Event| {
        (p.kind == ge.plover || ge.plover_alt.contains(&p.kind)) && p.evidence.start < span.1 && span.0 < p.evidence.end
    };
    let mut used = vec![false; preds.len()];
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    let mut doc_prf = Prf { gold: g.events.len(), predicted: preds.len(), ..Default::default() };
    let mut type_prf: BTreeMap<String, Prf> = BTreeMap::new();
    for (gi, ge) in g.events.iter().enumerate() {
        type_prf.entry(ge.plover.clone()).or_default().gold += 1;
        let cands: Vec<usize> = (0..preds.len()).filter(|&pi| !used[pi] && fits(ge, spans[gi], preds[pi])).collect();
        let agree = |pi: usize| {
            let p = preds[pi];
            let c1 = p.actor1.as_ref().and_then(|a| a.country.clone());
            let t1 = p.actor1.as_ref().and_then(|a| a.kind.clone());
            (c1 == ge.actor1_country) as u8
                + (t1 == ge.actor1_type) as u8
                + ge.quantity.as_ref().is_some_and(|q| p.quantities.iter().any(|x| x.n == q.n)) as u8 * 2
        };
        if let Some(&pi) = cands.iter().max_by_key(|&&pi| (agree(pi), std::cmp::Reverse(pi))) {
            used[pi] = true;
            pairs.push((gi, pi));
        } else {
            rep.misses.push(Miss {
                doc: g.id.clone(),
                kind: ge.plover.clone(),
                sentence: ge.sentence.clone(),
                missing: true,
            });
        }
    }
    for (pi, p) in preds.iter().enumerate() {
        type_prf.entry(p.kind.clone()).or_default().predicted += 1;
        if !used[pi] {
            rep.misses.push(Miss {
                doc: g.id.clone(),
                kind: p.kind.clone(),
                sentence: p.evidence.sentence.clone(),
                missing: false,
            });
        }
    }
    doc_prf.matched_gold = pairs.len();
    doc_prf.matched_pred = pairs.len();
    for &(gi, pi) in &pairs {
        let ge = &g.events[gi];
        let p = preds[pi];
        let t = type_prf.entry(ge.plover.clone()).or_default();
        t.matched_gold += 1;
        // A prediction of an alternative type counts for the type it predicted.
        let tp = type_prf.entry(p.kind.clone()).or_default();
        tp.matched_pred += 1;
        score_fields(ge, p, &mut rep.fields, &mut |field, gold, pred| {
            rep.field_misses.push(FieldMiss {
                doc: g.id.clone(),
                field: field.to_string(),
                gold,
                predicted: pred,
                sentence: ge.sentence.clone(),
            })
        });
    }
    rep.overall.add(&doc_prf);
    rep.by_lang.entry(lang).or_default().add(&doc_prf);
    for (k, v) in type_prf {
        rep.by_type.entry(k).or_default().add(&v);
    }
    Ok(())
}

fn score_fields(
    ge: &GoldEvent,
    p: &Event,
    fields: &mut BTreeMap<String, Acc>,
    miss: &mut dyn FnMut(&str, String, String),
) {
    let show = |a: &Option<kroniko_doc::Actor>| {
        a.as_ref()
            .map(|a| {
                format!("{} [{} {}]", a.text, a.kind.as_deref().unwrap_or("?"), a.country.as_deref().unwrap_or("?"))
            })
            .unwrap_or_else(|| "-".into())
    };
    let gshow = |t: &Option<String>, ty: &Option<String>, c: &Option<String>| {
        format!("{} [{} {}]", t.as_deref().unwrap_or("-"), ty.as_deref().unwrap_or("?"), c.as_deref().unwrap_or("?"))
    };
    let desc: [(String, String); 6] = [
        (gshow(&ge.actor1, &ge.actor1_type, &ge.actor1_country), show(&p.actor1)),
        (gshow(&ge.actor2, &ge.actor2_type, &ge.actor2_country), show(&p.actor2)),
        (
            format!("{:?} {:?}", ge.location, ge.country),
            format!("{:?} {:?}", p.location.as_ref().map(|l| &l.text), p.country),
        ),
        (format!("{:?}", ge.date), format!("{:?}", p.date.map(|d| d.to_string()))),
        (
            format!("{:?} {:?}", ge.fatalities, ge.quantity.as_ref().map(|q| (&q.what, q.n))),
            format!("{:?} {:?}", p.fatalities, p.quantities.iter().map(|q| (&q.what, q.n)).collect::<Vec<_>>()),
        ),
        (format!("{:?}", ge.attributed_to), format!("{:?}", p.attributed_to)),
    ];
    let mut f = |name: &str, ok: bool| {
        fields.entry(name.to_string()).or_default().add(ok);
        if !ok {
            let i = match name {
                n if n.starts_with("actor1") => 0,
                n if n.starts_with("actor2") => 1,
                "place_country" | "location" => 2,
                "date" => 3,
                "fatalities" | "quantity" => 4,
                _ => 5,
            };
            miss(name, desc[i].0.clone(), desc[i].1.clone());
        }
    };
    for (gt, gc, g_text, pa, label) in [
        (&ge.actor1_type, &ge.actor1_country, &ge.actor1, &p.actor1, "actor1"),
        (&ge.actor2_type, &ge.actor2_country, &ge.actor2, &p.actor2, "actor2"),
    ] {
        if g_text.is_none() && gt.is_none() {
            continue;
        }
        f(&format!("{label}_type"), pa.as_ref().and_then(|a| a.kind.as_ref()) == gt.as_ref());
        f(&format!("{label}_country"), pa.as_ref().and_then(|a| a.country.as_ref()) == gc.as_ref());
    }
    if let Some(c) = &ge.country {
        f("place_country", p.country.as_ref() == Some(c));
    }
    if let Some(loc) = &ge.location {
        let ok = p
            .location
            .as_ref()
            .is_some_and(|l| norm(&l.text).contains(&norm(loc)) || norm(loc).contains(&norm(&l.text)));
        f("location", ok);
    }
    if let Some(d) = &ge.date {
        f("date", p.date.map(|x| x.to_string()).as_deref() == Some(d.as_str()));
    }
    if ge.fatalities.is_some() || p.fatalities.is_some() {
        f("fatalities", p.fatalities == ge.fatalities);
    }
    if let Some(q) = &ge.quantity {
        f("quantity", p.quantities.iter().any(|x| x.n == q.n && x.what == q.what));
    }
    if ge.attributed_to.is_some() || p.attributed_to.is_some() {
        let ok = match (&ge.attributed_to, &p.attributed_to) {
            (Some(g), Some(x)) => {
                let (g, x) = (norm(g), norm(x));
                !g.is_empty() && !x.is_empty() && (g.contains(&x) || x.contains(&g))
            }
            _ => false,
        };
        f("attributed_to", ok);
    }
}

/// Prints the report as tables to `out` (an error, a closed pipe included, stops the printing).
pub fn print(out: &mut impl std::io::Write, rep: &Report, verbose: bool) -> std::io::Result<()> {
    let row = |out: &mut dyn std::io::Write, name: &str, p: &Prf| {
        writeln!(
            out,
            "{:<12} {:>5} {:>6} {:>8}  {:>9.3} {:>6.3} {:>6.3}",
            name,
            p.gold,
            p.predicted,
            p.matched_gold,
            p.precision(),
            p.recall(),
            p.f1()
        )
    };
    writeln!(out, "{} documents", rep.documents)?;
    writeln!(out)?;
    writeln!(
        out,
        "{:<12} {:>5} {:>6} {:>8}  {:>9} {:>6} {:>6}",
        "", "gold", "pred", "matched", "precision", "recall", "F1"
    )?;
    row(out, "overall", &rep.overall)?;
    for (l, p) in &rep.by_lang {
        row(out, &format!("lang {l}"), p)?;
    }
    writeln!(out)?;
    for (t, p) in &rep.by_type {
        row(out, t, p)?;
    }
    writeln!(out)?;
    writeln!(out, "{:<16} {:>8} {:>6}  {:>8}", "field", "correct", "of", "accuracy")?;
    for (k, a) in &rep.fields {
        writeln!(out, "{:<16} {:>8} {:>6}  {:>8.3}", k, a.correct, a.total, a.value().unwrap_or(0.0))?;
    }
    if verbose {
        writeln!(out)?;
        for m in &rep.field_misses {
            writeln!(out, "FIELD  {} {:<15} gold {} | got {} | {}", m.doc, m.field, m.gold, m.predicted, m.sentence)?;
        }
        writeln!(out)?;
        for m in &rep.misses {
            writeln!(out, "{} {} {:<10} {}", if m.missing { "MISSED" } else { "EXTRA " }, m.doc, m.kind, m.sentence)?;
        }
    }
    Ok(())
}
