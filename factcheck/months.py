"""The months of the languages factcheck reads a date in, as each writes them: one table for the claim rules
(``claimlike``'s datelines and Spanish dates), the sentence splitter (``sentences``'s German ordinals), the
substitution check (``substitution``'s dates, ``substitution.months_of_other_languages``) and the years' readings
(``years``: a time's month, a bound's, a claim's date, the polarity check's "March 1916")."""

from __future__ import annotations

#: the English months, in order, capitalised, and their usual abbreviations (none for May; September's two): tuples, as
#: every module that reads them shares them (``model``'s dates, ``substitution``'s, ``years``')
ENGLISH_MONTHS = tuple("January February March April May June July August September October November December".split())
ENGLISH_MONTH_ABBREVIATIONS = tuple("Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split())
#: an English month's name or abbreviation, capitalised ((?i:...) around it takes any case): scan's datelines
#: (``claimlike``) and the polarity check's years ("March 1916": ``years.YEARS_OF_EVENTS``) read dates with it
MONTH = "(?:" + "|".join([*ENGLISH_MONTHS, *ENGLISH_MONTH_ABBREVIATIONS]) + r")\b"
SPANISH_MONTHS = (
    "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre".split()
)
PORTUGUESE_MONTHS = "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split()
FRENCH_MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
ITALIAN_MONTHS = "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split()
#: with Austria's "Jänner" and "Feber", and "Maerz" as typed without an umlaut
GERMAN_MONTHS = (
    "Januar Jänner Februar Feber März Maerz April Mai Juni Juli August September Oktober November Dezember".split()
)
#: the Spanish words that date a month after them ("desde marzo", "en febrero", "el pasado mayo"): alone, "mayo" is
#: mayonnaise as often
SPANISH_DATING_WORDS = "de en desde hasta entre durante para hacia este pasado próximo proximo".split()
#: the Italian words that date a month after them ("a febbraio", "nel maggio", "entro marzo", "fino a giugno")
ITALIAN_DATING_WORDS = "a ad in nel dal da di entro fino scorso prossimo".split()
#: the French words that date a month after them ("en mars", "depuis février", "fin mai", "début juin", "mi-juillet")
FRENCH_DATING_WORDS = "en depuis dès fin début mi courant jusqu".split()
