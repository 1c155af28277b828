"""`glossary build` on the command line: summary, dry run, and the bad-input matrix.

The corpus reader is the real one; mining and glossing are stand-ins (tests/buildfakes.py) so that
these tests pin the command's behaviour, not the miner's current output.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from buildfakes import FakeMiner, fake_pipeline, snapshot
from glossary import corpus as corpus_module
from glossary.build import Pipeline
from glossary.cli import main
from glossary.lock import locked

GOLDEN = Path(__file__).resolve().parent / "golden"
VOCAB = ["六小虎", "百模大战", "深度求索", "DeepSeek", "R1-Zero", "Kimi"]
ARTICLE = ("据报道，“六小虎”中的零一万物最先表态。百模大戰已经结束了。\n"
           "深度求索(DeepSeek)发布了R1-Zero模型，六小虎和深度求索都很关注。\n")


@pytest.fixture(autouse=True)
def fake_mining(monkeypatch):
    def default() -> Pipeline:
        return fake_pipeline(VOCAB, mine=FakeMiner(VOCAB, spellings={"R1-zero": "R1-Zero"}),
                             read_corpus=corpus_module.read_corpus)
    monkeypatch.setattr(Pipeline, "default", staticmethod(default))


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (root / "b.md").write_text("六小虎各有打算。百模大战还在继续？DeepSeek的R1-zero也很强。\n",
                               encoding="utf-8")
    return root


def run(*args: str, env: dict | None = None):
    return CliRunner().invoke(main, ["build", *args], env=env,
                                             catch_exceptions=False)


def test_summary_line_matches_golden(corpus, tmp_path):
    result = run("--corpus", str(corpus), "--terms", str(tmp_path / "terms"))
    assert result.exit_code == 0 and result.stderr == ""     # no bar: stderr is not a terminal
    assert result.stdout == (GOLDEN / "build_summary.txt").read_text("utf-8")
    again = run("--corpus", str(corpus), "--terms", str(tmp_path / "terms"))
    assert again.stdout == (GOLDEN / "build_summary_again.txt").read_text("utf-8")


def test_dry_run_lists_changes_and_writes_nothing(corpus, tmp_path):
    terms = tmp_path / "terms"
    run("--corpus", str(corpus), "--terms", str(terms))
    (corpus / "b.md").write_text("六小虎。六小虎。R1-Zero来了，R1-Zero走了。\n", encoding="utf-8")
    (corpus / "a.txt").write_text(ARTICLE.replace("百模大戰", "大模型"), encoding="utf-8")
    (corpus / "c.txt").write_text("Kimi来了。Kimi走了。\n", encoding="utf-8")
    before = snapshot(terms)
    result = run("--corpus", str(corpus), "--terms", str(terms), "--dry-run")
    assert result.exit_code == 0
    assert result.stdout == (GOLDEN / "build_dry_run.txt").read_text("utf-8")
    assert snapshot(terms) == before


def test_corpus_and_terms_from_environment(corpus, tmp_path):
    terms = tmp_path / "env-terms"
    result = run(env={"GLOSSARY_CORPUS": str(corpus), "GLOSSARY_TERMS": str(terms)})
    assert result.exit_code == 0, result.stderr
    assert len(list(terms.glob("*.toml"))) == 5


@pytest.mark.parametrize("encoding, text", [
    ("gbk", "百模大战已经结束，六小虎各有打算。百模大战之后，六小虎怎么办？\n"),
    ("big5", "百模大戰已經結束，六小虎各有打算。百模大戰之後，六小虎怎麼辦？\n"),
    ("utf-16", "百模大战已经结束，六小虎各有打算。百模大战之后，六小虎怎么办？\n"),
    ("utf-8-sig", "百模大战已经结束，六小虎各有打算。百模大战之后，六小虎怎么办？\n"),
])
def test_corpus_files_in_other_encodings_are_read(tmp_path, encoding, text):
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "article.txt").write_bytes(text.encode(encoding))
    terms = tmp_path / "terms"
    result = run("--corpus", str(root), "--terms", str(terms))
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    files = {p.read_text("utf-8").split("\n")[0] for p in terms.glob("*.toml")}
    assert files == {'term = "百模大战"', 'term = "六小虎"'}
    contexts = "".join(p.read_text("utf-8") for p in terms.glob("*.toml"))
    assert text.split("，")[0] in contexts                    # original script kept in contexts


def test_binary_file_is_skipped_with_a_warning_naming_it(corpus, tmp_path):
    (corpus / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    result = run("--corpus", str(corpus), "--terms", str(tmp_path / "terms"))
    assert result.exit_code == 0
    assert "warning" in result.stderr and "image.txt" in result.stderr
    assert result.stdout.startswith("built 2 documents")


def test_empty_corpus_is_an_error(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    terms = tmp_path / "terms"
    result = run("--corpus", str(empty), "--terms", str(terms))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"glossary: {empty}: ") and "Traceback" not in result.stderr
    assert not terms.exists() or not any(terms.iterdir())


def test_missing_corpus_is_an_error(tmp_path):
    result = run("--corpus", str(tmp_path / "nope"), "--terms", str(tmp_path / "terms"))
    assert result.exit_code == 2 and str(tmp_path / "nope") in result.stderr


@pytest.mark.parametrize("content, message", [
    ('term = "六小虎"\nenglish = "Six\n', ":2:"),
    ('term = "六小虎"\nenglsh = "Six Little Tigers"\n', ":2:1: unknown key 'englsh'"),
])
def test_bad_term_file_exits_2_naming_file_line_and_nothing_is_written(corpus, tmp_path, content,
                                                                       message):
    terms = tmp_path / "terms"
    run("--corpus", str(corpus), "--terms", str(terms))
    (corpus / "c.txt").write_text("深度求索。深度求索。六小虎。\n", encoding="utf-8")
    (terms / "bad.toml").write_text(content, encoding="utf-8")
    before = snapshot(terms)
    result = run("--corpus", str(corpus), "--terms", str(terms))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"glossary: {terms / 'bad.toml'}{message}")
    assert result.stderr.count("\n") == 1
    assert snapshot(terms) == before


def test_second_concurrent_build_is_refused(corpus, tmp_path):
    terms = tmp_path / "terms"
    with locked(terms):
        result = run("--corpus", str(corpus), "--terms", str(terms))
    assert result.exit_code == 2
    assert result.stderr == (f"glossary: {terms}/: another build is running "
                             f"(lock held by pid {os.getpid()})\n")
    assert list(terms.glob("*.toml")) == []


def test_terms_path_that_is_a_file_is_refused(corpus, tmp_path):
    terms = tmp_path / "terms"
    terms.write_text("x")
    result = run("--corpus", str(corpus), "--terms", str(terms))
    assert result.exit_code == 2 and "is a file" in result.stderr
    assert terms.read_text() == "x"


@pytest.fixture
def read_only_terms(tmp_path):
    """A terms folder nobody may write to: chmod for ordinary users; for root, which ignores
    permission bits, the immutable attribute (skipped where the file system refuses it)."""
    terms = tmp_path / "terms"
    terms.mkdir()
    (terms / "kept.toml").write_text('term = "六小虎"\nenglish = "Six Little Tigers"\n')
    if os.geteuid() != 0:
        terms.chmod(0o555)
        yield terms
        terms.chmod(0o755)
        return
    if not shutil.which("chattr") or subprocess.run(["chattr", "+i", str(terms)],
                                                    capture_output=True).returncode:
        pytest.skip("running as root and cannot make a folder immutable here")
    try:
        yield terms
    finally:
        subprocess.run(["chattr", "-i", str(terms)], check=True)


def test_read_only_terms_folder_is_refused_with_nothing_written(corpus, read_only_terms):
    before = snapshot(read_only_terms)
    result = run("--corpus", str(corpus), "--terms", str(read_only_terms))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"glossary: {read_only_terms}/: cannot write to this folder")
    assert snapshot(read_only_terms) == before


def test_dry_run_works_on_a_read_only_terms_folder(corpus, read_only_terms):
    before = snapshot(read_only_terms)
    result = run("--corpus", str(corpus), "--terms", str(read_only_terms), "--dry-run")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[-1].startswith("would build 2 documents")
    assert "(count 3 -> 3)" not in result.stdout
    assert snapshot(read_only_terms) == before
