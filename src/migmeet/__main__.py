"""``python -m migmeet``: the same as the ``migmeet`` command."""

from ._cli import console_main

console_main()
