"""Classify a mined term's kind from general cues: its shape, its neighbours, its dictionary tags.

Cues, strongest first: a foreign-name interpunct (帕米·奥尔森) or a person's title/speech verb next
to it (创始人, CEO, 教授, 说, 表示); an organisation suffix on the term or right after it (公司,
集团, 大学, 银行…); an event word (大战, 峰会…); product shapes (a Latin name with a version,
``GPT-4o``; 模型/系列/App after it); jieba's name tags (nr person, ns place, nt organisation);
CC-CEDICT marking the word a proper noun. A common word is jargon; anything else is ``other``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

_PERSON_BEFORE = ("创始人", "联合创始人", "CEO", "首席执行官", "总裁", "董事长", "教授", "记者",
                  "主任", "研究员", "作者", "总经理", "董事", "专家", "总监", "经理", "主席",
                  "部长", "院士", "博士", "先生", "女士", "分析师", "工程师", "负责人", "委员",
                  "兼", "创办人", "掌门人", "首席科学家", "合伙人", "执行官")
_PERSON_AFTER = ("说", "表示", "认为", "指出", "称", "提到", "介绍", "坦言", "告诉", "透露",
                 "强调", "直言", "曾说", "回忆", "解释", "先生", "女士", "教授", "博士")
_ORG_SUFFIX = ("公司", "集团", "大学", "学院", "研究院", "研究所", "实验室", "银行", "社", "机构",
               "协会", "委员会", "基金会", "基金", "组织", "联盟", "部", "局", "署", "厅", "中心",
               "法院", "医院", "政府", "交易所", "出版社", "电视台", "报", "科技", "资本", "控股",
               "智能", "智库", "咨询", "证券", "汽车", "航空", "电子", "网络", "传媒", "工作室",
               "团队", "俱乐部")
_ORG_AFTER = ("公司", "集团", "旗下", "创始人", "联合创始人", "CEO", "首席执行官", "董事长", "总裁",
              "副总裁", "员工", "高管", "团队", "股价", "市值", "官方", "发言人")
_EVENT_SUFFIX = ("大战", "战争", "之战", "会议", "峰会", "大会", "论坛", "博览会", "展会", "运动",
                 "革命", "事件", "危机", "时刻", "奥运会", "世博会", "选举", "改革")
_PRODUCT_AFTER = ("模型", "大模型", "系列", "App", "APP", "app", "应用", "手机", "芯片", "系统",
                  "平台", "浏览器", "版本", "版")
_PRODUCT_SUFFIX = ("大模型", "模型", "App", "浏览器", "手机", "芯片", "系统", "助手", "音乐", "文档")
_PLACE_SUFFIX = ("省", "市", "县", "区", "州", "镇", "村", "岛", "湾", "河", "湖", "山", "港", "洲")
_VERSION = re.compile(r"[A-Za-z].*\d|\d.*[A-Za-z]")
_ACRONYM = re.compile(r"^[A-Z]{2,6}s?$")


def classify(term: str, *, pos: str = "", proper: bool = False,
             before: Iterable[str] = (), after: Iterable[str] = ()) -> str:
    """The kind of ``term``.

    ``pos`` is jieba's tag for the word (if it is one); ``proper`` says a dictionary lists it as a
    proper noun; ``before``/``after`` are the texts just before/after its occurrences.
    """
    votes: Counter[str] = Counter()
    for text in before:
        text = text.rstrip()
        if text.endswith(_PERSON_BEFORE):
            votes["person"] += 1
    for text in after:
        text = text.lstrip()
        if text.startswith(_PERSON_AFTER):
            votes["person"] += 1
        if text.startswith(_ORG_AFTER):
            votes["organization"] += 1
        if text.startswith(_PRODUCT_AFTER):
            votes["product"] += 1

    latin = term.isascii()
    if "·" in term or "•" in term:
        return "person"
    if not latin and term.endswith(_EVENT_SUFFIX):
        return "event"
    if not latin and term.endswith(_ORG_SUFFIX) and len(term) > 2:
        return "organization"
    if not latin and term.endswith(_PRODUCT_SUFFIX) and len(term) > 2:
        return "product"
    if pos.startswith("nr") and len(term) <= 4:
        votes["person"] += 2
    if votes:
        kind, n = votes.most_common(1)[0]
        if n >= 2 or (n >= 1 and (proper or latin or pos.startswith("n"))):
            return kind
    if latin:
        if _VERSION.search(term):
            return "product"
        if _ACRONYM.match(term):
            return "jargon" if not proper else "organization"
        return "other"
    if pos == "ns" and (proper or term.endswith(_PLACE_SUFFIX)):
        return "place"
    if pos == "nt":
        return "organization"
    if proper:
        return "place" if term.endswith(_PLACE_SUFFIX) else "other"
    return "jargon"
