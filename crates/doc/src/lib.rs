//! The kroniko document model.
//!
//! One [`Document`] owns its text. Everything the pipeline finds in it — sentences, tokens,
//! mentions, events — is a [`Span`] of byte offsets into that text, so `&doc.text[span]` is
//! always the evidence as the source wrote it. This crate does no I/O.
//!
//! ```
//! use kroniko_doc::{Document, Span};
//! let doc = Document::new("d1", "Police arrested 12 protesters.");
//! let span = Span::new(7, 15);
//! assert_eq!(doc.slice(span), "arrested");
//! ```

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::fmt;

/// A half-open byte range `[start, end)` into a document's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end);
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
    /// True when the two spans share at least one byte.
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
    /// True when `other` lies inside `self`.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    /// The smallest span covering both.
    pub fn cover(&self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

/// The languages kroniko reads, and `Unknown` for everything else (kept, never guessed).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Ko,
    En,
    Ru,
    Unknown,
}

impl Lang {
    pub const SUPPORTED: [Lang; 3] = [Lang::Ko, Lang::En, Lang::Ru];

    pub fn code(&self) -> &'static str {
        match self {
            Lang::Ko => "ko",
            Lang::En => "en",
            Lang::Ru => "ru",
            Lang::Unknown => "unknown",
        }
    }

    /// Parses `ko`, `en`, `ru` (and `und`/`unknown`); anything else is `None`.
    pub fn from_code(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().as_str() {
            "ko" | "kor" | "korean" => Some(Lang::Ko),
            "en" | "eng" | "english" => Some(Lang::En),
            "ru" | "rus" | "russian" => Some(Lang::Ru),
            "unknown" | "und" | "" => Some(Lang::Unknown),
            _ => None,
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A report as kroniko stores it: the text is the one source of truth for every span.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// The JSONL `id`, or for a file the path as given.
    pub id: String,
    pub url: Option<String>,
    pub title: Option<String>,
    pub published: Option<NaiveDate>,
    /// The language the source declared, if any (the analysis decides the real one).
    pub declared_lang: Option<Lang>,
    pub text: String,
    /// Notes made while reading (for example "3 invalid UTF-8 sequences replaced").
    pub repairs: Vec<String>,
}

impl Document {
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Self {
        Document {
            id: id.into(),
            url: None,
            title: None,
            published: None,
            declared_lang: None,
            text: text.into(),
            repairs: Vec::new(),
        }
    }

    /// The text of a span. Panics if the span is not on character boundaries, which would be
    /// a bug in the stage that made it.
    pub fn slice(&self, span: Span) -> &str {
        &self.text[span.start..span.end]
    }
}

/// What a PLOVER event is: the sixteen types.
pub const PLOVER_TYPES: [&str; 16] = [
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
];

/// Actor types (ONTOLOGY.md): PLOVER sectors plus PRO, RIO (ACLED) and IGO. Non-governmental
/// organisations are civilians (CVL), as PLOVER codes them.
pub const ACTOR_TYPES: [&str; 22] = [
    "GOV", "MIL", "COP", "JUD", "LEG", "PTY", "REB", "SPY", "OPP", "CVL", "MED", "JRN", "LAB", "BUS", "REL", "EDU",
    "REF", "CRM", "UAF", "PRO", "RIO", "IGO",
];

/// Whether the text reports the act as having happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Modality {
    Asserted,
    Negated,
    Future,
    Hypothetical,
}

impl Modality {
    pub fn as_str(&self) -> &'static str {
        match self {
            Modality::Asserted => "asserted",
            Modality::Negated => "negated",
            Modality::Future => "future",
            Modality::Hypothetical => "hypothetical",
        }
    }
}

/// A participant of an event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Actor {
    /// As written in the text.
    pub text: String,
    /// Canonical (English) name when known.
    pub name: Option<String>,
    #[serde(rename = "type")]
    pub kind: Option<String>,
    pub country: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub span: Option<Span>,
}

/// Where an event happened.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Location {
    pub text: String,
    pub name: String,
    pub country: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    /// `city`, `region` or `country`.
    pub precision: String,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub span: Option<Span>,
}

/// A number the event reports, with what it counts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    /// fatalities, injured, arrests, troops, participants, displaced, weapons, people.
    pub what: String,
    pub n: u64,
    /// The number's own text.
    pub text: String,
    /// `exact`, `at-least`, `about`, `at-most` or `vague`.
    #[serde(default = "default_bound")]
    pub bound: String,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub span: Option<Span>,
}

fn default_bound() -> String {
    "exact".into()
}

/// The sentence an event came from, with byte offsets into the document text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    pub sentence: String,
    pub start: usize,
    pub end: usize,
    /// The trigger words inside the sentence (byte offsets into the document).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub trigger: Option<Span>,
}

/// ACLED's event type and sub-event type.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Acled {
    pub event_type: String,
    pub sub_event_type: String,
}

/// One coded event, in the export schema of PRODUCT.md (fields may be added, never renamed).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub id: String,
    pub doc_id: String,
    pub url: Option<String>,
    pub published: Option<NaiveDate>,
    #[serde(rename = "type")]
    pub kind: String,
    pub mode: Option<String>,
    pub acled: Option<Acled>,
    pub cameo_root: Option<String>,
    pub actor1: Option<Actor>,
    pub actor2: Option<Actor>,
    pub location: Option<Location>,
    pub date: Option<NaiveDate>,
    pub date_precision: Option<String>,
    pub fatalities: Option<u64>,
    pub quantities: Vec<Quantity>,
    pub attributed_to: Option<String>,
    pub evidence: Evidence,
    pub sources: u32,
    /// Added field: the language of the evidence sentence.
    pub lang: Lang,
    /// Added field: `asserted` for events reported as fact.
    pub modality: Modality,
    /// Added field: the country where the event happened (ISO alpha-3), from its place, else
    /// its actors, else the country the document is about.
    #[serde(default)]
    pub country: Option<String>,
    /// Added field: `text` when the date was read from the sentence, `published` when the
    /// report's date stands in for it, `dateline` when a date in the report's first lines does
    /// (a document without a publication date).
    #[serde(default)]
    pub date_source: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn span_relations() {
        let a = Span::new(0, 5);
        let b = Span::new(4, 9);
        let c = Span::new(5, 9);
        assert!(a.overlaps(b));
        assert!(!a.overlaps(c));
        assert!(Span::new(0, 9).contains(c));
        assert_eq!(a.cover(c), Span::new(0, 9));
    }

    #[test]
    fn lang_codes_round_trip() {
        for l in Lang::SUPPORTED {
            assert_eq!(Lang::from_code(l.code()), Some(l));
        }
        assert_eq!(Lang::from_code("fr"), None);
    }

    #[test]
    fn slice_is_evidence() {
        let d = Document::new("x", "경찰이 시위자를 체포했다.");
        let start = d.text.find("체포").unwrap();
        assert_eq!(d.slice(Span::new(start, start + "체포".len())), "체포");
    }
}
