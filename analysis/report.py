"""Render the notebooks to offline HTML reports over any corpus.

Each notebook is executed with papermill (its ``parameters`` cell gets
``corpus``), exported to HTML with code hidden and charts embedded, through a
template that fetches nothing from a CDN; ``index.html`` links them all.

    python -m analysis.report --notebooks notebooks --corpus seeds --out reports
"""

from __future__ import annotations

import argparse
import html
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

TEMPLATES = Path(__file__).resolve().parent / "templates"


def render_notebook(notebook: Path, corpus: str, out_dir: Path) -> Path:
    """Execute ``notebook`` over ``corpus`` and write ``out_dir/NAME.html``."""
    import nbformat
    import papermill
    from nbconvert import HTMLExporter

    out_dir.mkdir(parents=True, exist_ok=True)
    executed = out_dir / f".{notebook.stem}.executed.ipynb"
    papermill.execute_notebook(
        str(notebook),
        str(executed),
        parameters={"corpus": str(Path(corpus).resolve())},
        cwd=str(notebook.parent),
        progress_bar=False,
        kernel_name="python3",
    )
    exporter = HTMLExporter(template_name="offline", extra_template_basedirs=[str(TEMPLATES)])
    exporter.exclude_input = True
    exporter.exclude_input_prompt = True
    exporter.exclude_output_prompt = True
    body, _ = exporter.from_notebook_node(nbformat.read(executed, as_version=4))
    target = out_dir / f"{notebook.stem}.html"
    target.write_text(body, encoding="utf-8")
    executed.unlink()
    return target


def write_index(reports: list[Path], out_dir: Path, corpus: str) -> Path:
    """A plain page linking every report."""
    items = "\n".join(
        f'<li><a href="{html.escape(p.name)}">{html.escape(p.stem)}</a></li>' for p in reports
    )
    page = (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Reports</title>"
        "<style>body{font-family:sans-serif;max-width:40em;margin:2em auto}</style></head><body>\n"
        f"<h1>News analysis reports</h1>\n<p>Corpus: <code>{html.escape(corpus)}</code></p>\n"
        f"<ul>\n{items}\n</ul>\n</body></html>\n"
    )
    target = out_dir / "index.html"
    target.write_text(page, encoding="utf-8")
    return target


def render_all(notebooks: Path, corpus: str, out_dir: Path, pdf: bool = True) -> list[Path]:
    """Render every numbered notebook in ``notebooks``, the index page and, with chromium, report.pdf."""
    reports = [render_notebook(nb, corpus, out_dir) for nb in sorted(notebooks.glob("[0-9]*.ipynb"))]
    write_index(reports, out_dir, corpus)
    if pdf and chromium() is not None:
        write_pdf(reports, out_dir)
    return reports


def chromium() -> str | None:
    """Debian's chromium, if installed (reports then also come as one PDF)."""
    return shutil.which("chromium") or shutil.which("chromium-browser")


def write_pdf(reports: list[Path], out_dir: Path) -> Path:
    """All reports one after another in reports/report.pdf, printed by headless chromium."""
    pages = [p.read_text(encoding="utf-8") for p in reports]
    head = pages[0].split("<body", 1)[0]
    bodies = [re.search(r"<body[^>]*>(.*)</body>", page, re.S).group(1) for page in pages]
    combined = out_dir / ".all.html"
    combined.write_text(
        head + "<body>" + '<div style="break-after: page"></div>'.join(bodies) + "</body></html>", encoding="utf-8"
    )
    target = out_dir / "report.pdf"
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--no-first-run", "--disable-sync", f"--user-data-dir={profile}",
             "--no-pdf-header-footer", f"--print-to-pdf={target}", combined.resolve().as_uri()],
            check=True, capture_output=True, timeout=300,
        )
    combined.unlink()
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis.report", description=__doc__.split("\n")[0])
    parser.add_argument("--notebooks", default="notebooks", help="folder of the .ipynb files")
    parser.add_argument("--corpus", default="seeds", help="file, folder or glob of articles")
    parser.add_argument("--out", default="reports", help="where the HTML goes")
    parser.add_argument("--no-pdf", action="store_true", help="skip reports/report.pdf even where chromium is installed")
    args = parser.parse_args(argv)
    if not Path(args.notebooks).is_dir():
        print(f"error: no notebooks folder at {args.notebooks}", file=sys.stderr)
        return 2
    os.environ.setdefault("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    for report in render_all(Path(args.notebooks), args.corpus, Path(args.out), pdf=not args.no_pdf):
        print(f"wrote {report}")
    print(f"wrote {Path(args.out) / 'index.html'}")
    if (Path(args.out) / "report.pdf").exists() and not args.no_pdf:
        print(f"wrote {Path(args.out) / 'report.pdf'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
