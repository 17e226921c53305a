"""Every field of a model or report value holds the type it declares.

The classes declare their fields' types; :func:`typed_fields` (an attrs
field transformer) makes each field check its value against that
declaration when a value is made, so a user who passes ``None``, a plain
number, a ``datetime`` for a date or ``"yes"`` for a flag gets an
:class:`InvalidValueError` naming ``Class.field``, never a ``TypeError``
from deep inside. A converter (list to tuple, say) that cannot take the
value leaves it as it is, for the type check to name.
"""

from __future__ import annotations

import collections.abc
import datetime as dt
import enum
import types
import typing
from collections.abc import Callable
from typing import Any

import attrs

from .._errors import InvalidValueError

__all__ = ["typed_fields"]

_HINTS: dict[type[Any], dict[str, Any]] = {}


def _hints(cls: type[Any]) -> dict[str, Any]:
    if cls not in _HINTS:
        try:
            _HINTS[cls] = typing.get_type_hints(cls)
        except (NameError, TypeError):  # pragma: no cover - a hint not resolvable
            _HINTS[cls] = {}
    return _HINTS[cls]


def _describe(hint: Any) -> str:
    origin = typing.get_origin(hint)
    arguments = typing.get_args(hint)
    if hint is type(None):
        return "None"
    if origin in (typing.Union, types.UnionType):
        return " or ".join(_describe(a) for a in arguments)
    if origin is tuple or origin in (collections.abc.Sequence, list):
        inner = arguments[0] if arguments else Any
        return f"a list of {_describe_plain(inner)}"
    if origin in (dict, collections.abc.Mapping):
        return "a table (mapping)"
    if origin is typing.Literal:
        return "one of " + ", ".join(repr(a) for a in arguments)
    return _describe_plain(hint)


def _describe_plain(hint: Any) -> str:
    names = {
        str: "text",
        bool: "true or false",
        int: "a whole number",
        float: "a number",
        dt.date: "a date",
        dt.time: "a time of day",
        dt.datetime: "a date and time",
        bytes: "bytes",
    }
    if hint in names:
        return names[hint]
    if typing.get_origin(hint) is not None or hint is Any:
        return _describe(hint) if hint is not Any else "any value"
    return f"a {getattr(hint, '__name__', str(hint))}"


def _fits(hint: Any, value: Any) -> bool:
    if hint is Any or isinstance(hint, typing.TypeVar):
        return True
    if hint is type(None) or hint is None:
        return value is None
    origin = typing.get_origin(hint)
    arguments = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        return any(_fits(argument, value) for argument in arguments)
    if origin is typing.Literal:
        return value in arguments
    if origin is tuple:
        if not isinstance(value, tuple):
            return False
        if len(arguments) == 2 and arguments[1] is Ellipsis:
            return all(_fits(arguments[0], member) for member in value)
        if arguments and arguments != ((),):
            return len(arguments) == len(value) and all(
                _fits(a, member) for a, member in zip(arguments, value, strict=True)
            )
        return True
    if origin in (dict, collections.abc.Mapping):
        if not isinstance(value, collections.abc.Mapping):
            return False
        if len(arguments) == 2:
            key, item = arguments
            return all(_fits(key, k) and _fits(item, v) for k, v in value.items())
        return True
    if origin in (frozenset, set, collections.abc.Set):
        return isinstance(value, collections.abc.Set) and all(
            _fits(arguments[0], member) for member in value
        )
    if origin is collections.abc.Callable or hint is Callable:
        return callable(value)
    if origin is not None:
        return isinstance(value, origin)
    if hint is bool:
        return isinstance(value, bool)
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if hint is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if hint is dt.date:
        return isinstance(value, dt.date) and not isinstance(value, dt.datetime)
    if isinstance(hint, type):
        if issubclass(hint, enum.Enum):
            return isinstance(value, hint)
        return isinstance(value, hint)
    return True  # a construct this check does not know: trust the field's own


def _type_validator(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    hint = _hints(type(instance)).get(attribute.name)
    if hint is None or _fits(hint, value):
        return
    name = f"{type(instance).__name__}.{attribute.name}"
    arguments = typing.get_args(hint)
    if (
        isinstance(value, tuple)
        and typing.get_origin(hint) is tuple
        and len(arguments) == 2
        and arguments[1] is Ellipsis
    ):
        # Name the first member that is wrong, as a reader counts it.
        for index, member in enumerate(value):
            if not _fits(arguments[0], member):
                raise InvalidValueError(
                    f"{name}[{index}]", member, f"is not {_describe(arguments[0])}"
                )
    raise InvalidValueError(name, value, f"is not {_describe(hint)}")


def _checked(
    own: Callable[[Any, attrs.Attribute[Any], Any], Any] | None,
) -> Callable[[Any, attrs.Attribute[Any], Any], None]:
    """The field's own validator (whose messages are the most precise),
    then the type check; where the own one fails on a wrong type with a
    Python error, the type check says what is wrong instead."""

    def validate(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if own is not None:
            try:
                own(instance, attribute, value)
            except InvalidValueError:
                raise
            except (TypeError, AttributeError, ValueError) as error:
                _type_validator(instance, attribute, value)
                raise InvalidValueError(
                    f"{type(instance).__name__}.{attribute.name}",
                    value,
                    f"is not valid here ({error})",
                ) from error
        _type_validator(instance, attribute, value)

    return validate


def _lenient(converter: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def convert(value: Any) -> Any:
        try:
            return converter(value)
        except InvalidValueError:
            raise
        except (TypeError, ValueError, AttributeError):
            return value  # the type check names the field and the value

    return convert


def typed_fields(
    cls: type[Any], fields: list[attrs.Attribute[Any]]
) -> list[attrs.Attribute[Any]]:
    """attrs field transformer: each field checks its declared type first."""
    result = []
    for field in fields:
        converter = field.converter
        result.append(
            field.evolve(
                validator=_checked(field.validator),
                converter=_lenient(converter) if callable(converter) else converter,
            )
        )
    return result
