"""Termhood evidence (``glossary.score``): burstiness, the recurrence of a candidate within the
documents that use it."""

from __future__ import annotations

import math

from hypothesis import given
from hypothesis import strategies as st

from glossary import score


def test_burst_is_uses_per_document_on_a_log_scale():
    assert score.burst(2, 2) == 0.0            # once in each document that uses it
    assert score.burst(30, 30) == 0.0
    assert score.burst(10, 1) == 1.0           # ten times in its one document
    assert score.burst(27, 1) == 1.0
    assert 0.45 < score.burst(3, 1) < 0.5      # log 3 / log 10
    assert score.burst(0, 0) == 0.0


@given(st.integers(1, 500), st.integers(1, 50), st.integers(2, 20))
def test_burst_depends_on_uses_per_document_not_corpus_size(count, documents, scale):
    documents = min(documents, count)
    assert score.burst(count, documents) == score.burst(count * scale, documents * scale)
    assert 0.0 <= score.burst(count, documents) <= 1.0
    assert score.burst(count + documents, documents) >= score.burst(count, documents)


def test_a_word_an_article_keeps_using_scores_above_one_used_once_per_article():
    # Same evidence but for how the 12 uses fall: 12 in one article (迷宫 in an essay on Kafka's
    # castle) or one in each of 12 (an everyday word). The first is proposed and ranks well above
    # the second; the second, rendered by everyday English as everyday words are, is not.
    evidence = {f: 0.0 for f in score.FEATURES}
    evidence.update(specificity=0.7, cohesion=1.0, boundary=1.0, listed=1.0, common=1.0,
                    background=0.45, length=0.2, jargon=1.0, web_listed=1.0,
                    count=math.log1p(12) / math.log1p(100))
    one_article = dict(evidence, spread=0.1, one_doc=1.0, burst=score.burst(12, 1))
    every_article = dict(evidence, spread=1.0, one_doc=0.0, burst=score.burst(12, 12))
    assert score.termhood(one_article) >= score.THRESHOLD
    assert score.termhood(one_article) - score.termhood(every_article) > 0.05
    assert score.termhood(dict(every_article, everyday_english=1.0)) < score.THRESHOLD
