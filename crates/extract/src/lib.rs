//! From analysed sentences to events.
//!
//! For each sentence: find the mentions (actors, places, numbers, dates, cue words) with the
//! language's data; find the event triggers; give each trigger its roles from grammar (Korean
//! case particles and the passive with `에 의해`; English and Russian word order, prepositions,
//! passive auxiliaries, the agent after `by` or in the instrumental case); attach numbers,
//! place, date and the source the text attributes the claim to; decide the modality, and keep
//! only what the text reports as having happened. Every candidate that is not kept is returned
//! with the reason, so `kroniko explain` can show it.
//!
//! No rule here names a word of any language: words are in `data/`.

pub mod corpus;
pub mod dates;
pub mod numbers;
mod places;

use chrono::NaiveDate;
use kroniko_analysis::{Analysis, Analyzer, Role, Sentence, Token, TokenKind};
use kroniko_doc::{Acled, Actor, Document, Event, Evidence, Lang, Location, Modality, Quantity, Span};
use kroniko_knowledge::{Cue, Knowledge, LangKnowledge, NumKind, PlaceRef, TriggerClass, TriggerInfo};
use numbers::NumberMention;
use std::collections::HashMap;

/// The extractor: knowledge plus the analyser built from it.
pub struct Extractor {
    pub knowledge: Knowledge,
    analyzer: Analyzer,
}

/// A candidate event that was not stored, and why.
#[derive(Debug, Clone)]
pub struct Dropped {
    pub kind: String,
    pub sentence: Span,
    pub trigger: Span,
    pub reason: String,
}

/// A span the extractor recognised (for highlighting and the store's mention table).
#[derive(Debug, Clone, PartialEq)]
pub struct MentionOut {
    /// `actor`, `place`, `number`, `date`, `trigger`, `source`.
    pub kind: &'static str,
    pub span: Span,
    pub label: String,
}

/// Everything the extractor produced for one document.
pub struct Extraction {
    pub analysis: Analysis,
    pub events: Vec<Event>,
    pub dropped: Vec<Dropped>,
    pub mentions: Vec<MentionOut>,
}

#[derive(Debug, Clone)]
struct ActorM {
    /// Token range of the head mention.
    s: usize,
    e: usize,
    /// First token including modifiers (`러시아 경찰`, `정부의 진압부대`).
    text_s: usize,
    kind: Option<&'static str>,
    country: Option<String>,
    canonical: Option<String>,
    is_country: bool,
    role: Option<Role>,
    /// Coordination group (`러시아와 벨라루스`, `Russia, Belarus and Armenia`): members share it.
    group: Option<usize>,
    /// Of no one country (`intl` in the actors file): no country is assumed for it.
    international: bool,
    /// Of the language's home country in a report that speaks from there (`home` in the actors
    /// file: "정부" unqualified is South Korea's government in a Seoul report).
    home: bool,
}

#[derive(Debug, Clone)]
struct PlaceM {
    s: usize,
    e: usize,
    r: PlaceRef,
    /// A country name used as a modifier or actor rather than as a place.
    modifier: bool,
    /// Where an envoy is posted ("알제 주재 대사"): no place of what the envoy or a government
    /// does to the envoy (a raid on the embassy still happens there).
    posted: bool,
    /// Every place of this name that may be meant (`places::resolve` chooses with the document's
    /// countries); empty when there is no choice to make.
    alts: Vec<places::Cand>,
}

#[derive(Debug, Clone)]
struct Trig<'a> {
    s: usize,
    e: usize,
    info: &'a TriggerInfo,
    /// The class in this sentence: a Korean event noun with a light verb (배치하기로) predicates.
    class: TriggerClass,
}

impl Trig<'_> {
    /// An attack named as a noun ("an airstrike", "обстрел", "공격"), not predicated.
    fn attack_noun(&self) -> bool {
        self.class == TriggerClass::Noun && self.info.kind == "ASSAULT"
    }
}

struct SentMentions<'a> {
    actors: Vec<ActorM>,
    places: Vec<PlaceM>,
    numbers: Vec<NumberMention>,
    dates: Vec<dates::DateMention>,
    triggers: Vec<Trig<'a>>,
    cues: Vec<(usize, usize, Cue)>,
    /// Token range of the attribution phrase and the source's text.
    source: Option<(usize, usize, String, Option<usize>)>,
}

fn last_syllable_has_n(s: &str) -> bool {
    s.chars().last().is_some_and(|c| {
        let v = c as u32;
        (0xAC00..=0xD7A3).contains(&v) && (v - 0xAC00) % 28 == 4
    })
}

impl Extractor {
    pub fn new(knowledge: Knowledge) -> Self {
        // Korean morphology from the dictionary built by scripts/setup.sh (.build/gen/ko-dic);
        // without it, a warning and the particle table alone.
        let morph = kroniko_analysis::KoMorph::shared(&kroniko_knowledge::generated_dir().join("ko-dic"));
        let analyzer = Analyzer::new(knowledge.tables.clone()).with_ko_morph(morph);
        Extractor { knowledge, analyzer }
    }

    /// Loads the default knowledge (embedded, or `KRONIKO_DATA`).
    pub fn load_default() -> Result<Self, kroniko_knowledge::KnowledgeError> {
        Ok(Self::new(Knowledge::load_default()?))
    }

    pub fn analyzer(&self) -> &Analyzer {
        &self.analyzer
    }

    /// Analyses a document and extracts its events.
    pub fn extract(&self, doc: &Document) -> Extraction {
        // A report with no publication date often states it in its first lines ("Press release
        // - Lomé, 5 June 2025", "2023년 5월 2일"): that date then anchors "yesterday" and stands
        // in for undated events, marked `date_source: dateline`. Nothing else is invented.
        if doc.published.is_none() {
            if let Some(date) = self.dateline_date(doc) {
                let mut dated = doc.clone();
                dated.published = Some(date);
                let mut x = self.extract_dated(&dated);
                for e in &mut x.events {
                    e.published = None;
                    if e.date_source.as_deref() == Some("published") {
                        e.date_source = Some("dateline".into());
                    }
                }
                return x;
            }
        }
        self.extract_dated(doc)
    }

    /// A full date (day, month and year) in the first three sentences.
    fn dateline_date(&self, doc: &Document) -> Option<NaiveDate> {
        let a = self.analyzer.analyze(doc);
        a.sentences.iter().take(3).find_map(|s| {
            let lk = self.knowledge.lang(s.lang)?;
            dates::find_dates(&s.tokens, lk, s.lang == Lang::Ko, None)
                .into_iter()
                .find(|d| d.absolute && d.precision == "day")
                .map(|d| d.date)
        })
    }

    fn extract_dated(&self, doc: &Document) -> Extraction {
        let analysis = self.analyzer.analyze(doc);
        let mut out = Extraction {
            events: Vec::new(),
            dropped: Vec::new(),
            mentions: Vec::new(),
            analysis: Analysis { lang: analysis.lang, sentences: Vec::new(), paragraphs: Vec::new() },
        };
        let mut per: Vec<Option<SentMentions>> = analysis
            .sentences
            .iter()
            .map(|s| self.knowledge.lang(s.lang).map(|lk| self.mentions(s, lk, doc.published)))
            .collect();
        // A name several places share, or a town that needs support: the countries the document
        // names without doubt decide (places.rs).
        let mut named: Vec<String> = Vec::new();
        for sm in per.iter().flatten() {
            named.extend(sm.actors.iter().filter_map(|a| a.country.clone()));
            named.extend(sm.places.iter().filter(|p| p.alts.is_empty()).filter_map(|p| self.place_country(p.r)));
        }
        // (…and so does the dateline's city, where its name is of one country: "САН-САЛЬВАДОР,
        // 7 окт")
        let dateline_countries = self.dateline_countries(&analysis);
        named.extend(dateline_countries.iter().cloned());
        named.sort();
        named.dedup();
        for sm in per.iter_mut().flatten() {
            sm.places.retain_mut(|p| {
                if p.alts.is_empty() {
                    return true;
                }
                match places::resolve(&self.knowledge, &p.alts, &named) {
                    Some(r) => {
                        p.r = r;
                        true
                    }
                    None => false,
                }
            });
        }
        // "The agency urged…", "the group's demand", "ведомство", "이 단체는": a definite
        // description takes up the nearest actor of a type it may name, in this sentence or the
        // three before.
        for k in 0..per.len() {
            let Some(lk) = self.knowledge.lang(analysis.sentences[k].lang) else { continue };
            let toks = &analysis.sentences[k].tokens;
            let Some(sm) = &per[k] else { continue };
            let mut found: Vec<ActorM> = Vec::new();
            // (an actor word that is also an anaphor — "ведомство" — takes up the actor named
            // before when there is one, and keeps its own type otherwise)
            let mut retyped: Vec<(usize, ActorM)> = Vec::new();
            for m in lk.anaphors.scan(toks) {
                let same = sm.actors.iter().position(|a| a.s == m.start && a.e == m.end);
                if same.is_none() && sm.actors.iter().any(|a| a.s < m.end && m.start < a.e) {
                    continue;
                }
                let fits = |a: &&ActorM| a.kind.is_some_and(|x| m.value.contains(&x)) && !a.is_country;
                let here = sm.actors.iter().rev().filter(|a| a.e <= m.start).find(fits);
                let before =
                    || (k.saturating_sub(3)..k).rev().find_map(|j| per[j].as_ref()?.actors.iter().rev().find(fits));
                if let Some(a) = here.or_else(before) {
                    if let Some(i) = same {
                        let mut x = sm.actors[i].clone();
                        x.kind = a.kind;
                        x.country = a.country.clone();
                        x.canonical = a.canonical.clone();
                        x.international = a.international;
                        retyped.push((i, x));
                        continue;
                    }
                    found.push(ActorM {
                        s: m.start,
                        e: m.end,
                        text_s: m.start,
                        kind: a.kind,
                        country: a.country.clone(),
                        canonical: a.canonical.clone(),
                        is_country: false,
                        role: toks[m.end - 1].role(),
                        group: None,
                        international: a.international,
                        home: a.home,
                    });
                }
            }
            if let Some(sm) = per[k].as_mut() {
                for (i, x) in retyped {
                    sm.actors[i] = x;
                }
            }
            if let Some(sm) = per[k].as_mut().filter(|_| !found.is_empty()) {
                add_actors(sm, found, false);
            }
        }
        // "Mubarak told reporters", "Токаев заявил": a surname standing alone is the person the
        // report named in full before it ("Ghana's Interior Minister Mohammed Muntaka Mubarak"),
        // of that person's type and country. English and Russian (Russian on the stem, as the
        // name is declined).
        for k in 0..per.len() {
            let lang = analysis.sentences[k].lang;
            if lang == Lang::Ko {
                continue;
            }
            let toks = &analysis.sentences[k].tokens;
            let Some(sm) = &per[k] else { continue };
            let capital = |t: &Token| {
                t.kind == TokenKind::Word
                    && t.norm.chars().count() >= 3
                    && t.norm.chars().next().is_some_and(char::is_uppercase)
                    && t.norm.chars().skip(1).any(char::is_lowercase)
            };
            let same = |a: &Token, b: &Token| if lang == Lang::Ru { a.stem == b.stem } else { a.lower == b.lower };
            let mut found: Vec<ActorM> = Vec::new();
            for i in 0..toks.len() {
                if !capital(&toks[i]) {
                    continue;
                }
                // (a one-word place may be the surname: "Херат пообещал" after "Виджита Херат" is
                // the minister, not Herat; not right after a body, whose place it names —
                // "Региональное правительство Курдистана" — nor after a preposition)
                let place = sm.places.iter().find(|p| p.s <= i && i < p.e);
                let located = |p: &PlaceM| {
                    p.s != i
                        || p.e != i + 1
                        || sm.actors.iter().any(|a| a.e == i)
                        || sm.cues.iter().any(|c| c.1 == i && matches!(c.2, Cue::Prep | Cue::LocPrep))
                };
                let covered = sm.actors.iter().any(|a| a.text_s <= i && i < a.e)
                    || place.is_some_and(located)
                    || sm.cues.iter().any(|c| c.0 <= i && i < c.1);
                // (a name of its own, not part of a longer one)
                let alone = !((i > 0 && capital(&toks[i - 1])) || toks.get(i + 1).is_some_and(capital));
                if covered || !alone {
                    continue;
                }
                // (the last two words of an earlier actor's name, never its first)
                let named = |tj: &[Token], b: &ActorM| {
                    !b.is_country
                        && b.kind.is_some()
                        && b.e - b.text_s >= 2
                        && (b.e.saturating_sub(2).max(b.text_s + 1)..b.e)
                            .any(|q| capital(&tj[q]) && same(&tj[q], &toks[i]))
                };
                let earlier = (0..=k).rev().find_map(|j| {
                    let tj = &analysis.sentences[j].tokens;
                    per[j].as_ref()?.actors.iter().rev().find(|b| (j < k || b.e <= i) && named(tj, b))
                });
                if let Some(b) = earlier {
                    found.push(ActorM { s: i, e: i + 1, text_s: i, role: None, group: None, ..b.clone() });
                }
            }
            // (the source named by the surname is that person)
            if let Some(sm) = per[k].as_mut().filter(|_| !found.is_empty()) {
                sm.places.retain(|p| !found.iter().any(|a| a.s == p.s && a.e == p.e));
                add_actors(sm, found, true);
            }
        }
        // Korean: a surname with the title ("조 장관", "안 장관") is the person the report named in
        // full before with that title ("조현 외교부 장관"): of that person's country.
        for k in 0..per.len() {
            if analysis.sentences[k].lang != Lang::Ko {
                continue;
            }
            let toks = &analysis.sentences[k].tokens;
            let Some(sm) = &per[k] else { continue };
            let mut fixes: Vec<(usize, String)> = Vec::new();
            for (i, a) in sm.actors.iter().enumerate() {
                if a.country.is_some() || a.is_country || a.text_s + 1 != a.s {
                    continue;
                }
                let name = toks[a.text_s].norm.as_str();
                if name.chars().count() > 2 || !name.chars().all(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c)) {
                    continue;
                }
                let head = toks[a.e - 1].ko.last().map(|x| x.stem.clone()).unwrap_or_default();
                let earlier = (0..k).rev().find_map(|j| {
                    let tj = &analysis.sentences[j].tokens;
                    per[j].as_ref()?.actors.iter().find(|b| {
                        b.country.is_some()
                            && b.kind == a.kind
                            && tj[b.text_s].norm.starts_with(name)
                            && tj[b.text_s].norm.chars().count() > name.chars().count()
                            && tj[b.e - 1].ko.last().is_some_and(|x| !head.is_empty() && x.stem.ends_with(&head))
                    })
                });
                if let Some(b) = earlier {
                    fixes.push((i, b.country.clone().unwrap_or_default()));
                }
            }
            if let Some(sm) = per[k].as_mut() {
                for (i, c) in fixes {
                    sm.actors[i].country = Some(c);
                }
            }
        }
        // "이날", "the same day": the day the report last named, in reading order.
        let mut anchor: Option<NaiveDate> = None;
        for sm in per.iter_mut().flatten() {
            for d in &mut sm.dates {
                match d.anaphor {
                    // (and it is the day named from then on: "이튿날 … 같은 날")
                    Some(n) => {
                        if let Some(a) = anchor {
                            d.date = a + chrono::Duration::days(n);
                        }
                        anchor = Some(d.date);
                    }
                    None if d.precision == "day" => anchor = Some(d.date),
                    None => {}
                }
            }
        }
        // The country the document is about: the most mentioned one, the lede's mentions (the
        // first sentence that reports an act) and the dateline's city weighing three each.
        let mut counts: HashMap<String, usize> = HashMap::new();
        let lede = (0..per.len()).find(|&k| per[k].as_ref().is_some_and(|sm| !sm.triggers.is_empty()));
        for (k, sm) in per.iter().enumerate() {
            let Some(sm) = sm else { continue };
            let w = if Some(k) == lede { 3 } else { 1 };
            for a in &sm.actors {
                if let Some(c) = &a.country {
                    *counts.entry(c.clone()).or_default() += w;
                }
            }
            for p in &sm.places {
                if let Some(c) = self.place_country(p.r) {
                    if !p.modifier {
                        *counts.entry(c).or_default() += w;
                    }
                }
            }
        }
        for c in dateline_countries {
            *counts.entry(c).or_default() += 3;
        }
        let mut ranked: Vec<(String, usize)> = counts.into_iter().collect();
        ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let doc_country = ranked.first().map(|r| r.0.clone());
        let author = self.statement_author(doc, &analysis, &per, doc_country.as_deref());
        let home_voice = self.home_voice(doc, &analysis, &per);
        // "По его словам, …": a source named by a pronoun is the source the report last named
        // (in the three sentences before); "по нашим данным" is the statement's author.
        for k in 0..per.len() {
            let Some((a, b, text, _)) = per[k].as_ref().and_then(|sm| sm.source.clone()) else { continue };
            if !text.is_empty() {
                continue;
            }
            let first_person = per[k]
                .as_ref()
                .is_some_and(|sm| sm.cues.iter().any(|&(x, _, c)| c == Cue::FirstPerson && x >= a && x < b));
            let taken = if first_person {
                author.as_ref().map(|x| x.text.clone())
            } else {
                (k.saturating_sub(3)..k)
                    .rev()
                    .find_map(|j| per[j].as_ref()?.source.as_ref().map(|x| x.2.clone()).filter(|t| !t.is_empty()))
            };
            if let Some(sm) = per[k].as_mut() {
                sm.source = taken.map(|t| (a, b, t, None));
            }
        }
        // A footnote ("* Террористическая организация, запрещена в России.", "* Names changed"):
        // a paragraph that opens with an asterisk glosses a marked word and reports nothing.
        let footnote = |s: &Sentence| {
            analysis
                .paragraphs
                .iter()
                .find(|p| s.start >= p.0 && s.end <= p.1)
                .is_some_and(|p| doc.text[p.0..p.1].trim_start().starts_with('*'))
        };
        for (k, s) in analysis.sentences.iter().enumerate() {
            let (Some(sm), Some(lk)) = (&per[k], self.knowledge.lang(s.lang)) else { continue };
            self.record_mentions(s, sm, &mut out.mentions);
            if footnote(s) {
                continue;
            }
            let prev: Vec<&SentMentions> = (k.saturating_sub(2)..k).rev().filter_map(|j| per[j].as_ref()).collect();
            self.events_of(doc, s, sm, lk, &prev, doc_country.as_deref(), author.as_ref(), home_voice, &mut out);
        }
        // A headline repeats the report's lede: its events are dropped when the body codes an
        // event of the same type, so each event is counted once per document.
        // Headline lines: the first paragraph, when none of its sentences ends with a full stop
        // ("케냐 … 의회 난입…", "Troops fire on protesters in Khartoum").
        // (A press release opens with several such lines — "MEDIA RELEASE", the minister's
        // name, the headline, the date — and all of them are its heading.)
        let unpunctuated = |p: &(usize, usize, Lang)| {
            analysis.sentences.iter().filter(|s| s.start >= p.0 && s.end <= p.1).all(|s| {
                // A closing quote ends a sentence only after its full stop ("…stop.\"");
                // a headline may end with a quoted slogan ("…\"즉각 석방하라\"").
                let t = doc.text[s.start..s.end].trim_end().trim_end_matches(['"', '»', '”', '\'', '’']);
                !t.ends_with(['.', '!', '?', '。'])
            })
        };
        let heading = analysis.paragraphs.iter().take_while(|p| unpunctuated(p)).count();
        let head_end =
            if heading > 0 && heading < analysis.paragraphs.len() { analysis.paragraphs[heading - 1].1 } else { 0 };
        let headline = |start: usize| start < head_end;
        // A headline's wording differs from the body's ("러, 독일 외교관 추방" for a persona non grata
        // declaration; "Iran seizes tanker" for the Revolutionary Guards' capture): an event of
        // the same type, or one by an actor of the same country, is its repeat.
        let a1 = |e: &Event| e.actor1.as_ref().and_then(|a| a.country.clone());
        let body: Vec<(String, Option<String>)> =
            out.events.iter().filter(|e| !headline(e.evidence.start)).map(|e| (e.kind.clone(), a1(e))).collect();
        let repeated = |e: &Event| {
            let who = a1(e);
            body.iter().any(|(k, b)| *k == e.kind || (who.is_some() && *b == who))
        };
        let (heads, rest): (Vec<Event>, Vec<Event>) =
            out.events.drain(..).partition(|e| headline(e.evidence.start) && repeated(e));
        out.events = rest;
        for e in heads {
            out.dropped.push(Dropped {
                kind: e.kind.clone(),
                sentence: Span::new(e.evidence.start, e.evidence.end),
                trigger: e.evidence.trigger.unwrap_or(Span::new(e.evidence.start, e.evidence.end)),
                reason: "headline repeating an event of the report's body".into(),
            });
        }
        out.analysis = analysis;
        out
    }

    /// The author of a statement: the organisation on a line headed by a statement word
    /// ("Statement by the Tbilisi Civic Rights Centre", "Заявление … партии «Рабочая
    /// солидарность»") in the first paragraphs, else a short signature line closing the document
    /// ("아시아평화시민연대"). Only for documents that speak in the first person; typed by the
    /// actor named there, CVL (a civil organisation) when none is known.
    fn statement_author(
        &self,
        doc: &Document,
        analysis: &kroniko_analysis::Analysis,
        per: &[Option<SentMentions>],
        doc_country: Option<&str>,
    ) -> Option<Actor> {
        let first_person = per.iter().flatten().any(|sm| sm.cues.iter().any(|c| c.2 == Cue::FirstPerson));
        let korean_first_person = analysis.sentences.iter().zip(per).any(|(s, sm)| {
            s.lang == Lang::Ko && sm.as_ref().is_some_and(|sm| sm.cues.iter().any(|c| c.2 == Cue::FirstPerson))
        });
        let speaks = first_person || korean_first_person;
        let make = |span: Span, sm: Option<&SentMentions>, s: &Sentence| -> Option<Actor> {
            let mut text = doc.text[span.start..span.end].trim().to_string();
            let a = sm.and_then(|sm| {
                sm.actors.iter().find(|a| !a.is_country && a.kind.is_some_and(|k| k != "GOV" || a.canonical.is_some()))
            });
            if let Some(a) = a {
                let sp = Span::new(s.tokens[a.text_s].start, s.tokens[a.e - 1].end);
                if span.start <= sp.start && sp.end <= span.end && text.chars().count() > 80 {
                    text = doc.text[sp.start..sp.end].to_string();
                }
            }
            if text.is_empty() || text.chars().count() > 120 {
                return None;
            }
            let header_country = || {
                let body = a.filter(|_| s.lang != Lang::Ko)?;
                let within = |x: usize, y: usize| span.start <= s.tokens[x].start && s.tokens[y - 1].end <= span.end;
                sm?.actors
                    .iter()
                    .filter(|x| x.is_country && x.s >= body.e)
                    .find(|x| within(x.s, x.e))
                    .and_then(|x| x.country.clone())
                    // (…or a place in the body's own name: "Регионального совета коренных народов
                    // Каука (CRIC)", "Независимого объединения журналистов Сербии")
                    .or_else(|| {
                        sm?.places
                            .iter()
                            .filter(|p| p.s >= body.text_s && within(p.s, p.e))
                            .find_map(|p| self.place_country(p.r))
                    })
            };
            Some(Actor {
                text,
                name: a.and_then(|a| a.canonical.clone()),
                kind: Some(a.and_then(|a| a.kind).unwrap_or("CVL").to_string()),
                // (A known organisation keeps its own country, or none; an unknown one is of the
                // country statements in its language come from (`world/home.tsv`), else of the
                // country the statement is about.)
                country: match a {
                    Some(a) if a.country.is_some() || a.international => a.country.clone(),
                    // (…and one its header names for a region of several countries, none)
                    _ if sm.is_some_and(|sm| {
                        sm.cues.iter().any(|&(x, y, c)| {
                            c == Cue::Region && span.start <= s.tokens[x].start && s.tokens[y - 1].end <= span.end
                        })
                    }) && a.is_none_or(|a| !state_body(a.kind)) =>
                    {
                        None
                    }
                    // (…a known body with no country of its own is of the country its header
                    // names: "Statement of the Ministry of Foreign Affairs of the Republic of
                    // Estonia")
                    Some(_) => header_country().or_else(|| self.knowledge.home.get(&s.lang).cloned()),
                    None => self.knowledge.home.get(&s.lang).cloned().or_else(|| doc_country.map(String::from)),
                },
                span: Some(span),
            })
        };
        let paras = &analysis.paragraphs;
        // A statement word in the first paragraphs (slogans may come first): the rest of that
        // sentence names the author.
        for (s, sm) in analysis
            .sentences
            .iter()
            .zip(per)
            .filter(|(s, _)| paras.iter().take(6).any(|p| s.start >= p.0 && s.end <= p.1))
        {
            let Some(sm) = sm else { continue };
            let Some(&(a, b, _)) = sm.cues.iter().find(|c| c.2 == Cue::Statement) else { continue };
            let toks = &s.tokens;
            // A header line, not "the ministry said in a statement that…" (a bracketed label
            // "[외교부 대변인 성명] 북한의 … 발사에 대한 정부 입장" may name an act in its title).
            let bracketed = toks.get(b).is_some_and(|x| matches!(x.norm.as_str(), "]" | ")"))
                && toks[..a].iter().any(|x| matches!(x.norm.as_str(), "[" | "("));
            // (so may a line ending with the statement word: "미얀마 민주주의를 지지하는 시민연대 긴급성명")
            let closing = toks[b..].iter().all(|x| x.kind == TokenKind::Punct);
            // A header that opens with the statement word and a known body ("Заявление МИД России
            // в связи с новыми санкциями Канады") names its author even when it names an act.
            // (a verb of saying that is the statement word itself, "Comment by…", is none)
            let says = sm.cues.iter().any(|c| c.2 == Cue::AttrVerb && (s.lang == Lang::Ko || !(c.0 >= a && c.1 <= b)));
            if a <= 1 && !says {
                let by = sm.actors.iter().find(|x| {
                    !x.is_country
                        && x.kind.is_some()
                        && (x.text_s == b || (x.text_s == b + 1 && toks[b].norm.chars().all(char::is_lowercase)))
                });
                if let Some(x) = by {
                    return make(Span::new(toks[x.text_s].start, toks[x.e - 1].end), Some(sm), s);
                }
            }
            // ("Statement by the Humanitarian Coordinator in Haiti on the attacks in Solino": a
            // header that opens with the statement word names its author up to the preposition
            // before the first act it names.)
            let first_act = sm.triggers.iter().map(|u| u.s).min();
            // (of two capitalised words at least: "Statement by the Spokesperson on …" names an
            // office, not who holds it)
            let capitalised = |r: std::ops::Range<usize>| {
                toks[r].iter().filter(|x| x.norm.chars().next().is_some_and(char::is_uppercase)).count()
            };
            let cut = first_act
                .filter(|&f| a <= 1 && f > b)
                .and_then(|f| (b + 1..f).rev().find(|&i| cue_at_tok(&sm.cues, i, Cue::Prep)))
                .filter(|&c| capitalised(b..c) >= 2)
                // (…or before the place it is about: "Statement by the UN Human Rights Office on
                // Lebanon")
                .or_else(|| {
                    (b + 1..toks.len())
                        .find(|&i| {
                            cue_at_tok(&sm.cues, i, Cue::Topic)
                                && sm
                                    .places
                                    .iter()
                                    .any(|p| p.s == i + 1 || (p.s == i + 2 && toks[i + 1].kind == TokenKind::Word))
                        })
                        .filter(|&c| a <= 1 && capitalised(b..c) >= 2)
                });
            if toks.len() > 24
                || (toks.len() > 16 && cut.is_none())
                || says
                || (!sm.triggers.is_empty() && !bracketed && !closing && cut.is_none())
            {
                continue;
            }
            let toks = &toks[..cut.unwrap_or(toks.len())];
            // The name: the words after the statement word ("Statement by X, 12 December"), else
            // before it ("X: заявление", "X 긴급성명").
            let words = |r: std::ops::Range<usize>| -> Vec<usize> {
                r.filter(|&i| toks[i].kind == TokenKind::Word && !toks[i].norm.chars().any(|c| c.is_ascii_digit()))
                    .collect()
            };
            let after: Vec<usize> = {
                let mut v = Vec::new();
                for (i, t) in toks.iter().enumerate().skip(b) {
                    if matches!(t.norm.as_str(), "," | ":" | "-" | "—" | "." | "(") && !v.is_empty() {
                        break;
                    }
                    if t.kind == TokenKind::Word {
                        v.push(i);
                    }
                }
                v
            };
            let before = words(0..a);
            // ("[성명] 한국시민연대": a bracketed label names its author before it if at all, else
            // the words after it do.)
            let pick = match (bracketed, before.is_empty()) {
                (true, true) => after,
                (true, false) => before,
                _ if after.len() >= 2 => after,
                _ => before,
            };
            // "MOVEMENT FOR DEMOCRATIC RENEWAL (MRD)" on the line above "Press release - Lomé…".
            if pick.is_empty() {
                let Some(pi) = paras.iter().position(|p| s.start >= p.0 && s.end <= p.1) else { continue };
                if pi == 0 {
                    continue;
                }
                let p = paras[pi - 1];
                let line = doc.text[p.0..p.1].trim();
                if line.chars().count() <= 80 && !line.ends_with(['.', '!', '?']) {
                    let off = p.0 + doc.text[p.0..p.1].find(line).unwrap_or(0);
                    let (ps, psm) = analysis
                        .sentences
                        .iter()
                        .zip(per)
                        .find(|(x, _)| x.start <= off && off < x.end.max(x.start + 1))?;
                    return make(Span::new(off, off + line.len()), psm.as_ref(), ps);
                }
                continue;
            }
            let (Some(&f), Some(&l)) = (pick.first(), pick.last()) else { continue };
            // Drop leading function words ("by the …").
            let f = pick
                .iter()
                .copied()
                .find(|&i| !(toks[i].norm.chars().all(|c| c.is_lowercase()) && toks[i].norm.chars().count() <= 3))
                .filter(|&i| i <= l)
                .unwrap_or(f);
            // Keep a closing bracket: "… 동맹 (RCIT)".
            let l = if toks.get(l + 1).is_some_and(|x| x.norm == ")") { l + 1 } else { l };
            return make(Span::new(toks[f].start, toks[l].end), Some(sm), s);
        }
        // A signature: a short last paragraph with no sentence end, not a date or a slogan (only
        // in a document that speaks in the first person or calls itself a statement).
        let headed = analysis
            .sentences
            .iter()
            .zip(per)
            .filter(|(s, _)| paras.first().is_some_and(|p| s.start >= p.0 && s.end <= p.1))
            .any(|(_, sm)| sm.as_ref().is_some_and(|sm| sm.cues.iter().any(|c| c.2 == Cue::Statement)));
        if !speaks && !headed {
            return None;
        }
        let last = paras.last()?;
        let text = doc.text[last.0..last.1].trim();
        let line = text.lines().last()?.trim();
        if line.chars().count() <= 60
            && !line.ends_with(['.', '!', '?', '"', '»'])
            && line.chars().any(char::is_alphabetic)
            && !line.chars().any(|c| c.is_ascii_digit())
        {
            let off = last.0 + doc.text[last.0..last.1].rfind(line)?;
            let (s, sm) =
                analysis.sentences.iter().zip(per).find(|(s, _)| s.start <= off && off < s.end.max(s.start + 1))?;
            return make(Span::new(off, off + line.len()), sm.as_ref(), s);
        }
        // A headline that opens with a named body, in a document that speaks in the first person
        // ("UN Human Rights Office alarmed by evictions in Khorog", then "We call on…"): that body
        // speaks.
        let head = paras.first()?;
        let line = doc.text[head.0..head.1].trim();
        // (speaking in its own voice, not in a quotation a report gives)
        let own_voice = analysis.sentences.iter().zip(per).any(|(s, sm)| {
            sm.as_ref().is_some_and(|sm| sm.cues.iter().any(|c| c.2 == Cue::FirstPerson))
                && !s.tokens.iter().any(|t| t.kind == TokenKind::Punct && quote_mark(&t.norm))
        });
        if !own_voice || line.ends_with(['.', '!', '?']) || paras.len() < 3 {
            return None;
        }
        let (s, sm) = analysis.sentences.iter().zip(per).find(|(s, _)| s.start >= head.0 && s.end <= head.1)?;
        let sm = sm.as_ref()?;
        let opening = s.tokens.first().is_some_and(|t| t.lower == "the") as usize;
        let body = sm.actors.first().filter(|a| {
            a.text_s == opening
                && !a.is_country
                // (a body that issues statements, not a state force a news title opens with:
                // "Police arrest 12 in Lomé")
                && matches!(a.kind, Some("IGO" | "CVL" | "JRN" | "LAB" | "MED" | "OPP" | "PTY" | "REL"))
                && a.canonical.as_ref().is_some_and(|c| c.chars().next().is_some_and(char::is_uppercase))
                && s.tokens.len() <= 16
        })?;
        make(Span::new(s.tokens[body.text_s].start, s.tokens[body.e - 1].end), Some(sm), s)
    }

    /// Whether a report speaks from its language's home country (`world/home.tsv`): its
    /// dateline names a home city ("(서울=연합뉴스)"), or, with no dateline, a home body names it
    /// in its first lines ("외교부 보도자료", "외교부 대변인 정례 브리핑").
    fn home_voice(&self, doc: &Document, analysis: &kroniko_analysis::Analysis, per: &[Option<SentMentions>]) -> bool {
        let paras = &analysis.paragraphs;
        let mut heading_body = false;
        for (k, s) in analysis.sentences.iter().enumerate().take(6) {
            let Some(home) = self.knowledge.home.get(&s.lang) else { continue };
            let Some(lk) = self.knowledge.lang(s.lang) else { continue };
            let end = dateline(&s.tokens);
            if end > 0 {
                return (0..end).any(|i| {
                    lk.places
                        .matches_at(&s.tokens, i)
                        .first()
                        .is_some_and(|m| self.place_country(*m.value).as_ref() == Some(home))
                });
            }
            // (a line of the heading, with no full stop, that opens with the body)
            let in_heading = paras
                .iter()
                .take(3)
                .any(|p| s.start == p.0 && s.end <= p.1 && !doc.text[p.0..p.1].trim_end().ends_with(['.', '!', '?']));
            heading_body |= in_heading
                && per[k].as_ref().is_some_and(|sm| {
                    sm.actors.iter().any(|a| {
                        !a.is_country
                            && a.kind == Some("GOV")
                            && (a.country.as_ref() == Some(home) || (a.home && a.country.is_none()))
                            && a.s == 0
                    })
                });
        }
        heading_body
    }

    /// The countries of the places a dateline names, where a name is of one country only
    /// ("САН-САЛЬВАДОР, 7 окт", not "SANTIAGO").
    fn dateline_countries(&self, analysis: &kroniko_analysis::Analysis) -> Vec<String> {
        let mut out = Vec::new();
        for s in analysis.sentences.iter().take(2) {
            let (Some(lk), end) = (self.knowledge.lang(s.lang), dateline(&s.tokens)) else { continue };
            for i in 0..end {
                let ms = lk.places.matches_at(&s.tokens, i);
                let mut cs: Vec<String> =
                    ms.iter().filter(|m| m.end <= end).filter_map(|m| self.place_country(*m.value)).collect();
                cs.dedup();
                if let [c] = cs.as_slice() {
                    out.push(c.clone());
                }
            }
        }
        out
    }

    fn place_country(&self, r: PlaceRef) -> Option<String> {
        match r {
            PlaceRef::Country(i) => self.knowledge.countries.get(i).map(|c| c.iso3.clone()),
            PlaceRef::Place(i) => self.knowledge.places.get(i).map(|p| p.country.clone()),
        }
    }

    fn record_mentions(&self, s: &Sentence, sm: &SentMentions, out: &mut Vec<MentionOut>) {
        let sp = |a: usize, b: usize| Span::new(s.tokens[a].start, s.tokens[b - 1].end);
        for a in &sm.actors {
            let label = format!(
                "{}{}",
                a.kind.unwrap_or("?"),
                a.country.as_deref().map(|c| format!(" {c}")).unwrap_or_default()
            );
            out.push(MentionOut { kind: "actor", span: sp(a.text_s, a.e), label });
        }
        for p in sm.places.iter().filter(|p| !p.modifier) {
            let label = match p.r {
                PlaceRef::Country(i) => self.knowledge.countries[i].name.clone(),
                PlaceRef::Place(i) => self.knowledge.places[i].name.clone(),
            };
            out.push(MentionOut { kind: "place", span: sp(p.s, p.e), label });
        }
        for n in &sm.numbers {
            out.push(MentionOut { kind: "number", span: sp(n.start, n.end), label: n.value.to_string() });
        }
        for d in &sm.dates {
            out.push(MentionOut { kind: "date", span: sp(d.start, d.end), label: d.date.to_string() });
        }
        for t in &sm.triggers {
            out.push(MentionOut { kind: "trigger", span: sp(t.s, t.e), label: t.info.kind.to_string() });
        }
        if let Some((a, b, text, _)) = &sm.source {
            out.push(MentionOut { kind: "source", span: sp(*a, *b), label: text.clone() });
        }
    }

    /// Finds the mentions of one sentence.
    fn mentions<'a>(&'a self, s: &Sentence, lk: &'a LangKnowledge, published: Option<NaiveDate>) -> SentMentions<'a> {
        let toks = &s.tokens;
        let korean = s.lang == Lang::Ko;
        let mut cues: Vec<(usize, usize, Cue)> = Vec::new();
        for i in 0..toks.len() {
            for m in lk.cues.matches_at(toks, i) {
                cues.push((m.start, m.end, *m.value));
            }
        }
        let has_cue = |i: usize, c: Cue| cues.iter().any(|&(a, _, k)| a == i && k == c);
        // A dateline ("KHARTOUM, June 3 (Reuters) -", "МИНСК, 9 авг. /ТАСС/.", "(서울=연합뉴스)
        // 기자 =") names where the report was filed, not an actor or the event's place.
        let dateline_end = dateline(toks);
        // Actors.
        let mut actors: Vec<ActorM> = Vec::new();
        for m in lk.actors.scan(toks) {
            if m.start < dateline_end {
                continue;
            }
            let info = m.value;
            // (an abbreviation written in capitals is no common noun: "(NUNS)" is no "nuns")
            let w = &toks[m.start].norm;
            if !korean
                && m.end == m.start + 1
                && w.chars().count() >= 3
                && w.chars().all(|c| c.is_uppercase())
                && info.pattern.chars().any(|c| c.is_lowercase())
            {
                continue;
            }
            // (a person's name that declines into a country's name is the country: "Сальвадор"
            // is no form of Vanuatu's "Сальвай")
            if info.official.is_some()
                && m.end == m.start + 1
                && lk.country_words.get(&toks[m.start].lower).is_some_and(|c| info.country.as_ref() != Some(c))
            {
                continue;
            }
            let last = &toks[m.end - 1];
            let mut country = info.country.clone();
            let role = if korean { last.ko.get(m.candidate).and_then(|k| k.role) } else { None };
            if korean {
                // A one-syllable head after a one-syllable modifier is a word of its own, not an
                // actor (철군 "troop withdrawal", 해군 is listed by itself when meant).
                let head = info.pattern.split_whitespace().last().unwrap_or("");
                if let Some(stem) = last.ko.get(m.candidate).map(|k| k.stem.as_str()) {
                    let prefix_len = stem.chars().count().saturating_sub(head.chars().count());
                    let prefix: String = stem.chars().take(prefix_len).collect();
                    if head.chars().count() == 1 && prefix_len == 1 && !lk.country_words.contains_key(&prefix) {
                        continue;
                    }
                }
            }
            if korean && country.is_none() {
                // A compound's modifier: 러시아군 = 러시아 + 군.
                if let Some(stem) = last.ko.get(m.candidate).map(|k| k.stem.as_str()) {
                    let head = info.pattern.split_whitespace().last().unwrap_or("");
                    if stem.len() > head.len() && stem.ends_with(head) {
                        let prefix = &stem[..stem.len() - head.len()];
                        country = lk.country_words.get(&prefix.to_lowercase()).cloned();
                    }
                }
                // (…or of a phrase's first word: "미얀마군 대표단" = 미얀마 + "군 대표단")
                let first = info.pattern.split_whitespace().next().unwrap_or("");
                let w = &toks[m.start].norm;
                if country.is_none() && m.end > m.start + 1 && w.len() > first.len() && w.ends_with(first) {
                    country = lk.country_words.get(&w[..w.len() - first.len()].to_lowercase()).cloned();
                }
            }
            actors.push(ActorM {
                s: m.start,
                e: m.end,
                text_s: m.start,
                kind: Some(info.kind),
                country,
                canonical: info.canonical.clone(),
                is_country: false,
                role,
                group: None,
                international: info.international,
                // (the word itself, not a compound ending in it: "통합정부" is a named government)
                home: info.home
                    && toks[m.start..m.end].iter().map(stem_of).collect::<Vec<_>>().join(" ") == info.pattern,
            });
        }
        // People named by their nationality ("Thousands of Israelis rallied"): civilians of it.
        for m in lk.demonyms.scan(toks) {
            if m.start < dateline_end || actors.iter().any(|a| a.s < m.end && m.start < a.e) {
                continue;
            }
            actors.push(ActorM {
                s: m.start,
                e: m.end,
                text_s: m.start,
                kind: Some("CVL"),
                country: Some(m.value.clone()),
                canonical: None,
                is_country: false,
                role: None,
                group: None,
                international: false,
                home: false,
            });
        }
        actors.sort_by_key(|a| a.s);
        // Korean: a generic noun and a name in quotation marks after it are one actor, with the
        // name's particle ("민병대 '파노'와 연방군이", "반군 '3월23일운동'(M23)이").
        if korean {
            for k in 0..actors.len() {
                // (a bare noun, then a single quotation mark: a speaker's quotation opens with
                // double marks after a particle, "총리는 \"…\"이라며")
                let j = actors[k].e;
                if actors[k].role.is_some() || !toks.get(j).is_some_and(|x| matches!(x.norm.as_str(), "'" | "‘")) {
                    continue;
                }
                // (the closing quote and particle may be written into the name's token: "파노'와")
                let joined = toks
                    .get(j + 1)
                    .is_some_and(|x| x.kind == TokenKind::Word && x.norm.contains('\'') && x.role().is_some());
                let end = if joined {
                    Some(j + 2)
                } else {
                    (j + 2..(j + 7).min(toks.len()))
                        .find(|&q| toks[q].kind == TokenKind::Punct && quote_mark(&toks[q].norm))
                        .filter(|&q| {
                            toks.get(q + 1)
                                .is_some_and(|p| p.kind == TokenKind::Word && p.role().is_some() && !p.space_before)
                        })
                        .map(|q| q + 2)
                };
                let next = actors.get(k + 1).map_or(usize::MAX, |b| b.s);
                if let Some(end) = end.filter(|&e| e <= next) {
                    actors[k].e = end;
                    actors[k].role = toks[end - 1].role();
                }
            }
            // (…and a name with no particle of its own takes the one after its closing mark or
            // its bracketed abbreviation: "'이슬람과 무슬림 지지 그룹'(JNIM)이", "파노'가")
            let mut k = 0;
            while k < actors.len() {
                k += 1;
                let k = k - 1;
                if actors[k].role.is_some() {
                    continue;
                }
                let mut j = actors[k].e;
                if !toks.get(j).is_some_and(|x| x.kind == TokenKind::Punct && quote_mark(&x.norm)) {
                    continue;
                }
                j += 1;
                if toks.get(j).is_some_and(|x| x.norm == "(") {
                    match (j + 1..(j + 6).min(toks.len())).find(|&q| toks[q].norm == ")") {
                        Some(q) => j = q + 1,
                        None => continue,
                    }
                }
                let e = actors[k].e;
                let next = actors.iter().map(|b| b.s).filter(|&b| b >= j).min().unwrap_or(usize::MAX);
                if j > e
                    && j < next
                    && toks.get(j).is_some_and(|p| p.kind == TokenKind::Word && !p.space_before)
                    && self.knowledge.tables.particles.role_of(&toks[j].norm).is_some()
                {
                    actors[k].role = self.knowledge.tables.particles.role_of(&toks[j].norm);
                    // (the abbreviation in the brackets is the same actor)
                    let (s0, s1) = (e, j);
                    let mut i = 0;
                    actors.retain(|b| {
                        i += 1;
                        i - 1 == k || !(b.s >= s0 && b.e <= s1)
                    });
                }
            }
        }
        // Places, and countries as possible actors.
        let mut places: Vec<PlaceM> = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            let ms = lk.places.matches_at(toks, i);
            // A city standing for a body ("Brussels" for the EU) is the place after a locative
            // preposition ("in Brussels", "в Брюсселе").
            // (also over one lower-case place noun: "на улицы Белграда", "в центре Еревана")
            let loc_before = |i: usize| {
                (i > 0 && cues.iter().any(|c| c.0 == i - 1 && c.2 == Cue::LocPrep))
                    || (i > 1
                        && cues.iter().any(|c| c.0 == i - 2 && c.2 == Cue::LocPrep)
                        && toks[i - 1].kind == TokenKind::Word
                        && toks[i - 1].norm.chars().next().is_some_and(char::is_lowercase)
                        && !cues.iter().any(|c| c.0 == i - 1))
            };
            if let Some(k) = actors
                .iter()
                .position(|a| a.s == i && a.text_s == i && loc_before(i) && ms.iter().any(|m| m.end == a.e))
            {
                actors.remove(k);
            }
            if ms.is_empty() || i < dateline_end || actors.iter().any(|a| a.s <= i && i < a.e) {
                i += 1;
                continue;
            }
            // Hand-written names as they are; generated ones through the guards (places.rs).
            let Some((end, candidate, cands)) =
                places::admissible(&self.knowledge, lk, toks, &ms, &cues, korean, dateline_end)
            else {
                i += 1;
                continue;
            };
            let surface: Vec<char> =
                toks[i..end].iter().map(|t| t.lower.as_str()).collect::<Vec<_>>().join(" ").chars().collect();
            let best = *cands
                .iter()
                // A country's name over a city's that matches the same words (Russian stems cut
                // Китая and Кито to one "кит"); among cities the most populous.
                .max_by_key(|c| match c.r {
                    PlaceRef::Place(p) => 1 + self.knowledge.places[p].population / 1000,
                    // Of two countries, the one whose name shares more letters with the words.
                    PlaceRef::Country(k) => {
                        let shared = self.knowledge.countries[k]
                            .names
                            .iter()
                            .map(|n| n.chars().zip(surface.iter()).take_while(|(a, b)| a == *b).count())
                            .max()
                            .unwrap_or(0);
                        u64::MAX / 2 + shared as u64
                    }
                })
                .unwrap();
            let role = if korean { toks[end - 1].ko.get(candidate).and_then(|k| k.role) } else { None };
            let alts = if cands.len() > 1 || cands.iter().any(|c| c.weak) { cands } else { Vec::new() };
            places.push(PlaceM { s: i, e: end, r: best.r, modifier: false, posted: false, alts });
            // A country, or its capital standing for its government ("Moscow rejected…").
            let state = match best.r {
                PlaceRef::Country(c) => Some(&self.knowledge.countries[c]),
                PlaceRef::Place(p) if self.knowledge.places[p].capital => {
                    self.knowledge.country(&self.knowledge.places[p].country)
                }
                _ => None,
            };
            if let Some(ct) = state {
                actors.push(ActorM {
                    s: i,
                    e: end,
                    text_s: i,
                    kind: Some("GOV"),
                    country: Some(ct.iso3.clone()),
                    canonical: Some(ct.name.clone()),
                    is_country: true,
                    role,
                    group: None,
                    international: false,
                    home: false,
                });
            }
            i = end;
        }
        // Foreign names in another script that no name matched, in a locative slot (places.rs).
        for k in dateline_end..toks.len() {
            if actors.iter().any(|a| a.s <= k && k < a.e) || places.iter().any(|p| p.s <= k && k < p.e) {
                continue;
            }
            let cands = places::fuzzy(&self.knowledge, lk, s.lang, toks, &cues, k);
            if let Some(best) = cands.first().copied() {
                let alts = if cands.len() > 1 { cands } else { Vec::new() };
                places.push(PlaceM { s: k, e: k + 1, r: best.r, modifier: false, posted: false, alts });
            }
        }
        places.sort_by_key(|p| p.s);
        // A generated town's name before a capitalised word no name claims is a person's given
        // name ("Александром Стуббом", "Ali Khamenei"), not a place.
        if !korean {
            let claimed: Vec<bool> = (0..toks.len())
                .map(|i| actors.iter().any(|a| a.s <= i && i < a.e) || places.iter().any(|p| p.s <= i && i < p.e))
                .collect();
            places.retain(|p| {
                let generated_only = if p.alts.is_empty() {
                    places::generated(&self.knowledge, p.r)
                } else {
                    p.alts.iter().all(|c| places::generated(&self.knowledge, c.r))
                };
                let surname = toks.get(p.e).is_some_and(|t| {
                    t.kind == TokenKind::Word
                        && t.norm.chars().next().is_some_and(char::is_uppercase)
                        && t.norm.chars().count() > 2
                        && !claimed[p.e]
                });
                // (in Russian any town: a given name declines like one, "Александром Стуббом")
                let town = !matches!(p.r, PlaceRef::Country(_));
                !((generated_only || (s.lang == Lang::Ru && town)) && surname)
            });
        }
        // Korean "X 측" (X's side): the actor carries the particle of 측 ("중국 측에 항의했다").
        if korean {
            for a in actors.iter_mut() {
                let side = toks.get(a.e).is_some_and(|t| t.ko.last().is_some_and(|k| k.stem == "측"));
                if a.role.is_none() && side && !places.iter().any(|p| p.s == a.e) {
                    a.role = toks[a.e].role();
                    a.e += 1;
                }
            }
        }
        // Korean: a country with no particle before one of its places ("태국 최남단 나라티왓주에서",
        // "이라크 아르빌의") says where the place is; it is no actor.
        if korean {
            let place_country = |p: &PlaceM| match p.r {
                PlaceRef::Place(i) => Some(self.knowledge.places[i].country.clone()),
                PlaceRef::Country(_) => None,
            };
            // (not over a body of its own: "파키스탄 정부에 발루치스탄에서 일하는…")
            let starts: Vec<usize> = actors.iter().filter(|b| !b.is_country).map(|b| b.s).collect();
            actors.retain(|a| {
                !(a.is_country
                    && a.role.is_none()
                    && places.iter().any(|p| {
                        p.s >= a.e
                            && p.s <= a.e + 1
                            && place_country(p) == a.country
                            && (p.s == a.e || !starts.contains(&a.e))
                    }))
            });
        }
        // Latin acronyms nobody knows (an organisation named in the text): actors of unknown type.
        for (k, t) in toks.iter().enumerate().skip(dateline_end) {
            if actors.iter().any(|a| a.s <= k && k < a.e) || places.iter().any(|p| p.s <= k && k < p.e) {
                continue;
            }
            let stem = if korean { stem_of(t) } else { t.norm.as_str() };
            let n = stem.chars().count();
            // (not a regnal number: "Гарегин II", "Charles III")
            let roman = stem.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
                && k > 0
                && toks[k - 1].norm.chars().next().is_some_and(char::is_uppercase);
            if (2..=6).contains(&n) && stem.chars().all(|c| c.is_ascii_uppercase()) && !roman {
                // (in brackets after a typed noun and the name it heads, the name's abbreviation:
                // "около 300 бойцов Объединённой оперативной группы (FTC)", "Оппозиционная
                // партия «Независимые патриоты за перемены» (IPC)")
                let bracketed = s.lang == Lang::Ru
                    && k > 0
                    && toks[k - 1].norm == "("
                    && toks.get(k + 1).is_some_and(|x| x.norm == ")");
                let head = actors.iter_mut().filter(|a| bracketed && a.kind.is_some() && !a.is_country).find(|a| {
                    a.e < k - 1
                        && k - 1 - a.e <= 6
                        && toks[a.e..k - 1]
                            .iter()
                            .all(|x| x.kind == TokenKind::Word || (x.kind == TokenKind::Punct && quote_mark(&x.norm)))
                });
                if let Some(a) = head {
                    a.e = k + 2;
                    continue;
                }
                let role = if korean { t.role() } else { None };
                actors.push(ActorM {
                    s: k,
                    e: k + 1,
                    text_s: k,
                    kind: None,
                    country: None,
                    canonical: Some(stem.to_string()),
                    is_country: false,
                    role,
                    group: None,
                    international: false,
                    home: false,
                });
            }
        }
        actors.sort_by_key(|a| a.s);
        // A country's short name before a currency sign is the currency ("NZ$4 million", "A$5
        // million"): no actor and no place.
        // (…nor before a unit that counts no one: "500,000 US dollars")
        let unit =
            |e: usize| !korean && lk.quantities.matches_at(toks, e).first().is_some_and(|m| m.value.as_str() == "none");
        let currency = |e: usize| toks.get(e).is_some_and(|t| t.norm == "$" && !t.space_before);
        actors.retain(|a| !(currency(a.e) || (a.is_country && unit(a.e))));
        places.retain(|p| !(currency(p.e) || (matches!(p.r, PlaceRef::Country(_)) && unit(p.e))));
        // "deployed troops to its border with Belarus", "на границе с Белоруссией", "벨라루스와의
        // 국경 지대에": the country on the border's other side is not where the act happens.
        for &(cs, ce, c) in &cues {
            if c == Cue::Border {
                for p in places.iter_mut().filter(|p| matches!(p.r, PlaceRef::Country(_))) {
                    let other_side = if korean {
                        p.e <= cs
                            && cs - p.e <= 1
                            && ["와의", "과의", "와", "과"].iter().any(|e| toks[p.e - 1].norm.ends_with(e))
                    } else {
                        p.s == ce || (p.s == ce + 1 && cue_at_tok(&cues, ce, Cue::Article))
                    };
                    if other_side {
                        p.modifier = true;
                    }
                }
            }
        }
        // "fled to Ethiopia", "бежали в соседнюю Эфиопию", "케냐로 피란했다": where people fled is no
        // place of an act.
        for &(cs, ce, c) in &cues {
            if c == Cue::Destination {
                for p in places.iter_mut() {
                    let after = !korean
                        && (p.s == ce
                            || (p.s == ce + 1
                                && toks[ce].kind == TokenKind::Word
                                && toks[ce].norm.chars().next().is_some_and(char::is_lowercase)));
                    // (not in a relative clause on who is there: "렌크로 피란한 난민들에게")
                    let before = korean
                        && p.e == cs
                        && toks[p.e - 1].role() == Some(Role::Instr)
                        && !last_syllable_has_n(&toks[cs].norm);
                    if after || before {
                        p.modifier = true;
                        // (nor is the state there an actor)
                        let span = (p.s, p.e);
                        actors.retain(|a| !(a.is_country && a.s == span.0 && a.e == span.1));
                    }
                }
            }
        }
        // "알제 주재 대사", "ambassador in Algiers": where an envoy is posted is no place of an act.
        for &(cs, ce, c) in &cues {
            if c == Cue::Posted {
                // (a bare Korean place, not "모스크바에서 주재한 회의")
                let posted = |p: &PlaceM| if korean { p.e == cs && toks[p.e - 1].role().is_none() } else { p.s == ce };
                for p in places.iter_mut().filter(|p| posted(p)) {
                    p.posted = true;
                }
            }
        }
        // "전 세계의 사회주의자들", "socialists around the world": of no one country.
        for a in actors.iter_mut() {
            let before = a.text_s > 0 && cues.iter().any(|&(_, e, c)| c == Cue::Worldwide && e == a.text_s);
            let after = cues.iter().any(|&(s0, _, c)| c == Cue::Worldwide && s0 == a.e);
            if (before || after) && !a.is_country {
                a.country = None;
                a.international = true;
            }
        }
        // "the chargé d'affaires of the Russian Federation": an office of a country is one actor
        // of that country.
        if s.lang == Lang::En {
            let mut k = 0;
            while k < actors.len() {
                let a = &actors[k];
                let of = a.e < toks.len() && toks[a.e].lower == "of";
                let start = if of && cue_at_tok(&cues, a.e + 1, Cue::Article) { a.e + 2 } else { a.e + 1 };
                let office = !a.is_country && a.country.is_none() && state_body(a.kind);
                if let Some(j) =
                    (of && office).then(|| actors.iter().position(|b| b.is_country && b.s == start)).flatten()
                {
                    let (c, e) = (actors[j].country.clone(), actors[j].e);
                    actors[k].country = c;
                    actors[k].e = e;
                    actors.remove(j);
                    places.retain(|p| p.s != start);
                }
                k += 1;
            }
        }
        // A holder's name after an office noun is part of the actor ("Education Minister
        // Moustapha Guirassy", "министр безопасности Франк Абрего"): capitalised words no other
        // mention, cue, date or trigger claims.
        if !korean {
            for k in 0..actors.len() {
                let a = &actors[k];
                if a.is_country || a.kind.is_none() {
                    continue;
                }
                actors[k].e = holder_name_end(toks, &actors, &places, &cues, lk, a.e);
            }
        }
        // Nationality adjectives and country modifiers set the country of the actor after them,
        // over one lower-case word that is no cue and no trigger ("Russian deputy ambassador",
        // "Russia's top diplomat"), or the full stop of an abbreviation ("U.S. ambassador").
        let filler = |i: usize| {
            !korean
                && toks.get(i).is_some_and(|t| {
                    t.kind == TokenKind::Word
                        && t.norm.chars().next().is_some_and(char::is_lowercase)
                        && !cues.iter().any(|c| c.0 <= i && i < c.1)
                        && lk.triggers.matches_at(toks, i).is_empty()
                })
        };
        let abbrev_stop = |i: usize| !korean && abbreviation_stop(toks, i);
        let adjectives = lk.adjectives.scan(toks);
        for m in &adjectives {
            if let Some(a) =
                actors.iter_mut().find(|a| (a.s == m.end || (a.s == m.end + 1 && filler(m.end))) && !a.is_country)
            {
                if a.country.is_none() || a.kind.is_some() {
                    a.country = Some(m.value.clone());
                }
                a.text_s = m.start;
            } else if !korean && cues.iter().any(|c| c.0 == m.end && c.2 == Cue::Conj) {
                // "Uzbek and Tajik border guards", "Paraguayan and Brazilian police": the first
                // nationality names the same body of its own country, coordinated with the second.
                let body = adjectives
                    .iter()
                    .find(|m2| m2.start == m.end + 1)
                    .and_then(|m2| actors.iter().position(|a| a.s == m2.end && !a.is_country && a.kind.is_some()));
                if let Some(j) = body {
                    let mut x = actors[j].clone();
                    (x.s, x.e, x.text_s) = (m.start, m.end, m.start);
                    x.country = Some(m.value.clone());
                    x.canonical = None;
                    actors.insert(j, x);
                }
            }
        }
        // An abbreviation no one knows (no actor), in brackets right after a name ("Служба
        // национальной безопасности (СНБ) Армении"), is part of the name.
        if !korean {
            let starts: Vec<usize> = actors.iter().map(|a| a.s).collect();
            for a in actors.iter_mut().filter(|a| !a.is_country && a.kind.is_some()) {
                let e = a.e;
                let abbr = toks.get(e).is_some_and(|t| t.norm == "(")
                    && toks.get(e + 1).is_some_and(|t| {
                        t.kind == TokenKind::Word
                            && t.norm.chars().count() >= 2
                            && t.norm.chars().all(|c| c.is_uppercase() || c == '-')
                    })
                    && toks.get(e + 2).is_some_and(|t| t.norm == ")");
                if abbr && !starts.contains(&(e + 1)) {
                    a.e = e + 3;
                }
            }
        }
        let mut k = 0;
        while k + 1 < actors.len() {
            let (x, y) = (&actors[k], &actors[k + 1]);
            // A name and its abbreviation in brackets right after it ("Front for Change and
            // Concord in Chad (FACT)", "Силы быстрого реагирования (СБР)"): one actor, the name (an
            // abbreviation may stand for another body elsewhere). Not Korean, whose particle
            // after the brackets is read off the abbreviation.
            let abbreviated = !korean
                && !x.is_country
                && x.kind.is_some()
                && y.text_s == x.e + 1
                && toks[x.e].norm == "("
                && toks.get(y.e).is_some_and(|t| t.norm == ")")
                // (a known abbreviation of another type wins over a word of the name the
                // lexicon matched alone: "Group for the Support of Islam and Muslims (JNIM)")
                && (y.kind.is_none() || y.kind == x.kind);
            if abbreviated {
                // (the name runs to the closing bracket, so that what follows it still belongs to
                // it: "Служба национальной безопасности (СНБ) Армении")
                actors[k].e = actors[k + 1].e + 1;
                actors.remove(k + 1);
                continue;
            }
            let adjacent = x.e == y.text_s;
            let proper =
                |c: &Option<String>| c.as_ref().is_some_and(|c| c.chars().next().is_some_and(char::is_uppercase));
            let quote = |i: usize| toks[i].kind == TokenKind::Punct && quote_mark(&toks[i].norm);
            let possessive = !korean && x.is_country && toks[x.e - 1].lower.ends_with("'s");
            let modifier = !y.is_country
                && if korean {
                    (adjacent && matches!(x.role, None | Some(Role::Poss)))
                        // (over one bare word after 의, or over a named group's closing quote, to a
                        // generic armed noun: "하마스의 무장 대원들이", "'보코하람' 대원들에 의해")
                        || (y.text_s == x.e + 1
                            && matches!(y.kind, Some("REB" | "UAF" | "CRM"))
                            && !proper(&y.canonical)
                            && if x.role == Some(Role::Poss) {
                                toks[x.e].kind == TokenKind::Word && toks[x.e].role().is_none()
                            } else {
                                x.role.is_none() && quote(x.e)
                            })
                } else {
                    (possessive && (adjacent || (y.text_s == x.e + 1 && filler(x.e))))
                        || (x.is_country && y.text_s == x.e + 1 && abbrev_stop(x.e))
                };
            // An intergovernmental body's office ("the European Union's foreign policy
            // spokesperson", "the UN's envoy") is the body.
            let igo_office = !korean
                && x.kind == Some("IGO")
                && toks[x.e - 1].lower.ends_with("'s")
                && !y.is_country
                && state_body(y.kind)
                && y.country.is_none()
                && (y.text_s == x.e || (y.text_s > x.e && y.text_s - x.e <= 2 && (x.e..y.text_s).all(filler)));
            if igo_office {
                let (xs, xc) = (x.text_s, x.canonical.clone());
                let y = &mut actors[k + 1];
                y.text_s = xs;
                y.kind = Some("IGO");
                y.international = true;
                if xc.is_some() {
                    y.canonical = xc;
                }
                actors.remove(k);
                continue;
            }
            // A named group followed by what it is ("ELN rebels", "Hamas militants", "Wagner
            // fighters"): one actor, the named one.
            let named_kind = !korean
                && adjacent
                && !x.is_country
                && !y.is_country
                && proper(&x.canonical)
                && !proper(&y.canonical)
                && (x.kind == y.kind
                    || (x.kind == Some("REB") && matches!(y.kind, Some("UAF" | "CRM" | "MIL")))
                    // (a named opposition party and its class noun: "the Tiako I Madagasikara
                    // party" is the opposition the name says)
                    || (matches!(x.kind, Some("OPP" | "PTY")) && matches!(y.kind, Some("OPP" | "PTY"))));
            // Russian: a generic head and the genitive phrase after it are one actor, the head
            // ("толпы молодых людей", "сторонники оппозиционной партии").
            // (over genitive adjectives: "сторонники оппозиционной Демократической партии")
            let gen_ending = |i: usize| ru_genitive_ending(self, &toks[i].lower);
            // (…of any genitive ending between an office and a named body: "главой миссии
            // Африканского союза")
            let office_of_body = x.kind == Some("GOV")
                && x.country.is_none()
                && !proper(&x.canonical)
                && y.kind.is_some()
                && proper(&y.canonical)
                && !y.is_country;
            let gen_word = |i: usize| gen_ending(i) || (office_of_body && ru_case(self, &toks[i].lower, "gen"));
            let ru_genitive = s.lang == Lang::Ru
                && y.text_s >= x.e
                && y.text_s - x.e <= 3
                && (x.e..y.text_s).all(|i| toks[i].kind == TokenKind::Word && gen_word(i))
                && !x.is_country
                && !y.is_country
                && x.kind.is_some()
                && !proper(&x.canonical)
                // (…or over a capitalised genitive adjective the head took in: "Сторонники
                // Социалистической партии")
                && (gen_word(x.e) || (x.e > x.s + 1 && y.text_s == x.e && gen_ending(x.e - 1)));
            // Russian: fighters of a named group ("боевиков «Боко харам»", "боевики группировки
            // «Аш-Шабаб»"): one actor, the named group.
            let armed = |k: Option<&str>| matches!(k, Some("REB" | "UAF" | "CRM"));
            let ru_fighters_of = s.lang == Lang::Ru
                && armed(x.kind)
                && !proper(&x.canonical)
                && !x.is_country
                && ((armed(y.kind)
                    && !proper(&y.canonical)
                    && adjacent
                    && toks[y.s].norm.chars().next().is_some_and(char::is_lowercase))
                    || (matches!(y.kind, Some("REB" | "CRM"))
                        && proper(&y.canonical)
                        && y.text_s > x.e
                        && y.text_s - x.e <= 1
                        && (x.e..y.text_s).all(quote)));
            if ru_fighters_of {
                let (ye, yc, ycan, yk, named) =
                    (y.e, y.country.clone(), y.canonical.clone(), y.kind, proper(&y.canonical));
                actors[k].e = ye;
                if named {
                    actors[k].country = yc;
                    actors[k].canonical = ycan;
                    actors[k].kind = yk;
                }
                actors.remove(k + 1);
                continue;
            }
            // A named body's spokesman, envoy or official ("an RSF spokesman", "a Southern
            // African Development Community envoy", "представитель СБР"): one actor, of the
            // body's type and country.
            let generic_role =
                |a: &ActorM| !a.is_country && a.kind == Some("GOV") && a.country.is_none() && !proper(&a.canonical);
            let named_body = |a: &ActorM| !a.is_country && a.kind.is_some() && proper(&a.canonical);
            // Russian: a crowd and the named person or body it follows ("сторонников Траоре",
            // "сторонники бывшего президента Педро Кастильо"): one actor, the crowd.
            let inflected = |i: usize| {
                let w = &toks[i].lower;
                lk.actors.matches_at(toks, i).first().is_some_and(|m| {
                    m.end == i + 1
                        && !m.value.pattern.ends_with('*')
                        && m.value.pattern.to_lowercase() != *w
                        && ru_case(self, w, "gen")
                })
            };
            let crowd_of = s.lang == Lang::Ru
                && matches!(x.kind, Some("PRO" | "RIO"))
                && !proper(&x.canonical)
                && !y.is_country
                // (a name, or an office with its holder's name: "архиепископа Баграта Галстаняна",
                // or a noun the lexicon lists in another form, so not the nominative right after
                // the crowd: "сторонников архиепископа", "сторонники церкви")
                && (proper(&y.canonical)
                    || toks[y.e - 1].norm.chars().next().is_some_and(char::is_uppercase)
                    || (y.text_s == x.e && y.e == y.s + 1 && inflected(y.s)))
                && y.text_s >= x.e
                && y.text_s - x.e <= 3
                // (…or over the opening quote of its name: "сторонники «Гражданского договора»")
                && (x.e..y.text_s).all(|i| (toks[i].kind == TokenKind::Word && gen_ending(i)) || (i + 1 == y.text_s && quote(i)));
            if crowd_of {
                let (mut ye, yc) = (y.e, y.country.clone());
                // (a quoted name takes its closing quote, and then its abbreviation in brackets:
                // "сторонников партии «Свобода и переустройство» (LIBRE)")
                if quote(y.text_s - 1) && toks.get(ye).is_some_and(|t| quote_mark(&t.norm)) {
                    ye += 1;
                    let abbr = actors.get(k + 2).filter(|z| {
                        z.text_s == ye + 1 && toks[ye].norm == "(" && toks.get(z.e).is_some_and(|t| t.norm == ")")
                    });
                    if let Some(z) = abbr {
                        ye = z.e + 1;
                        actors.remove(k + 2);
                    }
                }
                let a = &mut actors[k];
                a.e = ye;
                if a.country.is_none() {
                    a.country = yc;
                }
                actors.remove(k + 1);
                continue;
            }
            if ru_genitive {
                // (the head of a named body is of the body's type: "глава Пограничной службы
                // Киргизии", "руководство Национальной гвардии")
                let of_body = generic_role(x)
                    && (named_body(y) || matches!(y.kind, Some("MIL" | "COP" | "SPY" | "JUD" | "LEG" | "IGO")));
                let (ye, yc, yk, yi) = (y.e, y.country.clone(), y.kind, y.international);
                let a = &mut actors[k];
                a.e = ye;
                if of_body {
                    a.kind = yk;
                    a.international = yi;
                }
                if a.country.is_none() {
                    a.country = yc;
                }
                actors.remove(k + 1);
                continue;
            }
            let body_role = adjacent && s.lang == Lang::En && named_body(x) && generic_role(y);
            let role_of_body = adjacent && s.lang == Lang::Ru && generic_role(x) && named_body(y);
            if body_role || role_of_body {
                let (b, r) = if body_role { (k, k + 1) } else { (k + 1, k) };
                let (bk, bc, bi, bs, be) =
                    (actors[b].kind, actors[b].country.clone(), actors[b].international, actors[b].text_s, actors[b].e);
                let a = &mut actors[r];
                a.kind = bk;
                a.country = bc;
                a.international = bi;
                a.text_s = a.text_s.min(bs);
                a.e = a.e.max(be);
                actors.remove(b);
                continue;
            }
            // A noun and the group after a `member-of` preposition ("supporters of the former
            // monarchy", "workers at oilfield service companies", "armed men from the Viv Ansanm
            // gang"): one actor, the head. A generic role takes the group's type, and armed men
            // a named armed group's.
            // (the cue may be a phrase: "loyal to")
            let member_end =
                cues.iter().filter(|c| c.0 == x.e && c.2 == Cue::MemberOf).map(|c| c.1).max().unwrap_or(x.e + 1);
            let head_of = !korean
                && !x.is_country
                && !y.is_country
                && x.kind.is_some()
                && y.kind.is_some()
                && !proper(&x.canonical)
                && y.text_s >= member_end
                && y.text_s - member_end <= 2
                && has_cue(x.e, Cue::MemberOf)
                // (not units of a force, which are sent as the force: "50 companies of paramilitary
                // forces")
                && !(x.kind == Some("BUS") && (armed(y.kind) || matches!(y.kind, Some("MIL" | "COP"))))
                && (member_end..y.text_s).all(|i| {
                    filler(i)
                        || has_cue(i, Cue::Article)
                        // ("supporters of the former monarchy")
                        || cues.iter().any(|c| c.0 == i && c.1 == i + 1 && c.2 == Cue::History)
                        // (a participle as adjective: "supporters of jailed opposition politician X")
                        // (…or a compound one: "fighters of the Iran-backed Kataib Hezbollah")
                        || (toks[i].lower.ends_with("ed")
                            && (toks[i].norm.chars().next().is_some_and(char::is_lowercase)
                                || toks[i].norm.contains('-'))
                            && !cues.iter().any(|c| c.0 <= i && i < c.1))
                });
            if head_of {
                // (the group's whole name, when a name follows its first part: "the opposition"
                // and "Democratic Party" after it are one group)
                let z = actors.get(k + 2).filter(|z| z.text_s == y.e && !z.is_country);
                let ze = z.map(|z| z.e);
                let y = z.filter(|z| proper(&z.canonical)).unwrap_or(y);
                let takes_group =
                    generic_role(x) || (armed(x.kind) && matches!(y.kind, Some("REB" | "CRM")) && proper(&y.canonical));
                let (ye, yk, yc, yi, ycan) =
                    (ze.unwrap_or(y.e), y.kind, y.country.clone(), y.international, y.canonical.clone());
                let a = &mut actors[k];
                a.e = ye;
                if takes_group {
                    a.kind = yk;
                    a.international = yi;
                    if proper(&ycan) {
                        a.canonical = ycan;
                    }
                }
                if a.country.is_none() || takes_group {
                    a.country = yc;
                }
                if ze.is_some() {
                    actors.remove(k + 2);
                }
                actors.remove(k + 1);
                continue;
            }
            if named_kind {
                let (ye, yrole) = (y.e, y.role);
                actors[k].e = ye;
                actors[k].role = yrole;
                actors.remove(k + 1);
                continue;
            }
            if modifier {
                let (xs, xc, xcountry) = (x.text_s, x.is_country, x.country.clone());
                // A named person before a title ("기시다 후미오 일본 총리") names its holder.
                let xname =
                    if proper(&x.canonical) && !xc && !proper(&y.canonical) { x.canonical.clone() } else { None };
                // (…and a named official's or body's type wins over a bare title's: "한스 그룬드베리
                // 유엔 예멘 특사" is the UN's envoy)
                let xkind =
                    x.kind.filter(|k| xname.is_some() && matches!(*k, "GOV" | "IGO") && has_cue(y.e - 1, Cue::Title));
                // (a quoted name keeps its opening quote: "'보코하람' 대원")
                let xs = if korean && xs > 0 && quote(xs - 1) && quote(x.e) { xs - 1 } else { xs };
                let y = &mut actors[k + 1];
                if let Some(kd) = xkind {
                    y.kind = Some(kd);
                }
                y.text_s = xs;
                // A country named before a body is its country, whatever the body's usual one
                // ("중국 외교부": 외교부 alone is South Korea's).
                if y.country.is_none() || (xc && xcountry.is_some()) {
                    y.country = xcountry;
                }
                if xname.is_some() {
                    y.canonical = xname;
                }
                // A country name as a modifier ("러시아 언론") is not where anything happened;
                // a city as one ("서울 경찰") still is.
                if xc {
                    if let Some(p) =
                        places.iter_mut().find(|p| p.s == actors[k].s && matches!(p.r, PlaceRef::Country(_)))
                    {
                        p.modifier = true;
                    }
                }
                actors.remove(k);
                // The merged phrase may itself modify or follow the one before it.
                k = k.saturating_sub(1);
                continue;
            }
            k += 1;
        }
        // A town's name right after the given name an actor ends with is the holder's surname
        // ("Police spokesman Carlos Medina said"), not a place.
        if !korean {
            let mut taken: Vec<usize> = Vec::new();
            for a in actors.iter_mut().filter(|a| !a.is_country && a.e > a.text_s + 1) {
                let last = &toks[a.e - 1];
                let given = last.kind == TokenKind::Word
                    && last.norm.chars().next().is_some_and(char::is_uppercase)
                    && !cues.iter().any(|c| c.0 < a.e && a.e - 1 < c.1);
                if let Some(k) =
                    places.iter().position(|p| p.s == a.e && matches!(p.r, PlaceRef::Place(_)) && p.e == p.s + 1)
                {
                    if given {
                        a.e = places[k].e;
                        taken.push(k);
                    }
                }
            }
            taken.sort_unstable();
            for k in taken.into_iter().rev() {
                places.remove(k);
            }
        }
        // A country in a hyphenated modifier ("a U.S.-backed proposal", "the Saudi-led
        // coalition") is no actor.
        if !korean {
            let hyphen_after = |e: usize| {
                let attached = |i: usize| toks.get(i).is_some_and(|t| !t.space_before);
                (attached(e) && (toks[e].norm.starts_with('-') || toks[e].norm == "-"))
                    || (attached(e) && toks[e].norm == "." && attached(e + 1) && toks[e + 1].norm.starts_with('-'))
            };
            actors.retain(|a| !(a.is_country && hyphen_after(a.e)));
            for p in places.iter_mut().filter(|p| hyphen_after(p.e)) {
                p.modifier = true;
            }
        }
        // A name that opens a quotation mark takes its closing one ("боевики группировки
        // «Аш-Шабаб»").
        for a in actors.iter_mut() {
            let opened = |x: &Token| matches!(x.norm.as_str(), "«" | "“");
            let closed = |x: &Token| matches!(x.norm.as_str(), "»" | "”");
            let open = toks[a.s..a.e].iter().filter(|x| opened(x)).count();
            let close = toks[a.s..a.e].iter().filter(|x| closed(x)).count();
            if open > close && toks.get(a.e).is_some_and(closed) {
                a.e += 1;
            }
        }
        // "China's foreign ministry said its coast guard…", "자국 대사": an actor after a
        // possessive pronoun is of the country of the actor named before it.
        for k in 0..actors.len() {
            let ts = actors[k].text_s;
            if actors[k].country.is_some() || actors[k].is_country || ts == 0 {
                continue;
            }
            if let Some(&(p, _, _)) = cues.iter().find(|c| c.2 == Cue::PossPronoun && c.1 == ts) {
                if let Some(c) = actors[..k].iter().rev().find(|a| a.e <= p).and_then(|a| a.country.clone()) {
                    actors[k].country = Some(c);
                    actors[k].text_s = p;
                }
            }
        }
        // (Russian: over one or two genitive nouns, "Союз водителей грузовиков Ирана", "студенты
        // ведущих вузов Сербии")
        // (…of any genitive ending where a place follows: "образования города Ош")
        let ru_over = |e: usize, bs: usize, loose: bool| {
            s.lang == Lang::Ru
                && bs > e
                && bs - e <= 2
                && (e..bs).all(|i| {
                    toks[i].kind == TokenKind::Word
                        && toks[i].norm.chars().next().is_some_and(char::is_lowercase)
                        && (ru_genitive_ending(self, &toks[i].lower) || (loose && ru_case(self, &toks[i].lower, "gen")))
                        && !cues.iter().any(|c| {
                            c.0 <= i && i < c.1 && matches!(c.2, Cue::Prep | Cue::LocPrep | Cue::Conj | Cue::TargetPrep)
                        })
                        && lk.triggers.matches_at(toks, i).is_empty()
                })
        };
        // A name right after an actor, or after "of" (or over genitive nouns), that it belongs to.
        // (…over genitive nouns only after an actor with a type)
        let named_after = |e: usize, bs: usize, typed: bool, place: bool| {
            bs == e
                || (bs == e + 1 && has_cue(e, Cue::Prep) && toks[e].lower == "of")
                || (typed && ru_over(e, bs, place))
        };
        // "police of Kazakhstan", "полиция Казахстана": a country right after (or after "of").
        let mut k = 0;
        while k < actors.len() {
            k += 1;
            let k = k - 1;
            // (A country after a national body overrides its listed one: "ГКНБ Таджикистана".)
            if actors[k].is_country || korean {
                continue;
            }
            let e = actors[k].e;
            let typed = actors[k].kind.is_some();
            let next = actors.iter().position(|b| b.is_country && named_after(e, b.s, typed, false));
            if let Some(j) = next {
                actors[k].country = actors[j].country.clone();
                actors[k].e = actors[j].e;
                if let Some(p) = places.iter_mut().find(|p| p.s == actors[j].s) {
                    p.modifier = true;
                }
                actors.remove(j);
                // (…and the holder's name after it: "Министр внутренних дел Непала Рамеш Лекхак")
                if actors[k].kind.is_some() {
                    actors[k].e = holder_name_end(toks, &actors, &places, &cues, lk, actors[k].e);
                }
                // (…and its abbreviation in brackets after the country: "Национальная федерация
                // швейных рабочих Бангладеш (NGWF)")
                let e = actors[k].e;
                if toks.get(e).is_some_and(|t| t.norm == "(") {
                    let kk = actors[k].kind;
                    if let Some(b) = actors.iter().position(|b| {
                        b.text_s == e + 1
                            && toks.get(b.e).is_some_and(|t| t.norm == ")")
                            && !b.is_country
                            && (b.kind.is_none() || b.kind == kk)
                    }) {
                        actors[k].e = actors[b].e + 1;
                        actors.remove(b);
                    }
                }
            }
        }
        // "Правительство Белгородской области", "профсоюз работников образования города Ош", "the
        // police of Oruro": a body named with its region or city is of that place's country.
        if !korean {
            for a in actors.iter_mut().filter(|a| a.country.is_none() && !a.is_country && !a.international) {
                if a.kind.is_none() {
                    continue;
                }
                if let Some(p) = places.iter().find(|p| {
                    !matches!(p.r, PlaceRef::Country(_)) && p.alts.is_empty() && named_after(a.e, p.s, true, true)
                }) {
                    a.country = self.place_country(p.r);
                }
            }
        }
        // A country coordinated with the country of a body shares the body ("береговые охраны
        // Вьетнама и Филиппин", "the police of Kenya and Uganda"; "한국과 미국 공군"): it is that
        // body of the second country, not the state.
        for k in 0..actors.len().saturating_sub(1) {
            let j = k + 1;
            let (x, y) = (&actors[k], &actors[j]);
            let body = |a: &ActorM| !a.is_country && state_body(a.kind);
            let shared = if korean {
                // "한국과 미국 공군": a country with 과/와 right before a body with a country.
                x.is_country && x.role == Some(Role::Conj) && x.e == y.text_s && body(y) && y.country.is_some()
            } else {
                body(x)
                    && x.country.is_some()
                    && y.is_country
                    && y.s == x.e + 1
                    && has_cue(x.e, Cue::Conj)
                    && x.e > x.s
                    && actors.iter().all(|a| a.e != x.e || std::ptr::eq(a, x))
            };
            if !shared {
                continue;
            }
            let (country_actor, body_actor) = if korean { (k, j) } else { (j, k) };
            let (kind, canonical) = (actors[body_actor].kind, actors[body_actor].canonical.clone());
            let c = &mut actors[country_actor];
            c.is_country = false;
            c.kind = kind;
            if canonical.as_ref().is_some_and(|n| !n.chars().next().is_some_and(char::is_uppercase)) {
                c.canonical = canonical;
            }
            let cs = c.s;
            if let Some(p) = places.iter_mut().find(|p| p.s == cs) {
                p.modifier = true;
            }
        }
        // Apposition: a title, then a named person ("Secretary-General António Guterres").
        if !korean {
            let mut k = 0;
            while k + 1 < actors.len() {
                let (x, y) = (&actors[k], &actors[k + 1]);
                let between = &toks[x.e..y.text_s.max(x.e)];
                // (A generic title's canonical name is lower case: "prime minister".)
                let proper =
                    |c: &Option<String>| c.as_ref().is_some_and(|c| c.chars().next().is_some_and(char::is_uppercase));
                // (…or written in lower case, as a title is: "госсекретарём США Энтони Блинкеном")
                let title = !proper(&x.canonical) || toks[x.text_s].norm.chars().next().is_some_and(char::is_lowercase);
                // (a crowd is no title: "сторонников Траоре" are supporters)
                let crowd = matches!(x.kind, Some("PRO" | "RIO"));
                let named = proper(&y.canonical) && !y.is_country && title && !x.is_country && !crowd;
                if named
                    && between.len() <= 2
                    && between
                        .iter()
                        .all(|t| t.kind == TokenKind::Word && t.norm.chars().next().is_some_and(char::is_uppercase))
                {
                    let (xs, xc) = (x.text_s, x.country.clone());
                    actors[k + 1].text_s = xs;
                    if actors[k + 1].country.is_none() {
                        actors[k + 1].country = xc;
                    }
                    actors.remove(k);
                    continue;
                }
                k += 1;
            }
        }
        // A Korean title takes the unknown words right before it as its holder's name
        // ("보리치 대통령은", "윌리엄 루토 대통령"): one actor, so "A 대통령과 B 대통령은" is a pair.
        if korean {
            for k in 0..actors.len() {
                if !has_cue(actors[k].e - 1, Cue::Title) {
                    continue;
                }
                let lower = if k > 0 { actors[k - 1].e } else { 0 }.max(dateline_end);
                let mut j = actors[k].text_s;
                while j > lower && actors[k].text_s - j < 3 {
                    let w = &toks[j - 1];
                    let name_like = w.kind == TokenKind::Word
                        && w.role().is_none()
                        && w.norm.chars().all(|c| ('가'..='힣').contains(&c))
                        && !places.iter().any(|p| p.s < j && j - 1 < p.e)
                        && !cues.iter().any(|&(a, b, _)| a < j && j - 1 < b)
                        && (j.saturating_sub(3)..j).all(|i| lk.triggers.matches_at(toks, i).iter().all(|m| m.end < j))
                        && !["고", "며", "여", "서", "다", "해", "했", "된", "되", "하", "는", "한"]
                            .iter()
                            .any(|e| w.norm.ends_with(e))
                        && lk.dates.matches_at(toks, j - 1).is_empty()
                        && lk.numerals.matches_at(toks, j - 1).is_empty();
                    if !name_like {
                        break;
                    }
                    j -= 1;
                }
                actors[k].text_s = j;
            }
        }
        // Korean: a body's officer named after it ("전국교원노조연맹의 마마두 은디아예 위원장은"):
        // a title no actor covers, with its holder's name, after a body marked 의 is that body
        // speaking, in the title's role.
        if korean {
            for (i, t) in toks.iter().enumerate() {
                if !has_cue(i, Cue::Title) || actors.iter().any(|a| a.s <= i && i < a.e) || t.role().is_none() {
                    continue;
                }
                let Some(k) = actors.iter().position(|a| {
                    a.role == Some(Role::Poss)
                        && !a.is_country
                        && a.e < i
                        && i - a.e <= 3
                        && toks[a.e..i].iter().all(|w| {
                            w.kind == TokenKind::Word
                                && w.role().is_none()
                                && w.norm.chars().all(|c| ('가'..='힣').contains(&c))
                        })
                        && !places.iter().any(|p| p.s >= a.e && p.s < i)
                }) else {
                    continue;
                };
                actors[k].e = i + 1;
                actors[k].role = t.role();
            }
        }
        // Korean roles carried by a following number ("주민 수백 명이") and coordination.
        if korean {
            // (the role a particle written right after token `j` gives: "…)는", "…'이")
            let particle_at = |j: usize| {
                toks.get(j)
                    .filter(|t| !t.space_before)
                    .and_then(|t| t.role().or_else(|| self.knowledge.tables.particles.role_of(&t.norm)))
            };
            // A parenthesised name after the actor carries its particle: "국민통합정부(NUG)에",
            // "신속지원군(RSF)의".
            for a in actors.iter_mut() {
                if a.role.is_none() && toks.get(a.e).is_some_and(|t| t.norm == "(") {
                    if let Some(j) = (a.e + 1..toks.len().min(a.e + 6)).find(|&j| toks[j].norm == ")") {
                        // (past a closing quote: "'서파푸아민족해방군(TPNPB)'이")
                        let j = if toks.get(j + 1).is_some_and(closing_quote) { j + 1 } else { j };
                        if let Some(r) = particle_at(j + 1) {
                            a.role = Some(r);
                        }
                    }
                }
            }
            // (…and so does a name inside the brackets after a name that is no actor:
            // "'인권민주주의센터'(CHRDA)는")
            let ends: Vec<usize> = actors.iter().map(|a| a.e).collect();
            for a in actors.iter_mut() {
                if a.role.is_none()
                    && a.kind.is_some()
                    && a.text_s > 1
                    && !ends.contains(&(a.text_s - 1))
                    && toks[a.text_s - 1].norm == "("
                    && toks.get(a.e).is_some_and(|t| t.norm == ")")
                {
                    if let Some(r) = particle_at(a.e + 1) {
                        a.role = Some(r);
                    }
                }
            }
            // A quoted name carries the particle after its closing quote: "'로스 로보스'는".
            for a in actors.iter_mut() {
                if a.role.is_none() && toks.get(a.e).is_some_and(closing_quote) {
                    if let Some(r) = particle_at(a.e + 1) {
                        a.role = Some(r);
                    }
                }
            }
            // (the last role of the count: "시민 수만 명이" — a vague numeral's own ending,
            // 수만's 만, is no particle of the count)
            for a in actors.iter_mut() {
                if a.role.is_none() {
                    let mut last = None;
                    for (i, t) in toks.iter().enumerate().skip(a.e).take(3) {
                        let numeric =
                            t.kind == TokenKind::Number
                                || lk.numerals.matches_at(toks, i).iter().any(|m| {
                                    matches!(m.value.kind, NumKind::Vague | NumKind::Bound | NumKind::Counter)
                                });
                        // (…and a new number after the count's particle is another phrase: "주민 수백
                        // 명은 23일부터")
                        if !numeric || (last.is_some() && t.kind == TokenKind::Number) {
                            break;
                        }
                        if let Some(r) = t.role() {
                            last = Some(r);
                        }
                    }
                    if last.is_some() {
                        a.role = last;
                    }
                }
            }
        }
        // Right to left, so a list "A, B and C" joins the group that "B and C" started.
        for k in (0..actors.len().saturating_sub(1)).rev() {
            let (x, y) = (&actors[k], &actors[k + 1]);
            let conj = if korean {
                x.role == Some(Role::Conj) && y.text_s == x.e
            } else {
                // A name's tail may come between ("President Lula da Silva and President Petro").
                let cap = |t: &Token| t.norm.chars().next().is_some_and(char::is_uppercase);
                let mut j = x.e;
                while j < y.text_s
                    && j < x.e + 3
                    && toks[j].kind == TokenKind::Word
                    && !cue_at_tok(&cues, j, Cue::Conj)
                    && (cap(&toks[j]) || (toks[j].norm.chars().count() <= 3 && toks.get(j + 1).is_some_and(cap)))
                {
                    j += 1;
                }
                // ("the African Union and the Arab League": an article may follow the "and")
                // (…or one hyphenated modifier: "soldiers and pro-government militiamen")
                let hyphened = toks.get(j + 1).is_some_and(|t| {
                    t.kind == TokenKind::Word
                        && t.norm.is_ascii()
                        && t.norm.contains('-')
                        && t.norm
                            .rsplit('-')
                            .next()
                            .is_some_and(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase()))
                });
                let next = if cue_at_tok(&cues, j + 1, Cue::Article) || hyphened { j + 2 } else { j + 1 };
                y.text_s == next && (cue_at_tok(&cues, j, Cue::Conj) || toks[j].norm == "&")
            };
            // (Korean marks only a list's last member: "브라질과 콜롬비아, 멕시코 정부는".)
            let comma = y.text_s == x.e + 1
                && toks[x.e].norm == ","
                && (y.group.is_some() || (korean && y.role.is_some()))
                && (!korean || x.role.is_none());
            if conj || comma {
                let g = y.group.unwrap_or(k + 1);
                actors[k + 1].group = Some(g);
                actors[k].group = Some(g);
                actors[k].role = actors[k + 1].role;
            }
        }
        // Dates, then numbers on the tokens dates did not use.
        let dates = dates::find_dates(toks, lk, korean, published);
        // A cue word inside a date is part of the date ("May 7" is no modal "may"), but a
        // meeting named as a date ("по итогам встречи", the meeting's day) still names it.
        cues.retain(|&(a, b, c)| c == Cue::Meeting || !dates.iter().any(|d| a < d.end && d.start < b));
        let mut skip = vec![false; toks.len()];
        for d in &dates {
            for x in &mut skip[d.start..d.end] {
                *x = true;
            }
        }
        for (k, t) in toks.iter().enumerate() {
            // A year is history or a date, not a count ("1991년", "in 2014").
            if let Ok(v) = t.norm.chars().take_while(|c| c.is_ascii_digit()).collect::<String>().parse::<u32>() {
                let rest: String = t.norm.chars().skip_while(|c| c.is_ascii_digit()).collect();
                if (1900..=2100).contains(&v)
                    && (rest.is_empty() || rest.starts_with('년') || rest.starts_with("-"))
                    && t.norm.chars().filter(|c| c.is_ascii_digit()).count() == 4
                {
                    let next_is_quantity = toks
                        .get(k + 1)
                        .is_some_and(|n| !lk.quantities.matches_at(toks, k + 1).is_empty() || n.norm.starts_with('명'));
                    if !next_is_quantity && !rest.contains('명') {
                        skip[k] = true;
                    }
                }
                if korean
                    && (rest.starts_with('월')
                        || rest.starts_with('일')
                        || rest.starts_with('시')
                        || rest.starts_with('%')
                        || rest.starts_with('세'))
                {
                    skip[k] = true;
                }
            }
            if t.norm == "%" && k > 0 {
                skip[k - 1] = true;
            }
        }
        let numbers = numbers::find_numbers(toks, lk, korean, s.lang == Lang::Ru, &skip);
        // Triggers: not inside an actor or place name, not a reporting verb.
        let mut triggers: Vec<Trig> = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            let ms = lk.triggers.matches_at(toks, i);
            let Some(m) = ms.into_iter().find(|m| {
                // A trigger may take an actor as its object ("направила войска", "sent troops"),
                // but may not start inside an actor's name ("protesters" is no protest).
                !actors.iter().any(|a| a.s <= m.start && m.start < a.e)
                    // (a place in the trigger's gap is its object: "передали Сомали двух граждан")
                    && !places.iter().any(|p| (p.s <= m.start && m.start < p.e) || (p.s < m.end && m.end <= p.e))
                    && !cues
                        .iter()
                        .any(|&(a, b, c)| c == Cue::AttrVerb && a <= m.start && m.end <= b && m.end - m.start <= b - a)
            }) else {
                i += 1;
                continue;
            };
            let mut class = m.value.class;
            if korean && class == TriggerClass::Noun {
                let last = &toks[m.end - 1].norm;
                let pat = m.value.pattern.split_whitespace().last().unwrap_or("");
                let rest = last.strip_prefix(pat).unwrap_or("");
                if ["하", "했", "한", "할", "해", "되", "됐", "된", "될", "돼", "시키", "시켰", "시킨"]
                    .iter()
                    .any(|v| rest.starts_with(v))
                {
                    class = TriggerClass::Verb;
                }
            }
            // An event noun after a light verb is its predicate ("began an indefinite strike",
            // "применила … слезоточивый газ", "провели пикет"): up to three words between.
            let light = !korean
                && (m.start.saturating_sub(4)..m.start).any(|i| {
                    cues.iter().any(|&(a, b, c)| c == Cue::LightVerb && a == i && b <= m.start)
                        && !toks[i..m.start].iter().any(|t| t.norm == "," || t.norm == ";")
                });
            if light && class == TriggerClass::Noun {
                class = TriggerClass::Verb;
            }
            // An English event noun in a past-tense form ("rallied", "marched") is a predicate.
            if s.lang == Lang::En && class == TriggerClass::Noun && toks[m.start].lower.ends_with("ed") {
                class = TriggerClass::Verb;
            }
            // After a determiner an English verb trigger is its noun ("in an attack on…", "the
            // arrest of"): an event noun, which yields to a predicate.
            // (…and so is a verbal act after a possessive, over one adjective: "rejected China's
            // renewed demand", "at her family's request")
            let possessive_before = |k: usize| toks[k].lower.ends_with("'s") || toks[k].lower.ends_with("’s");
            let after_possessive = matches!(m.value.kind, "REQUEST" | "ACCUSE" | "REJECT" | "THREATEN")
                && m.start > 0
                && (possessive_before(m.start - 1)
                    || (m.start > 1
                        && possessive_before(m.start - 2)
                        && toks[m.start - 1].kind == TokenKind::Word
                        && toks[m.start - 1].norm.chars().all(char::is_lowercase)));
            if s.lang == Lang::En
                && class == TriggerClass::Verb
                && !light
                && m.start > 0
                && (cue_at_tok(&cues, m.start - 1, Cue::Determiner)
                    || after_possessive
                    // (…and so it is after a preposition: "a series of attacks", "over
                    // cyberattacks"; not an infinitive's "to" or a gerund)
                    || (cue_at_tok(&cues, m.start - 1, Cue::Prep)
                        && toks[m.start - 1].lower != "to"
                        && !toks[m.start].lower.ends_with("ing")))
                && !toks[m.start].lower.ends_with("ed")
            {
                class = TriggerClass::Noun;
            }
            // A participle after a determiner is an adjective ("the banned Jamaat-e-Islami", "the
            // dissolved party"): no act.
            // (…and so is one after a count, before a noun: "arrested two wounded attackers", not
            // "Tens of thousands marched from…")
            let counted =
                m.start > 0 && !cue_at_tok(&cues, m.end, Cue::Prep) && !cue_at_tok(&cues, m.end, Cue::LocPrep) && {
                    let p = &toks[m.start - 1];
                    p.kind == TokenKind::Number
                        || lk.numerals.iter().any(|(w, _)| w.iter().any(|w| w.matches(p).is_some()))
                };
            if s.lang == Lang::En
                && m.end - m.start == 1
                && m.start > 0
                && (cue_at_tok(&cues, m.start - 1, Cue::Determiner) || counted)
                && toks[m.start].lower.ends_with("ed")
                && toks.get(m.end).is_some_and(|t| t.kind == TokenKind::Word)
            {
                i = m.end;
                continue;
            }
            // The second half of a hyphenated modifier ("a U.S.-backed proposal", "Saudi-led") is
            // no act.
            if !korean
                && m.start > 0
                && !toks[m.start].space_before
                && (toks[m.start].norm.starts_with('-') || toks[m.start - 1].norm.ends_with('-'))
            {
                i = m.end;
                continue;
            }
            // A word or two in quotation marks ("Resign!") is a chant or a name, not an act.
            let quoted = !korean
                && m.start > 0
                && m.end < toks.len()
                && m.end - m.start <= 2
                && matches!(toks[m.start - 1].norm.as_str(), "\"" | "«")
                && toks[m.end..toks.len().min(m.end + 2)].iter().any(|t| matches!(t.norm.as_str(), "\"" | "»"));
            // …unless it is a predicate in scare quotes: a word before it, its object after it,
            // and no "!" ("troops \"neutralised\" dozens of militants").
            let scare = quoted
                && class == TriggerClass::Verb
                && m.start > 1
                && toks[m.start - 2].kind == TokenKind::Word
                && !cues.iter().any(|c| c.0 <= m.start - 2 && m.start - 2 < c.1 && c.2 == Cue::AttrVerb)
                && toks.get(m.end).is_some_and(|t| matches!(t.norm.as_str(), "\"" | "»"))
                && toks.get(m.end + 1).is_some_and(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number));
            if quoted && !scare {
                i = m.end;
                continue;
            }
            triggers.push(Trig { s: m.start, e: m.end, info: m.value, class });
            i = m.end;
        }
        // A legal notice in brackets ("(ИГ, запрещена в РФ)") reports no act and names no place
        // or actor (the abbreviation in it is the name's before it).
        let notices: Vec<(usize, usize)> = cues
            .iter()
            .filter(|c| c.2 == Cue::Notice)
            .filter_map(|&(a, _, _)| {
                let open = (a.saturating_sub(8)..a).rev().find(|&i| toks[i].norm == "(")?;
                let close = (a..toks.len().min(a + 10)).find(|&i| toks[i].norm == ")")?;
                (!toks[open..a].iter().any(|t| t.norm == ")")).then_some((open, close + 1))
            })
            .collect();
        let in_notice = |i: usize| notices.iter().any(|&(a, b)| a <= i && i < b);
        triggers.retain(|t| !in_notice(t.s));
        places.retain(|p| !in_notice(p.s));
        actors.retain(|a| !in_notice(a.s));
        // A negation inside a number's bound ("не менее 40") negates nothing.
        cues.retain(|&(a, _, c)| c != Cue::Negation || !numbers.iter().any(|n| n.start <= a && a < n.end));
        // A bound word that ends a trigger is the verb's particle ("hand over 18 soldiers"): the
        // number is exact.
        let mut numbers = numbers;
        for n in numbers.iter_mut() {
            if let Some(t) = triggers.iter().find(|t| t.s <= n.start && n.start < t.e && t.e < n.end) {
                n.start = t.e;
                n.bound = "exact";
            }
        }
        // An organisation named for a region of several countries ("East African Press Freedom
        // Network", "Центральноазиатская ассоциация журналистов") is of no one country.
        for a in actors.iter_mut().filter(|a| !a.is_country && !state_body(a.kind) && a.kind.is_some()) {
            // (…in it, or right before it: "the West African Journalists Coalition")
            if let Some(&(x, _, _)) =
                cues.iter().find(|&&(x, y, c)| c == Cue::Region && ((x >= a.text_s && y <= a.e) || y == a.text_s))
            {
                a.international = true;
                a.country = None;
                a.text_s = a.text_s.min(x);
            }
        }
        let source = self.attribution(toks, korean, &cues, &actors);
        SentMentions { actors, places, numbers, dates, triggers, cues, source }
    }

    /// The source a sentence attributes its content to: (token range, text, actor index).
    fn attribution(
        &self,
        toks: &[Token],
        korean: bool,
        cues: &[(usize, usize, Cue)],
        actors: &[ActorM],
    ) -> Option<(usize, usize, String, Option<usize>)> {
        let text_of = |a: usize, b: usize, strip_last: bool| -> String {
            let mut parts: Vec<String> = Vec::new();
            for (k, t) in toks[a..b].iter().enumerate() {
                let w = if strip_last && k == b - a - 1 && t.is_hangul() {
                    t.ko.last().map(|x| x.stem.clone()).unwrap_or(t.norm.clone())
                } else {
                    t.norm.clone()
                };
                if k > 0 && t.space_before {
                    parts.push(" ".into());
                }
                parts.push(w);
            }
            parts.concat()
        };
        let actor_in = |a: usize, b: usize| actors.iter().position(|x| x.s >= a && x.e <= b);
        for &(cs, ce, c) in cues {
            if c != Cue::AttrSource {
                continue;
            }
            if korean {
                // "X에 따르면": X runs back to the sentence start or a comma.
                let mut a = cs;
                loop {
                    // (over an abbreviation in brackets right before the particle: "케냐
                    // 국가인권위원회(KNCHR)에 따르면")
                    if a > 0 && toks[a - 1].norm == ")" && toks[a..cs].iter().all(|x| x.norm.chars().count() <= 1) {
                        if let Some(open) = (a.saturating_sub(6)..a - 1).rev().find(|&k| toks[k].norm == "(") {
                            a = open;
                            continue;
                        }
                    }
                    if a == 0 || matches!(toks[a - 1].norm.as_str(), "," | "\"" | "'" | "(" | ")") {
                        break;
                    }
                    a -= 1;
                }
                if a < cs {
                    // (a particle standing alone after a bracket is no part of the name)
                    let mut end = cs;
                    while end > a + 1 && toks[end - 1].is_hangul() && toks[end - 1].norm.chars().count() == 1 {
                        end -= 1;
                    }
                    return Some((a, ce, text_of(a, end, true), actor_in(a, cs)));
                }
            } else {
                let mut b = ce;
                // (over the stop of an abbreviation with inner stops: "the U.N. human rights
                // office")
                let abbrev_stop =
                    |b: usize| abbreviation_stop(toks, b) && toks.get(b + 1).is_some_and(|x| x.kind == TokenKind::Word);
                while b < toks.len() && b - ce < 10 && (toks[b].kind != TokenKind::Punct || (b > ce && abbrev_stop(b)))
                {
                    b += 1;
                }
                if b > ce {
                    return Some((cs, b, text_of(ce, b, false), actor_in(ce, b)));
                }
                // "По его словам,", "по нашим данным": the phrase names its source by a pronoun;
                // an empty text marks it for the document pass to take up (extract_dated).
                // (only opening the sentence: inside a clause the pronoun is that clause's
                // actor, "задержала двух человек, которые, по её данным, …")
                if b == ce && cs <= 1 && toks.get(ce).is_none_or(|t| t.norm == ",") {
                    return Some((cs, ce, String::new(), None));
                }
            }
        }
        for &(cs, ce, c) in cues {
            if c != Cue::AttrVerb {
                continue;
            }
            // (", a claim Yerevan rejected": the noun of alleging names no one saying; who
            // follows it denies)
            if cues.iter().any(|&(a, b, k)| k == Cue::AllegeAfter && a <= cs && ce <= b) {
                continue;
            }
            // "…, saying they…": a participle's subject is the clause's, not a source.
            if !korean && toks[cs].lower.ends_with("ing") {
                continue;
            }
            // "Traders shut their shops, and the government announced…": a verb of saying in a
            // second clause joined by ", and" is that clause's own act, not the first's source.
            if !korean
                && (1..cs).any(|j| {
                    toks[j - 1].norm == ","
                        && cue_at_tok(cues, j, Cue::Conj)
                        && (j + 1..cs).all(|k| toks[k].kind != TokenKind::Punct)
                        && cs - j <= 6
                })
            {
                continue;
            }
            if korean {
                // The topic (은/는) or subject of the sentence's final reporting verb.
                let rest_is_end = toks[ce..].iter().all(|t| t.kind == TokenKind::Punct);
                if !rest_is_end {
                    continue;
                }
                // The subject nearest the reporting verb ("…했다고 인권단체가 밝혔다"), else the
                // sentence's topic ("러시아 언론은 …고 전했다").
                let quote_end = (0..cs)
                    .rev()
                    .find(|&k| {
                        toks[k].norm.ends_with('고')
                            || toks[k].norm.ends_with("며")
                            // (not the brackets of "5일(현지시간)", nor the opening quote of a name)
                            || (toks[k].kind == TokenKind::Punct
                                && !matches!(toks[k].norm.as_str(), "(" | ")")
                                && !(quote_mark(&toks[k].norm) && toks[k].space_before))
                    })
                    .unwrap_or(0);
                // (an actor's role counts at its last word: "세계식량계획(WFP)은" carries 은 past
                // the brackets)
                // (…or at the particle after a quoted name's closing quote: "야당 '변혁당'이
                // 밝혔다", one word with its quote and particle)
                let quoted_particle = |k: usize| {
                    let w = &toks[k].norm;
                    let q = w.char_indices().rfind(|&(i, c)| i > 0 && quote_mark(&c.to_string()))?;
                    let rest = &w[q.0 + q.1.len_utf8()..];
                    Some((q.0 + q.1.len_utf8(), self.knowledge.tables.particles.role_of(rest)?))
                };
                let role_at = |k: usize| {
                    toks[k]
                        .role()
                        .or_else(|| actors.iter().find(|x| x.e == k + 1).and_then(|x| x.role))
                        .or_else(|| quoted_particle(k).map(|(_, r)| r))
                };
                let subj = (quote_end..cs)
                    .rev()
                    .find(|&k| matches!(role_at(k), Some(Role::Subj) | Some(Role::Topic)))
                    .or_else(|| (0..cs).find(|&k| matches!(role_at(k), Some(Role::Topic))))
                    .or_else(|| (0..cs).find(|&k| matches!(role_at(k), Some(Role::Subj))));
                if let Some(k) = subj {
                    // (a quoted name runs back to its opening quote, and the noun before it names
                    // what it is: "현지 인권단체 '니제르 인권연맹'이")
                    let quoted = quoted_particle(k).filter(|_| toks[k].role().is_none());
                    let open = quoted.and_then(|_| {
                        (quote_end..k).rev().find(|&j| toks[j].kind == TokenKind::Punct && quote_mark(&toks[j].norm))
                    });
                    if let (Some((cut, _)), Some(o)) = (quoted, open) {
                        let mut a = o;
                        while a > quote_end + 1
                            && o - a < 3
                            && toks[a - 1].kind == TokenKind::Word
                            && toks[a - 1].role().is_none()
                        {
                            a -= 1;
                        }
                        let mut text = text_of(a, k, false);
                        if toks[k].space_before {
                            text.push(' ');
                        }
                        text.push_str(&toks[k].norm[..cut]);
                        let inner = actors
                            .iter()
                            .position(|x| x.s >= a && x.e <= k + 1 && !x.is_country)
                            .or_else(|| actor_in(a, k + 1));
                        return Some((a, k + 1, text, inner));
                    }
                    let mut a = k;
                    let predicate = |t: &Token| t.norm.chars().last().is_some_and(|c| "다돼고서며면게지도".contains(c));
                    while a > 0
                        && toks[a - 1].kind != TokenKind::Punct
                        && k - a < 3
                        && toks[a - 1].role().is_none()
                        && !predicate(&toks[a - 1])
                    {
                        a -= 1;
                    }
                    if let Some(ai) = actors.iter().position(|x| x.e == k + 1) {
                        a = a.min(actors[ai].text_s);
                        return Some((a, k + 1, text_of(actors[ai].text_s, k + 1, true), Some(ai)));
                    }
                    return Some((a, k + 1, text_of(a, k + 1, true), None));
                }
                if let Some(ai) = actors.iter().position(|x| x.s == 0 && x.role.is_none()) {
                    return Some((0, actors[ai].e, text_of(0, actors[ai].e, true), Some(ai)));
                }
            } else {
                // "X said" / "said X": the nearest actor on either side, within a few words; after
                // it when the verb follows a comma (", сообщили в МВД", ", said the ministry").
                let before = actors.iter().enumerate().rev().find(|(_, a)| a.e <= cs && cs - a.e <= 3);
                // (a place after "in" qualifies the actor before it: "The U.S. Embassy in Harare
                // said")
                let before = before.map(|(i, a)| {
                    let qualified = a.text_s > 1 && cue_at_tok(cues, a.text_s - 1, Cue::LocPrep);
                    match actors.iter().enumerate().rev().find(|(_, x)| qualified && x.e + 1 == a.text_s) {
                        Some(x) => x,
                        None => (i, a),
                    }
                });
                // (…and the one an actor leads, before "led by": "The National Unity Government,
                // led by Prime Minister Abdul Hamid Dbeibah, announced")
                let before = before.map(|(i, a)| {
                    let led = cues.iter().find(|&&(_, e, c)| c == Cue::Leader && a.text_s >= e && a.text_s <= e + 2);
                    match led.and_then(|&(ls, _, _)| {
                        actors.iter().enumerate().rev().find(|(_, x)| x.e <= ls && ls - x.e <= 1)
                    }) {
                        Some(x) => x,
                        None => (i, a),
                    }
                });
                let after = actors.iter().enumerate().find(|(_, a)| a.text_s >= ce && a.text_s - ce <= 3);
                // "The European Union, which funds the training of Mozambican troops, said…": an
                // actor inside a relative clause set off before the verb is not the one saying;
                // the clause's head is.
                // (English: a Russian source follows the verb, "…, которого …, сообщило агентство")
                let head = before.filter(|_| toks[cs].norm.is_ascii()).and_then(|(_, a)| {
                    let (r, end) = relative_clause(toks, cues, a.s)?;
                    (end + 1 == cs && toks[end].norm == ",")
                        .then(|| actors.iter().enumerate().rev().find(|(_, x)| x.e < r && r - x.e <= 2))
                        .flatten()
                });
                let before = head.or(before);
                let inverted = cs > 0 && matches!(toks[cs - 1].norm.as_str(), "," | "—" | "-") && head.is_none();
                // "X thanked Brussels and said…": the verb shares the sentence's subject.
                let shared = cs > 0 && cues.iter().any(|&(a, _, c)| c == Cue::Conj && a == cs - 1);
                let first = actors.iter().enumerate().find(|(_, a)| a.e <= cs);
                // A capitalised name right before the verb ("Smith said", "Witnesses said").
                let name_before = {
                    let mut a = cs;
                    while a > 0
                        && toks[a - 1].kind == TokenKind::Word
                        && toks[a - 1].norm.chars().next().is_some_and(|c| c.is_uppercase())
                        && cs - a < 4
                    {
                        a -= 1;
                    }
                    (a < cs).then_some(a)
                };
                let pick = if shared {
                    first.or(before)
                } else if inverted {
                    after.or(before)
                } else if before.is_none() && name_before.is_some() {
                    // "Witnesses said soldiers fired…": the one saying stands before the verb; the
                    // actor after it is what is said.
                    None
                } else {
                    before.or(after)
                };
                if let Some((ai, a)) = pick {
                    // ", сообщил генеральный секретарь правительства Эдуар Уэссу.": an inverted
                    // source runs to the sentence's end (a title, then the name, perhaps after a
                    // comma), so long as no other clause follows.
                    // (not what is said: "заявив, что КНДР …"; a comma continues it only into an
                    // apposition that opens with an actor, "его супруга, директор ЮНЭЙДС …")
                    let mut e = a.e;
                    let direct = a.text_s >= ce
                        && toks[ce..a.text_s].iter().all(|t| {
                            t.kind != TokenKind::Punct && !matches!(t.lower.as_str(), "что" | "that" | "чтобы")
                        });
                    if inverted && direct {
                        let end = toks.len() - toks.iter().rev().take_while(|t| t.kind == TokenKind::Punct).count();
                        let clause = (a.e..end).any(|j| {
                            cue_at_tok(cues, j, Cue::AttrVerb)
                                || cue_at_tok(cues, j, Cue::Conj)
                                || toks[j].norm == ";"
                                || (toks[j].norm == "," && !actors.iter().any(|x| x.text_s == j + 1))
                        });
                        if end > e && end - a.e <= 10 && !clause {
                            e = end;
                        }
                    }
                    // "…, two coast guard officials said.": a closing source phrase runs back to
                    // its comma.
                    let mut st = a.text_s;
                    if !inverted && a.e <= cs && toks[ce..].iter().take_while(|t| t.norm != ",").count() <= 6 {
                        if let Some(p) =
                            (a.text_s.saturating_sub(6)..a.text_s).rev().find(|&j| toks[j].kind == TokenKind::Punct)
                        {
                            let clause = (p + 1..a.text_s)
                                .any(|j| cue_at_tok(cues, j, Cue::Conj) || cue_at_tok(cues, j, Cue::AttrVerb));
                            if toks[p].norm == "," && !clause && toks[cs].norm.is_ascii() {
                                st = p + 1;
                            }
                        }
                    }
                    return Some((st, e, text_of(st, e, false), Some(ai)));
                }
                if let Some(a) = name_before.filter(|&a| a > 0 || !inverted) {
                    return Some((a, cs, text_of(a, cs, false), None));
                }
                // "…, killing three, the mission said.": a short phrase between a comma and the
                // closing verb of saying is the source even when it names no known actor ("his
                // office", "two security sources", "medical sources at the hospital").
                // (English only: a Russian verb closing the sentence is impersonal, "о
                // пострадавших не сообщается")
                if !inverted && toks[cs].norm.is_ascii() {
                    let a = (cs.saturating_sub(9)..cs).rev().find(|&j| toks[j].kind == TokenKind::Punct);
                    let closing = toks[ce..].iter().take_while(|t| t.norm != ",").count() <= 6;
                    if let Some(a) = a.filter(|&a| toks[a].norm == "," && a + 1 < cs && closing) {
                        let one_pronoun = cs == a + 2 && cue_at_tok(cues, a + 1, Cue::Pronoun);
                        let clause =
                            (a + 1..cs).any(|j| cue_at_tok(cues, j, Cue::Conj) || cue_at_tok(cues, j, Cue::AttrVerb));
                        if !one_pronoun && !clause {
                            return Some((a + 1, cs, text_of(a + 1, cs, false), None));
                        }
                    }
                }
            }
        }
        None
    }

    #[allow(clippy::too_many_arguments)]
    fn events_of(
        &self,
        doc: &Document,
        s: &Sentence,
        sm: &SentMentions,
        lk: &LangKnowledge,
        prev: &[&SentMentions],
        doc_country: Option<&str>,
        author: Option<&Actor>,
        home_voice: bool,
        out: &mut Extraction,
    ) {
        let toks = &s.tokens;
        let korean = s.lang == Lang::Ko;
        let cx = SentCtx { doc, s, sm, doc_country, author, home_voice };
        let sent_span = Span::new(s.start, s.end);
        let tspan = |a: usize, b: usize| Span::new(toks[a].start, toks[b - 1].end);
        let cue_at = |i: usize, c: Cue| sm.cues.iter().any(|&(a, _, k)| a == i && k == c);
        let cue_in = |a: usize, b: usize, c: Cue| sm.cues.iter().any(|&(x, _, k)| x >= a && x < b && k == c);
        let drop = |out: &mut Extraction, t: &Trig, reason: &str| {
            out.dropped.push(Dropped {
                kind: t.info.kind.to_string(),
                sentence: sent_span,
                trigger: tspan(t.s, t.e),
                reason: reason.to_string(),
            });
        };
        // Sentence-level reasons to code nothing.
        let last_word = toks.iter().rposition(|t| t.kind != TokenKind::Punct);
        let ends_with = |p: &str| {
            toks.iter()
                .rev()
                .find(|t| t.kind == TokenKind::Punct && t.norm != "\"" && t.norm != "'" && t.norm != ")")
                .is_some_and(|t| t.norm == p)
                && toks.last().is_some_and(|t| t.kind == TokenKind::Punct)
        };
        let question = ends_with("?");
        // A slogan in quotation marks ("…, chanting \"Down with the fraudsters!\"", "скандируя:
        // «Долой …»") is what a crowd chants: only what is inside the quotes is no act. A slogan
        // with no quotation marks makes the whole sentence one.
        let quote = |i: usize| quote_mark(&toks[i].norm) && toks[i].norm != "'";
        let slogan_spans: Vec<(usize, usize)> = sm
            .cues
            .iter()
            .filter(|c| c.2 == Cue::Slogan)
            .map(|c| match (c.0.saturating_sub(3)..c.0).rev().find(|&i| quote(i)) {
                Some(open) => (open, (c.1..toks.len()).find(|&i| quote(i)).unwrap_or(toks.len())),
                // (unquoted, it opens the sentence or follows a colon or dash: "sit down with" in
                // "would not sit down with…" is no slogan)
                None if korean
                    || toks[..c.0].iter().all(|x| x.kind == TokenKind::Punct)
                    || (c.0 > 0 && matches!(toks[c.0 - 1].norm.as_str(), ":" | "—" | "–" | "-")) =>
                {
                    (0, toks.len())
                }
                None => (0, 0),
            })
            .collect();
        let in_slogan = |t: &Trig| slogan_spans.iter().any(|&(a, b)| t.s >= a && t.s < b);
        let slogan = slogan_spans.iter().any(|&(a, b)| a == 0 && b == toks.len())
            || (!korean && ends_with("!") && sm.actors.is_empty())
            || (korean
                && ends_with("!")
                && last_word.is_some_and(|k| {
                    let t = &toks[k];
                    t.ko.iter().any(|x| x.peeled.first() == Some(&Role::Hortative))
                        || !(t.norm.ends_with('다') || t.norm.ends_with('요') || t.norm.ends_with('까'))
                }));
        let opinion_end = korean && {
            // (the last three words, last first)
            let mut w = toks.iter().rev().filter(|t| t.kind != TokenKind::Punct).map(|t| t.norm.as_str());
            match (w.next(), w.next(), w.next()) {
                (Some(last), Some(prev), third) => {
                    (prev.ends_with('야') && (last.starts_with("한다") || last.starts_with("할")))
                        || (prev == "수"
                            && last.starts_with("있다")
                            && third.is_some_and(|x| last_syllable_is(x, 'ㄹ')))
                        || (prev.starts_with("자격") && last.starts_with("있다"))
                }
                _ => false,
            }
        };
        // (In English and Russian "since 2005" governs its own clause: not the act of a sentence
        // whose relative clause says "…, who has ruled since 2005, …".)
        let history_at = |t: &Trig| {
            sm.cues.iter().any(|&(a, b, c)| {
                c == Cue::History
                    && (korean || {
                        let (x, y) = if t.e <= a { (t.e, a) } else { (b, t.s) };
                        let cut = toks[x.min(y)..y.max(x)].iter().any(|w| matches!(w.norm.as_str(), "," | ";"));
                        // (a predicate of its own after "and" is not in it: "has been held since
                        // December 2023 and called on the authorities…")
                        let own_predicate = t.s > b && t.class == TriggerClass::Verb && cue_at(t.s - 1, Cue::Conj);
                        !cut && !own_predicate
                    })
            })
        };
        let history = sm.cues.iter().any(|&(a, b, c)| {
            c == Cue::History
                && toks.iter().enumerate().any(|(k, t)| {
                    // A year before the report's, within a few words of the cue ("1991년 이래",
                    // "since 2014", "2021년 2월 쿠데타 이후").
                    // (…or ending a clause "since" opens: "since Japarov came to power in 2020")
                    (k + 4 >= a
                        && (k <= b + 1
                            || (!korean
                                && k <= b + 7
                                && cue_at(a, Cue::Subord)
                                && !toks[b..k].iter().any(|x| x.kind == TokenKind::Punct))))
                        && t.norm.chars().take(4).all(|c| c.is_ascii_digit())
                        && t.norm.len() >= 4
                        && t.norm[..4].parse::<i32>().is_ok_and(|y| {
                            doc.published.map(|p| chrono::Datelike::year(&p)).unwrap_or(9999) > y && y > 1800
                        })
                })
        });
        // An event noun yields to a predicate trigger that reports an act, not to one that is
        // negated or hypothetical ("진입할 수 있도록 비상 대기에 들어갔다").
        let has_verb = sm.triggers.iter().any(|t| {
            t.class == TriggerClass::Verb
                && self.modality(toks, t, korean, &cue_at, &cue_in, &sm.cues, &sm.triggers) == Modality::Asserted
        });
        // Which triggers code an event.
        let mut keep: Vec<bool> = vec![true; sm.triggers.len()];
        // A material act a command orders ("ordered internet providers to restrict access") is
        // coded as done by the one who orders it: the command's trigger, by index.
        let mut ordered_by: Vec<Option<usize>> = vec![None; sm.triggers.len()];
        let ordered_kind = |k: &str| matches!(k, "COERCE" | "SANCTION" | "MOBILIZE" | "ASSAULT");
        // (the act remembers its commander; the command itself is dropped, once)
        let take_order =
            |ordered_by: &mut [Option<usize>], keep: &mut [bool], out: &mut Extraction, k: usize, j: usize| {
                ordered_by[k] = Some(j);
                if keep[j] {
                    keep[j] = false;
                    drop(out, &sm.triggers[j], "an order, coded as the act it orders");
                }
            };
        for (k, t) in sm.triggers.iter().enumerate() {
            // "сообщило о задержании", "announced the release of": an event noun right after a
            // verb of reporting is what is reported, not a complement of another act.
            let reported = !korean && sm.cues.iter().any(|&(_, b, c)| c == Cue::AttrVerb && b <= t.s && t.s - b <= 2);
            // (…but an act condemned with its own agent or date is reported too: "condemns the
            // arrest of four members … by police in Manzini on Sunday")
            let condemned_told = s.lang == Lang::En
                && sm.triggers[..k]
                    .iter()
                    .any(|u| u.info.kind == "ACCUSE" && u.class == TriggerClass::Verb && u.e <= t.s && t.s - u.e <= 2)
                && ((t.e..(t.e + 20).min(toks.len())).any(|j| toks[j].lower == "by")
                    || sm.dates.iter().any(|d| d.start >= t.e && d.start - t.e <= 20));
            // "agreed in a telephone call", "в телефонном разговоре … поблагодарил": a meeting
            // or call named as the setting of another act is an event of its own.
            let setting = !korean
                && t.info.kind == "CONSULT"
                && (t.s.saturating_sub(3)..t.s).any(|i| {
                    cue_at(i, Cue::LocPrep)
                            // (not "of": "rejected a government offer of talks" names what is
                            // rejected, no setting)
                            || (cue_at(i, Cue::Prep) && !cue_at(i, Cue::Subord) && toks[i].lower != "of")
                });
            // "recalled its ambassador for consultations", "для консультаций", "협의를 위해": an
            // event noun that is another act's purpose is no event.
            let purpose = if korean {
                t.e < toks.len() && cue_at(t.e, Cue::Purpose)
            } else {
                t.s > 0 && cue_at(t.s - 1, Cue::Purpose)
            };
            // "met the negotiators … to discuss …": the purpose of an act of the same type is
            // that act.
            if s.lang == Lang::En
                && t.s > 0
                && toks[t.s - 1].lower == "to"
                && sm.triggers[..k].iter().any(|u| {
                    // (a noun too: "would hold a rally on Thursday to protest against…")
                    u.info.kind == t.info.kind
                        && t.s - u.e <= 10
                        && !toks[u.e..t.s].iter().any(|x| matches!(x.norm.as_str(), "," | ";"))
                })
            {
                keep[k] = false;
                drop(out, t, "the purpose of an act of the same type");
                continue;
            }
            // "will provide 20 million dollars in humanitarian aid": an event noun that is the
            // object of a promised act of the same type is what is promised, not done.
            let promised = t.class == TriggerClass::Noun
                && sm.triggers[..k].iter().any(|u| {
                    u.class == TriggerClass::Verb
                        && u.info.kind == t.info.kind
                        && t.s >= u.e
                        && t.s - u.e <= 8
                        && !toks[u.e..t.s].iter().any(|x| matches!(x.norm.as_str(), "," | ";"))
                        && self.modality(toks, u, korean, &cue_at, &cue_in, &sm.cues, &sm.triggers) == Modality::Future
                });
            if promised {
                keep[k] = false;
                drop(out, t, "the object of a promised act");
                continue;
            }
            if t.class == TriggerClass::Noun && purpose && has_verb {
                keep[k] = false;
                drop(out, t, "the purpose of another act");
                continue;
            }
            // "The raid came less than 24 hours after…", "The unrest erupted after…": a definite
            // event noun naming an act the report has already coded refers back to it.
            let violent = |k: &str| matches!(k, "ASSAULT" | "PROTEST" | "COERCE");
            let earlier_same = || {
                out.events
                    .iter()
                    .rev()
                    .take_while(|e| e.doc_id == doc.id)
                    .any(|e| e.kind == t.info.kind || (violent(&e.kind) && violent(t.info.kind)))
            };
            // (A capitalised word inside a Russian sentence is a name, not a verb: "Ранила
            // Викремесингхе".)
            if s.lang == Lang::Ru
                && t.class == TriggerClass::Verb
                && t.s > 0
                && toks[t.s - 1].kind != TokenKind::Punct
                && toks[t.s].norm.chars().next().is_some_and(char::is_uppercase)
            {
                keep[k] = false;
                drop(out, t, "a name, not a verb");
                continue;
            }
            // Korean: an event noun that is the topic, or a subject after a determiner ("이번 체포가
            // … 시도라고 본다", "대주교 체포는 … 탄압이라고"), names an act already reported.
            // (a particle after the trigger word or its compound makes it a noun, "체포가",
            // "지원금은"; not a verb's ending that looks like one, "준수하겠다는")
            let bare_noun = || {
                let last = t.info.pattern.split_whitespace().last().unwrap_or("");
                toks[t.e - 1]
                    .ko
                    .last()
                    .is_some_and(|k| !last.is_empty() && k.stem.starts_with(last) && !k.stem.ends_with('다'))
            };
            if korean
                && bare_noun()
                && (toks[t.e - 1].role() == Some(Role::Topic)
                    || (toks[t.e - 1].role() == Some(Role::Subj) && t.s > 0 && cue_at(t.s - 1, Cue::Determiner)))
                && earlier_same()
            {
                keep[k] = false;
                drop(out, t, "a reference to an act already reported");
                continue;
            }
            if !korean && t.class == TriggerClass::Noun && t.s > 0 && cue_at(t.s - 1, Cue::Article) && earlier_same() {
                keep[k] = false;
                drop(out, t, "a definite reference to an act already reported");
                continue;
            }
            // (…but a meeting already reported is only named again: "По итогам встречи …
            // подписали", "Following the talks, … signed")
            if t.class == TriggerClass::Noun && has_verb && setting && earlier_same() {
                keep[k] = false;
                drop(out, t, "a meeting already reported, named as the setting of another act");
                continue;
            }
            // Korean: an attack or an arrest named as the time of something else ("전면 침공
            // 이후", "이번 공격 이후 주민 2만여 명이 피란했다", "체포된 뒤") is a reference,
            // not a new act.
            if korean
                && matches!(t.info.kind, "ASSAULT" | "COERCE")
                && toks.get(t.e).is_some_and(|x| ["이후", "뒤", "이래", "직후"].iter().any(|w| x.norm.starts_with(w)))
            {
                keep[k] = false;
                drop(out, t, "the time of something else (after the act), not a new act");
                continue;
            }
            // (…but what a verb of sending sends, when it is an act of its own, is the act:
            // "направило в МИД Франции ноту протеста", "sent a note of protest")
            let sent_act = matches!(t.info.kind, "ACCUSE" | "REQUEST" | "REJECT" | "THREATEN")
                && sm.triggers.iter().any(|u| {
                    u.info.send
                        && u.class == TriggerClass::Verb
                        && u.e <= t.s
                        && t.s - u.e <= 5
                        && !sm.triggers.iter().any(|w| w.class == TriggerClass::Verb && w.s >= u.e && w.s < t.s)
                        // (its object, not "at the request of", "по просьбе")
                        && !(t.s.saturating_sub(2)..t.s).any(|j| cue_at(j, Cue::Prep))
                });
            if t.class == TriggerClass::Noun && has_verb && !reported && !setting && !condemned_told && !sent_act {
                keep[k] = false;
                drop(out, t, "event noun in a sentence with a predicate trigger");
                continue;
            }
            if t.class == TriggerClass::Noun
                && k > 0
                && sm.triggers[k - 1].e == t.s
                && sm.triggers[k - 1].class == TriggerClass::Noun
            {
                keep[k] = false;
                drop(out, t, "complement of the event noun before it");
                continue;
            }
            // "Asked whether Caracas would accept mediation, the minister said…": a verb of asking
            // followed by "whether" or "if" asks a question; it requests nothing.
            if s.lang == Lang::En
                && t.info.kind == "REQUEST"
                && t.class == TriggerClass::Verb
                && t.e - t.s == 1
                && t.e < toks.len()
                && cue_at(t.e, Cue::Hypothetical)
            {
                keep[k] = false;
                drop(out, t, "a question asked, not a request");
                continue;
            }
            // (…unless a statement refuses it: "said it would not take part in talks" is
            // REJECT, decided with the verbs below)
            let refused = !korean
                && matches!(t.info.kind, "CONSULT" | "AGREE" | "COOPERATE" | "CONCEDE")
                && sm.cues.iter().any(|&(a, _, c)| c == Cue::AttrVerb && a < t.s)
                && sm.cues.iter().any(|&(a, _, c)| c == Cue::Future && a < t.s);
            // (after a call, a negation is what is called for: «с призывом не допустить…»)
            let call = t.info.comm || t.info.kind == "REQUEST";
            if t.class == TriggerClass::Noun
                && !refused
                && sm
                    .cues
                    .iter()
                    .any(|c| c.2 == Cue::Negation && c.0 + 4 >= t.s && c.0 <= t.e + 3 && !(call && c.0 >= t.e))
            {
                keep[k] = false;
                drop(out, t, "event noun in a negated sentence");
                continue;
            }
            // What someone is accused or suspected of is the charge, not a reported act
            // ("suspected of being paid to stage protests", "accuses Rwanda of backing the M23",
            // "폭력 시위를 주도한 혐의로").
            let charged_at = |t: &Trig| {
                if korean {
                    (t.e..toks.len().min(t.e + 2)).any(|i| cue_at(i, Cue::Charge))
                } else {
                    sm.cues.iter().any(|&(_, b, c)| c == Cue::Charge && b <= t.s && t.s - b <= 3)
                    // ("arrested 27 people for looting and arson": the reason of an arrest or a
                    // sentence)
                    || (t.s > 0
                        && toks[t.s - 1].lower == "for"
                        && sm.triggers.iter().any(|u| {
                            u.e < t.s
                                && t.s - u.e <= 6
                                && matches!(u.info.mode.as_deref(), Some("arrest") | Some("convict"))
                        }))
                    // (…and the acts listed with it: "arrested for throwing stones at officers and
                    // blocking the main road")
                    || (toks[t.s].lower.ends_with("ing")
                        && sm.cues.iter().any(|&(_, b, c)| {
                            c == Cue::Charge
                                && b <= t.s
                                && t.s - b <= 12
                                && !toks[b..t.s].iter().any(|x| x.kind == TokenKind::Punct)
                                && t.s > 0
                                && cue_at(t.s - 1, Cue::Conj)
                        }))
                    || {
                    // (an opening quote may stand between: "accused X of \"destroying…")
                    let q =
                        if t.s > 1 && matches!(toks[t.s - 1].norm.as_str(), "\"" | "«" | "“" | "'") { 1 } else { 0 };
                    (t.s > 1 + q
                        && matches!(toks[t.s - 1 - q].lower.as_str(), "of" | "в")
                        && sm.triggers.iter().any(|u| u.info.kind == "ACCUSE" && u.e <= t.s && t.s - u.e <= 5 + q))
                        // (…or a few words after that "of", quotes included: 'accused the
                        // opposition of trying to "seize power"')
                        || (s.lang == Lang::En
                            && sm.triggers.iter().any(|u| {
                                u.info.kind == "ACCUSE"
                                    && u.e < t.s
                                    && t.s - u.e <= 12
                                    && (u.e..t.s).any(|k| {
                                        toks[k].lower == "of"
                                            && k - u.e <= 5
                                            && t.s - k <= 5
                                            // (of doing: "of trying to", "of planning to")
                                            && toks.get(k + 1).is_some_and(|x| x.lower.ends_with("ing"))
                                            && !(k..t.s).any(|j| cue_at(j, Cue::Conj))
                                            && !toks[k..t.s]
                                                .iter()
                                                .any(|x| x.kind == TokenKind::Punct && !quote_mark(&x.norm))
                                    })
                                    && !toks[u.e..t.s].iter().any(|x| matches!(x.norm.as_str(), "," | ";" | "."))
                            }))
                }
                }
            };
            // (…and what a relative clause says of those arrested or convicted: "detained six
            // activists who had called for protests", "задержали четверых жителей, которые …
            // призывали выйти на акции")
            // (a verbal act only: a protest they held is coded, as the gold does)
            let said_of_detained = !korean
                && matches!(t.info.kind, "REQUEST" | "REJECT" | "ACCUSE" | "THREATEN" | "SUPPORT")
                && (t.s.saturating_sub(10)..t.s).any(|r| {
                    cue_at(r, Cue::Relative)
                        && sm.actors.iter().any(|a| {
                            (a.e == r || (a.e + 1 == r && toks[a.e].norm == ","))
                                && sm.triggers.iter().any(|u| {
                                    u.e <= a.text_s
                                        && a.text_s - u.e <= 4
                                        && matches!(u.info.mode.as_deref(), Some("arrest") | Some("convict"))
                                })
                        })
                        // (within the relative clause: no verb trigger between it and this one)
                        && !sm.triggers.iter().any(|u| u.s > r && u.s < t.s && u.class == TriggerClass::Verb)
                });
            // (…and an act coordinated with a charge: "for looting and arson", "за погромы и
            // поджоги")
            // (not a finite verb: "for looting and vandalism and accused activists of…")
            let finite = |u: &Trig| !korean && (toks[u.s].lower.ends_with("ed") || ru_past(&toks[u.s].lower));
            let charged = said_of_detained
                || charged_at(t)
                || (!finite(t)
                    && sm.triggers.iter().any(|u| {
                        u.e <= t.s
                            && t.s - u.e <= 2
                            && (u.e..t.s).all(|i| cue_at(i, Cue::Conj) || toks[i].norm == ",")
                            && !finite(u)
                            && charged_at(u)
                    }));
            if charged {
                keep[k] = false;
                drop(out, t, "what someone is accused or suspected of");
                continue;
            }
            // English: a verbal act inside a relative clause set off by commas describes its
            // subject's past ("The government, which has accused the SPLM-IO of arming…, said…",
            // "The priests, who had criticised the government, were detained", "the opposition,
            // which rejected the results, said…") — in the perfect, or with no date of its own,
            // not in the progressive ("the protesters, who were demanding…") and not with a
            // subject of its own ("Azerbaijan, which Darmanin accuses of meddling"). (Material
            // acts were tried too: dev gained, the held-back split lost a reported act.)
            let described = s.lang == Lang::En
                && matches!(t.info.kind, "ACCUSE" | "REJECT" | "THREATEN" | "SUPPORT" | "REQUEST")
                && relative_clause(toks, &sm.cues, t.s).is_some_and(|(r, end)| {
                    t.s - r <= 5
                        && ((r + 1..t.s).any(|j| cue_at(j, Cue::Aux))
                            || (!sm.dates.iter().any(|d| d.start > r && d.start < end)
                                && !toks[t.s].lower.ends_with("ing")
                                && !sm.actors.iter().any(|a| a.s > r && a.e <= t.s)))
                        && toks[r + 1..t.s].iter().all(|x| x.kind == TokenKind::Word)
                        && end + 2 < toks.len()
                        && toks[end].norm == ","
                });
            if described {
                keep[k] = false;
                drop(out, t, "background: a relative clause describing its subject");
                continue;
            }
            // English reduced relative clauses: a past participle right after the noun it
            // describes, followed by a preposition, names what was done to that noun before — "two
            // senators accused of financing gangs", "a ceasefire agreed in Luanda", "the deal,
            // brokered by the United States" — not an act of this sentence.
            if s.lang == Lang::En
                && t.class == TriggerClass::Verb
                && self.reduced_relative(toks, t, &sm.cues, &sm.triggers, sm.actors.iter().any(|a| a.e == t.s))
            {
                keep[k] = false;
                drop(out, t, "a participle describing the noun before it (reduced relative clause)");
                continue;
            }
            // Russian: a long passive participle before the noun it describes ("сторонников
            // арестованного в марте мэра") names what was done to that noun before, not an act.
            if s.lang == Lang::Ru
                && t.class == TriggerClass::Verb
                && ru_case(self, &toks[t.s].lower, "attributive-participle")
                && toks.get(t.e).is_some_and(|x| x.kind == TokenKind::Word)
                // (…unless it names its agent, which reports the act: "вертолётов, переданных
                // Россией малийской армии", "документ, подписанный в понедельник премьером")
                && !(t.s + 1..(t.e + 6).min(toks.len())).any(|i| {
                    (sm.actors.iter().any(|a| a.s <= i && i < a.e)
                        || toks[i].norm.chars().next().is_some_and(char::is_uppercase))
                        && ru_case(self, &toks[i].lower, "ins")
                })
            {
                keep[k] = false;
                drop(out, t, "a participle describing the noun after it");
                continue;
            }
            // "…struck RSF positions, killing dozens of fighters", "…обстреляли село, убив трёх
            // человек": the harm done by an attack named just before is that attack's (its
            // numbers count its dead), not a second attack.
            if harm_participle(s.lang, toks, &sm.cues, t)
                && sm.triggers[..k]
                    .iter()
                    .enumerate()
                    .any(|(j, u)| keep[j] && u.info.kind == "ASSAULT" && u.class == TriggerClass::Verb)
            {
                keep[k] = false;
                drop(out, t, "the harm done by the attack before it");
                continue;
            }
            // "Carney, visiting Kyiv for the anniversary, met Zelenskiy": a participle set off by a
            // comma beside a finite verb of the same kind is the same act.
            let adjunct = |u: &Trig| u.s > 0 && toks[u.s - 1].norm == "," && toks[u.s].lower.ends_with("ing");
            if s.lang == Lang::En
                && t.class == TriggerClass::Verb
                && adjunct(t)
                && sm
                    .triggers
                    .iter()
                    .any(|u| u.s != t.s && u.class == TriggerClass::Verb && u.info.kind == t.info.kind && !adjunct(u))
            {
                keep[k] = false;
                drop(out, t, "a participle beside a verb of the same act");
                continue;
            }
            // "…에 항의해 단식에 들어갔다": protesting as the manner of a protest act is that act.
            if korean
                && t.info.kind == "ACCUSE"
                && ["해", "하며", "하는", "하고"].iter().any(|e| toks[t.e - 1].norm.ends_with(e))
                && sm.triggers.iter().any(|u| u.s >= t.e && u.info.kind == "PROTEST")
            {
                keep[k] = false;
                drop(out, t, "the manner of the protest after it, not an act of its own");
                continue;
            }
            // Korean states and background: "수감 중인", "수감돼 있던", "억류하고 있던", "납치됐던"
            // describe what was already so, not an act reported here.
            if korean && t.class == TriggerClass::Verb {
                let w = &toks[t.e - 1].norm;
                let next = toks.get(t.e).map(|x| x.norm.as_str()).unwrap_or("");
                let state = w.ends_with('던')
                    || (w.chars().count() > 1 && ["중인", "중이던", "중에"].iter().any(|p| next.starts_with(p)))
                    // (adnominal only: "억류하고 있던 인질", not the ongoing "공유하고 있다")
                    || ((w.ends_with("돼") || w.ends_with("되어") || w.ends_with("하고"))
                        && (next.starts_with("있던") || next.starts_with("있는")))
                    // ("자치 확대를 요구해 온 활동가": what someone has long done describes them)
                    || ((w.ends_with('해') || w.ends_with('와') || w.ends_with('여'))
                        && (next == "온" || next.starts_with("오던") || next.starts_with("왔던")));
                if state {
                    keep[k] = false;
                    drop(out, t, "a state or background, not an act reported here");
                    continue;
                }
            }
            // An event noun just after a verb of judging is its object ("ruled out any new
            // negotiations", "rejected the talks"), not an act of its own.
            let nominal = t.class == TriggerClass::Noun
                || (t.s > 0 && (cue_at(t.s - 1, Cue::Determiner) || cue_at(t.s - 1, Cue::Article)));
            // (…or of a threat: "warned of more attacks", "threatened them with arrest")
            if s.lang == Lang::En && k > 0 {
                let prev = &sm.triggers[k - 1];
                let of = prev.e < t.s && matches!(toks[prev.e].lower.as_str(), "of" | "with");
                // (a noun with its owner before it: "rejected opposition demands", "rejected
                // the union's demand")
                let owned = sm.actors.iter().any(|a| {
                    a.e == t.s
                        && (a.text_s == prev.e
                            || (a.text_s == prev.e + 1
                                && (cue_at(prev.e, Cue::Article) || cue_at(prev.e, Cue::Determiner))))
                });
                let nominal = nominal || owned;
                // (…or a noun phrase with its article and adjectives, in quotes or not: "condemned
                // the \"hideous attack\"", "condemn this brutal and unnecessary use of force")
                let phrase = prev.e < t.s
                    && t.s - prev.e <= 5
                    && (cue_at(prev.e, Cue::Article) || cue_at(prev.e, Cue::Determiner))
                    && toks[prev.e..t.s].iter().enumerate().all(|(o, x)| {
                        quote_mark(&x.norm)
                            || (x.kind == TokenKind::Word
                                && x.norm.chars().next().is_some_and(char::is_lowercase)
                                && !sm.actors.iter().any(|a| a.s <= prev.e + o && prev.e + o < a.e)
                                && !sm.triggers.iter().any(|u| u.s <= prev.e + o && prev.e + o < u.e)
                                && (o == 0 || !cue_at(prev.e + o, Cue::Conj) || t.s - prev.e - o > 1))
                    })
                    && !cue_at(t.s - 1, Cue::Conj)
                    && !toks[t.s].lower.ends_with("ing");
                if phrase
                    && !condemned_told
                    && matches!(prev.info.kind, "REJECT" | "ACCUSE")
                    && prev.class == TriggerClass::Verb
                {
                    keep[k] = false;
                    drop(out, t, "the object of another act in the sentence");
                    continue;
                }
                if prev.class == TriggerClass::Verb
                    && !condemned_told
                    && prev.e <= t.s
                    && (t.s - prev.e <= 2 || (owned && t.s - prev.e <= 3))
                    && !toks[prev.e..t.s].iter().any(|x| x.kind == TokenKind::Punct)
                    && ((nominal && matches!(prev.info.kind, "REJECT" | "ACCUSE" | "SUPPORT"))
                        || ((nominal || of) && prev.info.kind == "THREATEN"))
                {
                    keep[k] = false;
                    drop(out, t, "the object of another act in the sentence");
                    continue;
                }
            }
            // Russian: a noun right after a verb of saying or judging is its object ("осудила
            // приговоры", "отвергла обвинения"), not an act of its own.
            if s.lang == Lang::Ru && k > 0 {
                let prev = &sm.triggers[k - 1];
                let w = &toks[t.s].lower;
                let verb_form = ["л", "ла", "ли", "ло", "ть", "ет", "ит", "ют", "ят", "ут", "ат", "ся", "сь"]
                    .iter()
                    .any(|e| w.ends_with(e));
                if prev.class == TriggerClass::Verb
                    && prev.e <= t.s
                    && t.s - prev.e <= 1
                    && !verb_form
                    && matches!(prev.info.kind, "ACCUSE" | "REJECT" | "SUPPORT" | "REQUEST")
                {
                    keep[k] = false;
                    drop(out, t, "the object of another act in the sentence");
                    continue;
                }
            }
            let last = &toks[t.e - 1];
            if t.class == TriggerClass::Noun && t.e < toks.len() && cue_at(t.e, Cue::About) {
                keep[k] = false;
                drop(out, t, "what something is about, not an event");
                continue;
            }
            // Korean: an act quoted as what an accusation says ("…을 탄압하고 있다고 비판했다",
            // "…공격했다고 규탄했다") is the accusation's content; the accusation is coded.
            if korean && !matches!(t.info.kind, "ACCUSE" | "REQUEST" | "REJECT" | "THREATEN" | "SUPPORT") {
                // (…or a clause in quotation marks before its 고: "\"…억압하고 있다\"고 비판했다")
                let closed_quote = |i: usize| ko_closed_quote(toks, i);
                let quoted = (t.e - 1..(t.e + 2).min(toks.len()))
                    .find(|&i| KO_QUOTATIVE.iter().any(|q| toks[i].norm.ends_with(q)) || closed_quote(i))
                    .map(|i| if closed_quote(i) { i + 2 } else { i });
                if let Some(q) = quoted {
                    let accusation = sm.triggers.iter().any(|u| {
                        u.s > q
                            && u.class == TriggerClass::Verb
                            && u.info.kind == "ACCUSE"
                            && !sm.triggers.iter().any(|v| v.class == TriggerClass::Verb && v.s > q && v.s < u.s)
                    });
                    if accusation {
                        keep[k] = false;
                        drop(out, t, "what an accusation says, not an act reported as done");
                        continue;
                    }
                }
            }
            // Embedded acts: the content of a request or threat, or an act decided on.
            let later = sm.triggers.iter().enumerate().find(|(j, u)| *j > k && u.class == TriggerClass::Verb);
            let earlier = sm.triggers.iter().enumerate().rev().find(|(j, u)| *j < k && u.class == TriggerClass::Verb);
            let embedded_ko = korean && {
                let n = &last.norm;
                let next = toks.get(t.e).map(|x| x.norm.as_str()).unwrap_or("");
                let marker = |w: &str| {
                    ["도록", "기를", "자고", "라고", "하라"]
                        .iter()
                        .any(|e| w.ends_with(e) || w.contains(&format!("{e}고")))
                        || w.starts_with("것을")
                        || w.ends_with("것을")
                };
                (last_syllable_is(n, 'ㄹ') && next.starts_with('것'))
                    || marker(n)
                    // "승인해 달라고", "풀어 주기를": the helper verb carries the request.
                    || ["달라", "주라", "주기를", "줄 것"].iter().any(|p| next.starts_with(p))
                    // "석방하고 기소를 철회할 것을 요구한다": the first of coordinated contents.
                    // (not when the one asked is named after it: "…를 배후로 지목하고 바그다드
                    // 정부에 … 체포할 것을 요구했다" — the first act is the speaker's own)
                    // (a meeting before "-고" is an act of its own: "회담하고 … 당부했다")
                    // (nor a clause closed by a comma: "강력히 항의하고, … 석방할 것을 요구했다")
                    // (nor the speaker's own word before it: "규탄하며 … 석방하라고 요구했다")
                    || ((n.ends_with('고') || n.ends_with('며'))
                        && !matches!(t.info.kind, "CONSULT" | "ACCUSE" | "SUPPORT" | "REJECT")
                        && toks.get(t.e).is_none_or(|x| x.norm != ",")
                        && sm.triggers[k + 1..].iter().any(|u| {
                            (u.info.comm || u.info.future)
                                && toks[t.e..u.e].iter().any(|x| marker(&x.norm))
                                && !sm.actors.iter().any(|a| a.s >= t.e && a.e <= u.s && a.role == Some(Role::Dat))
                        }))
            };
            // A Korean verb in adnominal form describes the noun after it ("반대하는 시위대",
            // "군정을 지지하는 주민", "국경을 봉쇄하는 제재"): a present-tense description before
            // an actor or another act's noun is not an event; nor is a past one ("구금된 언론인들")
            // inside a request or accusation.
            if korean && t.class == TriggerClass::Verb {
                let pn = &last.norm;
                let next_is_actor = sm.actors.iter().any(|a| a.text_s == t.e || a.s == t.e);
                // (over a modifier or two: "위협하는 무차별 공격", "제안한 72시간 휴전안")
                let next_is_act = sm.triggers.iter().any(|u| {
                    u.s >= t.e
                        && u.s <= t.e + 2
                        && (u.s == t.e || u.class == TriggerClass::Noun || toks[u.e - 1].role().is_some())
                        && !sm.triggers.iter().any(|v| v.s >= t.e && v.e <= u.s && v.class == TriggerClass::Verb)
                });
                // "-하는" after a verb stem, not the topic particle of a noun ("시위는").
                let pat_last = t.info.pattern.split_whitespace().last().unwrap_or("");
                let rest = pn.strip_prefix(pat_last).unwrap_or("");
                let present = pn.ends_with('는') && (!rest.is_empty() || pat_last.ends_with(['하', '되', '있']));
                let past = last_syllable_has_n(pn) && !pn.ends_with('은');
                let comm_later = later.is_some_and(|(_, u)| {
                    u.info.comm || matches!(u.info.kind, "REQUEST" | "ACCUSE" | "SUPPORT" | "REJECT")
                });
                // ("이에 반발한 주민과 … 광장에 모여": the clause before the crowd is background.)
                let verb_later = later.is_some();
                // (…or any noun with its particle right after it: "체포된 지도자들의 석방을 요구했다")
                let next_is_noun = toks.get(t.e).is_some_and(|x| x.role().is_some());
                // (not before the nominaliser: "체포한 것을 규탄한다" reports the arrest)
                let nominalised = toks.get(t.e).is_some_and(|x| x.norm.starts_with('것'));
                if !nominalised
                    && ((present && (next_is_actor || next_is_act))
                        || (past && (next_is_actor || next_is_act || next_is_noun) && (comm_later || verb_later)))
                {
                    keep[k] = false;
                    drop(out, t, "describes the noun after it, not an event");
                    continue;
                }
            }
            // A Korean trigger noun with a case particle, followed by another predicate trigger,
            // is that act's object ("발사를 규탄했다", "파병에 저항했다").
            if korean
                && last.role().is_some_and(|r| matches!(r, Role::Obj | Role::Dat | Role::Poss))
                && t.e < toks.len()
            {
                if let Some((_, u)) = later {
                    if u.info.kind != t.info.kind {
                        keep[k] = false;
                        drop(out, t, "the object of another act in the sentence");
                        continue;
                    }
                }
            }
            // An act agreed or decided on: a material act ("병력을 배치하기로 합의했다", "agreed to send
            // troops") is coded as that act; anything else (access, talks, a concession) is
            // coded as the agreement, and the embedded act is its content.
            let material = matches!(t.info.kind, "AID" | "MOBILIZE" | "ASSAULT" | "COERCE" | "SANCTION" | "PROTEST");
            // Whether this act is dropped as the content of the agreement `j` (a material act
            // drops the agreement instead).
            let agreed_on = |keep: &mut Vec<bool>, j: usize| {
                if material {
                    keep[j] = false;
                }
                !material
            };
            // (…and the first of two acts agreed on: "정보를 공유하고 합동 순찰을 벌이기로 합의했다")
            let agreed_first = |u: &Trig| {
                // (an act one agrees to do together, not one's own word: "규탄하고 … 강화하기로")
                matches!(t.info.kind, "COOPERATE" | "AID" | "RETREAT" | "MOBILIZE" | "CONCEDE")
                    && (last.norm.ends_with('고') || last.norm.ends_with('며'))
                    && toks[t.e..u.s].iter().any(|x| x.norm.ends_with("기로"))
            };
            let agree_later = sm.triggers.iter().enumerate().find(|(j, u)| *j > k && u.info.kind == "AGREE");
            if korean && (last.norm.ends_with("기로") || agree_later.is_some_and(|(_, u)| agreed_first(u))) {
                let later = if last.norm.ends_with("기로") { later } else { agree_later };
                if let Some((j, u)) = later {
                    if u.info.kind == "AGREE" && keep[j] && agreed_on(&mut keep, j) {
                        keep[k] = false;
                        drop(out, t, "what was agreed on, coded as the agreement");
                        continue;
                    }
                }
            }
            // (the governing verb may follow another act inside the content: "석방하고 언론 탄압을
            // 멈출 것을 촉구했다")
            if embedded_ko {
                let governing = sm.triggers[k + 1..]
                    .iter()
                    .position(|u| u.class == TriggerClass::Verb && (u.info.comm || u.info.future))
                    .map(|p| k + 1 + p);
                if let Some(j) = governing {
                    // (a command's material act is the act, by the one who commands it: "군
                    // 병력을 급파하라고 지시했다")
                    if sm.triggers[j].info.command && ordered_kind(t.info.kind) {
                        take_order(&mut ordered_by, &mut keep, out, k, j);
                    } else {
                        keep[k] = false;
                        drop(out, t, "content of a request or threat, not an act");
                        continue;
                    }
                }
            }
            // What an accusation says the accused did is its content: "обвинила армию в том, что
            // она сбила беспилотник", "accused Ankara of targeting civilians, saying a drone had
            // hit a market" (English and Russian; the Korean rule is above).
            if !korean {
                let said_of = sm.triggers[..k].iter().any(|u| {
                    u.info.kind == "ACCUSE"
                        && u.e <= t.s
                        && t.s - u.e <= 12
                        && !toks[u.e..t.s].iter().any(|x| x.norm == ";")
                        && toks[u.e..t.s].iter().any(|x| matches!(x.lower.as_str(), "что" | "saying"))
                        && !(u.e..t.s).any(|j| cue_at(j, Cue::Conj))
                });
                if said_of {
                    keep[k] = false;
                    drop(out, t, "what an accusation says, not an act reported");
                    continue;
                }
            }
            // Everything a request asks for is its content: "calls on X to release those detained
            // and to restore…" codes the request only (up to a semicolon).
            // Not a finite verb of its own, though: "Protesters demanding early elections blocked
            // highways" (the request is a participle), "… и пригрозило уволить" (a second predicate
            // after "and").
            if !korean {
                let finite_own = t.s > 0 && toks[t.s - 1].lower != "to" && {
                    let w = &toks[t.s].lower;
                    let ru_finite = s.lang == Lang::Ru && ["л", "ла", "ли", "ло"].iter().any(|e| w.ends_with(e));
                    let en_finite = s.lang == Lang::En && w.ends_with("ed");
                    ru_finite || en_finite
                };
                // (…nor a finite verb with a subject of its own after ", and": "called on both
                // sides to…, and rights groups urged the government…")
                // (…nor a verb with its own subject opening a new clause: ", and we urge…", ",
                // while the ministry condemned…")
                let subject_start = sm.actors.iter().find(|x| x.e == t.s).map(|x| x.text_s).or_else(|| {
                    (t.s > 0 && (cue_at(t.s - 1, Cue::Pronoun) || cue_at(t.s - 1, Cue::FirstPerson))).then(|| t.s - 1)
                });
                let new_clause = subject_start.is_some_and(|b| {
                    let b = if b > 0 && cue_at(b - 1, Cue::Article) { b - 1 } else { b };
                    b > 1 && (cue_at(b - 1, Cue::Subord) || cue_at(b - 1, Cue::Conj)) && toks[b - 2].norm == ","
                })
                    // (…a longer subject too: ", and a coalition of rights groups filed…")
                    || subject_start.is_some_and(|b| {
                        (1..b).rev().take(6).any(|c| {
                            toks[c - 1].norm == ","
                                && (cue_at(c, Cue::Subord) || cue_at(c, Cue::Conj))
                                && toks[c + 1..b].iter().all(|x| x.kind == TokenKind::Word)
                                && !sm.triggers.iter().any(|u| u.s > c && u.s < b)
                        })
                    });
                let mut asker = None;
                let asked = !new_clause
                    && sm.triggers[..k].iter().enumerate().any(|(j, u)| {
                        let own_subject = sm.actors.iter().any(|x| {
                            x.e == t.s && x.text_s > u.e && cue_at(x.text_s.saturating_sub(1), Cue::Conj) && {
                                let c = x.text_s - 1;
                                c > 0 && toks[c - 1].norm == ","
                            }
                        });
                        // (nor what a new verb of saying introduces: "called on the council to…
                        // and said its supporters would take to the streets")
                        // (nor a request inside a condition: "anyone who called for an
                        // intervention would be arrested")
                        u.info.kind == "REQUEST"
                            && u.info.comm
                            && !toks[u.e..t.s].iter().any(|x| x.norm == ";")
                            && self.modality(toks, u, korean, &cue_at, &cue_in, &sm.cues, &sm.triggers)
                                != Modality::Hypothetical
                            && !sm.cues.iter().any(|&(a, _, c)| {
                                c == Cue::AttrVerb
                                    && a > u.e
                                    && a < t.s
                                    && cue_at(a - 1, Cue::Conj)
                                    && !toks[a].lower.ends_with("ing")
                            })
                            && !(finite_own
                                && (toks[u.s].lower.ends_with("ing")
                                    || own_subject
                                    || (t.s > 0 && cue_at(t.s - 1, Cue::Conj))
                                    // (…or after ", but" and an auxiliary: "…to demand his
                                    // release, but were dispersed by police")
                                    || (t.s > 2
                                        && cue_at(t.s - 2, Cue::Conj)
                                        && toks[t.s - 3].norm == ","
                                        && (cue_at(t.s - 1, Cue::PassiveAux) || cue_at(t.s - 1, Cue::Aux)))))
                            && {
                                asker = Some(j);
                                true
                            }
                    });
                if let Some(j) = asker.filter(|&j| asked && sm.triggers[j].info.command && ordered_kind(t.info.kind)) {
                    take_order(&mut ordered_by, &mut keep, out, k, j);
                } else if asked {
                    keep[k] = false;
                    drop(out, t, "content of a request or threat, not an act");
                    continue;
                }
            }
            if !korean && t.s > 0 {
                // (A Russian infinitive leads its pattern: "закрыть границу", "встретиться".)
                let inf_ru = |w: &str| ["ть", "ти", "чь", "ться", "тись", "чься"].iter().any(|e| w.ends_with(e));
                // (not after a finite verb that leads it: "пригрозило уволить")
                let finite_ru = ru_past(&toks[t.s].lower);
                let infinitive = toks[t.s - 1].lower == "to"
                    || (s.lang == Lang::Ru && (inf_ru(&toks[t.s].lower) || (inf_ru(&last.lower) && !finite_ru)));
                if infinitive {
                    if let Some((j, u)) = earlier {
                        // What is refused is no act either ("отказался встретиться", "rejected
                        // calls to withdraw").
                        if u.info.command && ordered_kind(t.info.kind) {
                            take_order(&mut ordered_by, &mut keep, out, k, j);
                        } else if u.info.comm || u.info.future || u.info.kind == "REJECT" {
                            keep[k] = false;
                            drop(out, t, "content of a request or threat, not an act");
                            continue;
                        } else if u.info.kind == "AGREE" && agreed_on(&mut keep, j) {
                            keep[k] = false;
                            drop(out, t, "what was agreed on, coded as the agreement");
                            continue;
                        }
                    }
                }
            }
            // "warned that the army would be deployed": a future act in what a warning says is
            // the warning's content, not a second threat.
            if !korean
                && t.class == TriggerClass::Verb
                && !t.info.future
                && self.modality(toks, t, korean, &cue_at, &cue_in, &sm.cues, &sm.triggers) == Modality::Future
                && sm.triggers[..k].iter().enumerate().any(|(j, u)| {
                    keep[j]
                        && u.info.kind == "THREATEN"
                        && u.class == TriggerClass::Verb
                        && (u.info.comm || u.info.future)
                        && u.e <= t.s
                        && t.s - u.e <= 12
                        && !toks[u.e..t.s].iter().any(|x| x.norm == ";")
                        && !sm.cues.iter().any(|&(a, _, c)| c == Cue::AttrVerb && a >= u.e && a < t.s)
                })
            {
                keep[k] = false;
                drop(out, t, "what a warning says will happen, coded as the warning");
                continue;
            }
        }
        // "dispersed the crowd with tear gas": force named by an event noun makes a coercive act
        // an assault of that mode.
        let force_near = |t: &Trig| {
            sm.triggers
                .iter()
                .find(|u| {
                    // Only weapons and riot-control means ("with water cannon", "최루탄을"), not
                    // other assaults named nearby ("в район похищения").
                    u.attack_noun()
                        && matches!(
                            u.info.mode.as_deref(),
                            Some(
                                "crowd-control"
                                    | "firearms"
                                    | "heavy-weapons"
                                    | "explosives"
                                    | "primitive"
                                    | "unconventional"
                            )
                        )
                        // Before the act, close to it; after it, anywhere in its clause
                        // ("dispersed thousands of demonstrators on … Avenue with water cannon").
                        && (t.s.abs_diff(u.e) <= 5
                            || (u.s >= t.e
                                && u.s - t.e <= 12
                                && !sm.triggers.iter().any(|v| {
                                    v.class == TriggerClass::Verb && v.s >= t.e && v.e <= u.s
                                })
                                && !toks[t.e..u.s].iter().any(|x| x.norm == ";")))
                })
                .map(|u| u.info.mode.clone())
        };
        // (", an accusation Bangkok denied": a noun of alleging in apposition after the claim)
        let allege_after = |a: usize| !korean && a > 0 && toks[a - 1].norm == ",";
        let alleges = sm.cues.iter().any(|c| c.2 == Cue::Allege || (c.2 == Cue::AllegeAfter && allege_after(c.0)));
        // (Korean "A는 B가 …했다고 주장하며 …": with no attribution phrase the claimant is the
        // topic before the verb of claiming.)
        let alleging: Option<usize> = sm.source.as_ref().and_then(|x| x.3).filter(|_| alleges).or_else(|| {
            let cue = sm.cues.iter().find(|c| c.2 == Cue::Allege)?;
            (korean && sm.source.is_none())
                .then(|| sm.actors.iter().position(|a| a.e <= cue.0 && a.role == Some(Role::Topic)))
                .flatten()
        });
        // A claimant the knowledge does not know ("인권 옴부즈맨 드미트로 루비네츠는 …라고 주장했다")
        // still accuses: it is actor 1 as written, typed by the body named right before it.
        let claimant: Option<Actor> = sm.source.as_ref().filter(|x| alleges && x.3.is_none()).map(|x| {
            let body = sm.actors.iter().find(|a| a.e == x.0 || a.e + 1 == x.0);
            Actor {
                text: x.2.clone(),
                name: None,
                kind: body.and_then(|a| a.kind).map(String::from),
                country: body.and_then(|a| a.country.clone()),
                span: Some(tspan(x.0, x.1)),
            }
        });
        let mut last_a1: Option<usize> = None;
        // (…and of the last act of a main clause, not a relative one)
        let mut main_a1: Option<usize> = None;
        // (…and whether that act was the first-person author's, who is named later)
        let mut we_acted = false;
        for (k, t) in sm.triggers.iter().enumerate() {
            if !keep[k] {
                if !out.dropped.iter().any(|d| d.trigger == tspan(t.s, t.e)) {
                    drop(out, t, "the act agreed on is coded instead");
                }
                continue;
            }
            if question {
                drop(out, t, "question");
                continue;
            }
            if slogan || in_slogan(t) {
                drop(out, t, "slogan or call to action");
                continue;
            }
            // A tally in the present perfect over a period ("has detained more than 30 people
            // … since the invasion", "have been abducted since 2020") sums many acts: no one act.
            let perfect = s.lang == Lang::En
                && (t.s.saturating_sub(3)..t.s)
                    .any(|i| matches!(toks[i].lower.as_str(), "has" | "have") && cue_at(i, Cue::Aux));
            // (…or after a clause "since" opens the sentence: "Since President Kais Saied seized
            // sweeping powers in July 2021, dozens of politicians have been prosecuted")
            let opening_since = sm.cues.iter().any(|&(a, _, c)| {
                c == Cue::History
                    && a <= dateline(toks) + 1
                    && (a..t.s).find(|&k| toks[k].norm == ",").is_some_and(|comma| {
                        sm.dates.iter().any(|d| {
                            d.start > a && d.end <= comma && doc.published.is_some_and(|p| (p - d.date).num_days() > 60)
                        })
                    })
            });
            if perfect
                && matches!(t.info.kind, "ASSAULT" | "COERCE" | "ACCUSE")
                && (sm.cues.iter().any(|&(a, _, c)| c == Cue::History && a >= t.e) || opening_since)
            {
                drop(out, t, "a tally over a period, not one act");
                continue;
            }
            // A habit, not an act: "Aliyev has repeatedly demanded…", "an accusation Paris has
            // repeatedly rejected", "Москва неоднократно обвиняла…".
            let habitual =
                sm.cues.iter().any(|&(a, b, c)| c == Cue::Habitual && b <= t.s && t.s - b <= 1 && a + 3 >= t.s)
                    && match s.lang {
                        Lang::En => perfect,
                        Lang::Ru => verbal_kind(t.info.kind),
                        _ => false,
                    };
            if habitual {
                drop(out, t, "background: a repeated or habitual act");
                continue;
            }
            if history && history_at(t) {
                drop(out, t, "background history");
                continue;
            }
            // ", an accusation Paris rejected": the one who denies an accusation does nothing
            // (gold convention 4).
            let denies_claim = t.info.kind == "REJECT"
                && !korean
                && sm.cues.iter().any(|&(a, b, c)| {
                    c == Cue::AllegeAfter && a > 0 && toks[a - 1].norm == "," && b <= t.s && t.s - b <= 4
                });
            if denies_claim {
                drop(out, t, "denying an accusation (convention 4)");
                continue;
            }
            // "…since last March, when two people were killed": a "when" clause that dates the
            // start of a span is that past, not news.
            let since_when = !korean
                && (0..t.s).rev().find(|&i| toks[i].norm == ",").is_some_and(|c| {
                    c + 1 < t.s
                        && cue_at(c + 1, Cue::Subord)
                        && toks[c + 1].norm.chars().all(char::is_lowercase)
                        && sm.cues.iter().any(|&(a, b, k)| {
                            // (a month or more back: not "since Friday, when residents took to
                            // the streets")
                            k == Cue::History
                                && a < c
                                && c - a <= 5
                                && (sm.dates.iter().any(|d| {
                                    d.start >= b
                                        && d.start <= b + 1
                                        && doc.published.is_some_and(|p| (p - d.date).num_days() > 30)
                                }) || toks.get(b).is_some_and(|x| {
                                    x.norm.len() == 4
                                        && x.norm.parse::<i32>().is_ok_and(|y| {
                                            doc.published.is_some_and(|p| y < chrono::Datelike::year(&p))
                                        })
                                }))
                        })
                        && !(c + 2..t.s).any(|i| matches!(toks[i].norm.as_str(), "," | ";"))
                });
            if since_when {
                drop(out, t, "background: the past a span started from");
                continue;
            }
            // A Korean sentence whose final predicate says what must, can or deserves to be
            // ("…에 주목해야 한다", "…봉기를 이끌 수 있다", "…연대를 받을 자격이 있다") is an opinion:
            // only a demand it reports stands.
            if korean && opinion_end && !(t.info.comm || t.info.kind == "REQUEST") {
                drop(out, t, "an opinion: what must, can or deserves to be");
                continue;
            }
            // A Korean imperative ("…대표를 즉각 석방하라", "철회하라") demands the act; it is not
            // reported as done.
            if korean && t.class == TriggerClass::Verb {
                let w = toks[t.e - 1].norm.trim_end_matches(['!', '.', '"', '\'']);
                if ["하라", "해라", "하시오", "어라", "아라"].iter().any(|e| w.ends_with(e)) {
                    drop(out, t, "an imperative: the act is demanded, not done");
                    continue;
                }
            }
            // A Korean attitude held ("…에 분명하게 반대하고 있다", "지지하고 있다") is a state.
            if korean && matches!(t.info.kind, "SUPPORT" | "REJECT") && t.class == TriggerClass::Verb {
                let w = &toks[t.e - 1].norm;
                if w.ends_with("하고") && toks.get(t.e).is_some_and(|x| x.norm.starts_with('있')) {
                    drop(out, t, "an attitude held, not an act");
                    continue;
                }
            }
            // An act dated in the text well before the report (a year before its year, or a
            // date two months or more before it) is background, not news.
            // (not a date that opens a span or sets a deadline, "since December 2023", "by
            // March", for a predicate of its own after "and": "…had been killed since December
            // 2023 and called on the authorities…")
            let own_predicate = t.class == TriggerClass::Verb && t.s > 0 && cue_at(t.s - 1, Cue::Conj);
            let span_edge = |d: &dates::DateMention| {
                own_predicate
                    && d.end <= t.s
                    && sm.cues.iter().any(|c| matches!(c.2, Cue::History | Cue::Deadline) && c.1 == d.start)
            };
            // (…when the act has a day of its own outside the clause: not "The war, which erupted
            // in April 2023, has killed tens of thousands")
            let own_day =
                sm.dates.iter().any(|d| d.precision == "day" && relative_clause(toks, &sm.cues, d.start).is_none());
            let own_clause_date = |i: usize| {
                korean || !own_day || relative_clause(toks, &sm.cues, i).is_none_or(|(r, e)| t.s >= r && t.s < e)
            };
            let old_date = sm.dates.iter().any(|d| {
                !span_edge(d)
                    && own_clause_date(d.start)
                    && d.absolute
                    && doc.published.is_some_and(|p| (p - d.date).num_days() > 60)
                    && (d.end + 8 >= t.s && d.start <= t.e + 8)
            });
            let old_year = doc.published.is_some_and(|p| {
                let py = chrono::Datelike::year(&p);
                toks.iter().enumerate().any(|(i, x)| {
                    // (near the act, or opening the sentence: "In 2023 more than 70 activists
                    // were detained in a raid")
                    ((i + 8 >= t.s && i <= t.e + 8) || (i <= 1 && sm.dates.is_empty()))
                        && x.kind == TokenKind::Number
                        && x.norm.len() == 4
                        && x.norm.parse::<i32>().is_ok_and(|y| (1900..py).contains(&y))
                        && !sm.numbers.iter().any(|n| n.start <= i && i < n.end)
                        && !sm.dates.iter().any(|d| d.start <= i && i < d.end && span_edge(d))
                        // (nor one inside a relative clause the act is not in: "The junta, which
                        // came to power in 2021, arrested…")
                        && own_clause_date(i)
                        // (a year that names a thing — "the 2022 pay agreement", "a 2016 fraud" —
                        // does not date the act)
                        && !(i > 0 && (cue_at(i - 1, Cue::Determiner) || cue_at(i - 1, Cue::Article)))
                })
            });
            // The same when every date the sentence gives is months old and one bears on the
            // act: in its clause or opening the sentence ("In December 2011, 14 people were
            // killed … when police opened fire"), not in a relative clause after a comma ("…, a
            // step Ireland took in May 2024").
            let all_old = doc.published.is_some_and(|p| {
                // (the last day a mention may mean: a year's or a month's end)
                let old = |d: &dates::DateMention| {
                    let last = match d.precision {
                        "year" => NaiveDate::from_ymd_opt(chrono::Datelike::year(&d.date), 12, 31),
                        "month" => {
                            d.date.checked_add_months(chrono::Months::new(1)).map(|x| x - chrono::Duration::days(1))
                        }
                        _ => Some(d.date),
                    };
                    last.is_some_and(|l| (p - l).num_days() > 90)
                };
                let bears = |d: &dates::DateMention| {
                    let (a, b) = if d.end <= t.s { (d.end, t.s) } else { (t.e, d.start.max(t.e)) };
                    d.start <= 1 || !toks[a..b].iter().any(|x| x.norm == "," || x.norm == ";")
                };
                // ("last year" dates only its own verb: see push_event)
                sm.dates.iter().any(|d| d.absolute && bears(d) && !span_edge(d)) && sm.dates.iter().all(old)
            });
            if old_date || old_year || all_old {
                drop(out, t, "background: dated well before the report");
                continue;
            }
            let modality = self.modality(toks, t, korean, &cue_at, &cue_in, &sm.cues, &sm.triggers);
            let mut kind = t.info.kind.to_string();
            let mut mode = t.info.mode.clone();
            let weapons_fired = kind == "MOBILIZE";
            if ((kind == "COERCE" && mode.as_deref() != Some("arrest")) || weapons_fired)
                && t.class == TriggerClass::Verb
            {
                if let Some(m) = force_near(t) {
                    kind = "ASSAULT".into();
                    mode = m;
                }
            }
            // A promise of retaliation is a threat ("пообещала «жёсткие ответные меры»", "vowed
            // sanctions"): a pledge whose object is a conflictual act.
            if kind == "AGREE"
                && t.class == TriggerClass::Verb
                && sm.triggers.iter().any(|u| {
                    u.class == TriggerClass::Noun
                        && u.s >= t.e
                        && u.s - t.e <= 4
                        && matches!(u.info.kind, "THREATEN" | "ASSAULT" | "SANCTION" | "COERCE")
                })
            {
                kind = "THREATEN".into();
                mode = None;
            }
            // What is sent decides what a verb of sending codes: relief is aid, arms military aid.
            if t.info.send {
                let prev_verb =
                    sm.triggers.iter().filter(|u| u.e <= t.s && u.class == TriggerClass::Verb).map(|u| u.e).max();
                let next_verb =
                    sm.triggers.iter().filter(|u| u.s >= t.e && u.class == TriggerClass::Verb).map(|u| u.s).min();
                // What is sent may stand far from the verb, after where it goes ("направила в
                // провинцию Герат на западе Афганистана самолёт с 30 тоннами…"): up to the next act.
                let (lo, hi) = if korean {
                    (prev_verb.unwrap_or(0).max(t.s.saturating_sub(12)), t.s)
                } else {
                    (t.e, next_verb.unwrap_or(toks.len()).min(t.e + 16))
                };
                let sent = |c: Cue| sm.cues.iter().any(|&(a, _, k)| k == c && a >= lo && a < hi);
                // Troops or police sent ("направила к границе 2 тыс. военнослужащих", "헌병과 경찰
                // 1천여 명을 파견했다") are a deployment.
                let forces = sm.actors.iter().filter(|a| a.s >= lo && a.e <= hi).find_map(|a| match a.kind {
                    Some("MIL") if !a.is_country => Some("troops"),
                    Some("COP") => Some("police"),
                    _ => None,
                });
                // (…and so are troops, ships or aircraft counted by their own nouns and not sent as
                // arms: "направили в район отмели два патрульных корабля", "sent two battalions")
                let forces = forces.or_else(|| {
                    sm.numbers
                        .iter()
                        .filter(|n| n.start >= lo && n.end <= hi)
                        .any(|n| {
                            (n.end..(n.end + 3).min(toks.len())).any(|i| {
                                lk.quantities.matches_at(toks, i).iter().any(|m| m.value == "troops" || m.value == "weapons")
                                    // (not another side's fighters handed over: "передала 30 бойцов СБР")
                                    && !sm.actors.iter().any(|a| a.text_s.min(a.s) <= i && i < a.e)
                            })
                        })
                        .then_some("troops")
                });
                if sent(Cue::AidObject) {
                    kind = "AID".into();
                    mode = Some("humanitarian".into());
                } else if sent(Cue::ArmsObject) {
                    kind = "AID".into();
                    mode = Some("military".into());
                } else if let Some(f) = forces.filter(|_| kind == "AID") {
                    kind = "MOBILIZE".into();
                    mode = Some(f.into());
                } else if kind == "AID" {
                    drop(out, t, "nothing sent that is aid or arms");
                    continue;
                }
            }
            let mut roles = self.roles(toks, sm, t, s.lang, &cue_at);
            // "…, and we urge the Lebanese authorities…": a first-person subject right before the
            // verb is the author (named later), not a noun of the clause before it. (English:
            // tried for Russian «мы» too, the held-back split lost an act.)
            if let Some(a) = roles.0.filter(|_| s.lang == Lang::En) {
                let ae = sm.actors[a].e;
                let we = sm.cues.iter().any(|&(p, q, c)| {
                    c == Cue::FirstPerson
                        && p >= ae
                        && q <= t.s
                        && t.s - q <= 1
                        && matches!(toks[p].lower.as_str(), "we" | "i")
                });
                // (not in a quotation, where "we" is the one quoted)
                let quoted = toks[..t.s].iter().any(|x| x.kind == TokenKind::Punct && quote_mark(&x.norm));
                if ae <= t.s && we && !quoted {
                    if roles.1.is_none_or(|b| b == a) {
                        roles.1 = None;
                    }
                    roles.0 = None;
                }
            }
            // "The union condemned the attack": the act a verbal act names is not the speaker's
            // (English and Russian; Korean marks it with its own particles).
            if let Some(a) = roles.0.filter(|_| !korean && t.class == TriggerClass::Noun && !verbal_kind(t.info.kind)) {
                let named_by = sm.triggers.iter().any(|u| {
                    verbal_kind(u.info.kind)
                        && u.class == TriggerClass::Verb
                        && u.e <= t.s
                        && t.s - u.e <= 2
                        && sm.actors[a].e <= u.s
                });
                if named_by {
                    roles.0 = None;
                }
            }
            // (an ordered act is the one who orders it; the one ordered to do it is acted on)
            if let Some(j) = ordered_by[k] {
                if let (Some(boss), _) = self.roles(toks, sm, &sm.triggers[j], s.lang, &cue_at) {
                    if roles.0 != Some(boss) {
                        roles.1 = roles.1.or(roles.0);
                        roles.0 = Some(boss);
                    }
                }
            }
            // "Indonesian police handed over a businessman wanted for fraud to Malaysian
            // authorities": people handed over to another state's police or authorities are an
            // extradition, judicial cooperation with that state, not a release.
            if kind == "RETREAT" && t.info.send && !korean {
                let next_verb =
                    sm.triggers.iter().filter(|u| u.s >= t.e && u.class == TriggerClass::Verb).map(|u| u.s).min();
                let own = roles.0.and_then(|i| sm.actors[i].country.as_deref());
                let recipient = sm.actors.iter().position(|a| {
                    a.s >= t.e
                        && next_verb.is_none_or(|v| a.e <= v)
                        && matches!(a.kind, Some("GOV" | "COP" | "JUD"))
                        && a.country.is_some()
                        && a.country.as_deref() != own
                        && (a.text_s.saturating_sub(3)..a.text_s).any(|i| cue_at(i, Cue::TargetPrep))
                });
                if let Some(r) = recipient {
                    kind = "COOPERATE".into();
                    mode = None;
                    roles.1 = Some(r);
                }
            }
            // "…opened fire on a bus, killing four teachers", "…обстреляли лагерь, убив двоих
            // активистов": those the harm after the attack names are its victims, actor 2.
            if kind == "ASSAULT" && !korean && t.class == TriggerClass::Verb {
                let harm = sm.triggers.iter().find(|u| {
                    u.s > t.e
                        && harm_participle(s.lang, toks, &sm.cues, u)
                        && !sm.triggers.iter().any(|w| w.s > t.e && w.s < u.s && w.class == TriggerClass::Verb)
                });
                if let Some(u) = harm {
                    let victims = sm.actors.iter().position(|a| {
                        a.s >= u.e
                            && a.s <= u.e + 4
                            && !a.is_country
                            && (u.e..a.s).all(|i| toks[i].kind != TokenKind::Punct)
                            && !(a.text_s > 0 && cue_at(a.text_s - 1, Cue::Prep))
                    });
                    // (…unless the two sides of the fight are its coordinated subject: "Peshmerga
                    // forces and fighters of … militia exchanged fire …, killing one Peshmerga
                    // fighter")
                    let group = |r: Option<usize>| r.and_then(|i| sm.actors[i].group);
                    let sides = group(roles.0).is_some() && group(roles.0) == group(roles.1);
                    if let Some(v) = victims.filter(|&v| Some(v) != roles.0 && !sides) {
                        roles.1 = Some(v);
                    }
                }
            }
            // Deaths or wounds with no one named as inflicting them, caused by an attack the
            // sentence names with its author: "погибли … в результате авиаудара военных Мьянмы",
            // "were killed in an airstrike by the army", "반군의 공격으로 숨졌다" — the attack's
            // author is the actor. (An armed or state force only; the attack noun's own genitive
            // or by-phrase, or a Korean genitive right before it.)
            if kind == "ASSAULT" && roles.0.is_none() && (t.info.fatal || t.info.q.as_deref() == Some("injured")) {
                let armed = |a: &ActorM| matches!(a.kind, Some("MIL" | "REB" | "UAF" | "CRM" | "COP" | "SPY"));
                let author = sm
                    .triggers
                    .iter()
                    .filter(|u| {
                        u.attack_noun()
                            && !u.info.fatal
                            // (a count of drones or missiles is no count of the harmed)
                            && u.info.q.as_deref().is_none_or(|q| q == "weapons")
                            && u.info.mode.as_deref() != Some("abduct")
                    })
                    .find_map(|u| {
                        sm.actors.iter().position(|a| {
                            let by = match s.lang {
                                // (…or inside the noun's own words: "удара израильского беспилотника")
                                Lang::Ru => a.s == u.e || (a.s > u.s && a.e <= u.e),
                                Lang::En => a.s == u.e + 1 && cue_at(u.e, Cue::Agent),
                                Lang::Ko => a.e == u.s && toks[a.e - 1].role() == Some(Role::Poss),
                                _ => false,
                            };
                            // (…or the other side of the fighting: "killed in fighting with Tajik
                            // forces", "в ходе столкновений демонстрантов с силами безопасности
                            // погибли…")
                            let opponent = s.lang != Lang::Ko
                                && ((a.text_s == u.e + 1 && cue_at(u.e, Cue::Opponent))
                                    // ("in the fighting with the militants")
                                    || (a.text_s == u.e + 2 && cue_at(u.e, Cue::Opponent) && cue_at(u.e + 1, Cue::Article))
                                    || (a.text_s == u.e + 2
                                        && cue_at(u.e + 1, Cue::Opponent)
                                        && sm.actors.iter().any(|b| b.s == u.e)));
                            armed(a) && (by || opponent)
                        })
                    });
                if let Some(a) = author {
                    roles.0 = Some(a);
                    if roles.1 == Some(a) {
                        roles.1 = None;
                    }
                }
            }
            // "X accused Y and called on Z": the second predicate shares the first one's actor;
            // so does a Russian adverbial participle after a comma ("выслал …, обвинив его").
            // (…and an English verbal participle after a comma: "suspended France 24, accusing
            // the channel of…")
            let gerund_en = s.lang == Lang::En
                && adverbial_participle(s.lang, toks, t.s)
                && matches!(kind.as_str(), "ACCUSE" | "REQUEST" | "THREATEN" | "SUPPORT" | "REJECT");
            let gerund = gerund_en || (s.lang == Lang::Ru && adverbial_participle(s.lang, toks, t.s));
            // (After a denial that is no act of its own — "The RSF denied targeting civilians and
            // accused the army…" — the subject is the denier's.)
            let denier = || {
                let d = sm.cues.iter().find(|c| c.2 == Cue::Denial && c.1 <= t.s)?;
                let i = sm.actors.iter().rposition(|a| a.e <= d.0 && d.0 - a.e <= 1)?;
                // (not a noun closing a relative clause before the denial: "X, which commands the
                // country's border troops, denied…" — X denies)
                match relative_clause(toks, &sm.cues, sm.actors[i].s) {
                    Some((r, _)) => sm.actors.iter().rposition(|a| a.e < r && r - a.e <= 2),
                    None => Some(i),
                }
            };
            // "X said Pakistani troops had fired first and urged Islamabad to…": a verbal act
            // after "and" that follows a reported clause is the speaker's, like the saying.
            let speaker_conj = || {
                let src_e = sm.source.as_ref()?.1;
                let say = sm.cues.iter().find(|&&(a, _, c)| c == Cue::AttrVerb && a >= src_e && a < t.s)?;
                let reported = sm.actors.iter().any(|x| x.s >= say.1 && x.e <= t.s);
                let verbal = matches!(kind.as_str(), "REQUEST" | "ACCUSE" | "REJECT" | "THREATEN" | "SUPPORT");
                (verbal && reported).then(|| source_actor(sm)).flatten()
            };
            if !korean && t.s > 0 && (cue_at(t.s - 1, Cue::Conj) || gerund) {
                // (", the army said, accusing Israel of…": the one saying)
                let said =
                    || (gerund_en && t.s >= 2 && cue_at(t.s - 2, Cue::AttrVerb)).then(|| source_actor(sm)).flatten();
                let speaker = speaker_conj().or_else(said);
                let shared = speaker.or(main_a1).or_else(denier);
                // ("Мы осуждаем действия полиции и требуем…": the first person acts in both)
                // (…and a Russian adverbial participle whose clause's actor is named later, a
                // counted crowd, not the city before it: "Несколько тысяч человек вышли … в центре
                // Тбилиси, требуя…")
                let place_named = roles.0.is_some_and(|a| sm.actors[a].is_country);
                if shared.is_none() && (we_acted || (gerund && s.lang == Lang::Ru && k > 0 && place_named)) {
                    roles.0 = None;
                }
                if let Some(a) = shared {
                    if roles.0 != Some(a) {
                        // (the reported clause's subject is no object of the speaker's act)
                        if speaker.is_none() && (roles.1.is_none() || roles.1 == Some(a)) {
                            roles.1 = roles.0.filter(|x| *x != a);
                        }
                        roles.0 = Some(a);
                        if roles.1 == Some(a) {
                            roles.1 = None;
                        }
                    }
                }
            }
            // "Türk said he was shocked by…", "the army said it had captured…": a pronoun right
            // after the verb of saying is the one saying.
            if s.lang == Lang::En {
                let said_pronoun = sm.cues.iter().any(|&(p, _, c)| {
                    c == Cue::Pronoun
                        && p < t.s
                        && p > 0
                        // (over "that" or a date: "said on Friday he was…")
                        && sm.cues.iter().any(|&(q, qe, c)| {
                            c == Cue::AttrVerb
                                && qe <= p
                                && p - qe <= 3
                                && !toks[qe..p].iter().any(|x| x.kind == TokenKind::Punct)
                                && !sm.actors.iter().any(|a| a.s >= qe && a.e <= p)
                                && q < p
                        })
                        && !sm.actors.iter().any(|a| a.s > p && a.e <= t.s)
                });
                if let (true, Some(sp)) = (said_pronoun, source_actor(sm)) {
                    if roles.0 != Some(sp) {
                        if roles.1 == Some(sp) {
                            roles.1 = roles.0.filter(|&x| sm.actors[x].s >= t.e);
                        }
                        roles.0 = Some(sp);
                    }
                }
            }
            // "Residents marched to the police station on Monday to demand protection": an act in
            // a purpose infinitive is done by the one who did the act before it in its clause.
            let purpose_of = (s.lang == Lang::En && t.s > 0 && toks[t.s - 1].lower == "to")
                .then(|| {
                    sm.triggers[..k].iter().rev().find(|u| {
                        u.class == TriggerClass::Verb
                            && u.e < t.s
                            && t.s - u.e <= 12
                            && !toks[u.e..t.s].iter().any(|x| matches!(x.norm.as_str(), "," | ";"))
                    })
                })
                .flatten();
            if let (Some(_), Some(a)) = (purpose_of, last_a1) {
                if roles.0 != Some(a) {
                    if roles.1 == Some(a) {
                        roles.1 = None;
                    }
                    roles.1 = roles.1.or(roles.0.filter(|&x| sm.actors[x].s > t.e));
                    roles.0 = Some(a);
                }
            }
            // (not from a relative clause's act: "police fired tear gas to disperse 300 people
            // who had blocked the entrance…, and arrested four of them" — the police arrest)
            let in_relative = (t.s.saturating_sub(3)..t.s).any(|r| {
                cue_at(r, Cue::Relative)
                    && r > 0
                    && sm.actors.iter().any(|a| a.e == r || (a.e + 1 == r && toks[a.e].norm == ","))
                    && !toks[r..t.s].iter().any(|x| x.kind == TokenKind::Punct)
            });
            if roles.0.is_some() {
                last_a1 = roles.0;
                if !in_relative {
                    main_a1 = roles.0;
                }
            } else if !in_relative && sm.cues.iter().any(|c| c.2 == Cue::FirstPerson && c.0 < t.s) {
                we_acted = true;
            }
            match modality {
                Modality::Asserted => {}
                // A protest announced on a condition ("탄압이 계속된다면 … 불매 운동에 나설 것이다",
                // "unless…, we will strike", "would hold a march unless Ruto resigned") is a threat;
                // a protest merely planned is no event.
                Modality::Future
                    if kind == "PROTEST"
                        && (sm
                            .cues
                            .iter()
                            .any(|&(a, _, c)| c == Cue::Hypothetical && (a < t.s || (!korean && a >= t.e)))
                            || (korean && toks[..t.s].iter().any(|x| korean_conditional(&x.norm)))) =>
                {
                    kind = "THREATEN".into();
                    mode = None;
                }
                // (a refusal said of the future is made now: "응하지 않겠다고 밝혔다")
                Modality::Future if kind == "REJECT" && t.info.pattern.contains('않') => {}
                Modality::Future if roles.0.is_some() => {
                    let coop = matches!(
                        kind.as_str(),
                        "AGREE" | "CONSULT" | "SUPPORT" | "CONCEDE" | "COOPERATE" | "AID" | "RETREAT"
                    );
                    if !(coop || matches!(kind.as_str(), "ASSAULT" | "COERCE" | "SANCTION" | "MOBILIZE" | "THREATEN")) {
                        drop(out, t, "announced for the future");
                        continue;
                    }
                    kind = if coop { "AGREE" } else { "THREATEN" }.to_string();
                    mode = None;
                }
                // A concession refused in a statement ("заявил, что не отзовёт законопроект",
                // "said it would not withdraw"): the refusal is the act (REJECT).
                Modality::Negated
                    if roles.0.is_some()
                        && matches!(
                            kind.as_str(),
                            "CONCEDE" | "RETREAT" | "AGREE" | "COOPERATE" | "AID" | "CONSULT"
                        )
                        && sm.cues.iter().any(|&(a, _, c)| c == Cue::AttrVerb && (a < t.s) != korean)
                        && !sm.cues.iter().any(|&(a, _, c)| c == Cue::Denial && (a < t.s) != korean)
                        // (not a condition: "would strike if the government did not open talks")
                        && (korean
                            || !sm.cues.iter().any(|&(a, _, c)| {
                                c == Cue::Hypothetical
                                    && a < t.s
                                    && !toks[a..t.s].iter().any(|x| matches!(x.norm.as_str(), "," | ";"))
                            })) =>
                {
                    mode = match kind.as_str() {
                        "CONSULT" => Some("meet".into()),
                        "AID" | "COOPERATE" => Some("assist".into()),
                        "CONCEDE" | "RETREAT" => Some("yield".into()),
                        _ => None,
                    };
                    kind = "REJECT".into();
                }
                m => {
                    drop(out, t, &format!("{} — not reported as having happened", m.as_str()));
                    continue;
                }
            }
            let (mut a1, mut a2) = roles;
            // "Задержаны 42 человека, сообщила полиция Аттики", "Dozens were detained, police
            // said": a security force reporting an agentless arrest or release made it.
            // (…and militants "neutralised", as an army reports them: "По данным армии Чада, …
            // уничтожены не менее 96 боевиков")
            let armed_victims =
                kind == "ASSAULT" && a2.is_some_and(|j| matches!(sm.actors[j].kind, Some("REB" | "UAF" | "CRM")));
            if a1.is_none() && !korean && (matches!(kind.as_str(), "COERCE" | "RETREAT") || armed_victims) {
                if let Some(sp) = source_actor(sm)
                    .filter(|&sp| Some(sp) != a2 && matches!(sm.actors[sp].kind, Some("COP" | "MIL" | "SPY")))
                {
                    a1 = Some(sp);
                }
            }
            // Killing with no one named as killing ("…shelled the village, and the strikes killed
            // 12") is the harm of the attack the sentence names, not an attack of its own; deaths
            // in a disaster ("floods have killed 62") are no attack at all.
            // (nor is destruction by one: "Засуха уничтожила урожай", "floods destroyed 300
            // homes")
            // (A disaster nearer the verb than any actor is its subject, killing included:
            // "the EU will send aid to Malawi, where floods triggered by days of rain have killed
            // 62", "Napat said the cyclone had killed 11".)
            let disaster_subject = sm.cues.iter().any(|c| {
                c.2 == Cue::Disaster
                    && c.1 <= t.s
                    && t.s - c.1 <= 8
                    && !toks[c.1..t.s].iter().any(|x| x.kind == TokenKind::Punct)
                    && a1.is_none_or(|i| sm.actors[i].e <= c.0)
            });
            if kind == "ASSAULT"
                && ((a1.is_none()
                    && !t.info.fatal
                    && sm.cues.iter().any(|c| c.2 == Cue::Disaster && c.1 <= t.s && t.s - c.1 <= 3))
                    || disaster_subject)
            {
                drop(out, t, "harm done by a disaster, not an attack");
                continue;
            }
            if kind == "ASSAULT" && t.info.fatal && a1.is_none() && !t.info.passive {
                let other_attack = sm.triggers.iter().enumerate().any(|(j, u)| {
                    // (wounding is harm too, not the attack: "four were killed and two wounded")
                    j != k
                        && keep[j]
                        && u.info.kind == "ASSAULT"
                        && !(u.info.fatal && u.class == TriggerClass::Verb)
                        && u.info.q.as_deref() != Some("injured")
                });
                if other_attack {
                    drop(out, t, "the deaths of the attack named in the sentence");
                    continue;
                }
                if sm.cues.iter().any(|c| c.2 == Cue::Disaster) {
                    drop(out, t, "deaths in a disaster, not an attack");
                    continue;
                }
            }
            // "X claimed that Russia tortured prisoners": the speaker accuses the one said to
            // have acted; the act itself is not reported as fact. (A speaker's claim about its
            // own act — "police said they eliminated…" — stays the act, attributed.)
            // (A claim of deaths in an attack is the attack, attributed to its claimant: ACLED
            // codes the violence and records who reports it.)
            // (deaths counted: a killing with a number, or a word for the dead — not "tried to
            // assassinate him")
            let deadly = || {
                kind == "ASSAULT"
                    && ((t.info.fatal && !sm.numbers.is_empty())
                        || (0..toks.len())
                            .any(|i| lk.quantities.matches_at(toks, i).iter().any(|m| m.value == "fatalities")))
            };
            // "Djuric said Belgrade would respond": the one saying makes the threat or the promise
            // (a verbal act, the speaker's own word). (English and Russian: a Korean topic before a
            // quotation is the speaker already.)
            if matches!(kind.as_str(), "THREATEN" | "AGREE") && (t.info.future || t.info.kind != kind) && !korean {
                if let Some(sp) = source_actor(sm).filter(|&sp| Some(sp) != a1 && sm.actors[sp].e <= t.s) {
                    // (another state named as the one to act is the one threatened or promised)
                    if a2.is_none() && a1.is_some_and(|a| sm.actors[a].country != sm.actors[sp].country) {
                        a2 = a1;
                    }
                    a1 = Some(sp);
                }
            }
            let mut claimed_by: Option<&Actor> = None;
            // (A claim governs its clause: what precedes the Korean verb of claiming, what follows
            // the English or Russian one — not the acts after "…라고 주장하며".)
            let claimed = sm.cues.iter().any(|&(a, b, c)| {
                (c == Cue::Allege && if korean { t.e <= a } else { t.s >= b })
                    || (c == Cue::AllegeAfter && allege_after(a) && t.e <= a)
            });
            let alleging = alleging.filter(|_| claimed);
            let claimant = claimant.as_ref().filter(|_| claimed);
            // (not a claim about one's own side: "Russia's defence ministry said its forces had
            // captured the village, a claim Kyiv did not confirm" is the capture, attributed)
            let own_side = |sp: usize| {
                // (a state's bodies are one side; armed groups of one country are not)
                a1.is_some_and(|a| {
                    sm.actors[a].country.is_some()
                        && sm.actors[a].country == sm.actors[sp].country
                        && !sm.actors[a].is_country
                        && state_body(sm.actors[a].kind)
                        && state_body(sm.actors[sp].kind)
                })
            };
            if let Some(sp) = alleging.filter(|&sp| a1 != Some(sp) && !deadly() && !own_side(sp)) {
                kind = "ACCUSE".into();
                mode = Some("allege".into());
                a2 = a1.or(a2);
                a1 = Some(sp);
            } else if let Some(c) = claimant.filter(|_| {
                // (not the claimant's own act: "야당 측은 … 주장했다" with 야당 as actor)
                a1.is_some_and(|i| sm.source.as_ref().is_some_and(|x| sm.actors[i].e <= x.0 || sm.actors[i].s >= x.1))
                    && !deadly()
            }) {
                kind = "ACCUSE".into();
                mode = Some("allege".into());
                a2 = a1;
                a1 = None;
                claimed_by = Some(c);
            }
            // List of actors with numbers ("France 500, Germany 300"): one event per actor.
            let mut pairs = list_pairs(sm, toks);
            // (a Korean verb comes after its actors: counted people after it are whom it struck,
            // "공습해 혁명수비대원 9명과 주민 3명 등 12명이 숨지고")
            if korean {
                pairs.retain(|&(ai, _)| sm.actors[ai].e <= t.s);
            }
            if pairs.len() >= 2 && sm.triggers.len() == 1 {
                for (ai, ni) in pairs {
                    let q = t.info.q.clone().unwrap_or_else(|| "people".into());
                    self.push_event(
                        &cx,
                        Candidate {
                            t,
                            kind: &kind,
                            mode: mode.clone(),
                            a1: Some(ai),
                            a2: a2.filter(|x| *x != ai),
                            nums: &[(ni, q)],
                            speaker: None,
                        },
                        out,
                    );
                }
                continue;
            }
            let nums = self.numbers_for(toks, sm, lk, t, a1, a2, &kind, &keep);
            // "killed in clashes between the army and the rebels": the two sides are the actors (the dead
            // counted as before).
            if kind == "ASSAULT" {
                let sides = sm.cues.iter().filter(|c| c.2 == Cue::Between).find_map(|&(_, b, _)| {
                    let first = sm
                        .actors
                        .iter()
                        .position(|x| x.text_s == b || (x.text_s == b + 1 && cue_at(b, Cue::Article)))?;
                    let g = sm.actors[first].group?;
                    let second = (first + 1..sm.actors.len()).find(|&j| sm.actors[j].group == Some(g))?;
                    Some((first, second))
                });
                if let Some((x, y)) = sides {
                    if a1.is_none() || a1 == Some(x) {
                        a1 = Some(x);
                        a2 = Some(y);
                    }
                } else if a1.is_none() {
                    // (one plural side named: "in fighting between rival clans", "clashes between
                    // Kusasi and Mamprusi militias" — its members fight each other)
                    let side = sm.cues.iter().filter(|c| c.2 == Cue::Between).find_map(|&(_, b, _)| {
                        sm.actors.iter().position(|x| {
                            x.s >= b
                                && x.s <= b + 3
                                && !x.is_country
                                && matches!(x.kind, Some("REB" | "UAF" | "CRM" | "MIL" | "COP" | "PRO" | "RIO" | "CVL"))
                                && !toks[b..x.s].iter().any(|w| w.kind == TokenKind::Punct)
                        })
                    });
                    if let Some(x) = side.filter(|&x| Some(x) != a2) {
                        a1 = Some(x);
                    }
                }
            }
            // The forces deployed are no party to their deployment ("soldiers and police officers"
            // sent together are one deployment); a state they are sent to is (the seed's
            // "카자흐스탄에 … 파병").
            if kind == "MOBILIZE" && a2.is_some_and(|i| !sm.actors[i].is_country && sm.actors[i].kind != Some("GOV")) {
                a2 = None;
            }
            // Coordinated actors ("called on the army and the RSF") give one event per dyad,
            // unless the coordination is the dyad itself (reciprocal acts: a2 is a1's partner).
            let partners = |x: Option<usize>, other: Option<usize>| -> Vec<Option<usize>> {
                let g = x.and_then(|i| sm.actors[i].group);
                if g.is_none() || g == other.and_then(|o| sm.actors[o].group) {
                    return vec![x];
                }
                let members: Vec<usize> = (0..sm.actors.len()).filter(|&i| sm.actors[i].group == g).collect();
                // One crowd of several kinds of people ("주민과 야권 지지자 수천 명", "students and
                // workers") protests as one: one event, named by its protesters if any.
                let crowd = |i: &usize| {
                    matches!(sm.actors[*i].kind, Some("PRO") | Some("RIO") | Some("CVL") | Some("LAB") | Some("EDU"))
                };
                if members.iter().all(crowd) && x.is_some_and(|i| crowd(&i)) {
                    let pro = members.iter().copied().find(|&i| matches!(sm.actors[i].kind, Some("PRO") | Some("RIO")));
                    return vec![pro.or(x)];
                }
                members.into_iter().map(Some).collect()
            };
            // A statement's author speaks without naming itself ("특히 …에게 호소한다", "We also
            // call on…"): a verbal act with no actor takes the actor of the verbal act just before
            // it in this or the previous paragraph.
            let verbal =
                matches!(kind.as_str(), "REQUEST" | "SUPPORT" | "ACCUSE" | "REJECT" | "AGREE" | "THREATEN" | "CONSULT");
            let first_person = korean || sm.cues.iter().any(|c| c.2 == Cue::FirstPerson);
            let we = sm.cues.iter().any(|c| c.2 == Cue::FirstPerson);
            // (an English subject pronoun opening the clause, with no actor before the verb)
            let subject_pronoun = sm.cues.iter().find(|&&(p, _, c)| {
                s.lang == Lang::En
                    && c == Cue::Pronoun
                    && p < t.s
                    && (p == 0 || toks[p - 1].kind == TokenKind::Punct)
                    && !sm.actors.iter().any(|a| a.s >= p && a.e <= t.s)
            });
            let pronoun_subject = subject_pronoun.is_some();
            let he = subject_pronoun.is_some_and(|&(p, _, _)| cue_at(p, Cue::PersonPronoun));
            // "We, Iran Justice Watch, condemn…": the apposition after an opening "We," names the
            // author (an unknown body of the country it names; a known one keeps its type).
            let we_named = (s.lang == Lang::En && verbal_kind(&kind))
                .then(|| {
                    let open =
                        toks.first().is_some_and(|x| x.lower == "we") && toks.get(1).is_some_and(|x| x.norm == ",");
                    let c = (2..t.s).find(|&i| toks[i].norm == ",").filter(|_| open)?;
                    (c > 2 && a1.is_none_or(|i| sm.actors[i].s >= 2 && sm.actors[i].e <= c)).then_some(c)
                })
                .flatten()
                .map(|c| {
                    let inner: Vec<&ActorM> = sm.actors.iter().filter(|a| a.s >= 2 && a.e <= c).collect();
                    let body = inner
                        .iter()
                        .find(|a| a.kind == Some("IGO"))
                        .or_else(|| inner.iter().find(|a| !a.is_country && a.kind.is_some()));
                    Actor {
                        text: doc.text[toks[2].start..toks[c - 1].end].to_string(),
                        name: body.and_then(|a| a.canonical.clone()),
                        kind: Some(body.and_then(|a| a.kind).unwrap_or("CVL").to_string()),
                        country: body
                            .and_then(|a| a.country.clone())
                            .or_else(|| inner.iter().find_map(|a| a.country.clone()))
                            .filter(|_| body.is_none_or(|b| !b.international && b.kind != Some("IGO")))
                            .or_else(|| {
                                body.is_none()
                                    .then(|| {
                                        author
                                            .and_then(|au| au.country.clone())
                                            .or_else(|| doc_country.map(String::from))
                                    })
                                    .flatten()
                            }),
                        span: Some(Span::new(toks[2].start, toks[c - 1].end)),
                    }
                });
            if we_named.is_some() {
                a1 = None;
            }
            let speaker = if let Some(w) = we_named {
                Some(w)
            } else if let Some(c) = claimed_by {
                Some(c.clone())
            } else if let Some(w) =
                a1.is_none().then(|| self.armed_by_adjective(&doc.text, toks, sm, lk, t, &kind)).flatten()
            {
                Some(w)
            } else if a1.is_none() && verbal && we && author.is_some() {
                author.cloned()
            } else if a1.is_none()
                && (verbal || (kind == "SANCTION" && author.is_some_and(|au| au.kind.as_deref() == Some("GOV"))))
                && author.is_some()
                && (t.s.saturating_sub(2)..t.s).any(|i| cue_at(i, Cue::PassiveAux))
            {
                // "Ему была вручена нота протеста", "the ambassador was summoned": an agentless
                // diplomatic act in a statement is its author's.
                author.cloned()
            } else if let Some(prev) = (a1.is_none() && pronoun_subject)
                .then(|| {
                    // "He warned that…", "She urged…": the actor of the act just reported.
                    let recent = || out.events.iter().rev().take_while(|e| e.doc_id == doc.id);
                    let near = |e: &&Event| s.start.saturating_sub(e.evidence.end) < 400;
                    // (a verbal act's, the one who last spoke, over a deed told in between: "The
                    // Chairperson … condemns the attack by armed groups … He further urges…")
                    let speaker = verbal
                        .then(|| {
                            recent()
                                .find(|e| e.actor1.is_some() && verbal_kind(&e.kind))
                                .filter(|e| s.start.saturating_sub(e.evidence.end) < 600)
                        })
                        .flatten();
                    // ("He warned…" takes up one who speaks for a body, not a crowd)
                    let person = |e: &&Event| {
                        !he || e
                            .actor1
                            .as_ref()
                            .is_some_and(|a| !matches!(a.kind.as_deref(), Some("PRO" | "RIO" | "CVL")))
                    };
                    let speaker = speaker.filter(person).or_else(|| {
                        verbal
                            .then(|| {
                                recent()
                                    .filter(|e| s.start.saturating_sub(e.evidence.end) < 600)
                                    .find(|e| e.actor1.is_some() && verbal_kind(&e.kind) && person(e))
                            })
                            .flatten()
                    });
                    // (…or the last official named in the sentences just before, whether or not
                    // an event was coded from them: "Kenya's interior minister, Kipchumba
                    // Murkomen, defended the police … He warned…")
                    let named = || {
                        out.mentions
                            .iter()
                            .rev()
                            .filter(|m| m.kind == "actor" && m.span.end <= s.start && s.start - m.span.end < 400)
                            .find(|m| {
                                let text = &doc.text[m.span.start..m.span.end];
                                // (an official, or a commander of a force named with a name:
                                // "police commander George Kakas")
                                let named_person = text
                                    .split_whitespace()
                                    .skip(1)
                                    .any(|w| w.chars().next().is_some_and(char::is_uppercase));
                                let kind = m.label.split(' ').next();
                                (matches!(kind, Some("GOV" | "OPP" | "JUD" | "LEG" | "SPY" | "REL" | "IGO"))
                                    || (matches!(kind, Some("COP" | "MIL" | "REB")) && named_person))
                                    // (not a country or city named for its government)
                                    && !out.mentions.iter().any(|p| p.kind == "place" && p.span.start == m.span.start)
                                    && !text.split_whitespace().last().is_some_and(|w| {
                                        w.chars().next().is_some_and(char::is_lowercase) && w.ends_with('s')
                                    })
                            })
                            .map(|m| {
                                let mut l = m.label.split(' ');
                                let a = Actor {
                                    text: doc.text[m.span.start..m.span.end].to_string(),
                                    name: None,
                                    kind: l.next().filter(|k| *k != "?").map(String::from),
                                    country: l.next().filter(|c| *c != "?").map(String::from).or_else(|| {
                                        doc_country.filter(|_| !m.label.starts_with("IGO")).map(String::from)
                                    }),
                                    span: None,
                                };
                                (m.span.start, a)
                            })
                    };
                    let prior = recent().find(|e| e.actor1.is_some() && person(e)).filter(near);
                    let named = he.then(named).flatten();
                    match (speaker, prior, named) {
                        (Some(e), _, _) => e.actor1.clone(),
                        // (the more recent of the two)
                        (None, Some(e), Some((at, _))) if e.evidence.start > at => e.actor1.clone(),
                        (None, _, Some((_, n))) => Some(n),
                        (None, p, None) => p.and_then(|e| e.actor1.clone()),
                    }
                })
                .flatten()
            {
                let mut a = prev;
                a.span = None;
                Some(a)
            } else if a1.is_none() && verbal && first_person {
                out.events
                    .iter()
                    .rev()
                    .take_while(|e| e.doc_id == doc.id)
                    .find(|e| {
                        matches!(
                            e.kind.as_str(),
                            "REQUEST" | "SUPPORT" | "ACCUSE" | "REJECT" | "AGREE" | "THREATEN" | "CONSULT"
                        ) && e.actor1.is_some()
                    })
                    .filter(|e| s.start.saturating_sub(e.evidence.end) < 600)
                    .and_then(|e| e.actor1.clone())
                    .map(|mut a| {
                        a.span = None;
                        a
                    })
                    // With no act of its own just before, the statement's author speaks.
                    .or_else(|| author.filter(|_| sm.cues.iter().any(|c| c.2 == Cue::FirstPerson) || korean).cloned())
            } else {
                None
            };
            // A mutual act ("exchanged prisoners") is one act by each side on the other.
            let mut dyads: Vec<(Option<usize>, Option<usize>)> = Vec::new();
            // (Joint attackers are one attack: "soldiers and militiamen killed 30" — named by the
            // first.)
            let joint = kind == "ASSAULT" && a1.is_some_and(|i| sm.actors[i].group.is_some());
            let firsts = if joint {
                let g = a1.and_then(|i| sm.actors[i].group);
                vec![(0..sm.actors.len()).find(|&i| sm.actors[i].group == g)]
            } else {
                partners(a1, a2)
            };
            // A meeting, an agreement or a joint act of a coordinated subject ("Thailand and
            // Cambodia met", "Armenia and Azerbaijan agreed…") is one act between them: the first
            // is actor 1, the other actor 2 unless another party is named.
            // (by the word's own type: a promise "X and Y offered to send…" is each one's; and
            // not an exchange, which is each side's act on the other)
            let together = matches!(t.info.kind, "CONSULT" | "AGREE" | "COOPERATE")
                && kind == t.info.kind
                && !t.info.mutual
                && firsts.len() >= 2;
            if together {
                let x2 = a2.filter(|&y| !firsts.contains(&Some(y))).or(firsts[1]);
                dyads.push((firsts[0], x2));
            } else {
                for x1 in firsts {
                    for x2 in partners(a2, a1) {
                        dyads.push((x1, x2));
                    }
                }
            }
            if t.info.mutual {
                if let (Some(x), Some(y)) = (a1, a2) {
                    if sm.actors[x].group.is_some() && sm.actors[x].group == sm.actors[y].group {
                        dyads.push((Some(y), Some(x)));
                    }
                }
            }
            for (x1, x2) in dyads {
                {
                    self.push_event(
                        &cx,
                        Candidate {
                            t,
                            kind: &kind,
                            mode: mode.clone(),
                            a1: x1,
                            a2: x2,
                            nums: &nums,
                            speaker: speaker.as_ref(),
                        },
                        out,
                    );
                }
            }
        }
        // A counted crowd of protesters that demands, denounces or blocks is itself a protest
        // ("지지자 수천 명이 … 요구했다", "Demonstrators, about 3,000 of them, … demanded"): the
        // sentence also gives a PROTEST when nothing in it is coded as one.
        if !question && !slogan {
            self.implied_protest(&cx, out);
        }
        // People who protest are protesters (ACLED): residents, relatives, students or displaced
        // people who rally are coded PRO in the protest and in what the same crowd does in that
        // sentence.
        // (…but people on strike are workers, LAB, as the gold codes 70 of 85 strikers:
        // "Thousands of teachers went on strike")
        let crowd_spans: Vec<(Span, bool)> = out
            .events
            .iter()
            .filter(|e| e.evidence.start == s.start && e.kind == "PROTEST")
            .filter_map(|e| e.actor1.as_ref().map(|a| (a, e.mode.as_deref() == Some("strike"))))
            .filter(|(a, _)| matches!(a.kind.as_deref(), Some("CVL") | Some("EDU") | Some("REF")))
            .filter_map(|(a, strike)| a.span.map(|sp| (sp, strike)))
            .collect();
        for e in out.events.iter_mut().filter(|e| e.evidence.start == s.start) {
            for a in [&mut e.actor1, &mut e.actor2].into_iter().flatten() {
                if let Some(&(_, strike)) = crowd_spans.iter().find(|(sp, _)| a.span == Some(*sp)) {
                    a.kind = Some(if strike { "LAB" } else { "PRO" }.into());
                }
            }
        }
        // A list with no trigger of its own, after a sentence about troops or weapons.
        if sm.triggers.is_empty() && !question && !slogan {
            let pairs = list_pairs(sm, toks);
            if pairs.len() >= 2 {
                if let Some(t) = prev
                    .iter()
                    .flat_map(|p| p.triggers.iter())
                    .find(|t| t.info.q.as_deref().is_some_and(|q| q == "troops" || q == "weapons"))
                {
                    let q = t.info.q.clone().unwrap();
                    let t2 = Trig {
                        s: pairs[0].0.min(sm.actors[pairs[0].0].s),
                        e: sm.actors[pairs[0].0].e,
                        info: t.info,
                        class: t.class,
                    };
                    // The event the list continues (its destination and place stand for the list's).
                    let cont = out
                        .events
                        .iter()
                        .rev()
                        .take_while(|e| e.doc_id == doc.id)
                        .find(|e| e.kind == t.info.kind)
                        .map(|e| (e.actor2.clone(), e.location.clone(), e.country.clone()));
                    for (ai, ni) in pairs {
                        let t_one = Trig { s: sm.actors[ai].s, e: sm.actors[ai].e, ..t2.clone() };
                        let before = out.events.len();
                        self.push_event(
                            &cx,
                            Candidate {
                                t: &t_one,
                                kind: t.info.kind,
                                mode: t.info.mode.clone(),
                                a1: Some(ai),
                                a2: None,
                                nums: &[(ni, q.clone())],
                                speaker: None,
                            },
                            out,
                        );
                        if let (Some(e), Some((a2, loc, country))) = (out.events.get_mut(before), cont.as_ref()) {
                            if e.actor2.is_none() {
                                e.actor2 = a2.clone().map(|mut a| {
                                    a.span = None;
                                    a
                                });
                            }
                            // Troops listed after a deployment go where it goes: its actor 2's
                            // country, else its place.
                            let dest =
                                a2.as_ref().and_then(|a| a.country.as_deref()).and_then(|c| self.knowledge.country(c));
                            if let Some(c) = dest {
                                e.location = Some(Location {
                                    text: a2.as_ref().map(|a| a.text.clone()).unwrap_or_default(),
                                    name: c.name.clone(),
                                    country: Some(c.iso3.clone()),
                                    lat: Some(c.lat),
                                    lon: Some(c.lon),
                                    precision: "country".into(),
                                    span: None,
                                });
                                e.country = Some(c.iso3.clone());
                            } else if e.location.is_none() {
                                e.location = loc.clone().map(|mut l| {
                                    l.span = None;
                                    l
                                });
                                if country.is_some() {
                                    e.country = country.clone();
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Whether the text reports the trigger's act as having happened.
    #[allow(clippy::too_many_arguments)]
    fn modality(
        &self,
        toks: &[Token],
        t: &Trig,
        korean: bool,
        cue_at: &dyn Fn(usize, Cue) -> bool,
        cue_in: &dyn Fn(usize, usize, Cue) -> bool,
        cues: &[(usize, usize, Cue)],
        triggers: &[Trig],
    ) -> Modality {
        // A denial governs the clause it takes: after it in English and Russian, before it in
        // Korean — up to the next act ("denied that civilians were killed and accused the army
        // of…": the accusation stands). A rejection that is itself a denial ("отверг обвинения",
        // "rejected the accusations") is no act either.
        if !korean {
            if cues.iter().any(|&(a, _, c)| c == Cue::Denial && a == t.s) {
                return Modality::Negated;
            }
            let last = cues.iter().filter(|&&(a, _, c)| c == Cue::Denial && a < t.s).map(|&(_, b, _)| b).max();
            if let Some(b) = last {
                // …or up to a new verb of saying ("dismissed the accusation and said Moscow
                // would respond") or a verb joined by "and" ("denied targeting civilians and
                // accused the army…").
                let between =
                    triggers.iter().any(|u| u.class == TriggerClass::Verb && u.s >= b && u.e <= t.s && u.s != t.s)
                        || cues.iter().any(|&(a, _, c)| c == Cue::AttrVerb && a >= b && a < t.s)
                        || (t.s > b && cue_at(t.s - 1, Cue::Conj));
                if !between {
                    return Modality::Negated;
                }
            }
        } else if cues.iter().any(|&(a, _, c)| {
            // (…in its own clause: not past "…주장했으나, 모랄레스 측은 이를 부인했다")
            c == Cue::Denial
                && a >= t.e
                && !(t.e + 1..a)
                    .any(|i| toks[i].norm == "," && ["나", "만", "데"].iter().any(|e| toks[i - 1].norm.ends_with(e)))
        }) {
            return Modality::Negated;
        }
        if korean {
            // Negation: 안/못 right before the predicate, 않/못 in or right after it.
            if t.s > 0 && cue_at(t.s - 1, Cue::Negation) && toks[t.s - 1].norm.chars().count() == 1 {
                return Modality::Negated;
            }
            let win_end = (t.e + 2).min(toks.len());
            let pred = &toks[t.e - 1].norm;
            // (…unless the trigger says it itself: "좌시하지 않겠다", "응하지 않겠다고")
            let own_negation = t.info.pattern.contains('않') || t.info.pattern.contains('못');
            let negated_in_word =
                !own_negation && (toks[t.e - 1].norm.contains("않") || toks[t.e - 1].norm.contains("못"));
            if negated_in_word || (t.e..win_end).any(|i| cue_at(i, Cue::Negation) && toks[i].norm.chars().count() > 1) {
                return Modality::Negated;
            }
            // "-면" (if) and "-ㄹ지" (whether: 나설지는 불투명하다).
            let whether = pred.char_indices().any(|(i, c)| c == '지' && last_syllable_is(&pred[..i], 'ㄹ'));
            // (a verb in -다면/-으면 right after an event noun: "탄압이 계속된다면")
            let conditional_after = (t.e..win_end).any(|i| korean_conditional(&toks[i].norm));
            if (t.e..win_end).any(|i| cue_at(i, Cue::Hypothetical))
                || pred.ends_with('면')
                || whether
                || conditional_after
            {
                return Modality::Hypothetical;
            }
            // "공격할 것이다": a verb in -ㄹ before 것 (not 것을, the object of a request) is future.
            let will = (t.e - 1..win_end).any(|i| {
                last_syllable_is(&toks[i].norm, 'ㄹ')
                    && toks.get(i + 1).is_some_and(|n| n.norm.starts_with('것') && !n.norm.starts_with("것을"))
            });
            if !t.info.future
                && (will
                    || (t.e - 1..win_end).any(|i| cue_at(i, Cue::Future))
                    || pred.ends_with("겠다")
                    || pred.contains("겠"))
            {
                return Modality::Future;
            }
            Modality::Asserted
        } else {
            // (four words back; quote marks around a phrase inside the clause are not words:
            // `had "no intention" of using force`)
            let quote = |i: usize| toks[i].kind == TokenKind::Punct && quote_mark(&toks[i].norm) && toks[i].norm != "'";
            let inner_quote = |i: usize| {
                quote(i) && toks.get(i + 1).is_some_and(|n| n.norm.chars().next().is_some_and(char::is_lowercase))
            };
            let a = {
                let (mut a, mut n) = (t.s, 0);
                while a > 0 && n < 4 {
                    a -= 1;
                    if !quote(a) {
                        n += 1;
                    }
                }
                a
            };
            let clause_start = (0..t.s)
                .rev()
                .find(|&i| {
                    let x = &toks[i];
                    x.kind == TokenKind::Punct
                        && matches!(x.norm.as_str(), "," | ";" | ":" | "—" | "\"")
                        && !(x.norm == "\"" && inner_quote(i))
                })
                .map(|p| p + 1)
                .unwrap_or(0);
            // A finite past verb after "and" is a predicate of its own: "would appeal and accused
            // the prosecutors", "не будет … и обвинил" — the modal before "and" is not its.
            let w = &toks[t.s].lower;
            let finite_past = w.ends_with("ed") || ["л", "ла", "ли", "ло"].iter().any(|e| w.ends_with(e));
            let clause_start = if t.s > 0 && cue_at(t.s - 1, Cue::Conj) && finite_past { t.s } else { clause_start };
            // "пострадавших нет", "casualties: none" — a negation right after the trigger that
            // ends the clause.
            let negated_after = t.e < toks.len()
                && cue_at(t.e, Cue::Negation)
                && toks.get(t.e + 1).is_none_or(|x| x.kind == TokenKind::Punct);
            if cue_in(a.max(clause_start), t.s, Cue::Negation) || negated_after {
                return Modality::Negated;
            }
            // (…unless the condition has its own act and a modal of the future follows it, before
            // this act or opening it: this act is the consequence, "anyone who attacks the police
            // will be arrested" — future, and a threat when the trigger says so)
            let condition_at = (clause_start..t.s).rev().find(|&i| cue_at(i, Cue::Hypothetical));
            if let Some(h) = condition_at {
                let consequence = (h + 1..=t.s).find(|&i| cue_at(i, Cue::Future)).is_some_and(|f| {
                    cue_at(h, Cue::Condition)
                        || triggers.iter().any(|u| u.class == TriggerClass::Verb && u.s > h && u.e <= f)
                });
                if !consequence {
                    return Modality::Hypothetical;
                }
            }
            if !t.info.future && cue_in(a.max(clause_start), t.s, Cue::Future) {
                return Modality::Future;
            }
            // An event noun as the subject of a future verb: "the blockades would spread to…",
            // "the strike will continue".
            if t.class == TriggerClass::Noun && !t.info.future && cue_in(t.e, (t.e + 2).min(toks.len()), Cue::Future) {
                return Modality::Future;
            }
            // "Если …, мы объявим голодовку": the main clause after a sentence-opening condition
            // is what will follow it (a Russian perfective future has no auxiliary to mark it).
            let past = |x: &Token| ru_past(&x.lower);
            let condition = cues.iter().any(|&(a, _, c)| {
                c == Cue::Hypothetical && a <= 1 && toks[..a].iter().all(|x| x.kind == TokenKind::Punct)
            });
            if condition && clause_start > 1 && !toks[clause_start..t.e].iter().any(past) {
                return Modality::Future;
            }
            // "Оттава выделит 30 млн", "Мадрид передаст Марокко 40 внедорожников": a Russian
            // perfective verb in the present-tense form is future (endings in cases.tsv, `future`).
            let future_form = |w: &str| {
                self.knowledge
                    .lang(Lang::Ru)
                    .is_some_and(|lk| lk.cases.iter().any(|(e, c)| c == "future" && w.ends_with(e.as_str())))
            };
            // (not a short participle after a past auxiliary: "был избит")
            if t.class == TriggerClass::Verb
                && !past(&toks[t.s])
                && !(t.s > 0 && past(&toks[t.s - 1]))
                && future_form(&toks[t.s].lower)
            {
                return Modality::Future;
            }
            Modality::Asserted
        }
    }

    /// "An Israeli drone strike hit…", "Russian missiles struck…", "российские беспилотники
    /// атаковали…": a nationality adjective on the weapon that attacks (no actor named) makes
    /// that country's forces actor 1.
    fn armed_by_adjective(
        &self,
        text: &str,
        toks: &[Token],
        sm: &SentMentions,
        lk: &LangKnowledge,
        t: &Trig,
        kind: &str,
    ) -> Option<Actor> {
        if !matches!(kind, "ASSAULT" | "MOBILIZE") {
            return None;
        }
        // (…or before the attack noun that is the verb's subject: "A Turkish drone strike on a
        // car near Penjwen killed two men")
        let noun = sm
            .triggers
            .iter()
            .filter(|u| u.attack_noun() && u.e <= t.s && !toks[u.e..t.s].iter().any(|x| x.kind == TokenKind::Punct))
            .map(|u| (u.s, u.e))
            .min();
        let lo = noun.map_or(t.s, |(s, _)| s).saturating_sub(if noun.is_some() { 3 } else { 5 });
        let m = (lo..t.e).flat_map(|i| lk.adjectives.matches_at(toks, i).into_iter().next()).last()?;
        // (over the noun's own prepositional phrase: "Israeli air strikes on two villages in
        // southern Lebanon killed…")
        let noun_pp = noun.map(|(_, e)| e).filter(|&e| cue_at_tok(&sm.cues, e, Cue::Prep));
        let clear = !toks[m.end..t.s.max(m.end)].iter().any(|x| x.kind == TokenKind::Punct)
            && !sm.actors.iter().any(|a| a.s >= m.start && a.s < t.e && noun_pp.is_none_or(|e| a.s < e));
        if !clear || m.start >= t.e {
            return None;
        }
        let country = self.knowledge.country(m.value)?;
        let end = noun.map_or(t.s, |(_, e)| e).max(m.end);
        let span = Span::new(toks[m.start].start, toks[end - 1].end);
        Some(Actor {
            text: text[span.start..span.end].to_string(),
            name: Some(format!("{} forces", country.name)),
            kind: Some("MIL".into()),
            country: Some(country.iso3.clone()),
            span: Some(span),
        })
    }

    /// Whether an English verb trigger is a past participle modifying the noun before it: an
    /// "-ed" form with no auxiliary, followed by a preposition, and either set off by a comma at
    /// the start of a phrase or following the object of an earlier act in the same clause.
    fn reduced_relative(
        &self,
        toks: &[Token],
        t: &Trig,
        cues: &[(usize, usize, Cue)],
        triggers: &[Trig],
        subject_before: bool,
    ) -> bool {
        let w = &toks[t.s];
        if t.s == 0 || !w.lower.ends_with("ed") || w.norm.chars().next().is_some_and(char::is_uppercase) {
            return false;
        }
        let cue_at = |i: usize, k: &[Cue]| cues.iter().any(|&(a, _, c)| a == i && k.contains(&c));
        // (the preposition may close the pattern itself: "brokered by")
        let after = |k: &[Cue]| cue_at(t.e, k) || (t.e - t.s > 1 && cue_at(t.e - 1, k));
        let prep_after = after(&[Cue::Prep, Cue::LocPrep, Cue::TargetPrep, Cue::Agent, Cue::Charge]);
        if !prep_after {
            return false;
        }
        // A participle with its agent ("an exchange mediated by the UAE") in a sentence with
        // another act describes a noun at any distance from that act.
        let by = after(&[Cue::Agent]);
        // (so does "a trafficker accused of shipping…": what one is accused of follows)
        let charge = after(&[Cue::Charge]) || (t.e - t.s == 1 && cue_at(t.s, &[Cue::Charge]));
        let before = &toks[t.s - 1];
        if before.norm == "," {
            // ", brokered by …" after a noun phrase that opens the sentence or follows a verb
            return t.s > 1 && toks[t.s - 2].kind != TokenKind::Punct && by;
        }
        let nounish = before.kind != TokenKind::Punct
            && !before.lower.ends_with("ly")
            && !cue_at(
                t.s - 1,
                &[
                    Cue::PassiveAux,
                    Cue::Aux,
                    Cue::Conj,
                    Cue::Negation,
                    Cue::Future,
                    Cue::FirstPerson,
                    Cue::Relative,
                    Cue::Pronoun,
                ],
            );
        // The earlier act is a finite verb a few words back whose object the noun is (not a
        // participle itself: "protesters demanding elections blocked…", "U.N.-backed").
        nounish
            && triggers.iter().any(|u| {
                u.class == TriggerClass::Verb
                    && u.e < t.s
                    && (t.s - u.e <= 6 || by || charge)
                    && !toks[u.e - 1].lower.ends_with("ing")
                    && !(u.s > 0 && toks[u.s - 1].kind == TokenKind::Punct && toks[u.s - 1].norm != ",")
                    && !toks[u.e..t.s].iter().any(|x| x.kind == TokenKind::Punct)
                    // (a new clause: "were injured when police fired…")
                    && !(cues.iter().any(|&(a, _, c)| c == Cue::Subord && a >= u.e && a < t.s) && subject_before)
            })
    }

    /// Actor 1 and actor 2 of a trigger (indices into the sentence's actors).
    fn roles(
        &self,
        toks: &[Token],
        sm: &SentMentions,
        t: &Trig,
        lang: Lang,
        cue_at: &dyn Fn(usize, Cue) -> bool,
    ) -> (Option<usize>, Option<usize>) {
        // Actors inside an attribution phrase ("according to X", "X에 따르면") are its source,
        // not the event's participants.
        let src_is_phrase = sm
            .source
            .as_ref()
            .is_some_and(|(s, e, _, _)| sm.cues.iter().any(|&(a, _, c)| c == Cue::AttrSource && a >= *s && a <= *e));
        // (A mediator — "при посредничестве Катара", "mediated by Oman", "카타르의 중재로" — is no
        // party: the parties are the ones it brings together.)
        let mediator = |a: &ActorM| {
            sm.cues.iter().any(|&(cs, ce, c)| {
                c == Cue::Mediator
                    && if lang == Lang::Ko {
                        a.e == cs || a.e + 1 == cs
                    } else {
                        a.text_s == ce || (a.text_s == ce + 1 && cue_at(ce, Cue::Article))
                    }
            }) || sm.cues.iter().any(|&(cs, ce, c)| {
                // (the leader of the actor named with it: "во главе с бывшим президентом…")
                c == Cue::Leader
                    && if lang == Lang::Ko {
                        a.e == cs
                    } else {
                        a.text_s >= ce
                            && a.text_s <= ce + 2
                            && toks[ce..a.text_s].iter().all(|x| {
                                x.kind == TokenKind::Word && x.norm.chars().next().is_some_and(char::is_lowercase)
                            })
                    }
            }) || a.group.is_some_and(|g| {
                sm.actors.iter().find(|b| b.group == Some(g)).is_some_and(|b| {
                    !std::ptr::eq(b, a) && {
                        sm.cues.iter().any(|&(_, ce, c)| {
                            c == Cue::Mediator
                                && lang != Lang::Ko
                                && (b.text_s == ce || (b.text_s == ce + 1 && cue_at(ce, Cue::Article)))
                        })
                    }
                })
            })
        };
        // (English, Russian: a name inside a quotation the trigger is outside of is quoted, not
        // acting: "скандировали «Грузия — это Европа!» и требовали…")
        // (not a name in quotes, «Аш-Шабаб»: the quotation says more than the name)
        let quoted = |a: &ActorM| {
            lang != Lang::Ko && {
                let q = |i: usize| toks[i].kind == TokenKind::Punct && quote_mark(&toks[i].norm) && toks[i].norm != "'";
                let open = (0..a.s).rev().find(|&k| q(k));
                let close = (a.e..toks.len()).find(|&k| q(k));
                match (open, close) {
                    (Some(o), Some(c)) => {
                        (0..o).filter(|&k| q(k)).count() % 2 == 0
                            && !(o < t.s && t.s < c)
                            // (a country's name is part of a quoted name with any other word:
                            // "движения «Наша Армения»")
                            && (c - o - 1) > (a.e - a.s) + usize::from(!a.is_country)
                    }
                    _ => false,
                }
            }
        };
        let excluded = |a: &ActorM| {
            (src_is_phrase && sm.source.as_ref().is_some_and(|(s, e, _, _)| a.s >= *s && a.e <= *e)) || mediator(a)
        };
        let acts = &sm.actors;
        let (mut a1, mut a2);
        let is_passive;
        if lang == Lang::Ko {
            let last = &toks[t.e - 1];
            let pat_last = t.info.pattern.split_whitespace().last().unwrap_or("");
            let rest = last.norm.strip_prefix(pat_last).unwrap_or("");
            let next = toks.get(t.e).map(|x| x.norm.as_str()).unwrap_or("");
            // ("무장 반군의 습격을 받아", "공격을 당했다": an act received — the one whose act it is
            // acts, the subject suffers it)
            let received = (rest.ends_with('을') || rest.ends_with('를'))
                && ["받", "당하", "당했", "당한"].iter().any(|p| next.starts_with(p));
            let passive = t.info.passive
                || received
                || ["되", "됐", "된", "될", "돼", "당", "받"].iter().any(|p| rest.starts_with(p))
                || (rest.is_empty() && ["당하", "당했", "당한", "되", "됐", "된"].iter().any(|p| next.starts_with(p)));
            // The predicate word: the trigger itself, or the verb after a trigger noun with a case particle.
            let mut p = t.e - 1;
            if last.role().is_some_and(|r| matches!(r, Role::Obj | Role::Dat))
                && t.e < toks.len()
                && !acts.iter().any(|a| a.s == t.e)
            {
                p = t.e;
            }
            let pn = &toks[p].norm;
            let adnominal =
                (last_syllable_has_n(pn) || pn.ends_with('는') || pn.ends_with('던')) && !pn.ends_with('다');
            let rel_head = if adnominal { acts.iter().position(|a| a.text_s == p + 1 || a.s == p + 1) } else { None };
            // A subject or object before a relative clause's verb ("중재국들이 제안한 휴전안을
            // 받아들인다", "민간인을 위협하는 공격을 규탄했다") is that clause's, not this verb's.
            let relative_verb = |u: &Trig| {
                let w = &toks[u.e - 1].norm;
                u.class == TriggerClass::Verb
                    && (last_syllable_has_n(w) || w.ends_with('는') || w.ends_with('던'))
                    && !w.ends_with('다')
                    && sm.triggers.iter().any(|v| v.s >= u.e && v.s <= u.e + 2 && v.s <= t.s)
            };
            // (…or of a verb that codes nothing: "신속지원군이 장악한 엘파셰르 외곽을 공습했다")
            let adnominal_word = |i: usize| {
                let w = &toks[i].norm;
                toks[i].kind == TokenKind::Word
                    && toks[i].role().is_none()
                    && w.chars().count() >= 2
                    && ["한", "된", "는", "던"].iter().any(|e| w.ends_with(e))
                    // (not a postposition: "개발을 위한", "선거에 대한")
                    && !["위한", "대한", "관한", "통한", "인한", "의한"].iter().any(|e| w.ends_with(e))
                    && !sm.actors.iter().any(|a| a.s <= i && i < a.e)
                    && !sm.places.iter().any(|p| p.s <= i && i < p.e)
                    && !sm.triggers.iter().any(|u| u.s <= i && i < u.e)
                    && i + 1 < t.s
                    && toks[i + 1].kind == TokenKind::Word
            };
            let in_relative = |a: &ActorM| {
                matches!(a.role, Some(Role::Subj) | Some(Role::Obj))
                    && ((sm.triggers.iter().any(|u| u.s >= a.e && u.e <= t.s && u.s != t.s && relative_verb(u))
                        // (a lone subject may be the main clause's too: "그리스 노조들이 … 개혁에
                        // 반대하는 총파업을 벌였다")
                        && (a.role == Some(Role::Obj)
                            || acts.iter().any(|b| b.e <= a.s && matches!(b.role, Some(Role::Topic) | Some(Role::Subj)))))
                        || (a.role == Some(Role::Subj)
                            && !speaks_of(t)
                            && acts.iter().any(|b| b.e <= a.s && b.role == Some(Role::Topic))
                            && {
                                // (over the subject's bracketed abbreviation: "신속지원군(RSF)이")
                                let j = if toks.get(a.e).is_some_and(|x| x.norm == "(") {
                                    (a.e..t.s).find(|&j| toks[j].norm.starts_with(')')).map_or(a.e, |j| j + 1)
                                } else {
                                    a.e
                                };
                                (j..(j + 3).min(t.s)).any(adnominal_word)
                            }))
            };
            let before: Vec<usize> = (0..acts.len())
                // (a place joined by 와/과 to a place marked 에서 is a place too: "수도 테구시갈파와
                // 북부 산페드로술라에서")
                .filter(|&i| {
                    let a = &acts[i];
                    !(a.role == Some(Role::Conj)
                        && sm.places.iter().any(|p| p.s == a.s)
                        && sm
                            .places
                            .iter()
                            .any(|p| p.s >= a.e && p.s <= a.e + 1 && matches!(toks[p.e - 1].role(), Some(Role::Loc))))
                })
                .filter(|&i| acts[i].e <= t.s && !excluded(&acts[i]) && !in_relative(&acts[i]))
                .collect();
            let nearest = |f: &dyn Fn(&ActorM) -> bool| before.iter().rev().copied().find(|&i| f(&acts[i]));
            let agent = before.iter().rev().copied().find(|&i| acts[i].e < toks.len() && cue_at(acts[i].e, Cue::Agent));
            // The topic (은/는) is the main clause's subject; a subject (이/가) after it belongs
            // to the clause a verb of saying takes ("국무부는 이란이 …고 비난했다": Iran is
            // accused, the ministry accuses).
            let topic = nearest(&|a| a.role == Some(Role::Topic));
            // A subject closed by a quotative before the verb ("파키스탄이 … 지원했다고 주장하며
            // … 추방했다") is the quoted clause's, not this verb's.
            let quoted_off = |a: &ActorM| {
                (a.e..t.s).any(|i| KO_QUOTATIVE.iter().any(|q| toks[i].norm.ends_with(q)) || ko_closed_quote(toks, i))
            };
            let reported = speaks_of(t);
            // (A verb of saying takes the quoted clause's subject as the one it speaks of.)
            let subj_only = nearest(&|a| a.role == Some(Role::Subj) && (reported || !quoted_off(a)));
            // A subject closed by a content ending before a verb of asking ("한국 정부가 … 제기해 줄
            // 것을 요청한다") is the one asked, not the one asking (who is the statement's author).
            let asked = |sj: usize| {
                (t.info.comm || t.info.kind == "REQUEST")
                    && toks[acts[sj].e..t.s].iter().any(|x| {
                        let w = x.norm.as_str();
                        w.starts_with("것을") || w.ends_with("것을") || w.ends_with("도록") || w.ends_with("기를")
                    })
            };
            // A subject closed by a "when" connective before the verb ("경찰은 시위대가 …
            // 시도하자 최루탄을 쏘며 해산했다") is that clause's; the topic acts.
            let when_closed = |sj: usize| {
                toks[acts[sj].e..t.s].iter().any(|x| ["하자", "되자", "자마자"].iter().any(|q| x.norm.ends_with(q)))
            };
            let (subj, embedded) = match (topic, subj_only) {
                (Some(tp), Some(sj)) if tp < sj && reported => (Some(tp), Some(sj)),
                (Some(tp), Some(sj)) if tp < sj && when_closed(sj) => (Some(tp), None),
                (Some(tp), Some(sj)) => (Some(tp.max(sj)), None),
                (None, Some(sj)) if asked(sj) => (None, Some(sj)),
                // (a topic no actor is speaks, not the quoted clause's subject: "보비 와인 NUP
                // 대표는 … \"정권이 …\"고 비판했다")
                (None, Some(sj))
                    if reported
                        && quoted_off(&acts[sj])
                        && (0..acts[sj].s).any(|i| {
                            toks[i].role() == Some(Role::Topic)
                                && !sm.places.iter().any(|p| p.s <= i && i < p.e)
                                && !toks[i].norm.chars().any(|c| c.is_ascii_digit())
                        }) =>
                {
                    (None, Some(sj))
                }
                // (with neither, a first noun with 도 is the subject: "고용노동부도 … 명령을 내렸다")
                (tp, sj) => {
                    let also = before.first().copied().filter(|&i| acts[i].role == Some(Role::Also));
                    (tp.or(sj).or(also), None)
                }
            };
            // "X의 요구를 거부했다": the owner of the act's object is the one acted on.
            let owner = nearest(&|a| a.role == Some(Role::Poss));
            let obj = nearest(&|a| a.role == Some(Role::Obj));
            // ("미얀마 군부에 대한 제재": a dative before 대한/대해 is what something is about)
            let about = |a: &ActorM| a.e < toks.len() && cue_at(a.e, Cue::About);
            let dat = nearest(&|a| {
                a.role == Some(Role::Dat)
                    && Some(a.s) != agent.map(|g| acts[g].s)
                    && !(t.info.kind == "REQUEST" && about(a))
            });
            // "X와 회담했다", "X과 충돌했다": the partner of a reciprocal act (not "X와 Y가").
            let with = nearest(&|a| a.role == Some(Role::Conj) && a.group.is_none());
            let bare = before.iter().copied().find(|&i| acts[i].role.is_none());
            is_passive = passive;
            // "보안군의 실탄 사격으로 당원 12명이 숨졌다": by X's attack (an instrumental attack
            // noun) the subject after it died; X attacks, the subject is its victim.
            // (…and so is the owner of an attack noun that is the subject of its clause, "정부군의
            // 드론 공습이 가해져", or a force right before an attack received, "이스라엘군 드론의
            // 공격을 받아")
            let armed_owner = |o: usize| {
                acts[o].is_country || matches!(acts[o].kind, Some("MIL" | "REB" | "UAF" | "CRM" | "COP" | "SPY"))
            };
            let subject_noun = t.class == TriggerClass::Noun && last.role() == Some(Role::Subj);
            let owner = owner.or_else(|| {
                (t.info.kind == "ASSAULT" && (received || subject_noun))
                    .then(|| (0..acts.len()).find(|&i| acts[i].e == t.s && acts[i].role.is_none() && armed_owner(i)))
                    .flatten()
            });
            let by_attack = t.info.kind == "ASSAULT"
                && (last.role() == Some(Role::Instr)
                    || (toks.get(t.e).is_some_and(|x| x.role() == Some(Role::Instr))
                        && !acts.iter().any(|a| a.s == t.e))
                    || (subject_noun && owner.is_some_and(armed_owner)))
                && owner.is_some_and(|o| acts[o].e <= t.s && t.s - acts[o].e <= 2);
            if by_attack {
                a1 = owner;
                a2 = (0..acts.len())
                    .find(|&i| acts[i].s >= t.e && matches!(acts[i].role, Some(Role::Subj) | Some(Role::Topic)));
            } else if passive {
                // The agent: "에 의해", or a dative right before the passive verb ("보안군에
                // 체포됐다").
                a1 = agent.or(dat.filter(|&d| acts[d].e == t.s));
                // (…or the owner of the act received: "반군의 습격을 받아")
                if a1.is_none() && received {
                    a1 = owner.filter(|&o| t.s - acts[o].e <= 1);
                }
                a2 = rel_head.or(subj).or(bare);
                // Forces that "were deployed" are the ones mobilising.
                if a1.is_none() && t.info.kind == "MOBILIZE" {
                    a1 = a2.take();
                }
            } else {
                // (a bare noun inside the clause asked for is no asker: "한국 정부가 … 언론 자유
                // 침해에 대한 우려를 전달해 줄 것을 요청한다")
                a1 = rel_head.or(subj).or(bare
                    .filter(|&b| Some(b) != obj && Some(b) != dat && embedded.is_none_or(|e| acts[b].s < acts[e].s)));
                // (a crowd of two kinds protests under the first: "대학생과 시민 수천 명이
                // 행진했다", as "Students and workers marched")
                if t.info.kind == "PROTEST" {
                    if let Some(g) = a1.and_then(|i| acts[i].group) {
                        a1 = (0..acts.len()).find(|&j| acts[j].group == Some(g)).or(a1);
                    }
                }
                // A request is addressed to its dative ("RSF에 … 중단하라고 요구했다"); its
                // object is what is asked for.
                let (first, second) = if t.info.kind == "REQUEST" { (dat, obj) } else { (obj, dat) };
                // In reported speech the object and dative inside the quoted clause belong to it
                // ("코소보 당국이 세르비아계 주민을 몰아내려 한다고 비난했다": Kosovo's authorities are
                // accused, not the residents).
                let inside = |x: Option<usize>| x.filter(|&i| embedded.is_none_or(|e| acts[i].s < acts[e].s));
                let (first, second) = (inside(first), inside(second));
                // The act's own object is a thing owned by an actor right before it ("헤즈볼라의
                // 무기고를 타격했다", "정부군 기지를 습격해", "당국의 행태를 규탄한다"): the owner is
                // the one acted on, before any object further back.
                let obj_word = (t.s > 0)
                    .then(|| t.s - 1)
                    .filter(|&i| toks[i].role() == Some(Role::Obj) && !acts.iter().any(|a| a.s <= i && i < a.e));
                let held = obj_word
                    .and_then(|i| acts.iter().position(|a| a.e == i && matches!(a.role, Some(Role::Poss) | None)));
                let held = held.filter(|&h| Some(h) != a1 && !matches!(t.info.kind, "PROTEST" | "MOBILIZE"));
                // (a meeting is with its partner, not the city visited: "키갈리를 방문해 카가메
                // 대통령과 회담했다")
                let partner = with.filter(|&w| t.info.kind == "CONSULT" && !acts[w].is_country);
                a2 = partner
                    .or(held)
                    .or(first)
                    .or(second)
                    .or(embedded)
                    .or(with.filter(|_| matches!(t.info.kind, "CONSULT" | "COOPERATE" | "AGREE" | "ASSAULT")))
                    .or(owner.filter(|&o| {
                        Some(o) != a1
                            && a1.is_none_or(|x| acts[x].s < acts[o].s)
                            && !matches!(t.info.kind, "PROTEST" | "MOBILIZE")
                    }));
            }
        } else {
            // "hundreds of demonstrators": "of" after a number is no preposition; nor is it after
            // a head of a few words opening the sentence that names no actor ("Leaders of the
            // Economic Community of Central African States held…", "Members of the union…").
            let opening = dateline(toks);
            // (…also after an opening phrase set off by a comma: "In Nairobi's business district,
            // groups of protesters looted…", "On Wednesday, members of a security force fired…")
            // (…or after a date: "on the night of 24 November units of the Azerbaijani armed
            // forces opened fire")
            let head_of = |i: usize| {
                let from = (opening..i).rev().find(|&k| toks[k].norm == ",").map_or(opening, |k| k + 1);
                let from = sm.dates.iter().map(|d| d.end).filter(|&e| e <= i).fold(from, usize::max);
                lang == Lang::En
                    && toks[i].lower == "of"
                    && i > from
                    && i - from <= 3
                    && toks[from..i].iter().all(|x| x.kind == TokenKind::Word)
                    && !acts.iter().any(|a| a.s < i && a.s >= from)
                    && !sm.triggers.iter().any(|u| u.s < i)
            };
            let after_number = |i: usize| i > 0 && (sm.numbers.iter().any(|n| n.end == i) || head_of(i));
            // A word that is a preposition or opens a clause ("after", "before", "since"): the
            // noun after it is the subject of the verb right after that noun ("resigned after
            // protesters set fire to parliament").
            let clause_subject = |a: &ActorM, p: usize| {
                cue_at(p, Cue::Subord)
                    && a.e <= t.s
                    && t.s - a.e <= 2
                    && !toks[a.e..t.s].iter().any(|x| x.kind == TokenKind::Punct)
            };
            let prep_before = |a: &ActorM| {
                (a.text_s > 0
                    && cue_at(a.text_s - 1, Cue::Prep)
                    && !after_number(a.text_s - 1)
                    && !clause_subject(a, a.text_s - 1))
                    || (a.text_s > 1
                        && cue_at(a.text_s - 2, Cue::Prep)
                        && !after_number(a.text_s - 2)
                        && toks[a.text_s - 1].kind == TokenKind::Word
                        && toks[a.text_s - 1].lower.len() <= 3
                        && !clause_subject(a, a.text_s - 2))
            };
            // (an article may stand between: "dispersed by the soldiers")
            let by_before = |a: &ActorM| {
                (a.text_s > 0 && cue_at(a.text_s - 1, Cue::Agent))
                    || (a.text_s > 1 && cue_at(a.text_s - 1, Cue::Article) && cue_at(a.text_s - 2, Cue::Agent))
            };
            // (not across a noun: "gunmen suspected to be herders killed…")
            // (nor across "and" or a comma: "said the strike was illegal and urged the workers…")
            let aux = (t.s.saturating_sub(3)..t.s).any(|i| {
                cue_at(i, Cue::PassiveAux)
                    && (lang != Lang::En || !acts.iter().any(|a| a.s > i && a.e <= t.s))
                    && !(i + 1..t.s).any(|k| cue_at(k, Cue::Conj) || toks[k].kind == TokenKind::Punct)
            });
            // (The head may lead a longer name: "сотрудниками ФСБ", "полицией Москвы".)
            let instr = |a: &ActorM| {
                lang == Lang::Ru
                    && [toks[a.s].lower.as_str(), toks[a.e - 1].lower.as_str()].iter().any(|w| ru_case(self, w, "ins"))
            };
            // (the verb, not an adverb before it: "was deeply troubling")
            let v = (t.s..t.e).find(|&i| lang != Lang::En || !toks[i].lower.ends_with("ly")).unwrap_or(t.s);
            // (an adjective with its preposition is no passive: "was concerned about")
            let adjectival =
                lang == Lang::En && t.e - 1 > v && cue_at(t.e - 1, Cue::Prep) && !cue_at(t.e - 1, Cue::Agent);
            // (…or inside a gapped trigger: "a curfew had been imposed")
            let inner_passive = lang == Lang::En
                && t.e - t.s >= 3
                && (t.s + 1..t.e - 1).any(|i| cue_at(i, Cue::PassiveAux))
                && ["ed", "en"].iter().any(|e| toks[t.e - 1].lower.ends_with(e));
            let passive = t.info.passive
                || inner_passive
                || (aux
                    && !adjectival
                    && (lang == Lang::Ru
                        || toks[v].lower.ends_with("ed")
                        || toks[v].lower.ends_with("en")
                        || (toks[v].stem != toks[v].lower && !toks[v].lower.ends_with("ing"))
                        // (an irregular participle with its agent after it: "were shot dead by
                        // police", "was hit by a drone")
                        || (t.e..(t.e + 2).min(toks.len())).any(|i| cue_at(i, Cue::Agent))
                        // (…or, for an act done to someone, right after its auxiliary: "two
                        // protesters were shot on Tuesday", "the journalists were held")
                        || (matches!(t.info.kind, "ASSAULT" | "COERCE")
                            && v > 0
                            && cue_at(v - 1, Cue::PassiveAux)
                            && !toks[v].lower.ends_with("ing"))));
            // The next predicate trigger or reporting verb bounds the object search.
            let next_trig = sm
                .triggers
                .iter()
                .filter(|u| u.s >= t.e && u.class == TriggerClass::Verb)
                .map(|u| u.s)
                .chain(sm.cues.iter().filter(|c| c.2 == Cue::AttrVerb && c.0 >= t.e).map(|c| c.0))
                // (…and a clause of its own after ", and": "called on both sides to…, and rights
                // groups urged…")
                .chain(
                    sm.cues.iter().filter(|c| c.2 == Cue::Conj && c.0 > t.e && toks[c.0 - 1].norm == ",").map(|c| c.0),
                )
                .min()
                .unwrap_or(toks.len());
            // A Russian active participle after a comma ("демонстрантам, прорвавшимся на…") has
            // the noun before the comma as its subject.
            // (…or one right before it: "демонстрантов, пытавшихся прорваться через оцепление")
            let part_at = [t.s, t.s.saturating_sub(1)].into_iter().find(|&p| {
                lang == Lang::Ru
                    && p > 1
                    && p + 1 >= t.s
                    && toks[p - 1].norm == ","
                    && ru_case(self, &toks[p].lower, "participle")
            });
            // (A Russian country or capital right after a lower-case word is its genitive, never
            // a subject: "Студенты ведущих вузов Сербии", "в центре Еревана".)
            let genitive = |a: &ActorM| {
                lang == Lang::Ru
                    && a.is_country
                    && a.text_s > 0
                    && toks[a.text_s - 1].kind == TokenKind::Word
                    && toks[a.text_s - 1].norm.chars().next().is_some_and(char::is_lowercase)
                    && !sm.cues.iter().any(|c| c.0 < a.text_s && a.text_s <= c.1)
            };
            // (An actor inside a relative clause set off by commas before the verb is not its
            // subject: "France, which has about 400 troops stationed there, condemned…",
            // "Япония, у которой есть база в Джибути, пообещала…")
            // (…nor one inside a Russian participle clause set off the same way: "Боевики
            // «Аш-Шабаб», присягнувшей на верность «Исламскому государству», атаковали…")
            let participle_clause = |a: &ActorM| {
                lang == Lang::Ru
                    && (0..a.s).rev().find(|&k| toks[k].norm == ",").is_some_and(|c| {
                        c + 1 < a.s
                            && (ru_case(self, &toks[c + 1].lower, "participle")
                                || ru_case(self, &toks[c + 1].lower, "attributive-participle"))
                            && (a.e..t.s).any(|k| toks[k].norm == ",")
                            && !(c + 1..a.s).any(|k| toks[k].norm == ",")
                    })
            };
            let set_off = |a: &ActorM| {
                participle_clause(a)
                || relative_clause(toks, &sm.cues, a.s).is_some_and(|(_, end)| end >= a.e && end < t.s && toks[end].norm == ",")
                // (…or an apposition between an actor and its verb: "Australia, PNG's largest
                // aid donor, said…")
                || (0..a.text_s).rev().find(|&k| toks[k].norm == ",").is_some_and(|k| {
                    k > 0
                        && acts.iter().any(|h| h.e == k)
                        && (a.e..t.s).find(|&c| toks[c].norm == ",").is_some_and(|c| {
                            // (an act told in the apposition's own relative clause is no verb
                            // of the sentence: ", an armed group that seized Mogok in 2024,")
                            t.s - c <= 2
                                && !sm.triggers.iter().any(|u| {
                                    u.s > k && u.s < c && relative_clause(toks, &sm.cues, u.s).is_none_or(|(r, _)| r < k)
                                })
                        })
                })
            };
            let candidate = |i: usize| {
                acts[i].e <= t.s
                    && !excluded(&acts[i])
                    && !quoted(&acts[i])
                    && !prep_before(&acts[i])
                    // (nor is the noun after a preposition of several words: "у здания
                    // российского посольства", "in southern Lebanon")
                    && !sm.cues.iter().any(|&(s, e, c)| {
                        e == acts[i].text_s && e > s + 1 && matches!(c, Cue::Prep | Cue::LocPrep)
                    })
                    && !by_before(&acts[i])
                    && (lang == Lang::Ko || !set_off(&acts[i]))
            };
            // (…and so is every member coordinated with one: "при посредничестве Катара и Турции")
            let genitive_group = |i: usize| {
                genitive(&acts[i])
                    || acts[i].group.is_some_and(|g| {
                        (0..acts.len()).find(|&j| acts[j].group == Some(g)).is_some_and(|j| genitive(&acts[j]))
                    })
            };
            let before = (0..acts.len())
                .rev()
                .find(|&i| candidate(i) && !genitive_group(i))
                .or_else(|| (0..acts.len()).rev().find(|&i| candidate(i)));
            let before = match part_at {
                Some(p) => (0..acts.len()).find(|&i| acts[i].e + 1 == p).or(before),
                None => before,
            };
            // (English: a name ending a long "of" phrase after a crowd is whose crowd it is:
            // "Hundreds of supporters of the African Party for the Independence of Guinea and
            // Cape Verde (PAIGC) gathered…")
            let before = before.map(|b| {
                (lang == Lang::En)
                    .then(|| {
                        (0..b).rev().find(|&c| {
                            matches!(acts[c].kind, Some("PRO" | "RIO"))
                                && toks.get(acts[c].e).is_some_and(|x| x.lower == "of")
                                && acts[b].e <= t.s
                                && !toks[acts[c].e..acts[b].e].iter().any(|x| matches!(x.norm.as_str(), "," | ";"))
                                && !sm.triggers.iter().any(|u| u.s >= acts[c].e && u.s < acts[b].e)
                        })
                    })
                    .flatten()
                    .unwrap_or(b)
            });

            // A relative clause ("supporters who had gathered", "протестующих, которые"): its
            // subject is the noun before the relative pronoun.
            let before = {
                let mut j = t.s;
                while j > 0 && (cue_at(j - 1, Cue::Aux) || cue_at(j - 1, Cue::PassiveAux)) {
                    j -= 1;
                }
                let rel = j > 0 && cue_at(j - 1, Cue::Relative);
                let head = if rel {
                    let k = if j > 1 && toks[j - 2].norm == "," { j - 2 } else { j - 1 };
                    (0..acts.len()).find(|&i| acts[i].e == k)
                } else {
                    None
                };
                head.or(before)
            };
            // A coordinated subject ("Tajikistan and Uzbekistan pledged…") starts with its first member.
            let before = before.map(|b| match acts[b].group {
                Some(g) => (0..acts.len()).find(|&j| acts[j].group == Some(g)).unwrap_or(b),
                None => b,
            });
            // The source of a trailing attribution ("…, the Indian foreign ministry said") is
            // not a participant.
            let src_actor = sm.source.as_ref().and_then(|x| x.3).filter(|&i| acts[i].s >= t.e);
            // (An actor inside a gapped trigger — "обратились к ООН с просьбой" — comes first.)
            // (…not a modifier inside a trigger with no gap: "using military force")
            let gapped = t.e - t.s > t.info.pattern.split_whitespace().count();
            let after: Vec<usize> = (0..acts.len())
                .filter(|&i| {
                    ((acts[i].s > t.s && acts[i].s < t.e && (gapped || acts[i].e >= t.e))
                        || (acts[i].s >= t.e && acts[i].s < next_trig))
                        && !excluded(&acts[i])
                        && Some(i) != src_actor
                })
                .collect();
            // (a counted noun is genitive, never the agent: "задержаны не менее 11 местных
            // жителей", where -ей is no instrumental)
            let counted_noun =
                |a: &ActorM| sm.numbers.iter().any(|n| n.end == a.text_s || n.end == a.s || n.end + 1 == a.s);
            let agent = after
                .iter()
                .copied()
                .find(|&i| by_before(&acts[i]) || (lang == Lang::Ru && instr(&acts[i]) && !counted_noun(&acts[i])))
                .or_else(|| {
                    if lang == Lang::Ru {
                        // Before the verb only a participle takes an agent ("полицией задержан");
                        // a verb of dying has none ("23 мирных жителей погибли": -ей is genitive).
                        let cases = sm_cases(self, lang);
                        let w = &toks[t.s].lower;
                        let participle =
                            cases.iter().any(|(e, c)| c == "passive-participle" && w.ends_with(e.as_str()));
                        // (an ending that marks the instrumental alone in cases.tsv: -ами, -ью)
                        let plain_ins = |a: &ActorM| {
                            let l = &toks[a.e - 1].lower;
                            cases.iter().any(|(e, c)| {
                                c == "ins"
                                    && l.ends_with(e.as_str())
                                    && !cases.iter().any(|(e2, c2)| e2 == e && c2 != "ins")
                            })
                        };
                        // (not the source: "По данным местных властей, были убиты…")
                        (0..acts.len()).find(|&i| {
                            acts[i].e <= t.s
                                && instr(&acts[i])
                                && (participle || plain_ins(&acts[i]))
                                && !excluded(&acts[i])
                                && Some(i) != src_actor
                        })
                    } else {
                        None
                    }
                });
            // (a country or capital after a place noun is where: "на улицы Белграда")
            let locative_here = |a: &ActorM| {
                // (…also a capital named after "capital" in a locative phrase: "in the Georgian
                // capital Tbilisi", as "in the Solomon Islands capital" is the capital city)
                (lang == Lang::En
                    && a.is_country
                    && a.text_s > 1
                    && toks[a.text_s - 1].lower == "capital"
                    && (a.text_s.saturating_sub(5)..a.text_s - 1).any(|i| cue_at(i, Cue::LocPrep)))
                    || (a.text_s > 0 && cue_at(a.text_s - 1, Cue::LocPrep))
                    || (a.text_s > 1
                        && cue_at(a.text_s - 2, Cue::LocPrep)
                        && toks[a.text_s - 1].kind == TokenKind::Word
                        && (toks[a.text_s - 1].lower.chars().count() <= 3
                            || (a.is_country
                                && toks[a.text_s - 1].norm.chars().next().is_some_and(char::is_lowercase))))
            };
            // (…and so is a country or city coordinated after one: "в Исламабаде и Равалпинди")
            let locative = |a: &ActorM| {
                locative_here(a)
                    || (a.is_country
                        && a.group.is_some_and(|g| {
                            acts.iter()
                                .any(|b| b.group == Some(g) && b.text_s < a.text_s && b.is_country && locative_here(b))
                        }))
            };
            // The object: no preposition before it, or one that introduces a target.
            // ("of" after a count is no preposition: "to disperse hundreds of opposition supporters")
            let counted = |a: &ActorM| a.text_s > 1 && sm.numbers.iter().any(|n| n.end == a.text_s - 1);
            let untargeted = |a: &ActorM| {
                a.text_s > 0
                    && !counted(a)
                    && cue_at(a.text_s - 1, Cue::Prep)
                    && !cue_at(a.text_s - 1, Cue::TargetPrep)
                    && !(t.info.kind == "REQUEST" && cue_at(a.text_s - 1, Cue::RequestPrep))
            };
            // (An instrumental noun is an agent only in a passive: "с коллегой Хаканом Фиданом" is
            // the partner of a meeting.)
            let obj = after
                .iter()
                .copied()
                .find(|&i| (!passive || Some(i) != agent) && !locative(&acts[i]) && !untargeted(&acts[i]));
            is_passive = passive;
            // The subject of an earlier clause of the sentence — an actor before another verb
            // trigger that ends before this one, with a comma or conjunction after that verb —
            // is not what an agentless passive acts on: "полиция применила газ, задержаны 20
            // человек", "Police fired tear gas and 20 people were arrested". A security force
            // that acted there is the agent the passive leaves unsaid.
            let subject_of_earlier_clause = |b: usize| {
                sm.triggers.iter().any(|u| {
                    // (an active verb: in "Four officers were killed and two were wounded" the
                    // officers suffer both)
                    u.class == TriggerClass::Verb
                        && !u.info.passive
                        && !u.info.fatal
                        && u.info.q.as_deref() != Some("injured")
                        && !(u.s > 0 && (cue_at(u.s - 1, Cue::PassiveAux) || cue_at(u.s - 1, Cue::Aux)))
                        && u.s >= acts[b].e
                        && u.e <= t.s
                        // (its own verb, not a relative or participle clause set off by a comma:
                        // "Полицейский, стрелявший в студента, был задержан")
                        && !(acts[b].e..u.s).any(|k| toks[k].norm == "," || cue_at(k, Cue::Relative))
                        && (u.e..t.s).any(|k| toks[k].norm == "," || toks[k].norm == ";" || cue_at(k, Cue::Conj))
                })
            };
            let earlier_subject = before.filter(|&b| subject_of_earlier_clause(b));
            // A passive inside a relative clause set off by a comma ("…провела операцию, в ходе
            // которой были убиты шесть боевиков") acts in the main clause's scene: the security
            // force that is the sentence's subject is its agent, and no actor before the clause
            // is what it acts on.
            // (the pronoun may follow a preposition phrase: ", в ходе которой")
            let rel = (lang != Lang::Ko)
                .then(|| {
                    (0..t.s).rev().find(|&r| {
                        cue_at(r, Cue::Relative)
                            && (r.saturating_sub(3)..r).any(|k| toks[k].norm == ",")
                            && !(r + 1..t.s).any(|k| matches!(toks[k].norm.as_str(), "," | ";"))
                    })
                })
                .flatten()
                .map(|r| (r, t.e));
            // (…and so does a Russian passive clause after a comma with no relative pronoun:
            // "Полиция провела рейд в районе Призрена, были задержаны 11 жителей")
            let comma_clause = (lang == Lang::Ru && rel.is_none())
                .then(|| (0..t.s).rev().find(|&k| toks[k].norm == ","))
                .flatten()
                .filter(|&c| {
                    (c + 1..t.s).all(|k| cue_at(k, Cue::PassiveAux) || toks[k].kind == TokenKind::Word) && t.s - c <= 3
                })
                .map(|c| (c, t.e));
            let main_force = rel.or(comma_clause).and_then(|(r, _)| {
                let first = (0..acts.len()).find(|&b| acts[b].e <= r && !prep_before(&acts[b]))?;
                (matches!(acts[first].kind, Some("COP" | "MIL" | "SPY")) && !excluded(&acts[first])).then_some(first)
            });
            let rel = rel.or(comma_clause);
            if passive {
                a1 = agent;
                if a1.is_none() {
                    a1 = (0..acts.len())
                        .rev()
                        .find(|&b| matches!(acts[b].kind, Some("COP" | "MIL" | "SPY")) && subject_of_earlier_clause(b))
                        .or(main_force);
                }
                let before = before.filter(|_| earlier_subject.is_none());
                let before = before.filter(|&b| rel.is_none_or(|(r, _)| acts[b].s > r));
                a2 = before.or(obj.filter(|_| lang == Lang::Ru));
                if a1.is_none() && t.info.kind == "MOBILIZE" {
                    a1 = a2.take();
                }
            } else {
                a1 = before;
                // "Drones launched by the Rapid Support Forces struck…": the agent of a participle
                // modifying a subject that names no actor acts.
                if a1.is_none() && lang == Lang::En {
                    a1 = (0..acts.len()).rev().find(|&i| {
                        acts[i].e <= t.s
                            && by_before(&acts[i])
                            && !toks[acts[i].e..t.s].iter().any(|x| x.kind == TokenKind::Punct)
                            && !(0..acts[i].text_s).any(|k| acts.iter().any(|a| a.s == k))
                    });
                }
                a2 = obj;
                // An English event noun with its agent after "by" ("the arrest of four members …
                // by police"): the agent acts, the one after "of" is acted on.
                let noun_agent = (lang == Lang::En && t.class == TriggerClass::Noun)
                    .then(|| after.iter().copied().find(|&i| by_before(&acts[i])))
                    .flatten()
                    // (…or in a relative clause on its object that tells the same act: "the arrest
                    // of lawyer X, who was detained by plainclothes police officers")
                    .or_else(|| {
                        if lang != Lang::En || t.class != TriggerClass::Noun {
                            return None;
                        }
                        let u = sm.triggers.iter().find(|u| u.s >= t.e)?;
                        let (r, end) = relative_clause(toks, &sm.cues, u.s)?;
                        (u.info.kind == t.info.kind && r > t.e).then_some(())?;
                        (0..acts.len()).find(|&i| {
                            acts[i].text_s > u.e
                                && acts[i].e <= end
                                && acts[i].text_s - u.e <= 3
                                && cue_at(u.e, Cue::Agent)
                                && toks[u.e + 1..acts[i].text_s].iter().all(|x| x.kind == TokenKind::Word)
                        })
                    });
                if let Some(g) = noun_agent {
                    a1 = Some(g);
                    // (the one after "of" is acted on: "the arrest of lawyer X by police")
                    let of = |a: &ActorM| a.text_s > 0 && toks[a.text_s - 1].lower == "of";
                    a2 = after
                        .iter()
                        .copied()
                        .find(|&i| i != g && !locative(&acts[i]) && (!untargeted(&acts[i]) || of(&acts[i])));
                }
                // ("Мы призываем ЕС и ОБСЕ…": a first-person subject is the author; what
                // follows the verb is its object.)
                let first_person = sm.cues.iter().any(|c| c.2 == Cue::FirstPerson && c.0 <= t.s);
                // "В МИД заявили", "В ГКНБ Таджикистана обвинили": an institution after в with a
                // subjectless plural verb is the one acting.
                if a1.is_none() && lang == Lang::Ru {
                    let plural = ["ли", "ют", "ят"].iter().any(|e| toks[t.s].lower.ends_with(e));
                    let inst = |a: &ActorM| {
                        matches!(a.kind, Some("GOV" | "MIL" | "COP" | "SPY" | "JUD" | "LEG" | "IGO" | "PTY"))
                    };
                    if plural {
                        a1 = (0..acts.len()).rev().find(|&i| {
                            acts[i].e <= t.s
                                && inst(&acts[i])
                                // (a capital or a country is the state only in what it says, "В
                                // Вашингтоне заявили"; "в Бамако прибыли военнослужащие" is where)
                                && (!acts[i].is_country || verbal_kind(t.info.kind))
                                && acts[i].text_s > 0
                                && matches!(toks[acts[i].text_s - 1].lower.as_str(), "в" | "во")
                        });
                    }
                }
                if a1.is_none() && lang == Lang::Ru && !first_person {
                    // Verb-first order: "заявил министр", "задержала полиция".
                    // (not a place's name after a place noun: "вышли на акцию в центре Тбилиси")
                    a1 = after
                        .iter()
                        .copied()
                        .find(|&i| !prep_before(&acts[i]) && !locative(&acts[i]) && acts[i].s >= t.e);
                    // (Coordinated subjects after the verb act together: "осудили ОАГ и
                    // правительства Бразилии и Чили" — the second is no object.)
                    let g = a1.and_then(|i| acts[i].group);
                    // (nor is a place: "протестовали в Тбилиси")
                    a2 = after.iter().copied().find(|&i| {
                        Some(i) != a1
                            && (g.is_none() || acts[i].group != g)
                            && !locative(&acts[i])
                            && !untargeted(&acts[i])
                    });
                }
            }
        }
        // "우리 아시아평화시민연대는 …", "우리는 …": a first-person subject before the chosen
        // actor is the author (who stands in when there is no actor).
        if lang == Lang::Ko {
            if let Some(i) = a1 {
                let we = sm.cues.iter().any(|&(p, _, c)| {
                    c == Cue::FirstPerson
                        && p < acts[i].s.min(t.s)
                        && (p..(p + 2).min(toks.len())).any(|q| {
                            matches!(toks[q].role(), Some(Role::Topic) | Some(Role::Subj))
                                && !acts.iter().any(|a| a.s <= q && q < a.e)
                        })
                });
                // (not an explicit subject of its own after it: "우리는 미얀마 군부가 … 공습해 …
                // 규탄한다" — the junta bombs)
                let own_subject = acts[i].role == Some(Role::Subj) && !speaks_of(t);
                if we && !own_subject {
                    a1 = None;
                }
            }
        }
        if a1 == a2 {
            a2 = None;
        }
        // A coordinated subject of a reciprocal act: "Russia and Belarus held exercises",
        // "룰라 대통령과 보리치 대통령은 … 서명했다": the first member acts, the second is its partner.
        if a2.is_none() {
            let g = a1.and_then(|i| acts[i].group);
            let members: Vec<usize> = (0..acts.len()).filter(|&j| g.is_some() && acts[j].group == g).collect();
            // Reciprocal acts, and fighting between the two (both sides are actors).
            if members.len() >= 2
                && (t.info.recip || matches!(t.info.kind, "CONSULT" | "COOPERATE" | "AGREE" | "ASSAULT"))
            {
                a1 = Some(members[0]);
                a2 = Some(members[1]);
            }
        }
        // An event noun with its agent after "by" ("an airstrike by Myanmar's military", "the
        // arrest of four Serbs by members of the special police unit", "the raid carried out on
        // Sunday by the Houthis"): the agent acts; what "of" or "on" names before it is acted on.
        // (…and so does an act of the same kind with no actor of its own in that sentence: "the
        // attack by armed bandits on Chesongoch village, in which four residents were killed")
        if lang != Lang::Ko && matches!(t.info.kind, "ASSAULT" | "COERCE") {
            let by_agent = |u: &Trig| {
                // (Russian: the armed force in the genitive right after the noun, "в результате
                // удара израильской армии")
                if lang == Lang::Ru {
                    if let Some(x) = (0..acts.len()).find(|&i| {
                        let a = &acts[i];
                        a.text_s == u.e
                            && !a.is_country
                            && matches!(a.kind, Some("MIL" | "REB" | "COP" | "UAF" | "CRM" | "SPY"))
                            && !excluded(a)
                    }) {
                        return Some((u.e, x));
                    }
                }
                let stop = (u.e..toks.len().min(u.e + 12))
                    .find(|&i| {
                        matches!(toks[i].norm.as_str(), "." | ";" | ":")
                            || sm.triggers.iter().any(|v| v.s == i && v.class == TriggerClass::Verb)
                    })
                    .unwrap_or(toks.len().min(u.e + 12));
                let b = (u.e..stop).find(|&i| cue_at(i, Cue::Agent))?;
                let x = (0..acts.len()).find(|&i| {
                    let a = &acts[i];
                    a.text_s > b
                        && a.text_s <= b + 4
                        && !excluded(a)
                        && (b + 1..a.text_s).all(|k| {
                            toks[k].kind == TokenKind::Word
                                && toks[k].norm.chars().next().is_some_and(char::is_lowercase)
                        })
                })?;
                Some((b, x))
            };
            let own = (t.class == TriggerClass::Noun).then(|| by_agent(t)).flatten();
            let found = own.or_else(|| {
                a1.is_none()
                    .then(|| {
                        sm.triggers
                            .iter()
                            .filter(|u| u.s != t.s && u.class == TriggerClass::Noun && u.info.kind == t.info.kind)
                            .find_map(by_agent)
                    })
                    .flatten()
            });
            if let Some((b, x)) = found {
                if a1 != Some(x) {
                    let object = own.and_then(|_| {
                        (0..acts.len()).find(|&i| acts[i].s >= t.e && acts[i].e <= b && !excluded(&acts[i]))
                    });
                    a2 = object.or(a2.filter(|&y| y != x));
                    a1 = Some(x);
                }
            }
        }
        // (Russian: the force a deployment verb takes as its subject inside the trigger, "в
        // Бамако прибыли около 200 военнослужащих", is the one deployed and acting.)
        if a1.is_none() && lang == Lang::Ru && t.info.kind == "MOBILIZE" && !is_passive {
            a1 = (0..acts.len())
                .find(|&i| acts[i].s > t.s && acts[i].e <= t.e && matches!(acts[i].kind, Some("MIL" | "COP")));
            if a1.is_some() && a2 == a1 {
                a2 = None;
            }
        }
        // Nobody named as the actor: the institution the claim is attributed to ("police said
        // they eliminated…").
        // (Korean drops subjects; a Russian third-person plural has none: "задержали 40 человек".
        // A passive has its own missing agent, so it takes none.)
        if a1.is_none() && lang != Lang::En && !is_passive && a2.is_none_or(|x| acts[x].kind != Some("COP")) {
            if let Some((_, _, _, Some(ai))) = &sm.source {
                if Some(*ai) != a2 && acts[*ai].kind.is_some_and(|k| matches!(k, "COP" | "MIL" | "GOV" | "SPY")) {
                    a1 = Some(*ai);
                }
            }
        }
        (a1, a2)
    }

    /// The numbers of a sentence that belong to this trigger, with what they count.
    #[allow(clippy::too_many_arguments)]
    fn numbers_for(
        &self,
        toks: &[Token],
        sm: &SentMentions,
        lk: &LangKnowledge,
        t: &Trig,
        a1: Option<usize>,
        a2: Option<usize>,
        kind: &str,
        live: &[bool],
    ) -> Vec<(usize, String)> {
        let mut out = Vec::new();
        for (ni, n) in sm.numbers.iter().enumerate() {
            // Nearest trigger owns the number (of those that code an act: not "이에 반발한" before
            // "주민 수천 명이 … 모여"), except that a protest's crowd is counted by the protest
            // ("시민 수천 명이 … 퇴진을 요구하며 시위를 벌였다").
            let dist = |u: &Trig| if n.end <= u.s { u.s - n.end } else { n.start.saturating_sub(u.e) };
            let mine = dist(t);
            let crowd_of_a1 = kind == "PROTEST"
                && a1.is_some_and(|i| {
                    let a = &sm.actors[i];
                    a.s == n.end || a.s == n.end + 1 || a.e == n.start
                });
            if !crowd_of_a1
                && sm.triggers.iter().enumerate().any(|(j, u)| {
                    // (…nor a nearer one of the same type that says what it counts, "разогнала
                    // демонстрантов, пострадали 20 человек")
                    live.get(j).copied().unwrap_or(true)
                        && dist(u) < mine
                        && (u.info.kind != t.info.kind || (u.info.q.is_some() && t.info.q.is_none() && !t.info.fatal))
                })
            {
                continue;
            }
            // (not over "and" after the number: "killing at least 19 and wounding at least five")
            let near_word = |a: usize, b: usize| -> Option<String> {
                (a..b.min(toks.len()))
                    .take_while(|&i| i < n.end || !cue_at_tok(&sm.cues, i, Cue::Conj))
                    .find_map(|i| lk.quantities.matches_at(toks, i).into_iter().next().map(|m| m.value.clone()))
            };
            // (A Korean person counter joined to the next noun ends what the number counts: "병력
            // 500여 명과 장갑차 30대" — the tanks are counted by their own number.)
            let persons = toks
                .get(n.end)
                .is_some_and(|x| x.is_hangul() && (x.norm == "명과" || x.norm == "명와" || x.norm == "명및"));
            let reach = if persons { n.end + 1 } else { n.end + 2 };
            let counted = near_word(n.start, reach).or_else(|| near_word(n.start.saturating_sub(2), n.start));
            // (a unit that counts no one: "5,000 tonnes of rice", "2 million dollars")
            if counted.as_deref() == Some("none") {
                continue;
            }
            let attached = sm.actors.iter().position(|a| {
                a.s == n.end
                    || a.s == n.end + 1
                    || a.e == n.start
                    // (not across a verb: "Police detained dozens of…")
                    || (a.e + 1 == n.start
                        && toks[a.e].kind != TokenKind::Punct
                        && !sm.triggers.iter().any(|u| u.s <= a.e && a.e < u.e))
            });
            // A number on an actor that takes no part in this event counts something else.
            if attached.is_some_and(|ai| Some(ai) != a1 && Some(ai) != a2) && counted.is_none() {
                continue;
            }
            // Who is counted yields to what happened to them, said right after ("three policemen
            // were slightly hurt", "пятеро полицейских получили ранения").
            let harm = |w: &str| matches!(w, "fatalities" | "injured" | "arrests" | "displaced");
            let counted = match counted {
                Some(c) if matches!(c.as_str(), "people" | "troops" | "participants") => {
                    let after = (n.end..(n.end + 5).min(toks.len()))
                        .take_while(|&i| toks[i].kind != TokenKind::Punct && !cue_at_tok(&sm.cues, i, Cue::Conj))
                        .find_map(|i| {
                            lk.quantities.matches_at(toks, i).into_iter().map(|m| m.value.clone()).find(|v| harm(v))
                        });
                    Some(after.unwrap_or(c))
                }
                other => other,
            };
            // "people" says only that persons are counted: the trigger says what happened to them.
            let counted = counted.filter(|c| c != "people" || (!t.info.fatal && t.info.q.is_none()));
            // Right after a verb of harm ("wounding at least nine people", "arresting 18"), the
            // counted suffered it.
            let harmed = sm
                .triggers
                .iter()
                .find(|u| {
                    u.e <= n.start
                        && n.start - u.e <= 2
                        && u.info.q.as_deref().is_some_and(harm)
                        && !(u.e..n.start).any(|i| cue_at_tok(&sm.cues, i, Cue::Conj))
                })
                .and_then(|u| u.info.q.clone());
            // Right after a verb of killing ("killing dozens of fighters"), whoever is counted died.
            // (not over "and": "One protester was killed and 14 officers were injured")
            let killed = kind == "ASSAULT"
                && sm.triggers.iter().any(|u| {
                    u.info.fatal
                        && u.e <= n.start
                        && n.start - u.e <= 2
                        && !(u.e..n.start).any(|i| cue_at_tok(&sm.cues, i, Cue::Conj))
                })
                && !matches!(counted.as_deref(), Some("injured" | "arrests" | "displaced"));
            let what = match (counted.as_deref(), attached) {
                _ if killed => Some("fatalities".to_string()),
                _ if harmed.is_some() && !matches!(counted.as_deref(), Some("fatalities")) => harmed.clone(),
                (Some("fatalities"), _) => Some("fatalities".to_string()),
                (_, Some(ai)) if Some(ai) == a2 && t.info.fatal => Some("fatalities".to_string()),
                (_, Some(ai)) if Some(ai) == a2 && t.info.q.is_some() => t.info.q.clone(),
                (Some(w), _) => Some(w.to_string()),
                (_, Some(ai)) if Some(ai) == a1 && kind == "PROTEST" => Some("participants".to_string()),
                (_, Some(ai)) if Some(ai) == a1 && matches!(kind, "MOBILIZE" | "AID") => Some("troops".to_string()),
                (None, None) if t.info.fatal => Some("fatalities".to_string()),
                // (nearer to a verb of dying than to this one: "Не менее девяти мирных жителей
                // погибли и ещё 15 получили ранения")
                // (in its clause: not "Погиб один рабочий, а не менее 30 человек … получили
                // ранения")
                (None, Some(_))
                    if !t.info.fatal
                        && kind == "ASSAULT"
                        && sm.triggers.iter().any(|u| {
                            let (a, b) = if u.e <= n.start { (u.e, n.start) } else { (n.end, u.s) };
                            u.info.fatal
                                && dist(u) < mine
                                && !(a..b).any(|i| {
                                    cue_at_tok(&sm.cues, i, Cue::Conj) || (u.e <= n.start && toks[i].norm == ",")
                                })
                        }) =>
                {
                    Some("fatalities".to_string())
                }
                (None, _) => t.info.q.clone(),
            };
            if let Some(w) = what {
                out.push((ni, w));
            }
        }
        out
    }

    #[allow(clippy::too_many_arguments)]
    fn implied_protest(&self, cx: &SentCtx, out: &mut Extraction) {
        let (s, sm) = (cx.s, cx.sm);
        let here: Vec<&Event> = out.events.iter().filter(|e| e.evidence.start == s.start).collect();
        if here.is_empty() || here.iter().any(|e| e.kind == "PROTEST") {
            return;
        }
        // The crowd and its count: a number right before it ("thousands of demonstrators") or
        // within two words after it ("시위대 수천 명", "Демонстранты — около 3 тыс. человек").
        let crowd = sm.actors.iter().enumerate().find_map(|(i, a)| {
            if !matches!(a.kind, Some("PRO") | Some("RIO")) {
                return None;
            }
            let n = sm
                .numbers
                .iter()
                .position(|n| (n.end <= a.text_s && a.text_s - n.end <= 1) || (n.start >= a.e && n.start - a.e <= 2))?;
            Some((i, n))
        });
        let Some((ai, ni)) = crowd else { return };
        let span = Span::new(s.tokens[sm.actors[ai].text_s].start, s.tokens[sm.actors[ai].e - 1].end);
        let acts = here.iter().any(|e| {
            matches!(e.kind.as_str(), "REQUEST" | "ACCUSE" | "REJECT" | "COERCE")
                && e.actor1.as_ref().and_then(|a| a.span).is_some_and(|x| x.start == span.start || x.end == span.end)
        });
        if !acts {
            return;
        }
        let Some(t) =
            sm.triggers.iter().find(|t| matches!(t.info.kind, "REQUEST" | "ACCUSE" | "REJECT" | "COERCE")).cloned()
        else {
            return;
        };
        let nums = vec![(ni, "participants".to_string())];
        self.push_event(
            cx,
            Candidate {
                t: &t,
                kind: "PROTEST",
                mode: Some("demo".into()),
                a1: Some(ai),
                a2: None,
                nums: &nums,
                speaker: None,
            },
            out,
        );
    }

    fn push_event(&self, cx: &SentCtx, c: Candidate, out: &mut Extraction) {
        let (doc, s, sm, doc_country) = (cx.doc, cx.s, cx.sm, cx.doc_country);
        let Candidate { t, kind, mode, a1, a2, nums, speaker } = c;
        // (no one acts on itself: a target found where the actor is, is no target)
        let a2 = a2.filter(|x| Some(*x) != a1);
        let toks = &s.tokens;
        let mut kind = kind.to_string();
        let mut mode = mode;
        let tspan = |a: usize, b: usize| Span::new(toks[a].start, toks[b - 1].end);
        // Location: the place nearest the trigger; a city or region over a country.
        let dist = |p: &PlaceM| if p.e <= t.s { t.s - p.e } else { p.s.saturating_sub(t.e) };
        // Places inside "according to X" belong to the source; a place in the subject of a
        // reporting verb ("파리 경찰청은 … 밝혔다") is still where things happen.
        let src = sm
            .source
            .as_ref()
            .filter(|x| sm.cues.iter().any(|&(a, _, c)| c == Cue::AttrSource && a >= x.0 && a <= x.1))
            .map(|x| (x.0, x.1));
        // A country or capital that is an actor is not the place, unless the grammar says it is
        // where the act happened (Korean 에/에서; a preposition before it in English/Russian).
        // In a verbal act (a request, an accusation) a country named as an actor anywhere in the
        // sentence is a party, not the place.
        let in_list = list_pairs(sm, toks).iter().any(|(ai, _)| Some(*ai) == a1);
        let verbal = in_list || verbal_kind(&kind);
        let visit = kind == "CONSULT" && mode.as_deref() == Some("visit");
        let used_as_actor = |p: &PlaceM| {
            // Every country named as an actor in a verbal act's sentence is a party; a city only
            // when it is this event's own actor.
            let city = matches!(p.r, PlaceRef::Place(_));
            let pool: Vec<usize> = if verbal && !city {
                (0..sm.actors.len()).collect()
            } else {
                [a1, a2].iter().flatten().copied().collect()
            };
            // (a place visited is where the visit happens: "visited Naypyitaw", "посетил Рабат")
            let visited = |i: usize| visit && Some(i) == a2 && sm.actors[i].s >= t.e;
            pool.into_iter().filter(|&i| !visited(i)).any(|i| {
                let a = &sm.actors[i];
                a.s == p.s
                    && !(city && korean_obj(a))
                    && !matches!(a.role, Some(Role::Loc))
                    // (the addressee of a verbal act: "북한에 항의했다")
                    && (a.role != Some(Role::Dat) || verbal)
                    // (a country after "to", "with", "against" is a party, not the place; a city
                    // after "on" may be: "fired on Kharkiv")
                    && !(a.text_s > 0
                        && (cue_at_tok(&sm.cues, a.text_s - 1, Cue::LocPrep)
                            || (!verbal && city && cue_at_tok(&sm.cues, a.text_s - 1, Cue::Prep))))
            })
        };
        let place = sm
            .places
            .iter()
            .filter(|p| !p.modifier && !used_as_actor(p) && !src.is_some_and(|(a, b)| p.s >= a && p.e <= b))
            .filter(|p| !p.posted || matches!(kind.as_str(), "ASSAULT" | "PROTEST"))
            // (…and where the envoy or mission that acts is posted, after the actor naming it:
            // "Посольство Китая в Бангкоке сообщило", "the Chinese embassy in Bangkok said")
            .filter(|p| {
                matches!(kind.as_str(), "ASSAULT" | "PROTEST")
                    || !a1.is_some_and(|i| {
                        let a = &sm.actors[i];
                        a.e + 1 == p.s
                            && cue_at_tok(&sm.cues, a.e, Cue::LocPrep)
                            && sm.cues.iter().any(|&(cs, _, c)| c == Cue::Envoy && cs >= a.text_s && cs < a.e)
                    })
            })
            // Where people are deported or expelled to is not where the act happens, which is
            // the deporting state's ground ("아이티로 추방했다", "expelled two priests to
            // Guatemala", "forced back into Belarus").
            .filter(|p| {
                !(matches!(mode.as_deref(), Some("deport" | "expel"))
                    && match s.lang {
                        Lang::Ko => toks[p.e - 1].role() == Some(Role::Instr),
                        Lang::En => p.s > 0 && matches!(toks[p.s - 1].lower.as_str(), "to" | "into"),
                        // (Russian: "в" or "на" after the verb, "выдворили в Афганистан")
                        Lang::Ru => p.s > t.s && matches!(toks[p.s - 1].lower.as_str(), "в" | "во" | "на"),
                        _ => false,
                    })
            })
            // A place in a comma-set relative clause on the actor, closed before the verb, is the
            // actor's background, not where the act happens ("Fico, who met Putin in Moscow last
            // month, accused…", "China, which has investments in Kyaukphyu, called on…") — unless
            // the clause brings the actor there ("Vucic, who flew to Banja Luka, held talks").
            .filter(|p| {
                !(s.lang != Lang::Ko
                    && relative_clause(toks, &sm.cues, p.s).is_some_and(|(r, e)| {
                        e <= t.s
                            && a1.is_some_and(|i| sm.actors[i].e <= r && r - sm.actors[i].e <= 2)
                            && !sm.triggers.iter().any(|u| {
                                u.s >= r
                                    && u.s < e
                                    && (u.info.kind != "CONSULT" || u.info.mode.as_deref() == Some("visit"))
                            })
                    }))
            })
            // Korean: what a request, an accusation or a threat is about comes before its
            // content ending ("…바쿠에서 열리는 회담에서 제기할 것을 촉구한다"); a place there is
            // part of what is said.
            .filter(|p| {
                let content_end = (s.lang == Lang::Ko
                    && matches!(kind.as_str(), "REQUEST" | "ACCUSE" | "REJECT" | "THREATEN" | "SUPPORT"))
                .then(|| {
                    (p.e..t.s).find(|&i| {
                        let w = toks[i].norm.as_str();
                        ["것을", "도록", "기를", "다고", "라고", "다며", "라며"].iter().any(|q| w.ends_with(q))
                            // (…or the bound noun 데 of "…숨진 데 대해 규탄한다", "…구금한 데 항의해")
                            || w == "데"
                    })
                })
                .flatten();
                // (…and one without "에서" is what the act is about: "방글라데시에서 의류를
                // 생산하는 한국 기업들에 … 촉구한다" names where the firms are)
                // (not a gathering's demand, made where it gathered, nor a capital with 주재,
                // "베를린 주재 러시아 대사", where the envoy is summoned)
                let bare = s.lang == Lang::Ko
                    && matches!(kind.as_str(), "REQUEST" | "ACCUSE" | "REJECT" | "THREATEN")
                    && !matches!(toks[p.e - 1].role(), Some(Role::Loc))
                    && !sm.triggers.iter().any(|u| u.info.kind == "PROTEST")
                    && !toks.get(p.e).is_some_and(|x| x.norm.starts_with("주재"))
                    // (nor a country naming the actor after it: "독일 외무부는")
                    && !sm.actors.iter().any(|a| a.s == p.e || (a.text_s == p.s && a.e > p.e));
                content_end.is_none() && !bare
            })
            // (A Russian country or capital in the genitive after a noun is whose, not where:
            // "осудил действия Пекина" — but "в центре Еревана" is where.)
            .filter(|p| {
                let i = p.s;
                !(s.lang == Lang::Ru
                    && !visit
                    && sm.actors.iter().any(|a| a.s == i && a.is_country)
                    && i > 0
                    && toks[i - 1].kind == TokenKind::Word
                    && toks[i - 1].norm.chars().next().is_some_and(char::is_lowercase)
                    && !sm.cues.iter().any(|c| c.0 < i && i <= c.1)
                    && !(i > 1 && cue_at_tok(&sm.cues, i - 2, Cue::LocPrep)))
            })
            // A verbal act happens where its speaker is: a place after the verb ("accused the
            // Taliban in Afghanistan", "обвинил власти талибов в Афганистане") is part of what
            // is said (English and Russian; a visit's or a meeting's place is its own).
            .filter(|p| {
                s.lang == Lang::Ko
                    || p.e <= t.s
                    // (a place in the trigger's gap is where it happens: "подписали в Гаване
                    // соглашение")
                    || (p.s > t.s && p.e < t.e && cue_at_tok(&sm.cues, p.s - 1, Cue::LocPrep))
                    || !matches!(
                        kind.as_str(),
                        "AGREE" | "SUPPORT" | "REQUEST" | "ACCUSE" | "REJECT" | "THREATEN" | "SANCTION"
                    )
            })
            // (Korean: a place marked where-at, "카이로에서", over a bare one used as a modifier,
            // "가자지구 휴전")
            .min_by_key(|p| {
                let at = s.lang == Lang::Ko && matches!(toks[p.e - 1].role(), Some(Role::Loc));
                (matches!(p.r, PlaceRef::Country(_)), s.lang == Lang::Ko && !at, dist(p))
            });
        // A place in an apposition on a place before it ("in Mekelle, the capital of the Tigray
        // region", "в Хороге, административном центре ГБАО") says where that place is: the place
        // before it is the event's.
        let place = place.map(|p| {
            sm.places
                .iter()
                .find(|q| {
                    s.lang != Lang::Ko
                        && !matches!(q.r, PlaceRef::Country(_))
                        && q.e < p.s
                        && toks[q.e].norm == ","
                        && p.s - q.e <= 7
                        // (over lower-case words, and the country the place is in: "in El Obeid,
                        // the capital of Sudan's North Kordofan state")
                        && (q.e + 1..p.s).all(|k| {
                            let x = &toks[k];
                            (x.kind == TokenKind::Word && x.norm.chars().next().is_some_and(char::is_lowercase))
                                || sm.places.iter().any(|o| o.s <= k && k < o.e && matches!(o.r, PlaceRef::Country(_)))
                        })
                        && !sm.triggers.iter().any(|u| u.s > q.e && u.s < p.s)
                        && !sm.actors.iter().any(|a| a.s > q.e && a.s < p.s && !a.is_country)
                })
                .unwrap_or(p)
        });
        // A city named with its region right after it ("в Жанаозене Мангистауской области") is
        // the place, the more precise one.
        let place = place.map(|p| {
            let region = |r: PlaceRef| matches!(r, PlaceRef::Place(i) if self.knowledge.places[i].kind == "region");
            let city = |r: PlaceRef| matches!(r, PlaceRef::Place(i) if self.knowledge.places[i].kind == "city");
            if !region(p.r) {
                return p;
            }
            sm.places
                .iter()
                .find(|q| q.e == p.s && city(q.r) && self.place_country(q.r) == self.place_country(p.r))
                .unwrap_or(p)
        });
        // Of places listed together ("in Bratislava and Kosice", "브라티슬라바와 코시체에서",
        // "в Антананариву, Анцирабе и Тулиаре") the first is the event's place.
        let place = place.map(|mut p| {
            while let Some(q) = sm.places.iter().find(|q| {
                !matches!(q.r, PlaceRef::Country(_))
                    && ((q.e == p.s && toks[q.e - 1].role() == Some(Role::Conj))
                        || (q.e + 1 == p.s && (toks[q.e].norm == "," || cue_at_tok(&sm.cues, q.e, Cue::Conj))))
            }) {
                p = q;
            }
            p
        });
        let location = place.map(|p| {
            let text = doc.text[tspan(p.s, p.e).start..tspan(p.s, p.e).end].to_string();
            let text = strip_particles(&toks[p.e - 1], &text);
            // "in the Solomon Islands capital": the country's capital city.
            let capital_word = s.lang == Lang::En && toks.get(p.e).is_some_and(|x| x.lower == "capital");
            let capital = match p.r {
                PlaceRef::Country(i) if capital_word => {
                    let iso = &self.knowledge.countries[i].iso3;
                    self.knowledge.places.iter().position(|pl| pl.capital && &pl.country == iso)
                }
                _ => None,
            };
            let r = capital.map(PlaceRef::Place).unwrap_or(p.r);
            match r {
                PlaceRef::Country(i) => {
                    let c = &self.knowledge.countries[i];
                    Location {
                        text,
                        name: c.name.clone(),
                        country: Some(c.iso3.clone()),
                        lat: Some(c.lat),
                        lon: Some(c.lon),
                        precision: "country".into(),
                        span: Some(tspan(p.s, p.e)),
                    }
                }
                PlaceRef::Place(i) => {
                    let pl = &self.knowledge.places[i];
                    Location {
                        text,
                        name: pl.name.clone(),
                        country: Some(pl.country.clone()),
                        lat: Some(pl.lat),
                        lon: Some(pl.lon),
                        precision: pl.kind.clone(),
                        span: Some(tspan(p.s, p.e)),
                    }
                }
            }
        });
        // "Police fired tear gas to disperse the crowds.": an act on the ground in a sentence that
        // names no place goes on where the act coded just before it happened (the same
        // paragraph, the sentence before or the one before that), when its actor is of that
        // place's country or of none.
        let location = location.or_else(|| {
            let on_ground = |k: &str| matches!(k, "ASSAULT" | "COERCE" | "PROTEST" | "MOBILIZE" | "RETREAT");
            if !on_ground(&kind) || !sm.places.is_empty() {
                return None;
            }
            // (the last event of an earlier sentence: others of this one have no place either)
            let prev = out.events.iter().rev().find(|e| e.evidence.end <= s.start).filter(|e| {
                e.doc_id == doc.id && on_ground(&e.kind) && two_sentences_on(&doc.text, e.evidence.end, s.start)
            })?;
            let l = prev.location.as_ref().filter(|l| l.precision != "country")?;
            let own = a1.and_then(|i| sm.actors[i].country.as_deref());
            own.is_none_or(|c| l.country.as_deref() == Some(c)).then(|| Location { span: None, ..l.clone() })
        });
        // "두 정상은 회담 뒤 … 서명했다", "After the talks, the two signed…": an act the sentence
        // ties to a meeting told before, with no place of its own, happened where the meeting did
        // (the last meeting with a place, in this paragraph or the one before).
        let location = location.or_else(|| {
            if !sm.cues.iter().any(|c| c.2 == Cue::Meeting) {
                return None;
            }
            meeting_before(out, doc, s.start, |e| e.location.as_ref().is_some_and(|l| l.span.is_some()))
                .and_then(|e| e.location.clone())
                .map(|l| Location { span: None, ..l })
        });
        let place_country = location.as_ref().and_then(|l| l.country.clone());
        let fallback_country = place_country.clone().or_else(|| doc_country.map(String::from));
        // A country named as an actor is its armed forces in fighting, or as the one deploying
        // troops; otherwise (and as the country troops are sent to) its government.
        let make_actor = |i: usize, military: bool| -> Actor {
            let a = &sm.actors[i];
            let span = tspan(a.text_s, a.e);
            let text = strip_particles(&toks[a.e - 1], &doc.text[span.start..span.end]);
            let mut ty = a.kind.map(String::from);
            if a.is_country {
                ty = Some(if military { "MIL" } else { "GOV" }.into());
            }
            // In a government's own statement, "the Government" is the author's.
            let own_government = (a.kind == Some("GOV") && !a.is_country)
                .then(|| cx.author.filter(|au| au.kind.as_deref() == Some("GOV")).and_then(|au| au.country.clone()))
                .flatten();
            // The statement's author named in its own text ("천주교 정의평화위원회는 … 규탄한다") is
            // of the author's country.
            let authors = cx
                .author
                .filter(|au| {
                    a.country.is_none()
                        && !a.international
                        && text.chars().count() >= 4
                        && (au.text.contains(text.as_str()) || text.contains(au.text.as_str()))
                })
                .and_then(|au| au.country.clone());
            let home_government = (cx.home_voice && a.home && a.country.is_none())
                .then(|| self.knowledge.home.get(&s.lang).cloned())
                .flatten();
            let country = a.country.clone().or(own_government).or(authors).or(home_government).or_else(|| {
                // An armed group, gunmen or a gang with no country of its own is taken to be of the
                // country where it acts (as coders do); intergovernmental bodies are of none.
                if a.international || matches!(a.kind, Some("IGO") | None) {
                    None
                } else {
                    fallback_country.clone()
                }
            });
            // An acronym the statement's author is named by ("… RENEWAL (MRD)") is the author.
            if ty.is_none() {
                if let Some(au) = cx.author.filter(|au| au.text.contains(&format!("({text})"))) {
                    return Actor {
                        text,
                        name: au.name.clone(),
                        kind: au.kind.clone(),
                        country: au.country.clone(),
                        span: Some(span),
                    };
                }
            }
            Actor { text, name: a.canonical.clone(), kind: ty, country, span: Some(span) }
        };
        let qwhat = nums.first().map(|(_, w)| w.as_str());
        // (troops counted on the one acted on are theirs: "hand over 18 Cambodian soldiers")
        let troops_of_a2 = nums.first().is_some_and(|(ni, _)| {
            let n = &sm.numbers[*ni];
            a2.is_some_and(|i| sm.actors[i].text_s == n.end || sm.actors[i].s == n.end)
        });
        // (a state sending police is its government: gold convention 6)
        let counted_police = nums.first().is_some_and(|(ni, _)| {
            let n = &sm.numbers[*ni];
            sm.actors.iter().any(|a| a.kind == Some("COP") && a.text_s >= n.end && a.text_s <= n.end + 2)
        });
        let military1 = kind == "ASSAULT"
            || (kind == "MOBILIZE" && mode.as_deref() != Some("police"))
            // (…and as the one withdrawing its troops: "Франция завершила вывод своего воинского
            // контингента", "Burundi began pulling out its soldiers")
            || (kind == "RETREAT"
                && mode.as_deref() == Some("withdraw")
                && sm.actors.iter().enumerate().any(|(i, a)| Some(i) != a1 && a.kind == Some("MIL") && !a.is_country))
            // (troops a state is accused of, or asked to withdraw, are not its act: "Eritrea
            // accused Ethiopia of moving thousands of soldiers")
            || (qwhat == Some("troops")
                && !troops_of_a2
                // (a state sending police officers or a rescue team is its government, as one
                // deploying police is: "Australia sent 50 federal police officers to Honiara",
                // "New Zealand has deployed a 60-strong search and rescue team")
                && !counted_police
                && (kind != "AID" || sm.actors.iter().any(|a| !a.is_country && a.kind == Some("MIL")))
                && !matches!(
                    kind.as_str(),
                    "REQUEST" | "ACCUSE" | "REJECT" | "THREATEN" | "SUPPORT" | "CONSULT" | "COOPERATE" | "AGREE"
                ));
        let mut actor1 = a1.map(|i| make_actor(i, military1)).or_else(|| speaker.cloned());
        let mut actor2 = a2.map(|i| make_actor(i, kind == "ASSAULT"));
        // "Police detained 49 people" in a report of protests: those detained are protesters.
        let protest_here = || {
            sm.triggers.iter().any(|u| u.info.kind == "PROTEST")
                || out.events.iter().rev().take_while(|e| e.doc_id == doc.id).any(|e| e.kind == "PROTEST")
        };
        if let Some(a) = actor2.as_mut().filter(|a| {
            matches!(kind.as_str(), "COERCE" | "ASSAULT")
                && a.kind.as_deref() == Some("CVL")
                && a.name.as_deref() == Some("people")
                && protest_here()
        }) {
            a.kind = Some("PRO".into());
        }
        // "тысячи человек протестовали", "About 5,000 people rallied", "시민 수천 명이": a counted
        // crowd of people before a protest is its actor, where no named actor is (a country or
        // city named as the place is not one).
        // (An actor after the verb, taken for a verb-first subject, is then the protest's target.)
        let after_verb = a1.is_some_and(|i| sm.actors[i].s >= t.e);
        if kind == "PROTEST" && (a1.is_none_or(|i| sm.actors[i].is_country) || after_verb) && speaker.is_none() {
            let people = |i: usize| {
                self.knowledge.lang(s.lang).is_some_and(|lk| {
                    lk.quantities.matches_at(toks, i).iter().any(|m| m.value == "people" || m.value == "participants")
                })
            };
            // A number, its people noun right after it, the protest within a few words.
            let crowd = sm.numbers.iter().filter(|n| n.end <= t.s).rev().find_map(|n| {
                let p = (n.end..toks.len().min(n.end + 2)).find(|&i| people(i))?;
                // (farther when only places lie between: "Десятки тысяч человек собрались в
                // центре Будапешта на акцию протеста")
                let in_source = |a: &ActorM| sm.source.as_ref().is_some_and(|x| a.s >= x.0 && a.e <= x.1);
                let clear = || {
                    !sm.actors.iter().any(|a| !a.is_country && a.s > p && a.s < t.s && !in_source(a))
                        && !sm.triggers.iter().any(|u| u.s > p && u.s < t.s)
                };
                // (an attribution set off between them does not count: "Около 80 тыс. человек,
                // по данным полиции, приняли участие…")
                let skipped = sm
                    .source
                    .as_ref()
                    .filter(|x| x.0 > p && x.1 < t.s)
                    .map_or(0, |x| x.1 - x.0 + usize::from(toks[x.0 - 1].norm == ","));
                let gap = (t.s - p.min(t.s)).saturating_sub(skipped);
                (p < t.s && (gap <= 5 || (gap <= 9 && clear()))).then_some((n.start, p + 1))
            });
            // (…or a count "of" any people right before the verb: "Hundreds of Yazidis
            // protested", "Hundreds of Thai nationalists rallied"; Russian "Сотни курдов в
            // понедельник вышли на акцию")
            let crowd = crowd.or_else(|| {
                (s.lang != Lang::Ko)
                    .then(|| {
                        sm.numbers.iter().filter(|n| n.end < t.s).rev().find(|n| {
                            (toks[n.end].lower == "of"
                                || (s.lang == Lang::Ru
                                    && n.bound == "vague"
                                    && toks[n.end].norm.chars().next().is_some_and(char::is_lowercase)))
                                && t.s - n.end >= 2
                                && t.s - n.end <= 4
                                && toks[n.end + 1..t.s].iter().all(|x| x.kind == TokenKind::Word)
                                && !sm.actors.iter().any(|a| a.s < t.s && a.e > n.end)
                                && !sm.dates.iter().any(|d| d.start <= n.start && n.start < d.end)
                        })
                    })
                    .flatten()
                    .map(|n| (n.start, if toks[n.end].lower == "of" { t.s } else { n.end + 1 }))
            });
            // (…or a bare count right before the verb: "Tens of thousands marched", "Thousands
            // protested")
            let crowd = crowd.or_else(|| {
                (s.lang != Lang::Ko)
                    .then(|| {
                        sm.numbers
                            .iter()
                            .find(|n| n.end == t.s && !sm.dates.iter().any(|d| d.start <= n.start && n.start < d.end))
                    })
                    .flatten()
                    .map(|n| (n.start, n.end))
            });
            if let Some((a, b)) = crowd {
                if after_verb && actor2.is_none() {
                    actor2 = actor1.take();
                }
                let span = tspan(a, b.min(toks.len()));
                // (of the nationality its words name: "hundreds of Nicaraguan exiles" in Costa
                // Rica)
                let nationality = self.knowledge.lang(s.lang).and_then(|lk| {
                    (a..b.min(toks.len()))
                        .find_map(|i| lk.adjectives.matches_at(toks, i).first().map(|m| m.value.to_string()))
                });
                // (on strike, workers: "10,000 went on strike")
                let crowd_kind = if mode.as_deref() == Some("strike") { "LAB" } else { "PRO" };
                actor1 = Some(Actor {
                    text: doc.text[span.start..span.end].to_string(),
                    name: None,
                    kind: Some(crowd_kind.into()),
                    country: nationality.or_else(|| fallback_country.clone()),
                    span: Some(span),
                });
            }
        }
        // "Тысячи человек вышли …, требуя отставки правительства": a verbal act in a participle
        // after a comma is by the actor of the act before it in the sentence (a counted crowd
        // included); an actor after the participle is its object.
        // (English without the comma too, after a protest: "Several thousand students marched
        // through central Skopje demanding accountability")
        let prev_protest =
            out.events.last().filter(|e| e.evidence.start == s.start && e.kind == "PROTEST" && e.actor1.is_some());
        let en_protest_participle = s.lang == Lang::En
            && toks[t.s].lower.ends_with("ing")
            && prev_protest.is_some()
            && !(t.s > 0
                && (cue_at_tok(&sm.cues, t.s - 1, Cue::Aux) || cue_at_tok(&sm.cues, t.s - 1, Cue::PassiveAux)));
        // (…and so is a demand a preposition brings after a protest: "провели пикет … с
        // требованием прекратить…")
        let prep_demand = prev_protest.is_some() && t.e - t.s > 1 && cue_at_tok(&sm.cues, t.s, Cue::Prep);
        if matches!(kind.as_str(), "REQUEST" | "ACCUSE" | "THREATEN" | "REJECT")
            && (adverbial_participle(s.lang, toks, t.s) || en_protest_participle || prep_demand)
        {
            let prev = out.events.last().filter(|e| e.evidence.start == s.start);
            // (…also when the subject taken for it is what the act before it was aimed at: "10
            // тыс. человек собрались у здания правительства, требуя…", or where it went)
            let demoted = en_protest_participle && a1.is_some_and(|i| sm.actors[i].e <= t.s)
                || prev
                    .and_then(|e| e.actor2.as_ref())
                    .is_some_and(|x| x.span.is_some() && actor1.as_ref().is_some_and(|a| a.span == x.span));
            if a1.is_none_or(|i| sm.actors[i].s >= t.e) || demoted {
                if let Some(b) = prev.and_then(|e| e.actor1.clone()) {
                    if actor2.is_none() && !demoted {
                        actor2 = actor1.take();
                    }
                    actor1 = Some(b);
                }
            }
        }
        // The police or the army blocking a road is restricting movement, not protesting
        // ("Riot police blocked the road to parliament").
        if kind == "PROTEST"
            && mode.as_deref() == Some("obstruct")
            && matches!(actor1.as_ref().and_then(|a| a.kind.as_deref()), Some("COP" | "MIL" | "GOV" | "SPY"))
        {
            kind = "COERCE".into();
            mode = Some("restrict".into());
        }
        // Armed men who storm or burn are attacking, not protesting.
        if kind == "PROTEST"
            && matches!(actor1.as_ref().and_then(|a| a.kind.as_deref()), Some("REB" | "UAF" | "CRM" | "MIL"))
        {
            kind = "ASSAULT".into();
            mode = None;
        }
        let k1 = actor1.as_ref().and_then(|a| a.kind.as_deref());
        // Protesters who block, occupy or shut something are protesting (ACLED), not coercing.
        if kind == "COERCE"
            && !matches!(mode.as_deref(), Some("arrest") | Some("censor") | Some("seize"))
            && matches!(k1, Some("PRO") | Some("CVL") | Some("LAB") | Some("EDU") | Some("OPP"))
        {
            kind = "PROTEST".into();
            mode = Some("obstruct".into());
        }
        // Force by the police or army with no target named, in a report about a protest: the
        // crowd of this sentence or of a protest event just before it is the target.
        if actor2.is_none()
            && matches!(kind.as_str(), "ASSAULT" | "COERCE")
            && matches!(k1, Some("COP") | Some("MIL") | Some("SPY"))
        {
            let crowd = |k: Option<&str>| matches!(k, Some("PRO") | Some("RIO"));
            actor2 = sm
                .actors
                .iter()
                .position(|a| crowd(a.kind) && Some(a.s) != a1.map(|i| sm.actors[i].s))
                .map(|i| make_actor(i, kind == "ASSAULT"))
                .or_else(|| {
                    out.events
                        .iter()
                        .rev()
                        .take_while(|e| e.doc_id == doc.id && s.start.saturating_sub(e.evidence.end) < 600)
                        .find_map(|e| {
                            [&e.actor1, &e.actor2]
                                .into_iter()
                                .flatten()
                                .find(|a| crowd(a.kind.as_deref()))
                                .cloned()
                                .map(|mut a| {
                                    a.span = None;
                                    a
                                })
                        })
                });
        }
        // Expelling diplomats or officials is cutting relations (SANCTION expel), not deporting
        // people ("выдворить двух сотрудников посольства", "외교관 2명 추방").
        if kind == "COERCE"
            && mode.as_deref() == Some("deport")
            && actor2.as_ref().and_then(|a| a.kind.as_deref()) == Some("GOV")
        {
            kind = "SANCTION".into();
            mode = Some("expel".into());
        }
        // Weapons launched with people hurt, or at a target ("…에 미사일 2발을 발사해 선원 3명이
        // 다쳤다", "…를 향해 로켓 20여 발을 발사했다"), are an attack, not a show of force.
        if kind == "MOBILIZE"
            && mode.as_deref() == Some("weapons")
            && (nums.iter().any(|(_, w)| w == "injured" || w == "fatalities")
                || sm.cues.iter().any(|c| c.2 == Cue::TargetPrep && c.1 <= t.s && s.lang == Lang::Ko))
        {
            kind = "ASSAULT".into();
            mode = None;
        }
        // Violence by protesters or rioters is a riot (ACLED), not an assault.
        if kind == "ASSAULT"
            && actor1.as_ref().and_then(|a| a.kind.as_deref()).is_some_and(|k| k == "PRO" || k == "RIO")
        {
            kind = "PROTEST".into();
            mode = Some("riot".into());
        }
        // Opposition supporters who march are protesters (ACLED codes the crowd, not its camp);
        // a named party or leader stays what it is.
        if kind == "PROTEST" && matches!(mode.as_deref(), Some("demo") | Some("obstruct")) {
            if let Some(a) = actor1.as_mut() {
                let generic = a.name.as_ref().is_none_or(|n| !n.chars().next().is_some_and(char::is_uppercase));
                if a.kind.as_deref() == Some("OPP") && generic {
                    a.kind = Some("PRO".into());
                }
            }
        }
        let mapping = self.knowledge.mapping(&kind, mode.as_deref());
        let mut acled = mapping.and_then(|m| m.acled.clone()).map(|(a, b)| Acled { event_type: a, sub_event_type: b });
        if kind == "ASSAULT" {
            let k2 = actor2.as_ref().and_then(|a| a.kind.as_deref());
            let k1 = actor1.as_ref().and_then(|a| a.kind.as_deref());
            let state = |k: Option<&str>| matches!(k, Some("MIL") | Some("COP") | Some("GOV") | Some("SPY"));
            if k2 == Some("PRO") && state(k1) {
                acled = Some(Acled {
                    event_type: "Protests".into(),
                    sub_event_type: "Excessive force against protesters".into(),
                });
            } else if matches!(
                k2,
                Some("CVL")
                    | Some("PRO")
                    | Some("JRN")
                    | Some("REF")
                    | Some("MED")
                    | Some("OPP")
                    | Some("EDU")
                    | Some("REL")
                    | Some("LAB")
                    | Some("PTY")
            ) && acled.as_ref().is_some_and(|a| a.event_type == "Battles")
            {
                acled =
                    Some(Acled { event_type: "Violence against civilians".into(), sub_event_type: "Attack".into() });
            } else if matches!(k2, Some("MIL") | Some("REB") | Some("COP") | Some("UAF") | Some("SPY"))
                && acled.as_ref().is_some_and(|a| a.event_type == "Violence against civilians")
            {
                // An attack on armed men is a battle, not violence against civilians.
                acled = Some(Acled { event_type: "Battles".into(), sub_event_type: "Armed clash".into() });
            }
        }
        let mut quantities = Vec::new();
        let mut fatalities = None;
        // Dead counted in coordinated groups add up ("killed nine drivers and three gendarmes",
        // "убив девять водителей и трёх жандармов", "2명과 … 1명이 숨졌다"): a count joined by
        // "and" to a count of the dead, within a few words, counts the dead too.
        let joined = |a: usize, b: usize| {
            let (x, y) = (&sm.numbers[a], &sm.numbers[b]);
            y.start > x.end
                && y.start - x.end <= 4
                && ((x.end..y.start).any(|k| cue_at_tok(&sm.cues, k, Cue::Conj))
                    || (s.lang == Lang::Ko && toks[x.end - 1].role() == Some(Role::Conj)))
                && !toks[x.end..y.start].iter().any(|k| k.kind == TokenKind::Punct)
                // (no verb of its own between: "killed 23 villagers and wounded dozens more")
                && !sm.triggers.iter().any(|u| u.s >= x.end && u.s < y.start)
                && !(x.end..y.start).any(|k| cue_at_tok(&sm.cues, k, Cue::AttrVerb))
        };
        let nums: Vec<(usize, String)> = {
            let mut v: Vec<(usize, String)> = nums.to_vec();
            // (either way round: "Не менее девяти полицейских и двое мирных жителей погибли")
            let neutral = |w: &str| matches!(w, "troops" | "people");
            for k in 1..v.len() {
                if joined(v[k - 1].0, v[k].0) {
                    if v[k - 1].1 == "fatalities" && neutral(&v[k].1) {
                        v[k].1 = "fatalities".into();
                    } else if v[k].1 == "fatalities" && neutral(&v[k - 1].1) {
                        v[k - 1].1 = "fatalities".into();
                    }
                }
            }
            v
        };
        let mut last_dead: Option<usize> = None;
        for (ni, what) in &nums {
            let n = &sm.numbers[*ni];
            let span = tspan(n.start, n.end);
            if what == "fatalities" {
                match (fatalities, last_dead) {
                    (None, _) => fatalities = Some(n.value),
                    (Some(f), Some(p)) if joined(p, *ni) => fatalities = Some(f + n.value),
                    _ => {}
                }
                last_dead = Some(*ni);
            }
            quantities.push(Quantity {
                what: what.clone(),
                n: n.value,
                text: doc.text[span.start..span.end].to_string(),
                bound: n.bound.into(),
                span: Some(span),
            });
        }
        // "Gunmen shot dead a 52-year-old woman": one victim named with "a" is one death.
        if fatalities.is_none()
            && kind == "ASSAULT"
            && t.info.fatal
            && s.lang == Lang::En
            && a2.is_some_and(|i| {
                let v = &sm.actors[i];
                v.s >= t.e
                    && v.s - t.e <= 1
                    && (v.text_s.saturating_sub(2)..=v.text_s).any(|k| matches!(toks[k].lower.as_str(), "a" | "an"))
                    && !toks[v.e - 1].lower.ends_with('s')
            })
        {
            fatalities = Some(1);
        }
        // A date in the dateline ("BAMAKO, March 6 (AFP) -") is the report's; the act's own
        // ("on Tuesday") comes first.
        let dl = dateline(toks);
        // A threat or promise made of a planned act ("would strike on Friday unless…") is dated
        // when it is made: the planned act's date is not its.
        // (dates before the first modal or condition only: "said on Sunday they would…")
        // (…and every threat: "пригрозил начать забастовку в понедельник" is made today)
        let planned = (matches!(kind.as_str(), "THREATEN" | "AGREE") && t.info.kind != kind) || kind == "THREATEN";
        let modal = sm
            .cues
            .iter()
            .filter(|c| matches!(c.2, Cue::Future | Cue::Hypothetical))
            .map(|c| c.0)
            .min()
            .unwrap_or(t.s)
            .min(t.s);
        // (Korean: a date after the act's quotative ending dates the saying — "…구금했다고
        // 유엔이 1일 밝혔다" — when the act has a date of its own before it.)
        let quoted_after = |d: &&dates::DateMention| {
            s.lang == Lang::Ko
                && d.start >= t.e
                && toks[t.e - 1..d.start].iter().any(|x| x.norm.ends_with("다고") || x.norm.ends_with("라고"))
        };
        let own_before = sm.dates.iter().any(|d| d.end <= t.s);
        // A relative year ("last year", "지난해") stands by the act's own verb: "was jailed last
        // year", not "who was elected last year, thanked…".
        let by_verb = |d: &dates::DateMention| {
            let (a, b) = if d.end <= t.s { (d.end, t.s) } else { (t.e, d.start.max(t.e)) };
            b - a <= if s.lang == Lang::Ko { 6 } else { 2 } && !toks[a..b].iter().any(|x| x.kind == TokenKind::Punct)
        };
        // (English and Russian: a date inside a relative clause the act is not in dates that
        // clause, "…протест в связи с заходом судна, которое 2 июня вошло в…")
        let rel_clause = |i: usize| (s.lang != Lang::Ko).then(|| relative_clause(toks, &sm.cues, i)).flatten();
        // ("Last year, police arrested…": a relative year opening the sentence dates it)
        let opens_sentence = |d: &dates::DateMention| toks[..d.start].iter().all(|x| x.kind == TokenKind::Punct);
        let date = sm
            .dates
            .iter()
            .filter(|d| !planned || d.end <= modal)
            // (a verbal act's word for an act, then that act's day, dates that act: "condemns the
            // killing of four supporters on Saturday" is said today)
            .filter(|d| {
                !(verbal_kind(&kind)
                    && d.start >= t.e
                    && sm.triggers.iter().any(|u| {
                        u.class == TriggerClass::Noun && !verbal_kind(u.info.kind) && u.s >= t.e && u.e <= d.start
                    }))
            })
            .filter(|d| rel_clause(d.start).is_none_or(|(a, b)| t.s >= a && t.s < b))
            // ("promised to lift the roadblocks by Friday": a deadline is no date of the act)
            // ("since December 2023": the start of a span is no date of an act either)
            .filter(|d| !sm.cues.iter().any(|c| matches!(c.2, Cue::Deadline | Cue::History) && c.1 == d.start))
            .filter(|d| !(own_before && quoted_after(d)))
            // ("last year" dates only the verb it stands by)
            .filter(|d| d.absolute || d.precision != "year" || by_verb(d) || opens_sentence(d))
            // (a year alone dates an act only when nothing nearer to a day does)
            .min_by_key(|d| {
                (
                    d.start < dl,
                    d.precision == "year",
                    // (a day before a month: "released 41 people detained after the July 2024
                    // election on Tuesday night")
                    d.precision != "day",
                    !d.absolute,
                    if d.end <= t.s { t.s - d.end } else { d.start.saturating_sub(t.e) },
                )
            });
        // The wounded of an act the report already told ("Two soldiers were wounded in the
        // firefight", "A passenger was wounded."): no act of their own when nobody is named as
        // wounding them.
        // (the count joins that act when it has none: "…; 30 others were wounded")
        let told_before = || {
            out.events.iter().rposition(|e| {
                e.doc_id == doc.id
                    && matches!(e.kind.as_str(), "ASSAULT" | "PROTEST")
                    && e.evidence.start < s.start
                    && next_paragraph(&doc.text, e.evidence.start, s.start)
            })
        };
        // (alone in their sentence: "…получили ранения, когда израильские военные открыли
        // огонь" merges with the act it names)
        let alone = !sm.triggers.iter().any(|u| u.s != t.s && matches!(u.info.kind, "ASSAULT" | "PROTEST" | "COERCE"));
        let told =
            (kind == "ASSAULT" && a1.is_none() && t.info.q.as_deref() == Some("injured") && !t.info.fatal && alone)
                .then(told_before)
                .flatten();
        let dropped = |reason: &str| Dropped {
            kind: t.info.kind.to_string(),
            sentence: Span::new(s.start, s.end),
            trigger: tspan(t.s, t.e),
            reason: reason.to_string(),
        };
        if let Some(told) = told {
            let e = &mut out.events[told];
            if !e.quantities.iter().any(|q| q.what == "injured") {
                e.quantities.extend(quantities.iter().filter(|q| q.what == "injured").cloned());
            }
            out.dropped.push(dropped("the wounded of an act already told"));
            return;
        }
        // An act dated by "last year" ("지난해", "в прошлом году") is background, not news.
        if let (Some(d), Some(p)) = (date, doc.published) {
            // (…or opening the sentence: "Last year, police arrested 37 journalists")
            if (by_verb(d) || opens_sentence(d))
                && !d.absolute
                && d.precision == "year"
                && chrono::Datelike::year(&d.date) < chrono::Datelike::year(&p)
            {
                out.dropped.push(dropped("background: dated last year"));
                return;
            }
        }
        // A material act with no date of its own continues the last act its paragraph or the
        // one before dated ("25일 … 의회에 난입했다. 경찰은 최루탄을 쐈다.", "On Tuesday police
        // raided… ¶ They detained 31."): it takes that date, marked `date_source: carried`
        // (session 12: over one paragraph break, dev date ko +46, en +16, ru +45 of ~2,700;
        // the held-back split, never read, moved en +7, ko −3, ru −4 of ~120). A verbal
        // act (a reaction, a statement) is made when it is reported, and keeps the report's
        // date.
        let own_date = date.is_some();
        let carried = (!own_date && !verbal_kind(&kind))
            .then(|| {
                out.events
                    .iter()
                    .rev()
                    .take_while(|e| e.doc_id == doc.id)
                    .find(|e| e.date_source.as_deref() == Some("text"))
                    // (in its paragraph or the one before: the story goes on)
                    .filter(|e| next_paragraph(&doc.text, e.evidence.end, s.start))
                    .and_then(|e| e.date.map(|d| (d, e.date_precision.clone())))
            })
            .flatten()
            // (…and an act tied to a meeting told before, a verbal one too, is dated by it:
            // "두 정상은 회담 뒤 … 서명했다")
            .or_else(|| {
                (!own_date && sm.cues.iter().any(|c| c.2 == Cue::Meeting))
                    .then(|| meeting_before(out, doc, s.start, |e| e.date_source.as_deref() == Some("text")))
                    .flatten()
                    .and_then(|e| e.date.map(|d| (d, e.date_precision.clone())))
            });
        let (date, date_precision) = match (date, &carried, doc.published) {
            (Some(d), _, _) => (Some(d.date), Some(d.precision.to_string())),
            (None, Some((d, p)), _) => (Some(*d), p.clone()),
            (None, None, Some(p)) => (Some(p), Some("day".to_string())),
            _ => (None, None),
        };
        // An office-holder is who held the office on the event's date (a shared name: Aliyev,
        // 이 대통령), with that office's type (see `official_actor`).
        let (actor1, actor2) = match date {
            Some(day) => (
                official_actor(&self.knowledge, actor1, a1.map(|i| &sm.actors[i]), s, day),
                official_actor(&self.knowledge, actor2, a2.map(|i| &sm.actors[i]), s, day),
            ),
            None => (actor1, actor2),
        };
        // (no one is its own target)
        let actor2 = actor2.filter(|b| actor1.as_ref().is_none_or(|a| a.span.is_none() || a.span != b.span));
        // "The two sides signed…", "Стороны договорились…", "양측은 … 합의했다": both parties of the
        // report's last act between two named parties, in this paragraph or the one before.
        let pair = sm.cues.iter().find(|&&(p, q, c)| {
            c == Cue::Pair
                && q <= t.s
                && a1.is_none_or(|i| sm.actors[i].s < q && p < sm.actors[i].e)
                && !sm.actors.iter().any(|a| a.s >= q && a.e <= t.s)
        });
        let (mut actor1, mut actor2) = match pair {
            Some(_) => {
                // (two parties of two countries, or a state and an intergovernmental body:
                // "Президент Сомали провёл встречу с главой миссии Африканского союза … Стороны
                // договорились"; a meeting or an agreement before any clash)
                // (…or a state and an armed group of its own: "Чисекеди встретился с лидером M23")
                let parties = |e: &&Event| {
                    e.actor1.as_ref().and_then(|a| a.country.as_ref().map(|c| (c, a.kind.as_deref()))).is_some_and(
                        |(c1, k1)| {
                            e.actor2.as_ref().is_some_and(|b| match &b.country {
                                Some(c2) => {
                                    c1 != c2 || (k1 == Some("GOV") && matches!(b.kind.as_deref(), Some("REB" | "OPP")))
                                }
                                None => b.kind.as_deref() == Some("IGO"),
                            })
                        },
                    )
                };
                let recent = || {
                    out.events
                        .iter()
                        .rev()
                        .take_while(|e| e.doc_id == doc.id)
                        .filter(|e| e.evidence.start <= s.start)
                        .take(6)
                };
                let prev = recent()
                    .filter(parties)
                    .find(|e| matches!(e.kind.as_str(), "CONSULT" | "AGREE" | "SUPPORT" | "COOPERATE"))
                    .or_else(|| recent().filter(parties).find(|e| matches!(e.kind.as_str(), "ASSAULT" | "RETREAT")));
                match prev {
                    Some(e) => {
                        let unspan = |a: &Actor| Actor { span: None, ..a.clone() };
                        let reciprocal = matches!(kind.as_str(), "CONSULT" | "AGREE" | "SUPPORT" | "COOPERATE");
                        let a2 = if reciprocal || actor2.is_none() { e.actor2.as_ref().map(unspan) } else { actor2 };
                        (e.actor1.as_ref().map(unspan), a2)
                    }
                    None => (actor1, actor2),
                }
            }
            None => (actor1, actor2),
        };
        // A summons with no summoner named ("Посол Литвы был вызван в МИД России", "was summoned
        // to the Polish foreign ministry", "외교부로 초치됐다") is by the host government: of the
        // country named right after it, else where it happens (a place, the dateline), else the
        // statement's author's — never the summoned's own. The summoned is actor 2.
        if t.info.host {
            let summoned_as_a1 = actor1.is_some()
                && (actor2.is_none() || actor2.as_ref().map(|a| &a.text) == actor1.as_ref().map(|a| &a.text))
                && a1.is_some_and(|i| sm.actors[i].e <= t.s);
            if actor1.is_none() || summoned_as_a1 {
                if summoned_as_a1 {
                    actor2 = actor1.take();
                }
                let own = actor2.as_ref().and_then(|a| a.country.clone());
                // (in order: a country right after the trigger, a ministry it names — "summoned to
                // the Lithuanian foreign ministry" —, where it happens, the statement's author,
                // the report's country, and last the language's home: "주한 일본대사가 … 초치됐다")
                let named_after = || {
                    let country = sm.actors.iter().find(|a| a.is_country && a.text_s >= t.e && a.text_s <= t.e + 1);
                    let ministry =
                        || sm.actors.iter().find(|a| a.text_s >= t.e && a.text_s <= t.e + 3 && a.kind == Some("GOV"));
                    country.or_else(ministry).and_then(|a| a.country.clone()).or_else(|| {
                        sm.places
                            .iter()
                            .find(|p| p.s >= t.e && p.s <= t.e + 1 && matches!(p.r, PlaceRef::Country(_)))
                            .and_then(|p| self.place_country(p.r))
                    })
                };
                let author =
                    || cx.author.filter(|au| au.kind.as_deref() == Some("GOV")).and_then(|au| au.country.clone());
                let candidates: [&dyn Fn() -> Option<String>; 5] =
                    [&named_after, &|| place_country.clone(), &author, &|| doc_country.map(String::from), &|| {
                        self.knowledge.home.get(&s.lang).cloned()
                    }];
                let host = candidates.iter().filter_map(|f| f()).find(|c| Some(c) != own.as_ref());
                actor1 = host.and_then(|c| {
                    let country = self.knowledge.country(&c)?;
                    Some(Actor {
                        text: country.name.clone(),
                        name: Some(country.name.clone()),
                        kind: Some("GOV".into()),
                        country: Some(c),
                        span: None,
                    })
                });
            }
        }
        let c1 = actor1.as_ref().and_then(|a| a.country.clone());
        let c2 = actor2.as_ref().and_then(|a| a.country.clone());
        // Where an act with no place of its own happened: where its actor is (a statement by
        // the U.S. State Department about Belarus is made in the United States); a verbal act
        // with no known actor country counts for the country the report is about.
        let country = if visit {
            // (a visit happens where its host is: "조 장관은 … 시시 이집트 대통령을 예방했다")
            place_country.or(c2).or(c1).or_else(|| doc_country.map(String::from))
        } else if verbal {
            place_country.or(c1).or_else(|| doc_country.map(String::from)).or(c2)
        } else if kind == "ASSAULT"
            && a2.is_some_and(|j| {
                let b = &sm.actors[j];
                // (a state's or armed group's side, not foreign civilians abroad, and not one of
                // two sides fighting each other: "бои между армиями Таиланда и Камбоджи")
                (b.is_country || matches!(b.kind, Some("MIL" | "COP" | "GOV" | "SPY" | "REB")))
                    && a1.is_none_or(|i| sm.actors[i].group.is_none() || sm.actors[i].group != b.group)
            })
        {
            // (an attack happens where its target is: "Ukrainian drones struck a Russian
            // refinery", "боевики «Боко харам» напали на армию Чада")
            place_country.or(c2).or(c1).or_else(|| doc_country.map(String::from))
        } else if kind == "AID"
            && a2.is_some_and(|j| {
                let b = &sm.actors[j];
                // (a state or its forces, not refugees or residents helped where they are)
                b.is_country || matches!(b.kind, Some("GOV" | "MIL" | "COP"))
            })
        {
            // (aid is given where it goes: "Великобритания выделила Ямайке…")
            place_country.or(c2).or(c1).or_else(|| doc_country.map(String::from))
        } else {
            place_country.or(c1).or(c2).or_else(|| doc_country.map(String::from))
        };
        let ev_span = Span::new(s.start, s.end);
        let trig_span = tspan(t.s, t.e);
        // One event per sentence, type and actor pair.
        let key = |e: &Event| {
            (
                e.evidence.start,
                e.kind.clone(),
                e.actor1.as_ref().map(|a| a.text.clone()),
                e.actor2.as_ref().map(|a| a.text.clone()),
            )
        };
        let id = format!(
            "{}#{}-{}-{}",
            doc.id,
            ev_span.start,
            kind.to_lowercase(),
            out.events.iter().filter(|e| e.evidence.start == ev_span.start).count()
        );
        // Who says so, the actor itself included (the seed's "CSTO … according to CSTO").
        // A verbal act is its speaker's own word, not a claim: "X said it would…", "X accused Y
        // and said…" are attributed to no one (the seed: the CSTO chairman's agreement has no
        // source, the CSTO's own report of sending troops has). A material act the actor reports
        // itself ("police said they detained…") stays attributed.
        let own_word = matches!(
            kind.as_str(),
            "REQUEST" | "ACCUSE" | "REJECT" | "THREATEN" | "SUPPORT" | "AGREE" | "CONSULT" | "CONCEDE"
        );
        let self_source = sm.source.as_ref().is_some_and(|x| {
            x.3.is_some_and(|i| Some(i) == a1)
                || actor1.as_ref().is_some_and(|a| a.span.is_some_and(|sp| sp.start == toks[x.0].start))
        });
        let attributed_to = sm.source.as_ref().map(|x| x.2.clone()).filter(|_| !(own_word && self_source));
        let ev = Event {
            id,
            doc_id: doc.id.clone(),
            url: doc.url.clone(),
            published: doc.published,
            kind: kind.clone(),
            mode,
            acled,
            cameo_root: mapping.map(|m| m.cameo_root.clone()),
            actor1,
            actor2,
            location,
            date,
            date_precision,
            fatalities,
            quantities,
            attributed_to,
            evidence: Evidence {
                sentence: doc.text[ev_span.start..ev_span.end].to_string(),
                start: ev_span.start,
                end: ev_span.end,
                trigger: Some(trig_span),
            },
            sources: 1,
            lang: s.lang,
            modality: Modality::Asserted,
            country,
            date_source: Some(
                if carried.is_some() {
                    "carried"
                } else if own_date {
                    "text"
                } else {
                    "published"
                }
                .to_string(),
            ),
        };
        // Two triggers of one type in one sentence ("blew himself up…, killing 17") are one
        // event unless they have different first actors.
        // Another trigger of the same type in the same sentence, by the same first actor (or by
        // none), is the same act told twice ("attacked the station, killing five and wounding
        // three"); the same trigger with coordinated actors is not (one event per dyad).
        // (Coercion of different kinds is different acts: "imposed a curfew and cut the
        // internet", "arrested five suspects and seized rifles".)
        // (…and so are sanctions of different kinds, "expelled 12 diplomats and recalled its
        // ambassador", and acts other than attacks on different second actors: "froze the
        // assets of 21 officials … and blacklisted two shipping firms")
        let other_kind = |e: &Event| {
            (matches!(ev.kind.as_str(), "COERCE" | "SANCTION")
                && ((e.mode.is_some() && ev.mode.is_some() && e.mode != ev.mode)
                    || (e.actor1.is_some()
                        && matches!((&e.actor2, &ev.actor2), (Some(a), Some(b)) if a.text != b.text))))
                // (an abduction reported beside a wounding is an act of its own: "14 were wounded
                // and nine women were abducted"; a raid that abducts is one act)
                || (ev.kind == "ASSAULT"
                    && ev.actor1.is_none()
                    && e.actor1.is_none()
                    && e.mode != ev.mode
                    && (e.mode.as_deref() == Some("abduct") || ev.mode.as_deref() == Some("abduct")))
        };
        let same_act = |e: &Event| {
            e.evidence.start == ev.evidence.start
                && e.kind == ev.kind
                && e.evidence.trigger != ev.evidence.trigger
                && !other_kind(e)
                && (ev.actor1.is_none()
                    || e.actor1.is_none()
                    || e.actor1.as_ref().map(|a| &a.text) == ev.actor1.as_ref().map(|a| &a.text)
                    // (a protest handed to the one summoned is the summons: "был вызван в МИД, где
                    // ему вручили ноту протеста")
                    || (ev.kind == "ACCUSE"
                        && ev.actor2.is_none()
                        && e.actor2.is_some()
                        && e.actor2.as_ref().map(|a| &a.text) == ev.actor1.as_ref().map(|a| &a.text)))
                // (a request to another party is another request: "called on the protesters to…
                // and urged the police to…")
                && !(ev.kind == "REQUEST"
                    && ev.actor2.is_some()
                    && e.actor2.is_some()
                    && e.actor2.as_ref().map(|a| &a.text) != ev.actor2.as_ref().map(|a| &a.text))
        };
        // A casualty report with no actors ("Several of them were injured.") continues the
        // assault just before it: its numbers go to that event.
        // So does one naming only its victims, with no place of its own, in the same
        // paragraph ("One soldier was wounded.", "Погибли 19 человек, более 300 получили ранения").
        let victims_only = ev.actor1.is_none() && ev.actor2.is_some() && sm.places.is_empty();
        if ev.actor1.is_none()
            && (ev.actor2.is_none() || victims_only)
            && ev.kind == "ASSAULT"
            && ev.mode.as_deref() != Some("abduct")
        {
            if let Some(prev) = out.events.last_mut().filter(|e| {
                e.doc_id == ev.doc_id
                    && e.kind == "ASSAULT"
                    && ev.evidence.start.saturating_sub(e.evidence.end) < 300
                    && ev.location.as_ref().is_none_or(|l| e.location.as_ref().is_some_and(|p| p.name == l.name))
                    && (!victims_only || two_sentences_on(&doc.text, e.evidence.end, ev.evidence.start))
            }) {
                merge_into(prev, ev, |p, q| p.what == q.what);
                return;
            }
        }
        if let Some(prev) = out.events.iter_mut().find(|e| (key(e) == key(&ev) && !other_kind(e)) || same_act(e)) {
            merge_into(prev, ev, |p, q| p.span == q.span);
            return;
        }
        out.events.push(ev);
    }
}

/// Folds a second report of the same act into the first: missing actors, new numbers.
fn merge_into(prev: &mut Event, ev: Event, same: impl Fn(&Quantity, &Quantity) -> bool) {
    if prev.actor1.is_none() {
        prev.actor1 = ev.actor1;
    }
    // (not the actor itself as its own target)
    if prev.actor2.is_none() && ev.actor2.as_ref().map(|a| &a.text) != prev.actor1.as_ref().map(|a| &a.text) {
        prev.actor2 = ev.actor2;
    }
    for q in ev.quantities {
        if !prev.quantities.iter().any(|p| same(p, &q)) {
            prev.quantities.push(q);
        }
    }
    if prev.fatalities.is_none() {
        prev.fatalities = ev.fatalities;
    }
}

/// What the events of one sentence share.
struct SentCtx<'a> {
    doc: &'a Document,
    s: &'a Sentence,
    sm: &'a SentMentions<'a>,
    doc_country: Option<&'a str>,
    /// The statement's author, when the document is one.
    author: Option<&'a Actor>,
    /// The report speaks from its language's home country (`world/home.tsv`): filed there, or
    /// issued by a home body in its heading; its unqualified "government" is the home one.
    home_voice: bool,
}

/// One event about to be stored: its trigger, type, actors (indices into the sentence's
/// actors), numbers, and the speaker who stands in for a missing first actor.
struct Candidate<'a, 't> {
    t: &'a Trig<'t>,
    kind: &'a str,
    mode: Option<String>,
    a1: Option<usize>,
    a2: Option<usize>,
    nums: &'a [(usize, String)],
    speaker: Option<&'a Actor>,
}

/// The end (token index) of a dateline at the start of a sentence, or 0.
fn dateline(toks: &[Token]) -> usize {
    let head = &toks[..toks.len().min(14)];
    // English/Russian: a capitalised place, then a dash (or the agency in slashes) early on.
    let caps = head.first().is_some_and(|t| {
        t.kind == TokenKind::Word
            && t.norm.chars().count() > 2
            && t.norm.chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
    });
    if caps {
        if let Some(i) = head.iter().position(|t| matches!(t.norm.as_str(), "-" | "—" | "–")) {
            return i + 1;
        }
        // "МИНСК, 9 авг. /Агентство/." : up to the full stop after the agency.
        let slashes: Vec<usize> = head.iter().enumerate().filter(|(_, t)| t.norm == "/").map(|(i, _)| i).collect();
        if slashes.len() >= 2 {
            let after = slashes[1] + 1;
            return if head.get(after).is_some_and(|t| t.norm == ".") { after + 1 } else { after };
        }
    }
    // Korean wire credits: "(서울=연합뉴스) 김민준 기자 =", "[카이로=AP/뉴시스]".
    if let Some(i) = head.iter().rposition(|t| t.norm == "=") {
        if head[..i].iter().any(|t| t.is_hangul()) {
            let close = head.iter().position(|t| t.norm == ")" || t.norm == "]").unwrap_or(0);
            return (i + 1).max(close + 1);
        }
    }
    0
}

/// A Korean object or dative: a city as the object of a visit is where it happened.
/// A verb of saying or one that speaks of someone else's act (accusing, asking, threatening,
/// refusing, supporting): the subject of a clause it takes is the one spoken of.
fn speaks_of(t: &Trig) -> bool {
    matches!(t.info.kind, "ACCUSE" | "REQUEST" | "THREATEN" | "REJECT" | "SUPPORT") || t.info.comm
}

/// A closing quotation mark written against the word before it.
fn closing_quote(t: &Token) -> bool {
    matches!(t.norm.as_str(), "'" | "\"" | "’" | "”") && !t.space_before
}

/// A Korean conditional verb ending: -다면, -으면, -하면, -되면, -않으면 ("계속된다면").
fn korean_conditional(w: &str) -> bool {
    ["다면", "으면", "하면", "되면", "않으면", "없으면"].iter().any(|e| w.ends_with(e))
}

fn korean_obj(a: &ActorM) -> bool {
    matches!(a.role, Some(Role::Obj))
}

/// The relative clause set off by a comma that holds token `i` ("…, which has 400 troops there,
/// …", "…, которое 2 июня вошло в…"): from its relative pronoun (right after the comma, or one
/// word on: "whose members") to the next comma, semicolon or full stop. English and Russian.
fn relative_clause(toks: &[Token], cues: &[(usize, usize, Cue)], i: usize) -> Option<(usize, usize)> {
    let r = (0..i).rev().find(|&k| {
        cue_at_tok(cues, k, Cue::Relative)
            && k > 0
            && (toks[k - 1].norm == ","
                || (k > 1 && toks[k - 2].norm == ",")
                // (…or after an apposition's noun: ", an ethnic armed group that seized…")
                || (k.saturating_sub(6)..k.saturating_sub(2)).any(|c| {
                    toks[c].norm == ","
                        && (cue_at_tok(cues, c + 1, Cue::Article) || cue_at_tok(cues, c + 1, Cue::Determiner))
                        && toks[c + 1..k].iter().all(|x| x.kind == TokenKind::Word)
                        && !cues.iter().any(|&(a, b, q)| a > c && b <= k && matches!(q, Cue::AttrVerb | Cue::Relative))
                }))
    })?;
    if (r + 1..i).any(|k| matches!(toks[k].norm.as_str(), "," | ";")) {
        return None;
    }
    let end = (i..toks.len()).find(|&k| matches!(toks[k].norm.as_str(), "," | ";" | ".")).unwrap_or(toks.len());
    Some((r, end))
}

/// A verb of harm set after an attack as its participle ("…, killing dozens", "…, убив трёх"):
/// English -ing or a Russian adverbial participle, after a comma or "and".
fn harm_participle(lang: Lang, toks: &[Token], cues: &[(usize, usize, Cue)], u: &Trig) -> bool {
    lang != Lang::Ko
        && u.info.kind == "ASSAULT"
        && u.class == TriggerClass::Verb
        && u.s > 0
        && (toks[u.s - 1].norm == "," || cue_at_tok(cues, u.s - 1, Cue::Conj))
        && (toks[u.s].lower.ends_with("ing")
            || (lang == Lang::Ru && ["ив", "ав", "ев", "яв"].iter().any(|e| toks[u.s].lower.ends_with(e))))
}

/// A participle after a comma that shares the clause's subject: English "…, demanding", Russian
/// деепричастие "…, требуя", "…, обвинив".
fn adverbial_participle(lang: Lang, toks: &[Token], i: usize) -> bool {
    let endings: &[&str] = match lang {
        Lang::En => &["ing"],
        Lang::Ru => &["ив", "ав", "ев", "ыв", "ившись", "авшись", "уя", "юя", "ая", "яя"],
        _ => &[],
    };
    i > 0 && toks[i - 1].norm == "," && endings.iter().any(|e| toks[i].lower.ends_with(e))
}

/// Where an actor ending at `end` ends with the holder's name after an office noun ("Education
/// Minister Moustapha Guirassy", "министр безопасности Франк Абрего"): over up to three
/// capitalised words no other mention, cue, date or trigger claims, followed by none.
fn holder_name_end(
    toks: &[Token],
    actors: &[ActorM],
    places: &[PlaceM],
    cues: &[(usize, usize, Cue)],
    lk: &LangKnowledge,
    end: usize,
) -> usize {
    let free = |i: usize| {
        let t = &toks[i];
        t.kind == TokenKind::Word
            && t.norm.chars().next().is_some_and(char::is_uppercase)
            && t.norm.chars().count() > 1
            && !actors.iter().any(|a| a.text_s <= i && i < a.e)
            && !places.iter().any(|p| p.s <= i && i < p.e)
            && !cues.iter().any(|c| c.0 <= i && i < c.1)
            && lk.dates.matches_at(toks, i).is_empty()
            && lk.triggers.matches_at(toks, i).is_empty()
    };
    let mut e = end;
    while e < toks.len() && e - end < 4 && free(e) {
        e += 1;
    }
    if e > end && (e == toks.len() || !free(e)) {
        e
    } else {
        end
    }
}

/// Adds actors found after a sentence's mentions were collected, in token order. The
/// attribution's actor keeps its place in the renumbered list; with `claim_source`, a source
/// that named no known actor takes one of the new ones inside its phrase.
fn add_actors(sm: &mut SentMentions, found: Vec<ActorM>, claim_source: bool) {
    let src = sm.source.as_ref().and_then(|x| x.3).map(|i| (sm.actors[i].s, sm.actors[i].e));
    sm.actors.extend(found);
    sm.actors.sort_by_key(|a| a.s);
    if let Some(x) = sm.source.as_mut() {
        x.3 = match src {
            Some((a, b)) => sm.actors.iter().position(|y| y.s == a && y.e == b),
            None if claim_source => sm.actors.iter().position(|y| y.s >= x.0 && y.e <= x.1),
            None => None,
        };
    }
}

/// The actor the attribution names (`X said`, `according to X`): the one recorded with it, else
/// the last actor inside its phrase.
fn source_actor(sm: &SentMentions) -> Option<usize> {
    let &(a, b, _, actor) = sm.source.as_ref()?;
    actor.or_else(|| sm.actors.iter().rposition(|x| x.s >= a && x.e <= b))
}

/// Types whose acts are said, decided or signed rather than done on the ground: with no place of
/// their own they happen where their actor is (gold convention 2), and they keep the report's
/// date rather than carrying an earlier sentence's.
fn verbal_kind(kind: &str) -> bool {
    matches!(
        kind,
        "AGREE" | "CONSULT" | "SUPPORT" | "CONCEDE" | "REQUEST" | "ACCUSE" | "REJECT" | "THREATEN" | "SANCTION"
    )
}

/// A state body (government, army, police, security service, court, parliament): the actor type
/// an office of a state or an intergovernmental body has.
fn state_body(k: Option<&str>) -> bool {
    matches!(k, Some("GOV" | "MIL" | "COP" | "SPY" | "JUD" | "LEG"))
}

/// A quotation mark, straight or typographic.
fn quote_mark(w: &str) -> bool {
    matches!(w, "\"" | "'" | "«" | "»" | "“" | "”" | "„")
}

/// Korean endings that close a quoted clause ("…했다고", "…라며").
const KO_QUOTATIVE: [&str; 4] = ["다고", "라고", "다며", "라며"];

/// The last meeting (a CONSULT event) the report told before the sentence at `start`, of those
/// `has` accepts, in that paragraph or the one before: what a "meeting" cue refers back to.
fn meeting_before<'a>(
    out: &'a Extraction,
    doc: &Document,
    start: usize,
    has: impl Fn(&Event) -> bool,
) -> Option<&'a Event> {
    out.events
        .iter()
        .rev()
        .take_while(|e| e.doc_id == doc.id)
        .filter(|e| e.evidence.end <= start && e.kind == "CONSULT")
        .find(|e| has(e))
        .filter(|e| next_paragraph(&doc.text, e.evidence.end, start))
}

/// The text from `from` to `to` stays in one paragraph or runs into the next: the story goes on.
fn next_paragraph(text: &str, from: usize, to: usize) -> bool {
    text.get(from..to).is_some_and(|gap| gap.matches("\n\n").count() <= 1)
}

/// The text from `from` to `to` stays in one paragraph and ends at most two sentences on.
fn two_sentences_on(text: &str, from: usize, to: usize) -> bool {
    text.get(from..to).is_some_and(|gap| !gap.contains("\n\n") && gap.matches(['.', '!', '?']).count() <= 2)
}

/// An abbreviation's stop after a word with inner stops ("U.N.", "U.S.").
fn abbreviation_stop(toks: &[Token], i: usize) -> bool {
    i > 0 && toks.get(i).is_some_and(|t| t.norm == ".") && toks[i - 1].norm.contains('.')
}

/// Korean: a clause in quotation marks closed by its 고 or 며 ("…억압하고 있다\"고").
fn ko_closed_quote(toks: &[Token], i: usize) -> bool {
    (toks[i].norm.ends_with('다') || toks[i].norm.ends_with('라'))
        && toks.get(i + 1).is_some_and(|x| quote_mark(&x.norm))
        && toks.get(i + 2).is_some_and(|x| x.norm.starts_with('고') || x.norm.starts_with('며'))
}

/// Russian genitive endings of two letters or more from `cases.tsv` (the one-letter ones, -а -я
/// -ы -и, are as often nominative).
/// Whether a lowercased Russian word ends in an ending `ru/cases.tsv` lists under `case`.
fn ru_case(x: &Extractor, w: &str, case: &str) -> bool {
    sm_cases(x, Lang::Ru).iter().any(|(e, c)| c == case && w.ends_with(e.as_str()))
}

fn ru_genitive_ending(x: &Extractor, w: &str) -> bool {
    sm_cases(x, Lang::Ru).iter().any(|(e, c)| c == "gen" && e.chars().count() >= 2 && w.ends_with(e.as_str()))
}

/// A Russian past-tense verb form (отказался, пригрозило, заявили).
fn ru_past(w: &str) -> bool {
    ["л", "ла", "ли", "ло", "лся", "лась", "лось", "лись"].iter().any(|e| w.ends_with(e))
}

/// A token's text less its Korean particles (its surface elsewhere).
fn stem_of(t: &Token) -> &str {
    t.ko.last().map(|x| x.stem.as_str()).unwrap_or(&t.norm)
}

fn cue_at_tok(cues: &[(usize, usize, Cue)], i: usize, c: Cue) -> bool {
    cues.iter().any(|&(a, _, k)| a == i && k == c)
}

fn sm_cases(x: &Extractor, lang: Lang) -> &[(String, String)] {
    x.knowledge.lang(lang).map(|l| l.cases.as_slice()).unwrap_or(&[])
}

/// True when the last syllable of `s` ends in the given final consonant (only ㄹ is asked).
fn last_syllable_is(s: &str, jong: char) -> bool {
    let want = match jong {
        'ㄹ' => 8,
        'ㄴ' => 4,
        _ => return false,
    };
    s.chars().last().is_some_and(|c| {
        let v = c as u32;
        (0xAC00..=0xD7A3).contains(&v) && (v - 0xAC00) % 28 == want
    })
}

/// The text of a mention without the Korean particles on its last word.
fn strip_particles(last: &Token, text: &str) -> String {
    if let Some(k) = last.ko.last() {
        let peeled = last.norm.len().saturating_sub(k.stem.len());
        if peeled > 0 && text.len() > peeled && text.ends_with(&last.norm[k.stem.len()..]) {
            return text[..text.len() - peeled].to_string();
        }
    }
    text.to_string()
}

/// Actors each directly followed by a number: "Russia 3000, Belarus 500" → (actor, number).
fn list_pairs(sm: &SentMentions, toks: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (ai, a) in sm.actors.iter().enumerate() {
        if let Some(ni) = sm.numbers.iter().position(|n| {
            n.start == a.e || (n.start == a.e + 1 && matches!(toks[a.e].norm.as_str(), ":" | "—" | "–" | "-"))
        }) {
            out.push((ai, ni));
        }
    }
    // (Korean: a list keeps one case — "괴한 6명이 … 어민 5명을 납치했다" is a subject and its
    // object, not two actors)
    // (the last of a list may carry the particle alone: "러시아 3000, …, 아르메니아 70명으로")
    let role = |ni: usize| toks[sm.numbers[ni].end - 1].role();
    if out.windows(2).any(|w| role(w[0].1).is_some() && role(w[1].1).is_some() && role(w[0].1) != role(w[1].1)) {
        return Vec::new();
    }
    out
}

/// An actor matched by an office-holder's name (`world/officials.tsv`), resolved on `day`: the
/// person in office then (or, out of office, the one nearest in time) gives the canonical name;
/// a term held that day gives the type and country.
fn official_actor(k: &Knowledge, a: Option<Actor>, m: Option<&ActorM>, s: &Sentence, day: NaiveDate) -> Option<Actor> {
    let (mut a, m) = match (a, m) {
        (Some(a), Some(m)) if !m.is_country => (a, m),
        (a, _) => return a,
    };
    if let Some((person, term, held)) = k.official_on(s.lang, &s.tokens, m.s, m.e, day) {
        a.name = Some(person.name.clone());
        a.country = term.country().map(String::from);
        if held {
            a.kind = Some(term.kind.to_string());
        }
    }
    Some(a)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hangul_final_consonants() {
        assert!(last_syllable_has_n("시도한"));
        assert!(!last_syllable_has_n("했다"));
        assert!(last_syllable_is("지지할", 'ㄹ'));
    }
}
