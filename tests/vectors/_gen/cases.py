"""Every case of the conformance vectors, by name: (case.json, input files)."""

import copy
import json
import os
import sys

from .base import *  # noqa: F401,F403
from .tables import *  # noqa: F401,F403
from .follow import follow_cases


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
    order = ORDER
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
    follow_cases(out, base, base_text, base_nt, order)
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
    for lang in ("nb", "en"):
        out["vocabulary-" + lang] = ({
            "description": "the words for every value of the documents in " + {"nb": "bokmål", "en": "English"}[lang]
                           + ": what the documents, the Python package and the workbench show",
            "operation": "vocabulary", "lang": lang, "documents": [], "expect": {}}, {})
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
    final = copy.deepcopy(load_example("whole-period/final-evaluation-2028.json"))
    final["status"] = "concluded"
    final["handling"] = [
        {"party": "troms-fylkeskommune", "body": "Fylkesrådet", "date": "2028-12-10", "reference": "FR-sak 2028/99 (testvektor)", "outcome": "noted"},
        {"party": "nord-tromsradet", "body": "Nord-Tromsrådet", "date": "2028-12-12", "reference": "NTR-sak 2028/50 (testvektor)", "outcome": "noted"}]
    out["validate-whole-period-final-concluded"] = ({
        "description": "the made-up whole period on 2029-01-15 with the final evaluation concluded and handled by both parties in December 2028: it is not overdue",
        "operation": "validate", "lang": "en", "as_of": "2029-01-15",
        "documents": [p for p in wp if not p.endswith("final-evaluation-2028.json")] + ["final.json"],
        "expect": {"fires": ["agreement.long-term-result.no-indicator", "agreement.process.chronology",
                             "evaluation.feedback.incomplete", "evaluation.finding.incomplete", "plan.closing.open"],
                   "only": True}}, {"final.json": dump(final).encode()})
    out["validate-fjordvik"] = ({
        "description": "the made-up Fjordvik agreement with its plan, meetings and indicators on 2028-06-01: its long-term results name indicators of the set; "
                       "only the figures given for years still to come are flagged (the example is illustrative)",
        "operation": "validate", "lang": "en", "as_of": "2028-06-01", "documents": fv,
        "expect": {"fires": ["indicators.observation.future"], "only": True}}, {})
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
