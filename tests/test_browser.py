"""A real browser: JupyterLab runs a notebook, and the rendered reports load with their charts.

Needs Debian's chromium (/usr/bin/chromium) and Python Playwright; .ci/run installs both, and
elsewhere the test skips with the reason. Screenshots land in reports/screenshots/.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from analysis import report
from helpers import ROOT

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]
SHOTS = ROOT / "reports" / "screenshots"

pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed (apt-get install -y chromium)"
)


@pytest.fixture(scope="module")
def browser():
    playwright = pytest.importorskip("playwright.sync_api", reason="Python Playwright is not installed")
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield b
        b.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """JupyterLab on a free loopback port over a copy of the notebooks (running cells saves them)."""
    work = tmp_path_factory.mktemp("lab")
    shutil.copytree(ROOT / "notebooks", work / "notebooks")
    shutil.copytree(ROOT / "seeds", work / "seeds")
    port, token = _free_port(), "browser-test"
    proc = subprocess.Popen(
        [sys.executable, "-m", "jupyterlab", "--no-browser", "--allow-root", f"--port={port}", "--ip=127.0.0.1",
         f"--ServerApp.token={token}", f"--ServerApp.root_dir={work / 'notebooks'}",
         "--ServerApp.disable_check_xsrf=True", "--LabApp.news_url=None", "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 90
    while time.time() < deadline:
        try:
            urllib.request.urlopen(f"{url}/api/status?token={token}", timeout=2)
            break
        except OSError:
            time.sleep(0.5)
    else:
        proc.terminate()
        pytest.fail("JupyterLab did not start within 90 s")
    yield url, token
    proc.terminate()
    proc.wait(timeout=30)


def test_lab_runs_the_stance_notebook_without_errors_and_shows_charts(browser, lab):
    url, token = lab
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(f"{url}/lab/tree/05_stance.ipynb?token={token}", timeout=120_000)
    page.wait_for_selector(".jp-NotebookPanel .jp-Cell", timeout=120_000)
    page.wait_for_selector(".jp-Notebook-ExecutionIndicator[data-status='idle']", timeout=120_000)
    page.locator(".jp-NotebookPanel .jp-Notebook").click()
    page.keyboard.press("Escape")
    page.get_by_role("menuitem", name="Edit", exact=True).click()
    page.get_by_text("Clear Outputs of All Cells", exact=True).click()
    page.wait_for_function(
        "() => [...document.querySelectorAll('.jp-NotebookPanel .jp-CodeCell .jp-InputPrompt')]"
        ".every(p => !/[0-9]/.test(p.innerText))", timeout=30_000)
    page.get_by_role("menuitem", name="Run", exact=True).click()
    page.get_by_text("Run All Cells", exact=True).click()
    deadline = time.time() + 180
    while time.time() < deadline:
        prompts = page.locator(".jp-NotebookPanel .jp-CodeCell .jp-InputPrompt").all_inner_texts()
        done = [p for p in prompts if any(ch.isdigit() for ch in p)]
        if prompts and len(done) == len(prompts) and not any("*" in p for p in prompts):
            break
        time.sleep(1)
    else:
        pytest.fail(f"cells did not finish running: {prompts}")
    errors = page.locator(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']").all_inner_texts()
    assert not [e for e in errors if "Error" in e or "Traceback" in e], errors
    assert page.locator(".jp-OutputArea-output img").count() >= 1
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "lab_05_stance.png"), full_page=True)
    page.close()


def test_every_report_loads_offline_with_its_charts(browser, tmp_path):
    out = tmp_path / "reports"
    report.render_all(ROOT / "notebooks", str(ROOT / "seeds"), out, pdf=False)
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    page.route("http*://**", lambda route: route.abort())  # offline: any fetch would fail the load
    page.goto((out / "index.html").as_uri())
    links = page.locator("a").evaluate_all("els => els.map(e => e.getAttribute('href'))")
    assert links == ["01_corpus.html", "02_sentiment.html", "03_figures.html", "04_quotes.html", "05_stance.html"]
    SHOTS.mkdir(parents=True, exist_ok=True)
    for link in links:
        page.goto((out / link).as_uri())
        images = page.locator("img[src^='data:image/png']")
        assert images.count() >= 1, link
        assert all(images.nth(i).evaluate("img => img.naturalWidth > 0") for i in range(images.count())), link
        page.screenshot(path=str(SHOTS / link.replace(".html", ".png")), full_page=True)
    page.close()
