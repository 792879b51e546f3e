"""Item ideas of four ``blind53_layouts`` publishers writing in other languages than English: Norwegian
municipalities whose drinking water was contaminated (Bokmål), Slovak towns while a forest fire burns above them
(Slovak), Greek island municipalities in an earthquake swarm (Greek) and Vietnamese provinces after landslides in
the mountains (Vietnamese) (``blind5_layouts_content`` explains the slots). ``blind53_layouts_content`` prints the
amounts, dates, comparisons and the mitigation's lead in each publisher's words. Where Slovak or Vietnamese would
make a noun agree with the figure before it in a way the figure cannot tell, a point gives the figure after a label
and a colon, as the publishers write a count; the counts start high enough for the plural that follows them. The
organisations are named after real kinds of body; the events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner
from blind18_layouts_content import Romanised

from sitroom.generate.banks import it, risk

SIZES = {"hl": (1, 2), "sit": (1, 2), "imp": (1, 2), "ta": (1, 2), "tb": (1, 2), "help": (1, 2), "staff": (1, 2),
         "money": (1, 2), "risks": (1, 3), "next": (1, 2)}  # fmt: skip

NO_LEVELS = ("følges med", "øker", "er nå betydelig", "er nå kritisk")

DRIKKEVANN = Partner(
    "no-kommune-drikkevann",
    "Forurenset drikkevann",
    ("Moss kommune", "Fredrikstad kommune", "Sarpsborg kommune", "Halden kommune"),
    {},
    {
        "hl": [
            it("Det ble påvist koliforme bakterier i drikkevannet fra kommunens vannverk den {pavist}",
               pavist="date -2 -2"),
            it("{husstander} husstander er omfattet av kokevarselet{husstander.was}", husstander="n 500 12000"),
        ],
        "sit": [
            it("Mattilsynet er varslet og følger saken tett sammen med kommuneoverlegen"),
            it("Nye vannprøver tas daglig fra ledningsnettet og høydebassengene"),
        ],
        "imp": [
            it("{syke} personer har kontaktet legevakten med mage- og tarmsymptomer{syke.was}", syke="n 10 900"),
            it("Skoler og barnehager i de berørte områdene deler ut flaskevann til barna"),
        ],
        "ta": [
            it("Vannverket har økt klordoseringen og satt inn et ekstra UV-anlegg"),
            it("{prover} av de siste vannprøvene er uten funn av bakterier{prover.was}", prover="pct 20 95"),
        ],
        "tb": [
            it("Sykehjemmene og hjemmetjenesten får levert flaskevann hver dag"),
            it("Legevakten har satt inn {leger} ekstra leger på vakt{leger.was}", leger="n 2 12"),
        ],
        "help": [
            it("Vannposter med tankvann er satt opp på {vannposter} steder i kommunen{vannposter.was}",
               vannposter="n 3 25"),
            it("Kommunens servicetorg svarer på spørsmål om kokevarselet hver dag fra klokken 08 til 20"),
        ],
        "staff": [
            it("{ansatte} ansatte fra kommunalteknikk og helse arbeider med hendelsen{ansatte.was}",
               ansatte="n 10 200"),
            it("Sivilforsvaret bistår med utkjøring av vann til sårbare innbyggere"),
        ],
        "money": [
            it("Kommunens merutgifter til hendelsen er så langt {kostnad}", kostnad="cum 100 4000"),
            it("Flaskevann og tankbiler koster om lag {leie} per døgn", leie="money 10 300"),
        ],
        "risks": [
            risk("Risikoen for nye sykdomstilfeller {trend}", levels=NO_LEVELS,
                 mit=("innbyggerne minnes om å koke vannet i minst ett minutt før bruk",)),
            risk("Risikoen for at kokevarselet må utvides til nye soner {trend}", levels=NO_LEVELS,
                 mit=("vannprøver tas fra alle trykksoner hver dag",)),
            risk("Innbyggere som ikke får med seg kokevarselet",
                 mit=("varselet sendes på SMS og deles ut på døren i de berørte områdene",)),
        ],
        "next": [
            it("Kriseledelsen har nytt møte den {mote}", mote="date 1 2"),
            it("Kokevarselet kan tidligst oppheves den {oppheves}", oppheves="date 2 6"),
        ],
    },
    SIZES,
    date(2026, 1, 12), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

SK_LEVELS = ("je monitorované", "narastá", "je vysoké", "je kritické")

POZIAR = Partner(
    "sk-mesto-lesny-poziar",
    "Lesný požiar",
    ("Mesto Poprad", "Mesto Spišská Nová Ves", "Mesto Brezno", "Mesto Rožňava"),
    {},
    {
        "hl": [
            it("Lesný požiar vypukol {vypukol} v lesnom poraste nad mestom", vypukol="date -2 -2"),
            it("Požiar zasiahol plochu {plocha} hektárov{plocha.was}", plocha="n 20 900"),
        ],
        "sit": [
            it("Hasiči lokalizovali požiar na severnom svahu, na južnom svahu hasenie pokračuje"),
            it("Slovenský hydrometeorologický ústav predpovedá na najbližšie dni sucho a nárazový vietor"),
        ],
        "imp": [
            it("Počet evakuovaných osôb z chatových osád: {evakuovani}{evakuovani.was}", evakuovani="n 20 600"),
            it("Vstup do lesov v okolí mesta je zakázaný až do odvolania"),
        ],
        "ta": [
            it("Počet vrtuľníkov a lietadiel nasadených na hasenie: {letecka}{letecka.was}", letecka="n 5 20"),
            it("Hasiči budujú protipožiarne pásy a dohasínajú ohniská v ťažko prístupnom teréne"),
        ],
        "tb": [
            it("Koncentrácia jemných prachových častíc v meste dosiahla {pm} limitnej hodnoty{pm.was}",
               pm="pct 40 250"),
            it("Regionálny úrad verejného zdravotníctva odporúča citlivým skupinám zdržiavať sa v interiéri"),
        ],
        "help": [
            it("Evakuovaní obyvatelia sú ubytovaní v mestskej športovej hale a v školských internátoch"),
            it("Počet hovorov prijatých na bezplatnej linke mesta: {hovory}{hovory.was}", hovory="n 50 2000"),
        ],
        "staff": [
            it("Počet zasahujúcich hasičov z celého Slovenska: {hasici}{hasici.was}", hasici="n 50 700"),
            it("Dobrovoľní hasiči z okolitých obcí zabezpečujú kyvadlovú dopravu vody"),
        ],
        "money": [
            it("Náklady mesta na zásah dosiahli doteraz {naklady}", naklady="cum 100 4000"),
            it("Mesto požiadalo ministerstvo vnútra o dotáciu vo výške {dotacia}", dotacia="money 100 900"),
        ],
        "risks": [
            risk("Riziko opätovného rozhorenia požiaru pri silnom vetre {trend}", levels=SK_LEVELS,
                 mit=("na spáleniskách zostávajú hliadky hasičov",)),
            risk("Riziko ohrozenia zdravia dymom {trend}", levels=SK_LEVELS,
                 mit=("obyvatelia dostávajú varovania cez Mobilný rozhlas a mestský rozhlas",)),
            risk("Zakladanie ohňa v prírode napriek zákazu",
                 mit=("mestská polícia a lesná stráž kontrolujú vstupy do lesa",)),
        ],
        "next": [
            it("Krízový štáb mesta zasadne opäť {zasadnutie}", zasadnutie="date 1 2"),
            it("Úplné uhasenie požiaru sa predpokladá do {uhasenie}", uhasenie="date 2 6"),
        ],
    },
    SIZES,
    date(2026, 8, 10), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

EL_LEVELS = ("παρακολουθείται", "αυξάνεται", "είναι πλέον σημαντικός", "είναι πλέον κρίσιμος")

SEISMOS = Romanised(
    "el-dimos-seismos",
    "Σεισμική δραστηριότητα",
    ("Δήμος Θήρας", "Δήμος Αμοργού", "Δήμος Ιητών", "Δήμος Ανάφης"),
    {},
    {
        "hl": [
            it("Η σεισμική ακολουθία στη θαλάσσια περιοχή μεταξύ Θήρας και Αμοργού συνεχίζεται από τις {enarxi}",
               enarxi="date -6 -6"),
            it("Από την έναρξη της ακολουθίας καταγράφηκαν {seismoi} σεισμοί μεγέθους άνω του 3,0{seismoi.was}",
               seismoi="n 50 1500"),
        ],
        "sit": [
            it("Η Επιτροπή Εκτίμησης και Αξιολόγησης Σεισμικού Κινδύνου συνεδριάζει σε καθημερινή βάση"),
            it("Τα σχολεία του νησιού παραμένουν κλειστά με απόφαση της Περιφέρειας Νοτίου Αιγαίου"),
        ],
        "imp": [
            it("{anaxorisantes} κάτοικοι και εργαζόμενοι έχουν αναχωρήσει από το νησί{anaxorisantes.was}",
               anaxorisantes="n 200 8000"),
            it("Η πρόσβαση σε παραλίες και μονοπάτια με κίνδυνο κατολισθήσεων έχει απαγορευτεί"),
        ],
        "ta": [
            it("Κλιμάκια μηχανικών έχουν ολοκληρώσει {aftopsies} αυτοψίες σε κτίρια{aftopsies.was}",
               aftopsies="n 20 900"),
            it("Τα σχολικά κτίρια και οι ναοί ελέγχονται κατά προτεραιότητα"),
        ],
        "tb": [
            it("Πραγματοποιήθηκαν {dromologia} έκτακτα δρομολόγια πλοίων για την αναχώρηση κατοίκων{dromologia.was}",
               dromologia="n 2 30"),
            it("Οι αεροπορικές εταιρείες έχουν προσθέσει πτήσεις από και προς την Αθήνα"),
        ],
        "help": [
            it("Στο κλειστό γυμναστήριο λειτουργεί χώρος προσωρινής φιλοξενίας για όσους δεν μπορούν να μείνουν "
               "στα σπίτια τους"),
            it("Η Κοινωνική Υπηρεσία του Δήμου έχει επικοινωνήσει με {eupatheis} ευπαθείς κατοίκους{eupatheis.was}",
               eupatheis="n 20 600"),
        ],
        "staff": [
            it("{dynameis} πυροσβέστες και διασώστες της ΕΜΑΚ βρίσκονται στο νησί{dynameis.was}",
               dynameis="n 10 150"),
            it("Εθελοντικές ομάδες πολιτικής προστασίας συνδράμουν στην ενημέρωση των πολιτών"),
        ],
        "money": [
            it("Οι δαπάνες του Δήμου για την αντιμετώπιση ανέρχονται μέχρι σήμερα σε {dapanes}",
               dapanes="cum 100 4000"),
            it("Το Υπουργείο Εσωτερικών ενέκρινε έκτακτη χρηματοδότηση ύψους {xrimatodotisi}",
               xrimatodotisi="money 100 900"),
        ],
        "risks": [
            risk("Ο κίνδυνος ισχυρότερου σεισμού {trend}", levels=EL_LEVELS,
                 mit=("οι πολίτες ενημερώνονται για τα μέτρα αυτοπροστασίας και οι χώροι καταφυγής είναι "
                      "σηματοδοτημένοι",)),
            risk("Ο κίνδυνος κατολισθήσεων στα πρανή και στις ακτές {trend}", levels=EL_LEVELS,
                 mit=("η πρόσβαση στις επικίνδυνες ζώνες έχει αποκλειστεί με απόφαση του Λιμεναρχείου",)),
            risk("Διάδοση ψευδών ειδήσεων για την εξέλιξη της σεισμικής δραστηριότητας",
                 mit=("ο Δήμος παραπέμπει μόνο στις επίσημες ανακοινώσεις της Πολιτικής Προστασίας",)),
        ],
        "next": [
            it("Η επόμενη συνεδρίαση του ΣΤΟΠΠ θα πραγματοποιηθεί στις {stopp}", stopp="date 1 2"),
            it("Η επαναλειτουργία των σχολείων θα επανεξεταστεί στις {sxoleia}", sxoleia="date 2 6"),
        ],
    },
    SIZES,
    date(2026, 2, 9), cadence_days=1, punct="stop", mitigation="colon",
    latin=("thira", "amorgos", "ios", "anafi", "seismiki-drastiriotita"),
)  # fmt: skip

VI_LEVELS = ("đang được theo dõi", "đang gia tăng", "hiện ở mức cao", "hiện ở mức rất cao")

SATLO = Partner(
    "vn-ubnd-sat-lo-dat",
    "Sạt lở đất",
    ("UBND tỉnh Lào Cai", "UBND tỉnh Tuyên Quang", "UBND tỉnh Cao Bằng", "UBND tỉnh Lai Châu"),
    {},
    {
        "hl": [
            it("Từ ngày {mua}, mưa lớn kéo dài đã gây sạt lở đất nghiêm trọng tại nhiều xã vùng cao",
               mua="date -3 -3"),
            it("Số hộ dân phải di dời khẩn cấp: {ho} hộ{ho.was}", ho="n 50 3000"),
        ],
        "sit": [
            it("Đài Khí tượng Thủy văn tỉnh dự báo mưa vừa, mưa to còn tiếp diễn trong hai đến ba ngày tới"),
            it("Mực nước trên các sông, suối đang xuống chậm"),
        ],
        "imp": [
            it("Số nhà bị sập, hư hỏng do sạt lở: {nha} nhà{nha.was}", nha="n 10 900"),
            it("Nhiều diện tích lúa, hoa màu và ao nuôi cá bị đất đá vùi lấp"),
        ],
        "ta": [
            it("Lực lượng cứu nạn đã tiếp cận {diem} điểm sạt lở lớn{diem.was}", diem="n 3 40"),
            it("Công tác tìm kiếm người mất tích được tổ chức liên tục cả ngày và đêm"),
        ],
        "tb": [
            it("Số điểm sạt lở gây ách tắc trên các tuyến quốc lộ, tỉnh lộ: {tac} điểm{tac.was}", tac="n 5 120"),
            it("Ngành điện đã khôi phục cấp điện cho phần lớn các xã bị mất điện"),
        ],
        "help": [
            it("Các hộ dân di dời được bố trí ở nhờ nhà người thân, nhà văn hóa và trường học"),
            it("Số suất quà, nhu yếu phẩm đã trao cho người dân: {qua} suất{qua.was}", qua="n 200 9000"),
        ],
        "staff": [
            it("Tổng số cán bộ, chiến sĩ quân đội, công an và dân quân tham gia: {ls} người{ls.was}",
               ls="n 200 5000"),
            it("Phương tiện huy động gồm máy xúc, ô tô, xuồng và thiết bị thông tin liên lạc"),
        ],
        "money": [
            it("Kinh phí hỗ trợ khẩn cấp tỉnh đã chi đến nay là {kinhphi}", kinhphi="cum 100 4000"),
            it("Tỉnh đề nghị Trung ương hỗ trợ {denghi} để khắc phục hậu quả", denghi="money 100 900"),
        ],
        "risks": [
            risk("Nguy cơ sạt lở tiếp tại các khu dân cư ven taluy {trend}", levels=VI_LEVELS,
                 mit=("di dời người dân khỏi vùng nguy hiểm và cắm biển cảnh báo",)),
            risk("Nguy cơ lũ quét tại các suối nhỏ vùng cao {trend}", levels=VI_LEVELS,
                 mit=("duy trì lực lượng trực 24/24 giờ và thông báo cho người dân qua loa truyền thanh",)),
            risk("Người dân quay lại nhà trong vùng nguy hiểm khi mưa chưa dứt",
                 mit=("chính quyền xã tổ chức chốt chặn và kiểm tra từng hộ",)),
        ],
        "next": [
            it("Tổ công tác của tỉnh kiểm tra các điểm sạt lở vào ngày {kiemtra}", kiemtra="date 1 2"),
            it("Tiếp tục tìm kiếm người mất tích và khắc phục giao thông đến ngày {ngay}", ngay="date 2 5"),
        ],
    },
    SIZES,
    date(2026, 9, 7), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
