"""Dependencies point one way (app/eval -> assistant -> store <- ingest), and settings are documented."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from config.settings import ENV_PREFIX, Settings

ROOT = Path(__file__).resolve().parent.parent


def test_import_contracts_hold():
    lint = Path(sys.executable).parent / "lint-imports"
    run = subprocess.run([str(lint)], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "BROKEN" not in run.stdout


def test_library_code_never_reads_the_environment():
    offenders = []
    for package in ("store", "ingest", "assistant", "governance"):
        for path in (ROOT / package).rglob("*.py"):
            if re.search(r"os\.environ|os\.getenv", path.read_text(encoding="utf-8")):
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_every_setting_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name, field in Settings.model_fields.items():
        assert f"`{ENV_PREFIX}{name.upper()}`" in readme, f"{ENV_PREFIX}{name.upper()} is not in the README"
        assert field.description, name


def test_settings_from_env_and_clear_errors():
    s = Settings.from_env(
        {"STYRSVAR_PORT": "9000", "STYRSVAR_ALLOWED_ORIGINS": "https://a.se/, https://b.se"}
    )
    assert s.port == 9000 and s.origins() == ["https://a.se", "https://b.se"]
    try:
        Settings.from_env({"STYRSVAR_PORT": "nine"})
    except ValueError as exc:
        assert "STYRSVAR_PORT" in str(exc)
    else:
        raise AssertionError("a bad port must be refused")


def test_nothing_imports_the_app_module():
    offenders = []
    for path in ROOT.rglob("*.py"):
        if ".venv" in path.parts or path.name == "app.py" or "tests" in path.parts:
            continue
        if re.search(r"^\s*(from app import|import app\b)", path.read_text(encoding="utf-8"), re.M):
            offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_the_layers_contract_covers_every_package_of_the_tree():
    """A new top-level package must take its place in the layers, or nothing checks its imports."""
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]
    packages = {p.parent.name for p in ROOT.glob("*/__init__.py") if p.parent.name != "tests"}
    [layers] = [c["layers"] for c in config["contracts"] if c["type"] == "layers"]
    in_layers = {name.strip() for layer in layers for name in layer.split("|")}
    assert packages == set(config["root_packages"]) == in_layers


def test_security_doc_names_real_tests():
    """docs/security.md maps threats to tests; a renamed or removed test must not leave it stale."""
    doc = (ROOT / "docs" / "security.md").read_text(encoding="utf-8")
    named = re.findall(r"`(tests/[\w/]+\.py)::(\w+)`", doc)
    assert len(named) > 40
    missing = [
        f"{path}::{name}"
        for path, name in named
        if not re.search(rf"^(async )?def {name}\(", (ROOT / path).read_text(encoding="utf-8"), re.M)
    ]
    assert missing == []
