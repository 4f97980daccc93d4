#!/usr/bin/env bash
# The main job: build every package, then run the whole fimforms pipeline over the examples.
# validate → compile (XSD + JSON Schema) → sample submission → XML and JSON payloads, and an
# XDatenfelder import → validate → export round. Everything lands in build/main-job/.
set -euo pipefail
cd "$(dirname "$0")/.."
out=build/main-job
fimforms() { node packages/cli/bin/fimforms.js "$@"; }

npx turbo run build --output-logs=errors-only
rm -rf "$out" && mkdir -p "$out"

echo "== fimforms validate specs/examples"
fimforms validate specs/examples

for form in specs/examples/*.form.json; do
  name=$(basename "$form" .form.json)
  echo "== $name: compile, sample, payload"
  fimforms compile "$form" --out "$out/$name"
  fimforms sample "$form" -o "$out/$name/sample.json"
  fimforms payload "$form" "$out/$name/sample.json" --xml -o "$out/$name/payload.xml"
  fimforms payload "$form" "$out/$name/sample.json" --json -o "$out/$name/payload.json"
done

echo "== XDatenfelder 3.0.0: import, validate, export"
fimforms import packages/xdatenfelder/test/fixtures/xdf3-schema.xml -o "$out/imported.form.json"
fimforms validate "$out/imported.form.json"
fimforms export "$out/imported.form.json" -o "$out/exported.xdf3.xml"

echo "== done: $(find "$out" -type f | wc -l) files in $out"
