//! Tokens: words, numbers and punctuation with byte spans into the original text.
//!
//! English and Russian words carry their Snowball stem. A Korean eojeol (a space-separated
//! word) carries its candidate stems, made by peeling case particles off its end one by one
//! (`시위자들이` → `시위자들` → `시위자`), with the grammatical role the particles give it.
//! When the Korean analyser is loaded ([`crate::morph::KoMorph`]), a particle is peeled only
//! where the analysis puts a morpheme boundary and tags what is peeled as a particle (or an
//! ending, for quotative, hortative and copula endings); the particle table still gives the
//! role. Without it, the table alone decides.

use crate::morph::{KoMorph, Morpheme};
use rust_stemmers::{Algorithm, Stemmer};
use std::str::FromStr;

/// The grammatical role a Korean particle marks (see `data/ko/particles.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    Subj,
    Topic,
    Obj,
    Dat,
    Loc,
    Poss,
    Conj,
    Instr,
    From,
    Also,
    Plural,
    Quote,
    Hortative,
    Copula,
    Other,
}

impl FromStr for Role {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Ok(match s {
            "subj" => Role::Subj,
            "topic" => Role::Topic,
            "obj" => Role::Obj,
            "dat" => Role::Dat,
            "loc" => Role::Loc,
            "poss" => Role::Poss,
            "conj" => Role::Conj,
            "instr" => Role::Instr,
            "from" => Role::From,
            "also" => Role::Also,
            "plural" => Role::Plural,
            "quote" => Role::Quote,
            "hortative" => Role::Hortative,
            "copula" => Role::Copula,
            "other" | "only" | "until" | "comp" => Role::Other,
            _ => return Err(format!("unknown particle role {s:?}")),
        })
    }
}

/// Korean particles, longest first.
#[derive(Debug, Default, Clone)]
pub struct Particles {
    list: Vec<(String, Role)>,
}

impl Particles {
    pub fn new(mut list: Vec<(String, Role)>) -> Self {
        list.sort_by(|a, b| b.0.chars().count().cmp(&a.0.chars().count()).then(a.0.cmp(&b.0)));
        list.dedup_by(|a, b| a.0 == b.0);
        Particles { list }
    }
    pub fn len(&self) -> usize {
        self.list.len()
    }
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }
    /// The role of a word that is a particle by itself ("에" after "(NUG)"), if it is one.
    pub fn role_of(&self, word: &str) -> Option<Role> {
        self.list.iter().find(|(p, _)| p == word).map(|(_, r)| *r)
    }
    /// The longest particle `word` ends with, leaving a non-empty stem.
    fn strip<'a>(&self, word: &'a str) -> Option<(&'a str, Role)> {
        self.list.iter().find_map(|(p, r)| {
            if word.len() > p.len() && word.ends_with(p.as_str()) {
                Some((&word[..word.len() - p.len()], *r))
            } else {
                None
            }
        })
    }
}

/// One candidate stem of a Korean eojeol and the role its particles give it.
#[derive(Debug, Clone, PartialEq)]
pub struct KoStem {
    pub stem: String,
    /// The case role: the innermost particle that is not a plural marker (None: bare noun).
    pub role: Option<Role>,
    /// All particles peeled to reach this stem, outermost first.
    pub peeled: Vec<Role>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Number,
    Punct,
}

/// A token: `span` is in the original document text; `norm` is the normalised surface.
#[derive(Debug, Clone)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub norm: String,
    pub lower: String,
    /// Snowball stem for Latin and Cyrillic words; for Korean the fully peeled stem.
    pub stem: String,
    pub kind: TokenKind,
    /// Korean candidate stems, the whole eojeol first.
    pub ko: Vec<KoStem>,
    /// Whitespace directly before this token in the normalised text.
    pub space_before: bool,
}

impl Token {
    pub fn is_hangul(&self) -> bool {
        !self.ko.is_empty()
    }
    /// The case role of a Korean token: the role of its most peeled stem.
    pub fn role(&self) -> Option<Role> {
        self.ko.last().and_then(|k| k.role)
    }
    pub fn is_punct(&self, p: &str) -> bool {
        self.kind == TokenKind::Punct && self.norm == p
    }
}

fn is_hangul(c: char) -> bool {
    ('\u{AC00}'..='\u{D7A3}').contains(&c) || ('\u{3130}'..='\u{318F}').contains(&c)
}
fn is_cyrillic(c: char) -> bool {
    ('\u{0400}'..='\u{04FF}').contains(&c)
}

/// Stems words with the Snowball algorithms for English and Russian.
pub struct Stemmers {
    en: Stemmer,
    ru: Stemmer,
}

impl Default for Stemmers {
    fn default() -> Self {
        Stemmers { en: Stemmer::create(Algorithm::English), ru: Stemmer::create(Algorithm::Russian) }
    }
}

impl Stemmers {
    /// Lowercase and stem a word; the algorithm is chosen by the word's script.
    pub fn stem(&self, lower: &str) -> String {
        if lower.chars().any(is_cyrillic) {
            let folded = lower.replace('ё', "е");
            self.ru.stem(&folded).into_owned()
        } else if lower.chars().any(|c| c.is_ascii_alphabetic()) {
            // (a possessive's "'s" goes first: "peru's" is "peru", not "perus", which Porter2
            // keeps whole as it keeps "-us" words)
            let lower = lower.strip_suffix("'s").or_else(|| lower.strip_suffix("’s")).unwrap_or(lower);
            let plain: String = lower.chars().filter(|c| *c != '\'' && *c != '.').collect();
            self.en.stem(&plain).into_owned()
        } else {
            lower.to_string()
        }
    }
}

/// Peels particles off a Korean eojeol: candidate stems, the whole word first.
pub fn ko_stems(word: &str, particles: &Particles) -> Vec<KoStem> {
    peel(word, |cur| particles.strip(cur))
}

/// Peels particles off a Korean eojeol whose morphemes are known (`morphs`: spans relative to
/// `word`, covering it in order, from the analysis of its sentence). The table proposes each
/// particle, as in [`ko_stems`]; the analysis vetoes it when what it removes is not a particle
/// of that kind (반대하는 ends in an adnominal ending, not the topic 는; see [`fits`]), or when
/// the peel would cut into a dictionary noun, name or adverb that starts the word (카이로 is not
/// 카이 + 로, 마을 not 마 + 을, 수도 not 수 + 도). A veto by the sentence's analysis is overruled
/// when the eojeol analysed alone (`alone`, asked only then) allows the peel: in context
/// mecab-ko-dic may read an unknown name before a noun as a verb with an adnominal ending.
/// Cuts through verbs, unknown words and the later parts of compounds are left to the table:
/// mecab-ko-dic lacks many foreign names (it reads 사찰단의 as 사찰 + 단의, 우크라이나가 as
/// 우크라 + 이 + 나가).
pub fn ko_stems_morph(
    word: &str,
    morphs: &[Morpheme],
    alone: &dyn Fn() -> Vec<Morpheme>,
    particles: &Particles,
) -> Vec<KoStem> {
    let second: std::cell::OnceCell<Vec<Morpheme>> = std::cell::OnceCell::new();
    peel(word, |cur| {
        let e = cur.len();
        particles.list.iter().find_map(|(p, r)| {
            if cur.len() <= p.len() || !cur.ends_with(p.as_str()) {
                return None;
            }
            let b = cur.len() - p.len();
            let ok = allows(morphs, b, e, *r) || allows(second.get_or_init(alone), b, e, *r);
            ok.then(|| (&cur[..b], *r))
        })
    })
}

/// Whether an analysis allows peeling `[b, e)` as a particle of role `role`.
fn allows(morphs: &[Morpheme], b: usize, e: usize, role: Role) -> bool {
    if morphs.is_empty() {
        return false;
    }
    match morphs.iter().position(|m| m.start == b) {
        // On a boundary: the morphemes from b to the current end must be of the kind.
        Some(first) => match morphs.iter().position(|m| m.end == e) {
            Some(last) if first <= last => fits(role, &morphs[first..=last]),
            _ => false,
        },
        // Inside a morpheme: allowed unless it is a dictionary word that starts the eojeol.
        None => morphs.iter().find(|m| m.start < b && b < m.end).is_none_or(|m| !(m.start == 0 && is_lexical(m))),
    }
}

/// A morpheme that is a noun, numeral, pronoun, adverb, determiner or root: a cut inside it is
/// not a particle boundary.
fn is_lexical(m: &Morpheme) -> bool {
    matches!(m.first_tag(), "NNG" | "NNP" | "NNB" | "NNBC" | "NR" | "NP" | "MAG" | "MAJ" | "MM" | "XR")
}

/// Whether morphemes tagged like `ms` can be the particle (or ending) of role `role`.
fn fits(role: Role, ms: &[Morpheme]) -> bool {
    let parts = || ms.iter().flat_map(|m| m.tag.split('+'));
    let ending = |t: &str| t.starts_with('E') || t == "VCP";
    match role {
        Role::Plural => parts().all(|t| t == "XSN" || t == "NNB"),
        Role::Quote | Role::Copula => parts().all(|t| t.starts_with('J') || ending(t)),
        // A hortative verb ending after a verb or verb-forming suffix (타도+하자).
        Role::Hortative => {
            parts().last().is_some_and(|t| t.starts_with('E'))
                && parts().all(|t| t.starts_with('E') || t.starts_with('V') || t.starts_with("XSV"))
        }
        // NR: after digits mecab-ko-dic reads 이 and 만 as numerals (M23이 as M + 23 + 이 "two");
        // the table's reading is kept (numbers are parsed from the surface, not the stem).
        _ => parts().all(|t| t.starts_with('J') || t == "NR"),
    }
}

fn peel<'w>(word: &'w str, strip: impl Fn(&'w str) -> Option<(&'w str, Role)>) -> Vec<KoStem> {
    let mut out = vec![KoStem { stem: word.to_string(), role: None, peeled: vec![] }];
    let mut cur = word;
    let mut peeled: Vec<Role> = Vec::new();
    for _ in 0..4 {
        match strip(cur) {
            Some((stem, role)) if stem.chars().any(|c| c.is_alphanumeric()) => {
                // Particles stack only in set ways: a topic, "also" or similar marker on a case
                // particle (경찰에게는), and any particle on the plural (시위자들이). Two case
                // particles in a row are part of the word (노르웨이와 is 노르웨이 + 와, not
                // 노르웨 + 이 + 와; 대학가에서 keeps its 가).
                if let Some(outer) = peeled.last() {
                    // A genitive stacks on the comitative and locatives (니제르와의, 서울에서의).
                    let stacks = matches!(outer, Role::Topic | Role::Also | Role::Other)
                        || role == Role::Plural
                        || (*outer == Role::Poss && matches!(role, Role::Conj | Role::Loc | Role::Dat | Role::Instr));
                    if !stacks {
                        break;
                    }
                }
                peeled.push(role);
                cur = stem;
                // The outermost case particle decides; a topic, "also" or plural marker on
                // top of a case particle (경찰에게는) lets the one inside it decide. Peeling
                // further (회의를 → 회의 → 회) must not change the role.
                let role = {
                    let mut it = peeled.iter().copied().filter(|r| *r != Role::Plural);
                    match it.next() {
                        Some(r @ (Role::Topic | Role::Also)) => match it.next() {
                            Some(inner) if !matches!(inner, Role::Topic | Role::Also | Role::Poss) => Some(inner),
                            _ => Some(r),
                        },
                        other => other,
                    }
                };
                out.push(KoStem { stem: cur.to_string(), role, peeled: peeled.clone() });
            }
            _ => break,
        }
    }
    out
}

/// Splits normalised text `[from, to)` into tokens; `to_orig` maps normalised offsets back.
pub fn tokenize(
    norm: &str,
    from: usize,
    to: usize,
    to_orig: &dyn Fn(usize, usize) -> (usize, usize),
    stemmers: &Stemmers,
    particles: &Particles,
    morph: Option<&KoMorph>,
) -> Vec<Token> {
    let s = &norm[from..to];
    // The sentence's morphemes (spans relative to `s`), when the analyser is loaded.
    let morphs: Vec<Morpheme> = match morph {
        Some(m) if s.chars().any(is_hangul) => m.morphemes(s),
        _ => Vec::new(),
    };
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut out = Vec::new();
    let mut k = 0;
    let mut space_before = true;
    while k < chars.len() {
        let (i, c) = chars[k];
        if c.is_whitespace() {
            space_before = true;
            k += 1;
            continue;
        }
        let mut j = k + 1;
        let kind;
        if c.is_alphanumeric() {
            kind = if c.is_ascii_digit() { TokenKind::Number } else { TokenKind::Word };
            while j < chars.len() {
                let ch = chars[j].1;
                if ch.is_alphanumeric() {
                    j += 1;
                    continue;
                }
                // Joiners inside a word: 3,000  3.5  Алма-Ата  don't  U.S
                let next_alnum = j + 1 < chars.len() && chars[j + 1].1.is_alphanumeric();
                let prev = chars[j - 1].1;
                let joins = next_alnum
                    && match ch {
                        ',' | '.' => prev.is_ascii_digit() && chars[j + 1].1.is_ascii_digit(),
                        '-' | '\'' => !prev.is_ascii_digit() || ch == '-',
                        _ => false,
                    }
                    || (ch == '.'
                        && next_alnum
                        && prev.is_uppercase()
                        && chars[j + 1].1.is_uppercase()
                        && (j < 2 || !chars[j - 2].1.is_alphabetic()));
                if joins {
                    j += 2;
                } else {
                    break;
                }
            }
        } else {
            kind = TokenKind::Punct;
        }
        let end = if j < chars.len() { chars[j].0 } else { s.len() };
        let text = &s[i..end];
        let lower = text.to_lowercase();
        let (ko, stem) = if kind != TokenKind::Punct && text.chars().any(is_hangul) {
            let ks = match morphemes_within(&morphs, i, end) {
                Some(ms) => {
                    let alone = || morph.map(|m| m.morphemes(text)).unwrap_or_default();
                    ko_stems_morph(text, &ms, &alone, particles)
                }
                None => ko_stems(text, particles),
            };
            let st = ks.last().map(|k| k.stem.clone()).unwrap_or_default();
            (ks, st)
        } else if kind == TokenKind::Word {
            (Vec::new(), stemmers.stem(&lower))
        } else {
            (Vec::new(), lower.clone())
        };
        let (os, oe) = to_orig(from + i, from + end);
        out.push(Token { start: os, end: oe, norm: text.to_string(), lower, stem, kind, ko, space_before });
        space_before = false;
        k = j;
    }
    out
}

/// The morphemes that exactly cover `[start, end)`, made relative to `start`; None when there
/// are none or one crosses either edge (the analyser joined the word to its neighbour).
fn morphemes_within(morphs: &[Morpheme], start: usize, end: usize) -> Option<Vec<Morpheme>> {
    let a = morphs.partition_point(|m| m.end <= start);
    let mut out = Vec::new();
    let mut at = start;
    for m in &morphs[a..] {
        if m.start >= end {
            break;
        }
        if m.start != at || m.end > end {
            return None;
        }
        out.push(Morpheme { start: m.start - start, end: m.end - start, tag: m.tag.clone() });
        at = m.end;
    }
    (at == end && !out.is_empty()).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn particles() -> Particles {
        Particles::new(
            [
                ("이", "subj"),
                ("가", "subj"),
                ("들", "plural"),
                ("에", "dat"),
                ("에게", "dat"),
                ("는", "topic"),
                ("을", "obj"),
            ]
            .iter()
            .map(|(p, r)| (p.to_string(), r.parse().unwrap()))
            .collect(),
        )
    }

    #[test]
    fn korean_particles_peel_with_roles() {
        let ks = ko_stems("시위자들이", &particles());
        assert_eq!(ks.iter().map(|k| k.stem.as_str()).collect::<Vec<_>>(), ["시위자들이", "시위자들", "시위자"]);
        assert_eq!(ks.last().unwrap().role, Some(Role::Subj));
        let ks = ko_stems("경찰에게는", &particles());
        assert_eq!(ks.last().unwrap().stem, "경찰");
        assert_eq!(ks.last().unwrap().role, Some(Role::Dat));
        // Two case particles do not stack: the word keeps its last syllable.
        let ps = Particles::new(
            [("이", "subj"), ("와", "conj"), ("가", "subj"), ("에서", "loc")]
                .iter()
                .map(|(p, r)| (p.to_string(), r.parse().unwrap()))
                .collect(),
        );
        assert_eq!(ko_stems("노르웨이와", &ps).last().unwrap().stem, "노르웨이");
        assert_eq!(ko_stems("대학가에서", &ps).last().unwrap().stem, "대학가");
    }

    /// Morphemes from "surface/TAG" pieces that spell the word in order.
    fn ms(pieces: &[&str]) -> Vec<Morpheme> {
        let mut at = 0;
        pieces
            .iter()
            .map(|p| {
                let (w, tag) = p.split_once('/').unwrap();
                at += w.len();
                Morpheme { start: at - w.len(), end: at, tag: tag.to_string() }
            })
            .collect()
    }

    #[test]
    fn the_analysis_vetoes_peels_the_table_would_make() {
        let ps = Particles::new(
            [("이", "subj"), ("가", "subj"), ("로", "instr"), ("는", "topic"), ("의", "poss"), ("들", "plural")]
                .iter()
                .map(|(p, r)| (p.to_string(), r.parse().unwrap()))
                .collect(),
        );
        let none = || Vec::new();
        let last = |w: &str, m: &[&str], alone: &dyn Fn() -> Vec<Morpheme>| {
            let k = ko_stems_morph(w, &ms(m), alone, &ps);
            let k = k.last().unwrap();
            (k.stem.clone(), k.role)
        };
        // A name the dictionary knows is not cut; its particle is peeled.
        assert_eq!(last("카이로", &["카이로/NNP"], &none), ("카이로".into(), None));
        assert_eq!(last("카이로는", &["카이로/NNP", "는/JX"], &none), ("카이로".into(), Some(Role::Topic)));
        // An adnominal ending is not the topic particle.
        assert_eq!(last("반대하는", &["반대/NNG", "하/XSV", "는/ETM"], &none), ("반대하는".into(), None));
        // Plural and case particle stack.
        assert_eq!(last("학생들이", &["학생/NNG", "들/XSN", "이/JKS"], &none), ("학생".into(), Some(Role::Subj)));
        // The later part of a compound, a verb or an unknown word: the table decides.
        assert_eq!(last("사찰단의", &["사찰/NNG", "단의/NNG"], &none), ("사찰단".into(), Some(Role::Poss)));
        assert_eq!(
            last("우크라이나가", &["우크라/NNP", "이/JKC", "나가/VV+EC"], &none),
            ("우크라이나".into(), Some(Role::Subj))
        );
        // A veto in context is overruled by the eojeol's own analysis.
        let alone = || ms(&["지지/NNG", "는/JX"]);
        assert_eq!(last("지지는", &["지지/VV", "는/ETM"], &alone), ("지지".into(), Some(Role::Topic)));
        assert_eq!(last("지지는", &["지지/VV", "는/ETM"], &none), ("지지는".into(), None));
    }

    #[test]
    fn tokens_keep_offsets_numbers_and_joiners() {
        let t = "U.S. troops: 3,000 in Алма-Ата, CSTO에 1만2000명.";
        let id = |a: usize, b: usize| (a, b);
        let toks = tokenize(t, 0, t.len(), &id, &Stemmers::default(), &particles(), None);
        let words: Vec<&str> = toks.iter().map(|k| &t[k.start..k.end]).collect();
        assert_eq!(words, ["U.S", ".", "troops", ":", "3,000", "in", "Алма-Ата", ",", "CSTO에", "1만2000명", "."]);
        assert_eq!(toks[2].stem, "troop");
        assert_eq!(toks[8].ko.last().unwrap().stem, "CSTO");
        assert_eq!(toks[4].kind, TokenKind::Number);
    }

    #[test]
    fn russian_stems_fold_yo() {
        let s = Stemmers::default();
        assert_eq!(s.stem("задержали"), s.stem("задержал"));
        assert_eq!(s.stem("ёлка"), s.stem("елка"));
    }
}
