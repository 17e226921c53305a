"""The docutils node classes migmeet adds to the document tree.

Mentions and the generated lists are placeholders in the tree until the
transforms resolve them; an inline footnote keeps its text where it is
read, so that reading order is tree order. The nodes a mention becomes
are marked as made by its role (:func:`mark_role_made`), invisibly to the
writers, so that a check can tell them from the words the author typed.
"""

from __future__ import annotations

from docutils import nodes

__all__ = [
    "abbreviation_list",
    "contents_list",
    "footnote_text",
    "mark_role_made",
    "mention",
    "role_made",
]

#: Class of the parts of a report in which first mentions are counted afresh.
MENTION_SCOPE = "mention-scope"
#: Class of the sections listed in the contents.
IN_CONTENTS = "in-contents"
#: The Python attribute (not a docutils attribute, which writers would
#: print) of a node made by a mention's role.
_ROLE_MADE = "migmeet_role_made"


class mention(nodes.Inline, nodes.Element):  # noqa: N801 - docutils' naming
    """A person, organization, term or document, in ``node['entity']``."""


class footnote_text(nodes.Inline, nodes.TextElement):  # noqa: N801
    """The text of a footnote, placed where its marker stands."""


class abbreviation_list(nodes.General, nodes.Element):  # noqa: N801
    """Where the list of abbreviations goes; ``node['extra']`` holds the
    organizations and terms the author lists beyond those used."""


class contents_list(nodes.General, nodes.Element):  # noqa: N801
    """Where the table of contents goes."""


def mark_role_made(node: nodes.Node) -> nodes.Node:
    """``node``, marked as made by a mention's role (its text is the
    renderer's, not the author's); a copy of it is not marked."""
    setattr(node, _ROLE_MADE, True)
    return node


def role_made(node: nodes.Node) -> bool:
    """Whether ``node`` was made by a mention's role."""
    return bool(getattr(node, _ROLE_MADE, False))
