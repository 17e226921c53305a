"""check measured as a secretariat meets it: no alarm on correct UN text, and
the planted defects found at their exact line with their code."""

from __future__ import annotations

import pytest

from corpus import CORRECT, score
from migmeet import check_folder


@pytest.mark.xfail(reason="the checks of issue 10 are being built", strict=True)
def test_correct_un_text_raises_no_alarm() -> None:
    findings = check_folder(CORRECT)
    assert [str(f) for f in findings] == []


@pytest.mark.xfail(reason="the checks of issue 10 are being built", strict=True)
def test_planted_defects_are_found_at_their_line() -> None:
    result = score()
    missed = [f"{d.file}:{d.line} {d.code}: {d.what}" for d in result.missed]
    assert result.recall >= 0.9, "\n".join(missed)
    false = [str(f) for f in result.false_alarms]
    assert result.precision >= 0.95, "\n".join(false)
