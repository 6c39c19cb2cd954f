// The workspace in the browser's own storage (IndexedDB): written at every
// change, read back at start, so a reload or a crash loses nothing.
const DB = "tromsvekst-workbench";
const STORE = "workspace";

function open() {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

let db;

/** The saved workspace, or undefined. */
export async function load() {
  db ??= await open();
  return new Promise((resolve, reject) => {
    const req = db.transaction(STORE).objectStore(STORE).get("current");
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Keeps `value` (plain data) as the workspace; resolves when it is on disk. */
export async function save(value) {
  db ??= await open();
  return new Promise((resolve, reject) => {
    const tx = db.transaction(STORE, "readwrite");
    tx.objectStore(STORE).put(value, "current");
    tx.oncomplete = () => resolve(undefined);
    tx.onerror = () => reject(tx.error);
  });
}
