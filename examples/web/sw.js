// Offline: every file the workbench needs is kept in the browser's cache when
// the page is first opened, and served from there when the network is gone
// (network first, so a new version is picked up whenever there is one).
const CACHE = "tromsvekst-workbench-v2";
const FILES = [
  "./", "./index.html", "./app.js", "./engine.js", "./text.js", "./fields.js", "./workspace.js", "./docview.js", "./views.js",
  "./store.js", "./dates.js", "./history.js", "./sync.js", "./fast.js", "./style.css",
  "./vendor/preact.mjs", "./vendor/hooks.mjs", "./vendor/htm.mjs",
  "../../bindings/wasm/pkg-slim/tromsvekst.js", "../../bindings/wasm/pkg-slim/tromsvekst_bg.wasm",
  "../../bindings/wasm/pkg/report/tromsvekst_report.js",
  "../../bindings/wasm/pkg/report/tromsvekst_report_bg.wasm",
  "../nord-troms/action-plan-2025-2026.json", "../nord-troms/meetings-2025-2026.json",
  "../nord-troms/indicators.json", "../nord-troms/midterm-evaluation-2026.json",
];

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  if (event.request.method !== "GET" || new URL(event.request.url).origin !== location.origin) return;
  event.respondWith(
    fetch(event.request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          caches.open(CACHE).then((c) => c.put(event.request, copy));
        }
        return response;
      })
      .catch(() => caches.match(event.request, { ignoreSearch: true }).then((r) => r ?? Response.error())),
  );
});
