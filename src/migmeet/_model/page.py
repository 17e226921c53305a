"""What a meeting's published pages say about themselves:
:class:`PageDetails` (the programme's status, the calendar's domain, the
information note, other websites, the note on papers, the report's
address) and :class:`Website`.

These values change nothing in the report; they are printed on the web
page, the programme and the calendar.
"""

from __future__ import annotations

import datetime as dt
import re

import attrs

from .._errors import InvalidValueError
from . import validators as v
from .typed import typed_fields

__all__ = ["PROGRAMME_STATUSES", "PageDetails", "Website"]

#: How far a programme is settled, as its heading says it.
PROGRAMME_STATUSES = ("provisional", "revised", "final")

# A host name of letters, digits and hyphens, at least two labels.
_DOMAIN = re.compile(
    r"(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{1,62}"
)

#: The calendar's domain when the data names none: reserved, so it can never
#: clash with another publisher's identifiers.
DEFAULT_CALENDAR_DOMAIN = "migmeet.invalid"

#: What UN pages print above contributed papers.
DEFAULT_PAPERS_NOTE = (
    "The papers are reproduced as submitted, without formal editing. The "
    "views expressed in them are those of the authors and do not "
    "necessarily reflect those of the United Nations."
)


def _domain(name: str, value: object) -> None:
    if not (isinstance(value, str) and _DOMAIN.fullmatch(value)):
        raise InvalidValueError(
            name,
            value,
            "is not a domain name such as 'un.org' (lower-case letters, digits, "
            "hyphens and dots)",
        )


@attrs.frozen(kw_only=True, field_transformer=typed_fields)
class Website:
    """Another relevant website, listed on the meeting's page."""

    title: str = attrs.field(validator=v.field(v.text))
    url: str = attrs.field(validator=v.field(v.https_url))


@attrs.frozen(kw_only=True, field_transformer=typed_fields)
class PageDetails:
    """What the meeting's page, programme and calendar say of themselves."""

    #: "provisional", "revised" or "final", printed over the programme.
    programme_status: str | None = attrs.field(
        default=None, validator=v.field(v.optional(v.one_of(PROGRAMME_STATUSES)))
    )
    #: The date the programme was last changed: "as of 12 February 2018".
    programme_as_of: dt.date | None = attrs.field(
        default=None, validator=v.field(v.optional(v.instance_of(dt.date)))
    )
    #: A domain the secretariat controls, for the calendar's event UIDs.
    calendar_domain: str = attrs.field(
        default=DEFAULT_CALENDAR_DOMAIN, validator=v.field(_domain)
    )
    #: The information note for participants (an https:// address).
    information_note: str | None = attrs.field(
        default=None, validator=v.field(v.https_url)
    )
    websites: tuple[Website, ...] = attrs.field(
        default=(),
        converter=v.to_tuple,
        validator=v.field(v.each(v.instance_of(Website))),
    )
    #: Printed above the contributed papers.
    papers_note: str = attrs.field(
        default=DEFAULT_PAPERS_NOTE, validator=v.field(v.text)
    )
    #: Where the report is published, when it is not built with the page.
    report_url: str | None = attrs.field(default=None, validator=v.field(v.https_url))
