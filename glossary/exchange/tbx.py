"""TBX (ISO 30042) export and import, TBX-Basic data categories.

Two shapes:

* version 3 (ISO 30042:2019, the default): ``tbx/text/body/conceptEntry/langSec/termSec``,
  namespace ``urn:iso:std:iso:30042:ed-2``, ``type="TBX-Basic" style="dca"``;
* version 2 (the 2008 edition many CAT tools still read): ``martif/text/body/termEntry/langSet/tig``.

One concept entry per term file:

* ``langSec xml:lang="zh-Hans"``: the term (preferred) and its variants (``termType`` variant);
  the contexts as ``descripGrp`` (``descrip type="context"`` + ``admin type="source"`` holding
  ``document:line``) on the term;
* ``langSec xml:lang="zh-Hant"``: the traditional form;
* ``langSec xml:lang="zh-Latn-pinyin"``: the pinyin (TBX-Basic has no pronunciation category;
  a romanized form is a term in the language tag BCP 47 registers for Hanyu Pinyin);
* ``langSec xml:lang="en"``: ``english`` (``preferredTerm-admn-sts``), ``alternatives``
  (``admittedTerm-admn-sts``), ``avoid`` (``deprecatedTerm-admn-sts``);
* every Chinese and English term carries ``partOfSpeech`` ``noun`` (all kinds are nominal);
* ``kind`` and ``status`` have no TBX-Basic category: they travel as entry-level notes
  ``glossary-kind: …`` and ``glossary-status: …``; the editors' note is a plain ``note``.

Why this is written with lxml rather than translate-toolkit's ``translate.storage.tbx``: that
module reads and writes only the version-2 ``martif/termEntry/langSet/tig`` shape (no
``conceptEntry/langSec/termSec``, no namespace), models an entry as one source/target pair
(here every entry has four language sections), reads ``tig`` but not ``ntig``, and drops
``admin`` elements (the context sources). The tests use it as an independent reader of the
version-2 output (it is what Weblate and Pootle import glossaries with).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from lxml import etree

from glossary.exchange.common import ImportFileError, ordered, to_simplified
from glossary.model import KINDS, STATUSES, Context, Mined, Term

NS_V3 = "urn:iso:std:iso:30042:ed-2"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
LANG_SIMPLIFIED = "zh-Hans"
LANG_TRADITIONAL = "zh-Hant"
LANG_PINYIN = "zh-Latn-pinyin"
LANG_ENGLISH = "en"
PREFERRED = "preferredTerm-admn-sts"
ADMITTED = "admittedTerm-admn-sts"
DEPRECATED = "deprecatedTerm-admn-sts"
KIND_NOTE = "glossary-kind: "
STATUS_NOTE = "glossary-status: "
V2_DOCTYPE = '<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">'
SOURCE_DESC = "Exported by glossary (Chinese-English terminology)"

# Characters XML 1.0 cannot carry; a term file could hold them as TOML escapes.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

# Element names of the two shapes: entry, language section, term section.
_SHAPES = {3: ("conceptEntry", "langSec", "termSec"), 2: ("termEntry", "langSet", "tig")}


def _clean(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


class _Builder:
    def __init__(self, version: int) -> None:
        self.version = version
        self.ns = NS_V3 if version == 3 else None
        self.entry_tag, self.lang_tag, self.term_tag = _SHAPES[version]

    def q(self, name: str) -> str:
        return f"{{{self.ns}}}{name}" if self.ns else name

    def sub(self, parent: etree._Element, name: str, text: str | None = None,
            **attrs: str) -> etree._Element:
        el = etree.SubElement(parent, self.q(name))
        for key, value in attrs.items():
            el.set(XML_LANG if key == "lang" else key, value)
        if text is not None:
            el.text = _clean(text)
        return el

    def term_section(self, lang_el: etree._Element, text: str, *, status: str | None,
                     term_type: str | None = None, pos: bool = True) -> etree._Element:
        sec = self.sub(lang_el, self.term_tag)
        self.sub(sec, "term", text)
        if pos:
            self.sub(sec, "termNote", "noun", type="partOfSpeech")
        if term_type:
            self.sub(sec, "termNote", term_type, type="termType")
        if status:
            self.sub(sec, "termNote", status, type="administrativeStatus")
        return sec

    def entry(self, body: etree._Element, term: Term, number: int) -> None:
        entry = self.sub(body, self.entry_tag, id=f"c{number}")
        self.sub(entry, "note", KIND_NOTE + term.kind)
        self.sub(entry, "note", STATUS_NOTE + term.status)
        if term.note:
            self.sub(entry, "note", term.note)
        zh = self.sub(entry, self.lang_tag, lang=LANG_SIMPLIFIED)
        head = self.term_section(zh, term.term, status=PREFERRED)
        for ctx in (term.mined.contexts if term.mined else []):
            grp = self.sub(head, "descripGrp")
            attrs = {"lang": LANG_TRADITIONAL} if to_simplified(ctx.text) != ctx.text else {}
            self.sub(grp, "descrip", ctx.text, type="context", **attrs)
            self.sub(grp, "admin", f"{ctx.document}:{ctx.line}", type="source")
        for variant in term.variants:
            self.term_section(zh, variant, status=ADMITTED, term_type="variant")
        if term.traditional:
            zht = self.sub(entry, self.lang_tag, lang=LANG_TRADITIONAL)
            self.term_section(zht, term.traditional, status=PREFERRED)
        if term.pinyin:
            py = self.sub(entry, self.lang_tag, lang=LANG_PINYIN)
            self.term_section(py, term.pinyin, status=None, pos=False)
        english = [(term.english, PREFERRED)] if term.english else []
        english += [(alt, ADMITTED) for alt in term.alternatives]
        english += [(bad, DEPRECATED) for bad in term.avoid]
        if english:
            en = self.sub(entry, self.lang_tag, lang=LANG_ENGLISH)
            for text, status in english:
                self.term_section(en, text, status=status)

    def document(self, terms: list[Term]) -> etree._Element:
        if self.version == 3:
            root = etree.Element(self.q("tbx"), nsmap={None: NS_V3},
                                 type="TBX-Basic", style="dca")
            root.set(XML_LANG, LANG_SIMPLIFIED)
            header = self.sub(root, "tbxHeader")
        else:
            root = etree.Element("martif", type="TBX-Basic")
            root.set(XML_LANG, LANG_SIMPLIFIED)
            header = self.sub(root, "martifHeader")
        desc = self.sub(header, "fileDesc")
        self.sub(self.sub(desc, "sourceDesc"), "p", SOURCE_DESC)
        if self.version == 2:
            enc = self.sub(header, "encodingDesc")
            self.sub(enc, "p", "TBXBasicXCSV02.xcs", type="XCSURI")
        body = self.sub(self.sub(root, "text"), "body")
        for number, term in enumerate(ordered(terms), start=1):
            self.entry(body, term, number)
        return root


def dumps_tbx(terms: list[Term], version: int = 3) -> str:
    """The glossary as one TBX document (UTF-8 text, deterministic)."""
    if version not in _SHAPES:
        raise ValueError(f"TBX version must be 2 or 3, not {version}")
    root = _Builder(version).document(terms)
    body = etree.tostring(root, encoding="unicode", pretty_print=True)
    head = '<?xml version="1.0" encoding="UTF-8"?>\n'
    if version == 2:
        head += V2_DOCTYPE + "\n"
    return head + body


# ---------------------------------------------------------------------------------------- import

def _local(el: etree._Element) -> str:
    return etree.QName(el).localname if isinstance(el.tag, str) else ""


def _children(el: etree._Element, *names: str) -> Iterator[etree._Element]:
    for child in el:
        if _local(child) in names:
            yield child


def _text(el: etree._Element) -> str:
    return "".join(el.itertext()).strip()


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _lang_class(lang: str) -> str | None:
    lang = lang.lower().replace("_", "-")
    if lang.startswith("zh-latn"):
        return "pinyin"
    if lang.startswith(("zh-hant", "zh-tw", "zh-hk", "zh-mo")):
        return "traditional"
    if lang == "zh" or lang.startswith("zh-"):
        return "simplified"
    if lang == "en" or lang.startswith("en-"):
        return "english"
    return None


class _TermSection:
    """One term of a language section, with the categories the import reads."""

    def __init__(self, el: etree._Element) -> None:
        self.line = el.sourceline
        term_el = next(el.iter("{*}term", "term"), None)
        self.text = _one_line(_text(term_el)) if term_el is not None else ""
        self.status = ""
        self.term_type = ""
        self.notes: list[str] = []
        self.contexts: list[Context] = []
        for node in el.iter():
            name = _local(node)
            kind = node.get("type", "")
            if name == "termNote" and kind == "administrativeStatus":
                self.status = _text(node).lower()
            elif name == "termNote" and kind == "termType":
                self.term_type = _text(node).lower()
            elif name == "descrip" and kind == "context":
                self.contexts.append(self._context(node))
            elif name == "note" and _text(node):
                self.notes.append(_text(node))

    @staticmethod
    def _context(node: etree._Element) -> Context:
        document, line = "", 0
        parent = node.getparent()
        if parent is not None and _local(parent) == "descripGrp":
            for admin in _children(parent, "admin"):
                if admin.get("type") == "source":
                    document, _, number = _text(admin).rpartition(":")
                    if document and number.isdigit():
                        line = int(number)
                    else:
                        document = _text(admin)
        return Context(document, line, _one_line(_text(node)))

    @property
    def avoid(self) -> bool:
        return any(word in self.status for word in ("deprecat", "supersed", "forbid"))

    @property
    def preferred(self) -> bool:
        return "prefer" in self.status


def _entry_notes(entry: etree._Element) -> list[etree._Element]:
    """Notes and definitions of the entry and its language sections, not those inside terms."""
    found = []
    for el in entry.iter():
        if _local(el) not in ("note", "descrip"):
            continue
        if any(_local(a) in ("termSec", "tig", "ntig") for a in el.iterancestors()):
            continue
        if _local(el) == "descrip" and el.get("type") != "definition":
            continue
        found.append(el)
    return found


def _read_entry(entry: etree._Element, lang_tag: str, path: str) -> Term:
    kind, status, notes = "other", "candidate", []
    for el in _entry_notes(entry):
        text = _text(el)
        if text.startswith(KIND_NOTE.strip()) and _local(el) == "note":
            kind = text[len(KIND_NOTE.strip()):].strip()
            if kind not in KINDS:
                raise ImportFileError(f"unknown kind '{kind}' (one of {', '.join(KINDS)})",
                                      path, el.sourceline)
        elif text.startswith(STATUS_NOTE.strip()) and _local(el) == "note":
            status = text[len(STATUS_NOTE.strip()):].strip()
            if status not in STATUSES:
                raise ImportFileError(
                    f"unknown status '{status}' (one of {', '.join(STATUSES)})",
                    path, el.sourceline)
        elif text:
            notes.append(text)
    sections: dict[str, list[_TermSection]] = {}
    for lang_el in entry.iter(f"{{*}}{lang_tag}", lang_tag):
        cls = _lang_class(lang_el.get(XML_LANG, "") or lang_el.get("lang", ""))
        if cls is None:
            continue
        for el in lang_el:
            if _local(el) in ("termSec", "tig", "ntig"):
                sec = _TermSection(el)
                if sec.text:
                    sections.setdefault(cls, []).append(sec)
    simplified = sections.get("simplified", [])
    traditional = sections.get("traditional", [])
    if not simplified and not traditional:
        raise ImportFileError("entry has no Chinese term (a zh, zh-Hans or zh-Hant language "
                              "section)", path, entry.sourceline)

    def heads(secs: list[_TermSection]) -> list[_TermSection]:
        return [s for s in secs if s.term_type != "variant"] or secs[:1]

    term_text = heads(simplified)[0].text if simplified else to_simplified(
        heads(traditional)[0].text)
    trad_text = heads(traditional)[0].text if traditional else ""
    variants: list[str] = []
    for sec in simplified + traditional:
        if sec.text not in (term_text, trad_text) and sec.text not in variants:
            variants.append(sec.text)
    contexts = [c for sec in simplified + traditional for c in sec.contexts]
    for sec in simplified + traditional + sections.get("english", []):
        notes.extend(n for n in sec.notes if n not in notes)
    english, alternatives, avoid = "", [], []
    en_secs = sections.get("english", [])
    explicit = any(s.preferred for s in en_secs)
    for sec in en_secs:
        if sec.avoid:
            target = avoid
        elif not english and (sec.preferred or (not explicit and not sec.status)):
            english = sec.text
            continue
        else:
            target = alternatives
        if sec.text not in target and sec.text != english:
            target.append(sec.text)
    pinyin = sections["pinyin"][0].text if sections.get("pinyin") else ""
    return Term(term=term_text, traditional=trad_text, variants=variants, pinyin=pinyin,
                english=english, alternatives=alternatives, avoid=avoid, kind=kind,
                status=status, note="\n".join(notes),
                mined=Mined(contexts=contexts) if contexts else None)


def parse_tbx(data: bytes, path: str | Path) -> list[tuple[int, Term]]:
    """Terms of a TBX file (version 2 or 3), each with the line of its entry."""
    path = str(path)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             remove_comments=True, remove_pis=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        line, column = exc.position if exc.position else (exc.lineno, None)
        message = re.sub(r",? line \d+, column \d+.*$", "", exc.msg or str(exc))
        raise ImportFileError(f"malformed XML: {message}", path, line, column) from None
    shape = {"tbx": 3, "martif": 2}.get(_local(root))
    if shape is None:
        raise ImportFileError(f"not a TBX file: root element is <{_local(root)}>, expected <tbx> "
                              "or <martif>", path, root.sourceline)
    entry_tag, lang_tag, _ = _SHAPES[shape]
    entries = list(root.iter(f"{{*}}{entry_tag}", entry_tag))
    return [(e.sourceline or 0, _read_entry(e, lang_tag, path)) for e in entries]
