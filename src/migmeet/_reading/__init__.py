"""Reading a meeting folder: from files (``meeting.toml``, reStructuredText
summaries) to the model and the report, with every problem as a finding at
its file and line.
"""

from .data_file import DATA_FILE, MeetingData, locate_key
from .folder import load_folder, load_report_and_data
from .locator import Locator

__all__ = [
    "DATA_FILE",
    "Locator",
    "MeetingData",
    "load_folder",
    "load_report_and_data",
    "locate_key",
]
