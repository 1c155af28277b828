"""Formatting findings: text (compiler style), json (SPEC shape), github (workflow commands)."""

from __future__ import annotations

import json
from collections import Counter

from glossary.findings import Finding

FORMATS = ("text", "json", "github")
_COLOURS = {"error": "red", "warning": "yellow"}


def summary(findings: list[Finding]) -> dict[str, int]:
    counts = Counter(f.level for f in findings)
    return {"error": counts["error"], "warning": counts["warning"]}


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def format_text(findings: list[Finding], *, drafts: int = 1, colour: bool = False) -> str:
    """One line per finding, ``draft.md:12:5: error missing-term …``, then a summary line."""
    import click

    lines = []
    for f in findings:
        where = f"{f.file}:{f.line}:{f.column}:"
        level = f.level
        if colour:
            where = click.style(where, bold=True)
            level = click.style(level, fg=_COLOURS[f.level], bold=True)
        lines.append(f"{where} {level} {f.rule} {f.message}")
    counts = summary(findings)
    checked = _plural(drafts, "draft")
    if findings:
        lines.append(f"{_plural(counts['error'], 'error')}, "
                     f"{_plural(counts['warning'], 'warning')} in {checked}")
    else:
        lines.append(f"no findings in {checked}")
    return "\n".join(lines) + "\n"


def format_json(findings: list[Finding]) -> str:
    """The SPEC object: ``{"findings": [...], "summary": {"error": n, "warning": n}}``."""
    data = {"findings": [f.to_dict() for f in findings], "summary": summary(findings)}
    return json.dumps(data, ensure_ascii=False) + "\n"


def _escape_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(s: str) -> str:
    return _escape_data(s).replace(":", "%3A").replace(",", "%2C")


def format_github(findings: list[Finding]) -> str:
    """GitHub Actions workflow commands: ``::error file=…,line=…,col=…,title=…::message``."""
    out = []
    for f in findings:
        props = (f"file={_escape_property(f.file)},line={f.line},col={f.column},"
                 f"title={_escape_property(f.rule)}")
        out.append(f"::{f.level} {props}::{_escape_data(f.message)}")
    return "".join(line + "\n" for line in out)


def render(findings: list[Finding], fmt: str, *, drafts: int = 1, colour: bool = False) -> str:
    if fmt == "json":
        return format_json(findings)
    if fmt == "github":
        return format_github(findings)
    return format_text(findings, drafts=drafts, colour=colour)
