"""`glossary check`: rules on a real translation, output formats, exit codes, bad input, the cache."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary.check import check
from glossary.cli import main
from glossary.index import cache_path, load_index
from glossary.report import format_github, format_text

CASES = Path(__file__).parent / "cases"
REAL = CASES / "clean-translation"
SEED_004 = Path(__file__).resolve().parent.parent / "seeds" / "004_8ec6fcaf135c6094.txt"


@pytest.fixture(params=["clean-translation"])
def real(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of a real-translation case in a temporary folder, with a private cache."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("GLOSSARY_TERMS", raising=False)
    work = tmp_path / "case"
    shutil.copytree(CASES / request.param, work)
    monkeypatch.chdir(work)
    return work


def run(*args: str):
    return CliRunner().invoke(main, ["check", *args])


def rules(findings) -> list[tuple[str, str]]:
    return [(f.rule, f.level) for f in findings]


# -- a professional translation and its typical slips -------------------------------------------

def test_real_translation_has_no_findings(real: Path) -> None:
    assert check(["draft.md"], "terms", source="source.txt") == []


SLIPS = [
    ("clean-translation", "Kai-Fu Lee", "Kai-fu Lee", ("wrong-case", "error")),
    ("clean-translation", "Baichuan AI,\nStepFun", "Baichuan AI,\nStepfun", ("wrong-case", "error")),
    ("clean-translation", "the so-called Six Little Tigers", "the so-called Six Small Tigers",
     ("avoid-term", "error")),
    ("clean-translation", "01.AI and Alibaba Cloud set up", "01.AI and a partner set up",
     ("missing-term", "error")),
    ("clean-translation", "suspended pre-training work", "suspended early work",
     ("missing-term", "error")),
    ("clean-translation", "version of ChatGPT", "version of OpenAI's chatbot",
     ("missing-term", "warning")),
    ("clean-translation", "the Six Little Tigers — Zhipu", "the AI Tigers — Zhipu",
     ("inconsistent", "warning")),
    ("clean-translation", "released R1", "released R1 (深度求索)", ("untranslated", "warning")),
    ("clean-translation-traditional", "world of Silicon Valley", "world of Silicon valley",
     ("wrong-case", "error")),
    ("clean-translation-traditional", "Marc Andreessen", "Marc Andreesen", ("missing-term", "error")),
    ("clean-translation-traditional", "a\nGoogle executive's", "an\nAlphabet executive's",
     ("missing-term", "error")),
    ("clean-translation-traditional", 'AI\'s "Sputnik\nmoment"', 'AI\'s "Sputnik\nMoment"',
     ("wrong-case", "error")),
]


@pytest.mark.parametrize("case, old, new, expected", SLIPS)
def test_each_slip_in_a_real_translation_is_caught(case: str, old: str, new: str,
                                                   expected: tuple[str, str], tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    work = tmp_path / "case"
    shutil.copytree(CASES / case, work)
    draft = work / "draft.md"
    text = draft.read_text(encoding="utf-8")
    assert old in text
    draft.write_text(text.replace(old, new, 1), encoding="utf-8")
    found = check([draft], work / "terms", source=work / "source.txt")
    assert rules(found) == [expected], found


def test_acronym_alternative_alone_is_fine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """"AGI" (an accepted alternative) instead of "artificial general intelligence (AGI)"."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    work = tmp_path / "case"
    shutil.copytree(CASES / "clean-translation-traditional", work)
    draft = work / "draft.md"
    text = draft.read_text(encoding="utf-8")
    assert "build\nartificial general intelligence (AGI)" in text
    draft.write_text(text.replace("build\nartificial general intelligence (AGI)", "build AGI"),
                     encoding="utf-8")
    assert check([draft], work / "terms", source=work / "source.txt") == []


def test_real_translation_against_traditional_source(real: Path) -> None:
    """The same draft checked against the whole source converted to traditional script."""
    from glossary.script import to_traditional

    src = real / "source.txt"
    src.write_text(to_traditional(src.read_text(encoding="utf-8")), encoding="utf-8")
    assert check(["draft.md"], "terms", source="source.txt") == []


# -- output formats and exit status ----------------------------------------------------------

@pytest.fixture
def slips(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("GLOSSARY_TERMS", raising=False)
    monkeypatch.chdir(CASES / "real-translation-slips")
    return CASES / "real-translation-slips"


def test_json_output_has_the_spec_shape(slips: Path) -> None:
    result = run("draft.md", "--source", "source.txt", "--format", "json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert set(data) == {"findings", "summary"}
    assert data["summary"] == {"error": 4, "warning": 0}
    for f in data["findings"]:
        assert set(f) == {"rule", "level", "file", "line", "column", "message", "term",
                          "expected", "source"}
    missing = next(f for f in data["findings"] if f["rule"] == "missing-term")
    assert missing == {
        "rule": "missing-term", "level": "error", "file": "draft.md", "line": 5, "column": 1,
        "message": '阿里云 → "Alibaba Cloud" (source line 3)', "term": "阿里云",
        "expected": "Alibaba Cloud", "source": {"file": "source.txt", "line": 3}}


def test_github_output(slips: Path) -> None:
    result = run("draft.md", "--source", "source.txt", "--format", "github")
    lines = result.stdout.splitlines()
    assert len(lines) == 4
    assert lines[1] == ('::error file=draft.md,line=5,col=1,title=missing-term::'
                        '阿里云 → "Alibaba Cloud" (source line 3)')


def test_github_escapes_properties_and_data() -> None:
    from glossary.findings import Finding

    out = format_github([Finding("a,b:c.md", 1, 2, "untranslated", "warning", "50% done\nok")])
    assert out == "::warning file=a%2Cb%3Ac.md,line=1,col=2,title=untranslated::50%25 done%0Aok\n"


def test_text_colour_only_when_asked(slips: Path) -> None:
    findings = check(["draft.md"], "terms", source="source.txt")
    assert "\x1b[" in format_text(findings, colour=True)
    plain = format_text(findings, colour=False)
    assert "\x1b[" not in plain
    assert plain.splitlines()[-1] == "4 errors, 0 warnings in 1 draft"
    # NO_COLOR is set by the fixture; CliRunner is not a terminal either: no escapes.
    assert "\x1b[" not in run("draft.md", "--source", "source.txt").stdout


@pytest.mark.parametrize("case, fail_on, code", [
    ("real-translation-slips", "error", 1),
    ("real-translation-slips", "never", 0),
    ("inconsistent", "error", 0),       # warnings only
    ("inconsistent", "warning", 1),
    ("clean-translation", "warning", 0),
])
def test_fail_on_threshold(case: str, fail_on: str, code: int, tmp_path: Path,
                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.chdir(CASES / case)
    result = run("draft.md", "--source", "source.txt", "--terms", "terms", "--fail-on", fail_on)
    assert result.exit_code == code, result.output


# -- bad input: exit 2, a message naming the file, no traceback, no output -----------------------

def test_missing_draft_is_exit_2_naming_it(real: Path) -> None:
    result = run("draft.md", "nothere.md", "--source", "source.txt")
    assert result.exit_code == 2
    assert "nothere.md" in result.stderr and "Traceback" not in result.output
    assert result.stdout == ""  # the first draft's findings are not half-reported


def test_missing_source_is_exit_2(real: Path) -> None:
    result = run("draft.md", "--source", "gone.txt")
    assert result.exit_code == 2
    assert "gone.txt" in result.stderr


def test_front_matter_source_missing_names_the_draft_line(real: Path) -> None:
    (real / "fm.md").write_text("---\ntitle: x\nsource: lost/original.txt\n---\nText.\n",
                                encoding="utf-8")
    result = run("fm.md")
    assert result.exit_code == 2
    assert result.stderr.startswith("glossary: fm.md:3: ")
    assert os.path.join("lost", "original.txt") in result.stderr


def test_binary_draft_is_exit_2(real: Path) -> None:
    (real / "image.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    result = run("image.md")
    assert result.exit_code == 2
    assert "image.md" in result.stderr


def test_bad_term_file_is_exit_2_naming_file_and_line(real: Path) -> None:
    (real / "terms" / "broken.toml").write_text('term = "坏"\nenglish = 5\n', encoding="utf-8")
    result = run("draft.md", "--source", "source.txt")
    assert result.exit_code == 2
    assert "broken.toml:2" in result.stderr


def test_terms_path_that_is_a_file_is_exit_2(real: Path) -> None:
    result = run("draft.md", "--terms", "source.txt")
    assert result.exit_code == 2
    assert "source.txt" in result.stderr


def test_missing_terms_folder_is_exit_2(real: Path) -> None:
    result = run("draft.md", "--terms", "no-such-terms")
    assert result.exit_code == 2
    assert "no-such-terms" in result.stderr


def test_draft_in_gb18030_is_read(real: Path) -> None:
    text = (real / "draft.md").read_text(encoding="utf-8") + "\n留下的中文。\n"
    (real / "gbk.md").write_bytes(text.encode("gb18030"))
    found = check(["gbk.md"], "terms", source="source.txt")
    assert rules(found) == [("untranslated", "warning")]


# -- the cached index ---------------------------------------------------------------------------

def test_index_is_cached_and_invalidated_by_edits(real: Path) -> None:
    terms = real / "terms"
    load_index(terms)
    assert cache_path(terms).is_file()
    assert check(["draft.md"], terms, source="source.txt") == []
    # An editor changes a rendering: the cache must not hide it.
    path = terms / "a-li-yun.toml"
    path.write_text(path.read_text(encoding="utf-8").replace("Alibaba Cloud", "Aliyun"),
                    encoding="utf-8")
    assert rules(check(["draft.md"], terms, source="source.txt")) == [("missing-term", "error")]
    # ... and removes the term altogether.
    path.unlink()
    assert check(["draft.md"], terms, source="source.txt") == []


def test_corrupt_cache_is_rebuilt(real: Path) -> None:
    terms = real / "terms"
    load_index(terms)
    cache_path(terms).write_bytes(b"not a pickle")
    assert check(["draft.md"], terms, source="source.txt") == []


def test_read_only_terms_and_unwritable_cache(real: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = real / "not-a-dir"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))  # the cache folder cannot be created
    terms = real / "terms"
    os.chmod(terms, 0o555)
    try:
        result = run("draft.md", "--source", "source.txt", "--terms", str(terms))
    finally:
        os.chmod(terms, 0o755)
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in terms.iterdir() if p.name.startswith(".")) == []


def test_check_path_imports_neither_jieba_nor_pypinyin(tmp_path: Path) -> None:
    """Checking against a damaged traditional original (inline pinyin, mojibake) stays light."""
    draft = tmp_path / "draft.md"
    draft.write_text("The Six Little Tigers 六小虎.\n", encoding="utf-8")
    code = (
        "import sys\n"
        "from glossary.cli import main\n"
        f"args = ['check', {str(draft)!r}, '--source', {str(SEED_004)!r}, "
        f"'--terms', {str(CASES / 'clean-translation' / 'terms')!r}, '--fail-on', 'never']\n"
        "try:\n    main(args)\nexcept SystemExit as e:\n    assert e.code in (0, None), e.code\n"
        "bad = [m for m in ('jieba', 'pypinyin') if m in sys.modules]\n"
        "assert not bad, bad\n")
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path / "cache"))
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert proc.returncode == 0, proc.stderr
    assert "六小虎" in proc.stdout


# -- robustness ---------------------------------------------------------------------------------

_PIECES = ["Six Little Tigers", "six small tigers", "DeepSeek", "Deepseek", "large-model", "AI",
           "大模型", "六小虎", "`code`", "**", "_", "[link](http://x.y/z)", "<!--", "-->", "\n",
           "\n\n", "# ", "- ", "> ", "```", "|", "'s", " ", ".", "(", ")", "---\n", "\t", "MAIN"]


@pytest.fixture(scope="module")
def small_index(tmp_path_factory: pytest.TempPathFactory):
    return load_index(CASES / "clean-translation" / "terms", use_cache=False)


@given(st.lists(st.sampled_from(_PIECES), max_size=40))
@settings(max_examples=150, deadline=None)
def test_any_draft_gives_findings_inside_the_file(small_index, pieces: list[str]) -> None:
    from glossary.check import check_draft
    from glossary.draft import parse_draft
    from glossary.source import parse_source

    text = "".join(pieces)
    draft = parse_draft(text, "d.md")
    source = parse_source("六小虎和大模型。\nDeepSeek。\n", "s.txt")
    lines = text.replace("\r\n", "\n").split("\n")
    for f in check_draft(draft, small_index, source):
        assert 1 <= f.line <= len(lines)
        assert 1 <= f.column <= max(1, len(lines[f.line - 1]))
