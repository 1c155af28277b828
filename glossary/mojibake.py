"""Repairing text damaged on its way through GBK.

UTF-8 read as GBK: the bytes of ``发布`` (E5 8F 91 E5 B8 83) read as GBK give ``鍙戝竷``. Such
runs are full of characters whose GBK lead byte is a UTF-8 lead byte of Chinese (E4-E9, rare
characters in normal text; E3 and EF for punctuation); re-encoding the run as GBK and decoding it as UTF-8 recovers it.

A slipped byte:
when one byte of a GBK stream is lost (shown as ``?``), every following byte pair straddles two
characters, and the decoder produces rare characters (``“這`` = A1B0 DF40 read as ``斑@``) until
an ASCII byte restores step. Re-encoding such a span as GBK, putting back one lead byte and
decoding again recovers the text. Whether a span is damaged is judged by evidence, not by a list:
the re-aligned decoding must be valid GBK and read far more like Chinese (character frequency)
than the span as found. Bytes that cannot be recovered become U+FFFD, which the miner treats as
a boundary.
"""

from __future__ import annotations

import importlib.util
import json
import re
from functools import lru_cache
from pathlib import Path

from glossary.charfreq import char_score, coherence, plausibility

BOUNDARY = "\ufffd"

_TONES = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ"
_SYLLABLE = rf"[a-zü]*[{_TONES}][a-zü]*"
# A pinyin note whose opening bracket was lost: ``?yàn)`` (not preceded by a letter or bracket).
_ORPHAN_NOTE = re.compile(rf"(?<![a-zA-Zü{_TONES}(（]){_SYLLABLE}[)）]")
# Where a slipped span can start: a lost byte shown as ``?`` before non-ASCII text, or
# the end of an orphan pinyin note.
_MARKER = re.compile(rf"\?(?=!?[^\x00-\x7f]|!\?/?[a-zA-Z]+>)|{_ORPHAN_NOTE.pattern}")
_TONE = re.compile(f"[{_TONES}]")
_SLIP_HINT = re.compile(f"[?{_TONES}]")
# The rest of a tag whose ``<`` was swallowed with a lost byte: ``?/p>``.
_TAG_REMNANT = re.compile(r"/?[a-zA-Z][a-zA-Z0-9]*>")

# A repaired span must beat the span as found by this much mean log frequency ...
_MARGIN = 2.5
# ... and a guessed lead byte is kept only when the character it makes is this common.
_GUESS_FLOOR = 7.0
# A re-read UTF-8 span must have this much more of its text in dictionary words.
_COHERENCE_GAIN = 0.4
# ... or read that much more like Chinese by character frequency (names are not words).
_MISREAD_MARGIN = 1.0
# Characters rarer than this inside a repaired span are taken for lost bytes.
_RARE = 3.0


def _gbk_pair(b: bytes) -> str | None:
    try:
        s = b.decode("gbk")
    except UnicodeDecodeError:
        return None
    return s if len(s) == 1 else None


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


def _best_lead(trail: int) -> str | None:
    """The most common character whose GBK code ends in ``trail``, if common enough."""
    best, best_score = None, _GUESS_FLOOR
    for lead in range(0x81, 0xFF):
        ch = _gbk_pair(bytes((lead, trail)))
        if ch is None:
            continue
        score = char_score(ch)
        if score > best_score:
            best, best_score = ch, score
    return best


def _realign(line: str, start: int, before: str) -> tuple[str, int] | None:
    """Decode the span at ``start`` one byte out of step; return (repair, end) if it is better.

    ``before`` is the repaired text before the span (for balancing quotes).
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
            chars.append(_common(_gbk_pair(data[i:i + 2])))
            i += 2
            continue
        # A dangling lead byte: its trail is the next character of the line, if that is an
        # ASCII trail byte; a ``?`` there is the replacement of a lost trail.
        nxt = line[end] if end < len(line) else ""
        if nxt and "\x40" <= nxt <= "\x7e":
            chars.append(_common(_gbk_pair(bytes((b, ord(nxt))))))
            end += 1
        elif nxt == "?":
            end += 1
            remnant = _TAG_REMNANT.match(line, end)
            if remnant:
                end = remnant.end()
            punct_row = b == 0xA1 and chars[-1] in "。！？"
            chars.append(_closing_quote(before + "".join(chars)) if punct_row else BOUNDARY)
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


def from_note(trail: str, reading: str) -> str | None:
    """The character a pinyin note vouches for when only its GBK trail byte survived as an
    ASCII letter (``r(jià)``: 價 is 83 72): the most common GBK character ending in that byte
    whose readings include the note's; None when no character fits."""
    if len(trail) != 1 or not "\x40" <= trail <= "\x7e":
        return None
    readings = _readings()
    best, best_score = None, -1.0
    for lead in range(0x81, 0xFF):
        ch = _gbk_pair(bytes((lead, ord(trail))))
        if ch is None or reading not in readings.get(str(ord(ch)), "").split(","):
            continue
        score = char_score(ch)
        if score > best_score:
            best, best_score = ch, score
    return best


def _utf8_lead_chars() -> str:
    """Characters whose GBK code starts with a UTF-8 lead byte of Chinese text (E3-E9 for
    punctuation and ideographs, EF for full-width forms)."""
    chars = []
    for lead in (0xE3, 0xE4, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9, 0xEF):
        for trail in range(0x40, 0xFF):
            ch = _gbk_pair(bytes((lead, trail)))
            if ch is not None:
                chars.append(ch)
    return "".join(chars)


_LEADS = _utf8_lead_chars()
# Misread UTF-8 puts such a character at least every third character; normal text seldom has
# two of these rare characters so close.
_MISREAD_HINT = re.compile(f"[{_LEADS}][^\x00-\x7f]{{0,2}}[{_LEADS}]")


def _gbk_bytes(ch: str) -> bytes | None:
    if ch == BOUNDARY:
        return b"\x80"  # resolved by _span_bytes
    try:
        b = ch.encode("gbk")
    except UnicodeEncodeError:
        return None
    return b if len(b) == 2 else None


def _span_bytes(span: str, after: str) -> bytes:
    """GBK bytes of a misread span; each U+FFFD (one byte the GBK decoder refused) is resolved
    to the UTF-8 continuation byte that GBK would have refused before the next byte and that
    makes the span read best, or left unknown when ASCII follows (it was no valid trail)."""
    parts: list[bytes | list[bytes]] = []
    for i, ch in enumerate(span):
        if ch != BOUNDARY:
            parts.append(ch.encode("gbk"))
            continue
        nxt = span[i + 1] if i + 1 < len(span) else after
        if not nxt or nxt <= "\x7f" or nxt == BOUNDARY:
            parts.append(b"\xff")
            continue
        lead = nxt.encode("gbk")[0]
        parts.append([bytes((b,)) for b in range(0x80, 0xC0)
                      if _gbk_pair(bytes((b, lead))) is None])
    chosen = [p if isinstance(p, bytes) else b"\xff" for p in parts]
    for i, part in enumerate(parts):
        if isinstance(part, list) and part:
            def fit(byte: bytes, i: int = i) -> tuple[float, float]:
                text = b"".join(chosen[:i] + [byte] + chosen[i + 1:]).decode("utf-8", "replace")
                return coherence(text), plausibility(text)
            chosen[i] = max(part, key=fit)
    return b"".join(chosen)


def _valid_utf8_inside(window: str) -> bool:
    """Whether the GBK bytes of a short window hold a whole UTF-8 character (a cheap test
    before judging the span it belongs to)."""
    try:
        data = window.encode("gbk")
    except UnicodeEncodeError:
        return False
    return any(ch != BOUNDARY and ch > "\x7f" for ch in data.decode("utf-8", "replace"))


def _misread_utf8(line: str) -> str:
    """Undo UTF-8 text that was decoded as GBK, span by span, where the evidence is clear."""
    out: list[str] = []
    pos = 0
    for m in _MISREAD_HINT.finditer(line):
        if m.start() < pos or not _valid_utf8_inside(m.group()):
            continue
        start = m.start()
        while start > pos and line[start - 1] > "\x7f" and _gbk_bytes(line[start - 1]):
            start -= 1
        end = m.end()
        while end < len(line) and line[end] > "\x7f" and _gbk_bytes(line[end]):
            end += 1
        found = line[start:end]
        if len(found) < 2:
            continue
        data = _span_bytes(found, line[end:end + 1])
        fixed = _BOUNDARIES.sub(BOUNDARY, data.decode("utf-8", errors="replace"))
        # Genuine Chinese re-read this way falls apart into replacement characters.
        if fixed.count(BOUNDARY) * 4 > len(fixed) + 2:
            continue
        if (coherence(fixed) < coherence(found) + _COHERENCE_GAIN
                and plausibility(fixed) < plausibility(found) + _MISREAD_MARGIN):
            continue
        out.append(line[pos:start])
        out.append(fixed)
        pos = end
    if not out:
        return line
    out.append(line[pos:])
    return "".join(out)


_BOUNDARIES = re.compile("\ufffd{2,}")


def hints(text: str) -> tuple[bool, bool]:
    """Whether ``text`` may hold misread UTF-8, and slipped bytes or stray pinyin notes (one
    cheap search each, so that clean documents skip :func:`repair` altogether)."""
    return bool(_MISREAD_HINT.search(text)), bool(_SLIP_HINT.search(text))


def repair(line: str, *, misread: bool = True, slips: bool = True) -> str:
    """Undo UTF-8-read-as-GBK and one-byte GBK slips in ``line``; unrecoverable damage becomes
    U+FFFD. ``misread``/``slips`` False skip a kind of damage :func:`hints` ruled out."""
    if misread and _MISREAD_HINT.search(line):
        line = _misread_utf8(line)
    return _repair_slips(line) if slips else line


def _repair_slips(line: str) -> str:
    """Undo one-byte GBK slips in ``line``.

    Lines without a ``?``, U+FFFD or a stray pinyin note are returned unchanged (the common
    case costs one regex search).
    """
    if ("?" not in line and "\ufffd" not in line and not _TONE.search(line)
            or not _MARKER.search(line)):
        return line
    out: list[str] = []
    pos = 0
    for m in _MARKER.finditer(line):
        if m.start() < pos:
            continue
        orphan = m.group(0)[-1] in ")）"
        fixed = _realign(line, m.end() if orphan else m.start() + 1,
                         "".join(out) + line[pos:m.start()])
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
