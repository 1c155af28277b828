"""A term file's text is what tomli_w writes for it, byte for byte, whatever the strings hold:
editors diff these files, and a build must not rewrite a file whose content did not change."""

from __future__ import annotations

import tomli_w
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary import store
from glossary.model import Context, Mined, Term

# any text, including quotes, backslashes, tabs, newlines and other control characters
_TEXT = st.text(st.characters(codec="utf-8"), max_size=30)
_FLOAT = st.floats(min_value=0, max_value=1e6, allow_nan=False)


def _tomli_w_text(term: Term) -> str:
    """The term file as tomli_w renders it table by table (SPEC's layout)."""
    data = store.term_to_dict(term)
    mined = data.pop("mined", None)
    text = tomli_w.dumps(data)
    if mined is None:
        return text
    contexts = mined.pop("contexts")
    if not contexts:
        mined["contexts"] = []
    text += "\n" + tomli_w.dumps({"mined": mined})
    for ctx in contexts:
        text += "\n[[mined.contexts]]\n" + tomli_w.dumps(ctx)
    return text


_CONTEXTS = st.lists(st.builds(Context, document=_TEXT, line=st.integers(1, 10**6), text=_TEXT),
                     max_size=4)
_MINED = st.builds(Mined, count=st.integers(0, 10**6), documents=st.integers(0, 10**5),
                   score=_FLOAT, gloss_source=_TEXT, gloss_confidence=_FLOAT,
                   suggestions=st.lists(_TEXT, max_size=4), contexts=_CONTEXTS)


@settings(max_examples=300, deadline=None)
@given(term=_TEXT, traditional=_TEXT, variants=st.lists(_TEXT, max_size=4), english=_TEXT,
       note=_TEXT, avoid=st.lists(_TEXT, max_size=3), mined=st.none() | _MINED)
def test_term_file_text_is_tomli_w_text(term, traditional, variants, english, note, avoid, mined):
    t = Term(term=term, traditional=traditional, variants=variants, pinyin="Pīn", english=english,
             avoid=avoid, kind="other", status="candidate", note=note, mined=mined)
    assert store.dumps(t) == _tomli_w_text(t)


def test_escapes_are_tomli_w_escapes():
    t = Term(term='引号"与\\反斜杠', english="tab\there\nnew line \x7f \x01",
             mined=Mined(count=2, documents=1, score=0.5, gloss_source="none",
                         gloss_confidence=0.0, suggestions=['"q"'],
                         contexts=[Context("a.txt", 3, "他说：\"好\"")]))
    text = store.dumps(t)
    assert text == _tomli_w_text(t)
    assert 'term = "引号\\"与\\\\反斜杠"\n' in text
    assert 'english = "tab\there\\nnew line \\u007f \\u0001"\n' in text
