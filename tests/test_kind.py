"""Kinds from general cues: figures of speech, attributive words, weak suffixes, media, lists."""

from __future__ import annotations

import pytest

from glossary.kind import classify, coordinate_kinds, short_form_kinds
from glossary.model import Candidate, Occurrence


@pytest.mark.parametrize("term,kwargs,expected", [
    # a war is an event when its parties are named; otherwise a figure of speech
    ("百模大战", {}, "jargon"),
    ("千团大战", {}, "jargon"),
    ("中日战争", {"name": {"中日"}.__contains__}, "event"),
    ("百团大战", {"proper": True}, "event"),
    ("巴黎奥运会", {}, "event"),
    # "X moment" is a concept
    ("斯普特尼克时刻", {}, "jargon"),
    # attributive words describe things and name none
    ("多模态", {"after": ["大模型等", "模型。", "大模型能力"]}, "jargon"),
    ("混元", {"after": ["大模型等", "模型。", "大模型能力"]}, "product"),
    ("云侧大模型", {}, "jargon"),
    ("混元大模型", {}, "product"),
    # organisation suffixes that are also nouns need a word around the name
    ("具身智能", {}, "jargon"),
    ("星河智能", {"after": ["创始人王某"]}, "organization"),
    ("星河集团", {}, "organization"),
    # a reporter's outlet
    ("第一财经", {"after": ["记者表示，", "记者说"]}, "organization"),
])
def test_kind_cues(term, kwargs, expected):
    assert classify(term, **kwargs) == expected


def _cand(term: str, kind: str, spans: list[tuple[int, int]], line: int = 1,
          count: int = 3) -> Candidate:
    occ = [Occurrence("a.txt", line, s, e) for s, e in spans]
    return Candidate(term=term, forms={term: count}, count=count, documents=1, score=0.5,
                     kind=kind, occurrences=occ)


def test_a_weak_suffix_name_counts_as_an_organisation_in_a_list():
    text = "零一万物、百川智能、星辰科技、阶跃星辰都发布了模型。"
    terms = ["零一万物", "百川智能", "星辰科技", "阶跃星辰"]
    kinds = {"零一万物": "organization", "百川智能": "jargon", "星辰科技": "jargon",
             "阶跃星辰": "jargon"}
    cands = []
    for t in terms:
        at = text.index(t)
        c = _cand(t, kinds[t], [(at, at + len(t))])
        c.occurrences.append(Occurrence("a.txt", 2, at, at + len(t)))
        cands.append(c)
    texts = {("a.txt", 1): text, ("a.txt", 2): text}
    coordinate_kinds(cands, texts)
    assert [c.kind for c in cands] == ["organization"] * 4


def test_a_list_of_ordinary_words_stays_jargon():
    text = "算力、数据、人工智能、具身智能都很重要。"
    terms = ["算力", "数据", "人工智能", "具身智能"]
    cands = [_cand(t, "jargon", [(text.index(t), text.index(t) + len(t))]) for t in terms]
    coordinate_kinds(cands, {("a.txt", 1): text}, {"算力", "数据", "人工智能"}.__contains__)
    assert {c.kind for c in cands} == {"jargon"}


def test_a_product_named_with_a_generic_suffix_gives_its_name_the_kind():
    full = _cand("混元大模型", "product", [(0, 5)], count=4)
    short = _cand("混元", "jargon", [(10, 12)], count=5)
    short_form_kinds([full, short], lambda t: False)
    assert short.kind == "product"
    hybrid = _cand("混动汽车", "organization", [(0, 4)], count=4)
    word = _cand("混动", "jargon", [(10, 12)], count=5)
    short_form_kinds([hybrid, word], lambda t: False)
    assert word.kind == "jargon"          # an organisation's suffix: 混动 is no firm's name


def test_a_name_joined_by_an_interpunct_is_a_persons():
    assert classify("哈萨比斯", before=["创始人德米斯·"]) == "person"
    assert classify("哈萨比斯", after=["与奥尔特曼"]) == "other"


def test_a_companys_coinage_is_its_product():
    from glossary.kind import of_occurrences

    class Judge:                       # the miner's dictionary judge, nothing known
        words = frozenset()

        def __getattr__(self, name):
            return lambda *a: [] if name in ("segments", "proper_senses") else False

    assert of_occurrences("百度文库", "", [], {}, Judge()) == "product"


@pytest.mark.parametrize("term,expected", [
    ("Logo", "jargon"), ("genius", "jargon"),          # English words, not names
    ("Hattie Stewart", "person"),                      # two name-shaped words
    ("Raisi", "other"),                                # a name with no cue to say what it names
    ("New York Times", "other"),                       # English words capitalised: a title
])
def test_latin_words_and_names(term, expected):
    english = {"logo", "genius", "new", "york", "times"}.__contains__
    assert classify(term, english=english) == expected


@pytest.mark.parametrize("term,kwargs,expected", [
    ("王正", {"before": ["一位村民"], "surname": "王".__contains__}, "person"),      # a title
    ("苏筱", {"before": ["26岁的"], "surname": "苏".__contains__}, "person"),        # an age
    ("王正", {"after": ["今年70多岁"], "surname": "王".__contains__}, "person"),
    ("王正", {"surname": "王".__contains__}, "jargon"),                             # no cue
    ("华严寺", {"pos": "nr", "surname": "华".__contains__}, "place"),                # a site
    ("三联生活周刊", {}, "organization"),                                          # a periodical
])
def test_people_sites_and_periodicals(term, kwargs, expected):
    assert classify(term, **kwargs) == expected


def test_a_surname_and_an_honorific_is_a_person_and_a_village_is_not():
    surname = "汪洪".__contains__
    assert classify("汪小姐", surname=surname, word={"小姐"}.__contains__) == "person"
    assert classify("洪东村", pos="nr", surname=surname) == "place"


def test_a_dynasty_is_no_person_but_a_person_of_a_dynasty_is():
    assert classify("北宋", proper=True, senses=["the Northern Song Dynasty (960-1127)"]) == "other"
    assert classify("济公", proper=True, senses=[
        "Jigong or Daoji (1130-1207), Southern Song dynasty Buddhist monk"]) == "person"


@pytest.mark.parametrize("term,kwargs,expected", [
    ("中国历代丝绸艺术·宋代", {}, "jargon"),             # a title with an interpunct
    ("5G", {}, "jargon"), ("50kg", {}, "jargon"),
    ("Jean-Luc Diard", {}, "person"),
    ("苗族", {"proper": True, "senses": ["Hmong or Miao ethnic group of southwest China"]}, "other"),
])
def test_titles_quantities_and_peoples(term, kwargs, expected):
    assert classify(term, **kwargs) == expected


def test_a_name_and_a_noun_is_no_persons_name():
    surname = "微赵".__contains__
    assert classify("赵一博", surname=surname) == "person"
    assert classify("微信群", surname=surname, known={"微信"}.__contains__) == "jargon"


@pytest.mark.parametrize("term,senses,expected", [
    ("德语", ["German (language)"], "other"),
    ("中国籍", ["Chinese (i.e. of Chinese nationality)"], "other"),
    ("杰克逊", ["Jackson (name)", "Jackson city, capital of Mississippi"], "person"),
    ("奥运会", ["Olympic Games", "the Olympics"], "event"),
    ("华尔街日报", ["Wall Street Journal"], "organization"),
    ("法兰克福", ["Frankfurt (Germany)"], "place"),
])
def test_what_the_dictionary_says_a_name_is(term, senses, expected):
    assert classify(term, proper=True, senses=senses, before=["一名43岁的"]) == expected


def test_a_name_and_a_common_word_in_brackets_is_no_place():
    english = {"prize"}.__contains__
    assert classify("诺贝尔", proper=True, senses=["Nobel (Prize)"], english=english) != "place"
    assert classify("法兰克福", proper=True, senses=["Frankfurt (Germany)"], english=english) == "place"
    assert classify("曼海姆", proper=True, pos="nr", english={"city"}.__contains__,
                    senses=["Mannheim, German city at the confluence of Rhine and Neckar"]) == "place"


# ------------------------------------------------------------------ unseen-text cues (K2)

def test_a_work_written_as_a_title_is_a_product_and_a_periodical_an_organisation():
    both = dict(before=["相当于《", "而《"], after=["》+《", "》当初"])
    assert classify("好东西", common=True, listed=True, **both) == "product"
    assert classify("破·地狱", **both) == "product"            # not a person's interpunct
    assert classify("华尔街日报", **both) == "organization"
    # an everyday word written once as a title among many plain uses stays what it is
    assert classify("好东西", common=True, listed=True, before=["《", "", "", ""],
                    after=["》", "", "", ""]) == "jargon"


def test_photo_credits_and_role_words_of_the_arts_cue_persons():
    sur = {"蔡": True}.get
    assert classify("蔡小川", pos="nz", surname=lambda c: bool(sur(c)),
                    before=["选机（"], after=[" 摄）"]) == "person"
    assert classify("蔡小川", pos="nz", surname=lambda c: bool(sur(c)),
                    before=["选机（"], after=["）"]) == "jargon"
    assert classify("英格丽", pos="nr", common=True, listed=True,
                    before=["成功的小说家"]) == "person"
    assert classify("巴卡吉耶夫", before=["克里斯托夫-"]) == "person"


def test_a_speech_verb_must_not_begin_a_longer_word():
    kw = dict(pos="nz", surname=lambda c: c == "梅", word=lambda s: s == "称作")
    assert classify("梅汤", after=["称作“醍醐汤"], **kw) == "jargon"
    assert classify("梅汤", after=["称，"], **kw) == "person"


def test_a_known_name_needs_a_cue_to_be_a_person_and_city_country_is_a_place():
    assert classify("威尼斯", pos="nrt", proper=True, senses=["Venice", "Venezia"]) == "other"
    assert classify("巴塞尔", pos="nr", proper=True, surname=lambda c: c == "巴",
                    senses=["Basel, Switzerland"]) == "place"


def test_a_role_noun_and_a_thing_among_things_are_no_names():
    sur = lambda c: c in "管赵乌"                                  # noqa: E731
    assert classify("管培生", surname=sur) == "jargon"             # a kind of trainee
    assert classify("赵一博", surname=sur) == "person"
    assert classify("乌梅", pos="nr", surname=sur) == "person"
    assert classify("乌梅", pos="nr", surname=sur, after=["、桂花、甘草"],
                    word=lambda s: s == "桂花") == "jargon"


def test_a_numeral_unit_after_digits_is_no_surname():
    sur = lambda c: c == "万"                                     # noqa: E731
    assert classify("万新元", surname=sur, before=["月薪为5.5", "调后为220"]) == "jargon"
    assert classify("万新元", surname=sur, before=["部长", "，"]) == "person"


def test_an_attributive_word_and_a_tagged_common_word_are_no_persons():
    assert classify("中国式", pos="nz", proper=True, after=["父亲一样"]) != "person"
    sur = lambda c: c == "高"                                     # noqa: E731
    assert classify("高三", pos="nr", surname=sur, word=lambda s: s == "高三") == "jargon"
    assert classify("高飞", pos="nr", surname=sur) == "person"


def test_the_start_of_a_title_before_a_particle_is_no_short_form():
    title = _cand("隔壁的房间", "product", [(0, 5)], count=4)
    word = _cand("隔壁", "jargon", [(10, 12)], count=5)
    short_form_kinds([title, word], lambda t: False)
    assert word.kind == "jargon"          # 隔壁的房间 The Room Next Door; 隔壁 next door


def test_familiar_names_doubled_names_and_named_sites():
    sur = lambda c: c == "王"                                     # noqa: E731
    assert classify("小王", surname=sur, after=["说，"]) == "person"
    assert classify("小王", surname=sur, after=["说，"], word=lambda s: s == "小王") == "jargon"
    assert classify("婧婧") == "person"                            # no dictionary knows it
    assert classify("天天", word=lambda s: s == "天天") == "jargon"
    assert classify("樟宜机场") == "place"
    assert classify("国际机场", descriptive=lambda s: s == "国际") == "jargon"


def test_the_people_of_a_place_are_no_persons_name():
    known = {"东亚", "法国"}.__contains__
    assert classify("东亚人", surname=lambda c: c == "东", known=known) == "other"


def test_a_name_shaped_term_joined_to_a_person_is_a_person():
    text = "他和胡哲安、王子峻并称三剑客，胡哲安说。"
    known = _cand("胡哲安", "person", [(2, 5), (16, 19)], count=2)
    other = _cand("王子峻", "jargon", [(6, 9)], count=2)
    coordinate_kinds([known, other], {("a.txt", 1): text})
    assert other.kind == "person"
    thing = _cand("王者荣耀", "jargon", [(6, 10)], count=2)
    coordinate_kinds([known, thing], {("a.txt", 1): "他和胡哲安、王者荣耀并称。"})
    assert thing.kind == "jargon"           # 王者荣耀 is a game, not surname-shaped


def test_with_a_cue_a_given_name_made_of_words_is_still_a_name():
    sur = lambda c: c in "钱邢丘"                                  # noqa: E731
    word = {"俊杰", "海洋", "濂"}.__contains__
    assert classify("钱俊杰", common=True, surname=sur, word=word, after=["说,张志杰"]) == "person"
    assert classify("钱俊杰", common=True, surname=sur, word=word, after=["比张志杰"]) == "jargon"
    assert classify("邢海洋", surname=sur, word=word, before=["文|"]) == "person"
    assert classify("丘濂", surname=sur, word=word, before=["宝库(", "瞬间("],
                    after=[")", ")"]) == "person"          # a credit closing a caption


def test_competitions_commissions_and_mansions_are_no_persons():
    sur = lambda c: c in "卫孔世"                                  # noqa: E731
    assert classify("世青赛", pos="nr", surname=sur) == "event"
    assert classify("常规赛", descriptive=lambda s: s == "常规") == "jargon"
    assert classify("卫健委", surname=sur) == "organization"
    assert classify("孔府", pos="nr", surname=sur) != "person"


def test_a_known_person_by_the_dictionary_and_a_clause_is_no_pair():
    assert classify("李世民", pos="nr", proper=True, surname=lambda c: c == "李",
                    senses=["Li Shimin, personal name of second Tang emperor"]) == "person"
    known = _cand("张志杰", "person", [(8, 11)], count=2)
    grade = _cand("三年级", "jargon", [(4, 7)], count=2)
    coordinate_kinds([grade, known], {("a.txt", 1): "到了小学三年级，张志杰就有"})
    assert grade.kind == "jargon"           # a comma joins clauses, not two names
    name = _cand("孙丽", "jargon", [(4, 6)], count=2)
    coordinate_kinds([name, _cand("张志杰", "person", [(7, 10)], count=2)],
                     {("a.txt", 1): "到了小学孙丽，张志杰就有"})
    assert name.kind == "jargon"
    known = _cand("张志杰", "person", [(7, 10)], count=2)
    coordinate_kinds([name, known], {("a.txt", 1): "到了小学孙丽和张志杰就有"})
    assert name.kind == "person"


def test_a_company_written_with_its_company_word_gives_its_name_the_kind():
    company = _cand("陶氏公司", "organization", [(0, 4)], count=4)
    chemical = _cand("陶氏化学", "organization", [(10, 14)], count=4)
    short = _cand("陶氏", "jargon", [(20, 22)], count=2)
    short_form_kinds([company, chemical, short], lambda t: False)
    assert short.kind == "organization"
    # an attributive ending (数字化) after a name is still no short form on its own
    digital = _cand("智慧化学", "organization", [(0, 4)], count=4)
    word = _cand("智慧", "jargon", [(10, 12)], count=2)
    short_form_kinds([digital, word], lambda t: False)
    assert word.kind == "jargon"


def test_a_shop_named_the_old_way_is_an_organization():
    assert classify("信远斋") == "organization"
    assert classify("书斋", word=lambda s: s == "书斋") == "jargon"     # a study, a word


def test_a_cueless_two_character_name_is_a_person_by_its_characters_habits():
    from glossary import dictionary

    odds = dictionary.load().chinese_name_odds
    surname = lambda s: s in ("刘", "赵", "毛", "达", "班")      # noqa: E731
    assert classify("刘霞", surname=surname, name_odds=odds) == "person"
    assert classify("赵静", surname=surname, name_odds=odds) == "person"
    # a coinage whose characters serve names less (毛衫 a sweater) or a word stays jargon
    assert classify("毛衫", surname=surname, name_odds=odds) == "jargon"
    assert classify("达利", surname=surname, name_odds=odds) == "jargon"   # Dalí: transliterated
    assert classify("班志", surname=surname, name_odds=odds) == "jargon"   # a rare surname
    assert classify("刘海", surname=surname, name_odds=odds,
                    word=lambda s: s == "刘海") == "jargon"


def test_a_cueless_three_character_name_with_a_word_for_given_name_needs_more_evidence():
    from glossary import dictionary

    odds = dictionary.load().chinese_name_odds
    surname = lambda s: s in ("姜", "杨")      # noqa: E731
    word = lambda s: s in ("光明", "树林")      # noqa: E731
    assert classify("姜光明", surname=surname, word=word, name_odds=odds) == "person"
    assert classify("杨树林", surname=surname, word=word, name_odds=odds) == "jargon"  # a grove


def test_an_organisations_people_are_not_its_product() -> None:
    from glossary.kind import owner_kinds

    lines = {("a.txt", 1): "星河银行的老客户说，星河银行的星云卡很好。",
             ("a.txt", 2): "星河银行的老客户和星河银行的星云卡。"}
    cands = {}
    for term, kind in (("星河银行", "organization"), ("老客户", "jargon"), ("星云卡", "other")):
        occ = [Occurrence(d, n, m.start(), m.end()) for (d, n), text in lines.items()
               for m in __import__("re").finditer(term, text)]
        cands[term] = Candidate(term, {term: len(occ)}, len(occ), 1, 0.0, kind, occ)
    owner_kinds(list(cands.values()), lines, lambda t: False)
    assert cands["星云卡"].kind == "product"      # a name an organisation owns is its product
    assert cands["老客户"].kind == "jargon"       # its customers are not


def test_a_foreign_name_the_dictionary_also_lists_as_a_word_stays_a_name():
    # 特斯拉: Nikola Tesla and the unit tesla. Its characters spell a foreign name, so without a
    # cue it is a name of unknown kind, not jargon; an ordinary word whose proper sense is a
    # county (大厂) stays a word.
    tesla = ["Nikola Tesla (1856-1943), Serbian inventor and engineer"]
    assert classify("特斯拉", common=True, listed=True, senses=tesla) == "other"
    assert classify("特斯拉", common=True, listed=True, senses=tesla,
                    after=["股价大跌"]) == "organization"
    assert classify("大厂", common=True, listed=True,
                    senses=["Dachang Hui autonomous county in Langfang 廊坊[Lang2 fang2], Hebei"]
                    ) == "jargon"


@pytest.mark.parametrize("term,kwargs,expected", [
    # a landform's generic word after a place's name (GB/T 16159 names it apart)
    ("呼伦贝尔草原", {"pos": "ns"}, "place"),
    ("塔克拉玛干沙漠", {"pos": "ns"}, "place"),
    ("横断山脉", {"pos": "ns"}, "place"),
    # a firm named after a person: one cue that it is a firm is enough
    ("福特", {"senses": ["Henry Ford (1863-1947), American car maker"], "listed": True,
              "common": True, "after": ["一家企业的产量", "汽车就畅销", "中国销量"]}, "organization"),
    ("福特", {"senses": ["Henry Ford (1863-1947), American car maker"], "listed": True,
              "common": True, "after": ["汽车就畅销", "中国销量"]}, "jargon"),
    # an ordinary word used as a firm's name, by habit: founded, its main business, its report
    ("果壳", {"listed": True, "common": True, "pos": "n",
              "before": ["他决定创办", "然后创办了", "和他创办的", "这一年,", "人们说,"],
              "after": ["2023年财", "主营的科普", "的成就", "的文章", "的读者"]}, "organization"),
    ("果壳", {"listed": True, "common": True, "pos": "n",
              "before": ["他决定创办", "这一年,", "人们说,", "剥开", "一堆"],
              "after": ["的成就", "的文章", "的读者", "里的果仁", "很硬"]}, "jargon"),
])
def test_kind_cues_of_places_and_firms(term, kwargs, expected):
    assert classify(term, **kwargs) == expected


def test_a_word_that_points_at_a_firm_is_no_firm_s_name():
    # 本刊 "this magazine" before 记者 again and again: the outlet, referred to, not named
    assert classify("本刊", listed=True, common=True, pos="n",
                    after=["记者说", "记者采访", "记者了解", "，医院也"]) == "jargon"


def test_two_ordinary_words_the_segmenter_tags_as_an_organisation_are_no_name():
    words = {"海洋", "生物", "中国", "银行"}.__contains__
    assert classify("海洋生物", pos="nt", word=words) == "jargon"
    assert classify("星河证券", pos="nt", word=words) == "organization"
    assert classify("人民银行", pos="nt", word={"人民", "银行"}.__contains__) == "organization"


def test_a_given_name_alone_is_a_person_by_habit():
    assert classify("若岚", before=["她的女儿", "，女儿"], after=["说，", "的书包"]) == "person"
    assert classify("若岚", before=["她的女儿"], after=["的书包"]) == "jargon"    # one cue only


def test_a_firm_s_quantity_is_no_firm():
    # 初创企业融资额: the start-ups' financing amount, not a firm called 融资额; a name after the
    # same word is still a firm (人工智能企业深度求索)
    assert classify("融资额", before=["AI初创企业", "中国初创企业"]) != "organization"
    assert classify("深度求索", before=["人工智能企业", "中国初创企业"]) == "organization"
