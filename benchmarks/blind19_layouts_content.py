"""Changes to the generated content that the ``blind19_layouts`` publishers make before they print it.

The phrase banks (``blind19_layouts_banks_*``) run through the generator's churn model
(``blind5_layouts_content.Partner``); what the model adds in British English — figures "1,250", "12%", "£3,400",
"£1.25m", dates "16 January", "(up from 5% in the last report)", "Mitigation:" and the note that a risk will be
dropped — each publisher writes in its own conventions (:func:`localise`): a Turkish provincial disaster directorate
"1.250", "%12" (the sign before the figure), "3.400 TL", "1,25 milyon TL", "16 Şubat", "(önceki rapor: 5)" and
"Alınan tedbir:"; an Indonesian regency disaster agency "1.250", "12%", "Rp3.400.000", "Rp1,25 miliar", "16
Januari", "(laporan sebelumnya: 5)" and "Upaya penanganan:"; a Slovenian municipal civil protection staff "1.250",
"12 %", "3.400 EUR", "1,25 mio. EUR", the date in figures "16. 8." and "(prejšnje poročilo: 5)" and "Ukrepi:"; an
Estonian rescue board's region "1 250" with a plain space, "12%", "3 400 eurot", "1,25 miljonit eurot", "16.
jaanuar", "(eelmises ülevaates 5)" and "Meetmed:"; a Vietnamese provincial steering committee "1.250", "12%",
"3.400 triệu đồng", "1,25 tỷ đồng", "16/9", "(báo cáo trước: 5)" and "Biện pháp:"; a Philippine city disaster office
"1,250", "12%", "₱3,400", "₱1.25 milyon", "Setyembre 16", "(mula 5 sa nakaraang ulat)" and "Tugon:"; a Tanzanian
regional disaster unit "1,250", "12%", "TSh 3,400,000", "TSh bilioni 1.25", "16 Aprili", "(taarifa iliyopita: 5)"
and "Hatua:"; an Australian hospital "$3,400", "$1.25 million", "16 January", "(up from 5 yesterday)" and
"Controls:". The printed text changes and so does the gold; the threads do not.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from blind7_layouts_content import MONTHS
from council_layouts_gold import Doc
from localised_figures import localise_doc

AYLAR = ("Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım",
         "Aralık")  # fmt: skip
BULAN = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
         "November", "Desember")  # fmt: skip
KUUD = ("jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli", "august", "september", "oktoober",
        "november", "detsember")  # fmt: skip
BUWAN = ("Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto", "Setyembre", "Oktubre",
         "Nobyembre", "Disyembre")  # fmt: skip
MIEZI = ("Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti", "Septemba", "Oktoba", "Novemba",
         "Desemba")  # fmt: skip
MESECI = ("januar", "februar", "marec", "april", "maj", "junij", "julij", "avgust", "september", "oktober",
          "november", "december")  # fmt: skip
GUNLER = ("Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar")
HARI = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")

LEADS = {
    "tr": "Alınan tedbir:",
    "id": "Upaya penanganan:",
    "sl": "Ukrepi:",
    "et": "Meetmed:",
    "vi": "Biện pháp:",
    "fil": "Tugon:",
    "sw": "Hatua:",
    "au": "Controls:",
}
_PCT_AFTER = re.compile(r"(\d+(?:,\d+)?)%")


def _num(m: str) -> int:
    return MONTHS.index(m) + 1


def _loc(lang: str, closing: str, was: Callable, cur: Callable, big: Callable, date_fmt: Callable,
         thousands: str = ",", pct: str = r"\1%") -> dict:  # fmt: skip
    return {
        "lead": f". {LEADS[lang]} ",
        "closing": closing,
        "was": was,
        "millions": lambda m: big(m.group(1), m.group(2)),
        "pounds": lambda m: cur(m.group(1)),
        "thousands": thousands,
        "percent": pct,
        "date": date_fmt,
    }


LOCALE = {
    "tr": _loc("tr", "Bu risk azaldı, bir sonraki raporda yer almayacak",
               lambda up, old: f" (önceki rapor: {old})", lambda a: f"{a} TL", lambda a, b: f"{a},{b} milyon TL",
               lambda d, m: f"{d} {AYLAR[_num(m) - 1]}", thousands="."),
    "id": _loc("id", "Risiko ini telah menurun dan tidak akan dimuat lagi pada laporan berikutnya",
               lambda up, old: f" (laporan sebelumnya: {old})", lambda a: f"Rp{a},000",
               lambda a, b: f"Rp{a},{b} miliar", lambda d, m: f"{d} {BULAN[_num(m) - 1]}", thousands="."),
    "sl": _loc("sl", "Tveganje se je zmanjšalo in v naslednjem poročilu ne bo več navedeno",
               lambda up, old: f" (prejšnje poročilo: {old})", lambda a: f"{a} EUR",
               lambda a, b: f"{a},{b} mio. EUR", lambda d, m: f"{d}. {_num(m)}.", thousands=".", pct=r"\1 %"),
    "et": _loc("et", "Risk on vähenenud ja järgmises ülevaates seda enam ei kajastata",
               lambda up, old: f" (eelmises ülevaates {old})", lambda a: f"{a} eurot",
               lambda a, b: f"{a},{b} miljonit eurot", lambda d, m: f"{d}. {KUUD[_num(m) - 1]}", thousands=" "),
    "vi": _loc("vi", "Rủi ro này đã giảm và sẽ không được nêu trong báo cáo tiếp theo",
               lambda up, old: f" (báo cáo trước: {old})", lambda a: f"{a} triệu đồng",
               lambda a, b: f"{a},{b} tỷ đồng", lambda d, m: f"{d}/{_num(m)}", thousands="."),
    "fil": _loc("fil", "Bumaba na ang panganib na ito at aalisin na sa susunod na ulat",
                lambda up, old: f" (mula {old} sa nakaraang ulat)", lambda a: f"₱{a}",
                lambda a, b: f"₱{a}.{b} milyon", lambda d, m: f"{BUWAN[_num(m) - 1]} {d}"),
    "sw": _loc("sw", "Hatari hii imepungua na haitaonekana katika taarifa ijayo",
               lambda up, old: f" (taarifa iliyopita: {old})", lambda a: f"TSh {a},000",
               lambda a, b: f"TSh bilioni {a}.{b}", lambda d, m: f"{d} {MIEZI[_num(m) - 1]}"),
    "au": _loc("au", "This risk has reduced and will be removed from tomorrow's log",
               lambda up, old: f" ({'up' if up else 'down'} from {old} yesterday)", lambda a: f"${a}",
               lambda a, b: f"${a}.{b} million", lambda d, m: f"{d} {m}"),
}  # fmt: skip


def localise(doc: Doc, lang: str) -> None:
    """Every item of ``doc`` (its text, risk and mitigation alike) in the conventions of ``lang``; the Turkish
    percent sign before its figure ("%12")."""
    localise_doc(doc, LOCALE[lang])
    if lang != "tr":
        return
    for s in doc.sections:
        for it in s.items:
            it.text, it.body = _PCT_AFTER.sub(r"%\1", it.text), _PCT_AFTER.sub(r"%\1", it.body)
            it.mitigation = _PCT_AFTER.sub(r"%\1", it.mitigation) if it.mitigation else None
