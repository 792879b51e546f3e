"""Protective and handling markings: the classification or the circulation printed at the top or foot of a
page or message ("OFFICIAL", "OFFICIAL – SENSITIVE", "UNCLASSIFIED", "RESTRICTED", "Diffusion restreinte",
"Uso interno", "Nur für den Dienstgebrauch", "TLP:AMBER"), and the label of a release to the press ("PRESS
RELEASE", "For immediate release"). It says how to handle the document, not what it reports."""

from __future__ import annotations

import re

# the marking's words, in the languages sitroom reads
_WORDS = (
    r"not\s+protectively\s+marked|unclassified|official(?:[\s\W_]+sensitive)?|restricted|protect|confidential"
    r"|(?:top\s+)?secret|for\s+official\s+use\s+only|sensitive|(?:for\s+)?internal\s+use(?:\s+only)?"
    r"|(?:limited|restricted)\s+(?:distribution|circulation)|tlp\s*:\s*(?:clear|white|green|amber|red)"
    # French: "Diffusion restreinte", "Usage interne", "Confidentiel", "Non classifié"
    r"|diffusion\s+(?:restreinte|limit[ée]e)|usage\s+(?:interne|restreint)|confidentiel|non\s+classifi[ée]e?"
    # Spanish, Portuguese, Italian: "Uso interno", "Difusión restringida", "Reservado", "Riservato"
    r"|(?:ad\s+)?uso\s+(?:interno|oficial|restringido|restrito|exclusivo\s+interno)|(?:difusi[óo]n|distribuci[óo]n)"
    r"\s+(?:restringida|limitada)|difus[ãa]o\s+restrita|diffusione\s+limitata|reservado|riservato|confidencial"
    r"|sin\s+clasificar|non\s+classificato"
    # German and Dutch: "Nur für den Dienstgebrauch", "VS-NfD", "Vertraulich", "Intern gebruik"
    r"|(?:vs[\s\W_]*)?nur\s+f[üu]r\s+den\s+(?:dienst|internen\s+)gebrauch|vs[\s-]*nfd|(?:vs[\s-]*)?vertraulich"
    r"|(?:departementaal\s+)?vertrouwelijk|intern\s+gebruik|beperkte\s+verspreiding"
    # Afrikaans, Estonian, Lithuanian, Latvian, Slovak, Polish, Icelandic, Maltese, Albanian and Malay: "Vir
    # amptelike gebruik", "Asutusesiseseks kasutamiseks", "Tarnybiniam naudojimui", "Dienesta vajadzībām"
    r"|(?:slegs\s+)?vir\s+amptelike\s+gebruik|asutusesiseseks\s+kasutamiseks|tarnybiniam\s+naudojimui"
    r"|dienesta\s+vajadz[īi]b[āa]m|len\s+pre\s+slu[žz]obn[úu]\s+potrebu|do\s+u[żz]ytku\s+s[łl]u[żz]bowego"
    r"|tr[úu]na[ðd]arm[áa]l|g[ħh]all[- ]u[żz]u\s+uffi[ċc]jali|p[ëe]r\s+p[ëe]rdorim\s+zyrtar|terhad|sulit"
    # Scottish Gaelic and Welsh: "Dìomhair" (confidential), "Cyfrinachol", "Swyddogol – Sensitif"
    r"|d[ìi]omhair|cyfrinachol|swyddogol(?:[\s\W_]+sensitif)?"
    # ... and the label of a release to the press, printed over it as its handling: "PRESS RELEASE", "For immediate
    # release", "Communiqué de presse", "Nota de prensa", "Pressemitteilung", "పత్రికా ప్రకటన", "प्रेस विज्ञप्ति"
    r"|for\s+immediate\s+release|(?:press|media|news)\s+release|communiqu[ée]\s+de\s+presse|nota\s+de\s+prensa"
    r"|comunicado\s+de\s+prensa|pressemitteilung|persbericht|pressmeddelande|pressemelding|pressemeddelelse"
    r"|పత్రికా\s+ప్రకటన|प्रेस\s+विज्ञप्ति"
)
MARKING = re.compile(rf"^[\W_]*(?:(?:{_WORDS})(?:[\s\W_]+[a-z]+){{0,2}})[\W_]*$", re.I)
# the marking, then whom the document is for: "Diffusion restreinte – membres de la cellule de crise",
# "OFFICIAL: for the named recipients only", "Uso interno (Comité de Emergencia)"
_FOR_WHOM = re.compile(rf"^[\W_]*(?:{_WORDS})\s*(?:[–—:|/(·]|\s-\s)\s*(?P<whom>[^.;!?]+?)[\s.)]*$", re.I)
# whom a marking names is a phrase, not a sentence
WHOM_WORDS = 12


# ... or the invocation a letter opens with, over everything else, in Arabic, Persian, Urdu, Malay and Dhivehi
# letters: "بسم الله الرحمن الرحيم", "﷽"
_INVOCATION = re.compile(r"^[\W_]*(?:بسم\s+الله\s+الرحمن\s+الرحيم|بسم\s+اللہ\s+الرحمٰن\s+الرحیم|\ufdfd)[\W_]*$")


def is_marking(text: str) -> bool:
    """A protective marking line ("OFFICIAL", "OFFICIAL – SENSITIVE", "UNCLASSIFIED"), or the invocation heading a
    letter ("بسم الله الرحمن الرحيم")."""
    return len(text) <= 60 and (MARKING.match(text.strip()) is not None or _INVOCATION.match(text.strip()) is not None)


# ... or its handling caveat as a sentence after it: "OFFICIAL. For government departments and infrastructure
# operators; not for onward release.", "RESTRICTED. Do not forward."
_CAVEAT = re.compile(rf"^[\W_]*(?:{_WORDS})\.\s+(?:for|not\s+for|only|handle|do\s+not|to\s+be)\b[^!?]{{0,160}}$", re.I)


# ... or said of the document in a sentence: "Documento de uso interno del CECOPAL. No difundir sin autorización.",
# "This report is for internal use only; do not forward."
_SAID_OF_DOCUMENT = re.compile(
    rf"^[\W_]*(?:(?:this|the|este|esta|el|ce|cette|le|dieses|dieser|dit|deze|questo)\s+)?"
    rf"(?:documento?|informe|report|rapport|rapportage|dokument|bericht|verslag|sitrep|update|message)"
    # "is", or is put under the marking: "Deze rapportage valt onder TLP:AMBER", "This update is marked OFFICIAL"
    rf"\s+(?:(?:is|es|est|ist|é|valt\s+onder|falls\s+under|is\s+(?:marked|classified)(?:\s+as)?)\s+)?"
    rf"(?:(?:de|for|para|à|pour|zum|voor)\s+)?(?:{_WORDS})"
    # whose marking ("… del CECOPAL", "… of the council"), then the sentence's end or its caveat
    rf"(?:\s+(?:del|de\s+la|de|of\s+the|of|des|du|der)\s+[^.;:,]{{1,60}})?\s*(?:[.;:,(–—-][^!?]{{0,160}})?$",
    re.I,
)


def is_marking_line(text: str) -> bool:
    """A marking line, also with whom the document is for after it ("Diffusion restreinte – membres de la
    cellule de crise et bourgmestres", "OFFICIAL: for the named recipients only") or its handling caveat, or the
    marking said of the document in a sentence ("Documento de uso interno del CECOPAL. No difundir …")."""
    if is_marking(text) or _CAVEAT.match(text.strip()) or _SAID_OF_DOCUMENT.match(text.strip()):
        return True
    m = _FOR_WHOM.match(text.strip())
    return m is not None and len(m.group("whom").split()) <= WHOM_WORDS
