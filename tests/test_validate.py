"""`glossary validate`: every problem of every term file, each as path:line:column: message."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary.cli import main
from glossary.errors import TermFileError
from glossary.model import EDITOR_KEYS, KINDS, STATUSES, Context, Mined, Term
from glossary.schema import check_text, locate_keys
from glossary.store import dumps, read_term


def entry(term: str = "六小虎", **fields) -> str:
    base = dict(traditional=term, pinyin="Liù Xiǎohǔ", english="Six Little Tigers", kind="jargon",
                status="candidate")
    return dumps(Term(term, **{**base, **fields}))


@pytest.fixture
def terms(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "terms").mkdir()
    return tmp_path / "terms"


def write(terms: Path, name: str, text: str | bytes) -> None:
    path = terms / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))


def run(*args: str):
    result = CliRunner().invoke(main, ["validate", "--terms", "terms", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result


def problems(result) -> list[str]:
    return result.output.splitlines()[:-1]


def test_clean_folder_exits_0_with_summary(terms):
    write(terms, "liu-xiao-hu.toml", entry())
    write(terms, "kai-yuan.toml", entry("开源", traditional="開源", pinyin="kāiyuán",
                                        english="open source"))
    result = run()
    assert (result.exit_code, result.output) == (0, "2 term files, 0 problems\n")


def test_empty_folder_is_clean(terms):
    assert run().output == "0 term files, 0 problems\n"


def test_missing_folder_is_bad_usage(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run()
    assert result.exit_code == 2
    assert "glossary: terms: no such folder of term files" in result.output


def test_toml_syntax_error(terms):
    write(terms, "bad.toml", 'term = "x"\nenglish = \n')
    result = run()
    assert result.exit_code == 1
    assert result.output == ("terms/bad.toml:2:11: invalid TOML: Invalid value\n"
                             "1 term file, 1 problem (1 error, 0 warnings)\n")


def test_not_utf8_names_the_line_and_column(terms):
    write(terms, "gbk.toml", 'term = "x"\nnote = "'.encode() + "六小虎".encode("gbk") + b'"\n')
    assert problems(run()) == ["terms/gbk.toml:2:9: not UTF-8"]


def test_unknown_keys_at_top_and_in_mined(terms):
    text = entry().replace('note = ""', 'note = ""\ncolour = "red"')
    text += '\n[mined]\ncount = 2\nwhen = "today"\n'
    write(terms, "a.toml", text)
    assert problems(run()) == ["terms/a.toml:11:1: unknown key 'colour'",
                               "terms/a.toml:15:1: unknown key 'mined.when'"]


def test_wrong_types_every_one_reported(terms):
    write(terms, "a.toml", 'term = "六小虎"\nenglish = 3\nvariants = "六小老虎"\n'
                           'alternatives = ["a", 2]\n\n[mined]\ncount = "many"\nscore = true\n\n'
                           '[[mined.contexts]]\ndocument = "x.txt"\nline = "1"\n')
    assert problems(run()) == [
        "terms/a.toml:2:11: 'english' must be a string",
        "terms/a.toml:3:12: 'variants' must be a list of strings",
        "terms/a.toml:4:16: 'alternatives' must be a list of strings",
        "terms/a.toml:7:9: 'mined.count' must be an integer",
        "terms/a.toml:8:9: 'mined.score' must be a number",
        "terms/a.toml:10:1: 'mined.contexts' entry lacks 'text'",
        "terms/a.toml:12:8: 'mined.contexts.line' must be an integer",
    ]


def test_missing_and_empty_term(terms):
    write(terms, "a.toml", 'english = "x"\n')
    write(terms, "b.toml", 'term = " "\n')
    assert problems(run()) == ["terms/a.toml: missing key 'term'",
                               "terms/b.toml:1:8: 'term' must not be empty"]


def test_invalid_kind_and_status(terms):
    write(terms, "a.toml", entry(kind="jargonn", status="done"))
    assert problems(run()) == [
        f"terms/a.toml:8:8: 'kind' must be one of {', '.join(KINDS)}, not 'jargonn'",
        f"terms/a.toml:9:10: 'status' must be one of {', '.join(STATUSES)}, not 'done'",
    ]


def test_invalid_mined_values(terms):
    write(terms, "a.toml", entry(mined=Mined(gloss_source="guess", gloss_confidence=1.5)))
    assert problems(run()) == [
        "terms/a.toml:16:16: 'mined.gloss_source' must be one of corpus, dictionary, name, "
        "compose, none, not 'guess'",
        "terms/a.toml:17:20: 'mined.gloss_confidence' must be between 0 and 1",
    ]


def test_approved_term_without_english(terms):
    write(terms, "a.toml", entry(english="", status="approved"))
    write(terms, "b.toml", entry("开源", english=" ", status="candidate"))   # candidates may lack it
    assert problems(run()) == ["terms/a.toml:5:11: approved term has no English"]


def test_same_source_form_in_two_files_any_script_or_variant(terms):
    write(terms, "a.toml", entry("萝卜快跑", traditional="蘿蔔快跑", english="Apollo Go"))
    write(terms, "b.toml", entry("萝卜", traditional="蘿蔔", variants=["萝卜快跑"], english="radish"))
    write(terms, "c.toml", entry("蘿蔔快跑", traditional="蘿蔔快跑", english="Robotaxi"))
    assert problems(run()) == [
        "terms/b.toml:4:5: source form '萝卜快跑' is also in terms/a.toml",
        "terms/c.toml:1:8: source form '蘿蔔快跑' is also in terms/a.toml (as '萝卜快跑')",
    ]


def test_same_english_for_two_approved_terms_is_an_error_ignoring_case(terms):
    write(terms, "a.toml", entry(status="approved"))
    write(terms, "b.toml", entry("六小龙", traditional="六小龍", english="six little tigers",
                                 status="approved"))
    write(terms, "c.toml", entry("小虎", traditional="小虎", english="Six Little Tigers",
                                 status="rejected"))
    result = run()
    assert result.exit_code == 1
    assert problems(result) == ["terms/b.toml:5:11: English 'six little tigers' is also the "
                                "English of '六小虎' in terms/a.toml"]
    assert run("--fail-on", "never").exit_code == 0


def test_same_english_while_a_term_is_a_candidate_is_a_warning(terms):
    write(terms, "a.toml", entry(status="approved"))
    write(terms, "b.toml", entry("六小龙", traditional="六小龍"))
    result = run()
    assert result.exit_code == 0
    assert result.output == ("terms/b.toml:5:11: warning: English 'Six Little Tigers' is also the "
                             "English of '六小虎' in terms/a.toml\n"
                             "2 term files, 1 problem (0 errors, 1 warning)\n")
    assert run("--fail-on", "warning").exit_code == 1
    assert run("--format", "github").output.startswith("::warning file=terms/b.toml,line=5,")


def test_avoid_entry_equal_to_an_accepted_rendering(terms):
    write(terms, "a.toml", entry(alternatives=["AI Tigers"],
                                 avoid=["Six Small Tigers", "six little tigers", "AI tigers"]))
    # a proper name may avoid a wrong-case spelling of itself
    write(terms, "b.toml", entry("深度求索", traditional="深度求索", english="DeepSeek",
                                 kind="organization", avoid=["Deepseek", "DeepSeek"]))
    assert problems(run()) == [
        "terms/a.toml:11:5: avoid entry 'six little tigers' is also an accepted rendering (english)",
        "terms/a.toml:12:5: avoid entry 'AI tigers' is also an accepted rendering (alternatives)",
        "terms/b.toml:9:5: avoid entry 'DeepSeek' is also an accepted rendering (english)",
    ]


def test_file_name_must_be_an_ascii_slug(terms):
    write(terms, "六小虎.toml", entry())
    write(terms, "liu xiao hu.toml", entry("刘小虎", traditional="劉小虎", english="Liu Xiaohu"))
    out = problems(run())
    assert out == [
        "terms/liu xiao hu.toml: file name 'liu xiao hu.toml' is not an ASCII slug "
        "(use letters, digits and '-', e.g. from the pinyin)",
        "terms/六小虎.toml: file name '六小虎.toml' is not an ASCII slug "
        "(use letters, digits and '-', e.g. from the pinyin)",
    ]


def test_reports_all_problems_of_all_files_in_order(terms):
    write(terms, "a.toml", 'term = "x"\n= broken\n')
    write(terms, "b.toml", entry(kind="jargonn", english="").replace(
        'status = "candidate"', 'status = "approved"\nx = 1'))
    write(terms, "c.toml", entry("开源", english="open source"))
    result = run()
    assert result.exit_code == 1
    assert [line.split(": ")[0] for line in problems(result)] == [
        "terms/a.toml:2:1", "terms/b.toml:5:11", "terms/b.toml:8:8", "terms/b.toml:10:1"]
    assert result.output.endswith("3 term files, 4 problems (4 errors, 0 warnings)\n")


def test_json_format(terms):
    write(terms, "a.toml", entry(english="", status="approved"))
    result = run("--format", "json")
    assert result.exit_code == 1
    assert json.loads(result.output) == {
        "problems": [{"file": "terms/a.toml", "line": 5, "column": 11, "level": "error",
                      "code": "empty-english", "message": "approved term has no English"}],
        "summary": {"files": 1, "problems": 1, "error": 1, "warning": 0},
    }


def test_github_format_escapes(terms):
    write(terms, "a.toml", entry(english="", status="approved"))
    write(terms, "b.toml", 'term = "x"\nenglish = \n')
    result = run("--format", "github")
    assert result.output.splitlines() == [
        "::error file=terms/a.toml,line=5,col=11,title=glossary empty-english::"
        "approved term has no English",
        "::error file=terms/b.toml,line=2,col=11,title=glossary syntax::invalid TOML: Invalid value",
    ]


def test_store_raises_the_first_problem_with_its_position(tmp_path):
    path = tmp_path / "a.toml"
    path.write_text(entry(kind="jargonn", status="done"), encoding="utf-8")
    with pytest.raises(TermFileError) as info:
        read_term(path)
    assert (info.value.line, info.value.column) == (8, 8)
    assert str(info.value).startswith(f"{path}:8:8: 'kind' must be one of")


# --- the schema checker and key locator on any term build writes --------------------------------

NASTY = st.lists(st.one_of(st.characters(codec="utf-8"),
                           st.sampled_from(['"', "'", '"""', "\n", "\\", "#", "[mined]", "=",
                                            "term = ", "\t", "\x00", "\x7f"])),
                 max_size=12).map("".join)
KEY_TEXT = st.text(min_size=1, max_size=10).filter(str.strip)

terms_strategy = st.builds(
    Term, term=KEY_TEXT, traditional=NASTY, variants=st.lists(NASTY, max_size=3), pinyin=NASTY,
    english=NASTY, alternatives=st.lists(NASTY, max_size=3), avoid=st.lists(NASTY, max_size=3),
    kind=st.sampled_from(KINDS), status=st.sampled_from(STATUSES), note=NASTY,
    mined=st.one_of(st.none(), st.builds(
        Mined, count=st.integers(0, 10**6), documents=st.integers(0, 1000),
        score=st.floats(0, 10).map(lambda f: round(f, 4)),
        gloss_source=st.sampled_from(["corpus", "none"]),
        gloss_confidence=st.floats(0, 1).map(lambda f: round(f, 2)),
        suggestions=st.lists(NASTY, max_size=3),
        contexts=st.lists(st.builds(Context, NASTY, st.integers(1, 10**5), NASTY), max_size=3))),
    slug=st.just("x"))


@settings(max_examples=150, deadline=None)
@given(terms_strategy)
def test_written_terms_check_clean_and_keys_are_located(term: Term):
    text = dumps(term)
    parsed, found = check_text(text, "x.toml")
    assert found == []
    assert parsed == term
    lines = text.split("\n")
    where = locate_keys(text)
    for key in EDITOR_KEYS:
        line, key_column, value_column = where[(key,)]
        assert lines[line - 1].startswith(f"{key} = ")
        assert value_column == len(key) + 4
    if term.mined is not None:
        for i, _ in enumerate(term.mined.contexts):
            line, _, _ = where[("mined", "contexts", i, "text")]
            assert lines[line - 1].startswith("text = ")


def test_locate_keys_in_a_hand_edited_file():
    text = ('# a comment with kind = "x"\n'
            'term = "六小虎"  # trailing = comment\n'
            'note = """\n'
            'english = "not a key"\n'
            '[mined]\n'
            '"""\n'
            'avoid = [\n'
            '  "a", # kind = 1\n'
            '  "b",\n'
            ']\n'
            '  "kind" = "jargon"\n'
            "mined.count = 3\n"
            "\n"
            "[[mined.contexts]]\n"
            "text = 'literal'\n")
    where = locate_keys(text)
    assert where[("term",)] == (2, 1, 8)
    assert where[("note",)] == (3, 1, 8)
    assert ("english",) not in where and ("mined",) not in where   # inside the """ string
    assert where[("avoid",)] == (7, 1, 9)
    assert where[("kind",)] == (11, 3, 12)
    assert where[("mined", "count")] == (12, 1, 15)
    assert where[("mined", "contexts", 0)] == (14, 1, 1)
    assert where[("mined", "contexts", 0, "text")] == (15, 1, 8)


def test_avoid_entry_that_another_term_accepts_is_a_warning(terms):
    write(terms, "a.toml", entry(avoid=["Little Tigers", "little dragons"]))
    write(terms, "b.toml", entry("小虎队", traditional="小虎隊", english="Little Tigers",
                                 kind="organization"))
    write(terms, "c.toml", entry("小龙", traditional="小龍", english="Little Dragons",
                                 avoid=["six little tigers"], status="rejected"))
    # a proper name avoids only its exact spelling: 'little tigers' is not 小虎队's 'Little Tigers'
    write(terms, "d.toml", entry("深度求索", traditional="深度求索", english="DeepSeek",
                                 kind="organization", avoid=["little tigers"]))
    result = run()
    assert result.exit_code == 0
    assert problems(result) == [
        "terms/a.toml:8:5: warning: avoid entry 'Little Tigers' is an accepted rendering of "
        "'小虎队' in terms/b.toml",
    ]


def test_byte_order_mark_and_crlf_from_windows_editors_are_fine(terms):
    write(terms, "a.toml", b"\xef\xbb\xbf" + entry().replace("\n", "\r\n").encode("utf-8"))
    assert run().output == "1 term file, 0 problems\n"
    assert read_term(terms / "a.toml").english == "Six Little Tigers"
    write(terms, "a.toml", b"\xef\xbb\xbf" + entry(kind="x").replace("\n", "\r\n").encode("utf-8"))
    assert problems(run())[0].startswith("terms/a.toml:8:8: 'kind' must be one of")


def test_store_names_the_first_byte_that_is_not_utf8(tmp_path):
    path = tmp_path / "a.toml"
    path.write_bytes('term = "x"\nnote = "'.encode() + "六".encode("gbk") + b'"\n')
    with pytest.raises(TermFileError, match=r"a\.toml:2:9: not UTF-8$"):
        read_term(path)
