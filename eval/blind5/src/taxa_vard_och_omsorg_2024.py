"""Taxa för avgifter inom vård och omsorg, AKFS 2023:11 – layout N2 (SFS-style
författningssamling). Fictitious. Pair OLDER: upphävd by AKFS 2025:14 from 2026-01-01; it does
not name its successor."""
from common import Paragraph, n2_build, n2_group, n2_par, n2_signature, numbered, stm, styles
from common import truth

FILE = "taxa-vard-och-omsorg-2024.pdf"
TITLE = "Taxa för avgifter inom vård och omsorg"

TRUTH = truth(
    layout="N2",
    title=TITLE,
    doc_type="taxa",
    decided_by="kommunfullmäktige",
    decision_date="2023-11-20",
    paragraph="§ 128",
    diarienummer="KS 2023/244",
    valid_from="2024-01-01",
    replaces="Taxa för avgifter inom äldre- och handikappomsorgen (AKFS 2019:4)",
    scope="vård- och omsorgsnämndens ansvarsområde",
    status_2026_11_26="upphävd",
    statements=[
        stm("Avgiftsbeslut fattas av avgiftshandläggare", "avgiftshandläggare", 1),
        stm("Ändringar av avgifterna i 4–8 §§ beslutas av kommunfullmäktige",
            "kommunfullmäktige", 1),
    ],
    notes="N2 pair older: 'AKFS 2023:11', 'Utkom från trycket den 4 december 2023', 'beslutad "
          "av kommunfullmäktige den 20 november 2023, § 128.', 'Dnr KS 2023/244'. In force "
          "2024-01-01 to 2025-12-31 (upphävd by AKFS 2025:14, which the older one does not "
          "name). Amounts: hemtjänst 360 kr/timme; trygghetslarm 260 kr/mån + installation "
          "500 kr; dagverksamhet 50 kr + lunch 70 kr; korttid 120 + 150 kr/dygn; "
          "matdistribution 72 kr/portion; måltider särskilt boende 4 150 kr/mån. Reduction "
          "from the third frånvarodag. Changes of amounts by KF. Cites KF 2019-06-17, § 70 "
          "(trygghetslarm decision) and the older AKFS 2019:4.",
)


def body():
    s = styles("Times-Roman", 10.5)
    b = s["body"]
    return [
        n2_group("Inledande bestämmelser", s),
        n2_par(1, "Denna taxa gäller avgifter för hemtjänst, trygghetslarm, dagverksamhet, "
               "korttidsvistelse och måltider som beviljas enligt socialtjänstlagen (2001:453) "
               "inom vård- och omsorgsnämndens ansvarsområde. För insatser enligt lagen "
               "(1993:387) om stöd och service till vissa funktionshindrade tas avgift ut "
               "endast för måltider.", s),
        n2_par(2, "Avgiften för hemtjänst, trygghetslarm, dagverksamhet och korttidsvistelse "
               "bestäms utifrån den enskildes avgiftsutrymme. Den sammanlagda avgiften per "
               "månad får inte överstiga det högkostnadsskydd som följer av 8 kap. "
               "socialtjänstlagen. Avgifter för måltider och hyra omfattas inte av "
               "högkostnadsskyddet.", s),
        n2_par(3, "Förbehållsbeloppet består av minimibeloppet och boendekostnaden.", s),
        n2_group("Avgifter", s),
        n2_par(4, "För hemtjänst tas en avgift ut med 360 kr per utförd timme.", s),
        n2_par(5, "För trygghetslarm tas en avgift ut med 260 kr per månad. För installation "
               "av larmet tas en engångsavgift ut med 500 kr. Kommunfullmäktiges beslut den 17 "
               "juni 2019, § 70, om avgiftsfritt larm för personer över 90 år upphör att "
               "gälla.", s),
        n2_par(6, "För dagverksamhet tas en avgift ut med 50 kr per tillfälle. Lunch kostar "
               "70 kr.", s),
        n2_par(7, "För korttidsvistelse tas en avgift ut med 120 kr per dygn. Måltider under "
               "korttidsvistelse kostar 150 kr per dygn.", s),
        n2_par(8, "För matdistribution tas en avgift ut med 72 kr per portion. Måltider i "
               "särskilt boende kostar 4 150 kr per kalendermånad.", s),
        n2_group("Övriga bestämmelser", s),
        n2_par(9, "Vid sjukhusvistelse eller annan frånvaro reduceras avgiften för hemtjänst och "
               "måltider från och med den tredje frånvarodagen.", s),
        n2_par(10, "Avgiftsbeslut fattas av avgiftshandläggare. Avgiftsbeslut kan överklagas "
               "hos förvaltningsrätten.", s),
        n2_par(11, "Ändringar av avgifterna i 4–8 §§ beslutas av kommunfullmäktige.", s),
        n2_group("Ikraftträdande- och övergångsbestämmelser", s),
        numbered([
            "Denna taxa träder i kraft den 1 januari 2024.",
            "Genom taxan upphävs Taxa för avgifter inom äldre- och handikappomsorgen (AKFS "
            "2019:4).",
        ], b),
    ] + n2_signature(s, [("Karin Ekström", "ordförande"),
                         ("Maria Holm", "kommunsekreterare")])


def build(out_path):
    n2_build(out_path, TITLE, "AKFS 2023:11", "den 4 december 2023",
             "beslutad av kommunfullmäktige den 20 november 2023, § 128.", "Dnr KS 2023/244",
             body, styles("Times-Roman", 10.5))
