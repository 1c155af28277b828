"""Candidates the author marks: quoted coinages and titles (“…”, 《…》), Latin names written with
initials (J. R. R. Tolkien), and Chinese terms glossed with a Latin abbreviation (通用人工智能(AGI))."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from glossary.candidates import Found
from glossary.counts import Classes
from glossary.latin import ascii_lower
from glossary.phrases import valid_phrase
from glossary.segment import BREAK, HAN, LATIN, PREDICATIVE_POS, ROLES, Segmenter
from glossary.vocabulary import Judge

_QUOTED = re.compile(r"“([^“”\n]{2,16})”|\"([^\"\n]{2,16})\"|「([^「」\n]{2,16})」|"
                     r"《([^《》\n]{2,20})》|『([^『』\n]{2,16})』")
COINAGE = 8                  # longest quoted coinage; longer quoted stretches must be names
_HAN_CHAR = re.compile(r"[\u3400-\u9fff]").search
_SENTENCE = re.compile(r"[。！？!?；;，,：:、]")
_SENTENCE_END = re.compile(r"[。！？!?；;]")


def _quoted(texts: Sequence[str]) -> Counter:
    """Quoted stretches: (text, is a 《title》) -> how often quoted. A title may hold a comma or
    a colon (《你好，李焕英》), a quoted coinage may not; neither ends a sentence inside."""
    quoted: Counter = Counter()
    for text in texts:
        if "“" in text or '"' in text or "《" in text or "「" in text or "『" in text:
            for m in _QUOTED.finditer(text):
                inner = next(g for g in m.groups() if g is not None).strip()
                title = m.group(4) is not None
                if inner and not (_SENTENCE_END if title else _SENTENCE).search(inner):
                    quoted[(inner, title)] += 1
    return quoted


def quoted_candidates(quoted: Counter, seg: Segmenter, classes: Classes, judge: Judge,
                       uni: Counter) -> list[Found]:
    """Coinages the author marks with quotes (“六小虎”) and titles of works (《三体》); a title may
    hold grammatical words (《人类简史》, 《智人之上：…》), a coinage may not."""
    found = []
    for (inner, title), n in quoted.items():
        tokens = seg.cut(inner)
        cls = [classes[t] for t in tokens]
        if HAN not in cls and LATIN not in cls:
            continue
        named = False
        if not title:
            if not valid_phrase(tokens, classes):
                continue
            named = BREAK in cls or len(inner) > COINAGE
            if named and not _quoted_name(tokens, cls, n):
                continue
            if len(tokens) == 1 and (len(inner) < 2 or judge.general(inner, uni.get(inner, n))):
                continue
        elif (len(tokens) == 1 and uni.get(inner, 0) > 2 * n
              and (cls[0] == BREAK or judge.general(inner, uni[inner]))):
            continue  # 《后来》, 《生活》: a title that is an everyday word the text mostly uses as one
        found.append(Found(inner, (ascii_lower(inner),), 0.9, 1.0, 1.0,
                            open=not title and named))
    return found


QUOTED_NAME = 3              # see _quoted_name


def _quoted_name(tokens: Sequence[str], cls: Sequence[str], n: int) -> bool:
    """A quoted stretch holding grammatical words (“艺术就是身份”, “诗的真理”) or longer than a
    coinage (“华为影像·金鸡手机电影计划”) is the name of something (a show, a programme, a slogan,
    a coined idea) when the author quotes it the same way at least ``QUOTED_NAME`` times and it
    begins and ends with content words; a quoted remark (“做自己”, “不舒服”) does not. Its
    grammatical words are words, not punctuation or symbols (“特长/爱好”)."""
    return (n >= QUOTED_NAME and len(tokens) > 1 and cls[0] != BREAK and cls[-1] != BREAK
            and all(_HAN_CHAR(t) for t, c in zip(tokens, cls) if c == BREAK))


# A Latin name with initials: a given name, initials with their stops, a surname (John F.
# Kennedy), or initials before a surname (J.K. Rowling, J. R. R. Tolkien).
_INITIALLED = re.compile(r"(?<![A-Za-z.])(?:[A-Z][a-z]+(?: [A-Z]\.)+ |(?:[A-Z]\. ?){1,3})"
                         r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?![A-Za-z])")


def initialled_names(texts: Sequence[str], min_count: int) -> list[Found]:
    """Latin names with initials (John F. Kennedy) that recur: the segmenter cuts them at the
    initial's stop, so the phrase finder never sees them whole."""
    counts: Counter = Counter()
    for text in texts:
        if ". " in text or "." in text:
            counts.update(m.group(0) for m in _INITIALLED.finditer(text))
    return [Found(name, (ascii_lower(name),), 1.0, 1.0, 1.0, "nr", True)
            for name, n in sorted(counts.items()) if n >= min_count]


_GLOSS_AFTER = re.compile(r"\(([A-Za-z][A-Za-z0-9 .\-]{0,30})\)")
_GLOSS_INSIDE = re.compile(r"[A-Za-z][A-Za-z0-9.\-]*\(([\u3400-\u9fff]{2,10})\)")


def _glossed(texts: Sequence[str], seg: Segmenter, classes: Classes, judge: Judge) -> Counter:
    """Chinese terms the author glosses with a Latin name or abbreviation: 通用人工智能(AGI),
    AGI(通用人工智能). The Chinese side before the parenthesis runs back over content words to
    the nearest grammatical word or verb (越人类智慧的|通用人工智能), at most three of them."""
    spans: Counter = Counter()
    for text in texts:
        if "(" not in text:
            continue
        for m in _GLOSS_INSIDE.finditer(text):
            spans[m.group(1)] += 1
        for m in _GLOSS_AFTER.finditer(text):
            tokens = seg.cut(text[max(0, m.start() - 16):m.start()])
            run: list[str] = []
            for t in reversed(tokens):
                if (classes[t] != HAN or judge.pos(t) in PREDICATIVE_POS or t in ROLES
                        or len(run) == 3):
                    break
                run.insert(0, t)
            if run:
                spans["".join(run)] += 1
    return spans


def glossed_candidates(spans: Counter, seg: Segmenter, classes: Classes, judge: Judge,
                        uni: Counter) -> list[Found]:
    found = []
    for span in spans:
        tokens = seg.cut(span)
        if len(span) < 2 or not valid_phrase(tokens, classes) or any(
                classes[t] != HAN for t in tokens):
            continue
        if len(tokens) == 1 and judge.general(span, uni.get(span, 1)):
            continue
        found.append(Found(span, (span,), 0.9, 1.0, 1.0))
    return found
