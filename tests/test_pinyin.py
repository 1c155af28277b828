"""Pinyin (GB/T 16159 joining, GB/T 28039 names), name romanisation and slugs."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary import dictionary
from glossary.pinyin import numeral_coinage, romanize_name, slug, term_pinyin


@pytest.mark.parametrize("term, kind, expected", [
    # polyphones resolved by word context, not by the character's first reading
    ("行业", "jargon", "hángyè"),
    ("长链", "jargon", "chángliàn"),
    ("重构", "jargon", "chónggòu"),
    ("银行", "jargon", "yínháng"),
    # neutral tone where the standard writes one
    ("萝卜", "other", "luóbo"),
    ("萝卜快跑", "product", "Luóbo Kuàipǎo"),
    # citation tones, never tone sandhi
    ("文心一言", "product", "Wénxīn Yīyán"),
    # word joining, capitals for proper nouns only, apostrophe before a/o/e inside a word
    ("百度文库", "product", "Bǎidù Wénkù"),
    ("百模大战", "jargon", "bǎimó dàzhàn"),
    ("六小虎", "jargon", "Liù Xiǎohǔ"),       # SPEC: a numbered epithet is a name, numeral apart
    ("七姐妹", "other", "Qī Jiěmèi"),
    ("三伏天", "jargon", "sānfútiān"),         # a dictionary word stays whole
    ("三大运营商", "jargon", "sāndà yùnyíngshāng"),  # 大 is no noun word: not a coinage
    ("千问", "jargon", "qiānwèn"),             # a bound character after the numeral
    ("通用人工智能", "jargon", "tōngyòng réngōng zhìnéng"),
    ("西安", "place", "Xī'ān"),
    ("月之暗面", "organization", "Yuèzhī Ànmiàn"),
    ("复旦大学", "organization", "Fùdàn Dàxué"),
    ("雅鲁藏布江", "place", "Yǎlǔzàngbù Jiāng"),
    ("浙江", "place", "Zhèjiāng"),
    ("镇江市", "place", "Zhènjiāng Shì"),
    ("城中村", "jargon", "chéngzhōngcūn"),      # 中村 (Nakamura) is no word here
    # single syllables pair up or join the next word; no neutral tone guessed from position
    ("混元大模型", "product", "Hùnyuán dàmóxíng"),
    ("右舵左行", "jargon", "yòuduò zuǒxíng"),
    ("千行百业", "jargon", "qiānháng bǎiyè"),  # parallel idiom: 行 as in 行业
    # the particle 的 is a word of its own, neutral tone; inside words it keeps its reading
    ("西西弗的神话", "jargon", "Xīxīfú de shénhuà"),
    ("美丽的地方", "jargon", "měilì de dìfāng"),
    ("目的", "jargon", "mùdì"),
    ("首个", "jargon", "shǒugè"),
    # a proper noun inside a common term keeps its capital; transliterations stay whole
    ("斯普特尼克时刻", "jargon", "Sīpǔtèníkè shíkè"),
    ("阿瓦达拉", "jargon", "Āwǎdálā"),
    ("阿里巴巴", "organization", "Ālǐbābā"),
    # Latin letters and digits kept as written, as separate words
    ("C端", "jargon", "C duān"),
    ("AI三叉戟", "jargon", "AI sānchājǐ"),
    ("智谱AI", "organization", "Zhìpǔ AI"),
    ("L4级", "jargon", "L4 jí"),
])
def test_term_pinyin(term: str, kind: str, expected: str) -> None:
    assert term_pinyin(term, kind) == expected


@pytest.mark.parametrize("term, expected", [
    ("梁文锋", "Liáng Wénfēng"),
    ("肖仰华", "Xiāo Yǎnghuá"),     # 肖 as a surname is Xiāo, not xiào
    ("曾毅", "Zēng Yì"),           # not céng
    ("单雄信", "Shàn Xióngxìn"),    # not dān
    ("仇英", "Qiú Yīng"),          # not chóu
    ("解缙", "Xiè Jìn"),           # not jiě
    ("欧阳娜娜", "Ōuyáng Nànà"),    # compound surname joined
    ("帕米·奥尔森", "Pàmǐ Ào'ěrsēn"),  # foreign name: parts capitalised, dot dropped
    ("马斯克", "Mǎsīkè"),           # transliterated name without a dot: one word
    ("济公", "Jìgōng"),             # the dictionary's reading of a known person wins
    ("向田邦子", "Xiàngtián Bāngzǐ"),  # no neutral tone in a given name
])
def test_person_names(term: str, expected: str) -> None:
    assert term_pinyin(term, "person") == expected


def test_english_written_as_a_name_capitalises_a_common_term() -> None:
    assert term_pinyin("大模型竞技场", "jargon", "Chatbot Arena") == "Dàmóxíng Jìngjìchǎng"
    assert term_pinyin("大模型", "jargon", "large model") == "dàmóxíng"
    assert term_pinyin("通用人工智能", "jargon", "AGI") == "tōngyòng réngōng zhìnéng"  # acronym
    assert term_pinyin("斯普特尼克时刻", "jargon", "Sputnik moment") == "Sīpǔtèníkè shíkè"


@pytest.mark.parametrize("term", ["一人食", "三洲村", "三人组", "十来斤", "一些"])
def test_numeral_phrases_that_are_no_epithets(term: str) -> None:
    assert not numeral_coinage(term)
    assert " " not in term_pinyin(term, "jargon")


def test_traditional_input_reads_like_simplified() -> None:
    assert term_pinyin("梁文鋒", "person") == "Liáng Wénfēng"
    assert term_pinyin("行業", "jargon") == "hángyè"       # 行業 alone would read xíng
    assert term_pinyin("百模大戰", "jargon") == term_pinyin("百模大战", "jargon")


def test_full_width_latin_is_kept_as_ascii() -> None:
    assert term_pinyin("ＡＩ三叉戟", "jargon") == "AI sānchājǐ"
    assert slug("ＡＩ三叉戟", "jargon") == "ai-san-cha-ji"


def test_surname_reading_only_for_people() -> None:
    assert term_pinyin("曾经", "other") == "céngjīng"


@pytest.mark.parametrize("term", ["DeepSeek-R1", "Qwen2.5-Max", "GPT-4o", ""])
def test_latin_terms_have_no_pinyin(term: str) -> None:
    assert term_pinyin(term, "product") == ""


@pytest.mark.parametrize("term, expected", [
    ("肖仰华", "Xiao Yanghua"),
    ("梁文鋒", "Liang Wenfeng"),
    ("欧阳娜娜", "Ouyang Nana"),
    ("曾毅", "Zeng Yi"),
    ("帕米·奥尔森", ""),       # a transliteration is not romanised as a Chinese name
    ("马斯克", ""),
    ("DeepSeek", ""),
    ("人工智能是一个词", ""),    # too long for a name
])
def test_romanize_name(term: str, expected: str) -> None:
    assert romanize_name(term) == expected


@pytest.mark.parametrize("term, kind, expected", [
    ("六小虎", "jargon", "liu-xiao-hu"),
    ("百模大戰", "jargon", "bai-mo-da-zhan"),
    ("梁文锋", "person", "liang-wen-feng"),
    ("单雄信", "person", "shan-xiong-xin"),
    ("DeepSeek-R1", "product", "deepseek-r1"),
    ("Qwen2.5-Max", "product", "qwen2-5-max"),
    ("C端", "jargon", "c-duan"),
    ("吕布", "person", "lv-bu"),
    ("../../etc/passwd", "other", "etc-passwd"),
])
def test_slug(term: str, kind: str, expected: str) -> None:
    assert slug(term, kind) == expected


def test_slug_fallback_and_length() -> None:
    fallback = slug("・・・", "other")
    assert re.fullmatch(r"term-[0-9a-f]{10}", fallback)
    assert slug("・・・", "other") == fallback            # deterministic
    assert slug("★", "other") != fallback                  # distinct inputs, distinct stems
    long = slug("中华人民共和国国家发展和改革委员会" * 3, "organization")
    assert len(long) <= 60 and not long.endswith("-")


_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*|term-[0-9a-f]{10}")
_KINDS = st.sampled_from(["person", "organization", "product", "place", "event", "jargon",
                          "other"])


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=30), _KINDS)
def test_slug_is_always_a_safe_file_stem(term: str, kind: str) -> None:
    s = slug(term, kind)
    assert s.isascii() and 0 < len(s) <= 60
    assert "/" not in s and "\\" not in s and ".." not in s and not s.startswith(".")
    assert _SLUG.fullmatch(s)


_COMMON = "的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八特觉望直服毛林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非流每青管夫连远资队跟带花快条院变联言权往展该领传近留红治决周保达办运武半候七必城父强步完革深区即求品士转量空甚众技轻程告江语英基派满式李息写呢识极令黄德收脸钱党倒未持取设始版双历越史商千片容研像找友孩站广改议形委早房音火际则首单据导影失拿网香似斯专石若兵弟谁校读志飞观争究包组造落视济喜离虽坏兴切团养球且朝类照客宁言离班叶维久环议"


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=_COMMON, min_size=1, max_size=8), _KINDS)
def test_every_han_character_gets_one_syllable(term: str, kind: str) -> None:
    py = term_pinyin(term, kind)
    assert re.fullmatch(r"[A-Za-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüÀ-ǜĀ-ǜ' ]+", py), py
    assert len(slug(term, kind).split("-")) == len(term)


def test_a_products_generic_word_is_lower_case() -> None:
    assert term_pinyin("华为手机", "product") == "Huáwéi shǒujī"
    assert term_pinyin("华为手机", "jargon") == "Huáwéi shǒujī"     # the company's name stays a name
    assert term_pinyin("百川智能", "organization") == "Bǎichuān Zhìnéng"   # a firm's name is whole


@pytest.mark.parametrize("term, kind, expected", [
    ("隔壁的房间", "product", "Gébì de Fángjiān"),   # the particle stays lower case in a title
    ("黄心驰", "person", "Huáng Xīnchí"),            # 黄 "surname Huang or Hwang"
    ("巴卡吉耶夫", "person", "Bākǎjíyēfū"),          # 耶 read as in the dictionary's names
    ("库奈里斯", "other", "Kùnàilǐsī"),              # a transliteration is one name word
    ("丁达尔穿搭", "jargon", "Dīngdá'ěr chuāndā"),
])
def test_titles_and_transliterated_names(term: str, kind: str, expected: str) -> None:
    assert term_pinyin(term, kind) == expected


def test_a_transliteration_never_swallows_the_start_of_a_word() -> None:
    assert term_pinyin("皮诺基金会", "organization") == "Pínuò Jījīnhuì"   # not Pínuòjījīn Huì


@pytest.mark.parametrize("term, pinyin, roman", [
    ("小王", "Xiǎo Wáng", "Xiao Wang"),       # GB/T 28039: prefix and surname apart
    ("老张", "Lǎo Zhāng", "Lao Zhang"),
    ("婧婧", "Jìngjìng", "Jingjing"),         # a doubled given name is one word
])
def test_familiar_names(term: str, pinyin: str, roman: str) -> None:
    assert term_pinyin(term, "person") == pinyin
    assert romanize_name(term) == roman


def test_a_name_the_dictionary_writes_as_one_word_stays_one() -> None:
    assert term_pinyin("纳米比亚", "place") == "Nàmǐbǐyà"     # not Nàmǐ Bǐyà
    assert term_pinyin("复旦大学", "organization") == "Fùdàn Dàxué"


@pytest.mark.parametrize("term, expected", [
    ("体制内", "tǐzhì nèi"),       # GB/T 16159: a noun and its locative apart
    ("过程中", "guòchéng zhōng"),
    ("海外", "hǎiwài"),            # unless the whole is a word
])
def test_a_locative_after_a_noun_is_written_apart(term: str, expected: str) -> None:
    assert term_pinyin(term, "jargon") == expected


def test_a_particle_glued_to_a_word_is_written_apart() -> None:
    assert term_pinyin("花束般的恋爱", "product") == "Huāshùbān de Liàn'ài"   # not Bōdì
    assert term_pinyin("目的地", "jargon") == "mùdìdì"                       # a word keeps 的


@pytest.mark.parametrize("term, expected", [
    ("达米安", "Dámǐ'ān"),      # 达 is a surname, but 米 serves transliterations, not given names
    ("盖佐", "Gàizuǒ"),        # not the surname reading Gě
    ("刘霞", "Liú Xiá"),       # Chinese surname and given-name characters: apart
    ("邢海洋", "Xíng Hǎiyáng"),  # a given name made of an ordinary word is still one
])
def test_a_name_whose_characters_serve_transliterations_is_one_word(term: str,
                                                                     expected: str) -> None:
    assert term_pinyin(term, "person") == expected


def test_chinese_name_odds_separate_chinese_from_transliterated_names() -> None:
    d = dictionary.load()
    assert d.chinese_name_odds("刘", "霞") > 0 and d.chinese_name_odds("马", "丽") > 0
    assert d.chinese_name_odds("达", "米安") < 0 and d.chinese_name_odds("乔", "伊斯") < 0
