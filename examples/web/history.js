// Undo and redo for the workspace, by edit: the keystrokes typed into one
// field are one step (as a word processor groups typing), a button pressed is
// one step. Pure functions over `{ past, future, last }`, tested on their own
// (bindings/wasm/tests/workbench-state.test.mjs).

/** How long a pause in typing ends a step (ms). */
export const PAUSE = 1500;
/** The most steps kept. */
export const LIMIT = 100;

export const empty = () => ({ past: [], future: [], last: null });

/**
 * The history after a change from `before` (the workspace's documents before
 * it). `key` names the field typed into (null for anything else); typing
 * again into the same field without a pause extends the step already there.
 */
export function record(h, before, key, now) {
  const extends_ = key != null && h.last && h.last.key === key && now - h.last.at < PAUSE && h.past.length > 0;
  return {
    past: extends_ ? h.past : [...h.past.slice(-(LIMIT - 1)), before],
    future: [],
    last: { key, at: now },
  };
}

/** Undo: `{ history, docs }` with the documents to show, or null when there is nothing to undo. */
export function undo(h, current) {
  if (!h.past.length) return null;
  return { history: { past: h.past.slice(0, -1), future: [current, ...h.future], last: null }, docs: h.past[h.past.length - 1] };
}

/** Redo, as undo. */
export function redo(h, current) {
  if (!h.future.length) return null;
  return { history: { past: [...h.past, current], future: h.future.slice(1), last: null }, docs: h.future[0] };
}
