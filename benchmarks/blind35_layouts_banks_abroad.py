"""Item ideas of four ``blind35_layouts`` publishers writing in their own language: Brazilian municipal civil defence
after landslides, in Portuguese, Ethiopian zone disaster risk management offices in a drought, in Amharic, Frisian
municipalities in an outbreak of bird flu, in West Frisian, and German universities after a cyber attack, in German
(``blind5_layouts_content`` explains the slots; the risks escalate in their own language's words; the Amharic series
are told apart by their names in Latin letters, ``blind18_layouts_content.Romanised``). ``blind35_layouts_content``
prints the amounts, dates, comparisons and the mitigation's lead in each publisher's words. The organisations are
named after real kinds of body; the places, events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner
from blind18_layouts_content import Romanised

from sitroom.generate.banks import it, risk

PT_LEVELS = ("está sob monitoramento", "está aumentando", "agora é significativo", "agora é crítico")

LANDSLIDE = Partner(
    "br-deslizamentos",
    "Chuvas e deslizamentos",
    ("Defesa Civil de Serra Azul", "Defesa Civil de Nova Cordeiro", "Defesa Civil de Santa Teresinha da Serra",
     "Defesa Civil de Morro Verde"),
    {},
    {
        "resumo": [
            it("Desde {inicio}, as chuvas provocaram deslizamentos em {bairros} bairros do município",
               inicio="date -3 -3", bairros="n 3 25"),
            it("{desalojados} pessoas estão desalojadas ou desabrigadas{desalojados.was}", desalojados="n 50 3000"),
        ],
        "situacao": [
            it("O município permanece em situação de emergência, decretada em {decreto}", decreto="date -3 -2"),
            it("A Defesa Civil mantém o alerta máximo para as áreas de encosta"),
            it("{interditados} imóveis foram interditados após vistoria{interditados.was}", interditados="n 10 600"),
        ],
        "chuvas": [
            it("O acumulado de chuva em 72 horas chegou a {chuva} milímetros no pluviômetro do Centro",
               chuva="n 80 420"),
            it("O Cemaden prevê pancadas de chuva moderada para os próximos dias"),
        ],
        "ocorrencias": [
            it("Foram registradas {ocorrencias} ocorrências desde o início das chuvas{ocorrencias.was}",
               ocorrencias="n 20 900"),
            it("As equipes fizeram {vistorias} vistorias em residências", vistorias="n 20 800"),
            it("Uma barreira caiu sobre a estrada municipal que liga o Centro ao Alto da Serra"),
        ],
        "abrigos": [
            it("{abrigos} abrigos estão abertos em escolas e igrejas", abrigos="n 2 20"),
            it("{abrigados} pessoas estão acolhidas nos abrigos{abrigados.was}", abrigados="n 20 1500"),
        ],
        "ajuda": [
            it("Foram distribuídas {cestas} cestas básicas e kits de higiene", cestas="n 100 5000"),
            it("O ponto de arrecadação de doações funciona no ginásio municipal"),
        ],
        "equipes": [
            it("{agentes} agentes da Defesa Civil e bombeiros atuam nas buscas e vistorias", agentes="n 20 300"),
            it("O Corpo de Bombeiros enviou {reforco} militares de outros municípios", reforco="n 5 80"),
        ],
        "custos": [
            it("Os gastos com a resposta somam {gastos} até agora", gastos="cum 100 3000"),
            it("O governo estadual liberou {repasse} para ações emergenciais", repasse="money 200 900"),
        ],
        "risks": [
            risk("O risco de novos deslizamentos nas encostas do Morro do Cruzeiro {trend}",
                 mit=("monitoramento com sirenes e remoção preventiva das famílias",), levels=PT_LEVELS),
            risk("O risco de rompimento da adutora danificada pela terra {trend}",
                 mit=("a concessionária instalou uma adutora provisória",), levels=PT_LEVELS),
            risk("Falta de vagas nos abrigos se as chuvas continuarem",
                 mit=("a prefeitura prepara mais duas escolas como abrigo",)),
        ],
        "orientacoes": [
            it("Ao perceber rachaduras nas paredes ou portas emperrando, saia de casa e ligue 199"),
            it("Cadastre seu celular para receber alertas enviando o CEP para 40199"),
        ],
        "passos": [
            it("Concluir as vistorias nas áreas de risco até {vistoria}", vistoria="date 2 6"),
            it("Solicitar o reconhecimento federal da situação de emergência"),
        ],
    },
    {"resumo": (1, 2), "situacao": (1, 3), "chuvas": (1, 2), "ocorrencias": (1, 3), "abrigos": (1, 2),
     "ajuda": (1, 2), "equipes": (1, 2), "custos": (1, 2), "risks": (1, 3), "orientacoes": (1, 2), "passos": (1, 2)},
    date(2026, 1, 19), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

AM_LEVELS = ("ክትትል እየተደረገበት ነው", "እየጨመረ ነው", "አሁን ከፍተኛ ነው", "አሁን እጅግ አሳሳቢ ነው")

DROUGHT = Romanised(
    "et-drought",
    "ድርቅ",
    ("የላይኛው ተከዜ ዞን አደጋ ስጋት ሥራ አመራር ጽሕፈት ቤት", "የደቡብ ላስታ ዞን አደጋ ስጋት ሥራ አመራር ጽሕፈት ቤት",
     "የምዕራብ ሰገን ዞን አደጋ ስጋት ሥራ አመራር ጽሕፈት ቤት", "የሰሜን ዋቢ ዞን አደጋ ስጋት ሥራ አመራር ጽሕፈት ቤት"),
    {},
    {
        "summary": [
            it("በዞኑ {woredas} ወረዳዎች የክረምት ዝናብ በመዘግየቱ ድርቅ ተከስቷል", woredas="n 3 12"),
            it("የምግብ እርዳታ የሚያስፈልጋቸው ሰዎች ቁጥር {need} ደርሷል{need.was}", need="n 20000 400000"),
        ],
        "situation": [
            it("ባለፉት {dry} ቀናት በአብዛኛው የዞኑ ክፍል ዝናብ አልዘነበም", dry="n 20 70"),
            it("በድርቁ ምክንያት {crop} ሄክታር የመኸር ሰብል ተጎድቷል", crop="n 1000 60000"),
            it("በቆላማ ቀበሌዎች የውሃ ምንጮች እየደረቁ ነው"),
        ],
        "forecast": [
            it("የብሔራዊ ሜቲዎሮሎጂ ኢንስቲትዩት በሚቀጥሉት አሥር ቀናት ከመደበኛ በታች ዝናብ እንደሚጠበቅ አስታውቋል"),
            it("የቀን ሙቀት እስከ {heat} ዲግሪ ሴልሺየስ ሊደርስ ይችላል", heat="n 30 39"),
        ],
        "food": [
            it("በዚህ ዙር ለ{benef} ተረጂዎች የምግብ እርዳታ ተሰራጭቷል{benef.was}", benef="n 5000 200000"),
            it("የተሰራጨው እህል {grain} ኩንታል ነው", grain="n 500 40000"),
            it("የሁለተኛው ዙር ስርጭት {round} ይጀመራል", round="date 3 12"),
        ],
        "water": [
            it("ለ{trucked} ቀበሌዎች በቦቴ ውሃ እየቀረበ ነው", trucked="n 3 40"),
            it("{wells} የተበላሹ የውሃ ተቋማት ተጠግነዋል", wells="n 2 30"),
        ],
        "livestock": [
            it("በድርቁ ምክንያት የሞቱ እንስሳት ቁጥር {dead} ደርሷል{dead.was}", dead="n 100 9000"),
            it("ለ{fodder} አርሶ አደሮች የእንስሳት መኖ ተሰጥቷል", fodder="n 200 8000"),
        ],
        "health": [
            it("ከአምስት ዓመት በታች ከሆኑ ሕፃናት መካከል {sam} የሚሆኑት በከፍተኛ የምግብ እጥረት ተለይተዋል{sam.was}",
               sam="n 50 3000"),
            it("ተንቀሳቃሽ የጤናና ሥነ-ምግብ ቡድኖች በ{mhnt} ወረዳዎች እየሠሩ ነው", mhnt="n 2 10"),
        ],
        "staff": [
            it("በምላሽ ሥራው {staff} ባለሙያዎች ተሰማርተዋል{staff.was}", staff="n 20 300"),
            it("ከክልሉ ኮሚሽን {extra} ተጨማሪ ባለሙያዎች ተመድበዋል", extra="n 2 25"),
        ],
        "budget": [
            it("እስካሁን ለምላሽ ሥራው {spent} ወጪ ተደርጓል", spent="cum 200 5000"),
            it("የክልሉ መንግሥት ተጨማሪ {grant} በጀት መድቧል", grant="money 100 900"),
        ],
        "risks": [
            risk("የምግብ እህል ክምችቱ ከማለቁ በፊት ተጨማሪ ድጋፍ ያለመድረስ ስጋት {trend}",
                 mit=("ከክልሉ ኮሚሽን ተጨማሪ እህል እንዲላክ ጥያቄ ቀርቧል",), levels=AM_LEVELS),
            risk("በተፈናቀሉ ቤተሰቦች መካከል የኮሌራ ወረርሽኝ የመከሰት ስጋት {trend}",
                 mit=("የውሃ ማከሚያ ኬሚካሎች ተሰራጭተዋል፤ የጤና ባለሙያዎች ክትትል ያደርጋሉ",), levels=AM_LEVELS),
            risk("በመንገድ ችግር ምክንያት ራቅ ወዳሉ ቀበሌዎች እርዳታ ያለመድረስ ስጋት", mit=("በአህያና በግመል ማጓጓዝ ተጀምሯል",)),
        ],
        "next": [
            it("የሁለተኛውን ዙር የምግብ እርዳታ ስርጭት እስከ {finish} ማጠናቀቅ", finish="date 5 15"),
            it("ከአጋር ድርጅቶች ጋር የድርቅ ተጽዕኖ ዳሰሳ ማካሄድ"),
        ],
    },
    {"summary": (1, 2), "situation": (1, 3), "forecast": (1, 2), "food": (1, 3), "water": (1, 2),
     "livestock": (1, 2), "health": (1, 2), "staff": (1, 2), "budget": (1, 2), "risks": (1, 3), "next": (1, 2)},
    date(2026, 8, 3), cadence_days=7, punct="stop", mitigation="colon",
    latin=("layignaw-tekeze", "debub-lasta", "mirab-segen", "semen-wabi", "dirq"),
)  # fmt: skip

FY_LEVELS = ("wurdt yn 'e gaten hâlden", "nimt ta", "is no grut", "is no tige grut")

BIRD_FLU = Partner(
    "fy-fugelgryp",
    "Fûgelgryp",
    ("Gemeente Wâldsein", "Gemeente Marrumerlân", "Gemeente Easterfean", "Gemeente Sudergoa"),
    {},
    {
        "gearfetting": [
            it("Op {fest} is fûgelgryp fêststeld by in pluimveebedriuw oan de Dykswei", fest="date -4 -4"),
            it("Yn de regio binne no {farms} bedriuwen besmet{farms.was}", farms="n 1 6"),
        ],
        "stan": [
            it("Alle {birds} hinnen op it besmette bedriuw binne troch de NVWA deamakke", birds="n 8000 90000"),
            it("Binnen 10 kilometer fan it bedriuw jildt in ferfierferbod foar pluimvee, aaien en dong"),
            it("Der binne {tested} bedriuwen yn it tafersjochgebiet ûndersocht{tested.was}", tested="n 3 40"),
        ],
        "bedriuwen": [
            it("By in bedriuw mei {ducks} einen oan de Feartswei is in fermoeden fan fûgelgryp", ducks="n 2000 30000"),
            it("De útslach fan it laboratoarium yn Lelystêd wurdt ferwachte op {lab}", lab="date 1 3"),
        ],
        "ophok": [
            it("De lanlike ophokplicht foar pluimvee jildt sûnt {ophok}", ophok="date -30 -10"),
            it("Op {checks} plakken kontrolearret de plysje it ferfierferbod", checks="n 2 12"),
        ],
        "wyld": [
            it("Dizze wike binne {wild} deade wylde fûgels fûn en ophelle{wild.was}", wild="n 3 120"),
            it("Deade guozzen en swannen kinne meld wurde by it Meldpunt Deade Wylde Fûgels"),
        ],
        "hobby": [
            it("{hobby} hobbyhâlders yn it gebiet hawwe in brief krigen oer de regels", hobby="n 20 400"),
            it("Katten en hûnen moatte út de buert fan deade fûgels bliuwe"),
        ],
        "sunens": [
            it("De GGD hâldt {ggd} minsken dy't op it bedriuw wurke hawwe yn 'e gaten", ggd="n 4 40"),
            it("It risiko foar de folkssûnens is leech, neffens it RIVM"),
        ],
        "meiwurkers": [
            it("{staff} meiwurkers fan de gemeente helpe mei by de oanpak{staff.was}", staff="n 4 40"),
            it("De boa's draaie ekstra tsjinsten by de kontrôlepunten"),
        ],
        "kosten": [
            it("De gemeente hat oant no ta {kosten} útjûn oan de oanpak", kosten="cum 20 400"),
            it("Foar it opheljen fan kadavers is {kadavers} reservearre", kadavers="money 10 90"),
        ],
        "risks": [
            risk("It risiko dat it firus him ferspriedt nei oare pluimveebedriuwen {trend}",
                 mit=("alle bedriuwen yn it tafersjochgebiet wurde wykliks ûndersocht",), levels=FY_LEVELS),
            risk("It risiko dat minsken deade fûgels sels oppakke {trend}",
                 mit=("buorden by de wetterkanten en berjochten op sosjale media",), levels=FY_LEVELS),
            risk("Drokte by de kontrôlepunten op de N355",
                 mit=("in omliedingsrûte foar frachtferkear is ynsteld",)),
        ],
        "advys": [
            it("Pak gjin deade of siike wylde fûgels op en meld se fia de webside"),
            it("Hâld hobbyhinnen en einen binnendoar of ûnder in net"),
        ],
        "stappen": [
            it("Oerlis mei de NVWA en de provinsje op {oerlis}", oerlis="date 1 4"),
            it("In ynformaasjejûn foar pluimveehâlders organisearje yn it doarpshûs"),
        ],
    },
    {"gearfetting": (1, 2), "stan": (1, 3), "bedriuwen": (1, 2), "ophok": (1, 2), "wyld": (1, 2), "hobby": (1, 2),
     "sunens": (1, 2), "meiwurkers": (1, 2), "kosten": (1, 2), "risks": (1, 3), "advys": (1, 2),
     "stappen": (1, 2)},
    date(2026, 2, 16), cadence_days=2, punct="stop", mitigation="colon",
)  # fmt: skip

DE_LEVELS = ("wird beobachtet", "steigt", "ist jetzt erheblich", "ist jetzt kritisch")

CYBER = Partner(
    "de-hochschule-cyber",
    "IT-Sicherheitsvorfall",
    ("Universität Lindenau", "Hochschule Ostharz", "Universität Weserbergland", "Technische Hochschule Rheinaue"),
    {},
    {
        "zusammenfassung": [
            it("Seit dem Cyberangriff am {angriff} sind die zentralen IT-Dienste vom Netz genommen",
               angriff="date -4 -4"),
            it("Der Krisenstab tagt täglich um 08:00 Uhr"),
        ],
        "lage": [
            it("Die Angreifer haben Daten verschlüsselt; eine Lösegeldforderung liegt vor"),
            it("Das Landeskriminalamt ermittelt, die Zentrale Ansprechstelle Cybercrime ist eingebunden"),
        ],
        "systeme": [
            it("{server} Server sind verschlüsselt oder gelten als kompromittiert{server.was}", server="n 20 300"),
            it("E-Mail, Campusmanagement und das Lernportal sind weiterhin nicht erreichbar"),
        ],
        "forensik": [
            it("Ein externer Dienstleister wertet die Protokolle von {logs} Systemen aus", logs="n 10 120"),
            it("Erste Spuren deuten auf einen Zugang über ein VPN-Konto ohne zweiten Faktor hin"),
        ],
        "wiederherstellung": [
            it("{geraete} Arbeitsplatzrechner wurden neu aufgesetzt{geraete.was}", geraete="n 50 2500"),
            it("Das Notfall-E-Mail-System soll bis zum {mail} allen Beschäftigten zur Verfügung stehen",
               mail="date 1 5"),
        ],
        "lehre": [
            it("{pruefungen} Prüfungen wurden verschoben", pruefungen="n 2 60"),
            it("Die Bibliothek ist geöffnet, die Ausleihe erfolgt auf Papier"),
        ],
        "personal": [
            it("Das Rechenzentrum hat seit dem Angriff {stunden} Überstunden geleistet", stunden="n 100 3000"),
            it("Die Gehälter werden über das Landesamt für Besoldung ausgezahlt"),
        ],
        "kosten": [
            it("Die Kosten für externe Dienstleister belaufen sich bisher auf {kosten}", kosten="cum 50 2000"),
            it("Für neue Hardware wurden {hardware} freigegeben", hardware="money 50 600"),
        ],
        "risks": [
            risk("Das Risiko einer Veröffentlichung gestohlener Daten im Darknet {trend}",
                 mit=("Überwachung der Leak-Seiten durch den Dienstleister und eine vorbereitete Meldung an die "
                      "Datenschutzaufsicht",), levels=DE_LEVELS),
            risk("Das Risiko einer erneuten Infektion beim Wiederanlauf {trend}",
                 mit=("jedes System wird vor dem Anschluss geprüft und neu aufgesetzt",), levels=DE_LEVELS),
            risk("Überlastung der Beschäftigten im Rechenzentrum",
                 mit=("Schichtplan und Unterstützung durch das Landesrechenzentrum",)),
        ],
        "kommunikation": [
            it("Informationen für Studierende stehen auf der Notfallseite und in den sozialen Medien"),
            it("{anfragen} Presseanfragen wurden beantwortet{anfragen.was}", anfragen="n 3 80"),
        ],
        "schritte": [
            it("Wiederinbetriebnahme des Campusmanagements bis zum {campus}", campus="date 3 10"),
            it("Ergänzende Meldung an die Datenschutzaufsicht"),
        ],
    },
    {"zusammenfassung": (1, 2), "lage": (1, 2), "systeme": (1, 2), "forensik": (1, 2), "wiederherstellung": (1, 2),
     "lehre": (1, 2), "personal": (1, 2), "kosten": (1, 2), "risks": (1, 3), "kommunikation": (1, 2),
     "schritte": (1, 2)},
    date(2026, 3, 2), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
