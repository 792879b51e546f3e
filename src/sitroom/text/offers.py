"""The writer's offer to answer questions, closing a message or a report: "Please let me know if you have any
questions.", "Do not hesitate to contact me.", "Feel free to reach out with any concerns.", "N'hésitez pas à nous
contacter.", "Quedo a su disposición para cualquier consulta.", "Bei Fragen stehe ich gerne zur Verfügung.", or to
make more of it ("Would you like me to turn this into a short post?", "If you'd like, I can also make a shorter
version"). It is the writer speaking to the reader, the sign-off's part, not a point of the report
(``sitroom.parse.closingremarks``)."""

from __future__ import annotations

import re

_ASKS = r"(?:any\s+|further\s+|other\s+|more\s+)*(?:questions?|queries|query|concerns?|comments|enquiries|inquiries)"
_TO_ME = r"(?:contact|call|e-?mail|phone|ring|reach\s+out\s+to|get\s+in\s+touch\s+with|write\s+to)\s+(?:me|us)"
_OFFER = re.compile(
    # "Please let me know if you have any questions.", "Let us know if you need anything else."
    r"^(?:please\s+)?(?:do\s+)?let\s+(?:me|us)\s+know\s+(?:if|should|whether|in\s+case)\b[^.!?]{0,40}"
    rf"\b(?:{_ASKS}|anything(?:\s+else|\s+further)?|(?:more|further)\s+information|help|support)\b"
    # "Reach out with any questions.", "Get in touch with us if you have any queries."
    rf"|^(?:please\s+)?(?:reach\s+out|get\s+in\s+touch)(?:\s+(?:to|with)\s+(?:me|us))?\s+(?:if|should|with|in\s+case)\s+"
    rf"(?:you\s+have\s+)?{_ASKS}\b"
    # "Do not hesitate to contact me.", "Please feel free to reach out with any questions."
    rf"|^(?:please\s+)?(?:do\s+not|don['’]t|never)\s+hesitate\s+to\s+(?:{_TO_ME}|reach\s+out|ask|let\s+(?:me|us)\s+know)\b"
    rf"|^(?:please\s+)?feel\s+free\s+to\s+(?:{_TO_ME}|reach\s+out|ask|let\s+(?:me|us)\s+know)\b"
    # "If you have any questions, please let me know.", "Should you need further information, please contact us."
    rf"|^(?:if|should)\s+you\s+(?:have|need|require)\s+(?:{_ASKS}|(?:any\s+)?(?:more|further|additional)\s+information)"
    rf"[^.!?]{{0,30}}\b(?:let\s+(?:me|us)\s+know|{_TO_ME}|hesitate|feel\s+free|reach\s+out)\b"
    # "Happy to answer any questions.", "I am happy to discuss further."
    r"|^(?:(?:i|we)(?:\s+am|\s+are|['’]m|['’]re|\s+would\s+be)\s+)?(?:always\s+)?(?:happy|glad)\s+to\s+"
    rf"(?:(?:answer|take)\s+(?:any\s+|your\s+)?{_ASKS}|(?:discuss|help)(?:\s+(?:further|any\s+{_ASKS}))?\s*[.!]?$)"
    # the offer to make more of it, as an assistant closes what it wrote: "Would you like me to turn this into a
    # short post?", "If you'd like, I can also make a shorter version.", "Shall I draft a letter too?"
    r"|^(?:would|do)\s+you\s+(?:like|want)\s+me\s+to\b|^shall\s+(?:i|we)\s+(?:also\s+)?(?:make|write|draft|turn|"
    r"prepare|create|put|add|do)\b|^if\s+you(?:['’]d|\s+would)\s+like,?\s+(?:i|we)\s+(?:can|could)\b"
    r"|^(?:i|we)\s+(?:can|could)\s+also\s+(?:make|write|draft|turn|prepare|create|put)\b"
    # French: "N'hésitez pas à me contacter", "Je reste à votre disposition pour toute question"
    r"|^n['’]h[ée]site[zr]\s+pas\s+[àa]\s+(?:me|nous)\s+(?:contacter|joindre|[ée]crire|solliciter)"
    r"|^(?:je\s+reste|nous\s+restons|restant)\s+[àa]\s+(?:votre|ta)\s+(?:enti[èe]re\s+)?disposition"
    # Spanish: "No dude en contactarme", "Quedo a su disposición", "Cualquier duda, quedo atento"
    r"|^no\s+dude[ns]?\s+en\s+(?:contactar|ponerse\s+en\s+contacto|escribir|llamar)"
    r"|^(?:quedo|quedamos)\s+(?:a\s+(?:su|vuestra|tu)\s+(?:entera\s+)?disposici[óo]n|atent[oa]s?)"
    r"|^(?:ante\s+)?cualquier\s+(?:duda|consulta|pregunta|inquietud)\b"
    # Portuguese: "Fico à disposição para esclarecimentos", "Não hesite em nos contactar", "Qualquer dúvida, …"
    r"|^(?:fico|ficamos|estou|estamos)\s+[àa]\s+(?:sua\s+|vossa\s+|inteira\s+)?disposi[çc][ãa]o"
    r"|^n[ãa]o\s+hesite[m]?\s+em\s+(?:me|nos)\s+contact|^qualquer\s+d[úu]vida\b"
    # German: "Bei Fragen stehe ich Ihnen gerne zur Verfügung", "Für Rückfragen stehen wir gerne zur Verfügung"
    r"|^(?:bei|f[üu]r)\s+(?:weitere\s+)?(?:r[üu]ck)?fragen\s+(?:stehe|stehen|melden|wenden)\b"
    r"|^(?:ich\s+stehe|wir\s+stehen)\s+(?:ihnen\s+|euch\s+|dir\s+)?(?:f[üu]r\s+(?:r[üu]ck)?fragen\s+)?gerne\s+zur\s+verf[üu]gung"
    # Dutch: "Bij vragen kunt u contact met mij opnemen", "Neem gerust contact op", "Mocht u vragen hebben, …"
    r"|^bij\s+vragen\b|^neem\s+(?:gerust|gerne|vooral)\s+contact\b|^mocht(?:\s+u|\s+je)?\s+(?:nog\s+)?vragen\s+hebben"
    # Italian: "Per qualsiasi chiarimento resto a disposizione", "Non esitate a contattarci"
    r"|^(?:per\s+)?qualsiasi\s+(?:domanda|chiarimento|dubbio|informazione)\b[^.!?]{0,40}\bdisposizione"
    r"|^(?:resto|restiamo|rimango|rimaniamo)\s+a\s+(?:vostra\s+|sua\s+|tua\s+)?(?:completa\s+)?disposizione"
    r"|^non\s+esit(?:ate|are|a)\s+a\s+contattar",
    re.I,
)
OFFER_WORDS = 30


def is_closing_offer(text: str) -> bool:
    """The writer's offer to answer the reader's questions ("Please let me know if you have any questions."), a
    sentence of a few words, in English, French, Spanish, Portuguese, German, Dutch or Italian."""
    t = " ".join(text.split())
    return len(t.split()) <= OFFER_WORDS and _OFFER.match(t) is not None
