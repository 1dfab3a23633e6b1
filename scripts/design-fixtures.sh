#!/usr/bin/env bash
# Rewrites the optimisers' test fixtures. The team designer: for each request in Tests/CatalogueTests/designs/*.json, the two
# stages of its linear program as MPS, and HiGHS's optimum of each (expected.json). Run it after changing a
# service model or the designer's formulation, then read the diff of expected.json before committing.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product skillmix
database="$(mktemp -d)/fixtures.sqlite"
folder=Tests/CatalogueTests/designs
for request in "$folder"/*.json; do
    name="$(basename "$request" .json)"
    [ "$name" = expected ] && continue
    DATABASE_URL="sqlite:$database" .build/debug/skillmix design --input "$request" \
        --mps "$folder/$name.cost.mps" --mps-need-stage "$folder/$name.need.mps" > /dev/null
done
python3 scripts/highs-reference.py "$folder"/*.mps > "$folder/expected.json"
echo "Wrote $folder/expected.json"

# The commissioning optimiser: each scenario's whole model (every place) as MPS, solved by HiGHS. The MPS files
# are large, so they stay in a temporary folder; only the optima are committed.
folder=Tests/CatalogueTests/commissioning
models="$(mktemp -d)"
for request in "$folder"/*.json; do
    name="$(basename "$request" .json)"
    [ "$name" = expected ] && continue
    DATABASE_URL="sqlite:$database" .build/debug/skillmix commission --scenario "$request" --mps "$models/$name.mps" \
        > /dev/null
done
python3 scripts/highs-reference.py "$models"/*.mps > "$folder/expected.json"
echo "Wrote $folder/expected.json"
