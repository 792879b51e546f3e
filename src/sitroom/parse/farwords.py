"""Section names in Turkish, Indonesian and Malay, Slovenian, Estonian, Vietnamese, Filipino and Swahili, for the
vocabulary (``sitroom.parse.vocabulary``).

A Turkish disaster directorate, an Indonesian regency's disaster agency, Slovenian civil protection, an Estonian
rescue board, a Vietnamese province's steering committee, a Philippine city's disaster office or a Kenyan county
name the parts of a report everyone names: the summary ("Özet", "Ringkasan", "Povzetek", "Kokkuvõte", "Tóm tắt",
"Buod", "Muhtasari"), the situation, the forecast, the impacts and damage, the response, the shelters and aid,
the staff and means, the costs, the recovery, the risks, the public information and the next steps. The words
are compared folded as the vocabulary's are (lower case, no accents, the Turkish dotless "ı" read as "i" and
the Vietnamese "đ" as "d").
"""

from __future__ import annotations

from sitroom.model import SectionKey

K = SectionKey
FAR: dict[SectionKey, tuple[str, ...]] = {
    K.HIGHLIGHTS: (
        "ozet", "genel ozet", "ringkasan", "ringkasan kejadian", "ikhtisar", "povzetek", "kokkuvote",
        "olukorra kokkuvote", "tom tat", "tom tat tinh hinh", "buod", "buod ng sitwasyon", "muhtasari",
    ),
    K.SITUATION: (
        "genel durum", "durum", "mevcut durum", "kondisi terkini", "kondisi", "situasi terkini", "situasi",
        "splosno stanje", "stanje", "trenutno stanje", "olukord", "hetkeolukord", "olukorra kirjeldus",
        "tinh hinh", "tinh hinh chung", "dien bien", "dien bien mua", "dien bien thien tai",
        "kasalukuyang lagay", "sitwasyon", "kalagayan", "hali ilivyo sasa", "hali",
        "hali ya sasa",
        # the event itself as a heading ("Deprem ve artçı sarsıntılar": the earthquake and its aftershocks)
        "deprem", "artci sarsintilar", "deprem ve artci sarsintilar",
    ),
    K.FORECAST: (
        "hava durumu", "meteorolojik durum", "tahmin", "prakiraan cuaca", "prakiraan", "vremenska napoved",
        "napoved", "hidroloska napoved", "ilmaprognoos", "ilm", "prognoos", "du bao", "du bao thoi tiet",
        "taya ng panahon", "utabiri wa hali ya hewa", "utabiri",
    ),
    K.IMPACTS: (
        "hasar", "hasar tespit", "etkiler", "etkileri", "ulasima etkileri",
        "kayiplar", "dampak", "dampak bencana", "kerusakan", "korban",
        "posledice", "skoda", "mojud", "moju", "kahjud", "elektrivarustus", "thiet hai", "anh huong",
        "mga apektado", "apektado", "pinsala", "athari", "madhara", "hasara",
    ),
    K.RESPONSE: (
        "mudahale", "mudahale calismalari", "yapilan calismalar", "upaya penanganan", "penanganan",
        "tindakan yang dilakukan", "izvedeni ukrepi", "ukrepi", "intervencije", "tegevused", "paasteameti tegevus",
        "tehtud tood", "ung pho", "cong tac ung pho", "bien phap da thuc hien", "mga ginawang tugon", "tugon",
        "hatua zilizochukuliwa", "hatua", "mwitikio",
    ),
    K.ASSISTANCE: (
        "barinma", "barinma ve beslenme", "yardimlar", "pengungsian", "bantuan", "pengungsian dan bantuan",
        "pomoc prizadetim", "pomoc", "abi", "hoi tro", "cuu tro", "mga evacuation center", "evacuation center",
        "ho tro", "ho tro nguoi dan",
        "tulong", "ayuda", "misaada", "misaada ya kibinadamu", "makazi", "huduma kwa wateja", "huduma kwa wananchi",
    ),
    K.WORKFORCE: (
        "personel", "ekipler", "sumber daya", "personil", "sile", "kadri", "personal", "toojoud", "nhan luc",
        "toos olevad joud",
        "luc luong", "luc luong phuong tien", "luc luong va phuong tien", "luc luong phuong tien huy dong",
        "tauhan", "wafanyakazi", "gorevli personel", "watumishi", "watumishi na vifaa", "rasilimali watu",
    ),
    K.FINANCE: (
        "maliyet", "harcamalar", "biaya", "anggaran", "stroski", "ocena skode in stroski", "kulud", "kinh phi",
        "pondo", "pondo at gastos", "gastos", "gharama", "fedha",
    ),
    K.RECOVERY: (
        "iyilestirme", "yeniden yapilanma", "pemulihan", "rehabilitasi", "obnova", "sanacija", "taastamine",
        "taastamistood", "khac phuc", "khac phuc hau qua", "pagbangon", "urejeshaji",
    ),
    K.RISKS: (
        "riskler", "risk", "riskler ve alinan tedbirler", "potensi risiko", "risiko", "tveganja", "tveganje",
        "riskid", "nguy co", "nguy co va bien phap", "mga panganib", "panganib", "hatari",
    ),
    K.COMMUNICATIONS: (
        "kamuoyu bilgilendirme", "bilgilendirme", "iletisim", "informasi publik", "komunikasi", "obvescanje",
        "obvescanje javnosti", "elanike teavitamine", "teavitamine", "teavitus", "thong tin tuyen truyen",
        "cong tac thong tin", "mga paalala sa publiko", "paalala", "mawasiliano", "mawasiliano kwa umma",
        "kamuoyunun bilgilendirilmesi", "bilgilendirilmesi",
    ),
    K.NEXT_STEPS: (
        "sonraki adimlar", "yapilacak calismalar", "planlanan calismalar",
        "rencana tindak lanjut", "tindak lanjut", "naloge",
        "naloge za naslednje obdobje", "nadaljnje aktivnosti", "jargmised sammud", "edasised tegevused",
        "edasised sammud",
        "nhiem vu tiep theo", "nhiem vu", "susunod na hakbang", "hatua zinazofuata",
    ),
}  # fmt: skip
