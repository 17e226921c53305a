"""Writing: from a finished document tree or meeting to bytes (HTML, PDF,
iCalendar) and from bytes to files.

The only stage that touches the disk (:mod:`.files`, atomically), and the
only one that imports WeasyPrint (:mod:`.pdf`, imported when first used).
"""

from .calendar import meeting_calendar
from .files import (
    MANIFEST,
    check_folder,
    foreign_files,
    make_output_folder,
    read_earlier_output,
    write_atomically,
    write_folder,
    write_new_folder,
)
from .html import tree_html
from .ownership import check_replaceable
from .quotes import typographic_html
from .rendered import RenderedPdf

__all__ = [
    "MANIFEST",
    "RenderedPdf",
    "check_folder",
    "check_replaceable",
    "foreign_files",
    "make_output_folder",
    "meeting_calendar",
    "read_earlier_output",
    "tree_html",
    "typographic_html",
    "write_atomically",
    "write_folder",
    "write_new_folder",
]
