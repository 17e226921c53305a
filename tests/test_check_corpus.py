"""check measured as a secretariat meets it: no alarm on correct UN text, and
the planted defects found at their exact line with their code, on a corpus
the checks were tuned on and on a held-out one."""

from __future__ import annotations

import pytest

from corpus import CORPORA, MEETINGS, score
from migmeet import check_folder


@pytest.mark.parametrize("name", CORPORA)
def test_correct_un_text_raises_no_alarm(name: str) -> None:
    findings = check_folder(MEETINGS / name)
    assert [str(f) for f in findings] == []


@pytest.mark.parametrize("name", CORPORA)
def test_planted_defects_are_found_at_their_line(name: str) -> None:
    result = score(name)
    missed = [f"{d.file}:{d.line} {d.code}: {d.what}" for d in result.missed]
    assert result.recall >= 0.9, "\n".join(missed)
    false = [str(f) for f in result.false_alarms]
    assert result.precision >= 0.95, "\n".join(false)
