"""E-mail writer of the ``blind41_layouts`` set (the ``email`` package).

A Puerto Rican mutual aid centre's update after a hurricane, in Spanish, written as a post of its Substack
newsletter and sent by Substack to the subscribers, as one of them receives it: Substack's headers (the publication's
``substack.com`` sender and reply address, ``List-Id``, ``List-Unsubscribe`` with its one-click post, the Mailgun
variables, the ``mg-d1.substack.com`` route), a ``multipart/alternative`` of Substack's plain text ("View this post
on the web at …", the paragraphs, the headings as lines, the points after "* ", "Unsubscribe" and its link) and its
HTML — the hidden preheader (the subtitle padded with invisible characters), the publication's name over the post's
title (``h1.post-title``) and subtitle (``h3.subtitle``), the byline and day, the "READ IN APP" button, the body as
Substack's editor writes it (the greeting paragraph, each section an ``h2``, the summary as paragraphs, the other
points in ``<ul>`` whose ``<li>`` each hold a ``<p>``, "Lo que estamos haciendo:" in ``<strong>`` inside a risk's
point, a captioned photo under the summary, the closing thanks, a "Hacer un donativo" button and a "Share" one), then
the "Like", "Comment" and "Restack" row and the footer (the copyright with the centre's address, "Unsubscribe", "Get
the app", "Start writing"). "$3,400", "$1.25 millones", "1,250", "12%", "16 de septiembre", "(informe anterior: 5)".
"""

from __future__ import annotations

import hashlib
import json
import zlib
from datetime import timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from html import escape

from blind7_layouts_content import report_day
from blind41_layouts_banks_world import RECUPERACION
from blind41_layouts_content import ES_MONTHS, parts
from council_layouts_gold import Doc

AST = timezone(timedelta(hours=-4))
PUBS = (("camjayuya", "Calle Guillermo Esteves 12, Jayuya, PR 00664", "Wilmarie Rivera"),
        ("comiteorocovis", "Carr. 155 km 31.4, Orocovis, PR 00720", "Héctor L. Colón"),
        ("mujeresyabucoa", "Calle Catalina Morales 7, Yabucoa, PR 00767", "Iris N. Delgado"),
        ("barrioadentroutuado", "Bo. Caguana, Utuado, PR 00641", "José A. Maldonado"))  # fmt: skip
READERS = ("lmartinez.pr@gmail.com", "ana.ortiz77@yahoo.com", "cfigueroa@hotmail.com", "rosa.vazquez@icloud.com")
CSS = ("body{margin:0;padding:0;background:#fff}.post-title{font-family:'SF Pro Display',-apple-system,system-ui,"
       "sans-serif;font-size:32px;font-weight:700;line-height:36px;margin:0}.subtitle{font-weight:400;color:#777;"
       "font-size:20px;margin:4px 0 0}.body p,.body li{font-family:Georgia,serif;font-size:18px;line-height:28px;"
       "color:#363737}.body h2{font-family:'SF Pro Display',-apple-system,sans-serif;font-size:24px;margin:32px 0 8px}"
       ".button-wrapper{text-align:center}.button{background:#d6423a;color:#fff;border-radius:4px;padding:12px 20px;"
       "text-decoration:none;font-weight:600}.image-caption{font-size:14px;color:#777;text-align:center}"
       ".footer{color:#777;font-size:13px;text-align:center}")  # fmt: skip


def eml_substack_pr(doc: Doc) -> bytes:
    """The centre's Substack post as a subscriber receives it."""
    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    k = RECUPERACION.organisations.index(doc.organisation)
    sub, address, author = PUBS[k]
    site = f"https://{sub}.substack.com"
    post_slug = f"actualizacion-{doc.number}"
    web = f"{site}/p/{post_slug}"
    token = hashlib.sha256(f"{doc.title}{READERS[k]}".encode()).hexdigest()
    redirect = f"https://substack.com/redirect/2/{token[:48]}"
    title = f"Actualización #{doc.number}: seguimos de pie"
    subtitle = "Lo que hemos hecho esta semana en los barrios y lo que todavía hace falta"
    greeting = (f"¡Saludos, vecinos y amigos! Esta es nuestra actualización #{doc.number} desde el paso del huracán. "
                "Aquí les contamos cómo va todo.")  # fmt: skip
    thanks = "Gracias por leer y por apoyar. Si puedes, comparte esta actualización con quien la necesite."
    caption = f"Voluntarios del centro repartiendo compras en el barrio, {when.day} de {ES_MONTHS[when.month - 1]}."
    body = [f"<p>{escape(greeting)}</p>"]
    text = [f"View this post on the web at {web}", "", greeting, ""]
    for s in doc.sections:
        body.append(f'<h2 class="header-anchor-post">{escape(s.heading)}</h2>')
        text += [s.heading, ""]
        if s.key == "highlights":
            body += [f"<p>{escape(it.text)}</p>" for it in s.items]
            text += [x for it in s.items for x in (it.text, "")]
            body.append(f'<div class="captioned-image-container"><figure><a class="image-link" href="{redirect}/img">'
                        f'<img src="https://substackcdn.com/image/fetch/w_1100,c_limit,f_auto,q_auto:good/{token[:32]}'
                        f'.jpeg" width="550" alt=""></a><figcaption class="image-caption">{escape(caption)}'
                        "</figcaption></figure></div>")  # fmt: skip
            text += [f"[{caption}]", ""]
            continue
        lis = []
        for it in s.items:
            risk, lead, rest = parts(it, "pr")
            inner = f"{escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}" if lead else escape(it.text)
            lis.append(f"<li><p>{inner}</p></li>")
            text.append(f"* {it.text}")
        body.append(f"<ul>{''.join(lis)}</ul>")
        text.append("")
    body += [
        f"<p>{escape(thanks)}</p>",
        f'<p class="button-wrapper" data-attrs=\'{{"url":"{site}/p/donativos","text":"Hacer un donativo",'
        f'"action":null,"class":null}}\'><a class="button primary" href="{redirect}/donar"><span>Hacer un '
        "donativo</span></a></p>",
        f'<p class="button-wrapper"><a class="button primary" href="{redirect}/share"><span>Share</span></a></p>',
    ]
    text += [thanks, "", f"Hacer un donativo [{site}/p/donativos]", "", f"Unsubscribe {redirect}/unsub"]
    pre = escape(subtitle) + " ͏ ‌ " * 40
    html = (f'<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta '
            f'name="viewport" content="width=device-width"><style>{CSS}</style></head><body><div class="preview" '
            f'style="display:none;font-size:1px;color:#333333;line-height:1px;max-height:0px;max-width:0px;opacity:0;'
            f'overflow:hidden">{pre}</div><table class="email-body-container" width="100%" cellpadding="0" '
            'cellspacing="0" border="0" role="presentation"><tr><td></td><td class="content" width="550"><div '
            f'class="post typography" dir="auto"><div class="post-header"><table role="presentation" width="100%">'
            f'<tr><td align="center"><a href="{site}" style="font-size:16px;font-weight:600;color:#363737;'
            f'text-decoration:none">{escape(doc.organisation)}</a></td></tr></table><h1 class="post-title published">'
            f'<a href="{web}">{escape(title)}</a></h1><h3 class="subtitle">{escape(subtitle)}</h3><table '
            f'role="presentation" class="email-ufi-2-top"><tr><td class="byline">{escape(author)}</td><td>'
            f'<span class="post-date">{when:%b} {when.day}</span></td></tr></table><table role="presentation" '
            f'width="100%"><tr><td align="center"><a class="email-button-outline" href="{redirect}/app">READ IN APP'
            f'</a></td></tr></table></div><div class="body markup" dir="auto">{"".join(body)}</div></div>'
            f'<table role="presentation" class="email-ufi-2-bottom" width="100%"><tr><td><a href="{redirect}/like">'
            f'Like</a></td><td><a href="{redirect}/comment">Comment</a></td><td><a href="{redirect}/restack">Restack'
            f'</a></td></tr></table><div class="footer"><p>© {when.year} {escape(doc.organisation)}<br>'
            f'{escape(address)}<br><a href="{redirect}/unsub">Unsubscribe</a></p><p><a href="https://substack.com/app/app-store-'
            'redirect"><img src="https://substackcdn.com/image/fetch/publish-button.png" alt="Get the app" '
            'width="142"></a><a href="https://substack.com/signup?utm_source=substack&utm_medium=email&utm_content='
            'footer"><img src="https://substackcdn.com/image/fetch/start-writing.png" alt="Start writing" width="142">'
            "</a></p></div></td><td></td></tr></table></body></html>")  # fmt: skip
    sent = when.replace(hour=17, minute=h % 50 + 5, tzinfo=AST)
    mid = f"<{sent:%Y%m%d%H%M%S}.{h % 9 + 1}.{token[:16]}@mg-d1.substack.com>"
    variables = {"category": "post", "email_generated_at": int(sent.timestamp()) * 1000, "is_freemail": True,
                 "post_audience": "everyone", "post_id": 151000000 + h % 900000, "pub_community_enabled": True,
                 "publication_id": 2100000 + k * 7331, "subscription_id": 910000000 + h % 9000000}  # fmt: skip
    msg = EmailMessage()
    msg["Received"] = (f"from mg-d1.substack.com (mg-d1.substack.com [198.61.254.{h % 200 + 20}]) by mx.google.com "
                       f"with UTF8SMTPS; {format_datetime(sent + timedelta(seconds=4))}")  # fmt: skip
    msg["Date"] = format_datetime(sent)
    msg["From"] = f"{doc.organisation} <{sub}@substack.com>"
    msg["Reply-To"] = f"{doc.organisation} <reply+{token[:24]}@substack.com>"
    msg["To"] = READERS[k]
    msg["Subject"] = title
    msg["Message-ID"] = mid
    msg["List-ID"] = f"<{sub}.substack.com>"
    msg["List-URL"] = f"<{site}/>"
    msg["List-Unsubscribe"] = (
        f"<{site}/action/disable_email?token={token[:20]}>, <mailto:{sub}+unsubscribe@substack.com>"
    )
    msg["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    msg["X-Mailgun-Variables"] = json.dumps(variables, separators=(", ", ": "))
    msg["Feedback-ID"] = f"post-{variables['post_id']}:cat-post:pub-{variables['publication_id']}:substack"
    msg.set_content("\n".join(text) + "\n", charset="utf-8", cte="quoted-printable")
    msg.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    msg.set_boundary(f"--{token[:30]}")
    return bytes(msg)
