//! kroniko's knowledge: trigger lexicons, actors, cue words, numerals, date words, the
//! gazetteer and the ontology mappings, all loaded from the files in `data/` and validated
//! (a bad line is an error naming its file and line).
//!
//! The files are compiled into the binary so it runs anywhere; `Knowledge::load_dir` reads
//! a folder with the same layout instead (set `KRONIKO_DATA` to use one).
//!
//! ```
//! let k = kroniko_knowledge::Knowledge::embedded().unwrap();
//! assert!(k.country("KAZ").is_some());
//! ```

pub mod gazetteer;
pub mod officials;
pub mod pattern;
pub mod translit;

use kroniko_analysis::{Abbreviations, Particles, Role, Stemmers, Tables};
use kroniko_doc::{Lang, ACTOR_TYPES, PLOVER_TYPES};
pub use pattern::{KoMode, Match, PatternSet, Word};
use std::collections::HashMap;
use std::path::Path;

/// Where the generated knowledge lives (built from registry packages by `scripts/setup.sh`, loaded
/// at run time, never embedded): `KRONIKO_GEN` when set, else `.build/gen` in the checkout the
/// binary was built from.
pub fn generated_dir() -> std::path::PathBuf {
    match std::env::var_os("KRONIKO_GEN") {
        Some(d) if !d.is_empty() => d.into(),
        _ => Path::new(env!("CARGO_MANIFEST_DIR")).join("../../.build/gen"),
    }
}

/// A data file that failed validation.
#[derive(Debug, thiserror::Error)]
pub enum KnowledgeError {
    #[error("{file}:{line}: {msg}")]
    Invalid { file: String, line: usize, msg: String },
    #[error("{file}: {source}")]
    Io { file: String, source: std::io::Error },
}

type Result<T> = std::result::Result<T, KnowledgeError>;

macro_rules! embed {
    ($($f:literal),* $(,)?) => {
        &[$(($f, include_str!(concat!("../../../data/", $f)))),*]
    };
}

/// The data files compiled into the binary (paths relative to `data/`); `load_dir` reads the
/// same paths from a folder.
pub const EMBEDDED: &[(&str, &str)] = embed!(
    "ontology/types.tsv",
    "world/countries.tsv",
    "world/places.tsv",
    "world/place-stoplist.tsv",
    "world/bodies.tsv",
    "world/officials.tsv",
    "world/home.tsv",
    "ko/particles.tsv",
    "ko/settings.tsv",
    "ko/triggers.tsv",
    "ko/actors.tsv",
    "ko/cues.tsv",
    "ko/numerals.tsv",
    "ko/quantities.tsv",
    "ko/dates.tsv",
    "ko/abbreviations.txt",
    "en/settings.tsv",
    "en/triggers.tsv",
    "en/actors.tsv",
    "en/cues.tsv",
    "en/numerals.tsv",
    "en/quantities.tsv",
    "en/dates.tsv",
    "en/abbreviations.txt",
    "ru/settings.tsv",
    "ru/triggers.tsv",
    "ru/actors.tsv",
    "ru/cues.tsv",
    "ru/numerals.tsv",
    "ru/quantities.tsv",
    "ru/dates.tsv",
    "ru/abbreviations.txt",
    "ru/cases.tsv",
    "en/function-words.txt",
    "ru/function-words.txt",
);

/// Whether a trigger is a predicate or an event noun.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TriggerClass {
    Verb,
    Noun,
}

/// What a trigger codes.
#[derive(Debug, Clone)]
pub struct TriggerInfo {
    pub kind: &'static str,
    pub mode: Option<String>,
    pub class: TriggerClass,
    pub passive: bool,
    pub fatal: bool,
    pub q: Option<String>,
    pub future: bool,
    pub comm: bool,
    /// A reciprocal act (signing, exchanging): a coordinated subject's second member is actor 2.
    pub recip: bool,
    /// A mutual act (exchanging prisoners): each member of a coordinated subject acts on the other.
    pub mutual: bool,
    /// A verb of sending: what is sent decides the type (relief → AID, arms → military AID,
    /// otherwise the trigger's own type; an AID trigger with nothing of the kind is not coded).
    pub send: bool,
    /// An act of the host government where it happens (a summons: "was summoned to the foreign
    /// ministry", "вызван в МИД", "초치"): with no actor of its own, its actor 1 is the
    /// government of the country it happens in, and the one summoned is actor 2.
    pub host: bool,
    /// A verb of command (ordered, instructed, 지시, приказал): a material act it orders (an
    /// expulsion, a detention, a shutdown) is the act, done by the one who orders it; the order
    /// is no request of its own then.
    pub command: bool,
    pub pattern: String,
}

/// A known actor: generic (police) or named (Tokayev).
#[derive(Debug, Clone)]
pub struct ActorInfo {
    pub kind: &'static str,
    pub country: Option<String>,
    pub canonical: Option<String>,
    pub pattern: String,
    /// For an office-holder's name (`world/officials.tsv`): the group of people known by it in
    /// `Knowledge::officials`, to resolve by date (`Officials::resolve`); `None` otherwise.
    pub official: Option<usize>,
    /// Of no one country (country column `intl`: Amnesty International, "donor countries"):
    /// never given the country a report is about.
    pub international: bool,
    /// Of the language's home country (`world/home.tsv`) in a report that speaks from there
    /// (country column `home`: "정부" unqualified is South Korea's government in a Seoul report,
    /// the government of the country the report is about in a foreign one).
    pub home: bool,
}

/// Function words and phrases.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cue {
    AttrSource,
    AttrVerb,
    Negation,
    Future,
    Hypothetical,
    /// A condition (if, unless, anyone who, если): hypothetical up to the modal of the future that
    /// ends it; an act after that modal is the consequence ("anyone found with a gun will be
    /// arrested"). A `condition` line is also read as `hypothetical`.
    Condition,
    /// A border named by the country on its other side ("border with", "границ* с", Korean
    /// "국경" after "X와의"): that country is not where an act at the border happens.
    Border,
    /// Both parties named before, as one subject ("the two sides", "стороны", "양측"): the
    /// parties of the report's last act between two of them.
    Pair,
    /// A reference back to a meeting the report told ("after the talks", "по итогам встречи",
    /// "회담 뒤"): an act in that sentence with no place of its own happened where the meeting did.
    Meeting,
    /// A preposition joining a noun to the group it belongs to or works for (`of`, `from`,
    /// `at`): "supporters of the former monarchy" are the supporters.
    MemberOf,
    /// A preposition after a fighting noun naming the other side (`with`, `с`): "killed in
    /// fighting with Tajik forces" — that side inflicted the deaths.
    Opponent,
    /// A pronoun for one person (`he`, `she`): it takes up a person named before, not a body or
    /// a crowd. A `person-pronoun` line is also read as `pronoun`.
    PersonPronoun,
    /// A sentence adverb ("그러나", "한편"): never a word of a name before a title.
    Adverb,
    /// A legal notice media add in brackets after a name ("(ИГ, запрещена в РФ)", "признана
    /// иноагентом"): the bracket reports no act and names no place.
    Notice,
    /// A region of several countries in a name ("East African", "Sahel", "Центральноазиатск*",
    /// "중앙아시아"): an organisation so named is of no one country.
    Region,
    Slogan,
    Agent,
    History,
    Question,
    /// A preposition: the noun after it is not the subject (en, ru).
    Prep,
    /// An auxiliary that makes a following participle passive (was, were, был).
    PassiveAux,
    /// A conjunction joining two predicates that share their subject (and, и).
    Conj,
    /// A verb of denial: the act it governs is denied (en/ru: what follows it; ko: what
    /// precedes it — "…했다는 보도를 부인했다").
    Denial,
    /// A locative preposition: a noun after it is where something happened, not a target.
    LocPrep,
    /// "X에 대한": the event noun before it is a topic (Korean).
    About,
    /// A first-person pronoun (we, мы): the sentence speaks in the author's voice.
    FirstPerson,
    /// A preposition that introduces the target of an act ("fired on", "sanctions against",
    /// "aid to"): the noun after it may be actor 2; after other prepositions it may not.
    TargetPrep,
    /// A verb of alleging (claimed, 주장했다, утверждает): a third party's act it reports is an
    /// accusation by the speaker, not a fact.
    Allege,
    /// A noun of alleging set after the claim it names (", an accusation Bangkok denied"): it
    /// governs the clause before it as a verb of alleging governs the one after it.
    AllegeAfter,
    /// A title or office noun (대통령, 장관, 대변인): unknown words right before it are the
    /// holder's name ("보리치 대통령").
    Title,
    /// Relief that is sent (rescuers, food, medicine, 구호대, спасатели): a verb of sending with
    /// it is aid.
    AidObject,
    /// Arms that are sent (air defence systems, 포대, ракеты): a verb of sending with it is
    /// military aid.
    ArmsObject,
    /// A word before a date that makes it a deadline ("by Friday", "until March", "до пятницы"):
    /// the date is when something is due, not when the act happened.
    Deadline,
    /// A preposition that introduces the addressee of a demand ("требуем от губернатора",
    /// "demanded from the government").
    RequestPrep,
    /// A relative pronoun (who, which, который): the clause after it has the noun before it as
    /// its subject.
    Relative,
    /// A personal pronoun of the third person (they, it, he, she).
    Pronoun,
    /// An auxiliary of tense (have, has, had, is, are): it may stand between a relative pronoun
    /// and its verb.
    Aux,
    /// An article or determiner (a, the, its, this): an English verb trigger after it is its noun.
    Determiner,
    /// A word of purpose ("for", "для", Korean "위해" after the noun): an event noun with it is
    /// another act's purpose.
    Purpose,
    /// The definite article: it may stand between "and" and the second of two coordinated
    /// actors ("the African Union and the Arab League").
    Article,
    /// A word that may open a subordinate clause ("after", "before", "since"): a noun after it
    /// may be that clause's subject although the word is also a preposition.
    Subord,
    /// A possessive pronoun of the third person (its, their, свой, 자국): the actor after it
    /// belongs to the one named before ("China's foreign ministry said its coast guard…").
    PossPronoun,
    /// "between", "между": the two actors joined after it are the two sides of a clash
    /// ("killed in clashes between the army and the rebels").
    Between,
    /// A place where an envoy is posted ("알제 주재 대사", "ambassador in Algiers", "посол в
    /// Москве"): Korean, the place right before it; English and Russian, the place right after
    /// it. Such a place says who the envoy is, not where an act happened.
    Posted,
    /// A word naming an envoy or a diplomatic mission (посол, посольство, ambassador, embassy):
    /// English and Russian, a place right after "in", "в" that follows the actor it is in is
    /// where that envoy is posted ("Посольство Китая в Бангкоке", as `posted`).
    Envoy,
    /// A verb of flight naming where people went ("fled to", "бежали в", "…로 피란했다"): the place
    /// right after it (English, Russian; over one lower-case word, "в соседнюю Эфиопию") or
    /// right before it with 로/으로 (Korean) is a destination, no place of any act.
    Destination,
    /// An adverb of repetition or long habit ("repeatedly", "неоднократно"): an English act in
    /// the present perfect after it ("has repeatedly demanded"), or a Russian verbal act after it
    /// ("неоднократно обвинял"), is the actor's habit, not one act of the report.
    Habitual,
    /// A preposition naming what a statement is about ("on", "regarding", "по", "о"): in a
    /// header, the author's name ends before it ("Statement by the UN Human Rights Office on
    /// Lebanon").
    Topic,
    /// "led by", "во главе с", "이끄는": the actor after it (English, Russian) or before it
    /// (Korean) leads the actor it follows or precedes, and is neither party of the act
    /// ("a delegation led by Olusegun Obasanjo held talks").
    Leader,
    /// A mediation phrase ("при посредничестве", "mediated by", "의 중재로"): the actor after it
    /// (English, Russian) or before it (Korean) is the mediator, neither party of the act.
    Mediator,
    /// A modifier that makes the actor next to it of no one country ("전 세계의 사회주의자들",
    /// "socialists around the world", "правозащитники всего мира").
    Worldwide,
    /// A natural or accidental disaster (earthquake, floods, 지진, землетрясение): deaths in it
    /// are no attack.
    Disaster,
    /// What someone is accused, suspected or convicted of follows ("suspected of", "charged
    /// with", "по обвинению в"); Korean 혐의 follows the act instead: not coded as an event.
    Charge,
    /// A word that heads a statement ("Statement by …", "заявление", "성명"): the organisation
    /// named with it is the author of the document's first-person acts.
    Statement,
    /// A light verb that makes the event noun after it its predicate ("began a strike",
    /// "staged a rally", "применила слезоточивый газ", "провели пикет").
    LightVerb,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumKind {
    Unit,
    Mult,
    Vague,
    Bound,
    Counter,
}

#[derive(Debug, Clone)]
pub struct Numeral {
    pub value: Option<u64>,
    pub kind: NumKind,
    pub pattern: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateWord {
    Month(u32),
    Weekday(u32),
    RelDay(i64),
    /// Years from the publication year ("last year", "지난해", "в прошлом году": -1): a date of
    /// year precision.
    RelYear(i64),
    /// Days from the date the report last mentioned ("이날", "the same day", "на следующий
    /// день"); the publication date when it mentioned none.
    Anaphor(i64),
    DayPart,
    RelSpan,
}

/// A name in the gazetteer: a country or a place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlaceRef {
    Country(usize),
    Place(usize),
}

#[derive(Debug, Clone)]
pub struct Country {
    pub iso3: String,
    pub iso2: String,
    pub name: String,
    /// Every name in the three languages, lower case.
    pub names: Vec<String>,
    pub lat: f64,
    pub lon: f64,
}

#[derive(Debug, Clone)]
pub struct Place {
    pub name: String,
    pub country: String,
    /// `city` or `region`.
    pub kind: String,
    /// The country's capital (the city at the country's point in `countries.tsv`): a subject
    /// of its own in news ("Moscow rejected…").
    pub capital: bool,
    pub lat: f64,
    pub lon: f64,
    pub population: u64,
    /// From the generated gazetteer (`.build/gen`), not the hand-written `places.tsv`: matched
    /// only with the guards of `kroniko-extract` (a locative cue, the document's countries or a
    /// large population).
    pub generated: bool,
    /// GeoNames first-level division code (generated cities only).
    pub admin1: Option<String>,
}

/// CAMEO root and ACLED category of a PLOVER type and mode.
#[derive(Debug, Clone)]
pub struct Mapping {
    pub cameo_root: String,
    pub acled: Option<(String, String)>,
}

/// Everything known about one language.
#[derive(Debug, Default)]
pub struct LangKnowledge {
    pub triggers: PatternSet<TriggerInfo>,
    pub actors: PatternSet<ActorInfo>,
    pub cues: PatternSet<Cue>,
    pub numerals: PatternSet<Numeral>,
    /// Number words by surface, for parsing inside a word (`3천`, `1만2000명`).
    pub numeral_words: Vec<(String, Numeral)>,
    pub quantities: PatternSet<String>,
    pub dates: PatternSet<DateWord>,
    /// Country and place names in this language.
    pub places: PatternSet<PlaceRef>,
    /// Nationality adjectives: ISO alpha-3.
    pub adjectives: PatternSet<String>,
    /// English people nouns made from them ("Israelis", "Afghans"): civilians of that country.
    pub demonyms: PatternSet<String>,
    /// Russian case endings (`ins`, `gen`, ...), longest first.
    pub cases: Vec<(String, String)>,
    /// Country names and nationality words as written (lowercased): ISO alpha-3, for the
    /// modifier of a Korean compound (`러시아군`, `미군`).
    pub country_words: HashMap<String, String>,
    /// Definite descriptions that take up an actor named before ("the agency", "the group",
    /// "ведомство", "이 단체"): the actor types they may refer to (`anaphor` cues).
    pub anaphors: PatternSet<Vec<&'static str>>,
    /// Names no generated town may take in this language (`world/place-stoplist.tsv`),
    /// lowercased: spelling matches and transliterated look-ups alike.
    pub place_stop: rustc_hash::FxHashSet<String>,
}

/// All of kroniko's knowledge.
pub struct Knowledge {
    pub ontology: HashMap<(String, String), Mapping>,
    pub countries: Vec<Country>,
    pub places: Vec<Place>,
    by_iso3: HashMap<String, usize>,
    langs: HashMap<Lang, LangKnowledge>,
    pub tables: Tables,
    /// Office-holders and their terms (`world/officials.tsv`).
    pub officials: officials::Officials,
    /// The country a statement in a language comes from when its author is unknown
    /// (`world/home.tsv`).
    pub home: HashMap<Lang, String>,
    /// The generated gazetteer as read, and the place each of its cities became.
    gen: Option<gazetteer::Generated>,
    gen_place: Vec<usize>,
    /// Latin names of the hand-written places (name and English aliases).
    latin_names: Vec<(String, usize)>,
    /// Latin names of all places by phonetic key, for the cross-script fallback: built on first
    /// use (few documents need it), so loading stays fast.
    fuzzy: std::sync::OnceLock<translit::FuzzyIndex>,
}

struct Line<'a> {
    file: &'a str,
    no: usize,
    cols: Vec<&'a str>,
}

impl Line<'_> {
    fn err(&self, msg: impl Into<String>) -> KnowledgeError {
        KnowledgeError::Invalid { file: self.file.to_string(), line: self.no, msg: msg.into() }
    }
    fn opt(&self, i: usize) -> Option<&str> {
        self.cols.get(i).map(|s| s.trim()).filter(|s| !s.is_empty() && *s != "-")
    }
    fn req(&self, i: usize) -> Result<&str> {
        self.opt(i).ok_or_else(|| self.err(format!("column {} is empty", i + 1)))
    }
    fn alts(&self, i: usize) -> Vec<&str> {
        self.opt(i).map(|s| s.split('|').map(str::trim).filter(|s| !s.is_empty()).collect()).unwrap_or_default()
    }
}

fn tsv_lines<'a>(file: &'a str, text: &'a str, min_cols: usize, max_cols: usize) -> Result<Vec<Line<'a>>> {
    let mut out = Vec::new();
    for (k, raw) in text.lines().enumerate() {
        let line = raw.trim_end_matches('\r');
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let l = Line { file, no: k + 1, cols };
        if l.cols.len() < min_cols || l.cols.len() > max_cols {
            return Err(
                l.err(format!("expected {min_cols}..={max_cols} tab-separated columns, found {}", l.cols.len()))
            );
        }
        if l.cols[0].trim().is_empty() {
            return Err(l.err("empty pattern"));
        }
        out.push(l);
    }
    Ok(out)
}

fn static_type(s: &str, list: &'static [&'static str]) -> Option<&'static str> {
    list.iter().copied().find(|t| *t == s)
}

/// PLOVER modes allowed for each type.
pub fn modes_of(kind: &str) -> &'static [&'static str] {
    match kind {
        "CONSULT" => &["visit", "third-party", "multilateral", "phone"],
        "RETREAT" => &["withdraw", "release", "disarm", "ceasefire", "access", "resign"],
        "REQUEST" | "REJECT" => &["assist", "change", "yield", "meet"],
        "ACCUSE" => &["disapprove", "investigate", "allege"],
        "THREATEN" => &["restrict", "arrest", "relations", "expel", "territory", "violence"],
        "PROTEST" => &["demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"],
        "SANCTION" => &["convict", "expel", "withdraw", "discontinue"],
        "MOBILIZE" => &["troops", "weapons", "police", "militia"],
        "COERCE" => &[
            "seize",
            "restrict",
            "censor",
            "curfew",
            "martial-law",
            "arrest",
            "deport",
            "withhold",
            "misinformation",
            "cyber",
        ],
        "ASSAULT" => &[
            "abduct",
            "beat",
            "torture",
            "sexual",
            "targeted",
            "destroy",
            "primitive",
            "firearms",
            "explosives",
            "suicide-attack",
            "aerial",
            "drone",
            "heavy-weapons",
            "crowd-control",
            "unconventional",
        ],
        "AID" => &["economic", "military", "humanitarian", "peacekeeping", "asylum"],
        _ => &[],
    }
}

const QUANTITY_KINDS: &[&str] =
    &["fatalities", "injured", "arrests", "troops", "participants", "displaced", "weapons", "people", "none"];

impl Knowledge {
    /// Loads the data compiled into the binary.
    pub fn embedded() -> Result<Self> {
        Self::from_files(|name| {
            EMBEDDED.iter().find(|(n, _)| *n == name).map(|(_, t)| t.to_string()).ok_or_else(|| KnowledgeError::Io {
                file: name.to_string(),
                source: std::io::Error::new(std::io::ErrorKind::NotFound, "not embedded"),
            })
        })
    }

    /// Loads the data from a folder laid out like `data/`.
    pub fn load_dir(dir: &Path) -> Result<Self> {
        Self::from_files(|name| {
            std::fs::read_to_string(dir.join(name))
                .map_err(|e| KnowledgeError::Io { file: dir.join(name).display().to_string(), source: e })
        })
    }

    /// Loads from `KRONIKO_DATA` when set, else the embedded data.
    pub fn load_default() -> Result<Self> {
        match std::env::var_os("KRONIKO_DATA") {
            Some(d) if !d.is_empty() => Self::load_dir(Path::new(&d)),
            _ => Self::embedded(),
        }
    }

    fn from_files(mut read: impl FnMut(&str) -> Result<String>) -> Result<Self> {
        let stemmers = Stemmers::default();
        let mut k = Knowledge {
            ontology: HashMap::new(),
            countries: Vec::new(),
            places: Vec::new(),
            by_iso3: HashMap::new(),
            langs: HashMap::new(),
            tables: Tables::default(),
            officials: officials::Officials::default(),
            gen: None,
            gen_place: Vec::new(),
            home: HashMap::default(),
            latin_names: Vec::new(),
            fuzzy: std::sync::OnceLock::new(),
        };
        k.load_ontology("ontology/types.tsv", &read("ontology/types.tsv")?)?;
        let countries = read("world/countries.tsv")?;
        let places = read("world/places.tsv")?;
        k.load_countries("world/countries.tsv", &countries)?;
        k.load_places("world/places.tsv", &places)?;
        k.officials = officials::Officials::load(
            "world/bodies.tsv",
            &read("world/bodies.tsv")?,
            "world/officials.tsv",
            &read("world/officials.tsv")?,
            |c| k.by_iso3.contains_key(c),
        )?;
        for l in tsv_lines("world/home.tsv", &read("world/home.tsv")?, 2, 2)? {
            let lang = Lang::SUPPORTED
                .iter()
                .copied()
                .find(|x| x.code() == l.cols[0].trim())
                .ok_or_else(|| l.err(format!("unknown language {:?}", l.cols[0])))?;
            let c = k.check_iso(&l, l.cols[1].trim())?;
            k.home.insert(lang, c);
        }
        let gen = {
            let known = |c: &str| k.by_iso3.contains_key(c);
            gazetteer::read(&generated_dir(), &known)?
        };
        let gen_names = k.add_generated(gen.as_ref(), &places, &read("world/place-stoplist.tsv")?)?;
        let particles = read("ko/particles.tsv")?;
        let mut plist = Vec::new();
        for l in tsv_lines("ko/particles.tsv", &particles, 2, 3)? {
            let role: Role = l.req(1)?.parse().map_err(|e: String| l.err(e))?;
            plist.push((l.cols[0].trim().to_string(), role));
        }
        k.tables.particles = Particles::new(plist);
        let mut abbrev = Vec::new();
        for lang in Lang::SUPPORTED {
            let code = lang.code();
            let korean = lang == Lang::Ko;
            // Event triggers may have an object or adverb inside them; names and cue phrases may not.
            // How many other words may stand between a trigger's words is the language's own:
            // Russian puts adverbials inside a verb phrase ("приостановило на 30 дней вещание").
            let f = format!("{code}/settings.tsv");
            let mut gap = 2;
            for l in tsv_lines(&f, &read(&f)?, 2, 2)? {
                match l.req(0)? {
                    "trigger-gap" => {
                        gap = l
                            .req(1)?
                            .parse()
                            .ok()
                            .filter(|g| *g <= 6)
                            .ok_or_else(|| l.err("trigger-gap is a whole number from 0 to 6"))?;
                    }
                    other => return Err(l.err(format!("unknown setting {other:?}"))),
                }
            }
            let mut lk = LangKnowledge { triggers: PatternSet::with_gap(gap), ..LangKnowledge::default() };
            let f = format!("{code}/triggers.tsv");
            for l in tsv_lines(&f, &read(&f)?, 4, 5)? {
                let info = parse_trigger(&l)?;
                lk.triggers.push(pattern::compile(l.cols[0], korean, KoMode::Prefix, &stemmers), info);
            }
            // Office-holders first: of two equal matches the first pushed wins, and theirs carry
            // the dates that resolve a shared name.
            k.officials.push_patterns(lang, &mut lk.actors, &stemmers);
            let f = format!("{code}/actors.tsv");
            for l in tsv_lines(&f, &read(&f)?, 3, 4)? {
                let kind = static_type(l.req(1)?, &ACTOR_TYPES)
                    .ok_or_else(|| l.err(format!("unknown actor type {:?}", l.cols[1])))?;
                let international = l.opt(2) == Some("intl");
                let home = l.opt(2) == Some("home");
                let country = l.opt(2).filter(|_| !international && !home).map(|c| k.check_iso(&l, c)).transpose()?;
                let info = ActorInfo {
                    kind,
                    country,
                    canonical: l.opt(3).map(String::from),
                    pattern: l.cols[0].trim().to_string(),
                    official: None,
                    international,
                    home,
                };
                lk.actors.push(pattern::compile(l.cols[0], korean, KoMode::Head, &stemmers), info);
            }
            let f = format!("{code}/cues.tsv");
            let mut barrier = Vec::new();
            for l in tsv_lines(&f, &read(&f)?, 2, 3)? {
                // An anaphor names the actor types it may take up in its third column.
                if l.req(1)? == "anaphor" {
                    let types = l
                        .req(2)?
                        .split('|')
                        .map(|t| {
                            static_type(t.trim(), &ACTOR_TYPES)
                                .ok_or_else(|| l.err(format!("unknown actor type {t:?} for an anaphor")))
                        })
                        .collect::<Result<Vec<_>>>()?;
                    lk.anaphors.push(pattern::compile(l.cols[0], korean, KoMode::Head, &stemmers), types);
                    continue;
                }
                let cue = match l.req(1)? {
                    "attr-source" => Cue::AttrSource,
                    "attr-verb" => Cue::AttrVerb,
                    "negation" => Cue::Negation,
                    "future" => Cue::Future,
                    "hypothetical" => Cue::Hypothetical,
                    "condition" => Cue::Condition,
                    "slogan" => Cue::Slogan,
                    "agent" => Cue::Agent,
                    "history" => Cue::History,
                    "question" => Cue::Question,
                    "prep" => Cue::Prep,
                    "passive-aux" => Cue::PassiveAux,
                    "conj" => Cue::Conj,
                    "denial" => Cue::Denial,
                    "loc-prep" => Cue::LocPrep,
                    "about" => Cue::About,
                    "first-person" => Cue::FirstPerson,
                    "target-prep" => Cue::TargetPrep,
                    "allege" => Cue::Allege,
                    "allege-after" => Cue::AllegeAfter,
                    "title" => Cue::Title,
                    "aid-object" => Cue::AidObject,
                    "arms-object" => Cue::ArmsObject,
                    "deadline" => Cue::Deadline,
                    "request-prep" => Cue::RequestPrep,
                    "charge" => Cue::Charge,
                    "statement" => Cue::Statement,
                    "light-verb" => Cue::LightVerb,
                    "disaster" => Cue::Disaster,
                    "worldwide" => Cue::Worldwide,
                    "between" => Cue::Between,
                    "posted" => Cue::Posted,
                    "envoy" => Cue::Envoy,
                    "leader" => Cue::Leader,
                    "topic" => Cue::Topic,
                    "habitual" => Cue::Habitual,
                    "destination" => Cue::Destination,
                    "border" => Cue::Border,
                    "pair" => Cue::Pair,
                    "meeting" => Cue::Meeting,
                    "member-of" => Cue::MemberOf,
                    "opponent" => Cue::Opponent,
                    "person-pronoun" => Cue::PersonPronoun,
                    "region" => Cue::Region,
                    "notice" => Cue::Notice,
                    "adverb" => Cue::Adverb,
                    "mediator" => Cue::Mediator,
                    "poss-pronoun" => Cue::PossPronoun,
                    "subord" => Cue::Subord,
                    "relative" => Cue::Relative,
                    "pronoun" => Cue::Pronoun,
                    "aux" => Cue::Aux,
                    "determiner" => Cue::Determiner,
                    "article" => Cue::Article,
                    "purpose" => Cue::Purpose,
                    other => return Err(l.err(format!("unknown cue {other:?}"))),
                };
                if cue == Cue::LocPrep {
                    lk.cues.push(pattern::compile(l.cols[0], korean, KoMode::Prefix, &stemmers), Cue::Prep);
                }
                if cue == Cue::PersonPronoun {
                    lk.cues.push(pattern::compile(l.cols[0], korean, KoMode::Prefix, &stemmers), Cue::Pronoun);
                }
                if cue == Cue::Condition {
                    lk.cues.push(pattern::compile(l.cols[0], korean, KoMode::Prefix, &stemmers), Cue::Hypothetical);
                }
                lk.cues.push(pattern::compile(l.cols[0], korean, KoMode::Prefix, &stemmers), cue);
                // (nor a passive's "by": "brokered the" is no "brokered by the")
                // (nor a conjunction: "dismissed the criticism and accused…" is no "dismissed the
                // accusation")
                let conj = cue == Cue::Conj && !korean;
                // (nor a denial: "has repeatedly denied targeting" is no "has targeted")
                if (matches!(cue, Cue::Negation | Cue::Agent | Cue::Denial) || conj) && !l.cols[0].trim().contains(' ')
                {
                    barrier.extend(pattern::compile(l.cols[0], korean, KoMode::Prefix, &stemmers));
                }
            }
            lk.triggers.set_barrier(barrier);
            let f = format!("{code}/numerals.tsv");
            for l in tsv_lines(&f, &read(&f)?, 3, 4)? {
                let kind = match l.req(2)? {
                    "unit" => NumKind::Unit,
                    "mult" => NumKind::Mult,
                    "vague" => NumKind::Vague,
                    "bound" => NumKind::Bound,
                    "counter" => NumKind::Counter,
                    other => return Err(l.err(format!("unknown numeral kind {other:?}"))),
                };
                let value = match l.opt(1) {
                    Some(v) => Some(v.parse::<u64>().map_err(|_| l.err(format!("bad value {v:?}")))?),
                    None => None,
                };
                if value.is_none() && matches!(kind, NumKind::Unit | NumKind::Mult | NumKind::Vague) {
                    return Err(l.err("this numeral kind needs a value"));
                }
                let n = Numeral { value, kind, pattern: l.cols[0].trim().to_string() };
                lk.numeral_words.push((n.pattern.to_lowercase(), n.clone()));
                // Number words match their exact lowercased form: "thousand" (a multiplier) and
                // "thousands" (a vague count) share a stem but not a meaning.
                lk.numerals.push(pattern::compile(l.cols[0], true, KoMode::Exact, &stemmers), n);
            }
            lk.numeral_words.sort_by_key(|a| std::cmp::Reverse(a.0.chars().count()));
            let f = format!("{code}/quantities.tsv");
            for l in tsv_lines(&f, &read(&f)?, 2, 3)? {
                let what = l.req(1)?;
                if !QUANTITY_KINDS.contains(&what) {
                    return Err(l.err(format!("unknown quantity kind {what:?}")));
                }
                lk.quantities.push(pattern::compile(l.cols[0], korean, KoMode::Prefix, &stemmers), what.to_string());
            }
            let f = format!("{code}/dates.tsv");
            for l in tsv_lines(&f, &read(&f)?, 2, 3)? {
                let num = |l: &Line| -> Result<i64> {
                    let v = l.req(2)?;
                    v.trim_start_matches('+').parse::<i64>().map_err(|_| l.err(format!("bad value {v:?}")))
                };
                let dw = match l.req(1)? {
                    "month" => {
                        let m = num(&l)?;
                        if !(1..=12).contains(&m) {
                            return Err(l.err("month must be 1..12"));
                        }
                        DateWord::Month(m as u32)
                    }
                    "weekday" => {
                        let d = num(&l)?;
                        if !(1..=7).contains(&d) {
                            return Err(l.err("weekday must be 1..7"));
                        }
                        DateWord::Weekday(d as u32)
                    }
                    "relday" => DateWord::RelDay(num(&l)?),
                    "relyear" => DateWord::RelYear(num(&l)?),
                    "anaphor" => DateWord::Anaphor(num(&l)?),
                    "daypart" => DateWord::DayPart,
                    "relspan" => DateWord::RelSpan,
                    other => return Err(l.err(format!("unknown date kind {other:?}"))),
                };
                // English month and weekday names count only when capitalised ("March" the month,
                // not "marched"; "May", not the modal verb).
                let pat = if lang == Lang::En && matches!(dw, DateWord::Month(_) | DateWord::Weekday(_)) {
                    let mut c = l.cols[0].trim().chars();
                    c.next().map(|f| f.to_uppercase().chain(c).collect::<String>()).unwrap_or_default()
                } else {
                    l.cols[0].to_string()
                };
                lk.dates.push(pattern::compile(&pat, korean, KoMode::Exact, &stemmers), dw);
            }
            let f = format!("{code}/abbreviations.txt");
            for line in read(&f)?.lines() {
                let t = line.trim();
                if t.is_empty() || t.starts_with('#') {
                    continue;
                }
                abbrev.push(t.to_string());
            }
            if lang == Lang::Ru {
                let f = "ru/cases.tsv";
                for l in tsv_lines(f, &read(f)?, 2, 3)? {
                    lk.cases.push((l.cols[0].trim().trim_start_matches('-').to_lowercase(), l.req(1)?.to_string()));
                }
                lk.cases.sort_by_key(|a| std::cmp::Reverse(a.0.chars().count()));
            }
            // Gazetteer names and nationality adjectives in this language.
            let col = match lang {
                Lang::En => 2,
                Lang::Ko => 3,
                _ => 4,
            };
            for l in tsv_lines("world/countries.tsv", &countries, 10, 10)? {
                let idx = k.by_iso3[l.cols[0].trim()];
                // (ISO codes are not names: "SYR" would match the Syr Darya.)
                let names = l.alts(col);
                for n in names {
                    lk.country_words.insert(n.to_lowercase(), l.cols[0].trim().to_string());
                    lk.places.push(place_pattern(n, lang, &stemmers), PlaceRef::Country(idx));
                }
                for a in l.alts(col + 3) {
                    lk.country_words.insert(a.to_lowercase(), l.cols[0].trim().to_string());
                    lk.adjectives
                        .push(pattern::compile(a, korean, KoMode::Exact, &stemmers), l.cols[0].trim().to_string());
                    // ("Afghan" → "Afghans", "Israeli" → "Israelis"; "Chinese", "French" are no plurals)
                    if lang == Lang::En && !a.contains(' ') && a.ends_with(['n', 'i']) {
                        let plural = format!("{a}s=");
                        lk.demonyms.push(
                            pattern::compile(&plural, false, KoMode::Exact, &stemmers),
                            l.cols[0].trim().to_string(),
                        );
                    }
                }
            }
            let pcol = match lang {
                Lang::En => 0,
                Lang::Ko => 6,
                _ => 7,
            };
            let place_lines = tsv_lines("world/places.tsv", &places, 9, 9)?;
            let ko_names: rustc_hash::FxHashSet<&str> =
                place_lines.iter().flat_map(|l| l.alts(pcol)).filter(|_| lang == Lang::Ko).collect();
            for (idx, l) in place_lines.iter().enumerate() {
                let mut names = l.alts(pcol);
                if lang == Lang::En {
                    names.extend(l.alts(8));
                }
                for n in names {
                    lk.places.push(place_pattern(n, lang, &stemmers), PlaceRef::Place(idx));
                    // A Korean province name takes 주 ("나라티왓주", "카보델가두주"); so does a
                    // city naming the province it is the seat of ("두호크주"), where no place has
                    // that name.
                    let province = format!("{n}주");
                    let region = l.cols[2].trim() == "region";
                    if lang == Lang::Ko
                        && !n.ends_with(['주', '도'])
                        && (region || (n.chars().count() >= 2 && !ko_names.contains(province.as_str())))
                    {
                        lk.places.push(place_pattern(&province, lang, &stemmers), PlaceRef::Place(idx));
                    }
                }
            }
            // Generated names (country names, then cities), each unless a hand-written name,
            // a stop word or a function word of the language is the same.
            let function_words: rustc_hash::FxHashSet<String> = match lang {
                Lang::Ko => Default::default(),
                _ => read(&format!("{code}/function-words.txt"))?.lines().map(|w| w.trim().to_lowercase()).collect(),
            };
            let mut taken: rustc_hash::FxHashSet<String> = lk.country_words.keys().cloned().collect();
            for l in tsv_lines("world/places.tsv", &places, 9, 9)? {
                taken.extend(l.alts(pcol).iter().map(|n| n.to_lowercase()));
                if lang == Lang::En {
                    taken.extend(l.alts(8).iter().map(|n| n.to_lowercase()));
                }
            }
            lk.place_stop = gen_names.stop.get(&lang).cloned().unwrap_or_default();
            for (name, r) in gen_names.of(lang) {
                let low = name.to_lowercase();
                if taken.contains(&low)
                    || function_words.contains(&low)
                    || gen_names.stop.get(&lang).is_some_and(|s| s.contains(&low))
                    || (lang != Lang::Ko && !name.chars().next().is_some_and(char::is_uppercase))
                {
                    continue;
                }
                if let PlaceRef::Country(_) = r {
                    taken.insert(low);
                }
                lk.places.push(place_pattern(name, lang, &stemmers), r);
            }
            k.langs.insert(lang, lk);
        }
        k.tables.abbreviations = Abbreviations::new(abbrev);
        let mut words = |f: &str| -> Result<std::collections::HashSet<String>> {
            Ok(read(f)?
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .map(str::to_lowercase)
                .collect())
        };
        k.tables.function_words.en = words("en/function-words.txt")?;
        k.tables.function_words.ru = words("ru/function-words.txt")?;
        drop(gen_names);
        k.gen = gen;
        Ok(k)
    }

    /// Appends the generated cities to `places` (a city already in `places.tsv` keeps its line
    /// there and only lends it the generated names) and fills the fuzzy index; returns the
    /// generated names to add to each language's matcher.
    fn add_generated<'g>(
        &mut self,
        gen: Option<&'g gazetteer::Generated>,
        handwritten: &str,
        stoplist: &str,
    ) -> Result<GenNames<'g>> {
        let mut out = GenNames::default();
        for l in tsv_lines("world/place-stoplist.tsv", stoplist, 2, 3)? {
            let name = l.req(0)?.to_lowercase();
            for code in l.req(1)?.split('|').map(str::trim) {
                let langs: Vec<Lang> = if code == "*" {
                    Lang::SUPPORTED.to_vec()
                } else {
                    vec![Lang::from_code(code)
                        .filter(|l| Lang::SUPPORTED.contains(l))
                        .ok_or_else(|| l.err(format!("unknown language {code:?}")))?]
                };
                for lg in langs {
                    out.stop.entry(lg).or_default().insert(name.clone());
                }
            }
        }
        // Hand-written places by every name they have, for spotting the same city.
        let mut by_name: rustc_hash::FxHashMap<String, Vec<usize>> = Default::default();
        for (idx, l) in tsv_lines("world/places.tsv", handwritten, 9, 9)?.iter().enumerate() {
            for col in [0, 6, 7, 8] {
                for n in l.alts(col) {
                    by_name.entry(n.to_lowercase()).or_default().push(idx);
                    if col == 0 || col == 8 {
                        self.latin_names.push((n.to_string(), idx));
                    }
                }
            }
        }
        let Some(gen) = gen else { return Ok(out) };
        for c in &gen.countries {
            let Some(&idx) = self.by_iso3.get(&c.iso3) else { continue };
            let r = PlaceRef::Country(idx);
            out.en.extend(c.names_en.iter().map(|n| (n.as_str(), r)));
            out.ko.extend(c.names_ko.iter().map(|n| (n.as_str(), r)));
            out.ru.extend(c.names_ru.iter().map(|n| (n.as_str(), r)));
        }
        for c in &gen.cities {
            let same = std::iter::once(&c.name)
                .chain(&c.names_ko)
                .chain(&c.names_ru)
                .filter_map(|n| by_name.get(&n.to_lowercase()))
                .flatten()
                .copied()
                .find(|&i| {
                    let p = &self.places[i];
                    p.kind == "city"
                        && p.country == c.iso3
                        && (p.lat - c.lat).abs() < 0.3
                        && (p.lon - c.lon).abs() < 0.4
                });
            let idx = match same {
                Some(i) => i,
                None => {
                    self.places.push(Place {
                        name: c.name.clone(),
                        country: c.iso3.clone(),
                        kind: "city".into(),
                        capital: false,
                        lat: c.lat,
                        lon: c.lon,
                        population: c.population,
                        generated: true,
                        admin1: c.admin1.clone(),
                    });
                    self.places.len() - 1
                }
            };
            self.gen_place.push(idx);
            let r = PlaceRef::Place(idx);
            // A city already in places.tsv borrows the generated Hangul and Cyrillic spellings,
            // not the Latin aliases (another language's spelling of one city is often another
            // city's name: Pune's "Puno").
            if same.is_none() {
                out.en.push((c.name.as_str(), r));
                out.en.extend(c.aliases_en.iter().map(|n| (n.as_str(), r)));
            }
            out.ko.extend(c.names_ko.iter().map(|n| (n.as_str(), r)));
            out.ru.extend(c.names_ru.iter().map(|n| (n.as_str(), r)));
        }
        Ok(out)
    }

    /// The Latin names of every place by phonetic key (built on first use).
    pub fn fuzzy(&self) -> &translit::FuzzyIndex {
        self.fuzzy.get_or_init(|| {
            let mut ix = translit::FuzzyIndex::default();
            for (n, i) in &self.latin_names {
                ix.add(n, *i);
            }
            if let Some(g) = &self.gen {
                for (c, &i) in g.cities.iter().zip(&self.gen_place) {
                    ix.add(&c.name, i);
                    for a in &c.aliases_en {
                        ix.add(a, i);
                    }
                }
            }
            ix
        })
    }

    /// Whether the generated gazetteer was loaded (cities beyond `places.tsv`).
    pub fn has_generated(&self) -> bool {
        self.places.last().is_some_and(|p| p.generated)
    }

    fn check_iso(&self, l: &Line, c: &str) -> Result<String> {
        if self.by_iso3.contains_key(c) || self.by_iso3.is_empty() {
            Ok(c.to_string())
        } else {
            Err(l.err(format!("unknown country code {c:?} (not in world/countries.tsv)")))
        }
    }

    fn load_ontology(&mut self, file: &str, text: &str) -> Result<()> {
        for l in tsv_lines(file, text, 5, 5)? {
            let kind = l.req(0)?;
            if !PLOVER_TYPES.contains(&kind) {
                return Err(l.err(format!("unknown PLOVER type {kind:?}")));
            }
            let mode = l.req(1)?;
            if mode != "*" && !modes_of(kind).contains(&mode) {
                return Err(l.err(format!("mode {mode:?} is not a mode of {kind}")));
            }
            let acled = match (l.opt(3), l.opt(4)) {
                (Some(a), Some(b)) => Some((a.to_string(), b.to_string())),
                (None, None) => None,
                _ => return Err(l.err("ACLED event type and sub-event type go together")),
            };
            self.ontology
                .insert((kind.to_string(), mode.to_string()), Mapping { cameo_root: l.req(2)?.to_string(), acled });
        }
        for t in PLOVER_TYPES {
            if !self.ontology.contains_key(&(t.to_string(), "*".to_string())) {
                return Err(KnowledgeError::Invalid {
                    file: file.into(),
                    line: 0,
                    msg: format!("no default (`*`) line for {t}"),
                });
            }
        }
        Ok(())
    }

    fn load_countries(&mut self, file: &str, text: &str) -> Result<()> {
        for l in tsv_lines(file, text, 10, 10)? {
            let iso3 = l.req(0)?;
            if iso3.len() != 3 || !iso3.chars().all(|c| c.is_ascii_uppercase()) {
                return Err(l.err(format!("bad ISO alpha-3 code {iso3:?}")));
            }
            if self.by_iso3.contains_key(iso3) {
                return Err(l.err(format!("duplicate country {iso3}")));
            }
            let (lat, lon) = coords(&l, 8, 9)?;
            let name = l.alts(2).first().map(|s| s.to_string()).ok_or_else(|| l.err("no English name"))?;
            self.by_iso3.insert(iso3.to_string(), self.countries.len());
            // Its names in every language, lower case: which of two countries a declined form
            // belongs to is the one whose name it shares more letters with (Нигерии: Нигерия, not Нигер).
            let names = [2, 3, 4].iter().flat_map(|&c| l.alts(c)).map(|n| n.to_lowercase()).collect();
            self.countries.push(Country {
                iso3: iso3.into(),
                iso2: l.opt(1).unwrap_or("").into(),
                name,
                names,
                lat,
                lon,
            });
        }
        Ok(())
    }

    fn load_places(&mut self, file: &str, text: &str) -> Result<()> {
        for l in tsv_lines(file, text, 9, 9)? {
            let country = l.req(1)?;
            if !self.by_iso3.contains_key(country) {
                return Err(l.err(format!("unknown country code {country:?}")));
            }
            let kind = l.req(2)?;
            if kind != "city" && kind != "region" {
                return Err(l.err(format!("kind must be city or region, not {kind:?}")));
            }
            let (lat, lon) = coords(&l, 3, 4)?;
            let population = match l.opt(5) {
                Some(p) => p.replace(',', "").parse::<u64>().map_err(|_| l.err(format!("bad population {p:?}")))?,
                None => 0,
            };
            let c = &self.countries[self.by_iso3[country]];
            let capital = kind == "city" && (c.lat - lat).abs() < 0.2 && (c.lon - lon).abs() < 0.2;
            self.places.push(Place {
                name: l.req(0)?.into(),
                country: country.into(),
                kind: kind.into(),
                lat,
                lon,
                population,
                capital,
                generated: false,
                admin1: None,
            });
        }
        Ok(())
    }

    /// The knowledge of one language (`Unknown` has none).
    pub fn lang(&self, lang: Lang) -> Option<&LangKnowledge> {
        self.langs.get(&lang)
    }

    pub fn country(&self, iso3: &str) -> Option<&Country> {
        self.by_iso3.get(iso3).map(|&i| &self.countries[i])
    }

    /// CAMEO root and ACLED category for a type and mode (falls back on the type's default).
    pub fn mapping(&self, kind: &str, mode: Option<&str>) -> Option<&Mapping> {
        mode.and_then(|m| self.ontology.get(&(kind.to_string(), m.to_string())))
            .or_else(|| self.ontology.get(&(kind.to_string(), "*".to_string())))
    }

    /// A one-line summary of what was loaded, for `--help`-style diagnostics.
    pub fn summary(&self) -> String {
        let mut s = format!("{} countries, {} places", self.countries.len(), self.places.len());
        for l in Lang::SUPPORTED {
            if let Some(lk) = self.lang(l) {
                s.push_str(&format!("; {l}: {} triggers, {} actors", lk.triggers.len(), lk.actors.len()));
            }
        }
        s
    }
}

/// Generated names per language, and the stoplist.
#[derive(Default)]
struct GenNames<'g> {
    en: Vec<(&'g str, PlaceRef)>,
    ko: Vec<(&'g str, PlaceRef)>,
    ru: Vec<(&'g str, PlaceRef)>,
    stop: HashMap<Lang, rustc_hash::FxHashSet<String>>,
}

impl<'g> GenNames<'g> {
    fn of(&self, lang: Lang) -> impl Iterator<Item = (&'g str, PlaceRef)> + '_ {
        match lang {
            Lang::En => &self.en,
            Lang::Ko => &self.ko,
            _ => &self.ru,
        }
        .iter()
        .copied()
    }
}

fn place_pattern(name: &str, lang: Lang, stemmers: &Stemmers) -> Vec<Word> {
    match lang {
        Lang::Ko => pattern::compile(name, true, KoMode::Exact, stemmers),
        _ => pattern::compile_name(name, lang == Lang::Ru, stemmers),
    }
}

fn coords(l: &Line, a: usize, b: usize) -> Result<(f64, f64)> {
    let lat: f64 = l.req(a)?.parse().map_err(|_| l.err("bad latitude"))?;
    let lon: f64 = l.req(b)?.parse().map_err(|_| l.err("bad longitude"))?;
    if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
        return Err(l.err("coordinates out of range"));
    }
    Ok((lat, lon))
}

fn parse_trigger(l: &Line) -> Result<TriggerInfo> {
    let kind =
        static_type(l.req(1)?, &PLOVER_TYPES).ok_or_else(|| l.err(format!("unknown PLOVER type {:?}", l.cols[1])))?;
    let mode = l.opt(2).map(String::from);
    if let Some(m) = &mode {
        if !modes_of(kind).contains(&m.as_str()) {
            return Err(l.err(format!("mode {m:?} is not a mode of {kind}")));
        }
    }
    let class = match l.req(3)? {
        "V" => TriggerClass::Verb,
        "N" => TriggerClass::Noun,
        other => return Err(l.err(format!("class must be V or N, not {other:?}"))),
    };
    let mut info = TriggerInfo {
        kind,
        mode,
        class,
        passive: false,
        fatal: false,
        q: None,
        future: false,
        comm: false,
        recip: false,
        mutual: false,
        send: false,
        command: false,
        host: false,
        pattern: l.cols[0].trim().to_string(),
    };
    for flag in l.opt(4).map(|f| f.split(',').map(str::trim).collect::<Vec<_>>()).unwrap_or_default() {
        match flag {
            "" => {}
            "passive" => info.passive = true,
            "fatal" => info.fatal = true,
            "future" => info.future = true,
            "comm" => info.comm = true,
            "recip" => info.recip = true,
            "send" => info.send = true,
            "command" => info.command = true,
            "host" => info.host = true,
            "mutual" => {
                info.recip = true;
                info.mutual = true;
            }
            f if f.starts_with("q=") => {
                let q = &f[2..];
                if !QUANTITY_KINDS.contains(&q) {
                    return Err(l.err(format!("unknown quantity kind {q:?}")));
                }
                info.q = Some(q.to_string());
            }
            other => return Err(l.err(format!("unknown flag {other:?}"))),
        }
    }
    Ok(info)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bad(files: &[(&str, &str)]) -> String {
        let r = Knowledge::from_files(|name| {
            Ok(files.iter().find(|(n, _)| *n == name).map(|(_, t)| t.to_string()).unwrap_or_else(|| {
                EMBEDDED.iter().find(|(n, _)| *n == name).map(|(_, t)| t.to_string()).unwrap_or_default()
            }))
        });
        match r {
            Err(e) => e.to_string(),
            Ok(_) => "ok".into(),
        }
    }

    #[test]
    fn embedded_data_loads() {
        let k = Knowledge::embedded().expect("embedded data must validate");
        for l in Lang::SUPPORTED {
            assert!(k.lang(l).unwrap().triggers.len() > 50, "{l} triggers");
        }
        assert!(k.countries.len() > 150);
    }

    #[test]
    fn bad_lines_name_file_and_line() {
        let e = bad(&[("en/triggers.tsv", "# c\nkill\tKILL\t-\tV\t-\n")]);
        assert!(e.starts_with("en/triggers.tsv:2:"), "{e}");
        let e = bad(&[("en/actors.tsv", "police\tCOP\tXYZ\t-\n")]);
        assert!(e.contains("unknown country code"), "{e}");
        let e = bad(&[("ru/triggers.tsv", "убить\tASSAULT\tbogus\tV\tfatal\n")]);
        assert!(e.contains("not a mode of ASSAULT"), "{e}");
        let e = bad(&[("ko/triggers.tsv", "살해\tASSAULT\t-\tV\tfatal,q=souls\n")]);
        assert!(e.contains("unknown quantity kind"), "{e}");
        let e = bad(&[("world/places.tsv", "Nowhere\tKAZ\tcity\t95\t10\t-\t-\t-\t-\n")]);
        assert!(e.contains("out of range"), "{e}");
        let e = bad(&[("ru/settings.tsv", "trigger-gap\t9\n")]);
        assert!(e.starts_with("ru/settings.tsv:1:") && e.contains("0 to 6"), "{e}");
        let e = bad(&[("en/settings.tsv", "word-gap\t2\n")]);
        assert!(e.contains("unknown setting"), "{e}");
    }
}
