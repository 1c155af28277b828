"""Compounds of a specific word and a category noun (开源模型), and the features that tell a
kind of a thing (基座模型) from a frame around a term (大模型厂商)."""

from __future__ import annotations

import pytest

from glossary.clean import clean_document
from glossary.corpus import read_corpus
from glossary.mine import mine
from glossary.segment import category_head

# 稀疏 is used in many ways; three times it names a kind of model. Neither side mostly comes with
# the other, so only the category noun makes 稀疏模型 a compound.
SPARSE = ["稀疏模型的训练成本很低，值得关注。", "研究人员发布了新的稀疏模型，引起讨论。",
          "稀疏模型越来越受欢迎了。", "稀疏注意力是一种新方法。", "稀疏计算需要专门的芯片。",
          "数据很稀疏，难以处理。", "他们研究稀疏矩阵。", "稀疏化带来了速度提升。", "稀疏结构很有用。",
          "这种稀疏表示很紧凑。", "这个模型很大。", "模型的参数很多。", "新模型发布了。",
          "模型训练需要时间。", "他们比较了两个模型。", "模型越来越便宜。", "模型的效果很好。"]


def docs_of(*texts: str):
    return [clean_document(f"{i:03d}.txt", text) for i, text in enumerate(texts)]


def terms_of(lines: list[str]) -> dict:
    return {c.term: c for c in mine(docs_of("\n".join(lines[::2]), "\n".join(lines[1::2])))}


def test_a_specific_word_before_a_category_noun_makes_a_compound():
    terms = terms_of(SPARSE)
    assert terms["稀疏模型"].count == 3
    assert terms["稀疏"].count == 7          # the modifier keeps its own occurrences


def test_a_general_word_before_a_category_noun_does_not():
    lines = [s.replace("稀疏", "中国") for s in SPARSE]
    assert "中国模型" not in terms_of(lines)


def test_category_heads_come_from_the_dictionary():
    assert category_head("模型") and category_head("企业") and category_head("公司")
    assert not category_head("领域") and not category_head("厂商")   # frame nouns
    assert not category_head("北京")                                  # a name heads nothing


@pytest.fixture(scope="module")
def seed_terms(request):
    root = request.config.rootpath / "seeds"
    return {c.term for c in mine(read_corpus(root, warn=lambda m: None))}


def test_seed_compounds_with_a_category_noun(seed_terms):
    assert {"开源模型", "文心大模型", "基座模型", "文心"} <= seed_terms


def test_a_place_word_does_not_end_a_term():
    # 脸 | 书上 holds together, but 书上 ("on the book") is a place word: 脸书上 is 脸书 + 上
    text = "他在脸书上发了帖子。\n很多人在脸书上看到了假新闻。\n脸书上的讨论越来越多。"
    assert "脸书上" not in {c.term for c in mine(docs_of(text))}


def test_a_title_that_is_an_everyday_word_does_not_make_the_word_a_term():
    text = ("他最近在读《生活》杂志。\n生活总是充满意外。\n我们的生活越来越好。\n城市生活节奏很快。\n"
            "她热爱生活。\n生活需要勇气。")
    assert "生活" not in {c.term for c in mine(docs_of(text))}


def test_a_title_used_as_a_title_stays():
    text = "他推荐《三体》这本书。\n《三体》讲的是外星文明。\n读完《三体》以后，他很震撼。"
    assert "三体" in {c.term for c in mine(docs_of(text))}


def test_a_word_used_once_in_each_of_many_documents_is_everyday_vocabulary():
    from glossary.score import SPREAD_DOCUMENTS, _evenly_spread
    from glossary.model import Candidate

    def cand(term, count, documents, kind="jargon"):
        return Candidate(term=term, forms={term: count}, count=count, documents=documents,
                         score=0.9, kind=kind, occurrences=[])

    n = SPREAD_DOCUMENTS
    assert _evenly_spread(cand("去做", n + 2, n))
    assert not _evenly_spread(cand("比特币", 5 * n, n))              # bursty: jargon
    assert not _evenly_spread(cand("张斌", n, n, kind="person"))     # a byline name
    assert not _evenly_spread(cand("去做", 3, 3))                    # too few documents to say


def test_a_word_that_labels_titles_in_captions_is_not_a_term():
    a = ("《星河往事》剧照\n他演过很多角色，观众很喜欢。\n《海上人家》剧照\n她后来转行做了导演。\n"
         "《远方》剧照\n这部剧拍了三年。\n《山海》剧照")
    b = "《春风》剧照\n这部电影讲的是一个家庭的故事。\n《归途》剧照\n导演说拍摄很辛苦。\n《旧梦》剧照"
    assert "剧照" not in {c.term for c in mine(docs_of(a, b))}
