"""The pre-commit hook a translation repository uses: what .pre-commit-hooks.yaml declares runs
`glossary check` on the changed Markdown files, as pre-commit would call it."""

from __future__ import annotations

import shlex
import subprocess
import sys
from pathlib import Path

from exchange_fixtures import write_glossary

HOOKS = Path(__file__).resolve().parent.parent / ".pre-commit-hooks.yaml"


def hook() -> dict[str, str]:
    """The hook's keys (the file is a flat YAML list of one mapping; no YAML library needed)."""
    found: dict[str, str] = {}
    for line in HOOKS.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        key, _, value = line.lstrip("- ").partition(":")
        found[key.strip()] = value.strip()
    return found


def test_hook_declaration() -> None:
    h = hook()
    assert h["id"] == "glossary-check"
    assert h["entry"] == "glossary check"
    assert h["language"] == "python"
    assert h["types"] == "[markdown]"


def test_hook_entry_checks_the_files_pre_commit_passes(tmp_path: Path) -> None:
    write_glossary(tmp_path / "terms")
    (tmp_path / "clean.md").write_text("DeepSeek released a model.\n", encoding="utf-8")
    (tmp_path / "bad.md").write_text("Deepseek released a model.\n", encoding="utf-8")
    program, *args = shlex.split(hook()["entry"])
    assert program == "glossary"
    command = [sys.executable, "-m", "glossary", *args]

    def run(*files: str) -> subprocess.CompletedProcess:
        return subprocess.run([*command, *files], cwd=tmp_path, capture_output=True, text=True)

    assert run("clean.md").returncode == 0
    failed = run("clean.md", "bad.md")
    assert failed.returncode == 1
    assert "bad.md" in failed.stdout and "clean.md" not in failed.stdout
