"""Item ideas of three ``blind19_layouts`` publishers writing in languages no earlier set used: a Turkish provincial
disaster and emergency directorate's report on an earthquake, a Slovenian municipal civil protection staff's report
on floods and an Estonian rescue board region's overview of a storm that cut the power (``blind5_layouts_content``
explains the slots). The generator's figures, dates and "(up from … )" notes are British English;
``blind19_layouts_content`` prints them in each publisher's conventions. The organisations are named after real
kinds of body; the places, events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

TR_LEVELS = ("izleniyor", "artıyor", "artık yüksek", "artık kritik")
SL_LEVELS = ("je pod nadzorom", "narašča", "je zdaj visoko", "je zdaj kritično")
ET_LEVELS = ("on jälgimisel", "suureneb", "on nüüd kõrge", "on nüüd kriitiline")

DEPREM = Partner(
    "deprem-tr",
    "Deprem",
    ("Malatya İl Afet ve Acil Durum Müdürlüğü", "Kahramanmaraş İl Afet ve Acil Durum Müdürlüğü",
     "Düzce İl Afet ve Acil Durum Müdürlüğü", "Bingöl İl Afet ve Acil Durum Müdürlüğü"),
    {},
    {
        "ozet": [
            it("Merkez üssü Yeşilyurt ilçesi olan 5,9 büyüklüğündeki depremin ardından il genelinde müdahale "
               "çalışmaları sürmektedir"),
            it("Depremde hayatını kaybeden vatandaş sayısı: {olu}", olu="n 1 9"),
            it("Yaralı vatandaş sayısı: {yarali}{yarali.was}", yarali="n 20 300"),
        ],
        "deprem": [
            it("Ana şoktan bu yana kaydedilen artçı sarsıntı sayısı: {artci}{artci.was}", artci="n 40 600"),
            it("En büyük artçı sarsıntı 4,6 büyüklüğünde olup {gun} tarihinde meydana gelmiştir", gun="date -3 -1"),
            it("Bölgede deprem aktivitesi azalma eğilimindedir, ancak yapılar hasarlı olduğundan vatandaşların "
               "evlerine girmemesi önerilmektedir"),
        ],
        "hasar": [
            it("Hasar tespit ekiplerince incelenen bina sayısı: {bina}{bina.was}", bina="n 500 9000"),
            it("Ağır hasarlı veya yıkık olarak belirlenen bina sayısı: {agir}", agir="n 10 400"),
            it("İl genelinde {okul} okulda eğitime bir hafta ara verilmiştir", okul="n 5 120"),
            it("Elektrik ve içme suyu kesintileri büyük ölçüde giderilmiş, {koy} köyde kesinti sürmektedir",
               koy="n 2 30"),
        ],
        "mudahale": [
            it("Arama kurtarma çalışmaları tamamlanmış, enkaz kaldırma çalışmaları sürmektedir"),
            it("Sahada görev yapan arama kurtarma ve destek personeli: {ekip} kişi{ekip.was}", ekip="n 200 3000"),
            it("Bakanlıklar ve sivil toplum kuruluşlarıyla koordinasyon il afet koordinasyon merkezinden "
               "yürütülmektedir"),
            it("Hasar tespit çalışmaları için komşu illerden {muhendis} mühendis görevlendirilmiştir",
               muhendis="n 20 300"),
        ],
        "barinma": [
            it("Çadır kentlerde ve toplu yaşam alanlarında barınan vatandaş: {cadir} kişi{cadir.was}",
               cadir="n 300 12000"),
            it("Kurulan çadır sayısı: {adet}; ayrıca {konteyner} konteyner sevk edilmiştir", adet="n 100 4000",
               konteyner="n 20 600"),
            it("Mobil mutfaklarda günde {sicak} öğün sıcak yemek dağıtılmaktadır", sicak="n 1000 40000"),
        ],
        "personel": [
            it("Müdürlük personelinin %{nobet}'i vardiyalı olarak görev yapmaktadır", nobet="n 40 95"),
            it("Sahada görevli araç ve iş makinesi sayısı: {arac}{arac.was}", arac="n 50 900"),
        ],
        "risks": [
            risk("Hasarlı binalarda artçı sarsıntılarla çökme riski {trend}", levels=TR_LEVELS,
                 mit=("ağır hasarlı binaların çevresi şeritle kapatılmış, emniyet birimleri girişleri "
                      "denetlemektedir",)),
            risk("Çadır kentlerde gece soğuğu nedeniyle sağlık sorunları",
                 mit=("çadırlara ısıtıcı ve battaniye dağıtılmış, sağlık ekipleri günlük tarama yapmaktadır",)),
            risk("Toplu yaşam alanlarında bulaşıcı hastalık riski {trend}", levels=TR_LEVELS,
                 mit=("içme suyu düzenli olarak klorlanmakta, seyyar tuvaletler günde iki kez "
                      "temizlenmektedir",)),
        ],
        "bilgi": [
            it("Vatandaşlar AFAD ve Valilik sosyal medya hesaplarından günde iki kez bilgilendirilmektedir"),
            it("Basın toplantısı {basin} tarihinde Vali başkanlığında yapılmıştır", basin="date -2 0"),
            it("Alo 122 hattına gelen çağrı sayısı: {cagri}{cagri.was}", cagri="n 200 9000"),
        ],
    },
    {"ozet": (2, 3), "deprem": (1, 3), "hasar": (2, 4), "mudahale": (2, 4), "barinma": (1, 3), "personel": (1, 2),
     "risks": (1, 3), "bilgi": (1, 2)},
    date(2025, 2, 10), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

POPLAVE = Partner(
    "poplave-sl",
    "Poplave",
    ("Občina Kamnik", "Občina Črna na Koroškem", "Občina Šmartno ob Paki", "Občina Prevalje"),
    {},
    {
        "stanje": [
            it("Vodostaj reke se je ponoči znižal, vendar je ob strugi še vedno razglašena stopnja opozorila"),
            it("Število gospodinjstev brez elektrike: {brez}{brez.was}", brez="n 20 900"),
            it("Zaprtih je še {ceste} odsekov lokalnih cest zaradi plazov in poškodovanih mostov", ceste="n 2 25"),
        ],
        "napoved": [
            it("ARSO za naslednji dan napoveduje spremenljivo oblačno vreme z občasnimi plohami"),
            it("Ponovne okrepitve padavin so možne od {dez} dalje", dez="date 2 5"),
        ],
        "posledice": [
            it("Število evakuiranih prebivalcev: {evak}{evak.was}", evak="n 10 400"),
            it("Pitna voda v vodovodu ni primerna za pitje brez prekuhavanja v {naselja} naseljih",
               naselja="n 2 12"),
            it("Poškodovanih ali uničenih je {hise} stanovanjskih objektov", hise="n 10 300"),
            it("Pouk v osnovni šoli poteka na nadomestni lokaciji v kulturnem domu"),
        ],
        "ukrepi": [
            it("Na terenu je bilo skupaj {gasilci} gasilcev prostovoljnih gasilskih društev{gasilci.was}",
               gasilci="n 50 600"),
            it("Civilna zaščita je napolnila in razvozila {vreče} protipoplavnih vreč", vreče="n 1000 30000"),
            it("Slovenska vojska s težko mehanizacijo pomaga pri odstranjevanju naplavin"),
        ],
        "pomoc": [
            it("V zbirnem centru v gasilskem domu je nastanjenih {center} oseb", center="n 5 120"),
            it("Rdeči križ in Karitas sta razdelila {paketi} paketov hrane in higienskih potrepščin",
               paketi="n 50 1500"),
            it("Prostovoljci pomagajo pri čiščenju hiš; prijave sprejema občinski klicni center"),
        ],
        "stroski": [
            it("Prva ocena škode na občinski infrastrukturi znaša {skoda}", skoda="money 200 900"),
            it("Stroški intervencij do zdaj: {strosek}{strosek.was}", strosek="money 20 300"),
        ],
        "risks": [
            risk("Nevarnost sproženja novih zemeljskih plazov {trend}", levels=SL_LEVELS,
                 mit=("geologi dnevno pregledujejo aktivna plazišča, ogrožene hiše so izpraznjene",)),
            risk("Onesnaženje vodnih virov po poplavi",
                 mit=("velja ukrep prekuhavanja vode, vzorci se odvzemajo vsak dan",)),
            risk("Izčrpanost gasilcev in prostovoljcev {trend}", levels=SL_LEVELS,
                 mit=("uvedene so izmene po dvanajst ur, pomoč so poslale sosednje gasilske zveze",)),
        ],
        "obvescanje": [
            it("Obvestila za občane so objavljena na spletni strani občine in v aplikaciji za obveščanje"),
            it("Klicni center je prejel {klici} klicev{klici.was}", klici="n 50 1500"),
        ],
        "naloge": [
            it("Nadaljevati popis škode, rok za oddajo vlog je {rok}", rok="date 5 14"),
            it("Do {most} postaviti začasni most čez potok", most="date 3 9"),
        ],
    },
    {"stanje": (2, 3), "napoved": (1, 2), "posledice": (2, 4), "ukrepi": (2, 3), "pomoc": (1, 3), "stroski": (1, 2),
     "risks": (1, 3), "obvescanje": (1, 2), "naloge": (1, 2)},
    date(2025, 8, 5), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

TORM = Partner(
    "torm-et",
    "Torm ja elektrikatkestused",
    ("Päästeameti Lõuna päästekeskus", "Päästeameti Ida päästekeskus", "Päästeameti Lääne päästekeskus",
     "Päästeameti Põhja päästekeskus"),
    {},
    {
        "kokkuvote": [
            it("Tormi tagajärgede likvideerimine jätkub, erakorraline olukord on piirkonnas endiselt "
               "välja kuulutatud"),
            it("Elektrita kliente piirkonnas: {elekter}{elekter.was}", elekter="n 1000 40000"),
            it("Inimohvreid ei ole, kergelt vigastada sai {vigastatud} inimest", vigastatud="n 1 9"),
        ],
        "ilm": [
            it("Keskkonnaagentuuri prognoosi järgi tuul nõrgeneb, kuid öösel langeb temperatuur miinuskraadidesse"),
            it("Uus tugevnev tuul on oodata alates {tuul}", tuul="date 2 5"),
        ],
        "elekter": [
            it("Elektrilevi brigaade on väljas: {brigaad}{brigaad.was}", brigaad="n 20 200"),
            it("Võrguettevõtte hinnangul taastatakse enamiku klientide elekter hiljemalt {taaste}",
               taaste="date 1 4"),
            it("Mobiilside tugijaamadest on generaatoritel {jaam}", jaam="n 5 80"),
        ],
        "mojud": [
            it("Suletud teelõike langenud puude tõttu: {teed}", teed="n 5 60"),
            it("Veevarustus on häiritud {vald} vallas, kus pumplad on elektrita", vald="n 1 8"),
            it("Hooldekodud ja haiglad töötavad generaatoritel, kütust tarnitakse iga päev"),
        ],
        "tegevused": [
            it("Päästjad ja vabatahtlikud on teinud {valjak} väljasõitu{valjak.was}", valjak="n 100 2500"),
            it("Päästeamet on jaganud elanikele {gen} generaatorit", gen="n 10 300"),
            it("Kogukonna kogunemiskohad on avatud {kogun} rahvamajas ja koolis", kogun="n 2 20"),
        ],
        "taastamine": [
            it("Teede puhastamine langenud puudest on lõpetatud riigiteedel, jätkub kohalikel teedel"),
            it("Kahjude esialgne hinnang on {kahju}", kahju="money 200 900"),
        ],
        "risks": [
            risk("Vingugaasimürgistuse oht generaatorite ja ahjude kasutamisel {trend}", levels=ET_LEVELS,
                 mit=("päästjad jagavad vinguandureid ja teavitavad elanikke ohutust kasutamisest",)),
            risk("Üksi elavate eakate abivajaduse märkamata jäämine",
                 mit=("sotsiaaltöötajad ja külavanemad helistavad kõigile registris olevatele eakatele",)),
            risk("Kütusevarude nappus generaatoritel {trend}", levels=ET_LEVELS,
                 mit=("kütusetarned elutähtsatele teenustele on kooskõlastatud maakonna kriisikomisjoniga",)),
        ],
        "teavitus": [
            it("Teave on avaldatud kriis.ee lehel ja kohalikus raadios iga kahe tunni järel"),
            it("Häirekeskuse infoliinile 1247 on tulnud {kone} kõnet{kone.was}", kone="n 200 9000"),
        ],
        "edasi": [
            it("Kriisikomisjon koguneb uuesti {komisjon}", komisjon="date 1 2"),
            it("Koostada kahjude koondülevaade hiljemalt {koond}", koond="date 4 10"),
        ],
    },
    {"kokkuvote": (2, 3), "ilm": (1, 2), "elekter": (1, 3), "mojud": (1, 3), "tegevused": (2, 3),
     "taastamine": (1, 2), "risks": (1, 3), "teavitus": (1, 2), "edasi": (1, 2)},
    date(2025, 1, 14), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
