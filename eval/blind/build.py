"""Rebuild every PDF of the blind corpus into pdf/.

Run: /work/main/.venv/bin/python build.py
"""
import importlib
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "src"))

# module name -> output file name
DOCS = {
    "b1_deleg_sn": "delegationsordning-socialnamnden.pdf",
    "b1_policy_infosak": "policy-informationssakerhet-kommunkoncernen.pdf",
    "b2_handlingsplan_trygghet": "handlingsplan-trygghet-brottsforebyggande-2023-2025.pdf",
    "b2_arbetsordning_kf": "arbetsordning-kommunfullmaktige.pdf",
    "b3_deleg_bun": "delegationsordning-barn-och-utbildningsnamnden.pdf",
    "b3_riktlinje_skolskjuts": "riktlinjer-skolskjuts.pdf",
    "b4_ekb_2023": "riktlinjer-ekonomiskt-bistand-2023.pdf",
    "b4_ekb_2026": "riktlinjer-ekonomiskt-bistand.pdf",
    "b5_reglemente_ks": "reglemente-for-kommunstyrelsen-2025.pdf",
    "b5_landsbygdsprogram_2025": "landsbygdsprogram.pdf",
    "b6_biblioteksplan": "biblioteksplan-2025-2028.pdf",
    "b6_plan_krisberedskap": "plan-krisberedskap-2024-2027.pdf",
    "b7_landsbygdsprogram_2020": "landsbygdsprogram-2020.pdf",
    "b7_strategi_digital": "strategi-digital-utveckling.pdf",
    "b8_taxa_bygglov": "plan-och-bygglovstaxa-2027.pdf",
    "b8_taxa_fritid": "taxa-idrotts-och-fritidsanlaggningar-2026.pdf",
    "b9_rutin_hot_vald": "rutin-hot-och-vald-mot-medarbetare.pdf",
    "b9_riktlinje_pu_incident": "riktlinje-hantering-av-personuppgiftsincidenter.pdf",
}


def main() -> None:
    out = HERE / "pdf"
    out.mkdir(exist_ok=True)
    only = set(sys.argv[1:])
    for mod, fname in DOCS.items():
        if only and mod not in only:
            continue
        m = importlib.import_module(mod)
        m.build(out / fname)
        print("built", fname)


if __name__ == "__main__":
    main()
