"""How long the user has waited: the time since the process started, so
that "wrote report.pdf in 3.1 s" counts the start-up (importing migmeet,
its libraries and the dictionary) and not only the work after it."""

from __future__ import annotations

import os
import time

__all__ = ["process_started"]


def process_started() -> float:
    """The ``time.perf_counter()`` reading at which this process started:
    read from ``/proc`` where there is one, else now."""
    now = time.perf_counter()
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            # The fields after the command's name, which may hold spaces;
            # the 22nd field, the start in clock ticks since boot, is the
            # 20th after it.
            fields = stat.read().rsplit(")", 1)[1].split()
        with open("/proc/uptime", encoding="ascii") as uptime:
            since_boot = float(uptime.read().split()[0])
        started = int(fields[19]) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return now
    return now - max(0.0, since_boot - started)
