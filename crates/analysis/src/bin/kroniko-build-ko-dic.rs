//! Builds the Korean morphological dictionary kroniko loads at run time (see
//! `scripts/setup.d/20-kodic.sh`):
//!
//! ```text
//! kroniko-build-ko-dic SRC OUT
//! ```
//!
//! SRC holds MeCab dictionary sources (`*.csv`, `matrix.def`, `char.def`, `unk.def`), here the ones
//! `scripts/decompile_mecab.py` recovers from mecab-ko-dic; OUT receives lindera's dictionary
//! files. The column layout (`ko-dic-metadata.json`, ours) is mecab-ko-dic's: surface, left and
//! right context ids, cost, then eight features starting with the part-of-speech tag.

use lindera_dictionary::builder::DictionaryBuilder;
use lindera_dictionary::dictionary::metadata::Metadata;
use std::path::Path;
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [src, out] = args.as_slice() else {
        eprintln!("usage: kroniko-build-ko-dic SRC OUT");
        std::process::exit(2);
    };
    let t = Instant::now();
    let metadata = match Metadata::load(include_bytes!("../../ko-dic-metadata.json")) {
        Ok(m) => m,
        Err(e) => {
            eprintln!("kroniko-build-ko-dic: metadata: {e}");
            std::process::exit(1);
        }
    };
    if let Err(e) = DictionaryBuilder::new(metadata).build_dictionary(Path::new(src), Path::new(out)) {
        eprintln!("kroniko-build-ko-dic: {src} → {out}: {e}");
        std::process::exit(1);
    }
    eprintln!("kroniko-build-ko-dic: built {out} in {:.1} s", t.elapsed().as_secs_f64());
}
