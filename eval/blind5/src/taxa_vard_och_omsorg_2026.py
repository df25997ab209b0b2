"""Taxa för avgifter inom vård och omsorg, AKFS 2025:14 – layout N2 (SFS-style
författningssamling). Fictitious. Pair NEWER: replaces AKFS 2023:11 (same title), named only in
the ikraftträdande provisions."""
from common import Paragraph, grid_table, n2_build, n2_group, n2_par, n2_signature, numbered
from common import sp, stm, styles, truth

FILE = "taxa-vard-och-omsorg-2026.pdf"
TITLE = "Taxa för avgifter inom vård och omsorg"

TRUTH = truth(
    layout="N2",
    title=TITLE,
    doc_type="taxa",
    decided_by="kommunfullmäktige",
    decision_date="2025-11-24",
    paragraph="§ 131",
    diarienummer="KS 2025/301",
    valid_from="2026-01-01",
    replaces="Taxa för avgifter inom vård och omsorg (AKFS 2023:11)",
    replaces_file="taxa-vard-och-omsorg-2024.pdf",
    scope="vård- och omsorgsnämndens ansvarsområde",
    status_2026_11_26="gällande",
    statements=[
        stm("Avgiftsbeslut fattas av avgiftshandläggare", "avgiftshandläggare", 2),
        stm("Vård- och omsorgsnämnden fastställer de omräknade beloppen",
            "vård- och omsorgsnämnden", 2),
        stm("nedsättning av avgift på grund av särskilda skäl", "vård- och omsorgsnämnden "
            "(enligt dess delegationsordning)", 2),
    ],
    notes="N2: 'Askersunds kommuns författningssamling', 'AKFS 2025:14', 'Utkom från trycket den "
          "2 december 2025'; 'beslutad av kommunfullmäktige den 24 november 2025, § 131.'; "
          "'Dnr KS 2025/301'. Amounts: hemtjänst 410 kr/timme; trygghetslarm 295 kr/mån, "
          "installation avgiftsfri; dagverksamhet 55 kr/tillfälle + lunch 75 kr; korttid 130 "
          "kr/dygn + måltider 165 kr/dygn; matdistribution 82 kr/portion; måltider särskilt "
          "boende 4 480 kr/mån. Absence: reduction from the first day if reported by 12.00 the "
          "day before (older: from the third day). 12 §: VON fastställer omräknade belopp each "
          "year by 15 December (older: KF decides changes). Transition: services before "
          "2026-01-01 under the old taxa. Cites the reglemente (KF 2025-06-16, § 74).",
)


def body():
    s = styles("Times-Roman", 10.5)
    b = s["body"]
    fee = grid_table([
        ["Insats", "Avgift"],
        ["Hemtjänst (omsorg och service)", "410 kr per utförd timme"],
        ["Trygghetslarm", "295 kr per månad; installation avgiftsfri"],
        ["Dagverksamhet", "55 kr per tillfälle; lunch 75 kr"],
        ["Korttidsvistelse", "130 kr per dygn; måltider 165 kr per dygn"],
        ["Matdistribution", "82 kr per portion"],
        ["Måltider i särskilt boende", "4 480 kr per kalendermånad"],
    ], [62, 82], s)
    return [
        n2_group("Inledande bestämmelser", s),
        n2_par(1, "Denna taxa gäller avgifter för hemtjänst, trygghetslarm, dagverksamhet, "
               "korttidsvistelse och måltider som beviljas enligt socialtjänstlagen (2025:400) "
               "inom vård- och omsorgsnämndens ansvarsområde. För insatser enligt lagen "
               "(1993:387) om stöd och service till vissa funktionshindrade tas avgift ut "
               "endast för måltider.", s),
        n2_par(2, "Avgiften för hemtjänst, trygghetslarm, dagverksamhet och korttidsvistelse "
               "bestäms utifrån den enskildes avgiftsutrymme, det vill säga skillnaden mellan "
               "inkomster och förbehållsbelopp. Den sammanlagda avgiften per månad får inte "
               "överstiga det högkostnadsskydd som följer av socialtjänstlagen. Avgifter för "
               "måltider och hyra omfattas inte av högkostnadsskyddet.", s),
        n2_par(3, "Förbehållsbeloppet består av minimibeloppet och boendekostnaden. "
               "Minimibeloppet höjs med 400 kr per månad för den som har fördyrade "
               "kostnader för kost på grund av medicinsk diagnos.", s),
        n2_group("Avgifter", s),
        n2_par(4, "För hemtjänst tas en avgift ut med 410 kr per utförd timme. Serviceinsatser "
               "som städning, tvätt och inköp ingår i hemtjänsten.", s),
        n2_par(5, "För trygghetslarm tas en avgift ut med 295 kr per månad. Installation av "
               "larmet är avgiftsfri.", s),
        n2_par(6, "För dagverksamhet tas en avgift ut med 55 kr per tillfälle. Lunch kostar "
               "75 kr.", s),
        n2_par(7, "För korttidsvistelse tas en avgift ut med 130 kr per dygn. Måltider under "
               "korttidsvistelse kostar 165 kr per dygn.", s),
        n2_par(8, "För matdistribution tas en avgift ut med 82 kr per portion. Måltider i "
               "särskilt boende kostar 4 480 kr per kalendermånad. Hyran i särskilt boende "
               "regleras i hyresavtalet och ingår inte i denna taxa.", s),
        Paragraph("Sammanställning av avgifterna i 4–8 §§:", b),
        fee,
        sp(4),
        n2_group("Övriga bestämmelser", s),
        n2_par(9, "Vid sjukhusvistelse eller annan frånvaro reduceras avgiften för hemtjänst och "
               "måltider från och med den första frånvarodagen, om frånvaron har anmälts senast "
               "kl. 12.00 dagen innan. Avgiften för trygghetslarm reduceras inte.", s),
        n2_par(10, "Den enskilde ska varje år lämna uppgift om sina inkomster. Lämnas inga "
               "uppgifter debiteras avgift upp till högkostnadsskyddet.", s),
        n2_par(11, "Avgiftsbeslut fattas av avgiftshandläggare. Beslut om nedsättning av avgift "
               "på grund av särskilda skäl fattas enligt vård- och omsorgsnämndens "
               "delegationsordning. Avgiftsbeslut kan överklagas hos förvaltningsrätten.", s),
        n2_par(12, "Avgifterna i 4–8 §§ räknas om den 1 januari varje år i förhållande till "
               "förändringen av prisbasbeloppet. Vård- och omsorgsnämnden fastställer de "
               "omräknade beloppen, i enlighet med reglementet för vård- och omsorgsnämnden "
               "(kommunfullmäktige 2025-06-16, § 74), och publicerar dem senast den 15 december "
               "året före.", s),
        n2_group("Ikraftträdande- och övergångsbestämmelser", s),
        numbered([
            "Denna taxa träder i kraft den 1 januari 2026.",
            "Genom taxan upphävs Taxa för avgifter inom vård och omsorg (AKFS 2023:11).",
            "För insatser som har utförts före den 1 januari 2026 tillämpas den upphävda "
            "taxan.",
        ], b),
    ] + n2_signature(s, [("Karin Ekström", "ordförande"),
                         ("Jonas Vidén", "kommunsekreterare")])


def build(out_path):
    n2_build(out_path, TITLE, "AKFS 2025:14", "den 2 december 2025",
             "beslutad av kommunfullmäktige den 24 november 2025, § 131.", "Dnr KS 2025/301",
             body, styles("Times-Roman", 10.5))
