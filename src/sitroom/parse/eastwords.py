"""Section names in Chinese (Simplified and Traditional), Japanese and Korean, for the vocabulary (merged there by way
of ``sitroom.parse.scriptwords``; the Thai, Hindi, Bengali and Tamil names are ``sitroom.parse.brahmicwords``').

A Chinese county emergency management bureau's 情况报告, a Taiwanese county's disaster response centre, a
Japanese city's disaster headquarters or a Korean city's disaster and safety countermeasures headquarters name
the parts of a report everyone names: the summary ("总体情况", "災情概述", "概要", "개요"), the situation
("雨情水情", "當前狀況", "現在の状況", "현재 상황"), the forecast, the damage, the response ("应对处置",
"應變作為", "対応状況", "조치 사항"), the people and equipment ("力量投入", "人力及機具", "職員の配備",
"인력ㆍ장비 동원"), the costs, the risks, the public information and the next steps. Chinese and Japanese
write no space between words, and a heading compounds the names ("风险隐患及防范措施", "災害対応経費"):
``sitroom.parse.spaceless`` looks for them inside its letters.
Simplified and Traditional forms are both listed where they differ; Korean names are written with their usual spaces
and read without them too.
"""

from __future__ import annotations

from sitroom.model import SectionKey

K = SectionKey
CHINESE: dict[SectionKey, tuple[str, ...]] = {
    K.HIGHLIGHTS: (
        "总体情况", "總體情況", "基本情况", "基本情況", "概况", "概況", "概述", "情况概述", "情況概述", "灾情概述",
        "災情概述", "摘要", "要点", "要點", "综述", "綜述", "总体概况", "总述", "重点", "重點", "重点情况", "重點情況",
    ),
    K.SITUATION: (
        "雨情水情", "雨水情", "水情雨情", "雨情", "水情", "汛情", "险情", "當前狀況", "当前状况", "当前情况",
        "當前情況", "目前状况", "目前狀況", "现状", "現況", "现况", "最新情况", "最新情況", "灾害情况", "災害情況",
        "事件经过", "事件經過", "灾情动态", "災情動態",
    ),
    K.FORECAST: (
        "天气趋势", "天氣趨勢", "天气预报", "天氣預報", "气象预报", "氣象預報", "气象情况", "氣象資訊", "趋势预测",
        "趨勢預測", "雨情预报", "水情预报", "预测", "預測", "预报", "預報", "展望", "趋势", "趨勢",
    ),
    K.IMPACTS: (
        "灾情损失", "災情損失", "灾情", "災情", "损失情况", "損失情況", "灾损情形", "災損情形", "災損", "受灾情况",
        "受災情況", "人员伤亡", "人員傷亡", "损失", "損失", "影响", "影響", "损毁情况", "災害損失",
    ),
    K.RESPONSE: (
        "应对处置", "應對處置", "处置工作", "處置工作", "应对工作", "應對工作", "应急处置", "應急處置", "应急响应",
        "應急響應", "应变作为", "應變作為", "应变处置", "應變處置", "救援工作", "抢险救灾", "搶險救災", "抢险救援",
        "搶險救援", "已采取措施", "已採取措施", "采取措施", "採取措施", "工作开展情况", "處置情形", "处置情况",
    ),
    K.WORKFORCE: (
        # the manpower and its arrangement: "人手安排"
        "人手", "人手安排", "人手調配", "人手调配",
        "力量投入", "救援力量", "人员力量", "人力", "人力及机具", "人力及機具", "机具", "機具", "人员装备",
        "人員裝備", "队伍装备", "物资装备", "物資裝備", "兵力", "投入力量", "人力物力", "应变人力", "應變人力",
        # the staff on duty and at their posts: "值守力量", "值班人员", "在岗人员"
        "值守力量", "值守人员", "值守人員", "值班力量", "值班人员", "值班人員", "在岗人员", "在崗人員",
    ),
    K.FINANCE: (
        "资金保障", "資金保障", "资金", "資金", "经费", "經費", "费用", "費用", "预算", "預算", "救灾资金",
        "救災資金", "经费支出", "經費支出", "开支", "開支", "支出",
    ),
    K.RISKS: (
        "风险隐患", "風險隱患", "风险", "風險", "隐患", "隱患", "潜在风险", "潛在風險", "风险研判", "風險研判",
        "存在问题", "存在問題", "主要问题", "困难和问题", "困難及問題", "危险", "危險",
    ),
    K.COMMUNICATIONS: (
        "信息发布", "資訊發布", "信息公开", "宣传引导", "宣傳引導", "舆情", "輿情", "新闻发布", "新聞發布", "民众宣导",
        "民眾宣導", "宣导", "宣導", "预警发布", "預警發布", "社会动员", "媒体", "媒體",
    ),
    # ... and in Cantonese as a neighbourhood association writes it: "幫街坊" (helping the neighbours), "之後會做" (what
    # we will do next)
    K.ASSISTANCE: ("转移安置", "轉移安置", "安置", "收容安置", "救助", "救濟", "幫街坊", "帮街坊"),
    K.NEXT_STEPS: (
        "之後會做", "之后会做",
        "下一步工作", "下一步", "下步工作", "后续工作", "後續工作", "后续", "後續", "工作计划", "工作計畫", "下阶段",
        "下階段", "后续处置", "後續處置", "下一步打算", "跟进", "跟進", "跟进工作", "跟進工作",
    ),
}  # fmt: skip
JAPANESE: dict[SectionKey, tuple[str, ...]] = {
    K.HIGHLIGHTS: ("概要", "概況", "要旨", "要約", "総括", "被害の概要", "災害の概要", "まとめ"),
    K.SITUATION: (
        "現在の状況", "現況", "状況", "現在の状態", "発生状況", "災害の状況", "気象状況", "雨量の状況", "河川の状況",
        "水位の状況", "経過",
    ),
    K.FORECAST: ("気象の見通し", "見通し", "今後の見通し", "気象予報", "予報", "天気予報", "予測", "気象情報"),
    K.IMPACTS: (
        "被害の状況", "被害状況", "被害", "人的被害", "住家被害", "物的被害", "被害概況", "影響", "被害等の状況",
    ),
    K.RESPONSE: (
        "対応状況", "市の対応状況", "対応", "応急対策", "災害対応", "対応の状況", "措置状況", "実施した対策",
        "講じた措置", "活動状況", "救助活動", "避難対応",
    ),
    K.WORKFORCE: (
        # the staff and the staff with their equipment ("人員及び資機材"); the equipment alone ("資機材") is none
        "職員の配備", "配備", "配備状況", "配備体制", "人員", "動員", "職員", "応援職員", "人員及び資機材",
        "職員体制", "スタッフ", "運営スタッフ", "スタッフ体制", "対応体制", "人員体制",
    ),
    # the volunteers' work done: "ボランティア活動", "活動実績"
    K.ACTIVITY: ("ボランティア活動", "活動実績", "活動内容", "活動報告"),
    K.FINANCE: ("経費", "災害対応経費", "予算", "費用", "財政", "支出"),
    K.RISKS: (
        "懸念事項", "リスク", "危険", "課題", "懸念", "留意事項", "危惧される事項", "問題点", "懸念される事項",
        "懸念される点",
    ),
    K.COMMUNICATIONS: ("広報", "市民への広報", "住民への広報", "情報発信", "広報活動", "報道対応", "周知"),
    K.ASSISTANCE: ("避難所", "避難所の状況", "避難状況", "支援", "被災者支援"),
    K.NEXT_STEPS: ("今後の予定", "今後の対応", "今後の方針", "予定", "今後の取組", "今後"),
}  # fmt: skip
KOREAN: dict[SectionKey, tuple[str, ...]] = {
    K.HIGHLIGHTS: ("개요", "요약", "주요 내용", "총괄", "종합", "상황 요약", "주요 사항"),
    K.SITUATION: ("현재 상황", "현황", "상황", "발생 현황", "기상 현황", "강우 현황", "수위 현황", "상황 현황"),
    K.FORECAST: ("기상 전망", "전망", "기상 예보", "예보", "기상 특보", "향후 전망", "예측"),
    K.IMPACTS: ("피해 현황", "피해", "피해 상황", "인명 피해", "재산 피해", "시설 피해", "영향"),
    K.RESPONSE: (
        "조치 사항", "조치사항", "조치 현황", "대처 상황", "대응 상황", "대응 현황", "조치 상황", "응급 복구", "대응",
        "조치", "추진 사항", "조치 내용",
    ),
    K.WORKFORCE: ("인력ㆍ장비 동원", "인력 동원", "장비 동원", "인력", "장비", "동원", "투입 인력", "동원 현황"),
    K.FINANCE: ("소요 예산", "예산", "재원", "비용", "소요 비용", "예산 지원", "재정"),
    K.RISKS: ("위험 요인", "위험", "위험요인", "우려 사항", "문제점", "취약 요인", "리스크", "위험 요소"),
    K.COMMUNICATIONS: ("대국민 홍보", "홍보", "주민 홍보", "언론 홍보", "재난 문자", "안내", "홍보 현황"),
    K.ASSISTANCE: ("이재민", "대피", "구호", "주민 지원", "지원", "주민 지원 현황"),
    K.NEXT_STEPS: ("향후 조치 계획", "향후 계획", "향후", "향후 조치", "계획", "추진 계획", "향후 추진 계획"),
}  # fmt: skip
