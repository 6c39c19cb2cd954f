"""What the vector generator's cases are made from: the example documents,
and small helpers that change one thing in them."""

import copy
import json
import os
import sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
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


def load_example(path):
    """An example document of Nord-Troms (examples/nord-troms/PATH)."""
    with open(os.path.join(ROOT, "examples", "nord-troms", path), encoding="utf-8") as f:
        return json.load(f)


def nt_paths(keys):
    return ["../../../examples/nord-troms/" + NT_FILES[k] for k in keys]


ORDER = ["agreement", "plan", "meetings", "indicators", "evaluation"]
