"""Item ideas of two ``blind32_layouts`` publishers writing in their own language: a Bosnian mine action centre's
regional offices after floods and landslides moved mines, in Bosnian, and a Portuguese marine institute's regional
delegations through a toxic algal bloom that closed shellfish harvesting, in Portuguese (``blind5_layouts_content``
explains the slots; the risks escalate in their own language's words, and a count is worded so that its noun does not
change with the number, as careful writers of both languages do in reports). ``blind32_layouts_content`` prints the
amounts, dates, comparisons and the mitigation's lead in each publisher's words. The organisations are named after
real kinds of body; the places, events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

BS_LEVELS = ("se prati", "raste", "je sada značajan", "je sada kritičan")

MINES = Partner(
    "bs-mine-action-floods",
    "Minska situacija",
    ("Centar za uklanjanje mina – Regionalni ured Savska Luka", "Centar za uklanjanje mina – Regionalni ured Brezovac",
     "Centar za uklanjanje mina – Regionalni ured Vrhovina", "Centar za uklanjanje mina – Regionalni ured Lipovo Brdo"),
    {},
    {
        "sazetak": [
            it("Nakon poplava i klizišta od {poplave} minsko-eksplozivna sredstva su pomjerena na području regiona",
               poplave="date -8 -8"),
            it("Do sada je pregledano {povrsina} kvadratnih metara ugroženog zemljišta{povrsina.was}",
               povrsina="n 5000 400000"),
        ],
        "stanje": [
            it("Voda se povukla iz većine naselja u dolini rijeke Lipovice"),
            it("Stanje prirodne nesreće i dalje je na snazi u općinama regiona"),
            it("Broj aktivnih klizišta na ranije miniranom području je {klizista}{klizista.was}", klizista="n 2 40"),
        ],
        "polja": [
            it("Broj minskih polja kojima su poplave pomjerile granice je {polja}{polja.was}", polja="n 3 60"),
            it("Broj pronađenih minsko-eksplozivnih sredstava izvan označenih područja je {mes}", mes="n 2 120"),
            it("Dio oznaka minskih polja odnijela je voda uz obalu rijeke Lipovice"),
        ],
        "aktivnosti": [
            it("Broj novopostavljenih oznaka upozorenja je {oznake}{oznake.was}", oznake="n 50 2000"),
            it("Tehničko izviđanje završeno je na lokacijama uz magistralni put do {izvidjanje}",
               izvidjanje="date -2 0"),
            it("Deminerski bataljon Oružanih snaga uništio je pronađena sredstva na licu mjesta"),
        ],
        "informisanje": [
            it("Broj održanih predavanja o opasnostima od mina u školama i mjesnim zajednicama je {predavanja}",
               predavanja="n 3 60"),
            it("Letci upozorenja podijeljeni su u svim poplavljenim naseljima"),
        ],
        "ljudstvo": [
            it("Broj angažovanih deminera i inspektora na terenu je {deminera}{deminera.was}", deminera="n 20 300"),
            it("Angažovani su i timovi nevladinih organizacija za deminiranje"),
        ],
        "finansije": [
            it("Troškovi hitnog obilježavanja do sada iznose {troskovi}", troskovi="cum 20 900"),
            it("Vijeće ministara odobrilo je interventna sredstva u iznosu od {iznos}", iznos="money 100 2000"),
        ],
        "risks": [
            risk("Rizik od stradanja stanovnika pri povratku u poplavljene kuće {trend}",
                 mit=("obilježavanje prilaza kućama i pregled dvorišta prije povratka stanovnika",), levels=BS_LEVELS),
            risk("Rizik od novih klizišta u ranije miniranim područjima {trend}",
                 mit=("zabrana pristupa i praćenje klizišta zajedno sa civilnom zaštitom",), levels=BS_LEVELS),
            risk("Nedostatak opreme za pretraživanje u vodi i mulju",
                 mit=("oprema je zatražena od donatora i susjednih regionalnih ureda",)),
        ],
        "naredno": [
            it("Sastanak sa štabom civilne zaštite zakazan je za {sastanak}", sastanak="date 1 3"),
            it("Nastavak pregleda obala nakon povlačenja vode"),
        ],
    },
    {"sazetak": (1, 2), "stanje": (1, 3), "polja": (1, 3), "aktivnosti": (1, 3), "informisanje": (1, 2),
     "ljudstvo": (1, 2), "finansije": (1, 2), "risks": (1, 3), "naredno": (1, 2)},
    date(2026, 5, 18), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

PT_LEVELS = ("está a ser acompanhado", "está a aumentar", "é agora significativo", "é agora crítico")

BIOTOXINS = Partner(
    "pt-biotoxinas",
    "Biotoxinas marinhas",
    ("Instituto do Mar e da Pesca – Delegação Norte", "Instituto do Mar e da Pesca – Delegação Centro",
     "Instituto do Mar e da Pesca – Delegação Oeste", "Instituto do Mar e da Pesca – Delegação Sul"),
    {},
    {
        "destaques": [
            it("Mantém-se a interdição da apanha de bivalves em {zonas} zonas de produção{zonas.was}", zonas="n 2 12"),
            it("As toxinas paralisantes (PSP) ultrapassam o limite legal desde {desde}", desde="date -10 -10"),
        ],
        "situacao": [
            it("A proliferação de Gymnodinium catenatum mantém-se na costa entre Vila Chã de Areia e o cabo Mourão"),
            it("A concentração máxima de PSP foi de {psp} µg/kg em mexilhão{psp.was}", psp="n 900 6000"),
            it("As toxinas lipofílicas estão abaixo do limite em todas as zonas"),
        ],
        "zonas": [
            it("A zona L5 Lagoa de Santa Luzia está interdita para todas as espécies"),
            it("A apanha de berbigão foi reaberta na zona RIA3 em {reabertura}", reabertura="date -2 0"),
            it("{parciais} zonas estão com interdição parcial para o mexilhão", parciais="n 2 8"),
        ],
        "monitorizacao": [
            it("Foram analisadas {amostras} amostras de bivalves esta semana{amostras.was}", amostras="n 20 300"),
            it("A frequência de amostragem passou a ser bissemanal nas zonas interditas"),
        ],
        "impacto": [
            it("{mariscadores} mariscadores licenciados estão sem atividade{mariscadores.was}",
               mariscadores="n 40 900"),
            it("As perdas estimadas dos viveiristas ascendem a {perdas}", perdas="cum 50 2000"),
        ],
        "fiscalizacao": [
            it("A Polícia Marítima apreendeu {kg} kg de bivalves apanhados em zona interdita", kg="n 20 800"),
            it("Foram realizadas {acoes} ações de fiscalização nos portos e lotas", acoes="n 5 60"),
        ],
        "apoios": [
            it("Foi aprovado um apoio extraordinário de {apoio} aos mariscadores", apoio="money 100 1500"),
            it("Os pedidos de apoio podem ser entregues até {prazo}", prazo="date 5 20"),
        ],
        "risks": [
            risk("O risco de venda ilegal de bivalves de zonas interditas {trend}",
                 mit=("reforço da fiscalização nas lotas e nos mercados locais",), levels=PT_LEVELS),
            risk("O risco de intoxicação de apanhadores lúdicos {trend}",
                 mit=("sinalização nas praias e avisos nas redes sociais",), levels=PT_LEVELS),
            risk("Falta de capacidade do laboratório para o aumento de amostras",
                 mit=("envio de amostras para o laboratório nacional de referência",)),
        ],
        "previsao": [
            it("Prevê-se a persistência da proliferação nos próximos {dias} dias", dias="n 5 20"),
            it("O afloramento costeiro deverá enfraquecer a partir de {vento}", vento="date 2 8"),
        ],
    },
    {"destaques": (1, 2), "situacao": (1, 3), "zonas": (1, 3), "monitorizacao": (1, 2), "impacto": (1, 2),
     "fiscalizacao": (1, 2), "apoios": (1, 2), "risks": (1, 3), "previsao": (1, 2)},
    date(2026, 9, 7), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip
