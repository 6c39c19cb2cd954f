// What keeps the workbench fast on a large plan: a keystroke shows at once
// and only what it changed is drawn again.
//
// - `share(before, after)`: the value read after an edit, with every part
//   that did not change taken from the value before (the same objects), so a
//   row can tell by identity that its item is as it was.
// - `Memo`: a part of the page drawn again only when one of its `deps`
//   changed (by identity); its `render` is called then and only then.
// - `afterPaint(run)`: runs `run` once the browser has drawn the current
//   frame (the character typed is on screen first), or after 50 ms in a tab
//   that draws no frames (a hidden one).
import { Component } from "preact";

/** `after` with each part equal to `before`'s replaced by `before`'s own object. */
export function share(before, after) {
  if (before === after) return before;
  if (Array.isArray(before) && Array.isArray(after)) {
    let same = before.length === after.length;
    const out = after.map((x, i) => {
      const y = share(before[i], x);
      if (y !== before[i]) same = false;
      return y;
    });
    return same ? before : out;
  }
  if (isObject(before) && isObject(after)) {
    const keys = Object.keys(after);
    let same = keys.length === Object.keys(before).length;
    const out = {};
    for (const k of keys) {
      const y = share(before[k], after[k]);
      out[k] = y;
      if (y !== before[k] || !Object.hasOwn(before, k)) same = false;
    }
    return same ? before : out;
  }
  return after;
}

const isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);

/** Whether two lists of dependencies hold the same things, one by one. */
export function sameDeps(a, b) {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (!Object.is(a[i], b[i])) return false;
  return true;
}

/** `<${Memo} deps=${[...]} render=${() => html`...`} />`: drawn again only when a dependency changed. */
export class Memo extends Component {
  shouldComponentUpdate(next) {
    return !sameDeps(this.props.deps, next.deps);
  }
  render({ render }) {
    return render();
  }
}

/** Runs `run` once, after the next frame is drawn (or in 50 ms without frames). */
export function afterPaint(run) {
  let done = false;
  const once = () => { if (!done) { done = true; run(); } };
  const fallback = setTimeout(once, 50);
  requestAnimationFrame(() => { clearTimeout(fallback); setTimeout(once, 0); });
}
