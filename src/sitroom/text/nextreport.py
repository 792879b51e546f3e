"""The line giving the next report's or meeting's time: "NEXT SITREP: 1800 06APR20", "Next meeting of the CMT:
6 April 2020 at 16:00", "Prochain point de situation : …", "Nächster Lagebericht: …". It closes a report: no
section and no item, in every reader."""

from __future__ import annotations

import re

from sitroom.text.signoffs import SIGNATURE

# "Next meeting of the CMT: 6 April 2020 at 16:00", "Prochaine réunion : …", "Próximo informe: …".
NEXT_REPORT = re.compile(
    # one word may name which ("Next METHANE update", "Next CMT meeting")
    r"^[\W_]*(?:(?:the\s+)?next\s+(?:[\w-]+\s+)?(?:sitrep|situation\s+report|report|update|return|bulletin|briefing|brief"
    r"|message|note|log|meeting|call|teleconference)\b(?:\s+(?:is\s+)?(?:due|at|by|on|will\s+be))?"
    r"|(?:prochain(?:e)?\s+(?:rapport|point\s+de\s+situation|bulletin|r[ée]union|mise\s+[àa]\s+jour)"
    r"|(?:(?:el|la|o|a)\s+)?pr[óo]xim[oa]\s+(?:informe|reporte|parte|bolet[íi]n|reuni[óo]n|actualizaci[óo]n|atualiza[çc][ãa]o"
    r"|ponto\s+de\s+situa[çc][ãa]o|punto\s+de\s+situaci[óo]n|relat[óo]rio|comunicado))\b"
    # German and Dutch, as a field: "Nächster Lagebericht: …", "Volgend ROT-overleg: …" (a sentence, "Nächste
    # Stabssitzung am 10. Januar.", may be a point of the next steps)
    r"|(?:n[äa]chste[rs]?\s+(?:[\w-]+\s+)?(?:\w*bericht|\w*besprechung|\w*sitzung|meldung|update)"
    r"|volgende?\s+(?:[\w]+[-\s])?(?:overleg|vergadering|\w*rapport|sitrap|update|bijeenkomst|bericht))\s*:"
    # Norwegian, Swedish, Danish, Italian and Polish: "Neste situasjonsrapport vert send ut …", "Nästa lägesbild",
    # "Prossimo bollettino: …", "Następny raport: …"
    r"|(?:neste|n[äa]sta|n[æe]ste)\s+(?:[\w-]+\s+)?(?:\w*rapport(?:en)?|l[äa]gesbild(?:en)?|oppdatering|uppdatering"
    r"|opdatering|\w*m[øo]te|\w*m[øo]de)\b|prossim[oa]\s+(?:bollettino|rapporto|aggiornamento|riunione)\b"
    r"|nast[ęe]pn[ya]\s+(?:raport|aktualizacja|spotkanie|narada)\b"
    # Ukrainian and Russian, Croatian, Romanian, Hungarian and Greek: "Наступне оперативне зведення — …",
    # "Sljedeće izvješće …", "Următoarea informare …", "A következő jelentés …", "Η επόμενη ενημέρωση …"
    r"|(?:наступн[еийа]|следующ(?:ее|ий|ая))\s+(?:[\w-]+\s+)?(?:зведення|інформаці[яю]|повідомлення|звіт|брифінг"
    r"|сводка|информация|сообщение|отч[её]т|брифинг)"
    r"|sljede[ćc][ae]\s+(?:[\w-]+\s+)?(?:izvje[šs][ćc]e|izvje[šs]taj|sjednica)"
    r"|urm[ăa]to(?:area|rul)\s+(?:[\w-]+\s+)?(?:informare|raport|[îi]ntrunire|actualizare)"
    r"|(?:a\s+)?k[öo]vetkez[őo]\s+(?:[\w-]+\s+)?(?:jelent[ée]s|t[áa]j[ée]koztat[óo]|helyzetjelent[ée]s)"
    r"|(?:η\s+)?επ[όο]μενη\s+(?:[\w-]+\s+)?(?:ενημ[έε]ρωση|αναφορ[άα])"
    # Estonian, Finnish, Turkish, Indonesian, Slovenian, Swahili, Filipino and Vietnamese
    r"|j[äa]rgmine\s+(?:[\w-]+\s+)?(?:[üu]levaade|olukorrapilt|aruanne|koosolek)|seuraava\s+(?:tilannekatsaus|raportti)"
    r"|(?:bir\s+)?sonraki\s+(?:durum\s+)?rapor|laporan\s+(?:selanjutnya|berikutnya)|naslednj[ea]\s+poro[čc]ilo"
    r"|ripoti\s+(?:ijayo|inayofuata)|susunod\s+na\s+(?:ulat|update)|b[áa]o\s+c[áa]o\s+ti[ếe]p\s+theo)",
    re.I,
)
# words of such a line, at most
MAX_NEXT_REPORT_WORDS = 14


def is_next_report(text: str) -> bool:
    """A line giving the next report's or meeting's time ("NEXT SITREP: 1800", "Nächster Lagebericht: …")."""
    t = text.strip()
    return len(t.split()) <= MAX_NEXT_REPORT_WORDS and NEXT_REPORT.match(t) is not None


# who signed the report and when the next one comes, on one line: "Revisado por la Jefatura – próximo informe: 14/10"
_PARTS = re.compile(r"\s+[–—|·]\s+")


def is_signed_with_next_report(text: str) -> bool:
    """A closing line naming who prepared or reviewed the report, then the next report's time."""
    parts = _PARTS.split(text.strip(" *_"))
    return len(parts) == 2 and SIGNATURE.match(parts[0]) is not None and is_next_report(parts[1])
