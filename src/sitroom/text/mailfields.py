"""The labels of a message's header fields as mail programs print them in the languages sitroom reads: who sent it
("From:", "De:", "Von:", "От:"), and the other fields ("Sent:", "To:", "Cc:", "Subject:", "Attachments:", "Изпратено:",
"Кому:", "Тема:", "Wysłano:", "Předmět:", "Emne:", "Oggetto:"). Regular-expression alternations, without the colon."""

from __future__ import annotations

import re

from sitroom.text.case import opens_with_capital

FROM_LABELS = r"from|de|von|van|от|від|od|fra|fr[åa]n|da|mittente|l[äa]hett[äa]j[äa]|من"
HEADER_LABELS = (
    r"sent|date|to|cc|bcc|subject|envoy[ée](?: le)?|[àa]|objet|enviado(?: el)?|fecha|para|asunto"
    r"|gesendet|an|betreff|attachments?|anlagen|pi[èe]ces jointes|adjuntos"
    # Bulgarian, Russian, Ukrainian, Polish, Czech, Danish, Norwegian, Swedish, Italian and Finnish
    r"|изпратено|отправлено|надіслано|дата|до|кому|копие|копия|копія|тема|прикачени файлове|вложения|вкладення"
    r"|wys[łl]ano|do|dw|temat|za[łl][ąa]czniki|odesl[áa]no|komu|kopie|p[řr]edm[ěe]t|p[řr][íi]lohy"
    r"|sendt|til|emne|vedh[æe]ftede filer|vedlegg|skickat|till|[äa]mne|bifogade filer|inviato|oggetto|allegati"
    r"|l[äa]hetetty|vastaanottaja|kopio|aihe|liitteet"
    # Dutch
    r"|verzonden|aan|onderwerp|bijlagen?"
    # Arabic, with and without the article and the hamza: "إلى:" (to), "التاريخ:" (date), "الموضوع:", "المرفقات:"
    r"|إلى|الى|(?:ال)?تاريخ|(?:ال)?موضوع|(?:ال)?مرفقات"
)
# the fields that name the message, in those languages
SUBJECT_LABELS = r"subject|objet|asunto|betreff|onderwerp|тема|temat|p[řr]edm[ěe]t|emne|[äa]mne|oggetto|aihe"
# the field saying when it was sent, in those languages
SENT_LABELS = (
    r"sent|date|envoy[ée]|enviado|fecha|gesendet|datum|изпратено|отправлено|надіслано|дата|wys[łl]ano|odesl[áa]no"
    r"|sendt|skickat|inviato|l[äa]hetetty"
)

# a memo's or a message's header field: "TO: The Chief Executive Officer, …", "CC: …", "PARA: Gerencia General …",
# "REF: …", "ATTN: …"; a label of two letters at least (a lettered section, "A: …", is none)
_MEMO_FIELD = re.compile(rf"^(?=[^\W\d_]{{2}})(?:{FROM_LABELS}|{HEADER_LABELS}|ref|attn)\s?:\s+\S", re.I)


def is_memo_field(text: str) -> bool:
    """The line is a memo's or a message's header field, its label capitalised ("TO: …", "Cc: …"), or in a script
    without capitals ("إلى: …")."""
    text = text.strip()
    return opens_with_capital(text) and _MEMO_FIELD.match(text) is not None


# a message's header fields run together on one line, as a print or a pasted body joins them ("От: … Изпратено: …")
FIELDS_RUN = re.compile(rf"^(?:{FROM_LABELS})\s*:.{{1,200}}?(?<!\w)(?:{SENT_LABELS})\s*:", re.I | re.S)

# The line introducing a quoted message, in the languages mail programs write it: "On 3 May 2026, Jane <…> wrote:",
# "Le 3 mai 2026 à 09:12, … a écrit :", "El … escribió:", "Am 10. August 2026 07:24:00 MESZ schrieb …:", "Op … schreef
# …:", "Il giorno … ha scritto:", "Em … escreveu:", "Den … skrev …:", "W dniu … napisał(a):", "Dne … napsal(a):"
QUOTE_ATTRIBUTION = (
    r"on .{5,160} wrote:|le .{5,160} a [ée]crit\s?:|el .{5,160} escribi[óo]:|am .{5,160} schrieb .{0,160}:"
    r"|op .{5,160} schreef .{0,160}:|il .{5,160} ha scritto\s?:|em .{5,160} escreveu\s?:|den .{5,160} skrev .{0,160}:"
    r"|w dniu .{5,160} napisa[łl](?:\(a\)|a)?\s?:|dne .{5,160} napsal(?:\(a\)|a)?\s?:"
    # ... or the sender's address then the verb, whatever opens the line ("ma 10. elok. 2026 klo 7.24 … kirjoitti:")
    r"|.{5,160}@[\w.-]+>?\)?\s?(?:wrote|schrieb|ha scritto|skrev|kirjoitti|escribi[óo]|a [ée]crit)\s?:"
)
