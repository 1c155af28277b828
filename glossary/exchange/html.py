"""One self-contained HTML page with every term: instant search, filters, two sort orders.

No network: CSS and JavaScript are inline, and a Content-Security-Policy allows only the page's own
script (by hash) and no connection. The terms travel as JSON inside
``<script type="application/json">`` with ``<``, ``>`` and ``&`` written as ``\\u003c`` etc., and the
script puts every value on the page with ``textContent``: a term containing ``<script>`` is shown,
never run.

Search keys are computed here, not in the browser: every source spelling in both scripts (OpenCC),
the pinyin without tones (with and without spaces), and the English renderings and note in lower
case.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from importlib import resources
from typing import Any

from glossary.exchange.common import has_han, ordered, to_simplified, to_traditional, toneless
from glossary.model import Term

_PLACEHOLDER = re.compile(r"@@(STYLE|SCRIPT|SCRIPT_HASH|DATA|COUNT)@@")


def _asset(name: str) -> str:
    return resources.files("glossary").joinpath("data", name).read_text(encoding="utf-8")


def _keys(t: Term) -> dict[str, str]:
    chinese: list[str] = []
    for form in t.forms():
        for variant in (form, to_simplified(form), to_traditional(form)) if has_han(form) else (form,):
            if variant not in chinese:
                chinese.append(variant)
    spoken = toneless(t.pinyin)
    english = [t.english, *t.alternatives, *t.avoid, *t.variants, t.term, t.note]
    return {
        "chinese": "\u0001".join(chinese),
        "pinyin": re.sub(r"[\s'’-]+", "", spoken),
        "pinyin_spaced": re.sub(r"\s+", " ", spoken),
        "text": "\u0001".join(s.lower() for s in english if s),
    }


def _record(t: Term) -> dict[str, Any]:
    m = t.mined
    return {
        "term": t.term, "traditional": t.traditional, "variants": t.variants,
        "pinyin": t.pinyin, "english": t.english, "alternatives": t.alternatives,
        "avoid": t.avoid, "kind": t.kind, "status": t.status, "note": t.note,
        "count": m.count if m else 0, "documents": m.documents if m else 0,
        "score": round(float(m.score), 4) if m else 0.0,
        "suggestions": list(m.suggestions) if m else [],
        "contexts": [{"document": c.document, "line": c.line, "text": c.text}
                     for c in (m.contexts if m else [])],
        "keys": _keys(t),
    }


def embed_json(data: Any) -> str:
    """JSON that is safe inside a ``<script>`` element: no ``<``, ``>`` or ``&`` left."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def dumps_html(terms: list[Term]) -> str:
    """The page, sorted by pinyin (the page re-sorts by score on request)."""
    records = [_record(t) for t in ordered(terms)]
    script = _asset("html_page.js")
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    values = {
        "STYLE": _asset("html_page.css"),
        "SCRIPT": script,
        "SCRIPT_HASH": f"sha256-{digest}",
        "DATA": embed_json(records),
        "COUNT": str(len(records)),
    }
    return _PLACEHOLDER.sub(lambda m: values[m.group(1)], _asset("html_page.html"))
