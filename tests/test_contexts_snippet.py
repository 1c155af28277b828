"""A context snippet is found by pattern search; it must cut exactly where reading the text one
character at a time does (contexts are written into term files, which must not change)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from glossary.contexts import _CLAUSE, _CLOSERS, _SENTENCE_END, ELLIPSIS, snippet


def _stepwise(display: str, start: int, end: int, before: int, after: int) -> str:
    """The snippet rule read one character at a time."""
    lo = max(0, start - before)
    i = start
    while i > lo and display[i - 1] not in _SENTENCE_END:
        i -= 1
    cut_left = i > 0 and display[i - 1] not in _SENTENCE_END
    if cut_left:
        clause = next((k + 1 for k in range(i, start) if display[k] in _CLAUSE), None)
        i = i if clause is None else clause
    else:
        while i < start and (display[i] in _CLOSERS or display[i].isspace()):
            i += 1
    n = len(display)
    hi = min(n, end + after)
    j = end
    while j < hi and display[j] not in _SENTENCE_END:
        j += 1
    cut_right = False
    if j < n and display[j] in _SENTENCE_END and display[j] != "\ufffd":
        j += 1
        while j < n and display[j] in _CLOSERS:
            j += 1
    elif j < n and display[j] != "\ufffd":
        cut_right = True
        clause = next((k for k in range(j - 1, end - 1, -1) if display[k] in _CLAUSE), None)
        j = j if clause is None else clause
    text = display[i:j].strip()
    if cut_left and text:
        text = ELLIPSIS + text
    if cut_right and text:
        text = text + ELLIPSIS
    return text


_CHARS = st.sampled_from(sorted(_SENTENCE_END | _CLAUSE | _CLOSERS) + list(" \u3000甲乙丙ab"))


@settings(max_examples=500, deadline=None)
@given(display=st.text(_CHARS, max_size=90), data=st.data(),
       before=st.integers(0, 40), after=st.integers(0, 50))
def test_snippet_cuts_where_a_stepwise_reading_does(display, data, before, after):
    start = data.draw(st.integers(0, len(display)))
    end = data.draw(st.integers(start, len(display)))
    assert snippet(display, start, end, before=before, after=after) == \
        _stepwise(display, start, end, before, after)
