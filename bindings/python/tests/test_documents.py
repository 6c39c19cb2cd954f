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
    assert headings[0] == ("Heading 1", "Tromsvekstavtalen for Nord-Troms 2025–2028")
    assert [h for s, h in headings if s == "Heading 2"] == [
        "Evalueringer",
        "Fremdrift per innsatsområde og delmål",
        "Milepæler på overtid",
        "Politiske møter",
        "Koordinatorer",
        "Finansiering",
        "Indikatorer",
        "Grunnlaget for rapporten",
    ]
    assert d.core_properties.language == "nb-NO"
    # Every table's first row is a header row that repeats on each page.
    for t in d.tables:
        tr_pr = t.rows[0]._tr.trPr
        assert tr_pr is not None and tr_pr.find(qn("w:tblHeader")) is not None
    funding = next(t for t in d.tables if t.rows[0].cells[0].text == "innsatsområde")
    assert funding.rows[-1].cells[1].text == "3\u00a0000\u00a0000,50"  # Norwegian number format
    # The charts are pictures, each with its alternative text.
    assert len(d.inline_shapes) == 5
    for shape in d.inline_shapes:
        alt = shape._inline.docPr.get("descr")
        assert alt and ("Fremdrift" in alt or "mot målet" in alt), alt
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
    sub_goals = [p.text for p in d.paragraphs if p.style.name == "Heading 3"]
    assert sub_goals[:2] == ["Sub-goal 1.1", "Sub-goal 1.2"]


def test_libreoffice_converts_the_word_files(tmp_path: pathlib.Path) -> None:
    assert shutil.which("soffice") and shutil.which("pdftoppm"), "bash scripts/test.sh python installs LibreOffice and poppler"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for kind, lang, pages in (("status", "nb", (2, 4)), ("midterm", "nb", (2, 5))):
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
    assert shown.count('role="img"') == 5
    assert "body{" not in shown and "@page" not in shown
    report = tromsvekst.report("status", NT, as_of="2026-11-26", lang="en")
    assert report._repr_html_() == shown
