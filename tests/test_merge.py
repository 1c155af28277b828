"""Ownership rules: the editors' part of a file is kept byte for byte; slugs stay in terms/."""

from __future__ import annotations

import tomllib

from hypothesis import given, settings
from hypothesis import strategies as st

from glossary import store
from glossary.contexts import snippet
from glossary.merge import FormIndex, editor_part, render, safe_slug, unique_slug
from glossary.model import Context, Mined, Term

MINED = Mined(count=3, documents=2, score=0.5, gloss_source="corpus", gloss_confidence=0.9,
              suggestions=["Six Little Tigers"],
              contexts=[Context("a.txt", 1, "“六小虎”中"), Context("b.txt", 4, "六小虎说")])


def test_render_replaces_only_the_mined_section():
    editor = ('# desk note\nterm = "六小虎"   # the coinage\nenglish = \'Six Tigers\'\n'
              'note = """two\nlines [not a table]\n"""\n\n')
    old = editor + "[mined]\ncount = 1\n\n[[mined.contexts]]\ndocument = \"x\"\nline = 1\ntext = \"y\"\n"
    new = render(Term(term="六小虎", mined=MINED), old)
    assert new.startswith(editor)
    data = tomllib.loads(new)
    assert data["english"] == "Six Tigers" and data["mined"]["count"] == 3
    assert [c["document"] for c in data["mined"]["contexts"]] == ["a.txt", "b.txt"]
    assert render(Term(term="六小虎", mined=MINED), new) == new      # idempotent


def test_bracket_inside_a_multiline_string_is_not_a_header():
    text = 'term = "x"\nnote = """\n[mined]\ncount = 5\n"""\n'
    assert editor_part(text) == text


def test_hand_made_file_gets_mined_appended():
    text = 'term = "零一万物"\nenglish = "01.AI"'          # no final newline
    new = render(Term(term="零一万物", mined=MINED), text)
    assert new.startswith(text + "\n\n[mined]\n")
    assert tomllib.loads(new)["english"] == "01.AI"


def test_mined_as_dotted_keys_falls_back_to_a_full_rewrite_that_keeps_editor_values():
    text = 'term = "x"\nenglish = "X"\nmined.count = 4\n'
    assert editor_part(text) is None
    new = render(Term(term="x", english="X", mined=MINED), text)
    assert tomllib.loads(new)["mined"]["count"] == 3


def test_form_index_matches_any_script_variant_and_latin_case():
    terms = [Term(term="百模大战", traditional="百模大戰", variants=["百模之战"]),
             Term(term="DeepSeek")]
    index = FormIndex(terms)
    assert index.find(["百模大戰"]) == 0
    assert index.find(["百模之战"]) == 0
    assert index.find(["Deepseek"]) == 1
    assert index.find(["百模"]) is None


@given(st.text())
def test_safe_slug_is_ascii_and_cannot_leave_the_folder(raw):
    slug = safe_slug(raw)
    assert slug and slug.isascii() and len(slug) <= 60
    assert all(c.isalnum() or c == "-" for c in slug)
    assert not slug.startswith(("-", ".")) and "/" not in slug and ".." not in slug


def test_slug_avoids_device_names():
    assert safe_slug("CON") == "con-term" and safe_slug("com1") == "com1-term"
    assert safe_slug("console") == "console"


def test_unique_slug_suffixes_in_order_ignoring_case():
    taken = {"liu-xiao-hu", "kimi"}
    assert unique_slug("liu-xiao-hu", taken) == "liu-xiao-hu-2"
    assert unique_slug("liu-xiao-hu", taken) == "liu-xiao-hu-3"
    assert unique_slug("Kimi", taken) == "Kimi-2"
    assert unique_slug("new", taken) == "new"


awkward = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)


@settings(max_examples=150)
@given(term=awkward.filter(str.strip), english=awkward, note=awkward,
       variants=st.lists(awkward, max_size=3), ctx=awkward)
def test_any_text_round_trips_through_a_term_file(term, english, note, variants, ctx):
    """Quotes, newlines, backslashes, control characters: what is written is what is read."""
    original = Term(term=term, traditional=term, variants=variants, english=english, note=note,
                    mined=Mined(count=1, suggestions=[english], contexts=[Context("d", 1, ctx)]))
    text = store.dumps(original)
    back = store.parse(text, "x.toml")
    assert (back.term, back.variants, back.english, back.note) == (term, variants, english, note)
    assert back.mined.contexts == [Context("d", 1, ctx)] and back.mined.suggestions == [english]
    assert render(back, text) == text


def test_snippet_is_the_sentence_or_a_window_cut_at_clause_punctuation():
    line = ("上一句。据报道，DeepSeek的模型发布后引发关注。另一句话很长很长，第二部分继续说明问题，"
            "第三部分仍然继续，第四部分还在继续。")
    i = line.index("DeepSeek")
    assert snippet(line, i, i + 8) == "据报道，DeepSeek的模型发布后引发关注。"
    j = line.index("第三部分")
    cut = snippet(line, j, j + 4, before=12, after=5)
    assert cut.startswith("……") and "第三部分" in cut and cut.endswith("……")
    assert snippet("甲乙\ufffd丙丁六小虎好。", 5, 8) == "丙丁六小虎好。"
    quoted = "他说：“好。”六小虎来了。"
    assert snippet(quoted, 7, 10) == "六小虎来了。"          # not the previous sentence's quote
