"""Kinds of names met in unseen articles: given names alone, transliterated and Japanese names,
bands, natural features, cultivars (each case is a shape of name, not one article's term)."""

from __future__ import annotations

import pytest

from glossary import dictionary
from glossary.kind import _japanese_surname, classify
from glossary.model import Occurrence
from glossary.pinyin import term_pinyin


@pytest.fixture(scope="module")
def real():
    """The dictionary's callbacks, as the miner passes them."""
    d = dictionary.load()
    return {"surname": lambda c: d.surname(c) is not None, "name_odds": d.chinese_name_odds,
            "word": lambda w: any(not e.proper for e in d.entries(w))}


@pytest.mark.parametrize("term,before,after", [
    # a girl, a friend: people words before a given name, an adverb before the speech verb
    ("丹拉", ["多,藏族女孩", "地震后,"], ["就醒了。17", "的外婆站在倒"]),
    ("小志", ["其中一个朋友", "。晚些时候,"], ["也会说:“别", "也表达了祝贺"]),
    # kin joined by 的/和 after the name
    ("央宗", ["吉翁村的", "只能这样。”"], ["和丈夫一起跑", "的父母去家里"]),
    # a Tibetan name of four characters
    ("嘉措多吉", ["27岁的村民", "是依靠畜牧,"], ["说,一亩地种", "家养了接近2"]),
])
def test_a_given_name_alone_with_person_cues_is_a_person(term, before, after):
    assert classify(term, before=before, after=after) == "person"


def test_one_cue_is_not_enough_for_a_word_nobody_knows():
    assert classify("丹拉", before=["多,藏族女孩", "地震后,"], after=["就醒了。", "回忆"]) != "jargon"
    assert classify("丹拉", before=["地震后,", "地震后,"], after=["就醒了。", "扭头冲出"]) == "jargon"


def test_another_name_is_no_speaker():
    # 又称: "also called"; not a person speaking
    assert classify("丹拉", before=["藏族女孩"], after=["又称藏红花"]) == "jargon"


def test_transliterated_name_by_the_dictionarys_name_statistics(real):
    # 波伏娃 has characters the hand list of transliteration characters lacks (伏, 娃)
    assert classify("波伏娃", pos="nr", after=["坦言", "和萨特的契约"], **real) == "person"
    assert classify("波伏娃", pos="nr", **real) == "other"     # a foreign name, no cue
    # two characters need a cue as well: the tagger's nrt falls on words too (拉索 stay cable)
    assert classify("娜拉", pos="nrt", after=["说,她要走", "出走之后"], **real) == "person"
    assert classify("拉索", pos="nrt", after=["系统,拉索确", "固定,构成了"], **real) == "jargon"
    # a tagger's nr on ordinary words is no name
    assert classify("强台风", pos="nr", **real) == "jargon"
    assert classify("大大增加", pos="nr", **real) == "jargon"


def test_a_term_spelt_in_latin_letters_after_it_is_a_foreign_name(real):
    after = ["(Theseus)", "。小说内涵犹", "的K却没能战"]
    assert classify("忒修斯", after=after, **real) == "other"
    assert classify("忒修斯", after=after[1:], **real) == "jargon"


def test_japanese_surname_and_given_name():
    assert _japanese_surname("山口") and _japanese_surname("中村")
    assert not _japanese_surname("张三")
    kw = {"japanese_surname": {"山口"}.__contains__, "word": {"公园"}.__contains__}
    assert classify("山口百惠", **kw) == "person"
    assert classify("山口公园", **kw) != "person"        # a park
    assert classify("山口县", **kw) != "person"          # the prefecture


@pytest.mark.parametrize("term", ["星弧合唱团", "披头士乐队", "浙江小百花越剧团"])
def test_bands_choirs_and_troupes_are_organisations(term):
    assert classify(term) == "organization"


def test_a_choir_in_general_is_jargon():
    assert classify("合唱团", common=True, listed=True) == "jargon"
    assert classify("室内合唱团", descriptive={"室内"}.__contains__) == "jargon"


@pytest.mark.parametrize("term,pos", [("贡嘎山", "nr"), ("红石滩", ""), ("朋曲河", ""),
                                      ("日乌且垭口", "")])
def test_a_natural_feature_nobody_knows_is_a_place(real, term, pos):
    assert classify(term, pos=pos, **real) == "place"


def test_a_name_ending_in_a_feature_character_names_use_is_still_a_person(real):
    # 峰 serves given names; 张晓峰 is a surname and a given name by habit
    assert classify("张晓峰", pos="nr", **real) == "person"
    assert classify("李小江", pos="nr", **real) == "person"


def test_a_surname_shaped_coinage_is_no_person(real):
    assert classify("危化品", **real) == "jargon"        # hazardous chemicals
    assert classify("赵一博", **real) == "person"
    assert classify("卢柏克", **real) == "person"        # a name, whatever its characters


def test_a_tea_or_a_cultivar_the_dictionary_explains_is_a_common_noun():
    assert classify("铁观音", pos="n", proper=True,
                    senses=["Tieguanyin tea (a variety of oolong tea)"]) == "jargon"
    # and its pinyin is lower case, as a common noun's (GB/T 16159)
    assert term_pinyin("铁观音", "jargon") == "tiěguānyīn"
    assert term_pinyin("斯普特尼克时刻", "jargon") == "Sīpǔtèníkè shíkè"    # a name inside


def test_a_tagged_place_needs_the_text_or_the_dictionary():
    # a cultivar the tagger calls a place, listed among things (黄金桂, 黄金 "gold")
    assert classify("本山", pos="ns", after=["、黄金桂等品", ",性状与铁观"],
                    word={"黄金"}.__contains__) == "other"
    assert classify("凉山", pos="ns", after=["的诺苏青年如"]) == "place"
    assert classify("西坪", pos="ns", after=["镇:一是王家", "松林头的"]) == "place"
    # (村庄 "village" is a word, not 村 after a name)
    assert classify("西坪", pos="ns", after=["村庄的尖塔", "松林头的"],
                    word={"村庄"}.__contains__) == "jargon"


def test_a_country_the_text_makes_speak_stays_a_place():
    assert classify("乍得", pos="ns", proper=True, senses=["Chad"],
                    after=["提出“将凯布", "已经向法国政"]) == "place"


def test_a_tagged_name_by_statistics_alone_is_no_person_without_a_cue(real):
    # 默沙东 (a drug firm): its 项目负责人 says an organisation
    after = ["项目负责人李", "的企业使命是"]
    assert classify("默沙东", pos="nr", after=after, **real) == "organization"
    assert classify("阿波美", pos="nr", after=["平原,为丰族"], **real) == "other"


def test_a_name_the_text_shows_is_a_person_beats_the_taggers_place():
    senses = ["Sherlock Holmes, 歇洛克·福尔摩斯"]
    assert classify("福尔摩斯", pos="ns", proper=True, senses=senses,
                    before=["造出夏洛克·", "虽然在《"]) == "person"
    assert classify("福尔摩斯", pos="ns", proper=True, senses=senses) == "place"


def test_a_namesake_in_the_dictionary_yields_to_the_text():
    senses = ["historian from Song of the Southern Dynasties, author of History of Eastern Han"]
    before = ["著的中文译者", "几天后,译者"]
    assert classify("范晔", pos="nr", proper=True, senses=senses, before=before,
                    after=["发了一条微博", "的纠结终于"]) == "person"
    assert classify("范晔", pos="nr", proper=True, senses=senses) == "other"


def test_a_band_the_dictionary_knows_with_its_generic_word_is_an_organisation():
    # 披头士乐队 is in the segmenter's word list, so no suffix rule sees it; 披头士 is a name
    assert classify("披头士乐队", pos="i", common=True, listed=True,
                    known={"披头士"}.__contains__) == "organization"
    assert classify("披头士", pos="i", proper=True,
                    senses=["the Beatles (music band)"]) == "organization"


def test_a_firm_named_by_its_trade_or_its_legal_form():
    assert classify("朴诚乳业") == "organization"
    assert classify("中国乳业", descriptive={"中国"}.__contains__) == "jargon"
    assert classify("朴诚", after=["有限公司发布", "的声明似乎不"]) == "organization"


def test_a_code_for_a_visa_or_a_licence_class_is_no_product():
    assert classify("H1B", after=["签证(留学生", "拒签率大幅上"]) == "jargon"
    assert classify("B2", after=["驾照,还要持"]) == "jargon"
    assert classify("GPT4", after=["发布后", "的能力"]) == "product"


def test_more_speech_and_media_cues():
    assert classify("道尔", before=["阿瑟·柯南·", ",但"], after=["却在晚年", "坚称这是精灵"]) \
        == "person"
    assert classify("谨菲", before=["隙,前几天,", "船上。"], after=["觉得它很适合", "觉得这样"]) \
        == "person"


def test_a_name_the_dictionary_gives_no_kind_is_a_place_where_things_happen():
    # CC-CEDICT says only "Nepal", "Venice"; the text says where
    assert classify("尼泊尔", pos="nr", proper=True, senses=["Nepal"],
                    before=["015年4月", ",最危险时在"], after=["发生8.1级", "边境遇到黑熊"]) == "place"
    assert classify("尼泊尔", pos="nr", proper=True, senses=["Nepal"]) == "other"
    assert classify("国庆", pos="t", proper=True, senses=["National Day"],
                    before=["在", "在"], after=["期间", "假期"]) == "other"


def test_a_given_name_of_habitual_given_name_characters_needs_one_cue(real):
    before = ["到新工作时,", "麻木的。原本"]
    assert classify("晓雪", before=before, after=["的丈夫徐晓阳", "需要母亲帮衬"], **real) \
        == "person"
    assert classify("晓雪", before=before, after=["与李红的困局", "需要母亲帮衬"], **real) \
        == "jargon"
    # a transliteration's characters need the second cue
    assert classify("丹拉", before=before, after=["的外婆站在", "扭头冲出"], **real) == "jargon"


def test_a_firms_plant_is_an_organisation():
    known = {"西门子", "成都", "特斯拉", "上海"}.__contains__
    assert classify("西门子成都工厂", known=known) == "organization"
    assert classify("特斯拉总部", known=known) == "organization"
    assert classify("外资的超级工厂", known=known) == "jargon"


def test_a_plants_generic_word_is_translated():
    from glossary.kind import name_suffix
    assert name_suffix("西门子成都工厂", "organization") == "工厂"
    assert name_suffix("西门子成都工厂", "jargon") == ""


@pytest.mark.parametrize("term,senses,expected", [
    ("汉武帝", ["Emperor Wu of the Han dynasty (141-87 BC)"], "person"),
    ("孙悟空", ["Sun Wukong, the Monkey King, character with supernatural powers in the novel"],
     "person"),
    ("麦当劳", ["MacDonald or McDonald (name)", "McDonald's (fast food company)"], "organization"),
    ("韩国", ["South Korea (Republic of Korea)", "Korea from the fall of the Joseon dynasty"],
     "place"),
    ("国会", ["Parliament (UK)", "Congress (US)", "Diet (Japan)"], "organization"),
])
def test_more_of_what_the_dictionary_says_a_name_is(term, senses, expected):
    assert classify(term, pos="nr", proper=True, senses=senses) == expected


def test_a_company_in_full_is_no_product_of_itself():
    from glossary.kind import of_occurrences

    class Judge:
        words: dict = {}
        proper = staticmethod(lambda t: False)
        common = staticmethod(lambda t: False)
        general_token = staticmethod(lambda t: False)
        segments = staticmethod(lambda t: [t])
        proper_senses = staticmethod(lambda t: [])
        surname = staticmethod(lambda t: False)
        name = staticmethod(lambda t: False)
        pos = staticmethod(lambda t: "")

    occ = [Occurrence("a.txt", 1, 0, 8)]
    texts = {("a.txt", 1): "松下控股株式会社发布了财报"}
    assert of_occurrences("松下控股株式会社", "", occ, texts, Judge()) == "organization"


def test_a_theory_someone_founded_is_jargon():
    assert classify("神经症人格理论", before=["学派,提出了", "”她创立了"]) == "jargon"


def test_surname_shaped_phrases_that_are_no_names(real):
    known = {"孔子"}.__contains__
    assert classify("观孔子", known=known, **real) == "jargon"     # 观孔子之遗风
    assert classify("沈腾式", **real) == "jargon"                  # in the manner of 沈腾
    assert classify("乌江亭", **real) == "place"                   # a pavilion
    # a common surname and a given name that is also a place's name (昭阳) is a name
    assert classify("魏昭阳", known={"昭阳"}.__contains__, **real) == "person"


def test_a_thing_counted_with_a_classifier_is_no_person(real):
    before = ["血里。把一匹", "技绝的危险,"]
    assert classify("宋锦", before=before, after=["面料展开", "更是一度失传"], **real) == "jargon"
    assert classify("宋锦", before=before[1:], after=["面料展开", "更是一度失传"], **real) \
        == "person"


def test_a_kind_of_person_that_speaks_is_no_name():
    word = {"博士"}.__contains__        # 博士生 "doctoral student": 博士 and 生
    assert classify("博士生", pos="nr", word=word, after=["告诉本刊,有"]) == "jargon"
    assert classify("钱学生", pos="nr", word=word, after=["告诉本刊,有"]) == "person"


def test_a_latin_abbreviation_the_dictionary_explains_in_lower_case_is_jargon():
    senses = ["intellectual property (in China, often used for a creative work by an author)"]
    assert classify("IP", proper=True, senses=senses) == "jargon"


def test_an_empire_and_a_station_are_places(real):
    assert classify("奥匈帝国", proper=True, senses=["Austro-Hungarian Empire 1867-1918"]) \
        == "place"
    assert classify("黄边站", **real) == "place"


def test_surname_shaped_things_and_phrases_with_no_cue(real):
    assert classify("花绒绸", before=["学生带来一件", "很多新产品,"], **real) == "jargon"
    assert classify("花绒绸", before=["很多新产品,"], **real) == "person"
    assert classify("离不掉", **real) == "jargon"


def test_four_characters_of_ordinary_words_are_no_given_name():
    word = {"爸爸", "妈妈"}.__contains__
    after = ["说,他们总", "说,爸爸妈妈"]
    assert classify("爸爸妈妈", pos="nr", word=word, after=after) == "jargon"
    assert classify("嘉措多吉", word=word, before=["27岁的村民"], after=after) == "person"


def test_an_agent_noun_is_no_name(real):
    assert classify("施害者", after=["说,他们", "表示"], **real) == "jargon"
    assert classify("林秀英", known={"秀英"}.__contains__, **real) == "person"
