// The form's parts: a field bound to a document's pointer with the findings
// there, a typed day, a disclosure made when opened, a group of checkboxes,
// an item's findings; and the small helpers they share.
import { h } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import htm from "htm";
import { parseDay, dateHint, showDay } from "./dates.js";
import { afterPaint } from "./fast.js";
import { words } from "./engine.js";

export const html = htm.bind(h);

/** A document's text in the language, else the other. */
export const say = (text, lang) => (text == null ? "" : typeof text === "string" ? text : text[lang] ?? text.nb ?? text.en ?? "");
export const decode = (t) => (typeof t === "string" ? t : new TextDecoder().decode(t));
export const fieldId = (doc, pointer) => "f-" + `${doc}${pointer}`.replace(/[^A-Za-z0-9_-]/g, "_");
export const serialize = (value) => JSON.stringify(value, null, 2) + "\n";

export function download(name, bytes, type) {
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** An error that stops a document or an action: where and what, in the language. */
export function ErrorBox({ e, t, lang }) {
  const doc = e?.sheet ? `${e.document ?? ""}[${e.sheet}]` : e?.document ?? "";
  const place = e?.line != null ? `${doc}:${e.line}:${e.column}` : doc;
  const message = typeof e?.code === "string" ? (lang === "nb" ? e.messageNb : e.messageEn) : String(e?.message ?? e);
  return html`<div class="error" role="alert">
    <p><strong>${t.cannotRead}</strong> <span class="loc" data-error-location>${place}</span></p>
    <p>${e?.code ? html`<code data-error-code>${e.code}</code> ` : ""}${message}${e?.pointer ? html` <span class="loc">(${e.pointer})</span>` : ""}</p>
  </div>`;
}

/** A percentage in the reader's number format: `48,8 %` in bokmål, `48.8 %` in English. */
export function percent(value, lang, digits = 1) {
  const n = Number(value).toLocaleString(lang === "nb" ? "nb-NO" : "en-GB", { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return `${n} %`;
}

/** The findings the rules have at one field, under it. */
export function Findings({ list, id, lang }) {
  if (!list?.length) return null;
  const severity = words(lang).severity;
  return html`<ul class="field-findings" id=${id + "-findings"}>
    ${list.map((f) => html`<li class=${"sev-" + f.severity} data-finding=${f.rule}>${severity[f.severity]}: ${f.message}</li>`)}
  </ul>`;
}

/** The field being typed into, while its change is made: typing into one
 * field is one undo step (history.js). */
export let typing = null;

/** The typing not yet put into the workspace: it goes in once the character
 * is on screen (fast.js), or at once when the workspace is needed as typed
 * (leaving the field, undo, closing the page). One field at a time. */
let pendingTyping = null;
export function flushTyping() {
  const run = pendingTyping;
  pendingTyping = null;
  run?.();
}

/** A labelled form field bound to a document's pointer, with the findings there. */
export function Field({ ctx, doc, pointer, label, type = "text", value, onInput: change, options, hideLabel, multiline }) {
  const id = fieldId(doc, pointer);
  // What is typed shows at once (this field alone is drawn); the workspace,
  // its check and the other rows follow after the frame.
  const [local, setLocal] = useState(null);
  const commit = (v) => { typing = id; try { change(v); } finally { typing = null; } };
  const onInput = (v) => { flushTyping(); commit(v); };
  const typed = (text, v) => {
    setLocal({ text, from: value, to: v });
    if (pendingTyping && pendingTyping.field !== id) flushTyping();
    const run = () => {
      if (pendingTyping === run) pendingTyping = null;
      setLocal((l) => (l && Object.is(l.to, v) ? { ...l, from: v } : l));
      commit(v);
    };
    run.field = id;
    pendingTyping = run;
    afterPaint(() => { if (pendingTyping === run) run(); });
  };
  const shown = local && (Object.is(value, local.from) || Object.is(value, local.to)) ? local.text : value;
  const list = ctx.findingsAt(doc, pointer);
  const described = list?.length ? id + "-findings" : undefined;
  const common = { id, "aria-describedby": described, "aria-invalid": list?.some((f) => f.severity === "error") ? "true" : undefined, "data-pointer": pointer };
  let control;
  if (options) {
    control = html`<select ...${common} value=${value ?? ""} onChange=${(e) => onInput(e.target.value)}>
      ${options.map(([v, l]) => html`<option value=${v} selected=${v === (value ?? "")}>${l}</option>`)}
    </select>`;
  } else if (multiline) {
    control = html`<textarea ...${common} rows="3" value=${shown ?? ""} onInput=${(e) => typed(e.target.value, e.target.value)}></textarea>`;
  } else if (type === "text" || type === "number") {
    control = html`<input ...${common} type=${type} value=${shown ?? ""} onInput=${(e) => typed(e.target.value, type === "number" ? (e.target.value === "" ? null : Number(e.target.value)) : e.target.value)} />`;
  } else {
    control = html`<input ...${common} type=${type} value=${value ?? ""} onInput=${(e) => onInput(e.target.value)} />`;
  }
  return html`<div class="field">
    <label for=${id} class=${hideLabel ? "visually-hidden" : ""}>${label}</label>
    ${control}
    <${Findings} list=${list} id=${id} lang=${ctx.lang} />
  </div>`;
}

/** A day typed in the reader's format (dates.js): a date being typed waits,
 * an impossible one is an error at the field, a whole one is taken. */
export function DayField({ id, label, value, lang, onDay }) {
  // The day shown as the hint says it is written (3.12.2026, 3/12/2026); what the user typed stays as typed.
  const [text, setText] = useState(showDay(value, lang));
  const [error, setError] = useState(null);
  const own = useRef(value);
  const shownLang = useRef(lang);
  useEffect(() => {
    if (value !== own.current || lang !== shownLang.current) {
      setText(showDay(value, lang)); setError(null); own.current = value; shownLang.current = lang;
    }
  }, [value, lang]);
  const take = (raw, final) => {
    const r = parseDay(raw, lang);
    if (r.day) {
      setError(null);
      if (r.day !== value) { own.current = r.day; onDay(r.day); }
    } else if (r.error || (final && raw.trim() !== "")) {
      setError(r.error ?? parseDay("x", lang).error);
    } else setError(null);
  };
  const described = `${id}-hint${error ? ` ${id}-error` : ""}`;
  return html`<label for=${id}>${label}</label>
    <span class="dayfield"><input id=${id} type="text" inputmode="numeric" autocomplete="off" size="12" value=${text}
      aria-invalid=${error ? "true" : undefined} aria-describedby=${described}
      onInput=${(e) => { setText(e.target.value); take(e.target.value, false); }}
      onChange=${(e) => take(e.target.value, true)} />
    <span class="hint" id=${`${id}-hint`}>${dateHint(lang)}</span>
    ${error ? html`<span class="day-error" id=${`${id}-error`} role="alert">${error}</span>` : ""}</span>`;
}

/** A part of a row behind a disclosure, made when it is first opened (a
 * plan of 300 measures does not build 300 sets of checkboxes nobody opened). */
export function More({ summary, render, open }) {
  const [opened, setOpened] = useState(false);
  // A finding inside opens it: what the rules say is never hidden.
  return html`<details class="more" open=${open || undefined} onToggle=${(e) => { if (e.currentTarget.open) setOpened(true); }}><summary>${summary}</summary>
    ${opened || open ? render() : ""}</details>`;
}

/** A group of checkboxes for a list of ids, its choices from the agreement. */
export function Choices({ ctx, doc, pointer, legend, options, chosen, onChange }) {
  const list = ctx.findingsAt(doc, pointer);
  const id = fieldId(doc, pointer);
  return html`<fieldset class="checks" id=${id} tabindex="-1" aria-describedby=${list?.length ? id + "-findings" : undefined}><legend>${legend}</legend>
    ${options.map(([value, label]) => {
      const box = `${id}-${value}`.replace(/[^A-Za-z0-9_-]/g, "_");
      return html`<span class="check"><input type="checkbox" id=${box} checked=${chosen.includes(value)}
        onChange=${(e) => onChange(e.target.checked ? [...chosen, value] : chosen.filter((x) => x !== value))} /><label for=${box}>${label}</label></span>`;
    })}
    <${Findings} list=${list} id=${id} lang=${ctx.lang} />
  </fieldset>`;
}

/** The findings about a whole item (a measure, a meeting, an indicator): at
 * the item, which carries the pointer's id so the report's link can reach it. */
export function ItemFindings({ ctx, doc, pointer }) {
  return html`<${Findings} list=${ctx.findingsAt(doc, pointer)} id=${fieldId(doc, pointer)} lang=${ctx.lang} />`;
}

/** A span of the core's document description: its text already in the reader's words and number format. */

/** Whether typing waits to be put into the workspace. */
export const typingPending = () => pendingTyping != null;
