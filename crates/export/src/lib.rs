//! Writers for the event export: a human-readable table, CSV and JSONL (the schema of
//! PRODUCT.md, one event per line).

use kroniko_doc::{Actor, Event};
use std::io::{self, Write};

/// The formats `kroniko events` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Table,
    Csv,
    Jsonl,
    /// RFC 7946 FeatureCollection of the events that have coordinates.
    Geojson,
    /// ACLED's column names and inter codes, for the events that have an ACLED category.
    AcledCsv,
}

impl std::str::FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "table" => Ok(Format::Table),
            "csv" => Ok(Format::Csv),
            "jsonl" | "json" => Ok(Format::Jsonl),
            "geojson" => Ok(Format::Geojson),
            "acled-csv" | "acled" => Ok(Format::AcledCsv),
            other => Err(format!("unknown format {other:?} (table, csv, jsonl, geojson, acled-csv)")),
        }
    }
}

/// Writes events in a format.
pub fn write(events: &[Event], format: Format, out: &mut dyn Write) -> io::Result<()> {
    match format {
        Format::Table => write_table(events, out),
        Format::Csv => write_csv(events, out),
        Format::Jsonl => write_jsonl(events, out),
        Format::Geojson => write_geojson(events, out),
        Format::AcledCsv => write_acled_csv(events, out),
    }
}

pub fn write_jsonl(events: &[Event], out: &mut dyn Write) -> io::Result<()> {
    for e in events {
        serde_json::to_writer(&mut *out, e)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

fn actor_cell(a: &Option<Actor>) -> String {
    match a {
        None => String::new(),
        Some(a) => {
            let mut s = a.text.clone();
            let tags: Vec<&str> = [a.kind.as_deref(), a.country.as_deref()].into_iter().flatten().collect();
            if !tags.is_empty() {
                s.push_str(&format!(" [{}]", tags.join(" ")));
            }
            s
        }
    }
}

fn quantities_cell(e: &Event) -> String {
    e.quantities.iter().map(|q| format!("{} {}", q.what, q.n)).collect::<Vec<_>>().join("; ")
}

/// The CSV columns, in order.
pub const CSV_COLUMNS: &[&str] = &[
    "id",
    "doc_id",
    "url",
    "published",
    "type",
    "mode",
    "acled_event_type",
    "acled_sub_event_type",
    "cameo_root",
    "actor1",
    "actor1_name",
    "actor1_type",
    "actor1_country",
    "actor2",
    "actor2_name",
    "actor2_type",
    "actor2_country",
    "location",
    "location_name",
    "country",
    "lat",
    "lon",
    "location_precision",
    "date",
    "date_precision",
    "fatalities",
    "quantities",
    "attributed_to",
    "lang",
    "sentence",
    "start",
    "end",
];

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

pub fn write_csv(events: &[Event], out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "{}", CSV_COLUMNS.join(","))?;
    for e in events {
        let a = |x: &Option<Actor>| -> [String; 4] {
            match x {
                None => Default::default(),
                Some(a) => [
                    a.text.clone(),
                    a.name.clone().unwrap_or_default(),
                    a.kind.clone().unwrap_or_default(),
                    a.country.clone().unwrap_or_default(),
                ],
            }
        };
        let [a1, a1n, a1t, a1c] = a(&e.actor1);
        let [a2, a2n, a2t, a2c] = a(&e.actor2);
        let loc = e.location.as_ref();
        let row: Vec<String> = vec![
            e.id.clone(),
            e.doc_id.clone(),
            e.url.clone().unwrap_or_default(),
            e.published.map(|d| d.to_string()).unwrap_or_default(),
            e.kind.clone(),
            e.mode.clone().unwrap_or_default(),
            e.acled.as_ref().map(|x| x.event_type.clone()).unwrap_or_default(),
            e.acled.as_ref().map(|x| x.sub_event_type.clone()).unwrap_or_default(),
            e.cameo_root.clone().unwrap_or_default(),
            a1,
            a1n,
            a1t,
            a1c,
            a2,
            a2n,
            a2t,
            a2c,
            loc.map(|l| l.text.clone()).unwrap_or_default(),
            loc.map(|l| l.name.clone()).unwrap_or_default(),
            e.country.clone().unwrap_or_default(),
            loc.and_then(|l| l.lat).map(|v| v.to_string()).unwrap_or_default(),
            loc.and_then(|l| l.lon).map(|v| v.to_string()).unwrap_or_default(),
            loc.map(|l| l.precision.clone()).unwrap_or_default(),
            e.date.map(|d| d.to_string()).unwrap_or_default(),
            e.date_precision.clone().unwrap_or_default(),
            e.fatalities.map(|f| f.to_string()).unwrap_or_default(),
            quantities_cell(e),
            e.attributed_to.clone().unwrap_or_default(),
            e.lang.code().to_string(),
            e.evidence.sentence.clone(),
            e.evidence.start.to_string(),
            e.evidence.end.to_string(),
        ];
        writeln!(out, "{}", row.iter().map(|f| csv_field(f)).collect::<Vec<_>>().join(","))?;
    }
    Ok(())
}

/// Writes an RFC 7946 FeatureCollection: one Point feature (longitude, latitude) per event with
/// coordinates, its properties the export schema without the location's coordinates.
pub fn write_geojson(events: &[Event], out: &mut dyn Write) -> io::Result<()> {
    out.write_all(b"{\"type\":\"FeatureCollection\",\"features\":[")?;
    let mut first = true;
    for e in events {
        let Some((lat, lon)) = e.location.as_ref().and_then(|l| Some((l.lat?, l.lon?))) else { continue };
        if !first {
            out.write_all(b",")?;
        }
        first = false;
        let props = serde_json::to_value(e)?;
        let feature = serde_json::json!({
            "type": "Feature",
            "id": e.id,
            "geometry": {"type": "Point", "coordinates": [lon, lat]},
            "properties": props,
        });
        serde_json::to_writer(&mut *out, &feature)?;
    }
    out.write_all(b"]}\n")
}

/// ACLED's export columns, in ACLED's order.
pub const ACLED_COLUMNS: &[&str] = &[
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
];

/// ACLED's actor ("inter") code for an actor type: 1 state forces, 2 rebels, 3 political
/// militias, 4 identity militias, 5 rioters, 6 protesters, 7 civilians, 8 external/other.
pub fn inter_code(kind: Option<&str>) -> Option<u8> {
    Some(match kind? {
        "GOV" | "MIL" | "COP" | "SPY" | "JUD" | "LEG" => 1,
        "REB" => 2,
        "UAF" | "PTY" | "OPP" => 3,
        "RIO" => 5,
        "PRO" => 6,
        "CVL" | "JRN" | "MED" | "EDU" | "REL" | "REF" | "LAB" | "BUS" | "CRM" => 7,
        "IGO" => 8,
        _ => return None,
    })
}

fn disorder_type(event_type: &str) -> &'static str {
    match event_type {
        "Battles" | "Explosions/Remote violence" | "Violence against civilians" => "Political violence",
        "Protests" | "Riots" => "Demonstrations",
        _ => "Strategic developments",
    }
}

/// Writes the events that have an ACLED category as ACLED-style CSV. Actor names are the
/// canonical name when known, else the text; `iso` (ACLED's numeric code) is left empty and
/// `country` holds ISO alpha-3.
pub fn write_acled_csv(events: &[Event], out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "{}", ACLED_COLUMNS.join(","))?;
    for e in events {
        let Some(acled) = &e.acled else { continue };
        let name = |a: &Option<Actor>| -> String {
            a.as_ref()
                .map(|a| {
                    let n = a.name.clone().unwrap_or_else(|| a.text.clone());
                    match &a.country {
                        Some(c) if a.kind.as_deref() != Some("IGO") => format!("{n} ({c})"),
                        _ => n,
                    }
                })
                .unwrap_or_default()
        };
        let i1 = inter_code(e.actor1.as_ref().and_then(|a| a.kind.as_deref()));
        let i2 = inter_code(e.actor2.as_ref().and_then(|a| a.kind.as_deref()));
        let interaction = match (i1, i2) {
            (Some(a), Some(b)) => format!("{}{}", a.min(b), a.max(b)),
            (Some(a), None) | (None, Some(a)) => format!("{a}0"),
            _ => String::new(),
        };
        let civilian = if i2 == Some(7) && acled.event_type != "Protests" { "Civilian targeting" } else { "" };
        let loc = e.location.as_ref();
        let precision = match loc.map(|l| l.precision.as_str()) {
            Some("city") => "1",
            Some("region") => "2",
            Some(_) => "3",
            None => "",
        };
        let time_precision = match e.date_precision.as_deref() {
            Some("day") => "1",
            Some("month") => "3",
            Some(_) => "3",
            None => "",
        };
        let row: Vec<String> = vec![
            e.id.clone(),
            e.date.map(|d| d.to_string()).unwrap_or_default(),
            e.date.map(|d| d.format("%Y").to_string()).unwrap_or_default(),
            time_precision.into(),
            disorder_type(&acled.event_type).into(),
            acled.event_type.clone(),
            acled.sub_event_type.clone(),
            name(&e.actor1),
            String::new(),
            i1.map(|x| x.to_string()).unwrap_or_default(),
            name(&e.actor2),
            String::new(),
            i2.map(|x| x.to_string()).unwrap_or_default(),
            interaction,
            civilian.into(),
            String::new(),
            String::new(),
            e.country.clone().unwrap_or_default(),
            loc.filter(|l| l.precision == "region").map(|l| l.name.clone()).unwrap_or_default(),
            String::new(),
            String::new(),
            loc.map(|l| l.name.clone()).unwrap_or_default(),
            loc.and_then(|l| l.lat).map(|v| format!("{v:.4}")).unwrap_or_default(),
            loc.and_then(|l| l.lon).map(|v| format!("{v:.4}")).unwrap_or_default(),
            precision.into(),
            e.attributed_to.clone().or_else(|| e.url.clone()).unwrap_or_else(|| e.doc_id.clone()),
            String::new(),
            e.evidence.sentence.clone(),
            e.fatalities.unwrap_or(0).to_string(),
            e.mode.clone().unwrap_or_default(),
            String::new(),
        ];
        writeln!(out, "{}", row.iter().map(|f| csv_field(f)).collect::<Vec<_>>().join(","))?;
    }
    Ok(())
}

/// Display width of a string (East Asian wide characters count two columns).
fn width(s: &str) -> usize {
    s.chars().map(|c| if is_wide(c) { 2 } else { 1 }).sum()
}

fn is_wide(c: char) -> bool {
    matches!(c as u32, 0x1100..=0x115F | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6)
}

/// Cuts a string to at most `w` columns, with an ellipsis when cut.
fn fit(s: &str, w: usize) -> String {
    let s: String = s.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    if width(&s) <= w {
        return format!("{s}{}", " ".repeat(w - width(&s)));
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let cw = if is_wide(c) { 2 } else { 1 };
        if used + cw > w.saturating_sub(1) {
            break;
        }
        out.push(c);
        used += cw;
    }
    out.push('…');
    used += 1;
    format!("{out}{}", " ".repeat(w.saturating_sub(used)))
}

pub fn write_table(events: &[Event], out: &mut dyn Write) -> io::Result<()> {
    let cols: [(&str, usize); 8] = [
        ("date", 10),
        ("type", 16),
        ("actor1", 22),
        ("actor2", 22),
        ("where", 18),
        ("numbers", 16),
        ("source", 16),
        ("evidence", 60),
    ];
    let header: Vec<String> = cols.iter().map(|(n, w)| fit(n, *w)).collect();
    writeln!(out, "{}", header.join("  ").trim_end())?;
    writeln!(out, "{}", cols.iter().map(|(_, w)| "-".repeat(*w)).collect::<Vec<_>>().join("  "))?;
    for e in events {
        let kind = match &e.mode {
            Some(m) => format!("{}/{}", e.kind, m),
            None => e.kind.clone(),
        };
        let place = e
            .location
            .as_ref()
            .map(|l| format!("{} [{}]", l.name, l.country.as_deref().unwrap_or("?")))
            .or_else(|| e.country.as_ref().map(|c| format!("[{c}]")))
            .unwrap_or_default();
        let mut nums = quantities_cell(e);
        if nums.is_empty() {
            if let Some(f) = e.fatalities {
                nums = format!("fatalities {f}");
            }
        }
        let cells = [
            e.date.map(|d| d.to_string()).unwrap_or_default(),
            kind,
            actor_cell(&e.actor1),
            actor_cell(&e.actor2),
            place,
            nums,
            e.attributed_to.clone().unwrap_or_default(),
            e.evidence.sentence.clone(),
        ];
        let row: Vec<String> = cells.iter().zip(cols.iter()).map(|(c, (_, w))| fit(c, *w)).collect();
        writeln!(out, "{}", row.join("  ").trim_end())?;
    }
    writeln!(out, "({} event{})", events.len(), if events.len() == 1 { "" } else { "s" })?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_characters_fit_columns() {
        assert_eq!(width("경찰"), 4);
        assert_eq!(fit("경찰이 시위대", 6), "경찰… ");
        assert_eq!(width(&fit("경찰이 시위대를 해산했다", 10)), 10);
        assert_eq!(fit("abc", 5), "abc  ");
    }

    #[test]
    fn inter_codes_follow_acled() {
        assert_eq!(inter_code(Some("COP")), Some(1));
        assert_eq!(inter_code(Some("PRO")), Some(6));
        assert_eq!(inter_code(Some("RIO")), Some(5));
        assert_eq!(inter_code(Some("CVL")), Some(7));
        assert_eq!(inter_code(None), None);
    }

    #[test]
    fn csv_quotes_fields() {
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("plain"), "plain");
    }
}
