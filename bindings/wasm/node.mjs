// Node entry: loads the WebAssembly module synchronously from the package
// folder, then re-exports the API. Browsers import tromsvekst.js and call
// its default export (init) first.
import { readFileSync } from "node:fs";
import { initSync } from "./tromsvekst.js";

initSync({ module: readFileSync(new URL("./tromsvekst_bg.wasm", import.meta.url)) });

export * from "./tromsvekst.js";
