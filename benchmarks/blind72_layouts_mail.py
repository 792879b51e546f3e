"""Mail writer of the ``blind72_layouts`` set: an Azorean municipality's storm report sent from the Open-Xchange App
Suite webmail of the town hall, its HTML and the plain text the webmail makes of it.

A municipality of the Azores (its câmara municipal and its municipal civil protection service, which work with the
regional civil protection and fire service, the SRPCBA, the weather institute IPMA, the electricity company EDA and
the parish councils) in an Atlantic storm: the "ponto de situação" written by the municipal civil protection
coordinator in the Open-Xchange App Suite webmail that the town hall's mail runs on (``X-Mailer`` "Open-Xchange
Mailer", ``multipart/alternative``, the HTML in ``<p>`` paragraphs in Verdana 10 pt with the section names bold in
the coordinator's blue, the plain text with its points after "- ") — "Exmos. Senhores," and the covering sentence
with the report's number, day and hour, each section's name on a line of its own, the summary as paragraphs, the
other points a list, "Medidas adotadas:" in bold; "Com os melhores cumprimentos,", the signature block with the
coordinator, service, câmara, address and phones, the plea to think before printing, and the notice of
confidentiality. "1 392,30 €", "1,46 milhões de euros", "1 250", "12%", "16 de novembro", "(ponto anterior: 5)".
"""

from __future__ import annotations

import zlib
from email.message import EmailMessage
from html import escape

from blind7_layouts_content import report_day
from blind72_layouts_banks_west import TEMPORAL
from blind72_layouts_content import PT_MONTHS, parts
from council_layouts_gold import Doc

CAMARAS = (
    ("Praia da Vitória", "cmpv.pt", "Terceira", "Rui Manuel Bettencourt", "Praça Francisco Ornelas da Câmara – "
     "9760-851 Praia da Vitória", "295 540 200"),
    ("Angra do Heroísmo", "cm-ah.pt", "Terceira", "Paula Cristina Toste", "Praça Velha – 9701-857 Angra do Heroísmo",
     "295 401 700"),
    ("Lajes das Flores", "cmlajesdasflores.pt", "Flores", "João Carlos Freitas", "Avenida do Emigrante – "
     "9960-431 Lajes das Flores", "292 590 800"),
    ("Santa Cruz da Graciosa", "cm-scgraciosa.pt", "Graciosa", "Marta Sofia Cunha", "Praça Fontes Pereira de Melo – "
     "9880-352 Santa Cruz da Graciosa", "295 712 959"),
)  # fmt: skip
PRINT = "Antes de imprimir este e-mail pense bem se é mesmo necessário. Poupe eletricidade, toner e papel."
NOTICE = ("AVISO DE CONFIDENCIALIDADE: Esta mensagem, assim como os ficheiros eventualmente anexos, é confidencial e "
          "destinada exclusivamente ao(s) destinatário(s) indicado(s). Se a recebeu por engano, por favor informe o "
          "remetente e elimine-a de imediato.")  # fmt: skip
P = '<p style="font-family: Verdana, sans-serif; font-size: 10pt; margin: 0;">{}</p>'


def eml_openxchange_temporal_municipio_azores(doc: Doc) -> bytes:
    """The civil protection service's storm report as the Open-Xchange webmail sends it, HTML with its plain text."""
    when = report_day(doc)
    town, host, island, head, address, phone = CAMARAS[TEMPORAL.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    day = f"{when.day} de {PT_MONTHS[when.month - 1]}"
    greeting = "Exmos. Senhores,"
    opening = (f"Segue o ponto de situação n.º {doc.number} do Serviço Municipal de Proteção Civil de {town} sobre o "
               f"mau tempo, reportado a {day}, às 18h00.")  # fmt: skip
    sign = ["Com os melhores cumprimentos,", "", head, "Coordenador Municipal de Proteção Civil",
            "Serviço Municipal de Proteção Civil", f"Câmara Municipal de {town}", address,
            f"Tel.: {phone} | Piquete: 91{h % 10} {h % 900 + 100} {h % 800 + 100}",
            f"protecaocivil@{host}"]  # fmt: skip
    plain = [greeting, "", opening, ""]
    html = [P.format(escape(greeting)), P.format("&nbsp;"), P.format(escape(opening)), P.format("&nbsp;")]
    for s in doc.sections:
        plain.append(s.heading)
        html.append(P.format(f'<strong><span style="color: #1f4e79;">{escape(s.heading)}</span></strong>'))
        if s.key == "highlights":
            for it in s.items:
                plain.append(it.text)
                html.append(P.format(escape(it.text)))
        else:
            entries = []
            for it in s.items:
                risk, lead, rest = parts(it, "pt")
                plain.append(f"- {it.text}")
                text = f"{escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}" if lead else escape(it.text)
                entries.append(f"<li>{text}</li>")
            html.append(f'<ul style="font-family: Verdana, sans-serif; font-size: 10pt;">{"".join(entries)}</ul>')
        plain.append("")
        html.append(P.format("&nbsp;"))
    plain += [*sign, "", PRINT, "", NOTICE]
    html += [P.format(escape(line) if line else "&nbsp;") for line in sign]
    html.append('<p style="font-family: Verdana; font-size: 8pt; color: #2e7d32;">' + escape(PRINT) + "</p>")
    html.append('<p style="font-family: Verdana; font-size: 7pt; color: #808080;">' + escape(NOTICE) + "</p>")
    msg = EmailMessage()
    msg["From"] = f"{head} <protecaocivil@{host}>"
    msg["To"] = "SRPCBA - CROS <cros@prociv.azores.gov.pt>"
    msg["Cc"] = f"Presidente da Câmara <presidente@{host}>, Gabinete de Comunicação <comunicacao@{host}>"
    msg["Subject"] = f"Mau tempo – Ponto de situação n.º {doc.number} – {town} ({island}) – {when:%d/%m/%Y} 18h00"
    msg["Date"] = f"{when:%a, %d %b %Y} 18:{h % 45 + 10:02d}:{h % 60:02d} -0100"
    msg["Message-ID"] = f"<{h % 999983}.{doc.number}.{h:08x}@ox.{host}>"
    msg["X-Mailer"] = "Open-Xchange Mailer v7.10.6-Rev57"
    msg["X-Originating-Client"] = "open-xchange-appsuite"
    msg.set_content("\r\n".join(plain) + "\r\n", cte="quoted-printable")
    msg.add_alternative('<!doctype html><html><head><meta charset="UTF-8"></head><body><div class="default-style">'
                        + "\r\n".join(html) + "</div></body></html>", subtype="html",
                        cte="quoted-printable")  # fmt: skip
    return bytes(msg)
