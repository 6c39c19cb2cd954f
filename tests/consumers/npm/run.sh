#!/usr/bin/env bash
# A web developer's project outside the workspace, with the package as npm
# would deliver it: `npm pack` of bindings/wasm/pkg, installed from the
# tarball into a copy of this folder in a temporary directory, then
#   (a) imported by name in node,
#   (b) bundled by Vite into a page that runs in Chromium, validates the
#       Nord-Troms examples and fetches the report module on first use,
#   (c) TypeScript in strict mode against the declarations.
# Needs bindings/wasm/pkg (scripts/build.sh) and bindings/wasm/node_modules.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../../.." && pwd)"
HERE="$ROOT/tests/consumers/npm"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
(cd "$ROOT/bindings/wasm/pkg" && npm pack --silent --pack-destination "$WORK" >/dev/null)
TARBALL="$(ls "$WORK"/tromsvekst-*.tgz)"
LISTING="$(tar tzf "$TARBALL")"
echo "npm pack: $(basename "$TARBALL"), $(stat -c %s "$TARBALL") bytes: $(echo "$LISTING" | tr '\n' ' ')"
for f in package/README.md package/tromsvekst.d.ts package/report.d.ts package/tromsvekst_bg.wasm package/report/tromsvekst_report_bg.wasm package/LICENSE-MIT; do
  grep -qx "$f" <<<"$LISTING" || { echo "the tarball lacks $f"; exit 1; }
done
mkdir "$WORK/app"
cp -r "$HERE/package.json" "$HERE/index.html" "$HERE/src" "$HERE/node-check.mjs" "$HERE/browser-check.mjs" "$HERE/usage.ts" "$HERE/tsconfig.json" "$WORK/app/"
cd "$WORK/app"
npm install --no-audit --no-fund --silent "$TARBALL"
node node-check.mjs "$ROOT"
"$ROOT/bindings/wasm/node_modules/.bin/tsc" -p tsconfig.json
echo "typescript: usage.ts compiles in strict mode against the package's declarations"
npx --no-install vite build --logLevel warn
ls dist/assets | sed 's/^/  vite: /'
node browser-check.mjs "$WORK/app/dist" "$ROOT" "$ROOT/bindings/wasm/node_modules/playwright-core/index.mjs"
