"""The example notebook runs top to bottom in a real Jupyter kernel, and its
validation cell shows the same report as `tromsvekst check`."""

from __future__ import annotations

import os
import pathlib
import subprocess

import nbclient
import nbformat

ROOT = pathlib.Path(__file__).resolve().parents[3]
NOTEBOOK = ROOT / "examples" / "notebooks" / "nord-troms.ipynb"


def cli_check() -> str:
    out = subprocess.run(
        ["cargo", "run", "-q", "-p", "tromsvekst-cli", "--", "check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return out.stdout


def test_notebook_runs_and_matches_the_cli(tmp_path: pathlib.Path) -> None:
    nb = nbformat.read(NOTEBOOK, as_version=4)
    os.environ["TROMSVEKST_DRAFT_OUT"] = str(tmp_path / "draft.json")
    os.environ["TROMSVEKST_REPORT_OUT"] = str(tmp_path / "status.docx")
    client = nbclient.NotebookClient(nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOK.parent)}})
    client.execute()  # raises CellExecutionError on any error
    outputs = [
        "".join(o.get("text", "") for o in cell.get("outputs", []) if o.get("output_type") == "stream")
        for cell in nb.cells
        if cell.cell_type == "code"
    ]
    assert cli_check() in outputs, "a cell shows the same report as `tromsvekst check`"
    # The chart was drawn.
    images = [o for cell in nb.cells for o in cell.get("outputs", []) if "image/png" in o.get("data", {})]
    assert images
    assert (tmp_path / "draft.json").is_file()
    # The status shows as the report, its charts drawn; its Word file written.
    shown = [o["data"]["text/html"] for cell in nb.cells for o in cell.get("outputs", []) if "text/html" in o.get("data", {})]
    report = [h for h in shown if "tromsvekst-report" in "".join(h)]
    assert report and 'role="img"' in "".join(report[0])
    assert (tmp_path / "status.docx").read_bytes()[:2] == b"PK"
