#!/usr/bin/env bash
# Korean morphological dictionary: mecab-ko-dic 2.1.1 from the PyPI package python-mecab-ko-dic
# (Apache-2.0, compiled MeCab files only) -> $gen/ko-dic, a lindera dictionary that kroniko loads
# at run time. scripts/decompile_mecab.py turns the compiled files back into MeCab sources, then
# kroniko-build-ko-dic (crates/analysis) builds them with lindera's DictionaryBuilder.
# Skipped when $gen/ko-dic was built from the same inputs (a stamp of the package version, the
# lindera-dictionary version in Cargo.lock and our three build files). Args: VENV GEN.
set -euo pipefail
venv="$1"
gen="$2"
py="$venv/bin/python"
out="$gen/ko-dic"
dic="$("$py" -c 'import importlib.util, os; s = importlib.util.find_spec("mecab_ko_dic"); print(os.path.join(os.path.dirname(s.origin), "dictionary"))')"
version="$("$py" -c 'import importlib.metadata as m; print(m.version("python-mecab-ko-dic"))')"
ours=(scripts/decompile_mecab.py crates/analysis/ko-dic-metadata.json crates/analysis/src/bin/kroniko-build-ko-dic.rs)
for f in "$dic/sys.dic" "$dic/unk.dic" "$dic/matrix.bin" "$dic/char.bin" "${ours[@]}"; do
  [ -f "$f" ] || { echo "20-kodic: missing input $f" >&2; exit 1; }
done
lindera="$(grep -A1 '^name = "lindera-dictionary"$' Cargo.lock | sed -n 's/^version = "\(.*\)"$/\1/p')"
stamp="python-mecab-ko-dic $version; lindera-dictionary $lindera; $(cat "${ours[@]}" | sha256sum | cut -c1-16)"
if [ -f "$out/metadata.json" ] && [ "$(cat "$out/.stamp" 2>/dev/null)" = "$stamp" ]; then
  exit 0
fi
echo "== setup: Korean dictionary ($out) from python-mecab-ko-dic $version"
src="$(dirname "$gen")/ko-dic-src"
rm -rf "$src" "$out.tmp"
"$py" scripts/decompile_mecab.py "$dic" "$src"
cargo run -q -p kroniko-analysis --bin kroniko-build-ko-dic -- "$src" "$out.tmp"
echo "$stamp" > "$out.tmp/.stamp"
rm -rf "$out" "$src"
mv "$out.tmp" "$out"
