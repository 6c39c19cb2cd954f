"""The status as tidy pandas DataFrames (:meth:`tromsvekst.Status.to_pandas`).

Every table has fixed columns with fixed dtypes, whatever the status holds:
an empty table keeps them. One dtype per kind of value across tables —
progress ``Float64``, counts and years ``Int64``, days ``datetime64[ns]``,
texts ``string``, yes/no ``boolean``, kroner exact as ``Decimal`` — and one
missing value: ``<NA>`` (``NaT`` for days)."""

from __future__ import annotations

import decimal
from typing import Any, Dict, List, Literal, Tuple

#: The tables of :meth:`tromsvekst.Status.to_pandas`.
StatusTable = Literal[
    "focus_areas", "progress", "measures", "milestones", "meetings", "coordinators", "indicators",
    "observations", "evaluations", "funding", "funding_by_sub_goal", "funding_by_source", "funding_by_year",
    "parties", "municipalities", "actions", "themes", "advocacy",
]

_T = "string"
_I = "Int64"
_F = "Float64"
_D = "datetime"
_B = "boolean"
_K = "decimal"
_MONEY: List[Tuple[str, str]] = [(k, _K) for k in ("planned", "applied", "granted", "refused", "paid")] + [
    ("secured_share", _F)
]

#: Each table's columns and their dtypes.
SPECS: Dict[str, List[Tuple[str, str]]] = {
    "focus_areas": [("focus_area", _I), ("title", _T), ("progress", _F), ("measures", _I)],
    "progress": [("focus_area", _I), ("focus_area_title", _T), ("sub_goal", _T), ("progress", _F), ("measures", _I)],
    "measures": [
        ("id", _T), ("title", _T), ("status", _T), ("progress", _F), ("weight", _I), ("last_update", _D),
        ("sub_goals", _T), ("focus_areas", _T),
    ],
    "milestones": [("id", _T), ("plan", _T), ("title", _T), ("due", _D), ("days_late", _I)],
    "meetings": [("year", _I), ("held", _I), ("planned", _I), ("required", _I), ("complete", _B), ("on_track", _B)],
    "coordinators": [("party", _T), ("in_place", _B), ("role", _T), ("person", _T), ("since", _D)],
    "indicators": [
        ("id", _T), ("name", _T), ("unit", _T), ("source", _T), ("direction", _T), ("trend", _T), ("light", _T),
        ("baseline_year", _I), ("baseline_value", _F), ("latest_year", _I), ("latest_value", _F),
        ("target_year", _I), ("target_value", _F),
    ],
    "observations": [("indicator", _T), ("name", _T), ("unit", _T), ("year", _I), ("value", _F)],
    "evaluations": [
        ("stage", _T), ("due", _D), ("state", _T), ("days_left", _I), ("evaluation", _T), ("handled_by", _T),
        ("not_handled_by", _T),
    ],
    "funding": [("focus_area", _I)] + _MONEY,
    "funding_by_sub_goal": [("sub_goal", _T)] + _MONEY,
    "funding_by_source": [("source", _T), ("kind", _T)] + _MONEY,
    "funding_by_year": [("year", _I)] + _MONEY,
    "parties": [("party", _T), ("measures", _I), ("progress", _F)],
    "municipalities": [
        ("municipality", _T), ("name", _T), ("measure", _T), ("title", _T), ("status", _T), ("progress", _F),
        ("leads", _B),
    ],
    "actions": [
        ("id", _T), ("meeting", _T), ("decision", _T), ("text", _T), ("owner", _T), ("due", _D), ("days_late", _I),
    ],
    "themes": [("year", _I), ("theme", _I), ("taken_up", _B)],
    "advocacy": [("result", _T), ("id", _T), ("date", _D), ("kind", _T), ("target", _T), ("outcome", _T)],
}


def frame(pd: Any, rows: List[Dict[str, Any]], table: str) -> Any:
    """The rows as a DataFrame with the table's columns and dtypes."""
    spec = SPECS[table]
    columns = [c for c, _ in spec]
    out = pd.DataFrame([[row.get(c) for c in columns] for row in rows], columns=columns, dtype=object)
    for column, kind in spec:
        if kind == _D:
            out[column] = pd.to_datetime(out[column]).astype("datetime64[ns]")
        elif kind == _K:
            out[column] = out[column].map(lambda v: None if v is None else decimal.Decimal(v)).astype(object)
        else:
            out[column] = out[column].astype(kind)
    return out


def _point(x: Dict[str, Any], part: str) -> Tuple[Any, Any]:
    v = x.get(part)
    return (v["year"], v["value"]) if v else (None, None)


def rows(d: Dict[str, Any], table: str) -> List[Dict[str, Any]]:
    """The rows of a table, from the status as plain data."""
    if table == "focus_areas":
        return [
            {"focus_area": f["number"], "title": f["title"], "progress": f["progress"], "measures": f["measures"]}
            for f in d["progress"]
        ]
    if table == "progress":
        return [
            {
                "focus_area": f["number"],
                "focus_area_title": f["title"],
                "sub_goal": g["id"],
                "progress": g["progress"],
                "measures": len(g["measures"]),
            }
            for f in d["progress"]
            for g in f["sub_goals"]
        ]
    if table == "measures":
        measures: Dict[str, Dict[str, Any]] = {}
        for f in d["progress"]:
            for g in f["sub_goals"]:
                for m in g["measures"]:
                    row = measures.setdefault(m["id"], {**m, "sub_goals": [], "focus_areas": []})
                    row["sub_goals"].append(g["id"])
                    if f["number"] not in row["focus_areas"]:
                        row["focus_areas"].append(f["number"])
        return [
            {**m, "sub_goals": ", ".join(m["sub_goals"]), "focus_areas": ", ".join(str(n) for n in m["focus_areas"])}
            for m in measures.values()
        ]
    if table == "milestones":
        return list(d["overdue_milestones"])
    if table == "meetings":
        return list(d["meetings"])
    if table == "coordinators":
        return list(d["coordinators"])
    if table == "indicators":
        out = []
        for x in d["indicators"]:
            row = {k: x.get(k) for k in ("id", "name", "unit", "source", "direction", "trend", "light")}
            for part in ("baseline", "latest", "target"):
                row[f"{part}_year"], row[f"{part}_value"] = _point(x, part)
            out.append(row)
        return out
    if table == "observations":
        return [
            {"indicator": x["id"], "name": x["name"], "unit": x.get("unit"), "year": p["year"], "value": p["value"]}
            for x in d["indicators"]
            for p in x.get("series", [])
        ]
    if table == "evaluations":
        return [
            {**e, "handled_by": ", ".join(e["handled_by"]), "not_handled_by": ", ".join(e["not_handled_by"])}
            for e in d["evaluations"]
        ]
    if table.startswith("funding"):
        f = d.get("funding")
        if not f:
            return []
        part, key = {
            "funding": ("focus_areas", "focus_area"),
            "funding_by_sub_goal": ("sub_goals", "sub_goal"),
            "funding_by_source": ("sources", "source"),
            "funding_by_year": ("years", "year"),
        }[table]
        return [
            {
                # A line without a year (or focus area) is a missing value, not "–".
                key: g["key"] if g["key"] not in ("", "–") else None,
                "kind": g.get("kind"),
                **g["totals"],
                "secured_share": g["secured_share"],
            }
            for g in f[part]
        ]
    if table == "parties":
        return list(d["parties"])
    if table == "municipalities":
        return [
            {
                "municipality": k["id"],
                "name": k["name"],
                "measure": m["id"],
                "title": m["title"],
                "status": m["status"],
                "progress": m["progress"],
                "leads": m["id"] in k.get("leads", []),
            }
            for k in d["municipalities"]
            for m in k["measures"]
        ]
    if table == "actions":
        return list(d["open_actions"])
    if table == "themes":
        return [
            {"year": y["year"], "theme": n, "taken_up": n in y["covered"]}
            for y in d["themes"]
            for n in sorted(y["covered"] + y["untouched"])
        ]
    if table == "advocacy":
        return [{"result": r["result"], **a} for r in d["advocacy"] for a in r["actions"]]
    raise KeyError(table)
