"""Latin names in the miner: families attested by their versions, versions written with a
space, ordinary English words, and segmentation accidents in Chinese."""

from __future__ import annotations

from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from glossary.candidates import spaced_versions, split_accident
from glossary.clean import clean_document
from glossary.counts import SEP
from glossary.latin import english_words, family, variant_key
from glossary.mine import mine


def docs_of(*texts: str):
    return [clean_document(f"{i:03d}.txt", text) for i, text in enumerate(texts)]


def keys(cands):
    return {variant_key(c.term) if c.term.isascii() else c.term: c for c in cands}


def test_family_is_the_name_a_version_extends():
    assert family("Zorbo2.5-Max") == "Zorbo"
    assert family("Zorbo-Plus-0125") == "Zorbo"
    assert family("DeepSeek-R1") == "DeepSeek"
    assert family("OpenAI-o1-1217") == "OpenAI"
    assert family("GPT-4o") == "GPT"
    assert family("Zorbo") == ""          # no version
    assert family("R1-Zero") == ""        # a one-letter stem is a code, not a name
    assert family("L4") == ""


@given(st.from_regex(r"[A-Za-z]{2,8}[-.]?[0-9][0-9.]{0,3}(-[A-Z][a-z]{1,4})?", fullmatch=True))
def test_family_is_a_prefix_of_letters(form):
    base = family(form)
    assert base and form.startswith(base) and base.isalpha()


def test_a_name_seen_once_alone_and_in_its_versions_is_a_term():
    # Zorbo alone once, and as the stem of its version Zorbo2.5-Max twice: the name recurs.
    text = ("最优模型是星海公司的Zorbo，它的表现很好。\n"
            "排名第八的是Zorbo2.5-Max模型。\n"
            "旗舰版模型Zorbo2.5-Max挤进了前十。")
    docs = docs_of(text)
    cands = keys(mine(docs))
    assert "zorbo" in cands and "zorbo2.5max" in cands
    zorbo = cands["zorbo"]
    assert zorbo.count == len(zorbo.occurrences) == 3 and zorbo.forms == {"Zorbo": 3}
    lines = {line.number: line.display for line in docs[0].lines}
    assert all(lines[o.line][o.start:o.end] == "Zorbo" for o in zorbo.occurrences)


def test_a_name_seen_once_with_a_version_seen_once_is_not():
    # the property every candidate keeps: it occurs at least min_count times
    assert "zorbo" not in keys(mine(docs_of("模型Zorbo很好。\n另一个是Zorbo-Plus-0125。")))


def test_an_english_word_with_versions_is_not_a_name():
    # "Model" alone once and in Model 3 / Model-Y: an ordinary word, not a family name.
    assert "model" in english_words()
    text = ("这款Model的销量很好。\n" "新款Model-3上市了。\n" "Model-Y也降价了。")
    assert "model" not in keys(mine(docs_of(text)))


def test_a_version_after_a_space_pools_with_the_hyphenated_spelling():
    text = ("公司发布了最聪明的人工智能Zorbo 3，引起关注。\n"
            "排在前面的是最新发布的Zorbo-3，其次是别的模型。")
    cands = keys(mine(docs_of(text)))
    assert "zorbo3" in cands
    assert sorted(cands["zorbo3"].forms) == ["Zorbo 3", "Zorbo-3"]
    assert cands["zorbo3"].count == 2


def test_spaced_versions_stop_before_a_following_word():
    lines = [SEP.join(["模型", "Zorbo", " 2.0", " Flash", "。"]),
             SEP.join(["模型", "Zorbo", " 3", "，"])]
    assert spaced_versions(lines) == Counter({"Zorbo 3": 1})


class _Judge:
    words = {"钉钉": (5, "nz")}

    def common(self, w):
        return False

    def proper(self, w):
        return False


def test_a_two_character_segment_of_common_single_words_is_an_accident():
    uni = Counter({"人": 300, "多": 200, "人多": 5, "钉": 1, "绞": 0, "胎": 40, "绞胎": 5})
    judge = _Judge()
    assert split_accident("人多", 5, uni, judge)
    assert not split_accident("绞胎", 5, uni, judge)     # 绞 never stands alone
    assert not split_accident("钉钉", 5, uni, judge)     # a dictionary word
    assert not split_accident("人多", 25, uni, judge)    # together often enough


def test_english_text_is_not_a_name():
    from glossary.score import _english_fragment

    assert _english_fragment("year", 0.0)             # lower-case English word
    assert _english_fragment("Engineering", 1.0)      # inside a run of English
    assert _english_fragment("Pro", 0.6)              # Gemini 2.5 Pro, Vision Pro, ...
    assert not _english_fragment("Apple", 0.5)        # a name used on its own as often as not
    assert not _english_fragment("RAG", 1.0)          # an acronym
    assert not _english_fragment("Zorbo", 1.0)        # not an English word


def test_a_piece_of_an_english_title_is_not_proposed():
    text = ("他读过Pattern Engineering Research这份报告。\n" "同一份Pattern Engineering Journal也提到。\n"
            "专家谈到Civil Engineering Review的观点。")
    assert "engineering" not in keys(mine(docs_of(text)))


def test_a_piece_of_an_address_is_not_a_name():
    text = ("来稿请投至：zorbox7@example.com.cn\n" "投稿发邮件至zorbox7@example.com.cn，我们会回复。\n"
            "详情见www.zorbox7.org网站。")
    assert "zorbox7" not in keys(mine(docs_of(text)))


def test_a_list_of_references_gives_no_names():
    # authors' romanised surnames and English title words in a bibliography are not terms
    refs = ("研究发现，内脏脂肪的变化与衰老有关。\n"
            "[1] Zhou, W., Punyanitya, M., Zhou, T. (2014). Trajectories of visceral fat. "
            "Obesity Mechanisms, 12(3), 1-9.\n"
            "[2] Zhou, J., Gallagher, D. (2019). Undulating Mechanisms of ageing. "
            "Nature Metabolism, 1-15.\n"
            "[3] Trajectories of muscle loss. Journal of Nutrition, 74(8).")
    found = keys(mine(docs_of(refs)))
    for word in ("zhou", "mechanisms", "trajectoriesof", "trajectories"):
        assert word not in found


def test_pinyin_syllables_and_english_inflections():
    from glossary.latin import english_word, pinyin_syllable

    assert pinyin_syllable("Zhou") and pinyin_syllable("Liu") and not pinyin_syllable("Qwen")
    assert english_word("Mechanisms") and english_word("Trajectories")
    assert not english_word("Qwen") and not english_word("Zorbo")
