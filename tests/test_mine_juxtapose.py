"""Phrases that only set a term beside something are not terms: a term and an ordinary word it
mostly goes without (a verb after it, a modifier before it), two places in a row, a kind of
place before a place's name, a place and its people. The names inside stay terms."""

from __future__ import annotations

from collections import Counter

import pytest

from glossary import juxtapose
from glossary.clean import clean_document
from glossary.mine import mine
from glossary.vocabulary import Judge


def terms_of(*texts: str) -> set[str]:
    docs = [clean_document(f"{i:03d}.txt", text) for i, text in enumerate(texts)]
    return {c.term for c in mine(docs)}


@pytest.fixture(scope="module")
def judge() -> Judge:
    return Judge(Counter())


def test_a_term_and_a_verb_it_mostly_goes_without_is_not_a_term():
    terms = terms_of("塔里木盆地位于新疆南部，塔里木盆地的气候十分干旱。\n"
                     "塔里木盆地连接着几条古老的商道。\n"
                     "每年春天，塔里木盆地都会刮起沙尘暴。",
                     "考察队从塔里木盆地出发。塔里木盆地连接东西，历来是交通要道。\n"
                     "研究者认为塔里木盆地的地下水正在减少。")
    assert "塔里木盆地" in terms
    assert "塔里木盆地连接" not in terms


def test_an_ordinary_modifier_before_a_term_is_not_part_of_it():
    terms = terms_of("海马是一种奇特的鱼。海马的身体直立游动。\n"
                     "雄性海马负责孵化后代，这在动物界十分少见。\n"
                     "海马的尾巴可以缠住海草。",
                     "潜水员拍到了一群海马。\n雄性海马的育儿袋里有上百个卵。\n海马游得很慢。")
    assert "海马" in terms
    assert "雄性海马" not in terms


def test_a_name_and_the_noun_it_owns_stays_a_term():
    terms = terms_of("百度推出了百度文库的新版本。百度的搜索业务仍是核心。\n"
                     "许多学生在百度文库下载资料。百度还在做自动驾驶。",
                     "百度文库的付费用户在增长。\n百度表示，百度文库会继续免费开放一部分文档。\n"
                     "百度的股价上涨。")
    assert "百度文库" in terms


def test_two_places_in_a_row_are_two_terms():
    terms = terms_of("他们从福建泉州出发，一路向北。\n福建泉州的港口在宋代就很繁荣。\n"
                     "泉州是一座古城，泉州人爱喝茶。\n福建的茶叶闻名全国，福建多山。")
    assert {"福建", "泉州"} <= terms
    assert "福建泉州" not in terms


def test_a_place_before_an_unknown_site_name_is_two_terms():
    # 吴家垄 (a made-up village) is named after its city every time: an address, not one name
    terms = terms_of("考古队在泉州吴家垄发现了一座宋代古墓。\n泉州吴家垄出土的瓷器十分精美。\n"
                     "泉州是宋元时期的大港，泉州的商船远航海外。",
                     "学者认为泉州吴家垄的墓主是一位海商。\n泉州人至今记得这段历史。")
    assert {"泉州", "吴家垄"} <= terms
    assert "泉州吴家垄" not in terms


def test_a_place_and_its_people_is_not_a_term():
    terms = terms_of("上海居民的生活节奏很快。\n许多上海居民选择在周末出游。\n"
                     "上海是一座大城市，上海的地铁四通八达。")
    assert "上海" in terms
    assert "上海居民" not in terms


def test_a_kind_of_place_before_a_place_name_is_not_part_of_it():
    terms = terms_of("珠峰所在的喜马拉雅山脉，主峰珠穆朗玛峰海拔八千多米。\n"
                     "登上主峰珠穆朗玛峰是许多人的梦想。\n珠穆朗玛峰的雪线逐年上升。")
    assert "珠穆朗玛峰" in terms
    assert "主峰珠穆朗玛峰" not in terms


def test_places_and_place_chains(judge):
    assert juxtapose.place("泉州", judge)
    assert juxtapose.place("新德里", judge)        # tagged as a name; the dictionary says capital
    assert not juxtapose.place("居民", judge)
    assert juxtapose.place_chain(["福建", "泉州"], judge)
    assert not juxtapose.place_chain(["福建", "茶叶"], judge)


def test_apposition_needs_a_kind_of_place(judge):
    assert juxtapose.apposition(["主峰", "珠穆朗玛峰"], judge)
    assert juxtapose.apposition(["首都", "华盛顿"], judge)
    assert not juxtapose.apposition(["视觉", "中国"], judge)     # a company's name
    assert juxtapose.place_and_site(["泉州", "吴家垄"], judge)
    assert not juxtapose.place_and_site(["江西", "小炒"], judge)          # a dictionary word
    assert not juxtapose.place_and_site(["巴黎", "巴塞尔", "艺术"], judge)  # a place again


def test_a_place_and_a_group_noun(judge):
    assert juxtapose.group_noun("居民")
    assert juxtapose.group_noun("国家")
    assert not juxtapose.group_noun("茶叶")
    assert juxtapose.place_and_group("上海居民", judge)
    assert juxtapose.place_and_group("欧洲国家", judge)
    assert not juxtapose.place_and_group("上海大学", judge)


def test_two_general_words_the_dictionary_lists_as_one_word_are_a_term():
    # 温室|气体: the segmenter cuts it, CC-CEDICT lists it ("greenhouse gas"); its parts are
    # everyday words used apart far more often than together
    body = ("工厂排放的气体越来越多，气体的成分也很复杂。温室里种着番茄，温室的温度很高。\n"
            "科学家说温室气体正在增加。\n")
    terms = terms_of(body + "城市的气体检测站每天记录数据，温室大棚也在扩建。温室气体的来源很多。\n"
                     "农民在温室里忙碌，气体泄漏的事故时有发生。\n",
                     "减少温室气体是各国的共同目标。温室效应与气体浓度有关，温室花卉销量上升。\n"
                     "有的气体无色无味，有的温室用玻璃建成。\n")
    assert "温室气体" in terms


def test_a_word_that_keeps_coming_with_a_term_is_bound_to_it():
    # 上班 is seen often and mostly before 搭子: a kind of 搭子, although 搭子 mostly goes alone
    terms = terms_of("年轻人流行找搭子。搭子是一种轻社交。饭搭子、旅游搭子都很常见。\n"
                     "她的上班搭子是隔壁工位的同事。上班搭子一起吃午饭。\n"
                     "有了上班搭子，上班不再无聊。搭子之间不谈隐私。\n",
                     "上班搭子会在下班后各自回家。找搭子的人越来越多。搭子关系很轻松。\n"
                     "他说上班很累，但上班搭子让他开心。搭子可以随时换。\n"
                     "很多人在网上找搭子，也有人觉得搭子靠不住。搭子文化在城市里流行。")
    assert "上班搭子" in terms


@pytest.mark.parametrize("edge,rest,count,counts,left,expected", [
    # a verb seen four times, three of them before a firm named twenty times: the firm goes
    # without it far more often, so 创办|果壳 is the verb and its object
    ("创办", "果壳", 3, {"创办": 4, "果壳": 20}, True, True),
    # seen fifteen times, eight of them before a word seen twenty-six times: bound to it
    ("上班", "搭子", 8, {"上班": 15, "搭子": 26}, True, False),
    # a word seen twice, both times after a place named seven times: a neighbour
    ("连接", "塔里木盆地", 2, {"连接": 2, "塔里木盆地": 7}, False, True),
    # a term that nearly always comes with the rare word: one phrase
    ("连接", "塔里木盆地", 2, {"连接": 2, "塔里木盆地": 3}, False, False),
])
def test_term_neighbours(edge, rest, count, counts, left, expected):
    from glossary.candidates import term_neighbour
    from glossary.counts import Classes

    uni = Counter(counts)
    uni["的"] = 400                        # a corpus of some size
    judge = Judge(uni)
    assert term_neighbour(edge, [rest], count, uni, {}, Classes(), judge, left) is expected


def test_a_specific_word_kept_on_its_own_also_counts_inside_a_longer_term():
    docs = [clean_document(f"{i:03d}.txt", text) for i, text in enumerate((
        "嫁接用的海棠砧木很耐寒。海棠砧木的根系发达。\n砧木决定了果树的高矮。",
        "果农更喜欢海棠砧木。\n好的砧木能让果树早结果。"))]
    counts = {c.term: c.count for c in mine(docs)}
    assert counts.get("砧木") == 5           # twice alone, three times in 海棠砧木


def test_a_specific_word_used_once_on_its_own_keeps_its_place_inside_longer_terms():
    # 晚托 twice in 晚托行业 and once on its own: a term with three occurrences
    docs = [clean_document(f"{i:03d}.txt", text) for i, text in enumerate((
        "当一家要改变晚托行业乱象的企业走过十年。\n他发现，在晚托这个行业，很多企业不择手段。",
        "不会把技术生硬地用于晚托行业。"))]
    counts = {c.term: c.count for c in mine(docs)}
    assert counts.get("晚托") == 3


def test_a_piece_cut_out_of_a_longer_name_is_not_used_alone():
    from glossary.candidates import Found
    from glossary.counts import SEP
    from glossary.matching import used_alone

    piece = Found("鲁肽", ("鲁肽",), 1.0, 1.0, 1.0)
    name = Found("司美格鲁肽", ("司美格鲁肽",), 1.0, 1.0, 1.0)
    joined = [SEP.join(["服用", "司美", "格", "鲁肽", "的", "人"]),
              SEP.join(["鲁肽", "是", "一种", "药"])]
    inside = [(0, 3, 4, 5, 7)]                 # (line, first segment, end segment, start, end)
    alone = [(1, 0, 1, 0, 2)]
    assert not used_alone(piece, inside, set(name.patterns), joined)
    assert used_alone(piece, alone, set(name.patterns), joined)
