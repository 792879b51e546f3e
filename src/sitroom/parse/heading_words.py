"""The words of a heading that carry no meaning of its own: filler, and the frames that put a topic
("Summary of …", "… overview"). Read by the vocabulary (``sitroom.parse.vocabulary``)."""

from __future__ import annotations

# Words that say nothing about a section's meaning: they neither help nor hurt a match.
FILLER = frozenset(
    "a an and or the of for to on in by our this week weekly monthly daily update key main list "
    "et de des du la le les l d au aux nos notre cette semaine y el los las del en al nuestro nuestra "
    # German, Portuguese, Italian articles and prepositions
    "der die das den dem und im zur zum fur von vom mit o os as e do da dos das no na em para com "
    "il lo gli di del della dei delle per nel nella con "
    # Dutch
    "het een van voor ons onze deze "
    # Welsh: "Y sefyllfa", "Yr effaith ar drigolion", "Gwybodaeth i'r cyhoedd"
    "yr r ar i "
    # "and", "of" and "in" of Turkish, Indonesian and Malay, Slovenian, Estonian, Vietnamese, Filipino, Swahili,
    # the Baltic, Nordic and Albanian languages and Afrikaans
    "ve ile dan serta in ja va ng mga sa kwa ya ir un og dhe "
    # the words of a heading put as a question ("What the weather will do", "How people are affected")
    "what how who we you they are is will do does "
    # ... and the words that put it to whoever fills in a form ("What is your staffing position today?")
    "your my their its today now "
    # "and", "of", "for", "on", "with" in Bulgarian, Kazakh and Mongolian ("Сили и средства", "Күштер мен
    # құралдар", "Хүн хүч ба техник"), Armenian (folded: "և" is "եւ"), Georgian, Arabic, Persian and Hebrew,
    # as folded (the Arabic "على" and "إلى", the Persian "برای" with their yeh and alef read plain), and the Persian
    # plural ending set apart by a space ("هزینه ها")
    "и на за по в от с към върху мен бен пен және ба болон եւ ու համար და في علي مع من الي عن و در به از با براي "
    "ها هاي של על עם עבור "
    # ... and of Bengali and Assamese (folded: "আৰু" is "আরু")
    "ও এবং আর আরু".split()
)
# "Summary of activity", "Overview of risks", "Point sur les finances", "Resumen de costes", and put the
# other way round "Risk summary", "Finance overview": a word that frames the section beside the topic it
# is about; the topic says what the section means, the frame only how it is told.
FRAMES = frozenset(
    "summary overview update review report round up position resume synthese apercu point bilan resumen panorama "
    "actualizacion informe balance sintesi riepilogo aggiornamento resumo sintese zusammenfassung uberblick "
    "ubersicht".split()
)
ABOUT = frozenset(
    "of on about sur de des du d la le les l del sobre el los las al dei degli delle della di sui do dos da das "
    "der".split()
)
# Letters that no accent decomposes, as a heading is folded: "ß" is read as "ss", Polish "ł" as "l", Danish "ø"
# as "o", "æ" as "ae", the Turkish dotless "ı" as "i", "đ" and the Icelandic "ð" as "d", "þ" as "th", the
# Maltese "ħ" as "h", the Azerbaijani "ə" as "e", the hooked letters of Hausa ("ɗ", "ƙ", "ɓ", "ƴ") as plain ones
# ("Kuɗaɗe" as "kudade"), and the Samoan and Uzbek okina "ʻ" as an apostrophe, a break between words.
UNACCENTED = {"ß": "ss", "ł": "l", "ø": "o", "æ": "ae", "ı": "i", "đ": "d", "ð": "d", "þ": "th", "ħ": "h", "ə": "e"}
UNACCENTED |= {"ɗ": "d", "ƙ": "k", "ɓ": "b", "ƴ": "y", "ʻ": " ", "ʼ": " "}  # Uzbek writes its apostrophes both ways
# Arabic and Persian letters that writers and keyboards put for one another are one letter: the Persian and the
# Arabic yeh ("ی", "ي") and the dotless "ى" Egyptian writers end words with, the Persian and the Arabic kaf ("ک",
# "ك"), the teh marbuta "ة" often printed as "ه", and "ۀ", "ە", "ہ", "ھ" as "ه", the wasla alef "ٱ" as "ا". The
# tatweel that stretches a word ("مـخاطر"), the zero-width non-joiner that parts Persian letters inside one word
# ("پیش‌بینی", "هزینه‌ها") and the joiner are nothing: a PDF's text drops them, and a writer typing without them
# means the same word. Armenian marks set on a letter inside a word ("՞", "՛", "՜") do not part it.
UNACCENTED |= {"ی": "ي", "ى": "ي", "ک": "ك", "ة": "ه", "ۀ": "ه", "ە": "ه", "ہ": "ه", "ھ": "ه", "ٱ": "ا"}
UNACCENTED |= dict.fromkeys("\u0640\u200c\u200d\u055b\u055c\u055e", "")
# Assamese writes in the Bengali script with its own letters for r and w ("ৰ", "ৱ") where Bengali has "র" and "ব":
# "পৰিস্থিতি" is the Bengali "পরিস্থিতি", as the words the two languages share are spelt.
ASSAMESE_LETTERS = {"ৰ": "র", "ৱ": "ব"}
UNACCENTED |= ASSAMESE_LETTERS
