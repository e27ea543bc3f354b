//! Korean morphological analysis: lindera's Viterbi segmenter over mecab-ko-dic.
//!
//! The dictionary is not in the binary: `scripts/setup.d/20-kodic.sh` rebuilds it from the PyPI
//! package `python-mecab-ko-dic` into a folder (`.build/gen/ko-dic`), and [`KoMorph::load`]
//! reads that folder at run time (memory-mapped). The analyser only *segments and tags*; what a
//! particle means for an event's roles stays in `data/ko/particles.tsv` (see
//! [`crate::token::ko_stems_morph`]).

use lindera::dictionary::load_fs_dictionary;
use lindera::mode::Mode;
use lindera::segmenter::Segmenter;
use std::borrow::Cow;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

/// One morpheme: a byte span of the analysed text and its mecab-ko-dic tag (`NNG`, `JKS`,
/// `XSV+EP` for a contracted form: the tags of its parts joined by `+`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Morpheme {
    pub start: usize,
    pub end: usize,
    pub tag: String,
}

impl Morpheme {
    /// The tag of the morpheme's first part (`XSV` for `XSV+EP`).
    pub fn first_tag(&self) -> &str {
        self.tag.split('+').next().unwrap_or("")
    }
    /// The tag of its last part (`EP` for `XSV+EP`).
    pub fn last_tag(&self) -> &str {
        self.tag.rsplit('+').next().unwrap_or("")
    }
}

/// A loaded Korean analyser. Cheap to share: hold it in an `Arc`.
pub struct KoMorph {
    segmenter: Segmenter,
    dir: PathBuf,
    load_time: Duration,
}

impl std::fmt::Debug for KoMorph {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("KoMorph").field("dir", &self.dir).finish()
    }
}

impl KoMorph {
    /// Loads a lindera dictionary folder built by `kroniko-build-ko-dic`.
    pub fn load(dir: &Path) -> Result<KoMorph, String> {
        if !dir.join("metadata.json").is_file() {
            return Err(format!("{}: no Korean dictionary (run scripts/setup.sh)", dir.display()));
        }
        let t = Instant::now();
        let dictionary = load_fs_dictionary(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        let segmenter = Segmenter::new(Mode::Normal, dictionary, None);
        Ok(KoMorph { segmenter, dir: dir.to_path_buf(), load_time: t.elapsed() })
    }

    /// How long [`KoMorph::load`] took (the files are memory-mapped: pages are read on use).
    pub fn load_time(&self) -> Duration {
        self.load_time
    }

    /// The folder the dictionary was loaded from.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The morphemes of `text`, in order, with byte spans into `text`. Whitespace is skipped.
    /// Never fails: on an internal error of the segmenter it returns no morphemes.
    pub fn morphemes(&self, text: &str) -> Vec<Morpheme> {
        let Ok(mut tokens) = self.segmenter.segment(Cow::Borrowed(text)) else { return Vec::new() };
        tokens
            .iter_mut()
            .map(|t| Morpheme {
                start: t.byte_start,
                end: t.byte_end,
                tag: t.get_detail(0).unwrap_or("UNKNOWN").to_string(),
            })
            .collect()
    }

    /// The analyser for `dir`, loaded once per process and shared. `None` when the folder has no
    /// dictionary (a warning is printed once per folder) or when `KRONIKO_KO_MORPH=off`, which
    /// selects the particle table alone (for comparisons).
    pub fn shared(dir: &Path) -> Option<Arc<KoMorph>> {
        if std::env::var("KRONIKO_KO_MORPH").is_ok_and(|v| v == "off" || v == "0") {
            return None;
        }
        static CACHE: OnceLock<Mutex<HashMap<PathBuf, Option<Arc<KoMorph>>>>> = OnceLock::new();
        let mut cache = CACHE.get_or_init(Default::default).lock().unwrap_or_else(|e| e.into_inner());
        cache
            .entry(dir.to_path_buf())
            .or_insert_with(|| match KoMorph::load(dir) {
                Ok(m) => Some(Arc::new(m)),
                Err(e) => {
                    eprintln!("warning: Korean morphology falls back to the particle table: {e}");
                    None
                }
            })
            .clone()
    }
}
