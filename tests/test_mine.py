"""The term miner: each mechanism on small made-up texts, and the seed corpus end to end."""

from __future__ import annotations

import pytest

from glossary.clean import clean_document
from glossary.corpus import read_corpus
from glossary.kind import classify
from glossary.latin import dominant, variant_key
from glossary.mine import mine


def docs_of(*texts: str):
    return [clean_document(f"{i:03d}.txt", text) for i, text in enumerate(texts)]


def by_term(cands):
    return {c.term: c for c in cands}


@pytest.fixture(scope="session")
def seed_candidates(request):
    root = request.config.rootpath / "seeds"
    return by_term(mine(read_corpus(root, warn=lambda m: None)))


# A made-up company name that the segmenter cuts in two (星河 / 漫游), used in varied contexts.
STARS = [
    "星河漫游今天发布了新的导航软件，用户反响热烈。",
    "据报道，星河漫游的创始人曾在北京工作多年。",
    "分析人士认为星河漫游将在明年上市。",
    "与此同时，竞争对手也在模仿星河漫游的做法。",
]


def test_phrase_finder_recovers_a_name_the_segmenter_splits():
    cands = by_term(mine(docs_of("\n".join(STARS[:2]), "\n".join(STARS[2:]))))
    assert "星河漫游" in cands
    assert cands["星河漫游"].count == 4
    assert cands["星河漫游"].documents == 2


def test_fragments_of_a_longer_term_are_dropped():
    cands = by_term(mine(docs_of("\n".join(STARS))))
    assert "星河" not in cands and "漫游" not in cands


def test_occurrences_point_into_the_display_text():
    docs = docs_of("\n".join(STARS))
    cand = by_term(mine(docs))["星河漫游"]
    lines = {line.number: line.display for line in docs[0].lines}
    for occ in cand.occurrences:
        assert lines[occ.line][occ.start:occ.end] == "星河漫游"


def test_traditional_and_simplified_spellings_are_one_candidate():
    text = ("万象智联发布新产品。\n" "萬象智聯的創始人表示，公司將擴張。\n" "萬象智聯今年的收入大幅增長。\n"
            "业内人士称万象智联是黑马。")
    cand = by_term(mine(docs_of(text)))["万象智联"]
    assert cand.forms == {"万象智联": 2, "萬象智聯": 2}
    assert cand.count == 4


def test_latin_variants_merge_under_the_dominant_spelling():
    text = ("新模型NovaMind-X1发布。\n" "NovaMind-X1的性能很强。\n" "有人写成Novamind-x1。\n"
            "也有人说NovaMind-X1太贵。")
    cands = mine(docs_of(text))
    nova = [c for c in cands if variant_key(c.term) == "novamindx1"]
    assert len(nova) == 1
    assert nova[0].term == "NovaMind-X1"
    assert nova[0].forms == {"NovaMind-X1": 3, "Novamind-x1": 1}


def test_dominant_spelling_ties_prefer_capitals_then_hyphens():
    assert dominant({"GPT3.5": 1, "GPT-3.5": 1}) == "GPT-3.5"
    assert dominant({"chatgpt": 1, "ChatGPT": 1}) == "ChatGPT"
    assert dominant({"Deepseek": 5, "DeepSeek": 9}) == "DeepSeek"
    assert variant_key("R1-zero") == variant_key("R1-Zero")


def test_numbers_dates_and_quantities_are_not_terms():
    text = "\n".join(["2025年1月20日，该公司营收增长37.5%，达到3000万元。"] * 1
                     + ["截至2025年1月20日，用户增长37.5%，约3000万元投入研发。",
                        "两年前的1月20日，三个团队各投入3000万元。"])
    cands = mine(docs_of(text))
    for c in cands:
        assert not any(ch.isdigit() for ch in c.term), c.term
        assert c.term not in {"两年", "三个", "万元"}


def test_a_classifier_glued_to_its_noun_after_a_numeral_is_not_a_term():
    text = "\n".join(["他们囤了十万张卡用于训练。", "另一家公司也买了两万张卡。", "据说还有三万张卡在路上。"])
    terms = by_term(mine(docs_of(text)))
    assert "张卡" not in terms and "万张卡" not in terms


def test_seed_grammatical_zhe_kept_by_opencc_is_general(seed_candidates):
    assert "意味著" not in seed_candidates     # 意味著 (traditional text) is 意味着


def test_a_name_inside_longer_names_is_a_term_of_its_own():
    text = "\n".join(["他毕业于复旦大学计算机科学技术学院。", "复旦大学计算机科学技术学院的教授说。",
                      "复旦大学计算机科学技术学院今年扩招。"])
    terms = by_term(mine(docs_of(text)))
    assert terms["复旦大学"].count == 3
    assert "复旦大学计算机科学技术学院" in terms


def test_seed_names_inside_longer_names(seed_candidates):
    assert "复旦大学" in seed_candidates and "斯普特尼克" in seed_candidates


def test_a_chinese_term_glossed_with_a_latin_abbreviation_is_a_candidate():
    # 通用 and 人工智能 are mostly apart, so only the author's gloss makes 通用人工智能 a term
    lines = (["他们的目标是实现超越人类的通用人工智能(AGI)。", "很多人怀疑AGI(通用人工智能)能否实现。"]
             + [f"人工智能{x}。" for x in "发展很快 公司很多 改变了生活 还很贵 进入课堂 需要电力 写了小说 "
                                         "帮助医生".split()]
             + [f"通用{x}更便宜。" for x in "技术 软件 芯片 设备 零件 工具 平台 接口".split()])
    assert by_term(mine(docs_of("\n".join(lines))))["通用人工智能"].count == 2


def test_superlatives_do_not_open_terms():
    text = "\n".join(["这是最长综合续航的车型。", "它拥有最长综合续航的纪录。", "官方称最长综合续航达两千公里。"])
    terms = by_term(mine(docs_of(text)))
    assert not any(t.startswith("最") for t in terms), terms


def test_a_one_character_name_with_its_code_is_one_term():
    text = "\n".join(["比亚迪的秦PLUS降价了。", "不过秦PLUS是上一代产品。", "秦PLUS卖得很好。"])
    terms = by_term(mine(docs_of(text)))
    assert "秦PLUS" in terms and "PLUS" not in terms


def test_quoted_coinage_is_a_candidate():
    text = ("业界把这几家公司称为“云端四杰”。\n" "云端四杰今年都在裁员。\n" "投资人仍看好云端四杰的前景。")
    assert "云端四杰" in by_term(mine(docs_of(text)))


def test_mixed_latin_han_terms_stay_whole():
    text = ("这家公司专注C端市场。\n" "在C端，用户更在乎价格。\n" "他们的C端产品卖得很好。\n"
            "C端的竞争也很激烈。")
    cands = by_term(mine(docs_of(text)))
    assert "C端" in cands


def test_user_words_segment_whole_and_are_reported():
    text = "星河漫游发布了新软件。\n用户很喜欢这款软件。"
    cands = by_term(mine(docs_of(text), user_words=["星河漫游"]))
    assert cands["星河漫游"].count == 1


def test_aliases_count_toward_their_term_and_are_not_mined_alone():
    text = "\n".join(STARS) + "\n星漫今天又发布了新功能。\n业内把星漫视为黑马。"
    cands = by_term(mine(docs_of(text), aliases={"星漫": "星河漫游"}))
    assert "星漫" not in cands
    assert cands["星河漫游"].count == 6
    assert cands["星河漫游"].forms["星漫"] == 2


def test_min_count_one_keeps_single_occurrences():
    text = "青藤智联的总部在杭州。"
    assert "青藤智联" not in by_term(mine(docs_of(text)))
    assert "青藤智联" in by_term(mine(docs_of(text), min_count=1))


def test_output_is_sorted_and_scores_are_in_range():
    cands = mine(docs_of("\n".join(STARS)))
    keys = [(-c.score, c.term) for c in cands]
    assert keys == sorted(keys)
    assert all(0.0 <= c.score <= 1.0 for c in cands)


def test_empty_corpus_and_control_characters():
    assert mine([]) == []
    text = "\n".join(line.replace("今天", "今天\x1f") for line in STARS)
    cand = by_term(mine(docs_of(text)))["星河漫游"]
    assert cand.count == 4


@pytest.mark.parametrize("term,kwargs,expected", [
    ("帕米·奥尔森", {}, "person"),
    ("张三丰", {"after": ["表示，", "说："], "surname": "张李".__contains__}, "person"),
    ("李四海", {"before": ["公司创始人", "CEO"], "surname": "张李".__contains__}, "person"),
    ("哈萨比斯", {"after": ["表示，"]}, "person"),
    ("萨比斯", {}, "other"),
    ("百度", {"proper": True, "senses": ["Baidu, Internet portal and search engine"]},
     "organization"),
    ("迪拜", {"proper": True, "pos": "ns"}, "place"),
    ("大模型", {"common": True, "after": ["公司", "平台"]}, "jargon"),
    ("星河集团", {}, "organization"),
    ("青藤", {"after": ["公司的", "旗下产品"]}, "organization"),
    ("云雀书房", {"before": ["中国人工智能公司"]}, "organization"),
    ("百团大战", {"proper": True}, "event"),
    ("Nova-3", {}, "product"),
    ("算力", {}, "jargon"),
    # an ordinary word first: a county of that name does not make 大厂 (big firm) a place
    ("大厂", {"common": True, "listed": True,
             "senses": ["Dachang Hui autonomous county in Langfang, Hebei"]}, "jargon"),
    ("Zorbit", {"before": ["代码托管平台"]}, "product"),
    # a suffix that is the tail of an ordinary word, or after ordinary words, names nothing
    ("主要国家人工智能", {"word": {"人工智能", "国家"}.__contains__}, "jargon"),
    ("通用大模型", {"descriptive": {"通用"}.__contains__}, "jargon"),
    ("星河大模型", {"descriptive": {"通用"}.__contains__}, "product"),
    ("百川智能", {"word": {"人工智能"}.__contains__, "after": ["创始人王小川"]}, "organization"),
    ("危急时刻", {"descriptive": {"危急"}.__contains__}, "jargon"),
    ("斯普特尼克时刻", {"descriptive": {"危急"}.__contains__}, "jargon"),
    ("Zorbit", {"before": ["音乐流媒体服务商"]}, "organization"),
])
def test_kind_cues(term, kwargs, expected):
    assert classify(term, **kwargs) == expected


# ---- the seed corpus end to end -------------------------------------------------------------

@pytest.mark.parametrize("term", ["六小虎", "深度求索", "月之暗面", "萝卜快跑", "李彦宏", "智谱AI",
                                  "C端", "DeepSeek-R1", "算力", "开源", "大模型", "AI三叉戟",
                                  "肖仰华", "百度文库", "阶跃星辰", "零一万物", "通用人工智能"])
def test_seed_key_terms(seed_candidates, term):
    assert term in seed_candidates


def test_seed_both_scripts_are_one_candidate(seed_candidates):
    forms = seed_candidates["百模大战"].forms
    assert "百模大战" in forms and "百模大戰" in forms


def test_seed_case_variants(seed_candidates):
    assert seed_candidates["R1-Zero"].forms == {"R1-Zero": 2, "R1-zero": 1}
    assert "Deepseek" in seed_candidates["DeepSeek"].forms


def test_seed_fragments_are_gone(seed_candidates):
    for fragment in ("普特", "暗面", "求索", "萝卜", "快跑", "之暗面"):
        assert fragment not in seed_candidates


def test_seed_kinds(seed_candidates):
    assert seed_candidates["李彦宏"].kind == "person"
    assert seed_candidates["肖仰华"].kind == "person"
    assert seed_candidates["百模大战"].kind == "jargon"     # a figure of speech, not a war
    assert seed_candidates["百度"].kind == "organization"
    assert seed_candidates["DeepSeek-R1"].kind == "product"
    assert seed_candidates["深度求索"].kind == "organization"


def test_names_take_their_kind_from_their_owner():
    text = "\n".join(["青藤科技公司旗下的Zorbit今年上线。", "用户说青藤科技公司的Zorbit很好用。",
                      "青藤科技公司CEO表示，Zorbit还会更新。",
                      "投资人刘振华的Vexa也在招人。", "刘振华说，Vexa明年上市。",
                      "刘振华的Vexa估值很高。"])
    cands = by_term(mine(docs_of(text)))
    assert cands["青藤科技公司"].kind == "organization"
    assert cands["Zorbit"].kind == "product"
    assert cands["Vexa"].kind == "organization"


def test_seed_short_forms_share_the_kind_of_the_full_name(seed_candidates):
    assert seed_candidates["字节跳动"].kind == "organization"
    assert seed_candidates["字节"].kind == "organization"       # also a common word: byte
    assert seed_candidates["文心"].kind == seed_candidates["文心一言"].kind == "product"
    assert seed_candidates["豆包"].kind == "product"             # 字节旗下豆包


def test_seed_latin_names_are_products_or_organizations(seed_candidates):
    for name in ("ChatGPT", "Copilot", "Gemini"):
        assert seed_candidates[name].kind == "product", name
    assert seed_candidates["xAI"].kind == "organization"
    assert seed_candidates["大厂"].kind == "jargon"


def test_listed_terms_take_the_kind_of_their_list():
    text = ("星河集团、青藤集团、蓝鲸快递和云雀书房都在裁员。\n"
            "蓝鲸快递的股价大跌。\n" "云雀书房今年亏损。\n"
            "星河集团、青藤集团、云雀书房与蓝鲸快递联合发布声明。")
    cands = by_term(mine(docs_of(text)))
    assert cands["蓝鲸快递"].kind == "organization"
    assert cands["云雀书房"].kind == "organization"


# ---- invariants on arbitrary text -----------------------------------------------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_PIECES = ["星河漫游", "發布", "发布", "了", "新软件", "。", "，", "DeepSeek", "Deepseek", "R1-Zero",
           "2025年", "37%", "“六小虎”", "的", "創始人", "表示", " ", "GPT-4o", "萬象智聯", "万象智联",
           "\n"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(st.sampled_from(_PIECES), max_size=60).map("".join), min_size=1,
                max_size=3))
def test_mined_candidates_are_consistent(texts):
    docs = docs_of(*texts)
    cands = mine(docs)
    display = {(d.name, line.number): line.display for d in docs for line in d.lines}
    for c in cands:
        assert c.count == len(c.occurrences) == sum(c.forms.values()) >= 2
        assert c.documents == len({o.document for o in c.occurrences})
        seen = {}
        for o in c.occurrences:
            form = display[(o.document, o.line)][o.start:o.end]
            seen[form] = seen.get(form, 0) + 1
        assert seen == c.forms
        assert not c.term.strip().isdigit()
    spans = [(o.document, o.line, o.start, o.end) for c in cands for o in c.occurrences]
    assert len(spans) == len(set(spans))          # no span is counted for two terms
    assert [(c.term, c.count) for c in mine(docs)] == [(c.term, c.count) for c in cands]


def test_long_titles_and_editor_terms_are_found_whole():
    title = "《人工智能时代的新闻翻译与术语管理实践手册》"
    text = f"他写了{title}。\n很多译者读过{title}，觉得有用。"
    cands = by_term(mine(docs_of(text)))
    assert "人工智能时代的新闻翻译与术语管理实践手册" in cands


def test_worker_processes_give_the_same_result():
    lines = [f"{STARS[i % 4]}第{i}号" for i in range(20001)]
    docs = docs_of("\n".join(lines[:10000]), "\n".join(lines[10000:]))
    one = [(c.term, c.count, c.documents, c.kind) for c in mine(docs, jobs=1)]
    two = [(c.term, c.count, c.documents, c.kind) for c in mine(docs, jobs=2)]
    assert one == two
    assert any(term == "星河漫游" for term, *_ in one)


def test_a_piece_seen_only_inside_a_persons_name_is_no_term() -> None:
    from glossary.mine import _name_fragments
    from glossary.model import Candidate, Occurrence

    lines = {("a.txt", 1): "张明华出生于河南。张明华的球拍。", ("a.txt", 2): "张明说，张明华来了。"}

    def cand(term: str, kind: str, spans: list[tuple[int, int]]) -> Candidate:
        occ = [Occurrence("a.txt", n, s, s + len(term)) for n, s in spans]
        return Candidate(term, {term: len(occ)}, len(occ), 1, 0.0, kind, occ)

    name = cand("张明华", "person", [(1, 0), (1, 9), (2, 4)])
    piece = cand("明华", "person", [(1, 1), (1, 10)])          # only ever inside 张明华
    alone = cand("张明", "person", [(1, 0), (2, 0)])           # once a name of its own
    assert _name_fragments([name, piece, alone], lines, set()) == {1}
    assert _name_fragments([name, piece, alone], lines, {"明华"}) == set()   # an editor's word
