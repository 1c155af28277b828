"""Flagging page boilerplate: credits, disclaimers, comment prompts, promotions, related-article
lists, job listings and lists of references that news sites wrap around an article.

Judged by general cues of Chinese news-site templates, on the analysis form (simplified,
half-width): credit prefixes (``来源:``, ``责任编辑:``), link-farm vocabulary on short lines,
list-item shape, job-listing shape (places joined by ``/``, salaries), the tail of a page after
the first such line, and lines repeated across documents.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from glossary.clean import Document

# A line that starts with a credit or notice label.
_PREFIX = re.compile(
    r"^\s*[【\[(（]?(?:责任编辑|责编|编辑|编者按|作者|文|撰文|记者|来源|出处|原标题|原文标题|"
    r"原文链接|本文来源|文章来源|免责声明|风险提示|特别声明|声明|版权声明|版权所有|图源|图片来源|"
    r"题图|封面|插图|配图|摄影|摄影师|视觉|排版|校对|审核|审校|监制|出品|策划|统筹|制作|运营|"
    r"投稿|转载|标签|关键词|关键字|相关新闻|延伸阅读)"
    r"\s*[】\])）]?\s*[:|｜丨/]")
# ``调色丨 黛川文化``, ``文|祁十一``: a short label, a vertical bar, a name (staff credits).
_CREDIT = re.compile(r"^\s*[^\s丨|｜]{1,6}\s*[丨|｜]\s*\S.{0,24}$")
# Labels whose line is boilerplate whatever its length.
_LONG_PREFIX = re.compile(
    r"^\s*[【\[(（]?(?:(?:免责|特别|版权)?声明|风险提示)\s*[】\])）]?\s*[:|｜]|"
    r"^\s*[【\[(（]?(?:本文|文章)(?:来自|转载自|来源于|经授权|系转载|为转载|首发于)")
# Link-farm and call-to-action vocabulary of page templates.
_CUE = re.compile(  # (matched case-insensitively)
    r"发表评论|评论内容|评论长度|写评论|查看评论|评论区|留言区|精彩评论|我要评论|网友评论|"
    r"\d+\s*条评论|\d+\s*人参与|举报\s*/\s*反馈|^\s*举报|上一篇|下一篇|扫一扫|返回\S{0,4}首页|查看更多|"
    r"打开\s*app|下载\s*(?:app|客户端)|请关注|^\s*[(（【\[]?完[)）】\]]?\s*$|^\s*-*\s*end\s*-*\s*$|"
    r"点击(?:下图|图片|阅读|查看|这里|此处|链接|跳转|关注|上方|下方|蓝字|进入|购买|报名|下载|观看|"
    r"播放|收看|收听)|^\s*[(（]?\S{1,12}\s*供图\s*[)）]?\s*$|"
    r"扫码(?:关注|添加|进群|下载|阅读|购买|收听|观看|报名|领取)|(?:扫描|识别|扫)\S{0,3}二维码|"
    r"长按(?:识别|关注|二维码|添加)|关注(?:我们|公众号|微信|微博|本号)|公众号\s*(?:id|:|“|「)|"
    r"转载|版权(?:归|所有|声明)|未经(?:许可|授权)|严禁复制|如有侵权|侵权(?:请|必究|删除)|"
    r"推荐阅读|相关阅读|相关推荐|相关文章|推荐专题|热门推荐|热门文章|延伸阅读|猜你喜欢|"
    r"往期(?:回顾|推荐|精选|阅读)|大家都在看|阅读原文|阅读全文|"
    r"“点赞”|“在看”|欢迎\S{0,8}点赞|点赞\S{0,2}(?:在看|转发|分享)|在看三连|一键三连|分享(?:到|至)|"
    r"立即(?:下载|报名|购买|预约|订阅|参与)|最新活动|更多活动|"
    r"责任编辑|免责声明|投资有风险|不构成投资建议|"
    r"^\s*招聘|招聘\s*[|:丨]|岗位要求|投递简历|简历投递|^\s*(?:图源|图片来源|题图|配图|封面图)|"
    r">>", re.IGNORECASE)
# Cues that a page's article has ended and its template begins (tail propagation starts only
# at these, not at a photo credit in the middle of an article).
_END = re.compile(
    r"评论|推荐|相关阅读|相关文章|延伸阅读|猜你喜欢|往期|大家都在看|阅读原文|点赞|在看|"
    r"责任编辑|免责声明|风险提示|版权|转载|未经(?:许可|授权)|原标题|原文标题|最新活动|更多活动|"
    r"招聘|扫码|二维码|公众号|投稿|订阅|举报\s*/\s*反馈|上一篇|下一篇|查看更多|^\s*[(（【\[]?完[)）】\]]?\s*$|"
    r"^\s*-*\s*end\s*-*\s*$", re.IGNORECASE)
# Job listings: places joined by slashes, salary ranges.
_JOB = re.compile(
    r"[省市区县州]\s*/\s*\S{1,8}[市区县州]|\d+(?:\.\d+)?[kK千万]?\s*[-~]\s*\d+(?:\.\d+)?[kK千万]\s*(?:/月|元|·|$)|"
    r"[元万]/月|薪资|月薪|年薪\s*\d")
_LIST_ITEM = re.compile(r"^\s*(?:[-•·*+]\s*(?:\d{1,3}[.、)]?\s+)?|\d{1,3}[.、)]\s+)")
_BARE_MARK = re.compile(r"^\s*[-•·*+=_~|#>]*\s*$")
_CJK = re.compile(r"[\u4e00-\u9fff]")

# The heading of a list of references or sources, alone or with its first entry after a colon.
_REFERENCES = re.compile(
    r"^\s*[【\[(（]?(?:参考文献|参考资料|参考书目|参考来源|引用文献|文献来源|资料来源|"
    r"references|bibliography|works cited)\s*[】\])）]?\s*(?:[:：]|$)", re.IGNORECASE)
_ENTRY_MARK = re.compile(r"^\s*(?:\[\d{1,3}\]|\d{1,3}\s*[.、)．]|[-•·*]\s|_?https?:|_?www\.)")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_ENTRY_LONG = 400   # a numbered entry in Chinese is at most this long

_SHORT = 60     # a "short" line, in characters
_TAIL_SHORT = 120  # lines in a page tail
# A line shared by this many documents is template text.
_REPEAT_DOCS = 3


def _line_cue(text: str) -> bool:
    if _BARE_MARK.match(text) or _LONG_PREFIX.match(text):
        return True
    if len(text) > _SHORT:
        return False
    return bool(_PREFIX.match(text) or _CREDIT.match(text) or _CUE.search(text)
                or _JOB.search(text))


def _reference_entry(text: str) -> bool:
    """A line that reads as an entry of a list of references: numbered (``[3] Li, W.``,
    ``2、《…》``), a web address, a line mostly in Latin letters (an entry wrapped over several
    lines), or a short line (``巫鸿《空间的敦煌》``); not a paragraph of Chinese prose."""
    if len(text) <= _SHORT or len(_LATIN_LETTER.findall(text)) > len(_CJK.findall(text)):
        return True
    return bool(_ENTRY_MARK.match(text)) and len(text) <= _ENTRY_LONG


def _references(texts: list[str], flags: list[bool]) -> None:
    """Flag a list of references (``参考文献：``) and its entries: titles and authors cited
    there are not the article's text. The list ends at the first line of prose."""
    for i, text in enumerate(texts):
        if _REFERENCES.match(text):
            flags[i] = True
            for k in range(i + 1, len(texts)):
                if not _reference_entry(texts[k]):
                    break
                flags[k] = True


def _is_list_item(text: str) -> bool:
    return bool(_LIST_ITEM.match(text)) and len(text) <= _SHORT


def flag_boilerplate(texts: list[str]) -> list[bool]:
    """Which of a document's (non-blank, analysis-form) lines are page boilerplate."""
    n = len(texts)
    flags = [_line_cue(t) for t in texts]
    _references(texts, flags)
    # Runs of three or more short list items (related-article lists, job boards) under a
    # template heading, at the very end of the page, or mostly job-shaped; a list inside the
    # article body stays.
    i = 0
    while i < n:
        j = i
        while j < n and (_is_list_item(texts[j]) or _BARE_MARK.match(texts[j])):
            j += 1
        items = [t for t in texts[i:j] if _LIST_ITEM.match(t)]
        if j - i >= 3 and len(items) >= 2 and (
                i > 0 and flags[i - 1] or j == n
                or 2 * sum(1 for t in items if _JOB.search(t)) >= len(items)):
            for k in range(i, j):
                flags[k] = True
        i = max(j, i + 1)
    # The page tail: in the second half, from the first flagged line of the final run of
    # short lines, everything to the end is template.
    if n >= 4:
        start = n
        while start > 0 and len(texts[start - 1]) <= _TAIL_SHORT:
            start -= 1
        start = max(start, n // 2)
        for k in range(start, n):
            if flags[k] and _END.search(texts[k]):
                for m in range(k, n):
                    flags[m] = True
                break
    # A line without a Chinese character between flagged lines belongs to them (``9:21``-like
    # debris stays unflagged elsewhere: it cannot yield Chinese terms anyway).
    for k in range(1, n - 1):
        if not flags[k] and flags[k - 1] and flags[k + 1] and not _CJK.search(texts[k]):
            flags[k] = True
    return flags


def _key(text: str) -> str:
    return "".join(text.split())


def mark_repeated(docs: list[Document]) -> list[Document]:
    """Flag lines that occur in several documents of the corpus (site templates)."""
    if len(docs) < _REPEAT_DOCS:
        return docs
    counts: Counter[str] = Counter()
    for doc in docs:
        counts.update({_key(line.text) for line in doc.lines})
    repeated = {k for k, c in counts.items() if c >= _REPEAT_DOCS and k}
    if not repeated:
        return docs
    out = []
    for doc in docs:
        if any(not line.boilerplate and _key(line.text) in repeated for line in doc.lines):
            lines = tuple(dataclasses.replace(line, boilerplate=True)
                          if not line.boilerplate and _key(line.text) in repeated else line
                          for line in doc.lines)
            doc = dataclasses.replace(doc, lines=lines)
        out.append(doc)
    return out
