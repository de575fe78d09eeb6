"""The months of the languages other than English that factcheck reads a date in, as each writes them: one table
for the claim rules (``claimlike``'s Spanish dates), the sentence splitter (``sentences``'s German ordinals) and
the substitution check (``substitution.months_of_other_languages``).  English months are ``text``'s and
``substitution``'s own (stems and abbreviations)."""

from __future__ import annotations

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
