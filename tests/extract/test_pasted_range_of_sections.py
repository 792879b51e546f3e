"""A spreadsheet's range pasted into a mail: the range's title and the line under it, each one cell across the
table; a header naming its columns ("Topic | Information | Time", "Tema | Informashon | Ora"); under it each row a
section's name, merged down the rows of its points (so only its first row holds it), beside a point and the hour it
was logged. The mail program sends it as an HTML table and as plain text with tabs between the cells. Either way the
names head their points; the header, the hours and the title rows are no sections and no points."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from sitroom.read import parse_bytes

LANG = {
    "english": {
        "title": "SITUATION REPORT NO. 2 – BUSH FIRE",
        "under": "Westpoint fire station – 15-04-2026 – situation at 18:00",
        "header": ["Topic", "Information", "Time"],
        "sections": [("Summary", ["The bush fire near the landfill is still burning.", "Area burnt (ha): 517."]),
                     ("Impact", ["Smoke is affecting the districts around the burnt area."]),
                     ("Risks", ["The fire may spread to the houses on the ridge.", "Water for the tankers is short."])],
    },
    "papiamentu": {
        "title": "INFORME DI SITUASHON NR. 2 – KANDELA DEN MONDI",
        "under": "Kazerne Westpunt – 15-04-2026 – situashon te ku 18:00 or",
        "header": ["Tema", "Informashon", "Ora"],
        "sections": [("Resúmen", ["E kandela den mondi ta sigui kima.", "Superfisie kimá (hektaria): 517."]),
                     ("Impakto", ["Huma di e kandela ta afektá e barionan."]),
                     ("Riesgo", ["E kandela por plama bai den bario.", "Falta di awa pa e outobombanan."])],
    },
}  # fmt: skip
GREETING, COVER, CLOSE = "Good afternoon EOC,", "Please find below our report.", "Kind regards,"


def _rows(lang: dict) -> list[tuple[str, str, str]]:
    rows, hour = [], 9
    for name, points in lang["sections"]:
        for n, point in enumerate(points):
            rows.append((name if n == 0 else "", point, f"{hour:02d}:30"))
            hour += 1
    return rows


def _html(lang: dict) -> str:
    cell = "border:solid windowtext 1.0pt;padding:0cm 3.5pt 0cm 3.5pt"
    out = [f"<p class=MsoNormal>{GREETING}</p><p class=MsoNormal>{COVER}</p><table class=MsoNormalTable border=0>"]
    out.append(f"<tr><td colspan=3><p class=MsoNormal><b><span style='font-size:14.0pt'>{lang['title']}</span></b></p>"
               f"</td></tr><tr><td colspan=3><p class=MsoNormal><i>{lang['under']}</i></p></td></tr><tr>")  # fmt: skip
    out += [f"<td style='{cell};background:#1F4E78'><p class=MsoNormal><b>{h}</b></p></td>" for h in lang["header"]]
    out.append("</tr>")
    for name, points in lang["sections"]:
        for n, point in enumerate(points):
            out.append("<tr>")
            if n == 0:
                out.append(f"<td rowspan={len(points)} style='{cell}'><p class=MsoNormal><b>{name}</b></p></td>")
            hour = next(r[2] for r in _rows(lang) if r[1] == point)
            out.append(f"<td style='{cell}'><p class=MsoNormal>{point}</p></td>")
            out.append(f"<td style='{cell}'><p class=MsoNormal align=center>{hour}</p></td></tr>")
    out.append(f"</table><p class=MsoNormal>{CLOSE}</p><p class=MsoNormal>Gisela</p>")
    return "<html><body>" + "".join(out) + "</body></html>"


def _plain(lang: dict) -> str:
    lines = [GREETING, "", COVER, "", lang["title"], lang["under"], "\t".join(lang["header"])]
    lines += ["\t".join(row) for row in _rows(lang)]
    return "\n".join([*lines, "", CLOSE, "Gisela", ""])


def _mail(lang: dict, parts: str) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"] = "station@example.org", "eoc@example.org"
    msg["Subject"], msg["Date"] = "Sitrep 2", "Wed, 15 Apr 2026 18:10:00 -0400"
    if parts == "html":
        msg.set_content(_html(lang), subtype="html")
    else:
        msg.set_content(_plain(lang))
        if parts == "both":
            msg.add_alternative(_html(lang), subtype="html")
    return bytes(msg)


@pytest.mark.parametrize("parts", ["html", "plain", "both"])
@pytest.mark.parametrize("name", sorted(LANG))
def test_each_name_heads_its_points_and_the_hours_are_no_points(name: str, parts: str) -> None:
    lang = LANG[name]
    report = parse_bytes(_mail(lang, parts), "sitrep.eml")[0]
    got = [(s.heading, [i.text for i in s.items]) for s in report.sections if s.heading or s.items]
    assert got == lang["sections"]


def test_a_forwarded_messages_tabbed_header_is_no_table_of_sections() -> None:
    """A mail program that forwards a message sets its header as fields, a tab after each label ("From:<TAB>…"):
    the forwarded report under it keeps its own sections."""
    lines = ["FYI, the latest sitrep is below.", "", "Regards", "Mary", "",
             "----- Forwarded by Mary Byrne/EHS/HSE on 06/10/2025 10:03 -----", "",
             "From:\tDeclan Power/EHS/HSE", "To:\tEHS Listeria IMT", "Date:\t06/10/2025 09:41",
             "Subject:\tListeria sitrep 1 - 06/10/2025", "", "", "Listeria outbreak - sitrep 1", "",
             "Summary", "      * 5 cases have been confirmed.", "", "Next steps",
             "      * The team meets again on Wednesday.", ""]  # fmt: skip
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "mary@example.ie", "all@example.ie", "Fw: Listeria sitrep 1"
    msg["Date"] = "Mon, 06 Oct 2025 10:03:00 +0100"
    msg.set_content("\n".join(lines))
    report = parse_bytes(bytes(msg), "fw.eml")[0]
    got = [(s.heading, [i.text for i in s.items]) for s in report.sections if s.heading or s.items]
    assert got == [
        ("Summary", ["5 cases have been confirmed."]),
        ("Next steps", ["The team meets again on Wednesday."]),
    ]
