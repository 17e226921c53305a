"""The meeting before this one of the series, as a new meeting folder
records it (its ``[previous]`` table): what the checks for stale content
look for."""

from __future__ import annotations

import datetime as dt

import attrs

__all__ = ["PreviousMeeting"]


def _after_first(instance: PreviousMeeting, _: object, value: dt.date) -> None:
    if value < instance.first_day:
        raise ValueError(
            f"last_day {value.isoformat()} is before first_day "
            f"{instance.first_day.isoformat()}"
        )


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

    number: int = attrs.field(validator=attrs.validators.ge(1))
    first_day: dt.date
    last_day: dt.date = attrs.field(validator=_after_first)
    folder: str | None = None

    @property
    def year(self) -> int:
        """The year the previous meeting was held in."""
        return self.first_day.year
