// Several tabs, one workspace: each tab tells the others (BroadcastChannel)
// what its documents are after every change, and takes in what another tab
// changed by merging document by document, and within a document item by
// item (the core's merge, the same as `tromsvekst merge`). Nothing either tab
// wrote is lost; where both changed the same field, the other tab's value is
// shown beside this tab's, which is kept.

const CHANNEL = "tromsvekst-workbench";

/**
 * Merges documents `[{ name, text }]`: `base` what both tabs last agreed on,
 * `mine` this tab's, `theirs` the other's. `merge(base, mine, theirs)` merges
 * two JSON texts of one document and gives `{ text, conflicts }`.
 */
export function mergeDocs(base, mine, theirs, merge) {
  const by = (list) => new Map(list.map((d) => [d.name, d]));
  const [b, m, t] = [by(base), by(mine), by(theirs)];
  const names = [...m.keys(), ...[...t.keys()].filter((n) => !m.has(n))];
  const docs = [];
  const conflicts = [];
  for (const name of names) {
    const [bd, md, td] = [b.get(name), m.get(name), t.get(name)];
    const same = (x, y) => x?.text === y?.text || (x && y && typeof x.text !== "string" && String(x.text) === String(y.text));
    let kept;
    if (same(md, td)) kept = md;
    else if (same(md, bd)) kept = td; // only they changed it (or removed it)
    else if (same(td, bd)) kept = md; // only I did
    else if (!md || !td) kept = md ?? td; // removed on one side, changed on the other: the changed one stays
    else if (bd && [bd, md, td].every((d) => typeof d.text === "string")) {
      try {
        const r = merge(bd.text, md.text, td.text);
        kept = { ...md, text: r.text };
        conflicts.push(...r.conflicts.map((c) => ({ ...c, document: name })));
      } catch (e) {
        kept = md;
        conflicts.push({ document: name, message: String(e?.message ?? e), theirs: td.text });
      }
    } else {
      // Added on both sides under one name, or not JSON: mine stays, theirs is shown.
      kept = md;
      conflicts.push({ document: name, theirs: td.text });
    }
    if (kept) docs.push(kept);
  }
  return { docs, conflicts };
}

/** The same documents: names and texts (no serialising of the whole workspace at each keystroke). */
export function sameDocs(a, b) {
  return a === b || (a.length === b.length && a.every((d, i) => d.name === b[i].name && d.text === b[i].text && d.disk === b[i].disk));
}

/** The channel to the other tabs: `post(message)`, and `onMessage` for theirs. */
export function connect(onMessage) {
  if (typeof BroadcastChannel === "undefined") return { post() {}, id: "solo" };
  const id = globalThis.crypto?.randomUUID?.() ?? String(Math.random());
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (e) => {
    if (e.data?.from !== id) onMessage(e.data);
  };
  return { id, post: (message) => channel.postMessage({ ...message, from: id }) };
}
