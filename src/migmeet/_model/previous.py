"""The meeting before this one of the series, as a new meeting folder
records it (its ``[previous]`` table): what the checks for stale content
look for."""

from __future__ import annotations

import datetime as dt

import attrs

from .._errors import InvalidValueError
from . import validators as v

__all__ = ["PreviousMeeting"]


@attrs.frozen(kw_only=True)
class PreviousMeeting:
    """The previous meeting of the series: its number, its dates and, where
    known, its folder (as written in the data file, relative to the meeting
    folder).

    >>> import datetime as dt
    >>> PreviousMeeting(
    ...     number=15, first_day=dt.date(2017, 2, 16), last_day=dt.date(2017, 2, 17)
    ... ).year
    2017
    """

    number: int = attrs.field(validator=v.field(v.positive))
    first_day: dt.date = attrs.field(validator=v.field(v.instance_of(dt.date)))
    last_day: dt.date = attrs.field(validator=v.field(v.instance_of(dt.date)))
    folder: str | None = attrs.field(
        default=None, validator=v.field(v.optional(v.instance_of(str)))
    )

    @last_day.validator
    def _after_first_day(self, _: attrs.Attribute[dt.date], value: dt.date) -> None:
        if value < self.first_day:
            raise InvalidValueError(
                "PreviousMeeting.last_day",
                value,
                f"is before first_day {self.first_day.isoformat()}",
            )

    @property
    def year(self) -> int:
        """The year the previous meeting was held in."""
        return self.first_day.year
