"""Text writer of the ``blind73_layouts`` set: a Biobío commune's forest fire report written in Zettlr and sent as the
Markdown file, in Spanish.

A commune of the Biobío province in Chile (its mayor and its communal emergency office, which report to the
regional directorate of the national disaster service, SENAPRED, and the presidential delegation, and work with the
forest service CONAF, the fire brigades, the power company CGE and the rural drinking water committees, the APR)
in forest fires: the report kept by the communal emergency director in Zettlr and sent as the ``.md`` file — the
YAML front matter Zettlr writes ("title:", "author:", "date:", "lang:", "keywords:"), the title after "# ", the
particulars as a table ("| Campo | Detalle |"), a rule, each section's number and name after "## " ("## 1. Resumen"),
the summary as paragraphs, the other points after "- ", "**Acciones realizadas:**" in bold; a rule, the director's
name in bold, the post and the commune, the mayor's visa after "V°B°", the distribution after "Distribución:" and the
note that the figures come from the ALFA report. "$4.080.000", "$1.500 millones", "1.250", "12%", "16 de febrero",
"(informe anterior: 5)".
"""

from __future__ import annotations

import zlib

from blind7_layouts_content import report_day
from blind73_layouts_banks_west import INCENDIO
from blind73_layouts_content import CL_MONTHS, parts
from council_layouts_gold import Doc

COMUNAS = (
    ("Santa Juana", "Claudia Riquelme Fuentes", "Héctor Salgado Muñoz"),
    ("Nacimiento", "Rodrigo Vergara Sáez", "Patricia Oñate Lagos"),
    ("Hualqui", "Marcela Jara Contreras", "Luis Alberto Sepúlveda Toro"),
    ("Florida", "Cristián Mora Parra", "Ximena Fuentealba Rivas"),
)


def md_zettlr_incendio_comuna_cl(doc: Doc) -> bytes:
    """The commune's forest fire report as the Markdown file kept in Zettlr."""
    when = report_day(doc)
    comuna, director, mayor = COMUNAS[INCENDIO.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    day = f"{when.day} de {CL_MONTHS[when.month - 1]} de {when.year}"
    title = f"Informe de situación N° {doc.number} – Incendios forestales – Comuna de {comuna}"
    out = ["---", f'title: "{title}"', f'author: "{director}"', f"date: {when:%Y-%m-%d}", "lang: es-CL",
           "keywords:", "  - emergencia", "  - incendios", f"  - {comuna.lower()}", "---", "", f"# {title}", "",
           "| Campo | Detalle |", "|---|---|", f"| Fecha | {day} |", f"| Hora de corte | {h % 4 + 17}:00 horas |",
           "| Dirigido a | Dirección Regional SENAPRED Biobío |",
           "| Copia | Delegación Presidencial Provincial de Biobío |", "", "---", ""]  # fmt: skip
    for s in doc.sections:
        out += [f"## {s.heading}", ""]
        for it in s.items:
            if s.key == "highlights":
                out += [it.text, ""]
                continue
            risk, lead, rest = parts(it, "cl")
            out.append(f"- {risk} **{lead}** {rest}" if lead else f"- {it.text}")
        if s.key != "highlights":
            out.append("")
    out += ["---", "", f"**{director}**  ", "Director(a) Comunal de Gestión del Riesgo de Desastres  ",
            f"Ilustre Municipalidad de {comuna}", "", f"V°B° {mayor}, Alcalde(sa)", "",
            "Distribución: SENAPRED Biobío; Delegación Presidencial Provincial; Concejo Municipal; archivo.", "",
            "*Las cifras de viviendas y personas damnificadas corresponden al Informe ALFA N° "
            f"{doc.number} ingresado en la plataforma de SENAPRED.*", ""]  # fmt: skip
    return "\n".join(out).encode("utf-8")
