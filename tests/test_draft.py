"""Reading drafts: front matter, prose masking, block positions."""

from __future__ import annotations

import string

from hypothesis import given, settings
from hypothesis import strategies as st

from glossary.draft import mask_prose, parse_draft, split_front_matter


def prose(draft_text: str) -> str:
    return "\n".join(b.text for b in parse_draft(draft_text).blocks)


@given(st.text(alphabet=string.printable + "`*_<>[]()!-—中文", max_size=300))
@settings(max_examples=200, deadline=None)
def test_masking_keeps_length_and_newlines(text: str) -> None:
    masked = mask_prose(text)
    assert len(masked) == len(text)
    assert [i for i, c in enumerate(masked) if c == "\n"] == [i for i, c in enumerate(text) if c == "\n"]
    assert all(m == t or m == " " for m, t in zip(masked, text))


WORD = st.text(alphabet=string.ascii_letters, min_size=2, max_size=8)


@given(st.lists(st.lists(WORD, min_size=1, max_size=6), min_size=1, max_size=5),
       st.sampled_from(["", "# ", "- ", "> ", "1. "]), st.booleans())
@settings(max_examples=150, deadline=None)
def test_positions_point_at_the_words_in_the_file(lines: list[list[str]], prefix: str,
                                                  crlf: bool) -> None:
    """Every prose word found in a block sits at its block.position() in the original file."""
    body = "\n".join(prefix + " ".join(words) if i == 0 else " ".join(words)
                     for i, words in enumerate(lines))
    text = "---\nsource: x.txt\n---\nIntro *para*.\n\n" + body + "\n"
    if crlf:
        text = text.replace("\n", "\r\n")
    draft = parse_draft(text)
    file_lines = text.replace("\r\n", "\n").split("\n")
    found = []
    for block in draft.blocks:
        for i, ch in enumerate(block.text):
            if ch.isalpha() and (i == 0 or not block.text[i - 1].isalpha()):
                end = i
                while end < len(block.text) and block.text[end].isalpha():
                    end += 1
                line, col = block.position(i)
                assert file_lines[line - 1][col - 1:col - 1 + end - i] == block.text[i:end]
                found.append(block.text[i:end])
    if prefix != "# ":  # a heading takes only its first line
        assert found == ["Intro", "para"] + [w for words in lines for w in words]


def test_front_matter_values_and_lines() -> None:
    values, where, skip = split_front_matter(
        '---\ntitle: "A: B"\nsource: ../src/original.txt  # the original\n'
        "tags:\n  - ai\n---\nBody\n")
    assert values == {"title": "A: B", "source": "../src/original.txt", "tags": ""}
    assert where["source"] == 3
    assert skip == 6


def test_unclosed_front_matter_is_markdown() -> None:
    draft = parse_draft("---\nsource: x.txt\n\nText here.\n")
    assert draft.source is None
    assert [b.line for b in draft.blocks] == [2, 4]


def test_block_lines_count_the_front_matter() -> None:
    draft = parse_draft("---\nsource: a.txt\n---\n# Title\n\nFirst para\nstill first.\n\nSecond.\n")
    assert draft.source == "a.txt"
    assert [(b.kind, b.line) for b in draft.blocks] == [("heading", 4), ("paragraph", 6),
                                                        ("paragraph", 9)]
    assert draft.blocks[1].position(draft.blocks[1].text.index("still")) == (7, 1)


def test_code_urls_link_targets_and_comments_are_not_prose() -> None:
    text = prose(
        "Use `large model` and ``a ` b`` here <!-- hidden words -->.\n"
        "See [link text](https://ex.com/secret-path \"title words\") and <https://auto.link/x>,\n"
        "www.example.org/page and mail me@example.com or <span class=\"x\">tagged</span>.\n"
        "A [ref][label] link.\n\n"
        "```\ncode block words\n```\n\n    indented code words\n\n<div>\nhtml block words\n</div>\n")
    for gone in ("large model", "a ` b", "hidden", "secret", "title", "auto.link", "example.org",
                 "me@example.com", "span", "label", "code block", "indented", "html block"):
        assert gone not in text
    for kept in ("Use", "here", "link text", "tagged", "A ", "link."):
        assert kept in text


def test_emphasis_markers_are_not_prose() -> None:
    assert prose("**Six Little** _Tigers_ and snake_case stays").split() == [
        "Six", "Little", "Tigers", "and", "snake_case", "stays"]


def test_table_rows_are_blocks() -> None:
    draft = parse_draft("| a | b |\n|---|---|\n| one | two |\n")
    assert [(b.kind, b.line) for b in draft.blocks] == [("row", 1), ("row", 3)]
