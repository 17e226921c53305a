"""Reading a meeting folder: from files (``meeting.toml``, reStructuredText
summaries) to the model and the report, with every problem as a finding at
its file and line.
"""

from .data_schema import SCHEMA_FILE, data_file_schema, data_file_schema_text
from .folder import FolderReading, load_folder, load_report_and_data, read_folder
from .key_lines import locate_key
from .layout import DATA_FILE
from .locator import Locator
from .meeting_data import MeetingData
from .places import reader_place, with_reader_places

__all__ = [
    "DATA_FILE",
    "SCHEMA_FILE",
    "FolderReading",
    "Locator",
    "MeetingData",
    "data_file_schema",
    "data_file_schema_text",
    "load_folder",
    "load_report_and_data",
    "locate_key",
    "read_folder",
    "reader_place",
    "with_reader_places",
]
