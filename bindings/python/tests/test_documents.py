"""The documents for the political meetings, checked by independent readers:
the Word files open in python-docx with the headings, tables, pictures and
language they should have, and LibreOffice (headless) turns them into PDF,
whose first page is kept as a PNG in target/test-artifacts/; the same bytes
as the command line's."""

from __future__ import annotations

import io
import os
import pathlib
import shutil
import subprocess

import docx
import pytest
from docx.oxml.ns import qn

import tromsvekst

ROOT = pathlib.Path(__file__).resolve().parents[3]
NT = "examples/nord-troms"
ARTIFACTS = ROOT / "target" / "test-artifacts"


def cli(*args: str) -> subprocess.CompletedProcess[bytes]:
    exe = os.environ.get("TROMSVEKST_CLI", str(ROOT / "target" / "debug" / "tromsvekst"))
    return subprocess.run([exe, *args], capture_output=True, cwd=ROOT)


@pytest.mark.parametrize("kind", ["status", "midterm", "final"])
@pytest.mark.parametrize("ext", ["docx", "html", "md"])
def test_the_report_is_the_command_lines(kind: str, ext: str, tmp_path: pathlib.Path) -> None:
    out = tmp_path / f"{kind}.{ext}"
    done = cli("report", kind, NT, "--as-of", "2026-11-26", "--lang", "en", "--out", str(out))
    assert done.returncode == 0, done.stderr
    report = tromsvekst.report(kind, NT, as_of="2026-11-26", lang="en")  # type: ignore[arg-type]
    mine = tmp_path / f"mine.{ext}"
    report.save(mine)
    # Byte for byte, the Word file included (its zip timestamps are fixed).
    assert mine.read_bytes() == out.read_bytes()
    with pytest.raises(tromsvekst.OutputExistsError):
        report.save(mine)
    report.save(mine, force=True)


def test_status_to_docx_writes_and_never_overwrites(tmp_path: pathlib.Path) -> None:
    status = tromsvekst.status(NT, as_of="2026-11-26")
    path = tmp_path / "status.docx"
    data = status.to_docx(path)
    assert path.read_bytes() == data == tromsvekst.report("status", NT, as_of="2026-11-26").to_docx()
    with pytest.raises(tromsvekst.OutputExistsError):
        status.to_docx(path)
    with pytest.raises(tromsvekst.ArgumentError):
        tromsvekst.report("status", NT).save(tmp_path / "status.pdf")
    with pytest.raises(tromsvekst.ArgumentError):
        tromsvekst.report("budget", NT)  # type: ignore[arg-type]


def read(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


def test_python_docx_reads_the_status_as_written() -> None:
    d = read(tromsvekst.report("status", NT, as_of="2026-11-26").to_docx())
    headings = [(p.style.name, p.text) for p in d.paragraphs if p.style.name.startswith("Heading")]
    assert headings[0] == ("Heading 1", "Tromsvekstavtalen for Nord-Troms 2025–2028 — status per 26.\u00a0november\u00a02026")
    assert [h for s, h in headings if s == "Heading 2"] == [
        "Avtalen",
        "Evalueringer",
        "Fremdrift per innsatsområde og delmål",
        "Milepæler på overtid",
        "Politiske møter",
        "Koordinatorer",
        "Vedtak, temaer og påvirkning",
        "Hvem gjør hva",
        "Finansiering",
        "Uten tiltak",
        "Indikatorer",
        "Fremdrift over tid",
        "Vedlegg: referanser",
    ]
    assert d.core_properties.language == "nb-NO"
    # Every table's first row is a header row that repeats on each page.
    for t in d.tables:
        tr_pr = t.rows[0]._tr.trPr
        assert tr_pr is not None and tr_pr.find(qn("w:tblHeader")) is not None
    funding = next(t for t in d.tables if t.rows[0].cells[0].text == "innsatsområde")
    assert funding.rows[-1].cells[1].text == "3\u00a0000\u00a0000,50\u00a0kr"  # Norwegian number format
    # The charts are pictures, each with its alternative text.
    assert len(d.inline_shapes) == 9  # progress bars, 4 indicator lines, 4 focus areas over time
    for shape in d.inline_shapes:
        alt = shape._inline.docPr.get("descr")
        assert alt and ("fremdrift" in alt.lower() or "mot målet" in alt), alt
    # Page numbers in the footer.
    footer = d.sections[0].footer._element.xml
    assert " PAGE " in footer and " NUMPAGES " in footer


def test_python_docx_reads_the_midterm_with_its_open_parts_marked() -> None:
    d = read(tromsvekst.report("midterm", NT, as_of="2026-11-26", lang="en").to_docx())
    assert d.core_properties.language == "en-GB"
    first = [p for p in d.paragraphs if p.text][:2]
    assert first[0].style.name == "Heading 1" and first[0].text.startswith("Midterm evaluation")
    assert first[1].style.name == "Alert" and first[1].text.startswith("DRAFT — not finished.")
    texts = "\n".join(p.text for p in d.paragraphs)
    assert "The network of planners is established." in texts or "Plannettverket er etablert." in texts
    focus_areas = [p.text for p in d.paragraphs if p.style.name == "Heading 3"]
    assert focus_areas[0] == "1. Population development in Nord-Troms"
    # The sub-goals by their number and their text.
    assert any(p.text.startswith("Sub-goal 1.1: Strengthen Nord-Troms") for p in d.paragraphs), texts


def test_libreoffice_converts_the_word_files(tmp_path: pathlib.Path) -> None:
    assert shutil.which("soffice") and shutil.which("pdftoppm"), "bash scripts/test.sh python installs LibreOffice and poppler"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for kind, lang, pages in (("status", "nb", (3, 10)), ("midterm", "nb", (4, 14))):
        name = f"report-{kind}-{lang}-docx"
        source = tmp_path / f"{name}.docx"
        tromsvekst.report(kind, NT, as_of="2026-11-26", lang=lang).to_docx(source)  # type: ignore[arg-type]
        done = subprocess.run(
            ["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)],
            capture_output=True,
            timeout=180,
        )
        pdf = tmp_path / f"{name}.pdf"
        assert done.returncode == 0 and pdf.is_file(), done.stderr
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
        count = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
        assert pages[0] <= count <= pages[1], (kind, count)
        text = subprocess.run(["pdftotext", "-l", "1", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        assert "Tromsvekstavtalen for Nord-Troms" in text and "Side 1 av" in text
        shutil.copy(pdf, ARTIFACTS / f"{name}.pdf")
        subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(ARTIFACTS / f"{name}-page1")], check=True)
        assert (ARTIFACTS / f"{name}-page1.png").stat().st_size > 10_000


def test_the_notebook_display_is_the_report() -> None:
    status = tromsvekst.status(NT, as_of="2026-11-26", lang="en")
    shown = status._repr_html_()
    assert shown.startswith('<div class="tromsvekst-report" lang="en"><style>')
    # The charts are there, and the styles touch nothing outside the report.
    assert shown.count('role="img"') == 9
    assert "body{" not in shown and "@page" not in shown
    report = tromsvekst.report("status", NT, as_of="2026-11-26", lang="en")
    assert report._repr_html_() == shown
    # Every section of the text status is in the notebook's view, from the
    # same description: names, units and number formats alike.
    sections = [l[3:] for l in status.to_markdown().splitlines() if l.startswith("## ")]
    assert len(sections) >= 10
    for title in sections:
        assert f"<h2>{title}</h2>" in shown, title
    assert "48.8%" in shown and "48.8%" in status.to_text() and "persons" in shown


# Issue 22: every document as the politicians get it, read back by independent
# readers — python-docx for Word, LibreOffice and Chromium for the printed
# pages, pdftotext for what the pages say.

WHOLE = "examples/nord-troms/whole-period"
FJORDVIK = "examples/illustrative"
DOCUMENTS = [
    ("status", NT, "2026-11-26"),
    ("midterm", NT, "2026-11-26"),
    ("final", WHOLE, "2028-11-30"),
    ("status", WHOLE, "2028-11-30"),
    ("status", FJORDVIK, "2027-06-01"),
    ("midterm", FJORDVIK, "2027-06-01"),
    ("final", FJORDVIK, "2031-06-01"),
]


def folder_ids(folder: str) -> set[str]:
    """The ids of parties, plans, measures, milestones and meetings in a folder's documents."""
    import json

    ids: set[str] = set()
    for path in sorted((ROOT / folder).glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        kind = doc.get("kind")
        if kind == "agreement":
            ids |= {p["id"] for p in doc["parties"]}
        elif kind == "action_plan":
            ids.add(doc["id"])
            ids |= {m["id"] for m in doc.get("measures", [])}
            ids |= {m["id"] for m in doc.get("milestones", [])}
        elif kind == "meeting_log":
            ids |= {m["id"] for m in doc.get("meetings", [])}
    if not any((ROOT / folder).glob("*agreement*.json")):
        ids |= {"troms-fylkeskommune", "nord-tromsradet"}
    return ids


def blocks(d: docx.document.Document) -> list[tuple[str, str]]:
    """The body in order: (style or "table", text)."""
    out: list[tuple[str, str]] = []
    for el in d.element.body.iterchildren():
        if el.tag == qn("w:p"):
            p = docx.text.paragraph.Paragraph(el, d)
            out.append((p.style.name if p.style is not None else "", p.text))
        elif el.tag == qn("w:tbl"):
            t = docx.table.Table(el, d)
            out.append(("table", "\n".join(" | ".join(c.text for c in r.cells) for r in t.rows)))
    return out


def before_annex(items: list[tuple[str, str]], lang: str) -> str:
    mark = "Vedlegg" if lang == "nb" else "Annex"
    shown: list[str] = []
    for style, text in items:
        if style == "Heading 2" and text.startswith(mark):
            break
        shown.append(text)
    return "\n".join(shown)


def has_word(text: str, word: str) -> bool:
    import re

    return re.search(r"(?<![\w.-])" + re.escape(word) + r"(?![\w-])", text) is not None


@pytest.mark.parametrize("lang", ["nb", "en"])
@pytest.mark.parametrize("kind,folder,day", DOCUMENTS)
def test_word_documents_name_things_not_ids(kind: str, folder: str, day: str, lang: str) -> None:
    d = read(tromsvekst.report(kind, folder, as_of=day, lang=lang).to_docx())  # type: ignore[arg-type]
    shown = before_annex(blocks(d), lang)
    leaked = sorted(i for i in folder_ids(folder) if has_word(shown, i))
    assert leaked == [], f"ids outside the references annex: {leaked}"
    import re

    assert re.search(r"\b\d{4}-\d{2}-\d{2}\b", shown) is None, "a date as YYYY-MM-DD"
    if lang == "nb":
        assert re.search(r"\d{1,2}\.\u00a0(januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember)\u00a0\d{4}", shown)
    if kind != "status":
        headings = [t for s, t in blocks(d) if s == "Heading 2"]
        order = (
            ["Sammendrag", "Bakgrunn", "Metode", "Funn per innsatsområde og delmål", "Indikatorer"]
            if lang == "nb"
            else ["Summary", "Background", "Method", "Findings per focus area and sub-goal", "Indicators"]
        )
        assert headings[: len(order)] == order
        assert ("Forslag til vedtak" if lang == "nb" else "Draft resolution") in headings


def words_of(d: docx.document.Document) -> set[str]:
    """Every word the document holds, as written (for the split check)."""
    out: set[str] = set()
    for _, text in blocks(d):
        out |= set(text.replace("\u00a0", " ").split())
    return out


def split_words(pdf_text: str, words: set[str]) -> list[str]:
    """Places where a line ends in the middle of a word or figure that the
    document holds whole: the end of one line and the start of the next make
    a word of the document, while neither part alone is one. A line ending in
    a hyphen is a hyphenation point and allowed."""
    bare = {w.strip(".,:;()«»\"'") for w in words}
    lines = [l.replace("\u00a0", " ").strip() for l in pdf_text.splitlines()]
    found = []
    for a, b in zip(lines, lines[1:]):
        if not a or not b:
            continue
        x, y = a.split()[-1], b.split()[0]
        if x.endswith(("-", "\u00ad", "–")):
            continue
        joined = x + y
        if (joined in words or joined.strip(".,:;()«»\"'") in bare) and x not in words and y not in words and x.strip(".,:;()«»\"'") not in bare:
            found.append(f"{x}/{y}")
    return found


def test_split_check_finds_a_split() -> None:
    assert split_words("fremd\nrift går", {"fremdrift", "går"}) == ["fremd/rift"]
    assert split_words("48,\n8 %", {"48,8", "%"}) == ["48,/8"]
    assert split_words("fremd-\nrift", {"fremdrift"}) == []
    assert split_words("og\nså", {"og", "så", "også"}) == []


def pdftotext(pdf: pathlib.Path) -> str:
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


PICTURES = ROOT / "docs" / "dokumenter"


@pytest.mark.parametrize("kind,folder,day", DOCUMENTS)
def test_printed_pages_break_no_word(kind: str, folder: str, day: str, tmp_path: pathlib.Path) -> None:
    """Word → PDF by LibreOffice and HTML → PDF by Chromium, bokmål: every
    page as a picture in target/test-artifacts/pages/, and no word or figure
    split across lines outside a hyphenation point."""
    assert shutil.which("soffice") and shutil.which("pdftoppm"), "bash scripts/test.sh python installs LibreOffice and poppler"
    chromium = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    assert os.path.exists(chromium), "bash scripts/test.sh python installs chromium"
    report = tromsvekst.report(kind, folder, as_of=day, lang="nb")  # type: ignore[arg-type]
    words = words_of(read(report.to_docx()))
    name = f"{kind}-{pathlib.Path(folder).name}-{day[:4]}-nb"
    source = tmp_path / f"{name}.docx"
    report.save(source)
    html = tmp_path / f"{name}.html"
    report.save(html)
    done = subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)],
        capture_output=True,
        timeout=300,
    )
    word_pdf = tmp_path / f"{name}.pdf"
    assert done.returncode == 0 and word_pdf.is_file(), done.stderr
    html_pdf = tmp_path / f"{name}-html.pdf"
    done = subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-pdf-header-footer", f"--print-to-pdf={html_pdf}", html.as_uri()],
        capture_output=True,
        timeout=300,
    )
    assert html_pdf.is_file(), done.stderr
    pages_dir = ARTIFACTS / "pages"
    pages_dir.mkdir(parents=True, exist_ok=True)
    for pdf, tag in ((word_pdf, "docx"), (html_pdf, "html")):
        assert split_words(pdftotext(pdf), words) == [], f"{name} ({tag}): a word or figure broken across lines"
        subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(pages_dir / f"{name}-{tag}")], check=True)
    # The pictures committed for the Nord-Troms midterm and final are these pages.
    if folder != FJORDVIK and kind in ("midterm", "final"):
        made = sorted(pages_dir.glob(f"{name}-docx-*.png"))
        committed = sorted(PICTURES.glob(f"{name}-docx-*.png"))
        assert len(committed) == len(made), f"docs/dokumenter: {len(committed)} pictures of {name}, the document has {len(made)} pages (bash scripts/document-pictures.sh)"
