"""Rebuild every fictitious test PDF of this folder (blind5) into pdf/ and write truth.json.

Run: /work/main/.venv/bin/python build.py
Each module in src/ (except common.py) defines FILE, TRUTH and build(out_path).
"""
from __future__ import annotations

import importlib
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
SRC = HERE / "src"
OUT = HERE / "pdf"


def modules():
    sys.dont_write_bytecode = True
    sys.path.insert(0, str(SRC))
    for path in sorted(SRC.glob("*.py")):
        if path.stem == "common":
            continue
        yield importlib.import_module(path.stem)


def main() -> None:
    OUT.mkdir(exist_ok=True)
    truth = {}
    for mod in modules():
        out = OUT / mod.FILE
        mod.build(out)
        if mod.FILE in truth:
            raise SystemExit(f"duplicate file name {mod.FILE}")
        truth[mod.FILE] = mod.TRUTH
        print("built", mod.FILE)
    (HERE / "truth.json").write_text(
        json.dumps(dict(sorted(truth.items())), ensure_ascii=False, indent=2) + "\n",
        encoding="utf-8")
    print(len(truth), "documents; truth.json written")


if __name__ == "__main__":
    main()
