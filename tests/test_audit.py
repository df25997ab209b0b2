"""The audit log: personal data never reaches the file; feedback attaches to its turn; threads are safe."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from store.audit import REDACTED_EMAIL, REDACTED_PHONE, REDACTED_PNR, AuditLog, redact


@pytest.mark.parametrize(
    "text",
    ["850101-1234", "850101+1234", "19850101-1234", "198501011234", "8501011234", "850161-1234"],
)
def test_personnummer_variants_are_redacted(text: str) -> None:
    assert (
        redact(f"Mitt personnummer är {text}, vad gäller?")
        == f"Mitt personnummer är {REDACTED_PNR}, vad gäller?"
    )


@pytest.mark.parametrize(
    "text",
    ["070-123 45 67", "+46 70 123 45 67", "08-123 456", "0583-810 00", "0046 70 123 45 67", "08-12 34 56"],
)
def test_swedish_phone_numbers_are_redacted(text: str) -> None:
    assert redact(f"Ring mig på {text} i morgon.") == f"Ring mig på {REDACTED_PHONE} i morgon."


def test_email_is_redacted() -> None:
    assert redact("Skriv till anna.svensson+x@askersund.se.") == f"Skriv till {REDACTED_EMAIL}."


def test_ordinary_numbers_in_questions_are_kept() -> None:
    text = "Beslut 2023-05-15 § 87, dnr KS 2023/145, 1 000 000 kr, sida 12, 9 kap. 34 § PBL, år 2024-2027"
    assert redact(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "191212–1212",  # en dash
        "191212\u20111212",  # non-breaking hyphen
        "1912 12 12-1212",  # spaces in the date
        "19121212 1212",
        "１９１２１２１２－１２１２",  # full-width digits and hyphen
        "191212—1212",  # em dash
        "191212\u22121212",  # minus sign
        "19 12 12 - 1212",
        "701263-2386",  # samordningsnummer (day + 60)
    ],
)
def test_personnummer_as_people_type_them(text: str) -> None:
    assert redact(f"Jag har nr {text} och undrar.") == f"Jag har nr {REDACTED_PNR} och undrar."


@pytest.mark.parametrize(
    "text",
    [
        "070 - 123 45 67",
        "070–123 45 67",
        "070/123 45 67",
        "070.123.45.67",
        "46701234567",
        "+46701234567",
        "+46 (0)70-123 45 67",
        "0701234567",
        "070\u00a0123\u00a045\u00a067",  # non-breaking spaces
        "０７０－１２３ ４５ ６７",
        "08 - 123 456 78",
        "031-123456",
    ],
)
def test_phone_numbers_as_people_type_them(text: str) -> None:
    assert redact(f"Ring mig på {text} i morgon.") == f"Ring mig på {REDACTED_PHONE} i morgon."


@pytest.mark.parametrize(
    "text",
    [
        "anna(at)example.se",
        "anna (at) example.se",
        "anna[at]example.se",
        "anna.svensson＠example.se",
        "anna at example dot se",
        "anna(at)example(dot)se",
    ],
)
def test_email_as_people_type_it(text: str) -> None:
    assert redact(f"Skriv till {text} tack") == f"Skriv till {REDACTED_EMAIL} tack"


def test_a_valid_personnummer_and_a_mobile_number_keep_their_labels() -> None:
    assert redact("811218-9876") == REDACTED_PNR  # passes the Luhn check
    assert redact("0701234567") == REDACTED_PHONE  # a date-like mobile number that fails it


@pytest.mark.parametrize(
    "text",
    [
        "Beslut 2023-05-15 § 87, dnr KS 2023/145",
        "kl. 08.00-16.30 och 13.15",
        "SFS 2010:900, 9 kap. 34 § PBL",
        "1 000 000 kr och 650 000 kronor",
        "2024-01-01 till 2026-12-31",
        "år 2024-2027, version 1.2.3",
        "paragraf 12 12 12",
        "Taxan 2027 gäller från 1 januari 2027.",
        "se punkt 4.12.3 och 4.12.4",
        "Telefontid 10-12 och 13-15",
        "dnr 0123/2024",
    ],
)
def test_dates_times_amounts_and_references_are_kept(text: str) -> None:
    assert redact(text) == text


def test_record_redacts_before_writing(tmp_path: Path) -> None:
    log = AuditLog(tmp_path / "audit.sqlite")
    turn = log.record(
        channel="public",
        audience="resident",
        question="Jag heter Anna, 850101-1234, anna@example.se",
        answer="Ring 070-123 45 67.",
        filters={"note": "08-123 456"},
        retrieved=["doc:0001"],
        citations=[{"quote": "Kontakt: info@askersund.se", "page": 2}],
        model="extractive",
    )
    raw = b"".join(
        str(row).encode() for row in sqlite3.connect(tmp_path / "audit.sqlite").execute("SELECT * FROM turns")
    )
    for secret in (b"850101-1234", b"anna@example.se", b"070-123", b"08-123", b"info@askersund"):
        assert secret not in raw
    saved = log.get(turn)
    assert saved is not None
    assert saved["question"] == f"Jag heter Anna, {REDACTED_PNR}, {REDACTED_EMAIL}"
    assert saved["answer"] == f"Ring {REDACTED_PHONE}."
    assert saved["retrieved"] == ["doc:0001"]
    assert saved["citations"][0]["quote"] == f"Kontakt: {REDACTED_EMAIL}"
    assert (saved["channel"], saved["audience"], saved["feedback"]) == ("public", "resident", None)


def test_feedback_is_stored_with_its_turn_and_last_wins(tmp_path: Path) -> None:
    log = AuditLog(tmp_path / "audit.sqlite")
    first = log.record(channel="staff", audience="employee", question="A?", answer="a")
    second = log.record(channel="staff", audience="employee", question="B?", answer="b")
    assert log.feedback(first, +1)
    assert log.feedback(second, -1)
    assert log.feedback(second, +1)
    assert log.get(first)["feedback"] == 1  # type: ignore[index]
    assert log.get(second)["feedback"] == 1  # type: ignore[index]
    assert log.get(second)["feedback_time"]  # type: ignore[index]
    assert not log.feedback("no-such-turn", -1)
    with pytest.raises(ValueError):
        log.feedback(first, 5)


def test_unknown_channel_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        AuditLog(tmp_path / "a.sqlite").record(channel="email", audience="employee", question="?", answer="")  # type: ignore[arg-type]


def test_concurrent_records_all_land(tmp_path: Path) -> None:
    log = AuditLog(tmp_path / "audit.sqlite")
    ids: list[str] = []

    def work(n: int) -> None:
        for i in range(10):
            ids.append(log.record(channel="cli", audience="employee", question=f"{n}-{i}", answer="ok"))

    threads = [threading.Thread(target=work, args=(n,)) for n in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(set(ids)) == 60
    assert len(log.turns(limit=100)) == 60


def _write_turns(path: str, worker: int, count: int) -> list[str]:
    log = AuditLog(Path(path))
    ids = []
    for i in range(count):
        ids.append(log.record(channel="staff", audience="employee", question=f"{worker}-{i}", answer="ok"))
        if i % 5 == 0:
            assert log.feedback(ids[-1], 1)
    return ids


def test_several_processes_write_one_log(tmp_path: Path) -> None:
    """Worker processes share the store's audit log: every turn lands, none twice, none torn."""
    import concurrent.futures as cf
    import multiprocessing

    path = str(tmp_path / "audit.sqlite")
    with cf.ProcessPoolExecutor(4, mp_context=multiprocessing.get_context("spawn")) as pool:
        results = list(pool.map(_write_turns, [path] * 4, range(4), [60] * 4))
    ids = [i for part in results for i in part]
    assert len(ids) == len(set(ids)) == 240
    turns = AuditLog(Path(path)).turns(limit=1000)
    assert sorted(t["turn_id"] for t in turns) == sorted(ids)
    assert {t["question"] for t in turns} == {f"{w}-{i}" for w in range(4) for i in range(60)}
    assert sum(t["feedback"] == 1 for t in turns) == 4 * 12


def test_switching_to_wal_waits_for_another_process_instead_of_failing(tmp_path: Path) -> None:
    # another writer holds the file; SQLite answers "locked" to a journal-mode switch (here at once,
    # with a 10 ms busy timeout, as it does for WAL switches racing at start-up)
    import sqlite3
    import threading
    import time

    from store.audit import _use_wal

    path = tmp_path / "audit.sqlite"
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("CREATE TABLE t (x)")
    other.execute("BEGIN EXCLUSIVE")
    db = sqlite3.connect(path, timeout=0.01)
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        db.execute("PRAGMA journal_mode=WAL")

    def commit_soon() -> None:  # a plain sleep, not threading.Timer, whose wait a moved clock breaks
        time.sleep(0.3)
        other.execute("COMMIT")

    release = threading.Thread(target=commit_soon)
    release.start()
    _use_wal(db, wait=10)
    release.join()
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    db.close()
    other.close()
