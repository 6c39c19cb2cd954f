// The views of the workbench: the action plan, the meetings (with their
// decisions' follow-up actions), the indicators, the evaluation and the
// documents for the political meetings.
import { useEffect, useMemo, useState } from "preact/hooks";
import { tv, valuesOf, words, VIEW_OF_KIND } from "./engine.js";
import { Memo, afterPaint } from "./fast.js";
import { html, percent, say, fieldId, serialize, download, Field, More, Choices, ItemFindings } from "./fields.js";

export function pickDoc(ctx, kind) {
  const list = ctx.read.filter((d) => d.kind === kind);
  return list.find((d) => d.name === ctx.selected[kind]) ?? list[0];
}

export function DocPicker({ ctx, kind }) {
  const list = ctx.read.filter((d) => d.kind === kind);
  if (list.length < 2) return null;
  const current = pickDoc(ctx, kind);
  return html`<label class="picker">${ctx.t.views[VIEW_OF_KIND[kind]]}
    <select onChange=${(e) => ctx.select(kind, e.target.value)}>${list.map((d) => html`<option value=${d.name} selected=${d === current}>${d.name}</option>`)}</select></label>`;
}

const FIRST_ROWS = 40;
const MORE_ROWS = 60;

export function PlanView({ ctx }) {
  const { t, lang, agreement } = ctx;
  const doc = pickDoc(ctx, "action_plan");
  // The measures to choose from in each log line: the same list while the ids are the same.
  const ids = (doc?.value.measures ?? []).map((m) => m.id).join("\u0000");
  const measureOptions = useMemo(() => (doc?.value.measures ?? []).map((m) => [m.id, m.id]), [ids]);
  // A long plan opens with its first rows drawn, the rest added a frame at a
  // time right after (the first screen is there at once; every row is there
  // within a few frames, in the page's order, so Tab and find reach them).
  const total = doc?.value.measures?.length ?? 0;
  const [drawn, setDrawn] = useState(FIRST_ROWS);
  useEffect(() => {
    if (drawn < total) afterPaint(() => setDrawn((n) => n + MORE_ROWS));
  }, [drawn, total]);
  if (!doc) return html`<section><h2>${t.views.plan}</h2><p>${t.noPlan}</p></section>`;
  const plan = doc.value;
  const edit = (fn) => ctx.edit(doc.name, fn);
  const subGoals = (agreement?.focus_areas ?? []).flatMap((f) => f.sub_goals.map((g) => g.id));
  const parties = (agreement?.parties ?? []).map((p) => [p.id, say(p.short_name ?? p.name, lang)]);
  const w = words(lang);
  const status = (list, kind) => list.map((s) => [s, w[kind][s] ?? s]);
  const strategies = (goals) => (agreement?.focus_areas ?? []).flatMap((f) => f.sub_goals)
    .filter((g) => (goals ?? []).includes(g.id)).flatMap((g) => (g.strategies ?? []).map((x) => [x.id, `${x.id} ${say(x.text, lang).slice(0, 60)}…`]));
  const municipalities = (agreement?.region?.municipalities ?? []).map((k) => [k.id, k.name]);
  return html`<section aria-labelledby="h-plan">
    <h2 id="h-plan">${t.views.plan}: ${say(plan.title, lang)}</h2>
    <${DocPicker} ctx=${ctx} kind="action_plan" />
    <p class="jump"><a href="#h-milestones">${t.skipMilestones}</a> · <a href="#h-updates">${t.skipUpdates}</a></p>
    <h3 id="h-measures" tabindex="-1">${t.measures}</h3>
    <div class="scroll"><table class="edit" data-rows-pending=${drawn < total ? String(total - drawn) : undefined}><caption>${t.measures} (${doc.name})</caption>
      <thead><tr><th scope="col" class="sticky">${t.id}</th><th scope="col">${t.name}</th><th scope="col">${t.subGoals}</th><th scope="col">${t.statusCol}</th><th scope="col">${t.progressCol}</th><th scope="col">${t.responsible}</th></tr></thead>
      <tbody>${(plan.measures ?? []).slice(0, drawn).map((m, i) => html`<${Memo} key=${i} deps=${[m, i, doc.name, lang, agreement, t, ctx.itemSig(doc.name, `/measures/${i}`)]} render=${() => html`<tr data-measure=${m.id} id=${fieldId(doc.name, `/measures/${i}`)} tabindex="-1">
        <td class="sticky"><span class="hint measure-name">${say(m.title, lang)}</span><${ItemFindings} ctx=${ctx} doc=${doc.name} pointer=${`/measures/${i}`} /><${Field} ctx=${ctx} doc=${doc.name} pointer=${`/measures/${i}/id`} label=${`${t.id} ${i + 1}`} hideLabel value=${m.id} onInput=${(v) => edit((p) => { p.measures[i].id = v; })} /></td>
        <td><${Field} ctx=${ctx} doc=${doc.name} pointer=${`/measures/${i}/title`} label=${`${t.name}: ${m.id}`} hideLabel value=${say(m.title, lang)} onInput=${(v) => edit((p) => { p.measures[i].title = { ...(typeof p.measures[i].title === "object" ? p.measures[i].title : {}), [lang]: v }; })} />
          <${More} summary=${t.more} open=${Boolean(ctx.findingsAt(doc.name, `/measures/${i}/strategies`) || ctx.findingsAt(doc.name, `/measures/${i}/municipalities`))} render=${() => html`
            <${Choices} ctx=${ctx} doc=${doc.name} pointer=${`/measures/${i}/strategies`} legend=${`${t.strategies}: ${m.id}`}
              options=${strategies(m.sub_goals)} chosen=${m.strategies ?? []} onChange=${(list) => edit((p) => { p.measures[i].strategies = list; })} />
            <${Choices} ctx=${ctx} doc=${doc.name} pointer=${`/measures/${i}/municipalities`} legend=${`${t.municipalities}: ${m.id}`}
              options=${municipalities} chosen=${m.municipalities ?? []} onChange=${(list) => edit((p) => { p.measures[i].municipalities = list; })} />`} /></td>
        <td><${Field} ctx=${ctx} doc=${doc.name} pointer=${`/measures/${i}/sub_goals`} label=${`${t.subGoals}: ${m.id}`} hideLabel value=${(m.sub_goals ?? []).join(", ")} onInput=${(v) => edit((p) => { p.measures[i].sub_goals = v.split(",").map((s) => s.trim()).filter(Boolean); })} />
          <span class="hint">${subGoals.join(" · ")}</span></td>
        <td><${Field} ctx=${ctx} doc=${doc.name} pointer=${`/measures/${i}/status`} label=${`${t.statusCol}: ${m.id}`} hideLabel value=${m.status} options=${status(valuesOf("measure_status"), "measure_status")} onInput=${(v) => edit((p) => { p.measures[i].status = v; })} /></td>
        <td><${Field} ctx=${ctx} doc=${doc.name} pointer=${`/measures/${i}/progress`} label=${`${t.progressCol}: ${m.id}`} hideLabel type="number" value=${m.progress} onInput=${(v) => edit((p) => { if (v == null) delete p.measures[i].progress; else p.measures[i].progress = v; })} /></td>
        <td><${Field} ctx=${ctx} doc=${doc.name} pointer=${`/measures/${i}/responsible`} label=${`${t.responsible}: ${m.id}`} hideLabel value=${m.responsible} options=${parties} onInput=${(v) => edit((p) => { p.measures[i].responsible = v; })} /></td>
      </tr>`} />`)}</tbody></table></div>
    <button type="button" id="add-measure" onClick=${() => { ctx.focus(doc.name, `/measures/${plan.measures?.length ?? 0}/title`); edit((p) => { p.measures = [...(p.measures ?? []), { id: `tiltak-${(p.measures?.length ?? 0) + 1}`, title: { [lang]: "" }, sub_goals: subGoals.slice(0, 1), status: "planned", progress: 0, responsible: parties[0]?.[0] }]; }); }}>${t.addMeasure}</button>
    <h3 id="h-milestones" tabindex="-1">${t.milestones}</h3>
    <div class="scroll"><table class="edit"><caption>${t.milestones} (${doc.name})</caption>
      <thead><tr><th scope="col">${t.name}</th><th scope="col">${t.dueCol}</th><th scope="col">${t.statusCol}</th><th scope="col">${t.completedOn}</th></tr></thead>
      <tbody>${(plan.milestones ?? []).map((m, i) => html`<tr data-ms=${m.id} id=${fieldId(doc.name, `/milestones/${i}`)} tabindex="-1">
        <td><${Field} ctx=${ctx} doc=${doc.name} pointer=${`/milestones/${i}/title`} label=${`${t.name}: ${m.id}`} hideLabel value=${say(m.title, lang)} onInput=${(v) => edit((p) => { p.milestones[i].title = { ...(typeof p.milestones[i].title === "object" ? p.milestones[i].title : {}), [lang]: v }; })} /></td>
        <td><${Field} ctx=${ctx} doc=${doc.name} pointer=${`/milestones/${i}/due`} label=${`${t.dueCol}: ${m.id}`} hideLabel type="date" value=${m.due} onInput=${(v) => edit((p) => { p.milestones[i].due = v; })} /></td>
        <td><${Field} ctx=${ctx} doc=${doc.name} pointer=${`/milestones/${i}/status`} label=${`${t.statusCol}: ${m.id}`} hideLabel value=${m.status} options=${status(valuesOf("milestone_status"), "milestone_status")} onInput=${(v) => edit((p) => { p.milestones[i].status = v; })} /></td>
        <td><${Field} ctx=${ctx} doc=${doc.name} pointer=${`/milestones/${i}/completed_on`} label=${`${t.completedOn}: ${m.id}`} hideLabel type="date" value=${m.completed_on} onInput=${(v) => edit((p) => { if (v) p.milestones[i].completed_on = v; else delete p.milestones[i].completed_on; })} />
          <${ItemFindings} ctx=${ctx} doc=${doc.name} pointer=${`/milestones/${i}`} /></td>
      </tr>`)}</tbody></table></div>
    <button type="button" id="add-milestone" onClick=${() => { ctx.focus(doc.name, `/milestones/${plan.milestones?.length ?? 0}/title`); edit((p) => { p.milestones = [...(p.milestones ?? []), { id: `milepael-${(p.milestones?.length ?? 0) + 1}`, title: { [lang]: "" }, due: ctx.asOf, measures: p.measures?.[0] ? [p.measures[0].id] : [], status: "pending" }]; }); }}>${t.addMilestone}</button>
    <h3 id="h-updates" tabindex="-1">${t.updates}</h3>
    <div class="scroll"><table class="edit"><caption>${t.updates} (${doc.name})</caption>
      <thead><tr><th scope="col">${t.date}</th><th scope="col">${t.measure}</th><th scope="col">${t.statusCol}</th><th scope="col">${t.progressCol}</th><th scope="col">${t.note}</th></tr></thead>
      <tbody>${(plan.updates ?? []).map((u, i) => html`<${Memo} key=${i} deps=${[u, i, doc.name, lang, t, measureOptions, ctx.itemSig(doc.name, `/updates/${i}`)]} render=${() => html`<tr>
        <td><${Field} ctx=${ctx} doc=${doc.name} pointer=${`/updates/${i}/date`} label=${`${t.date} ${i + 1}`} hideLabel type="date" value=${u.date} onInput=${(v) => edit((p) => { p.updates[i].date = v; })} /></td>
        <td><${Field} ctx=${ctx} doc=${doc.name} pointer=${`/updates/${i}/measure`} label=${`${t.measure} ${i + 1}`} hideLabel value=${u.measure} options=${measureOptions} onInput=${(v) => edit((p) => { p.updates[i].measure = v; })} /></td>
        <td><${Field} ctx=${ctx} doc=${doc.name} pointer=${`/updates/${i}/status`} label=${`${t.statusCol} ${i + 1}`} hideLabel value=${u.status} options=${status(valuesOf("measure_status"), "measure_status")} onInput=${(v) => edit((p) => { p.updates[i].status = v; })} /></td>
        <td><${Field} ctx=${ctx} doc=${doc.name} pointer=${`/updates/${i}/progress`} label=${`${t.progressCol} ${i + 1}`} hideLabel type="number" value=${u.progress} onInput=${(v) => edit((p) => { p.updates[i].progress = v; })} /></td>
        <td><${Field} ctx=${ctx} doc=${doc.name} pointer=${`/updates/${i}/note`} label=${`${t.note} ${i + 1}`} hideLabel value=${say(u.note, lang)} onInput=${(v) => edit((p) => { p.updates[i].note = { ...(typeof p.updates[i].note === "object" ? p.updates[i].note : {}), [lang]: v }; })} /></td>
      </tr>`} />`)}</tbody></table></div>
    <button type="button" onClick=${() => edit((p) => { const m = p.measures?.[0]; p.updates = [...(p.updates ?? []), { date: ctx.asOf, measure: m?.id ?? "", status: m?.status ?? "ongoing", progress: m?.progress ?? 0 }]; })}>${t.addUpdate}</button>
  </section>`;
}

export function MeetingsView({ ctx }) {
  const { t, lang, agreement } = ctx;
  const doc = pickDoc(ctx, "meeting_log");
  const parties = (agreement?.parties ?? []).map((p) => [p.id, say(p.short_name ?? p.name, lang)]);
  if (!doc) {
    return html`<section><h2>${t.views.meetings}</h2><p>${t.noLog}</p>
      <button type="button" onClick=${() => ctx.add({ name: "motelogg.json", text: serialize({ kind: "meeting_log", schema_version: ctx.schemaVersion, id: `${agreement?.id ?? "avtale"}-motelogg`, agreement: agreement?.id, meetings: [] }) })}>${t.newLog}</button></section>`;
  }
  const log = doc.value;
  const edit = (fn) => ctx.edit(doc.name, fn);
  return html`<section aria-labelledby="h-meetings">
    <h2 id="h-meetings">${t.views.meetings}</h2>
    <${DocPicker} ctx=${ctx} kind="meeting_log" />
    ${(log.meetings ?? []).map((m, i) => html`<fieldset class="meeting" data-meeting=${m.id} id=${fieldId(doc.name, `/meetings/${i}`)} tabindex="-1">
      <legend>${m.id} — ${m.date}</legend>
      <${ItemFindings} ctx=${ctx} doc=${doc.name} pointer=${`/meetings/${i}`} />
      <div class="row">
        <${Field} ctx=${ctx} doc=${doc.name} pointer=${`/meetings/${i}/date`} label=${t.date} type="date" value=${m.date} onInput=${(v) => edit((l) => { l.meetings[i].date = v; })} />
        <${Field} ctx=${ctx} doc=${doc.name} pointer=${`/meetings/${i}/place`} label=${t.place} value=${m.place} onInput=${(v) => edit((l) => { l.meetings[i].place = v; })} />
        <${Field} ctx=${ctx} doc=${doc.name} pointer=${`/meetings/${i}/status`} label=${t.statusCol} value=${m.status} options=${valuesOf("meeting_status").map((s) => [s, words(lang).meeting_status[s] ?? s])} onInput=${(v) => edit((l) => { l.meetings[i].status = v; })} />
        <${Field} ctx=${ctx} doc=${doc.name} pointer=${`/meetings/${i}/invited_by`} label=${t.invitedBy} value=${m.invited_by} options=${parties} onInput=${(v) => edit((l) => { l.meetings[i].invited_by = v; })} />
      </div>
      ${["invited", "attended"].map((field) => html`<fieldset class="checks"><legend>${t[field]}</legend>
        ${parties.map(([id, name]) => valuesOf("leadership").map((kind) => {
          const on = (m[field] ?? []).some((a) => a.party === id && a.leadership?.includes(kind));
          const box = fieldId(doc.name, `/meetings/${i}/${field}/${id}/${kind}`);
          return html`<span class="check"><input type="checkbox" id=${box} checked=${on} onChange=${(e) => edit((l) => {
            const mt = l.meetings[i];
            mt[field] = mt[field] ?? [];
            let a = mt[field].find((x) => x.party === id);
            if (!a) { a = { party: id, leadership: [] }; mt[field].push(a); }
            a.leadership = e.target.checked ? [...new Set([...a.leadership, kind])] : a.leadership.filter((k) => k !== kind);
            mt[field] = mt[field].filter((x) => x.leadership.length);
          })} /><label for=${box}>${name}, ${t[kind]}</label></span>`;
        }))}
      </fieldset>`)}
      <h3>${t.agenda}</h3>
      ${(m.agenda ?? []).map((a, j) => html`<${Field} ctx=${ctx} doc=${doc.name} pointer=${`/meetings/${i}/agenda/${j}/title`} label=${`${t.agenda} ${j + 1}`} value=${say(a.title, lang)} onInput=${(v) => edit((l) => { l.meetings[i].agenda[j].title = { ...(typeof l.meetings[i].agenda[j].title === "object" ? l.meetings[i].agenda[j].title : {}), [lang]: v }; })} />`)}
      <button type="button" onClick=${() => edit((l) => { l.meetings[i].agenda = [...(l.meetings[i].agenda ?? []), { title: { [lang]: "" }, themes: [], focus_areas: [] }]; })}>${t.addAgenda}</button>
      <h3>${t.decisions}</h3>
      ${(m.decisions ?? []).map((d, j) => html`<div class="decision" data-decision=${d.id}>
        <${Field} ctx=${ctx} doc=${doc.name} pointer=${`/meetings/${i}/decisions/${j}/text`} label=${`${t.decisions} ${j + 1}`} multiline value=${say(d.text, lang)} onInput=${(v) => edit((l) => { l.meetings[i].decisions[j].text = { ...(typeof l.meetings[i].decisions[j].text === "object" ? l.meetings[i].decisions[j].text : {}), [lang]: v }; })} />
        <${Actions} ctx=${ctx} doc=${doc.name} at=${`/meetings/${i}/decisions/${j}`} decision=${d} parties=${parties}
          edit=${(fn) => edit((l) => fn(l.meetings[i].decisions[j]))} label=${`${t.decisions} ${j + 1}`} />
      </div>`)}
      <button type="button" onClick=${() => edit((l) => { const mt = l.meetings[i]; mt.decisions = [...(mt.decisions ?? []), { id: `${mt.id}-vedtak-${(mt.decisions?.length ?? 0) + 1}`, text: { [lang]: "" } }]; })}>${t.addDecision}</button>
    </fieldset>`)}
    <button type="button" id="add-meeting" onClick=${() => {
      // The new meeting's first field gets the focus, scrolled into view.
      ctx.focus(doc.name, `/meetings/${log.meetings?.length ?? 0}/date`);
      edit((l) => {
        const n = (l.meetings?.length ?? 0) + 1;
        const place = l.meetings?.[l.meetings.length - 1]?.place ?? "";
        // Who invites, and whom, as the agreement says (its governance section).
        const rule = agreement?.governance?.political;
        const invitedBy = rule?.invited_by ?? rule?.host ?? parties[0]?.[0];
        const invited = (rule?.invitees ?? []).map((x) => ({ party: x.party, leadership: [...(x.leadership ?? [])] }));
        l.meetings = [...(l.meetings ?? []), { id: `mote-${ctx.asOf.slice(0, 4)}-${n}`, date: ctx.asOf, place, status: "held", invited_by: invitedBy,
          invited: invited.length ? invited : parties.filter(([id]) => id !== invitedBy).map(([id]) => ({ party: id, leadership: ["political", "administrative"] })),
          attended: parties.map(([id]) => ({ party: id, leadership: ["political", "administrative"] })) }];
      });
    }}>${t.addMeeting}</button>
  </section>`;
}

/** A decision's follow-up actions: what, who, by when, where it stands, when done, which measures. */
function Actions({ ctx, doc, at, decision, parties, edit, label }) {
  const { t, lang } = ctx;
  const actions = decision.actions ?? [];
  const measures = ctx.read.filter((d) => d.kind === "action_plan").flatMap((d) => (d.value.measures ?? []).map((m) => [m.id, say(m.title, lang) || m.id]));
  const statuses = valuesOf("action_status").map((s) => [s, words(lang).action_status[s] ?? s]);
  return html`<fieldset class="actions"><legend>${t.actions}: ${label}</legend>
    ${actions.map((a, k) => {
      const p = `${at}/actions/${k}`;
      const set = (fn) => edit((d) => fn(d.actions[k]));
      return html`<div class="action" data-action=${a.id} id=${fieldId(doc, p)} tabindex="-1">
        <${ItemFindings} ctx=${ctx} doc=${doc} pointer=${p} />
        <${Field} ctx=${ctx} doc=${doc} pointer=${`${p}/text`} label=${`${t.actionText} (${k + 1})`} multiline value=${say(a.text, lang)} onInput=${(v) => set((x) => { x.text = { ...(typeof x.text === "object" ? x.text : {}), [lang]: v }; })} />
        <div class="row">
          <${Field} ctx=${ctx} doc=${doc} pointer=${`${p}/owner`} label=${t.owner} value=${a.owner} options=${parties} onInput=${(v) => set((x) => { x.owner = v; })} />
          <${Field} ctx=${ctx} doc=${doc} pointer=${`${p}/due`} label=${t.dueCol} type="date" value=${a.due} onInput=${(v) => set((x) => { x.due = v; })} />
          <${Field} ctx=${ctx} doc=${doc} pointer=${`${p}/status`} label=${t.statusCol} value=${a.status ?? "open"} options=${statuses} onInput=${(v) => set((x) => { x.status = v; if (v === "done" && !x.done_on) x.done_on = ctx.asOf; if (v !== "done") delete x.done_on; })} />
          <${Field} ctx=${ctx} doc=${doc} pointer=${`${p}/done_on`} label=${t.doneOn} type="date" value=${a.done_on} onInput=${(v) => set((x) => { if (v) x.done_on = v; else delete x.done_on; })} />
        </div>
        ${measures.length ? html`<${Choices} ctx=${ctx} doc=${doc} pointer=${`${p}/measures`} legend=${`${t.measures} (${k + 1})`} options=${measures} chosen=${a.measures ?? []} onChange=${(list) => set((x) => { x.measures = list; })} />` : ""}
      </div>`;
    })}
    <button type="button" class="add-action" onClick=${() => {
      ctx.focus(doc, `${at}/actions/${actions.length}/text`);
      edit((d) => {
        d.actions = [...(d.actions ?? []), { id: `${d.id}-oppf-${(d.actions?.length ?? 0) + 1}`, text: { [lang]: "" }, owner: parties[0]?.[0] ?? "", due: ctx.asOf, status: "open" }];
      });
    }}>${t.addAction}</button>
  </fieldset>`;
}

export function IndicatorsView({ ctx }) {
  const { t, lang } = ctx;
  const doc = pickDoc(ctx, "indicators");
  if (!doc) return html`<section><h2>${t.views.indicators}</h2><p>${t.noIndicators}</p></section>`;
  const edit = (fn) => ctx.edit(doc.name, fn);
  const v = (y) => (y ? `${y.value} (${y.year})` : "–");
  return html`<section aria-labelledby="h-indicators">
    <h2 id="h-indicators">${t.views.indicators}</h2>
    <${DocPicker} ctx=${ctx} kind="indicators" />
    ${(doc.value.indicators ?? []).map((x, i) => html`<fieldset data-indicator=${x.id} id=${fieldId(doc.name, `/indicators/${i}`)} tabindex="-1"><legend>${say(x.name, lang)}</legend>
      <${ItemFindings} ctx=${ctx} doc=${doc.name} pointer=${`/indicators/${i}`} />
      <p>${t.baseline}: ${v(x.baseline)} · ${t.target}: ${(x.targets ?? []).map(v).join(", ") || "–"}</p>
      <table class="edit"><caption>${t.figures}: ${say(x.name, lang)}</caption>
        <thead><tr><th scope="col">${t.year}</th><th scope="col">${t.value}</th></tr></thead>
        <tbody>${(x.observations ?? []).map((o, j) => html`<tr>
          <td><${Field} ctx=${ctx} doc=${doc.name} pointer=${`/indicators/${i}/observations/${j}/year`} label=${`${t.year} ${j + 1}`} hideLabel type="number" value=${o.year} onInput=${(val) => edit((s) => { s.indicators[i].observations[j].year = val; })} /></td>
          <td><${Field} ctx=${ctx} doc=${doc.name} pointer=${`/indicators/${i}/observations/${j}/value`} label=${`${t.value} ${o.year}`} hideLabel type="number" value=${o.value} onInput=${(val) => edit((s) => { s.indicators[i].observations[j].value = val; })} /></td>
        </tr>`)}</tbody></table>
      <button type="button" onClick=${() => edit((s) => { const obs = s.indicators[i].observations ?? []; const last = obs[obs.length - 1]; s.indicators[i].observations = [...obs, { year: (last?.year ?? Number(ctx.asOf.slice(0, 4)) - 1) + 1, value: null }]; })}>${t.addFigure}</button>
    </fieldset>`)}
  </section>`;
}

export function EvaluationView({ ctx }) {
  const { t, lang, agreement, status } = ctx;
  const doc = pickDoc(ctx, "evaluation");
  if (!doc) {
    return html`<section><h2>${t.views.evaluation}</h2><p>${t.noEvaluation}</p>
      <button type="button" onClick=${() => ctx.draft("midterm")}>${t.draftMidterm}</button>
      <button type="button" onClick=${() => ctx.draft("final")}>${t.draftFinal}</button></section>`;
  }
  const e = doc.value;
  const edit = (fn) => ctx.edit(doc.name, fn);
  const w = words(lang);
  const ratingOptions = ["", ...valuesOf("rating")].map((r) => [r, r ? w.rating[r] ?? r : t.notFilled]);
  const findingIndex = (number, subGoal) => (e.findings ?? []).findIndex((f) => f.focus_area === number && (f.sub_goal ?? null) === (subGoal ?? null));
  const ensure = (ev, number, subGoal) => {
    ev.findings = ev.findings ?? [];
    let k = ev.findings.findIndex((f) => f.focus_area === number && (f.sub_goal ?? null) === (subGoal ?? null));
    if (k < 0) { ev.findings.push(subGoal ? { focus_area: number, sub_goal: subGoal } : { focus_area: number }); k = ev.findings.length - 1; }
    return ev.findings[k];
  };
  const judge = (number, subGoal, label) => {
    const k = findingIndex(number, subGoal);
    const f = k >= 0 ? e.findings[k] : {};
    const at = k >= 0 ? `/findings/${k}` : `/findings/new-${number}-${subGoal ?? ""}`;
    const evidence = subGoal
      ? status?.progress.flatMap((a) => a.sub_goals).find((g) => g.id === subGoal)
      : status?.progress.find((a) => a.number === number);
    const measures = subGoal ? evidence?.measures ?? [] : [];
    return html`<div class="judgment" data-judgment=${subGoal ?? String(number)} id=${fieldId(doc.name, at)} tabindex="-1">
      <${ItemFindings} ctx=${ctx} doc=${doc.name} pointer=${at} />
      <div class="evidence"><h4>${t.evidence}</h4>
        <p><progress max="100" value=${evidence?.progress ?? 0} aria-label=${`${label}: ${t.progress}`}></progress> ${evidence?.progress == null ? "–" : percent(evidence.progress, lang)}</p>
        ${measures.length ? html`<ul>${measures.map((m) => html`<li>${say(m.title, lang) || m.id}: ${w.measure_status[m.status] ?? m.status}, ${percent(m.progress, lang, 0)}</li>`)}</ul>` : ""}
      </div>
      <div class="words">
        <${Field} ctx=${ctx} doc=${doc.name} pointer=${`${at}/rating`} label=${`${t.rating}: ${label}`} value=${f.rating ?? ""} options=${ratingOptions} onInput=${(v) => edit((ev) => { const x = ensure(ev, number, subGoal); if (v) x.rating = v; else delete x.rating; })} />
        <${Field} ctx=${ctx} doc=${doc.name} pointer=${`${at}/text`} label=${`${t.judgment}: ${label}`} multiline value=${say(f.text, lang)} onInput=${(v) => edit((ev) => { const x = ensure(ev, number, subGoal); x.text = { ...(typeof x.text === "object" ? x.text : {}), [lang]: v }; })} />
      </div>
    </div>`;
  };
  const text = (x, v) => ({ ...(typeof x === "object" && x ? x : {}), [lang]: v });
  const subGoals = (agreement?.focus_areas ?? []).flatMap((f) => f.sub_goals.map((g) => [g.id, `${t.subGoal} ${g.id}`]));
  const measures = ctx.read.filter((d) => d.kind === "action_plan").flatMap((d) => (d.value.measures ?? []).map((m) => [m.id, m.id]));
  const indicators = ctx.read.filter((d) => d.kind === "indicators").flatMap((d) => (d.value.indicators ?? []).map((x) => [x.id, say(x.name, lang)]));
  const parties = (agreement?.parties ?? []).map((p) => [p.id, say(p.short_name ?? p.name, lang)]);
  // What an adjustment changes, by its kind: a sub-goal, a measure, an indicator or the governance.
  const target = (kind) => ({ new_measure: "sub_goal", changed_measure: "measure", dropped_measure: "measure", milestone: "measure", indicator: "indicator", governance: "governance" })[kind ?? "new_measure"];
  const targetOptions = { sub_goal: subGoals, measure: measures, indicator: indicators, governance: valuesOf("governance_section").map((g) => [g, words(lang).governance_section[g] ?? g]) };
  return html`<section aria-labelledby="h-evaluation">
    <h2 id="h-evaluation">${t.views.evaluation}: ${e.id} (${w.evaluation_status[e.status] ?? e.status})</h2>
    <${DocPicker} ctx=${ctx} kind="evaluation" />
    ${(agreement?.focus_areas ?? []).map((f) => html`<section class="area" aria-labelledby=${"ev-" + f.number}>
      <h3 id=${"ev-" + f.number}>${f.number}. ${say(f.title, lang)}</h3>
      ${judge(f.number, null, `${f.number}. ${say(f.title, lang)}`)}
      ${f.sub_goals.map((g) => html`<h4>${t.subGoal} ${g.id}</h4>${judge(f.number, g.id, `${t.subGoal} ${g.id}`)}`)}
    </section>`)}
    <section aria-labelledby="h-adjustments">
      <h3 id="h-adjustments">${t.adjustments}</h3>
      ${(e.adjustments ?? []).map((j, i) => {
        const field = target(j.kind);
        return html`<fieldset data-adjustment=${j.id} id=${fieldId(doc.name, `/adjustments/${i}`)} tabindex="-1"><legend>${j.id}</legend>
          <${ItemFindings} ctx=${ctx} doc=${doc.name} pointer=${`/adjustments/${i}`} />
          <div class="row">
            <${Field} ctx=${ctx} doc=${doc.name} pointer=${`/adjustments/${i}/kind`} label=${t.kind} value=${j.kind ?? "new_measure"} options=${valuesOf("adjustment_kind").map((k) => [k, w.adjustment_kind[k] ?? k])}
              onInput=${(v) => edit((ev) => { const a = ev.adjustments[i]; a.kind = v; for (const f of ["sub_goal", "measure", "indicator", "governance"]) if (f !== target(v)) delete a[f]; })} />
            <${Field} ctx=${ctx} doc=${doc.name} pointer=${`/adjustments/${i}/${field}`} label=${t.concerns} value=${j[field] ?? ""} options=${[["", "—"], ...targetOptions[field]]}
              onInput=${(v) => edit((ev) => { if (v) ev.adjustments[i][field] = v; else delete ev.adjustments[i][field]; })} />
            <${Field} ctx=${ctx} doc=${doc.name} pointer=${`/adjustments/${i}/decision`} label=${t.decision} value=${j.decision ?? ""}
              onInput=${(v) => edit((ev) => { if (v) ev.adjustments[i].decision = v; else delete ev.adjustments[i].decision; })} />
          </div>
          <${Field} ctx=${ctx} doc=${doc.name} pointer=${`/adjustments/${i}/text`} label=${`${t.adjustment} ${j.id}`} multiline value=${say(j.text, lang)} onInput=${(v) => edit((ev) => { ev.adjustments[i].text = text(ev.adjustments[i].text, v); })} />
        </fieldset>`;
      })}
      <button type="button" id="add-adjustment" onClick=${() => edit((ev) => { const n = (ev.adjustments?.length ?? 0) + 1; ev.adjustments = [...(ev.adjustments ?? []), { id: `justering-${n}`, kind: "new_measure", sub_goal: subGoals[0]?.[0], text: { [lang]: "" } }]; })}>${t.addAdjustment}</button>
    </section>
    <section aria-labelledby="h-feedback">
      <h3 id="h-feedback">${t.feedback}</h3>
      ${(e.qualitative_feedback ?? []).map((f, i) => html`<fieldset data-feedback=${i} id=${fieldId(doc.name, `/qualitative_feedback/${i}`)} tabindex="-1"><legend>${f.source || `${t.feedback} ${i + 1}`}</legend>
        <${ItemFindings} ctx=${ctx} doc=${doc.name} pointer=${`/qualitative_feedback/${i}`} />
        <${Field} ctx=${ctx} doc=${doc.name} pointer=${`/qualitative_feedback/${i}/source`} label=${t.source} value=${f.source} onInput=${(v) => edit((ev) => { ev.qualitative_feedback[i].source = v; })} />
        <${Field} ctx=${ctx} doc=${doc.name} pointer=${`/qualitative_feedback/${i}/text`} label=${`${t.feedback}: ${f.source}`} multiline value=${say(f.text, lang)} onInput=${(v) => edit((ev) => { ev.qualitative_feedback[i].text = text(ev.qualitative_feedback[i].text, v); })} />
      </fieldset>`)}
      <button type="button" onClick=${() => edit((ev) => { ev.qualitative_feedback = [...(ev.qualitative_feedback ?? []), { source: "" }]; })}>${t.addFeedback}</button>
    </section>
    <section aria-labelledby="h-handling">
      <h3 id="h-handling">${t.handling}</h3>
      <div class="scroll"><table class="edit"><caption>${t.handling}</caption>
        <thead><tr><th scope="col">${t.party}</th><th scope="col">${t.body}</th><th scope="col">${t.date}</th><th scope="col">${t.reference}</th><th scope="col">${t.outcome}</th></tr></thead>
        <tbody>${(e.handling ?? []).map((hd, i) => html`<tr data-handling=${i}>
          <td><${Field} ctx=${ctx} doc=${doc.name} pointer=${`/handling/${i}/party`} label=${`${t.party} ${i + 1}`} hideLabel value=${hd.party} options=${parties} onInput=${(v) => edit((ev) => { ev.handling[i].party = v; })} /></td>
          <td><${Field} ctx=${ctx} doc=${doc.name} pointer=${`/handling/${i}/body`} label=${`${t.body} ${i + 1}`} hideLabel value=${hd.body} onInput=${(v) => edit((ev) => { ev.handling[i].body = v; })} /></td>
          <td><${Field} ctx=${ctx} doc=${doc.name} pointer=${`/handling/${i}/date`} label=${`${t.date} ${i + 1}`} hideLabel type="date" value=${hd.date} onInput=${(v) => edit((ev) => { ev.handling[i].date = v; })} /></td>
          <td><${Field} ctx=${ctx} doc=${doc.name} pointer=${`/handling/${i}/reference`} label=${`${t.reference} ${i + 1}`} hideLabel value=${hd.reference ?? ""} onInput=${(v) => edit((ev) => { if (v) ev.handling[i].reference = v; else delete ev.handling[i].reference; })} /></td>
          <td><${Field} ctx=${ctx} doc=${doc.name} pointer=${`/handling/${i}/outcome`} label=${`${t.outcome} ${i + 1}`} hideLabel value=${hd.outcome} options=${valuesOf("handling_outcome").map((o) => [o, w.handling_outcome[o] ?? o])} onInput=${(v) => edit((ev) => { ev.handling[i].outcome = v; })} /></td>
        </tr>`)}</tbody></table></div>
      <button type="button" onClick=${() => edit((ev) => { ev.handling = [...(ev.handling ?? []), { party: parties[0]?.[0], body: parties[0]?.[1] ?? "", date: ctx.asOf, outcome: "noted" }]; })}>${t.addHandling}</button>
    </section>
  </section>`;
}

export function DocumentsView({ ctx }) {
  const { t } = ctx;
  const [kind, setKind] = useState("status");
  const [state, setState] = useState("");
  const make = async (format) => {
    setState(t.docLoading);
    // The report module (Word, HTML) loads here, the first time only.
    const { report } = await ctx.loadFull();
    return report(ctx.inputs, { kind, lang: ctx.lang, asOf: ctx.asOf, format });
  };
  const word = async () => {
    try {
      const bytes = await make("docx");
      const name = `${kind}-${ctx.asOf}.docx`;
      download(name, bytes, "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
      setState(t.docReady(name));
    } catch (e) { setState(""); ctx.fail(e); }
  };
  const page = async () => {
    try {
      const text = await make("html");
      const name = `${kind}-${ctx.asOf}.html`;
      download(name, text, "text/html");
      setState(t.docReady(name));
    } catch (e) { setState(""); ctx.fail(e); }
  };
  const print = async () => {
    try {
      const page = await make("html");
      document.getElementById("print-frame")?.remove();
      const frame = document.createElement("iframe");
      frame.id = "print-frame";
      frame.title = t.print;
      frame.style.cssText = "position:fixed;width:0;height:0;border:0;left:-10px";
      frame.addEventListener("load", () => { frame.contentWindow.focus(); frame.contentWindow.print(); setState(t.docPrinted); }, { once: true });
      frame.srcdoc = page;
      document.body.append(frame);
    } catch (e) { setState(""); ctx.fail(e); }
  };
  const plan = pickDoc(ctx, "action_plan");
  const xlsx = async () => {
    try {
      await ctx.loadFull();
      download(plan.name.replace(/\.(json|xlsx|csv)$/i, "") + ".xlsx", tv.exportPlan({ name: plan.name, text: plan.text }, { lang: ctx.lang }), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    } catch (e) { ctx.fail(e); }
  };
  return html`<section aria-labelledby="h-documents">
    <h2 id="h-documents">${t.docs}</h2>
    <div class="controls">
      <label for="doc-kind">${t.docKind}</label>
      <select id="doc-kind" value=${kind} onChange=${(e) => setKind(e.target.value)}>
        <option value="status">${t.docStatus}</option><option value="midterm">${t.docMidterm}</option><option value="final">${t.docFinal}</option>
      </select>
      <button type="button" id="download-docx" onClick=${word}>${t.downloadDocx}</button>
      <button type="button" id="download-html" onClick=${page}>${t.downloadHtml}</button>
      <button type="button" id="print" onClick=${print}>${t.print}</button>
      ${plan ? html`<button type="button" id="export-xlsx" onClick=${xlsx}>${t.exportXlsx}</button>` : ""}
    </div>
    <p id="doc-state" role="status" aria-live="polite">${state}</p>
  </section>`;
}

/** The title of the other agreement the files belong to, or null when they are this one's. */
