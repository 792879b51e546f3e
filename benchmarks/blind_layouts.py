"""Council sitreps in eight layouts nobody tuned for, a fourth blind, first-sight measure.

    python benchmarks/blind_layouts.py [--series 4] [--reports 3] [--seed 0] [--layout NAME ...]
                                       [--write DIR] [--json] [-v]

A fourth set beside ``council_layouts.py``, ``unseen_layouts.py`` and ``fresh_layouts.py``, written from
what a new publisher would send and not from what the parser expects: a two-column PDF bulletin under a
coloured masthead band, with coloured headings, a photograph and its caption and an address footer; Word
whose headings are numbered by a real multilevel list (numbering.xml, the digits are not in the text)
with an Issue | Update | RAG table per section; an HTML-only e-mail laid out with nested tables,
``<font>`` and ``<br>``, bold lines as headings and a signature with an image; a Word return converted
to PDF by LibreOffice, with Symbol-font bullets, a running header with the title and a "Page N" footer;
a wiki page in Markdown with "Staffing: 🟢 On track" headings, task items and a table of figures; a
civil-protection SITREP in plain text ("SITREP 0600 06APR20", "1. SITUATION: …" with the text running
on, sub-paragraphs "a." and "(1)"); an Italian Word return whose headings are bold run-in labels; and
a web page of ``<dl>`` terms and ``<details>``/``<summary>`` blocks. The generator's structure is the
gold; the scorer and linking measure are ``council_layouts.py``'s.

Conventions of the gold where a reader could argue (../shared/tools/GOLD-FORMAT.md otherwise):

- Mastheads, titles, "Prepared by …", "Last updated …", page fields, message headers (FROM / TO /
  SUBJ, "SITREP 0600 06APR20", the classification line), greetings, covering lines, sign-offs,
  signatures, "NEXT SITREP: …", "ENDS", "cc …", photo captions, running headers, footers and page
  numbers are furniture, not items: no section with heading null is in the gold.
- A heading keeps the number a reader sees before it, also when Word's list numbering prints it
  ("3.1 Staffing"), and the SITREP's "1. SITUATION" / "a. PERSONNEL" (the colon is punctuation). A wiki
  heading keeps its status ("Staffing: 🟢 On track"); the scorer drops the emoji.
- A bold run-in label at the start of a paragraph ("Personale: …") or a numbered capitals label ending
  in a colon ("2. ACTIONS TAKEN: …") is a heading: it names what the following paragraphs are about.
  The text after it on the same line is the section's first item; each further paragraph, or
  sub-paragraph "a." / "(1)", is an item.
- In an Issue | Update | RAG table each row is one item: its Update sentence. The Issue cell is a short
  label of that one item (not a heading: it groups nothing) and RAG a status value.
- ``<dt>`` and ``<summary>`` are headings, each ``<dd>`` an item; collapsed ``<details>`` count: a
  reader opens them. Task items "- [x]" are items without the box; bold "Risk:" / "Mitigation:" labels
  stay in the item's text as printed. The Markdown table and the photo are figures, not items.

- Keys, read again under the convention of blind31 on (a section's key is the kind of content its heading's own
  words name): "Situation" names the situation, also in a service's own return, and is keyed situation; the first
  run below keyed it activity.

First run (defaults: 4 series × 3 reports per layout, seed 0; before any change to the parser):

    layout                 heading F1  item F1  right heading   key   mitigation  numbers  link F1
    pdf-bulletin-masthead       0.875    0.899          0.829  0.523      1.000    0.995    0.898
    word-outline-rag            0.450    1.000          0.000  0.812      0.923    1.000    1.000
    email-html-tables           0.711    0.891          0.465  0.593      0.275    1.000    0.887
    pdf-soffice-word            1.000    1.000          1.000  0.613      0.140    1.000    1.000
    markdown-wiki-status        0.926    0.942          0.942  1.000      1.000    1.000    0.938
    text-military-sitrep        0.000    0.960          0.000  0.000      0.434    1.000    0.939
    word-italian-runin          0.194    0.951          0.000  0.000      0.263    1.000    0.941
    html-dl-details             0.000    0.412          0.000  0.000      0.000    1.000    0.404
    TOTAL                       0.553    0.898          0.425  0.488      0.463    0.999    0.892

    96 documents, 64 report pairs linked.

Failure classes seen at first sight (``-v``): headings that are not lines of their own are not read
as headings, so their sections' items fall under the title or a header line (numbered capitals labels
with the text running on, "1. SITUATION: …"; bold run-in labels, "Personale: …"; the label stays in
the first item's text); in plain text the message header (classification, "SITREP 0600 06APR20", FROM /
TO / SUBJ) and trailer ("NEXT SITREP: …", "ENDS") are read as headings; in an HTML e-mail a bold line
between ``<br>`` is a heading only when it is a known section name ("Workforce", "Comms"), otherwise an
item ("Update on services", "Risks and concerns", "Met Office forecast"); ``<dl>``/``<dd>`` and
``<details>`` content is dropped or flattened into one "Term: dd dd" item and ``<summary>`` read as an
item; the Issue cell of an Issue | Update | RAG table read as a level-2 heading over its one item;
a masthead band (organisation, title) read as headings and its "Issue 1 · date" line, a photo caption
and the address footer as items; in two columns, a left column broken by a picture read after the
right column; document titles in ``# …`` and quoted page fields, "cc" lines and greetings kept;
plain-English headings left without a key ("Service news", "What we did", "On the ground") and
"Risk summary" taken for highlights, so its risks lose their mitigations. Judgement calls in the gold
that cost the parser: "Summary" over the flood's situation items (keyed situation, read as
highlights), "Overview" over a service's highlights (read as situation), and an itemless parent
heading ("3. Operations") read as response.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import blind_layouts_web as web  # noqa: E402
import blind_layouts_writers as w  # noqa: E402
from council_layouts import _wording, run  # noqa: E402
from unseen_layouts import Layout  # noqa: E402

LAYOUTS = (
    Layout("pdf-bulletin-masthead", "pdf", w.pdf_bulletin, _wording(
        [("Service news", "activity"), ("Pressures", "risks"), ("Our people", "workforce", "Resources"),
         ("Budget", "finance", "Resources"), ("Road to recovery", "recovery"),
         ("Getting the word out", "communications")],
        [("Latest picture", "situation"), ("Weather watch", "forecast"), ("On the ground", "impacts"),
         ("What we did", "response"), ("Pressures", "risks"), ("Road to recovery", "recovery"),
         ("Getting the word out", "communications")]),
        "{service} Bulletin"),
    Layout("word-outline-rag", "docx", w.word_outline, _wording(
        [("Summary", "highlights"), ("Risks", "risks"), ("Staffing", "workforce", "Resources"),
         ("Budget", "finance", "Resources"), ("Recovery", "recovery"), ("Communications", "communications")],
        [("Summary", "situation"), ("Forecast", "forecast"), ("Impacts", "impacts", "Operations"),
         ("Response", "response", "Operations"), ("Risks", "risks"), ("Recovery", "recovery"),
         ("Communications", "communications")]),
        "{org} {service} Position Statement {n}", restyle=w.restyle_outline),
    Layout("email-html-tables", "eml", web.email_html_tables, _wording(
        [("Update on services", "activity"), ("Risks and concerns", "risks"), ("Workforce", "workforce"),
         ("Financial", "finance"), ("Recovery", "recovery"), ("Comms", "communications")],
        [("Current situation", "situation"), ("Met Office forecast", "forecast"), ("Impacts", "impacts"),
         ("Response", "response"), ("Risks and concerns", "risks"), ("Recovery", "recovery"),
         ("Comms", "communications")]),
        "{service} – daily update {n}"),
    Layout("pdf-soffice-word", "pdf", w.pdf_soffice, _wording(
        [("Overview", "highlights"), ("Risk summary", "risks"), ("Staffing", "workforce"), ("Finance", "finance"),
         ("Recovery", "recovery"), ("Communications", "communications")],
        [("Overview", "situation"), ("Forecast", "forecast"), ("Impacts", "impacts", "Operations"),
         ("Response", "response", "Operations"), ("Risk summary", "risks"), ("Recovery", "recovery"),
         ("Communications", "communications")]),
        "{org} – {service} Situation Report No. {n}"),
    Layout("markdown-wiki-status", "md", web.markdown_wiki, _wording(
        [("Service delivery", "activity"), ("Risks", "risks"), ("Staffing", "workforce"), ("Budget", "finance"),
         ("Next steps", "next-steps"), ("Comms", "communications")],
        [("Situation", "situation"), ("Forecast", "forecast"), ("Impacts", "impacts"), ("Actions", "actions"),
         ("Risks", "risks"), ("Recovery", "recovery"), ("Comms", "communications")]),
        "{service} weekly sitrep #{n}", restyle=web.restyle_wiki),
    Layout("text-military-sitrep", "txt", web.text_military, _wording(
        [("Situation", "situation"), ("Issues and risks", "risks"), ("Personnel", "workforce", "Admin and logistics"),
         ("Finance", "finance", "Admin and logistics"), ("Future plans", "next-steps"), ("Media", "communications")],
        [("Situation", "situation"), ("Weather", "forecast"), ("Consequences", "impacts"),
         ("Actions taken", "actions"), ("Issues and risks", "risks"), ("Future plans", "next-steps"),
         ("Media", "communications")]),
        "{service} sitrep {n}", restyle=web.restyle_military),
    Layout("word-italian-runin", "docx", w.word_italian, _wording(
        [("Attività", "activity"), ("Rischi", "risks"), ("Personale", "workforce", "Risorse"),
         ("Finanze", "finance", "Risorse"), ("Ripresa", "recovery"), ("Comunicazione", "communications")],
        [("Situazione", "situation"), ("Previsioni meteo", "forecast"), ("Impatti", "impacts"),
         ("Interventi", "response"), ("Rischi", "risks"), ("Ripristino", "recovery"),
         ("Comunicazione", "communications")]),
        "Rapporto di situazione n. {n} – {service}"),
    Layout("html-dl-details", "html", web.html_dl_details, _wording(
        [("At a glance", "highlights"), ("Risks", "risks"), ("Staffing", "workforce", "Resources"),
         ("Money", "finance", "Resources"), ("Recovery", "recovery"), ("Communications", "communications")],
        [("At a glance", "situation"), ("Outlook", "forecast"), ("Impacts", "impacts"), ("Response", "response"),
         ("Risks", "risks"), ("Recovery", "recovery"), ("Communications", "communications")]),
        "{service} update {n} – {date}"),
)  # fmt: skip


SEED_OFFSET = 300  # other seeds than the other sets', so that the content is theirs neither


def main() -> None:
    """Print the figures per layout and in total."""
    # other seeds than the three other sets', so that the content is theirs neither
    run(LAYOUTS, __doc__, seed_offset=SEED_OFFSET, width=22)


if __name__ == "__main__":
    main()
