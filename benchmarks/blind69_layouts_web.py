"""Web writers of the ``blind69_layouts`` set: a Macau kaifong association's storm surge update posted in Cantonese as
a thread of a community forum run on Discuz!, and a Lebanese municipality's forest fire report published as a blog
post of its site made with Hostinger Website Builder.

A kaifong mutual-aid association (坊眾互助會) of the Inner Harbour of Macau, the neighbourhood association that works
with the Municipal Affairs Bureau (市政署) and the civil protection centre for its streets, in a typhoon whose storm
surge floods the harbour front: its volunteer team's update posted for the residents as the first post of a thread of
a community forum run on Discuz! X3.4 and saved from the browser, typed in Cantonese as it is spoken (嘅, 咗, 喺, 冇,
啲) — the forum's top bar, logo, login box and menu, the breadcrumbs, the thread's views and replies, the title
("【八號風球】… 水浸情況更新（第3次）"), the poster's card (name, avatar, topics, posts, credits, rank), "發表於" and
the time, "只看該作者", "樓主", then the post as Discuz! renders its BBCode — "本帖最後由 … 編輯", "各位街坊：" and the
sentence with the day and hour, each section's name in lenticular brackets in bold blue on a line of its own
("【重點】"), the summary as lines, the other points lines after "●", "已經做咗：" in red; the hotline, "大家小心！"
and the team's name; "回復", "使用道具", "舉報", two replies from residents ("沙發", "板凳"), the footer's "Archiver |
手機版 | 小黑屋", the time and "Powered by Discuz! X3.4". "8,400澳門元", "47.3萬澳門元", "1,250", "9月16號",
"（上次：5）".

A municipality of Lebanon (its council, the municipal police and the volunteers working with the civil defence and
the governorate) in a season of forest fires: its "تقرير الوضع" published as a blog post of the municipality's site
built with Hostinger Website Builder, saved — the ``generator`` "Hostinger Website Builder", the builder's
``block-header`` with the logo and menu, the post's category, title, date in the Levant's month names and reading
time, one ``GridTextBox`` of the opening sentence, ``<h2>`` sections, the summary as paragraphs, the other points a
list, "التدابير المتخذة:" in bold, the emergency numbers and the president of the council; the footer and the cookie
banner. "5,715 دولار", "1.59 مليون دولار", "1,250", "16 تشرين الأول", "(في التقرير السابق: 5)".
"""

from __future__ import annotations

import zlib
from html import escape

from blind7_layouts_content import report_day
from blind69_layouts_banks_arabic import HARIQ
from blind69_layouts_banks_straits import SUIJAM
from blind69_layouts_content import SYRIAC, parts
from council_layouts_gold import Doc

# ---------------------------------------------------------------- a Macau kaifong association on Discuz!

KAIFONG = (
    ("沙梨頭", "沙梨頭坊會義工隊", "2822 3076", 51207),
    ("下環", "下環坊會義工隊", "2893 1842", 51833),
    ("林茂塘", "林茂塘坊會義工隊", "2895 6207", 52416),
    ("新橋", "新橋坊會義工隊", "2822 4519", 50968),
)
REPLIES = (("澳門仔88", "辛苦晒各位義工！大家注意安全"), ("內港街坊", "火船頭街而家仲係好深水，大家唔好行過去"))


def _card(name: str, uid: int, k: int) -> str:
    """The poster's card at the left of a post: name, avatar, topics, posts, credits and rank."""
    return (f'<td class="pls" rowspan="2"><div class="pls favatar"><div class="pi"><div class="authi"><a '
            f'href="space-uid-{uid}.html" target="_blank" class="xw1">{escape(name)}</a></div></div><div><div '
            f'class="avatar"><a href="space-uid-{uid}.html" class="avtm" target="_blank"><img '
            f'src="uc_server/avatar.php?uid={uid}&amp;size=middle" /></a></div></div><div class="tns xg2"><table '
            f'cellspacing="0" cellpadding="0"><th><p><a href="home.php?mod=space&amp;uid={uid}&amp;do=thread" '
            f'class="xi2">{12 + k * 7}</a></p>主題</th><th><p><a href="home.php?mod=space&amp;uid={uid}&amp;do=thread'
            f'&amp;type=reply" class="xi2">{40 + k * 23}</a></p>帖子</th><td><p><a href="home.php?mod=space&amp;uid='
            f'{uid}&amp;do=profile" class="xi2">{180 + k * 91}</a></p>積分</td></table></div><p><em><a href="home.php'
            f'?mod=spacecp&amp;ac=usergroup&amp;gid=12" target="_blank">{("中級會員", "註冊會員")[k % 2]}</a></em>'
            "</p></div></td>")  # fmt: skip


def _post(pid: int, uid: int, name: str, when: str, floor: str, k: int, message: str) -> str:
    return (f'<div id="post_{pid}"><table id="pid{pid}" class="plhin" summary="pid{pid}" cellspacing="0" '
            f'cellpadding="0"><tr>{_card(name, uid, k)}<td class="plc"><div class="pi"><strong><a href="forum.php?mod='
            f'redirect&amp;goto=findpost&amp;pid={pid}" id="postnum{pid}">{floor}</a></strong><div class="pti"><div '
            f'class="authi"><img class="authicn vm" src="static/image/common/online_member.gif" /><em '
            f'id="authorposton{pid}">發表於 {when}</em><span class="pipe">|</span><a href="forum.php?mod=viewthread'
            f'&amp;authorid={uid}" rel="nofollow">只看該作者</a></div></div></div><div class="pct"><div class="pcb">'
            f'<div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_{pid}">\n'
            f"{message}\n</td></tr></table></div></div></div></td></tr><tr><td class=\"plc plm\"></td></tr><tr><td "
            f'class="pls"></td><td class="plc"><div class="po hin"><div class="pob cl"><em><a class="fastre" '
            f'href="forum.php?mod=post&amp;action=reply&amp;repquote={pid}">回復</a></em><p><a '
            f'href="javascript:;" class="showmenu">使用道具</a><a href="javascript:;">舉報</a></p></div></div></td>'
            "</tr></table></div>")  # fmt: skip


def html_discuz_suijam_kaifong_mo(doc: Doc) -> bytes:
    """The association's storm surge update as the first post of a Discuz! thread, saved."""
    when = report_day(doc)
    area, team, phone, uid = KAIFONG[SUIJAM.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    tid, pid = 180_000 + h % 9000, 1_900_000 + h % 90_000
    subject = f"【八號風球】{area}坊會水浸情況更新（第{doc.number}次）"
    posted = f"{when.year}-{when.month}-{when.day} 18:{h % 40 + 10:02d}"
    lines = [f'<i class="pstatus"> 本帖最後由 {team} 於 {when.year}-{when.month}-{when.day} 18:{h % 40 + 14:02d} '
             "編輯 </i><br />", '<font size="3">各位街坊：<br />',
             f"以下係{escape(doc.organisation)}{when.month}月{when.day}號晚上6點嘅水浸情況更新"
             f"（第{doc.number}次）：<br />",
             "<br />"]  # fmt: skip
    for s in doc.sections:
        lines.append(f'<strong><font color="#0000ff">{escape(s.heading)}</font></strong><br />')
        for it in s.items:
            if s.key == "highlights":
                lines.append(f"{escape(it.text)}<br />")
                continue
            risk, lead, rest = parts(it, "mo")
            text = f'{escape(risk)}<font color="Red">{escape(lead)}</font>{escape(rest)}' if lead else escape(it.text)
            lines.append(f"● {text}<br />")
        lines.append("<br />")
    lines += [f"有需要幫手請打本會電話 {phone}，或者直接嚟會址搵我哋。大家小心！<br />", f"{escape(team)}</font>"]
    replies = "".join(
        _post(pid + 17 + k * 5, 60_000 + (h + k * 7919) % 30_000, name, f"{when.year}-{when.month}-{when.day} "
              f"{19 + k}:{(h >> 3) % 50 + 5:02d}", ("沙發", "板凳")[k], k + 1, escape(text))
        for k, (name, text) in enumerate(REPLIES)
    )  # fmt: skip
    forum = "澳門街坊論壇"
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" \
"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{escape(subject)} - 街坊資訊 -  {forum} -  Powered by Discuz!</title>
<meta name="keywords" content="{escape(subject)}" />
<meta name="description" content=" {escape(subject)} ,{forum}" />
<meta name="generator" content="Discuz! X3.4" />
<meta name="author" content="Discuz! Team and Comsenz UI Team" />
<meta name="copyright" content="2001-2021 Tencent Cloud." />
<meta name="MSSmartTagsPreventParsing" content="True" />
<meta http-equiv="MSThemeCompatible" content="Yes" />
<base href="https://bbs.kaifong-forum.mo/" /><link rel="stylesheet" type="text/css" \
href="data/cache/style_1_common.css?K9r" /><link rel="stylesheet" type="text/css" \
href="data/cache/style_1_forum_viewthread.css?K9r" /><script type="text/javascript">var STYLEID = '1', \
STATICURL = 'static/', IMGDIR = 'static/image/common', VERHASH = 'K9r', charset = 'utf-8', discuz_uid = '0', \
cookiepre = 'Kf3a_2132_', cookiedomain = '', cookiepath = '/', showusercard = '1', attackevasive = '0', \
disallowfloat = 'newthread', creditnotice = '1|威望|,2|金錢|,3|貢獻|', defaultstyle = '', SITEURL = \
'https://bbs.kaifong-forum.mo/', JSPATH = 'data/cache/', CSSPATH = 'data/cache/style_', DYNAMICURL = '';</script>
<script src="data/cache/common.js?K9r" type="text/javascript"></script>
</head>
<body id="nv_forum" class="pg_viewthread" onkeydown="if(event.keyCode==27) return false;">
<div id="append_parent"></div><div id="ajaxwaitid"></div>
<div id="toptb" class="cl"><div class="wp"><div class="z"><a href="javascript:;">設為首頁</a><a \
href="https://bbs.kaifong-forum.mo/">收藏本站</a></div><div class="y"><a id="switchblind" href="javascript:;" \
class="switchblind">開啟輔助訪問</a></div></div></div>
<div id="hd"><div class="wp"><div class="hdc cl"><h2><a href="./" title="{forum}"><img \
src="static/image/common/logo.png" alt="{forum}" border="0" /></a></h2><form method="post" autocomplete="off" \
id="lsform" action="member.php?mod=logging&amp;action=login&amp;loginsubmit=yes"><div class="fastlg cl"><div \
class="y pns"><table cellspacing="0" cellpadding="0"><tr><td><label for="ls_username">用戶名</label></td><td><input \
type="text" name="username" id="ls_username" class="px vm xg1" /></td><td class="fastlg_l"><label \
for="ls_cookietime"><input type="checkbox" name="cookietime" id="ls_cookietime" class="pc" value="2592000" \
/>自動登錄</label></td><td>&nbsp;<a href="javascript:;">找回密碼</a></td></tr><tr><td><label \
for="ls_password">密碼</label></td><td><input type="password" name="password" id="ls_password" class="px vm" \
/></td><td class="fastlg_l"><button type="submit" class="pn vm"><em>登錄</em></button></td><td \
class="fastlg_l"><a href="member.php?mod=register" class="xi2 xw1">立即註冊</a></td></tr></table></div></div>\
</form></div>
<div id="nv"><ul><li class="a" id="mn_forum"><a href="forum.php" hidefocus="true" title="BBS">論壇<span>BBS</span>\
</a></li><li id="mn_N12a7"><a href="misc.php?mod=ranklist" hidefocus="true" title="Ranklist">排行榜<span>Ranklist\
</span></a></li></ul></div>
<div id="scbar" class="cl"><form id="scbar_form" method="post" autocomplete="off" \
action="search.php?searchsubmit=yes"><table cellspacing="0" cellpadding="0"><tr><td class="scbar_txt_td"><input \
type="text" name="srchtxt" id="scbar_txt" value="請輸入搜索內容" autocomplete="off" x-webkit-speech speech \
/></td><td class="scbar_btn_td"><button type="submit" name="searchsubmit" id="scbar_btn" sc="1" class="pn pnc" \
value="true"><strong class="xi2">搜索</strong></button></td></tr></table></form></div></div></div>
<div id="wp" class="wp">
<div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm" title="首頁">{forum}</a> <em>&raquo;</em><a \
href="forum.php">論壇</a> <em>&rsaquo;</em> <a href="forum.php?gid=1">社區</a> <em>&rsaquo;</em> <a \
href="forum-38-1.html">街坊資訊</a> <em>&rsaquo;</em> <a href="thread-{tid}-1-1.html">{escape(subject)}</a></div></div>
<div id="ct" class="wp cl">
<div id="pgt" class="pgs mbm cl "><span class="y pgb"><a href="forum-38-1.html">返回列表</a></span><a \
id="newspecial" href="forum.php?mod=post&amp;action=newthread&amp;fid=38" title="發新帖">發新帖</a><a \
id="post_reply" href="forum.php?mod=post&amp;action=reply&amp;fid=38&amp;tid={tid}" title="回復">回復</a></div>
<div id="postlist" class="pl bm">
<table cellspacing="0" cellpadding="0"><tr><td class="pls ptn pbn"><div class="hm ptn"><span class="xg1">查看:\
</span> <span class="xi1">{800 + h % 2000}</span><span class="pipe">|</span><span class="xg1">回復:</span> <span \
class="xi1">{len(REPLIES)}</span></div></td><td class="plc ptm pbn vwthd"><h1 class="ts"><a \
href="forum.php?mod=forumdisplay&amp;fid=38&amp;filter=typeid&amp;typeid=7">[水浸]</a> <span \
id="thread_subject">{escape(subject)}</span></h1><span class="xg1"><a href="thread-{tid}-1-1.html">[複製鏈接]</a>\
</span></td></tr></table>
{_post(pid, uid, team, posted, "樓主", 0, chr(10).join(lines))}
{replies}
</div>
<div class="pgs mtm mbm cl"><span class="pgb y"><a href="forum-38-1.html">返回列表</a></span></div>
</div></div>
<div id="ft" class="wp cl"><div id="flk" class="y"><p><a href="archiver/">Archiver</a><span \
class="pipe">|</span><a href="forum.php?mobile=yes">手機版</a><span class="pipe">|</span><a \
href="forum.php?mod=misc&amp;action=showdarkroom">小黑屋</a><span class="pipe">|</span><strong><a href="./" \
target="_blank">{forum}</a></strong></p><p class="xs0">GMT+8, {when.year}-{when.month}-{when.day} 21:{h % 60:02d}\
<span id="debuginfo">, Processed in 0.0{h % 90 + 10} second(s), {h % 20 + 14} queries .</span></p></div><div \
id="frt"><p>Powered by <strong><a href="https://www.discuz.net" target="_blank">Discuz!</a></strong> \
<em>X3.4</em></p><p class="xs0">&copy; 2001-2021 <a href="https://cloud.tencent.com" target="_blank">Tencent \
Cloud</a>.</p></div></div>
</body>
</html>"""
    return html.encode()


# ---------------------------------------------------------------- a Lebanese municipality on Hostinger

MUNICIPALITIES = (
    ("القبيات", "عكار", "qoubaiyat-municipality.com", "أ. إيلي نصر", "06 351 120"),
    ("عندقت", "عكار", "andaket-municipality.com", "أ. جوزيف الحلو", "06 311 244"),
    ("المشرف", "جبل لبنان", "mechref-municipality.com", "م. سامي أبو شقرا", "05 602 318"),
    ("الدامور", "جبل لبنان", "damour-municipality.org", "أ. نبيل الخوري", "05 601 452"),
)
MENU = (("/", "الرئيسية"), ("/about", "عن البلدية"), ("/blog", "الأخبار"), ("/services", "الخدمات"),
        ("/contact", "اتصل بنا"))  # fmt: skip


def _text_box(doc: Doc) -> str:
    out = []
    for s in doc.sections:
        out.append(f'<h2 dir="rtl">{escape(s.heading)}</h2>')
        if s.key == "highlights":
            out += [f'<p dir="rtl">{escape(it.text)}</p>' for it in s.items]
            continue
        points = []
        for it in s.items:
            risk, lead, rest = parts(it, "lb")
            points.append(f"<li><p dir=\"rtl\">{escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}</p></li>"
                          if lead else f'<li><p dir="rtl">{escape(it.text)}</p></li>')  # fmt: skip
        out.append("<ul>" + "".join(points) + "</ul>")
    return "\n".join(out)


def html_hostinger_hariq_baladiya_lb(doc: Doc) -> bytes:
    """The municipality's forest fire report as a blog post of its Hostinger Website Builder site, saved."""
    when = report_day(doc)
    town, governorate, domain, president, phone = MUNICIPALITIES[HARIQ.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    title = f"تقرير الوضع رقم {doc.number} حول حرائق الأحراج في {town}"
    day = f"{when.day} {SYRIAC[when.month - 1]} {when.year}"
    menu = "".join(f'<li class="block-header-item"><a href="{u}" class="block-header-item__link'
                   f'{" is-active" if u == "/blog" else ""}" data-v-6d2a2d01>{t}</a></li>'
                   for u, t in MENU)  # fmt: skip
    asset = f"https://assets.zyrosite.com/{h:08x}{h % 9973:04d}"
    html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl" data-beasties-container>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)} | بلدية {escape(town)}</title>
<meta name="description" content="{escape(title)}">
<meta name="generator" content="Hostinger Website Builder">
<meta property="og:title" content="{escape(title)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="بلدية {escape(town)}">
<link rel="canonical" href="https://{domain}/blog/taqrir-al-wad-{doc.number}">
<link rel="icon" size="16x16" href="{asset}/favicon-{h % 97}.png">
<link rel="preconnect" href="https://assets.zyrosite.com">
<link rel="stylesheet" href="/_astro-{h % 10**6:06d}/_slug_.{h % 9999:04x}.css">
<style>:root{{--font-primary:'Cairo',sans-serif;--font-secondary:'Tajawal',sans-serif;--color-accent:#b71c1c}}\
.text-box h2{{font-family:var(--font-primary);font-size:24px}}.text-box p{{font-size:16px;line-height:1.7}}</style>
</head>
<body>
<div id="app" data-v-app>
<main class="page" style="--header-height:96px">
<header class="block-header" data-v-6d2a2d01><div class="block-header-layout-desktop" data-v-6d2a2d01><a \
href="/" class="block-header-logo" data-v-6d2a2d01><img class="block-header-logo__image" alt="شعار بلدية \
{escape(town)}" src="{asset}/logo-baladiya.png" width="64" height="64" data-v-6d2a2d01><span \
class="block-header-logo__text" data-v-6d2a2d01>بلدية {escape(town)}</span></a><nav class="block-header__nav" \
data-v-6d2a2d01><ul class="block-header__nav-links" data-v-6d2a2d01>{menu}</ul></nav></div></header>
<section class="block block-blog-header" id="zbl-{h % 99999:05d}"><div class="block-blog-header__content"><div \
class="block-blog-header__categories"><a href="/blog?category=bayanat" class="block-blog-header__category">بيانات \
وتقارير</a></div><h1 class="block-blog-header__title font-primary">{escape(title)}</h1><div \
class="block-blog-header__meta"><span class="block-blog-header__author">بلدية {escape(town)}</span><span \
class="block-blog-header__date">{day}</span><span class="block-blog-header__reading-time">مدة القراءة 3 \
دقائق</span></div></div></section>
<section class="block block--desktop-first" id="zbl-{h % 99991:05d}t"><div class="block-layout \
block-layout--layout"><div class="layout-element layout-element--layout"><div class="layout-element__component \
layout-element__component--GridTextBox"><div class="text-box" dir="rtl">
<p dir="rtl">تنشر بلدية {escape(town)} تقرير الوضع رقم {doc.number} حول حرائق الأحراج في نطاقها، حتى الساعة السادسة \
من مساء {day}.</p>
{_text_box(doc)}
<p dir="rtl">للتبليغ عن أي حريق: الدفاع المدني 125 – الصليب الأحمر 140 – شرطة البلدية {phone}</p>
<p dir="rtl"><strong>رئيس البلدية</strong><br>{escape(president)}</p>
</div></div></div></div></section>
<footer class="block block-footer" id="zbl-footer"><div class="block-layout"><div class="text-box"><p \
dir="rtl">بلدية {escape(town)} – محافظة {escape(governorate)} – لبنان</p><p dir="rtl">هاتف: {phone} – \
info@{domain}</p><p dir="rtl">© {when.year} بلدية {escape(town)}. جميع الحقوق محفوظة.</p></div></div></footer>
</main>
<div class="cookie-banner" role="dialog" aria-live="polite"><p class="cookie-banner__text">يستخدم هذا الموقع \
ملفات تعريف الارتباط لتحسين تجربتك.</p><button class="cookie-banner__button">قبول</button><button \
class="cookie-banner__button cookie-banner__button--secondary">رفض</button></div>
</div>
</body>
</html>"""
    return html.encode()
