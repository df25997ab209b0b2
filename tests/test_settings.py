"""Settings refuse what cannot be used safely, at start, with the variable's name and no secret."""

from __future__ import annotations

from pathlib import Path

import pytest

from config.settings import Settings, SettingsError
from styrsvar.cli import main as cli_main


@pytest.mark.parametrize("users", ["anna:", "anna", ":hemligt", "anna: ", "anna:ok,bo:", " :x", "anna:ok,bo"])
def test_blank_user_or_password_is_refused(users: str) -> None:
    with pytest.raises(SettingsError, match="STYRSVAR_STAFF_USERS") as caught:
        Settings.from_env({"STYRSVAR_STAFF_USERS": users})
    assert "hemligt" not in str(caught.value)


def test_complete_logins_are_read() -> None:
    s = Settings.from_env({"STYRSVAR_STAFF_USERS": "anna:hemligt1, bo:lösen:2"})
    assert s.users() == [("anna", "hemligt1"), ("bo", "lösen:2")]


def test_serve_refuses_a_blank_password_before_binding(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STYRSVAR_STAFF_USERS", "anna:")
    assert cli_main(["serve", "--store", str(tmp_path), "--host", "0.0.0.0", "--port", "9"]) == 2
    assert "STYRSVAR_STAFF_USERS" in capsys.readouterr().err


@pytest.mark.parametrize(
    "name,value",
    [
        ("STYRSVAR_TRUSTED_PROXIES", "proxy.example"),
        ("STYRSVAR_RATE_LIMIT_STORAGE", "memcached://127.0.0.1"),
        ("STYRSVAR_WORKERS", "0"),
        ("STYRSVAR_PORT", "70000"),
    ],
)
def test_unusable_values_name_their_variable(name: str, value: str) -> None:
    with pytest.raises(SettingsError, match=name):
        Settings.from_env({name: value})


def test_proxies_and_environment_round_trip() -> None:
    s = Settings.from_env({"STYRSVAR_TRUSTED_PROXIES": "127.0.0.1, 10.0.0.0/8", "STYRSVAR_WORKERS": "2"})
    assert [str(p) for p in s.proxies()] == ["127.0.0.1/32", "10.0.0.0/8"]
    assert Settings.from_env(s.to_env()) == s


def test_serve_refuses_an_unreachable_rate_limit_storage(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.servers import free_port

    monkeypatch.setenv("STYRSVAR_RATE_LIMIT_STORAGE", f"redis://127.0.0.1:{free_port()}/0")
    assert cli_main(["serve", "--store", str(tmp_path), "--workers", "2", "--port", str(free_port())]) == 2
    assert "STYRSVAR_RATE_LIMIT_STORAGE cannot be reached" in capsys.readouterr().err


def test_uvicorn_factory_stops_with_one_line_on_a_bad_setting(tmp_path: Path) -> None:
    import os
    import subprocess

    from tests.servers import BIN, free_port

    run = subprocess.run(
        [str(BIN / "uvicorn"), "app:create_app", "--factory", "--port", str(free_port())],
        capture_output=True,
        text=True,
        env={**os.environ, "STYRSVAR_STAFF_USERS": "anna:", "STYRSVAR_STORE": str(tmp_path)},
        timeout=120,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert run.returncode == 2
    assert "STYRSVAR_STAFF_USERS" in run.stderr and "Traceback" not in run.stderr
