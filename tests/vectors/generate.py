#!/usr/bin/env python3
"""Writes the conformance vectors' input documents and case files.

Each vector is a folder with `case.json` (what to run and what must hold) and
`expected.json` (the exact output, byte for byte, that Rust, Python and
JavaScript must all produce). Input documents are made here from the
illustrative Fjordvik agreement (examples/illustrative/) by one small change
each, so every rule has a case that fires it; the examples themselves are the
passing cases.

    python3 tests/vectors/generate.py          # write the inputs and case files
    python3 tests/vectors/generate.py --check  # fail if the committed ones differ

`expected.json` is written by the Rust runner:
    TROMSVEKST_BLESS=1 cargo test -p tromsvekst --test vectors
and reviewed by hand before it is committed.
"""
import copy
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
BASE_PATH = os.path.join(ROOT, "examples", "illustrative", "fjordvik-agreement.json")
NT = os.path.join(ROOT, "examples", "nord-troms")
NT_FILES = {
    "agreement": "agreement.json",
    "plan": "action-plan-2025-2026.json",
    "meetings": "meetings-2025-2026.json",
    "indicators": "indicators.json",
    "evaluation": "midterm-evaluation-2026.json",
}
AS_OF = "2026-11-26"


def dump(doc):
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def load_base():
    with open(BASE_PATH, encoding="utf-8") as f:
        return json.load(f)


# Each mutation: (case name, rule it must fire, description, function that changes the document).
def m(fn):
    def apply(doc):
        fn(doc)
        return doc
    return apply


def set_path(doc, path, value):
    cur = doc
    for key in path[:-1]:
        cur = cur[key]
    cur[path[-1]] = value


RULE_CASES = [
    ("period-order", "agreement.period.order", "the period ends before it starts",
     m(lambda d: set_path(d, ["period"], {"start": 2031, "end": 2026}))),
    ("parties-roles", "agreement.parties.roles", "two county authorities and no regional council",
     m(lambda d: set_path(d, ["parties", 1, "role"], "county_authority"))),
    ("id-empty", "agreement.id.empty", "an anchoring document with an empty id",
     m(lambda d: set_path(d, ["anchoring", 0, "id"], "  "))),
    ("id-duplicate", "agreement.id.duplicate", "two long-term results with the same id",
     m(lambda d: set_path(d, ["long_term_results", "results", 1, "id"], "folketall"))),
    ("text-empty", "agreement.text.empty", "an overall goal that is only white space",
     m(lambda d: set_path(d, ["overall_goal", "nb"], "   "))),
    ("unknown-party", "agreement.reference.unknown-party", "the meetings are invited by a misspelt party",
     m(lambda d: set_path(d, ["governance", "political", "invited_by"], "fjordvik-radet"))),
    ("unknown-municipality", "agreement.reference.unknown-municipality", "a decision names a misspelt municipality",
     m(lambda d: set_path(d, ["decisions", 2, "municipalities"], ["nordvik", "nordvk"]))),
    ("focus-area-numbering", "agreement.focus-area.numbering", "focus areas numbered 1, 2, 4",
     m(lambda d: set_path(d, ["focus_areas", 2, "number"], 4))),
    ("focus-area-no-sub-goals", "agreement.focus-area.no-sub-goals", "a focus area without sub-goals",
     m(lambda d: set_path(d, ["focus_areas", 2, "sub_goals"], []))),
    ("sub-goal-numbering", "agreement.sub-goal.numbering", "sub-goals 1.1 and 1.3 under focus area 1",
     m(lambda d: set_path(d, ["focus_areas", 0, "sub_goals", 1, "id"], "1.3"))),
    ("sub-goal-no-strategies", "agreement.sub-goal.no-strategies", "a sub-goal without strategies",
     m(lambda d: set_path(d, ["focus_areas", 1, "sub_goals", 0, "strategies"], []))),
    ("strategy-id", "agreement.strategy.id", "a strategy under 2.1 with the id 2.2.b",
     m(lambda d: set_path(d, ["focus_areas", 1, "sub_goals", 0, "strategies", 1, "id"], "2.2.b"))),
    ("meetings-per-year", "agreement.governance.meetings-per-year", "no political meetings a year",
     m(lambda d: set_path(d, ["governance", "political", "meetings_per_year"], 0))),
    ("plan-length", "agreement.governance.plan-length", "seven-year action plans in a six-year period",
     m(lambda d: set_path(d, ["governance", "administrative", "action_plans", "length_years"], 7))),
    ("coordinator-per-party", "agreement.coordinator.per-party", "the county has two coordinator roles",
     m(lambda d: d["governance"]["administrative"]["coordinators"].append(
         copy.deepcopy(d["governance"]["administrative"]["coordinators"][0])))),
    ("decision-in-force", "agreement.decision.in-force", "no decision by the county council",
     m(lambda d: d["decisions"].pop(0))),
    ("decision-rejected-after-approval", "agreement.decision.in-force",
     "the county council approved the agreement and later rejected it: the rejection stands",
     m(lambda d: d["decisions"].append({"id": "vedtak-fylkestinget-omgjort", "body": "county_council",
                                         "body_name": "Fylkestinget i Fjordvik", "party": "fjordvik-fylke",
                                         "date": "2026-02-11", "outcome": "rejected"}))),
    ("reference-unknown-sub-goal", "agreement.reference.unknown-sub-goal", "a long-term result showing sub-goal 9.9",
     m(lambda d: d["long_term_results"]["results"][0].update({"sub_goals": ["1.1", "9.9"]}))),
    ("decision-municipality", "agreement.decision.municipality", "no decision by Nordvik's municipal council",
     m(lambda d: d["decisions"].pop(2))),
    ("midterm-year", "agreement.evaluation.midterm-year", "the midterm evaluation in the last year",
     m(lambda d: set_path(d, ["evaluation", "midterm", "year"], 2031))),
    ("midterm-plan", "agreement.evaluation.midterm-plan", "the midterm evaluation assesses the wrong plan",
     m(lambda d: set_path(d, ["evaluation", "midterm", "assesses"], {"start": 2027, "end": 2028}))),
    ("adjustments-plan", "agreement.evaluation.adjustments-plan", "adjustments carried into a plan that skips a year",
     m(lambda d: set_path(d, ["evaluation", "midterm", "adjustments_into"], {"start": 2030, "end": 2031}))),
    ("final-year", "agreement.evaluation.final-year", "the final evaluation a year early",
     m(lambda d: set_path(d, ["evaluation", "final", "year"], 2030))),
    ("final-content", "agreement.evaluation.final-content", "the final evaluation without qualitative feedback",
     m(lambda d: set_path(d, ["evaluation", "final", "qualitative_feedback"], False))),
    ("evaluation-roles", "agreement.evaluation.roles", "the responsible party is also assisting",
     m(lambda d: d["evaluation"]["assisting"].append(d["evaluation"]["responsible"]))),
    ("process-numbering", "agreement.process.numbering", "process steps numbered 1, 5, 3",
     m(lambda d: set_path(d, ["process", "steps", 1, "number"], 5))),
    ("process-chronology", "agreement.process.chronology", "the last process step dated before the others",
     m(lambda d: set_path(d, ["process", "steps", 2, "date"], "2024-01"))),
    ("no-indicator", "agreement.long-term-result.no-indicator", "a long-term result without indicators",
     m(lambda d: set_path(d, ["long_term_results", "results", 1, "indicators"], []))),
    ("anchoring-period", "agreement.anchoring.period", "an anchoring plan that ends before it starts",
     m(lambda d: set_path(d, ["anchoring", 0, "period"], {"start": 2027, "end": 2024}))),
    ("anchoring-expired", "agreement.anchoring.expired", "an anchoring plan that ended before the agreement began",
     m(lambda d: set_path(d, ["anchoring", 0, "period"], {"start": 2020, "end": 2023}))),
]


def replace_text(old, new):
    def apply(text):
        assert old in text, old
        return text.replace(old, new, 1)
    return apply


# Inputs that cannot be read as an agreement: the output is an error.
ERROR_CASES = [
    ("error-empty", "an empty file", lambda t: ""),
    ("error-whitespace", "only white space", lambda t: " \n\t\n"),
    ("error-not-json", "text that is not JSON", lambda t: "kind: agreement\n"),
    ("error-top-level-array", "a JSON array at the top", lambda t: "[" + t.strip() + "]\n"),
    ("error-wrong-type", "a year written as a string", replace_text('"start": 2026', '"start": "2026"')),
    ("error-unknown-field", "a misspelt field", replace_text('"overall_goal"', '"overall_gaol"')),
    ("error-missing-field", "the overall goal left out",
     lambda t: dump({k: v for k, v in json.loads(t).items() if k != "overall_goal"})),
    ("error-duplicate-key", "the same key twice in one object", replace_text('"id": "fjordvik-2026-2031",', '"id": "fjordvik-2026-2031",\n  "id": "other",')),
    ("error-deep-nesting", "arrays nested 10,000 deep", lambda t: "[" * 10000 + "]" * 10000 + "\n"),
    ("error-invalid-date", "the 30th of February", replace_text('"2025-12-10"', '"2026-02-30"')),
    ("error-schema-version", "a schema_version with an unknown major version", replace_text('"schema_version": "1.1"', '"schema_version": "2.0"')),
    ("error-unknown-kind", "a misspelt kind", replace_text('"kind": "agreement"', '"kind": "agrement"')),
    ("error-missing-kind", "no kind", replace_text('"kind": "agreement",\n', '')),
    ("error-number-range", "a number too large to represent", replace_text('"meetings_per_year": 1', '"meetings_per_year": 1e400')),
    ("error-negative-count", "a negative number of meetings", replace_text('"meetings_per_year": 1', '"meetings_per_year": -1')),
    ("error-nan", "NaN is not JSON", replace_text('"meetings_per_year": 1', '"meetings_per_year": NaN')),
    ("error-unknown-variant", "a misspelt role", replace_text('"role": "regional_council"', '"role": "regional_counsil"')),
    ("error-trailing-comma", "a trailing comma", replace_text('"final": {\n      "year": 2031,', '"final": {\n      "year": 2031,,')),
]

BYTE_CASES = [
    ("error-invalid-utf8", "bytes that are not UTF-8 inside a string", lambda b: b.replace("Sørvik".encode(), b"S\xf8rvik", 1)),
    ("bom", "a UTF-8 byte-order mark before a valid document", lambda b: b"\xef\xbb\xbf" + b),
]



def nt_base():
    out = {}
    for key, fname in NT_FILES.items():
        with open(os.path.join(NT, fname), encoding="utf-8") as f:
            out[key] = json.load(f)
    return out


def measure(docs, mid):
    return next(m for m in docs["plan"]["measures"] if m["id"] == mid)


def milestone(docs, mid):
    return next(m for m in docs["plan"]["milestones"] if m["id"] == mid)


def meeting(docs, mid):
    return next(m for m in docs["meetings"]["meetings"] if m["id"] == mid)


def indicator(docs, iid):
    return next(x for x in docs["indicators"]["indicators"] if x["id"] == iid)


def second_plan(start, end, measures=(), adopted=None, pid="nord-troms-handlingsplan-b"):
    """A small extra action plan, for rules between plans."""
    plan = {"kind": "action_plan", "schema_version": "1.1", "id": pid, "agreement": "nord-troms-2025-2028",
            "title": {"nb": "Handlingsplan (testvektor)"}, "period": {"start": start, "end": end},
            "measures": list(measures),
            "milestones": [{"id": pid + "-ms", "title": {"nb": "Milepæl"}, "due": "%d-06-30" % start, "status": "pending"}]}
    if adopted:
        plan["adopted"] = {"date": adopted, "by": "testvektor"}
    return plan


def full_measures(prefix, addresses=()):
    """One measure per sub-goal of Nord-Troms, so no focus area is left out."""
    out = []
    for i, g in enumerate(["1.1", "1.2", "1.3", "2.1", "3.1", "3.2", "4.1"]):
        m = {"id": "%s-%s" % (prefix, g), "title": {"nb": "Tiltak %s" % g}, "sub_goals": [g],
             "responsible": "nord-tromsradet", "status": "planned"}
        mine = [a for a in addresses if ADJUSTMENT_SUB_GOAL.get(a, "1.1") == g]
        if mine:
            m["addresses"] = mine
        out.append(m)
    return out


# The sub-goals of the example midterm evaluation's adjustments: a measure for
# that sub-goal carries each out.
ADJUSTMENT_SUB_GOAL = {"just-2026-1": "1.3", "just-2026-2": "3.2"}

# One adjustment of every kind, for the rules of section 7.
KINDED_ADJUSTMENTS = [
    {"id": "just-2026-1", "kind": "new_measure", "sub_goal": "1.3",
     "text": {"nb": "Gi tiltak for samisk og kvensk språk og kultur egen finansiering i 2027–2028."}},
    {"id": "just-endret", "kind": "changed_measure", "measure": "nt-3.2-naeringsomrader",
     "text": {"nb": "Del kartleggingen av næringsarealer i to trinn (testvektor)."}},
    {"id": "just-avsluttet", "kind": "dropped_measure", "measure": "nt-1.2-karriereveiledning",
     "text": {"nb": "Avslutt karriereveiledningen (testvektor)."}},
    {"id": "just-mote", "kind": "governance", "governance": "political",
     "text": {"nb": "Hold det andre politiske møtet om høsten (testvektor)."}},
    {"id": "just-indikator", "kind": "indicator", "sub_goal": "1.3",
     "text": {"nb": "Legg til en indikator for ungdoms deltakelse (testvektor)."}},
    {"id": "just-milepael", "kind": "milestone", "measure": "nt-3.2-naeringsomrader",
     "text": {"nb": "Egne milepæler for hvert trinn (testvektor)."}},
]


def kinded(d, carried=True):
    """The evaluation with one adjustment of every kind and, when `carried`,
    a 2027–2028 plan, meeting and indicator that carry each out."""
    d["evaluation"]["adjustments"] = copy.deepcopy(KINDED_ADJUSTMENTS)
    measures = full_measures("b", ["just-2026-1"])
    if carried:
        measures.append({"id": "b-naering", "title": {"nb": "Næringsarealer, trinn 2"}, "sub_goals": ["3.2"],
                         "responsible": "nord-tromsradet", "status": "planned",
                         "continues": "nt-3.2-naeringsomrader", "addresses": ["just-endret"]})
    plan = second_plan(2027, 2028, measures, adopted="2027-02-15")
    if carried:
        plan["milestones"].append({"id": "b-ms-naering", "title": {"nb": "Trinn 2 kartlagt"}, "due": "2027-10-31",
                                   "measures": ["b-naering"], "status": "pending", "addresses": ["just-milepael"]})
        d["meetings"]["meetings"].append({"id": "nt-politisk-2027-host", "date": "2027-10-20", "place": "Skjervøy",
                                          "status": "planned", "invited_by": "nord-tromsradet",
                                          "invited": copy.deepcopy(d["meetings"]["meetings"][0]["invited"]),
                                          "addresses": ["just-mote"]})
        d["indicators"]["indicators"][0]["addresses"] = ["just-indikator"]
    d["plan-b"] = plan


def add(key, value):
    def apply(d):
        d[key] = value
    return apply


def seq(*fns):
    def apply(d):
        for fn in fns:
            fn(d)
    return apply


# (case name, rule it must fire, description, change to the Nord-Troms documents)
FOLLOW_CASES = [
    ("plan-period-length", "plan.period.length", "a three-year action plan where the agreement has two-year plans",
     lambda d: set_path(d, ["plan", "period"], {"start": 2025, "end": 2027})),
    ("plan-period-outside", "plan.period.outside", "an action plan starting before the agreement",
     lambda d: set_path(d, ["plan", "period"], {"start": 2024, "end": 2025})),
    ("plan-sequence-overlap", "plan.sequence.overlap", "a second plan overlapping the first",
     add("plan-b", second_plan(2026, 2027, full_measures("b")))),
    ("plan-sequence-gap", "plan.sequence.gap", "a year without an action plan between two plans",
     add("plan-b", second_plan(2028, 2029, full_measures("b")))),
    ("plan-milestones-missing", "plan.milestones.missing", "an action plan without milestones",
     lambda d: set_path(d, ["plan", "milestones"], [])),
    ("plan-milestone-outside", "plan.milestone.outside", "a milestone due after the plan ends",
     lambda d: set_path(milestone(d, "ms-2026-midtveis"), ["due"], "2027-02-01")),
    ("plan-milestone-completed", "plan.milestone.completed", "a completed milestone without a date",
     lambda d: set_path(milestone(d, "ms-2026-innsatssonen"), ["status"], "completed")),
    ("plan-measure-no-sub-goal", "plan.measure.no-sub-goal", "a measure that serves no sub-goal",
     lambda d: measure(d, "nt-1.2-karriereveiledning").update({"sub_goals": [], "strategies": []})),
    ("plan-measure-unknown-sub-goal", "plan.measure.unknown-sub-goal", "a measure serving sub-goal 1.4, which does not exist",
     lambda d: measure(d, "nt-1.2-karriereveiledning").update({"sub_goals": ["1.2", "1.4"]})),
    ("plan-measure-strategy", "plan.measure.strategy", "a measure naming a strategy of a sub-goal it does not serve",
     lambda d: measure(d, "nt-1.1-kollektiv").update({"strategies": ["1.1.c", "1.2.a"]})),
    ("plan-focus-area-uncovered", "plan.focus-area.uncovered", "no measure for focus area 4",
     lambda d: measure(d, "nt-4.1-innsatssonen").update({"sub_goals": ["1.1"], "strategies": []})),
    ("plan-measure-outside-agreement", "plan.measure.outside-agreement", "a county measure with a single municipality",
     lambda d: measure(d, "nt-1.2-karriereveiledning").update({"municipalities": ["nordreisa"]})),
    ("plan-funding-committed", "plan.funding.committed", "funding claimed as committed by the agreement",
     lambda d: set_path(measure(d, "nt-1.1-kollektiv"), ["funding", 0, "committed_by_agreement"], True)),
    ("plan-measure-completed", "plan.measure.completed", "a completed measure without a completion date",
     lambda d: measure(d, "nt-1.1-senterfunksjoner").pop("completed_on")),
    ("plan-measure-progress", "plan.measure.progress", "progress of 140 %",
     lambda d: set_path(measure(d, "nt-1.1-kollektiv"), ["progress"], 140)),
    ("plan-measure-history", "plan.measure.history", "a postponed measure with no entry in the follow-up log",
     lambda d: set_path(d, ["plan", "updates"], [u for u in d["plan"]["updates"] if u["measure"] != "nt-1.3-sprak-kultur"])),
    ("plan-measure-dates", "plan.measure.dates", "a measure that ends before it starts",
     lambda d: measure(d, "nt-1.1-kollektiv").update({"start": "2026-05", "end": "2025-12"})),
    ("plan-dependency-cycle", "plan.measure.dependency-cycle", "two measures that depend on each other",
     lambda d: set_path(measure(d, "nt-2.1-plannettverk"), ["depends_on"], ["nt-3.2-naeringsomrader"])),
    ("plan-unknown-measure", "plan.reference.unknown-measure", "a milestone marking a measure that does not exist",
     lambda d: set_path(milestone(d, "ms-2026-midtveis"), ["measures"], ["nt-9.9-finnes-ikke"])),
    ("plan-other-plan", "plan.reference.other-plan", "a milestone marking a measure of another plan",
     seq(add("plan-b", second_plan(2027, 2028, full_measures("b"))),
         lambda d: set_path(milestone(d, "ms-2026-midtveis"), ["measures"], ["b-1.1"]))),
    ("plan-unknown-adjustment", "plan.reference.unknown-adjustment", "a measure carrying out an adjustment no evaluation has",
     lambda d: set_path(measure(d, "nt-1.1-kollektiv"), ["addresses"], ["just-9999"])),
    ("bundle-agreement-mismatch", "bundle.agreement.mismatch", "an action plan that belongs to another agreement",
     lambda d: set_path(d, ["plan", "agreement"], "midt-troms-2025-2028")),
    ("bundle-id-duplicate", "bundle.id.duplicate", "a meeting with the id of a measure",
     lambda d: set_path(meeting(d, "mote-2026-1"), ["id"], "nt-1.1-kollektiv")),
    ("bundle-id-empty", "bundle.id.empty", "a milestone with an empty id",
     lambda d: set_path(milestone(d, "ms-2026-midtveis"), ["id"], " ")),
    ("bundle-unknown-party", "bundle.reference.unknown-party", "a measure with a misspelt responsible party",
     lambda d: set_path(measure(d, "nt-1.1-kollektiv"), ["responsible"], "tromsfylke")),
    ("bundle-unknown-municipality", "bundle.reference.unknown-municipality", "a measure naming a municipality outside the region",
     lambda d: measure(d, "nt-1.1-kollektiv")["municipalities"].append("tromso")),
    ("meetings-per-year", "meetings.per-year", "only one political meeting in 2025",
     lambda d: set_path(d, ["meetings", "meetings"], [m for m in d["meetings"]["meetings"] if m["id"] != "mote-2025-2"])),
    ("meetings-invited-by", "meetings.invited-by", "a meeting called by the county",
     lambda d: set_path(meeting(d, "mote-2026-1"), ["invited_by"], "troms-fylkeskommune")),
    ("meetings-invitees", "meetings.invitees", "the county's administrative leadership not invited",
     lambda d: set_path(meeting(d, "mote-2026-1"), ["invited", 0, "leadership"], ["political"])),
    ("meetings-unknown-focus-area", "meetings.topic.unknown-focus-area", "a topic linked to focus area 5",
     lambda d: set_path(meeting(d, "mote-2026-1"), ["topics", 0, "focus_areas"], [2, 5])),
    ("meetings-planned-in-past", "meetings.planned-in-past", "a meeting still planned after its date",
     lambda d: set_path(meeting(d, "mote-2026-1"), ["status"], "planned")),
    ("meetings-coordinator-missing", "meetings.coordinator.missing", "no coordinator for the county",
     lambda d: set_path(d, ["meetings", "coordinators"], d["meetings"]["coordinators"][1:])),
    ("meetings-coordinator-overlap", "meetings.coordinator.overlap", "two coordinators for the county at once",
     lambda d: d["meetings"]["coordinators"].append({"party": "troms-fylkeskommune", "role": "Seniorrådgiver", "from": "2026-01-01"})),
    ("meetings-coordinator-overlap-earlier", "meetings.coordinator.overlap",
     "an earlier appointment listed after a later one: the overlap starts when the later one starts (2025-03-15), not 2025-01-21",
     lambda d: d["meetings"]["coordinators"].append({"party": "troms-fylkeskommune", "role": "Seniorrådgiver", "from": "2025-01-21", "to": "2025-06-30"})),
    ("indicators-unknown-result", "indicators.unknown-result", "an indicator measuring a result the agreement does not have",
     lambda d: set_path(indicator(d, "folkemengde"), ["results"], ["befolkningsvekst"])),
    ("indicators-unknown-indicator", "indicators.unknown-indicator", "a long-term result naming an indicator that does not exist",
     lambda d: set_path(d, ["agreement", "long_term_results", "results", 1, "indicators"], ["sysselsatte-20-66"])),
    ("indicators-thresholds-gap", "indicators.thresholds.gap", "no traffic light between 14950 and 15000",
     lambda d: set_path(indicator(d, "folkemengde"), ["thresholds", 1, "to"], 14950)),
    ("indicators-thresholds-overlap", "indicators.thresholds.overlap", "yellow and red both cover 14700–14800",
     lambda d: set_path(indicator(d, "folkemengde"), ["thresholds", 1, "from"], 14700)),
    ("indicators-observation-value", "indicators.observation.value", "a quantitative observation without a value",
     lambda d: indicator(d, "sysselsatte")["observations"][0].pop("value")),
    ("indicators-observation-source", "indicators.observation.source", "an observation without a source, of an indicator without one",
     seq(lambda d: indicator(d, "sysselsatte")["observations"][0].pop("source"),
         lambda d: indicator(d, "sysselsatte").pop("source"))),
    ("indicators-observation-after-period", "indicators.observation.after-period", "a population figure for 2031 in a 2025–2028 agreement",
     lambda d: indicator(d, "folkemengde")["observations"].append({"year": 2031, "value": 14900, "source": {"publisher": "SSB", "table": "07459"}})),
    ("indicators-observation-future", "indicators.observation.future", "a population figure for 2027 on " + AS_OF,
     lambda d: indicator(d, "folkemengde")["observations"].append({"year": 2027, "value": 14900, "source": {"publisher": "SSB", "table": "07459"}})),
    ("indicators-direction-missing", "indicators.direction.missing", "a quantitative indicator without a direction",
     lambda d: indicator(d, "sysselsatte").pop("direction")),
    ("indicators-target-outside", "indicators.target.outside-period", "a target for 2030",
     lambda d: indicator(d, "sysselsatte")["targets"].append({"year": 2030, "value": 7300})),
    ("evaluation-midterm-plan", "evaluation.midterm.plan", "a midterm evaluation assessing the second plan",
     seq(add("plan-b", second_plan(2027, 2028, full_measures("b", ["just-2026-1", "just-2026-2"]))),
         lambda d: set_path(d, ["evaluation", "assesses"], ["nord-troms-handlingsplan-b"]))),
    ("evaluation-midterm-late", "evaluation.midterm.late", "a midterm evaluation dated in 2027",
     lambda d: set_path(d, ["evaluation", "date"], "2027-01-15")),
    ("evaluation-after-next-plan", "evaluation.midterm.after-next-plan", "a midterm evaluation dated after the next plan was adopted",
     add("plan-b", second_plan(2027, 2028, full_measures("b", ["just-2026-1", "just-2026-2"]), adopted="2026-10"))),
    ("evaluation-adjustment-unaddressed", "evaluation.adjustment.unaddressed", "an adjustment no measure of the next plan carries out",
     add("plan-b", second_plan(2027, 2028, full_measures("b", ["just-2026-1"]), adopted="2026-12"))),
    ("evaluation-final-year", "evaluation.final.year", "a final evaluation dated in 2027",
     lambda d: d["evaluation"].update({"stage": "final", "date": "2027-06-01"})),
    ("evaluation-final-content", "evaluation.final.content", "a final evaluation without qualitative feedback",
     lambda d: d["evaluation"].update({"stage": "final", "date": "2028-06-01", "qualitative_feedback": []})),
    ("evaluation-roles", "evaluation.roles", "the regional council named as responsible for the evaluation",
     lambda d: d["evaluation"].update({"responsible": "nord-tromsradet", "assisting": ["troms-fylkeskommune"]})),
    ("evaluation-focus-area-unassessed", "evaluation.focus-area.unassessed", "no assessment of focus area 4",
     lambda d: set_path(d, ["evaluation", "findings"], [f for f in d["evaluation"]["findings"] if f["focus_area"] != 4])),
    ("evaluation-unknown-target", "evaluation.reference.unknown-target", "an assessment of sub-goal 1.4",
     lambda d: set_path(d, ["evaluation", "findings", 1, "sub_goal"], "1.4")),
    ("evaluation-unknown-plan", "evaluation.reference.unknown-plan", "an evaluation of a plan that does not exist",
     lambda d: set_path(d, ["evaluation", "assesses"], ["handlingsplan-2025"])),
    ("evaluation-unknown-indicator", "evaluation.reference.unknown-indicator", "a result for an indicator that does not exist",
     lambda d: set_path(d, ["evaluation", "quantitative_results", 0, "indicator"], "folketall")),
]

# Follow-up documents that cannot be read: the output is an error.
FOLLOW_ERRORS = [
    ("error-amount-negative", "a negative amount", "plan", lambda t: t.replace('"amount_nok": "1500000"', '"amount_nok": "-1500000"', 1)),
    ("error-amount-fraction", "a fraction of an øre", "plan", lambda t: t.replace('"amount_nok": "1500000"', '"amount_nok": "1500000.005"', 1)),
    ("error-amount-float", "an amount as a float", "plan", lambda t: t.replace('"amount_nok": "1500000"', '"amount_nok": 1500000.5', 1)),
    ("error-amount-negative-number", "a negative amount as a number", "plan", lambda t: t.replace('"amount_nok": "1500000"', '"amount_nok": -100', 1)),
    ("error-meeting-date", "a meeting on the 30th of February", "meetings", lambda t: t.replace('"2026-04-22"', '"2026-02-30"', 1)),
    ("error-progress-type", "progress as a string", "plan", lambda t: t.replace('"progress": 60', '"progress": "60 %"', 1)),
    ("error-wrong-kind-status", "an unknown measure status", "plan", lambda t: t.replace('"status": "ongoing"', '"status": "in_progress"', 1)),
]


SHEET_DIR = "../../../examples/spreadsheet/csv/"
TEMPLATE_CSV = ["plan.csv", "tiltak.csv", "finansiering.csv", "milepaeler.csv", "oppfolging.csv"]
MEASURES_CSV = (
    "id;tittel;delmål;strategier;ansvarlig;kommuner;status;fremdrift;start\r\n"
    "t-1;Felles rutetilbud;1.1;1.1.c;troms-fylkeskommune;\"kafjord; kvaenangen\";pågår;40;01.03.2027\r\n"
    ";;;;;;;;\r\n"
    "t-2;Kurs for voksne;1.2;1.2.b;nord-tromsradet;;planlagt;0;2027\r\n"
)
FUNDING_CSV = "tiltak,beløp_nok,kilde\r\nt-1,\"1 250 000,50\",Fylkeskommunen\r\n"

# (name, description, files {name: text}, documents in order, expect error?)
SHEET_CASES = [
    ("sheet-import-csv", "a plan from CSV files with Norwegian headers, a date as DD.MM.YYYY, a Norwegian amount and an empty row",
     {"tiltak.csv": MEASURES_CSV, "finansiering.csv": FUNDING_CSV}, [SHEET_DIR + "plan.csv", "tiltak.csv", "finansiering.csv"], False),
    ("sheet-misspelt-header", "a misspelt header is one error naming it, not one per row",
     {"tiltak.csv": MEASURES_CSV.replace("delmål", "delmaal", 1)}, [SHEET_DIR + "plan.csv", "tiltak.csv"], True),
    ("sheet-unknown-sheet", "a CSV file whose name is no sheet of the layout",
     {"tiltaak.csv": MEASURES_CSV}, [SHEET_DIR + "plan.csv", "tiltaak.csv"], True),
    ("sheet-missing-column", "the measures without the responsible party's column",
     {"tiltak.csv": "id;tittel;delmål;status\r\nt-1;T;1.1;pågår\r\n"}, [SHEET_DIR + "plan.csv", "tiltak.csv"], True),
    ("sheet-bad-progress", "progress that is not a number",
     {"tiltak.csv": MEASURES_CSV.replace(";40;", ";mye;", 1)}, [SHEET_DIR + "plan.csv", "tiltak.csv"], True),
    ("sheet-bad-date", "the 31st of February as DD.MM.YYYY",
     {"tiltak.csv": MEASURES_CSV.replace("01.03.2027", "31.02.2027", 1)}, [SHEET_DIR + "plan.csv", "tiltak.csv"], True),
    ("sheet-negative-amount", "a negative amount",
     {"finansiering.csv": FUNDING_CSV.replace("\"1 250 000,50\"", "-100", 1), "tiltak.csv": MEASURES_CSV}, [SHEET_DIR + "plan.csv", "tiltak.csv", "finansiering.csv"], True),
    ("sheet-fractional-ore", "a fraction of an øre",
     {"finansiering.csv": FUNDING_CSV.replace("\"1 250 000,50\"", "100.005", 1), "tiltak.csv": MEASURES_CSV}, [SHEET_DIR + "plan.csv", "tiltak.csv", "finansiering.csv"], True),
    ("sheet-no-plan-sheet", "measures without the Plan sheet and no plan to fill in",
     {"tiltak.csv": MEASURES_CSV}, ["tiltak.csv"], True),
]

JSONSTAT = "../../../examples/jsonstat/"
JSONSTAT_CASES = [
    ("jsonstat-apply", "population figures summed over four municipalities, put into the indicator set", None, None, False),
    ("jsonstat-size-mismatch", "a dataset whose value has fewer cells than size gives",
     "dataset.json", lambda t: t.replace("1250, 1200, 1180]", "1250, 1200]"), True),
    ("jsonstat-sparse-out-of-range", "a sparse value with an index outside the dataset",
     "dataset.json", lambda t: t.replace('"value": [2800, 2790, 2785, 4900, 4880, 4870, 2050, 2040, 2035, 1250, 1200, 1180]', '"value": {"0": 2800, "12": 1}'), True),
    ("jsonstat-unknown-code", "a mapping naming a region code the dataset does not have",
     "mapping.json", lambda t: t.replace('"K-5546"', '"K-5547"'), True),
    ("jsonstat-unknown-dimension", "a mapping naming a dimension the dataset does not have",
     "mapping.json", lambda t: t.replace('"Region":', '"Regionn":'), True),
    ("jsonstat-no-time", "a dataset without a time dimension",
     "dataset.json", lambda t: t.replace('"role": {"time": ["Tid"], "geo": ["Region"], "metric": ["ContentsCode"]},', '').replace('"Tid"', '"Aar"'), True),
]


def nt_paths(keys):
    return ["../../../examples/nord-troms/" + NT_FILES[k] for k in keys]


def cases():
    base = load_base()
    base_text = dump(base)
    out = {}
    out["fjordvik-valid"] = ({
        "description": "The illustrative Fjordvik agreement: three focus areas, one meeting a year, a six-year period; nothing fires.",
        "operation": "validate_agreement", "lang": "en",
        "documents": ["../../../examples/illustrative/fjordvik-agreement.json"],
        "expect": {"fires": [], "only": True}}, {})
    out["nord-troms-en"] = ({
        "description": "The embedded Nord-Troms agreement: valid; the seed lists step 5 before step 4 and gives no indicators.",
        "operation": "validate_agreement", "lang": "en",
        "documents": ["../../../examples/nord-troms/agreement.json"],
        "expect": {"fires": ["agreement.long-term-result.no-indicator", "agreement.process.chronology"], "only": True}}, {})
    out["nord-troms-nb"] = ({
        "description": "The Nord-Troms agreement with messages in Norwegian bokmål.",
        "operation": "validate_agreement", "lang": "nb",
        "documents": ["../../../examples/nord-troms/agreement.json"],
        "expect": {"fires": ["agreement.long-term-result.no-indicator", "agreement.process.chronology"], "only": True}}, {})
    out["severity-override"] = ({
        "description": "Severities changed by configuration: chronology off, indicators as info, final-content as error.",
        "operation": "validate_agreement", "lang": "en",
        "severity": {"agreement.process.chronology": "off", "agreement.long-term-result.no-indicator": "info"},
        "documents": ["../../../examples/nord-troms/agreement.json"],
        "expect": {"fires": ["agreement.long-term-result.no-indicator"], "only": True}}, {})
    for name, rule, description, change in RULE_CASES:
        doc = change(copy.deepcopy(base))
        out["rule-" + name] = ({
            "description": description, "operation": "validate_agreement", "lang": "en",
            "documents": ["agreement.json"], "expect": {"fires": [rule]}},
            {"agreement.json": dump(doc).encode()})
    for name, description, change in ERROR_CASES:
        out[name] = ({
            "description": description, "operation": "validate_agreement", "lang": "en",
            "documents": ["agreement.json"], "expect": {"error": True}},
            {"agreement.json": change(base_text).encode()})
    base_nt = nt_base()
    order = ["agreement", "plan", "meetings", "indicators", "evaluation"]
    out["nord-troms-bundle"] = ({
        "description": "The Nord-Troms agreement with its illustrative 2025–2026 follow-up documents, judged on " + AS_OF + ".",
        "operation": "validate", "lang": "en", "as_of": AS_OF,
        "documents": nt_paths(order),
        "expect": {"fires": ["agreement.long-term-result.no-indicator", "agreement.process.chronology",
                             "evaluation.finding.incomplete"], "only": True}}, {})
    out["nord-troms-bundle-nb"] = ({
        "description": "The same bundle with messages in Norwegian bokmål.",
        "operation": "validate", "lang": "nb", "as_of": AS_OF,
        "documents": nt_paths(order),
        "expect": {"fires": ["agreement.long-term-result.no-indicator", "agreement.process.chronology",
                             "evaluation.finding.incomplete"], "only": True}}, {})
    out["status-nord-troms"] = ({
        "description": "Where the Nord-Troms follow-up stands on " + AS_OF + ".",
        "operation": "status", "lang": "en", "as_of": AS_OF,
        "documents": nt_paths(order), "expect": {}}, {})
    out["status-nord-troms-nb"] = ({
        "description": "The status on " + AS_OF + " in Norwegian bokmål, without the evaluation.",
        "operation": "status", "lang": "nb", "as_of": AS_OF,
        "documents": nt_paths(order[:4]), "expect": {}}, {})
    out["status-agreement-only"] = ({
        "description": "The status of the agreement alone on 2027-03-01: the midterm is overdue.",
        "operation": "status", "lang": "en", "as_of": "2027-03-01",
        "documents": nt_paths(["agreement"]), "expect": {}}, {})
    out["draft-midterm-nord-troms"] = ({
        "description": "The midterm draft for Nord-Troms on " + AS_OF + ", from the plan, meetings and indicators.",
        "operation": "draft_midterm", "lang": "nb", "as_of": AS_OF,
        "documents": nt_paths(order[:4]), "expect": {}}, {})
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
    # Schema 1.0 kept: a copy of the examples as they were when 1.1 came, run
    # through validate; their expected reports were made by the 1.0
    # code and must not change.
    compat = ["../../compat/examples-1.0/" + NT_FILES[k] for k in order]
    for op in ("validate",):
        for lang in ("en", "nb"):
            out["compat-1.0-%s-%s" % (op, lang)] = ({
                "description": "the examples of schema 1.0, kept as they were: the %s report made by the 1.0 code" % op,
                "operation": op, "lang": lang, "as_of": AS_OF, "documents": compat, "expect": {}}, {})
    # The whole period, made up: the midterm concluded and handled, the
    # 2027–2028 plan carrying out its adjustments, the final evaluation begun.
    wp = ["../../../examples/nord-troms/whole-period/" + n for n in (
        "action-plan-2025-2026.json", "action-plan-2027-2028.json", "final-evaluation-2028.json", "indicators.json",
        "meetings-2025-2026.json", "meetings-2027-2028.json", "midterm-evaluation-2026.json")]
    fv = ["../../../examples/illustrative/" + n for n in (
        "fjordvik-agreement.json", "fjordvik-action-plan-2026-2028.json", "fjordvik-indicators.json",
        "fjordvik-meetings-2026-2028.json")]
    for lang in ("nb", "en"):
        out["portfolio-" + lang] = ({
            "description": "two agreements side by side on 2027-03-01: Nord-Troms (two-year plans, the midterm overdue) and the made-up Fjordvik (three-year plans, one meeting a year)",
            "operation": "portfolio", "lang": lang, "as_of": "2027-03-01",
            "documents": nt_paths(order) + fv, "expect": {}}, {})
    out["portfolio-embedded-beside-another"] = ({
        "description": "the Nord-Troms documents without their agreement beside the made-up Fjordvik agreement and its documents on 2027-03-01: the embedded Nord-Troms agreement counts as given (no other document names its id), so both are lines of the portfolio",
        "operation": "portfolio", "lang": "nb", "as_of": "2027-03-01",
        "documents": nt_paths([k for k in order if k != "agreement"]) + fv, "expect": {}}, {})
    merge_cases(out)
    out["draft-plan-fjordvik"] = ({
        "description": "the made-up Fjordvik agreement's second plan drafted on 2029-01-10: three years (2029–2031), its unfinished measures continued",
        "operation": "draft", "kind": "plan", "lang": "nb", "as_of": "2029-01-10", "documents": fv, "expect": {}}, {})
    out["draft-final-fjordvik"] = ({
        "description": "the made-up Fjordvik agreement's final evaluation drafted on 2031-10-01, its indicators from the baseline to the latest figure",
        "operation": "draft", "kind": "final", "lang": "en", "as_of": "2031-10-01", "documents": fv, "expect": {}}, {})
    out["status-whole-period-2027"] = ({
        "description": "the made-up whole period on 2027-06-01: the 2027–2028 plan current, the midterm done and handled by both parties",
        "operation": "status", "lang": "en", "as_of": "2027-06-01", "documents": wp, "expect": {}}, {})
    out["validate-whole-period-2028"] = ({
        "description": "the made-up whole period on 2028-10-25: every adjustment carried out, only the final evaluation left to fill in",
        "operation": "validate", "lang": "en", "as_of": "2028-10-25", "documents": wp,
        "expect": {"fires": ["agreement.long-term-result.no-indicator", "agreement.process.chronology",
                             "evaluation.feedback.incomplete", "evaluation.finding.incomplete"], "only": True}}, {})
    for lang in ("en", "nb"):
        out["validate-whole-period-ended" + ("" if lang == "en" else "-nb")] = ({
            "description": "the made-up whole period on 2029-01-15, after the agreement ended: the measures left open are not "
                           "'to be continued in the next plan' (there is none) but not completed when the agreement ended, "
                           "with where the final evaluation speaks of them",
            "operation": "validate", "lang": lang, "as_of": "2029-01-15", "documents": wp,
            "expect": {"fires": ["plan.closing.open", "evaluation.final.overdue"]}}, {})
    foreign = copy.deepcopy(base_nt["plan"])
    foreign["agreement"] = "fjordvik-2026-2031"
    foreign["id"] = "fjordvik-handlingsplan-2026-2027"
    foreign_files = {"plan.json": dump(foreign).encode()}
    out["foreign-plan-validate"] = ({
        "description": "a plan of the Fjordvik agreement given without its agreement: the mismatch is reported once, with no follow-on findings",
        "operation": "validate", "lang": "en", "as_of": AS_OF,
        "documents": ["plan.json"],
        "expect": {"fires": ["bundle.agreement.mismatch", "agreement.long-term-result.no-indicator",
                             "agreement.process.chronology"],
                   "only": True}}, foreign_files)
    out["foreign-plan-status"] = ({
        "description": "the status of a plan of the Fjordvik agreement without its agreement is refused, not made against Nord-Troms",
        "operation": "status", "lang": "en", "as_of": AS_OF,
        "documents": ["plan.json"], "expect": {"error": True}}, foreign_files)
    out["foreign-plan-draft"] = ({
        "description": "the midterm draft for a plan of the Fjordvik agreement without its agreement is refused",
        "operation": "draft_midterm", "lang": "nb", "as_of": AS_OF,
        "documents": ["plan.json"], "expect": {"error": True}}, foreign_files)
    out["error-two-agreements"] = ({
        "description": "two agreements in one bundle",
        "operation": "validate", "lang": "en", "as_of": AS_OF,
        "documents": nt_paths(["agreement"]) + ["../../../examples/illustrative/fjordvik-agreement.json"],
        "expect": {"error": True}}, {})
    out["sheet-import-xlsx"] = ({
        "description": "the illustrative Nord-Troms plan read back from its workbook: the same plan as its JSON",
        "operation": "import_plan", "lang": "en",
        "documents": ["../../../examples/nord-troms/action-plan-2025-2026.xlsx"], "expect": {}}, {})
    out["sheet-import-template"] = ({
        "description": "the CSV template read back",
        "operation": "import_plan", "lang": "en",
        "documents": [SHEET_DIR + f for f in TEMPLATE_CSV], "expect": {}}, {})
    out["sheet-validate-xlsx"] = ({
        "description": "the Nord-Troms bundle with the plan as a workbook: findings on the plan point to its cells",
        "operation": "validate", "lang": "en", "as_of": AS_OF,
        "documents": nt_paths(["agreement"]) + ["../../../examples/nord-troms/action-plan-2025-2026.xlsx"] + nt_paths(["meetings", "indicators"]),
        "expect": {"fires": ["agreement.long-term-result.no-indicator", "agreement.process.chronology"], "only": True}}, {})
    out["sheet-validate-csv"] = ({
        "description": "a plan from CSV validated with the agreement: the findings point to sheet, row and column",
        "operation": "validate", "lang": "en", "as_of": AS_OF,
        "documents": nt_paths(["agreement"]) + [SHEET_DIR + "plan.csv", "tiltak.csv"],
        "expect": {"fires": ["plan.draft.incomplete", "plan.measure.outside-agreement"]}},
        {"tiltak.csv": MEASURES_CSV.replace('"kafjord; kvaenangen"', "kafjord", 1).encode()})
    for name, description, files, docs, error in SHEET_CASES:
        out[name] = ({
            "description": description, "operation": "import_plan", "lang": "en",
            "documents": docs, "expect": {"error": error}}, {k: v.encode() for k, v in files.items()})
    for name, description, fname, change, error in JSONSTAT_CASES:
        docs = {"dataset.json": JSONSTAT + "folkemengde-07459.json", "mapping.json": JSONSTAT + "mapping.json",
                "indicators.json": "../../../examples/nord-troms/indicators.json"}
        files = {}
        if fname:
            with open(os.path.join(ROOT, "examples", "jsonstat", os.path.basename(docs[fname])), encoding="utf-8") as f:
                text = f.read()
            changed = change(text)
            assert changed != text, name
            files[fname] = changed.encode()
            docs[fname] = fname
        out[name] = ({
            "description": description, "operation": "jsonstat", "lang": "en",
            "documents": [docs["dataset.json"], docs["mapping.json"], docs["indicators.json"]],
            "expect": {"error": error}}, files)
    for name, description, change in BYTE_CASES:
        out[name] = ({
            "description": description, "operation": "validate_agreement", "lang": "en",
            "documents": ["agreement.json"], "expect": {"error": name.startswith("error-")}},
            {"agreement.json": change(base_text.encode())})
    # Every case names its day: the default (today in Europe/Oslo) would make
    # the expected output change from day to day.
    for name, (case, files) in out.items():
        if case["operation"] in ("validate", "validate_agreement", "status", "draft_midterm"):
            case.setdefault("as_of", AS_OF)
    # Messages in bokmål, where the wording depends on the language beyond
    # the template: plurals, the names of bodies and texts, quotes.
    for name in ["rule-text-empty", "rule-decision-in-force", "follow-meetings-per-year",
                 "follow-meetings-coordinator-overlap-earlier", "error-unknown-variant",
                 "rule-parties-roles", "follow-plan-measure-history"]:
        case, files = out[name]
        out[name + "-nb"] = (dict(case, lang="nb", description=case["description"] + " (in bokmål)"), files)
    return out


def merge_cases(out):
    """Two versions of one document made from the examples (illustrative edits): the merge by item."""
    def example(name):
        with open(os.path.join(ROOT, "examples", "nord-troms", name), encoding="utf-8") as f:
            return json.load(f)
    plan, meet = example("action-plan-2025-2026.json"), example("meetings-2025-2026.json")
    base_plan = "../../../examples/nord-troms/action-plan-2025-2026.json"
    base_meet = "../../../examples/nord-troms/meetings-2025-2026.json"
    files = lambda mine, theirs: {"mine.json": dump(mine).encode(), "theirs.json": dump(theirs).encode()}
    # Different items and fields: every change of both is kept.
    mine, theirs = copy.deepcopy(plan), copy.deepcopy(plan)
    mine["updates"].append({"date": "2026-11-20", "measure": "nt-1.1-kollektiv", "status": "ongoing", "progress": 70,
                            "note": {"nb": "Ny rutemodell på høring (illustrativt)."}})
    mine["measures"][0]["progress"] = 70
    theirs["measures"][1]["title"]["nb"] += " (revidert)"
    theirs["milestones"].append({"id": "ms-2026-ny", "title": {"nb": "Ny milepæl lagt til av en kollega (illustrativt)"},
                                 "due": "2026-12-15", "measures": [plan["measures"][1]["id"]], "status": "pending"})
    theirs["updates"].append({"date": "2026-11-21", "measure": plan["measures"][2]["id"], "status": "ongoing", "progress": 40})
    out["merge-plan-different-items"] = ({
        "description": "two analysts changed different measures, milestones and follow-up entries of the 2025–2026 plan (illustrative edits of the example): every change of both is kept, no conflict",
        "operation": "merge", "lang": "nb", "documents": [base_plan, "mine.json", "theirs.json"], "expect": {}}, files(mine, theirs))
    # The same field on both sides; removed there, changed here.
    mine, theirs = copy.deepcopy(plan), copy.deepcopy(plan)
    mine["measures"][0]["progress"] = 75
    theirs["measures"][0]["progress"] = 65
    mine["milestones"][1]["status"] = "completed"
    mine["milestones"][1]["completed_on"] = "2026-11-02"
    theirs["milestones"].pop(1)
    theirs["measures"][3]["title"]["nb"] = "Tittel endret der (illustrativt)"
    mine["measures"][3]["title"]["nb"] = "Tittel endret her (illustrativt)"
    out["merge-plan-conflicts"] = ({
        "description": "both changed one measure's progress and another's title; the other side removed a milestone this side completed (illustrative edits of the example): mine kept, the changed milestone kept, each conflict shown with both values",
        "operation": "merge", "lang": "en", "documents": [base_plan, "mine.json", "theirs.json"], "expect": {}}, files(mine, theirs))
    # Meetings: a follow-up action and a meeting added here, an action done and an agenda set there.
    mine, theirs = copy.deepcopy(meet), copy.deepcopy(meet)
    mine["meetings"][2]["decisions"][0]["actions"].append({"id": "oppf-2026-1-3", "text": {"nb": "Ny oppfølging lagt til her (illustrativt)"},
                                                           "owner": "troms-fylkeskommune", "due": "2027-01-31", "status": "open"})
    action = theirs["meetings"][2]["decisions"][0]["actions"][0]
    action["status"], action["done_on"] = "done", "2026-11-30"
    theirs["meetings"][3]["agenda"] = [{"title": {"nb": "Midtveisevaluering (illustrativt)"}, "focus_areas": [1, 2, 3, 4]}]
    mine["meetings"].append({"id": "mote-2027-1", "date": "2027-04-21", "place": "Skjervøy", "status": "planned",
                             "invited_by": "troms-fylkeskommune",
                             "invited": [{"party": "nord-tromsradet", "leadership": ["political", "administrative"]}]})
    out["merge-meetings-actions"] = ({
        "description": "one side adds a follow-up action and a meeting, the other marks an action done and sets the next meeting's agenda (illustrative edits of the example): all kept",
        "operation": "merge", "lang": "nb", "documents": [base_meet, "mine.json", "theirs.json"], "expect": {}}, files(mine, theirs))
    out["merge-not-one-document"] = ({
        "description": "a plan and a meeting log are not two versions of one document: an argument error naming both",
        "operation": "merge", "lang": "en", "documents": [base_plan, base_plan, base_meet], "expect": {"error": True}}, {})


def main():
    check = "--check" in sys.argv[1:]
    stale = []
    wanted = cases()
    for name, (case, files) in sorted(wanted.items()):
        folder = os.path.join(HERE, name)
        files = dict(files)
        files["case.json"] = dump(case).encode()
        for fname, data in files.items():
            path = os.path.join(folder, fname)
            current = open(path, "rb").read() if os.path.exists(path) else None
            if current != data:
                if check:
                    stale.append(os.path.relpath(path, ROOT))
                else:
                    os.makedirs(folder, exist_ok=True)
                    with open(path, "wb") as f:
                        f.write(data)
    existing = {d for d in os.listdir(HERE) if os.path.isdir(os.path.join(HERE, d)) and not d.startswith(("_", "."))}
    extra = sorted(existing - set(wanted))
    if check and (stale or extra):
        for s in stale:
            print("stale: " + s)
        for e in extra:
            print("not made by the generator: tests/vectors/" + e)
        print("regenerate with: python3 tests/vectors/generate.py && TROMSVEKST_BLESS=1 cargo test -p tromsvekst --test vectors")
        sys.exit(1)


if __name__ == "__main__":
    main()
