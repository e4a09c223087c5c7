"""Fixtures: the seed article and its hand labels."""

from __future__ import annotations

import json

import pytest

from helpers import ROOT, SEED_ID, shared


@pytest.fixture(scope="session")
def gold() -> dict:
    """The seed's hand labels; ``body_offset`` moves their file offsets to body offsets."""
    data = json.loads(shared("gold", f"{SEED_ID}.gold.json").read_text(encoding="utf-8"))
    raw = (ROOT / "seeds" / f"{SEED_ID}.txt").read_text(encoding="utf-8")
    data["body_offset"] = raw.index("\n\n") + 2
    return data


@pytest.fixture(scope="session")
def seed():
    import analysis

    return analysis.read_articles(ROOT / "seeds")
