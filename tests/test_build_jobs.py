"""--jobs splits the work, never the result: the real pipeline writes the same bytes with worker
processes as without, and a build that fails part-way leaves terms/ as it was."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from buildfakes import fake_pipeline, line_pipeline, vocabulary, write_corpus
from glossary import build, corpus, mine, store
from glossary.build import build_terms
from glossary.workers import can_fork

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

needs_fork = pytest.mark.skipif(not can_fork(), reason="worker processes need fork")


def files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.fixture
def always_parallel(monkeypatch):
    """Seeds are far below the sizes at which the build forks workers: lower those sizes so that
    every stage that can run in workers does."""
    monkeypatch.setattr(corpus, "_PARALLEL_MIN", 1)
    monkeypatch.setattr(mine, "PARALLEL_LINES", 1)
    monkeypatch.setattr(build, "PARALLEL_TERMS", 1)


@needs_fork
def test_seed_build_is_byte_identical_with_workers(always_parallel, tmp_path):
    one = build_terms(SEEDS, tmp_path / "one", jobs=1)
    three = build_terms(SEEDS, tmp_path / "three", jobs=3)   # uneven shares of the work
    assert one.summary() == three.summary()
    assert files(tmp_path / "one") == files(tmp_path / "three")
    assert len(files(tmp_path / "one")) == one.terms > 50


@needs_fork
def test_rebuild_with_editor_changes_is_byte_identical_with_workers(always_parallel, tmp_path):
    first = tmp_path / "first"
    build_terms(SEEDS, first, jobs=1)
    # An editor approves one term and adds a variant spelling to another, and drops a file.
    paths = sorted(first.glob("*.toml"))
    approved, varied, removed = paths[0], paths[1], paths[2]
    approved.write_text(approved.read_text("utf-8").replace('status = "candidate"',
                                                              'status = "approved"'), "utf-8")
    text = varied.read_text("utf-8")
    varied.write_text(text.replace("variants = []", 'variants = ["某某写法"]', 1), "utf-8")
    removed.unlink()
    for jobs in (1, 2):
        shutil.copytree(first, tmp_path / f"re{jobs}")
        build_terms(SEEDS, tmp_path / f"re{jobs}", jobs=jobs)
    assert files(tmp_path / "re1") == files(tmp_path / "re2")
    assert removed.name in files(tmp_path / "re1")            # proposed again, as new


class Exploding:
    """A glosser that fails on its n-th term, as a bug in a late stage would."""

    def __init__(self, n: int):
        self.n = n

    def __call__(self, docs):
        return self

    def gloss(self, cand):
        self.n -= 1
        if self.n == 0:
            raise RuntimeError("boom")
        from buildfakes import FakeGlosser
        return FakeGlosser(None).gloss(cand)


def test_a_build_that_fails_part_way_writes_nothing(tmp_path):
    words = vocabulary(40)
    corpus_dir = write_corpus(tmp_path / "c", {"a.txt": "\n".join(words * 2)})
    terms = tmp_path / "terms"
    build_terms(corpus_dir, terms, pipeline=line_pipeline())
    before = files(terms)
    more = write_corpus(tmp_path / "c2", {"a.txt": "\n".join(vocabulary(80) * 2)})
    with pytest.raises(RuntimeError, match="boom"):
        build_terms(more, terms, pipeline=fake_pipeline([], mine=line_pipeline().mine,
                                                         glosser=Exploding(60)))
    assert files(terms) == before      # no new file, no changed file, no temporary left


def test_batch_abort_removes_temporaries_and_commit_renames(tmp_path):
    (tmp_path / "kept.toml").write_text("old\n", "utf-8")
    batch = store.AtomicBatch()
    batch.add(tmp_path / "kept.toml", "new\n")
    batch.add(tmp_path / "fresh.toml", "fresh\n")
    assert len(batch) == 2 and (tmp_path / "kept.toml").read_text("utf-8") == "old\n"
    batch.abort()
    assert files(tmp_path) == {"kept.toml": b"old\n"}
    batch = store.AtomicBatch()
    batch.add(tmp_path / "kept.toml", "new\n")
    batch.add(tmp_path / "fresh.toml", "fresh\n")
    done = []
    batch.commit(lambda n, total: done.append((n, total)))
    assert files(tmp_path) == {"fresh.toml": b"fresh\n", "kept.toml": b"new\n"}
    assert done == [(1, 2), (2, 2)]


def test_english_word_votes_do_not_depend_on_the_hash_seed():
    """Separate builds (and a build's workers on a platform that spawns them) run with different
    hash seeds: a tie between the dictionary's words must break the same way in every process."""
    import os
    import subprocess
    import sys

    code = ("from glossary import wordform\n"
            "print([wordform.edge_votes(w, True).most_common(2) for w in ('秒钟', '排面', '战士')])")
    root = Path(__file__).resolve().parent.parent
    runs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed,
                                "PYTHONPATH": str(root)}).stdout
            for seed in ("1", "2")}
    assert len(runs) == 1


def test_cli_default_jobs_uses_the_cpus_up_to_the_cap(monkeypatch, tmp_path):
    from click.testing import CliRunner

    from glossary import workers
    from glossary.cli import build as cli_build

    seen = []
    monkeypatch.setattr(cli_build, "build_terms", lambda *a, **kw: seen.append(kw["jobs"]) or
                        build_terms(SEEDS, tmp_path / "t", dry_run=True))
    for cpus, expected in ((1, 1), (2, 2), (64, workers.JOBS_MAX)):
        monkeypatch.setattr(workers, "available_cpus", lambda n=cpus: n)
        result = CliRunner().invoke(cli_build.build, ["--terms", str(tmp_path / "t")])
        assert result.exit_code == 0, result.output
    result = CliRunner().invoke(cli_build.build, ["--terms", str(tmp_path / "t"), "--jobs", "3"])
    assert seen == [1, 2, workers.JOBS_MAX, 3]


def _square_of_shared(i: int) -> tuple[int, int]:
    """A per-candidate function as ``mine._each`` runs them: reads its data from ``_SHARED``."""
    (values,) = mine._SHARED
    return i, values[i] * values[i]


@needs_fork
@pytest.mark.parametrize("jobs", [1, 2, 3])
def test_per_candidate_map_keeps_every_result_in_order(jobs):
    """The per-candidate stages (spellings and kind, score and keep) map over candidate indices
    in workers: every index comes back once, in order, whatever the number of workers."""
    values = list(range(1000, 1997))          # not a multiple of any share size
    got = mine._each(_square_of_shared, len(values), (values,), jobs, work=mine.PARALLEL_LINES)
    assert got == [(i, v * v) for i, v in enumerate(values)]
    assert mine._SHARED == ()                 # the workers' data is not kept alive afterwards
