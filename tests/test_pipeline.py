"""One pass over a corpus (analysis.pipeline), its cache, the command line and Dask."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys

import pandas as pd
import pytest

import analysis
from analysis.__main__ import main as cli
from helpers import CountingText, ROOT

pipeline = importlib.import_module("analysis.pipeline")

RECORDS = [
    {"id": "a", "date": "2022-02-24", "title": "Invasion", "text": "Russia attacked Ukraine at dawn. “We will fight,” Zelensky said."},
    {"id": "b", "date": "2022-03-01", "text": "At least 12 soldiers were killed near Kharkiv, the General Staff said.\n\nTalks resumed on Monday."},
    {"id": "c", "text": "The U.S. pledged $800 million in aid, officials said."},
]


@pytest.fixture
def corpus(tmp_path):
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in RECORDS) + "\n", encoding="utf-8")
    return path


def test_one_pass_equals_each_extractor(seed):
    tables = analysis.analyze(seed)
    assert list(tables) == ["articles", "sentences", "figures", "quotes", "actors", "stances", "shifts", "errors"]
    pd.testing.assert_frame_equal(tables["sentences"], analysis.sentences(seed))
    pd.testing.assert_frame_equal(tables["figures"], analysis.figures(seed))
    pd.testing.assert_frame_equal(tables["quotes"], analysis.quotes(seed))
    pd.testing.assert_frame_equal(tables["stances"], analysis.stances(seed))
    pd.testing.assert_frame_equal(tables["shifts"], analysis.shifts(seed))


def test_processes_give_the_same_tables(tmp_path):
    path = tmp_path / "many.jsonl"  # enough articles for several batches, so two worker processes run
    path.write_text("\n".join(json.dumps(dict(r, id=f"{r['id']}{i}")) for i in range(20) for r in RECORDS) + "\n",
                    encoding="utf-8")
    records = analysis.read_articles(path).to_dict("records")
    assert len(pipeline._batches(records, 2)) > 1
    one, two = analysis.analyze(path, jobs=1), analysis.analyze(path, jobs=2)
    for name in ("sentences", "figures", "quotes", "actors", "stances", "shifts"):
        pd.testing.assert_frame_equal(one[name], two[name])


def test_batches_cover_every_article_once_and_shrink_toward_the_end():
    records = [{"article_id": str(i), "text": "word " * (50 + i % 7 * 100)} for i in range(1000)]
    batches = pipeline._batches(records, 2)
    assert [r["article_id"] for b in batches for r in b] == [r["article_id"] for r in records]
    sizes = [len(b) for b in batches]
    assert max(sizes) <= 256 and min(sizes[:-1]) >= 16 and sizes[0] > sizes[-2]
    assert [len(b) for b in pipeline._batches(records, 1)] == [256, 256, 256, 232]


def test_cache_recomputes_only_changed_articles(corpus, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    first = analysis.analyze(corpus, cache_dir=cache)
    calls = []
    real = pipeline.extract_article
    monkeypatch.setattr(pipeline, "extract_article", lambda a: calls.append(a["article_id"]) or real(a))
    again = analysis.analyze(corpus, cache_dir=cache)
    assert calls == []
    for name in ("sentences", "figures", "quotes", "actors", "stances"):
        pd.testing.assert_frame_equal(first[name], again[name])
    changed = [dict(r) for r in RECORDS]
    changed[1]["text"] = changed[1]["text"].replace("12", "15")
    corpus.write_text("\n".join(json.dumps(r) for r in changed) + "\n", encoding="utf-8")
    third = analysis.analyze(corpus, cache_dir=cache)
    assert calls == ["b"]
    assert 15.0 in third["figures"]["value"].tolist() and 12.0 not in third["figures"]["value"].tolist()
    uncached = analysis.analyze(corpus)  # cached rows of "a" and "c" and fresh ones of "b", in article order
    for name in ("sentences", "figures", "quotes", "actors", "stances", "shifts"):
        pd.testing.assert_frame_equal(third[name], uncached[name])


@pytest.fixture
def dated_corpus(tmp_path, seed):
    """The three records and the seed (dates, quotes, stances, shifts), under new ids twice."""
    path = tmp_path / "dated.jsonl"
    seed_record = {"id": "seed", "date": str(seed["date"].iloc[0].date()), "title": seed["title"].iloc[0], "text": seed["text"].iloc[0]}
    rows = [dict(r, id=f"{r['id']}{i}") for i in range(2) for r in (*RECORDS, seed_record)]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("chunk", [1, 3, 100])
def test_extract_to_writes_the_files_of_the_whole_tables(dated_corpus, tmp_path, chunk):
    tables = analysis.analyze(dated_corpus)
    assert len(tables["figures"]) and tables["figures"]["date"].notna().any() and len(tables["shifts"])
    counts = pipeline.extract_to(dated_corpus, tmp_path / "csv", fmt="csv", chunk=chunk)
    pipeline.extract_to(dated_corpus, tmp_path / "parquet", chunk=chunk)
    for name, table in tables.items():
        assert counts[name] == len(table)
        assert (tmp_path / "csv" / f"{name}.csv").read_text(encoding="utf-8") == table.to_csv(index=False)
        whole = tmp_path / f"{name}.parquet"
        table.to_parquet(whole, index=False)
        pd.testing.assert_frame_equal(pd.read_parquet(tmp_path / "parquet" / f"{name}.parquet"), pd.read_parquet(whole))


def test_extract_to_holds_one_chunk_at_a_time(dated_corpus, tmp_path, monkeypatch):
    sizes = []
    real = pipeline._per_article
    monkeypatch.setattr(pipeline, "_per_article", lambda articles, *a: sizes.append(len(articles)) or real(articles, *a))
    pipeline.extract_to(dated_corpus, tmp_path / "out", chunk=3)
    assert sizes == [3, 3, 2]
    with pytest.raises(ValueError, match="chunk"):
        pipeline.extract_to(dated_corpus, tmp_path / "out", chunk=0)


def test_cache_parts_are_added_never_rewritten(dated_corpus, tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline._Cache, "PART", 3)
    cache = tmp_path / "cache"
    first = analysis.analyze(dated_corpus, cache_dir=cache)
    parts = sorted(cache.glob("*.keys.parquet"))
    assert len(parts) == 3  # 8 articles in parts of at most 3
    written = {p: p.read_bytes() for p in cache.iterdir()}
    calls = []
    real = pipeline.extract_article
    monkeypatch.setattr(pipeline, "extract_article", lambda a: calls.append(a["article_id"]) or real(a))
    pipeline.extract_to(dated_corpus, tmp_path / "out", fmt="csv", chunk=2, cache_dir=cache)
    assert calls == []  # every chunk found in the parts
    for name in ("sentences", "figures", "quotes", "stances", "shifts"):
        assert (tmp_path / "out" / f"{name}.csv").read_text(encoding="utf-8") == first[name].to_csv(index=False)
    lost = len(pd.read_parquet(parts[0]))
    parts[0].unlink()  # a part without its keys file was never finished: its articles are computed again
    again = analysis.analyze(dated_corpus, cache_dir=cache)
    assert len(calls) == lost
    assert all(p.read_bytes() == data for p, data in written.items() if p.exists())
    assert len(list(cache.glob("*.keys.parquet"))) == 3
    for name in ("sentences", "figures", "quotes", "actors", "stances", "shifts"):
        pd.testing.assert_frame_equal(again[name], first[name])


def test_dask_local_cluster_with_two_workers_equals_in_process(corpus):
    distributed = pytest.importorskip("dask.distributed", reason="dask.distributed is not installed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        on_dask = analysis.analyze(corpus, engine="dask", client=client)
    local = analysis.analyze(corpus)
    for name in ("sentences", "figures", "quotes", "actors", "stances"):
        pd.testing.assert_frame_equal(on_dask[name], local[name])


def test_nothing_is_lost(tmp_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "good1.txt").write_text(" date 2024-01-02 Good\n\nKyiv was quiet. Officials said 3 drones fell.", encoding="utf-8")
    (folder / "good2.txt").write_text("A plain article about 5 tanks.", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x89PNG\x00\x00\x01")
    (folder / "old.txt").write_bytes("Caf\u00e9 owners lost \u20ac5 million.".encode("cp1252"))
    with open(folder / "huge.txt", "wb") as fh:
        fh.write(b"word " * (50 * 1024 * 1024 // 5))
    (folder / "lines.jsonl").write_text('{"id": "j1", "text": "One."}\n{broken\n{"id": "j1", "text": "One."}\n', encoding="utf-8")
    (folder / "table.csv").write_text("id,title\n1,No text column\n", encoding="utf-8")
    tables = analysis.analyze(folder)
    articles, errors = tables["articles"], tables["errors"]
    assert sorted(articles["article_id"]) == ["good1", "good2", "j1", "old"]
    dropped = errors[errors["severity"] == "error"]
    reasons = " | ".join(dropped["message"])
    for expected in ("empty.txt: empty file", "binary.txt: binary file", "huge.txt: file is 50.0 MB",
                     "lines.jsonl:2: not valid JSON", "lines.jsonl:3: duplicate id 'j1'", "table.csv:1: CSV has no 'text'"):
        assert expected in reasons
    # every input accounted for: 4 articles from 4 inputs, and 6 dropped inputs
    assert len(articles) + len(dropped) == 10
    assert errors[errors["severity"] == "warning"]["message"].str.contains("old.txt:1: not valid UTF-8").any()
    assert set(tables["sentences"]["article_id"]) == set(articles["article_id"])


def test_cli_extract_writes_every_table(corpus, tmp_path, capsys):
    out = tmp_path / "out"
    assert cli(["extract", str(corpus), "--out", str(out), "--format", "csv", "--jobs", "1", "--chunk", "2"]) == 0
    tables = analysis.analyze(corpus)
    for name in ("articles", "sentences", "figures", "quotes", "actors", "stances", "shifts", "errors"):
        assert (out / f"{name}.csv").read_text(encoding="utf-8") == tables[name].to_csv(index=False)
    assert "articles.csv: 3 rows" in capsys.readouterr().err
    assert len(pd.read_csv(out / "articles.csv")) == 3


def test_cli_unusable_source_fails_clearly(tmp_path, capsys):
    assert cli(["extract", str(tmp_path / "missing"), "--out", str(tmp_path / "o")]) == 2
    assert "no such file or folder" in capsys.readouterr().err
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "x.txt").write_bytes(b"")
    assert cli(["extract", str(bad), "--out", str(tmp_path / "o2"), "--format", "csv"]) == 1
    assert "empty file" in pd.read_csv(tmp_path / "o2" / "errors.csv")["message"][0]
    with pytest.raises(SystemExit) as stop:
        cli(["extract", str(bad), "--out", str(tmp_path / "o3"), "--chunk", "0"])
    assert stop.value.code == 2 and "--chunk: must be at least 1" in capsys.readouterr().err


def test_cli_help_lists_the_commands():
    out = subprocess.run([sys.executable, "-m", "analysis", "--help"], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0 and "extract" in out.stdout and "report" in out.stdout


def test_a_run_on_sentence_of_stance_words_and_actors_stays_linear():
    """Linear by counting: one 43-kB sentence (an open quote, no full stop) with 2,000 stance words
    and 2,000 actor mentions. Stances once ran a regular expression between every stance word and
    every later mention (cubic: 18 s for a quarter of this text) and read every mention of the
    sentence per stance word (239 characters sliced per character of this text). Now clause ends
    are found once per sentence and a stance word reads the mentions within reach."""
    from analysis.pipeline import extract_article

    CountingText.sliced = 0
    text = CountingText("“" + "Russia fired missiles at Kyiv, he said and " * 1000)
    tables = extract_article({"article_id": "x", "text": text, "date": None, "title": ""})
    assert len(tables["stances"]) >= 1
    assert CountingText.sliced <= 40 * len(text)
