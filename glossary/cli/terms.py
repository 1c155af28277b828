"""`glossary show`, `glossary search`, `glossary validate`: consult and lint the term files."""

from __future__ import annotations

import json
import os
import sys
import unicodedata
from pathlib import Path

import click

from glossary.cli.options import terms_option
from glossary.errors import TermFileError
from glossary.model import Term
from glossary.query import Hit, lookup, search, suggest, term_json, term_path
from glossary.termcache import load_terms_cached
from glossary.validate import validate

LABEL_WIDTH = 14
COLUMN_CAPS = (16, 24, 40)   # search columns: term, pinyin, English
STATUS_COLORS = {"approved": "green", "candidate": "yellow", "rejected": "red"}


def _color() -> bool | None:
    """None lets click decide (styled on a terminal); NO_COLOR turns styling off."""
    return False if os.environ.get("NO_COLOR") else None


def _echo(text: str = "", err: bool = False) -> None:
    click.echo(text, err=err, color=_color())


def _load(terms_dir: Path) -> list[Term]:
    if not terms_dir.is_dir():
        raise TermFileError("no such folder of term files (use --terms DIR)", terms_dir)
    return load_terms_cached(terms_dir)


def width(s: str) -> int:
    """Columns s takes on a terminal: CJK wide characters count two, combining marks none."""
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1
               for c in s)


def pad(s: str, columns: int) -> str:
    return s + " " * max(0, columns - width(s))


# --- show -------------------------------------------------------------------------------------

def _highlight(text: str, forms: list[str]) -> str:
    """text with every occurrence of a form in bold (longest form first)."""
    spans: list[tuple[int, int]] = []
    for form in sorted(forms, key=len, reverse=True):
        start = text.find(form)
        while start >= 0:
            end = start + len(form)
            if not any(s < end and start < e for s, e in spans):
                spans.append((start, end))
            start = text.find(form, end)
    out, pos = [], 0
    for s, e in sorted(spans):
        out += [text[pos:s], click.style(text[s:e], bold=True)]
        pos = e
    return "".join(out) + text[pos:]


def render_entry(term: Term, path: str) -> str:
    """The whole entry, readable on a terminal (styled; click strips styles when not a tty)."""
    dim = lambda s: click.style(s, dim=True)  # noqa: E731
    none = dim("—")
    lines = []
    header = click.style(term.term, bold=True)
    if term.traditional and term.traditional != term.term:
        header += " / " + click.style(term.traditional, bold=True)
    if term.pinyin:
        header += "  " + term.pinyin
    lines.append(header)

    def row(label: str, value: str) -> None:
        indent = "\n" + " " * (2 + LABEL_WIDTH)
        lines.append("  " + dim(pad(label, LABEL_WIDTH)) + indent.join(value.split("\n")))

    def listing(values: list[str]) -> str:
        return "; ".join(values) if values else none

    row("english", click.style(term.english, bold=True) if term.english else none)
    row("alternatives", listing(term.alternatives))
    row("avoid", listing(term.avoid))
    row("kind", term.kind)
    row("status", click.style(term.status, fg=STATUS_COLORS.get(term.status)))
    row("variants", listing(term.variants))
    row("note", term.note if term.note else none)
    row("file", path)
    m = term.mined
    if m is not None:
        lines.append("")
        row("mined", f"{m.count} occurrence{'' if m.count == 1 else 's'} in {m.documents} "
                     f"document{'' if m.documents == 1 else 's'}, score {m.score:.2f}")
        row("gloss", f"{m.gloss_source}, confidence {m.gloss_confidence:.2f}")
        row("suggestions", listing(m.suggestions))
        if m.contexts:
            label = "contexts"
            for c in m.contexts:
                row(label, dim(f"{c.document}:{c.line}") + "  " + _highlight(c.text, term.forms()))
                label = ""
        else:
            row("contexts", none)
    return "\n".join(lines)


def hit_lines(terms: list[Term]) -> list[str]:
    """One aligned line per term: Chinese, pinyin, English, [kind, status]."""
    rows = []
    for t in terms:
        english = t.english
        if not english and t.mined is not None and t.mined.suggestions:
            english = t.mined.suggestions[0] + "?"
        rows.append((t.term, t.pinyin, english, f"[{t.kind}, {t.status}]"))
    # Columns fit their longest cell up to a cap: one very long rendering does not push every
    # line's [kind, status] off the screen; it only shifts its own.
    widths = [min(cap, max((width(r[i]) for r in rows), default=0))
              for i, cap in enumerate(COLUMN_CAPS)]
    out = []
    for r in rows:
        cells = [pad(r[i], widths[i]) for i in range(3) if widths[i]]
        out.append("  ".join([*cells, r[3]]))
    return out


@click.command(short_help="Show one term, found by Chinese, pinyin or English.")
@click.argument("query")
@click.option("--json", "as_json", is_flag=True, help="Print the term as JSON (with its file).")
@terms_option
def show(query: str, as_json: bool, terms_dir: Path) -> None:
    """Show one term: find it by Chinese (either script), pinyin (with or without tones), English,
    an alternative, or its file name.

    Every exact match is shown. With none, the nearest terms are suggested and the exit status is 1.
    With --json one match prints an object, several print an array.
    """
    terms = _load(terms_dir)
    found = lookup(terms, query)
    if not found:
        near = suggest(terms, query)
        if near:
            _echo(f"no term '{query}'; did you mean:", err=True)
            for line in hit_lines(near):
                _echo("  " + line, err=True)
        else:
            _echo(f"no term '{query}'", err=True)
        sys.exit(1)
    if as_json:
        data = [term_json(t, terms_dir) for t in found]
        click.echo(json.dumps(data[0] if len(data) == 1 else data, ensure_ascii=False, indent=2))
        return
    _echo("\n\n".join(render_entry(t, term_path(terms_dir, t)) for t in found))


@click.command(name="search", short_help="List the terms matching Chinese, pinyin or English.")
@click.argument("query")
@click.option("--json", "as_json", is_flag=True, help="Print the matches as a JSON array.")
@terms_option
def search_cmd(query: str, as_json: bool, terms_dir: Path) -> None:
    """List the terms whose Chinese (either script), pinyin, English or alternatives contain QUERY,
    best match first. Exit status 1 when nothing matches."""
    hits: list[Hit] = search(_load(terms_dir), query)
    if as_json:
        click.echo(json.dumps([{**term_json(h.term, terms_dir), "match": h.field} for h in hits],
                              ensure_ascii=False, indent=2))
    else:
        for line in hit_lines([h.term for h in hits]):
            _echo(line)
    if not hits:
        if not as_json:
            _echo(f"no term matches '{query}'", err=True)
        sys.exit(1)


@click.command(name="validate", short_help="Lint the term files; exit 1 on problems.")
@terms_option
@click.option("--format", "fmt", type=click.Choice(["text", "json", "github"]), default="text",
              show_default=True, help="Output format; github prints workflow commands.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "never"]), default="error",
              show_default=True, help="Lowest problem level that makes the exit status 1.")
def validate_cmd(terms_dir: Path, fmt: str, fail_on: str) -> None:
    """Lint every term file: TOML syntax, unknown keys, wrong types and values, approved terms
    without English, avoid entries that are also accepted, non-ASCII file names, a source form in
    two files, one English for two terms (a warning until both are approved).

    Exit status 1 on problems at or above --fail-on."""
    if not terms_dir.is_dir():
        raise TermFileError("no such folder of term files (use --terms DIR)", terms_dir)
    report = validate(terms_dir)
    if fmt == "json":
        click.echo(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
    elif fmt == "github":
        for p in report.problems:
            props = [f"file={_gh(p.path, True)}"]
            props += [f"line={p.line}"] if p.line else []
            props += [f"col={p.column}"] if p.column else []
            props.append(f"title={_gh('glossary ' + p.code, True)}")
            click.echo(f"::{p.level} {','.join(props)}::{_gh(p.message)}")
    else:
        for p in report.problems:
            level = "" if p.level == "error" else click.style(f"{p.level}: ", fg="yellow")
            _echo(p.where + level + p.message)
        _echo(report.summary())
    sys.exit(1 if report.fails(fail_on) else 0)


def _gh(value: str, prop: bool = False) -> str:
    """Escape a GitHub workflow-command message (or property value)."""
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return value.replace(":", "%3A").replace(",", "%2C") if prop else value


