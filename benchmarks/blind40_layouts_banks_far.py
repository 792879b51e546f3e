"""Item ideas of two ``blind40_layouts`` publishers far from the others: Lesotho's district disaster management teams
in a heavy snowfall in the highlands, in Sesotho as written in Lesotho, and community organisations in Myanmar in
floods after a typhoon, in Burmese (``blind5_layouts_content`` explains the slots; the risks escalate in their own
language's words; the Burmese series are told apart by their names in Latin letters,
``blind18_layouts_content.Romanised``). ``blind40_layouts_content`` prints the amounts, dates, comparisons and the
mitigation's lead in each publisher's words. The organisations are named after real kinds of body; the events and
figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner
from blind18_layouts_content import Romanised

from sitroom.generate.banks import it, risk

ST_LEVELS = ("e ntse e shejoa", "e ntse e eketseha", "joale e kholo", "joale e kholo haholo")

LEHLOA = Partner(
    "ls-ddmt-lehloa",
    "Lehloa le leholo",
    ("Komiti ea Setereke ea Taolo ea Likoluoa Mokhotlong", "Komiti ea Setereke ea Taolo ea Likoluoa Thaba-Tseka",
     "Komiti ea Setereke ea Taolo ea Likoluoa Butha-Buthe", "Komiti ea Setereke ea Taolo ea Likoluoa Qacha's Nek"),
    {},
    {
        "kakaretso": [
            it("Lehloa le leholo le qalile ho na ka la {qalo} setereking sohle", qalo="date -3 -3"),
            it("Malapa a {malapa} a amehile ke lehloa{malapa.was}", malapa="n 50 4000"),
        ],
        "boemo": [
            it("Lehloa le ntse le koahetse libaka tse phahameng tsa setereke"),
            it("Metse e {metse} e ntse e sa fihlellehe ka koloi{metse.was}", metse="n 2 60"),
        ],
        "leholimo": [
            it("Lefapha la Boemo ba Leholimo le lebeletse serame se matla ho fihlela ka la {serame}",
               serame="date 1 4"),
            it("Mocheso o ka theohela ho likhato tse {likhato} ka tlase ho zero bosiu", likhato="n 5 15"),
        ],
        "litlamorao": [
            it("Matlo a {matlo} a senyehile{matlo.was}", matlo="n 5 400"),
            it("Likolo tse {likolo} li koetsoe ho fihlela lehloa le qhibiliha", likolo="n 2 60"),
        ],
        "litsela": [
            it("Tsela e kholo e kenang setereking e ntse e koetsoe ke lehloa"),
            it("Litsela tse {litsela} li se li buletsoe ke mechini ea mmuso{litsela.was}", litsela="n 1 30"),
        ],
        "liphoofolo": [
            it("Liphoofolo tse {liphoofolo} li shoele ke serame{liphoofolo.was}", liphoofolo="n 50 9000"),
            it("Balisana ba {balisana} ba ntse ba le meraka", balisana="n 5 200"),
        ],
        "thuso": [
            it("Malapa a {lijo} a fumane liphutheloana tsa lijo{lijo.was}", lijo="n 20 3000"),
            it("Likobo le mashala li fuoe malapa a hlokang ka ho fetisisa"),
        ],
        "basebetsi": [
            it("Basebetsi ba {basebetsi} ba sebetsa ts'ebetsong ena{basebetsi.was}", basebetsi="n 10 300"),
            it("Sesole sa Lesotho se rometse lihelikopta tse {lihelikopta} ho pholosa balisana",
               lihelikopta="n 1 4"),
        ],
        "lichelete": [
            it("Chelete e sebelisitsoeng ho fihlela joale ke {chelete}", chelete="cum 20 900"),
            it("Mmuso o fane ka {thuso} bakeng sa thuso ea tšohanyetso", thuso="money 20 500"),
        ],
        "risks": [
            risk("Kotsi ea hore balisana ba shoe ke serame {trend}", levels=ST_LEVELS,
                 mit=("lihlopha tsa pholoso li etela meraka letsatsi le leng le le leng",)),
            risk("Kotsi ea khaello ea lijo metseng e koaletsoeng {trend}", levels=ST_LEVELS,
                 mit=("lijo li isoa metseng eo ka lihelikopta",)),
            risk("Tšenyo ea mehala ea motlakase", mit=("lihlopha tsa ho lokisa li rometsoe libakeng tseo",)),
        ],
        "mehato": [
            it("Seboka sa komiti ea setereke se tla ba teng ka la {seboka}", seboka="date 1 3"),
            it("Ho qeta tlhahlobo ea tšenyo ho fihlela ka la {tlhahlobo}", tlhahlobo="date 2 7"),
        ],
    },
    {"kakaretso": (1, 2), "boemo": (1, 2), "leholimo": (1, 2), "litlamorao": (1, 2), "litsela": (1, 2),
     "liphoofolo": (1, 2), "thuso": (1, 2), "basebetsi": (1, 2), "lichelete": (1, 2), "risks": (1, 3),
     "mehato": (1, 2)},
    date(2026, 7, 14), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

MY_LEVELS = ("ကို စောင့်ကြည့်နေပါသည်", "မြင့်တက်လာနေပါသည်", "ယခု မြင့်မားနေပါသည်", "ယခု အလွန်မြင့်မားနေပါသည်")

YEGYI = Romanised(
    "mm-cso-yegyi",
    "ရေကြီးရေလျှံမှု",
    ("တောင်ငူ လူမှုကူညီရေးအသင်း", "ပျဉ်းမနား ပရဟိတအဖွဲ့", "ညောင်ရွှေ အမျိုးသမီးကွန်ရက်", "ကလော လူငယ်စေတနာ့ဝန်ထမ်းအဖွဲ့"),
    {},
    {
        "akyin": [
            it("{since} မှစ၍ ဆက်တိုက်ရွာသွန်းသော မိုးကြောင့် မြို့နယ်အတွင်း ရပ်ကွက်များ ရေကြီးနေပါသည်",
               since="date -4 -4"),
            it("ရေဘေးသင့် အိမ်ထောင်စု {hh} စု ရှိပါသည်{hh.was}", hh="n 50 6000"),
        ],
        "achay": [
            it("မြစ်ရေမျက်နှာပြင် စတင်ကျဆင်းနေသော်လည်း အန္တရာယ်အမှတ်အထက်တွင် ရှိနေဆဲဖြစ်ပါသည်"),
            it("ရပ်ကွက်နှင့် ကျေးရွာ {villages} ခု ရေဝပ်နေဆဲဖြစ်ပါသည်{villages.was}", villages="n 2 80"),
        ],
        "moe": [
            it("မိုးလေဝသနှင့် ဇလဗေဒညွှန်ကြားမှုဦးစီးဌာနက {until} အထိ မိုးဆက်ရွာမည်ဟု ခန့်မှန်းထားပါသည်",
               until="date 1 4"),
            it("တစ်ရက်အတွင်း မိုးရေချိန် မီလီမီတာ {mm} အထိ ရွာသွန်းနိုင်ပါသည်", mm="n 30 200"),
        ],
        "thikhaik": [
            it("နေအိမ် {homes} လုံး ပျက်စီးခဲ့ပါသည်{homes.was}", homes="n 10 3000"),
            it("လယ်ဧက {acres} ဧက ရေမြုပ်နေပါသည်", acres="n 100 20000"),
        ],
        "sakhan": [
            it("ယာယီစခန်း {camps} ခုတွင် လူ {people} ဦး ခိုလှုံနေပါသည်{people.was}", camps="n 2 40",
               people="n 50 9000"),
            it("ဘုန်းကြီးကျောင်းများနှင့် စာသင်ကျောင်းများကို ယာယီစခန်းအဖြစ် အသုံးပြုနေပါသည်"),
        ],
        "ye": [
            it("သောက်ရေသန့်ပုလင်း {bottles} ဘူး ဖြန့်ဝေပြီးဖြစ်ပါသည်{bottles.was}", bottles="n 500 50000"),
            it("ယာယီအိမ်သာ {latrines} လုံး ဆောက်လုပ်ထားပါသည်", latrines="n 5 200"),
        ],
        "koonyi": [
            it("အိမ်ထောင်စု {food} စုသို့ ဆန်နှင့် ဆီ ထောက်ပံ့ပြီးဖြစ်ပါသည်{food.was}", food="n 20 4000"),
            it("ငွေသားအကူအညီကို အိမ်ထောင်စု {cash} စုသို့ ပေးအပ်ခဲ့ပါသည်", cash="n 10 2000"),
        ],
        "wuntan": [
            it("ဝန်ထမ်းနှင့် စေတနာ့ဝန်ထမ်း {vols} ဦး ကွင်းဆင်းလုပ်ကိုင်နေပါသည်{vols.was}", vols="n 10 300"),
            it("ကယ်ဆယ်ရေးလှေ {boats} စင်း အသုံးပြုနေပါသည်", boats="n 2 30"),
        ],
        "ngway": [
            it("ယခုအချိန်အထိ ရရှိသော အလှူငွေ စုစုပေါင်း {funds} ဖြစ်ပါသည်", funds="cum 5 200"),
            it("ဆန်နှင့် ဆေးဝါးဝယ်ယူရန် {spent} သုံးစွဲခဲ့ပါသည်", spent="money 2 60"),
        ],
        "risks": [
            risk("ဝမ်းရောဂါ ဖြစ်ပွားနိုင်သည့် အန္တရာယ် {trend}", levels=MY_LEVELS,
                 mit=("စခန်းတိုင်းတွင် ရေသန့်စင်ဆေးပြားနှင့် ORS ဖြန့်ဝေထားပါသည်",)),
            risk("မြေပြိုနိုင်သည့် အန္တရာယ် {trend}", levels=MY_LEVELS,
                 mit=("တောင်စောင်းရှိ အိမ်ထောင်စုများကို ကြိုတင်ရွှေ့ပြောင်းထားပါသည်",)),
            risk("လမ်းပိတ်ဆို့မှုကြောင့် ပစ္စည်းပို့ဆောင်ရေး နှောင့်နှေးခြင်း", mit=("လှေဖြင့် အစားထိုးပို့ဆောင်ပါသည်",)),
        ],
        "nauk": [
            it("{meet} တွင် မိတ်ဖက်အဖွဲ့များနှင့် ညှိနှိုင်းအစည်းအဝေး ကျင်းပမည်", meet="date 1 3"),
            it("{assess} မတိုင်မီ ပျက်စီးမှုစစ်တမ်း ပြီးစီးအောင် ဆောင်ရွက်မည်", assess="date 2 7"),
        ],
    },
    {"akyin": (1, 2), "achay": (1, 2), "moe": (1, 2), "thikhaik": (1, 2), "sakhan": (1, 2), "ye": (1, 2),
     "koonyi": (1, 2), "wuntan": (1, 2), "ngway": (1, 2), "risks": (1, 3), "nauk": (1, 2)},
    date(2026, 9, 14), cadence_days=2, punct="stop", mitigation="colon",
    latin=("taungoo", "pyinmana", "nyaungshwe", "kalaw", "yegyi"),
)  # fmt: skip
