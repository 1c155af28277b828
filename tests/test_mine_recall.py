"""The miner's recall on unseen text: terms that general mechanisms recover (issue #2).

Each test builds a small corpus of sentences written for it, so that it fails without the
mechanism it names: titles and quoted names with punctuation or grammatical words inside, words
the segmenter cuts differently in different places, dictionary words jieba splits, general words
bound into a set phrase, and professions named before a person.
"""

from __future__ import annotations

from glossary.clean import clean_document
from glossary.mine import mine
from glossary.resegment import glued_lines, unknown_words

SEP = "\x1f"


def terms(*texts: str) -> dict:
    docs = [clean_document(f"{i:03d}.txt", text) for i, text in enumerate(texts)]
    return {c.term: c for c in mine(docs)}


def test_a_title_may_hold_a_comma_and_keeps_the_chinese_comma():
    found = terms("我们一起看了《你好，李焕英》。\n《你好，李焕英》上映以后票房很高。")
    assert found["你好，李焕英"].count == 2
    assert "你好" not in found


def test_a_quoted_name_may_hold_grammatical_words_when_quoted_three_times():
    text = ("这次展览的主题是“艺术就是身份”。\n“艺术就是身份”吸引了很多观众。\n"
            "策展团队解释了“艺术就是身份”的含义。")
    assert terms(text)["艺术就是身份"].count == 3


def test_a_quoted_remark_is_not_a_name():
    twice = "展览叫“艺术就是身份”。\n大家都记住了“艺术就是身份”。"
    assert "艺术就是身份" not in terms(twice)           # quoted only twice
    remark = "她总说“做自己”。\n他也说“做自己”。\n我们都想“做自己”。"
    assert "做自己" not in terms(remark)                 # ends with a pronoun


def test_unknown_words_counts_the_places_a_neighbour_swallowed_the_word():
    joined = [SEP.join(["名字", "醒骨纱", "。"]), SEP.join(["直接", "穿醒", "骨纱", "做"])]
    known = {"名字", "直接", "做", "。"}.__contains__
    found = unknown_words(joined, 2, known, lambda t: t != "。")
    assert found == {"醒骨纱": {1}}        # 骨纱 is only a piece of it


def test_a_recurring_longer_unknown_word_is_not_an_accident():
    # 肖仰华 recurs: its first two characters, cut off once, are not a word of their own
    joined = [SEP.join(["主任", "肖仰华", "说"]), SEP.join(["肖仰华", "认为"]),
              SEP.join(["肖仰", "华说"])]
    assert unknown_words(joined, 2, {"主任", "说", "认为"}.__contains__, bool) == {}


def test_a_two_character_word_needs_a_particle_to_show_the_glue():
    joined = [SEP.join(["拥抱", "触碰", "彼此"]), SEP.join(["人人", "可触", "碰"])]
    assert unknown_words(joined, 2, {"拥抱", "彼此", "人人", "碰"}.__contains__, bool) == {}


def test_a_particle_beside_the_word_shows_the_glue():
    joined = [SEP.join(["没有", "展签", "和", "姓名"]), SEP.join(["作品", "的", "展", "签里点", "出"])]
    known = {"没有", "和", "姓名", "作品", "的", "展", "出"}.__contains__
    assert unknown_words(joined, 2, known, bool) == {"展签": {1}}   # 里 glued to 签


def test_a_place_word_glues_only_after_the_word_it_belongs_to():
    # 市场上|大杀: 上 ends 市场上, it is no glue on 大杀
    joined = [SEP.join(["股票", "大杀", "四方"]), SEP.join(["市场", "上大", "杀", "四方"])]
    assert unknown_words(joined, 2, {"股票", "四方", "市场", "杀"}.__contains__, bool) == {}


def test_a_word_cut_differently_in_two_sentences_is_found_in_both():
    found = terms("她给这种面料起了个名字——醒骨纱。\n设计师直接穿醒骨纱做的衣服走秀。\n"
                  "国内车企也很难做到。\n没有跨国车企在中国失败。")
    assert found["醒骨纱"].count == 2       # 醒骨纱 / 穿醒|骨纱
    assert found["车企"].count == 2         # 车企 / 车企在


def test_a_dictionary_word_jieba_splits_stays_whole():
    found = terms("她是一位策展人。\n这位策展人之一说了话。")   # 策展|人
    assert found["策展人"].count == 2
    assert "策展" not in found


def test_a_general_word_bound_to_the_next_makes_a_set_phrase():
    # 超级 and 工厂 are everyday words and 工厂 mostly stands alone, but 超级 nearly always
    # comes before it: 超级工厂 is the article's phrase.
    filler = [f"第{i}天早上，我们在家里吃饭，然后去公园散步。" for i in range(400)]
    factory = [f"这家工厂第{i}次扩建车间。" for i in range(20)]
    phrase = ["上海的超级工厂建成了。", "超级工厂系列报道今天开始。", "特斯拉的超级工厂很大。"]
    found = terms("\n".join(filler[:200] + factory[:10] + phrase[:2]),
                  "\n".join(filler[200:] + factory[10:] + phrase[2:]))
    assert found["超级工厂"].count == 3


def test_a_profession_before_a_name_is_not_part_of_it():
    found = terms("艺术家杨沛铿的灯光装置很受欢迎。\n我们看到艺术家杨沛铿的作品。")
    assert "艺术家杨沛铿" not in found
    assert found["杨沛铿"].count == 2


LONG_NAME = ("今年的“星河影像·青年手机短片计划”开始征集作品。\n参加“星河影像·青年手机短片计划”的导演很多。\n"
             "“星河影像·青年手机短片计划”公布了获奖名单。\n星河影像的负责人说，手机拍摄越来越普及。\n"
             "星河影像团队还举办了展览。")


def test_a_long_name_quoted_three_times_is_a_term_and_its_words_keep_their_count():
    found = terms(LONG_NAME)
    assert found["星河影像·青年手机短片计划"].count == 3
    assert found["星河影像"].count == 5          # twice alone, three times inside the name
    assert "星河影像·青年手机短片" not in found    # a piece of the name is not a term


def test_a_long_quote_seen_twice_is_not_a_name():
    text = "“星河影像·青年手机短片计划”开始了。\n“星河影像·青年手机短片计划”结束了。"
    assert "星河影像·青年手机短片计划" not in terms(text)


def test_a_glued_word_is_looked_for_in_the_documents_that_have_it_whole():
    joined = [SEP.join(["名字", "醒骨纱", "。"]), SEP.join(["直接", "穿醒", "骨纱", "做"])]
    known = {"名字", "直接", "做", "。"}.__contains__
    assert unknown_words(joined, 2, known, lambda t: t != "。", [0, 0]) == {"醒骨纱": {1}}
    assert unknown_words(joined, 2, known, lambda t: t != "。", [0, 1]) == {}


def test_a_number_glued_before_a_word_shows_the_glue_in_any_document():
    # 10|亿月活: the segmenter glued the number's last character to 月活, seen whole elsewhere
    joined = [SEP.join(["功能", "月活", "突破"]), SEP.join(["拥有", "超", "10", "亿月活", "。"])]
    known = {"功能", "突破", "拥有", "超", "。"}.__contains__
    assert unknown_words(joined, 2, known, bool, [0, 1]) == {"月活": {1}}
    # the same through a split search (as the miner's worker processes run it)
    def search(groups, seeds, counts):
        return [glued_lines(joined, groups[:1], seeds, counts, 2, known, bool),
                glued_lines(joined, groups[1:], seeds, counts, 2, known, bool)]
    assert unknown_words(joined, 2, known, bool, [0, 1], search=search) == {"月活": {1}}
    # 三人加 after a word, not a number: no glue shown
    joined = [SEP.join(["人加", "。"]), SEP.join(["保洁", "，", "三人加", "起来"])]
    assert unknown_words(joined, 2, {"保洁", "，", "起来", "。"}.__contains__, bool, [0, 1]) == {}


def test_two_words_sharing_their_tail_are_each_found():
    # 开闭源 is 开源 and 闭源 written once (开闭|源); 开源 recurs, 开闭 is no word used alone
    joined = [SEP.join(["最初", "是", "闭源", "的"]), SEP.join(["全球", "开闭", "源", "模型"]),
              SEP.join(["开源", "模型"]), SEP.join(["开源", "社区"])]
    known = {"最初", "是", "的", "全球", "开闭", "源", "模型", "开源", "社区"}.__contains__
    assert unknown_words(joined, 2, known, bool, [0, 1, 1, 1]) == {"闭源": {1}}
    # 以上|为: 以上 is a word of its own, and 以为 beside it is no coordination
    joined = [SEP.join(["上为", "。"]), SEP.join(["以上", "为", "例"]), SEP.join(["以为", "以上"]),
              SEP.join(["以为"])]
    known = {"。", "以上", "为", "例", "以为"}.__contains__
    assert unknown_words(joined, 2, known, bool, [0, 1, 1, 1]) == {}
    # 出头|去 is 出头 + 去: a verb's complement is no shared tail, though 出去 recurs
    joined = [SEP.join(["回过", "头去", "看"]), SEP.join(["出头", "去", "挑战"]),
              SEP.join(["出去"]), SEP.join(["出去"])]
    known = {"看", "出头", "去", "挑战", "出去"}.__contains__
    assert unknown_words(joined, 2, known, bool, [0, 1, 1, 1]) == {}
    # 以厂|为: a chance segment, no pair of heads the dictionary lists
    joined = [SEP.join(["厂为", "。"]), SEP.join(["以厂", "为", "市"]), SEP.join(["以为"]),
              SEP.join(["以为"])]
    known = {"。", "为", "市", "以为"}.__contains__
    assert unknown_words(joined, 2, known, bool, [0, 1, 1, 1]) == {}


def test_a_word_glued_to_a_number_in_another_article_keeps_both_uses():
    found = terms("百度文库月活已经突破九千万。", "微信拥有超过10亿月活，远超同行。")
    assert found["月活"].count == 2
