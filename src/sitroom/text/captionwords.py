"""The words that open a table's or a figure's caption in the languages sitroom reads ("Table 1.", "Táboa 1.",
"Tabel 1", "Πίνακας 1", "Таблиця 1", "Preglednica 1"), for every reader's caption pattern."""

from __future__ import annotations

import re

# besides English, French, Spanish, Portuguese and German, which each reader's pattern names itself
OTHER_CAPTION_WORDS = (
    r"t[áa]boa|taula|tabel|tabella|tabell|taulukko|tablica|t[áa]bl[áa]zat|tabelul|π[ίι]νακας|таблиця|таблица"
    r"|figura|slika|[áa]bra|figur|kuva|grafikon|рисунок|графік|εικ[όο]να|γρ[άα]φημα"
    # Slovenian, Czech and Slovak, Baltic, Icelandic, Turkish, Malay and Indonesian, Estonian, Vietnamese, Swahili
    r"|preglednica|tabu[lľ]ka|obr[áa]z[eo]k|lentel[ėe]|paveiksl[ai]s|tabula|att[ēe]ls|tafla|mynd|tablo|[şs]ekil"
    r"|jadual|rajah|gambar|joonis|b[ảa]ng|h[ìi]nh|jedwali|kielelezo"
    # a map's caption: "Kaart 1:", "Karte 2", "Carte 1", "Mapa 1", "Mappa 1", "Kort 1", "Harta 1", "Peta 1"
    r"|kaart|karte|carte|mapa|mappa|kort|karta|harta|t[ée]rk[ée]p|[žz]em[ėe]lapis|peta"
    # Amharic: "ሠንጠረዥ 1፦" (table), "ሥዕል 2፦" (figure), "ካርታ 1፦" (map)
    r"|[ሠሰ]ንጠረዥ|[ሥስ]ዕል|ካርታ"
)

# A numbered caption as any reader finds it: "Table 1. Cases by age group", "Figure 2: River levels", "Tabla 3 –".
NUMBERED_CAPTION = re.compile(
    r"^(?:figure|fig\.?|table|map|chart|graph|graphic|photo|image|annex\s+figure|tableau|graphique|tabla|cuadro"
    rf"|gr[áa]fico|abbildung|tabelle|quadro|{OTHER_CAPTION_WORDS})"
    r"\s*\d+[a-z]?\s*[:.\-–—፦፡]",
    re.I,
)
