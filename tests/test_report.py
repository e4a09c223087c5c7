"""Rendered reports (analysis.report): offline and escaped."""

from __future__ import annotations

import re

import pytest

from analysis import report
from helpers import ROOT


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    corpus = tmp_path_factory.mktemp("corpus")
    (corpus / "evil.txt").write_text(
        " date 2024-05-01 <script>alert('title')</script>\n\n"
        "Officials said <script>alert(1)</script> was found. Talks resumed.\n",
        encoding="utf-8",
    )
    out = tmp_path_factory.mktemp("reports")
    report.render_all(ROOT / "notebooks", str(corpus), out)
    return out


def test_article_text_is_escaped(rendered):
    page = (rendered / "02_sentiment.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script>alert(1)</script>" not in page
    assert "<script>alert('title')</script>" not in page


def test_reports_fetch_nothing_and_embed_their_charts(rendered):
    page = (rendered / "02_sentiment.html").read_text(encoding="utf-8")
    assert not re.search(r"""<(script|link|img)[^>]+(src|href)=["']?https?:""", page)
    assert "data:image/png;base64," in page
    index = (rendered / "index.html").read_text(encoding="utf-8")
    assert 'href="02_sentiment.html"' in index
