"""Golden cases for `glossary check`: tests/cases/<name>/{terms/, draft.md, source.txt, expected.txt}.

Each case runs `glossary check draft.md --source source.txt --terms terms` from inside its folder
(or the arguments in args.txt) and compares the uncoloured text output with expected.txt.
Set GLOSSARY_UPDATE_GOLDEN=1 to rewrite expected.txt after a deliberate change, then review the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from glossary.cli import main

CASES = sorted(p for p in (Path(__file__).parent / "cases").iterdir() if p.is_dir())


def case_args(case: Path) -> list[str]:
    args_file = case / "args.txt"
    if args_file.exists():
        return args_file.read_text(encoding="utf-8").split()
    args = ["draft.md"]
    if (case / "source.txt").exists():
        args += ["--source", "source.txt"]
    return args


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_golden_case(case: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(case)
    env = {"XDG_CACHE_HOME": str(tmp_path), "NO_COLOR": "1", "GLOSSARY_TERMS": None}
    result = CliRunner().invoke(main, ["check", *case_args(case), "--terms", "terms"], env=env)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    expected_file = case / "expected.txt"
    if os.environ.get("GLOSSARY_UPDATE_GOLDEN"):
        expected_file.write_text(result.stdout, encoding="utf-8")
    assert result.stdout == expected_file.read_text(encoding="utf-8")
    has_error = any(" error " in line for line in result.stdout.splitlines()[:-1])
    assert result.exit_code == (1 if has_error else 0)


def test_every_rule_is_covered() -> None:
    """The cases together exercise every rule (a guard against losing coverage when editing)."""
    text = "".join((c / "expected.txt").read_text(encoding="utf-8") for c in CASES)
    for rule in ("missing-term", "avoid-term", "wrong-case", "untranslated", "inconsistent"):
        assert f" {rule} " in text
    clean = [c for c in CASES if (c / "expected.txt").read_text(encoding="utf-8").startswith("no findings")]
    assert clean, "a clean draft must produce nothing"
