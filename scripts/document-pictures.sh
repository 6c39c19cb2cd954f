#!/usr/bin/env bash
# Makes the committed pictures of the documents again: every page of the
# Nord-Troms midterm and final evaluations (bokmål) as Word files converted by
# LibreOffice (docs/dokumenter/), and the README's pictures (docs/images/):
# the midterm's first page in Word, the status's first page as HTML printed
# on A4 by Chromium; the public site's front page and first focus area in both
# languages. The Python tests make the same pages and check that the
# committed pictures are as many as the document's pages.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build -q -p tromsvekst-cli
cli=target/debug/tromsvekst
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p docs/dokumenter docs/images
rm -f docs/dokumenter/*-docx-*.png
make() { # kind folder day name
  "$cli" report "$1" "$2" --as-of "$3" --out "$work/$4.docx"
  soffice --headless "-env:UserInstallation=file://$work/lo" --convert-to pdf --outdir "$work" "$work/$4.docx" >/dev/null
  pdftoppm -png -r 60 "$work/$4.pdf" "docs/dokumenter/$4-docx"
}
make midterm examples/nord-troms 2026-11-26 midterm-nord-troms-2026-nb
make final examples/nord-troms/whole-period 2028-11-30 final-whole-period-2028-nb
pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$work/midterm-nord-troms-2026-nb.pdf" docs/images/report-midterm-nb-docx
"$cli" report status examples/nord-troms --as-of 2026-11-26 --out "$work/status.html"
"${CHROMIUM:-/usr/bin/chromium}" --headless --no-sandbox --disable-gpu --no-first-run --no-pdf-header-footer \
  "--print-to-pdf=$work/status.pdf" "file://$work/status.html" 2>/dev/null
pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$work/status.pdf" docs/images/report-status-nb
# The public site (issue 26): its Chromium test takes the screenshots, at 1280 px.
(cd bindings/wasm && TROMSVEKST_CLI="$PWD/../../$cli" node --test tests/site.test.mjs >/dev/null)
for page in index:front area-1:area; do
  cp "target/test-artifacts/site/${page%%:*}-1280.png" "docs/images/site-${page##*:}-nb.png"
  cp "target/test-artifacts/site/en-${page%%:*}-1280.png" "docs/images/site-${page##*:}-en.png"
done
ls docs/dokumenter
