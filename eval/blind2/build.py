"""Rebuild every PDF of the blind2 corpus into pdf/ and write truth.json.

Run: /work/main/.venv/bin/python build.py
"""
import importlib
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "src"))

# one module per document; each has FILE, TRUTH and build(out_path)
MODULES = [
    "f1_policy_synpunkter",
    "f1_kulturplan",
    "f2_vagbidrag_2025",
    "f2_trafiksakerhetsplan",
    "f3_vagbidrag_2021",
    "f3_forskoleplacering",
    "f4_deleg_ks",
    "f4_deleg_on",
    "f5_deleg_tn",
    "f5_reglemente_tn",
    "f6_taxa_offentlig_plats",
    "f6_parkeringstillstand",
    "f7_representation",
    "f7_instruktion_hittegods",
]


def main() -> None:
    out = HERE / "pdf"
    out.mkdir(exist_ok=True)
    only = set(sys.argv[1:])
    truth = {}
    for name in MODULES:
        m = importlib.import_module(name)
        truth[m.FILE] = m.TRUTH
        if only and name not in only:
            continue
        m.build(out / m.FILE)
        print("built", m.FILE)
    (HERE / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n")
    print("wrote truth.json (%d documents)" % len(truth))


if __name__ == "__main__":
    main()
