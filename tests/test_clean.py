"""Cleaning steps, with the seed articles' real damage as cases."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary.boilerplate import flag_boilerplate
from glossary.clean import clean_document, clean_line, drop_markup, remove_notes, unwrap
from glossary.corpus import read_corpus
from glossary.mojibake import repair
from glossary.script import analysis_form
from tests.conftest import SEEDS

FFFD = "\ufffd"
NOTE = re.compile(r"[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ][a-zü]*[)）]")


@pytest.fixture(scope="module")
def seed_docs():
    return {doc.name[:3]: doc for doc in read_corpus(SEEDS)}


def line(doc, number):
    return next(ln for ln in doc.lines if ln.number == number)


# --- inline pinyin notes -------------------------------------------------------------------

def test_pinyin_notes_are_removed():
    assert remove_notes("“創(chuàng)造市場(chǎng)”與“算法進(jìn)化”") == "“創造市場”與“算法進化”"
    assert remove_notes("百模大戰(zhàn)正式打響") == "百模大戰正式打響"


@pytest.mark.parametrize("text", [
    "在我的著作《至高無上》出版幾個月後,深度求索(DeepSeek)橫空出世。",
    "(原标题:DeepSeek“大杀四方”股票投资系统,大厂还有AGI梦想吗?) 21世纪经济报道",
    "深度求索打破美國AI霸權神話(音頻)",
    "直接將強化學習(RL)應用於基礎模型",
    "通義千問（Qwen）",
])
def test_legitimate_parentheses_stay(text):
    assert clean_line(text) == text


def test_note_on_a_lost_character_becomes_a_boundary():
    assert remove_notes("是要?(jiǎng)造") == f"是要{FFFD}造"
    # A surviving trail byte (here ``g``, of 術 = D0 67) and the note's reading single out the
    # lost character; when nothing fits, a boundary.
    assert remove_notes("技g(shù)背景") == "技術背景"
    assert remove_notes("選擇性r(jià)比") == "選擇性價比"
    assert remove_notes("背景x(ā)和") == f"背景{FFFD}和"
    # A Latin word before a note keeps its letters.
    assert remove_notes("Jordan(qiáo)說") == "Jordan說"


# --- GBK-slip mojibake (002, 004) --------------------------------------------------------------

@pytest.mark.parametrize("damaged, repaired", [
    ("推理能力?!斑@讓人產生非常大的遐想", "推理能力。“這讓人產生非常大的遐想"),
    ("技術的差距?!癉eepSeek證明中國能夠", "技術的差距。“DeepSeek證明中國能夠"),
    ("需要建生態?!皢吸c有了,但沒有面", "需要建生態。“單點有了,但沒有面"),
    ("適配更好也很重要?!毙ぱ鋈A對記者表示", "適配更好也很重要。”肖仰華對記者表示"),
])
def test_gbk_slip_spans_are_restored(damaged, repaired):
    assert repair(damaged) == repaired


def test_lost_closing_quote_and_swallowed_tag_are_restored():
    raw = "差距?!癉eepSeek證明中國能夠實現對國際領先水平的追趕甚至超越?!?/p>"
    assert clean_line(raw) == "差距。“DeepSeek證明中國能夠實現對國際領先水平的追趕甚至超越。”"


def test_bytes_lost_in_the_reserved_area_become_a_boundary():
    out = clean_line("很多世界級的成果?!彼a充道,“我們還需要更多的Deepseek。”")
    assert out == f"很多世界級的成果。”{FFFD}充道,“我們還需要更多的Deepseek。”"
    out = clean_line("結構?!爸袊呀浀搅诉@樣一個階段")
    assert out == f"結構。“中{FFFD}經到了這樣一個階段"


@pytest.mark.parametrize("raw, kept", [
    ("又因?yàn)榧夹g(shù)背景和市場環境的緣故", "技術背景和市場環境"),
    # 數's trail byte and the ``(`` of its note were lost together; lead byte + reading restore it.
    ("一方面是因?yàn)榇罅繑?shù)據的私有化", "大量數據的私有化"),
    ("另一方面,因?yàn)樘幚頂?shù)據的成本", "處理數據的成本"),
    ("而且因?yàn)殚_(kāi)放使用", "開放使用"),
    ("因?yàn),他們一直試圖", ",他們一直試圖"),
    ("往往選擇性?xún)r(jià)比更高的解決方案", "價比更高的解決方案"),
    ("是要?jiǎng)?chuàng)造一個市場", "造一個市場"),
])
def test_damaged_annotated_spans_leave_a_boundary_and_no_debris(raw, kept):
    out = clean_line(raw)
    assert FFFD in out
    assert kept in out
    assert not re.search(r"[a-zàáǎèéěìíǐòóǒùúǔ]{2,}\)", out), out  # no ``yàn)`` debris
    assert "?" not in out


@pytest.mark.parametrize("text", [
    "DeepSeek為何未被察覺?部分原因是全球目光長期聚焦於硅谷",
    "眼看着DeepSeek在市场上大杀四方,其他大模型厂商该如何应对? “六小虎”再寻路",
    "能否用一千张卡就实现十万张卡的效果?这些都需要大厂们继续探索",
    "你敢坐嗎?!我不信。",
    "真的吗?!“这是真的”",
])
def test_ordinary_question_marks_are_untouched(text):
    assert repair(text) == text


# --- UTF-8 read as GBK ------------------------------------------------------------------------

def misread(text: str) -> str:
    return text.encode("utf-8").decode("gbk", errors="replace")


@pytest.mark.parametrize("text", [
    "DeepSeek发布了R1",
    "阶跃星辰",
    "据悉，深度求索发布了新模型",
    "百度文库的付费用户达到四千万，仅次于微软Copilot",
])
def test_utf8_read_as_gbk_is_restored(text):
    assert misread(text) != text
    assert repair(misread(text)) == text


def test_utf8_read_as_gbk_with_a_lost_last_byte_ends_in_a_boundary():
    assert repair(misread("李彦宏说")) == f"李彦宏{FFFD}"
    text = "他在二月的迪拜峯會上表示:“開源會激發大眾嘗試慾望"
    assert repair(misread(text)) == text[:-1] + FFFD


@pytest.mark.parametrize("text", [
    "鐵路和鍵盤", "錢鍾書的《圍城》", "下快门那一刻摒弃一切桎梏", "杨铮惆怅地从南方回来",
    "面露憔悴", "对恋爱的憧憬", "階躍星辰", "隨後", "長鏈思考",
])
def test_genuine_rare_characters_are_not_taken_for_misread_utf8(text):
    assert repair(text) == text


# --- HTML and Markdown residue ---------------------------------------------------------------

@pytest.mark.parametrize("raw, clean", [
    ("超越。”</p>", "超越。”"),
    ("第一行<br>第二行<br/>", "第一行第二行"),
    ("AT&amp;T和&lt;Meta&gt;&nbsp;合作", "AT&T和<Meta>\xa0合作"),
    ("<p class=\"x\">正文</p><!-- ad -->", "正文"),
    ("见[文档](https://example.org/a \"t\")。", "见文档。"),
    ("![](https://mmbiz.qpic.cn/x/640?wx_fmt=jpeg", ""),
    ("&from;=appmsg)《亲爱的自己》剧照", "《亲爱的自己》剧照"),
    ("官网 https://example.com/path?a=1 上线", "官网  上线"),
    ("1) 首先", "1) 首先"),
])
def test_markup_is_dropped(raw, clean):
    assert drop_markup(raw) == clean


# --- documents and the seed corpus -----------------------------------------------------------

def test_line_numbers_follow_the_original_file():
    doc = clean_document("a.txt", "第一行\n\n  \n第四行\r\n第五行")
    assert [(ln.number, ln.display) for ln in doc.lines] == [(1, "第一行"), (4, "第四行"),
                                                             (5, "第五行")]
    assert doc.chars == len("第一行\n\n  \n第四行\r\n第五行")


@pytest.mark.parametrize("raw, joined", [
    # A converter wrapped these paragraphs at the space inside a Latin name (sanlian articles).
    ("美裔法国艺术家妮娜·奇尔德雷斯（Nina\nChildress）。奇尔德雷斯在被认可之前",
     "美裔法国艺术家妮娜·奇尔德雷斯（Nina Childress）。奇尔德雷斯在被认可之前"),
    ("萨姆·奥尔特曼（Sam\nAltman）和格雷格·布罗克曼", "萨姆·奥尔特曼（Sam Altman）和格雷格·布罗克曼"),
    ("巴黎高师（École Normale\nSupérieure）就培养出了", "巴黎高师（École Normale Supérieure）就培养出了"),
    ("托西 (Amédée\nDodds）将军", "托西 (Amédée Dodds）将军"),
    # ... or right after a hyphen inside the name: joined without a space.
    ("巴卡吉耶夫（Carolyn Christov-\nBakargiev）", "巴卡吉耶夫（Carolyn Christov-Bakargiev）"),
])
def test_lines_wrapped_inside_latin_text_are_joined(raw, joined):
    doc = clean_document("a.txt", raw)
    assert [(ln.number, ln.display) for ln in doc.lines] == [(1, joined)]


@pytest.mark.parametrize("raw", [
    "第一段说到GPT\n第二段",              # the next line starts in Chinese
    "模型叫DeepSeek。\nR1发布了",          # the line ends in punctuation
    "版本GPT-4\nTurbo",                   # the line ends in a digit
    "作者Smith\n\nJones说",               # a blank line between: two paragraphs
])
def test_lines_that_end_a_paragraph_stay_apart(raw):
    assert len(clean_document("a.txt", raw).lines) == 2


@given(st.lists(st.text(alphabet="ab中。 -", max_size=6), max_size=8))
def test_unwrap_only_joins_and_keeps_every_character(lines):
    numbers = list(range(1, len(lines) + 1))
    out_numbers, out = unwrap(numbers, lines)
    assert set(out_numbers) <= set(numbers) and out_numbers == sorted(out_numbers)
    assert "".join(out).replace(" ", "") == "".join(lines).replace(" ", "")


def test_lone_carriage_returns_end_lines_too():
    doc = clean_document("a.txt", "一\r二\r\n三\n四")
    assert [(ln.number, ln.display) for ln in doc.lines] == [(1, "一"), (2, "二"), (3, "三"),
                                                             (4, "四")]


def test_seed_displays_carry_no_damage(seed_docs):
    for doc in seed_docs.values():
        for ln in doc.lines:
            assert not NOTE.search(ln.display), (doc.name, ln.number)
            assert "?!" not in ln.display and "/p>" not in ln.display, (doc.name, ln.number)
            assert len(ln.text) == len(ln.display)


def test_seed_traditional_and_annotated_forms_share_one_analysis_form(seed_docs):
    doc = seed_docs["004"]
    assert "百模大戰正式打響" in line(doc, 7).display
    assert "百模大战正式打响" in line(doc, 7).text
    assert '"六小虎"' in line(doc, 9).text
    assert "“六小虎”" in line(seed_docs["003"], 1).text  # Chinese quotes survive for the miner


def test_one_long_line_stays_one_line(seed_docs):
    doc = seed_docs["003"]
    assert doc.lines[0].number == 1 and len(doc.lines[0].display) > 3000
    assert not doc.lines[0].boilerplate


def test_seed_boilerplate_is_flagged_and_body_is_not(seed_docs):
    d000, d004 = seed_docs["000"], seed_docs["004"]
    assert line(d000, 48).boilerplate          # disclaimer
    assert line(d000, 47).boilerplate          # editor credit
    assert not line(d000, 34).boilerplate      # mentions 《麻省理工技術評論》 in the body
    assert not line(d000, 46).boilerplate
    flagged = [ln.number for ln in d004.lines if ln.boilerplate]
    assert set(range(50, 87)) <= set(flagged)  # comment prompt, promotions, lists, jobs
    assert not line(d004, 13).boilerplate     # “基础大模型→行业大模型→终端应用”
    assert not line(d004, 46).boilerplate     # last sentence of the article
    assert not any(ln.boilerplate for ln in seed_docs["002"].lines)


@settings(max_examples=150, deadline=None)
@given(st.text())
def test_cleaning_never_crashes_and_keeps_alignment(raw):
    doc = clean_document("x.txt", raw)
    numbers = [ln.number for ln in doc.lines]
    assert numbers == sorted(set(numbers))
    for ln in doc.lines:
        assert len(ln.text) == len(ln.display)
        assert "\n" not in ln.display


_DAMAGE = st.text(alphabet=st.sampled_from(
    list("?!@()/p<>&;") + list("yànshùjiǎng") + list("斑癉讓這榧夹罅繑中國的數據“”。")),
    max_size=40)


@settings(max_examples=300, deadline=None)
@given(_DAMAGE)
def test_repair_never_crashes_on_damage_like_input(raw):
    out = clean_line(raw)
    assert isinstance(out, str)


@pytest.mark.parametrize("line", [
    "(完)",
    "(责任编辑:王五)",
    "本文来自微信公众号“硅星人”(ID:guixingren123),作者:张三,36氪经授权发布。本文观点不代表本站立场,"
    "转载请联系原作者。",
    "特别声明:以上内容(如有图片或视频亦包括在内)为自媒体平台用户上传并发布,本平台仅提供信息存储服务。",
    "举报/反馈",
    "- END -",
    "打开APP阅读全文",
    "排版:初初 / 审核:小风",
    "调色丨 黛川文化",
    "- 高级软件工程师 广东省/深圳市",
    "点击观看视频",
    "视觉中国供图",
])
def test_template_lines_of_other_sites_are_flagged(line):
    body = ["正文第一段讲人工智能的发展。"] * 6
    assert flag_boilerplate(body + [analysis_form(line)]) == [False] * 6 + [True]


@pytest.mark.parametrize("line", [
    "他举报了这家公司的违规行为,并推荐了两本书。",
    "卡提亚说自己用手机大部分时间在看TikTok。",
    "现在都是手机扫码支付,日常没有用现金的必要。",
    "医院再次发布招聘公告,招聘备案制人员。",
    "一百个点赞抵不过一句当面的感谢。",
    "这三款模型都已开源,开发者可以免费下载使用。",
    "文心一言、通义千问等模型已经接入。",
    "截至2024年,全球人工智能大模型有1328个。",
    "— 李开复",
    "工人在检查出产的产品（受访者供图）",
])
def test_ordinary_body_lines_are_not_flagged(line):
    body = ["正文第一段讲人工智能的发展。"] * 6
    assert flag_boilerplate(body + [line] + body) == [False] * 13


def test_cleaning_is_idempotent_on_the_seeds(seed_docs):
    for doc in seed_docs.values():
        for ln in doc.lines:
            assert clean_line(ln.display) == ln.display, (doc.name, ln.number)


_ORDINARY = st.text(alphabet=st.sampled_from(
    list("abcXYZ019 ,.-:;!/") + list("中国人工智能大模型的是了开源芯片發展與們這") + list("，。“”、《》：")))


@settings(max_examples=300, deadline=None)
@given(_ORDINARY)
def test_undamaged_text_is_left_as_it_is(raw):
    assert clean_line(raw) == raw.rstrip()


def test_a_list_inside_the_article_body_is_not_template():
    texts = ["阿里发布了三款大模型,分别是:", "- 通义千问:通用大模型", "- 通义万相:图像生成",
             "- 通义听悟:语音转写", "这三款模型都已开源,开发者可以免费下载使用。",
             "业内人士认为,这将加速行业应用落地。"]
    assert flag_boilerplate(texts) == [False] * 6


def test_a_list_under_a_template_heading_or_ending_the_page_is_template():
    body = ["正文第一段讲人工智能的发展。"] * 4
    related = ["推荐阅读", "- 1 大模型“新星”开启变现竞速", "- 2 马斯克致敬“国产萝卜”?",
               "- 3 神经网络,谁是盈利最强企业?"]
    assert flag_boilerplate(body + related + body) == [False] * 4 + [True] * 4 + [False] * 4
    ending = ["- 大模型“新星”开启变现竞速", "- 马斯克致敬“国产萝卜”?", "- 神经网络,谁是盈利最强企业?"]
    assert flag_boilerplate(body + ending) == [False] * 4 + [True] * 3


def test_a_list_of_references_is_not_article_text():
    body = [("如果你本来就有吃辣的习惯，那就放心继续吃吧。你更应该考虑的是，怎么吃才好吃，怎么吃才能"
             "吃好，这才是我们今天想要讨论的真正问题，也是营养学家们一直在研究的方向。")] * 3
    refs = ["参考文献：",
            ("[1] Li, W., Liu, P., & Meng, J. (2022). Capsaicin-induced pain increases neural "
             "responses to low-calorie non-spicy food cues: An ERP study."),
            "Biological Psychology, 174, 108408.",                 # an entry wrapped in two
            ("[2] 刘夏阳, 李壮, & 郭晓红. (2023). 瞬时受体电位香草醛亚家族1的生物学功能. 生物化学与"
             "生物物理进展, 50(3), 437-447."),
            "巫鸿《空间的敦煌》"]
    after = [("作者在采访的最后还提到，吃辣的习惯其实和一个地方的气候、物产以及人们的劳动方式都有关"
              "系，这些因素共同塑造了今天的饮食地图，也会继续影响下一代人的口味。")]
    flags = flag_boilerplate([analysis_form(t) for t in body + refs + after])
    assert flags == [False] * 3 + [True] * 5 + [False]       # prose ends the list


@pytest.mark.parametrize("heading", ["参考资料：唐际根《殷墟九十年考古人与事》", "【参考文献】",
                                     "References"])
def test_reference_headings(heading):
    body = [("正文第一段讲人工智能的发展，内容很长很长，足够作为一段正文的长度，不会被当作短行来处理，"
             "我们继续写下去，直到它超过六十个字符为止。")] * 4
    assert flag_boilerplate(body + [analysis_form(heading)] + body)[4]


def test_a_sentence_about_references_is_not_a_heading():
    texts = ["他查阅参考资料后说：这件事没有那么简单。", "参考文献的格式很多，各个期刊要求不同。"]
    assert flag_boilerplate(texts) == [False, False]
