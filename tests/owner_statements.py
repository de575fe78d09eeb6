"""Statements naming "US troops" that are not the troops the statement is about: the owner rule
(``substitution._initialism_forces``) must not read them as the owner of those troops.  Shared by its unit tests
(test_substitution.py) and the end-to-end ones on the starter file (test_matching_quality.py)."""

from __future__ import annotations

#: "US troops" after the troops the statement is about, or set against them, say nothing of whose those are:
#: these capped TRUE "Mexico deployed 10,000 of its own troops to the US border" at 0.20 and showed FALSE "more
#: than 10,000 US troops deployed in Mexico" first
US_TROOPS_SET_AGAINST = [
    "10,000 troops were deployed to the border instead of US troops",
    "10,000 troops were deployed to the border in place of U.S. soldiers",
    "10,000 troops were deployed to the border to replace US troops",
    "10,000 troops were deployed to the border without US troops",
    "10,000 troops were deployed to the border alongside US troops",
    "10,000 troops were deployed to the border to help US troops",
    "10,000 troops were deployed to the border to stop US troops coming in",
    "10,000 troops were deployed to the border, not US troops",
    "After Trump's tariff threat, 10,000 troops went to the border instead of US troops",
    "Instead of US troops, 10,000 troops went to the border",
    "In place of U.S. soldiers, 10,000 troops were deployed to the border",
    "To stop US troops coming in, 10,000 troops were deployed to the border",
    "Rather than US troops, 10,000 troops were deployed to the border",
    "Alongside 5,000 US troops, 10,000 troops were deployed to the border",
    "Joined by US troops, 10,000 troops went to the border",
    "Unlike US troops, 10,000 troops were deployed to the border",
    "About US troops: 10,000 troops went to the border",
]

#: "US troops" that something is done to before the troops the statement is about (review33): read as those troops,
#: they capped TRUE "Mexico deployed 10,000 of its own troops to the US border" (0.99 -> 0.20) and left FALSE "more
#: than 10,000 US troops deployed in Mexico" shown alone; no list of such verbs is whole
US_TROOPS_DONE_TO = [
    "Sheinbaum barred US troops and deployed 10,000 soldiers to the border in February 2025",
    "Sheinbaum spurned US troops and deployed 10,000 soldiers to the border in February 2025",
    "Sheinbaum ruled out US troops and deployed 10,000 soldiers to the border in February 2025",
    "Sheinbaum vetoed US troops and deployed 10,000 soldiers to the border in February 2025",
    "Sheinbaum said US troops were not needed and deployed 10,000 soldiers to the border in February 2025",
    "Sheinbaum kept out US troops by sending 10,000 soldiers to the border in February 2025",
    "Sheinbaum kept out US troops by sending 10,000 soldiers to the border",
    "Sheinbaum kept US troops out by deploying 10,000 soldiers to the border in February 2025",
    "Sheinbaum turned down US troops and sent 10,000 soldiers to the border in February 2025",
    "Sheinbaum declined US troops, deploying 10,000 soldiers to the border in February 2025",
    "Sheinbaum avoided US troops by deploying 10,000 soldiers to the border in February 2025",
    "Sheinbaum deflected US troops, deploying 10,000 soldiers to the border in February 2025",
    "Sheinbaum warded off US troops by deploying 10,000 soldiers to the border in February 2025",
    "Sheinbaum headed off US troops by deploying 10,000 soldiers to the border in February 2025",
    "Sheinbaum dodged US troops, deploying 10,000 soldiers to the border in February 2025",
    # a verb of sending before "US troops" (read for "Trump deployed 10,000 US troops"), but with no number before
    # them, or after words that are no name
    "Sheinbaum sent US troops back and deployed 10,000 soldiers to the border in February 2025",
    "Sheinbaum sent the US troops home and deployed 10,000 soldiers to the border in February 2025",
    "Sheinbaum refused to let Trump deploy 10,000 US troops and deployed 10,000 soldiers to the border",
]
