"""The follow-up in public (issue 26): the site ``tromsvekst.site`` and
``tromsvekst site`` make, read back as a data user and a citizen would — the
CSV files into the same numbers as the status JSON (pandas), the catalogue
against Digdir's DCAT-AP-NO 2.0 shapes (pyshacl), the feed by a feed reader
(feedparser) — and a sentinel word put in every kind of non-public field is
nowhere in the site."""

from __future__ import annotations

import io
import json
import os
import pathlib
import subprocess
import zipfile

import feedparser
import pandas as pd
import pytest
import pyshacl
import rdflib

import tromsvekst

ROOT = pathlib.Path(__file__).resolve().parents[3]
WHOLE = ROOT / "examples" / "nord-troms" / "whole-period"
FJORDVIK = ROOT / "examples" / "illustrative"
SHAPES = ROOT / "tests" / "dcat-ap-no" / "dcat-ap-no-shacl_shapes_2.00.ttl"
CLI = os.environ.get("TROMSVEKST_CLI", str(ROOT / "target" / "debug" / "tromsvekst"))

CASES = [
    (WHOLE, "2026-11-26"),
    (WHOLE, "2027-06-01"),
    (WHOLE, "2028-11-30"),
    (FJORDVIK, "2027-06-01"),
]


def build(folder: pathlib.Path, day: str) -> dict[str, bytes]:
    return tromsvekst.site(folder, as_of=day, made=day)


@pytest.fixture(scope="module")
def sites() -> dict[tuple[str, str], dict[str, bytes]]:
    return {(f.name, day): build(f, day) for f, day in CASES}


def test_the_command_line_writes_the_same_files(tmp_path: pathlib.Path) -> None:
    files = build(WHOLE, "2027-06-01")
    out = tmp_path / "site"
    subprocess.run(
        [CLI, "site", str(WHOLE), "--as-of", "2027-06-01", "--made", "2027-06-01", "--out", str(out)],
        check=True,
        capture_output=True,
    )
    written = {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert written == files
    # A folder that holds anything is not written into without force.
    with pytest.raises(tromsvekst.OutputExistsError):
        tromsvekst.site(WHOLE, as_of="2027-06-01", made="2027-06-01", out=out)
    again = tromsvekst.site(WHOLE, as_of="2027-06-01", made="2027-06-01", out=out, force=True)
    assert again == files


def test_with_defaults_the_command_lines_site(tmp_path: pathlib.Path) -> None:
    # No day given: both shown and made today in Europe/Oslo, by the core's one clock.
    out = tmp_path / "site"
    subprocess.run([CLI, "site", str(WHOLE), "--out", str(out)], check=True, capture_output=True)
    written = {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert tromsvekst.site(WHOLE) == written
    assert json.loads(written["data/status.json"])["as_of"] == tromsvekst.today().isoformat()


def test_every_page_in_both_languages(sites: dict[tuple[str, str], dict[str, bytes]]) -> None:
    for (name, day), files in sites.items():
        pages = [p for p in files if p.endswith(".html") and not p.startswith("docs/")]
        nb = sorted(p for p in pages if not p.startswith("en/"))
        en = sorted(p.removeprefix("en/") for p in pages if p.startswith("en/"))
        assert nb == en, (name, day)
        assert {"index.html", "indicators.html", "meetings.html", "documents.html", "data.html"} <= set(nb)
        for p in nb:
            html = files[p].decode()
            assert html.startswith('<!DOCTYPE html>\n<html lang="nb">'), p
            assert f'href="en/{p}"' in html
            assert "<script" not in html and "http://" not in html.replace("http://www.w3.org", "")
        assert "style.css" in files


def test_the_csv_files_give_the_numbers_of_the_status(sites: dict[tuple[str, str], dict[str, bytes]]) -> None:
    for (name, day), files in sites.items():
        status = json.loads(files["data/status.json"])
        assert status["as_of"] == day
        measures = pd.read_csv(io.BytesIO(files["data/measures.csv"]), dtype={"last_update": str}, keep_default_na=False)
        by_id = {}
        for area in status["progress"]:
            for goal in area["sub_goals"]:
                for m in goal["measures"]:
                    by_id[m["id"]] = m
        assert sorted(measures["measure"]) == sorted(by_id), (name, day)
        for row in measures.itertuples():
            m = by_id[row.measure]
            assert row.progress == m["progress"]
            assert row.status == m["status"]
            assert row.last_update == (m.get("last_update") or "")
        figures = pd.read_csv(io.BytesIO(files["data/indicator-figures.csv"]))
        for ind in status["indicators"]:
            observed = figures[(figures.indicator == ind["id"]) & (figures.kind == "observation")]
            if ind.get("latest") is not None and len(observed):
                latest = observed.sort_values("year").iloc[-1]
                assert (latest.year, latest.value) == (ind["latest"]["year"], pytest.approx(ind["latest"]["value"]))
            if ind.get("baseline") is not None:
                base = figures[(figures.indicator == ind["id"]) & (figures.kind == "baseline")].iloc[0]
                assert base.value == pytest.approx(ind["baseline"]["value"])
        meetings = pd.read_csv(io.BytesIO(files["data/meetings.csv"]), parse_dates=["date"])
        for year in status["meetings"]:
            held = meetings[meetings.date.dt.year == year["year"]]
            assert len(held) == year["held"], (name, day, year)
        milestones = pd.read_csv(io.BytesIO(files["data/milestones.csv"]))
        for m in status["overdue_milestones"]:
            row = milestones[milestones.milestone == m["id"]].iloc[0]
            assert row.due == m["due"] and row.status == "pending"
        funding = pd.read_csv(io.BytesIO(files["data/funding.csv"]))
        if status.get("funding"):
            plan = status["current_plan"]["id"]
            planned = funding[funding.plan == plan].amount_nok.sum()
            assert planned == pytest.approx(float(status["funding"]["total"]["totals"]["planned"]))


def test_the_catalogue_has_no_violation_of_the_dcat_ap_no_shapes(sites: dict[tuple[str, str], dict[str, bytes]]) -> None:
    shapes = rdflib.Graph().parse(SHAPES, format="turtle")
    for key, files in sites.items():
        data = rdflib.Graph().parse(data=files["data/catalogue.ttl"].decode(), format="turtle", publicID="https://example.org/site/data/catalogue.ttl")
        conforms, _, text = pyshacl.validate(data, shacl_graph=shapes, inference="none", advanced=True)
        assert conforms, f"{key}:\n{text}"
        # Each dataset the catalogue names is a file of the site.
        for dist in data.objects(None, rdflib.URIRef("http://www.w3.org/ns/dcat#downloadURL")):
            assert str(dist).removeprefix("https://example.org/site/") in files
    # The control: a catalogue without its publisher is refused by the same shapes.
    files = sites[("whole-period", "2027-06-01")]
    broken = "\n".join(l for l in files["data/catalogue.ttl"].decode().splitlines() if "dct:publisher" not in l)
    data = rdflib.Graph().parse(data=broken, format="turtle", publicID="https://example.org/site/data/catalogue.ttl")
    assert not pyshacl.validate(data, shacl_graph=shapes, inference="none", advanced=True)[0]


def test_organisation_and_municipality_numbers_go_into_the_catalogue() -> None:
    # Numbers made up for the test (not in the examples, which have none: the seed gives none).
    agreement = json.loads((ROOT / "examples" / "nord-troms" / "agreement.json").read_text(encoding="utf-8"))
    for i, m in enumerate(agreement["region"]["municipalities"]):
        m["number"] = f"99{i:02d}"
    agreement["parties"][0]["organisation_number"] = "999999999"
    agreement["publishing"] = {"licence": "cc-by-4.0", "base_url": "https://example.org/tromsvekst/"}
    files = tromsvekst.site(json.dumps(agreement).encode(), WHOLE / "action-plan-2025-2026.json", as_of="2026-06-01", made="2026-06-01")
    ttl = files["data/catalogue.ttl"].decode()
    assert "@base <https://example.org/tromsvekst/data/> ." in ttl
    assert "organizations/999999999>" in ttl and 'dct:identifier "999999999"' in ttl
    assert "kommune/id/9900>" in ttl and "licence/CC_BY_4_0>" in ttl
    assert "CC BY 4.0" in files["index.html"].decode()
    data = rdflib.Graph().parse(data=ttl, format="turtle")
    shapes = rdflib.Graph().parse(SHAPES, format="turtle")
    conforms, report, text = pyshacl.validate(data, shacl_graph=shapes, inference="none", advanced=True, allow_warnings=True)
    # No violation; the municipality IRIs are only warned about (not in the EU's list of places).
    assert conforms, text
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    # The report's own results (a warning's details may hold the violations of its alternatives).
    top = [r for v in report.subjects(rdflib.RDF.type, sh.ValidationReport) for r in report.objects(v, sh.result)]
    assert top and {report.value(r, sh.resultSeverity) for r in top} == {sh.Warning}


def test_the_feed_is_atom_and_lists_what_changed_since_the_previous_build(tmp_path: pathlib.Path) -> None:
    first = tmp_path / "first"
    tromsvekst.site(WHOLE, as_of="2026-11-26", made="2026-11-26", out=first)
    later = tromsvekst.site(WHOLE, as_of="2027-06-01", made="2027-06-01", previous=first)
    whole = build(WHOLE, "2027-06-01")
    for path in ("feed.atom", "en/feed.atom"):
        feed = feedparser.parse(whole[path])
        assert feed.bozo == 0, feed.get("bozo_exception")
        assert feed.version == "atom10"
        assert feed.entries and all(e.id.startswith("urn:tromsvekst:") for e in feed.entries)
        since = feedparser.parse(later[path])
        assert since.bozo == 0
        before = pd.read_csv(first / "data" / "events.csv")
        old = {f"urn:tromsvekst:nord-troms-2025-2028:{k}:{i}" for k, i in zip(before.kind, before.id)}
        assert since.entries, "the meetings and entries of 2027 are new"
        assert not {e.id for e in since.entries} & old
        assert {e.id for e in since.entries} | old >= {e.id for e in feed.entries}
    titles = [e.title for e in feedparser.parse(later["feed.atom"]).entries]
    assert any(t.startswith("Politisk møte holdt") for t in titles)


SENTINEL = "SENTINELLORD"


def _with_sentinels(tmp_path: pathlib.Path) -> pathlib.Path:
    """The whole period with the sentinel in every kind of field that is not public."""
    out = tmp_path / "docs"
    out.mkdir()
    for f in WHOLE.glob("*.json"):
        (out / f.name).write_bytes(f.read_bytes())

    def edit(name: str, fn) -> None:  # type: ignore[no-untyped-def]
        p = out / name
        d = json.loads(p.read_text(encoding="utf-8"))
        fn(d)
        p.write_text(json.dumps(d, ensure_ascii=False, indent=2), encoding="utf-8")

    def plan1(d: dict) -> None:  # a contact person, an analyst's note
        d["measures"][0]["contact"] = f"{SENTINEL} kontakt"
        d["updates"][0]["note"] = {"nb": f"{SENTINEL} notat", "en": f"{SENTINEL} note"}

    def plan2(d: dict) -> None:  # a plan not adopted
        d.pop("adopted", None)
        d["measures"][0]["title"] = {"nb": f"{SENTINEL} tiltak", "en": f"{SENTINEL} measure"}

    def log1(d: dict) -> None:  # a coordinator's name, a planned meeting
        d["coordinators"][0]["person"] = f"{SENTINEL} person"
        m = dict(d["meetings"][-1])
        m.update(id="planlagt-mote", date="2026-12-20", status="planned", place=f"{SENTINEL} sted", decisions=[], agenda=[])
        d["meetings"].append(m)

    def final(d: dict) -> None:  # a draft evaluation
        d["findings"][0]["text"] = {"nb": f"{SENTINEL} utkast", "en": f"{SENTINEL} draft"}

    edit("action-plan-2025-2026.json", plan1)
    edit("action-plan-2027-2028.json", plan2)
    edit("meetings-2025-2026.json", log1)
    edit("final-evaluation-2028.json", final)
    return out


def _texts(files: dict[str, bytes]) -> dict[str, str]:
    """Every file's text, a Word file's XML unzipped."""
    out = {}
    for path, data in files.items():
        if path.endswith(".docx"):
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                out[path] = "".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())
        else:
            out[path] = data.decode("utf-8", "replace")
    return out


def test_nothing_that_is_not_public_is_in_the_site(tmp_path: pathlib.Path) -> None:
    docs = _with_sentinels(tmp_path)
    for day in ("2026-11-26", "2027-06-01", "2028-11-30"):
        files = tromsvekst.site(docs, as_of=day, made=day)
        found = [p for p, t in _texts(files).items() if SENTINEL in t]
        assert found == [], (day, found)
    # The control: opened by the agreement's publishing settings, each is published.
    agreement = json.loads((ROOT / "examples" / "nord-troms" / "agreement.json").read_text(encoding="utf-8"))
    agreement["publishing"] = {"drafts": True, "plans_not_adopted": True, "notes": True, "contacts": True}
    (docs / "agreement.json").write_text(json.dumps(agreement, ensure_ascii=False), encoding="utf-8")
    files = tromsvekst.site(docs, as_of="2028-11-30", made="2028-11-30")
    text = "\n".join(_texts(files).values())
    for word in ("kontakt", "notat", "tiltak", "person", "utkast"):
        assert f"{SENTINEL} {word}" in text, word
