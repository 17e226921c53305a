"""veraPDF-like PDF/UA-1 checks written with pikepdf, for what ``pdfua`` skips.

``pdfua`` (0.1.3) checks 16 of the 106 PDF/UA-1 rules and one of them
(empty headings) raises on WeasyPrint's structure trees; these checks add
the rules the issue names: content tagged or an Artifact, the XMP
identification, heading levels, list structure, notes, tab order.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from typing import Any

import pikepdf
from pdfua import validate
from pdfua.model import Severity
from pikepdf import Array, Dictionary, Name

PAINTING = {
    "Tj",
    "TJ",
    "'",
    '"',
    "Do",
    "f",
    "F",
    "f*",
    "S",
    "s",
    "B",
    "B*",
    "b",
    "b*",
    "sh",
}


def kids(element: Any) -> list[Any]:
    k = element.get("/K")
    if k is None:
        return []
    return list(k) if isinstance(k, Array) else [k]


def is_element(obj: Any) -> bool:
    return isinstance(obj, Dictionary) and "/S" in obj


def elements(pdf: pikepdf.Pdf) -> Iterator[Dictionary]:
    stack = [k for k in reversed(kids(pdf.Root.StructTreeRoot)) if is_element(k)]
    while stack:
        element = stack.pop()
        yield element
        stack.extend(k for k in reversed(kids(element)) if is_element(k))


def checker_errors(data: bytes) -> list[str]:
    """The errors the ``pdfua`` package reports (errors and warnings)."""
    report = validate(io.BytesIO(data))
    return [
        f"{f.rule_id}: {f.message}"
        for f in report.findings
        if f.severity in (Severity.ERROR, Severity.WARNING)
    ]


def own_errors(data: bytes) -> list[str]:
    """Errors of the veraPDF-like checks, one string per failed check."""
    errors: list[str] = []
    with pikepdf.open(io.BytesIO(data)) as pdf:
        root = pdf.Root
        meta = bytes(root.Metadata.read_bytes()) if "/Metadata" in root else b""
        if b"<pdfuaid:part>1</pdfuaid:part>" not in meta:
            errors.append("5: XMP has no pdfuaid:part 1")
        if b"<dc:title>" not in meta:
            errors.append("7.1-8: XMP has no dc:title")
        if not str(root.get("/Lang", "")):
            errors.append("7.2: catalog has no /Lang")
        prefs = root.get("/ViewerPreferences", Dictionary())
        if prefs.get("/DisplayDocTitle") is not True:
            errors.append("7.1-10: DisplayDocTitle is not true")
        tree = root.StructTreeRoot
        reachable = {e.objgen for e in elements(pdf)}
        nums = tree.ParentTree.Nums
        parents = {int(nums[i]): nums[i + 1] for i in range(0, len(nums), 2)}
        for number, page in enumerate(pdf.pages, 1):
            if page.obj.get("/Annots") and page.obj.get("/Tabs") != Name.S:
                errors.append(f"7.18.3-1: page {number} has annotations, no /Tabs /S")
            mapping = parents.get(int(page.obj.get("/StructParents", -1)))
            depth: list[tuple[str, int | None]] = []
            for operands, operator in pikepdf.parse_content_stream(page):
                op = str(operator)
                if op in ("BDC", "BMC"):
                    tag = str(operands[0])
                    mcid = None
                    if op == "BDC" and isinstance(operands[1], Dictionary):
                        mcid = operands[1].get("/MCID")
                    depth.append((tag, None if mcid is None else int(mcid)))
                    if tag != "/Artifact" and mcid is not None:
                        owner = mapping[int(mcid)] if mapping is not None else None
                        if not is_element(owner) or owner.objgen not in reachable:
                            errors.append(
                                f"7.1-3: page {number} MCID {mcid} not in the tree"
                            )
                elif op == "EMC":
                    depth.pop()
                elif op in PAINTING:
                    inside = [t for t, m in depth if t == "/Artifact" or m is not None]
                    if not inside:
                        errors.append(
                            f"7.1-3: page {number} {op} neither tagged nor Artifact"
                        )
        previous = 0
        for element in elements(pdf):
            tag = str(element.S)
            heading = re.fullmatch(r"/H([1-6])", tag)
            if heading:
                level = int(heading.group(1))
                if level > previous + 1:
                    errors.append(f"7.4.2-1: heading H{level} after H{previous}")
                previous = level
            children = [str(k.S) for k in kids(element) if is_element(k)]
            if tag == "/L" and set(children) - {"/LI", "/L", "/Caption"}:
                errors.append(f"7.6: L holds {children}")
            if tag == "/LI" and set(children) - {"/Lbl", "/LBody"}:
                errors.append(f"7.6: LI holds {children}")
            if tag == "/TOC" and set(children) - {"/TOCI", "/TOC", "/Caption"}:
                errors.append(f"7.2: TOC holds {children}")
            if tag == "/Note" and "/ID" not in element:
                errors.append("7.9-1: Note has no ID")
            if not tag.startswith("/") or tag[1:] not in STANDARD:
                errors.append(f"7.1-5: non-standard structure type {tag}")
        for page in pdf.pages:
            for annot in page.obj.get("/Annots", []):
                if annot.get("/Subtype") == Name.Link:
                    if "/StructParent" not in annot:
                        errors.append("7.18.5-1: link annotation not in the tree")
                    if not str(annot.get("/Contents", "")):
                        errors.append("7.18.5-2: link annotation has no /Contents")
    return errors


STANDARD = frozenset(
    [
        "Document",
        "Part",
        "Art",
        "Sect",
        "Div",
        "BlockQuote",
        "Caption",
        "TOC",
        "TOCI",
        "Index",
        "NonStruct",
        "Private",
        "P",
        "H",
        "H1",
        "H2",
        "H3",
        "H4",
        "H5",
        "H6",
        "L",
        "LI",
        "Lbl",
        "LBody",
        "Table",
        "TR",
        "TH",
        "TD",
        "THead",
        "TBody",
        "TFoot",
        "Span",
        "Quote",
        "Note",
        "Reference",
        "BibEntry",
        "Code",
        "Link",
        "Annot",
        "Ruby",
        "RB",
        "RT",
        "RP",
        "Warichu",
        "WT",
        "WP",
        "Figure",
        "Formula",
        "Form",
    ]
)
