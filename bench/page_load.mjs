// The workbench's first status on a slow mobile connection: Chromium with the
// DevTools "Fast 3G" profile (1.6 Mbit/s down × 0.9, 750 kbit/s up × 0.9,
// 562.5 ms round trip), the repository served gzip-compressed (as any web
// server would), a fresh profile (nothing cached), the time from navigation to
// the first status on the page. Prints JSON lines.  node bench/page_load.mjs RUNS
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, normalize } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "../bindings/wasm/node_modules/playwright-core/index.mjs";

const root = new URL("../", import.meta.url).pathname;
const runs = Number(process.argv[2]) || 3;
// `--worker`: the service worker registered as on a first visit (it fetches
// every file for offline use, the report module too, on the same slow line).
const withWorker = process.argv.includes("--worker");
const TYPES = { ".html": "text/html", ".js": "text/javascript", ".mjs": "text/javascript", ".css": "text/css", ".json": "application/json", ".wasm": "application/wasm" };
const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];

const server = createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname)).replace(/^(\.\.[/\\])+/, "");
  const file = root + path.replace(/\/$/, "/index.html");
  try {
    const body = await readFile(file);
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "content-encoding": "gzip" });
    res.end(gzipSync(body, { level: 9 }));
  } catch {
    res.writeHead(404);
    res.end();
  }
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const { port } = server.address();
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"] });
const times = [];
let bytes = 0;
try {
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ serviceWorkers: withWorker ? "allow" : "block" });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      downloadThroughput: ((1.6 * 1000 * 1000) / 8) * 0.9,
      uploadThroughput: ((750 * 1000) / 8) * 0.9,
      latency: 150 * 3.75,
    });
    let received = 0;
    cdp.on("Network.loadingFinished", (e) => { received += e.encodedDataLength; });
    const start = Date.now();
    await page.goto(`http://127.0.0.1:${port}/examples/web/`, { waitUntil: "commit" });
    await page.waitForSelector("[data-verdict]", { timeout: 60000 });
    times.push((Date.now() - start) / 1000);
    bytes = received;
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
console.log(JSON.stringify({ page: "workbench", profile: "Fast 3G", service_worker: withWorker, runs, first_status_s: +median(times).toFixed(2), transferred_bytes: bytes }));
