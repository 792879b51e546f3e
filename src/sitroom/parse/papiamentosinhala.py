"""Section names in Papiamento and Sinhala, for the vocabulary (``sitroom.parse.vocabulary``, merged by way of
``sitroom.parse.incidentwords``).

An Aruban or Curaçaoan neighbourhood centre reports in Papiamento: the summary ("Resumen"), the current situation, the
weather forecast ("Pronostico di tempo"), the impact ("Impacto"), the distribution of water and food, the volunteers
("Boluntarionan"), the expenses ("Gastonan"), the risks ("Riesgonan") and the next steps ("Proximo pasonan"); the
plural "-nan" is written on the word. A Sri Lankan district disaster management unit reports in Sinhala: the summary
("සාරාංශය"), the current situation ("වර්තමාන තත්ත්වය"), the weather forecast ("කාලගුණ අනාවැකිය"), the damage and
impacts, the relief ("සහන සැලසීම"), the human resources ("මානව සම්පත්"), the financial provisions ("මුදල්
ප්‍රතිපාදන"), the risks ("අවදානම්") and the work ahead ("ඉදිරි කටයුතු").
"""

from __future__ import annotations

from sitroom.model import SectionKey

K = SectionKey
PAPIAMENTO_SINHALA: dict[SectionKey, tuple[str, ...]] = {
    K.HIGHLIGHTS: ("resumen", "sumario", "සාරාංශය", "සාරාංශ", "කෙටි සටහන"),
    K.SITUATION: ("situacion actual", "situashon actual", "situashon", "වර්තමාන තත්ත්වය", "තත්ත්වය", "පවතින තත්ත්වය"),
    K.FORECAST: ("pronostico di tempo", "pronostico", "kalkulo di tempo", "කාලගුණ අනාවැකිය", "කාලගුණ අනාවැකි",
                 "අනාවැකිය", "කාලගුණය"),
    K.IMPACTS: ("impacto den bario", "impacto", "daño", "dañonan", "හානි හා බලපෑම්", "හානි", "බලපෑම්", "හානි තත්ත්වය"),
    K.ASSISTANCE: ("distribucion di awa i cuminda", "distribucion", "yudansa", "සහන සැලසීම", "සහන", "සහන සේවා"),
    K.WORKFORCE: ("boluntarionan", "boluntario", "trahadornan", "personal", "මානව සම්පත්", "මානව සම්පත",
                  "කාර්ය මණ්ඩලය"),
    K.FINANCE: ("gastonan", "gasto", "finansa", "presupuesto", "මුදල් ප්‍රතිපාදන", "මුදල්", "ප්‍රතිපාදන", "වියදම්"),
    K.RISKS: ("riesgonan", "riesgo", "peliger", "අවදානම්", "අවදානම"),
    K.ADVICE: ("konseho pa e bario", "konseho", "උපදෙස්", "මහජනතාවට උපදෙස්"),
    K.NEXT_STEPS: ("proximo pasonan", "proximo paso", "siguiente pasonan", "ඉදිරි කටයුතු", "ඉදිරි පියවර"),
}  # fmt: skip
