"""``python -m migmeet``: the same as the ``migmeet`` command."""

import sys

from ._cli import main

sys.exit(main())
