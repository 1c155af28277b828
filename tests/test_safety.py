"""Editors' safety: random edits survive rebuilds, killed builds leave parseable files, bad input
is refused with a clear message and nothing written."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

import pytest
import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from buildfakes import FakeMiner, fake_pipeline, snapshot, vocabulary, write_corpus
from glossary import store
from glossary.build import build_terms
from glossary.model import KINDS, STATUSES

TESTS = Path(__file__).resolve().parent

DOCS = {
    "a.txt": "据报道，“六小虎”中的零一万物最先表态。百模大戰已经结束了。\n"
             "深度求索(DeepSeek)发布了R1-Zero模型，引起关注。零一万物不服。",
    "b.txt": "六小虎各有打算。百模大战还在继续吗？\n"
             "DeepSeek的R1-zero也很强，后来R1-Zero开源了。\n"
             "深度求索是一家公司。月之暗面也是。月之暗面发布了Kimi。",
}
VOCAB = ["六小虎", "百模大战", "深度求索", "DeepSeek", "R1-Zero", "零一万物", "月之暗面", "Kimi"]


def pipeline():
    return fake_pipeline(VOCAB, mine=FakeMiner(VOCAB, spellings={"R1-zero": "R1-Zero"}))


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("safety")
    corpus = write_corpus(root / "corpus", DOCS)
    build_terms(corpus, root / "terms", pipeline=pipeline())
    return corpus, root / "terms"


text_value = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=20)
comment = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp")),
                  max_size=20)
edit = st.fixed_dictionaries({}, optional={
    "english": text_value,
    "alternatives": st.lists(text_value, max_size=3),
    "avoid": st.lists(text_value, max_size=2),
    "note": text_value,
    "status": st.sampled_from(STATUSES),
    "kind": st.sampled_from(KINDS),
    "pinyin": text_value,
    "variants": st.lists(st.sampled_from(VOCAB) | st.sampled_from(["R1-zero", "千问", "百模大戰"])
                         | text_value.filter(str.strip), max_size=2),
})
decoration = st.fixed_dictionaries({
    "comments": st.lists(st.tuples(st.integers(0, 12), comment), max_size=3),
    "blank_lines": st.integers(0, 2),
    "drop_mined": st.booleans(),
})


def apply_edit(path: Path, changes: dict, deco: dict) -> str:
    """Edit a term file as an editor might; return the editors' part as written."""
    head, sep, tail = path.read_text("utf-8").partition("\n[mined]\n")
    data = tomllib.loads(head)
    data.update(changes)
    lines = [line + "\n" for line in tomli_w.dumps(data).split("\n")[:-1]]
    for pos, text in sorted(deco["comments"], reverse=True):
        lines.insert(min(pos, len(lines)), f"# {text}\n")
    new_head = "".join(lines) + "\n" * deco["blank_lines"]
    rest = "" if deco["drop_mined"] or not sep else sep + tail
    path.write_text(new_head + rest, encoding="utf-8")
    return new_head


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=st.lists(st.tuples(st.integers(0, 100), edit, decoration), min_size=1, max_size=5))
def test_random_editor_edits_survive_rebuilds_byte_for_byte(base, edits):
    corpus, base_terms = base
    with tempfile.TemporaryDirectory() as tmp:
        terms = Path(tmp) / "terms"
        shutil.copytree(base_terms, terms)
        files = sorted(terms.glob("*.toml"))
        heads = {p.name: p.read_text("utf-8").partition("\n[mined]\n")[0] for p in files}
        for index, changes, deco in edits:
            path = files[index % len(files)]
            heads[path.name] = apply_edit(path, changes, deco)
        build_terms(corpus, terms, pipeline=pipeline())
        for name, head in heads.items():
            text = (terms / name).read_text("utf-8")
            assert text.startswith(head), name
            assert text[len(head):] == "" or text[len(head):].lstrip("\n").startswith("[mined]\n")
        after_first = snapshot(terms)
        build_terms(corpus, terms, pipeline=pipeline())
        assert snapshot(terms) == after_first          # and a second rebuild changes nothing


KILL_SCRIPT = """
import sys
sys.path.insert(0, {tests!r})
from buildfakes import line_pipeline
from glossary.build import build_terms
build_terms({corpus!r}, {terms!r}, pipeline=line_pipeline())
"""


def _kill_corpus(root: Path, words: list[str], round_: int) -> None:
    """Each word on two lines; words whose index matches the round get a third: every round
    changes the count of a third of the terms, so a build rewrites many files."""
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir(parents=True)
    for d in range(10):
        chunk = words[d::10]
        lines = chunk + chunk + [w for i, w in enumerate(chunk) if i % 3 == round_ % 3]
        (root / f"doc{d:02}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_a_build_killed_mid_write_leaves_every_file_parseable(tmp_path):
    words = vocabulary(1200)
    corpus, terms = tmp_path / "corpus", tmp_path / "terms"
    script = lambda: KILL_SCRIPT.format(tests=str(TESTS), corpus=str(corpus), terms=str(terms))  # noqa: E731
    _kill_corpus(corpus, words, 0)
    started = time.monotonic()
    subprocess.run([sys.executable, "-c", script()], check=True)
    full = time.monotonic() - started
    rng = random.Random(2024)
    before = {t.term: t.mined.count for t in store.load_terms(terms)}
    mid_write = 0
    for round_ in range(1, 13):                      # six rounds, more while kills miss the writes
        if round_ > 6 and mid_write >= 2:
            break
        _kill_corpus(corpus, words, round_)
        expected = {w: 3 if (i // 10) % 3 == round_ % 3 else 2 for i, w in enumerate(words)}
        proc = subprocess.Popen([sys.executable, "-c", script()])
        if round_ <= 2:                              # any moment of the build
            time.sleep(rng.uniform(0.3, 1.0) * full)
        else:                                        # once it has begun writing
            deadline = time.monotonic() + 3 * full
            while proc.poll() is None and time.monotonic() < deadline:
                if any(name.endswith(".tmp") for name in os.listdir(terms)):
                    break
                time.sleep(0.0005)
            time.sleep(rng.choice((0, 0, rng.uniform(0, 0.015))))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        loaded = store.load_terms(terms)            # raises on any half-written file
        assert len(loaded) == len(words)
        now = {t.term: t.mined.count for t in loaded}
        changing = [w for w in words if expected[w] != before[w]]
        done = sum(now[w] == expected[w] for w in changing)
        leftovers = [n for n in os.listdir(terms) if n.endswith(".tmp")]
        mid_write += bool(leftovers) or 0 < done < len(changing)
        before = now
    assert mid_write >= 2, f"only {mid_write} kills landed while files were being written"
    # the next complete build converges to exactly what a fresh build writes
    subprocess.run([sys.executable, "-c", script()], check=True)
    assert not list(terms.glob(".*")), "temporary files or lock left behind"
    # ... and to what the same builds write uninterrupted (first corpus, then the last one)
    final = corpus.with_name("final")
    shutil.copytree(corpus, final)
    _kill_corpus(corpus, words, 0)
    fresh = tmp_path / "fresh"
    for source in (corpus, final):
        subprocess.run([sys.executable, "-c", KILL_SCRIPT.format(
            tests=str(TESTS), corpus=str(source), terms=str(fresh))], check=True)
    assert {k: v[0] for k, v in snapshot(terms).items()} == {k: v[0] for k, v in snapshot(fresh).items()}


def test_failed_batch_write_leaves_old_or_new_files_and_no_temporaries(tmp_path, monkeypatch):
    targets = [tmp_path / f"t{i}.toml" for i in range(5)]
    for t in targets:
        t.write_text('term = "old"\n')
    real_replace, calls = os.replace, []

    def failing_replace(src, dst):
        calls.append(dst)
        if len(calls) == 3:
            raise OSError(28, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(OSError):
        store.atomic_write_many([(t, 'term = "new"\n') for t in targets])
    assert [t.read_text() for t in targets] == ['term = "new"\n'] * 2 + ['term = "old"\n'] * 3
    assert sorted(p.name for p in tmp_path.iterdir()) == [t.name for t in targets]
