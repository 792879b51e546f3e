"""The labels of a message's header fields as mail programs print them in the languages sitroom reads: who sent it
("From:", "De:", "Von:", "От:"), and the other fields ("Sent:", "To:", "Cc:", "Subject:", "Attachments:", "Изпратено:",
"Кому:", "Тема:", "Wysłano:", "Předmět:", "Emne:", "Oggetto:"). Regular-expression alternations, without the colon."""

from __future__ import annotations

import re

FROM_LABELS = r"from|de|von|van|от|від|od|fra|fr[åa]n|da|mittente|l[äa]hett[äa]j[äa]"
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
)
# the fields that name the message, in those languages
SUBJECT_LABELS = r"subject|objet|asunto|betreff|onderwerp|тема|temat|p[řr]edm[ěe]t|emne|[äa]mne|oggetto|aihe"
# the field saying when it was sent, in those languages
SENT_LABELS = (
    r"sent|date|envoy[ée]|enviado|fecha|gesendet|datum|изпратено|отправлено|надіслано|дата|wys[łl]ano|odesl[áa]no"
    r"|sendt|skickat|inviato|l[äa]hetetty"
)

# a message's header fields run together on one line, as a print or a pasted body joins them ("От: … Изпратено: …")
FIELDS_RUN = re.compile(rf"^(?:{FROM_LABELS})\s*:.{{1,200}}?(?<!\w)(?:{SENT_LABELS})\s*:", re.I | re.S)
