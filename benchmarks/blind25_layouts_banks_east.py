"""Item ideas of four ``blind25_layouts`` publishers: a Chinese county emergency management bureau's flood report, a
Taiwanese county's disaster response centre's typhoon report, a Japanese city's disaster headquarters' heavy rain
report and a Korean city's disaster and safety countermeasures headquarters' torrential rain report
(``blind5_layouts_content`` explains the slots). The generator's figures, dates and "(up from … )" notes are British
English; ``blind25_layouts_content`` prints them in each publisher's conventions. The names are in scripts without
Latin letters, so each series is told apart by the name in Latin letters (``latin``, then the service). The
organisations are named after real kinds of body; the events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind18_layouts_content import Romanised

from sitroom.generate.banks import it, risk

ZH_LEVELS = ("处于监测状态", "正在上升", "目前较高", "目前很高")
TW_LEVELS = ("持續監控中", "持續升高", "目前偏高", "目前極高")
JA_LEVELS = ("は監視中である", "が高まっている", "が高い状態にある", "が非常に高い状態にある")
KO_LEVELS = ("관찰 중", "증가 중", "높음", "매우 높음")

HONGLAO = Romanised(
    "honglao-zh",
    "洪涝",
    ("永修县应急管理局", "平江县应急管理局", "涿鹿县应急管理局", "榕江县应急管理局"),
    {},
    {
        "zongti": [
            it("受强降雨影响，全县多个乡镇发生洪涝灾害"),
            it("全县受灾人口{shou}人{shou.was}", shou="n 500 30000"),
            it("目前未接到人员伤亡报告"),
        ],
        "yuqing": [
            it("全县主要河流水位持续回落，部分低洼地区仍有积水"),
            it("全县共设置集中安置点{anzhi}个{anzhi.was}", anzhi="n 2 40"),
        ],
        "qushi": [
            it("据县气象台预报，{riqi}前后仍有一次强降雨过程", riqi="date 1 3"),
            it("山区局地累计雨量可达80至120毫米"),
        ],
        "zaiqing": [
            it("倒塌和严重损坏房屋{fangwu}间{fangwu.was}", fangwu="n 5 600"),
            it("部分县乡道路因塌方中断，正在组织抢通"),
            it("农作物受灾面积{nong}亩", nong="n 1000 60000"),
        ],
        "chuzhi": [
            it("紧急转移安置受威胁群众{zhuanyi}人{zhuanyi.was}", zhuanyi="n 100 9000"),
            it("组织专家对病险水库和山洪灾害危险区开展拉网式排查"),
            it("向受灾群众发放方便食品、饮用水和棉被等救灾物资"),
        ],
        "liliang": [
            it("累计投入抢险救援人员{renyuan}人次{renyuan.was}", renyuan="n 100 5000"),
            it("调用冲锋舟、排涝泵车等装备{zhuangbei}台（套）", zhuangbei="n 10 300"),
        ],
        "zijin": [
            it("已下拨县级救灾资金{zijin}{zijin.was}", zijin="money 50 900"),
            it("已向市应急管理局申请上级救灾资金支持"),
        ],
        "risks": [
            risk("部分堤段出现渗水和管涌险情，风险{trend}", levels=ZH_LEVELS,
                 mit=("安排专人24小时巡堤查险，备足砂石料和编织袋",)),
            risk("山区乡镇发生山洪和地质灾害的风险{trend}", levels=ZH_LEVELS,
                 mit=("提前转移危险区群众，落实监测预警和人员包保责任",)),
            risk("灾后饮用水源可能受到污染", mit=("卫健部门对集中供水水源开展消毒和水质检测",)),
        ],
        "xinxi": [
            it("通过政务微信公众号、应急广播和手机短信及时发布预警信息"),
            it("受理群众求助电话{dianhua}个{dianhua.was}", dianhua="n 20 800"),
        ],
        "xiabu": [
            it("县防汛抗旱指挥部定于{huishang}召开会商会", huishang="date 1 2"),
            it("全面开展灾情核查统计，做好灾后恢复重建准备"),
        ],
    },
    {"zongti": (2, 3), "yuqing": (1, 2), "qushi": (1, 2), "zaiqing": (1, 3), "chuzhi": (2, 3), "liliang": (1, 2),
     "zijin": (1, 2), "risks": (1, 3), "xinxi": (1, 2), "xiabu": (1, 2)},
    date(2025, 7, 1), cadence_days=1, punct="stop", mitigation="colon",
    latin=("yongxiu", "pingjiang", "zhuolu", "rongjiang", "honglao"),
)  # fmt: skip

TAIFENG = Romanised(
    "taifeng-tw",
    "颱風",
    ("花蓮縣政府災害應變中心", "臺東縣政府災害應變中心", "屏東縣政府災害應變中心", "南投縣政府災害應變中心"),
    {},
    {
        "gaishu": [
            it("受颱風外圍環流及西南氣流影響，本縣山區出現豪雨"),
            it("全縣累計撤離民眾{cheli}人{cheli.was}", cheli="n 50 3000"),
            it("截至目前尚無人員傷亡"),
        ],
        "zhuangkuang": [
            it("各河川水位已逐漸下降，部分低窪地區仍有積淹水"),
            it("開設避難收容處所{shourong}處{shourong.was}", shourong="n 1 30"),
        ],
        "yubao": [
            it("中央氣象署預報{yuri}前山區仍有豪雨發生機率", yuri="date 1 3"),
            it("東半部沿海地區需嚴防長浪及強陣風"),
        ],
        "zaisun": [
            it("停電戶數{tingdian}戶{tingdian.was}", tingdian="n 100 20000"),
            it("縣道及鄉道多處坍方，部分路段實施預警性封閉"),
            it("農業損失初估{nongsun}", nongsun="money 50 900"),
        ],
        "yingbian": [
            it("國軍及消防人員協助山區部落民眾預防性撤離"),
            it("發放民生物資{wuzi}份{wuzi.was}", wuzi="n 50 5000"),
            it("移動式抽水機已預布於易淹水地區"),
        ],
        "renli": [
            it("動員消防、警察及義消人員{renli}人次{renli.was}", renli="n 50 2000"),
            it("出動各式車輛及機具{jiju}部", jiju="n 5 200"),
        ],
        "jingfei": [
            it("已動支災害準備金{jingfei}{jingfei.was}", jingfei="money 50 900"),
            it("已向中央申請災後復建經費補助"),
        ],
        "risks": [
            risk("土石流潛勢溪流發生災害的風險{trend}", levels=TW_LEVELS,
                 mit=("持續執行土石流紅色警戒區域撤離，並由村里長協助勸導",)),
            risk("河川溢堤風險{trend}", levels=TW_LEVELS, mit=("水利單位24小時監測水位，並預布移動式抽水機",)),
            risk("部分偏遠部落因道路中斷恐成孤島", mit=("預置糧食及飲用水，並協調直升機待命",)),
        ],
        "xuandao": [
            it("透過縣府臉書粉絲專頁、災防告警細胞廣播及村里廣播發布訊息"),
            it("1999專線受理民眾通報{tongbao}件{tongbao.was}", tongbao="n 20 900"),
        ],
        "houxu": [
            it("災害應變中心將於{huibao}召開工作會報", huibao="date 1 2"),
            it("協助受災民眾辦理救助金申請及環境清理"),
        ],
    },
    {"gaishu": (2, 3), "zhuangkuang": (1, 2), "yubao": (1, 2), "zaisun": (1, 3), "yingbian": (2, 3),
     "renli": (1, 2), "jingfei": (1, 2), "risks": (1, 3), "xuandao": (1, 2), "houxu": (1, 2)},
    date(2025, 8, 11), cadence_days=1, punct="stop", mitigation="colon",
    latin=("hualien", "taitung", "pingtung", "nantou", "taifeng"),
)  # fmt: skip

OOAME = Romanised(
    "ooame-ja",
    "大雨",
    ("久留米市災害対策本部", "倉敷市災害対策本部", "長野市災害対策本部", "郡山市災害対策本部"),
    {},
    {
        "gaiyo": [
            it("記録的な大雨により、市内各地で浸水被害が発生した"),
            it("避難指示の対象世帯数{hinan}世帯{hinan.was}", hinan="n 100 20000"),
            it("現時点で人的被害の報告はない"),
        ],
        "genjo": [
            it("河川の水位は低下しつつあるが、一部の地区で道路の冠水が続いている"),
            it("開設中の避難所{hinanjo}か所{hinanjo.was}", hinanjo="n 2 40"),
        ],
        "kisho": [
            it("気象台によると、{made}頃まで大雨となるおそれがある", made="date 1 3"),
            it("土砂災害警戒情報は引き続き発表中である"),
        ],
        "higai": [
            it("床上浸水{yukaue}棟{yukaue.was}", yukaue="n 5 800"),
            it("市道の一部が土砂崩れにより通行止めとなっている"),
            it("床下浸水{yukashita}棟", yukashita="n 10 1500"),
        ],
        "taio": [
            it("消防局が孤立地区の住民を救助した"),
            it("避難所に配布した飲料水等の物資{busshi}人分{busshi.was}", busshi="n 50 5000"),
            it("排水ポンプ車により浸水地区の排水作業を実施中である"),
        ],
        "haibi": [
            it("配備職員数{shokuin}人{shokuin.was}", shokuin="n 50 1200"),
            it("他自治体からの応援職員{oen}人", oen="n 2 60"),
        ],
        "keihi": [
            it("災害対応に要した経費{keihi}{keihi.was}", keihi="money 50 900"),
            it("予備費の充用について財政課と協議中である"),
        ],
        "risks": [
            risk("堤防決壊のおそれ{trend}", levels=JA_LEVELS, mit=("国土交通省と連携し堤防の巡視を強化している",)),
            risk("土砂災害の危険性{trend}", levels=JA_LEVELS, mit=("危険箇所の住民に早めの避難を呼びかけている",)),
            risk("避難所で感染症が発生するおそれ", mit=("保健師が巡回し、手指消毒と換気を徹底している",)),
        ],
        "koho": [
            it("防災行政無線、緊急速報メール及び市ホームページで情報を発信している"),
            it("コールセンターへの問い合わせ件数{toiawase}件{toiawase.was}", toiawase="n 20 900"),
        ],
        "yotei": [
            it("次回の災害対策本部会議は{kaigi}に開催する", kaigi="date 1 2"),
            it("り災証明書の交付に向けた住家被害認定調査を開始する"),
        ],
    },
    {"gaiyo": (2, 3), "genjo": (1, 2), "kisho": (1, 2), "higai": (1, 3), "taio": (2, 3), "haibi": (1, 2),
     "keihi": (1, 2), "risks": (1, 3), "koho": (1, 2), "yotei": (1, 2)},
    date(2025, 7, 7), cadence_days=1, punct="stop", mitigation="colon",
    latin=("kurume", "kurashiki", "nagano", "koriyama", "ooame"),
)  # fmt: skip

HOU = Romanised(
    "hou-ko",
    "집중호우",
    ("포항시 재난안전대책본부", "청주시 재난안전대책본부", "원주시 재난안전대책본부", "창원시 재난안전대책본부"),
    {},
    {
        "gaeyo": [
            it("집중호우로 시 전역에 침수 피해 발생"),
            it("일시대피 주민 {daepi}명{daepi.was}", daepi="n 20 3000"),
            it("현재까지 인명피해 없음"),
        ],
        "hyeonhwang": [
            it("주요 하천 수위 하강 중이나 일부 저지대 침수 지속"),
            it("임시주거시설 {siseol}개소 운영{siseol.was}", siseol="n 1 30"),
        ],
        "jeonmang": [
            it("기상청 예보상 {kkaji}까지 시간당 30mm 이상의 강한 비 예상", kkaji="date 1 3"),
            it("산사태 위기경보 경계 단계 유지"),
        ],
        "pihae": [
            it("주택 침수 {jutaek}동{jutaek.was}", jutaek="n 5 600"),
            it("도로 사면 유실로 일부 구간 통행 제한"),
            it("농경지 침수 {nong}ha", nong="n 10 900"),
        ],
        "jochi": [
            it("119구조대가 고립 주민 구조 후 안전지대로 이송"),
            it("이재민 구호물품 {guho}세트 지원{guho.was}", guho="n 50 3000"),
            it("양수기 및 배수펌프 가동으로 침수지역 배수 중"),
        ],
        "inryeok": [
            it("인력 동원 {inryeok}명{inryeok.was}", inryeok="n 50 2000"),
            it("굴착기 등 장비 동원 {jangbi}대", jangbi="n 5 200"),
        ],
        "yesan": [
            it("재난관리기금 집행액 {gigeum}{gigeum.was}", gigeum="money 50 900"),
            it("특별재난지역 선포 건의 검토 중"),
        ],
        "risks": [
            risk("하천 제방 붕괴 위험 {trend}", levels=KO_LEVELS,
                 mit=("취약 제방 24시간 순찰 및 응급복구 자재 전진 배치",)),
            risk("산사태 발생 우려 {trend}", levels=KO_LEVELS, mit=("산사태 취약지역 주민 사전 대피 및 예찰 강화",)),
            risk("대피소 내 감염병 발생 우려", mit=("보건소 방역반 상주 및 손 소독제 비치",)),
        ],
        "hongbo": [
            it("재난문자, 마을방송 및 시 누리집을 통해 국민행동요령 안내"),
            it("상황실 민원 접수 {minwon}건{minwon.was}", minwon="n 20 900"),
        ],
        "hyanghu": [
            it("재난안전대책본부 회의 {hoeui} 개최 예정", hoeui="date 1 2"),
            it("피해조사 완료 후 재난지원금 지급 준비"),
        ],
    },
    {"gaeyo": (2, 3), "hyeonhwang": (1, 2), "jeonmang": (1, 2), "pihae": (1, 3), "jochi": (2, 3), "inryeok": (1, 2),
     "yesan": (1, 2), "risks": (1, 3), "hongbo": (1, 2), "hyanghu": (1, 2)},
    date(2025, 7, 14), cadence_days=1, punct="stop", mitigation="colon",
    latin=("pohang", "cheongju", "wonju", "changwon", "jipjung-hou"),
)  # fmt: skip
