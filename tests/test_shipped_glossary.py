"""The glossary shipped in terms/ is the editors' work: it must stay valid and be respected."""

from __future__ import annotations

from pathlib import Path

from glossary.store import load_terms
from glossary.validate import validate

TERMS = Path(__file__).resolve().parent.parent / "terms"


def test_shipped_glossary_has_no_errors():
    report = validate(TERMS)
    assert report.count("error") == 0, report


def test_reviewed_terms_carry_english_and_rejections_say_why():
    terms = load_terms(TERMS)
    approved = [t for t in terms if t.status == "approved"]
    rejected = [t for t in terms if t.status == "rejected"]
    assert approved and rejected
    assert all(t.english for t in approved)
    assert all(t.note for t in rejected)
