"""Item ideas of three ``blind39_layouts`` publishers far from the others: Aruba's neighbourhood centres ("centro di
bario") in an island-wide blackout, in Papiamento as written on Aruba, Sri Lankan district disaster management
coordination units in south-west monsoon floods and landslides, in Sinhala, and Korean county disaster and safety
headquarters in a spring wildfire, in Korean (``blind5_layouts_content`` explains the slots; the risks escalate in
their own language's words; the Sinhala and Korean series are told apart by their names in Latin letters,
``blind18_layouts_content.Romanised``). ``blind39_layouts_content`` prints the amounts, dates, comparisons and the
mitigation's lead in each publisher's words. The organisations are named after real kinds of body; the events and
figures (and the Korean counties) are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner
from blind18_layouts_content import Romanised

from sitroom.generate.banks import it, risk

PAP_LEVELS = ("ta wordo vigila", "ta subi", "ta grandi awor", "ta hopi grandi awor")

APAGON = Partner(
    "aw-apagon",
    "Apagon general",
    ("Centro di Bario Noord", "Centro di Bario Santa Cruz", "Centro di Bario San Nicolas", "Centro di Bario Paradera"),
    {},
    {
        "summary": [
            it("Desde e apagon general di {since} e centro ta habri 24 ora pa e bario", since="date -2 -2"),
            it("{people} persona a bishita e centro awe{people.was}", people="n 20 600"),
        ],
        "situation": [
            it("Corriente a bolbe den {pct} di e bario{pct.was}", pct="pct 10 95"),
            it("E centro ta traha cu un generador di Gobierno"),
        ],
        "forecast": [
            it("Meteo Aruba ta spera temperatura te cu {temp} grado", temp="n 32 36"),
            it("No ta spera awacero prome cu {until}", until="date 2 5"),
        ],
        "impacts": [
            it("{houses} cas ainda ta sin corriente{houses.was}", houses="n 50 3000"),
            it("{shops} tienda chikito a sera pa falta di corriente", shops="n 2 40"),
        ],
        "power": [
            it("WEB ta reparti awa cu truck na {points} punto den e bario", points="n 2 12"),
            it("E telefon di e centro ta funciona atrobe"),
        ],
        "elderly": [
            it("Boluntarionan a bishita {elders} adulto mayor cu ta biba so{elders.was}", elders="n 10 300"),
            it("{oxygen} persona cu ta depende di machin di oxigeno a haya yudansa", oxygen="n 1 30"),
        ],
        "aid": [
            it("A parti {bottles} botter di awa{bottles.was}", bottles="n 200 8000"),
            it("A parti {meals} plato di cuminda cayente", meals="n 50 900"),
        ],
        "volunteers": [
            it("{vols} boluntario ta yuda den e centro{vols.was}", vols="n 5 60"),
            it("Cruz Roja Aruba a manda dos enfermera pa e centro"),
        ],
        "costs": [
            it("Gastonan te awor ta {cost}", cost="cum 5 400"),
            it("Departamento di Asuntonan Social a duna {grant}", grant="money 5 200"),
        ],
        "risks": [
            risk("E riesgo di golpi di calor na adultonan mayor {trend}",
                 mit=("boluntarionan ta bishita nan dos biaha pa dia",), levels=PAP_LEVELS),
            risk("E riesgo cu cuminda den frigidair ta bira malo {trend}",
                 mit=("nos ta parti ijs i ta informa e bario",), levels=PAP_LEVELS),
            risk("E generador por faya", mit=("un generador di reserva ta cla",)),
        ],
        "next": [
            it("Reunion cu e Centro di Operacion di Emergencia riba {meet}", meet="date 1 3"),
            it("Evaluacion di e necesidad di famianan den e bario te {due}", due="date 2 6"),
        ],
    },
    {"summary": (1, 2), "situation": (1, 2), "forecast": (1, 2), "impacts": (1, 2), "power": (1, 2),
     "elderly": (1, 2), "aid": (1, 2), "volunteers": (1, 2), "costs": (1, 2), "risks": (1, 3), "next": (1, 2)},
    date(2026, 8, 17), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

SI_LEVELS = ("නිරීක්ෂණය කෙරේ", "වැඩි වෙමින් පවතී", "දැන් බරපතළ ය", "දැන් ඉතා බරපතළ ය")

GANWATHURA = Romanised(
    "lk-ddmcu-flood",
    "ගංවතුර හා නායයෑම්",
    ("රත්නපුර දිස්ත්‍රික් ආපදා කළමනාකරණ සම්බන්ධීකරණ ඒකකය", "කළුතර දිස්ත්‍රික් ආපදා කළමනාකරණ සම්බන්ධීකරණ ඒකකය",
     "ගාල්ල දිස්ත්‍රික් ආපදා කළමනාකරණ සම්බන්ධීකරණ ඒකකය", "කෑගල්ල දිස්ත්‍රික් ආපදා කළමනාකරණ සම්බන්ධීකරණ ඒකකය"),
    {},
    {
        "summary": [
            it("{rain} සිට ඇද හැලෙන අධික වර්ෂාව හේතුවෙන් ප්‍රාදේශීය ලේකම් කොට්ඨාස {ds} ක් ගංවතුරට ලක් වී ඇත",
               rain="date -4 -4", ds="n 2 9"),
            it("පුද්ගලයින් {people} දෙනෙකු ආපදාවෙන් බලපෑමට ලක් වී ඇත{people.was}", people="n 500 60000"),
        ],
        "situation": [
            it("ගංවතුර අනතුරු ඇඟවීමේ මට්ටම ඉක්මවූ ජල මිනුම් ස්ථාන {stations} ක් ඇත{stations.was}", stations="n 1 9"),
            it("ප්‍රධාන ගංගාවල ජල මට්ටම ක්‍රමයෙන් පහත බසිමින් පවතී"),
        ],
        "forecast": [
            it("කාලගුණ විද්‍යා දෙපාර්තමේන්තුව {until} දක්වා තද වැසි අපේක්ෂා කරයි", until="date 1 4"),
            it("කඳුකර ප්‍රදේශවල මිලිමීටර {mm} ට වැඩි වර්ෂාපතනයක් අපේක්ෂිත ය", mm="n 75 200"),
        ],
        "impacts": [
            it("නිවාස {homes} ක් අර්ධ වශයෙන් හානි වී ඇත{homes.was}", homes="n 10 3000"),
            it("කුඹුරු අක්කර {paddy} ක් ජලයෙන් යට වී ඇත", paddy="n 50 9000"),
        ],
        "shelters": [
            it("ආරක්ෂිත මධ්‍යස්ථාන {centres} ක පවුල් {fam} ක් රැඳී සිටී{fam.was}", centres="n 2 60",
               fam="n 20 4000"),
            it("ආරක්ෂිත මධ්‍යස්ථානවලට පිරිසිදු පානීය ජලය බවුසර් මගින් සපයනු ලැබේ"),
        ],
        "roads": [
            it("මාර්ග {roads} ක් ජලයෙන් යට වී ඇති බැවින් ගමනාගමනය අවහිර වී ඇත{roads.was}", roads="n 2 40"),
            it("ප්‍රධාන මාර්ගය {closed} සිට වසා ඇත", closed="date -2 -2"),
        ],
        "relief": [
            it("පවුල් {dry} කට වියළි ආහාර සලාක ලබා දී ඇත{dry.was}", dry="n 50 6000"),
            it("ශ්‍රී ලංකා රතු කුරුස සංගමය මගින් සනීපාරක්ෂක කට්ටල බෙදා දෙන ලදී"),
        ],
        "staff": [
            it("ත්‍රිවිධ හමුදා හා පොලිස් නිලධාරීන් {troops} දෙනෙකු සහන කටයුතුවල යොදවා ඇත{troops.was}",
               troops="n 20 900"),
            it("නාවික හමුදා බෝට්ටු {boats} ක් ගලවා ගැනීමේ කටයුතු සඳහා යොදවා ඇත", boats="n 2 40"),
        ],
        "funds": [
            it("මේ දක්වා වැය කළ මුළු මුදල {spent} කි", spent="cum 50 3000"),
            it("ජාතික ආපදා සහන සේවා මධ්‍යස්ථානය මගින් {grant} ක් වෙන් කර ඇත", grant="money 50 900"),
        ],
        "risks": [
            risk("නායයෑම් අවදානම {trend}", mit=("අවදානම් ප්‍රදේශවල පවුල් ආරක්ෂිත ස්ථානවලට ඉවත් කර ඇත",),
                 levels=SI_LEVELS),
            risk("ඩෙංගු හා මී උණ පැතිරීමේ අවදානම {trend}", mit=("සෞඛ්‍ය කාර්ය මණ්ඩලය මගින් දැනුවත් කිරීම් පවත්වනු ලැබේ",),
                 levels=SI_LEVELS),
            risk("ආරක්ෂිත මධ්‍යස්ථානවල තදබදය", mit=("අතිරේක පාසල් ගොඩනැගිලි විවෘත කර ඇත",)),
        ],
        "next": [
            it("{meet} දින දිස්ත්‍රික් ආපදා කළමනාකරණ කමිටුව රැස් වේ", meet="date 1 3"),
            it("{due} දක්වා හානි තක්සේරු කිරීම අවසන් කිරීම", due="date 2 7"),
        ],
    },
    {"summary": (1, 2), "situation": (1, 2), "forecast": (1, 2), "impacts": (1, 2), "shelters": (1, 2),
     "roads": (1, 2), "relief": (1, 2), "staff": (1, 2), "funds": (1, 2), "risks": (1, 3), "next": (1, 2)},
    date(2026, 6, 1), cadence_days=1, punct="stop", mitigation="colon",
    latin=("ratnapura", "kalutara", "galle", "kegalle", "ganwathura"),
)  # fmt: skip

KO_LEVELS = ("관찰 중", "증가 중", "심각", "매우 심각")

SANBUL = Romanised(
    "kr-sanbul",
    "산불",
    ("청하군 재난안전대책본부", "운곡군 재난안전대책본부", "봉양군 재난안전대책본부", "금계군 재난안전대책본부"),
    {},
    {
        "summary": [
            it("{start} 14:10경 발생한 산불이 인근 읍면으로 확산", start="date -3 -3"),
            it("산불영향구역 {ha}ha로 추정{ha.was}", ha="n 100 40000"),
        ],
        "situation": [
            it("진화율 {rate}{rate.was}", rate="pct 10 95"),
            it("주불은 잡혔으나 잔불 정리 중"),
        ],
        "forecast": [
            it("건조경보 지속, {until}까지 비 소식 없음", until="date 1 4"),
            it("순간풍속 최대 초속 {wind}m 예상", wind="n 5 25"),
        ],
        "impacts": [
            it("주택 {homes}동 전소{homes.was}", homes="n 5 900"),
            it("농업시설 {farm}동 피해", farm="n 5 300"),
        ],
        "evac": [
            it("주민 {evac}명 대피 중{evac.was}", evac="n 50 3000"),
            it("임시대피소 {shelters}곳 운영", shelters="n 2 30"),
        ],
        "heritage": [
            it("사찰 소장 유물 {items}점 안전지대로 이송", items="n 2 40"),
            it("국가유산청과 협조하여 목조 문화유산에 방염포 설치 완료"),
        ],
        "support": [
            it("구호물품 {kits}세트 지급{kits.was}", kits="n 50 3000"),
            it("적십자 급식차량 3대 운영"),
        ],
        "forces": [
            it("인력 {crew}명 투입{crew.was}", crew="n 100 5000"),
            it("헬기 {heli}대, 진화차 {trucks}대 동원", heli="n 5 60", trucks="n 10 200"),
        ],
        "budget": [
            it("재난관리기금 {fund} 집행", fund="cum 50 3000"),
            it("특별교부세 {grant} 교부 요청", grant="money 50 900"),
        ],
        "risks": [
            risk("강풍으로 인한 재발화 위험 {trend}", mit=("잔불 감시조 24시간 운영",), levels=KO_LEVELS),
            risk("산불 피해지 산사태 위험 {trend}", mit=("피해지 사면 긴급 점검",), levels=KO_LEVELS),
            risk("대피 주민 건강 악화", mit=("보건소 의료지원반 대피소 상주",)),
        ],
        "next": [
            it("{meet} 중앙재난안전대책본부 회의 참석", meet="date 1 3"),
            it("{survey}까지 피해 조사 완료", survey="date 2 7"),
        ],
    },
    {"summary": (1, 2), "situation": (1, 2), "forecast": (1, 2), "impacts": (1, 2), "evac": (1, 2),
     "heritage": (1, 2), "support": (1, 2), "forces": (1, 2), "budget": (1, 2), "risks": (1, 3), "next": (1, 2)},
    date(2026, 3, 23), cadence_days=1, punct="none", mitigation="colon",
    latin=("cheongha", "ungok", "bongyang", "geumgye", "sanbul"),
)  # fmt: skip
