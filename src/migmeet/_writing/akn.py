"""The report as Akoma Ntoso 3.0 XML: a ``debateReport`` after AKN4UN.

Read from the finished tree the PDF is made of, with each mention marked
(:mod:`migmeet._tree.marked`), so the text is the PDF's. The document:

- ``meta``: ``identification`` (FRBR work, expression and manifestation,
  named by the Akoma Ntoso naming convention, dated the meeting's last day,
  authored by the organizer) and ``references``: a ``TLCPerson``,
  ``TLCOrganization`` or ``TLCTerm`` for each person, organization and term
  the report names, once each;
- ``preface``: the title, the document symbol as ``docNumber``, the date,
  and the report's preface;
- ``mainBody``: the introduction, then one ``debateSection`` per agenda
  item with its ``num`` and ``heading`` (lettered subsections nested);
  each mention is a ``person``, ``organization`` or ``term`` element whose
  ``refersTo`` names its reference, a symbol a ``ref`` to undocs.org, a
  footnote an ``authorialNote``;
- ``attachments``: each annex as a ``doc`` of its own.

The bytes are reproducible: no clock is read, ids come from the values.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import attrs
from docutils import nodes
from lxml import etree

from .._model import Document, Organization, Person, Term
from .._tree.entity_ids import Entity
from .._tree.marked import MENTION_CLASS
from .._tree.nodes import footnote_text
from .report_parts import Part, report_parts, section_blocks

__all__ = ["AKN_MARK", "AKN_NAMESPACE", "AknIdentity", "tree_akn"]

AKN_NAMESPACE = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
_AKN = f"{{{AKN_NAMESPACE}}}"
_ELEMENT = {Person: "person", Organization: "organization", Term: "term"}
_REFERENCE = {Person: "TLCPerson", Organization: "TLCOrganization", Term: "TLCTerm"}
_ONTOLOGY = {Person: "person", Organization: "organization", Term: "term"}


@attrs.frozen(kw_only=True)
class AknIdentity:
    """What the ``meta`` and ``preface`` say of the report.

    ``work`` is the FRBR work URI ("/akn/un/debateReport/2017-02-17/..."),
    ``date`` the ISO date it is dated, ``title`` the report's title,
    ``symbol`` its document symbol if it has one, ``dates`` the meeting's
    dates as printed, ``author`` the organizer's name.
    """

    work: str
    date: str
    title: str
    symbol: str | None
    dates: str
    author: str


#: The comment after the XML declaration by which migmeet knows its own file.
AKN_MARK = b"<!-- written by migmeet -->"


def _make(
    tag: str, parent: etree._Element | None = None, **attributes: str
) -> etree._Element:
    if parent is None:
        return etree.Element(_AKN + tag, attributes, nsmap={None: AKN_NAMESPACE})
    return etree.SubElement(parent, _AKN + tag, attributes)


def _text(
    parent: etree._Element, tag: str, text: str, **attributes: str
) -> etree._Element:
    element = _make(tag, parent, **attributes)
    element.text = text
    return element


def _kind(entity: Entity) -> type[Person | Organization | Term] | None:
    return next((cls for cls in _ELEMENT if isinstance(entity, cls)), None)


class _Writer:
    """Writes tree nodes as Akoma Ntoso, numbering the footnotes."""

    def __init__(self, ids: Mapping[Entity, str]) -> None:
        self.ids = ids
        self.notes = 0

    def inline(self, parent: etree._Element, node: nodes.Node) -> None:
        """Append ``node``'s text and elements to ``parent``."""
        if isinstance(node, nodes.Text):
            _append_text(parent, node.astext())
            return
        assert isinstance(node, nodes.Element)
        element = self.element_for(parent, node)
        for child in node.children:
            self.inline(element if element is not None else parent, child)

    def element_for(
        self, parent: etree._Element, node: nodes.Element
    ) -> etree._Element | None:
        """The element ``node`` opens in ``parent``, or None to write its
        children into ``parent`` itself."""
        if isinstance(node, footnote_text):
            self.notes += 1
            note = _make(
                "authorialNote",
                parent,
                eId=f"authorialNote_{self.notes}",
                marker=str(self.notes),
                placement="bottom",
            )
            return _make("p", note)
        if MENTION_CLASS in node["classes"] and "entity" in node.attributes:
            kind = _kind(node["entity"])
            if kind is not None:
                target = f"#{self.ids[node['entity']]}"
                return _make(_ELEMENT[kind], parent, refersTo=target)
            return None
        if isinstance(node, nodes.reference) and "refuri" in node.attributes:
            return _make("ref", parent, href=node["refuri"])
        if isinstance(node, nodes.abbreviation):
            return _make("abbr", parent, title=node.get("explanation", ""))
        if isinstance(node, nodes.emphasis):
            return _make("i", parent)
        if isinstance(node, nodes.strong):
            return _make("b", parent)
        return None

    def block(self, parent: etree._Element, node: nodes.Element) -> None:
        if isinstance(node, nodes.bullet_list | nodes.enumerated_list):
            listing = _make("blockList", parent)
            for item in node.children:
                assert isinstance(item, nodes.Element)
                entry = _make("item", listing)
                for child in item.children:
                    if isinstance(child, nodes.Element):
                        self.block(entry, child)
            return
        if isinstance(node, nodes.paragraph):
            paragraph = _make("p", parent)
            for child in node.children:
                self.inline(paragraph, child)
            return
        if node.astext().strip():  # an image or a table: its text, if any
            _text(parent, "p", node.astext())

    def blocks(self, parent: etree._Element, section: nodes.section) -> None:
        for block in section_blocks(section):
            self.block(parent, block)


def _append_text(parent: etree._Element, text: str) -> None:
    if len(parent):
        last = parent[-1]
        last.tail = (last.tail or "") + text
    else:
        parent.text = (parent.text or "") + text


def _frbr(
    parent: etree._Element, identity: AknIdentity, component: str = "main"
) -> None:
    """The FRBR identification, named as the naming convention (and
    cobalt's ``FrbrUri``) names them: the work ``WORK``, the expression
    ``WORK/eng@DATE``, the manifestation ``WORK/eng@DATE.xml``; each level's
    ``FRBRthis`` adds the component (``/!main``, ``/!annex_1``)."""
    work = identity.work
    expression = f"{work}/eng@{identity.date}"
    identification = _make("identification", parent, source="#organizer")
    levels = (
        ("FRBRWork", f"{work}/!{component}", work),
        ("FRBRExpression", f"{expression}/!{component}", expression),
        ("FRBRManifestation", f"{expression}/!{component}.xml", f"{expression}.xml"),
    )
    for level, this, uri in levels:
        element = _make(level, identification)
        _make("FRBRthis", element, value=this)
        _make("FRBRuri", element, value=uri)
        _make("FRBRdate", element, date=identity.date, name="report")
        _make("FRBRauthor", element, href="#organizer")
        if level == "FRBRWork":
            _make("FRBRcountry", element, value="un")
            _make("FRBRnumber", element, value=work.rsplit("/", 1)[-1])
        if level == "FRBRExpression":
            _make("FRBRlanguage", element, language="eng")


def _references(
    meta: etree._Element,
    identity: AknIdentity,
    ids: Mapping[Entity, str],
    named: Iterable[Entity],
) -> None:
    references = _make("references", meta, source="#organizer")
    _make(
        "TLCOrganization",
        references,
        eId="organizer",
        href="/akn/ontology/organization/un/organizer",
        showAs=identity.author,
    )
    for entity in dict.fromkeys(named):
        kind = _kind(entity)
        if kind is None or isinstance(entity, Document):
            continue
        shown = entity.full_name if isinstance(entity, Person) else entity.name
        _make(
            _REFERENCE[kind],
            references,
            eId=ids[entity],
            href=f"/akn/ontology/{_ONTOLOGY[kind]}/un/{ids[entity]}",
            showAs=f"{entity.honorific} {shown}"
            if isinstance(entity, Person)
            else shown,
        )


def _section(writer: _Writer, parent: etree._Element, part: Part, eid: str) -> None:
    section = _make("debateSection", parent, eId=eid, name="agendaItem")
    if part.number:
        _text(section, "num", f"{part.number}.")
    _text(section, "heading", part.heading)
    writer.blocks(section, part.section)
    for sub in part.subparts:
        _section(writer, section, sub, f"{eid}__dbsect_{sub.number.lower()}")


def _annex(
    writer: _Writer,
    attachments: etree._Element,
    part: Part,
    identity: AknIdentity,
    number: int,
) -> None:
    attachment = _make("attachment", attachments, eId=f"att_{number}")
    doc = _make("doc", attachment, name="annex")
    _frbr(_make("meta", doc), identity, f"annex_{number}")
    preface = _make("preface", doc)
    title = _make("p", preface)
    _text(title, "docNumber", f"Annex {part.number}")
    _append_text(title, " ")
    _text(title, "docTitle", part.heading)
    body = _make("mainBody", doc)
    writer.blocks(body, part.section)
    if not len(body):
        _make("p", body)


def tree_akn(
    document: nodes.document,
    identity: AknIdentity,
    ids: Mapping[Entity, str],
    named: Iterable[Entity],
) -> bytes:
    """The report's finished, marked tree as Akoma Ntoso bytes.

    ``ids`` names each person, organization and term; ``named`` lists those
    the report mentions, in order, for the references.
    """
    writer = _Writer(ids)
    root = _make("akomaNtoso")
    report = _make("debateReport", root, name="report")
    meta = _make("meta", report)
    _frbr(meta, identity)
    _references(meta, identity, ids, named)
    parts = report_parts(document)
    preface = _make("preface", report)
    long_title = _make("longTitle", preface)
    _text(_make("p", long_title), "docTitle", identity.title)
    if identity.symbol is not None:
        _text(_make("p", preface), "docNumber", identity.symbol)
    _text(_make("p", preface), "docDate", identity.dates, date=identity.date)
    body = _make("mainBody", report)
    for part in parts:
        if part.kind == "preface":
            container = _make("container", preface, name="preface")
            writer.blocks(container, part.section)
            if not len(container):
                preface.remove(container)
        elif part.kind == "introduction":
            writer.blocks(body, part.section)
        elif part.kind == "chapter":
            ident = part.section["ids"][0].removeprefix("item-")
            _section(writer, body, part, f"dbsect_{ident}")
    if not len(body):
        _make("p", body)
    annexes = [part for part in parts if part.kind == "annex"]
    if annexes:
        attachments = _make("attachments", report)
        for number, part in enumerate(annexes, 1):
            _annex(writer, attachments, part, identity, number)
    data: bytes = etree.tostring(
        root, xml_declaration=True, encoding="UTF-8", pretty_print=True
    )
    declaration, _, rest = data.partition(b"\n")
    return declaration + b"\n" + AKN_MARK + b"\n" + rest
