"""English glosses: corpus appositions, dictionary senses, names, composition, honest gaps."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary.corpus import clean_document
from glossary.composition import chinese_number
from glossary.gloss import Glosser, compose, find_appositions, gloss_term, rank_senses
from glossary.senses import clean_sense
from glossary.model import GLOSS_SOURCES, Candidate


def cand(term: str, kind: str) -> Candidate:
    return Candidate(term=term, forms={term: 1}, count=2, documents=1, score=1.0, kind=kind)


ARTICLE_TRAD = (
    "在我的著作出版幾個月後，深度求索（DeepSeek）橫空出世。\n"
    "全球知名AI模型評測平臺Chatbot Arena(大模型競技場)公布了最新榜單。\n"
    "在規模法則(Scaling law)放緩的背景下，深度求索(DeepSeek)仍在前進。\n"
    "彭博社專欄作家帕米·奧爾森（Parmy Olson）描繪了這場競賽。\n"
    "他們立志打造通用人工智能(AGI)。\n"
)
ARTICLE_SIMP = "当前中国最优模型是通义千问(Qwen)，深度求索(Deepseek)次之。\n"


@pytest.fixture(scope="module")
def glosser() -> Glosser:
    docs = [clean_document("a.txt", ARTICLE_TRAD), clean_document("b.txt", ARTICLE_SIMP)]
    return Glosser(docs)


# ------------------------------------------------------------------ corpus evidence

def test_apposition_forward_and_reverse() -> None:
    pairs = find_appositions("平台Chatbot Arena(大模型竞技场)公布，深度求索(DeepSeek)发布")
    assert {(p.chinese, p.latin, p.exact) for p in pairs} == {
        ("大模型竞技场", "Chatbot Arena", True), ("深度求索", "DeepSeek", False)}


def test_apposition_ignores_numbers_and_single_letters() -> None:
    assert find_appositions("下载量(6600万次)，模型(2024)，方案(A)") == []


def test_corpus_gloss_across_scripts(glosser: Glosser) -> None:
    g = glosser.gloss(cand("深度求索", "organization"))
    assert (g.english, g.source) == ("DeepSeek", "corpus")   # 3 of 4 spell it DeepSeek
    assert g.confidence >= 0.6 and g.suggestions[0] == "DeepSeek"


def test_corpus_gloss_reverse_apposition(glosser: Glosser) -> None:
    g = glosser.gloss(cand("大模型竞技场", "product"))
    assert (g.english, g.source) == ("Chatbot Arena", "corpus")
    assert glosser.gloss(cand("规模法则", "jargon")).english == "scaling law"  # jargon: lower case
    assert glosser.gloss(cand("通义千问", "product")).english == "Qwen"


def test_foreign_name_from_corpus(glosser: Glosser) -> None:
    g = glosser.gloss(cand("帕米·奥尔森", "person"))
    assert (g.english, g.source) == ("Parmy Olson", "corpus")


def test_acronym_of_a_longer_term_is_not_borrowed(glosser: Glosser) -> None:
    # 通用人工智能(AGI) ends with 人工智能, but AGI is not "artificial intelligence"
    assert glosser.gloss(cand("人工智能", "jargon")).english == "artificial intelligence"
    assert glosser.gloss(cand("通用人工智能", "jargon")).english == "AGI"


def test_more_evidence_more_confidence(glosser: Glosser) -> None:
    once = glosser.gloss(cand("规模法则", "jargon")).confidence
    thrice = glosser.gloss(cand("深度求索", "organization")).confidence
    assert 0 < once < thrice <= 1


def test_latin_terms_gloss_to_themselves(glosser: Glosser) -> None:
    g = glosser.gloss(cand("DeepSeek-R1", "product"))
    assert (g.english, g.source, g.confidence) == ("DeepSeek-R1", "corpus", 1.0)


# ------------------------------------------------------------------ dictionary

def test_sense_prefers_technology_over_literal() -> None:
    g = gloss_term("开源", "jargon")
    assert (g.english, g.source) == ("open source", "dictionary")
    assert "to expand one's financial resources" in g.suggestions


def test_classifier_and_variant_notes_are_not_senses() -> None:
    assert [s.text for s in rank_senses("老虎")] == ["tiger"]         # /tiger/CL:隻|只[zhi1]/
    assert all(not s.text.startswith(("variant of", "CL:")) for s in rank_senses("仇"))
    assert rank_senses("穀歌", proper=True)[0].text == "Google"  # variant entry skipped


def test_see_reference_is_followed() -> None:
    assert gloss_term("腾讯", "organization").english == "Tencent"  # see 腾讯控股有限公司


def test_a_noun_sense_renders_a_term_better_than_a_verb() -> None:
    assert gloss_term("理财", "jargon").english == "money management"   # not "manage wealth"
    assert clean_sense("Asura, malevolent spirits in Indian mythology") == "Asura"


def test_clean_sense() -> None:
    assert clean_sense("radish (Raphanus sativus), esp. white radish 白蘿蔔|白萝卜[bai2 luo2 bo5]") \
        == "radish"
    assert clean_sense("to search for sth") == "to search for something"
    assert clean_sense("Shenzhen subprovincial city in Guangdong", proper=True) == "Shenzhen"
    assert clean_sense("Baidu, Internet portal and search engine", proper=True) == "Baidu"


def test_proper_noun_from_dictionary() -> None:
    assert gloss_term("硅谷", "place").english == "Silicon Valley"
    assert gloss_term("深圳", "place").english == "Shenzhen"
    assert gloss_term("李彦宏", "person").english == "Robin Li"


def test_brand_with_only_a_generic_sense_is_low_confidence() -> None:
    for term in ("豆包", "元宝"):
        g = gloss_term(term, "product")
        assert g.confidence <= 0.4
    g = gloss_term("元宝", "product")
    assert g.english == "Yuanbao" and "a silver or gold ingot" in g.suggestions
    assert gloss_term("腾讯元宝", "product").english == "Tencent Yuanbao"


# ------------------------------------------------------------------ names

def test_chinese_personal_names_are_romanised() -> None:
    g = gloss_term("梁文锋", "person")
    assert (g.english, g.source) == ("Liang Wenfeng", "name")
    assert gloss_term("肖仰华", "person").english == "Xiao Yanghua"


# ------------------------------------------------------------------ composition and gaps

def test_chinese_numbers() -> None:
    assert [chinese_number(s) for s in ("六", "十二", "三百", "两", "万")] == [6, 12, 300, 2, 10000]
    assert chinese_number("六小虎") is None


def test_composition() -> None:
    assert compose("六小虎") == "six small tigers"
    g = gloss_term("六小虎", "jargon")
    assert (g.english, g.source) == ("Six Little Tigers", "compose")   # a group's name, its
    # modifier as the dictionary's names write it (小王子 "The Little Prince")
    assert g.confidence <= 0.4
    assert gloss_term("AI三叉戟", "jargon").english == "AI trident"   # Latin part kept
    assert gloss_term("百模大战", "event").english == "Hundred Model War"  # proper: title case


def test_a_numeral_counts_the_head_only_across_adjectives() -> None:
    assert compose("六小虎") == "six small tigers"          # 小 an adjective: six tigers
    assert compose("百模大战") == "hundred model war"       # 模 a noun: the hundred are models


def test_compounds_choose_a_modifiers_rendering() -> None:
    # 大 alone is "big", but the dictionary's compounds that begin with it say "large"
    assert compose("大模型") == "large model"
    assert compose("超大模型") == "super-large model"      # prefix joined to its modifier


def test_compounds_give_a_heads_noun() -> None:
    from glossary.wordform import positional

    # 智能 is "intelligent"; the compounds that end with it (人工智能) make it a noun
    assert positional("智能", ["intelligent", "able"], end=True) == "intelligence"
    assert positional("模型", ["model"], end=True) is None


def test_attributive_shi_makes_an_adjective() -> None:
    from glossary.wordform import adjective

    assert adjective("generate") == "generative"
    assert adjective("interact") == "interactive"
    assert adjective("eat") is None
    assert compose("生成式人工智能") == "generative artificial intelligence"


def test_head_morphemes_end_a_composition() -> None:
    assert compose("价格战") == "price war"          # 战 first sense is "to fight"
    assert compose("服务商") == "service provider"
    assert compose("Qwen2.5-Max模型") == "Qwen2.5-Max model"


def test_prefix_morphemes_begin_a_composition() -> None:
    assert compose("预训练") == "pre-training"
    assert compose("多模态") == "multi-modal"


def test_the_sense_the_dictionary_uses_in_compounds_wins() -> None:
    # 开放's first sense is "to bloom"; its compounds (对外开放, 开放源代码 ...) mean "open"
    assert gloss_term("开放", "jargon").english == "open"
    assert gloss_term("行业", "jargon").english == "industry"     # not "trade"
    assert compose("自动驾驶") == "automatic driving"             # 驾驶 "to drive", not "to pilot"


def test_verbs_inside_noun_phrases() -> None:
    assert compose("付费用户") == "paying user"       # a participle before a person
    assert compose("下载量") == "download volume"     # a bare verb before a thing
    assert compose("存款利率") == "bank deposit interest rates"   # a noun sense beats a verb


def test_a_piece_is_glossed_as_the_pinyin_reads_it() -> None:
    # 同行 tóngháng "person of the same profession", not tóngxíng "to journey together"
    assert "journey" not in compose("美国同行") and "profession" in compose("美国同行")


def test_grammatical_pieces_make_no_phrase() -> None:
    assert compose("从业者") == ""        # not "from dealer"
    assert compose("最前沿") == ""        # not "most forward position"


def test_common_words_are_not_read_as_small_places() -> None:
    # 大厂 is a county in Hebei and "large manufacturer": a place kind from the miner is weak
    g = gloss_term("大厂", "place")
    assert g.english == "large manufacturer" and "Dachang Hui" in g.suggestions
    assert g.confidence <= 0.4
    assert gloss_term("大厂", "jargon").english == "large manufacturer"
    assert gloss_term("深圳", "place").english == "Shenzhen"          # a city stays a place


def test_definition_senses_give_their_head_noun() -> None:
    g = gloss_term("榜单", "jargon")   # "list of successful applicants for college admission"
    assert (g.english, g.source) == ("list", "dictionary") and g.confidence < 0.5
    assert "list of successful applicants for college admission" in g.suggestions


def test_names_sharing_a_head_noun_and_brand_suffixes() -> None:
    assert gloss_term("重阳节", "event").english == "Double Ninth Festival"
    assert gloss_term("富士康", "organization").english == "Foxconn"
    assert gloss_term("央行", "organization").english == "central bank"   # an institution noun


def test_the_english_name_before_the_romanisation() -> None:
    g = gloss_term("微信", "product")                # CC-CEDICT: "Weixin or WeChat"
    assert g.english == "WeChat" and "Weixin" in g.suggestions


def test_a_company_name_and_common_words() -> None:
    from glossary.pinyin import term_pinyin

    # the miner may call them jargon: a company's name leading the term decides
    g = gloss_term("百度文库", "jargon")    # 文库 "collection of documents": a coined product name
    assert g.english == "Baidu Wenku" and "Baidu collection of documents" in g.suggestions
    assert term_pinyin("百度文库", "jargon") == "Bǎidù Wénkù"
    g = gloss_term("华为手机", "jargon")    # a plain category word: a description
    assert g.english == "Huawei mobile phone" and "Huawei Shouji" in g.suggestions
    assert term_pinyin("华为手机", "jargon") == "Huáwéi shǒujī"
    assert gloss_term("中国市场", "jargon").english == "Chinese market"   # a country is no company
    assert gloss_term("老板庄辉荣", "jargon").english != "Robam Zhuanghuirong"  # 老板 "boss"


def test_a_word_that_is_also_a_name_is_less_sure() -> None:
    g = gloss_term("特斯拉", "jargon")      # "tesla (unit)", and Nikola Tesla
    assert g.confidence <= 0.45


def test_a_person_who_is_also_a_word_may_be_a_namesake() -> None:
    g = gloss_term("特斯拉", "person")          # Nikola Tesla, and "tesla (unit)"
    assert g.english == "Nikola Tesla" and g.confidence <= 0.6 and "Tesla" in g.suggestions
    assert gloss_term("李彦宏", "person").confidence >= 0.8


def test_company_named_after_a_person() -> None:
    g = gloss_term("特斯拉", "organization")     # the dictionary only knows Nikola Tesla
    assert (g.english, g.source) == ("Tesla", "dictionary") and g.confidence <= 0.4


def test_honest_gap() -> None:
    g = gloss_term("具身智能", "jargon")     # 具身 is unknown; gluing 具 "tool" + 身 "body" is noise
    assert (g.english, g.source, g.confidence, g.suggestions) == ("", "none", 0.0, ())


def test_transliterated_name_matched_to_a_latin_name_in_the_same_article() -> None:
    from glossary.model import Occurrence

    doc = clean_document("c.txt", "Parmy Olson\n彭博社专栏作家帕米·奥尔森描绘了这场竞赛。奥尔森说。\n"
                                  "Bloomberg Opinion\n")
    glosser = Glosser([doc])
    full = Candidate("帕米·奥尔森", {"帕米·奥尔森": 1}, 1, 1, 1.0, "person",
                     [Occurrence("c.txt", 2, 7, 13)])
    g = glosser.gloss(full)
    assert (g.english, g.source) == ("Parmy Olson", "corpus") and g.confidence <= 0.4
    short = Candidate("奥尔森", {"奥尔森": 1}, 1, 1, 1.0, "person", [Occurrence("c.txt", 2, 15, 18)])
    assert glosser.gloss(short).english == "Olson"
    elsewhere = Candidate("帕米·奥尔森", {"帕米·奥尔森": 1}, 1, 1, 1.0, "person",
                          [Occurrence("other.txt", 1, 0, 6)])
    assert glosser.gloss(elsewhere).english == ""    # no Latin name in that article


_TEXT = st.text(alphabet=st.sampled_from(list("的一是不了人我在有他这中大来上国个到說們為長行重单曾开源模型")
                                         + list("AIDeepSk-.·・ 0123456789（）()")), max_size=12)
_KIND = st.sampled_from(["person", "organization", "product", "place", "event", "jargon", "other"])


@settings(max_examples=120, deadline=None)
@given(_TEXT, _KIND)
def test_every_gloss_is_well_formed(term: str, kind: str) -> None:
    g = gloss_term(term, kind)
    assert g.source in GLOSS_SOURCES and 0.0 <= g.confidence <= 1.0
    assert (g.english == "") == (g.source == "none")
    if g.english:
        assert g.suggestions[0] == g.english
    else:
        assert g.confidence == 0.0


def test_a_name_with_a_generic_word_translates_the_word() -> None:
    # the name romanised, the generic word in English: title case for a firm, lower for a product
    assert gloss_term("百川智能", "organization").english == "Baichuan Intelligence"
    assert gloss_term("星河集团", "organization").english == "Xinghe Group"
    assert gloss_term("混元大模型", "product").english == "Hunyuan large model"
    assert gloss_term("华为手机", "product").english == "Huawei mobile phone"   # known name kept


def test_an_unknown_place_is_named_by_its_generic_part() -> None:
    assert gloss_term("双湖县", "place").english == "Shuanghu County"
    assert gloss_term("镇江市", "place").english == "Zhenjiang"       # the dictionary knows it


def test_a_place_sense_ends_before_its_location() -> None:
    assert clean_sense("Ying County in Shuozhou 朔州[Shuo4 zhou1], Shanxi", proper=True) == "Ying County"
    assert clean_sense("Shanxi Province in north China between Hebei and Shaanxi",
                       proper=True) == "Shanxi Province"


def test_a_verb_heading_a_compound_takes_the_compounds_noun() -> None:
    # the dictionary's compounds that end with the verb say how English names the activity
    assert compose("产品开发") == "product development"    # not "product developing"
    assert compose("移动支付") == "mobile payment"
    assert compose("模型训练") == "model training"


def test_a_character_and_a_bound_morpheme_make_one_modifier() -> None:
    assert compose("云侧大模型") == "cloud-side large model"
    assert compose("价格战") == "price war"                # at the end the morpheme is the head


def test_a_term_cut_before_its_object_composes_nothing() -> None:
    assert compose("改编自") == ""          # "adapted from ...": not "adapt self"
    assert compose("取材自") == ""


def test_the_erhua_suffix_adds_nothing() -> None:
    assert compose("忘词儿") == "forget one's lines"     # not "... child"
    assert clean_sense("Nobel Prize in Literature", proper=True) == "Nobel Prize in Literature"


def test_a_longer_runs_latin_name_does_not_gloss_a_word_it_ends_with() -> None:
    from glossary.gloss import Apposition, Evidence

    evidence = Evidence([Apposition("格拉斯顿伯里音乐节", "Glastonbury Music Festival", False)])
    assert gloss_term("音乐节", "jargon", evidence).english == "music festival"


def test_a_head_glossed_by_a_verb_phrase_composes_nothing() -> None:
    assert compose("长链思考") == ""          # not "long-chain reflect on"


def test_a_periodicals_name_is_not_translated() -> None:
    assert gloss_term("三联生活周刊", "organization").english == "Sanlian Shenghuo Zhoukan"


def test_a_piece_of_a_sentence_composes_nothing() -> None:
    assert compose("我愿意") == ""            # a pronoun: a clause, not a term
    assert compose("这家公司") == ""


def test_a_place_morpheme_inside_a_phrase_is_lower_case() -> None:
    assert compose("看山") == "see mountain"
    assert gloss_term("南明河", "place").english == "Nanming River"


def test_a_verb_heading_a_compound_takes_the_noun_its_compounds_use() -> None:
    assert compose("AI搜索") == "AI search"             # 搜索引擎 "search engine"
    assert compose("自动驾驶") == "automatic driving"    # 驾驶员 "driver" is an agent: a gerund
    assert compose("付费用户") == "paying user"          # before a person: a participle


def test_a_graded_code_names_its_level() -> None:
    assert compose("L4级") == "L4"


# ------------------------------------------------------------------ names and titles (K2)

def test_a_glossed_foreign_names_parts_pair_with_its_latin_words() -> None:
    pairs = {(p.chinese, p.latin, p.exact)
             for p in find_appositions("美裔法国艺术家妮娜·奇尔德雷斯(Nina Childress)。")}
    assert ("奇尔德雷斯", "Childress", True) in pairs
    pairs = {(p.chinese, p.latin) for p in find_appositions(
        "卡洛琳·克里斯托夫-巴卡吉耶夫(Carolyn Christov-Bakargiev)的")}
    assert pairs == {("巴卡吉耶夫", "Bakargiev")}
    assert ("皮诺", "Pinault") in {(p.chinese, p.latin) for p in find_appositions(
        "今年在弗朗索瓦·皮诺(François Pinault)的")}           # accented Latin letters
    # parts that do not sound like the words pair with nothing
    assert [p for p in find_appositions("作者张三·李四(Nina Childress)") if p.exact] == []


def _occurring(term: str, kind: str, doc: str, text: str) -> Candidate:
    from glossary.model import Occurrence

    spans = []
    for n, line in enumerate(text.splitlines(), 1):
        start = line.find(term)
        while start >= 0:
            spans.append(Occurrence(doc, n, start, start + len(term)))
            start = line.find(term, start + 1)
    return Candidate(term=term, forms={term: len(spans)}, count=len(spans), documents=1,
                     score=1.0, kind=kind, occurrences=spans)


def test_a_surname_alone_inherits_the_latin_surname() -> None:
    text = "美裔法国艺术家妮娜·奇尔德雷斯（Nina Childress）。\n奇尔德雷斯后来成为教授。\n"
    g = Glosser([clean_document("a.txt", text)]).gloss(
        _occurring("奇尔德雷斯", "person", "a.txt", text))
    assert (g.english, g.source) == ("Childress", "corpus")


def test_a_works_title_is_not_calqued_or_romanised() -> None:
    text = "最近的电影《好东西》上映。\n而《好东西》当初之所以打动人。\n"
    glosser = Glosser([clean_document("a.txt", text)])
    g = glosser.gloss(_occurring("好东西", "product", "a.txt", text))
    assert g.english == "" and g.source == "none"
    # the same word used plainly is glossed as usual
    plain = "这是好东西。\n好东西不贵。\n"
    g = Glosser([clean_document("b.txt", plain)]).gloss(
        _occurring("好东西", "product", "b.txt", plain))
    assert g.english != ""


def test_a_verb_and_its_object_before_a_noun_is_hyphenated() -> None:
    assert compose("扫地机器人") == "floor-sweeping robot"   # not "sweep the floor robot"
    assert compose("付费用户") == "paying user"              # before a person: a participle


def test_a_name_with_a_generic_word_takes_the_texts_latin_name() -> None:
    text = "今年在弗朗索瓦·皮诺（François Pinault）的空间。\n皮诺基金会网站。\n在皮诺基金会展出。\n"
    glosser = Glosser([clean_document("a.txt", text)])
    g = glosser.gloss(_occurring("皮诺基金会", "organization", "a.txt", text))
    assert (g.english, g.source) == ("Pinault Foundation", "corpus")
    assert Glosser([]).gloss(_occurring("皮诺基金会", "organization", "a.txt", text)).english \
        == "Pinuo Foundation"             # without the text's evidence: romanised


def test_a_transliteration_split_across_pieces_is_not_composed() -> None:
    assert compose("布朗利博物馆") == ""                 # not "Brown Sharp Museum"
    assert compose("巴黎巴塞尔艺术博览会").startswith("Paris Basel")   # whole names are fine


def test_a_chinese_ministry_is_a_ministry() -> None:
    # a bare 部 in Chinese news is one of China's ministries, named "Ministry of ..."
    assert gloss_term("国防部", "organization").english == "Ministry of National Defense"
    assert gloss_term("交通部", "organization").english == "Ministry of Transport"
    # the dictionary gives only the US style: renamed, its wording kept as a suggestion
    g = gloss_term("商务部", "organization")
    assert g.english == "Ministry of Commerce"
    assert "Department of Commerce" in g.suggestions


def test_a_proper_sense_that_translates_the_names_stem_wins() -> None:
    # 商务 is "commerce": the US department is "of Commerce", not "of Trade"
    assert compose("美国商务部") == "US Department of Commerce"


def test_two_bound_characters_compose_only_as_their_compounds_render_them() -> None:
    # each character read as the dictionary's compounds read it at the same edge
    assert compose("梅汤") == "plum soup"      # 汤 alone first reads "rushing current"
    assert compose("乌梅") == "black plum"
    assert compose("车企") == "car company"    # 企 abbreviates 企业, "company"
    # a verb (来 "to come") or a rendering no compound backs gives no gloss at all
    assert compose("来天") == ""
    assert compose("入华") == ""
    assert compose("月活") == ""       # 活 "work" is none of its first senses (alive, to live)


def test_a_country_before_what_it_owns_takes_its_short_form() -> None:
    assert compose("美国政府") == "US government"
    assert compose("美国市场") == "US market"
    assert gloss_term("美国", "place").english == "United States"    # alone: its full name


def test_a_named_site_is_its_name_and_its_generic_word() -> None:
    assert gloss_term("万达广场", "place").english == "Wanda Plaza"       # not "10000 Attain ..."
    assert gloss_term("朝阳公园", "place").english == "Chaoyang Park"     # not "Morning Sun Park"
    assert gloss_term("人民广场", "place").english == "People's Square"   # the dictionary's


def test_a_numeral_before_a_verb_character_is_a_name_not_a_count() -> None:
    assert compose("万达集团") == ""          # not "10000 attain group"
    assert compose("通义千问") == ""          # not "... thousand ask"
    assert compose("六小虎") == "six small tigers"   # an adjective after the numeral is fine


def test_a_verb_heading_a_compound_is_never_an_adjective() -> None:
    assert compose("基因表达") == "gene expression"     # not "gene expressive"


def test_a_numeral_and_measure_word_count_the_noun_they_measure() -> None:
    # the dictionary's classifier note picks the counted sense: 卡 counted with 张 is a card
    assert compose("十万张卡") == "100,000 cards"         # not "100000 slows"
    assert compose("三家公司") == "three companies"
    # a measure word the noun does not take makes no count at all
    assert compose("三款手机") == ""
