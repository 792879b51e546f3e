"""PDF writer of the ``blind50_layouts`` set that prints HTML (WeasyPrint, in the document system's place): a
Brazilian state health secretariat's technical report on a dengue epidemic, written in the electronic document
system SEI and downloaded as a PDF.

The state health secretariat's weekly "Informe Técnico" on the dengue epidemic, written in SEI (Sistema Eletrônico
de Informações, the document system of Brazil's federal government, the Federal District and many states) and
downloaded from the process as a PDF: the state's arms and the government's, secretariat's, undersecretariat's and
directorate's names centred at the top, the document's name and number ("Informe Técnico nº 7/2026 -
SES/SVS/DIVEP"), the place and date, "Assunto:", then the text in SEI's numbered styles — each section's name a
level-one item in bold capitals numbered "1.", each point a level-two item numbered "1.1." (the summary's too),
"Medida adotada:" in bold inside a risk's point —, the box of the electronic signature ("Documento assinado
eletronicamente por …, em 16/02/2026, às 17:42, conforme …" beside SEI's seal), the box on how to check the
document's authenticity with its verifier and CRC codes, and at the foot of every page the process's and the
document's numbers. "R$ 3.400,00", "R$ 1,25 milhão", "1.250", "12%", "16 de fevereiro", "(informe anterior: 5)".
"""

from __future__ import annotations

import zlib
from html import escape

from blind7_layouts_content import report_day
from blind13_layouts_content import MESES_PT
from blind50_layouts_banks_away import DENGUE
from blind50_layouts_content import parts
from council_layouts_gold import Doc

STATES = (
    (("GOVERNO DO DISTRITO FEDERAL", "SECRETARIA DE ESTADO DE SAÚDE DO DISTRITO FEDERAL",
      "Subsecretaria de Vigilância à Saúde", "Diretoria de Vigilância Epidemiológica"), "SES/SVS/DIVEP", "Brasília-DF",
     "sei.df.gov.br", "00060-{a:08d}/{y}-{b:02d}", "Marília Teixeira Campos", "Diretor(a) de Vigilância Epidemiológica",
     "conforme art. 6º do Decreto n° 36.756, de 16 de setembro de 2015, publicado no Diário Oficial do Distrito "
     "Federal "
     "nº 180, quarta-feira, 16 de setembro de 2015", "#1b4f8a"),
    (("ESTADO DE GOIÁS", "SECRETARIA DE ESTADO DA SAÚDE", "SUPERINTENDÊNCIA DE VIGILÂNCIA EM SAÚDE"), "SES/SUVISA",
     "Goiânia", "sei.go.gov.br", "2026{a:011d}", "Rodrigo Alves Siqueira", "Superintendente",
     "com fundamento no art. 18, § 1º, do Decreto nº 8.808/2016", "#0f6b3a"),
    (("GOVERNO DO ESTADO DE MINAS GERAIS", "Secretaria de Estado de Saúde", "Subsecretaria de Vigilância em Saúde"),
     "SES/SUBVS", "Belo Horizonte", "sei.mg.gov.br", "1320.01.{a:07d}/{y}-{b:02d}", "Helena Duarte Prates",
     "Subsecretária", "com fundamento no art. 6º, § 1º, do Decreto nº 47.222, de 26 de julho de 2017", "#a11d21"),
    (("Governo do Estado do Rio de Janeiro", "Secretaria de Estado de Saúde",
      "Superintendência de Vigilância Epidemiológica e Ambiental"), "SES/SUBVAPS/SVEA", "Rio de Janeiro",
     "sei.rj.gov.br", "SEI-080001/{a:06d}/{y}", "Fábio Monteiro Lacerda", "Superintendente",
     "com fundamento nos arts. 28 e 29 do Decreto nº 48.209, de 19 de setembro de 2022", "#00529b"),
)  # fmt: skip


def _point(it) -> str:
    risk, lead, rest = parts(it, "br")
    return f"{escape(risk)} <b>{escape(lead)}</b> {escape(rest)}" if lead else escape(it.text)


def _pdf(html: str) -> bytes:
    from weasyprint import HTML

    return HTML(string=html).write_pdf()


def pdf_sei_informe_dengue_br(doc: Doc) -> bytes:
    """The secretariat's weekly technical report on dengue as SEI lays it out and downloads it as a PDF."""
    when = report_day(doc)
    k = DENGUE.organisations.index(doc.organisation)
    names, unit, place, host, process, signer, post, basis, colour = STATES[k]
    h = zlib.crc32(doc.title.encode())
    sei = 130_000_000 + h % 9_000_000
    proc = process.format(a=h % 90_000 + 10_000, b=h % 97, y=when.year)
    week = (when.timetuple().tm_yday + 3) // 7
    number = 2 + doc.number
    text = []
    for n, s in enumerate(doc.sections, start=1):
        text.append(f'<p class="Item_Nivel1">{escape(s.heading)}</p>')
        text += [f'<p class="Item_Nivel2"><span class="n">{n}.{m}.</span> {_point(it)}</p>'
                 for m, it in enumerate(s.items, start=1)]  # fmt: skip
    head = "".join(f"<p>{escape(x)}</p>" for x in names)
    date = f"{when.day} de {MESES_PT[when.month - 1]} de {when.year}"
    crc = f"{h:08X}"
    html = f"""<!DOCTYPE html><html lang="pt-BR"><head><meta charset="utf-8">
<title>SEI/{host.split(".")[1].upper()} - {sei} - Informe Técnico</title>
<style>
@page {{ size: A4; margin: 20mm 18mm 22mm 25mm;
  @bottom-left {{ content: "Referência: Processo nº {proc}"; font: 7.5pt "Liberation Sans"; color: #333; }}
  @bottom-right {{ content: "SEI nº {sei}"; font: 7.5pt "Liberation Sans"; color: #333; }} }}
body {{ font-family: "Liberation Sans", Calibri, sans-serif; font-size: 11pt; line-height: 1.3; color: #000; }}
.cabecalho {{ text-align: center; margin-bottom: 8mm; }}
.cabecalho .brasao {{ width: 17mm; height: 19mm; margin: 0 auto 2mm; border-radius: 40% 40% 50% 50%;
  background: {colour}; }}
.cabecalho p {{ margin: 0; font-size: 10pt; font-weight: bold; }}
.Texto_Centralizado_Maiusculas_Negrito {{ text-align: center; font-weight: bold; text-transform: uppercase;
  margin: 6mm 0 4mm; }}
.Texto_Alinhado_Direita {{ text-align: right; margin: 0 0 4mm; }}
.Texto_Alinhado_Esquerda {{ margin: 0 0 5mm; }}
.Item_Nivel1 {{ font-weight: bold; text-transform: uppercase; margin: 5mm 0 2mm; }}
.Item_Nivel2 {{ text-align: justify; text-indent: 0; margin: 0 0 2mm; }}
.assinatura, .autenticidade {{ width: 100%; border: 0.3mm solid #999; border-collapse: collapse; margin-top: 6mm;
  font-size: 8.5pt; }}
.assinatura td, .autenticidade td {{ padding: 2mm; vertical-align: middle; }}
.selo {{ width: 16mm; height: 16mm; background: #e8e8e8; border: 0.3mm solid #666; text-align: center;
  font: bold 9pt "Liberation Sans"; line-height: 16mm; color: #444; }}
.qr {{ width: 16mm; height: 16mm; background: repeating-linear-gradient(90deg, #000 0 1mm, #fff 1mm 2mm); }}
.rodape {{ font-size: 8pt; color: #333; margin-top: 4mm; border-top: 0.3mm solid #999; padding-top: 1mm; }}
</style></head><body>
<div class="cabecalho"><div class="brasao"></div>{head}</div>
<p class="Texto_Centralizado_Maiusculas_Negrito">Informe Técnico nº {number}/{when.year} - {unit}</p>
<p class="Texto_Alinhado_Direita">{place}, {date}.</p>
<p class="Texto_Alinhado_Esquerda"><b>Assunto:</b> Situação epidemiológica da dengue – Semana Epidemiológica \
{week}/{when.year}.</p>
{chr(10).join(text)}
<table class="assinatura"><tr><td style="width:20mm"><div class="selo">SEI</div></td><td>Documento assinado \
eletronicamente por <b>{escape(signer)}</b>, <b>{escape(post)}</b>, em {when:%d/%m/%Y}, às {16 + h % 3}:{h % 60:02d}, \
{escape(basis)}.</td></tr></table>
<table class="autenticidade"><tr><td style="width:20mm"><div class="qr"></div></td><td>A autenticidade deste \
documento pode ser conferida no site https://{host}/sei/controlador_externo.php?acao=documento_conferir&amp;\
id_orgao_acesso_externo=0, informando o código verificador <b>{sei}</b> e o código CRC <b>{crc}</b>.</td></tr></table>
<p class="rodape">Referência: Processo nº {proc} &nbsp;&nbsp;&nbsp; SEI nº {sei}</p>
</body></html>"""
    return _pdf(html)
