"""Classify a mined term's kind from general cues: its shape, its neighbours, its dictionary entry.

Cues, strongest first: a foreign-name interpunct (帕米·奥尔森); an event word at the end (大战,
峰会); what CC-CEDICT says a proper noun is ("Internet company", "operating system", "city",
"inventor"); an organisation or product suffix (公司, 集团, 大学…; 大模型, App); the words around its
occurrences: titles and speech verbs around a person (创始人, CEO, 教授; 说, 表示), company words
after an organisation (旗下, 创始人, 股价), product words after a product (系列, App, 模型); the
shape of the term (a Chinese surname plus one or two characters, a transliterated foreign name, a
Latin name with a version number); jieba's name tags. A common word is jargon.

A work's title (written in 《》 in a third or more of its occurrences: 《好东西》, 《破·地狱》)
is a name: a product (a published work), or an organisation for a periodical.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from functools import lru_cache

from glossary.model import Candidate, Occurrence
from glossary.segment import ROLES

NAME_POS = ("nr", "ns", "nt", "nz")       # jieba's tags for names

_PERSON_BEFORE = ("创始人", "联合创始人", "CEO", "首席执行官", "总裁", "董事长", "教授", "记者",
                  "主任", "研究员", "作者", "总经理", "董事", "专家", "总监", "经理", "主席",
                  "部长", "院士", "博士", "先生", "女士", "分析师", "工程师", "负责人", "委员",
                  "兼", "创办人", "掌门人", "首席科学家", "合伙人", "执行官", "校长", "老师",
                  "总统", "总理", "首相", "国王", "女王", "王子", "市长", "省长", "州长", "外长",
                  "大使", "议员", "总书记", "教练", "球员", "演员", "导演", "歌手", "作家", "诗人",
                  "画家", "学者", "律师", "医生", "村民", "居民", "市民",
                  # the arts: who made or plays something (小说家英格丽, 艺术家库奈里斯)
                  "艺术家", "小说家", "作曲家", "音乐家", "摄影师", "设计师", "建筑师", "策展人",
                  "歌星", "影星", "明星", "主角", "配角", "编剧", "制片人", "主持人", "模特",
                  "科学家", "企业家", "评论家", "收藏家", "学家", "创作者",
                  # kin and the people around someone (嫂子刘玉, 闺蜜的男友贺涵, 代言人张杰)
                  "嫂子", "哥哥", "姐姐", "弟弟", "妹妹", "儿子", "女儿", "男友", "女友",
                  "闺蜜", "同学", "队友", "师哥", "师姐", "师兄", "师妹", "爷爷", "奶奶",
                  "外婆", "外公", "代言人", "主教练", "小将", "队员", "选手", "院长", "护士",
                  # the young, friends and the people of a story (藏族女孩丹拉, 朋友小志, 村姑X,
                  # 译者范晔, 指挥金承志)
                  "女孩", "男孩", "少年", "少女", "姑娘", "小伙", "小伙子", "朋友", "好友",
                  "村姑", "情敌", "丈夫", "妻子", "母亲", "父亲", "老人", "译者", "指挥", "团长",
                  "队长", "船长", "村长", "书记", "主厨", "厨师",
                  # media people (养生达人六神磊磊, 博主X, 嘉宾X)
                  "达人", "媒体人", "博主", "网友", "主播", "嘉宾",
                  # bylines and credits: 文｜王某, 摄影/李某
                  "文｜", "文|", "文/", "摄影｜", "摄影|", "摄影/", "图｜", "图|", "图/", "撰文")
_PERSON_AFTER = ("说", "表示", "认为", "指出", "称", "提到", "介绍", "坦言", "告诉", "透露",
                 "强调", "直言", "曾说", "回忆", "解释", "先生", "女士", "教授", "博士", "提出",
                 "所言", "写道", "问道", "答道", "老公", "丈夫", "妻子", "父亲", "母亲", "夫妇",
                 "坚称", "声称", "觉得", "感叹")
# kin after a name, joined by 的 or 和 (扎西的父母, 央宗和丈夫一起)
_KIN_AFTER = re.compile(r"^(?:的|和|与|跟)(?:父母|母亲|父亲|丈夫|妻子|老公|老婆|儿子|女儿|男友|女友|"
                        r"外婆|奶奶|爷爷|哥哥|姐姐|弟弟|妹妹)")
# an adverb (and a modal) between a name and its speech verb: 小志也会说, 他还说
_SPEECH_ADVERB = re.compile(r"^[也还就又却便曾都只]?(?:会|曾|就|也|又)?")
# a place name followed by its administrative unit (西坪镇, 吉翁村): not 村里, 村民, 县城
_ADMIN_AFTER = re.compile(r"^[镇乡村县](?![里民长委子城上下])")
# a numeral and a classifier for things (一匹, 这种, 几块): what follows is a thing
_MEASURED = re.compile(r"[一二两三四五六七八九十几数每这那][匹块件种款杯瓶张条根片幅套双台辆]$")
# where something happens or someone goes: 在尼泊尔, 前往威尼斯; a country's parts: 尼泊尔边境
_PLACE_BEFORE = ("在", "到", "去", "来自", "位于", "前往", "抵达", "访问", "途经")
_PLACE_AFTER = ("境内", "边境", "首都", "各地", "全境", "北部", "南部", "东部", "西部", "中部")
# an English gloss in brackets after a term (忒修斯(Theseus)): a proper noun's spelling
_LATIN_GLOSS_AFTER = re.compile(r"^[(（][A-Z][a-z]")
# a photo credit after a name: （蔡小川 摄）, 李某摄影
_CREDIT_AFTER = re.compile(r"^\s*摄(?:影)?(?:$|[）)\s，,。|｜/])")
# an age beside a name: 26岁的苏筱, 王正今年70多岁
_AGE_BEFORE = re.compile(r"\d+(?:多)?岁的?$")
_AGE_AFTER = re.compile(r"^(?:今年|已经)?\d+(?:多)?岁")
_ORG_SUFFIX = ("公司", "集团", "大学", "学院", "研究院", "研究所", "实验室", "银行", "社", "机构",
               "协会", "委员会", "基金会", "基金", "组织", "联盟", "部", "局", "署", "厅", "中心",
               "法院", "医院", "政府", "交易所", "出版社", "电视台", "报", "科技", "资本", "控股",
               "智能", "智库", "咨询", "证券", "汽车", "航空", "电子", "网络", "传媒", "工作室",
               "俱乐部", "学校", "中学", "小学", "分行", "支行", "保险", "股份",
               "委", "办",               # 卫健委, 网信办: a commission's or office's short name
               # firms named by their trade (朴诚乳业, X药业)
               "乳业", "药业", "酒业", "置业", "株式会社")
# bands, choirs, troupes and teams (披头士乐队, 星弧合唱团)
_TROUPE_SUFFIX = ("乐队", "乐团", "合唱团", "剧团", "舞团", "艺术团", "球队", "战队", "车队")
_ORG_SUFFIX += _TROUPE_SUFFIX
# Periodicals: organisations whose English names are their own (三联生活周刊 Sanlian Lifeweek),
# so the suffix is not translated.
_PERIODICAL = ("周刊", "月刊", "杂志", "日报", "晚报", "时报", "早报", "晨报", "周报", "画报", "商报")
_ORG_SUFFIX += _PERIODICAL
# the legal forms that end a company's full name
_LEGAL_FORMS = ("公司", "株式会社", "集团", "控股")
_ORG_AFTER = ("旗下", "创始人", "联合创始人", "CEO", "首席执行官", "董事长", "总裁", "副总裁",
              "股价", "市值", "发言人", "记者", "一家企业", "一家公司", "主营", "财报", "年报",
              "有限公司", "股份有限公司", "有限责任公司",   # 朴诚乳业有限公司
              "负责人", "项目负责人")    # 默沙东项目负责人李某: the person in charge there
# (strong: one is enough; 粉笔主营的…, 特斯拉一家企业的出口量)
# (记者 after a name: the outlet a reporter writes for, 第一财经记者)
# a firm's report for a year or a quarter: 粉笔2023年财报, X 2024年一季度营收
# Determiners that make a word point at something rather than name it: 本刊 "this magazine",
# 该公司 "the company", 我司 "our firm", 贵司 "your firm".
_DEICTIC = ("本", "该", "我", "贵", "此")
# (six characters are looked at: 2023年财)
_REPORT_AFTER = re.compile(r"^\s?\d{4}\s?年(?:第?[一二三四1-4]季度|上半年|下半年|全年)?的?"
                           r"(?:财|年报|营收|净利)")
_ORG_BEFORE = ("公司", "企业", "集团", "机构", "厂商", "服务商", "运营商", "供应商", "创业公司",
               "创办", "创办了", "创办的", "创立", "创立了", "创立的")   # 他创办的粉笔: a firm
# apposition: 人工智能公司深度求索, 音乐流媒体服务商Spotify
_PRODUCT_BEFORE = ("平台", "新产品", "新版", "最新版", "旗舰模型", "通用模型", "推理模型", "软件")
# apposition: 代码托管平台GitHub, 谷歌旗舰模型Gemini
_ORG_AFTER_WEAK = ("公司", "集团", "员工", "高管", "官方", "团队")  # must be a habit
_EVENT_SUFFIX = ("大战", "战争", "之战", "会议", "峰会", "大会", "论坛", "博览会", "展会", "运动",
                 "革命", "事件", "危机", "奥运会", "世博会", "选举", "改革",
                 "赛")                  # 世青赛, 亚锦赛: a named competition (not 常规赛)
# A war is often a figure of speech (百模大战 the battle of a hundred models, a price war): an
# event only when what fights is named (a proper noun) or the whole is a name.
_WAR_SUFFIX = ("大战", "战争", "之战")
# Bound morphemes that end attributive words (生成式, 多模态, 云侧, 通用型, 高端化): such a word
# describes a thing; it names none, so it is no product, and a name made with it is no name
# (云侧大模型 is a kind of model).
_ATTRIBUTIVE_ENDS = tuple("式型化性类级态侧端向")
# Quantities of a thing (融资额 financing amount, 渗透率, 销量): "企业融资额" is a firm's amount, not
# a firm named 融资额.
_QUANTITY_ENDS = ("额", "率", "量", "值", "占比", "总数")
# Organisation suffixes that are also ordinary nouns (百川智能, but 具身智能 embodied AI;
# 星河科技, but 信息科技): named by one of them, a term needs a word around it to say it is a firm.
_ORG_SUFFIX_WEAK = ("智能", "科技", "网络", "电子", "汽车", "传媒", "资本", "证券", "保险", "航空",
                    "咨询", "智库", "中心", "组织", "机构", "基金")
_PRODUCT_AFTER = ("系列", "App", "APP", "app", "手机", "芯片", "浏览器", "版本")
_PRODUCT_AFTER_WEAK = ("模型", "大模型", "平台", "应用")
_PRODUCT_SUFFIX = ("大模型", "App", "浏览器", "手机", "芯片", "助手", "音乐", "文档")
# Sites named by what they are (华严寺 a temple, 卢沟桥 a bridge): places, and no person's name.
_HONORIFICS = ("先生", "小姐", "女士", "老师", "师傅", "阿姨", "大爷", "老板")
_SITE_SUFFIX = ("寺", "庙", "宫", "塔", "桥", "馆", "园", "陵", "墓", "窟", "府", "亭", "站")
# Sites named by a word of two characters (樟宜机场, 人民公园 is a park anywhere)
# The last character of the old way of naming shops and studios (老字号: 荣宝斋, 一得阁)
_SHOP_SUFFIX = ("斋", "轩", "阁", "坊")
_SITE_WORDS = ("机场", "车站", "火车站", "广场", "公园", "码头", "大桥", "景区", "古镇", "古城")
_PLACE_SUFFIX = ("省", "市", "县", "区", "州", "镇", "村", "岛", "湾", "河", "湖", "山", "港", "洲",
                 # landforms (内蒙古高原, 塔里木盆地, 横断山脉)
                 "江", "岭", "峰", "高原", "平原", "盆地", "山脉", "峡谷", "沙漠", "半岛", "群岛",
                 "草原", "丘陵", "海峡")
# Characters that end nouns for kinds of people (研究生, 管培生, 公务员, 从业者, 厨师): a
# surname-shaped term ending in one, with no cue, is rather such a noun than a name.
_ROLE_ENDS = tuple("生员者师家工商匠")
# Words that end the names of ideas (神经症人格理论, 存在主义): no one's name, no firm
_CONCEPT_ENDS = ("理论", "主义", "学说", "思想", "效应", "定律", "原理", "概念")
# Characters of grammar no given name uses (离不掉 "cannot get out of")
_FUNCTION_CHARS = frozenset("不了的着过们么吗呢吧得地")
# Characters that end nouns for kinds of things (危化品 hazardous chemicals, 添加剂, 饲料)
_THING_ENDS = tuple("品剂料械物")
# Natural features and settlements that end a place's name (贡嘎山, 朋曲河, 日乌且垭口, 吉翁村):
# a term no dictionary knows ending in one, whose last character names seldom use, is a place.
_FEATURE_SUFFIX = ("山", "河", "湖", "江", "岛", "峰", "岭", "滩", "湾", "溪", "谷", "涧", "垭口", "冰川",
                   "峡谷", "村", "镇", "乡", "坪", "寨", "沟")
# A proper noun the dictionary explains as a kind of thing (铁观音 "Tieguanyin tea (a variety of
# oolong tea)"): a tea, a cultivar, a breed, a dish is a common noun in English.
_THING_SENSE = re.compile(r"\b(?:tea|variety|cultivar|breed|dish|snack|pastry)\b")
# a foreign double-barrelled surname: 克里斯托夫-巴卡吉耶夫
_HYPHENED_NAME = re.compile(r"[\u4e00-\u9fff]{2}-$")
_INTERPUNCTS = ("·", "•", "・", "‧")
_ADMIN_SUFFIX = ("省", "市", "县", "镇", "乡", "村")
# what a Latin code with a digit classifies, when it is not a product's version (H1B签证)
_STANDARD_AFTER = ("签证", "驾照", "驾驶证", "标准", "协议", "证书", "认证", "级别", "类")
_VERSION = re.compile(r"[A-Za-z].*\d|\d.*[A-Za-z]")
_ACRONYM = re.compile(r"^[A-Z]{2,6}s?$")
# Characters Chinese uses to transliterate foreign names (阿瓦达拉, 哈萨比斯, 奥尔特曼).
_TRANSLITERATION = set("阿埃艾爱安昂奥巴拜邦贝本比彼宾波伯博布达黛戴丹德迪蒂丁杜多厄恩尔法菲费芬弗"
                       "福富盖戈格古哈海汉赫亨胡霍基吉加贾杰金卡凯坎康柯科克肯库拉莱赖兰朗劳勒雷蕾"
                       "里利莉林琳卢鲁伦罗洛马玛迈麦曼梅蒙米敏莫姆穆纳娜内尼妮纽诺欧帕佩彭皮珀普奇"
                       "乔切琼萨塞森沙尚舍什史斯松苏索塔泰坦汤唐特提托图瓦万威韦维温沃乌伍西希谢辛"
                       "休雅亚扬耶伊因英尤约扎泽詹兹佐丽夫奈")
_NAME_SENSE = re.compile(r"\((?:name|given name|surname|personal name)\)")
_SENSE_CUES = (
    ("jargon", _THING_SENSE),                                 # 铁观音 "Tieguanyin tea"
    # a ruler or a story's character (汉武帝 "Emperor Wu of the Han dynasty", 孙悟空 "Sun Wukong,
    # the Monkey King, character ... in the novel")
    ("person", re.compile(r"^(?:Emperor|Empress|King|Queen|Prince|Princess|Duke|Marquis|Lord)\b|"
                          r"\b(?:character|protagonist|deity|goddess)\b")),
    # a dynasty or period is dated like a person (北魏 "Wei of the Northern Dynasties (386-534)")
    ("other", re.compile(r"^[^,]*\b(dynasty|dynasties|period|era|reign|ethnic|language|dialect|"
                         r"nationality)\b", re.I)),           # 德语 "German (language)"
    ("person", re.compile(r"^[^,(]*\(\d{3,4}-\d{0,4}\)")),      # "Robin Li (1968-), ..."
    ("person", _NAME_SENSE),                                   # "Jackson (name)"
    ("event", re.compile(r"\b(?:Olympic Games|Olympics|Games|World Cup|Cup|Expo|Championships?|"
                         r"Tournament)\b")),                   # 奥运会 "Olympic Games"
    ("organization", re.compile(r"\b(company|corporation|Inc|Ltd|Limited|Holdings|firm|group|"
                                r"university|college|bank|agency|ministry|party|organization|"
                                r"newspaper|news|institute|academy|search engine|portal|"
                                r"manufacturer|airline|association|council|committee|department|"
                                r"bureau|studio|carmaker|automaker|conglomerate|brand|"
                                r"administration|commission|authority|journal|magazine|gazette|"
                                r"tribune|band|orchestra|choir|troupe|team|club|court|"
                                r"parliament|congress|senate|legislature)\b",
                                re.I)),
    ("product", re.compile(r"\b(operating system|software|app|application|messaging|browser|"
                           r"console|smartphone|chatbot|language model|video game|game)\b", re.I)),
    ("place", re.compile(r"\b(city|province|county|district|country|capital|island|river|"
                         r"republic|kingdom|empire|"
                         r"mountain|region|valley|state|prefecture|town|East|West)\b", re.I)),
    # "Basel, Switzerland": a name and the country it is in
    ("place", re.compile(r"^[A-Z][\w'-]*(?: [A-Z][\w'-]*)*, [A-Z][a-z]+(?: [A-Z][a-z]+)?$")),
    # "Frankfurt (Germany)": a name and the country it is in (not "Nobel (Prize)")
    ("place", re.compile(r"^[A-Z][\w'-]*(?: [A-Z][\w'-]*)* \((?P<within>[A-Z][a-z]+)\)$")),
    ("person", re.compile(r"\b(inventor|engineer|writer|author|poet|politician|president|singer|"
                          r"actor|actress|scientist|philosopher|entrepreneur|businessman)\b",
                          re.I)),
)


_TITLE_OPEN = ("《", "〈")
_TITLE_CLOSE = ("》", "〉")


def titled(before: Iterable[str], after: Iterable[str]) -> tuple[int, int]:
    """(occurrences inside title marks 《…》, all occurrences): a work's title (《好东西》)."""
    n = inside = 0
    for b, a in zip(before, after):
        n += 1
        inside += b.endswith(_TITLE_OPEN) and a.startswith(_TITLE_CLOSE)
    return inside, n


def is_title(inside: int, n: int) -> bool:
    """Written as a title often enough to be one: a third of its occurrences or more."""
    return inside >= 1 and 3 * inside >= n


_ENUM_AFTER = re.compile(r"^、([\u4e00-\u9fff]{2})")
_ENUM_BEFORE = re.compile(r"([\u4e00-\u9fff]{2})、$")


def _listed_with_things(before: list[str], after: list[str], word: Callable[[str], bool],
                        name: Callable[[str], bool]) -> bool:
    """Enumerated (、) next to an ordinary noun that is no name: a thing among things
    (乌梅、桂花、甘草), not a person, whatever a tagger says."""
    found = [*(_ENUM_AFTER.match(a.lstrip()) for a in after),
             *(_ENUM_BEFORE.search(b.rstrip()) for b in before)]
    return any(m and word(m.group(1)) and not name(m.group(1)) for m in found)


def _speech_after(text: str, word: Callable[[str], bool]) -> bool:
    """``text`` (just after a name) starts with a speech verb or kin word that is not the start
    of a longer word (称 but not 称作, 说 but not 说明, 母亲 but not 母亲节)."""
    if text[:1] in "也还就又却便曾都只会":
        text = text[_SPEECH_ADVERB.match(text).end():]
        if text.startswith("称"):
            return False        # 又称: another name for it, not a speaker
    if not text.startswith(_PERSON_AFTER):      # most texts: one C-level test
        return False
    for cue in _PERSON_AFTER:
        if text.startswith(cue):
            longer = text[:len(cue) + 1]
            if len(longer) > len(cue) and word(longer):
                continue
            return True
    return False


# a dictionary sense that starts with a full personal name (李世民 "Li Shimin, personal name of
# ...", 杨玉环 "Yang Yuhuan (719-756)"), not a bare place name (威尼斯 "Venice")
_PERSONAL_SENSE = re.compile(r"^[A-Z][a-z]+ [A-Z][a-z]+(?:[ ,(]|$)")


def _named(term: str, suffixes: tuple[str, ...], descriptive: Callable[[str], bool],
           word: Callable[[str], bool]) -> bool:
    """``term`` is a name by its suffix (百川智能, 混元大模型): not when the suffix is the tail of an
    ordinary word (主要国家人工智能 ends in 人工智能, not in 智能) nor when what comes before it is
    ordinary vocabulary (通用大模型, 超大模型)."""
    for x in suffixes:
        if term.endswith(x) and len(term) > len(x):
            head = term[:-len(x)]
            tails = (term[-len(x) - k:] for k in (1, 2) if k + len(x) < len(term))
            if any(map(word, tails)):
                return False
            return len(head) >= 2 and not descriptive(head) and not head.endswith(_ATTRIBUTIVE_ENDS)
    return False


def has_name_suffix(term: str) -> bool:
    """``term`` ends in an organisation or product word (混动汽车, 星河集团, 混元大模型)."""
    return any(term.endswith(x) and len(term) > len(x) for x in _ORG_SUFFIX + _PRODUCT_SUFFIX)


# Product words that say what kind of thing a named product is; a common noun after its name
# (混元大模型 Hùnyuán dàmóxíng, the Hunyuan large model; 三星手机 Samsung phones).
GENERIC_PRODUCT_WORDS = ("大模型", "模型", "手机", "芯片")


def name_suffix(term: str, kind: str) -> str:
    """The generic word a name of ``kind`` ends with, after a name of two or more characters
    (百川智能 -> 智能 for an organisation, 混元大模型 -> 大模型 for a product), or ""."""
    if term.isascii():
        return ""
    suffixes = {"organization": _ORG_SUFFIX + _FACILITY,
                "product": GENERIC_PRODUCT_WORDS}.get(kind, ())
    for x in sorted(suffixes, key=len, reverse=True):
        if x in _PERIODICAL:
            continue
        if len(x) >= 2 and term.endswith(x) and len(term) >= len(x) + 2:
            return x
    return ""


def acronym(term: str) -> bool:
    """An all-capitals abbreviation (AI, GDP, SUVs): jargon more often than a name."""
    return bool(_ACRONYM.match(term))


def _from_senses(senses: Iterable[str],
                 english: Callable[[str], bool] = lambda s: False) -> str | None:
    found = []
    for sense in senses:
        for kind, cue in _SENSE_CUES:
            m = cue.search(sense)
            if m and not ("within" in cue.groupindex and english(m.group("within").lower())):
                found.append((kind, cue is _NAME_SENSE))
                break
    # "MacDonald or McDonald (name)" is any bearer of the name; a firm named after one is the
    # firm (麦当劳 "McDonald's (fast food company)"), a town named after one still a name
    # (杰克逊 "Jackson (name)", "Jackson city")
    if found and found[0][1] and any(k == "organization" for k, _ in found):
        return "organization"
    return found[0][0] if found else None


def thing_sense(senses: Iterable[str]) -> bool:
    """The dictionary explains a proper noun as a kind of thing (铁观音 "Tieguanyin tea (a variety
    of oolong tea)"): a common noun in English, written in lower case."""
    return _from_senses(senses) == "jargon"


def place_sense(senses: Iterable[str]) -> bool:
    """Whether the first dictionary sense that names a kind says a place (a city, a country, a
    river: "New Delhi, capital of India")."""
    return _from_senses(senses) == "place"


def _two_words(term: str, word: Callable[[str], bool]) -> bool:
    """``term`` is two ordinary dictionary words of two or more characters each (海洋|生物)."""
    return any(word(term[:k]) and word(term[k:]) for k in range(2, len(term) - 1))


def _chinese_name(term: str, surname: Callable[[str], bool],
                  word: Callable[[str], bool] = lambda s: False) -> bool:
    """Shaped like a Chinese personal name: a surname and one or two characters, which are
    not an ordinary word with the surname character (古城墙 ancient city wall, 高端化, 段时间)."""
    if len(term) == 3 and term[1:] in _HONORIFICS and not word(term[:2]):
        return surname(term[0])         # 汪小姐, 王先生; not 老师傅
    if len(term) == 2 and term[0] in "小老" and not word(term):
        return surname(term[1])         # 小王, 老张: a surname called familiarly
    if (len(term) == 3 and (word(term[1:]) or word(term[:2]))
            or term.endswith(_SITE_SUFFIX + _ADMIN_SUFFIX)):
        return False
    return (2 <= len(term) <= 3 and surname(term[0])) or (len(term) == 4 and surname(term[:2]))


def transliteration_run(text: str) -> bool:
    """Every character of ``text`` is one Chinese uses to transliterate foreign names."""
    return bool(text) and all(ch in _TRANSLITERATION for ch in text)


def _surname_shaped(term: str, surname: Callable[[str], bool]) -> bool:
    """A surname (one or two characters) and a given name of one or two, whatever the given
    name's characters mean; not a site or an administrative unit (华严寺, 双湖县)."""
    if term.endswith(_SITE_SUFFIX + _ADMIN_SUFFIX) or not all("\u4e00" <= c <= "\u9fff"
                                                              for c in term):
        return False
    return (2 <= len(term) <= 3 and surname(term[0])) or (len(term) in (3, 4)
                                                          and surname(term[:2]))


def _foreign_name(term: str) -> bool:
    """Shaped like a transliterated foreign name: transliteration characters throughout, at
    least at the end (not 帕金森病, a disease)."""
    return (len(term) >= 3 and term[-1] in _TRANSLITERATION
            and sum(ch in _TRANSLITERATION for ch in term) >= 0.75 * len(term))


def _inner_word(term: str, word: Callable[[str], bool]) -> bool:
    """Some stretch of two characters or more inside ``term`` is an ordinary word (台风 in
    强台风); a transliterated name has none (波伏娃, 忒修斯)."""
    return any(word(term[i:j]) for i in range(len(term) - 1)
               for j in range(i + 2, len(term) + 1) if j - i < len(term))


# A firm's sites, named by the firm (and the place): 西门子成都工厂, 华为总部
_FACILITY = ("工厂", "生产基地", "研发中心", "总部", "分公司", "子公司")


def _facility(term: str, known: Callable[[str], bool]) -> bool:
    """A known name (a firm), optionally a known place, and a facility word: 西门子成都工厂."""
    for x in _FACILITY:
        if term.endswith(x):
            rest = term[:-len(x)]
            for k in range(2, len(rest) + 1):
                if known(rest[:k]) and (k == len(rest) or len(rest) - k >= 2 and known(rest[k:])):
                    return True
    return False


def _japanese_name(term: str, japanese_surname: Callable[[str], bool],
                   word: Callable[[str], bool]) -> bool:
    """A Japanese surname the dictionary knows (山口 Yamaguchi, 宫崎 Miyazaki) and a given name of
    one or two characters that is no word and no place's unit (山口百惠; not 中山公园, 山口县)."""
    for k in (2, 3):
        given = term[k:]
        if (1 <= len(given) <= 2 and japanese_surname(term[:k]) and not word(given)
                and not word(term) and not given.endswith(_PLACE_SUFFIX + _ADMIN_SUFFIX
                                                         + _SITE_SUFFIX + _FEATURE_SUFFIX)
                and all("\u4e00" <= c <= "\u9fff" for c in given)):
            return True
    return False


def _feature_place(term: str, word: Callable[[str], bool], descriptive: Callable[[str], bool],
                   surname: Callable[[str], bool],
                   name_odds: Callable[[str, str], float]) -> bool:
    """A natural feature or a settlement named by words no dictionary knows (贡嘎山, 红石滩,
    日乌且垭口): the name (two characters or more, not ordinary words) and a feature the
    names seldom end with (not 峰 or 川, as in 张晓峰); not a surname and a given name used by
    habit (李小江)."""
    if len(term) < 3 or word(term) or not all("\u4e00" <= c <= "\u9fff" for c in term):
        return False
    for x in sorted(_FEATURE_SUFFIX, key=len, reverse=True):
        if term.endswith(x):
            head = term[:-len(x)]
            return (len(head) >= 2 and not descriptive(head) and not word(term[-len(x) - 1:])
                    and name_odds("", term[-1]) <= 0
                    and not (surname(term[0]) and name_odds(term[0], term[1:]) >= 1.0))
    return False


def classify(term: str, *, pos: str = "", proper: bool = False, common: bool = False,
             listed: bool = False,
             senses: Iterable[str] = (), surname: Callable[[str], bool] = lambda s: False,
             before: Iterable[str] = (), after: Iterable[str] = (),
             descriptive: Callable[[str], bool] = lambda s: False,
             word: Callable[[str], bool] = lambda s: False,
             name: Callable[[str], bool] = lambda s: False,
             english: Callable[[str], bool] = lambda s: False,
             known: Callable[[str], bool] = lambda s: False,
             name_odds: Callable[[str, str], float] = lambda sur, given: 0.0,
             japanese_surname: Callable[[str], bool] = lambda s: False) -> str:
    """The kind of ``term``.

    ``pos`` is jieba's tag for the word (if it is one); ``proper`` says a dictionary lists it as
    a proper noun, ``senses`` are the English senses of its proper-noun entries; ``common`` says
    it is ordinary vocabulary or made of it, ``listed`` that it is itself a dictionary word;
    ``surname`` tells whether characters are a Chinese surname;
    ``before``/``after`` are the texts just before/after its occurrences; ``descriptive`` tells
    whether a stretch is ordinary vocabulary (通用, 主要国家), ``word`` whether it is an ordinary
    dictionary word (人工智能), ``name`` whether it is a proper noun (a war's parties),
    ``english`` whether a lower-case word is a common English word (logo, study), ``known``
    whether the dictionary lists a word as a proper noun (微信), ``name_odds`` the log-odds that
    a surname and a given name are a Chinese name rather than a transliteration (the
    dictionary's names: ``Dictionary.chinese_name_odds``; with no surname, a given-name
    character's odds), ``japanese_surname`` whether the dictionary knows a word as a Japanese
    surname (山口 "Yamaguchi (Japanese surname and place name)").
    """
    latin = term.isascii()
    before, after, senses = list(before), list(after), list(senses)
    if latin and senses and all(x[:1].islower() for x in senses):
        senses, proper = [], False      # IP "intellectual property": a common noun in capitals
    if not latin and is_title(*titled(before, after)):
        # a work's title (《好东西》《隔壁的房间》《破·地狱》) is a name: a published work is a
        # product; a periodical (《华尔街日报》) an organisation
        if term.endswith(_PERIODICAL) or _from_senses(senses, english) == "organization":
            return "organization"
        return "product"
    if not latin and len(term) >= 3 and term.endswith("人") and known(term[:-1]):
        return "other"                  # 东亚人, 法国人: the people of a place, no one's name
    if not latin and any(term.endswith(x) and known(term[:-len(x)]) for x in _TROUPE_SUFFIX):
        return "organization"           # 披头士乐队: a band the dictionary knows, and 乐队
    if ("·" in term or "•" in term) and all(
            0 < len(p) <= 5 for p in re.split(r"[·•]", term)):
        return "person"                 # 帕米·奥尔森; not a title, 中国历代丝绸艺术·宋代
    if term in ROLES:
        return "jargon"
    if not latin and not proper and len(term) > 3 and term.endswith(_CONCEPT_ENDS):
        return "jargon"                 # 神经症人格理论: a theory, whoever founded it
    if not latin and term.endswith(_EVENT_SUFFIX) and not any(
            term.endswith(x) and (descriptive(term[:-len(x)]) or (
                x in _WAR_SUFFIX and not proper and not name(term[:-len(x)])))
            for x in _EVENT_SUFFIX):
        return "event"                  # 巴黎奥运会, 百团大战; not 危急时刻, 百模大战
    # (者 ends agent nouns, 施害者 "perpetrator": like an attributive word, no one's name)
    attributive = not latin and (term.endswith(_ATTRIBUTIVE_ENDS) or len(term) > 2
                                 and term.endswith("者"))
    quantity = not latin and len(term) > 2 and term.endswith(_QUANTITY_ENDS)

    votes: Counter[str] = Counter()
    weak: Counter[str] = Counter()
    seen = glossed = located = things = 0
    for text in before:
        if not latin and _MEASURED.search(text):
            things += 1                     # 一匹宋锦, 一种X: counted as a thing
        if proper and not latin and text.endswith(_PLACE_BEFORE):
            located += 1                    # (a name the dictionary knows only as a name)
        if (text.rstrip().endswith(_PERSON_BEFORE) or text.endswith(_INTERPUNCTS)
                or (not latin and _HYPHENED_NAME.search(text))
                or (not latin and _AGE_BEFORE.search(text))):
            votes["person"] += 1        # 德米斯·哈萨比斯: a foreign person's surname
        elif text.endswith(_ORG_BEFORE) and not quantity:
            votes["organization"] += 1
        elif text.endswith(_PRODUCT_BEFORE) and not attributive:
            votes["product"] += 1
    for text in after:
        seen += 1
        text = text.lstrip()
        if _speech_after(text, word) or (not latin and (
                text.startswith(_INTERPUNCTS) or _AGE_AFTER.match(text)
                or _CREDIT_AFTER.match(text) or _KIN_AFTER.match(text))):
            votes["person"] += 1
        if not latin and (_ADMIN_AFTER.match(text) and not word(text[:2])   # not 村庄
                          or text.startswith(_PLACE_AFTER)):
            votes["place"] += 1             # 西坪镇: the place's name before its unit
        if not latin and _LATIN_GLOSS_AFTER.match(text):
            glossed += 1                    # 忒修斯(Theseus)
        if text.startswith(_ORG_AFTER) or _REPORT_AFTER.match(text):
            votes["organization"] += 1
        elif text.startswith(_ORG_AFTER_WEAK):
            weak["organization"] += 1
        if attributive:
            continue                    # 多模态模型: a kind of model, not a model's name
        if text.startswith(_PRODUCT_AFTER):
            votes["product"] += 1
        elif text.startswith(_PRODUCT_AFTER_WEAK):
            weak["product"] += 1
    habit = max(2, round(0.3 * seen)) if not latin else 1
    strong = Counter(votes)
    for k, n in weak.items():
        if n >= habit:
            votes[k] += n

    by_sense = _from_senses(senses, english)
    if by_sense == "person" and votes["organization"]:
        by_sense = "organization"       # a company named after a person (特斯拉)
    if by_sense == "other" and votes["person"] >= 2:
        by_sense = "person"             # 译者范晔 (the historian's namesake): the text's person
    if by_sense and listed and by_sense in ("place", "person") and not votes[by_sense]:
        # an ordinary word first (大厂 a big firm, not a county), unless its characters spell a
        # foreign name: 特斯拉 is Tesla before the unit tesla (a name, though not surely a person)
        by_sense = ("other" if by_sense == "person" else by_sense) if (
            not latin and _foreign_name(term)) else None
    if by_sense:
        return by_sense
    if proper and pos == "ns" and not (votes["person"] and any(map(_PERSONAL_SENSE.match, senses))):
        return "place"                  # (夏洛克·福尔摩斯 "Sherlock Holmes": a person; but
        # 一位42岁的塞内加尔裔, 乍得提出: "Senegal", "Chad" stay places)
    if (not latin and not listed and not proper and not votes["person"]
            and _japanese_name(term, japanese_surname, word)):
        return "person"                 # 山口百惠: a Japanese surname and a given name
    if (not latin and not listed and not proper and not votes["person"]
            and _feature_place(term, word, descriptive, surname, name_odds)):
        return "place"                  # 贡嘎山, 朋曲河, 日乌且垭口: a named natural feature
    if not latin and _facility(term, known):
        return "organization"           # 西门子成都工厂: a firm's plant, named by the firm
    if (not latin and len(term) > 2 and not common and _named(term, _ORG_SUFFIX, descriptive, word)
            and (not term.endswith(_ORG_SUFFIX_WEAK) or votes["organization"] or votes["person"]
                 or any(term.endswith(x) and name(term[:-len(x)]) for x in _ORG_SUFFIX_WEAK))):
        return "organization"          # 三星电子: a name before the suffix is cue enough
    if not latin and not common and _named(term, _PRODUCT_SUFFIX, descriptive, word):
        return "product"

    # 5.5万新元: a numeral unit after digits begins a quantity, not a surname
    counted = term[:1] in "十百千万亿" and any(b.rstrip()[-1:].isdigit() for b in before)
    # A transliterated foreign name: by its characters, or by the dictionary's names when the
    # tagger calls it a name or the text spells it in Latin letters (波伏娃, 娜拉, 忒修斯(Theseus))
    foreign = not latin and not counted and (_foreign_name(term) or (
        not listed and not word(term) and (pos.startswith("nr") or glossed)
        and (len(term) > 2 or votes["person"])      # (拉索 "stay cable", 希冀 "hope": tagged nr)
        and not _inner_word(term, word)       # (强台风, 家里人, 大大增加: tagged nr too)
        and name_odds(term[0], term[1:]) <= _TRANSLITERATED_ODDS))
    name_shaped = not latin and not common and not counted and (
        _chinese_name(term, surname, word) or foreign)
    # (by the statistics alone, a tagged name may be a firm or a town: 默沙东, 阿波美)
    stats_foreign = foreign and not _foreign_name(term) and not _chinese_name(term, surname, word)
    # With a cue, a surname and a given name made of ordinary words is a name too (钱俊杰 说,
    # 文｜邢海洋: 俊杰 and 海洋 are words, and so are many given names).
    loosely_named = (not latin and not listed and not counted and not attributive
                     and _surname_shaped(term, surname))
    if not latin and loosely_named and any(
            b.endswith("(") and a == ")" for b, a in zip(before, after)):
        votes["person"] += 1            # a credit closing a caption: ……(丘濂)
    tagged = pos.startswith("nr") and not (len(term) >= 4 and _inner_word(term, word))
    if votes["person"] and (name_shaped or proper or tagged or loosely_named) \
            and not attributive and not (term.endswith(_ROLE_ENDS)
                                         and (word(term) or len(term) > 2 and word(term[:-1]))):
        # (博士生 "doctoral student" 告诉本刊: a kind of person, no name)
        return "person"                 # (中国式父亲: a kind of father, no person)
    if votes["person"] >= 2 and not latin and not listed and foreign:
        return "person"                 # 时任总统鲁哈尼: a title says so, whatever its parts mean
    if ((votes["person"] >= 2 or votes["person"] and 2 <= len(term) <= 3
         and name_odds("", term) >= _GIVEN_NAME_ODDS)
            and not latin and not listed and not common and not counted
            and 2 <= len(term) <= 4 and not word(term) and not attributive
            and not (len(term) == 4 and _inner_word(term, word))     # not 爸爸妈妈
            and not term.endswith(_ROLE_ENDS)):
        return "person"                 # 女儿晓雪, 晓雪说: a given name alone, by habit; once
        # is enough for characters given names use by habit (晓雪的丈夫: 晓 and 雪)
    if (pos.startswith("nr") and name_shaped and (votes["person"] or not stats_foreign)
            and not (proper and senses and not any(map(_PERSONAL_SENSE.match, senses)))
            and not (len(term) == 2 and word(term))      # 高三 senior year, tagged a name
            and not _listed_with_things(before, after, word, name)):
        return "person"                 # (a name the dictionary knows, 威尼斯 Venice, needs a cue)
    if votes["organization"] >= max(1, votes["product"]) and (
            not listed and (not common or strong["organization"] >= 1)
            or strong["organization"] >= habit and not term.startswith(_DEICTIC)):
        return "organization"          # a name made of ordinary words needs a strong cue, and
        # an ordinary word (粉笔 chalk) needs them by habit: 创办了粉笔, 粉笔主营的, 粉笔的财报
    if (votes["product"] > (1 if name_shaped else 0) and not common
            and not (latin and _ACRONYM.match(term))):   # a person's 系列 (of crimes) once
        return "product"
    if latin:
        if term[:1].isdigit():
            return "jargon"             # 5G, 3D, 50kg: a quantity or a standard, no product
        if _VERSION.search(term):
            if 2 * sum(a.lstrip().startswith(_STANDARD_AFTER) for a in after) >= max(1, seen):
                return "jargon"         # H1B签证, B2驾照: a class of visa or licence
            return "product"
        if _ACRONYM.match(term):
            return "organization" if proper else "jargon"
        words = term.split()
        if all(w.isalpha() and english(w.lower()) for w in words) and (
                len(words) == 1 or term.islower()):
            return "jargon"             # an English word (Logo, genius), not a name
        if 2 <= len(words) <= 3 and all(re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?", w)
                                        and not english(w.lower()) for w in words):
            return "person"             # Hattie Stewart: given name and surname
        return "other"
    if pos == "ns" and (proper or votes["place"] or term.endswith(_PLACE_SUFFIX)):
        # (but 本山、黄金桂等品种: listed among things, a tea cultivar the tagger calls a place)
        return "other" if not proper and _listed_with_things(before, after, word, name) \
            else "place"

    if votes["place"] and not latin and not listed and not common and not votes["person"]:
        return "place"                  # 西坪镇 written out: 西坪 is a town
    if pos == "nt" and not (_two_words(term, word) and not term.endswith(_ORG_SUFFIX)):
        return "organization"           # (海洋生物 "marine life", tagged nt, is two words)
    if proper:
        if ((votes["place"] or located) and not votes["person"] and senses
                and all(re.fullmatch(r"[A-Z][a-z]+", x) for x in senses)):
            return "place"              # 在尼泊尔, 尼泊尔边境 ("Nepal": the text says a place;
            # not 在国庆 "National Day", a time)
        return "place" if term.endswith(_PLACE_SUFFIX) else "other"
    if name_shaped and foreign:
        return "other"                  # a foreign name with no cue to say what it names
    if not common and len(term) >= 3 and term.endswith(_SITE_SUFFIX) and not word(term[-2:]):
        return "place"                  # 华严寺, 善化寺
    if (not common and not listed and len(term) >= 3 and term.endswith(_SHOP_SUFFIX)
            and not word(term[-2:]) and not descriptive(term[:-1])):
        return "organization"           # 信远斋, 荣宝斋: a shop named the old way
    if any(term.endswith(x) and len(term) >= len(x) + 2 and not descriptive(term[:-len(x)])
           for x in _SITE_WORDS) and not latin:
        return "place"                  # 樟宜机场, 昆明长水国际机场; not 国际机场
    if (not common and len(term) >= 3 and term.endswith(_ADMIN_SUFFIX)
            and not descriptive(term[:-1]) and not word(term[-2:])):   # not 人文城市
        return "place"                  # 双湖县: an administrative unit by its suffix
    if (len(term) == 2 and term[0] == term[1] and not latin and not listed and not pos
            and not word(term) and not common):
        return "person"                 # 婧婧, 珊珊: a doubled character no dictionary knows
    if (name_shaped and len(term) == 3 and not pos and _chinese_name(term, surname, word)
            and not things              # 一件花绒绸: a fabric
            and not any(c in _FUNCTION_CHARS for c in term[1:])   # 离不掉: a verb phrase
            and not known(term[:2])     # not 微信群, a name and a noun
            and not (known(term[1:])    # not 观孔子, a verb and a name (but 魏昭阳,
                     and name_odds(term[0], "") < 0)      # 林秀英: surnames by habit)
            and not attributive         # not 沈腾式, "in the manner of"
            and not term.endswith(_ROLE_ENDS + _THING_ENDS)):   # not 管培生 (a trainee), 危化品
        return "person"                 # 赵一博: a surname and a given name no dictionary knows
    if (len(term) == 2 and not latin and not listed and not word(term) and not counted
            and not things              # 一匹宋锦: a bolt of brocade
            and surname(term[0]) and not attributive and not term.endswith(_ROLE_ENDS)
            and name_odds(term[0], "") >= _SURNAME_ODDS
            and name_odds(term[0], term[1]) >= _CHINESE_NAME_ODDS):
        return "person"                 # 刘霞, 赵静: both characters serve Chinese names by habit
    if (len(term) == 3 and not latin and not listed and not word(term) and not counted
            and surname(term[0]) and not attributive and not known(term[:2])
            and not term.endswith(_ROLE_ENDS + _SITE_SUFFIX + _ADMIN_SUFFIX)
            and name_odds(term[0], "") >= _SURNAME_ODDS
            and name_odds(term[0], term[1:]) >= _CHINESE_NAME_ODDS_WORD):
        return "person"                 # 姜光明, 李建国: a given name that is also a word
    return "jargon"


# A two-character surname + given name with no cue is a person when the dictionary's names use
# its characters that way this much more than otherwise (log-odds; 刘霞 5.2, 赵静 4.1, 郝强 2.5;
# the ordinary coinages seen among unseen articles' terms stay under 1: 毛衫 0.8, 高挑 0.8).
_CHINESE_NAME_ODDS = 2.0
# A three-character one whose given name is an ordinary word (光明, 建国) needs more (姜光明 4.7,
# 李建国 4.5; 杨树林 "poplar grove" 3.9)
_CHINESE_NAME_ODDS_WORD = 4.3
# A foreign name by the dictionary's names: its characters serve transliterations this much more
# than Chinese names (波伏娃 -2.9, 娜拉 -3.1, 忒修斯 -3.6; Chinese names are above 0)
_TRANSLITERATED_ODDS = -1.5
# A given name used alone: its characters serve given names this much more than transliterations
# (晓雪 1.5, 小志 2.2; ordinary coinages stay lower: 光感 1.2, 彩虹 0.7)
_GIVEN_NAME_ODDS = 1.4
_SURNAME_ODDS = 1.5     # and a surname the names use often (刘 3.9, 黄 1.8; not 班 0.9: 班志 a chronicle)


def of_occurrences(term: str, pos: str, occurrences: list[Occurrence],
                   texts: dict[tuple[str, int], str], judge) -> str:
    """The kind of a mined term from its occurrences (the texts around them) and the miner's
    dictionary ``judge`` (proper/common/pos/senses/surname/segments)."""
    from glossary import dictionary
    from glossary.gloss import company_product, is_company

    before, after = [], []
    for o in occurrences[:40]:
        text = texts[(o.document, o.line)]
        before.append(text[max(0, o.start - 6):o.start])
        after.append(text[o.end:o.end + 6])
    proper = judge.proper(term)
    # Ordinary vocabulary: a common word in CC-CEDICT or jieba's dictionary, or a phrase made of
    # general words only (创业公司). 星河集团 is not: 星河 is not general here.
    ordinary = not proper and not term.isascii() and not pos.startswith(NAME_POS)
    listed = ordinary and (judge.common(term) or term in judge.words)
    common = listed or ordinary and all(map(judge.general_token, judge.segments(term)))
    if not term.isascii() and company_product(term):
        if term.endswith(_LEGAL_FORMS + ("有限公司",)):
            return "organization"   # the company itself in full, or a subsidiary (松下控股株式会社)
        return "product"        # a company's name and a coinage: its product (百度文库)
    return classify(term, pos=pos or judge.pos(term), proper=proper, common=common,
                          listed=listed,
                          senses=judge.proper_senses(term), surname=judge.surname,
                          before=before, after=after,
                          descriptive=lambda s: all(map(judge.general_token, judge.segments(s))),
                          word=judge.common,
                          name=lambda s: judge.name(s) or is_company(s),
                          english=dictionary.load().english.__contains__,
                          known=lambda s: judge.proper(s) or is_company(s),
                          name_odds=dictionary.load().chinese_name_odds,
                          japanese_surname=_japanese_surname)


@lru_cache(maxsize=4096)
def _japanese_surname(word: str) -> bool:
    """The dictionary lists ``word`` as a Japanese surname (中村 "Nakamura (Japanese surname)")."""
    from glossary import dictionary

    return any("Japanese surname" in sense
               for e in dictionary.load().entries(word) for sense in e.senses)


_COORDINATORS = frozenset({"、", "和", "与", "及", "以及", ",", "，", "/"})
_NAME_JOINS = frozenset({"、", "和", "与", "及"})     # two names joined (not a comma: a clause)
_CONCRETE = ("person", "organization", "product", "place")


def coordinate_kinds(cands: list[Candidate], texts: dict[tuple[str, int], str],
                     word: Callable[[str], bool] = lambda s: False) -> None:
    """Terms listed together are alike: in a list of three or more (X、Y、Z和W) where most items
    with a kind share it, the items with no kind of their own (jargon/other) take it
    (零一万物、百川智能、阶跃星辰、智谱AI: the last two become organisations)."""
    by_line: dict[tuple[str, int], list[tuple[int, int, int]]] = defaultdict(list)
    for i, c in enumerate(cands):
        for o in c.occurrences:
            by_line[(o.document, o.line)].append((o.start, o.end, i))
    votes: dict[int, Counter] = defaultdict(Counter)
    for key, spans in by_line.items():
        spans.sort()
        text = texts[key]
        lists: list[list[int]] = [[spans[0][2]]] if spans else []
        glues: list[set[str]] = [set()] if spans else []
        for (_, end, a), (start, _, b) in zip(spans, spans[1:]):
            if text[end:start] in _COORDINATORS:
                lists[-1].append(b)
                glues[-1].add(text[end:start])
            else:
                lists.append([b])
                glues.append(set())
        for items, glue in zip(lists, glues):
            if len(items) == 2 and glue <= _NAME_JOINS:
                _paired_person(cands, items, word, votes)
            if len(items) < 3:
                continue
            kinds_here = Counter(_listed_kind(cands[i], word) for i in items)
            del kinds_here[None]
            if not kinds_here:
                continue
            (k, n), *rest = kinds_here.most_common()
            if n >= 2 and n >= 2 * (rest[0][1] if rest else 0):
                for i in items:
                    votes[i][k] += 1
    changes = {}
    for i, counter in votes.items():
        if cands[i].kind in ("jargon", "other"):
            (k, n), *rest = counter.most_common()
            if n >= 2 * (rest[0][1] if rest else 0) and not (k == "person"
                                                             and word(cands[i].term)):
                changes[i] = k          # (正因如此,周鹏和邢哲魁: a phrase before names)
    for i, k in changes.items():
        cands[i].kind = k


def _paired_person(cands: list[Candidate], items: list[int], word: Callable[[str], bool],
                   votes: dict[int, Counter]) -> None:
    """Two names joined (胡哲安、王子峻, 周秉昆和郑娟): beside a person, a name-shaped term that
    is no ordinary word is a person too."""
    from glossary import dictionary

    surname = dictionary.load().surname
    a, b = (cands[i] for i in items)
    for this, other, i in ((a, b, items[0]), (b, a, items[1])):
        if (other.kind == "person" and this.kind in ("jargon", "other") and not word(this.term)
                and this.term[:1] not in "一二三四五六七八九十百千万两"
                and (_surname_shaped(this.term, lambda c: surname(c) is not None)
                     or _foreign_name(this.term))):
            votes[i]["person"] += 2


def _listed_kind(c: Candidate, word: Callable[[str], bool]) -> str | None:
    """The kind a list item contributes to its list: its own if concrete; an organisation if
    it is no dictionary word and named with an organisation suffix that is also an ordinary
    noun (百川智能, not 人工智能)."""
    if c.kind in _CONCRETE:
        return c.kind
    if (not c.term.isascii() and c.term.endswith(_ORG_SUFFIX_WEAK) and len(c.term) >= 4
            and not word(c.term)):
        return "organization"
    return None


_OWNED_BY = ("", "的", "旗下", "旗下的", "推出的", "发布的")
_GLUE_ENDS = frozenset(g[-1] for g in _OWNED_BY if g)


def owner_kinds(cands: list[Candidate], texts: dict[tuple[str, int], str],
                 ordinary: Callable[[str], bool]) -> None:
    """Names with no kind of their own take one from what owns them: a name right after an
    organisation is its product (谷歌Waymo, 微软的Copilot, 百度文心一言), a name right after a person
    is their organisation (马斯克的xAI; Latin names only: 赫拉利的新书 is no company); a Latin name that mined versions extend is a product
    (ChatGPT beside ChatGPT-4)."""
    ends: dict[tuple[str, int, int], str] = {}
    for c in cands:
        for o in c.occurrences:
            ends[(o.document, o.line, o.end)] = c.kind
    versioned = [c.term for c in cands if c.term.isascii() and c.kind == "product"]
    changes = {}
    for i, c in enumerate(cands):
        if c.kind not in ("other", "jargon") or (ordinary(c.term) if not c.term.isascii()
                                                 else acronym(c.term)):
            continue
        if not c.term.isascii() and _people_noun(c.term):
            continue    # an organisation's 老客户 are its people, not its product
        votes: Counter = Counter()
        for o in c.occurrences:
            text = texts[(o.document, o.line)]
            glues = _OWNED_BY if o.start and text[o.start - 1] in _GLUE_ENDS else ("",)
            for glue in glues:
                if text.endswith(glue, 0, o.start):
                    at = o.start - len(glue)
                    if not glue and not c.term.isascii() and text[at - 1:at].isascii():
                        continue       # Chinese right after a Latin name: its predicate (爆火)
                    owner = ends.get((o.document, o.line, at))
                    if owner == "organization":
                        votes["product"] += 1
                    elif owner == "person" and c.term.isascii():
                        votes["organization"] += 1
        if votes and (c.term.isascii() or 2 * sum(votes.values()) >= len(c.occurrences)):
            changes[i] = votes.most_common(1)[0][0]   # Chinese: a habit (not DeepSeek的爆火 once)
        elif c.kind == "other" and any(v != c.term and v.startswith(c.term)
                                       and not v[len(c.term)].isalpha() for v in versioned):
            changes[i] = "product"
    for i, k in changes.items():
        cands[i].kind = k


def _people_noun(term: str) -> bool:
    """Whether a Chinese term is a common word for people: a common (not proper) dictionary
    word headed by a noun whose English names people (老客户 "old customer", 新员工)."""
    from glossary import dictionary
    from glossary.composition import _PERSON_NOUNS, _pieces
    from glossary.script import has_han
    from glossary.senses import rank_senses

    d = dictionary.load()
    if any(e.proper for e in d.entries(term)):
        return False
    pieces = _pieces(term)
    head = pieces[-1] if pieces else ""
    if len(head) < 2 or not has_han(head) or any(e.proper for e in d.entries(head)):
        return False
    if any("(" in raw for e in d.entries(head) for raw in e.senses):
        return False    # a domain sense (客户端 "client (computing)") names a thing
    senses = rank_senses(head, proper=False)[:2]
    return bool(senses) and all(_PERSON_NOUNS.match(s.text) for s in senses)


_COMPANY_WORDS = ("公司", "集团", "控股")


def short_form_kinds(cands: list[Candidate], general: Callable[[str], bool]) -> None:
    """A short name that begins a longer mined name is its short form and shares its kind
    (字节 for 字节跳动, 阿里 for 阿里巴巴, 文心 for 文心一言). Not when the longer name is named by
    its suffix (混动 in 混动汽车) or the short one is far more common on its own (新能源); but a
    product named with a generic product word is that word plus the product's name (混元 in
    混元大模型), and a company written with 公司/集团/控股 is its name plus that word (陶氏 in
    陶氏公司)."""
    by_prefix: dict[str, list[Candidate]] = defaultdict(list)
    for c in cands:
        company = next((x for x in _COMPANY_WORDS if c.term.endswith(x)), "")
        if c.kind == "organization" and company and len(c.term) >= len(company) + 2:
            by_prefix[c.term[:-len(company)]].append(c)   # 陶氏 of 陶氏公司: the company's name
        if c.kind in ("organization", "product") and not has_name_suffix(c.term):
            for k in (2, 3):
                if len(c.term) >= k + 2:
                    by_prefix[c.term[:k]].append(c)
        elif c.kind == "product" and not c.term.isascii():
            head = next((c.term[:-len(x)] for x in _PRODUCT_SUFFIX if c.term.endswith(x)), "")
            if len(head) >= 2:
                by_prefix[head].append(c)
    for c in cands:
        if (c.kind in ("jargon", "other", "place") and c.term in by_prefix
                and not c.term.isascii() and not general(c.term)):
            # (a product's name may well be used alone more than with its generic word)
            kinds_here = {n.kind for n in by_prefix[c.term]
                          if (c.count <= 2 * n.count or has_name_suffix(n.term))
                          and (n.term[len(c.term)] not in "式型化性类级的之"
                               or n.term[len(c.term):] in _COMPANY_WORDS)}
            if len(kinds_here) == 1:
                c.kind = kinds_here.pop()
