"""Finish WeasyPrint's tagged PDF as PDF/UA-1, with pikepdf.

WeasyPrint (``pdf_tags=True``) writes a structure tree but leaves some of
what PDF/UA-1 asks for undone. This module does the rest on the written
bytes:

* content that no element of the structure tree holds (the text of the
  ``@page`` margin boxes: page numbers, running heads, the "This page is
  intentionally left blank" notice) and the contents' leader dots become
  Artifacts;
* the contents become a ``TOC`` of ``TOCI`` items;
* footnotes become ``Note`` elements, with an ``ID``, placed right after
  their call, which becomes a ``Reference``;
* in a definition list (the abbreviations), each term becomes the ``Lbl``
  of the list item that holds its definition, and what a list item holds
  besides its ``Lbl`` goes into an ``LBody``;
* an XMP packet carries ``dc:title`` and ``pdfuaid:part`` 1; every page
  gets tab order ``/S``.

WeasyPrint is told, while it writes, which pieces to mark (see
:func:`tagging`): a term, a footnote call and a footnote marker get private
structure types, leader text gets the ``Artifact`` tag, and this module
turns them into standard ones. The result is saved with a deterministic
``/ID`` and no date, so the same input gives the same bytes.
"""

from __future__ import annotations

import io
import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any
from xml.sax.saxutils import escape

import pikepdf
from pikepdf import Array, Dictionary, Name

__all__ = ["finish_pdfua", "tagging"]

#: Private structure types WeasyPrint writes while :func:`tagging` is on;
#: none survives :func:`finish_pdfua`.
TERM = "MigmeetTerm"
NOTE_CALL = "MigmeetNoteCall"
NOTE_MARKER = "MigmeetNoteMarker"
_LEADER = re.compile(r"[.\s\u00a0]+")
_LOCK = threading.Lock()


def _pdf_tag(original: Callable[[str | None], str]) -> Callable[[str | None], str]:
    def pdf_tag(tag: str | None) -> str:
        if tag == "dt":
            return TERM
        if tag is not None and tag.endswith("::footnote-call"):
            return NOTE_CALL
        if tag is not None and tag.endswith("::footnote-marker"):
            return NOTE_MARKER
        return original(tag)

    return pdf_tag


@contextmanager
def tagging() -> Iterator[None]:
    """While on, WeasyPrint tags what :func:`finish_pdfua` needs to find.

    WeasyPrint tags by HTML element name only; this swaps in a mapping
    for terms and footnotes and marks leader text as ``Artifact``. One
    rendering at a time in a process holds the swap.
    """
    from weasyprint.pdf import stream, tags

    with _LOCK:
        original_tag = tags._get_pdf_tag
        original_marked = stream.Stream.marked

        def marked(self: Any, box: Any, tag: str) -> Any:
            text = getattr(box, "text", None)
            if isinstance(text, str) and len(text) > 1 and _LEADER.fullmatch(text):
                tag = "Artifact"
            return original_marked(self, box, tag)

        tags._get_pdf_tag = _pdf_tag(original_tag)
        stream.Stream.marked = marked
        try:
            yield
        finally:
            tags._get_pdf_tag = original_tag
            stream.Stream.marked = original_marked


def _kids(element: Any) -> list[Any]:
    kids = element.get("/K")
    if kids is None:
        return []
    if isinstance(kids, Array):
        return list(kids)
    return [kids]


def _is_element(obj: Any) -> bool:
    return isinstance(obj, Dictionary) and "/S" in obj


def _elements(root: Any) -> Iterator[Any]:
    """Every structure element under ``root``, in document order."""
    stack = [kid for kid in reversed(_kids(root)) if _is_element(kid)]
    while stack:
        element = stack.pop()
        yield element
        stack.extend(kid for kid in reversed(_kids(element)) if _is_element(kid))


def _set_kids(element: Any, kids: list[Any]) -> None:
    element.K = Array(kids)


def _remove_kid(parent: Any, kid: Any) -> None:
    _set_kids(parent, [k for k in _kids(parent) if not _same(k, kid)])


def _same(a: Any, b: Any) -> bool:
    return _is_element(a) and _is_element(b) and bool(a.objgen == b.objgen)


def _prune(element: Any) -> None:
    """Remove ``element`` and then its ancestors while they are empty."""
    while _is_element(element) and not _kids(element):
        parent = element.get("/P")
        if not _is_element(parent):
            return
        _remove_kid(parent, element)
        element = parent


def _artifacts(pdf: pikepdf.Pdf) -> None:
    """Mark as Artifacts the content no element of the tree holds."""
    tree = pdf.Root.StructTreeRoot
    reachable = {element.objgen for element in _elements(tree)}
    nums = tree.ParentTree.Nums
    parents = {int(nums[i]): nums[i + 1] for i in range(0, len(nums), 2)}
    for page in pdf.pages:
        key = page.obj.get("/StructParents")
        if key is None or int(key) not in parents:
            continue
        mapping = parents[int(key)]
        if not isinstance(mapping, Array):
            continue
        operations: list[Any] = list(pikepdf.parse_content_stream(page))
        changed = False
        for index, instruction in enumerate(operations):
            operands, operator = instruction.operands, instruction.operator
            if str(operator) != "BDC" or len(operands) != 2:
                continue
            tag, properties = operands
            if not isinstance(properties, Dictionary) or "/MCID" not in properties:
                continue
            mcid = int(properties.MCID)
            owner: Any = mapping[mcid] if mcid < len(mapping) else None
            leader = tag == Name.Artifact
            orphan = not _is_element(owner) or owner.objgen not in reachable
            if not (leader or orphan):
                continue
            kind = Name.Layout if leader else Name.Pagination
            operations[index] = pikepdf.ContentStreamInstruction(
                [Name.Artifact, Dictionary(Type=kind)], pikepdf.Operator("BDC")
            )
            changed = True
            mapping[mcid] = pikepdf.Object.parse(b"null")
            if _is_element(owner) and not orphan:
                _set_kids(
                    owner,
                    [
                        k
                        for k in _kids(owner)
                        if not (isinstance(k, int) and int(k) == mcid)
                    ],
                )
                _prune(owner)
        if changed:
            page.obj.Contents = pdf.make_stream(
                pikepdf.unparse_content_stream(operations)
            )


def _annotation_target(kid: Any) -> Any:
    if isinstance(kid, Dictionary) and kid.get("/Type") == Name.OBJR:
        return kid.get("/Obj")
    return None


def _is_internal_link(element: Any) -> bool:
    for kid in _kids(element):
        annotation = _annotation_target(kid)
        if annotation is not None:
            action = annotation.get("/A")
            if "/Dest" in annotation:
                return True
            if isinstance(action, Dictionary) and action.get("/S") == Name.GoTo:
                return True
    return False


def _contents(pdf: pikepdf.Pdf) -> None:
    """A group whose every child is a paragraph of internal links: a TOC."""
    for element in list(_elements(pdf.Root.StructTreeRoot)):
        items = [kid for kid in _kids(element) if _is_element(kid)]
        if Name.Div != element.S or len(items) < 2:
            continue

        def entry(item: Any) -> bool:
            links = [k for k in _kids(item) if _is_element(k)]
            return (
                item.S == Name.P
                and bool(links)
                and all(Name.Link == k.S and _is_internal_link(k) for k in links)
            )

        if all(entry(item) for item in items):
            element.S = Name.TOC
            for item in items:
                item.S = Name.TOCI


def _terms(pdf: pikepdf.Pdf) -> None:
    """A term before a list item becomes the item's label."""
    for element in list(_elements(pdf.Root.StructTreeRoot)):
        if Name(f"/{TERM}") != element.S:
            continue
        parent = element.P
        kids = _kids(parent)
        position = next(i for i, k in enumerate(kids) if _same(k, element))
        following: Any = kids[position + 1] if position + 1 < len(kids) else None
        if _is_element(following) and following.S == Name.LI:
            element.S = Name.Lbl
            element.P = following
            _set_kids(following, [element, *_kids(following)])
            _remove_kid(parent, element)
        else:  # A term with no definition: an item of its own.
            element.S = Name.LBody
            item = pdf.make_indirect(
                Dictionary(Type=Name.StructElem, S=Name.LI, P=parent, K=Array())
            )
            _set_kids(parent, [item if _same(k, element) else k for k in kids])
            element.P = item
            _set_kids(item, [element])


def _list_items(pdf: pikepdf.Pdf) -> None:
    """What a list item holds besides its label goes into one LBody."""
    for element in list(_elements(pdf.Root.StructTreeRoot)):
        if element.S != Name.LI:
            continue
        kids = _kids(element)
        loose = [
            k for k in kids if not (_is_element(k) and k.S in (Name.Lbl, Name.LBody))
        ]
        if not loose:
            continue
        body = pdf.make_indirect(
            Dictionary(Type=Name.StructElem, S=Name.LBody, P=element, K=Array(loose))
        )
        for kid in loose:
            if _is_element(kid):
                kid.P = body
        labels = [k for k in kids if _is_element(k) and Name.Lbl == k.S]
        _set_kids(element, [*labels, body])


def _footnotes(pdf: pikepdf.Pdf) -> None:
    """Each footnote becomes a Note, right after its call (a Reference)."""
    everything = list(_elements(pdf.Root.StructTreeRoot))
    calls = [e for e in everything if Name(f"/{NOTE_CALL}") == e.S]
    markers = [e for e in everything if Name(f"/{NOTE_MARKER}") == e.S]
    for marker in markers:
        marker.S = Name.Lbl
    for call in calls:
        call.S = Name.Reference
    for number, (call, marker) in enumerate(zip(calls, markers, strict=False), 1):
        note = marker.P
        if not _is_element(note):
            continue
        note.S = Name.Note
        note.ID = pikepdf.String(f"note-{number}")
        old_parent = note.P
        _remove_kid(old_parent, note)
        _prune(old_parent)
        parent = call.P
        kids = _kids(parent)
        position = next(i for i, k in enumerate(kids) if _same(k, call))
        _set_kids(parent, [*kids[: position + 1], note, *kids[position + 1 :]])
        note.P = parent


def _xmp(title: str, language: str) -> bytes:
    lang = escape(language or "x-default")
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        '<rdf:Description rdf:about=""'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/"'
        ' xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"'
        ' xmlns:xmp="http://ns.adobe.com/xap/1.0/">\n'
        "<pdfuaid:part>1</pdfuaid:part>\n"
        "<xmp:CreatorTool>migmeet</xmp:CreatorTool>\n"
        f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{escape(title)}</rdf:li>'
        "</rdf:Alt></dc:title>\n"
        f"<dc:language><rdf:Bag><rdf:li>{lang}</rdf:li></rdf:Bag></dc:language>\n"
        "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n"
        '<?xpacket end="w"?>'
    ).encode()


def finish_pdfua(data: bytes) -> bytes:
    """Finish WeasyPrint's tagged PDF ``data`` as PDF/UA-1 and return it."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        _artifacts(pdf)
        _contents(pdf)
        _terms(pdf)
        _list_items(pdf)
        _footnotes(pdf)
        for page in pdf.pages:
            page.obj.Tabs = Name.S
        title = str(pdf.docinfo.get("/Title", ""))
        language = str(pdf.Root.get("/Lang", ""))
        pdf.Root.Metadata = pdf.make_stream(
            _xmp(title, language), Type=Name.Metadata, Subtype=Name.XML
        )
        pdf.Root.ViewerPreferences = Dictionary(DisplayDocTitle=True)
        out = io.BytesIO()
        pdf.save(out, deterministic_id=True)
    return out.getvalue()
