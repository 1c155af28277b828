"""The term index behind `glossary check`: word keys, inflections, source-side matching."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from glossary.index import (TermIndex, fold_english, inflected_keys, phrase_key, word_keys,
                            word_spans)
from glossary.model import Term


@given(st.text(max_size=200))
@settings(max_examples=300, deadline=None)
def test_folding_keeps_offsets(text: str) -> None:
    folded = fold_english(text)
    assert len(folded) == len(text)
    assert len(word_keys(folded)) == len(word_spans(folded))


@given(st.lists(st.sampled_from(["open", "source", "Six", "Little", "Tigers", "C++", "AT&T",
                                 "01.AI", "don't"]), min_size=1, max_size=5),
       st.sampled_from([" ", "-", "–", "  ", "\n", " - "]))
def test_space_hyphen_and_dash_variants_share_a_key(words: list[str], sep: str) -> None:
    assert phrase_key(sep.join(words)) == phrase_key(" ".join(words))


def test_phrase_keys() -> None:
    assert phrase_key("The Six-Little  Tigers’") == "six little tigers"
    assert phrase_key("Tigers' rivals") == "tigers ' rivals"   # a quote is a word boundary
    assert phrase_key("the company's") == "company"
    assert phrase_key("C++ and C#") == "c++ and c#"
    assert phrase_key("AT&T") == "at&t"
    assert phrase_key("MAIN") != phrase_key("AI")
    assert phrase_key("Yes, Minister") == "yes , minister"     # never across punctuation
    assert phrase_key("U.S.") == phrase_key("(U.S)") == "u.s"


def test_inflections_of_the_last_word() -> None:
    assert set(inflected_keys("large model")) >= {"large model", "large models", "large modeled",
                                                  "large modeling"}
    assert "companies" in inflected_keys("company")
    assert "open sourcing" in inflected_keys("open source")
    assert inflected_keys("01.ai") == ["01.ai"]


def index_of(*terms: Term) -> TermIndex:
    return TermIndex.from_terms(list(terms))


def test_source_matching_longest_first_in_both_scripts() -> None:
    idx = index_of(Term("大模型", "大模型", english="large model"),
                   Term("大模型竞技场", "大模型競技場", english="Chatbot Arena"),
                   Term("开源", "開源", english="open source", status="rejected"))
    names = lambda text: [idx.terms[t].term for _, _, t in idx.find_source_terms(text)]  # noqa: E731
    assert names("大模型競技場的大模型") == ["大模型竞技场", "大模型"]
    assert names("大模型竞技场") == ["大模型竞技场"]
    assert names("開源") == []          # rejected terms are not in the index


def test_source_matching_of_latin_terms_is_whole_word_and_caseless() -> None:
    idx = index_of(Term("AI", "AI"), Term("DeepSeek-R1", "DeepSeek-R1"))
    names = lambda text: [idx.terms[t].term for _, _, t in idx.find_source_terms(text)]  # noqa: E731
    assert names("OpenAI与MAIN") == []
    assert names("中国AI,ＡＩ和ai") == ["AI", "AI", "AI"]
    assert names("Deepseek R1发布") == ["DeepSeek-R1"]


def test_a_latin_term_is_its_own_rendering_unless_avoided() -> None:
    idx = index_of(Term("AGI", "AGI", english="artificial general intelligence"),
                   Term("Deepseek", "Deepseek", english="DeepSeek", avoid=["deepseek"]))
    assert idx.terms[0].renderings == ("artificial general intelligence", "AGI")
    assert idx.terms[1].renderings == ("DeepSeek",)


def test_renderings_spelled_alike_are_one() -> None:
    idx = index_of(Term("开源", "開源", english="open source", alternatives=["open-source"]))
    assert len(idx.english["open source"]) == 1
