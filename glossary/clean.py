"""Cleaning one article: per line, a display form (original script, damage removed) and an
analysis form (width-unified, simplified) of the same length.

Steps, in order: invisible characters removed; mojibake repaired (UTF-8 read as GBK,
:mod:`glossary.misread`; bytes slipped in GBK, :mod:`glossary.mojibake`); inline pinyin notes
removed (a note on a lost character restores it or leaves a U+FFFD boundary); HTML/Markdown
residue dropped; lines a converter wrapped at a space inside Latin text are joined again
(:func:`unwrap`); then page boilerplate is flagged (:mod:`glossary.boilerplate`). Lines end at
``\n``, ``\r\n`` or a lone ``\r``, as in a text editor.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from glossary import mojibake
from glossary.boilerplate import flag_boilerplate
from glossary.script import analysis_form

BOUNDARY = mojibake.BOUNDARY


@dataclass(frozen=True)
class Line:
    number: int        # 1-based line number in the original file
    display: str       # original script, cleaned; U+FFFD marks unrecoverable damage (a boundary)
    text: str          # analysis form: same length as display, width-unified, simplified
    boilerplate: bool  # ads, job listings, comment prompts, disclaimers: not mined


@dataclass(frozen=True)
class Document:
    name: str                # path relative to the corpus root, POSIX separators
    lines: tuple[Line, ...]  # non-blank lines only, in file order
    chars: int               # characters of the decoded original


_TONES = mojibake.TONES
_LINE_END = re.compile(r"\r\n?|\n")
# ``創(chuàng)``: a tone-marked syllable in brackets right after the character it annotates.
_NOTE = re.compile(rf"[(（][a-zü]*[{_TONES}][a-zü]*[)）]")
# A note whose character was lost: ``?(jiǎng)``, U+FFFD, or a stray ASCII letter (``r(jià)``,
# the trail byte of a broken character) right before it.
_LOST_NOTE = re.compile(
    rf"((?<![A-Za-z])[A-Za-z]|[?\ufffd])[(（]([a-zü]*[{_TONES}][a-zü]*)[)）]")

_TAG = re.compile(r"<!--.*?-->|</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>", re.DOTALL)
# A Markdown link or image; its target may run past the end of the line (wrapped URLs).
_MD_LINK = re.compile(r"!?\[([^\[\]]*)\]\([^()\s]*(?:\s*\"[^\"]*\")?(?:\)|$)")
# The end of a link whose text began on an earlier line: ``撰稿人](http://...)``.
_MD_CLOSE = re.compile(r"\]\((?:https?://|www\.)[^()\s]*(?:\s*\"[^\"]*\")?(?:\)|$)")
# The wrapped rest of a link target at the start of a line: ``&from=appmsg)``, ``"link")``
# (a run of URL characters up to ``)``, holding at least one of ``&=/"``).
_MD_TAIL = re.compile(r"[^\s()\x80-\uffff]*\)")
_URL = re.compile(r"(?:https?://|www\.)[!-~]+")
_INVISIBLE = re.compile("[\u200b-\u200d\u2060\ufeff\u00ad]")
_BOUNDARIES = re.compile("\ufffd{2,}")
# A wrap inside Latin text: the line ends in a letter (or a letter and a hyphen) and the next
# line, right below it, starts with one. Chinese paragraphs end in Chinese punctuation, so a
# line ending mid-word like ``……卡地亚（Louis`` over ``Cartier）正式……`` was one line once.
_WRAPPED_END = re.compile(r"[A-Za-z\u00c0-\u024f](-?)$")
_WRAPPED_START = re.compile(r"[A-Za-z\u00c0-\u024f]")


def remove_notes(line: str) -> str:
    """Drop inline pinyin notes; a note on a lost character becomes a U+FFFD boundary, or the
    character itself when its surviving trail byte and the note's reading single it out."""
    if "(" not in line and "（" not in line:
        return line
    line = _LOST_NOTE.sub(_lost_note, line)
    return _NOTE.sub("", line)


def _lost_note(m: re.Match[str]) -> str:
    return mojibake.from_note(m.group(1), m.group(2)) or BOUNDARY


def drop_markup(line: str) -> str:
    """Drop HTML tags and comments, Markdown link targets and bare URLs; unescape entities."""
    if "<" in line:
        line = _TAG.sub("", line)
    if "](" in line:
        line = _MD_CLOSE.sub("", _MD_LINK.sub(r"\1", line))
    if ")" in line:
        line = _strip_link_tail(line)
    if "://" in line or "www." in line:
        line = _URL.sub("", line)
    if "&" in line:
        line = html.unescape(line)
    return line


def _strip_link_tail(line: str) -> str:
    pos = 0
    while (m := _MD_TAIL.match(line, pos)) and any(ch in m.group() for ch in '&=/"'):
        pos = m.end()
    return line[pos:]


def clean_line(raw: str, *, misread: bool = True, slips: bool = True) -> str:
    """The display form of one raw line (``misread``/``slips`` False skip repairs that
    :func:`glossary.mojibake.hints` ruled out for the whole document)."""
    line = raw
    if misread or slips:
        line = mojibake.repair(line, misread_utf8=misread, slips=slips)
    if slips:
        line = remove_notes(line)
    line = drop_markup(line)
    if "\ufffd" in line:
        line = _BOUNDARIES.sub(BOUNDARY, line)
    return line.rstrip()


def unwrap(numbers: list[int], displays: list[str]) -> tuple[list[int], list[str]]:
    """Join lines wrapped at a space inside Latin text (``妮娜·奇尔德雷斯（Nina`` /
    ``Childress）``) with that space again, or with nothing after a hyphen (``Christov-`` /
    ``Bakargiev``); a joined line keeps the number of its first line."""
    out_numbers: list[int] = []
    out: list[str] = []
    last = 0
    for number, display in zip(numbers, displays):
        if out and number == last + 1 and _WRAPPED_START.match(display) \
                and (m := _WRAPPED_END.search(out[-1])):
            out[-1] += ("" if m.group(1) else " ") + display
        else:
            out_numbers.append(number)
            out.append(display)
        last = number
    return out_numbers, out


def analysis_lines(displays: list[str]) -> list[str]:
    """The analysis form of each display line, converted in one call for speed."""
    joined = analysis_form("\n".join(displays))
    texts = joined.split("\n")
    if len(texts) != len(displays) or any(len(t) != len(d) for t, d in zip(texts, displays)):
        texts = [analysis_form(d) for d in displays]
    return texts


def clean_document(name: str, raw: str) -> Document:
    """Clean a decoded article into lines (pure: same input, same output)."""
    body = _INVISIBLE.sub("", raw) if _INVISIBLE.search(raw) else raw
    misread, slips = mojibake.hints(body)
    numbers: list[int] = []
    displays: list[str] = []
    rawlines = _LINE_END.split(body) if "\r" in body else body.split("\n")
    for number, rawline in enumerate(rawlines, start=1):
        display = clean_line(rawline, misread=misread, slips=slips)
        if display.strip():
            numbers.append(number)
            displays.append(display)
    numbers, displays = unwrap(numbers, displays)
    texts = analysis_lines(displays)
    flags = flag_boilerplate(texts)
    lines = tuple(Line(number, display, text, flag)
                  for number, display, text, flag in zip(numbers, displays, texts, flags))
    return Document(name=name, lines=lines, chars=len(raw))
