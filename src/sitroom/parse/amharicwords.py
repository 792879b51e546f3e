"""Section names in Amharic, for the vocabulary (``sitroom.parse.vocabulary``, merged by way of
``sitroom.parse.incidentwords``).

An Ethiopian zone's or woreda's disaster risk management office names the parts of its report in Ethiopic script:
the summary ("ማጠቃለያ"), the general or current situation ("አጠቃላይ ሁኔታ", "ወቅታዊ ሁኔታ"), the weather forecast, the
damage, the humanitarian and food aid and its distribution, the actions taken, the monitoring, the manpower, the
budget and costs, the risks and challenges, the communication with the public, the recommendations and the next
tasks.
"""

from __future__ import annotations

from sitroom.model import SectionKey

K = SectionKey
AMHARIC: dict[SectionKey, tuple[str, ...]] = {
    K.HIGHLIGHTS: ("ማጠቃለያ", "ዋና ዋና ነጥቦች", "አጭር መግለጫ", "መግለጫ"),
    K.SITUATION: ("አጠቃላይ ሁኔታ", "ወቅታዊ ሁኔታ", "ሁኔታ", "የሁኔታ ግምገማ", "አሁናዊ ሁኔታ"),
    K.FORECAST: ("የአየር ትንበያ", "የአየር ሁኔታ ትንበያ", "ትንበያ"),
    K.IMPACTS: ("ጉዳት", "የደረሰ ጉዳት", "ተጽዕኖ", "ተጽእኖ", "የደረሰ ጉዳትና ተጽዕኖ"),
    K.ASSISTANCE: ("እርዳታ", "ሰብዓዊ እርዳታ", "የምግብ እርዳታ", "የምግብ እርዳታ ስርጭት", "የእርዳታ ስርጭት", "ድጋፍ"),
    K.RESPONSE: ("የተወሰዱ እርምጃዎች", "ምላሽ", "የተከናወኑ ተግባራት", "የምላሽ ተግባራት"),
    K.SURVEILLANCE: ("ክትትል", "ቅኝት", "የበሽታ ቅኝት"),
    K.WORKFORCE: ("የሰው ኃይል", "ሠራተኞች", "ሰራተኞች", "የተሰማራ የሰው ኃይል"),
    K.FINANCE: ("በጀት", "ወጪ", "ፋይናንስ", "የበጀት አጠቃቀም"),
    K.RISKS: ("ስጋቶች", "ስጋት", "ተግዳሮቶች", "ችግሮች", "ዋና ዋና ችግሮች"),
    K.COMMUNICATIONS: ("ኮሙኒኬሽን", "የሕዝብ ግንኙነት", "መረጃ ለሕዝብ", "ግንዛቤ ማስጨበጥ"),
    K.ADVICE: ("ምክሮች", "ምክረ ሀሳቦች", "የውሳኔ ሀሳቦች"),
    K.NEXT_STEPS: ("ቀጣይ ተግባራት", "ቀጣይ እርምጃዎች", "የቀጣይ ሳምንት እቅድ", "ቀጣይ እቅድ"),
}  # fmt: skip
