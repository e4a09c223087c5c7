"""Reading articles (analysis.articles): formats, decoding, and every kind of bad input."""

from __future__ import annotations

import json

import pandas as pd
import pytest

import analysis
from analysis import ArticleError, errors_table, read_articles
from helpers import ROOT, SEED_ID

SEED_TEXT = (ROOT / "seeds" / f"{SEED_ID}.txt").read_text(encoding="utf-8")


def write(path, data):
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return path


def messages(articles):
    return errors_table(articles)["message"].tolist()


def test_seed_format_header_title_date_and_body():
    arts = read_articles(ROOT / "seeds")
    assert arts.loc[0, "article_id"] == SEED_ID
    assert arts.loc[0, "date"] == pd.Timestamp("2025-09-28")
    assert arts.loc[0, "title"] == "Trump Clears Ukraine to Strike Deep into Russia: ‘No Sanctuaries Left’"
    assert arts.loc[0, "text"] == SEED_TEXT.split("\n\n", 1)[1]
    assert errors_table(arts).empty


def test_contract_columns_and_dtypes(seed):
    assert list(seed.columns) == ["article_id", "date", "title", "text", "source"]
    assert str(seed["date"].dtype) == "datetime64[ns]"
    for col in ("article_id", "title", "text", "source"):
        assert str(seed[col].dtype) == "string"


def test_load_seed_ships_the_same_article():
    assert analysis.load_seed()["text"].tolist() == read_articles(ROOT / "seeds")["text"].tolist()


def test_plain_text_without_header(tmp_path):
    arts = read_articles(write(tmp_path / "note.txt", "Kyiv was quiet.\n\nThen sirens."))
    assert arts.loc[0, "article_id"] == "note"
    assert arts.loc[0, "title"] == ""
    assert pd.isna(arts.loc[0, "date"])
    assert arts.loc[0, "text"] == "Kyiv was quiet.\n\nThen sirens."


def test_jsonl_json_and_csv(tmp_path):
    write(tmp_path / "a.jsonl", '{"id": "j1", "date": "2022-02-24", "title": "T", "text": "One."}\n\n'
                                '{"id": "j2", "text": "Two.", "source": "wire"}\n')
    write(tmp_path / "b.json", json.dumps([{"id": "k1", "text": "Three."}]))
    write(tmp_path / "c.csv", "id,date,title,text\nc1,2022-03-01,Hello,\"Four,\n\nparagraphs.\"\n")
    arts = read_articles(tmp_path)
    assert arts["article_id"].tolist() == ["j1", "j2", "k1", "c1"]
    assert arts.set_index("article_id").loc["c1", "text"] == "Four,\n\nparagraphs."
    assert arts.set_index("article_id").loc["j2", "source"] == "wire"
    assert arts.set_index("article_id").loc["j1", "date"] == pd.Timestamp("2022-02-24")


def test_folder_is_sorted_and_glob_and_list_combine(tmp_path):
    for name in ("b.txt", "a.txt", "sub/c.txt"):
        write(tmp_path / name, f"Text of {name}.")
    assert read_articles(tmp_path)["article_id"].tolist() == ["a", "b", "c"]
    assert read_articles(str(tmp_path / "*.txt"))["article_id"].tolist() == ["a", "b"]
    assert read_articles([tmp_path / "b.txt", tmp_path / "a.txt"])["article_id"].tolist() == ["b", "a"]


def test_bom_crlf_and_cr_are_normalised(tmp_path):
    arts = read_articles(write(tmp_path / "w.txt", "\ufeffLine one.\r\n\r\nLine two.\rEnd."))
    assert arts.loc[0, "text"] == "Line one.\n\nLine two.\nEnd."
    assert errors_table(arts).empty


def test_cp1252_falls_back_with_a_warning(tmp_path):
    path = write(tmp_path / "old.txt", "First line.\nPrice: € 5 – café".encode("cp1252"))
    arts = read_articles(path)
    assert arts.loc[0, "text"] == "First line.\nPrice: € 5 – café"
    errs = errors_table(arts)
    assert errs["severity"].tolist() == ["warning"]
    assert errs["line"].tolist() == [2]
    assert f"{path}:2: not valid UTF-8; decoded as cp1252" == errs["message"][0]


@pytest.mark.parametrize(
    "name, data, expected",
    [
        ("empty.txt", b"", "{path}: empty file"),
        ("blank.txt", b"  \n\n ", "{path}: empty file"),
        ("blob.txt", b"\x00\x01\x02PNG\x00", "{path}: binary file (NUL bytes), not text"),
        ("bad.jsonl", b'{"id": "ok", "text": "Fine."}\n{"id": oops}\n', "{path}:2: not valid JSON"),
        ("notext.csv", b"id,title\n1,Hello\n", "{path}:1: CSV has no 'text' column (columns: id, title)"),
        ("nobody.jsonl", b'{"id": "x1", "title": "no text"}\n', "{path}:1: record x1: no 'text' field"),
        ("broken.json", b'[{"id": "x", "text": "a"},', "{path}:1: not valid JSON"),
    ],
)
def test_bad_input_is_an_error_naming_file_and_line(tmp_path, name, data, expected):
    path = write(tmp_path / name, data)
    good = write(tmp_path / "good.txt", "A good article.")
    arts = read_articles([path, good])
    assert "good" in arts["article_id"].tolist()
    msgs = messages(arts)
    assert any(m.startswith(expected.format(path=path)) for m in msgs), msgs
    with pytest.raises(ArticleError, match=expected.format(path=path).replace("(", r"\(").replace(")", r"\)")[:40]):
        read_articles(path, errors="raise")


def test_article_error_is_a_value_error():
    assert issubclass(ArticleError, ValueError)


def test_impossible_header_date_keeps_the_article_and_says_where(tmp_path):
    path = write(tmp_path / "x.txt", " date 2025-02-30 Bad date\n\nBody text.")
    arts = read_articles(path)
    assert arts.loc[0, "text"] == "Body text."
    assert pd.isna(arts.loc[0, "date"])
    assert messages(arts) == [f"{path}:1: article 'x': impossible date '2025-02-30' in header"]


def test_duplicate_ids(tmp_path):
    path = write(tmp_path / "d.jsonl", '{"id": "a", "text": "Same."}\n{"id": "a", "text": "Same."}\n'
                                       '{"id": "a", "text": "Different."}\n')
    arts = read_articles(path)
    assert arts["article_id"].tolist() == ["a", "a~2"]
    errs = errors_table(arts)
    assert errs["severity"].tolist() == ["error", "warning"]
    assert errs["line"].tolist() == [2, 3]
    assert "duplicate id 'a'" in errs["message"][0]


def test_missing_path_and_foreign_files_are_reported(tmp_path):
    write(tmp_path / "notes.md", "# not an article")
    write(tmp_path / "a.txt", "Article.")
    arts = read_articles([tmp_path, tmp_path / "nope.txt", str(tmp_path / "*.xml")])
    msgs = messages(arts)
    assert arts["article_id"].tolist() == ["a"]
    assert any("notes.md: not an article file" in m for m in msgs)
    assert any("nope.txt: no such file or folder" in m for m in msgs)
    assert any("*.xml: no file matches this pattern" in m for m in msgs)


def test_every_input_is_an_article_or_an_error(tmp_path):
    inputs = {
        "ok1.txt": "Fine article.",
        "ok2.txt": " date 2022-01-01 Title\n\nFine too.",
        "empty.txt": "",
        "bin.txt": b"\x00\x00",
        "lines.jsonl": '{"id": "l1", "text": "A."}\nnot json\n{"id": "l2", "text": "B."}\n{"id": "l1", "text": "A."}\n',
        "rows.csv": "id,text\nr1,Row one.\nr2,\n",
    }
    for name, data in inputs.items():
        write(tmp_path / name, data)
    arts = read_articles(tmp_path)
    errs = errors_table(arts)
    dropped = errs[errs["severity"] == "error"]
    # 2 text files, 2 good JSONL records, 1 good CSV row in the table ...
    assert sorted(arts["article_id"]) == ["l1", "l2", "ok1", "ok2", "r1"]
    # ... and empty.txt, bin.txt, the broken line, the duplicate and the empty row as errors.
    assert len(dropped) == 5


def test_records_and_strings():
    arts = analysis.articles_from_records([{"id": 7, "text": "Seven."}, {"text": "No id."}, "junk"])
    assert arts["article_id"].tolist() == ["7", "record-2"]
    assert messages(arts) == ["<records>:3: a str, not a dict"]
    with pytest.raises(ValueError):
        read_articles("x", errors="ignore")


@pytest.mark.parametrize("first, title", [
    ("Russia Pounds Ukraine's Power Grid as Kyiv Pleads for More Air Defense", True),
    ("How Much Has the West Spent on Ukraine?", True),
    ("Kyiv was quiet.", False),  # a sentence
    ("Russia pounds Ukraine's power grid as Kyiv pleads for air defense", False),  # sentence case: body text
    ("KYIV", False),  # one word
])
def test_a_title_case_first_line_of_plain_text_is_the_title(tmp_path, first, title):
    body = "Russian drones hit Kharkiv overnight.\n\nThe mayor said power was out."
    arts = read_articles(write(tmp_path / "a.txt", f"{first}\n\n{body}"))
    if title:
        assert (arts.loc[0, "title"], arts.loc[0, "text"]) == (first, body)
    else:
        assert (arts.loc[0, "title"], arts.loc[0, "text"]) == ("", f"{first}\n\n{body}")


@pytest.mark.parametrize("chunk", [1, 2, 4, 100])
def test_read_in_chunks_gives_the_table_of_read_articles_in_pieces(tmp_path, chunk):
    inputs = {
        "a.txt": "Fine article.",
        "b.jsonl": '{"id": "l1", "text": "A."}\nnot json\n{"id": "l2", "text": "B."}\n{"id": "l1", "text": "A."}\n'
                   '{"id": "l1", "text": "Other."}\n',
        "c.csv": "id,date,text\nr1,2024-02-30,Row one.\nr2,,\n",
        "d.txt": "",
    }
    for name, data in inputs.items():
        write(tmp_path / name, data)
    whole = read_articles(tmp_path)
    pieces = list(analysis.articles.read_in_chunks(tmp_path, chunk))
    assert [len(p) for p in pieces[:-1]] == [chunk] * (len(pieces) - 1) and 0 < len(pieces[-1]) <= chunk
    pd.testing.assert_frame_equal(pd.concat(pieces, ignore_index=True), whole)
    pd.testing.assert_frame_equal(errors_table(pieces[-1]), errors_table(whole))  # the last piece has every error


def test_read_in_chunks_reads_files_only_as_pieces_are_taken(tmp_path, monkeypatch):
    for i in range(3):
        write(tmp_path / f"{i}.jsonl", "".join(json.dumps({"id": f"{i}-{k}", "text": "Text."}) + "\n" for k in range(2)))
    read = []
    real = analysis.articles._decode
    monkeypatch.setattr(analysis.articles, "_decode", lambda data, source, batch: read.append(source) or real(data, source, batch))
    pieces = analysis.articles.read_in_chunks(tmp_path, 1)
    assert next(pieces)["article_id"].tolist() == ["0-0"]
    assert len(read) == 1  # one file read for the first piece
    assert [a for p in pieces for a in p["article_id"]] == ["0-1", "1-0", "1-1", "2-0", "2-1"]
    empty = list(analysis.articles.read_in_chunks(tmp_path / "none.txt", 5))
    assert len(empty) == 1 and len(empty[0]) == 0 and "no such file" in errors_table(empty[0])["message"][0]
