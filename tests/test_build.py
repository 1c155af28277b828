"""build_terms with stand-in miner and glosser: what a build writes and what it leaves alone."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from buildfakes import FakeMiner, fake_pipeline, snapshot, write_corpus
from glossary import store
from glossary.build import build_terms
from glossary.errors import LockedError, TermFileError
from glossary.lock import locked

DOCS = {
    "a.txt": "据报道，“六小虎”中的零一万物最先表态。百模大戰已经结束了。\n"
             "深度求索(DeepSeek)发布了R1-Zero模型，引起关注。",
    "b.txt": "六小虎各有打算。百模大战还在继续吗？\n"
             "DeepSeek的R1-zero也很强，后来R1-Zero开源了。\n"
             "深度求索是一家公司。",
}
VOCAB = ["六小虎", "百模大战", "深度求索", "DeepSeek", "R1-Zero", "零一万物"]


def pipeline(**kw):
    kw.setdefault("mine", FakeMiner(VOCAB, spellings={"R1-zero": "R1-Zero"}))
    return fake_pipeline(VOCAB, **kw)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "corpus", DOCS)


def build(corpus: Path, terms: Path, **kw):
    kw.setdefault("pipeline", pipeline())
    return build_terms(corpus, terms, **kw)


def load(terms: Path) -> dict[str, dict]:
    return {p.stem: tomllib.loads(p.read_text("utf-8")) for p in sorted(terms.glob("*.toml"))}


def by_term(terms: Path) -> dict[str, dict]:
    return {d["term"]: d for d in load(terms).values()}


def test_first_build_writes_one_file_per_term_with_suggestions(corpus, tmp_path):
    terms = tmp_path / "terms"
    report = build(corpus, terms)
    got = by_term(terms)
    assert sorted(got) == sorted(VOCAB[:5])          # 零一万物 occurs once: below min_count
    assert report.documents == 2 and report.characters == sum(map(len, DOCS.values()))
    assert len(report.new) == 5 and not report.updated and report.terms == 5
    war = got["百模大战"]
    assert war["traditional"] == "百模大戰" and war["variants"] == []
    assert war["status"] == "candidate" and war["note"] == ""
    assert war["english"] == war["mined"]["suggestions"][0]
    assert war["mined"]["count"] == 2 and war["mined"]["documents"] == 2
    assert {c["document"] for c in war["mined"]["contexts"]} == {"a.txt", "b.txt"}
    zero = got["R1-Zero"]
    assert zero["variants"] == ["R1-zero"] and zero["traditional"] == "R1-Zero"
    assert zero["mined"]["count"] == 3 and zero["pinyin"] == ""
    tiger = got["六小虎"]
    assert tiger["traditional"] == "六小虎"          # OpenCC s2t when the corpus has no other form
    assert [c["text"] for c in tiger["mined"]["contexts"]] == [
        "据报道，“六小虎”中的零一万物最先表态。", "六小虎各有打算。"]


def test_contexts_come_from_different_documents_first(tmp_path):
    corpus = write_corpus(tmp_path / "c", {
        "a.txt": "甲术语一。\n甲术语二。\n甲术语三。\n甲术语四。",
        "b.txt": "乙说甲术语。",
    })
    build(corpus, tmp_path / "t", pipeline=pipeline(mine=FakeMiner(["甲术语"])))
    contexts = by_term(tmp_path / "t")["甲术语"]["mined"]["contexts"]
    assert [(c["document"], c["line"]) for c in contexts] == [("a.txt", 1), ("b.txt", 1), ("a.txt", 2)]


def test_rebuild_of_unchanged_corpus_touches_no_file(corpus, tmp_path):
    terms = tmp_path / "terms"
    build(corpus, terms)
    before = snapshot(terms)
    report = build(corpus, terms)
    assert snapshot(terms) == before
    assert len(report.unchanged) == 5 and not (report.new or report.updated or report.dropped)


def test_editor_keys_survive_a_rebuild_byte_for_byte(corpus, tmp_path):
    terms = tmp_path / "terms"
    build(corpus, terms)
    path = next(p for p in terms.glob("*.toml") if "百模大战" in p.read_text("utf-8"))
    text = path.read_text("utf-8")
    head, mined = text.split("[mined]", 1)
    edited = ("# reviewed by the desk\n" + head.replace('english = "', "english = 'War of a Hundred Models' # was \"")
              .replace('status = "candidate"', "status   =   'approved'"))
    stale = mined.replace("count = 2", "count = 99")
    path.write_text(edited + "[mined]" + stale, encoding="utf-8")
    report = build(corpus, terms)
    new = path.read_text("utf-8")
    assert new.startswith(edited)
    assert new[len(edited):] == "[mined]" + mined
    assert [c.slug for c in report.updated] == [path.stem]


def test_rejected_term_is_not_proposed_again(corpus, tmp_path):
    terms = tmp_path / "terms"
    build(corpus, terms)
    path = next(p for p in terms.glob("*.toml") if '"六小虎"' in p.read_text("utf-8"))
    path.write_text(path.read_text("utf-8").replace('status = "candidate"', 'status = "rejected"'),
                    encoding="utf-8")
    report = build(corpus, terms)
    assert not report.new
    tigers = [d for d in load(terms).values() if d["term"] == "六小虎"]
    assert len(tigers) == 1 and tigers[0]["status"] == "rejected"


def test_term_gone_from_corpus_keeps_its_file_with_count_zero(corpus, tmp_path):
    terms = tmp_path / "terms"
    build(corpus, terms)
    before = by_term(terms)["深度求索"]
    for name in DOCS:
        (corpus / name).write_text(DOCS[name].replace("深度求索", "某公司"), encoding="utf-8")
    report = build(corpus, terms)
    after = by_term(terms)["深度求索"]
    assert after["mined"]["count"] == 0 and after["mined"]["documents"] == 0
    assert after["mined"]["contexts"] == before["mined"]["contexts"]   # kept: where it used to be
    assert [c.term for c in report.dropped] == ["深度求索"]
    again = build(corpus, terms)
    assert not again.dropped and len(again.unchanged) == 5


def test_hand_made_term_gets_mined_when_the_corpus_has_it(corpus, tmp_path):
    terms = tmp_path / "terms"
    terms.mkdir()
    hand = '# added by hand\nterm = "零一万物"\nenglish = "01.AI"\nkind = "organization"\n'
    (terms / "01ai.toml").write_text(hand, encoding="utf-8")
    absent = 'term = "不存在的词"\nenglish = "absent"\n'
    (terms / "absent.toml").write_text(absent, encoding="utf-8")
    miner = FakeMiner(VOCAB, spellings={"R1-zero": "R1-Zero"})
    build(corpus, terms, pipeline=pipeline(mine=miner), min_count=2)
    text = (terms / "01ai.toml").read_text("utf-8")
    assert text.startswith(hand + "\n[mined]\n")
    data = tomllib.loads(text)
    assert data["mined"]["count"] == 1 and data["mined"]["contexts"][0]["document"] == "a.txt"
    assert (terms / "absent.toml").read_text("utf-8") == absent    # not in corpus: untouched
    assert "零一万物" in miner.calls[0]["user_words"]               # hand-made terms segment whole
    assert len([d for d in load(terms).values() if d["term"] == "零一万物"]) == 1


def test_editor_variant_counts_toward_its_term(tmp_path):
    corpus = write_corpus(tmp_path / "c", {"a.txt": "通义千问很好。通义千问很强。千问也不错。千问再来。"})
    terms = tmp_path / "t"
    vocab = ["通义千问", "千问"]
    build(corpus, terms, pipeline=pipeline(mine=FakeMiner(vocab)))
    assert sorted(by_term(terms)) == ["千问", "通义千问"]
    # an editor says 千问 is a variant of 通义千问 and deletes its file
    path = next(p for p in terms.glob("*.toml") if 'term = "通义千问"' in p.read_text("utf-8"))
    path.write_text(path.read_text("utf-8").replace("variants = []", 'variants = ["千问"]'),
                    encoding="utf-8")
    next(p for p in terms.glob("*.toml") if 'term = "千问"' in p.read_text("utf-8")).unlink()
    miner = FakeMiner(vocab)
    report = build(corpus, terms, pipeline=pipeline(mine=miner))
    assert miner.calls[0]["aliases"] == {"千问": "通义千问"}
    assert not report.new and sorted(by_term(terms)) == ["通义千问"]
    assert by_term(terms)["通义千问"]["mined"]["count"] == 4


def test_candidate_matches_existing_file_by_any_form(corpus, tmp_path):
    terms = tmp_path / "terms"
    terms.mkdir()
    (terms / "war.toml").write_text('term = "百模大戰"\nvariants = ["百模之战"]\n', encoding="utf-8")
    report = build(corpus, terms)
    assert "war" not in {c.slug for c in report.new}
    assert len([d for d in load(terms).values() if "百模" in d["term"]]) == 1
    assert load(terms)["war"]["mined"]["count"] == 2


def test_slugs_are_unique_stable_and_confined(tmp_path):
    corpus = write_corpus(tmp_path / "c", {"a.txt": "甲乙甲乙丙丁丙丁戊己戊己"})
    terms = tmp_path / "terms"
    slugs = {"甲乙": "../../evil", "丙丁": "..", "戊己": "/etc/passwd"}
    pipe = pipeline(mine=FakeMiner([*slugs, "庚辛"]), slug=lambda t, k: slugs[t])
    build(corpus, terms, pipeline=pipe)
    names = sorted(p.name for p in terms.iterdir())
    assert names == ["etc-passwd.toml", "evil.toml", "term.toml"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c", "terms"]
    # a colliding slug gets a suffix; existing files keep theirs
    write_corpus(corpus, {"b.txt": "庚辛庚辛"})
    slugs["庚辛"] = "EVIL"
    report = build(corpus, terms, pipeline=pipe)
    assert [(c.slug, c.term) for c in report.new] == [("evil-2", "庚辛")]
    assert by_term(terms)["甲乙"] == load(terms)["evil"]


def test_dry_run_reports_and_writes_nothing(corpus, tmp_path):
    terms = tmp_path / "terms"
    report = build(corpus, terms, dry_run=True)
    assert not terms.exists()
    assert report.dry_run and len(report.new) == 5
    assert report.summary().startswith("would build 2 documents")
    build(corpus, terms)
    before = snapshot(terms)
    (corpus / "a.txt").write_text(DOCS["a.txt"].replace("深度求索", "某公司"), encoding="utf-8")
    (corpus / "b.txt").write_text(DOCS["b.txt"].replace("深度求索", "某公司"), encoding="utf-8")
    report = build(corpus, terms, dry_run=True)
    assert [c.term for c in report.dropped] == ["深度求索"]
    assert snapshot(terms) == before


@pytest.mark.parametrize("bad, where", [
    ('term = "x"\nenglish = "unclosed\n', ":2:"),
    ('term = "x"\ncolour = "red"\n', ":2"),
    ('term = "x"\nstatus = "maybe"\n', ":2"),
    ('english = "no term"\n', "z.toml"),
])
def test_bad_term_file_stops_the_build_before_anything_is_written(corpus, tmp_path, bad, where):
    terms = tmp_path / "terms"
    build(corpus, terms)
    (corpus / "c.txt").write_text("六小虎又来了，六小虎。", encoding="utf-8")
    (terms / "z.toml").write_text(bad, encoding="utf-8")
    before = snapshot(terms)
    with pytest.raises(TermFileError) as err:
        build(corpus, terms)
    assert f"{terms / 'z.toml'}{where}" in str(err.value) or str(err.value).startswith(
        str(terms / "z.toml"))
    assert where in str(err.value)
    assert snapshot(terms) == before


def test_second_build_while_locked_fails_with_pid(corpus, tmp_path):
    terms = tmp_path / "terms"
    with locked(terms):
        before = snapshot(terms)
        with pytest.raises(LockedError) as err:
            build(corpus, terms)
        assert snapshot(terms) == before
    import os
    assert str(err.value) == f"{terms}/: another build is running (lock held by pid {os.getpid()})"
    build(corpus, terms)                         # released: the next build runs
    assert not (terms / ".lock").exists()


def test_lock_left_by_a_dead_build_is_taken_over(corpus, tmp_path):
    terms = tmp_path / "terms"
    terms.mkdir()
    (terms / ".lock").write_text("999999999\n")
    (terms / ".x.toml.abc123.tmp").write_text("half a fi")   # debris of a killed build
    report = build(corpus, terms)
    assert len(report.new) == 5
    assert sorted(p.name for p in terms.iterdir() if p.name.startswith(".")) == []
    assert report.warnings == (f"{terms}/: removed 1 temporary file(s) left by an interrupted build",)


def test_terms_path_that_is_a_file_is_an_error(corpus, tmp_path):
    terms = tmp_path / "terms"
    terms.write_text("not a folder")
    with pytest.raises(TermFileError, match="not a directory"):
        build(corpus, terms)
    assert terms.read_text() == "not a folder"


def test_output_is_deterministic_across_fresh_builds(corpus, tmp_path):
    build(corpus, tmp_path / "one")
    build(corpus, tmp_path / "two")
    strip = lambda snap: {k: v[0] for k, v in snap.items()}  # noqa: E731
    assert strip(snapshot(tmp_path / "one")) == strip(snapshot(tmp_path / "two"))


def test_store_reads_what_build_writes(corpus, tmp_path):
    terms = tmp_path / "terms"
    build(corpus, terms)
    for term in store.load_terms(terms):
        assert store.dumps(term) == (terms / f"{term.slug}.toml").read_text("utf-8")


def test_recorded_case_variants_are_not_fed_back_as_aliases(corpus, tmp_path):
    """The miner merges R1-zero into R1-Zero itself; feeding the variant the first build recorded
    back as an alias must not be what makes the second build differ."""
    terms = tmp_path / "terms"
    build(corpus, terms)
    miner = FakeMiner(VOCAB, spellings={"R1-zero": "R1-Zero"})
    build(corpus, terms, pipeline=pipeline(mine=miner))
    assert by_term(terms)["R1-Zero"]["variants"] == ["R1-zero"]
    assert miner.calls[0]["aliases"] == {} and miner.calls[0]["user_words"] == ()


def test_jobs_split_the_work_without_changing_a_byte(tmp_path):
    from buildfakes import line_pipeline, vocabulary

    words = vocabulary(300)
    corpus = write_corpus(tmp_path / "c", {f"d{i}.txt": "\n".join(words[i::3] * 2) for i in range(3)})
    build_terms(corpus, tmp_path / "one", pipeline=line_pipeline(), jobs=1)
    build_terms(corpus, tmp_path / "two", pipeline=line_pipeline(), jobs=2)
    strip = lambda snap: {k: v[0] for k, v in snap.items()}  # noqa: E731
    assert len(strip(snapshot(tmp_path / "one"))) == 300
    assert strip(snapshot(tmp_path / "one")) == strip(snapshot(tmp_path / "two"))


def test_duplicate_and_blank_candidates_from_the_miner_make_one_file_or_none(corpus, tmp_path):
    from glossary.model import Candidate, Occurrence

    def miner(docs, **kw):
        occ = [Occurrence("a.txt", 1, 5, 8)]
        return [Candidate("六小虎", {"六小虎": 1}, 1, 1, 0.9, "jargon", occ),
                Candidate("  ", {"  ": 3}, 3, 1, 0.8, "jargon", occ),
                Candidate("六小虎", {"六小虎": 1}, 1, 1, 0.5, "jargon",
                          [Occurrence("b.txt", 1, 0, 3)])]
    report = build(corpus, tmp_path / "t", pipeline=pipeline(mine=miner))
    assert [c.term for c in report.new] == ["六小虎"]
    [tiger] = load(tmp_path / "t").values()
    assert tiger["mined"]["count"] == 2 and tiger["mined"]["documents"] == 2
