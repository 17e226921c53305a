"""Checks shared by the model's attrs classes.

A check takes the field's name and the value; :func:`field` turns one into
an attrs validator that names the field as ``Class.field``, so that a
mistake in a long meeting description points to where it is. Every check
raises :class:`InvalidValueError`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

import attrs

from ._errors import InvalidValueError

T = TypeVar("T")
Check = Callable[[str, Any], None]
Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]


def field(check: Check) -> Validator:
    """An attrs validator running ``check`` with the name ``Class.field``."""

    def validate(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        check(f"{type(instance).__name__}.{attribute.name}", value)

    return validate


def text(name: str, value: object) -> None:
    """Non-empty text without spaces at its ends."""
    if not isinstance(value, str):
        raise InvalidValueError(name, value, "is not text")
    if not value.strip():
        raise InvalidValueError(name, value, "is empty")
    if value != value.strip():
        raise InvalidValueError(name, value, "has spaces at its ends")


def optional(check: Check) -> Check:
    """``None``, or a value that passes ``check``."""

    def check_optional(name: str, value: object) -> None:
        if value is not None:
            check(name, value)

    return check_optional


def positive(name: str, value: object) -> None:
    """A whole number of 1 or more."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidValueError(name, value, "is not a whole number")
    if value < 1:
        raise InvalidValueError(name, value, "is below 1")


def instance_of(*kinds: type[Any]) -> Check:
    """An instance of one of ``kinds``."""

    def check(name: str, value: object) -> None:
        if not isinstance(value, kinds):
            wanted = " or ".join(kind.__name__ for kind in kinds)
            raise InvalidValueError(name, value, f"is not a {wanted}")

    return check


def each(check: Check) -> Check:
    """Every member passes ``check``; a failure names its index."""

    def check_each(name: str, values: Iterable[object]) -> None:
        for index, member in enumerate(values):
            check(f"{name}[{index}]", member)

    return check_each


def to_tuple(values: Iterable[T]) -> tuple[T, ...]:
    """Converter: any iterable (a list, say) becomes an immutable tuple."""
    if isinstance(values, str):
        # Text is iterable, but one string is never meant as its letters.
        return (values,)  # type: ignore[return-value]
    return tuple(values)
