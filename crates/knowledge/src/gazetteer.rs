//! The generated gazetteer: GeoNames cities (population ≥ 15,000) and country names in en/ko/ru,
//! built from registry packages by `scripts/setup.sh` into [`crate::generated_dir`] and read at
//! run time (never embedded: the files are not in the repository).
//!
//! `gazetteer.tsv`: `geonameid iso3 lat lon population admin1 name_en aliases_en names_ko names_ru`
//! `gazetteer-countries.tsv`: `iso3 names_en names_ko names_ru`
//!
//! Lines are validated like the hand-written data: a bad line is an error naming file and line.
//! When the files are absent kroniko warns once and works with the hand-written data only.

use crate::{tsv_lines, KnowledgeError, Line};
use std::path::Path;

pub const CITIES: &str = "gazetteer.tsv";
pub const COUNTRIES: &str = "gazetteer-countries.tsv";

/// One generated city.
#[derive(Debug, Clone)]
pub struct GenCity {
    pub geonameid: u64,
    pub iso3: String,
    pub lat: f64,
    pub lon: f64,
    pub population: u64,
    pub admin1: Option<String>,
    pub name: String,
    pub aliases_en: Vec<String>,
    pub names_ko: Vec<String>,
    pub names_ru: Vec<String>,
}

/// Country names in the three languages.
#[derive(Debug, Clone)]
pub struct GenCountry {
    pub iso3: String,
    pub names_en: Vec<String>,
    pub names_ko: Vec<String>,
    pub names_ru: Vec<String>,
}

/// Both generated files.
#[derive(Debug, Clone, Default)]
pub struct Generated {
    pub cities: Vec<GenCity>,
    pub countries: Vec<GenCountry>,
}

fn strings(l: &Line, i: usize) -> Vec<String> {
    l.alts(i).into_iter().map(String::from).collect()
}

/// Parses `gazetteer.tsv`; `known` says whether an ISO alpha-3 code is a known country.
pub fn parse_cities(file: &str, text: &str, known: &dyn Fn(&str) -> bool) -> Result<Vec<GenCity>, KnowledgeError> {
    let mut out = Vec::new();
    for l in tsv_lines(file, text, 10, 10)? {
        let geonameid = l.req(0)?.parse::<u64>().map_err(|_| l.err(format!("bad geonameid {:?}", l.cols[0])))?;
        let iso3 = l.req(1)?;
        if !known(iso3) {
            return Err(l.err(format!("unknown country code {iso3:?} (not in world/countries.tsv)")));
        }
        let (lat, lon) = crate::coords(&l, 2, 3)?;
        let p = l.req(4)?;
        let population = p.parse::<u64>().map_err(|_| l.err(format!("bad population {p:?}")))?;
        let name = l.req(6)?.to_string();
        let names_ko = strings(&l, 8);
        if names_ko.iter().any(|n| !n.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c))) {
            return Err(l.err("a Korean name without Hangul"));
        }
        let names_ru = strings(&l, 9);
        if names_ru.iter().any(|n| !n.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c))) {
            return Err(l.err("a Russian name without Cyrillic"));
        }
        out.push(GenCity {
            geonameid,
            iso3: iso3.to_string(),
            lat,
            lon,
            population,
            admin1: l.opt(5).map(String::from),
            name,
            aliases_en: strings(&l, 7),
            names_ko,
            names_ru,
        });
    }
    Ok(out)
}

/// Parses `gazetteer-countries.tsv`.
pub fn parse_countries(
    file: &str,
    text: &str,
    known: &dyn Fn(&str) -> bool,
) -> Result<Vec<GenCountry>, KnowledgeError> {
    let mut out = Vec::new();
    for l in tsv_lines(file, text, 4, 4)? {
        let iso3 = l.req(0)?;
        if !known(iso3) {
            return Err(l.err(format!("unknown country code {iso3:?} (not in world/countries.tsv)")));
        }
        out.push(GenCountry {
            iso3: iso3.to_string(),
            names_en: strings(&l, 1),
            names_ko: strings(&l, 2),
            names_ru: strings(&l, 3),
        });
    }
    Ok(out)
}

/// Reads the generated files from `dir`: `None` (after one warning per process on stderr) when
/// the cities file is not there.
pub fn read(dir: &Path, known: &dyn Fn(&str) -> bool) -> Result<Option<Generated>, KnowledgeError> {
    let cities = dir.join(CITIES);
    let text = match std::fs::read_to_string(&cities) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            warn_once(&format!(
                "kroniko: no generated gazetteer at {} (run scripts/setup.sh); using the hand-written places only",
                cities.display()
            ));
            return Ok(None);
        }
        Err(e) => return Err(KnowledgeError::Io { file: cities.display().to_string(), source: e }),
    };
    let mut g = Generated { cities: parse_cities(&cities.display().to_string(), &text, known)?, countries: Vec::new() };
    let countries = dir.join(COUNTRIES);
    match std::fs::read_to_string(&countries) {
        Ok(t) => g.countries = parse_countries(&countries.display().to_string(), &t, known)?,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(KnowledgeError::Io { file: countries.display().to_string(), source: e }),
    }
    Ok(Some(g))
}

fn warn_once(msg: &str) {
    static WARNED: std::sync::Once = std::sync::Once::new();
    WARNED.call_once(|| eprintln!("{msg}"));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known(c: &str) -> bool {
        matches!(c, "KAZ" | "RUS")
    }

    #[test]
    fn parses_a_city_line() {
        let t = "# c\n1\tKAZ\t43.25\t76.91\t2000000\t02\tSample City\tSample Town|Old Sample\t샘플시티\tСэмпл-Сити\n";
        let c = parse_cities("g.tsv", t, &known).unwrap();
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].aliases_en, vec!["Sample Town", "Old Sample"]);
        assert_eq!(c[0].names_ko, vec!["샘플시티"]);
        assert_eq!(c[0].admin1.as_deref(), Some("02"));
    }

    #[test]
    fn bad_lines_name_file_and_line() {
        let ok = "1\tKAZ\t43.25\t76.91\t2000\t-\tA\t-\t-\t-\n";
        let e = parse_cities("g.tsv", &format!("{ok}2\tXYZ\t1\t1\t1\t-\tB\t-\t-\t-\n"), &known).unwrap_err();
        assert!(e.to_string().starts_with("g.tsv:2:") && e.to_string().contains("unknown country"), "{e}");
        let e = parse_cities("g.tsv", "1\tKAZ\t143.25\t76.91\t2000\t-\tA\t-\t-\t-\n", &known).unwrap_err();
        assert!(e.to_string().contains("out of range"), "{e}");
        let e = parse_cities("g.tsv", "1\tKAZ\t43\t76\tmany\t-\tA\t-\t-\t-\n", &known).unwrap_err();
        assert!(e.to_string().contains("bad population"), "{e}");
        let e = parse_cities("g.tsv", "1\tKAZ\t43\t76\t5\t-\tA\t-\tSeoul\t-\n", &known).unwrap_err();
        assert!(e.to_string().contains("without Hangul"), "{e}");
        let e = parse_cities("g.tsv", "1\tKAZ\t43\t76\t5\t-\tA\n", &known).unwrap_err();
        assert!(e.to_string().contains("columns"), "{e}");
        let e = parse_countries("c.tsv", "KAZ\tKazakhstan\t카자흐스탄\n", &known).unwrap_err();
        assert!(e.to_string().starts_with("c.tsv:1:"), "{e}");
    }

    #[test]
    fn absent_files_are_not_an_error() {
        let dir = std::env::temp_dir().join("kroniko-no-gazetteer-here");
        assert!(read(&dir, &known).unwrap().is_none());
    }
}
