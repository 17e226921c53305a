"""Numerals as UN documents write them: ordinal words and Roman numerals.

Ordinal words name a meeting ("Fifteenth Coordination Meeting"); they are
written in British usage ("One hundred and first"), hyphenated between tens
and units ("Twenty-first"), and capitalized only at the first letter.
Roman numerals number chapters and agenda items ("IX"), in capitals, in the
standard subtractive form for 1 to 3999.
"""

from __future__ import annotations

from .._errors import InvalidValueError

__all__ = ["from_roman", "ordinal_word", "to_roman"]

_UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = [
    "_",
    "_",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
]
_IRREGULAR_ORDINALS = {
    "one": "first",
    "two": "second",
    "three": "third",
    "five": "fifth",
    "eight": "eighth",
    "nine": "ninth",
    "twelve": "twelfth",
}
_SCALES = ((1_000_000, "million"), (1000, "thousand"), (100, "hundred"))
_MAX_ORDINAL = 999_999_999


def _cardinal(n: int) -> str:
    """English cardinal words for 0 <= n <= _MAX_ORDINAL, British "and"."""
    if n < 20:
        return _UNITS[n]
    if n < 100:
        tens, units = divmod(n, 10)
        return _TENS[tens] + (f"-{_UNITS[units]}" if units else "")
    for scale, name in _SCALES:
        if n >= scale:
            high, rest = divmod(n, scale)
            words = f"{_cardinal(high)} {name}"
            if not rest:
                return words
            joiner = " and " if rest < 100 else ", " if scale > 100 else " "
            return words + joiner + _cardinal(rest)
    raise AssertionError(n)  # pragma: no cover - the scales cover every n >= 100


def _ordinal_of_word(word: str) -> str:
    if word in _IRREGULAR_ORDINALS:
        return _IRREGULAR_ORDINALS[word]
    if word.endswith("y"):
        return word[:-1] + "ieth"
    return word + "th"


def ordinal_word(number: int) -> str:
    """The capitalized English ordinal word for ``number``.

    Args:
        number: a whole number from 1 to 999 999 999.

    Returns:
        The word, in British usage ("One hundred and first").

    Raises:
        InvalidValueError: for numbers below 1, above 999 999 999 or not
            whole.

    >>> ordinal_word(15), ordinal_word(21), ordinal_word(101)
    ('Fifteenth', 'Twenty-first', 'One hundred and first')
    """
    if isinstance(number, bool) or not isinstance(number, int):
        raise InvalidValueError("number", number, "is not a whole number")
    if not 1 <= number <= _MAX_ORDINAL:
        raise InvalidValueError(
            "number", number, f"is outside 1 to {_MAX_ORDINAL} for an ordinal word"
        )
    cardinal = _cardinal(number)
    # Only the last word (after a space or hyphen) takes the ordinal ending.
    cut = max(cardinal.rfind(" "), cardinal.rfind("-")) + 1
    words = cardinal[:cut] + _ordinal_of_word(cardinal[cut:])
    return words[0].upper() + words[1:]


_ROMAN_VALUES = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)


def to_roman(number: int) -> str:
    """A number in capital Roman numerals.

    Args:
        number: a whole number from 1 to 3999.

    Returns:
        The numeral, such as "IX".

    Raises:
        InvalidValueError: for a number outside 1 to 3999 or not whole.

    >>> to_roman(9), to_roman(2017)
    ('IX', 'MMXVII')
    """
    if isinstance(number, bool) or not isinstance(number, int):
        raise InvalidValueError("number", number, "is not a whole number")
    if not 1 <= number <= 3999:
        raise InvalidValueError("number", number, "is outside 1 to 3999 for Roman")
    digits = []
    for value, letters in _ROMAN_VALUES:
        count, number = divmod(number, value)
        digits.append(letters * count)
    return "".join(digits)


def from_roman(numeral: str) -> int:
    """The value of a capital Roman numeral in its standard form.

    Non-standard spellings ("IIII", "VX") are refused, so that the value
    written back with :func:`to_roman` is the numeral given.

    Args:
        numeral: the numeral, such as "XIV".

    Returns:
        Its value.

    Raises:
        InvalidValueError: if it is not a standard capital numeral.

    >>> from_roman("XIV")
    14
    """
    total = 0
    position = 0
    for value, letters in _ROMAN_VALUES:
        # The standard form repeats I, X, C, M up to three times, others once.
        repeat = 3 if len(letters) == 1 and letters in "IXCM" else 1
        for _ in range(repeat):
            if numeral.startswith(letters, position):
                total += value
                position += len(letters)
    if not numeral or position != len(numeral) or to_roman(total) != numeral:
        raise InvalidValueError(
            "numeral", numeral, "is not a Roman numeral in capitals (I to MMMCMXCIX)"
        )
    return total
