"""Named things from the dictionary: the name, not its description (places, eras, named effects)."""

from __future__ import annotations

from glossary.gloss import gloss_term
from glossary.senses import clean_sense, rank_senses


def test_a_place_sense_is_its_name_without_where_it_is() -> None:
    assert clean_sense("Loess Plateau of northwest China", proper=True) == "Loess Plateau"
    assert clean_sense("Taihang Mountains on the border between Hebei and Shanxi",
                       proper=True) == "Taihang Mountains"
    assert clean_sense("Cantabria in north Spain", proper=True) == "Cantabria"
    # "of" before a capital is part of the name; a title's "in" is not a location
    assert clean_sense("Bank of China", proper=True) == "Bank of China"
    assert clean_sense("Light in August", proper=True) == "Light in August"
    assert clean_sense("River on a spring night", proper=True) == "River on a spring night"


def test_mt_is_written_mount() -> None:
    assert clean_sense("Mt Taibai in Shaanxi", proper=True) == "Mount Taibai"


def test_an_era_with_years_is_no_person() -> None:
    assert clean_sense("the Northern Song Dynasty (960-1127)", proper=True) == \
        "Northern Song Dynasty"
    assert [s.refers for s in rank_senses("北宋", proper=True)] == [""]
    # a person's years still make a person, whatever follows them
    assert clean_sense("Mozi (c. 470-391 BC), founder of the Mohist School of the Warring "
                       "States Period (475-220 BC)", proper=True) == "Mozi"
    assert clean_sense("Emperor Aidi of Tang, reign name of twenty-first and last Tang emperor",
                       proper=True) == "Emperor Aidi of Tang"


def test_a_named_thing_before_its_description() -> None:
    assert clean_sense("El Niño effect, equatorial climatic variation over the Pacific Ocean") \
        == "El Niño effect"
    # a saying is not a name and its description
    assert clean_sense("Life is short, learning is limitless") == \
        "Life is short, learning is limitless"
    assert clean_sense("Help others, and others may help you") == \
        "Help others, and others may help you"


def test_places_and_eras_gloss_to_their_names() -> None:
    assert gloss_term("黄土高原", "place").english == "Loess Plateau"
    assert gloss_term("太行山", "place").english == "Taihang Mountains"
    assert gloss_term("秦岭", "place").english == "Qinling Mountain Range"
    assert gloss_term("太白山", "place").english == "Mount Taibai"
    assert gloss_term("北宋", "other").english == "Northern Song Dynasty"
    assert gloss_term("厄尔尼诺现象", "jargon").english == "El Niño effect"


def test_an_activity_and_an_agent_suffix_make_an_agent_noun() -> None:
    from glossary.composition import agent_noun, compose

    assert compose("土地测量员") == "land surveyor"
    assert agent_noun("测量") == "surveyor"
    # a verb and -er that is another word is no agent noun (care -> career, tend -> tender)
    assert agent_noun("照护") == ""
    assert compose("照护者") == ""      # not "care one who"
    assert compose("机器手") != "machinist"   # 手 is also "hand"


def test_a_head_takes_the_rendering_its_compounds_end_with() -> None:
    from glossary.composition import compose

    assert compose("小冰期") == "small ice age"     # 冰期 "glacial epoch; ice age"


def test_a_modifier_without_compounds_reads_as_its_adjective() -> None:
    from glossary.composition import compose

    assert compose("视觉中国") == "visual China"     # 视觉 "sight; vision; visual"
    assert compose("度过除夕") != "survive lunar New Year's Eve"


def test_two_characters_that_mean_the_same_thing() -> None:
    from glossary.composition import compose

    assert compose("萎凋") == "withering"      # 萎 "to wither", 凋 "withered"
    assert compose("规训") == ""              # no shared first rendering: an honest gap


def test_an_agent_suffix_inside_a_term_makes_its_noun_or_nothing() -> None:
    from glossary.composition import compose

    assert compose("测量员协会") == "surveyor association"
    assert compose("落选者沙龙") == ""      # not "fail to be chosen one who salon"


def test_no_article_inside_a_composed_phrase() -> None:
    from glossary.composition import compose

    assert compose("莎士比亚戏剧") == "Shakespeare drama"    # 戏剧 "a drama"


def test_a_name_and_its_title() -> None:
    assert gloss_term("哈里王子", "other").english == "Prince Harry"
    assert gloss_term("彼得大帝", "other").english == "Peter the Great"
    assert gloss_term("乾隆皇帝", "jargon").english == "Qianlong Emperor"
    # a name the dictionary does not know: its likely spelling is only a suggestion
    g = gloss_term("米诺斯王", "jargon")
    assert (g.english, g.source, g.suggestions) == ("", "none", ("King Minos",))


def test_a_surname_and_jia_is_a_family() -> None:
    from glossary.pinyin import term_pinyin

    assert gloss_term("魏家", "jargon").english == "Wei family"
    assert term_pinyin("魏家", "jargon") == "Wèi jiā"
    assert term_pinyin("国家", "jargon") == "guójiā"
    assert gloss_term("国家", "jargon").english != "Guo family"


def test_a_transliterated_part_takes_the_spelling_of_the_dictionarys_full_names() -> None:
    from glossary.gloss import dictionary_name_part

    # CC-CEDICT lists 詹姆斯·乔伊斯 "James Joyce" but not 乔伊斯 alone
    assert dictionary_name_part("乔伊斯") == "Joyce"
    g = gloss_term("乔伊斯", "person")
    assert (g.english, g.source) == ("Joyce", "dictionary")


def test_a_two_character_place_the_dictionary_does_not_know_is_written_in_pinyin() -> None:
    g = gloss_term("西坪", "place")
    assert (g.english, g.source) == ("Xiping", "name")
    assert gloss_term("西坪", "jargon").english != "Xiping"


def test_only_a_terms_first_word_reads_as_an_adjective_and_votes_come_first() -> None:
    from glossary.composition import compose

    assert compose("地方政府") == "local government"            # compounds back "local"
    assert compose("性别平等教育") == "gender equality education"  # 平等 is not first


def test_a_lower_case_proper_sense_is_a_description_not_a_name() -> None:
    # 沅江 "river in Hunan, flowing into Lake Dongting", "Yuanjiang, county-level city ..."
    assert gloss_term("沅江", "place").english == "Yuanjiang"


def test_a_places_specific_part_is_romanised_whole() -> None:
    assert gloss_term("黄花镇村", "place").english == "Huanghuazhen Village"


def test_a_country_before_a_common_noun_is_its_adjective() -> None:
    from glossary.composition import compose, demonym

    assert demonym("中国") == "Chinese"
    assert demonym("西班牙") == "Spanish"      # 西班牙人 "Spaniard; Spanish person"
    assert compose("中国品牌") == "Chinese brand name"
    assert compose("日本选手") == "Japanese athlete"
    assert compose("美国政府") == "US government"     # news English's short form stays
    assert compose("美国商务部") == "US Department of Commerce"


def test_a_plural_is_not_pluralised_again() -> None:
    from glossary.composition import compose

    assert compose("三姐妹") == "three sisters"


def test_an_agent_suffix_after_a_verb_with_no_agent_noun_composes_nothing() -> None:
    from glossary.composition import compose

    assert compose("化妆师") == ""         # not "put on makeup teacher"
    assert compose("咨询师") == "consultant"   # consult + -ant, a noun the dictionary uses


def test_an_exclamation_renders_no_term() -> None:
    from glossary.composition import compose

    assert compose("喝咖啡") == "drink coffee"      # not "oh! coffee" (喝, a variant of 嗬)


def test_where_a_place_or_group_is_is_not_its_name() -> None:
    assert gloss_term("花都", "place").english == "Huadu District"
    assert gloss_term("广西", "place").english == "Guangxi Zhuang Autonomous Region"
    assert gloss_term("回族", "other").english == "Hui Islamic ethnic group"
    assert gloss_term("南诏", "other").english == "Nanzhao kingdom"     # "... 738-937 in ..."


def test_a_place_the_dictionary_only_describes_is_named() -> None:
    assert gloss_term("周口", "place").english == "Zhoukou"
    assert gloss_term("特洛伊", "place").english == "Troy"     # "ancient city of Troy"


def test_a_definition_is_no_part_of_a_composed_phrase() -> None:
    from glossary.composition import compose

    assert compose("紫砂壶") == ""


def test_a_lake_the_dictionary_describes_keeps_its_generic_word() -> None:
    assert gloss_term("滇池", "place").english == "Lake Dianchi"   # "lake Dianchi in Yunnan"
    assert gloss_term("天皇", "other").english == "emperor"      # a lower-case sense is no description


def test_only_actions_make_a_synonym_pair() -> None:
    from glossary.composition import compose

    assert compose("妒羡") == "envying"
    assert compose("泰康") == ""      # 泰 "peaceful", 康 "peaceful": as often a name


def test_a_country_in_a_name_is_not_its_adjective() -> None:
    assert gloss_term("中国平安", "organization").english != "Chinese Safe and Sound"


def test_a_word_for_a_thing_before_what_it_is() -> None:
    assert clean_sense("baijiu, a spirit usually distilled from sorghum") == "baijiu"
    assert clean_sense("laksa, spicy noodle soup of Southeast Asia") == "laksa"
    # a list, a note or a saying is not a word and its gloss
    assert clean_sense("cabbage, rice and tofu soup") == "cabbage, rice and tofu soup"
    assert clean_sense("unit of weight, one tenth of a tael") == "unit of weight, one tenth of a tael"
    assert clean_sense("when hungry, you can't pick what you eat") == \
        "when hungry, you can't pick what you eat"
    assert gloss_term("白酒", "jargon").english == "baijiu"


def test_a_unit_named_after_a_person_is_the_persons_name_in_news() -> None:
    g = gloss_term("特斯拉", "other")      # "tesla (unit)" and Nikola Tesla
    assert (g.english, g.suggestions) == ("Tesla", ("Tesla", "tesla"))
    assert gloss_term("赫兹", "jargon").english == "Hertz"     # "hertz (Hz), unit of frequency"
    assert gloss_term("瓦特", "jargon").english == "watt"      # no person in the dictionary


def test_a_numbered_epithets_modifier_is_the_word_names_use() -> None:
    from glossary.wordform import name_votes

    assert name_votes("小").most_common(1)[0][0] == "little"
    assert gloss_term("六小虎", "jargon").english == "Six Little Tigers"
    assert gloss_term("小冰期", "jargon").english == "small ice age"    # no name: as compounds
