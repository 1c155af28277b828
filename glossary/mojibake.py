"""Repairing text that slipped a byte while passing through GBK, and the repair entry point.

When one byte of a GBK stream is lost (shown as ``?``), every following byte pair straddles two
characters, and the decoder produces rare characters (``“這`` = A1B0 DF40 read as ``斑@``) until
an ASCII byte restores step. Re-encoding such a span as GBK, putting back one lead byte and
decoding again recovers the text. Whether a span is damaged is judged by evidence, not by a list:
the re-aligned decoding must be valid GBK and read far more like Chinese (character frequency)
than the span as found. Bytes that cannot be recovered become U+FFFD, which the miner treats as
a boundary. UTF-8 read as GBK is handled by :mod:`glossary.misread`.
"""

from __future__ import annotations

import importlib.util
import json
import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path

from glossary import misread
from glossary.charfreq import char_score, plausibility
from glossary.gbk import BOUNDARY, pair

TONES = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ"  # tone-marked pinyin vowels
_TONES = TONES
_SYLLABLE = rf"[a-zü]*[{_TONES}][a-zü]*"
# A pinyin note whose opening bracket was lost: ``?yàn)`` (not preceded by a letter or bracket).
_ORPHAN_NOTE = re.compile(rf"(?<![a-zA-Zü{_TONES}(（]){_SYLLABLE}[)）]")
# Where a slipped span can start: a lost byte shown as ``?`` before non-ASCII text, or
# the end of an orphan pinyin note.
_MARKER = re.compile(rf"\?(?=!?[^\x00-\x7f]|!\?/?[a-zA-Z]+>)|{_ORPHAN_NOTE.pattern}")
_TONE = re.compile(f"[{_TONES}]")
# A pinyin note right after a lost trail byte; its ``(`` may have been swallowed with it.
_NOTE_AT = re.compile(rf"[(（]?({_SYLLABLE})[)）]")
_SLIP_HINT = re.compile(f"[?{_TONES}]")
# The rest of a tag whose ``<`` was swallowed with a lost byte: ``?/p>``.
_TAG_REMNANT = re.compile(r"/?[a-zA-Z][a-zA-Z0-9]*>")

# A repaired span must beat the span as found by this much mean log frequency ...
_MARGIN = 2.5
# ... and a guessed lead byte is kept only when the character it makes is this common.
_GUESS_FLOOR = 7.0
# Characters rarer than this inside a repaired span are taken for lost bytes.
_RARE = 3.0


def _span(line: str, start: int) -> tuple[bytes, int]:
    """GBK bytes of the double-byte run at ``start`` (a narrowed ``!`` first counts as ``！``)."""
    out = bytearray()
    i = start
    if i < len(line) and line[i] == "!":
        out += "！".encode("gbk")
        i += 1
    while i < len(line) and line[i] > "\x7f":
        try:
            b = line[i].encode("gbk")
        except UnicodeEncodeError:
            break
        if len(b) != 2:
            break
        out += b
        i += 1
    return bytes(out), i


@lru_cache(maxsize=256)
def _best_lead(trail: int) -> str | None:
    """The most common character whose GBK code ends in ``trail``, if common enough."""
    best, best_score = None, _GUESS_FLOOR
    for lead in range(0x81, 0xFF):
        ch = pair(bytes((lead, trail)))
        if ch is None:
            continue
        score = char_score(ch)
        if score > best_score:
            best, best_score = ch, score
    return best


def _realign(line: str, start: int, before: Callable[[], str]) -> tuple[str, int] | None:
    """Decode the span at ``start`` one byte out of step; return (repair, end) if it is better.

    ``before()`` gives the repaired text before the span (for balancing quotes).
    """
    data, end = _span(line, start)
    if len(data) < 2:
        return None
    chars: list[str] = [_best_lead(data[0]) or BOUNDARY]
    i = 1
    while i < len(data):
        b = data[i]
        if b < 0x80:
            chars.append(chr(b))
            i += 1
            continue
        if i + 1 < len(data):
            chars.append(_common(pair(data[i:i + 2])))
            i += 2
            continue
        # A dangling lead byte: its trail is the next character of the line, if that is an
        # ASCII trail byte; a ``?`` there is the replacement of a lost trail.
        nxt = line[end] if end < len(line) else ""
        if nxt and "\x40" <= nxt <= "\x7e":
            chars.append(_common(pair(bytes((b, ord(nxt))))))
            end += 1
        elif nxt == "?":
            end += 1
            remnant = _TAG_REMNANT.match(line, end)
            note = _NOTE_AT.match(line, end)
            if remnant:
                end = remnant.end()
            if note:
                # ``?shù)``: the lead byte and the note's reading may single the character out.
                end = note.end()
                chars.append(_with_lead(b, note.group(1)) or BOUNDARY)
            elif b == 0xA1 and chars[-1] in "。！？":
                chars.append(_closing_quote(before() + "".join(chars)))
            else:
                chars.append(BOUNDARY)
        else:
            chars.append(BOUNDARY)
        i += 1
    repair = "".join(chars)
    if plausibility(repair) < plausibility(line[start:end]) + _MARGIN:
        return None
    return repair, end


def _common(ch: str | None) -> str:
    """A decoded character, or a boundary when it is invalid or too rare to trust."""
    return ch if ch is not None and char_score(ch) >= _RARE else BOUNDARY


def _closing_quote(before: str) -> str:
    """``”`` when ``before`` leaves a ``“`` open, else a boundary."""
    return "”" if before.count("“") > before.count("”") else BOUNDARY


@lru_cache(maxsize=1)
def _readings() -> dict[str, str]:
    """pypinyin's per-character readings (code point -> "jià,qiǎ"), read from its data file
    without importing the package (0.1 s instead of 0.6 s); empty if it cannot be found."""
    spec = importlib.util.find_spec("pypinyin")
    if spec is None or spec.origin is None:
        return {}
    try:
        return json.loads((Path(spec.origin).parent / "pinyin_dict.json").read_text("utf-8"))
    except (OSError, ValueError):
        return {}


@lru_cache(maxsize=4096)
def from_note(trail: str, reading: str) -> str | None:
    """The character a pinyin note vouches for when only its GBK trail byte survived as an
    ASCII letter (``r(jià)``: 價 is 83 72); None when no character fits."""
    if len(trail) != 1 or not "\x40" <= trail <= "\x7e":
        return None
    return _by_reading(reading, (bytes((lead, ord(trail))) for lead in range(0x81, 0xFF)))


@lru_cache(maxsize=4096)
def _with_lead(lead: int, reading: str) -> str | None:
    """The character a note vouches for when only its GBK lead byte survived."""
    return _by_reading(reading, (bytes((lead, t)) for t in range(0x40, 0xFF)))


def _by_reading(reading: str, codes: Iterable[bytes]) -> str | None:
    """The most common character among GBK ``codes`` whose readings include ``reading``."""
    readings = _readings()
    best, best_score = None, -1.0
    for code in codes:
        ch = pair(code)
        if ch is None or reading not in readings.get(str(ord(ch)), "").split(","):
            continue
        score = char_score(ch)
        if score > best_score:
            best, best_score = ch, score
    return best


def hints(text: str) -> tuple[bool, bool]:
    """Whether ``text`` may hold misread UTF-8, and slipped bytes or stray pinyin notes (one
    cheap search each, so that clean documents skip :func:`repair` altogether)."""
    return misread.may_hold_misread(text), bool(_SLIP_HINT.search(text))


def repair(line: str, *, misread_utf8: bool = True, slips: bool = True) -> str:
    """Undo UTF-8-read-as-GBK and one-byte GBK slips in ``line``; unrecoverable damage becomes
    U+FFFD. ``misread_utf8``/``slips`` False skip a kind of damage :func:`hints` ruled out."""
    if misread_utf8:
        line = misread.repair_misread(line)
    return _repair_slips(line) if slips else line


def _repair_slips(line: str) -> str:
    """Undo one-byte GBK slips in ``line``.

    Lines without a ``?`` or a stray pinyin note are returned unchanged (the common case costs
    a substring test and one regex search).
    """
    if "?" not in line and not _TONE.search(line) or not _MARKER.search(line):
        return line
    out: list[str] = []
    pos = 0
    for m in _MARKER.finditer(line):
        if m.start() < pos:
            continue
        orphan = m.group(0)[-1] in ")）"
        fixed = _realign(line, m.end() if orphan else m.start() + 1,
                         lambda: "".join(out) + line[pos:m.start()])
        if orphan:
            # ``?yàn)``: the note's character and bracket are gone; keep a boundary.
            start = m.start() - 1 if m.start() and line[m.start() - 1] in "?\ufffd" else m.start()
            if start < pos:
                start = pos
            out.append(line[pos:start])
            out.append(BOUNDARY)
            if fixed is not None:
                out.append(fixed[0])
                pos = fixed[1]
            else:
                pos = m.end()
            continue
        if fixed is None:
            continue
        out.append(line[pos:m.start()])
        out.append(fixed[0])
        pos = fixed[1]
    out.append(line[pos:])
    return "".join(out)
