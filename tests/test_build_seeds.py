"""End to end: the real pipeline builds the seed corpus (once per session) into a temporary terms/."""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path

import pytest

from buildfakes import snapshot
from glossary import store
from glossary.build import build_terms

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    terms = tmp_path_factory.mktemp("seed-build") / "terms"
    report = build_terms(SEEDS, terms)
    return report, terms


@pytest.fixture(scope="session")
def seed_terms(seed_build) -> dict[str, dict]:
    _, terms = seed_build
    return {p.stem: tomllib.loads(p.read_text("utf-8")) for p in sorted(terms.glob("*.toml"))}


def find(seed_terms: dict[str, dict], form: str) -> list[dict]:
    return [d for d in seed_terms.values()
            if form in (d["term"], d["traditional"], *d["variants"])]


def test_report_counts_the_seed_corpus(seed_build, seed_terms):
    report, _ = seed_build
    assert report.documents == 5 and report.characters > 20_000
    assert len(report.new) == report.terms == len(seed_terms) > 50


def test_coinage_in_quotes_is_a_term(seed_terms):
    [tigers] = find(seed_terms, "六小虎")
    assert tigers["term"] == "六小虎" and tigers["mined"]["count"] >= 2


def test_both_scripts_are_one_term_file(seed_terms):
    [war] = find(seed_terms, "百模大战")
    assert war["term"] == "百模大战" and war["traditional"] == "百模大戰"
    assert find(seed_terms, "百模大戰") == [war]


def test_case_variant_is_recorded_under_the_dominant_spelling(seed_terms):
    [zero] = find(seed_terms, "R1-Zero")
    assert zero["term"] == "R1-Zero" and "R1-zero" in zero["variants"]
    assert zero["pinyin"] == ""


def test_apposition_in_the_text_glosses_the_term(seed_terms):
    [deepseek] = find(seed_terms, "深度求索")
    assert deepseek["english"] == "DeepSeek"
    assert deepseek["mined"]["gloss_source"] == "corpus"


def test_every_file_is_valid_with_an_ascii_slug_and_good_contexts(seed_build, seed_terms):
    _, terms = seed_build
    for term in store.load_terms(terms):
        assert term.slug.isascii() and term.mined is not None
        contexts = term.mined.contexts
        assert 1 <= len(contexts) <= 3
        assert len({c.document for c in contexts}) == min(len(contexts), term.mined.documents)
        for c in contexts:
            assert (SEEDS / c.document).is_file() and c.line >= 1
            assert len(c.text) <= 120
            assert "(zh" not in c.text and "</p>" not in c.text


def test_rebuild_of_the_unchanged_seeds_changes_no_file(seed_build, tmp_path):
    _, built = seed_build
    terms = tmp_path / "terms"
    shutil.copytree(built, terms)
    before = snapshot(terms)
    report = build_terms(SEEDS, terms)
    assert snapshot(terms) == before, [c.term for c in report.updated + report.new]
    assert not (report.new or report.updated or report.dropped)


def test_another_process_writes_the_same_bytes(seed_build, tmp_path):
    """Deterministic byte for byte, whatever the string hash seed of the process."""
    import os
    import subprocess
    import sys

    _, built = seed_build
    terms = tmp_path / "terms"
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    subprocess.run([sys.executable, "-m", "glossary", "build", "--corpus", str(SEEDS), "--terms",
                    str(terms)], check=True, env=env, capture_output=True)
    strip = lambda snap: {k: v[0] for k, v in snap.items()}  # noqa: E731
    assert strip(snapshot(terms)) == strip(snapshot(built))
