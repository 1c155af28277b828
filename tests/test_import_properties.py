"""Property tests: every parser reads back exactly what its writer wrote, for arbitrary text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from glossary.exchange.common import join_list, split_list
from glossary.exchange.jsonio import dumps_json, parse_json
from glossary.exchange.tabular import dumps_csv, parse_csv
from glossary.exchange.tbx import dumps_tbx, parse_tbx
from glossary.model import KINDS, STATUSES, Term

# Printable text without control characters (XML cannot carry most of them, and a CSV cell's
# surrounding whitespace is not significant), mixing ASCII, CJK and markup characters.
_CHARS = st.one_of(
    st.sampled_from(list("<>&\"'|\\;,·:/-")),
    st.characters(min_codepoint=0x21, max_codepoint=0x7e),
    st.characters(min_codepoint=0x4e00, max_codepoint=0x9fa5),
    st.characters(blacklist_categories=("Cs", "Cc", "Cf", "Co", "Cn", "Zs", "Zl", "Zp")),
)
_WORD = st.text(_CHARS, min_size=1, max_size=6)
# One line: words joined by single spaces (importers collapse runs of white space in terms).
_VALUE = st.lists(_WORD, min_size=1, max_size=3).map(" ".join)


@st.composite
def terms(draw: st.DrawFn) -> Term:
    values = draw(st.lists(_VALUE, min_size=4, max_size=12, unique=True))
    head, trad, english, *rest = values
    cut1, cut2 = sorted(draw(st.lists(st.integers(0, len(rest)), min_size=2, max_size=2)))
    note = draw(st.one_of(st.just(""), st.lists(_VALUE, min_size=1, max_size=2).map("\n".join)))
    if note.startswith("glossary-"):
        note = "x" + note
    return Term(term=head, traditional=draw(st.sampled_from(["", trad])),
                variants=rest[:cut1], pinyin=draw(st.sampled_from(["", "Liù Xiǎohǔ"])),
                english=draw(st.sampled_from(["", english])), alternatives=rest[cut1:cut2],
                avoid=rest[cut2:], kind=draw(st.sampled_from(KINDS)),
                status=draw(st.sampled_from(STATUSES)), note=note)


def editor_fields(term: Term) -> tuple:
    return (term.term, term.traditional, term.variants, term.pinyin, term.english,
            term.alternatives, term.avoid, term.kind, term.status, term.note)


@settings(max_examples=150, deadline=None)
@given(st.lists(_VALUE, max_size=5))
def test_multi_value_cells_split_back_into_their_values(values: list[str]) -> None:
    assert split_list(join_list(values)) == values


@settings(max_examples=60, deadline=None)
@given(st.lists(terms(), min_size=1, max_size=4, unique_by=lambda t: t.term))
def test_csv_reads_back_every_editor_field(generated: list[Term]) -> None:
    text = dumps_csv(generated)
    back = [t for _line, t in parse_csv(text, "x.csv")]
    assert sorted(map(editor_fields, back)) == sorted(map(editor_fields, generated))


@settings(max_examples=60, deadline=None)
@given(st.lists(terms(), min_size=1, max_size=4, unique_by=lambda t: t.term),
       st.sampled_from([2, 3]))
def test_tbx_reads_back_every_editor_field(generated: list[Term], version: int) -> None:
    data = dumps_tbx(generated, version).encode("utf-8")
    back = [t for _line, t in parse_tbx(data, "x.tbx")]
    assert sorted(map(editor_fields, back)) == sorted(map(editor_fields, generated))


@settings(max_examples=40, deadline=None)
@given(st.lists(terms(), min_size=1, max_size=4, unique_by=lambda t: t.term))
def test_json_reads_back_every_editor_field(generated: list[Term]) -> None:
    back = [t for _n, t in parse_json(dumps_json(generated), "x.json")]
    assert sorted(map(editor_fields, back)) == sorted(map(editor_fields, generated))
