"""Risk items: the risk as stated, and its mitigation when the writer gave one."""

from __future__ import annotations

import re

from sitroom.model import Item
from sitroom.parse.eastleads import EAST_LEAD
from sitroom.text.case import opens_with_capital
from sitroom.text.scriptletters import any_of

# A risk's measures, as Persian, Urdu, Arabic, Hebrew, Armenian, Georgian, Kazakh, Bulgarian, Mongolian and Russian
# writers label them after the risk (in any case, with a colon, or the Armenian "՝"): the solution, the measures
# taken or under way, the measures to reduce or prevent it, the answer to it.
SCRIPT_MEASURES = (
    "راهکار", "راهکارها", "راه‌حل", "راه‌حل‌ها", "اقدامات کاهشی", "اقدامات پیشگیرانه", "اقدامات کنترلی", "تدابیر",
    "تدابیر اتخاذشده", "کاهش خطر", "کاهش ریسک",
    # Urdu: "تدارکی اقدامات:" (the measures to counter it), "حفاظتی اقدامات:", "احتیاطی تدابیر:"
    "تدارکی اقدامات", "حفاظتی اقدامات", "احتیاطی تدابیر", "تخفیفی اقدامات",
    # Sindhi: "ڪيل اپاءَ:" (the measures taken), "اپاءَ:" (the measures), "حفاظتي اپاءَ:"
    "ڪيل اپاءَ", "ڪيل اپاء", "اپاءَ", "اپاء", "حفاظتي اپاءَ",
    # Kurdish (Sorani): "ڕێوشوێن:" (the measures), "ڕێوشوێنەکان"
    "ڕێوشوێن", "ڕێوشوێنەکان",
    "إجراءات المواجهة", "سبل المواجهة", "الإجراءات المتخذة", "الإجراءات الوقائية", "الإجراءات الاحترازية",
    "إجراءات التخفيف", "التخفيف", "تدابير التخفيف", "التدابير", "التدابير المتخذة", "المعالجة",
    # Pashto: "نیول شوي تدابیر:" (the measures taken)
    "نیول شوي تدابیر", "تدابیر", "نیول شوي اقدامات", "إجراءات المعالجة",
    "מענה", "המענה", "דרכי התמודדות", "צמצום", "צמצום הסיכון", "אמצעי מנע", "פעולות מנע", "צעדים שננקטו", "מיטיגציה",
    "Ձեռնարկվող միջոցներ", "Ձեռնարկված միջոցներ", "Ձեռնարկվող միջոցառումներ", "Ձեռնարկված միջոցառումներ",
    "Միջոցառումներ", "Մեղմացում", "Մեղմացման միջոցներ", "Կանխարգելիչ միջոցներ",
    "ღონისძიებები", "შემარბილებელი ღონისძიებები", "გატარებული ღონისძიებები", "გასატარებელი ღონისძიებები",
    "პრევენციული ღონისძიებები", "ზომები", "მიღებული ზომები", "შერბილება", "რისკის შემცირება",
    "Қабылданған шаралар", "Қабылданып жатқан шаралар", "Шаралар", "Алдын алу шаралары", "Қауіпті азайту шаралары",
    # Tajik: "Чораҳо:" (the measures), "Чораҳои андешидашуда:" (the measures taken); Tatar: "Чаралар:", "Күрелгән
    # чаралар:"; Gujarati: "પગલાં:" (the steps), "લેવાયેલાં પગલાં:" (the steps taken)
    "Чораҳо", "Чораҳои андешидашуда", "Чаралар", "Күрелгән чаралар", "પગલાં", "લેવાયેલાં પગલાં",
    "Іс-шаралар",
    "Мерки", "Предприети мерки", "Предприемани мерки", "Превантивни мерки", "Мерки за ограничаване",
    "Мерки за намаляване на риска", "Смекчаване",
    "Авч буй арга хэмжээ", "Авсан арга хэмжээ", "Авах арга хэмжээ", "Авч хэрэгжүүлж буй арга хэмжээ", "Арга хэмжээ",
    "Эрсдэлийг бууруулах арга хэмжээ", "Бууруулах арга хэмжээ", "Урьдчилан сэргийлэх арга хэмжээ",
    "Меры", "Принятые меры", "Принимаемые меры", "Меры по снижению риска",
    # Khmer: "វិធានការ៖" (the measures), "វិធានការដែលបានអនុវត្ត៖" (the measures carried out)
    "វិធានការ", "វិធានការដែលបានអនុវត្ត", "វិធានការទប់ស្កាត់",
    # Sinhala: "ගත් පියවර:" (the steps taken), "අවම කිරීමේ පියවර:" (the steps to lessen it)
    "ගත් පියවර", "ගෙන ඇති පියවර", "අවම කිරීමේ පියවර", "පියවර",
    # Burmese: "လျော့ချရေးဆောင်ရွက်ချက်:" (the work to reduce it), "ကာကွယ်ရေးဆောင်ရွက်ချက်များ:" (the measures to
    # prevent it), "ဆောင်ရွက်ချက်များ:" (the measures taken)
    "လျော့ချရေးဆောင်ရွက်ချက်", "လျော့ချရေးဆောင်ရွက်ချက်များ", "လျော့ချရေး", "ကာကွယ်ရေးဆောင်ရွက်ချက်",
    "ကာကွယ်ရေးဆောင်ရွက်ချက်များ", "ဆောင်ရွက်ချက်", "ဆောင်ရွက်ချက်များ",
)  # fmt: skip
# ... and what is done about it, a mitigation only under risks (as "Action:" is): "اقدامات:", "الاستجابة:",
# "פעולות:", "Գործողություններ՝", "რეაგირება:", "Әрекеттер:", "Действия:", "Ажил:"
SCRIPT_ACTIONS = (
    "اقدامات", "اقدام", "اقدامات انجام‌شده", "الإجراءات", "الاستجابة", "פעולות", "צעדים", "טיפול", "היערכות",
    "Գործողություններ", "Արձագանք", "რეაგირება", "მოქმედებები", "Әрекеттер", "Действия", "Дейности", "Ажил",
    "Хийгдэж буй ажил",
)  # fmt: skip

# "Mitigation is …", "Mitigation: …", "Mitigation for both includes …", "Mitigated by …", "Control measures: …",
# "Mitigation available is limited, but …" — at a sentence start, capitalised as writers do, or in capitals
# as a message prints its labels ("MITIGATION: …"), its emphasis marks around it or not ("*Mitigation:* …").
_MITIGATION = re.compile(
    r"(?:^|(?<=[.;:!?։؛؟۔។။]))\s*(?P<lead>(?P<em>[*_]{1,2})?(?:Mitigation for (?:both|all|these|each)(?: includes?)?:?"
    r"|Mitigated by|Mitigating actions?:?"
    r"|Mitigations?(?:\s*(?:is|are|includes?)\b|\s*[:–-])?|MITIGATIONS?\s*[:–-]"
    # a risk's controls, as safety and emergency services name its mitigation
    r"|(?:Control measures?|CONTROL MEASURES?|Medidas de control|MEDIDAS DE CONTROL|Mesures de contr[ôo]le)\s*[:–-]"
    # the same label in the other languages the vocabulary reads, always with its colon or dash
    r"|(?:Medidas de )?(?:Mitigaci[óo]n|MITIGACI[ÓO]N|Mitiga[çc][ãa]o|MITIGA[ÇC][ÃA]O)\s*[:–-]"
    r"|(?:Mesures? d['’])?(?:[Aa]tt[ée]nuation|ATT[ÉE]NUATION)\s*[:–-]|(?:Mitigazione|MITIGAZIONE)\s*[:–-]"
    # "the measures" taken against it, as French, Spanish, Portuguese and Italian writers label a risk's mitigation
    r"|(?:Mesures?(?: prises| engag[ée]es| mises en (?:place|[œo]e?uvre))?|MESURES?"
    r"|Medidas(?: (?:adoptadas|tomadas|adotadas|previstas|em curso|en curso))?|MEDIDAS"
    r"|Misure(?: adottate| in corso)?|MISURE|Ma(?:ß|ss)nahmen?|MASSNAHMEN?)\s*[:–-]"
    # what is already done about it: "Action in place:", "Controls in place:", "What we're doing about it:"
    r"|(?:Actions?|Controls?|Measures?) in place\s*[:–-]|What we(?:'|’| a)re doing(?: about it)?\s*[:–-]"
    # "Current mitigation:", "Actions to mitigate:", "What's being done:"
    r"|(?:Current|Existing|Planned|Further) mitigations?\s*[:–-]"
    r"|Actions? to mitigate(?: (?:this|it|the risks?))?\s*[:–-]|What(?:'|’| i)s being done(?: about it)?\s*[:–-]"
    # ... or how it is handled, as a letter to parents or residents asks it: "How we are managing this:", "How
    # this is being managed:"
    r"|How we(?:'|’| a)re (?:managing|handling|addressing|reducing|mitigating|tackling|dealing with|responding to)"
    r"(?: (?:this|it|these|them|the risks?))?\s*[:–-]"
    r"|How (?:this|it|these|they) (?:is|are) being (?:managed|handled|addressed|reduced|mitigated|tackled)\s*[:–-]"
    # ... and what is done or advised in answer to it: "Our response:", "Recommended action:"
    r"|Our response\s*[:–-]|Recommended actions?\s*[:–-]"
    # the risk's treatment, as risk management standards name it (Australia, New Zealand), and the way forward
    # a report sets after a challenge: "Treatment:", "Way forward:"
    r"|(?:(?:Risk )?[Tt]reatments?|(?:RISK )?TREATMENTS?|Way forward|WAY FORWARD)\s*[:–-]"
    r"|(?:Gegenma(?:ß|ss)nahmen?|GEGENMA(?:SS|ß)NAHMEN?)\s*[:–-]"
    # the measures in Swedish, Norwegian, Danish, Finnish, Polish, Czech and Slovak: "Åtgärd:", "Tiltak:",
    # "Tiltag:", "Środki zaradcze:", "Opatření:", "Opatrenia:"; the Welsh and Irish mitigation, "Lliniaru:", "Maolú:"
    r"|(?:[ÅA]tg[äa]rd(?:er)?|[ÅA]TG[ÄA]RD(?:ER)?|Tilta[kg]|TILTA[KG]|Foranstaltning(?:er)?|FORANSTALTNING(?:ER)?"
    r"|Opat[řr]en[íi]|OPAT[ŘR]EN[ÍI]|Opatreni[ea]|OPATRENI[EA]"
    r"|Toimenpiteet|TOIMENPITEET|[ŚS]rodki zaradcze|[ŚS]RODKI ZARADCZE|(?:Mesurau )?[Ll]liniaru|LLINIARU"
    r"|Maol[úu]|MAOL[ÚU])\s*[:–-]"
    r"|(?:Mitigatie|MITIGATIE|(?:Beheers)?[Mm]aatregel(?:en)?|(?:BEHEERS)?MAATREGEL(?:EN)?)\s*[:–-]"
    # ... in Maltese, Albanian, Icelandic, Afrikaans, Lithuanian, Latvian, Malay and Indonesian: "Mitigazzjoni:",
    # "Masat:", "Mótvægisaðgerðir:", "Teenmaatreëls:", "Priemonės:", "Pasākumi:", "Tindakan mitigasi:"
    r"|(?:Mitigazzjoni|MITIGAZZJONI|Masat(?: e marra)?|MASAT|M[óo]tv[æa]gisa[ðd]ger[ðd]ir|Teenmaatre[ëe]ls"
    r"|TEENMAATRE[ËE]LS|Priemon[ėe]s|PRIEMON[ĖE]S|Pas[āa]kumi|PAS[ĀA]KUMI"
    r"|(?:Tindakan |TINDAKAN )?(?:[Mm]itigasi|MITIGASI)"
    # ... in Basque, Serbian, Luxembourgish, Haitian Creole, Somali, Kinyarwanda and Azerbaijani: "Neurriak:",
    # "Mere:", "Moossnamen:", "Mezi:", "Tallaabooyinka:", "Ingamba:", "Tədbirlər:"
    r"|Neurriak|NEURRIAK|Mere|MERE|Moossnamen|MOOSSNAMEN|Mezi|MEZI|Tallaabooyinka|TALLAABOOYINKA|Ingamba|INGAMBA"
    r"|T[əe]dbirl[əe]r|T[ƏE]DBIRL[ƏE]R"
    # ... in Ladin, Luganda and Fijian: "Mosöres:" (measures), "Ekikolebwa:", "Na cava e caka tiko:" (what is being
    # done)
    r"|Mos[öo]res|MOS[ÖO]RES|Ekikolebwa|EKIKOLEBWA|Na cava e caka tiko|NA CAVA E CAKA TIKO"
    # ... and in siSwati and Bambara: "Lokwentiwako:" (what is being done), "Fɛɛrɛ minnu tigɛra:" (the measures taken)
    r"|Lokwentiwako|LOKWENTIWAKO|F[ɛe][ɛe]r[ɛe] minnu tig[ɛe]ra|F[ƐE][ƐE]R[ƐE] MINNU TIG[ƐE]RA"
    # ... in Uzbek, Faroese, Scottish Gaelic, isiZulu, Cebuano, Malagasy, Tok Pisin and Yoruba: "Choralar:",
    # "Chora-tadbirlar:", "Tiltøk:", "Lasachadh:", "Ukunciphisa:", "Mitigasyon:", "Fepetra:", "Wok bilong
    # stretim:", "Ojútùú:"
    r"|(?:Ko['’ʻ‘]rilgan |KO['’ʻ‘]RILGAN )?(?:[Cc]horalar|CHORALAR)|Chora-tadbirlar|CHORA-TADBIRLAR|Yumshatish"
    r"|YUMSHATISH|Tilt[øo]k|TILT[ØO]K|Lasachadh|LASACHADH|Ukunciphisa(?: ingozi)?|UKUNCIPHISA|Mitigasyon"
    r"|MITIGASYON|Pagpakunhod|PAGPAKUNHOD|Fepetra(?: noraisina| raisina)?|FEPETRA|Fanalefahana|FANALEFAHANA"
    r"|(?:Wok|Rot) bilong stretim(?: hevi)?|(?:WOK|ROT) BILONG STRETIM"
    r"|Oj[úu]\u0301?t[ùu]\u0300?[úu]\u0301?|OJ[ÚU]T[ÙU][ÚU]"
    # ... in Chichewa, Hausa, Samoan, isiXhosa, Breton, Bislama, Javanese and Turkmen: "Njira zochepetsera:",
    # "Matakan kariya:", "Gaioiga:", "Isisombululo:", "Diarbenn:", "Rod blong stretem:", "Pangatasan:", "Görülýän
    # çäreler:"
    r"|(?:Njira |NJIRA )?(?:[Zz]ochepetsera|ZOCHEPETSERA|[Zz]othanirana|ZOTHANIRANA|[Zz]opewera|ZOPEWERA)"
    r"|(?:Matakan|MATAKAN) (?:kariya|KARIYA|rage (?:ha[ɗd]ari|illa)|RAGE HA[ƊD]ARI)|Kariya|KARIYA"
    r"|Gaioiga(?: ua faia)?|GAIOIGA|Fa['ʻ’]?aitiitiga|FA['ʻ’]?AITIITIGA"
    r"|I[sz]isombululo|I[SZ]ISOMBULULO|Amanyathelo okunciphisa(?: umngcipheko)?|AMANYATHELO OKUNCIPHISA"
    r"|Diarbenn(?:o[ùu])?|DIARBENN(?:O[ÙU])?|Muzulio[ùu](?: kemeret)?|MUZULIO[ÙU]"
    r"|(?:Rod|Wok|ROD|WOK) (?:blong|BLONG) (?:stretem|blokem|STRETEM|BLOKEM)(?: problem| risk)?"
    r"|(?:Upaya |UPAYA )?(?:[Pp]angatasan|PANGATASAN)|Panganggulangan|PANGANGGULANGAN"
    # ... in Setswana and Sesotho: "Kganelo:", "Thibelo:", "Dikgato tsa kganelo:"
    r"|(?:Dikgato tsa |DIKGATO TSA )?(?:[Kk]ganelo|KGANELO)|Thibelo|THIBELO"
    # ... in Afaan Oromoo: "Tarkaanfii:" (the action taken on it), "Tarkaanfiiwwan fudhataman:"
    r"|Tarkaanfii(?:wwan)?(?: fudhatam(?:e|an))?|TARKAANFII(?:WWAN)?"
    # ... in Romansh: "Mesira:" (the measure), "Mesiras prendidas:"
    r"|Mesiras?(?: prendidas)?|MESIRAS?"
    # ... in Kurmanji, Corsican and Occitan: "Tedbîr:" (the measure), "Misura:", "Mesura:"
    r"|Tedb[îi]r(?:[êe]n hatine girtin)?|TEDB[ÎI]R|Misura(?: pigliata)?|MISURA|Mesura|MESURA"
    # ... in Sardinian and Northern Sami: "Providèntzia:" (the provision made), "Doaibmabijut:" (the measures)
    r"|Provid[èe]ntzias?|PROVID[ÈE]NTZIAS?|Doaibmabijut|DOAIBMABIJUT|Doaibmabidju|DOAIBMABIDJU"
    # ... and what is being done, as a Spanish writer asks it: "Lo que estamos haciendo:"
    r"|Lo que (?:estamos haciendo|hacemos|se est[áa] haciendo)|LO QUE ESTAMOS HACIENDO"
    r"|G[öo]r[üu]l(?:[ýy][äa]n|en) [çc][äa]reler|G[ÖO]R[ÜU]L(?:[ÝY][ÄA]N|EN) [ÇC][ÄA]RELER|[ÇC][äa]reler|[ÇC][ÄA]RELER"
    r"|Howpy azaltmak(?: üçin)?|HOWPY AZALTMAK)\s*[:–-]"
    rf"|(?i:{any_of(SCRIPT_MEASURES)})\s*[:՝៖–-])"
    # the label set off by a mail's or a chat's emphasis marks: "*Mitigation:*", "_Control measures:_"
    r"(?(em)(?P=em)))\s*",
)
_LEAD_ONLY = re.compile(r"^[*_]{0,2}Mitigations?[*_]{0,2}$")
# Under risks, "Action:" or "Plan:" ("Acciones:", "Azioni:") after a risk names what is done about it ("… is
# being monitored. Action: shorter shifts.", "… not answering the door. Plan: knock again at 8.", as a risk
# register's Actions column beside its Risk column does), and so does what someone is doing ("What partners
# are doing: welfare calls"); anywhere else it is an action, a plan or a report of work.
_RISK_ACTION = re.compile(
    r"(?:^|(?<=[.;!?։؛؟۔]))\s*(?P<lead>(?:(?:Actions?|ACTIONS?|Plans?|PLANS?"
    # the same in Spanish, Italian and Portuguese: "Acciones:", "Azioni:", "Ações:"
    r"|Acci(?:ones|[óo]n)|ACCI(?:ONES|[ÓO]N)|Azion[ei]|AZION[EI]|A[çc](?:[õo]es|[ãa]o)|A[ÇC](?:[ÕO]ES|[ÃA]O)"
    # ... and in Polish: "Działania:"
    r"|Dzia[łl]ania|DZIA[ŁL]ANIA"
    # ... and in Cebuano: "Aksyon:", "Mga aksyon:"
    r"|(?:Mga |MGA )?(?:[Aa]ksyon|AKSYON)"
    # ... and in Tetum: "Asaun:", "Asaun sira:"
    r"|(?:Asaun|ASAUN)(?: sira| SIRA)?)"
    r"(?:\s+(?:taken|being\s+taken|in\s+place|TAKEN))?"
    rf"|(?i:{any_of(SCRIPT_ACTIONS)})"
    r"|What\s+(?:[\w'’-]+\s+){1,3}(?:are|is)\s+doing(?:\s+about\s+it)?|What\s+[\w'’-]+(?:'|’)re\s+doing)\s*[:՝])\s*"
)
# Under risks, a clause after the risk that says what is under way about it is its mitigation, unlabelled: "…
# still requires setup; working to complete early this week", "… two vacancies. Seeking agency cover.". Only
# after a first clause: a risk that opens with such words is work, not a risk with its answer.
_WORK_UNDER_WAY = re.compile(
    r"(?:(?<=;)|(?<=[.!?])(?=\s+[A-Z]))\s*"
    r"(?P<lead>(?:(?:[Ww]e|[Ww]e['’]re|[Ww]e\s+are|[Tt]he\s+team\s+(?:is|are)|[Cc]urrently)\s+)?"
    r"(?:[Ww]orking\s+(?:to|on|with|through)|[Ll]ooking\s+(?:into|at)|[Ii]nvestigating|[Ee]xploring|[Ss]eeking"
    r"|[Aa]rranging|[Ll]iaising\s+with|[Ii]n\s+(?:discussion|discussions|contact|talks)\s+with))\b"
)
# Under risks, a run-in label after the risk's sentence names what is done about it, whatever its words ("… is
# being monitored. Actions in hand: daily stock calls.", "Countermeasures: …", "Mesures de gestion : …"),
# unless it names a part of the risk itself (its owner, status, likelihood, cause, review date …).
_RUN_IN = re.compile(r"(?<=[.!?])\s+(?P<lead>(?P<label>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,4})\s?:)\s+(?=\S)")
_DESCRIBES_RISK = frozenset(
    "owner owners lead status rag rating likelihood probability impact severity score review date deadline due "
    "trend category cause causes consequence consequences effect effects trigger source note notes comment "
    "comments update risk issue description area location contact ref reference example examples".split()
)
# A mitigation that says there is none: "None", "N/A", "–", "No further mitigation", "None identified",
# "Sin medidas adicionales", "Ninguna", "Aucune", "Néant", "Pas de mesure supplémentaire".
_NO_MITIGATION = re.compile(
    r"^[\s\-‐‑‒–—―.]*$"
    r"|^(?:none|nil|n/?a|not\s+applicable)(?:\s+(?:required|identified|needed|proposed|possible|available"
    r"|in\s+place|at\s+(?:this|present)(?:\s+(?:time|stage))?|yet))*"
    r"|^no\s+(?:further\s+|additional\s+|other\s+|specific\s+)?(?:mitigations?|mitigating\s+actions?|measures?"
    r"|actions?|controls?)(?:\s+(?:required|identified|needed|proposed|possible|available|in\s+place"
    r"|at\s+(?:this|present)(?:\s+(?:time|stage))?))*"
    r"|^(?:sin|ninguna?)(?:\s+(?:medidas?|acciones?|mitigaci[óo]n))?(?:\s+(?:adicionales?|previstas?|espec[íi]ficas?))?"
    r"|^no\s+(?:aplica|procede|hay\s+medidas?(?:\s+adicionales)?)"
    r"|^(?:aucune?|n[ée]ant|sans\s+objet|pas\s+de\s+mesures?)(?:\s+(?:mesures?|suppl[ée]mentaires?|pr[ée]vues?))*",
    re.I,
)


def says_none(mitigation: str) -> bool:
    """A mitigation that says there is none ("None", "–", "No further mitigation", "Sin medidas adicionales",
    "Aucune"): no mitigation at all."""
    text = mitigation.strip().rstrip(".")
    m = _NO_MITIGATION.match(text)
    return m is not None and m.end() == len(text)


_APPLIES_TO_PREVIOUS = re.compile(r"^[*_]{0,2}Mitigation for (?:both|all|these)", re.I)


# Thaana, Indic, Thai, Lao, Hangul, CJK and full-width letters: the scripts ``EAST_LEAD`` is written in
_EAST_SCRIPT = re.compile("[\u0780-\u07bf\u0900-\u0eff\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]")


def _lead(text: str, at_start: bool = False) -> re.Match[str] | None:
    """The first mitigation lead of ``text`` (only one opening it, with ``at_start``), of any script's writers."""
    found = _MITIGATION.match(text) if at_start else _MITIGATION.search(text)
    if found is not None or max(text, default="a") < "\u0780" or _EAST_SCRIPT.search(text) is None:
        return found  # the leads of Asian scripts, asked only of text in them (none below Thaana's U+0780)
    return EAST_LEAD.match(text) if at_start else EAST_LEAD.search(text)


def split_risk(text: str) -> tuple[str, str | None]:
    """Split an item into (risk, mitigation); mitigation is None when none is stated."""
    m = _lead(text)
    if not m or (m.start("lead") == 0 and not text[m.end() :].strip()):
        return text, None
    risk = text[: m.start("lead")].strip()
    lead = m.group("lead")
    if _LEAD_ONLY.match(lead.strip()):
        # "Mitigation available is limited, but …": the word is part of the sentence, keep it.
        mitigation = text[m.start("lead") :].strip()
    else:
        mitigation = text[m.end() :].strip()
    if not risk or not mitigation:
        return text, None
    return risk, mitigation


def apply_mitigations(items: list[Item], labelled_only: bool = False) -> None:
    """Set ``mitigation`` on each risk item; "Mitigation for both" also covers the item before.

    A mitigation the layout already gave (the mitigation column of a risk table) is kept. With
    ``labelled_only`` (a section that does not list risks by its name), only a mitigation the writer
    labelled ("<risk>. Mitigation: <text>") counts: the label says the sentence before it is a risk,
    whatever the section is called; "Mitigation available is limited" there is just a sentence.
    """
    _join_mitigation_lines(items, labelled_only)
    for i, item in enumerate(items):
        if item.mitigation is not None and says_none(item.mitigation):
            item.mitigation = None  # the risk table's mitigation cell says there is none
            continue
        _, mitigation = split_risk(item.text)
        if mitigation is None and not labelled_only:
            mitigation = _action(item.text) or _under_way(item.text) or _run_in(item.text) or _arrowed(item.text)
        if mitigation is None or says_none(mitigation):
            continue
        m = _lead(item.text)
        if labelled_only and (m is None or _LEAD_ONLY.match(m.group("lead").strip())):
            continue
        item.mitigation = mitigation
        if m and _APPLIES_TO_PREVIOUS.match(m.group("lead")) and i > 0 and items[i - 1].mitigation is None:
            items[i - 1].mitigation = mitigation


def apply_asides(items: list[Item], asides: dict[int, str]) -> None:
    """Under risks, the sentence a writer set apart from the risk, on a line of its own in other type (italics
    after a line break, with no label), answers it: it is the risk's mitigation when none is stated otherwise.
    ``asides`` maps an item's ``id`` to that sentence."""
    for item in items:
        aside = asides.get(id(item))
        if item.mitigation is not None or not aside or not item.text.endswith(aside) or says_none(aside):
            continue
        if len(item.text[: -len(aside)].strip()) >= 12:
            item.mitigation = aside


def _action(text: str) -> str | None:
    """The mitigation an "Action:" after a risk states ("… is monitored. Action: shorter shifts."), or None."""
    m = _RISK_ACTION.search(text)
    if m is None or m.start("lead") == 0:
        return None
    mitigation = text[m.end() :].strip()
    return mitigation if text[: m.start("lead")].strip() and mitigation and not says_none(mitigation) else None


# Under risks, an arrow after the risk points to what is done about it: "Buses cannot reach the rural routes.
# → Routes are checked with the road crews before 4 a.m."
_ARROW = re.compile(r"\s(?:→|->|⇒|=>|➔|➜)\s+")


def _arrowed(text: str) -> str | None:
    """What the arrow after the risk points to, or None."""
    parts = _ARROW.split(text, maxsplit=1)
    if len(parts) != 2 or len(parts[0].strip()) < 12 or not parts[1].strip() or says_none(parts[1]):
        return None
    return parts[1].strip()


def _run_in_lead(text: str) -> re.Match[str] | None:
    """The run-in label after the point's own sentence, with text after it ("… monitored. Actions in hand: …"), or
    None when there is none or it names a part of the risk itself ("Owner:", "Review date:")."""
    m = _RUN_IN.search(text)
    # (a label in a script without capitals opens with any of its letters)
    if m is None or not opens_with_capital(m.group("label")) or m.group("label").split()[0].lower() in _DESCRIBES_RISK:
        return None
    return m if len(text[: m.start("lead")].strip()) >= 12 and text[m.end() :].strip() else None


def _run_in(text: str) -> str | None:
    """What a run-in label after the risk's sentence introduces ("… monitored. Actions in hand: …"), or None."""
    m = _run_in_lead(text)
    mitigation = text[m.end() :].strip() if m is not None else None
    return None if mitigation is None or says_none(mitigation) else mitigation


def run_in_label(text: str) -> str | None:
    """The run-in label after the point's own sentence that introduces more about it ("… monitored. Actions in
    hand: …"), folded to lower case, or None (none, or one naming a part of the risk itself: "Owner:")."""
    m = _run_in_lead(text)
    return None if m is None else m.group("label").casefold()


def _under_way(text: str) -> str | None:
    """The work under way that a clause after a risk states ("…; working to complete this week"), or None."""
    m = _WORK_UNDER_WAY.search(text)
    if m is None or len(text[: m.start("lead")].strip(" ;.")) < 12:
        return None
    return text[m.start("lead") :].strip() or None


def _dangles(text: str) -> bool:
    """The text ends on a mitigation's label with nothing after it ("… is rising. Mitigation:")."""
    end = text.rstrip()[-1:]
    if not end or end in ".!?。)%" or end.isdigit():
        return False  # a sentence or a figure ends the text, never a label: most texts are asked no more
    found = list(_MITIGATION.finditer(text)) or list(EAST_LEAD.finditer(text))
    return bool(found) and found[-1].start("lead") > 0 and not text[found[-1].end() :].strip()


def _join_mitigation_lines(items: list[Item], labelled_only: bool = False) -> None:
    """A paragraph that is only a mitigation ("Mitigation: agency cover is booked."; under risks, also
    "Action: …") right under a risk that states none is that risk's mitigation, set apart by the layout:
    it joins the risk's item."""
    _join_bare_leads(items)
    kept: list[Item] = []
    for item in items:
        prev = kept[-1] if kept else None
        if prev is not None and prev.mitigation is None and _dangles(prev.text) and not _lead(item.text, True):
            # "… is rising. Mitigation:" closing one paragraph, its text opening the next: one risk
            prev.text, prev.end = f"{prev.text} {item.text}", max(prev.end, item.end)
            continue
        m = _lead(item.text, at_start=True)
        if not labelled_only and (m is None or not m.group("lead")):
            m = _RISK_ACTION.match(item.text)
        prev = kept[-1] if kept else None
        if (
            m is not None
            and m.group("lead")
            and not _LEAD_ONLY.match(m.group("lead").strip())
            and item.text[m.end() :].strip()
            and prev is not None
            and split_risk(prev.text)[1] is None
            and prev.mitigation is None
            and (labelled_only or not (_action(prev.text) or _RISK_ACTION.match(prev.text)))
        ):
            prev.text = f"{prev.text} {item.text}"
            prev.end = max(prev.end, item.end)
            continue
        kept.append(item)
    items[:] = kept


def _join_bare_leads(items: list[Item]) -> None:
    """A lead read as an item of its own between a risk and its text ("조치:" set bold, a Korean template's line
    drawn in two runs): the three are one risk with its mitigation."""
    i = 1
    while i < len(items) - 1:
        prev, item, nxt = items[i - 1], items[i], items[i + 1]
        m = _lead(item.text, at_start=True)
        if m is None or item.text[m.end() :].strip() or prev.mitigation is not None or _lead(prev.text) is not None:
            i += 1
            continue
        prev.text, prev.end = f"{prev.text} {item.text} {nxt.text}", max(prev.end, nxt.end)
        del items[i : i + 2]
