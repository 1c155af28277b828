"""The term-file schema (SPEC "Term files") as plain dataclasses.

Everything above ``mined`` belongs to editors once a file exists; ``mined`` belongs to ``build``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

KINDS = ("person", "organization", "product", "place", "event", "jargon", "other")
STATUSES = ("candidate", "approved", "rejected")
GLOSS_SOURCES = ("corpus", "dictionary", "name", "compose", "none")

# Key order of a term file, as SPEC fixes it.
EDITOR_KEYS = ("term", "traditional", "variants", "pinyin", "english", "alternatives", "avoid",
               "kind", "status", "note")
MINED_KEYS = ("count", "documents", "score", "gloss_source", "gloss_confidence", "suggestions",
              "contexts")
CONTEXT_KEYS = ("document", "line", "text")


@dataclass(frozen=True)
class Context:
    document: str
    line: int
    text: str


@dataclass
class Mined:
    count: int = 0
    documents: int = 0
    score: float = 0.0
    gloss_source: str = "none"
    gloss_confidence: float = 0.0
    suggestions: list[str] = field(default_factory=list)
    contexts: list[Context] = field(default_factory=list)


@dataclass
class Term:
    term: str
    traditional: str = ""
    variants: list[str] = field(default_factory=list)
    pinyin: str = ""
    english: str = ""
    alternatives: list[str] = field(default_factory=list)
    avoid: list[str] = field(default_factory=list)
    kind: str = "other"
    status: str = "candidate"
    note: str = ""
    mined: Mined | None = None
    slug: str = ""  # file stem in terms/; not serialised

    def forms(self) -> list[str]:
        """Every source spelling of the term: simplified, traditional, variants (deduplicated)."""
        seen: dict[str, None] = {}
        for form in (self.term, self.traditional, *self.variants):
            if form:
                seen.setdefault(form, None)
        return list(seen)

    def renderings(self) -> list[str]:
        """Accepted English renderings, preferred first."""
        seen: dict[str, None] = {}
        for r in (self.english, *self.alternatives):
            if r:
                seen.setdefault(r, None)
        return list(seen)


@dataclass(frozen=True)
class Occurrence:
    """Where the miner saw a term: a span of a cleaned line's display text."""

    document: str
    line: int
    start: int
    end: int


@dataclass
class Candidate:
    """A term the miner proposes, before pinyin and English are attached."""

    term: str                          # canonical form: simplified script, or dominant Latin spelling
    forms: dict[str, int]              # every surface spelling seen (original script) -> count
    count: int
    documents: int
    score: float
    kind: str = "other"
    occurrences: list[Occurrence] = field(default_factory=list)


@dataclass(frozen=True)
class Gloss:
    english: str
    source: str                        # one of GLOSS_SOURCES
    confidence: float
    suggestions: tuple[str, ...] = ()
