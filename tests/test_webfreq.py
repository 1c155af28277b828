"""The second general-language background (``glossary.webfreq``) and the termhood evidence drawn
from it (``glossary.score``): wordfreq's Chinese list, and how ordinary CC-CEDICT's English is."""

from __future__ import annotations

import math

from glossary import score, webfreq
from glossary.segment import background


def _web(term: str) -> dict[str, float]:
    words, total = background()
    entry = words.get(term)
    return score.web_background(term, entry[0] if entry else 0, total)


def test_a_word_is_looked_up_whole_not_rebuilt_from_its_pieces():
    assert webfreq.chinese_frequency("芯片") > 0
    assert webfreq.chinese_zipf("芯片") > 3.5
    # a phrase the miner assembles is no word of the list, though its pieces are common words
    assert webfreq.chinese_frequency("模型") > 0 and webfreq.chinese_frequency("厂商") > 0
    assert webfreq.chinese_frequency("大模型厂商") == 0.0
    assert webfreq.chinese_zipf("大模型厂商") == 0.0


def test_web_evidence_marks_words_of_the_general_language_and_their_shift():
    assert _web("大模型厂商") == {"web_listed": 0.0, "web_shift": 0.0}
    assert _web("DeepSeek") == {"web_listed": 0.0, "web_shift": 0.0}     # Latin: neither
    assert _web("霸权")["web_listed"] == 1.0
    # 发力, rare in jieba's news-heavy counts, is common on the web-heavy list; 房间 is common in both
    assert _web("发力")["web_shift"] > 0.5 > abs(_web("房间")["web_shift"])
    assert all(-1.0 <= _web(w)["web_shift"] <= 1.0 for w in ("发力", "房间", "蒸馏", "爆火"))


def test_renderings_are_the_heads_of_ordinary_senses():
    chip = score.english_renderings("芯片")
    assert "computer chip" in chip and "microchip" in chip
    assert "distill" in score.english_renderings("蒸馏")          # "to distill" without "to"
    assert not any(r.startswith(("CL:", "see ", "variant of")) for r in score.english_renderings("能力"))
    assert score.english_renderings("大模型厂商") == []


def test_everyday_english_tells_everyday_words_from_jargon():
    for word in ("路径", "场景", "房间"):          # path, scene, room
        assert score.everyday_english(word), word
    for word in ("蒸馏", "霸权", "芯片", "算法"):  # distillation, hegemony, computer chip, algorithm
        assert not score.everyday_english(word), word
    assert not score.everyday_english("六小虎")     # not in the dictionary: no evidence


def test_a_word_both_backgrounds_call_everyday_scores_below_the_same_evidence_for_jargon():
    evidence = {f: 0.0 for f in score.FEATURES}
    evidence.update(specificity=0.6, cohesion=1.0, boundary=1.0, listed=1.0, common=1.0,
                    background=0.7, length=0.2, jargon=1.0, web_listed=1.0,
                    count=math.log1p(6) / math.log1p(100), spread=0.4, burst=score.burst(6, 2))
    jargon = score.termhood(evidence)
    everyday = score.termhood(dict(evidence, everyday_english=1.0))
    assert everyday < score.THRESHOLD <= jargon


def test_the_cached_tables_give_wordfreqs_own_values(tmp_path, monkeypatch):
    import random

    from wordfreq import get_frequency_dict, zipf_frequency

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    webfreq._table.cache_clear()
    webfreq.english_zipf.cache_clear()
    try:
        assert webfreq.chinese_zipf("芯片") > 0                    # derived from wordfreq, stored
        assert (tmp_path / "glossary" / "wordfreq-zh.pickle").is_file()
        webfreq._table.cache_clear()                              # read back from the cache
        zh = get_frequency_dict("zh", wordlist="large")
        for word in random.Random(7).sample(sorted(zh), 300) + ["芯片", "路径"]:
            assert webfreq.chinese_zipf(word) == round(math.log10(zh[word]) + 9, 2), word
        for phrase in ("path", "computer chip", "distillation", "hegemony", "arms race",
                       "construction site", "ways and means", "one's own"):
            assert abs(webfreq.english_zipf(phrase) - zipf_frequency(phrase, "en")) <= 0.02, phrase
        assert webfreq.english_zipf("qwertyuiopx") == 0.0
        assert webfreq.english_zipf("100 million") == 0.0          # a number is no word
    finally:
        webfreq._table.cache_clear()
        webfreq.english_zipf.cache_clear()
