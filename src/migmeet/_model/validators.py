"""Checks shared by the model's attrs classes.

A check takes the field's name and the value; :func:`field` turns one into
an attrs validator that names the field as ``Class.field``, so that a
mistake in a long meeting description points to where it is. Every check
raises :class:`InvalidValueError`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import attrs

from .._errors import InvalidValueError

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


_FILE_NAME_KEY = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,79}")


def file_name_key(name: str, value: object) -> None:
    """A key that becomes part of a file's name ("concept-note-KEY.pdf"):
    letters, digits, hyphens and underscores only, so that it names a file
    in its folder and nothing else."""
    text(name, value)
    assert isinstance(value, str)
    if not _FILE_NAME_KEY.fullmatch(value):
        raise InvalidValueError(
            name,
            value,
            "may hold only letters, digits, hyphens and underscores (it names "
            "a file, concept-note-KEY.pdf)",
        )


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


def https_url(name: str, value: object) -> None:
    """An https:// address, or None: nothing else is linked from a page."""
    if value is not None and not (
        isinstance(value, str)
        and value.startswith("https://")
        and len(value) > len("https://")
        and not any(c.isspace() for c in value)
    ):
        raise InvalidValueError(name, value, "is not an https:// address")


def instance_of(*kinds: type[Any]) -> Check:
    """An instance of one of ``kinds``."""

    def check(name: str, value: object) -> None:
        if not isinstance(value, kinds):
            wanted = " or ".join(kind.__name__ for kind in kinds)
            raise InvalidValueError(name, value, f"is not a {wanted}")

    return check


def one_of(choices: Iterable[object]) -> Check:
    """One of ``choices``."""
    allowed = tuple(choices)

    def check(name: str, value: object) -> None:
        if value not in allowed:
            listed = ", ".join(repr(choice) for choice in allowed)
            raise InvalidValueError(name, value, f"is not one of {listed}")

    return check


def each(check: Check) -> Check:
    """Every member passes ``check``; a failure names its index."""

    def check_each(name: str, values: Iterable[object]) -> None:
        for index, member in enumerate(values):
            check(f"{name}[{index}]", member)

    return check_each


def to_tuple(values: Iterable[Any]) -> tuple[Any, ...]:
    """Converter: any iterable (a list, say) becomes an immutable tuple."""
    if isinstance(values, str):
        # Text is iterable, but one string is never meant as its letters.
        return (values,)
    return tuple(values)


def field_errors(cls: type[Any], values: Mapping[str, Any]) -> list[InvalidValueError]:
    """Every field of ``cls`` that ``values`` would fail, not just the first.

    attrs stops at the first invalid field; a user fixing a file wants to
    see all of them at once. Each field's converter and validator run on a
    stand-in with the converted values; checks across fields that depend on
    an invalid one are skipped.
    """
    errors: list[InvalidValueError] = []
    converted: dict[str, Any] = {}
    for attribute in attrs.fields(cls):
        if attribute.name not in values:
            continue
        value = values[attribute.name]
        try:
            if callable(attribute.converter):
                value = attribute.converter(value)
        except InvalidValueError as error:
            errors.append(error)
            continue
        converted[attribute.name] = value
    stand_in = type(cls.__name__, (), dict(converted))()
    for attribute in attrs.fields(cls):
        if attribute.name in converted and attribute.validator is not None:
            try:
                attribute.validator(stand_in, attribute, converted[attribute.name])
            except InvalidValueError as error:
                errors.append(error)
            except (AttributeError, TypeError):
                pass  # a check across fields, one of which is already wrong
    return errors
