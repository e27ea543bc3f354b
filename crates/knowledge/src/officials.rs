//! Office-holders and the dates they held office (`data/world/officials.tsv`), and the
//! intergovernmental bodies some of them head (`data/world/bodies.tsv`).
//!
//! Every name of an office-holder becomes an actor pattern of its language (type, country and
//! canonical English name from the person's latest term), marked with the group of people known
//! by that name. A name two people share (Aliyev, 이 대통령, Clinton) is resolved by the date:
//! [`Officials::resolve`] gives the term held on a day by someone of the group, and
//! [`Officials::office_at`] the terms held on a day by anyone known by a name.
//!
//! ```
//! let k = kroniko_knowledge::Knowledge::embedded().unwrap();
//! let d = chrono::NaiveDate::from_ymd_opt(2001, 6, 1).unwrap();
//! let t = k.officials.office_at("Aliyev", d);
//! assert_eq!(k.officials.person(t[0]).name, "Heydar Aliyev");
//! ```

use crate::pattern::{self, KoMode, PatternSet, Word};
use crate::{tsv_lines, ActorInfo, KnowledgeError, Line};
use chrono::NaiveDate;
use kroniko_analysis::Stemmers;
use kroniko_doc::{Lang, ACTOR_TYPES};
use std::collections::HashMap;

type Result<T> = std::result::Result<T, KnowledgeError>;

/// Offices in order of precedence: of two terms held on the same day by people known by one
/// name, the earlier office is the one meant.
pub const OFFICES: &[&str] = &[
    "head_of_state",
    "head_of_government",
    "vice_president",
    "secretary_general",
    "commission_president",
    "council_president",
    "high_representative",
    "director_general",
    "high_commissioner",
    "prosecutor",
    "foreign_minister",
    "defence_minister",
    "interior_minister",
    "security_chief",
    "chief_of_staff",
    "intelligence_chief",
    "agency_head",
    "envoy",
    "spokesperson",
];

/// A date known to the year, the month or the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct PartialDate {
    pub year: i32,
    pub month: Option<u32>,
    pub day: Option<u32>,
}

impl PartialDate {
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub fn parse(s: &str) -> Option<Self> {
        let parts: Vec<&str> = s.split('-').collect();
        let num = |p: &str, len: usize| {
            (p.len() == len && p.bytes().all(|b| b.is_ascii_digit())).then(|| p.parse().ok()).flatten()
        };
        let d = match parts.as_slice() {
            [y] => PartialDate { year: num(y, 4)? as i32, month: None, day: None },
            [y, m] => PartialDate { year: num(y, 4)? as i32, month: Some(num(m, 2)?), day: None },
            [y, m, d] => PartialDate { year: num(y, 4)? as i32, month: Some(num(m, 2)?), day: Some(num(d, 2)?) },
            _ => return None,
        };
        // The first and last day must exist (rejects month 13, 2023-02-30).
        NaiveDate::from_ymd_opt(d.year, d.month.unwrap_or(1), d.day.unwrap_or(1))?;
        Some(d)
    }

    /// The earliest day the date can be.
    pub fn first_day(&self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, self.month.unwrap_or(1), self.day.unwrap_or(1)).expect("validated")
    }

    /// The latest day the date can be.
    pub fn last_day(&self) -> NaiveDate {
        match (self.month, self.day) {
            (Some(m), Some(d)) => NaiveDate::from_ymd_opt(self.year, m, d).expect("validated"),
            (Some(m), None) => {
                let (y, n) = if m == 12 { (self.year + 1, 1) } else { (self.year, m + 1) };
                NaiveDate::from_ymd_opt(y, n, 1).expect("validated").pred_opt().expect("in range")
            }
            _ => NaiveDate::from_ymd_opt(self.year, 12, 31).expect("validated"),
        }
    }
}

/// One term of office.
#[derive(Debug, Clone)]
pub struct Term {
    /// Index into [`Officials::persons`].
    pub person: usize,
    /// The country (ISO alpha-3) or body code (`UN`, `CSTO`).
    pub body: String,
    /// Whether `body` is an intergovernmental body rather than a country.
    pub igo: bool,
    pub office: &'static str,
    /// Actor type while in this office.
    pub kind: &'static str,
    pub start: PartialDate,
    /// `None` while in office.
    pub end: Option<PartialDate>,
}

impl Term {
    /// Whether the term may include the day (a date known only to the month or year counts
    /// from its first possible day to its last).
    pub fn holds_on(&self, day: NaiveDate) -> bool {
        self.start.first_day() <= day && self.end.is_none_or(|e| day <= e.last_day())
    }

    /// The actor's country: the body's country, none for intergovernmental bodies.
    pub fn country(&self) -> Option<&str> {
        (!self.igo).then_some(self.body.as_str())
    }

    fn rank(&self) -> usize {
        OFFICES.iter().position(|o| *o == self.office).unwrap_or(OFFICES.len())
    }

    /// Days from the term to the day (0 inside it).
    fn distance(&self, day: NaiveDate) -> i64 {
        if day < self.start.first_day() {
            (self.start.first_day() - day).num_days()
        } else {
            self.end.map(|e| (day - e.last_day()).num_days().max(0)).unwrap_or(0)
        }
    }
}

/// An office-holder: one canonical English name, all their terms and names.
#[derive(Debug, Clone)]
pub struct Person {
    pub name: String,
    /// Indices into [`Officials::terms`], in file order.
    pub terms: Vec<usize>,
    /// Names by language, as written in the file.
    pub names: Vec<(Lang, String)>,
}

/// Office-holders, their terms, and their names in each language.
#[derive(Debug, Default)]
pub struct Officials {
    pub persons: Vec<Person>,
    pub terms: Vec<Term>,
    /// Intergovernmental bodies: code → English name.
    pub bodies: HashMap<String, String>,
    /// Groups of people known by one name (what an actor pattern's `official` points to).
    pub groups: Vec<Vec<usize>>,
    /// Normalised name → persons known by it (any language).
    by_name: HashMap<String, Vec<usize>>,
}

/// Lowercase, `ё` as `е`, single spaces: how names are compared.
fn norm(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase().replace('ё', "е")
}

fn is_hangul(c: char) -> bool {
    ('\u{AC00}'..='\u{D7A3}').contains(&c)
}

fn is_cyrillic(c: char) -> bool {
    ('\u{0400}'..='\u{04FF}').contains(&c)
}

impl Officials {
    /// Loads the bodies, then the officials; `is_country` says whether an ISO code is known.
    pub fn load(
        bodies_file: &str,
        bodies_text: &str,
        file: &str,
        text: &str,
        is_country: impl Fn(&str) -> bool,
    ) -> Result<Self> {
        let mut o = Officials::default();
        for l in tsv_lines(bodies_file, bodies_text, 2, 2)? {
            let code = l.req(0)?;
            if !code.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-') {
                return Err(l.err(format!("bad body code {code:?}")));
            }
            if is_country(code) {
                return Err(l.err(format!("body code {code:?} is a country code")));
            }
            if o.bodies.insert(code.to_string(), l.req(1)?.to_string()).is_some() {
                return Err(l.err(format!("duplicate body {code}")));
            }
        }
        let mut by_canonical: HashMap<String, usize> = HashMap::new();
        for l in tsv_lines(file, text, 9, 9)? {
            o.load_line(&l, &is_country, &mut by_canonical)?;
        }
        Ok(o)
    }

    fn load_line(
        &mut self,
        l: &Line,
        is_country: &impl Fn(&str) -> bool,
        by_canonical: &mut HashMap<String, usize>,
    ) -> Result<()> {
        let body = l.req(0)?;
        let igo = self.bodies.contains_key(body);
        if !igo && !is_country(body) {
            return Err(l.err(format!(
                "unknown country or body code {body:?} (not in world/countries.tsv or world/bodies.tsv)"
            )));
        }
        let (office_s, kind_s) = (l.req(1)?, l.req(2)?);
        let office = OFFICES
            .iter()
            .copied()
            .find(|o| *o == office_s)
            .ok_or_else(|| l.err(format!("unknown office {:?}", l.cols[1].trim())))?;
        let kind = ACTOR_TYPES
            .iter()
            .copied()
            .find(|t| *t == kind_s)
            .ok_or_else(|| l.err(format!("unknown actor type {:?}", l.cols[2].trim())))?;
        if igo != (kind == "IGO") {
            return Err(l.err("heads of intergovernmental bodies, and only they, are of type IGO"));
        }
        let name = l.req(3)?;
        let date = |i: usize| -> Result<Option<PartialDate>> {
            match l.opt(i) {
                None => Ok(None),
                Some(s) => PartialDate::parse(s)
                    .map(Some)
                    .ok_or_else(|| l.err(format!("bad date {s:?} (YYYY, YYYY-MM or YYYY-MM-DD)"))),
            }
        };
        let start = date(7)?.ok_or_else(|| l.err("no start date"))?;
        let end = date(8)?;
        if let Some(e) = end {
            if e.last_day() < start.first_day() {
                return Err(l.err(format!("term ends before it starts ({} > {})", l.cols[7].trim(), l.cols[8].trim())));
            }
        }
        let mut names: Vec<(Lang, String)> = vec![(Lang::En, name.to_string())];
        for a in l.alts(4) {
            names.push((Lang::En, a.to_string()));
        }
        for (col, lang, ok, what) in
            [(5, Lang::Ko, is_hangul as fn(char) -> bool, "Hangul"), (6, Lang::Ru, is_cyrillic, "Cyrillic")]
        {
            for a in l.alts(col) {
                let letters_ok =
                    a.chars().all(|c| ok(c) || c == ' ' || c == '-' || c == '.' || c.is_ascii_alphanumeric());
                if !a.chars().any(ok) || !letters_ok {
                    return Err(l.err(format!("{a:?} in column {} is not written in {what}", col + 1)));
                }
                names.push((lang, a.to_string()));
            }
        }
        for (lang, n) in &names {
            if *lang == Lang::En && n.chars().any(|c| is_hangul(c) || is_cyrillic(c)) {
                return Err(l.err(format!("English name {n:?} is not in Latin script")));
            }
        }
        let person = *by_canonical.entry(name.to_string()).or_insert_with(|| {
            self.persons.push(Person { name: name.to_string(), terms: Vec::new(), names: Vec::new() });
            self.persons.len() - 1
        });
        for (lang, n) in names {
            if !self.persons[person].names.iter().any(|(g, m)| *g == lang && norm(m) == norm(&n)) {
                let v = self.by_name.entry(norm(&n)).or_default();
                if !v.contains(&person) {
                    v.push(person);
                }
                self.persons[person].names.push((lang, n));
            }
        }
        self.terms.push(Term { person, body: body.to_string(), igo, office, kind, start, end });
        let t = self.terms.len() - 1;
        self.persons[person].terms.push(t);
        Ok(())
    }

    pub fn person(&self, t: &Term) -> &Person {
        &self.persons[t.person]
    }

    /// The person's latest term (by start).
    pub fn latest(&self, person: usize) -> &Term {
        let p = &self.persons[person];
        p.terms.iter().map(|&t| &self.terms[t]).max_by_key(|t| t.start.first_day()).expect("a person has a term")
    }

    /// The people known by a name (any language, nominative; case and `ё` are ignored).
    pub fn named(&self, name: &str) -> &[usize] {
        self.by_name.get(&norm(name)).map(Vec::as_slice).unwrap_or(&[])
    }

    /// The terms held on `day` by people known by `name`, the highest office first.
    pub fn office_at(&self, name: &str, day: NaiveDate) -> Vec<&Term> {
        self.terms_on(self.named(name), day)
    }

    fn terms_on(&self, persons: &[usize], day: NaiveDate) -> Vec<&Term> {
        let mut v: Vec<&Term> = persons
            .iter()
            .flat_map(|&p| self.persons[p].terms.iter().map(|&t| &self.terms[t]))
            .filter(|t| t.holds_on(day))
            .collect();
        v.sort_by_key(|t| t.rank());
        v
    }

    /// Who a name of group `group` stands for on `day`: the highest term held that day; if no
    /// one of the group held office then, the term nearest in time (a name shared by a father
    /// and a son is the one closer to the day). `None` for an unknown group.
    pub fn resolve(&self, group: usize, day: NaiveDate) -> Option<(&Term, bool)> {
        let persons = self.groups.get(group)?;
        if let Some(t) = self.terms_on(persons, day).into_iter().next() {
            return Some((t, true));
        }
        persons
            .iter()
            .flat_map(|&p| self.persons[p].terms.iter().map(|&t| &self.terms[t]))
            .min_by_key(|t| (t.distance(day), t.rank()))
            .map(|t| (t, false))
    }

    /// Adds every name of the language as an actor pattern (en, ru: proper-name matching that
    /// lets Russian case endings through, Токаев → Токаевым; ko: the eojeol's stem is the name).
    /// Each pattern carries the person's latest term, and the group of people sharing the name.
    pub fn push_patterns(&mut self, lang: Lang, actors: &mut PatternSet<ActorInfo>, stemmers: &Stemmers) {
        // Names of this language, grouped by their normalised form, in file order.
        let mut order: Vec<(String, String)> = Vec::new();
        let mut groups: HashMap<String, Vec<usize>> = HashMap::new();
        for (p, person) in self.persons.iter().enumerate() {
            for (g, n) in &person.names {
                if *g != lang {
                    continue;
                }
                let key = norm(n);
                let v = groups.entry(key.clone()).or_default();
                if v.is_empty() {
                    order.push((key, n.clone()));
                }
                if !v.contains(&p) {
                    v.push(p);
                }
            }
        }
        for (key, written) in order {
            let persons = groups.remove(&key).unwrap_or_default();
            // The default reading: the person whose latest term began last.
            let best = *persons.iter().max_by_key(|&&p| self.latest(p).start.first_day()).expect("non-empty");
            let t = self.latest(best);
            let info = ActorInfo {
                kind: t.kind,
                country: t.country().map(String::from),
                canonical: Some(self.persons[best].name.clone()),
                pattern: written.clone(),
                official: Some(self.groups.len()),
                international: false,
                home: false,
            };
            self.groups.push(persons);
            let mut variants = vec![written.clone()];
            if written.contains('ё') || written.contains('Ё') {
                variants.push(written.replace('ё', "е").replace('Ё', "Е"));
            }
            for v in variants {
                actors.push(name_pattern(&v, lang, stemmers), info.clone());
            }
        }
    }
}

/// How an office-holder's name matches tokens in each language.
pub fn name_pattern(name: &str, lang: Lang, stemmers: &Stemmers) -> Vec<Word> {
    match lang {
        Lang::Ko => pattern::compile(name, true, KoMode::Exact, stemmers),
        _ => pattern::compile_name(name, lang == Lang::Ru, stemmers),
    }
}

impl crate::Knowledge {
    /// The office-holder an actor mention stands for on `day`: the mention is tokens
    /// `start..end` of a sentence in `lang`, matched by an office-holder's name. Gives the person,
    /// the term, and whether the term includes the day (else it is the nearest one).
    pub fn official_on(
        &self,
        lang: Lang,
        tokens: &[kroniko_analysis::Token],
        start: usize,
        end: usize,
        day: NaiveDate,
    ) -> Option<(&Person, &Term, bool)> {
        let lk = self.lang(lang)?;
        let group =
            lk.actors.matches_at(tokens, start).into_iter().filter(|m| m.end == end).find_map(|m| m.value.official)?;
        let (t, held) = self.officials.resolve(group, day)?;
        Some((self.officials.person(t), t, held))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Knowledge;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    const HEAD: &str = "# test\n";

    fn load(bodies: &str, text: &str) -> std::result::Result<Officials, String> {
        let known = ["KAZ", "AZE", "KOR", "USA"];
        Officials::load("world/bodies.tsv", bodies, "world/officials.tsv", text, |c| known.contains(&c))
            .map_err(|e| e.to_string())
    }

    #[test]
    fn partial_dates() {
        let y = PartialDate::parse("2019").unwrap();
        assert_eq!((y.first_day(), y.last_day()), (d("2019-01-01"), d("2019-12-31")));
        let m = PartialDate::parse("2024-02").unwrap();
        assert_eq!(m.last_day(), d("2024-02-29"));
        assert_eq!(PartialDate::parse("2025-12").unwrap().last_day(), d("2025-12-31"));
        for bad in ["19", "2019-13", "2023-02-30", "2019/03/20", "2019-3-20", ""] {
            assert!(PartialDate::parse(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn validation_errors_name_file_and_line() {
        let ok = "KAZ\thead_of_state\tGOV\tKassym-Jomart Tokayev\tTokayev\t토카예프\tТокаев\t2019-03-20\t-\n";
        assert!(load("UN\tUnited Nations\n", &format!("{HEAD}{ok}")).is_ok());
        let cases = [
            ("XYZ\thead_of_state\tGOV\tA B\t-\t-\t-\t2019\t-\n", "unknown country or body code"),
            ("KAZ\tking\tGOV\tA B\t-\t-\t-\t2019\t-\n", "unknown office"),
            ("KAZ\thead_of_state\tBOSS\tA B\t-\t-\t-\t2019\t-\n", "unknown actor type"),
            ("KAZ\thead_of_state\tGOV\tA B\t-\t-\t-\t2019-03-32\t-\n", "bad date"),
            ("KAZ\thead_of_state\tGOV\tA B\t-\t-\t-\t2019-03-20\t2019-03-19\n", "ends before it starts"),
            ("KAZ\thead_of_state\tGOV\tA B\t-\t-\t-\t-\t-\n", "no start date"),
            ("KAZ\thead_of_state\tGOV\tA B\t-\tTokayev\t-\t2019\t-\n", "not written in Hangul"),
            ("KAZ\thead_of_state\tGOV\tA B\t-\t-\tTokayev\t2019\t-\n", "not written in Cyrillic"),
            ("KAZ\thead_of_state\tGOV\tA B\t-\t-\t-\t2019\n", "expected 9..=9"),
            ("UN\tsecretary_general\tGOV\tA B\t-\t-\t-\t2019\t-\n", "only they, are of type IGO"),
            ("KAZ\tsecretary_general\tIGO\tA B\t-\t-\t-\t2019\t-\n", "only they, are of type IGO"),
        ];
        for (line, msg) in cases {
            let e = load("UN\tUnited Nations\n", &format!("{HEAD}{ok}{line}")).unwrap_err();
            assert!(e.starts_with("world/officials.tsv:3:") && e.contains(msg), "{line:?}: {e}");
        }
        let e = load("KAZ\tKazakh body\n", ok).unwrap_err();
        assert!(e.starts_with("world/bodies.tsv:1:") && e.contains("is a country code"), "{e}");
    }

    #[test]
    fn a_shared_name_is_resolved_by_the_date() {
        let k = Knowledge::embedded().unwrap();
        let o = &k.officials;
        let who = |name: &str, day: &str| -> Vec<String> {
            o.office_at(name, d(day)).iter().map(|t| format!("{} {} {}", o.person(t).name, t.office, t.body)).collect()
        };
        assert_eq!(who("Aliyev", "2001-06-01"), ["Heydar Aliyev head_of_state AZE"]);
        assert_eq!(who("Алиев", "2020-09-27"), ["Ilham Aliyev head_of_state AZE"]);
        assert_eq!(who("알리예프", "2010-01-01"), ["Ilham Aliyev head_of_state AZE"]);
        assert_eq!(who("이 대통령", "2010-05-01"), ["Lee Myung-bak head_of_state KOR"]);
        assert_eq!(who("이 대통령", "2025-08-15"), ["Lee Jae-myung head_of_state KOR"]);
        assert!(who("이 대통령", "2020-01-01").is_empty());
        assert_eq!(who("Clinton", "2000-03-01"), ["Bill Clinton head_of_state USA"]);
        assert_eq!(who("Clinton", "2011-03-01"), ["Hillary Clinton foreign_minister USA"]);
        // Concurrent holders of one surname: the higher office first.
        assert_eq!(
            who("Жапаров", "2023-01-01"),
            ["Sadyr Japarov head_of_state KGZ", "Akylbek Japarov head_of_government KGZ"]
        );
        // One person, several offices over time.
        assert_eq!(who("Putin", "2010-01-01"), ["Vladimir Putin head_of_government RUS"]);
        assert_eq!(who("Путин", "2015-01-01"), ["Vladimir Putin head_of_state RUS"]);
        assert_eq!(who("Bachelet", "2020-01-01"), ["Michelle Bachelet high_commissioner OHCHR"]);
        assert_eq!(o.office_at("Bachelet", d("2020-01-01"))[0].country(), None);
        assert_eq!(who("Shoigu", "2025-01-01"), ["Sergei Shoigu security_chief RUS"]);
    }

    #[test]
    fn resolve_falls_back_on_the_nearest_term() {
        let k = Knowledge::embedded().unwrap();
        let o = &k.officials;
        let group = |lang: Lang, name: &str| {
            k.lang(lang).unwrap().actors.iter().find(|(_, a)| a.pattern == name).and_then(|(_, a)| a.official).unwrap()
        };
        let g = group(Lang::En, "Aliyev");
        let name = |day: &str| o.resolve(g, d(day)).map(|(t, held)| (o.person(t).name.clone(), held)).unwrap();
        assert_eq!(name("1999-01-01"), ("Heydar Aliyev".to_string(), true));
        assert_eq!(name("2024-01-01"), ("Ilham Aliyev".to_string(), true));
        assert_eq!(name("1980-01-01"), ("Heydar Aliyev".to_string(), false));
        let g = group(Lang::Ko, "라자팍사");
        let (t, held) = o.resolve(g, d("2019-01-01")).unwrap();
        assert_eq!((o.person(t).name.as_str(), held), ("Gotabaya Rajapaksa", false));
        // The pattern's own reading (no date) is the person whose latest term began last.
        let a = k.lang(Lang::En).unwrap().actors.iter().find(|(_, a)| a.pattern == "Aliyev").unwrap().1.clone();
        assert_eq!((a.kind, a.country.as_deref(), a.canonical.as_deref()), ("GOV", Some("AZE"), Some("Ilham Aliyev")));
    }

    #[test]
    fn embedded_officials_cover_the_world() {
        let k = Knowledge::embedded().unwrap();
        let o = &k.officials;
        let countries: std::collections::HashSet<&str> =
            o.terms.iter().filter(|t| !t.igo).map(|t| t.body.as_str()).collect();
        let bodies: std::collections::HashSet<&str> =
            o.terms.iter().filter(|t| t.igo).map(|t| t.body.as_str()).collect();
        assert!(countries.len() >= 60, "{} countries", countries.len());
        assert!(bodies.len() >= 12, "{} bodies", bodies.len());
        for iso in [
            "ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "KOR", "MEX", "RUS", "SAU",
            "ZAF", "TUR", "GBR", "USA",
        ] {
            assert!(countries.contains(iso), "G20 member {iso}");
        }
        for iso in [
            "RUS", "UKR", "BLR", "MDA", "EST", "LVA", "LTU", "GEO", "ARM", "AZE", "KAZ", "KGZ", "UZB", "TJK", "TKM",
            "PRK",
        ] {
            assert!(countries.contains(iso), "{iso}");
        }
        // Everyone has a name in each language.
        for p in &o.persons {
            for lang in Lang::SUPPORTED {
                assert!(p.names.iter().any(|(g, _)| *g == lang), "{} has no {lang} name", p.name);
            }
        }
    }
}
