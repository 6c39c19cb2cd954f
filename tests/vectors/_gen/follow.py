"""The follow-up cases: the Nord-Troms examples changed one way each, judged
by the rules that read more than one document, and the drafts."""

import copy
import json
import os
import sys

from .base import *  # noqa: F401,F403
from .tables import FOLLOW_CASES, FOLLOW_ERRORS


def follow_cases(out, base, base_text, base_nt, order):
    def follow(name, rule, description, change, as_of=AS_OF, only=None, operation="validate", prefix="follow-",
               extra=None, extra_files=None, lang="en"):
        docs = copy.deepcopy(base_nt)
        change(docs)
        paths, files = [], {}
        for key in [k for k in order if k in docs] + sorted(k for k in docs if k not in order):
            if key in base_nt and docs[key] == base_nt[key]:
                paths.append("../../../examples/nord-troms/" + NT_FILES[key])
            else:
                fname = key + ".json"
                paths.append(fname)
                files[fname] = dump(docs[key]).encode()
        expect = {} if rule is None else {"fires": only, "only": True} if only else {"fires": [rule]}
        case = {"description": description, "operation": operation, "lang": lang, "as_of": as_of,
                "documents": paths, "expect": expect}
        case.update(extra or {})
        files.update({k: dump(v).encode() for k, v in (extra_files or {}).items()})
        out[prefix + name] = (case, files)

    for name, rule, description, change in FOLLOW_CASES:
        follow(name, rule, description, change)
    # No error before it is one: a year still running with too few meetings
    # held or planned is a reminder (a warning), not a breach; and a planned
    # meeting whose day has passed still counts (it has a reminder of its own).
    follow("meetings-log-missing", "meetings.log.missing",
           "the plan, indicators and evaluation without any meeting log on " + AS_OF + ", after 2025 has ended",
           lambda d: d.pop("meetings"))
    for lang in ("en", "nb"):
        suffix = "" if lang == "en" else "-nb"
        follow("meetings-start-of-year" + suffix, "meetings.per-year.open",
               "12 January 2027: no meeting of 2027 entered yet; a warning with what is left to plan, no error",
               lambda d: None, as_of="2027-01-12", lang=lang)
        follow("meetings-planned-past" + suffix, "meetings.planned-in-past",
               "15 December 2026: the meeting of 9 December still stands as planned; it counts for the year, with a reminder to record it",
               lambda d: None, as_of="2026-12-15", lang=lang)
    # The evaluations are due by the end of their year: judged after it.
    follow("evaluation-midterm-overdue-none", "evaluation.midterm.overdue",
           "no midterm evaluation at all on 2027-02-01, after its due date (2026-12-31)",
           lambda d: d.pop("evaluation"), as_of="2027-02-01")
    follow("evaluation-midterm-overdue-draft", "evaluation.midterm.overdue",
           "the midterm evaluation still a draft on 2027-02-01, after its due date",
           lambda d: None, as_of="2027-02-01")
    follow("evaluation-final-overdue", "evaluation.final.overdue",
           "no final evaluation on 2029-01-15, after its due date (2028-12-31)",
           lambda d: d["evaluation"].update({"status": "concluded"}), as_of="2029-01-15")
    follow("plan-adopted-before-in-force", "plan.adopted.before-in-force",
           "the plan adopted in December 2024, before the agreement came into force (March 2025)",
           lambda d: d["plan"].update({"adopted": {"date": "2024-12", "by": "testvektor"}}))
    follow("meetings-held-before-in-force", "meetings.held-before-in-force",
           "a political meeting held on 2025-01-10, before the agreement came into force",
           lambda d: meeting(d, d["meetings"]["meetings"][0]["id"]).update({"date": "2025-01-10"}))
    # An agreement that says it binds appropriations may commit funding: the
    # same plan as follow-plan-funding-committed, with the agreement saying so.
    follow("plan-funding-committed-binding", "agreement.long-term-result.no-indicator",
           "funding committed by an agreement that says it binds appropriations: plan.funding.committed does not fire",
           lambda d: (set_path(measure(d, "nt-1.1-kollektiv"), ["funding", 0, "committed_by_agreement"], True),
                      d["agreement"]["legal_status"].update({"economically_binding": True})),
           only=["agreement.long-term-result.no-indicator", "agreement.process.chronology",
                 "evaluation.finding.incomplete"])
    follow("plan-sequence-missing", "plan.sequence.missing",
           "no plan for 2027–2028 on 2027-03-01 (the first plan is there)",
           lambda d: None, as_of="2027-03-01")
    def climate_2035(d):
        for r in d["agreement"]["long_term_results"]["results"]:
            if r["id"] == "klimagassutslipp":
                r["sub_goals"] = ["3.1"]
        indicator(d, "klimagassutslipp")["targets"].append({"year": 2035, "value": 0})
    follow("indicators-target-horizon", "indicators.target.outside-period",
           "a target for 2035 for the emissions indicator, whose result shows sub-goal 3.1 (climate neutrality by 2035): allowed",
           climate_2035,
           only=["agreement.long-term-result.no-indicator", "agreement.process.chronology",
                 "evaluation.finding.incomplete"])
    handled_by_council = [{"party": "nord-tromsradet", "body": "Nord-Tromsrådet", "date": "2026-12-10",
                           "reference": "NTR-sak 2026/41 (testvektor)", "outcome": "noted"}]
    follow("evaluation-handling-missing", "evaluation.handling.missing",
           "a concluded midterm evaluation handled by the regional council only, not by the county",
           lambda d: d["evaluation"].update({"status": "concluded", "handling": handled_by_council}))
    follow("evaluation-handled-after-next-plan", "evaluation.midterm.after-next-plan",
           "a midterm evaluation written in 2026 but handled by the county on 2027-03-01, after the next plan was adopted (2027-02-15)",
           seq(lambda d: d["evaluation"].update({"handling": handled_by_council + [
               {"party": "troms-fylkeskommune", "body": "Fylkestinget", "date": "2027-03-01", "outcome": "noted"}]}),
               add("plan-b", second_plan(2027, 2028, full_measures("b"), adopted="2027-02-15"))))
    follow("bundle-unknown-party-handling", "bundle.reference.unknown-party",
           "an evaluation handled by a party the agreement does not have",
           lambda d: d["evaluation"].update({"handling": [{"party": "tromso-kommune", "body": "Bystyret",
                                                            "date": "2026-12-10", "outcome": "noted"}]}))
    follow("plan-measure-continues-unknown", "plan.measure.continues-unknown",
           "a 2027–2028 measure continuing a measure that no earlier plan has",
           add("plan-b", second_plan(2027, 2028, [dict(full_measures("b")[0], continues="nt-9.9-finnes-ikke")]
                                      + full_measures("b")[1:])))
    follow("plan-closing-open", "plan.closing.open",
           "on 2027-03-01 the 2025–2026 plan has ended with measures still ongoing and no next plan",
           lambda d: None, as_of="2027-03-01")
    follow("plan-closing-open-next-adopted", "plan.closing.open-next-adopted",
           "the 2027–2028 plan is adopted, and it continues none of the unfinished 2025–2026 measures",
           add("plan-b", second_plan(2027, 2028, full_measures("b"), adopted="2027-02-15")), as_of="2027-03-01")

    def continue_all(d):
        unfinished = [m["id"] for m in d["plan"]["measures"] if m["status"] not in ("completed", "cancelled")]
        carried = [dict(full_measures("b")[0], id="b-" + mid, continues=mid) for mid in unfinished]
        d["plan-b"] = second_plan(2027, 2028, full_measures("b") + carried, adopted="2027-02-15")
    follow("plan-closing-continued", "plan.closing.open-next-adopted",
           "every unfinished 2025–2026 measure continued in the adopted 2027–2028 plan: nothing is left open",
           continue_all, as_of="2027-03-01",
           only=["agreement.long-term-result.no-indicator", "agreement.process.chronology",
                 "evaluation.adjustment.unaddressed", "evaluation.finding.incomplete",
                 "evaluation.midterm.overdue", "meetings.per-year.open", "meetings.planned-in-past",
                 "plan.adopted.before-midterm"])
    def continue_kept(d):
        carried = [dict(m, id="b-" + m["id"], continues=m["id"], status="ongoing", addresses=[])
                   for m in d["plan"]["measures"] if m["status"] not in ("completed", "cancelled")]
        for m in carried:
            m.pop("end", None)
            m.pop("start", None)
        d["plan-b"] = second_plan(2027, 2028, full_measures("b") + carried, adopted="2027-02-15")
    follow("whole-period", None,
           "the status on 2027-06-01 with the 2027–2028 plan continuing every unfinished 2025–2026 measure: progress per plan and over the period, chains followed",
           continue_kept, as_of="2027-06-01", operation="status", prefix="status-")
    # The drafts of the rest of the period, and refreshing them.
    def draft(name, description, kind, change, as_of, update=None, lang="nb", error=False):
        extra = {"kind": kind}
        if error:
            extra["expect"] = {"error": True}
        files = {}
        if update is not None:
            extra["update"] = "update.json"
            files["update.json"] = update
        follow(name, None, description, change, as_of=as_of, operation="draft", prefix="draft-",
               extra=extra, extra_files=files, lang=lang)
    draft("plan-nord-troms", "the 2027–2028 plan drafted on 2027-01-10 from the 2025–2026 plan and the midterm evaluation",
          "plan", lambda d: None, "2027-01-10")
    draft("plan-every-kind", "the 2027–2028 plan drafted from a midterm evaluation with one adjustment of every kind",
          "plan", lambda d: d["evaluation"].update({"adjustments": copy.deepcopy(KINDED_ADJUSTMENTS)}), "2027-01-10",
          lang="en")
    draft("final-nord-troms", "the final evaluation drafted on 2028-10-01 over both plans, the 2027–2028 plan continuing the unfinished measures",
          "final", continue_kept, "2028-10-01")
    filled = copy.deepcopy(base_nt["evaluation"])
    for i, f in enumerate(filled["findings"]):
        f["rating"] = f.get("rating", "partly")
        f["text"] = {"nb": "Analytikernes vurdering nr. %d (testvektor)." % i}
    filled["findings"][0]["evidence"] = {"progress": 1.0, "measures": [], "overdue_milestones": ["gammel"]}
    filled["quantitative_results"] = [{"indicator": "folkemengde", "year": 2024, "value": 1.0,
                                       "note": {"nb": "Analytikernes merknad (testvektor)."}}]
    draft("refresh-midterm", "a midterm draft with every judgment filled in, refreshed on 2026-12-10: every rating, text, note, feedback and adjustment kept, the evidence renewed",
          "midterm", lambda d: d.pop("evaluation"), "2026-12-10", update=filled)
    concluded = dict(copy.deepcopy(base_nt["evaluation"]), status="concluded")
    draft("refresh-concluded", "refreshing a concluded midterm evaluation is refused",
          "midterm", lambda d: d.pop("evaluation"), "2026-12-10", update=concluded, lang="en", error=True)
    edited_plan = second_plan(2027, 2028, [dict(full_measures("b")[0], continues="nt-1.1-kollektiv",
                                                title={"nb": "Analytikernes tittel (testvektor)"}, end="2028-06")],
                              pid="nord-troms-handlingsplan-2027-2028")
    edited_plan["title"] = {"nb": "Handlingsplan 2027–2028 (analytikernes utkast)"}
    draft("refresh-plan", "a 2027–2028 plan draft the analysts began, refreshed: their measure and milestone kept as written, the measures and adjustments not yet in it added",
          "plan", lambda d: None, "2027-01-20", update=edited_plan)
    # Funding followed up [6].
    def funding(mid):
        return lambda d: measure(d, mid)["funding"][0]
    follow("plan-funding-granted-above-applied", "plan.funding.granted-above-applied",
           "NOK 900,000 granted where 850,000.50 was applied for",
           lambda d: funding("nt-1.2-fleksibel-opplaering")(d).update({"granted_nok": "900000"}))
    follow("plan-funding-paid-above-granted", "plan.funding.paid-above-granted",
           "NOK 1,600,000 paid where 1,500,000 was granted",
           lambda d: funding("nt-1.1-kollektiv")(d).update({"paid_nok": "1600000"}))
    follow("plan-funding-outside-plan", "plan.funding.outside-plan",
           "a funding line for 2027 in the 2025–2026 plan, and one granted in 2028",
           lambda d: (funding("nt-3.1-klimakompetanse")(d).update({"year": 2027}),
                      funding("nt-1.2-fleksibel-opplaering")(d).update({"status_date": "2028-01-15"})))
    follow("plan-funding-open-on-completed", "plan.funding.open-on-completed",
           "a completed measure whose application is still open",
           lambda d: (measure(d, "nt-3.1-klimakompetanse").update({"status": "completed", "progress": 100,
                                                                   "completed_on": "2026-10-01"})))
    follow("plan-funding-unknown-party", "plan.funding.unknown-party",
           "funding said to come from a party the agreement does not have",
           lambda d: funding("nt-1.1-kollektiv")(d).update({"party": "tromso-kommune"}))
    # Political meetings that leave a trace [6.1].
    def action(d):
        return meeting(d, "mote-2026-1")["decisions"][0]["actions"][0]
    follow("meetings-action-overdue", "meetings.action.overdue",
           "a follow-up action due on 2026-10-31, still open on 2026-11-26",
           lambda d: action(d).update({"due": "2026-10-31"}))
    follow("meetings-action-unknown-measure", "meetings.action.unknown-measure",
           "a follow-up action and an agenda item naming a measure no plan has",
           lambda d: (action(d).update({"measures": ["nt-9.9-finnes-ikke"]}),
                      meeting(d, "mote-2025-1")["agenda"][0].update({"measures": ["nt-9.9-finnes-ikke"]})))
    follow("meetings-action-unknown-owner", "meetings.action.unknown-owner",
           "a follow-up action owned by a municipality, not a party",
           lambda d: action(d).update({"owner": "skjervoy"}))
    follow("meetings-theme-unknown", "meetings.theme.unknown",
           "an agenda item on theme 8 and advocacy on theme 0, of seven",
           lambda d: (meeting(d, "mote-2025-2")["agenda"][0].update({"themes": [8]}),
                      d["meetings"]["advocacy"][0].update({"themes": [0]})))
    follow("meetings-theme-untouched", "meetings.theme.untouched",
           "no agenda item of 2025 took up theme 7 (youth participation)",
           lambda d: meeting(d, "mote-2025-1")["agenda"].pop())
    follow("meetings-advocacy-no-theme", "meetings.advocacy.no-theme",
           "an advocacy action that names no theme",
           lambda d: d["meetings"]["advocacy"][1].update({"themes": []}))
    follow("meetings-advocacy-unknown-result", "meetings.advocacy.unknown-result",
           "an advocacy action serving a long-term result the agreement does not have",
           lambda d: d["meetings"]["advocacy"][0].update({"results": ["verdensfred"]}))
    def final_with_feedback(d, feedback):
        d["evaluation"].update({"stage": "final", "date": "2028-06-01", "qualitative_feedback": feedback})
    follow("evaluation-final-feedback-per-area", "evaluation.final.feedback-per-area",
           "a final evaluation whose feedback speaks only to focus areas 1 and 3",
           lambda d: final_with_feedback(d, [
               {"source": "Kåfjord kommune", "source_kind": "municipality", "municipality": "kafjord",
                "focus_areas": [1], "text": {"nb": "Kollektivtilbudet er bedre (testvektor)."}},
               {"source": "Næringslivet", "source_kind": "business", "sub_goals": ["3.2"],
                "text": {"nb": "Næringsarealene kom for sent (testvektor)."}}]))
    follow("evaluation-final-feedback-general", "evaluation.final.feedback-per-area",
           "a final evaluation with one piece of feedback on the agreement as a whole: every focus area is spoken to",
           lambda d: final_with_feedback(d, [{"source": "Nord-Tromsrådet", "source_kind": "regional_council",
                                             "text": {"nb": "Samarbeidet har vært nyttig (testvektor)."}}]),
           only=["agreement.long-term-result.no-indicator", "agreement.process.chronology",
                 "evaluation.finding.incomplete"])
    def results_by_area(d, figures):
        for r in d["agreement"]["long_term_results"]["results"]:
            if r["id"] == "klimagassutslipp":
                r["sub_goals"] = ["3.1"]
        final_with_feedback(d, [{"source": "Nord-Tromsrådet", "text": {"nb": "Samlet vurdering (testvektor)."}}])
        d["evaluation"]["quantitative_results"] = figures
    follow("evaluation-final-results-per-area", "evaluation.final.results-per-area",
           "emissions measure sub-goal 3.1, and the final evaluation gives no emissions figure",
           lambda d: results_by_area(d, [{"indicator": "folkemengde", "year": 2028, "value": 14880}]))
    follow("evaluation-final-results-per-area-given", "evaluation.final.results-per-area",
           "emissions measure sub-goal 3.1, and the final evaluation gives their figure",
           lambda d: results_by_area(d, [{"indicator": "klimagassutslipp", "year": 2027, "value": 112000}]),
           only=["agreement.long-term-result.no-indicator", "agreement.process.chronology",
                 "evaluation.finding.incomplete"])
    follow("evaluation-feedback-unknown-municipality", "evaluation.feedback.unknown-municipality",
           "feedback naming a municipality outside the region",
           lambda d: d["evaluation"]["qualitative_feedback"][0].update({"municipality": "tromso"}))
    follow("plan-measure-lead-municipality", "plan.measure.lead-municipality",
           "a measure led by a municipality that does not take part in it",
           lambda d: measure(d, "nt-3.2-naeringsomrader").update({"lead_municipality": "kafjord"}))
    follow("evaluation-feedback-incomplete", "evaluation.feedback.incomplete",
           "a place for the youth councils' feedback, not filled in yet",
           lambda d: d["evaluation"]["qualitative_feedback"].append({"source": "Ungdomsrådene"}))
    follow("evaluation-long-term-result-unknown", "evaluation.long-term-result.unknown",
           "an evaluation assessing a long-term result the agreement does not have",
           lambda d: d["evaluation"].update({"long_term_results": [
               {"result": "finnes-ikke", "rating": "partly", "text": {"nb": "Testvektor."}, "indicators": []}]}))
    follow("plan-draft-incomplete", "plan.draft.incomplete",
           "a 2027–2028 plan not yet adopted, its measures without end dates",
           add("plan-b", second_plan(2027, 2028, full_measures("b"))))
    follow("meetings-coordinator-gap", "meetings.coordinator.gap",
           "the county's coordinator leaves at the end of 2025 and the next starts on 2026-03-01",
           lambda d: (d["meetings"]["coordinators"][0].update({"to": "2025-12-31"}),
                      d["meetings"]["coordinators"].append({"party": "troms-fylkeskommune", "role": "Rådgiver (ny)", "from": "2026-03-01"})))

    # Passing cases the engine counts as judged: each makes its rule look at
    # something and find nothing.
    usual = ["agreement.long-term-result.no-indicator", "agreement.process.chronology",
             "evaluation.finding.incomplete"]
    follow("meetings-coordinator-replaced", "meetings.coordinator.gap",
           "the county's coordinator leaves at the end of 2025 and the next starts on 2026-01-01: no gap",
           lambda d: (d["meetings"]["coordinators"][0].update({"to": "2025-12-31"}),
                      d["meetings"]["coordinators"].append({"party": "troms-fylkeskommune", "role": "Rådgiver (ny)", "from": "2026-01-01"})),
           only=usual)

    def complete_draft(d):
        measures = full_measures("b", ("just-2026-1", "just-2026-2"))
        for m in measures:
            m.update({"start": "2027-01", "end": "2028-12"})
        d["plan-b"] = second_plan(2027, 2028, measures)
    follow("plan-draft-complete", "plan.draft.incomplete",
           "a 2027–2028 plan not yet adopted, with milestones, a measure for every focus area, end dates and the midterm's adjustments: nothing left to fill in",
           complete_draft, only=usual)

    def second_log(d):
        log = copy.deepcopy(d["meetings"])
        log.update({"id": "nord-troms-motelogg-b", "meetings": [],
                    "coordinators": [{"party": "troms-fylkeskommune", "role": "Seniorrådgiver", "from": "2026-06-01"}]})
        d["meetings-b"] = log
    follow("meetings-coordinator-overlap-across-logs", "meetings.coordinator.overlap",
           "a second meeting log appoints another coordinator for the county while the first is still in place",
           second_log)
    # Section 7: each kind of adjustment carried out by its kind of change.
    settled = ["agreement.long-term-result.no-indicator", "agreement.process.chronology",
               "evaluation.finding.incomplete"]
    follow("evaluation-adjustments-carried", "evaluation.adjustment.unaddressed",
           "one adjustment of every kind, each carried out in the 2027–2028 plan, its meetings and the indicators: no adjustment rule fires",
           kinded, only=settled)
    follow("evaluation-adjustments-unaddressed", "evaluation.adjustment.unaddressed",
           "one adjustment of every kind and a 2027–2028 plan that carries out only the new measure",
           lambda d: kinded(d, carried=False))

    def wrong(d):
        kinded(d)
        plan = d["plan-b"]
        for m in plan["measures"][:-1]:
            m.pop("addresses", None)
        plan["measures"][0]["addresses"] = ["just-2026-1"]  # sub-goal 1.1, not 1.3
        plan["measures"][-1]["continues"] = "nt-1.3-moteplasser"  # not the measure it changes
        plan["measures"][1]["continues"] = "nt-1.2-karriereveiledning"  # a dropped measure continued
    follow("evaluation-adjustment-wrong-change", "evaluation.adjustment.wrong-change",
           "a new measure for sub-goal 1.3 carried out by a measure for 1.1, a changed measure by one that continues another, a dropped measure continued",
           wrong)
    follow("evaluation-adjustment-target-missing", "evaluation.adjustment.target-missing",
           "a changed-measure adjustment that does not say which measure",
           lambda d: (kinded(d), d["evaluation"]["adjustments"][1].pop("measure")))
    follow("evaluation-adjustment-unknown-target", "evaluation.adjustment.unknown-target",
           "an adjustment dropping a measure the assessed plan does not have, and one changing an unknown indicator",
           lambda d: (kinded(d), d["evaluation"]["adjustments"][2].update({"measure": "nt-9.9-finnes-ikke"}),
                      d["evaluation"]["adjustments"][4].update({"indicator": "ungdom-finnes-ikke"})))
    follow("evaluation-adjustment-unknown-decision", "evaluation.adjustment.unknown-decision",
           "an adjustment agreed by a decision that is neither a handling reference nor a meeting",
           lambda d: (kinded(d), d["evaluation"]["adjustments"][0].update({"decision": "FT-sak 99/2026"})))
    follow("evaluation-adjustment-decision-known", "evaluation.adjustment.unknown-decision",
           "adjustments agreed under the county's handling reference and at a political meeting: known",
           lambda d: (kinded(d),
                      d["evaluation"].update({"handling": [{"party": "troms-fylkeskommune", "body": "Fylkestinget",
                                                           "date": "2026-12-10", "reference": "FT-sak 70/2026",
                                                           "outcome": "approved"}]}),
                      d["evaluation"]["adjustments"][0].update({"decision": "FT-sak 70/2026"}),
                      d["evaluation"]["adjustments"][3].update({"decision": d["meetings"]["meetings"][0]["id"]})),
           only=settled)
    follow("plan-unknown-adjustment-milestone", "plan.reference.unknown-adjustment",
           "a milestone and a meeting saying they carry out an adjustment no evaluation has",
           lambda d: (kinded(d), d["plan-b"]["milestones"][0].update({"addresses": ["just-finnes-ikke"]}),
                      d["meetings"]["meetings"][0].update({"addresses": ["just-finnes-ikke"]})))
    follow("plan-adopted-before-midterm", "plan.adopted.before-midterm",
           "the 2027–2028 plan adopted with no midterm evaluation at all",
           seq(lambda d: d.pop("evaluation"),
               add("plan-b", second_plan(2027, 2028, full_measures("b"), adopted="2027-02-15"))),
           as_of="2027-03-01")
    # The agreement carries the midterm's adjustments into the 2027–2028 plan:
    # adopting it while the midterm is a draft is a defect; after, it is not.
    follow("plan-adopted-before-midterm-draft", "plan.adopted.before-midterm",
           "the 2027–2028 plan adopted on 2027-02-15 while the midterm evaluation is still a draft",
           add("plan-b", second_plan(2027, 2028, full_measures("b"), adopted="2027-02-15")),
           as_of="2027-03-01")
    follow("plan-adopted-after-midterm", "plan.adopted.before-midterm",
           "the 2027–2028 plan adopted on 2027-02-15 after the midterm evaluation was concluded on 2026-12-15: nothing fires",
           seq(lambda d: d["evaluation"].update({"status": "concluded", "date": "2026-12-15"}),
               add("plan-b", second_plan(2027, 2028, full_measures("b"), adopted="2027-02-15"))),
           as_of="2027-03-01", extra={"expect": {}})
    for name, description, key, change in FOLLOW_ERRORS:
        with open(os.path.join(NT, NT_FILES[key]), encoding="utf-8") as f:
            text = f.read()
        changed = change(text)
        assert changed != text, name
        fname = key + ".json"
        paths = [fname if k == key else "../../../examples/nord-troms/" + NT_FILES[k] for k in order[:4]]
        out[name] = ({
            "description": description, "operation": "validate", "lang": "en", "as_of": AS_OF,
            "documents": paths, "expect": {"error": True}}, {fname: changed.encode()})
    complete = copy.deepcopy(base_nt["evaluation"])
    for f in complete["findings"]:
        f.setdefault("rating", "not_assessed")
        f.setdefault("text", {"nb": "Fylt ut for testen (illustrativt)."})
    out["follow-evaluation-complete"] = ({
        "description": "the Nord-Troms bundle with every judgment of the midterm evaluation filled in: no evaluation rule fires",
        "operation": "validate", "lang": "en", "as_of": AS_OF,
        "documents": nt_paths(order[:4]) + ["evaluation.json"],
        "expect": {"fires": ["agreement.long-term-result.no-indicator", "agreement.process.chronology"], "only": True}},
        {"evaluation.json": dump(complete).encode()})
    out["draft-midterm-after-due-date"] = ({
        "description": "a midterm draft made on 2027-01-15, after the due date: dated the day it is made, not back to 2026-12-31",
        "operation": "draft_midterm", "lang": "nb", "as_of": "2027-01-15",
        "documents": nt_paths(order[:4]), "expect": {}}, {})
