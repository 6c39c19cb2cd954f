// The core's description of a document (the status, say) rendered as page
// markup, and the rules' findings grouped by rule with links to their fields.
import { tv, words } from "./engine.js";
import { html, fieldId } from "./fields.js";

export function DocSpan({ s }) {
  switch (s.type) {
    case "strong": return html`<strong>${s.value}</strong>`;
    case "muted": return html`<span class="muted">${s.value}</span>`;
    case "overdue": return html`<strong class="overdue">${s.value}</strong>`;
    case "figure": return html`<span class="nw">${s.value}</span>`;
    case "missing": return html`<span class="incomplete">${s.value}</span>`;
    case "light": return html`<span class=${"light " + s.value[0]}>${s.value[1]}</span>`;
    case "chart": return html`<${DocChart} c=${s.value} />`;
    default: return s.value;
  }
}

export const spans = (list) => list.map((s) => html`<${DocSpan} s=${s} />`);

/** A chart of the description: bars as progress elements, a line as a small drawing with its name. */
export function DocChart({ c, id }) {
  if (c.type === "bars") {
    return html`<div class="bars" role="group" aria-label=${c.title}>${c.rows.map(([label, value, text], i) => html`<div class="bar" data-bar=${label.trim()}>
      <span class="label" id=${`${id}-${i}`}>${label}</span>
      <progress max="100" value=${value ?? 0} aria-labelledby=${`${id}-${i}`}></progress>
      <span class="value">${text}</span></div>`)}</div>`;
  }
  const ys = c.points.map((p) => p[1]).concat(c.target == null ? [] : [c.target]);
  const lo = Math.min(...ys), hi = Math.max(...ys), span = hi > lo ? hi - lo : 1;
  const x = (i) => 4 + (i * 72) / Math.max(1, c.points.length - 1);
  const y = (v) => 20 - ((v - lo) / span) * 16;
  return html`<svg class="spark" width="80" height="24" viewBox="0 0 80 24" role="img" aria-label=${c.title}>
    ${c.target == null ? "" : html`<line x1="4" x2="76" y1=${y(c.target)} y2=${y(c.target)} stroke="#4a4a4a" stroke-dasharray="3 2" />`}
    <polyline fill="none" stroke="#1a56a8" stroke-width="2" points=${c.points.map((p, i) => `${x(i)},${y(p[1])}`).join(" ")} /></svg>`;
}

/**
 * The core's description of a document rendered as page markup: the same
 * sections, names, units and number formats as the terminal, the Word file
 * and the notebook, for they are all made from it. Each section of the
 * description is a section of the page (data-section is its heading).
 */
export function DocView({ doc, idPrefix }) {
  const sections = [];
  for (const b of doc.blocks) {
    if (b.type === "title") continue;
    if (b.type === "heading" && b.value[0] === 2) sections.push({ title: b.value[1], blocks: [] });
    else (sections.at(-1) ?? (sections.push({ title: null, blocks: [] }), sections.at(-1))).blocks.push(b);
  }
  const block = (b, k) => {
    switch (b.type) {
      case "heading": return html`<h4>${b.value[1]}</h4>`;
      case "para": return html`<p>${spans(b.value)}</p>`;
      case "alert": return html`<p class="alert" role="note">${spans(b.value)}</p>`;
      case "list": return html`<ul>${b.value.map((i) => html`<li>${spans(i)}</li>`)}</ul>`;
      case "note": return html`<p class="muted">${b.value}</p>`;
      case "figure": return html`<figure><${DocChart} c=${b.value.chart} id=${`${idPrefix}-${k}`} /><figcaption class="muted">${b.value.caption}</figcaption></figure>`;
      case "table": return html`<div class="scroll" role="region" tabindex="0" aria-label=${b.value.caption}><table>
        <caption>${b.value.caption}</caption>
        <thead><tr>${b.value.head.map((c) => html`<th scope="col" class=${c.numeric ? "n" : ""}>${c.head}</th>`)}</tr></thead>
        <tbody>${b.value.rows.map((r) => html`<tr>${r.map((cell, i) => html`<td class=${b.value.head[i]?.numeric ? "n" : ""}>${spans(cell)}</td>`)}</tr>`)}</tbody></table></div>`;
      default: return "";
    }
  };
  return sections.map((sec, i) => html`<section class="doc-section" data-section=${sec.title ?? ""} aria-labelledby=${sec.title ? `${idPrefix}-s${i}` : undefined}>
    ${sec.title ? html`<h3 id=${`${idPrefix}-s${i}`}>${sec.title}</h3>` : ""}
    ${sec.blocks.map((b, k) => block(b, `${i}-${k}`))}</section>`);
}

export function Overview({ ctx }) {
  // The status as the core describes it, as every other rendering of it.
  const { status, described, report } = ctx;
  return html`<section aria-labelledby="h-overview" data-status-as-of=${status?.as_of ?? ""}>
    <h2 id="h-overview">${described?.title ?? ctx.t.status}</h2>
    ${described ? html`<${DocView} doc=${described} idPrefix="ov" />` : ""}
    <${Report} ctx=${ctx} report=${report} />
  </section>`;
}

/** The rules' findings, grouped by rule; each links to its field. */
export function Report({ ctx, report }) {
  const { t } = ctx;
  if (!report) return null;
  const c = report.counts;
  return html`<div id="report">
    <h2>${t.report}</h2>
    <p class=${"verdict " + (report.valid ? "valid" : "invalid")} data-verdict=${String(report.valid)}><strong>${report.valid ? t.valid : t.invalid}</strong> — ${t.findings(c.error, c.warning)}</p>
    ${report.groups.map((g) => html`<div class="group" data-rule=${g.rule}>
      <h3 class=${"sev-" + g.severity}>${words(ctx.lang).severity[g.severity]} ${g.rule} (${g.count}) — ${g.title} <span class="loc">[${tv.sectionLabel(g.section, { lang: ctx.lang })}]</span></h3>
      <ul>${g.findings.map((f) => html`<li>
        <a href=${"#" + fieldId(f.document, f.pointer)} onClick=${(e) => { e.preventDefault(); ctx.goTo(f.document, f.pointer); }}>
          <span class="loc">${f.document}${f.sheet ? `[${f.sheet}]` : ""}${f.line != null ? `:${f.line}:${f.column}` : "#" + f.pointer}</span></a> ${f.message}</li>`)}</ul>
    </div>`)}
  </div>`;
}
