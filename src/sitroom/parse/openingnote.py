"""The writer's note to the readers that opens a report, above its first section: a greeting ("Kia ora koutou.",
"¡Saludos, vecinos y amigos!"), the report naming itself ("This is update #3 on our flood mapping activation.", "This
update provides the latest information on the flood emergency …", "Esta es nuestra actualización #3 …", "Dá lea orohaga
dilledieđáhus nr. 1 …"), the series saying what it carries ("Every week this winter we share what people tell us about
…"), a lead into what follows ("Here is what our volunteers have done since the last update.") and the offer of the
report in other formats ("If you need this briefing in another format, please contact us."). A careful reader skips it
to reach the report: it says how the report is sent, not what happened. A paragraph is such a note only when every
sentence of it is one, so a paragraph that goes on to news of the incident is kept whole."""

from __future__ import annotations

import re

from sitroom.model import BlockKind
from sitroom.parse.units import Unit
from sitroom.text.handover import HANDOVER_DOC, HANDOVER_POINTER
from sitroom.text.reportnames import names_numbered_report
from sitroom.text.salutations import is_greeting
from sitroom.text.signoffs import is_thanks
from sitroom.text.spacing import unspaced

# A report opens with a paragraph or two of such a note at most
OPENING_UNITS = 3
# ... each a few sentences of a few dozen words
NOTE_WORDS = 60
GREETING_WORDS = 4

# A sentence ends at its stop ("… huracán. Aquí …", "amigos! Esta …", "update 3. 45 homes …"), unless the next
# runs on in lower case ("10. guovvamánu") or the stop closes an abbreviation ("č. 1", "nr. 1", "No. 3")
_STOP = re.compile(r"(?<=[.!?])\s+")
_ABBREVIATION = re.compile(r"(?:^|\s)(?:[^\W\d_]{1,3}|[\u0900-\u0dff]{1,4})\.$")  # "No.", "నెం." (its marks)
_DAY_STOP = re.compile(r"(?:^|\s)\d{1,2}\.$")
# ... where the date goes on with its month and stop, or its year ("8. 2026, 18:00 h."); "update 3. 45 homes …" is news
_DATE_GOES_ON = re.compile(r"\d{1,2}\.(?:\s|$)|\d{4}\b")

# The greeting's words, then the readers it greets, in the languages whose greeting the letter's rules do not take
# ("¡Saludos, vecinos y amigos!", "Salut à tous !", "Saudações, vizinhos!", "Ciao a tutti!")
_GREETS_READERS = re.compile(
    r"^(?:saludos|salutations|salut|saudações|sauda[çc][õo]es|saluti|ciao|gr[üu](?:ß|ss)e|hallo)\s*,?\s+"
    r"(?:(?:a|à|an|aos?)\s+)?(?:(?:los|las|les|os|as|i|le|die|alle|todos|todas|tutti|tous|toutes)\s+)?"
    r"(?:vecinos|vecinas|amigos|amigas|todos|todas|compañeros|compañeras|voisins|amis|tous|toutes|vizinhos"
    r"|amici|tutti|nachbarn|freunde|zusammen|miteinander)\b[^.!?]{0,30}[,!.]?$"
    # ... or the readers alone, as a Spanish or Galician council writes to them: "Veciñas e veciños:"
    r"|^(?:queridas?\s+|queridos?\s+|estimadas?\s+|estimados?\s+)?(?:vecin|veciñ)[oa]s(?:\s+[ey]\s+(?:vecin|veciñ)[oa]s)?"
    r"\s*[:,!]$",
    re.I,
)

# The report naming itself, in the words that present it: "This is update #3 …", "Esta es nuestra
# actualización …", "Voici notre point de situation …", "Dies ist unser Lagebericht …", "Ecco il nostro …",
# "Este é o nosso relatório …", "Dá lea …" (Northern Sami: here is), "zasíláme Vám informaci …" (Czech: we send
# you the information)
_PRESENTS = re.compile(
    r"^this is (?:update|report|sitrep|bulletin|briefing) #\s?\d+\b"
    # ... "This update provides the latest information on the flood emergency … as at 2pm on 19 January 2026."
    # (what it gives in general words: "This update gives the levels of 12 reservoirs, …" is news)
    r"|^this (?:update|report|sitrep|bulletin|briefing|page) (?:provides|gives|sets out|brings you|summari[sz]es)"
    r" (?:you )?(?:with )?(?:the latest|an update|an overview|a summary|(?:updated |the )?information)\b"
    r"|^(?:esta|este|[ée]sta|[ée]ste) es\b|^voici\b|^ceci est\b|^(?:dies|das) ist\b|^hier (?:ist|sind|kommt)\b"
    r"|^ecco\b|^questo [èe]\b|^(?:este|esta) [ée]\b|^aqui (?:est[áa]|vai|v[ãa]o)\b|^d[áa] lea\b"
    r"|^point (?:sur la situation|de situation) de\b"  # "Point sur la situation de la commune … à 16h00."
    r"|^(?:zas[íi]l[áa]me|zas[íi]l[áa]m|p[řr]edkl[áa]d[áa]me|p[řr]edkl[áa]d[áa]m)\b"
    # ... "Berikut kami sampaikan …" (Indonesian: here we convey), "… 현황을 알려드립니다." (Korean: we let you know)
    r"|^berikut\s+(?:ini\s+)?(?:kami\s+)?(?:sampaikan|laporkan|informasikan)\b|^[^.]{0,80}(?:알려|안내해?|전해)\s*드립니다"
    # ... "Krízový štáb mesta Vás informuje o stave požiaru …" (the crisis staff informs you of the fire's state)
    r"|^[^.]{0,60}\bv[áa]s\s+informuj\w*\s+o\b"
    # ... "Hér eru nýjustu upplýsingar um …" (Icelandic: here is the latest information on)
    r"|^h[ée]r\s+(?:eru|er)\b|^inform[áa]mos(?:vos|les|te)?\b|^(?:les?|vos|os|te)\s+informamos\b"
    # ... "… boshqarmasi … navbatdagi maʼlumotni eʼlon qiladi." (Uzbek: announces the next information)
    r"|^[^.]{0,200}\bma[ʼ'’ʻ]lumot\w*\s+e[ʼ'’ʻ]lon\s+qiladi\b"
    # ... "Kreppuleiðslan hjá kommununi kunnar her um støðuna …" (Faroese: informs here of the situation)
    r"|^[^.]{0,60}\bkunnar\s+(?:her\s+)?um\b"
    # ... "DAWASA inapenda kukujulisha hali ya …" (Swahili: would like to inform you of the state of)
    r"|^[^.]{0,60}\b(?:inapenda|tunapenda|napenda)\s+kuku?(?:julisha|wajulisha|taarifu)\b"
    # ... "Lameri … pe donn zot enn lepwin lor lasitiasion …" (Mauritian Kreol: gives you an update on the situation)
    r"|^[^.]{0,80}\bpe\s+(?:donn|fer)\s+(?:zot|ou|nou)\s+(?:enn\s+)?(?:lepwin|pwin|nouvel)\b"
    # ... "The Oshana Regional Council wishes to inform the public about the flood situation …", "Het
    # Districtscommissariaat … geeft een overzicht van de situatie …" (Dutch: gives an overview of); not what it
    # informs of ("… wishes to inform the public that 45 homes …" is news)
    r"|^(?![^.]*\bthat\b)[^.]{0,120}\b(?:wish(?:es)?|would\s+like)\s+to\s+(?:inform|update)\s+(?:the\s+public|residents"
    r"|you|the\s+community)\s+(?:about|of|on)\b"
    # ... "… wishes to update its valued customers in Gaborone … on the water supply situation as at 16:00 …"
    r"|^(?![^.]*\bthat\b)[^.]{0,120}\b(?:wish(?:es)?|would\s+like)\s+to\s+(?:inform|update|advise)\s+(?:its|our)\s+"
    r"(?:valued\s+)?(?:customers|clients|consumers|residents|members|stakeholders)\b[^.]{0,100}?\b(?:about|of|on)\s+the\b"
    # ... "El Comité Municipal de Emergencias … informa a la población sobre la situación …", "… informe la population
    # sur la situation …"; not what it informs of ("… informa a la población que …" is news)
    r"|^(?![^.]*\bque\b)[^.]{0,160}\binforma[nm]?\s+(?:(?:a\s+la|a)\s+(?:poblaci[óo]n|popula[çc][ãa]o|ciudadan[íi]a|comunidad"
    r"|comunidade)\s+)?(?:sobre|acerca\s+de)\s+(?:la\s+|a\s+)?situa(?:ci[óo]n|[çc][ãa]o)\b"
    r"|^(?![^.]*\bque\b)[^.]{0,160}\binformen?\s+la\s+population\s+(?:sur|de)\s+la\s+situation\b"
    r"|^[^.]{0,120}\b(?:geeft|geven)\s+een\s+overzicht\s+van\s+de\s+situatie\b"
    # ... "The Office of the Island Administrator … issues the following situation report as of 6:00 p.m. …"
    r"|^[^.]{0,160}\b(?:issues?|presents?|submits?|provides?|publishes?)\s+the\s+following\s+(?:situation\s+report"
    r"|report|update|sitrep|bulletin|information)\b"
    # ... a press release's lede, that the office released its bulletin: "The District Medical and Health Officer
    # released Bulletin No. 1 on …", "… బులెటిన్ నెం. 1 విడుదల చేశారు." (Telugu), "… बुलेटिन संख्या 1 जारी किया।"
    r"|^.{0,160}\b(?:released|issued|published)\s+(?:(?:the|its|today['’]s)\s+)?(?:bulletin|update|sitrep"
    r"|situation\s+report|health\s+bulletin)\s+(?:no\.?\s*|number\s+)?\d+\b"
    # ... "Northfield Council publishes situation report no. 1 on …", "تنشر بلدية … تقرير الوضع رقم 1 حول …" (the
    # municipality publishes situation report no. 1 on …)
    r"|^.{0,120}\b(?:publishes|issues|presents|releases|shares)\s+(?:(?:its|the|this)\s+)?(?:situation\s+report"
    r"|sitrep|update|bulletin)\s+(?:no\.?\s*|number\s+|#\s?)\d+\b"
    r"|^(?:تنشر|تصدر|يصدر|ينشر|تقدم|يقدم)\s.{0,80}(?:تقرير|نشرة)\s+(?:الوضع\s+|الموقف\s+)?رقم\s*\(?\d+"
    r"|^.{0,160}(?:బులెటిన్|బులిటెన్)\s+(?:నెం\.?|సంఖ్య)\s*\d+\s+విడుదల\s+చేశ(?:ారు|ాము)"
    r"|^.{0,160}बुलेटिन\s+(?:संख्या|सं\.|नं\.?)\s*\d+\s+जारी\s+(?:किया|की)"
    # ... "Սյունիքի մարզպետարանը տեղեկացնում է …" (Armenian: the administration informs of), "Администрация
    # информирует о …", "… інформує про …"; not what it informs of ("… о том, что 45 домов …" is news)
    r"|^(?![^.։]*(?:\d|о\s+том|про\s+те|,\s*(?:что|що|որ)(?!\w)))[^.։]{0,80}(?:տեղեկացնում\s+(?:է|են)|информиру(?:ет|ют)\s+о|інформу(?:є|ють)\s+про)(?!\w)",
    re.I,
)
# ... the words naming it where the covering line's rules know none: Northern Sami "dieđáhus" (report), Czech
# "informace", "zpráva", "hlášení"
_NAMES_ITSELF = re.compile(
    r"\w*die[đd][áa]hus\w*|\binformac\w*|\bzpr[áa]v\w*|\bhl[áa][šs]en\w*|\bpoint sur la situation\b"
    # ... Indonesian "perkembangan" (the progress of), "informasi"; Korean "현황" (the state of things), "상황"
    r"|\bperkembangan\b|\binformasi\b|현황|상황"
    # ... "the latest" (news), Icelandic "nýjustu upplýsingar" (the latest information), "bulletin", "briefing"
    r"|\bthe\s+latest\b|\bupplýsing\w*|\bbulletin\b|\bbriefing\b"
    # ... Galician and Spanish "Informámosvos …", "Les informamos …" (we inform you), "… informa a la población …"
    r"|\binform[áa]mos(?:vos|les|te)?\b|\binforma[nm]?\s+(?:a\s+la\s+|a\s+)?(?:poblaci|popula|ciudadan|comunidad|sobre)|\binformen?\s+la\s+population"
    # ... Slovak and Czech "… Vás informuje o …" (informs you of)
    r"|\bv[áa]s\s+informuj\w*"
    # ... Uzbek "maʼlumot" (information)
    r"|\bma[ʼ'’ʻ]lumot\w*"
    # ... Faroese "kunnar", "kunningin" (informs, the notice)
    r"|\bkunn(?:ar|ing\w*)\b"
    # ... Swahili "… kukujulisha hali ya …" (to inform you of the state of)
    r"|\bkuku?(?:julisha|wajulisha)\b|\blepwin\b|\boverzicht\b|\binform\s+the\s+public\b|బులెటిన్|బులిటెన్|बुलेटिन"
    # ... Armenian "տեղեկացնում" (informs), Russian "информирует", Ukrainian "інформує"
    r"|տեղեկացնում|информиру(?:ет|ют)|інформу(?:є|ють)",
    re.I,
)
# The series saying what it carries and how often: "Every week this winter we share what people tell us about
# their services.", "Chaque semaine, nous partageons …", "Cada semana compartimos …", "Jede Woche berichten wir …"
_CADENCE = re.compile(
    r"^(?:every|each)\s+(?:day|week|fortnight|month)\b[^.]{0,40}\bwe\s+(?:share|publish|send|report|set\s+out"
    r"|bring\s+you|update\s+you|summari[sz]e)\b"
    r"|^chaque\s+(?:jour|semaine|mois)\b[^.]{0,40}\bnous\s+(?:partageons|publions|envoyons|faisons)\b"
    r"|^cada\s+(?:d[íi]a|semana|mes)\b[^.]{0,40}\b(?:compartimos|publicamos|enviamos|les\s+contamos)\b"
    r"|^jede[n]?\s+(?:tag|woche|monat)\b[^.]{0,40}\b(?:berichten|teilen|ver[öo]ffentlichen|informieren)\s+wir\b",
    re.I,
)
# A lead into what follows, after the report has named itself: "Here is what our volunteers have done so far.",
# "Aquí les contamos cómo va todo.", "Voici ce que …", "Hier lesen Sie …"
_LEAD_IN = re.compile(
    r"^please\s+(?:read\s+(?:it|this)(?:\s+and\s+share\s+it)?|share\s+(?:it|this))\b"
    r"|^(?:here(?: is|'s|’s| are) what|below (?:is|are)|below we|aqu[íi] (?:les|os|te) (?:contamos|presentamos"
    r"|compartimos|dejamos)|voici ce que|ci-dessous|hier (?:lesen|finden) sie|qui di seguito|ecco cosa"
    r"|a seguir|segue abaixo)\b"
    # ... "The details are as follows.", "వివరాలు ఇలా ఉన్నాయి." (Telugu), "विवरण इस प्रकार है।" (Hindi)
    r"|^(?:the\s+)?details\s+are\s+(?:as\s+follows|given\s+below)\b|^వివరాలు\s+ఇలా\s+ఉన్నాయి"
    r"|^(?:विवरण|ब्यौरा)\s+इस\s+प्रकार\s+है",
    re.I,
)
# How often the note is renewed, after it has named itself: "This page is updated every weekday.", "The information is
# updated daily.", "Upplýsingarnar eru uppfærðar daglega." (Icelandic)
_RENEWED = re.compile(
    r"^(?:this|the)\s+(?:page|information|update|report|bulletin)\s+(?:is|will\s+be)\s+updated\s+"
    r"(?:daily|weekly|every\s+\w+)\b|\buppf[æa]r[ðd]\w*\s+(?:daglega|vikulega)\b"
    # ... Faroese "Kunningin verður dagførd hvønn dag, …" (the notice is updated every day)
    r"|\bdagf[øo]r[dt]\w*\s+(?:hvønn|hvønn\s+dag|dagliga)\b",
    re.I,
)
# The offer of the report in other formats or languages: "If you need this briefing in another format, please
# contact us.", "This document is available in large print and other formats on request."; not what the report says
# of other papers ("Translated leaflets are available in other languages at the rest centre.")
_OTHER_FORMATS = re.compile(
    r"\b(?:this|the)\s+(?:document|briefing|report|update|bulletin|publication|newsletter)\s+"
    r"(?:is\s+(?:also\s+)?available\s+)?in\s+(?:an?\s+)?(?:other|another|alternative|different|accessible|large"
    r"\s+print|easy\s+read|braille)\b",
    re.I,
)


def _sentences(text: str) -> list[str]:
    sentences: list[str] = []
    for piece in _STOP.split(text.strip()):
        runs_on = piece[:1].islower() or (sentences and _ABBREVIATION.search(sentences[-1]))
        # ... or the stop closes a date's day or month, figures going on ("k 3. 8. 2026, 18:00 h.")
        runs_on = runs_on or (sentences and _DAY_STOP.search(sentences[-1]) and _DATE_GOES_ON.match(piece))
        if sentences and runs_on:
            sentences[-1] = f"{sentences[-1]} {piece}"
        elif piece:
            sentences.append(piece)
    return sentences


def greets(sentence: str) -> bool:
    """A greeting, closed by a comma or a stop ("Kia ora koutou."), or the readers it greets ("Veciñas e veciños:")."""
    bare = sentence.strip().lstrip("¡¿").strip()
    # a greeting closed by a stop ("Kia ora koutou.") is a few words: "Hi everyone, 2,000 more payments were made
    # overnight." runs on into news
    stopped = len(bare.split()) <= GREETING_WORDS and is_greeting(bare.rstrip(".!") + ",")
    return is_greeting(bare) or stopped or _GREETS_READERS.match(bare) is not None


def _names_itself(sentence: str) -> bool:
    s = sentence.strip().lstrip("¡¿")
    named = HANDOVER_DOC.search(s) or _NAMES_ITSELF.search(s)
    return bool(named and (HANDOVER_POINTER.search(s) or _PRESENTS.match(s))) or _CADENCE.match(s) is not None


def offers_other_formats(text: str) -> bool:
    """The offer of the report in another format or language ("If you need this briefing in another format,
    please contact us."): a note on the publication, wherever it stands."""
    return len(text.split()) <= NOTE_WORDS // 2 and _OTHER_FORMATS.search(text) is not None


def is_opening_note(text: str) -> bool:
    """A paragraph each sentence of which greets the readers, names the report, leads into it, thanks or offers
    it in other formats, the first of them a greeting, the report naming itself or the offer."""
    if len(text.split()) > NOTE_WORDS:
        return False
    named = False
    for n, sentence in enumerate(_sentences(text)):
        if _names_itself(sentence) or offers_other_formats(sentence):
            named = True
        elif not (
            greets(sentence)
            or (n and (is_thanks(sentence) or (named and (_LEAD_IN.match(sentence) or _RENEWED.search(sentence)))))
        ):
            return False
    return named or greets(text)


def opening_note(body: list[Unit], subject: str | None = None) -> int:
    """How many of the body's first units, above its first heading, are the writer's note to the readers (0
    when none, or when nothing would be left); in a message, also the note naming the report as its ``subject``
    does, under the salutation."""
    n = _covers_subject(body, subject) if subject else 0
    while (
        n < min(OPENING_UNITS, len(body) - 1) and body[n].kind is BlockKind.PARAGRAPH and is_opening_note(body[n].text)
    ):
        n += 1
    return n if any(u.kind is BlockKind.HEADING for u in body[n:]) else 0


def named_under_note(body: list[Unit], lines: int) -> int | None:
    """Where the report's numbered name stands as a heading under nothing but the writer's greeting and covering
    note ("Сайн байна уу?", "… мэдээллийг хүргүүлж байна." over "МЭДЭЭ № 1"), whatever the mail's subject says, with
    at most ``lines`` lines over it."""
    for n, unit in enumerate(body[: lines + 1]):
        if unit.kind is BlockKind.HEADING:
            named = n and names_numbered_report(unit.text)
            return n if named and all(is_greeting(u.text) or is_opening_note(u.text) for u in body[:n]) else None
    return None


# A message's salutation by its shape alone, in any language: a short first line ending in a comma ("Balaô
# Monsieur le Maire,", "Asalaa maalekum,")
_SALUTATION = re.compile(r"^[^\W\d_][^\d,;:.!?]{0,40},$")
_ENDS_SENTENCE = re.compile(r"[.!?。！？]\s*$")
_REPLY = re.compile(r"^(?:(?:re|fw|fwd|tr|aw|wg|rv|sv|vs)\s*:\s*)+", re.I)


def _covers_subject(body: list[Unit], subject: str) -> int:
    """The salutation and the paragraph under it naming the report as the message's subject names it, by its name
    and number ("Maa ngi lay yónnee rapoor bu nimero 1 bu WDC bu Bakau …" under "Rapoor ndox mi #1 - Bakau New
    Town WDC"): whatever its language, the writer's note sending the report. 0 when the body opens otherwise."""
    n = int(
        len(body) > 2 and body[0].kind is BlockKind.PARAGRAPH and _SALUTATION.match(body[0].text.strip()) is not None
    )
    # (a sentence set alone on its line may be taken for a heading: its stop says it is none)
    note = n < len(body) - 1 and (body[n].kind is BlockKind.PARAGRAPH or _ENDS_SENTENCE.search(body[n].text))
    return n + 1 if note and names_as_subject(body[n].text, subject) else 0


def names_as_subject(text: str, subject: str) -> bool:
    """``text``, a note of a sentence or two, names the report as ``subject`` does: the subject's first word (the
    report's name), its number and half its words or more."""
    said = _words(_REPLY.sub("", subject))
    words = _words(text)
    numbers = [w for w in said if w.isdigit()]
    if len(text.split()) > NOTE_WORDS or len(_sentences(text)) > 2 or not said or not numbers:
        return False
    return said[0] in words and numbers[0] in words and 2 * sum(w in words for w in said) >= len(said)


def _words(text: str) -> list[str]:
    """The words of ``text`` that name something: of three letters or more, or a number; in a script written without
    spaces, each two characters in a row ("颱風", "風社", …) and each number."""
    words: list[str] = []
    for w in re.findall(r"[^\W_]+", text.casefold()):
        if not any(unspaced(c) for c in w):
            words += [w] if len(w) >= 3 or w.isdigit() else []
            continue
        for run in re.findall(r"\d+|\D+", w):
            words += [run] if run.isdigit() else [run[i : i + 2] for i in range(max(1, len(run) - 1))]
    return words
