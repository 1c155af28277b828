"""Recall mechanisms of the miner on general words: kinds of a category noun that the text names
side by side (通用大模型和行业大模型)."""

from __future__ import annotations

from glossary.clean import clean_document
from glossary.corpus import read_text
from glossary.mine import mine
from glossary.phrases import coordinated_kinds


def seed_docs(request, drop: str = "") -> list:
    """The three seed articles where the kinds occur, without the lines that contain any
    character of ``drop``."""
    root = request.config.rootpath / "seeds"
    docs = []
    for path in sorted(root.glob("*.txt")):
        if path.name[:3] not in ("000", "003", "004"):
            continue
        text = read_text(path)
        if drop:
            text = "\n".join(line for line in text.splitlines() if not set(drop) & set(line))
        docs.append(clean_document(path.name, text))
    return docs


# 行业 and 基础 are everyday words, so 行业大模型 is not joined on their strength; what makes
# 行业大模型 and 基础模型 kinds of model is that the text contrasts them with other kinds
# (通用大模型和行业大模型, 基础大模型→行业大模型).
def test_kinds_named_side_by_side_make_compounds_with_general_modifiers(request):
    terms = {c.term for c in mine(seed_docs(request))}
    assert {"行业大模型", "通用大模型", "基础模型"} <= terms


def test_without_the_contrast_a_general_modifier_is_not_joined(request):
    terms = {c.term for c in mine(seed_docs(request, drop="和→"))}
    assert not {"行业大模型", "基础模型"} & terms


def test_coordinated_kinds_need_the_same_noun_on_both_sides():
    head_of = {"模型": "模型", "大": "模型", "企业": "企业"}
    both = ["通用", "大", "模型", "和", "行业", "大", "模型"]
    assert coordinated_kinds([both], head_of) == {("通用", "模型"), ("行业", "模型")}
    assert coordinated_kinds([["基础", "模型", "→", "行业", "大", "模型"]], head_of) == {
        ("基础", "模型"), ("行业", "模型")}
    assert not coordinated_kinds([["通用", "模型", "和", "初创", "企业"]], head_of)
    assert not coordinated_kinds([["大", "模型", "和", "行业", "大", "模型"]], head_of)
