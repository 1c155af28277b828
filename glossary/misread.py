"""Repairing UTF-8 text that was decoded as GBK.

The bytes of ``发布`` (E5 8F 91 E5 B8 83) read as GBK give ``鍙戝竷``. Such runs are dense in
characters whose GBK lead byte is a UTF-8 lead byte of Chinese text (E4-E9 for ideographs, E3
for punctuation, EF for full-width forms: rare characters in normal text). Re-encoding the run
as GBK and decoding it as UTF-8 recovers it; it is accepted only when the result is valid UTF-8
and reads far more like Chinese (dictionary words, character frequency) than the run as found.
"""

from __future__ import annotations

import re

from glossary.charfreq import coherence, plausibility
from glossary.gbk import BOUNDARY, pair

# A re-read span must have this much more of its text in dictionary words ...
_COHERENCE_GAIN = 0.4
# ... or read that much more like Chinese by character frequency (names are not words).
_MARGIN = 1.0
_BOUNDARIES = re.compile("\ufffd{2,}")
def _utf8_lead_chars() -> str:
    """Characters whose GBK code starts with a UTF-8 lead byte of Chinese text (E3-E9 for
    punctuation and ideographs, EF for full-width forms)."""
    chars = []
    for lead in (0xE3, 0xE4, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9, 0xEF):
        for trail in range(0x40, 0xFF):
            ch = pair(bytes((lead, trail)))
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
                      if pair(bytes((b, lead))) is None])
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


def repair_misread(line: str) -> str:
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
                and plausibility(fixed) < plausibility(found) + _MARGIN):
            continue
        out.append(line[pos:start])
        out.append(fixed)
        pos = end
    if not out:
        return line
    out.append(line[pos:])
    return "".join(out)


def may_hold_misread(text: str) -> bool:
    """One cheap search: could ``text`` hold UTF-8 read as GBK?"""
    return bool(_MISREAD_HINT.search(text))
