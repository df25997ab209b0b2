"""The decision-rights metric (scripts/decision_accuracy.py): what counts as the same decider."""

from __future__ import annotations

import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"
if str(SCRIPTS) not in sys.path:
    sys.path.insert(0, str(SCRIPTS))

import decision_accuracy as da  # noqa: E402


def test_a_definite_form_is_the_same_decider() -> None:
    assert da.same_decider("gatuchefen", "gatuchef")
    assert da.same_decider("säkerhetschefen eller kommundirektören", "säkerhetschef eller kommundirektör")
    assert da.same_decider("Ordförande", "socialnämndens ordförande")


def test_another_role_is_not() -> None:
    assert not da.same_decider("gatuchefen", "parkchef")
    assert not da.same_decider("säkerhetschefen eller kommundirektören", "säkerhetschef")
    assert not da.same_decider("nämnden", "nämndens arbetsutskott")
    assert not da.same_decider("chef", "chefer")  # too short a word to tell by its ending
