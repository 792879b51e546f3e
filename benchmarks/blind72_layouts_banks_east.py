"""Item ideas of four ``blind72_layouts`` publishers in the east: the municipalities of southern Negros Occidental in a
typhoon (Hiligaynon), the district councils of northern Sarawak in the haze of peat fires (Malay), the towns of
Hokkaido's Hidaka coast after an earthquake (Japanese), and the hamlets of Nunavut after a cyber attack (English)
(``blind5_layouts_content`` explains the slots). ``blind72_layouts_content`` prints the amounts, dates, comparisons
and the mitigation's lead in each publisher's conventions; a Japanese figure stands after a label and a colon. The
organisations are named after real kinds of body; the events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

SIZES = {"hl": (1, 2), "sit": (1, 2), "imp": (1, 2), "ta": (1, 2), "tb": (1, 2), "help": (1, 2), "staff": (1, 2),
         "money": (1, 2), "risks": (1, 3), "next": (1, 2)}  # fmt: skip

HIL_LEVELS = ("ginabantayan", "nagataas", "mataas", "tuman kataas")
MS_LEVELS = ("dalam pemerhatian", "meningkat", "tinggi", "sangat tinggi")
JP_LEVELS = ("注意", "上昇", "高い", "非常に高い")
EN_LEVELS = ("being watched", "rising", "high", "very high")

BAGYO = Partner(
    "ph-negros-municipality-typhoon",
    "Bagyo",
    ("Banwa sang Hinigaran", "Banwa sang Binalbagan", "Banwa sang Ilog", "Banwa sang Pontevedra"),
    {},
    {
        "hl": [
            it("Halin sang {halin} ginalatas sang bagyo ang habagatan nga bahin sang Negros Occidental kag madamo nga "
               "barangay ang nalunop", halin="date -2 -2"),
            it("Kabilugan nga kadamuon sang pamilya nga apektado sang bagyo: {pamilya}{pamilya.was}",
               pamilya="n 100 6000"),
        ],
        "sit": [
            it("Ang PAGASA nagbayaw sang Tropical Cyclone Wind Signal No. 2 sa bug-os nga probinsya"),
            it("Kataason sang tubig sa suba sa tulay sang poblacion, sa sentimetro: {suba}{suba.was}",
               suba="n 150 600"),
        ],
        "imp": [
            it("Mga balay nga naguba sing bug-os: {guba}{guba.was}", guba="n 5 400"),
            it("Ang mga tanum nga tubo kag humay sa mababa nga lugar nalunop kag ginabanabana pa ang pierde"),
        ],
        "ta": [
            it("Mga pamilya nga yara sa evacuation center: {evac}{evac.was}", evac="n 20 2500"),
            it("Ang mga eskwelahan sa poblacion ginagamit subong nga evacuation center"),
        ],
        "tb": [
            it("Ang CENECO nagputol sang kuryente sa pila ka barangay samtang ginakay-o ang mga poste nga natumba"),
            it("Mga dalan nga indi maagyan tungod sang baha kag pagdalahig sang duta: {dalan}{dalan.was}",
               dalan="n 1 30"),
        ],
        "help": [
            it("Family food packs nga napanagtag sang MSWDO: {packs}{packs.was}", packs="n 100 8000"),
            it("Ang Rural Health Unit nagapanagtag sang doxycycline kontra leptospirosis sa mga evacuation center"),
        ],
        "staff": [
            it("Mga responder sang MDRRMO, BFP, PNP kag mga barangay tanod nga naka-deploy: {resp}{resp.was}",
               resp="n 20 400"),
            it("Nagabulig man ang Philippine Coast Guard kag mga boluntaryo sang Red Cross sa pag-rescue"),
        ],
        "money": [
            it("Kabilugan nga gasto halin sa Quick Response Fund: {gasto}", gasto="cum 2 40"),
            it("Ginapangayo sa probinsya nga dugang nga bulig pinansyal: {bulig}", bulig="money 10 300"),
        ],
        "risks": [
            risk("Peligro sang pagdalahig sang duta sa mga barangay sa bukid: {trend}", levels=HIL_LEVELS,
                 mit=("pre-emptive evacuation sang mga pamilya nga nagapuyo sa ligad sang bukid",)),
            risk("Peligro sang leptospirosis kag diarrhea sa mga evacuee: {trend}", levels=HIL_LEVELS,
                 mit=("regular nga pagbisita sang mga nars kag pagpanagtag sang malimpyo nga tubig",)),
            risk("Kakulangon sang family food packs kon magdugay ang baha",
                 mit=("ginpangayo na sa DSWD Field Office VI ang dugang nga suplay",)),
        ],
        "next": [
            it("Rapid damage assessment sa tanan nga barangay matapos sa {rda}", rda="date 1 4"),
            it("Masunod nga report sa {sunod}", sunod="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 10, 12), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

JEREBU = Partner(
    "my-sarawak-district-council-haze",
    "Jerebu",
    ("Majlis Daerah Subis", "Majlis Daerah Marudi", "Majlis Daerah Limbang", "Majlis Daerah Lawas"),
    {},
    {
        "hl": [
            it("Jerebu akibat kebakaran tanah gambut di kawasan majlis berterusan sejak {sejak}", sejak="date -6 -6"),
            it("Bacaan IPU tertinggi yang direkodkan di stesen terdekat: {ipu}{ipu.was}", ipu="n 80 320"),
        ],
        "sit": [
            it("MetMalaysia menjangkakan cuaca kering berterusan sehingga akhir bulan"),
            it("Titik panas yang dikesan di kawasan majlis: {titik}{titik.was}", titik="n 1 40"),
        ],
        "imp": [
            it("Sekolah yang ditutup oleh Jabatan Pendidikan Negeri kerana jerebu: {sekolah}{sekolah.was}",
               sekolah="n 1 30"),
            it("Pesakit yang mendapatkan rawatan penyakit pernafasan di klinik kesihatan: {pesakit}{pesakit.was}",
               pesakit="n 20 900"),
        ],
        "ta": [
            it("Keluasan tanah gambut yang terbakar, dalam hektar: {hektar}{hektar.was}", hektar="n 10 600"),
            it("Bomba dan anggota majlis menggunakan pam mudah alih untuk membasahkan tanah gambut"),
        ],
        "tb": [
            it("Pasar tamu dan aktiviti luar di padang majlis ditangguhkan sehingga notis lanjut"),
            it("Topeng muka N95 yang diedarkan di kaunter majlis: {topeng}{topeng.was}", topeng="n 200 9000"),
        ],
        "help": [
            it("Dewan serbaguna majlis dibuka sebagai pusat udara bersih dengan penapis udara"),
            it("Pengunjung di pusat udara bersih: {pusat}{pusat.was}", pusat="n 10 600"),
        ],
        "staff": [
            it("Anggota majlis, Bomba, APM dan RELA yang terlibat dalam operasi: {anggota}{anggota.was}",
               anggota="n 10 250"),
            it("Waktu kerja luar pekerja majlis dipendekkan apabila bacaan IPU melebihi 200"),
        ],
        "money": [
            it("Perbelanjaan majlis setakat ini: {belanja}", belanja="cum 2 40"),
            it("Peruntukan tambahan yang dipohon daripada Kerajaan Negeri: {mohon}", mohon="money 10 300"),
        ],
        "risks": [
            risk("Risiko kebakaran merebak ke kawasan perumahan: {trend}", levels=MS_LEVELS,
                 mit=("rondaan Bomba dan pembinaan telaga tiub di sempadan kawasan gambut",)),
            risk("Risiko kesihatan kepada warga emas dan kanak-kanak: {trend}", levels=MS_LEVELS,
                 mit=("edaran topeng muka dan nasihat kesihatan melalui corong radio",)),
            risk("Kekurangan bekalan air untuk operasi pemadaman",
                 mit=("lori tangki JKR dan LAKU digerakkan ke lokasi kebakaran",)),
        ],
        "next": [
            it("Mesyuarat Jawatankuasa Pengurusan Bencana Bahagian pada {mesyuarat}", mesyuarat="date 1 4"),
            it("Laporan seterusnya pada {lapor}", lapor="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 8, 10), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

JISHIN = Partner(
    "jp-hidaka-town-earthquake",
    "地震",
    ("浦河町", "様似町", "えりも町", "新ひだか町"),
    {},
    {
        "hl": [
            it("日高地方東部を震源とする地震（発生日：{hassei}）により、町内で震度6弱を観測しました",
               hassei="date -3 -3"),
            it("町内の避難所に避難している住民：{hinan}{hinan.was}", hinan="n 10 900"),
        ],
        "sit": [
            it("気象庁によると、今後1週間程度は最大震度6弱程度の地震に注意が必要です"),
            it("本震以降に観測された震度1以上の余震の回数：{yoshin}{yoshin.was}", yoshin="n 5 200"),
        ],
        "imp": [
            it("負傷者：{fusho}{fusho.was}", fusho="n 1 60"),
            it("町道の亀裂や段差が複数箇所で確認され、一部で通行止めとしています"),
        ],
        "ta": [
            it("これまでに確認された住家の一部損壊：{kaison}{kaison.was}", kaison="n 5 800"),
            it("応急危険度判定士による住宅の調査を引き続き実施しています"),
        ],
        "tb": [
            it("断水が続いている世帯：{dansui}{dansui.was}", dansui="n 10 2000"),
            it("北海道電力ネットワークによると、町内の停電はおおむね解消しました"),
        ],
        "help": [
            it("避難所では毛布、飲料水、非常食を配布しています"),
            it("給水車による応急給水は役場前と各地区の集会所で行っています"),
        ],
        "staff": [
            it("災害対応に従事している町職員：{shokuin}{shokuin.was}", shokuin="n 20 200"),
            it("北海道や近隣町から応援職員の派遣を受けています"),
        ],
        "money": [
            it("災害対応に要した経費の累計：{keihi}", keihi="cum 5 60"),
            it("災害救助法の適用に伴い北海道に負担を要望している額：{futan}", futan="money 20 500"),
        ],
        "risks": [
            risk("余震による建物倒壊の危険性：{trend}", levels=JP_LEVELS,
                 mit=("危険と判定された建物への立入りを制限しています",)),
            risk("がけ崩れの危険性：{trend}", levels=JP_LEVELS,
                 mit=("土砂災害警戒区域の住民に早めの避難を呼びかけています",)),
            risk("避難生活の長期化による高齢者の体調悪化",
                 mit=("保健師が避難所を巡回し、健康相談を行っています",)),
        ],
        "next": [
            it("住家被害認定調査の完了予定日：{chosa}", chosa="date 1 4"),
            it("次回の報告予定日：{jikai}", jikai="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 9, 7), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

CYBER = Partner(
    "ca-nunavut-hamlet-cyber",
    "Cyber incident",
    ("Hamlet of Arviat", "Hamlet of Baker Lake", "Hamlet of Cambridge Bay", "Hamlet of Pond Inlet"),
    {},
    {
        "hl": [
            it("The Hamlet's office network has been down since the ransomware attack found on {since}",
               since="date -5 -5"),
            it("Hamlet computers checked and cleaned by the contractor so far: {pcs}{pcs.was}", pcs="n 2 60"),
        ],
        "sit": [
            it("The Canadian Centre for Cyber Security is helping CGS with the investigation"),
            it("There is no sign so far that residents' personal information has been taken"),
        ],
        "imp": [
            it("Hamlet office phone lines still out of service: {lines}{lines.was}", lines="n 1 12"),
            it("Property tax and water bills cannot be paid at the front counter until the billing system is back"),
        ],
        "ta": [
            it("Staff are using personal phones and a shared Gmail account approved by CGS for urgent business"),
            it("Work orders logged on paper since the attack: {orders}{orders.was}", orders="n 10 300"),
        ],
        "tb": [
            it("Water delivery and sewage pump-out are running on the paper route sheets from before the attack"),
            it("Households that missed a water delivery this week: {missed}{missed.was}", missed="n 1 80"),
        ],
        "help": [
            it("Residents who have not had water delivered can call the garage directly or come to the office"),
            it("Elders who need help with forms can see the Community Wellness worker at the office"),
        ],
        "staff": [
            it("Staff working overtime to keep services running: {ot}{ot.was}", ot="n 2 30"),
            it("A CGS IT technician has been flown in to help rebuild the office network"),
        ],
        "money": [
            it("Costs so far for the IT contractor, charter flights and overtime: {costs}", costs="cum 2 40"),
            it("The Hamlet has asked CGS to cover {ask} under the emergency funding policy", ask="money 10 200"),
        ],
        "risks": [
            risk("Risk that payroll will be late for Hamlet staff: {trend}", levels=EN_LEVELS,
                 mit=("the Finance Officer is preparing manual cheques with the bank in Iqaluit",)),
            risk("Risk of scam calls and e-mails to residents using the Hamlet's name: {trend}", levels=EN_LEVELS,
                 mit=("warnings on community radio and the Hamlet Facebook page in Inuktitut and English",)),
            risk("Missed fuel orders for the water trucks",
                 mit=("the Foreman checks fuel levels every morning and calls Petroleum Products Division",)),
        ],
        "next": [
            it("The billing system is expected back on {billing}", billing="date 1 4"),
            it("Next update on {next}", next="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 11, 9), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
