// The workbench's first status on a slow mobile connection: Chromium with the
// DevTools "Fast 3G" profile (1.6 Mbit/s down × 0.9, 750 kbit/s up × 0.9,
// 562.5 ms round trip), the repository served gzip-compressed (as any web
// server would), a fresh profile (nothing cached), the time from navigation to
// the first status on the page. Prints JSON lines.
//   node bench/page_load.mjs RUNS [--h2]
// Served over HTTP/1.1 by default: the browser opens six connections to the
// server and each request waits for a free one, the worst case. `--h2`: over
// HTTP/2 with TLS, as static hosts serve today (every request on one
// connection; a certificate made with openssl for the run, TLS's handshake a
// round trip more).
import { createServer } from "node:http";
import { createSecureServer } from "node:http2";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "../bindings/wasm/node_modules/playwright-core/index.mjs";

const root = new URL("../", import.meta.url).pathname;
const runs = Number(process.argv[2]) || 3;
const h2 = process.argv.includes("--h2");
const TYPES = { ".html": "text/html", ".js": "text/javascript", ".mjs": "text/javascript", ".css": "text/css", ".json": "application/json", ".wasm": "application/wasm" };
const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];

function certificate() {
  const dir = mkdtempSync(join(tmpdir(), "tromsvekst-bench-"));
  try {
    execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
      "-keyout", join(dir, "key.pem"), "-out", join(dir, "cert.pem")], { stdio: "ignore" });
    return { key: readFileSync(join(dir, "key.pem")), cert: readFileSync(join(dir, "cert.pem")) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const serve = async (req, res) => {
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
};
const server = h2 ? createSecureServer(certificate(), serve) : createServer(serve);
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const { port } = server.address();
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu", ...(h2 ? ["--ignore-certificate-errors"] : [])] });
const times = [];
let bytes = 0;
try {
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ serviceWorkers: "block", ignoreHTTPSErrors: h2 });
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
    await page.goto(`${h2 ? "https" : "http"}://127.0.0.1:${port}/examples/web/`, { waitUntil: "commit" });
    await page.waitForSelector("[data-verdict]", { timeout: 60000 });
    times.push((Date.now() - start) / 1000);
    bytes = received;
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
console.log(JSON.stringify({ page: "workbench", profile: "Fast 3G", protocol: h2 ? "HTTP/2" : "HTTP/1.1", runs, first_status_s: +median(times).toFixed(2), transferred_bytes: bytes }));
