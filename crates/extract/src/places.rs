//! Places from the generated gazetteer: the guards that keep its 34,000 names from matching
//! ordinary words, the cross-script fallback for names it does not spell, and the choice among
//! several places of one name.
//!
//! A hand-written place (`data/world/places.tsv`, `countries.tsv`) matches as before and wins
//! over a generated name of the same length. A generated city (`Place::generated`) is not
//! matched where a word of the language's lexicons (trigger, actor, cue, date, number word)
//! starts, and it stands ([`resolve`]) only when its country is one the document names without
//! doubt, or it is a city of a million not at the start of the sentence, or a locative cue marks
//! it (en/ru: a `loc-prep` before it, perhaps across a few lower-case words; ko: the locative or
//! dative particle on it) and the document names no country.
//!
//! Korean two-syllable names need the locative particle in every case.

use kroniko_analysis::{Role, Token, TokenKind};
use kroniko_doc::Lang;
use kroniko_knowledge::translit::{cyrillic_to_latin, hangul_to_latin};
use kroniko_knowledge::{Cue, Knowledge, LangKnowledge, Match, PlaceRef};

/// A generated city this large needs no locative cue (unless it starts the sentence).
const BIG_CITY: u64 = 1_000_000;
/// The lowest fuzzy score the cross-script fallback accepts.
const FUZZY_MIN: f64 = 0.88;

/// One candidate place of a mention, with what the text says around it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Cand {
    pub r: PlaceRef,
    /// From the generated gazetteer (or the fuzzy fallback): needs support to stand.
    pub weak: bool,
    /// A locative cue marks it as a place.
    pub cue: bool,
    /// It starts the sentence (a capital letter says nothing there).
    pub initial: bool,
}

impl Cand {
    /// A hand-written place: no support needed.
    pub fn sure(r: PlaceRef) -> Self {
        Cand { r, weak: false, cue: false, initial: false }
    }
}

pub(crate) fn generated(k: &Knowledge, r: PlaceRef) -> bool {
    matches!(r, PlaceRef::Place(i) if k.places[i].generated)
}

fn country_of(k: &Knowledge, r: PlaceRef) -> &str {
    match r {
        PlaceRef::Country(i) => &k.countries[i].iso3,
        PlaceRef::Place(i) => &k.places[i].country,
    }
}

fn population(k: &Knowledge, r: PlaceRef) -> u64 {
    match r {
        PlaceRef::Country(_) => 0,
        PlaceRef::Place(i) => k.places[i].population,
    }
}

/// Whether a word of the language's lexicons starts at token `i`: such a word is not a town.
fn lexicon_word(lk: &LangKnowledge, toks: &[Token], i: usize) -> bool {
    !lk.triggers.matches_at(toks, i).is_empty()
        || !lk.actors.matches_at(toks, i).is_empty()
        || !lk.cues.matches_at(toks, i).is_empty()
        || !lk.dates.matches_at(toks, i).is_empty()
        || !lk.numerals.matches_at(toks, i).is_empty()
        || !lk.adjectives.matches_at(toks, i).is_empty()
}

/// Whether the place at tokens `s..e` is marked as where something happens.
fn locative(toks: &[Token], cues: &[(usize, usize, Cue)], s: usize, e: usize, candidate: usize, korean: bool) -> bool {
    if korean {
        let role = toks[e - 1].ko.get(candidate).and_then(|k| k.role);
        matches!(role, Some(Role::Loc) | Some(Role::Dat))
    } else {
        // The preposition right before it, or before a few lower-case words ("in the town of",
        // "в городе").
        (0..=4).any(|gap| {
            s > gap
                && toks[s - gap..s]
                    .iter()
                    .all(|t| t.kind == TokenKind::Word && !t.norm.chars().next().is_some_and(|c| c.is_uppercase()))
                && cues.iter().any(|&(a, b, c)| b == s - gap && a < b && c == Cue::LocPrep)
        })
    }
}

/// Whether token `i` starts the sentence's text (after a dateline, quotes or a dash), where a
/// capital letter says nothing.
fn initial(toks: &[Token], i: usize, text_start: usize) -> bool {
    toks[text_start.min(i)..i].iter().all(|t| t.kind == TokenKind::Punct)
}

/// The candidates of the matches at one position, longest first: hand-written places as they
/// are; generated ones through the guards. Returns the span's end, the Korean candidate of its
/// last word and the candidates (empty: nothing to keep here).
pub(crate) fn admissible(
    k: &Knowledge,
    lk: &LangKnowledge,
    toks: &[Token],
    ms: &[Match<PlaceRef>],
    cues: &[(usize, usize, Cue)],
    korean: bool,
    text_start: usize,
) -> Option<(usize, usize, Vec<Cand>)> {
    let first = ms.first()?;
    let i = first.start;
    let mut lexical: Option<bool> = None;
    for len in (1..=first.end - first.start).rev() {
        let same: Vec<&Match<PlaceRef>> = ms.iter().filter(|m| m.end - m.start == len).collect();
        if same.is_empty() {
            continue;
        }
        // Of names over the same words, the one that spells more of them ("Отавало" for
        // Otavalo, not the prefix "Отава" of an Ottawa spelling).
        let most = same.iter().map(|m| m.weight).max().unwrap_or(0);
        let same: Vec<&Match<PlaceRef>> = same.into_iter().filter(|m| m.weight == most).collect();
        let (end, candidate) = (same[0].end, same[0].candidate);
        // A hand-written name wins over generated ones of the same length.
        let hand: Vec<Cand> = same.iter().filter(|m| !generated(k, *m.value)).map(|m| Cand::sure(*m.value)).collect();
        if !hand.is_empty() {
            return Some((end, candidate, hand));
        }
        if *lexical.get_or_insert_with(|| lexicon_word(lk, toks, i)) {
            return None;
        }
        let cue = locative(toks, cues, i, end, candidate, korean);
        let short_ko =
            korean && toks[end - 1].ko.get(candidate).map(|c| c.stem.chars().count()).unwrap_or(0) <= 2 && end - i == 1;
        if short_ko && !cue {
            continue;
        }
        let init = initial(toks, i, text_start);
        let cands: Vec<Cand> = same.iter().map(|m| Cand { r: *m.value, weak: true, cue, initial: init }).collect();
        return Some((end, candidate, cands));
    }
    None
}

/// The cross-script fallback at token `i`: a capitalised Cyrillic word after a locative
/// preposition, or a Hangul noun of three syllables or more with the locative or dative
/// particle, that no name matched, transliterated and looked up by sound among the Latin names
/// of all places. Only a high score is accepted.
pub(crate) fn fuzzy(
    k: &Knowledge,
    lk: &LangKnowledge,
    lang: Lang,
    toks: &[Token],
    cues: &[(usize, usize, Cue)],
    i: usize,
) -> Vec<Cand> {
    let t = &toks[i];
    if t.kind != TokenKind::Word {
        return Vec::new();
    }
    let spellings: Vec<String> = match lang {
        Lang::Ko => {
            let Some(stem) = t.ko.last().filter(|_| t.is_hangul()) else { return Vec::new() };
            let syllables = stem.stem.chars().filter(|c| ('\u{AC00}'..='\u{D7A3}').contains(c)).count();
            // Only the locative particle: a dative is as often a person ("…에게").
            if syllables < 3 || syllables != stem.stem.chars().count() || stem.role != Some(Role::Loc) {
                return Vec::new();
            }
            hangul_to_latin(&stem.stem)
        }
        Lang::Ru => {
            let cyr = t.norm.chars().all(|c| ('\u{0400}'..='\u{04FF}').contains(&c) || c == '-');
            if !cyr
                || !t.norm.chars().next().is_some_and(char::is_uppercase)
                || t.norm.chars().count() < 5
                || !locative(toks, cues, i, i + 1, 0, false)
            {
                return Vec::new();
            }
            // (a name the stop list keeps from towns: "Садии", "Али")
            if lk.place_stop.contains(&t.lower) {
                return Vec::new();
            }
            // The word less a case ending (data: ru/cases.tsv), or less one final vowel.
            let mut forms = vec![t.lower.clone()];
            for (ending, _) in &lk.cases {
                if let Some(s) = t.lower.strip_suffix(ending.as_str()) {
                    if s.chars().count() >= 4 {
                        forms.push(s.to_string());
                    }
                }
            }
            if let Some(c) = t.lower.chars().last().filter(|c| "аяоеиыуюь".contains(*c)) {
                forms.push(t.lower[..t.lower.len() - c.len_utf8()].to_string());
            }
            forms.iter().map(|f| cyrillic_to_latin(f)).collect()
        }
        _ => return Vec::new(),
    };
    if lexicon_word(lk, toks, i) {
        return Vec::new();
    }
    let (_, hits) = k.fuzzy().lookup(&spellings, FUZZY_MIN);
    hits.into_iter().map(|p| Cand { r: PlaceRef::Place(p), weak: true, cue: true, initial: false }).collect()
}

/// Chooses among a mention's candidates with the countries the document names (`doc`). A weak
/// (generated) candidate stands when its country is one of those, or it is a city of a million
/// not at the start of the sentence, or a locative cue marks it and the document names no
/// country at all (a town of another country than the ones a report is about is more often a
/// namesake: a Japanese Kani in a report on Myanmar). Of those standing: one in the document's
/// countries, then the largest. `None`: nothing stands.
pub(crate) fn resolve(k: &Knowledge, cands: &[Cand], doc: &[String]) -> Option<PlaceRef> {
    let in_doc = |r: PlaceRef| doc.iter().any(|c| c == country_of(k, r));
    let stands = |c: &Cand| {
        let pop = population(k, c.r);
        !c.weak || in_doc(c.r) || (pop >= BIG_CITY && !c.initial) || (c.cue && doc.is_empty())
    };
    cands.iter().filter(|c| stands(c)).max_by_key(|c| (in_doc(c.r), population(k, c.r))).map(|c| c.r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolve_prefers_the_documents_countries_then_population() {
        let k = Knowledge::embedded().unwrap();
        let city = |name: &str| PlaceRef::Place(k.places.iter().position(|p| p.name == name).unwrap());
        let (a, b) = (city("Almaty"), city("Orenburg"));
        let both = [Cand::sure(a), Cand::sure(b)];
        assert_eq!(resolve(&k, &both, &["RUS".to_string()]), Some(b));
        assert_eq!(resolve(&k, &both, &[]), Some(a), "the larger one without other evidence");
        // A town from the generated list with no cue needs its country in the document.
        let small = |r| Cand { r, weak: true, cue: false, initial: false };
        let kaz = ["KAZ".to_string()];
        assert_eq!(resolve(&k, &[small(b)], &kaz), None);
        assert_eq!(resolve(&k, &[small(b)], &["RUS".to_string()]), Some(b));
        // A locative cue is enough when the document names no country; a city of a million
        // needs nothing unless it starts the sentence.
        let cued = Cand { cue: true, ..small(b) };
        assert_eq!(resolve(&k, &[cued], &kaz), None);
        assert_eq!(resolve(&k, &[cued], &[]), Some(b));
        let initial = Cand { initial: true, ..small(a) };
        assert_eq!(resolve(&k, &[small(a)], &["RUS".to_string()]), Some(a));
        assert_eq!(resolve(&k, &[initial], &["RUS".to_string()]), None);
    }
}
