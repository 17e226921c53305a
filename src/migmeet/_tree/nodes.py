"""The docutils node classes migmeet adds to the document tree.

Mentions and the generated lists are placeholders in the tree until the
transforms resolve them; an inline footnote keeps its text where it is
read, so that reading order is tree order.
"""

from __future__ import annotations

from docutils import nodes

__all__ = ["abbreviation_list", "contents_list", "footnote_text", "mention"]

#: Class of the parts of a report in which first mentions are counted afresh.
MENTION_SCOPE = "mention-scope"
#: Class of the sections listed in the contents.
IN_CONTENTS = "in-contents"


class mention(nodes.Inline, nodes.Element):  # noqa: N801 - docutils' naming
    """A person, organization, term or document, in ``node['entity']``."""


class footnote_text(nodes.Inline, nodes.TextElement):  # noqa: N801
    """The text of a footnote, placed where its marker stands."""


class abbreviation_list(nodes.General, nodes.Element):  # noqa: N801
    """Where the list of abbreviations goes; ``node['extra']`` holds the
    organizations and terms the author lists beyond those used."""


class contents_list(nodes.General, nodes.Element):  # noqa: N801
    """Where the table of contents goes."""
