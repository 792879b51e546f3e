"""Item ideas of four ``blind63_layouts`` publishers on the mainland: Oman's governorate directorates of health
services in a tropical cyclone (Arabic), the provincial health divisions of the Democratic Republic of the Congo in a
cholera outbreak (French), Paraguay's health regions in a dengue epidemic (Spanish) and the IT departments of
Liechtenstein's municipalities after a ransomware attack (German) (``blind5_layouts_content`` explains the slots).
``blind63_layouts_content`` prints the amounts, dates, comparisons and the mitigation's lead in each publisher's
conventions. The organisations are named after real kinds of body; the events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

SIZES = {"hl": (1, 2), "sit": (1, 2), "imp": (1, 2), "ta": (1, 2), "tb": (1, 2), "help": (1, 2), "staff": (1, 2),
         "money": (1, 2), "risks": (1, 3), "next": (1, 2)}  # fmt: skip

AR_LEVELS = ("تحت المراقبة", "في ازدياد", "مرتفع", "مرتفع جداً")
CD_LEVELS = ("sous surveillance", "en hausse", "élevé", "très élevé")
PY_LEVELS = ("está bajo vigilancia", "está en aumento", "es alto", "es muy alto")
LI_LEVELS = ("unter Beobachtung", "steigend", "hoch", "sehr hoch")

MADARIYA = Partner(
    "om-health-directorate-cyclone",
    "الحالة المدارية",
    ("المديرية العامة للخدمات الصحية بمحافظة ظفار", "المديرية العامة للخدمات الصحية بمحافظة الوسطى",
     "المديرية العامة للخدمات الصحية بمحافظة جنوب الشرقية", "المديرية العامة للخدمات الصحية بمحافظة مسقط"),
    {},
    {
        "hl": [
            it("تأثرت المحافظة منذ {bidaya} بالحالة المدارية المصحوبة برياح شديدة وأمطار غزيرة", bidaya="date -2 -2"),
            it("عدد الحالات التي استقبلتها أقسام الطوارئ خلال 24 ساعة: {tawari}{tawari.was}", tawari="n 20 600"),
        ],
        "sit": [
            it("يتوقع المركز الوطني للإنذار المبكر من المخاطر المتعددة استمرار هطول الأمطار الغزيرة خلال 48 ساعة"),
            it("تم رصد جريان الأودية في عدد من ولايات المحافظة"),
        ],
        "imp": [
            it("المؤسسات الصحية المتأثرة بانقطاع الكهرباء أو المياه: {muassasat}{muassasat.was}", muassasat="n 1 25"),
            it("تعذر وصول بعض الفرق الصحية إلى القرى الجبلية بسبب انقطاع الطرق"),
        ],
        "ta": [
            it("المراكز الصحية التي تعمل بالمولدات الاحتياطية: {muwalidat}{muwalidat.was}", muwalidat="n 1 20"),
            it("تم تأجيل العمليات الجراحية غير الطارئة في المستشفى المرجعي"),
        ],
        "tb": [
            it("عدد مراكز الإيواء التي تغطيها الفرق الصحية: {iwa}{iwa.was}", iwa="n 2 60"),
            it("تقدم العيادات المتنقلة خدمات الرعاية الصحية الأولية في مراكز الإيواء"),
        ],
        "help": [
            it("يتم توفير الأدوية للمصابين بالأمراض المزمنة في مراكز الإيواء"),
            it("تم تخصيص خط ساخن لتلقي الاستفسارات الصحية على مدار الساعة"),
        ],
        "staff": [
            it("عدد الكوادر الصحية المشاركة في الاستجابة: {kawadir}{kawadir.was}", kawadir="n 50 1200"),
            it("تم استدعاء الكوادر الصحية المجازة والاستعانة بفرق من المحافظات الأخرى"),
        ],
        "money": [
            it("التكلفة التقديرية للاستجابة حتى الآن: {taklifa}", taklifa="cum 10 200"),
            it("تم رفع طلب اعتماد إضافي بقيمة {itimad} إلى وزارة الصحة", itimad="money 20 300"),
        ],
        "risks": [
            risk("خطر انتشار الأمراض المنقولة بالمياه: {trend}", levels=AR_LEVELS,
                 mit=("تكثيف الرقابة على مياه الشرب في مراكز الإيواء",)),
            risk("خطر انقطاع التيار الكهربائي عن المستشفيات: {trend}", levels=AR_LEVELS,
                 mit=("توفير مولدات احتياطية ومخزون إضافي من الوقود",)),
            risk("نقص مخزون بعض الأدوية والمستلزمات الطبية",
                 mit=("طلب إمدادات عاجلة من المديرية العامة للإمدادات الطبية",)),
        ],
        "next": [
            it("من المتوقع عودة الخدمات الصحية إلى وضعها الطبيعي بحلول {awda}", awda="date 1 4"),
            it("سيتم رفع التقرير القادم في {qadim}", qadim="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 10, 21), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

CHOLERA = Partner(
    "cd-dps-cholera",
    "Choléra",
    ("Division Provinciale de la Santé du Nord-Kivu", "Division Provinciale de la Santé du Sud-Kivu",
     "Division Provinciale de la Santé du Haut-Katanga", "Division Provinciale de la Santé du Tanganyika"),
    {},
    {
        "hl": [
            it("Depuis le {debut}, l'épidémie de choléra touche plusieurs zones de santé de la province",
               debut="date -21 -21"),
            it("Nouveaux cas suspects notifiés au cours de la semaine : {cas}{cas.was}", cas="n 20 900"),
        ],
        "sit": [
            it("Zones de santé ayant notifié des cas : {zs}{zs.was}", zs="n 2 25"),
            it("Le taux de létalité reste au-dessus du seuil de 1% fixé par l'OMS"),
        ],
        "imp": [
            it("Lits occupés dans les CTC et les UTC : {lits}{lits.was}", lits="n 20 400"),
            it("Les centres de traitement du choléra (CTC) fonctionnent au-delà de leur capacité"),
        ],
        "ta": [
            it("Cas hospitalisés au cours de la semaine : {hosp}{hosp.was}", hosp="n 10 600"),
            it("Les unités de traitement du choléra (UTC) ont reçu des kits de prise en charge"),
        ],
        "tb": [
            it("Points de chloration de l'eau fonctionnels : {chlore}{chlore.was}", chlore="n 5 120"),
            it("La désinfection des ménages des cas se poursuit avec l'appui des partenaires"),
        ],
        "help": [
            it("Les relais communautaires sensibilisent les ménages au lavage des mains et au traitement de l'eau"),
            it("Des kits d'hygiène ont été distribués aux familles des cas confirmés"),
        ],
        "staff": [
            it("Prestataires formés à la prise en charge du choléra : {prest}{prest.was}", prest="n 10 300"),
            it("Des équipes d'intervention rapide ont été déployées dans les zones de santé les plus touchées"),
        ],
        "money": [
            it("Dépenses engagées depuis le début de la riposte : {depenses}", depenses="cum 10 200"),
            it("Un financement de {fin} a été sollicité auprès du fonds de riposte", fin="money 20 300"),
        ],
        "risks": [
            risk("Le risque d'extension de l'épidémie aux zones de santé voisines est {trend}", levels=CD_LEVELS,
                 mit=("renforcement de la surveillance aux points d'entrée et dans les sites de déplacés",)),
            risk("Le risque de rupture d'intrants (SRO, Ringer lactate) est {trend}", levels=CD_LEVELS,
                 mit=("une commande d'urgence a été transmise au niveau central",)),
            risk("Faible accès à l'eau potable dans les sites de déplacés",
                 mit=("installation de points de chloration supplémentaires avec les partenaires WASH",)),
        ],
        "next": [
            it("Lancer la campagne de vaccination orale contre le choléra le {vaccin}", vaccin="date 3 10"),
            it("Tenir la prochaine réunion du comité provincial de riposte le {reunion}", reunion="date 1 3"),
        ],
    },
    SIZES,
    date(2026, 3, 2), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip

DENGUE = Partner(
    "py-health-region-dengue",
    "Dengue",
    ("XI Región Sanitaria – Central", "X Región Sanitaria – Alto Paraná", "VII Región Sanitaria – Itapúa",
     "XIII Región Sanitaria – Amambay"),
    {},
    {
        "hl": [
            it("Desde el {desde} se registra un aumento sostenido de las notificaciones de dengue en el departamento",
               desde="date -14 -14"),
            it("Notificaciones de la semana: {notif}{notif.was}", notif="n 100 4000"),
        ],
        "sit": [
            it("Casos confirmados en la semana: {conf}{conf.was}", conf="n 10 400"),
            it("Circula el serotipo DENV-3 en la mayoría de los distritos del departamento"),
        ],
        "imp": [
            it("Consultas por síndrome febril en los servicios: {consultas}{consultas.was}", consultas="n 200 6000"),
            it("Los hospitales distritales habilitaron unidades de febriles con atención las 24 horas"),
        ],
        "ta": [
            it("Viviendas inspeccionadas por los equipos de control vectorial: {viv}{viv.was}", viv="n 500 20000"),
            it("El índice de infestación larvaria supera el nivel de riesgo en varios barrios"),
        ],
        "tb": [
            it("Pacientes internados por dengue: {intern}{intern.was}", intern="n 5 300"),
            it("Se reforzó la provisión de sales de rehidratación oral en los puestos de salud"),
        ],
        "help": [
            it("Las cuadrillas municipales realizan mingas ambientales para eliminar criaderos"),
            it("Se recomienda a la población acudir al servicio de salud ante los primeros síntomas"),
        ],
        "staff": [
            it("Funcionarios afectados a la respuesta: {func}{func.was}", func="n 20 500"),
            it("Estudiantes de enfermería apoyan la atención en las unidades de febriles"),
        ],
        "money": [
            it("Gastos adicionales en insumos y combustible: {gastos}", gastos="cum 5 80"),
            it("Se solicitaron {fondos} al fondo de emergencia del Ministerio", fondos="money 10 150"),
        ],
        "risks": [
            risk("El riesgo de saturación de los servicios de urgencia {trend}", levels=PY_LEVELS,
                 mit=("se habilitaron consultorios nocturnos en las unidades de salud de la familia",)),
            risk("El riesgo de un brote simultáneo de chikungunya {trend}", levels=PY_LEVELS,
                 mit=("se intensificó la vigilancia de laboratorio de los cuadros febriles",)),
            risk("Falta de reactivos para pruebas rápidas",
                 mit=("se gestionó un envío urgente del Laboratorio Central",)),
        ],
        "next": [
            it("Realizar una jornada de bloqueo en los barrios con más casos el {bloqueo}", bloqueo="date 2 5"),
            it("Presentar el próximo informe el {prox}", prox="date 7 7"),
        ],
    },
    SIZES,
    date(2026, 2, 2), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip

CYBER = Partner(
    "li-municipal-it-ransomware",
    "Cyberangriff",
    ("Gemeindeverwaltung Vaduz – Informatik", "Gemeindeverwaltung Schaan – Informatik",
     "Gemeindeverwaltung Triesen – Informatik", "Gemeindeverwaltung Balzers – Informatik"),
    {},
    {
        "hl": [
            it("Seit dem {seit} ist die Gemeindeverwaltung von einem Ransomware-Angriff auf die gemeinsame "
               "Informatik-Infrastruktur betroffen", seit="date -2 -2"),
            it("Verschlüsselte Server: {server}{server.was}", server="n 2 40"),
        ],
        "sit": [
            it("Die forensische Analyse erfolgt mit Unterstützung der Landespolizei und eines externen Dienstleisters"),
            it("Es gibt bisher keine Hinweise auf einen Abfluss von Personendaten"),
        ],
        "imp": [
            it("Arbeitsplätze ohne Zugriff auf Fachanwendungen: {apl}{apl.was}", apl="n 10 300"),
            it("Der Schalterbetrieb ist eingeschränkt, Zahlungen können nur bar abgewickelt werden"),
        ],
        "ta": [
            it("Wiederhergestellte Fachanwendungen: {apps}{apps.was}", apps="n 1 25"),
            it("Die Einwohnerkontrolle arbeitet vorübergehend mit Papierformularen"),
        ],
        "tb": [
            it("Die Website der Gemeinde ist wieder erreichbar, E-Mail nur über Notfallkonten"),
            it("Telefonische Anfragen pro Tag: {anrufe}{anrufe.was}", anrufe="n 20 600"),
        ],
        "help": [
            it("Der Schalter im Rathaus ist zusätzlich am Samstagvormittag geöffnet"),
            it("Einwohnerinnen und Einwohner werden gebeten, keine Links in verdächtigen E-Mails zu öffnen"),
        ],
        "staff": [
            it("Mitarbeitende im Einsatz für die Wiederherstellung: {ma}{ma.was}", ma="n 3 40"),
            it("Die Gemeindeinformatik wird durch Fachleute der Landesverwaltung verstärkt"),
        ],
        "money": [
            it("Bisherige Kosten für externe Unterstützung: {kosten}", kosten="cum 5 80"),
            it("Für neue Hardware wurde ein Nachtragskredit von {kredit} beantragt", kredit="money 10 120"),
        ],
        "risks": [
            risk("Das Risiko einer erneuten Kompromittierung ist {trend}", levels=LI_LEVELS,
                 mit=("alle Passwörter wurden zurückgesetzt und die Mehrfaktor-Authentifizierung eingeführt",)),
            risk("Das Risiko von Phishing-Mails an die Bevölkerung ist {trend}", levels=LI_LEVELS,
                 mit=("Warnhinweise auf der Website und in den sozialen Medien",)),
            risk("Verzögerungen bei der Lohnauszahlung", mit=("die Löhne werden manuell über die Bank angewiesen",)),
        ],
        "next": [
            it("Die Finanzbuchhaltung soll bis {fibu} wieder in Betrieb gehen", fibu="date 2 6"),
            it("Der nächste Lagebericht erscheint am {naechster}", naechster="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 11, 17), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
