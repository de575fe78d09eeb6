"""Does a statement say what the matched claim says, or its opposite?

"There are no US troops in Mexico" matches the checked claim "There are US troops in Mexico"
word for word, yet says the opposite, so the claim's verdict does not apply to the statement
as the user wrote it.  ``polarity(statement, claim_text)`` detects the common cases:

- negation: "no", "not", "n't", "never", "none", "nobody", "nothing", "no longer", "without",
  "cannot"... counted in each text; an odd difference means one text negates what the other
  affirms ("not only" does not count; "no one" does);
- denial by framing: "it is false / untrue / a myth / a lie that X", a headline's label ("FALSE: X",
  "Fake news: X", "Debunked: X"), and "X is false / untrue / a myth / fake news / a hoax", "X = FAKE
  NEWS", "X es falso" closing it (or asked: "Is X fake news?"), count as one negation of X ("it is not
  false that X" and "X is not fake news" count two, so they agree with X); "it is true that X",
  "TRUE: X" and "X is true" count none.  A closing verdict counts only where X says what the other
  text says: "The moon landing photos are fake" denies no claim that the flag in them is waving
  (``_verdict_said_of``).  "That's false" / "it's false" closing a clause point at something outside
  the statement and are left to the antonym true/false;
- contrast: "trainers, not combat units", "trainers rather than combat units", "instead of",
  "as opposed to" deny an alternative (combat units), not what the sentence asserts.  Such a
  denial flips (once) when the other text affirms the alternative, outside a contrast of its own:
  "There are US combat units in Mexico" contradicts "...trainers, not combat units", "US trainers
  are in Mexico" does not, two texts that both deny combat units ("rather than" in one, "not" in
  the other) agree, and "combat units, not trainers" contradicts "trainers, not combat units".
  Words the text asserts too ("troops" in "US troops rather than Mexican troops") are not the
  alternative's.  "no / not Y, just / only / merely / but X" is such a contrast too: its negation
  belongs to Y, and X is affirmed ("There are no US combat units in Mexico, just small training
  teams" agrees with "The US keeps only small training teams there").  Y's own words end where the
  clause goes on to say where, when or whose ("in Mexico"), and a text contradicts it only by
  affirming Y's last word, its head ("units"): the training teams are American too, so "US" alone
  contradicts nothing;
- comparisons turned round: "The governor earns more than the mayor" against "The mayor earns more
  than the governor": what one text puts after "than" the other puts before it (in the same
  clause), and the other way round.  Turned round and with the antonym ("The governor earns less
  than the mayor") the two flips cancel.  "more than 10,000", "rather than", "other than" compare
  nothing two texts could swap;
- absence: "without Y" is a negation only against a text that mentions Y ("A US military plane
  carrying troops landed in Toluca" does not contradict "... brought US troops into Mexico without
  Senate approval"); "cannot X unless Y" is "can X only if Y", a requirement;
- refusals and denials: "rejected", "refused", "turned down", "said no to", "declined the offer", "declined to
  ...", "denied" count as negations, so "rejected the offer" contradicts "accepted the offer" and agrees with "did
  not accept it", and "Sheinbaum said no to US troops" agrees with "Sheinbaum said US troops will not operate on
  Mexican soil".  A "veto" is none (review45b: "will veto it", "power to veto", "subject to veto" say no
  refusal of what was approved, and "cannot veto" is no "vetoed").  A refusal counts only
  against a text that says yes or no itself (a negation, a refusal, "accepted", "approved", "confirmed", and
  "signed" where the refusal is the signer's own, in a text with no negation and no "signed": ``_SIGNING``; not
  "recommended" or "endorsed": a refusal of anything else is no denial of a recommendation, and "recommends
  against" is no yes): "Mexico rebuffed the offer" is the refusal "Mexico rejected the offer" names in other words.
  "declined to comment" refuses nothing, and "violence declined" is a fall;
- antonyms: one text says "increase" where the other says "decrease" (rise/fall, climb/drop, surge/plunge, soar/slump,
  skyrocket/collapse (verbs: "the 2007 surge", "the collapse of" name an event; "plunged into violence" is a state,
  "plunged into negative territory" a fall), grow/shrink, more/fewer, higher/lower, legal/illegal, win/lose,
  allow/ban, true/false, publicly/secretly, inside/outside...), each such swap flips.  "under" / "below" a count is
  "fewer than" it, "over" / "above" "more than", where the other text bounds the same number of the same thing: "There
  are under 10,000 US troops deployed in Mexico" against "There are more than 10,000 US troops deployed in Mexico";
  not "most of them under 25", "children under 5", "under the radar" (``_bound_words``). A text's one bound against
  the other's on the other side of the same count is its opposite whatever the numbers ("under 10,000" / "more than
  20,000", "under 20,000" / "more than 10,000", as "fewer than 20,000" is).  Where the texts swap a rise and a fall
  (``_DIRECTIONS``) no bound counts: "fell below 5%" / "rose above 5%" say one change the other way round, one
  contradiction (counted twice, it was 'same').
  A negation bounding a number ("not over 10,000 US troops", "no more than 155", "not even 100"; "not up to
  10,000" and "not 10,000" are "not even 10,000", but for a number that may be a year: "not up to 2019 levels",
  "not 2000 US troops" deny, where "not 3000", "not 2,000" limit; German "keine 10.000", "nicht mehr als 10.000",
  "nicht einmal 100" likewise) limits the
  number, it does not deny the thing counted: against a text with no negation or contrast of its own that gives no
  amount ("There are US troops in Mexico") or one bare count the bound takes in ("155 US Marines") it is no negation
  (``_admitted_bounds``); against any other amount ("thousands of", "more than 10,000", "20,000", "20 000", "a
  brigade of", "a massive force of", "20,000-strong", German "zehntausend", "20 Tausend", "zahlreiche") it still is,
  and so is one hedged "if any" or "if at all".  A number denied bare in a contrast that puts zero or something else
  in its place denies what it counts ("It's not 10,000 troops that were sent, it's 10,000 police").
  "public" and "secret" count only as predicates ("was made public", "kept secret", "in secret"):
  "the public", "public records" and "Secret Service" say nothing about secrecy.

Not negations, because they negate nothing the other text could assert: "no doubt", "without a
doubt", "no wonder", "no matter", "not surprisingly", "not to mention", "none other than",
"nothing but", "dozens, if not hundreds", "never mind", "as / like never before", "never before
seen", compounds such as "no-fly zone" or "never-ending", "No. 5" (a number), and the "No," opening a
statement as in the fact-check headline "No, Trump did not send troops" (it answers something outside the
statement; a "No" after the statement's own question still counts).

Questions: a yes/no question is read as the proposition it asks about, so "Are there US troops in
Mexico?" agrees with "There are US troops in Mexico" and "Are there no US troops in Mexico?" does
not; "Are there US troops in Mexico or not?" agrees (its "or not" asks, it denies nothing).  A negative
question opened by its auxiliary ("Aren't there...?", "Didn't Trump...?", "Did Trump not...?", "Isn't it true
that...") or a tag ("..., aren't they?") presupposes the positive, so
that negation is not counted; "Why aren't there...?" presupposes the negative and keeps it.  An
question of how many or how much ("How many US troops are in Mexico?") asks a number and
presupposes none, so without a negation of its own it contradicts nothing: against "Nobody knows
how many American soldiers are in Mexico" it was read as the opposite.  Other open questions
presuppose what they ask about ("Who sent the troops?": someone did) and are read as it.

A verdict that is a sentence of its own closing a one-sentence text ("X. That is false.", "X. That is not true.", "X.
Fake.", "X. Eso es falso.") says the opposite of what X says: the writer quotes X and calls it false, as "FALSE: X"
does.  X is read against the other text as it is, and that reading is turned round (``_judged_by_a_verdict_sentence``).
"It/This is ..." and Spanish "Es falso." as often judge a thing X names: they are read so only where X names none
(a video, a report...), calls nothing false itself, and their verdict is no bare "fake" or "hoax".

The result is ``"opposite"`` when the flips add up to an odd number, ``"same"`` otherwise.
It is a heuristic for a clear warning, not a parser: sarcasm, double negatives spread over
clauses and negations of a different part of the sentence are beyond it, and a contrast in
mid-sentence ("US troops rather than Mexican troops guard the border") takes the rest of the
clause for the alternative.
"""

from __future__ import annotations

import datetime
import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass

from .lazyregex import LazyPattern
from .model import Claim, compared_text
from .text import (
    CAPITAL_CITIES,
    CJK_NUMBER_CHARACTERS,
    DENYING_LABELS,
    ENGLISH_ONLY_WORDS,
    FRENCH_DENYING_FRAME,
    FRENCH_DENYING_LABEL,
    MEDIA_NOUNS,
    Language,
    closing_verdict,
    fold,
    has_chinese_or_japanese,
    in_its_language,
    is_spanish,
    name_pairs,
    reads_italian,
    reads_portuguese,
    term_set,
    terms,
    without_interjection,
    without_list_place,
    without_publisher_label,
    without_verdict_framing,
)
from .textcache import text_cache
from .years import NAMED_YEAR, PLAIN_YEAR, SINCE_YEAR, YEARS_OF_EVENTS

SAME = "same"
OPPOSITE = "opposite"

_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_NEGATIONS = frozenset(
    "no not never none nobody nothing nowhere neither without cannot cant dont doesnt didnt isnt arent "
    "wasnt werent wont wouldnt shouldnt couldnt hasnt havent hadnt aint "
    # Hindi's "not" in a Hinglish post written in Latin letters ("US ke 10,000 troops Mexico mein nahi hain"):
    # no English word is spelt so, and the post was shown the claim it denies with no note
    "nahi nahin".split()
)
# Spanish negative words ("no" is above).  Spanish negation is concordant: "no hay ningún soldado", "no vino
# nunca", "nunca dijo nada", "ni Trump ni Biden" deny once, so such a word counts only when no negation comes
# before it in its clause ("Ningún soldado está en México", "Jamás hubo tropas", "Tampoco hay tropas").  "sin"
# (without) is left out: it is an English word too.
_CONCORD_NEGATIONS = frozenset("nunca jamas ningun ninguno ninguna ningunos ningunas nadie nada tampoco ni".split())
# French negation is in two parts, "ne" (elided "n'") and a word after it that says how ("pas", "jamais", "plus",
# "rien", "aucun", "personne", "ni"...), or before it as the subject ("Aucun vaccin ne contient", "Personne n'a
# dit"): the pair counts once, and "ne" alone is no negation ("ne contient que" is "contains only"; "NE Ohio").
# No French text claims to be supported, but a French statement was shown a FALSE claim with no note when it
# denied it ("Les vaccins ne contiennent pas de puce" against "Les vaccins contiennent une puce").
# Portuguese, which factcheck does not claim to read either, is read as Spanish, whose "no" is its "in the" ("Há 10
# mil soldados americanos no México" was noted 'says the opposite' of the claim it states): in a text read as
# Portuguese (``reads_portuguese``) "no" is no negation, "não" is one, and its negative words are concordant as
# Spanish's ("Não há nenhum soldado" denies once).
_PORTUGUESE_NEGATIONS = frozenset({"nao"})
# Italian, in a text read as Italian (``reads_italian``): "non" negates ("non solo" does not), and its negative words
# are concordant as Spanish's ("non ha mai detto", "non c'è nessun soldato" deny once; "Nessun vaccino contiene un
# microchip" denies).  "Gli sbarchi non sono raddoppiati nel 2024" was shown the FALSE claim that they doubled with
# no note.  "né" counts as one of them where written with its accent (folded, it is French's "ne").
_ITALIAN_NEGATIONS = frozenset({"non"})
#: "only", after which a negation is none ("not only", "no solo", "não apenas", "non solo ... ma anche")
_ONLY = frozenset("only just solo solamente so apenas soltanto".split())
_ITALIAN_CONCORD = frozenset("mai nessun nessuno nessuna niente nulla neanche nemmeno neppure".split())
#: Italian "né" (neither, nor), written with its accent: "Né Meloni né Schlein hanno detto ..." denies once
_ITALIAN_NEITHER = LazyPattern(r"(?<!\w)(?i:né)(?!\w)")
#: Italian words that deny only in agreement with a "non" before them or opening a clause ("Mai detto", "Niente è
#: cambiato"): alone after a word they mean "ever", "void", "anything" ("il numero più alto mai registrato", "La legge
#: è nulla", "Più che mai")
_ITALIAN_EVER = frozenset("mai niente nulla".split())
#: what ends a clause, for ``_ITALIAN_EVER``
_CLAUSE_END = LazyPattern(r"[,;:()\[\]]|\s[-–—]\s")
_PORTUGUESE_CONCORD = frozenset("nenhum nenhuma ninguem nem jamais".split())
# Arabic negation particles, as ``fold`` writes them (no hamza or vowel signs; "ى" as "ي"), standing alone: "لا",
# "لم", "لن" before a verb, "ليس" and its persons before a noun.  "لقاحات كورونا لا تحتوي على رقائق" was shown the
# FALSE claim "لقاحات كورونا تحتوي على رقائق" at 1.00 with no note.  Not "ما", which is "what" and "that which" as
# often; not one with "و" or "ف" written onto it ("ولا": "لا X ولا Y" denies once, and "X وليس Y" is a contrast).
_ARABIC_NEGATIONS = frozenset("لا لم لن ليس ليست ليسوا ليسا ليستا لست لسنا لستم لستن لسن".split())
#: "لِمَ" (why), written with the kasra under its "ل" that tells it from the negation "لَمْ": folded, both are "لم", and
#: "لِمَ توجد قوات أمريكية في المكسيك؟" (why are there US troops in Mexico?) was noted the opposite of "توجد قوات
#: أمريكية في المكسيك".  Read as "لماذا", which says the same; "لم" written without vowel signs stays a negation
_ARABIC_WHY = LazyPattern(r"(?<![\u0621-\u065f])\u0644\u0650\u0645[\u064b-\u0652]*(?![\u0621-\u065f])")
#: after an Arabic negation, words that make it no denial: "لا يزال", "لا تزال", "لم يزل" (still), "لا بد" (must), "لا
#: سيما" (especially), "لا شك" (no doubt), "ليس فقط" (not only)
_ARABIC_NOT_DENYING = frozenset(
    "يزال تزال نزال ازال يزالون تزالون يزالان تزالان زال زالت زالوا يزل تزل بد سيما شك فقط ليغا به".split()
)
# Chinese negations, simplified and traditional: "不", "没"/"沒" ("没有"), "未", "并非"/"並非".  No spaces
# part Chinese words, so each is found where it is written, but in the words holding one that deny nothing
# (``_CJK_NOT_DENYING``: "不过" however, "不少" many, "未来" future, "没收" confiscate, "沉没" sank...):
# "新冠疫苗不含有追踪芯片" was shown the FALSE claim "新冠疫苗含有追踪芯片" at 1.00 with no note.  Japanese's
# negations (verb endings) are not read, nor its "不"/"未" ("不妊" infertility, "未接種" unvaccinated, "不正" fraud):
# a text with kana reads no negation (``_KANA``).  Cantonese's "冇" (has not, "美國喺墨西哥冇駐軍") and "唔" (not,
# "唔係" is not): each was 'same' as the claim it denies.  "唔" only before a character of a word, not the Mandarin
# interjection ("唔，我想想", "唔唔", nor without a comma: "唔我想想", "嗯唔", "唔嗯", "咿唔"), which Cantonese's "唔"
# neither follows nor comes before a pronoun
_CJK_NEGATION = LazyPattern(
    "不|没|沒|未|[并並绝絕決]非|冇|(?<![唔嗯咿呜嗚])唔(?![唔嗯我你他她它咱])(?=[\u3400-\u9fff])"
)
#: "不同"/"唔同" (different), not "不同意"/"唔同意" (disagree), but before a noun of "意" ("不同意见", "不同意义"):
#: not "意见面" ("不同意见面" disagrees to meet, "见面"), but "意见面临", "意见面对" (different views face)
_DIFFERENT = "同(?!意(?![见見](?!面(?!临|臨|对|對|前))|识|識|义|義|思|图|圖|愿|願|向|涵|味|象|境))"
#: "没错" (right), after a word that stresses it ("确实", "一点也"...), with an "儿" or a particle
_STRESSED_RIGHT = (
    "(?:确实|確實|的确|的確|完全|绝对|絕對|当然|當然|一[点點][儿兒]?[也都]?)?"
    "[没沒冇](?:错|錯)[儿兒]?[啊呀啦喇咯囉嘅的了吖喔吧嘛哦呢]?"
)
#: words holding a negation that deny nothing: "不过" however, "不少" many, "不得不" have to, "未来" future, "没收"
#: confiscate, "沉没" sank; "不明"/"未知" unknown, "不可思议" incredible, "不得了" terrific, "不满" discontent (but
#: before a number, "不满18岁", under 18: a denial), "不法" unlawful, "未成年" minor, "不孕"/"不育" infertility (a
#: claim of "不孕" was the opposite of "无法生育"); "不止", "不下" more than, before a number or "于" ("不止一万" is
#: no denial of 10,000; "不下雨", "不下架" deny); and those that stress an affirmation: "不可否认" undeniably,
#: "不容置疑", "不用怀疑" no doubt, "毫不夸张" no exaggeration, "不争的事实" an undisputed fact, "不敢相信"
#: can't believe, "绝非谣言"/"并非谣言"/"不是谣言" no rumour; "不然" otherwise, "不信你看" see for yourself.  Each
#: was 'opposite' of the claim it affirms.  "不知" (doesn't know) denies, as does "不同意" (disagree; "不同" is
#: different, "不同意见" different views).  Cantonese's alike: "唔該" (thank you, please), "唔少" many, "唔同"
#: different (but "唔同意" disagrees), "唔錯" not bad, "唔單"/"唔只"/"唔止" not only, "唔怪"/"唔怪得"/"唔怪之得" no
#: wonder, "唔通" (can it be that: asks; but "唔通過" does not pass, "唔通知" does not tell), "唔好意思" sorry,
#: "唔使客氣" you're welcome, "唔理" regardless, "唔緊要" never mind, "講唔定"/"話唔定" maybe, "冇耐" (not long:
#: "冇耐之前" not long ago), "唔係謠言"/"唔係假嘅" no rumour, not fake, the exclamation "有冇搞錯" (are you
#: kidding?) as Mandarin's "有没有搞错"; and "冇錯"/"没错" (that's right) and "冇問題"/"没问题" (no problem) said as
#: a clause of their own ("没错，...", "...，冇錯呀", "你说得没错"); "没错" also after a word that stresses it
#: ("确实没错" indeed right, "的确", "完全", "绝对", "当然", "一点也没错"), with an "儿" ("没错儿") or a particle
#: ("没错吧？" right?), but not "没问题" ("疫苗有问题吗？完全没问题" denies); as "他没错" (he's not wrong),
#: "他确实没错" and "疫苗没问题" (nothing's wrong with the vaccine) deny;
#: "他说的没错" (what he said is right) affirms, as do "这没错", "那倒没错" (that's right) and the like
#: (``_CJK_THIS_IS_RIGHT``).  Mandarin's "说不定" (maybe), "怪不得" (no wonder), "不要紧" (never mind), "没多久"
#: (before long), as Cantonese's.  Each was 'opposite' of the claim it affirms
_CJK_NOT_DENYING = LazyPattern(
    f"不(?:过|過|少|断|斷|仅|僅|但|管|论|論|久|{_DIFFERENT}|错|錯|时|時|得不|禁|如|妨|免|愧|料|明|可思议|可思議"
    "|得了|敢相信"
    f"|[满滿](?![\\d{CJK_NUMBER_CHARACTERS}])|法|孕|育|止|下(?=[于於\\d{CJK_NUMBER_CHARACTERS}])|然|信你"
    "|可否认|可否認|容置疑|用怀疑|用懷疑|(?:争|爭)的?(?:事实|事實))"
    "|毫不(?:夸张|誇張|犹豫|猶豫|怀疑|懷疑|掩饰|掩飾|费力|費力)"
    "|(?:[并並绝絕決]非|不是|唔[係系是])(?:谣言|謠言|传言|傳言|假新闻|假新聞|假消息|假的|假嘅|危言耸听|危言聳聽)"
    f"|唔(?:該|该|少|{_DIFFERENT}|錯|错|單|单|只|止|怪|通(?![過过知])|好意思|使客氣|使客气|理|緊要|紧要)"
    "|[講讲話话]唔定|冇耐|有(?:冇|[没沒]有)搞(?:錯|错)"
    "|[说說讲講话話]不定|怪不得|不要[紧緊]|[没沒]多久"
    f"|(?<![^\\W得的])(?:{_STRESSED_RIGHT}|[没沒冇](?:问题|問題)[啊呀啦喇咯囉嘅的了吖喔]?)(?=\\W|\\Z)"
    "|未(?:来|來|免|必|知|成年)|[没沒]收|(?<=[淹埋沉吞湮出])[没沒]"
)
#: "这没错", "那倒没错" (that's right), "这话一点也没错" (that's quite right), "这点没错", "这个说法没错" (this claim
#: is right) affirm: 这/那 points back at the statement, where "他" names who is not wrong ("这个人没错", "这次没错"
#: still deny).  Each was 'opposite' of the claim it affirms.  Not against a text that says something is wrong
#: ("错", "错误") which the text does not say again (``_says_wrong_alone``): there "吸大麻，这没错" (smoking pot, this
#: is not wrong) denies "吸大麻是错的" (smoking pot is wrong); "世卫组织的数据是错误的，这没错" still affirms it
_CJK_THIS_IS_RIGHT = LazyPattern(
    f"(?<![^\\W得的])[这這那](?:[话話]|一?[点點]|(?:[个個种種])?(?:说法|說法))?(?:倒是?|也)?{_STRESSED_RIGHT}(?=\\W|\\Z)"
)
#: "错"/"錯" (wrong) said, not "没错" (right), "不错" (not bad), "唔錯"
_CJK_WRONG = LazyPattern("(?<![没沒冇不唔])[错錯]")
#: an A-not-A question, which asks and denies nothing: "是不是" (is it or not), "有没有", "会不会", "含不含有",
#: "喜欢不喜欢", "..., 对不对", and a closing "不是吗" (isn't it?): "新冠疫苗是不是含有追踪芯片？" was 'opposite' of
#: "新冠疫苗含有追踪芯片".  Read only in a question (``_CJK_QUESTION``): the same characters deny in a statement
#: ("人工智能不能取代医生", "特朗普现在不在墨西哥", "国会不会通过", "但是不是所有人").  Cantonese's too: "係唔係",
#: "會唔會", "有冇" (has it or not: "美國喺墨西哥有冇駐軍？"), and a closing "唔係咩" (isn't it?)
_CJK_A_NOT_A = LazyPattern(r"(\w{1,2}?)[不没沒唔冇]\1|有冇|(?:不是|唔[係系是])[吗嗎咩]\W*\Z")
#: Cantonese's "有冇" and "係唔係" ask in any sentence: Cantonese ends a question with "呀", "㗎", "呢" as often as
#: with "？" ("美國喺墨西哥有冇駐軍呀" was 'opposite' of "美國喺墨西哥有駐軍"); not "所有冇..." (all that have
#: not) nor "關係唔係..." (the relation is not)
_CANTONESE_A_NOT_A = LazyPattern("(?<!所)有冇|(?<![關关聯联])係唔係")
#: a Chinese sentence, up to and with its stops (folded: "？" is "?", "！" "!", "；" ";")
_CJK_SENTENCE = LazyPattern(r"[^。!?;]*[。!?;]*")
#: a sentence that asks: it ends with "?" or "吗" ("吗" is a question whatever follows it), or Cantonese's "咩"
_CJK_QUESTION = LazyPattern(r"(?:\?|[吗嗎咩])\W*\Z")
#: hiragana and katakana: a text holding one is Japanese, whose negations are read by ``_JAPANESE_NEGATION``, not
#: Chinese's.  Not "・" (U+30FB), the dot that parts the names Chinese writes of foreign people ("唐纳德・特朗普")
_KANA = LazyPattern("[\u3040-\u30fa\u30fc-\u30ff\u31f0-\u31ff]")
# Japanese negations, verb and adjective endings: "ない" ("含まれていない", "ではない", "じゃない",
# "なかった"), "無い", "ません" ("ありません", "ませんでした"), the written "ず" ("認めず", "含まれておらず") and "ぬ"
# ("認めぬ") ending a clause, and Kansai's "へん" ("含まれてへん").  "コロナワクチンにはマイクロチップが含まれていない"
# was shown the FALSE claim "コロナワクチンにはマイクロチップが含まれている" at 1.00, 'same'; unread, "ず" made the
# claim "政府は副作用の責任を認めず" the 'opposite' of "...認めなかった".  "ず" and "ぬ" only after a kana of a verb
# and before a clause's end ("、", "。", the text's end): not "必ず", "ずっと", "ずつ", "わずか", "死ぬ".  Its "不"/"未"
# are inside words ("不正" fraud, "未接種" unvaccinated) and are not read, nor is the colloquial "ん" ("わからん")
_JAPANESE_CLAUSE_END = r"(?=[、。,.!?\s]|\Z)"
_JAPANESE_NEGATION = LazyPattern(
    f"ない|無い|なかった|無かった|ません|(?<=[\u3041-\u3096])[ずぬ]{_JAPANESE_CLAUSE_END}"
    f"|(?<=[てでらかさたなまわがばめれけせべえ])へん{_JAPANESE_CLAUSE_END}"
)
#: adverbs ending in "と" or "に" said before "止まらない", which make it the idiom (won't stop), no place stopped at:
#: "咳がずっと止まらない", "物価上昇が一向に止まらない", "円安がいまだに止まらない", "涙が本当に止まらない",
#: "値上げが次々と止まらない" each denied once a "に" or "と" before "止まらない" read as a place's (review45b)
_ADVERBS_BEFORE_NOT_STOPPING = (
    "(?:ずっと|もっと|一向に|いっこうに|未だに|いまだに|本当に|ほんとに|次々と|さらに|更に|なかなか|全然)"
)
#: Japanese words and phrases holding a negation that deny nothing: adjectives ending in "ない" ("少ない"
#: few, "危ない" dangerous, "切ない", "汚い"/"きたない", "幼い"/"おさない", "つまらない" dull, "くだらない"
#: worthless, "とんでもない", "もったいない", "仕方ない"/"しょうがない" it can't be helped, "情けない",
#: "半端ない"), "ないし" after no kana (or, "3ないし5" 3 to 5; "知らないし" is a negation), "間もない" soon
#: after; those that affirm: "間違いない"/"間違いありません", "に違いない" (no doubt, must be), "かもしれない"
#: (may), "に過ぎない" (no more than), "すみません" (sorry), "構いません"; the double negations of must
#: ("なければならない", "なくてはいけない", "ざるを得ない"); the frames that affirm what they follow
#: ("デマではない" no hoax, "嘘ではない", "否めない" undeniable, "否定できない", "疑いの余地はない",
#: "疑いようがない", "過言ではない", "に他ならない", "ことに変わりはない"); conditions ("しないと感染する" if
#: one does not, "しなければ", "しなかったら", "しないなら"; but "ないとは", "ないとした", and "ないと"
#: before a word of saying in its sentence: "ないとWHOが発表" said not) and "without" ("しないで", "せずに",
#: "しないまま": "マスクをせずに外出した" and "マスクをしないで外出した" are one, and neither denies the
#: outing); the words of "ず" that deny nothing ("まず" first, "少なからず", "相変わらず", "にもかかわらず",
#: "思わず", "とりあえず", "絶えず", "残らず", "やむを得ず", "のみならず", "はず"); "過去にないほど" /
#: "かつてないほど" (unprecedented: "過去にないほど物価が上がった" says prices rose) and "止まらない" /
#: "止まらなかった" (won't stop, kept going: "円安が止まらない" says the yen keeps falling, "咳が止まらない" the
#: cough goes on), each 'opposite' of the claim it affirms (review43a); but for the literal "does not stop" of a
#: place stopped at ("急行はこの駅に止まらない", "には", "で") or of a vehicle's or machine's ("電車が止まらない",
#: "時計が止まらない", "心臓が止まらない"): review44b.  "ほかない" / "ほかはない" / "よりほかない" / "より他にない"
#: after a verb (have no choice but to: "着用するほかない") affirm as "しかない" does; "もう他にない", "全くほかにない"
#: (there is no other: a "に" after no "より") deny
_JAPANESE_NOT_DENYING = LazyPattern(
    "(?:過去に|かつて|嘗て)(?:ない|無い|なかった|無かった)(?=ほど|くらい|ぐらい)"
    "|(?:(?<![にへ車船])(?<!バス)(?<!急行)(?<!時計)(?<!心臓)(?<!エレベーター)(?<!エスカレーター)(?<!タクシー)"
    "(?<!新幹線)(?<!飛行機)(?<!機械)(?<!エンジン)(?:が|は|も)|(?<![がはもにへでと])|"
    + _ADVERBS_BEFORE_NOT_STOPPING
    + ")"
    "(?:止|と)まら(?:ない|なかった)(?![かで])"
    "|(?<=[うくぐすつぬぶむる])(?:より(?:ほか|他|外)(?:は|に|しか)?|(?:ほか|他|外)(?:は|しか)?)(?:ない|無い|ありません|なかった)"
    "|(?:少|すく|危|あぶ|切|せつ|きた|おさ|つまら|くだら|とんでも|もったい|仕方が?|しかたが?|しょうが|情け|なさけ|半端)ない"
    "|(?<![\u3041-\u3096])ないし|間も(?:ない|なく)|まも(?:ない|なく)"
    "|(?:間違い|まちがい|違い|ちがい)(?:ない|無い|ありません|ございません)"
    "|(?:かも|かも知れ|かもしれ)(?:ない|ません)|(?:過ぎ|すぎ)(?:ない|ません)|すみません|(?:構|かま)いません"
    "|な(?:ければ|くては|くちゃ|きゃ|いと)(?:なら|なり|いけ|だめ|ダメ)(?:ない|ません)|ざるを得(?:ない|ません|ず)"
    "|(?:デマ|でま|嘘|うそ|ウソ|誤り|過言)(?:では|じゃ)(?:ない|ありません)|否め(?:ない|ません)"
    "|否定(?:でき|し得)(?:ない|ません)|疑い(?:の余地|よう)(?:は|が|の)?(?:ない|無い|ありません)"
    "|に(?:他|ほか)なら(?:ない|ず)|変わり(?:は|が)?(?:ない|無い|ありません)"
    "|ないと(?!は|し[てた]|する|され|み[らて]|見[らて]|[^。!?]{0,40}?(?:言|い[うっわ]|述|発表|思|考|主張|説明|報|判断|結論|明か"
    "|伝え|強調|訴え|指摘|確認|断言|否定))|なかったら|ないなら|ないで(?!す|しょう|ください|下さい)|ないまま|ずに"
    "|(?<![\u4e00-\u9fff])まず|少なからず|相変わらず|(?:かか|関|拘)わらず|思わず|とりあえず|取り敢えず|絶えず"
    "|残らず|(?:やむ|止む)を得ず|のみならず|はず"
)
#: "しか ... ない" (only: "155人しかいない" affirms 155), up to the negation: not "しかし" (however), "しかも"
#: (moreover), "たしか" (surely) nor an adjective's past ("正しかった")
_JAPANESE_ONLY = LazyPattern("(?<!た)しか(?![しもっ])")
#: a Japanese negation that asks or that describes a noun, no denial: followed by "か" ("含まれていないか",
#: "ではないでしょうか", "じゃないですか", "ませんか": isn't it?), by "?", or, attributive, by a noun in kanji or
#: katakana ("接種していない人" is "未接種者", the unvaccinated; "含まれていないワクチン" a vaccine without), but for
#: the nouns that say the negation ("ないワケではない" is a double negation; headlines' "しない方針", "ない見通し",
#: "ない模様", "ない予定" say it will not)
_JAPANESE_NOT_SAID = LazyPattern(
    r"(?:んです|のです|です|でしょう|だろう|の)?(?:か|\?)"
    r"|(?!ワケ|訳|ハズ|筈|方針|見通し|模様|予定|意向|見込み|構え)[\u3400-\u4dbf\u4e00-\u9fff\u30a0-\u30ff]"
)
#: a fact-check's label closing a Japanese sentence, "Xは誤り" (X is false), "「X」という投稿はデマです": it denies X
#: as "X is false" does, one negation more ("「米軍はメキシコにいない」という投稿は誤り" affirms that they are: it
#: was 'opposite' of "米軍はメキシコにいる").  Only after "は" and closing the text ("誤りではない" affirms;
#: "は事実ではない" is read by its "ない"; "「X」は誤り。含まれていない" says its denial twice, in two sentences)
_JAPANESE_DENYING_LABEL = LazyPattern(
    "は(?:誤り|デマ|誤情報|虚偽|偽情報|フェイク|フェイクニュース|嘘|ウソ)(?:だ|です|である|でした|だった)?[\\s。!]*\\Z"
)
#: a Japanese sentence that asks: it ends with "?" or "か" ("...ないって本当?", "...ないというのは本当か")
_JAPANESE_QUESTION = LazyPattern(r"(?:\?|か)[\s。!?]*\Z")
_JAPANESE_SENTENCE = LazyPattern("[^。!?]+[。!?]*")
#: "إلا" (except) after a negation in its sentence makes it "only": "لا يوجد في المكسيك إلا 155 جنديا" (folded, it is
#: also "ألا", "that ... not", which is so left unread)
_ARABIC_EXCEPT = "الا"
# A word of Arabic letters, Persian's and Urdu's among them ("ک", "گ", "ی", "ہ"), vowel signs included: with the
# Arabic letters alone, "لاکھ" (lakh), "لنکا" (Sri Lanka), "لاگو" were cut into a negation "لا"/"لن" and a rest.
_ARABIC_WORD = LazyPattern(r"[\u0621-\u065f\u066e-\u06d3\u06d5\u06fa-\u06ff]+")
#: Persian's and Urdu's commonest small words, which no Arabic text says ("است", "که", "این", "از", "را"; "می" and
#: "نمی" of a present parted by a zero-width joiner, written with Persian's "ی"; "ہے", "میں", "کے", "نہیں"): a text
#: saying one is no Arabic, and its "لا" is no Arabic negation (Persian "لا" is "between",
#: Urdu's negations are others).  Not a letter only Persian and Urdu write ("ک", "ی", "ہ"): names hold them, and an
#: Arabic denial quoting one ("... وفق وكالة ایرنا", "کیهان وایرنا: مصر ليست ...") lost its every negation
_PERSIAN_OR_URDU_WORDS = frozenset("است نیست هست که این از را می نمی ہے ہیں میں کے کی کا کو نہیں".split())
#: "nahi"/"nahin" that are no Hindi "not", each of which flipped its statement to 'opposite': Hinglish "nahi toh"
#: ("otherwise") opening a clause ("..., nahi toh war hoga"; inside one it denies: "Mexico mein US troops hai hi nahi
#: toh 10,000 kaise?"), and a name, capitalised, in a text with no other Hindi word: "Ahmed Nahin confirmed ...",
#: "the Nahi family", "Nahin said there are 10,000 US troops in Mexico." (with one, it denies: "US ke 10,000 troops
#: Mexico mein Nahi hain", "Nahi hain 10,000 US troops Mexico mein"), or before Hindi's "ne", "ka", "ki", "ke", "ko",
#: which follow a name: "Ahmed Nahin ne kaha ki 10,000 US troops Mexico mein hain", "Ahmed Nahin ka kehna hai ki ..."
_NAHI_TOH = LazyPattern(r"(?:\A|(?<=[,;.!?:—–\n(])|(?<=\s-))[\s\"“‘'(«]*\b((?i:nahin?\s+toh))\b")
_CAPITAL_NAHI = LazyPattern(r"\bNahin?\b")
_NAMED_NAHI = LazyPattern(r"\bNahin?(?=\s+(?:ne|ka|ki|ke|ko)\b)")
#: Hindi words of a Hinglish text, standing alone (``_STANDING_ALONE``; not "se" of "per se", "ye" of "hear ye")
#: ("bhai", brother, and "yaar", friend, which no English text says: "Bhai, Mexico me US troops Nahi" lost its
#: negation to a name)
_HINDI_WORDS = frozenset(
    "hai hain tha thi hoga hota hote mein ke ki ka ko ne toh bhi kya yeh woh aur bhai yaar".split()
)
#: a word in lower case that is no part of a longer one: not "ho" of "ho-hum", "ka" of "ka-ching", nor in a URL
_STANDING_ALONE = LazyPattern(r"(?<![\w\-./])[a-z]+(?![\w\-/])")


def _without_named_nahi(text: str) -> str:
    """``text`` with its "nahi"/"nahin" that are no negation (see above) blanked, at the same length."""
    if "ahi" not in text.lower():
        return text  # most texts
    text = _blank(text, [match.span(1) for match in _NAHI_TOH.finditer(text)])
    hindi = not _HINDI_WORDS.isdisjoint(_STANDING_ALONE.findall(text))
    return (_NAMED_NAHI if hindi else _CAPITAL_NAHI).sub(lambda match: " " * len(match.group()), text)


# German negations, as ``fold`` writes them ("nicht", "kein" and its endings, "nie", "niemals", "nichts", "niemand",
# "nirgends", "keineswegs", "weder" of "weder ... noch"): no German text is claimed to be read, but German is read as
# English, and "Corona-Impfstoffe enthalten keinen Mikrochip" was shown the FALSE claim "Corona-Impfstoffe enthalten
# einen Mikrochip" at 1.00 with no note.  German negation is not concordant ("weder Trump noch Biden" denies once:
# "noch" is "still" and not counted).  "nicht nur" is "not only".  In a text that does not read as German
# (``_reads_german_words``) a capitalised "Nie" is a name ("Nie Haisheng said ..."), and so are "Kein", "Keiner",
# "Weder", "Niemand" where it reads as English ("Karen Weder said ..."; ``_without_german_names``), but where they open
# the text or a sentence or a noun follows them ("Kein US-Soldat in Mexiko, berichtet The Guardian"; in a title,
# "Karen Weder Told Reporters ...", a capital says no noun).
_GERMAN_NEGATIONS = frozenset(
    "nicht kein keine keinen keinem keiner keines nie niemals nichts niemand niemandem niemanden nirgends nirgendwo "
    "keineswegs keinesfalls weder".split()
)
#: German's small words that English, Spanish, French and Portuguese do not say, folded: one makes a text German for
#: its capitalised "Nie" and surnames.  Not "der", "dem", "hat" ("Der Spiegel", "a Dem senator", "wore a hat": review40a
#: found each made "Nie Haisheng" a denial), nor the negations that are surnames too
_GERMAN_WORDS = frozenset(
    "ist sind und wurde wurden wird werden werde haben sich auch dass oder wieder noch schon nur ein eine einen einem "
    "einer eines nach auf bei zum zur vom gibt nicht keine keinen keinem keines niemals nichts niemandem niemanden "
    "nirgends nirgendwo keineswegs keinesfalls".split()
)
#: German small words an English text says too ("der" of "Der Spiegel", "hat", "die", "an"): two make a text German
_GERMAN_OR_ENGLISH_WORDS = frozenset("der dem die das den hat war im am um von".split())
#: "von der", "van der" of a name ("Ursula von der Leyen"), read as no German words
_NAME_PARTICLES = LazyPattern(r"\bv[ao]n de[rnm]?\b")
#: "Nie" capitalised (or in capitals), and "nie" in a web address ("nie.com", "example.com/nie/"): names, in a text
#: that does not read as German
_NIE_NAME = LazyPattern(r"\b(?:Nie|NIE)\b|(?i:(?<=[./@])nie\b|\bnie(?=[./@]\w))")
#: German negations that are surnames too, capitalised: "Karen Weder", "Roger Niemand", "Rapper Keiner", "Kein"
_GERMAN_NAME = LazyPattern(r"\b(?:Kein|Keiner|Weder|Niemand)\b")


def _reads_german_words(text: str) -> bool:
    """Whether ``text`` says one of ``_GERMAN_WORDS`` or, with no English small word (``ENGLISH_ONLY_WORDS``), two
    of ``_GERMAN_OR_ENGLISH_WORDS`` (outside "von der"), as ``text.reads_german`` weighs those two: "Der Spiegel and
    Die Zeit reported that Nie Haisheng met US troops" is English, its "Nie" a name (review41a: it was "never").
    Not ``text.reads_german`` itself: it reads one "der" in lower case as German ("Nie Haisheng, der Astronaut,
    said ..."), and "von der Leyen" too."""
    words = set(_WORD.findall(_NAME_PARTICLES.sub(" ", fold(text))))
    if not _GERMAN_WORDS.isdisjoint(words):
        return True
    return len(words & _GERMAN_OR_ENGLISH_WORDS) >= 2 and ENGLISH_ONLY_WORDS.isdisjoint(words)


#: after "nicht", words that make it no denial: "nicht nur" (not only), "nicht zuletzt" (not least), "nicht wenige"
#: (quite a few)
_GERMAN_AFTER_NICHT = frozenset(("nur", "zuletzt", "wenige", "wenigen", "weniger", "wenig"))


def _german_never_before(words: list[str], at: int) -> bool:
    """Whether the "nie" at ``words[at]`` says "as never before", no denial: "nie dagewesen(e/en...)" (unprecedented),
    "wie nie zuvor", "wie noch nie" ("so viele Migranten wie nie zuvor": more than ever)."""
    following = words[at + 1] if at + 1 < len(words) else ""
    before = words[max(0, at - 2) : at]
    return following.startswith("dagewesen") or before[-1:] == ["wie"] or before == ["wie", "noch"]


def _without_german_names(text: str) -> str:
    """``text`` with its German negations that are names blanked, at the same length: in a text that does not read as
    German (``_reads_german_words``), a capitalised "Nie" and one in a web address, and where it reads as English
    (``ENGLISH_ONLY_WORDS``) a capitalised "Kein", "Keiner", "Weder", "Niemand"."""
    lowered = text.lower()
    if ("nie" not in lowered and "kein" not in lowered and "weder" not in lowered) or _reads_german_words(text):
        return text  # most texts
    spans = [match.span() for match in _NIE_NAME.finditer(text)]
    if not ENGLISH_ONLY_WORDS.isdisjoint(_WORD.findall(lowered)):
        spans += [match.span() for match in _GERMAN_NAME.finditer(text) if not _german_negation_said(text, match)]
    return _blank(text, spans)


def _german_negation_said(text: str, match: re.Match[str]) -> bool:
    """Whether a capitalised "Kein", "Keiner", "Weder", "Niemand" (``_GERMAN_NAME``) of a text with English words
    is its negation all the same: it opens the text or a sentence of it, or a noun follows it ("Kein US-Soldat in
    Mexiko, berichtet The Guardian": review41a found the Guardian's "The" made it a name, 'same' against the claim
    it denies).  Never before a comma or an English small word: "Rapper Kein said ...", "Kein, the rapper, said
    ...", "Kein said ...", "..., says Keiner" are names still."""
    after = _WORD_AFTER.match(text, match.end())
    if after is None or after["word"].lower() in ENGLISH_ONLY_WORDS:
        return False  # "Kein said", "Kein, the rapper,", "says Keiner."
    if _SENTENCE_OPENING.search(text, 0, match.start()) is not None:
        return True
    # in a title ("Karen Weder Told Reporters ...") every word is capitalised: a capital says no noun, but after an
    # English small word ("Mexico Says Kein Deal With Trump On Troops": review42b) it is no surname
    if not after["word"][0].isupper():
        return False
    before = _WORD_BEFORE.search(text, 0, match.start())
    return not _in_title_case(text) or (before is not None and before["word"].lower() in ENGLISH_ONLY_WORDS)


def _in_title_case(text: str) -> bool:
    """Whether every word of ``text`` of four letters or more opens with a capital (a headline's title case)."""
    return all(word[0].isupper() for word in _LONG_WORD.findall(text))


#: the word just before a point of a text
_WORD_BEFORE = LazyPattern(r"(?P<word>\w+)\s+\Z")
#: a word of four letters or more (digits and underscores aside)
_LONG_WORD = LazyPattern(r"[^\W\d_]{4,}")


#: the start of a text or a sentence just before a word (quotes and brackets between)
_SENTENCE_OPENING = LazyPattern(r"(?:\A|[.!?:;—–]\s)[\s\"“„‘'(«]*\Z")
#: the word just after a word, with nothing but spaces between (a hyphenated compound whole: "US-Soldat")
_WORD_AFTER = LazyPattern(r"\s+(?P<word>\w+(?:-\w+)*)")


_FRENCH_NE = LazyPattern(r"ne|n'[a-z]+")
#: "NE" in capitals: Nebraska, north-east ("NE Mexico", "NE ranchers"), not a French "ne"
_CAPITAL_NE = LazyPattern(r"\bNE\b")
_FRENCH_AFTER_NE = frozenset("pas jamais plus rien aucun aucune personne guere nullement ni".split())
_FRENCH_BEFORE_NE = frozenset("aucun aucune personne rien jamais nul nulle ni".split())
#: French's "dont" (of which) before a number, in any text: never English's "don't" ("500 manifestants, dont 300 à
#: Paris", "Cinq cents manifestants, dont trois cents à Paris" are read as English when short)
_DONT_BEFORE_A_NUMBER = LazyPattern(
    r"\bdont(?=\s+(?:\d|(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze"
    r"|seize|vingt|trente|quarante|cinquante|soixante|cent|cents|mille)\b))"
)
#: the index terms of the negative words (``terms``: "nobody" is "nobodi"): they say whether, not what; a post's
#: "Nobody is talking about this." shares only "nobody" with "Nobody knows how many American soldiers are in Mexico"
#: (``short_statements.said_only_in_hashtags``)
NEGATION_TERMS = frozenset(
    term
    for word in _NEGATIONS | _CONCORD_NEGATIONS
    for language in (Language.ENGLISH, Language.SPANISH)
    for term in terms(word, language)
)
# Refusals and denials say "no" to what follows, as a negation does: counted with the negations, so that "rejected
# the offer" agrees with "did not accept the offer" and "said no to US troops" with "US troops will not come", and
# "accepted" / "confirmed" need no pairing ("declinedrefusal", "turneddown", "saidno": what ``_PHRASES`` makes of
# "declined the offer", "turned it down", "said no to").
#: the English refusals and denials that are one verb as written (no phrase ``_PHRASES`` rewrites): the refusals a
#: correction by an antonym reads (``_CORRECTING_ANTONYMS``)
_REFUSING_VERBS = frozenset(
    "reject rejects rejected rejecting refuse refuses refused refusing deny denies denied denying".split()
)
_REFUSALS = _REFUSING_VERBS | frozenset(
    "declinedrefusal turneddown saidno "
    # Spanish, accents folded: rechazar, negar ("negó que haya tropas", "se negó a"), as they are written most
    "rechaza rechazan rechazo rechazaron rechazar rechazado rechazada rechazando rechazamos "
    "niega niegan nego negaron negar negado negando negamos".split()
)
# What a refusal or denial says no to: against a text with one of these, a refusal reads as its opposite.  Not
# "recommend" or "endorse" (review44b): against one, any refusal or denial of anything was its opposite ("The CDC
# denied that the HPV vaccine causes infertility" / "The CDC recommends the HPV vaccine", "Hamas rejected the
# ceasefire proposal" / "Biden endorsed the ceasefire proposal"), and "recommends against" was read as a yes
#: the English yes-words that are one verb as written: what a correction by an antonym reads against a refusal
_ACCEPTING_VERBS = frozenset(
    "accept accepts accepted accepting approve approves approved approving "
    "confirm confirms confirmed confirming".split()
)
_ACCEPTING = _ACCEPTING_VERBS | frozenset(
    "saidyes "
    "acepta aceptan acepto aceptaron aceptar aceptado aceptada aceptamos "
    "aprueba aprueban aprobo aprobaron aprobar aprobado aprobada aprobamos "
    "confirma confirman confirmo confirmaron confirmar confirmado confirmada "
    # Italian, after an Italian "detto no al" (``_ITALIAN_SAID_NO``): "ha detto sì al", "ha approvato", "ha
    # ratificato", "ha votato a favore"
    "dettosi votatoafavore approva approvano approvato approvata approvati approvate "
    "ratifica ratificano ratificato ratificata ratificati ratificate".split()
)
#: signing, a yes to what a refusal says no to ("In 1951, Manila rejected a defence treaty with the US" / "The US
#: signed a defence treaty with the Philippines in 1951" was 'same', shown at 0.99), read so only against the signer's
#: own refusal in a text with no negation (``_refuses_its_own_signing``): "Trump didn't sign the order, he refused to
#: sign it" denies the signing twice, one denial (no correction by an antonym: ``_CORRECTING_ANTONYMS``).  "signed",
#: "signing" only: "sign", "signs" are as often nouns ("signs of recovery", "road signs")
_SIGNING = frozenset("signed signing".split())
#: Italian "detto no al" folded (``_PHRASES``): a refusal in an Italian text, a bare "no" (a negation) elsewhere
_ITALIAN_SAID_NO = "dettono"
# where Y ends: a word that opens what the rest of the clause adds of place, time or purpose ("without Senate
# approval in Toluca in January": the absence is of Senate approval; "from", "of", "by", "and", "or" stay in Y)
_AFTER_ABSENCE_WORDS = (
    r"\b(?:in|on|at|over|into|onto|across|through|near|during|for|since|after|before|until|till|when|while|"
    r"because|to|last|this|next|yesterday|today)\b"
)
_AFTER_ABSENCE = LazyPattern(_AFTER_ABSENCE_WORDS, re.IGNORECASE)
# A span of time reaching up to now, over which a negation holds: "(not) in more than a century", "in
# decades", "for 30 years", "in the past two decades"; "since 1917" (``years.SINCE_YEAR``).  Years named by the
# other text (``years.YEARS_OF_EVENTS``) before the span are outside what the negation denies.
_SPAN = re.compile(
    r"\b(?:in|for|over|during)\s+(?:the\s+(?:last|past)\s+)?(?:(?:more|less|fewer)\s+than\s+|over\s+|nearly\s+|"
    r"almost\s+|about\s+)?(?:(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+)?"
    r"(centur(?:y|ies)|decades?|years?)\b"
)
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_COUNTS |= {"eight": 8, "nine": 9, "ten": 10}
_UNIT_YEARS = {"century": 100, "decade": 10, "year": 1}
# A contrast and the alternative it denies (up to the next punctuation): ", not Y", ", but not Y", "- not Y",
# "rather than Y", "instead of Y", "as opposed to Y" ("not only", "not just", "not to mention", "not least"
# add, they do not deny).
_CONTRAST = re.compile(
    r"(?:(?:[,;(—–]|\s-)\s*(?:but\s+)?not|\brather\s+than|\binstead\s+of|\bas\s+opposed\s+to)"
    r"\s+(?!only\b|just\b|to\s+mention\b|least\b)([^,.;:!?()—–]+)",
    re.IGNORECASE,
)
# "no / not Y, just X" (only, merely, simply, solely, but): a negation of Y that says what there is instead,
# as "X, not Y" does.  Found piece by piece (``_negated_alternatives``) rather than with one pattern from each
# "no" to a "just" further on, which would scan the rest of the clause from every "no" (quadratic in a clause
# of them).  "not only X but also Y", "not just" add; "just as", "only if", "but then" open a clause, not the
# alternative the negated phrase is traded for.
_NEGATING = re.compile(
    r"\b(?:no|not)\s+(?!only\b|just\b|merely\b|simply\b|to\s+mention\b|least\b|longer\b|even\b)", re.IGNORECASE
)
#: a "n't" ("didn't fall"), read as a ``_NEGATING`` before a correction (``_CORRECTION``) only
_CONTRACTED = re.compile(r"(?<=[a-z])n['’]t\s+", re.IGNORECASE)
_INSTEAD = LazyPattern(
    r"(?:^|\s)(?:-\s+)?(?:but\s+)?(?:just|only|merely|simply|solely|but)\s+"
    r"(?!(?:as|if|when|whether|because|also|after|before|then|now|to|so)\b)(?=[^\W\d_])",
    re.IGNORECASE,
)
#: the pronoun that opens a correction ("it", "they", "they've", "he'd"): its subject again (``_CORRECTION``,
#: ``_CORRECTION_VERB``)
_CORRECTION_PRONOUN = r"\s*(?:it|they|he|she|we|i|you)(?:['’](?:s|re|m|ve|ll|d))?\s+"
# "did not X, it Y", "No, it did not fall; it rose": the clause after a negated one, opened by its subject
# again as a pronoun, says what there is instead, as "not X but Y" does (polar75: "Inflation did not fall in 2023,
# it rose sharply" was the opposite of "Inflation rose sharply in 2023").  Not a clause that reports or hedges ("...,
# he said", "they say", "it seems": the negation is what was said).  Contracted too: "they've", "they'll", "he'd"
# (polar81: "Prices didn't rise in 2023, they'd fallen" was the opposite of "Prices fell in 2023")
_CORRECTION = LazyPattern(
    _CORRECTION_PRONOUN
    + r"(?!(?:said|says|say|claim|claims|claimed|added|adds|noted|notes|told|tells|stated|states|wrote|writes|"
    r"argued|argues|insisted|insists|explained|explains|reported|reports|warned|warns|admitted|admits|think|thinks|"
    r"thought|believe|believes|believed|know|knows|knew|seem|seems|seemed|appear|appears|appeared|hope|hopes|"
    r"fear|fears|guess|suppose|suspect|turns|turned|is\s+said|was\s+said|is\s+reported|was\s+reported)\b)"
    r"(?=[^\W\d_])",
    re.IGNORECASE,
)
#: a word that makes the negated clause a subordinate one ("If you don't surrender your guns, I will sign ...", "The
#: next person that tells me I'm not religious, I'm going to ..."): the clause after it is the main one, no correction
_SUBORDINATE = LazyPattern(
    r"\b(?:if|when|whenever|unless|because|although|though|while|since|until|whether|that|who|which|whom|whose|once)\b",
    re.IGNORECASE,
)
# where the negated phrase's own words end: what follows says where, when, of what or whose ("no US combat
# units in Mexico": the training teams are in Mexico too)
_AFTER_NEGATED = LazyPattern(_AFTER_ABSENCE_WORDS + r"|\b(?:of|from|by|with|who|which|that)\b", re.IGNORECASE)
# Word pairs of opposite meaning; each side lists the forms that count ("turneddown", "saidno", "publicly" and
# "secretly" also stand for the phrases that ``_PHRASES`` rewrites to them).
_ANTONYMS: tuple[tuple[frozenset[str], frozenset[str]], ...] = tuple(
    (frozenset(a.split()), frozenset(b.split()))
    for a, b in (
        # a cause's effect, in its usual verbs: "Obesity raises the risk" / "... reduces the risk" ("lower" alone
        # is the comparative, below; "Masks reduce the spread of viruses" / "Masks increase ..." was the same)
        (
            "increase increased increases increasing raise raises raised raising boost boosts boosted boosting",
            "decrease decreased decreases decreasing reduce reduces reduced reducing lowers lowered lowering "
            "cut cuts cutting",
        ),
        # "declined" as a fall ("violence declined"); "declined the offer", "declined to act" refuse (``_REFUSALS``)
        # the steep ones too: "surged" / "plunged", "soared" / "slumped", "skyrocketed" / "collapsed" (each pair was
        # 'same')
        (
            "rise rises rising rose risen climb climbs climbed climbing surge surges surged surging soar soars "
            "soared soaring skyrocket skyrockets skyrocketed skyrocketing",
            "fall falls falling fell fallen decline declines declined declining drop drops dropped dropping "
            "plunge plunges plunged plunging slump slumps slumped slumping collapse collapses collapsed collapsing",
        ),
        ("grow grows grew growing grown", "shrink shrinks shrank shrinking shrunk"),
        ("more", "fewer less"),
        ("higher highest", "lower lowest"),
        ("larger largest bigger biggest", "smaller smallest"),
        # comparatives: with a comparison turned round ("Mexico is poorer than the US" / "The US is richer than
        # Mexico") the pair is what cancels the turn
        ("richer richest wealthier wealthiest", "poorer poorest"),
        ("older oldest", "younger youngest"),
        ("stronger strongest", "weaker weakest"),
        ("faster fastest quicker quickest", "slower slowest"),
        ("heavier heaviest", "lighter lightest"),
        ("warmer warmest hotter hottest", "colder coldest cooler coolest"),
        ("cheaper cheapest", "dearer dearest costlier costliest"),
        ("most", "least fewest"),
        ("legal legally", "illegal illegally"),
        ("win wins won winning", "lose loses lost losing"),
        ("allow allows allowed allowing permit permits permitted", "ban bans banned banning forbid forbids forbidden"),
        # "a true story" / "a false story"; "X is false" and "it is false that X" are negations (``_truth``)
        ("true", "false untrue"),
        ("publicly openly", "secretly covertly"),
        ("support supports supported", "oppose opposes opposed"),
        ("alive", "dead"),
        ("guilty", "innocent"),
        ("gain gains gained", "loss losses"),
        ("always", "rarely seldom"),
        ("inside", "outside"),  # "US agents operate inside Mexico" / "... outside Mexico"
        # Spanish, accents folded ("más" is "mas")
        ("mas", "menos"),
        ("aumento aumenta aumentan aumentaron", "disminuyo disminuye disminuyen disminuyeron"),
        ("legal legales legalmente", "ilegal ilegales ilegalmente"),
        ("verdadero verdadera cierto cierta", "falso falsa"),
        ("dentro", "fuera"),
    )
)

#: the antonyms of a change's direction, a rise and a fall: swapped, they say what opposed bounds on its number
#: say ("fell below 5%" / "rose above 5%"), so these bounds then count no more (``polarity``)
_DIRECTIONS = tuple(pair for pair in _ANTONYMS if pair[0] & {"increase", "rise", "grow", "aumento"})
#: the verbs a correction by an antonym reads ("did not X, it Y", Y the antonym of X: ``_as_its_correction``): a
#: refusal and a yes, allow / ban and support / oppose of ``_ANTONYMS``.  Only pairs the texts' own words already read
#: as opposite ("Mexico refused the SEALs" / "Mexico approved the SEALs"), so that the correction read alone still
#: contradicts a text that says the verb it denies.  Not "pass" or "block" (neither a refusal nor a yes here: "The
#: Senate rejected the bill" / "The Senate passed the bill" is 'same'), nor a rise and a fall, which the correction
#: rule reads already ("did not fall, it rose": ``_contrast_flips``).  Not win / lose (review of polar92): one side's
#: win is the other's loss, so "Trump didn't lose the 2020 election, he won it" read as its correction agreed with
#: "Joe Biden won the 2020 US presidential election", which its denial contradicts
_CORRECTING_ANTONYMS: tuple[tuple[frozenset[str], frozenset[str]], ...] = (
    (_REFUSING_VERBS, _ACCEPTING_VERBS),
    *(pair for pair in _ANTONYMS if pair[0] & {"allow", "support"}),
)
#: the index of the refusal and the yes in ``_CORRECTING_ANTONYMS``
_REFUSING_AND_ACCEPTING = 0
#: verbs a correction by an antonym reads though polarity does not read them as opposite elsewhere: passing a bill and
#: blocking or rejecting it, signing it and vetoing it, approving it and blocking or vetoing it ("The Senate didn't pass
#: the bill, they rejected it", "Trump didn't veto the bill, he signed it").  "The Senate passed the bill" / "The Senate
#: blocked the bill" stays 'same' (a "passed" or a "vetoed" of another actor, another bill, "passed away", "time
#: passed"...: review45b took "veto" out as a refusal), so the correction alone would contradict no text that says the
#: denied verb: it is read as its corrected clause only against a text that says its verb's side and not the denied
#: verb's (``_as_its_correction``; polar98: each row was 'opposite' on main, "didn't reject ..., they passed it" the
#: opposite of "The Senate passed the bill")
_ONE_WAY_CORRECTING_ANTONYMS: tuple[tuple[frozenset[str], frozenset[str]], ...] = tuple(
    (frozenset(a.split()), frozenset(b.split()))
    for a, b in (
        ("pass passes passed", "block blocks blocked reject rejects rejected"),
        ("sign signs signed", "veto vetoes vetoed"),
        ("approve approves approved", "block blocks blocked veto vetoes vetoed"),
    )
)
#: the pairs of both kinds, those polarity reads as opposite first (an index below ``len(_CORRECTING_ANTONYMS)`` is one)
_ALL_CORRECTING_ANTONYMS = _CORRECTING_ANTONYMS + _ONE_WAY_CORRECTING_ANTONYMS
#: the indexes in ``_ALL_CORRECTING_ANTONYMS`` of the one-way pairs (``_ONE_WAY_CORRECTING_ANTONYMS``)
_ONE_WAY_PAIRS = frozenset(range(len(_CORRECTING_ANTONYMS), len(_ALL_CORRECTING_ANTONYMS)))
_CORRECTING_VERBS = frozenset(word for pair in _ALL_CORRECTING_ANTONYMS for side in pair for word in side)

# "A ... than B" within one clause (a run of text between punctuation); "rather than", "other than" and "than"
# before a number ("more than 10,000 troops") are no comparison of two things.  Found clause by clause, not with
# one pattern "(.+?) than (.+)": that one tried every start in a clause without "than", quadratic in its length
# (20,000 characters without punctuation took 20 s)
_CLAUSE = re.compile(r"[^,.;:!?()—–]+")
_THAN = re.compile(r"(?=(?<!\brather)(?<!\bother) than (?![\d$]))", re.IGNORECASE)
# "without Y" up to the clause's end: what is absent
_WITHOUT = re.compile(r"\bwithout\s+([^,.;:!?()—–]+)", re.IGNORECASE)
# A question of how many or how much: it asks a number and presupposes none ("Who sent the troops?" presupposes
# that someone did, so it can contradict "No one sent troops")
_OPEN_QUESTION = re.compile(r"^\W*(?:(?:and|but|so|ok|okay|well),? )?how (?:many|much)\b")
_LEAD = r"(?P<lead>(?:^|(?<=[.!?] ))(?:(?:and|but|so|then|well|oh),? )?)"  # a sentence's opening
# before "n't": "wo", "ca", "ai" are what "won't", "can't", "ain't" leave
_AUX = r"(?:are|is|was|were|do|does|did|have|has|had|wo|would|ca|could|should|must|ai)"
_FULL_AUX = r"(?:are|is|was|were|do|does|did|have|has|had|will|would|can|could|should)"
_BE = r"is|are|was|were|be|been|being"
_END = r" ?[.,;:!?]|$"  # the end of a clause (in a lookahead)
_COPULA = r"(?P<copula>\b(?:" + _BE + r"|proved|proven)|'s|'re)"
# A truth value said of a clause: "it is (simply / not) false that X", "X is untrue.", "is it true that X?"
_TRUTH = re.compile(
    _COPULA + r" (?P<it>it )?(?P<adverbs>(?:(?:not|just|all|[a-z]+ly) ){0,2})(?P<value>true|false|untrue|a myth|a lie)"
    r"(?P<end> that\b|" + _END + ")"
)
_PRONOUNS = r"(?:it|they|he|she|we|you|i|there|that|this)"
# "U.S.", "D.C.", and Spanish plurals written with doubled letters, "EE. UU.", "FF. AA.": their dots end no
# sentence (and must not hide a question's "?" from what opens it)
_INITIALISM = re.compile(r"\b(?:[A-Za-z]\.){2,}|\b(?P<a>[A-Za-z])(?P=a)\. ?(?P<b>[A-Za-z])(?P=b)\.")
_LAST_WORD = LazyPattern(r"([a-z]+)\W*$")
# "NI" in capitals in a text that is not all capitals: Northern Ireland, National Insurance, no Spanish "ni"
_NI_ABBREVIATION = re.compile(r"\bNI\b")
# where the concord of Spanish negations ends ("no hay tropas, ni las habrá" denies once; a comma does not end it)
_SENTENCE_END = re.compile(r"[.;:!?؟؛\u06d4]")  # "۔" (U+06D4): Urdu's full stop


#: what follows a verb of change, not a noun it is said of: "collapsed in 2024", "by 40%", "to", "after", "sharply",
#: "yesterday" ("Prices collapsed yesterday" was a state, 'same' as "Prices rose yesterday")
_AFTER_A_FALL = (
    r"(?:in|by|to|from|after|amid|as|when|while|under|on|at|during|last|this|since|following|overnight|and|but|or|"
    r"again|further|over|into|with|before|for|than|then|because|yesterday|today|tonight|earlier|"
    # an adverb, not a noun in "-ly" ("collapsed family homes": review42b)
    r"(?!(?:family|assembly|supply|monopoly|rally|ally|italy|july|anomaly|jelly|belly|bully)\b)[a-z]+ly)"
)


#: "surge", "collapse", "slump", "plunge" as a noun: after an article, a possessive or a preposition of time, up to
#: two words between ("the 2007 surge", "the 2021 border surge", "Helene's storm surge", "after building collapse");
#: "surges", "collapses" only straight after one ("the surges"): "the violence surges" is a verb
_CHANGE_NOUN = (
    r"\b(?P<head>(?:(?:the|a|an|this|that|its|their|his|her|our|after|during|before|amid|following|despite|"
    r"[a-z]+'s)(?: [a-z0-9-]+){0,2}? (?=(?:surge|collapse|slump|plunge)\b)|(?:the|a|an|this|that|its|their|his|her|"
    r"our|[a-z]+'s) (?=(?:surges|collapses|slumps|plunges)\b)"
    # a compound opening a text: "Building collapse in Lagos kills 30", "Storm surge floods Cedar Key"
    r"|(?:building|bridge|roof|dam|mine|tunnel|wall|ceiling|crane|factory|hotel|school|stadium|storm|power|troop|"
    r"border|migrant|covid|omicron) (?=(?:surge|collapse)\b)))(?:surge|collapse|slump|plunge)s?\b"
)


def _truth(match: re.Match[str]) -> str:
    """A clause said false becomes "not", said true becomes nothing; "that's false." and "it's false." stay
    bare words: they judge something outside the statement (what it answers), not the statement."""
    framing = match["end"].startswith(" that")
    before = _LAST_WORD.search(match.string[max(0, match.start() - 40) : match.start()])
    deictic = bool(match["it"]) or (before is not None and before.group(1) in ("it", "that", "this"))
    if not framing and (deictic or match["value"] == "a lie"):  # "X is a lie." calls a person a liar as often
        return match[0]
    negation = "" if match["value"] == "true" else "not"
    return f"{match['copula']} {match['it'] or ''}{match['adverbs']}{negation}{match['end']}"


_DENIED_ABILITY = re.compile(r"\b(?:cannot|can't|cant|can not|may not|must not)\b")
_UNLESS = LazyPattern(r"\bunless\b")


def _requirement(match: re.Match[str]) -> str:
    """A sentence's rest from its first "cannot" on, with each "cannot" (may not, must not) before its
    last "unless" made "can": "cannot X unless Y" is "can X only if Y"."""
    text = match[0]
    last = max((found.start() for found in _UNLESS.finditer(text)), default=None)
    if last is None:
        return text
    return _DENIED_ABILITY.sub("can", text[:last]) + text[last:]


# Rewrites of the folded text, in order, before anything is counted: each turns a phrase into what it means for
# polarity ("" drops a negation word that negates nothing the other text could assert).
_PHRASES: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        # A negative question opened by its auxiliary presupposes the positive ("Aren't there troops?" = "there
        # are troops, aren't there?"), as does a negative tag; "Why aren't there...?" keeps its negation.
        (_LEAD + r"(?P<aux>" + _AUX + r")(?:n't|nt)\b(?=[^.!?]*\?)", r"\g<lead>\g<aux>"),
        (_LEAD + r"(?P<head>" + _FULL_AUX + r"(?: [a-z']+){1,3}) not\b(?=[^.!?]*\?)", r"\g<lead>\g<head>"),
        (r"\b(?P<aux>is|was)(?:n't|nt) it (?=(?:[a-z]+ly )?(?:true|the case) that\b)", r"\g<aux> it "),
        (r"\b(?P<aux>is|was) it not (?=(?:true|the case) that\b)", r"\g<aux> it "),
        (r"(?P<tag>, " + _AUX + r")(?:n't|nt)(?= " + _PRONOUNS + r" ?\?)", r"\g<tag>"),
        # "cannot X unless Y" is "can X only if Y": a requirement, not a denial of X ("Foreign soldiers cannot enter
        # Mexico unless the Senate approves" says what "Foreign troops need the Senate's approval" says)
        # (from the first negation to the sentence's end at once: a look ahead from every "cannot" to an "unless"
        # was quadratic in a long sentence of them)
        (_DENIED_ABILITY.pattern + r"[^.;!?]*", _requirement),
        (r"\bunless\b", "only if"),
        # idioms that only look negative
        (r"\bnever(?=[ -]before[ -](?:seen|heard|published|released|shown|revealed|aired|reported)\b)", ""),
        (r"(?:(?<=\bas )|(?<=\blike ))never(?= before\b)", ""),  # "as never before" = "more than ever"
        (r"\bnever(?= mind\b)", ""),
        # "no-fly zone", "never-ending", German "Nicht-Regierungsorganisationen"
        (r"\b(?P<word>no|not|never|nicht)-(?!one\b)(?=[a-z])", r"\g<word>"),
        (r"\bno(?= (?:doubt|wonder|matter)\b)", ""),
        # "collapsed buildings", "a collapsing bridge": a state, no fall ("Remittances collapsed in 2024", "collapsed
        # by 40%", "collapsed completely" fall); the pair corpus of polarity37 found "... map collapsed buildings"
        # read as the opposite of any claim that something rose
        # "surge", "collapse", "slump", "plunge" as nouns name an event, no rise or fall: "Violence in Iraq fell after
        # the 2007 surge" / "... rose after the 2007 surge", "after the collapse of Lehman Brothers", "during the
        # slump", "the bridge collapse" (review42b: each swap of rise and fall was 'same')
        (_CHANGE_NOUN, r"\g<head> changenoun"),
        # "plunged into violence", "collapsed into gang violence": a state reached, no fall (review42b: "Culiacán
        # plunged into violence" was the opposite of "Violence surged in Culiacán")
        # ("plunged into negative territory", "into the red", "into deficit" fall: a number's place, no state; not
        # "into the Red Sea", "the Red River", "the Red Square", "the Red Cross", "the Red Army": places and names
        # reached, a state.  review45b: any capitalised word after "Red" made one, and "Stocks Plunge Into The Red
        # After Fed Decision", Title Case or capitals, was no fall)
        (
            r"\b(?:plung|collaps)(?:e|es|ed|ing)(?= into\b(?! (?:negative territory|"
            r"the red(?! (?:sea|river|square|cross|army)\b)|deficit|"
            r"a deficit|losses|a loss|bear(?: market)? territory|record lows?|"
            r"(?:a )?(?:multi-year|multiyear|\d+-year) lows?)\b))",
            "collapsedstate",
        ),
        (r"\bcollaps(?:ed|ing)(?= (?!" + _AFTER_A_FALL + r"\b)[a-z])", "collapsedstate"),
        (r"\bno(?= secret,? that\b)", ""),  # "It is no secret that X" affirms X
        (r"\bwithout(?= (?:a |any )?doubt\b)", ""),
        (r"\bnot(?= (?:surprisingly|to mention|least)\b)", ""),
        (r"\bnone(?= other than\b)", ""),
        (r"\bnothing(?= but\b)", ""),  # "nothing but trainers" = only trainers
        (r"(?<=, if )not\b", ""),  # "dozens, if not hundreds, of troops"
        (r"\bno(?=\. ?\d)", "number"),  # "Order No. 14157"
        # German "Es ist kein Geheimnis, dass X" (it is no secret that X) and "Nicht ohne Grund X" (not without
        # reason, X) affirm X: each was 'opposite' of the claim it states
        (r"\bkein(?:e|en)? geheimnis,? (?=dass\b)", ""),
        (r"\bnicht ohne grund\b", ""),
        # Spanish: "no obstante" (nevertheless), "no cabe duda" (no doubt) negate nothing
        (r"\bno(?= (?:obstante|cabe duda)\b)", ""),
        # "es falso que X", "es mentira que X" deny X as "it is false that X" does
        (
            r"\b(?:es|era|fue|resulta|resulto) (?:(?:totalmente|completamente|absolutamente|simplemente) )?"
            r"(?:falso|una mentira|mentira|un mito|un bulo) que\b",
            "not",
        ),
        # Italian: "è falso che X", "è una bufala che X" (folded: "e falso che") likewise
        (
            r"\b(?:e|era|fu|risulta) (?:(?:totalmente|completamente|assolutamente|semplicemente) )?"
            r"(?:falso|una bufala|una balla|una fake news) che\b",
            "not",
        ),
        # French: "il est faux que X", "FAUX : X" deny X likewise (folded: no accents, one kind of apostrophe)
        (FRENCH_DENYING_FRAME, "not "),  # "not " glued to nothing: "qu'Emmanuel"
        (r"^\W*" + FRENCH_DENYING_LABEL + r"\s*[:!]", "not "),
        # "No, Trump did not send troops" (the fact-check headline): the opening "No" answers something outside the
        # statement, and the clause after it says what the statement asserts (Hinglish "Nahi, ..." too)
        # ("Nahi bhai, ...", "Nahi yaar, ...": "No, brother, ..."); Hindi's "नहीं, ..." too
        (r"^(?:no|nope|nahi|nahin)(?: (?:bhai|yaar))?(?=(?:[,.:!—–]| [—–-]) ?[a-z])", ""),
        (r"^नहीं?(?=[,.:!—–।]| [—–-])", ""),
        # a question closed by "or not" asks the proposition, as one without it does: "... हैं या नहीं?", "... हैं कि
        # नहीं?", the tag "..., नहीं?" (isn't it?)
        (r"(?:(?<=\sया)|(?<=\sकि)|(?<=,))\s*नहीं?(?=\s*\?)", ""),
        # and in English: "Are there US troops in Mexico or not?" was noted the opposite of "There are US troops in
        # Mexico" ("whether or not" inside a sentence is left: "Whether or not they are there, ...")
        (r"(?:,\s*)?\bor\s+not(?=\s*\?)", ""),
        # Spanish "¿Hay tropas en México o no?", Portuguese "Há tropas no México ou não?" (folded: "ou nao"), Hinglish
        # "Mexico me US troops hain ya nahi?" / "... ki nahi?" likewise
        (r"(?:,\s*)?\b(?:o\s+no|ou\s+nao|(?:ya|ki)\s+nahin?)(?=\s*\?)", ""),
        # Persian "... یا نه؟", Urdu "... یا نہیں؟" (or not?) likewise
        (r"\s(?:یا|يا)\s+(?:نه|نہیں|نہ)(?=\s*[?؟])", ""),
        # German: "..., oder nicht?", "oder etwa nicht?" and the tag "..., nicht wahr?" (isn't it?) (not "Das ist nicht
        # wahr.", that is not true)
        (r"\boder\s+(?:etwa\s+)?nicht(?=\s*\?)", ""),
        (r"(?:,|\s[—–-])\s*nicht\s+wahr(?=\s*\?)", ""),
        # Arabic's "لا،" (No,) likewise: "لا، مصر هي أكبر مستورد للقمح" says that Egypt is
        (r"^لا(?=(?:[,،.:!—–]| [—–-]) ?[\u0621-\u064a])", ""),
        # Persian's "نه." and Urdu's "نہیں۔" (No.) opening the text likewise ("نہیں۔ ویکسین میں مائیکروچپ ہے۔")
        (r"^(?:نه|نہیں)(?=(?:[,،.:!—–\u06d4]| [—–-]) ?[\u0621-\u06ff])", ""),
        # a fact-check headline's label: "FALSE: X" and "Fake news: X" deny X as "it is false that X" does,
        # "TRUE: X" asserts it
        (r"^\W*(?:" + DENYING_LABELS + r")\s*[:!]", "not "),
        (r"^\W*true ?[:!]", ""),
        # German: the label "FALSCH: X" and "Es ist unwahr / gelogen / eine Lüge / ein Mythos, dass X" deny X likewise
        # ("Es ist nicht unwahr, dass X" keeps its "nicht": two negations, it affirms X); both were 'same' as the claim
        # they deny.  Not "Es war falsch, dass X": as often "it was wrong (a mistake) that X", which affirms X
        # (review42b)
        (r"^\W*(?:falsch|unwahr)\s*[:!]", "not "),
        (
            r"\b(?:es|das) (?:ist|war) (?P<adverbs>(?:(?:nicht|vollig|komplett|absolut|schlicht|einfach|glatt) ){0,2})"
            r"(?:unwahr|gelogen|eine luge|ein mythos),? dass\b",
            r"\g<adverbs>not",
        ),
        # refusals: "declined to comment" refuses nothing; "turned (it) down" and "said no (to)" refuse, and
        # "said no to X" does not deny X as a bare "no" would
        (r"\b(?:declin|refus)(?:e|es|ed|ing) to (?=(?:comment|say|answer|respond|elaborate|discuss|speculate)\b)", ""),
        (r"\b(?:turn|turns|turned|turning) (?:(?:it|them|this|that) )?down\b", "turneddown"),
        # "declined the offer", "declined Trump's offer", "declined to let troops in" refuse; "violence declined" falls
        (
            r"\bdeclin(?:e|es|ed|ing)(?= (?:to|the|an?|his|her|their|its|our|this|that|these|those|[a-z]+'s)\b)",
            "declinedrefusal",
        ),
        (r"\b(?:say|says|said|saying) no(?= to\b|" + _END + ")", "saidno"),
        # Italian "ha detto no al nucleare", "dicono no ai vaccini" refuse, as "said no to" does, in an Italian text
        # only (``_ITALIAN_SAID_NO``): Spanish "El Papa dice no a la guerra" denies as a bare "no" (review43a); "ha
        # detto sì al nucleare", "ha votato a favore del Mes" accept what it says no to (``_ACCEPTING``)
        (r"\b(?:detto|dice|dicono|dire|dissero) no(?= (?:a|al|alla|alle|ai|agli|allo|all)\b)", "dettono"),
        (r"\b(?:detto|dice|dicono|dire|dissero) si(?= (?:a|al|alla|alle|ai|agli|allo|all)\b)", "dettosi"),
        (r"\bvotat[oaie] a favore\b", "votatoafavore"),
        (r"\b(?:say|says|said|saying) yes(?= to\b)", "saidyes"),  # accepts what a refusal says no to
        # secrecy only where "public" / "secret" says how something was done or is known, not "the public",
        # "public records", "in public schools", "an open secret", "the Secret Service"
        (r"\bin secret\b", "secretly"),
        (
            r"\bin public(?=" + _END + r"| (?:and|but|on|at|with|before|after|about|for|in|that|when|while)\b)",
            "publicly",
        ),
        (
            r"\b(?P<head>(?:" + _BE + r"|made|make|makes|making|went|go|goes|going|gone|became|become|becomes)"
            r"(?: [a-z]+)?) (?<!\bthe )public(?=" + _END + r"| (?:that|with|knowledge|information|record|the)\b)",
            r"\g<head> publicly",
        ),
        (
            r"\b(?P<head>(?:" + _BE + r"|kept|keep|keeps|keeping|remain|remains|remained|stay|stays|stayed)"
            r"(?: [a-z]+){0,3}?) (?<!\bopen )secret(?=" + _END + r"| (?:from|until)\b)",
            r"\g<head> secretly",
        ),
        (_TRUTH, _truth),
    )
)


#: the preposition "à" before a "pas" (``_fold``)
_A_PAS = LazyPattern(r"(?<!\w)à(?=\s+pas\b)", re.IGNORECASE)


# Cached: a statement is compared with each of its matches, and the same claims come up statement after
# statement; the rewrites above are most of polarity's cost.
@text_cache(maxsize=4096)
def _fold(text: str) -> str:
    """``text`` lower-cased, with one kind of apostrophe, single spaces, initialisms without their dots and
    ``_PHRASES`` rewritten."""
    if not text.isascii():
        text = _ARABIC_WHY.sub("لماذا", text)  # before its vowel signs are folded away
        # "pas à pas", "à pas feutrés", "à pas de loup": the preposition "à", folded, would be the "a" of "a pas"
        # (``_french_negations``: polar75 read them as denials), so it is read as the preposition "au" it is
        text = _A_PAS.sub("au", text)
    # accents folded too: Spanish negations and refusals are matched as plain letters ("jamás" -> "jamas")
    folded = " ".join(fold(text).replace("’", "'").split())
    folded = _INITIALISM.sub(lambda m: m[0].replace(".", ""), folded)
    for pattern, replacement in _PHRASES:
        folded = pattern.sub(replacement, folded)
    # a verdict closing the text denies what it says, as one opening it does: "X is fake news", "X = FAKE NEWS";
    # denied, it affirms it: "X is not fake news" (``polarity`` first sets aside one that judges less than the other
    # text says: ``_verdict_said_of``)
    closing = closing_verdict(folded)
    if closing is None:
        return folded
    return folded[: closing.start] + (" not" if closing.denies else "")


@dataclass(frozen=True)
class _Traded:
    """A "no / not Y, just X" of a text: where its negation word stands, where Y's own words stand (up to
    what says where, when or whose), and Y's last term (its head: "unit" of "no US combat units")."""

    negation: tuple[int, int]
    alternative: tuple[int, int]
    head: str
    #: the clause that corrects it, "did not X, it Y" (``_CORRECTION``): where "it Y" stands; None for "not X, just Y"
    correction: tuple[int, int] | None = None


def _negated_alternatives(text: str) -> list[_Traded]:
    """Each "no / not Y, just X" of ``text`` (``_NEGATING``, ``_INSTEAD``), in one clause or across a comma
    ("There are no US combat units in Mexico, just small training teams"); not the ", not Y" of a contrast,
    which ``_CONTRAST`` reads.  Each clause is looked at once, with the one after it."""
    pieces = list(_CLAUSE.finditer(text))
    found: list[_Traded] = []
    for index, piece in enumerate(pieces):
        # a "not" opening a clause after a comma or dash is the contrast ", not Y"
        negations = [
            m
            for m in _NEGATING.finditer(text, piece.start(), piece.end())
            if not (piece.start() > 0 and _CONTRAST_OPENING.fullmatch(text, piece.start() - 1, m.start()))
            and not _CONTRAST_OPENING.fullmatch(text, max(0, m.start() - 3), m.start())
        ]
        instead = (
            next((m for m in _INSTEAD.finditer(text, negations[0].end(), piece.end())), None) if negations else None
        )
        end = instead.start() if instead is not None else piece.end()
        correction: re.Match[str] | None = None
        if instead is None:
            following = pieces[index + 1] if index + 1 < len(pieces) else None
            if following is None or text[piece.end() : following.start()].strip() not in (",", ";", "—", "–"):
                continue
            if not (negations and _INSTEAD.match(text, following.start())):
                # "did not fall, it rose", "didn't fall, it rose" (a "n't" is read here only: "wasn't designed to
                # protect X, but Y" cut at "to" denied "designed" alone, where "It's not to shoot X. It's to ..." of
                # the same tweet kept its negation)
                negations = sorted(negations + list(_CONTRACTED.finditer(text, piece.start(), piece.end())), key=_start)
                if (
                    not negations
                    or _CORRECTION.match(text, following.start()) is None
                    or _SUBORDINATE.search(text, piece.start(), negations[-1].start()) is not None
                ):
                    continue
                correction = following
        negation = [m for m in negations if m.end() <= end][-1]
        alternative = _AFTER_NEGATED.split(text[negation.end() : end], maxsplit=1)[0]
        if not alternative.strip():
            # "not in Mexico, they are in Texas", "not in Mexico but in Texas": what is denied is the place named
            opening = _AFTER_NEGATED.match(text, negation.end())
            if opening is not None:
                rest = _AFTER_NEGATED.split(text[opening.end() : end], maxsplit=1)[0]
                alternative = text[negation.end() : opening.end()] + rest
        cut = negation.end() + len(alternative)
        if correction is not None and _repeats_denied(
            text, cut, end, alternative, text[correction.start() : correction.end()]
        ):
            # what is denied is the complement too: "born in Kenya", "the people who vote"; with nothing after the
            # verb ("didn't go down, they went up"), the negation is read as any other
            opening = _AFTER_NEGATED.search(text, cut, end)
            if opening is None or text[cut : opening.start()].strip():
                continue
            alternative += text[cut : opening.end()] + _AFTER_NEGATED.split(text[opening.end() : end], maxsplit=1)[0]
        own = terms(alternative)
        if own:
            span = (negation.end(), negation.end() + len(alternative))
            corrected = None if correction is None else (correction.start(), correction.end())
            found.append(_Traded((negation.start(), negation.end()), span, own[-1], corrected))
    return found


def _repeats_denied(text: str, cut: int, end: int, alternative: str, correction: str) -> bool:
    """Whether the correction after a negated clause ("did not X, it Y") says its denied verb again, so that what
    it denies is the verb's complement, not the verb: "Obama was not born in Kenya, he was born in Hawaii", "The
    virus did not come from a lab, it came from bats", "Prices didn't go down, they went up" (polar75: the
    correction read as denying "born" alone made them the same as "Obama was born in Kenya").  All the verb's
    terms again (not "It's not a tax cut, it's a tax hike"), the word that ends it ("in", "from", "near") again,
    or an "up" / "down" in both."""
    said = set(_words(correction.lower()))
    own = set(terms(alternative))
    if own and own <= set(terms(correction)):
        return True
    after = _words(text[cut:end].lower())[:1]
    if after and after[0] in said:
        return True
    return bool(set(_words(alternative.lower())) & _PARTICLES and said & _PARTICLES)


#: the particles of a change of level ("go down", "went up"), which say what a repeated verb changes
_PARTICLES = frozenset({"up", "down"})


#: a word as written
_A_WORD = LazyPattern(r"[a-z]+", re.IGNORECASE)
#: the adverbs in "-ly" that take back what the verb after them says: "she nearly won it", "they hardly approved it"
#: say no win, no approval (with "almost", which is no "-ly" adverb: the verb read is "almost", no antonym)
_NOT_QUITE = r"nearly|hardly|scarcely|barely|virtually|practically|almost"
#: the verb of a correction ("they approved them", "they've actually approved", "it was approved"): after its pronoun,
#: up to two auxiliaries or adverbs in "-ly" ("they did not approve", "they never approved" have none: the word after
#: the pronoun and its auxiliaries is "not", "never"), not one of ``_NOT_QUITE``; the verb is a whole word, not the
#: "won" of "won't" nor the "did" of "didn't"
_CORRECTION_VERB = LazyPattern(
    _CORRECTION_PRONOUN
    + r"(?:(?:has|have|had|did|do|does|will|would|is|are|was|were|be|been|being|(?!(?:"
    + _NOT_QUITE
    + r")\b)[a-z]+ly)\s+){0,2}"
    r"(?P<verb>[a-z]+)(?![\w'’])",
    re.IGNORECASE,
)
#: a sentence's end, as far as a denial's opening is looked for (``_corrections_by_antonym``)
_SENTENCE_BREAK = LazyPattern(r"[.!?]\s")


def _antonym_pair(one: str, other: str) -> int | None:
    """The index in ``_ALL_CORRECTING_ANTONYMS`` of the pair the two verbs are the two sides of, if any."""
    for index, (left, right) in enumerate(_ALL_CORRECTING_ANTONYMS):
        if (one in left and other in right) or (one in right and other in left):
            return index
    return None


def _sentence_openings(text: str) -> list[int]:
    """Where each sentence of ``text`` opens (``_SENTENCE_BREAK``), the first at 0."""
    return [0, *(m.end() for m in _SENTENCE_BREAK.finditer(text))]


def _opens_denied(text: str, opening: int, at: int) -> bool:
    """Whether a negation or a denying label stands between ``opening`` (its sentence's) and ``at``: "FALSE: Mexico
    didn't refuse the SEALs, they approved them" denies the whole correction ("FALSE:" reads "not"), "Nobody says
    Mexico didn't refuse ..." likewise (review of polar92: once the "didn't refuse" was blanked, the label's "not" was
    the negation the correction corrected, and the text agreed with "Mexico approved the SEALs")."""
    return negation_count(text[opening:at]) > 0


@text_cache(maxsize=4096)
def _corrections_by_antonym(text: str) -> tuple[tuple[int, tuple[int, int], tuple[int, int]], ...]:
    """Each denial of ``text`` corrected by its antonym: the index of its pair in ``_ALL_CORRECTING_ANTONYMS``, where
    its negation and its denied verb stand (Spanish ones too: ``_spanish_corrections_by_antonym``).

    Only a correction ``_negated_alternatives`` reads ("did not X, it Y", "didn't X; it Y": a pronoun opens it, it
    reports nothing, the denied clause is no subordinate one), whose denied words open with a verb of
    ``_CORRECTING_VERBS`` and whose correction's verb (``_CORRECTION_VERB``) is its antonym, with no negation or
    denying label before it in its sentence (``_opens_denied``), in a text no verdict closes (``closing_verdict``).
    "didn't refuse the SEALs, it delayed them", "..., but approved them", "..., the Senate approved them", "never
    refused ..., it approved them", "..., they nearly approved them", "..., they won't accept them" are none."""
    words = set(_WORD.findall(text.lower()))
    english = len(words & _CORRECTING_VERBS) >= 2
    spanish = "no" in words and _SPANISH_CORRECTION.search(text) is not None and is_spanish(text)
    if not english and not spanish:
        return ()  # most texts: no denied verb and its antonym
    if closing_verdict(text, of_a_name_too=True) is not None:
        # "Mexico didn't refuse the SEALs, they approved 19 US Navy SEALs is fake news": the verdict judges the denial
        # as written (read as "Mexico approved 19 US Navy SEALs is fake news", it agreed with the SEALs claim)
        return ()
    found: list[tuple[int, tuple[int, int], tuple[int, int]]] = []
    openings = _sentence_openings(text)
    if spanish:
        found += _spanish_corrections_by_antonym(text, openings)
    # the sentences a denial was read in: a later one there has that denial's negation before it (and the opening
    # before it is read once per sentence: read for each denial, 400 in a 20,000-character sentence took 30 s)
    denied_sentences: set[int] = set()
    for traded in _negated_alternatives(text) if english else ():
        opening = openings[bisect_right(openings, traded.negation[0]) - 1]
        opened = opening in denied_sentences
        denied_sentences.add(opening)
        if traded.correction is None or opened:
            continue
        denied = _A_WORD.match(text, traded.alternative[0])
        correcting = _CORRECTION_VERB.match(text, traded.correction[0], traded.correction[1])
        if denied is None or correcting is None:
            continue
        pair = _antonym_pair(denied[0].lower(), correcting["verb"].lower())
        if pair is not None and not _opens_denied(text, opening, traded.negation[0]):
            found.append((pair, traded.negation, denied.span()))
    return tuple(found)


#: a Spanish denial corrected by its antonym: "no rechazó a los SEAL, los aprobó", "no los rechazó, sino que los
#: aprobó", "no ha aprobado la ley, la ha rechazado": "no", the denied verb (a clitic or "ha" before it), up to 80
#: characters of its clause, a comma or semicolon, and the correction opened by its object as a clitic (Spanish says no
#: pronoun for its subject: "los aprobó" is "they approved them"), a "ha" before its verb.  Bounded, so that a clause of
#: many "no" is read in linear time
_SPANISH_CORRECTION = LazyPattern(
    r"(?<!\w)(?P<negation>no)\s+(?:(?:lo|la|los|las|le|les|se)\s+)?(?:(?:ha|han|hab[ií]a|hab[ií]an)\s+)?"
    r"(?P<denied>[^\W\d_]+)(?P<clause>[^,.;:!?]{0,80}?)[,;]\s*(?:sino\s+que\s+)?(?:lo|la|los|las|le|les)\s+"
    r"(?:(?:ha|han|hab[ií]a|hab[ií]an)\s+)?(?P<verb>[^\W\d_]+)(?!\w)",
    re.IGNORECASE,
)
#: the Spanish refusals and yes-words polarity reads (``_REFUSALS``, ``_ACCEPTING``; accents folded): the sides of a
#: Spanish correction by an antonym
_SPANISH_REFUSING = frozenset(word for word in _REFUSALS if word.startswith(("rechaz", "nieg", "neg")))
_SPANISH_ACCEPTING = frozenset(
    word
    for word in _ACCEPTING
    if word.startswith(("acept", "aprob", "aprueb", "confirm"))
    and word not in {"confirm", "confirmed", "confirming", "confirms"}  # English, among ``_ACCEPTING`` too
)
#: negative concord in the clause of a Spanish "no" ("no rechazó nunca la ley", "no la rechazó en ningún momento"): one
#: negation with the "no", which blanking "no" and the denied verb would leave standing alone as the correction's own
#: (fixpolar98: "México no rechazó nunca a los 19 Navy SEALs, los aprobó." read the opposite of the SEALs claim)
_SPANISH_CONCORD = LazyPattern(r"(?<!\w)(?:nunca|jamas|ningun[oa]?s?|tampoco|nada|nadie)(?!\w)", re.IGNORECASE)
#: a Spanish verdict after a Spanish correction ("..., la rechazó. Eso es falso.", "..., la rechazó y eso es mentira"):
#: it judges the denial as written, as a closing verdict does an English one (``_corrections_by_antonym``), and neither
#: ``closing_verdict`` nor ``_VERDICT_SENTENCE`` reads it (fixpolar98: "El Senado no aprobó la ley, la rechazó. Eso es
#: falso." read the opposite of "El Senado aprobó la ley")
_SPANISH_VERDICT = LazyPattern(
    r"(?<!\w)(?:falso|falsa|falsos|falsas|bulo|bulos|mentira|mentiras|no\s+es\s+(?:cierto|verdad))(?!\w)", re.IGNORECASE
)
#: words that make the clause of a Spanish "no" a subordinate one ("si no lo rechaza, lo aprobará", "dijo que no ...")
_SPANISH_SUBORDINATE = LazyPattern(
    r"(?<!\w)(?:si|cuando|aunque|porque|que|quien|quienes|donde|mientras|como|pues|cual)(?!\w)", re.IGNORECASE
)


def _spanish_corrections_by_antonym(
    text: str, openings: list[int]
) -> list[tuple[int, tuple[int, int], tuple[int, int]]]:
    """The Spanish denials of ``text`` corrected by their antonym (``_SPANISH_CORRECTION``), a refusal by a yes or the
    other way round, as ``_corrections_by_antonym`` gives them: "México no aprobó a los SEAL, los rechazó" says that
    Mexico refused them (polar98: it was 'same' as "El Senado aprobó el ingreso de 19 Navy SEALs", the refusal it
    denies and the refusal it says counted as two negations, and the opposite of "El Senado rechazó a los SEAL").  Not
    after a subordinating word or a negation in its sentence ("Si México no rechaza a los SEAL, los aprobará", "Nadie
    dice que ...")."""
    found: list[tuple[int, tuple[int, int], tuple[int, int]]] = []
    # the first "no" of a sentence only: a later one has it before it (``_opens_denied``), and reading what stands
    # before each of them was quadratic (600 corrections in one 24,600-character sentence took 30 s)
    read_sentences: set[int] = set()
    for match in _SPANISH_CORRECTION.finditer(text):
        opening = openings[bisect_right(openings, match.start()) - 1]
        if opening in read_sentences:
            continue
        read_sentences.add(opening)
        denied, verb = fold(match["denied"]).lower(), fold(match["verb"]).lower()
        if not (
            (denied in _SPANISH_REFUSING and verb in _SPANISH_ACCEPTING)
            or (denied in _SPANISH_ACCEPTING and verb in _SPANISH_REFUSING)
        ):
            continue
        if _SPANISH_SUBORDINATE.search(text, opening, match.start()) or _opens_denied(text, opening, match.start()):
            continue
        if _SPANISH_CONCORD.search(fold(match["clause"])) or _SPANISH_VERDICT.search(text, match.end()):
            continue
        found.append((_REFUSING_AND_ACCEPTING, match.span("negation"), match.span("denied")))
    return found


def _as_its_correction(text: str, other: str) -> str:
    """``text`` with each denial corrected by its antonym (``_corrections_by_antonym``) read as the correction alone,
    the negation and the denied verb blanked at the same length, when ``other`` (the text it is compared with) says a
    verb of the same pair, or, for a refusal corrected by a yes or the other way round, any refusal or yes polarity
    reads (``_REFUSALS``, ``_ACCEPTING``: "declined", "said no to").

    "Mexico didn't refuse the SEALs, they approved 19 US Navy SEALs" says that Mexico approved them (polar92: it was
    the opposite of "Mexico's Senate approved 19 US Navy SEALs": the refusal it denies was counted as its own, and the
    denied object weighed by the contrast), and still contradicts "Mexico refused the SEALs".  Against a text that says
    neither side of the pair, the correction alone would contradict nothing: "The FDA didn't approve the drug, it
    rejected it" / "The FDA authorized the drug", "The law doesn't ban guns in schools, it allows them" / "The law
    prohibits guns in schools" stay the opposite they are read as by the denial (review of polar92)."""
    found = _corrections_by_antonym(text)
    if not found:
        return text
    said = set(_words(other))
    spans: list[tuple[int, int]] = []
    for pair, negation, denied in found:
        left, right = _ALL_CORRECTING_ANTONYMS[pair]
        if pair in _ONE_WAY_PAIRS:
            # one way (``_ONE_WAY_CORRECTING_ANTONYMS``): against a text that says the correction's verb, not the denied
            denied_side = left if text[denied[0] : denied[1]].lower() in left else right
            correcting_side = right if denied_side is left else left
            if said & correcting_side and not said & denied_side:
                spans += [negation, denied]
        elif said & (left | right) or (pair == _REFUSING_AND_ACCEPTING and said & (_REFUSALS | _ACCEPTING)):
            spans += [negation, denied]
    return _blank(text, spans) if spans else text


#: what stands before the "not" of a contrast (``_CONTRAST``): a comma, semicolon, bracket or dash, and spaces
_CONTRAST_OPENING = LazyPattern(r"(?:[,;(—–]|\s-)\s*(?:but\s+)?", re.IGNORECASE)


def _start(match: re.Match[str]) -> int:
    return match.start()


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the characters of ``spans`` made spaces (so that other spans keep their place)."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _words(text: str) -> list[str]:
    return _WORD.findall(_fold(text))


def negation_count(text: str) -> int:
    """How many negations ``text`` holds, refusals and denials among them ("not only" excluded; "no longer"
    counts once; "it is false that" and "X is untrue." count one; contrasts such as ", not Y" or "rather
    than Y" are not counted here: see ``contrasts``)."""
    return sum(_negations_and_refusals(text))


def _negations_and_refusals(text: str, other: str | None = None) -> tuple[int, int]:
    """``negation_count`` in two: the plain negations, and the refusals and denials.  With ``other``, the text
    compared, a negation bounding a number by an amount ``other`` admits is not counted (``_admitted_bounds``)."""
    # French negation only in a text read as French (``is_spanish`` reads it as Spanish), and never a "NE" in
    # capitals: "10,000 US troops are in NE Mexico plus 500 in Texas" has no "ne ... plus" (it was 'opposite')
    french = is_spanish(text)
    italian = reads_italian(text)
    # "né ... né" denies once, as a concordant word: read before accents are folded ("né" is "ne"); a "né" alone
    # denies nothing of itself (after a "non" it agrees with it)
    if italian and len(_ITALIAN_NEITHER.findall(text)) >= 2:
        text = _ITALIAN_NEITHER.sub("neppure", text)
    folded = _fold(_without_german_names(_without_named_nahi(_CAPITAL_NE.sub("  ", text) if french else text)))
    # the "no" of "no Y, just X" denies only the alternative Y, as a contrast does (``_contrast_flips``)
    folded = _blank(folded, [traded.negation for traded in _negated_alternatives(folded)])
    if other is not None:
        folded = _blank(folded, _admitted_bounds(folded, other))
    negations = refusals = 0
    concord = (
        _CONCORD_NEGATIONS - {"ni"} if _NI_ABBREVIATION.search(text) and not text.isupper() else _CONCORD_NEGATIONS
    )
    portuguese = reads_portuguese(text)
    if portuguese:
        concord = concord | _PORTUGUESE_CONCORD
    if italian:
        concord = concord | _ITALIAN_CONCORD
    persian_or_urdu = not text.isascii() and _reads_persian_or_urdu(text)  # most texts have no Arabic letter
    arabic = not text.isascii() and not persian_or_urdu
    devanagari = not text.isascii() and _DEVANAGARI_WORD.search(text) is not None
    for sentence in _SENTENCE_END.split(_CONTRAST.sub(lambda m: " " + m.group(1), folded)):
        if "dont" in sentence:
            sentence = _DONT_BEFORE_A_NUMBER.sub("", sentence)
        words = _WORD.findall(sentence)
        clause_openings = _clause_openings(sentence) if italian or french else set()
        negated = False  # a negation came before in this sentence: a Spanish negative word after it agrees
        french_negations = _french_negations(words, clause_openings) if french else set()
        for i, word in enumerate(words):
            # concordant as Spanish: "n'a ni soldats ni bases", "Ni Trump ni Biden n'ont" deny once
            if i in french_negations:
                negations += not negated
                negated = True
                continue
            bare = word.replace("'", "")
            following = words[i + 1] if i + 1 < len(words) else ""
            if portuguese and bare == "no":
                continue  # "no México": "in (the) Mexico"
            if french and word == "dont":
                continue  # French's "of which" ("500 manifestants, dont mille à Paris"), no "don't" without its "'"
            if bare in ("not", "no", "nao", "non") and following in _ONLY:
                continue
            if bare == "nicht" and following in _GERMAN_AFTER_NICHT:  # "not only", "not least", "not a few"
                continue
            if bare in ("kein", "keine", "keinen") and following in ("wunder", "frage", "zweifel"):  # "no doubt"
                continue
            if bare == "nie" and _german_never_before(words, i):
                continue
            if bare == _ITALIAN_SAID_NO and not italian:
                negations += 1  # Spanish "dice no a la guerra": a bare "no"
                negated = True
                continue
            if italian and _italian_denies_nothing(words, i, clause_openings):
                continue
            if bare in _REFUSALS or bare == _ITALIAN_SAID_NO:  # an Italian text's, as above
                refusals += 1
            elif italian and bare in _ITALIAN_EVER and not negated and i not in clause_openings:
                continue  # "il più alto mai registrato": "ever"
            elif bare in concord:
                negations += not negated
                negated = True
            elif (
                bare in _NEGATIONS
                or word.endswith("n't")
                or (portuguese and bare in _PORTUGUESE_NEGATIONS)
                or (italian and bare in _ITALIAN_NEGATIONS)
                or bare in _GERMAN_NEGATIONS
            ):
                negations += 1
                negated = True
        if arabic:
            negations += _arabic_negations(sentence)
        elif persian_or_urdu:
            negations += _persian_or_urdu_negations(sentence)
        if devanagari:
            negations += _hindi_negations(sentence)
    if has_chinese_or_japanese(folded):
        negations += _cjk_negations(folded, this_is_right=other is None or not _says_wrong_alone(other, folded))
    return negations, refusals


#: the Italian adjectives and participles that make a compound of the "non" before them, after a noun ("le
#: organizzazioni non governative" are the NGOs, "minori stranieri non accompagnati", "cittadini non comunitari",
#: "enti non profit", "persona non grata", "anziani non autosufficienti"): no denial (review43a)
_ITALIAN_NON_COMPOUND = LazyPattern(
    r"governativ[oaie]|comunitari[oae]?|accompagnat[oaie]|profit|grat[ao]|autosufficient[ei]"
)


def _italian_denies_nothing(words: list[str], at: int, clause_openings: set[int]) -> bool:
    """Whether the Italian word at ``at`` of a sentence's folded ``words`` denies nothing though it may: a "non"
    after a word and before a compound's adjective (``_ITALIAN_NON_COMPOUND``: "le organizzazioni non governative"),
    "mai così" ("Mai così tanti occupati", "..., mai così alta": never so many, so high, which says it is) and
    "niente di nuovo" closing its clause ("Niente di nuovo: il governo ha aumentato le accise")."""
    word = words[at]
    following = words[at + 1] if at + 1 < len(words) else ""
    if word == "non":
        return at > 0 and _ITALIAN_NON_COMPOUND.fullmatch(following) is not None
    if word == "mai":
        return following == "cosi"
    if word == "niente":
        return words[at + 1 : at + 3] == ["di", "nuovo"] and (at + 3 == len(words) or at + 3 in clause_openings)
    return False


def _clause_openings(sentence: str) -> set[int]:
    """The places, among a sentence's words (``_WORD``), of the words that open a clause of it (``_CLAUSE_END``)."""
    openings, count = set(), 0
    for clause in _CLAUSE_END.split(sentence):
        openings.add(count)
        count += len(_WORD.findall(clause))
    return openings


def _says_wrong_alone(other: str, text: str) -> bool:
    """Does ``other`` say that something is wrong ("吸大麻是错的", "...是错误的", "这错了": ``_CJK_WRONG``) where
    ``text``, but for its "这没错" (``_CJK_THIS_IS_RIGHT``), does not?"""
    return _CJK_WRONG.search(other) is not None and _CJK_WRONG.search(_CJK_THIS_IS_RIGHT.sub(" ", text)) is None


def _cjk_negations(folded: str, *, this_is_right: bool = True) -> int:
    """The Chinese negations of a folded text (``_CJK_NEGATION``), but for the words that deny nothing
    (``_CJK_NOT_DENYING``; ``this_is_right``: and "这没错", ``_CJK_THIS_IS_RIGHT``) and A-not-A questions
    (``_CJK_A_NOT_A``); a Japanese text's (``_KANA``) are ``_japanese_negations``."""
    if _KANA.search(folded):
        return _japanese_negations(folded)
    negations = 0
    for sentence in _CJK_SENTENCE.findall(folded):
        if _CJK_QUESTION.search(sentence):
            sentence = _CJK_A_NOT_A.sub(" ", sentence)
        sentence = _CANTONESE_A_NOT_A.sub(" ", sentence)
        if this_is_right:
            sentence = _CJK_THIS_IS_RIGHT.sub(" ", sentence)
        negations += len(_CJK_NEGATION.findall(_CJK_NOT_DENYING.sub(" ", sentence)))
    return negations


def _japanese_negations(folded: str) -> int:
    """The Japanese negations of a folded text (``_JAPANESE_NEGATION``), but for the words that deny nothing
    (``_JAPANESE_NOT_DENYING``) and those that ask or describe a noun (``_JAPANESE_NOT_SAID``)."""
    negations = 0
    sentences = _JAPANESE_SENTENCE.findall(folded)
    for place, sentence in enumerate(sentences, 1):
        if _JAPANESE_QUESTION.search(sentence):
            continue
        text = _without_only(_JAPANESE_NOT_DENYING.sub(" ", sentence))
        negations += place == len(sentences) and _JAPANESE_DENYING_LABEL.search(text) is not None
        negations += sum(
            1 for found in _JAPANESE_NEGATION.finditer(text) if not _JAPANESE_NOT_SAID.match(text, found.end())
        )
    return negations


def _without_only(sentence: str) -> str:
    """A Japanese sentence without its "しか ... ない" (``_JAPANESE_ONLY``), each from "しか" to the first negation
    after it, in one pass (a search from each "しか" to the end was quadratic)."""
    negations = [found.span() for found in _JAPANESE_NEGATION.finditer(sentence)]
    kept, start, index = [], 0, 0
    for only in _JAPANESE_ONLY.finditer(sentence):
        if only.start() < start:
            continue
        while index < len(negations) and negations[index][0] < only.end():
            index += 1
        if index == len(negations):
            break
        kept.append(sentence[start : only.start()])
        start = negations[index][1]
        index += 1
    return " ".join([*kept, sentence[start:]])


def _reads_persian_or_urdu(text: str) -> bool:
    """Whether ``text`` says one of Persian's or Urdu's small words (``_PERSIAN_OR_URDU_WORDS``)."""
    return not _PERSIAN_OR_URDU_WORDS.isdisjoint(_ARABIC_WORD.findall(text))


#: Persian's negations, standing alone: "نیست" and its persons (is not), the negated verbs most written ("ندارد" has
#: not, "نبود" was not, "نشد", "نکرد", "نداد", "نخواهد" will not), and a present's "نمی" ("نمی‌رود", does not go: the
#: zero-width joiner parts it, or written onto its verb, "نمیرود"); Urdu's "نہیں" (not); "نه" / "نہ" below
#: (``_PERSIAN_NOT``, ``_URDU_NOT``).  "واکسن کرونا حاوی تراشه نیست" and "ویکسین میں
#: مائیکروچپ نہیں ہے" were each 'same' as the claim they deny: a text read as Persian or Urdu read no negation
_PERSIAN_OR_URDU_NEGATIONS = frozenset(
    "نیست نیستند نیستم نیستی نیستید نیستیم نبود نبودند ندارد ندارند نداشت نداشتند نشد نشده نشدند نکرد نکرده نکردند "
    "نداد ندادند نخواهد نخواهند نمی نہیں".split()
)
#: Persian's "نه" denies only as "نه X نه Y" (neither ... nor: once in its sentence): alone it is as often "nine" ("نه
#: ماه", nine months; "نه نفر کشته شدند", nine were killed) or a contrast's "not" (", نه نیروهای رزمی", not combat
#: units), which denies nothing the sentence says (review44b: each was 'opposite').  Urdu's "نہ" (nine is "نو")
#: counts once in its sentence, not before "کہ" ("نہ کہ", rather than).  Neither before "تنها" / "صرف" (not only), nor
#: between a word and itself ("کہیں نہ کہیں", somewhere or other)
_PERSIAN_NOT = "نه"
_URDU_NOT = "نہ"
_PERSIAN_OR_URDU_ONLY = frozenset(("تنها", "فقط", "صرف", "محض"))
#: "no doubt", "no wonder": "شکی نیست که X", "هیچ شکی نیست", "جای تعجب نیست که X", "کوئی شک نہیں کہ X" affirm X, as
#: "There is no doubt that X" does (review44b: each was 'opposite' of X)
_PERSIAN_OR_URDU_NO_DOUBT = frozenset(("شک", "شکی", "تردید", "تردیدی", "شبهه", "شبہ", "تعجب", "تعجبی"))
#: names a negation's letters open: "جعفر نمیری" (Jaafar Nimeiry)
_PERSIAN_OR_URDU_NAMES = frozenset(("نمیری",))
#: a sentence opened by a word and a comma or colon: "نه، ..." (No, ...)
_PERSIAN_OR_URDU_ANSWER = LazyPattern(r"[^\u0621-\u06ff]*[\u0621-\u065f\u066e-\u06d3\u06d5\u06fa-\u06ff]+\s*[،,:!]")
#: what denies nothing though it says a negation: "چرا که نه" and "کیوں نہیں" closing a clause (why not), Urdu's
#: "نہیں تو" after a comma (..., otherwise ...), and the "نیست" of "معلوم نیست ... یا نه" (it is not known whether ...
#: or not), a question asked of the sentence, not its denial
_PERSIAN_OR_URDU_NOT_DENYING = LazyPattern(
    r"چرا\s+که\s+نه|کیوں\s+نہیں(?=\s*(?:[،,!?؟]|$))|(?<=[،,])\s*نہیں(?=\s+تو(?![\u0621-\u06ff]))"
    r"|(?:(?<=معلوم)|(?<=مشخص))\s+نیست(?=.*\sیا\s+(?:نه|خیر)\s*$)"
)


def _persian_or_urdu_negations(sentence: str) -> int:
    """The Persian and Urdu negations of a folded sentence of a text read as either (``_PERSIAN_OR_URDU_NEGATIONS``,
    ``_PERSIAN_NOT``, ``_URDU_NOT``), but for "نه، ..." / "نہیں، ..." opening it (No, ...: it answers something
    outside the text), Urdu's "نہیں تو" (otherwise) opening it, "no doubt" (``_PERSIAN_OR_URDU_NO_DOUBT``) and
    ``_PERSIAN_OR_URDU_NOT_DENYING``; a question's closing "یا نه؟" / "یا نہیں؟" (or not?) is gone already
    (``_PHRASES``)."""
    sentence = _PERSIAN_OR_URDU_NOT_DENYING.sub(" ", sentence)
    words = [word.replace("ي", "ی").replace("ك", "ک") for word in _ARABIC_WORD.findall(sentence)]
    neither_nor = words.count(_PERSIAN_NOT) >= 2
    negations, negated = 0, False
    for i, word in enumerate(words):
        following = words[i + 1] if i + 1 < len(words) else None
        preceding = words[i - 1] if i else None
        if i == 0 and word in ("نه", "نہیں") and _PERSIAN_OR_URDU_ANSWER.match(sentence):
            continue  # "نه، ..." (No, ...)
        if word == "نہیں" and following == "تو" and i == 0:
            continue  # "نہیں تو" (otherwise)
        if i == 0 and word == _URDU_NOT and following == "ہی":
            continue  # "نہ ہی ..." opening a sentence: "Nor ...", agreeing with the negation before it
        if preceding in _PERSIAN_OR_URDU_NO_DOUBT and word in ("نیست", "نہیں"):
            continue  # "شکی نیست که ..." (there is no doubt that ...)
        if (
            (word in _PERSIAN_OR_URDU_NEGATIONS)
            or (word.startswith("نمی") and len(word) > 4 and word not in _PERSIAN_OR_URDU_NAMES)
            or (
                (word == _URDU_NOT or (word == _PERSIAN_NOT and neither_nor))
                and not negated
                and following is not None
                and following not in _PERSIAN_OR_URDU_ONLY
                and following != preceding
                and following != "کہ"
            )
        ):
            negations += 1
            negated = True
    return negations


def _arabic_negations(sentence: str) -> int:
    """The Arabic negations of a folded sentence (``_ARABIC_NEGATIONS``), but for those that are no denial
    (``_ARABIC_NOT_DENYING``), and none when an "إلا" follows, which makes the sentence say "only"."""
    words = _ARABIC_WORD.findall(sentence)
    places = [i for i, word in enumerate(words) if word in _ARABIC_NEGATIONS]
    if not places or _ARABIC_EXCEPT in words[places[0] + 1 :]:
        return 0
    return sum(1 for i in places if words[i + 1 : i + 2] == [] or words[i + 1] not in _ARABIC_NOT_DENYING)


def _hindi_negations(sentence: str) -> int:
    """The Hindi negations of a folded sentence: each "नहीं" ("नही"), but for "नहीं तो" (otherwise) opening a clause,
    and a "न" where none came before it in its sentence ("न तो X न Y", neither X nor Y, denies once), but for the tag
    closing a question ("... हैं न?", aren't there?: it presupposes what it asks) and "न केवल" / "न सिर्फ" (not only).
    "मेक्सिको में 10,000 अमेरिकी सैनिक नहीं हैं" was shown "मेक्सिको में 10,000 अमेरिकी सैनिक हैं" with no note.

    Idioms that deny nothing (review40a): a "न" between a word and itself ("कहीं न कहीं", somewhere or other; "किसी न
    किसी", "कोई न कोई", "कुछ न कुछ", "हो न हो", maybe); "शक नहीं कि", "दो राय नहीं कि", "संदेह नहीं कि" (no doubt
    that: "इसमें कोई शक नहीं कि X" asserts X: ``_hindi_no_doubt``); "ही नहीं" saying "not only" ("X ही नहीं बल्कि Y
    भी", "सिर्फ X ही नहीं": ``_hindi_not_only``)."""
    negations = 0
    for part in _HINDI_SENTENCE_END.split(sentence):
        words = list(_DEVANAGARI_WORD.finditer(part))
        negated = False
        for i, match in enumerate(words):
            word = match[0]
            following = words[i + 1][0] if i + 1 < len(words) else None
            preceding = words[i - 1][0] if i else None
            if word in _HINDI_NOT:
                opening = part[: match.start()].rstrip()[-1:] in ("", ",", ";", ":")
                if opening and following == "तो":
                    continue  # "नहीं तो" (otherwise)
                if preceding in _HINDI_DOUBT and _hindi_no_doubt(words, i):
                    continue  # "कोई शक नहीं कि" (no doubt that)
                if preceding == "ही" and _hindi_not_only(part, words, i):
                    continue  # "X ही नहीं बल्कि Y भी" (not only X, but Y too)
                negations += 1
                negated = True
            elif word == "मत" and _hindi_prohibits(part, words, i):
                negations += 1  # "सैनिक मत भेजो" (do not send troops)
                negated = True
            elif (
                word == "न"
                and not negated
                and following is not None
                and following not in _HINDI_ONLY
                and following != preceding  # "कहीं न कहीं" (somewhere or other)
            ):
                negations += 1
                negated = True
    return negations


def _hindi_no_doubt(words: list[re.Match[str]], at: int) -> bool:
    """Whether the "नहीं" at ``at`` of ``words``, after a word of doubt, says "no doubt that": a "कि" follows it (or
    follows its "है", "था"), and "राय" is that of "दो राय" (no two opinions).  "पुलिस को किसी पर शक नहीं है" (the
    police suspect no one), "सरकार ने विपक्ष की राय नहीं ली" (did not take the opposition's view) deny (review41a)."""
    if words[at - 1][0] == "राय" and (at < 2 or words[at - 2][0] != "दो"):
        return False
    following = [match[0] for match in words[at + 1 : at + 3]]
    return following[:1] == ["कि"] or (following[:1] != [] and following[0] in _HINDI_BE and following[1:] == ["कि"])


def _hindi_not_only(part: str, words: list[re.Match[str]], at: int) -> bool:
    """Whether the "ही नहीं" ending at ``at`` of ``words`` (the Devanagari words of ``part``) says "not only": a
    "सिर्फ" / "केवल" before it in its clause, a "भी" / "बल्कि" after it in its clause ("X ही नहीं बल्कि Y भी"), or,
    the clause ending there, a "भी" among the first words of the next one with no "ने" before it ("सैनिक ही नहीं,
    विमान भी हैं").  "भेजे ही नहीं, यह बात ट्रंप ने भी मानी" (did not send them at all, Trump too admitted it) denies
    (review41a: any "भी" after it was read as "not only")."""
    start = part.rfind(",", 0, words[at].start()) + 1
    if any(match[0] in _HINDI_ONLY for match in words[:at] if match.start() >= start):
        return True
    end = part.find(",", words[at].end())
    if end == -1:
        end = len(part)
    after = [match[0] for match in words[at + 1 :] if match.start() < end]
    if any(word in _HINDI_ALSO for word in after):
        return True
    if after or end == len(part) or part[words[at].end() : end].strip():
        return False
    following_end = part.find(",", end + 1)
    following = [match[0] for match in words[at + 1 :] if following_end == -1 or match.start() < following_end][
        :_HINDI_NOT_ONLY_REACH
    ]
    also = next((i for i, word in enumerate(following) if word in _HINDI_ALSO), None)
    return also is not None and "ने" not in following[:also]


def _hindi_prohibits(part: str, words: list[re.Match[str]], at: int) -> bool:
    """Whether the "मत" at ``at`` of ``words`` is the prohibitive "do not" ("सैनिक मत भेजो", "मत जाइए", "मत करना"):
    a verb in the imperative or infinitive follows it, and no possessive or determiner stands before it, which
    makes it the noun "vote" or "opinion" ("अपना मत दें", give your vote; "इस मत से").  Not where a word of voting
    follows it ("मत गणना", the count of votes; "मत दें", "मत देना", "मत डालें": vote) or a comma does, nor after a word
    of worry or fear ("चिंता मत करो", do not worry): "घबराइए मत, कोरोना वैक्सीन सुरक्षित है" (do not panic, the vaccine is
    safe) reassures, it denies nothing (review42b: each was the opposite of the claim it makes)."""
    if at + 1 == len(words) or part[words[at].end() : words[at + 1].start()].strip():
        return False  # "घबराइए मत, ..." (do not panic): nothing follows it, or a comma
    following = words[at + 1][0]
    preceding = words[at - 1][0] if at else ""
    if following in _HINDI_VOTE_WORDS or preceding in _HINDI_WORRY:
        return False  # "मत गणना" (the count of votes), "मत दें" (vote), "चिंता मत करो" (do not worry)
    return following.endswith(_HINDI_IMPERATIVE) and preceding not in _HINDI_BEFORE_A_NOUN


#: the endings of an imperative or infinitive after the prohibitive "मत": "भेजो", "भेजें", "भेजिए", "भेजिये", "भेजना"
_HINDI_IMPERATIVE = ("ो", "ें", "िए", "िये", "ना", "ओ")
#: what makes "मत" before it the noun "vote": "मत गणना" (the count of votes), "मत दें", "मत देना", "मत डालें" (cast a vote)
#: and "मत मिलना", "मत मिलें", "मत जुटाना", "मत पाना" (getting votes: "40 प्रतिशत मत मिलना तय है")
_HINDI_VOTE_WORDS = frozenset(
    "गणना दें दे देना देने डालें डालना डालने डालिए पत्र पेटी दान मिलना मिलें मिले मिलने जुटाना जुटाने पाना पाने".split()
)
#: worry and fear, which "मत" after them forbids as a reassurance ("चिंता मत करो", "डरो मत"), no denial
_HINDI_WORRY = frozenset("चिंता फिक्र फ़िक्र परेशान घबराइए घबराओ घबराएं घबराना डरो डरिए डरें डरना टेंशन".split())
#: possessives and determiners before "मत" as a noun (vote, opinion)
_HINDI_BEFORE_A_NOUN = frozenset("अपना अपने अपनी का के की एक यह इस उस उनका उनके उनकी मेरा मेरे हमारा हमारे जनता".split())
#: how many words of the clause after "X ही नहीं," may come before its "भी" for "not only X, Y too" ("विमान भी",
#: "अमेरिकी विमान भी")
_HINDI_NOT_ONLY_REACH = 3
#: "to be" after "शक नहीं", before "कि": "इसमें कोई शक नहीं है कि"
_HINDI_BE = frozenset(("है", "हैं", "था", "थी", "थे"))
#: a word of Devanagari letters and signs
_DEVANAGARI_WORD = LazyPattern(r"[\u0900-\u0963\u0966-\u097f]+")
#: Hindi's "not", as it is written with and without its nasal sign
_HINDI_NOT = frozenset(("नहीं", "नही"))
#: "केवल", "सिर्फ" (only) after "न": "न केवल X बल्कि Y" (not only X but Y) adds
_HINDI_ONLY = frozenset(("केवल", "सिर्फ"))
#: doubt, before a "नहीं" that so says "no doubt": "शक", "राय" (of "दो राय नहीं", no two opinions), "संदेह", "शंका"
_HINDI_DOUBT = frozenset(("शक", "राय", "संदेह", "शंका"))
#: "भी" (too), "बल्कि" (but rather) after "ही नहीं": "not only"
_HINDI_ALSO = frozenset(("भी", "बल्कि"))
#: where a Hindi sentence ends: the danda, single and double
_HINDI_SENTENCE_END = LazyPattern(r"[।॥]")


def _french_negations(words: list[str], clause_openings: set[int]) -> set[int]:
    """The places of the French "ne" / "n'" in a sentence's ``words`` that negate: with a word after it that
    completes it ("ne ... pas", "n'a jamais"; not "ne plus ultra", English; "ne ... que", only, denies nothing), or
    a negative subject opening its clause before it (``_french_negative_subject``: "Aucun vaccin contre la rougeole
    ne", "Personne n'a", "Selon l'OMS, rien ne prouve")."""
    found: set[int] = set()
    for i, word in enumerate(words):
        if not _FRENCH_NE.fullmatch(word):
            continue
        after = words[i + 1 : i + 8]
        completed = any(
            w in _FRENCH_AFTER_NE and not (w == "plus" and after[j + 1 : j + 2] == ["ultra"])
            for j, w in enumerate(after)
        )
        if completed or _french_negative_subject(words, i, clause_openings):
            found.add(i)
    # spoken French drops the "ne": "Le chômage a pas augmenté", "c'est pas vrai", "il y a pas de soldats" deny as
    # "n'a pas" does (polar75: they were the opposite of it); a "pas" right after a form of "avoir" or "être" with no
    # "ne" before it in its clause, not "pas mal" (quite a lot: "il y a pas mal de soldats") nor "pas de deux"
    for i, word in enumerate(words):
        if word != "pas" or not i or words[i - 1] not in _FRENCH_AUXILIARIES:
            continue
        if (
            words[i + 1 : i + 2] == ["mal"]
            or words[i + 1 : i + 3] == ["de", "deux"]
            or words[i - 2 : i] == ["pas", "a"]  # "pas a pas" written without its accent
            or words[i + 1 : i + 2] in _FRENCH_PAS_NO_DENIAL
            or (words[i - 1] == "a" and _french_a_pas_manner(words, i))
        ):
            continue
        opening = max((start for start in clause_openings if start <= i), default=0)
        if not any(_FRENCH_NE.fullmatch(earlier) for earlier in words[opening:i]):
            found.add(i)
    return found


#: what a spoken "pas" (no "ne") is not read before: "pas seulement" and "pas que" (not only: "Il y a pas que le
#: chômage qui a augmenté"), "pas loin" (nearly: "Le chômage est pas loin de 10%"), "pas hésité" (did it at once:
#: "Macron a pas hésité à augmenter les impôts"); the formal "ne ... pas" before them is read as it was
_FRENCH_PAS_NO_DENIAL = (["seulement"], ["que"], ["loin"], ["hesite"])


def _french_a_pas_manner(words: list[str], i: int) -> bool:
    """Is the "a pas" before ``words[i]`` (``"pas"``) the manner "à pas feutrés", "à pas comptés", "à pas de loup"
    written without its accent ("Les troupes avancent a pas de loup")?  Not "il y a pas de loup" (there is none)."""
    after = words[i + 1 : i + 3]
    if after[:1] in (["feutres"], ["comptes"]):
        return True
    return after == ["de", "loup"] and words[i - 2 : i - 1] != ["y"]


#: the forms of "avoir" and "être" (accents folded, and elided: "j'ai", "c'est", "l'a") after which a "pas" denies
#: with its "ne" dropped (``_french_negations``)
_FRENCH_AUXILIARIES = frozenset(
    "ai as a avons avez ont avait avais avaient avions aviez aura auras aurons aurez auront aurait aurais auraient "
    "suis es est sommes etes sont etait etais etaient etions etiez sera seras serons serez seront serait serais "
    "seraient j'ai c'est c'etait c'etaient l'a l'ont l'avait l'est s'est s'etait s'etaient m'a t'a m'ont t'ont "
    "j'avais j'etais".split()
)


#: the words after which a clause opens, as after a comma: "et", "mais" ("..., mais aucun vaccin ne ..."), and those
#: that open a clause said or supposed: "La préfecture indique que personne n'a été blessé", "Si personne ne vote"
_FRENCH_CLAUSE_JOINS = frozenset("et mais que si quand lorsque puisque car".split())
#: the same elided before a vowel, as one word with it: "qu'aucun", "lorsqu'aucun"
_FRENCH_ELIDED_JOINS = frozenset(("qu", "lorsqu", "puisqu"))
#: how many words a negative subject may stand before its "ne" ("Aucune étude publiée dans une revue scientifique ne")
_FRENCH_SUBJECT_REACH = 10


def _french_negative_subject(words: list[str], at: int, clause_openings: set[int]) -> bool:
    """Is the "ne" at ``words[at]`` that of a negative subject ("Aucun", "Personne", "Rien", "Jamais", "Nul", "Ni")
    opening its clause (the sentence's first word, or after a comma, "et", "mais", "que", "si"...) with no other
    clause between ("Aucun vaccin contre la rougeole et les oreillons ne provoque l'autisme", "Il affirme que rien
    ne prouve le lien", "Le ministère dit qu'aucun soldat n'est mort" deny)?  A "ne" right after a comma has its
    subject before the aside: "Aucun vaccin, selon l'OMS, ne provoque", "Rien, absolument rien, ne prouve" deny.
    A "personne" inside its clause is a person ("La personne la plus riche du monde ne paie que 3 %", "Chaque
    personne vaccinée ne paie que 10 euros"), and "Sans aucun doute, le gouvernement ne dépense que 2 %" has no
    negative subject: they deny nothing."""
    aside = at in clause_openings  # "..., ne": the clause of "ne" says no subject of its own
    for start in range(at - 1, max(-1, at - 1 - _FRENCH_SUBJECT_REACH), -1):
        word = words[start]
        if _FRENCH_NE.fullmatch(word):
            return False  # another clause's verb: "Aucun soldat n'est mort et la personne ne paie que ..."
        elided, apostrophe, rest = word.partition("'")
        if apostrophe and elided in _FRENCH_ELIDED_JOINS and rest in _FRENCH_BEFORE_NE:
            return True  # "qu'aucun soldat n'est mort"
        if start in clause_openings:
            if word in _FRENCH_BEFORE_NE:
                return True
            if not aside:
                return False
            continue  # an aside ("selon l'OMS", "absolument rien", "pas même le président"): its subject before it
        if start and words[start - 1] in _FRENCH_CLAUSE_JOINS and word in _FRENCH_BEFORE_NE:
            return True  # "et" may join two nouns of one subject ("la rougeole et les oreillons"): read on past it
    return False


def contrasts(text: str) -> list[set[str]]:
    """The alternatives ``text`` denies by contrast, each as its set of index terms:
    "trainers rather than combat units" -> [{"combat", "unit"}], "no combat units in Mexico, just
    trainers" -> [{"combat", "unit"}]."""
    return [alternative for alternative, _ in _denied(text)]


def _denied(text: str) -> list[tuple[set[str], str | None]]:
    """``contrasts``, each with the term another text must affirm to contradict it: the head of a "no Y,
    just X" (None for the other contrasts, which name the alternative alone).  "There are no US combat units
    in Mexico, just small training teams" says the teams are American too: "The US keeps small training teams
    there" affirms "US" but no combat units."""
    return [(alternative, head) for alternative, head, _ in _denied_with_words(text)]


def _denied_with_words(text: str) -> list[tuple[set[str], str | None, str]]:
    """``_denied``, each with the alternative's text."""
    found: list[tuple[set[str], str | None, str]] = [
        (set(terms(m.group(1))), None, m.group(1)) for m in _CONTRAST.finditer(text)
    ]
    for traded in _negated_alternatives(text):
        alternative = text[slice(*traded.alternative)]
        found.append((set(terms(alternative)), traded.head, alternative))
    return [(alternative, head, words) for alternative, head, words in found if alternative]


def _antonym_sides(words: set[str]) -> set[tuple[int, int]]:
    """The sides of the antonym pairs (``_ANTONYMS``: its place, 0 or 1) that ``words`` say."""
    return {(place, side) for place, pair in enumerate(_ANTONYMS) for side in (0, 1) if words & pair[side]}


def _affirmed_text(text: str) -> str:
    """``text`` without the alternatives it denies by contrast."""
    traded = _negated_alternatives(text)
    return _CONTRAST.sub(" ", _blank(text, [found.alternative for found in traded]))


def _contrast_flips(statement: str, claim_text: str) -> int:
    """1 when one text affirms an alternative the other denies by contrast, else 0.

    Only the alternative's own words count: "troops" in "US troops rather than Mexican troops" is
    asserted as well as denied.  An alternative both texts deny is no contradiction, and one
    contradiction seen from both sides ("trainers, not combat units" / "combat units, not
    trainers") is still one."""
    for text, other in ((statement, claim_text), (claim_text, statement)):
        denied = _denied_with_words(text)
        if denied:
            # each text's affirmed part read once: its terms here, its words for the antonyms below
            own_text, other_text = _affirmed_text(text), _affirmed_text(other)
            own, others = set(terms(own_text)), set(terms(other_text))
            if any((alternative - own) & others and head in (None, *others) for alternative, head, _ in denied):
                return 1
            # a change denied in one form, affirmed in another: "did not fall, it rose" / "Inflation fell" (the terms
            # "fall" and "fell" differ; the rise and the fall, one in each, swap no antonym)
            other_sides = _antonym_sides(set(_words(other_text)))
            own_sides = _antonym_sides(set(_words(own_text)))
            if any((_antonym_sides(set(_words(words))) - own_sides) & other_sides for _, head, words in denied if head):
                return 1
    return 0


def _unshared_absences(text: str, other: str) -> int:
    """The "without Y" of ``text`` whose Y ``other`` does not mention: such a negation is of something
    the other text says nothing about.  "A US military plane carrying troops landed in Toluca" does not
    contradict "... brought US troops into Mexico without Senate approval"."""
    # "without a doubt" is gone; Y ends where the clause goes on to say where or when
    absent = [set(terms(_AFTER_ABSENCE.split(match[1], maxsplit=1)[0])) for match in _WITHOUT.finditer(_fold(text))]
    if not absent:
        return 0
    # a loose comparison (a word's first four letters) keeps the negation when in doubt: "without
    # asking the Senado" is about the Senate
    mentioned = _with_prefixes(set(terms(other)))
    return sum(1 for what in absent if what and not _with_prefixes(what) & mentioned)


def _before_the_span(text: str, other: str) -> bool:
    """``text`` denies something for a span of time up to now ("not ... in more than a century",
    "since 1917"), and every year ``other`` names lies before that span: "US troops have not invaded
    Mexico in more than a century" does not contradict "The US invaded Mexico in 1916".  Without a
    year, with one inside the span ("... in 2025"), or when ``other`` spans a time itself, the
    negation stands."""
    # the span first: most texts have none, and ``YEARS_OF_EVENTS`` over the other text was most of this function's time
    folded = _fold(text)
    starts = [_span_start(match) for match in _SPAN.finditer(folded)]
    starts += [int(year) for year in SINCE_YEAR.findall(folded)]
    if not starts:
        return False
    years = [int(match[1] or match[2]) for match in YEARS_OF_EVENTS.finditer(other)]
    folded_other = _fold(other)
    if not years or _SPAN.search(folded_other) or SINCE_YEAR.search(folded_other):
        return False  # no year; or the other text's own span ("not since 1917") is compared as it is
    return max(years) <= min(starts)


def _span_start(match: re.Match[str]) -> int:
    """The latest year a span such as "in more than a century" may have begun: 100 years ago."""
    count, unit = match.group(1), match.group(2)
    # without a count, "in decades" / "for years" is at least two of them, "in a century" one
    number = (2 if unit.endswith("s") else 1) if count is None else _COUNTS.get(count) or int(count)
    return datetime.date.today().year - number * _UNIT_YEARS[unit.rstrip("s").replace("ie", "y")]


def _with_prefixes(found: set[str]) -> set[str]:
    """``found`` and the first four letters of its longer terms, for a loose comparison."""
    return found | {term[:4] for term in found if len(term) >= 4}


def _comparisons(text: str) -> list[tuple[set[str], set[str]]]:
    """Each "A ... than B" of ``text``, as the index terms of A (its clause up to "than") and of B
    (up to the clause's end); "than" before a number, and "rather than" / "other than", left out."""
    # Not the folded text: its terms need the case ("US" is a name, "us" a stop word).
    plain = _INITIALISM.sub(lambda m: m[0].replace(".", ""), " ".join(text.replace("’", "'").split()))
    found = []
    for clause in _CLAUSE.findall(plain):
        # the first "than" with words before it and after it: "A than B than C" is A against "B than C"
        than = next((m.start() for m in _THAN.finditer(clause) if 0 < m.start() < len(clause) - 6), None)
        if than is None:
            continue
        before, after = set(terms(clause[:than])), set(terms(clause[than + 6 :]))
        if before and after:
            found.append((before, after))
    return found


def _comparison_flips(statement: str, claim_text: str) -> int:
    """1 when the statement compares the other way round from the claim: a word moves from before
    "than" to after it, and another from after to before (words on both sides, such as "troops" in
    "more US troops than Mexican troops", say nothing of the order)."""
    for s_before, s_after in _comparisons(statement):
        for c_before, c_after in _comparisons(claim_text):
            moved_back = (s_before & c_after) - s_after - c_before
            moved_forward = (s_after & c_before) - s_before - c_after
            if moved_back and moved_forward:
                return 1
    return 0


def _bounds_said_as_comparatives(statement: str, claim_text: str) -> tuple[set[str], set[str]]:
    """The words of the statement and of the claim for the antonyms, each bound on a count read as the comparative
    it means against the other text's bounds and amounts (``_bound_words``, ``_below_an_amount``)."""
    statement_bounds, claim_bounds = _bounds(statement), _bounds(claim_text)
    statement_words = _bound_words(statement, statement_bounds, claim_bounds)
    claim_words = _bound_words(claim_text, claim_bounds, statement_bounds)
    if _below_an_amount(statement_bounds, claim_text):
        statement_words, claim_words = statement_words | {"fewer"}, claim_words | {"more"}
    if _below_an_amount(claim_bounds, statement):
        claim_words, statement_words = claim_words | {"fewer"}, statement_words | {"more"}
    return statement_words, claim_words


def _without_bounds(text: str) -> str:
    """``text`` without the words of each bound before a number (``_BOUND``: "more than", "under", "más de"), so
    that a bound says no "more" or "fewer" ("fell to fewer than 10,000" says the fall "fell" does)."""
    spans = []
    for match in _BOUND.finditer(text):
        if _number_term_opening(_PERCENT_SIGN.sub(r"\1 %", match["rest"]).split()) is not None:
            spans.append(match.span("bound"))
    return _blank(text, spans)


def _antonym_flips(
    statement: set[str], claim: set[str], pairs: tuple[tuple[frozenset[str], frozenset[str]], ...] | None = None
) -> int:
    """How many pairs of antonyms (``_ANTONYMS``, or ``pairs``) the texts swap: one side only in ``statement``,
    the other only in ``claim``."""
    flips = 0
    for left, right in _ANTONYMS if pairs is None else pairs:
        s_left, s_right = bool(statement & left), bool(statement & right)
        c_left, c_right = bool(claim & left), bool(claim & right)
        # a swap: one side only in the statement, the other only in the claim
        if (s_left and not s_right and c_right and not c_left) or (s_right and not s_left and c_left and not c_right):
            flips += 1
    return flips


#: what follows a bound's words up to the clause's end: the number, then what it counts (the comma of "10,000" ends no
#: clause)
_TO_THE_CLAUSE_END = r"(?P<rest>(?:[^,.;:!?()—–]|[,.](?=\d))+)"
#: a bound before a count ("more than 10,000 US troops", "under 10,000 troops", "up to 100 troops", Spanish "menos
#: de 100 soldados", "hasta 100"), up to the clause's end: the bound's words, and what follows them (the number, then
#: what it counts; the comma of "10,000" ends no clause).  Only a number after it makes it a bound: "It is up to
#: Mexico whether ..." and "hasta ahora" bound nothing
_BOUND = re.compile(
    r"\b(?P<bound>more\s+than|fewer\s+than|less\s+than|over|above|under|below|at\s+most|up\s+to|menos\s+de|hasta"
    r"|m[aá]s\s+de)"
    r"\s+" + _TO_THE_CLAUSE_END,
    re.IGNORECASE,
)
#: the bound words the antonyms do not know, as the comparative they mean before a count ("more", "fewer" are
#: antonyms): "under 10,000 troops" is "fewer than 10,000 troops"
#: "from" or "between" just before a bound: the bound is one end of a change or a range
_FROM_OR_BETWEEN = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
#: the side of its number each bound word puts a count on ("at" of "at most", "up" of "up to")
_BOUND_SIDES = {"more": 1, "over": 1, "above": 1, "fewer": -1, "less": -1, "under": -1, "below": -1}
_BOUND_SIDES |= {"at": -1, "up": -1, "menos": -1, "hasta": -1, "mas": 1}
#: the bounds whose sides the "both sides of a number" guard of ``_bound_words`` weighs: not "at most", "up to",
#: "hasta" (nor Spanish "menos de", "más de"), or a later "up to 100 in 2024" unbound an earlier "over 100 ... in
#: 2023" (review37b)
_GUARDED_SIDES = frozenset(("more", "over", "above", "fewer", "less", "under", "below"))
#: the upper bounds that take in their number: "at most 100", "up to 100", "hasta 100" may be 100 itself
_INCLUSIVE_BOUNDS = frozenset(("at", "up", "hasta"))
#: the bounds that also say "until": before a number written as a year they bound no count ("up to 2025")
_UNTIL = frozenset(("up", "hasta"))
_BOUND_COMPARATIVES = {"over": "more", "above": "more", "under": "fewer", "below": "fewer"}
#: the inclusive upper bounds as the comparative they mean against a lower bound their number does not reach: "at
#: most 10,000" / "up to 10,000" US troops are "fewer" than "more than 10,000" (or than "more than 20,000"), Spanish
#: "hasta 10.000" soldados "menos" than "más de 10 mil"
_INCLUSIVE_COMPARATIVES = {"at": "fewer", "up": "fewer", "hasta": "menos"}
#: how many words after the number may name what it counts ("10,000 US troops deployed": "troops", "deployed")
_COUNTED_WORDS = 4


#: the bounds a text puts on counts (``_bounds``): each bound's word, its number in digits, what it counts, and the
#: terms of all that follows the number in its clause (what it counts and what is said of it)
Bounds = list[tuple[str, str, frozenset[str], frozenset[str]]]


def _bounds(text: str) -> Bounds:
    """Each bound ``text`` puts on a count: its first bound word folded ("under"), the number in digits, the terms
    of the words in lower case that follow it (what is counted, without names: "US" is no thing counted), and the
    terms of the clause after the number.  "under 10,000 US troops in Mexico" -> ("under", "10000", {"troop"},
    {"usa", "troop", "mexico"}); "under the radar" bounds no count."""
    found = []
    for match in _BOUND.finditer(text):
        if _after_from_or_between(text, match.start()):
            continue  # "grew from under 10,000 troops to 12,000" bounds where a count began, not the count
        if _after_a_negation(text, match.start()) and fold(match["bound"]).startswith("up"):
            continue  # "not up to 10,000" is "not even 10,000", a negated bound (``_NEGATED_BOUND``), no "at most"
        words = _PERCENT_SIGN.sub(r"\1 %", match["rest"]).split()  # "20%" as "20 percent": a number, then what
        opening = _number_term_opening(words)
        if opening is not None:
            number, length = opening
            if fold(match["bound"].split()[0]) in _UNTIL and PLAIN_YEAR.fullmatch(words[0]):
                continue  # "Up to 2025 the migrants were in Mexico", "Hasta 2025 los migrantes...": until a year
            after = words[length:]
            found.append((fold(match["bound"].split()[0]), number, _counted(after), _said_of_a_count(after)))
    return found


#: a percent sign written onto its number: "under 5%" bounds the count "under 5 percent" does (the number then "%")
_PERCENT_SIGN = re.compile(r"(\d)%")
#: a negation just before a bound, in a text as written ("not", "n't"): "There are not up to 10,000 US troops in Mexico"
_NEGATION_BEFORE = re.compile(r"(?:\bnot|n['’]t)\s+$", re.IGNORECASE)


def _after_a_negation(text: str, end: int) -> bool:
    """Whether ``text[:end]`` ends in "not" or "n't" and spaces (``_NEGATION_BEFORE``), searched from where that
    word can begin only (as ``_after_from_or_between``)."""
    start = end
    while start > 0 and text[start - 1].isspace():
        start -= 1
    return start < end and _NEGATION_BEFORE.search(text, max(0, start - len("not")), end) is not None


#: the words after a count that say only that the thing counted is where the clause puts it, as "are" does (no term):
#: "Fewer than 100 US troops are deployed in Mexico" says what "Thousands of US troops are in Mexico" says of them.
#: Not "based" (a base is a place: "at the base in Mexico"), nor what befell them ("killed", "wounded")
_BEING_THERE = frozenset(
    "deployed stationed desplegado desplegados desplegada desplegadas estacionado estacionados estacionada "
    "estacionadas".split()
)


def _said_of_a_count(words: list[str]) -> frozenset[str]:
    """The terms of the words after a count to its clause's end, what is counted and what is said of it, without
    ``_BEING_THERE``'s ("us troops are deployed in mexico" -> {"usa", "troop", "mexico"})."""
    return frozenset(terms(" ".join(word for word in words if fold(word.strip("\"'“”‘’")) not in _BEING_THERE)))


def _after_from_or_between(text: str, end: int) -> bool:
    """Whether ``text[:end]`` ends in "from" or "between" and a space (``_FROM_OR_BETWEEN``).  The pattern is
    searched from where that word can begin only: searched from 0 for each bound, a text of many bounds took
    time growing with the square of its length (a 200 kB claim, 7 s of a ``check``)."""
    start = end
    while start > 0 and text[start - 1].isspace():  # the spaces ``\s+`` takes (str.isspace is re's \s)
        start -= 1
    if start == end:
        return False
    # the word ends where the spaces begin; \b looks at the character before ``pos``, as searched from 0
    return _FROM_OR_BETWEEN.search(text, max(0, start - len("between")), end) is not None


def _counted(words: list[str]) -> frozenset[str]:
    """The terms of what a count counts, from the words after its number: the words in lower case up to the first
    function word after them, but for participles ("US troops deployed in Mexico" -> {"troop"}; "armed troops" ->
    {"troop"}; "of them in combat" -> {"combat"}).  Names qualify, they count nothing ("US"); "deployed" is said of
    what is counted (so "10,000 US civilians deployed" counts no troops)."""
    counted: list[str] = []
    for word in words[:_COUNTED_WORDS]:
        if word[:1].isupper():
            continue
        found = terms(word)
        if not found:  # a function word: after the counted words, it ends them ("troops in Mexico")
            if counted:
                break
            continue
        if not fold(word).rstrip("s").endswith(("ed", "ing")):
            counted += found
    return frozenset(counted)


#: a negation just before a bound on a number ("not over", "no more than", "isn't over", "never fewer than", "not
#: even"), in a folded text: with a number after it, it says how many, not whether any
_NEGATED_BOUND = re.compile(
    r"(?:\b(?:not|no|never)|(?<=[a-z])n't)\s+(?=(?:more|fewer|less)\s+than\s|(?:over|above|under|below)\s|even\s"
    # "not up to 10,000 US troops" is "not even 10,000": fewer than 10,000
    r"|up\s+to\s)"
    # Spanish "no más de 155", "no menos de 155", "no hay más de 100" (folded: no accents), as "no more than 155"
    r"|\bno\s+(?:(?:hay|hubo|habia)\s+)?(?=(?:mas|menos)\s+de\s)"
    # Italian "non più di 100", "non meno di 100" (folded), as the Spanish
    r"|\bnon\s+(?=(?:piu|meno)\s+di\s)"
    # "not 10,000 US troops", "aren't 10,000": a number denied bare is read as "not even 10,000" (``_BARE_NUMBER``)
    r"|(?:\bnot|(?<=[a-z])n't)\s+(?=\d)"
    # German "nicht mehr als 10.000", "nicht über", "nicht unter", "nicht einmal", and "keine 10.000 US-Soldaten" (not
    # even 10,000), folded (no umlauts), as the English ("nicht mehr" alone is "no longer": it denies)
    r"|\b(?:nicht|nie)\s+(?=(?:mehr|weniger)\s+als\s|(?:uber|unter|einmal)\s)|\bkein(?:e|en|er|em|es)?\s+(?=\d)"
)
#: a German bound on a count after a negation (``_NEGATED_BOUND``), folded: "mehr als 10.000 us-soldaten", "uber 155"
_GERMAN_BOUND = LazyPattern(r"(?:(?:mehr|weniger)\s+als|uber|unter|einmal)\s+" + _TO_THE_CLAUSE_END)
#: a number just after a negation, no bound word between ("not 10,000 us troops", "keine 10.000 us-soldaten")
_BARE_NUMBER = LazyPattern(r"(?=\d)" + _TO_THE_CLAUSE_END)
#: a Spanish bound on a count after a negation (``_NEGATED_BOUND``), folded: "mas de 155 marines", "menos de 200"
_SPANISH_BOUND = LazyPattern(r"(?:(?:mas|menos)\s+de|(?:piu|meno)\s+di)\s+" + _TO_THE_CLAUSE_END)
#: the characters after such a negation read for its bound: the bound's words, a number's and what it counts (a
#: clause read to its end from every negation of a text of many, "not over 10 troops " x 3,000, took 10 s)
_BOUND_WINDOW = 300
#: "even" after a negation, before the number it bounds: "not even 100 US troops" are fewer than 100
_EVEN = LazyPattern(r"even\s+" + _TO_THE_CLAUSE_END)
#: the amounts a text may give without a number, or only about one: "thousands of", "many", "tens of thousands",
#: "more", "most", "a number of", "about 20,000"; a negated bound is weighed against such a text as ever
_AMOUNT_WORDS = frozenset(
    "many few several numerous countless lots plenty handful dozen dozens hundreds thousands millions billions tens "
    "scores more fewer less most least all some number numbers majority minority half about around nearly almost "
    "approximately roughly estimated up over under above below than "
    # a unit of troops or a size says how many too: "3 brigades of US troops", "a battalion of US soldiers",
    # "a massive force of US troops" are no bare count a bound on a number may be weighed against
    "brigade brigades battalion battalions division divisions regiment regiments contingent contingents platoon "
    "platoons squadron squadrons massive huge large larger largest big bigger biggest vast enormous immense sizable "
    "sizeable substantial considerable "
    # Spanish, folded: "más de", "unos", "casi", "cerca de", "miles de", "muchos" (a negated Spanish bound, "no más de
    # 155", is weighed against such a text as an English one is)
    "mas menos casi cerca unos unas alrededor aproximadamente miles cientos centenares decenas docenas millones "
    "muchos muchas varios varias numerosos numerosas mayoria minoria mitad "
    # German, folded: "mehr als", "etwa", "tausende", "viele" (a negated German bound, "nicht mehr als 10.000", is
    # weighed against them as an English one is; "über", "unter" before a number are ``_OTHER_AMOUNTS``: "Uber")
    "mehr weniger etwa rund ungefahr knapp mindestens hochstens hunderte tausende zehntausende viele einige "
    "mehrere".split()
)
#: more amounts a text may give without a bare count: a group of something ("a force of", "forces of", "an army
#: of", "hordes of"; "US forces", "US Army troops" are the thing counted, not an amount), a number grouped in
#: thousands by a space ("20 000": a space, no-break space or narrow no-break space, folded to one), a number
#: sizing a group ("20,000-strong", "20,000 strong", "a 5,000-man force", "20,000-plus"; not "155 members of")
#: the parts of a German number word, folded ("zwanzig", "zehn", "tausend": "zwanzigtausend"; "und":
#: "einundzwanzig")
_GERMAN_NUMERAL = (
    "ein|eins|zwei|zwo|drei|vier|funf|sechs|sieben|sieb|acht|neun|zehn|elf|zwolf|zwanzig|dreissig|vierzig|funfzig|"
    "sechzig|siebzig|achtzig|neunzig|hundert|tausend|und"
)
_OTHER_AMOUNTS = LazyPattern(
    r"\b(?:forces?|army|armies|hordes?|legions?|swarms?|waves?|floods?|masses|host|slew)\s+of\b"
    r"|\d\s\d{3}(?!\d)"
    r"|\d-(?:strong|man|men|member|person|plus)\b|\d\s(?:strong|plus)\b"
    # German "über 10.000", "unter 10.000", folded; not "Uber drivers"
    r"|\b(?:uber|unter)\s+\d"
    # German amounts in words, folded: "zwei", "zehntausend", "zehn Tausend", "20 Tausend", "hunderttausend", "10
    # Tsd.", "2 Mio.", "zahlreiche", "massenhaft" (review42b: each read as no amount, so that "keine 10.000" or "nicht
    # über 10.000" limited the number against it, 'same'; English "ten thousand", "a hundred" are ``_MULTIPLIERS``)
    r"|\b(?!(?:ein|eine|einen|einem|einer|und)\b)(?:" + _GERMAN_NUMERAL + r")+(?:e|en|er)?\b"
    r"|\b(?:tsd|mio|mrd|millionen?|milliarden?|zahlreich\w*|massenhaft|unzahlig\w*|dutzend\w*)\b"
)
#: a hedge that leaves room for none: "Not over 10 US troops, if any, are in Mexico" does not say there are some
_NONE_HEDGE = LazyPattern(r"\bif\s+(?:any|at\s+all)\b")
#: an adverb before a participle, which says how the thing counted is ("20,000 heavily armed US troops", "newly
#: deployed", "specially trained", "well armed"): a participle after it does not end what a number counts
_ADVERB = LazyPattern(r"[a-z]+ly|well|ill")
#: the side of its number a negated bound leaves the count on: "not over 10,000" at most 10,000 (-1), "no fewer
#: than 155" at least 155 (1), "not even 100" fewer than 100 (the strict "even")
_NEGATED_SIDES = {"more": -1, "over": -1, "above": -1, "fewer": 1, "less": 1, "under": 1, "below": 1, "even": -2}
_NEGATED_SIDES |= {"up": -2}  # "not up to 10,000" as "not even 10,000"
_NEGATED_SIDES |= {"mas": -1, "menos": 1}  # Spanish "no más de", "no menos de"
_NEGATED_SIDES |= {"piu": -1, "meno": 1}  # Italian "non più di", "non meno di", folded
_NEGATED_SIDES |= {"mehr": -1, "uber": -1, "weniger": 1, "unter": 1, "einmal": -2}  # German, folded


def _admitted_bounds(folded: str, other: str) -> list[tuple[int, int]]:
    """Where the negations of a folded text stand that bound a number by an amount ``other`` admits: "There are not
    over 10,000 US troops in Mexico" limits the number, it does not deny that US troops are in Mexico.  Admitted,
    where ``other`` has no negation nor contrast of its own, speaks of the thing counted, and either gives no amount
    of any kind ("There are US troops in Mexico": no number but a year, none of ``_AMOUNT_WORDS``) or gives one bare
    count of it the bound takes in ("No more than 155 US Marines entered Mexico" / "... approved 155 armed US
    Marines ...").  Anywhere else the negation denies as before: "Not even 100 US troops are in Mexico" is the
    opposite of "Thousands of US troops are in Mexico" (the reverted 34a20a8 read an amount in words as no amount),
    "not over 10,000" of "more than 10,000" and of "20,000"; "not even one" denies any; so does a bound hedged to
    leave room for none ("Not over 10 US troops, if any, are in Mexico").  An amount is also "20 000", "a brigade
    of", "a massive force of", "20,000-strong" (``_AMOUNT_WORDS``, ``_OTHER_AMOUNTS``; review35e found each read as
    none, so that a statement saying otherwise was noted 'same')."""
    if _NEGATED_BOUND.search(folded) is None or _NONE_HEDGE.search(folded):
        return []
    # "There are no US troops in Mexico", "... agents, not soldiers": two denials, weighed as ever
    if sum(_negations_and_refusals(other)) or _denied(other):
        return []
    amounts = _amounts(other)
    if amounts is None:
        return []
    # what a bound counts is read word by word (``_counted``), so the other text's words are read so too: alone,
    # "migranti" is read apart from the Italian text it stands in
    spoken_of = set(terms(other)) | {term for word in other.split() for term in terms(word)}
    spans = []
    for negation in _NEGATED_BOUND.finditer(folded):
        bound = _negated_bound(folded[negation.end() : negation.end() + _BOUND_WINDOW])
        if bound is None:
            continue
        side, number, counted = bound
        if not counted & spoken_of:
            continue
        said = [amount for amount, what in amounts if what & counted]
        if not said or (len(said) == 1 and _admits(side, number, said[0])):
            spans.append((negation.start(), negation.start() + len(negation.group().rstrip())))
    return spans


def _negated_bound(window: str) -> tuple[int, int, frozenset[str]] | None:
    """The bound opening ``window`` (a folded text just after a negation): the side it leaves the count on
    (``_NEGATED_SIDES``), its number and what it counts ("over 10,000 us troops in mexico" -> (-1, 10000,
    {"troop"})); None where no bound on a number of something stands there, or a number no bound leaves any of
    ("not even one", "not over 0")."""
    match = _BOUND.match(window) or _EVEN.match(window) or _SPANISH_BOUND.match(window) or _GERMAN_BOUND.match(window)
    # no bound word matched: a number denied bare ("not 10,000 US troops"), told by which expression matched, not
    # by the identity of a match's ``re`` (true only of the one compiled copy ``_BARE_NUMBER`` keeps)
    bare = match is None
    if match is None:
        match = _BARE_NUMBER.match(window)
    if match is None:
        return None
    words = match["rest"].split()
    number = _number_opening(words)
    if number is None or (len(words) > number[1] and re.fullmatch(r"\d{3}", words[number[1]])):
        return None  # no number, or one grouped by a space ("20 000") the bound is not read to the end of
    if (bare or match[0].startswith("up")) and PLAIN_YEAR.fullmatch(words[0]):
        return None  # "not up to 2019 levels", "not 2019 levels" bound no count: they deny (and so does "not 2000 US
        # troops", a number that may be a year; "not 3000", "not 2,000" limit)
    # a number denied bare is fewer than it: "There are not 10,000 US troops in Mexico" (as "not even 10,000")
    side = -2 if bare else _NEGATED_SIDES[match[0].split()[0]]
    value, length = number
    if value < (2 if side == -2 else 1):
        return None
    counted = _counted(_up_to_what_is_said_of_it(words[length:]))
    if bare and counted and _contrasted_away(window[match.start("rest") :], counted):
        return None
    return (side, value, counted) if counted else None


def _contrasted_away(window: str, counted: frozenset[str]) -> bool:
    """Whether a contrast after a number denied bare puts none or something else in place of what it counts: "not
    10,000 troops that were sent, it's 10,000 police", "not 10,000 soldiers but 10,000 police officers", "not 10,000
    US troops in Mexico, there are zero" deny the troops (review42b: each was read as a limit, 'same'); "not 10,000
    but 20,000 US troops", "..., only 500" still limit the number."""
    contrast = _BARE_CONTRAST.search(window)
    if contrast is None or len(window[: contrast.start()].split()) < 2:
        return False  # none, or "not 10,000 but 20,000 US troops": the one thing counted
    if _NONE_AT_ALL.match(contrast["alternative"]):
        return True
    words = contrast["alternative"].split()
    number = _number_opening(words)
    if number is None:
        return False
    instead = _counted(_up_to_what_is_said_of_it(words[number[1] :]))
    return bool(instead) and not instead & counted


#: a contrast after a number denied bare and the alternative it gives: ", it's 10,000 police", " but 10,000 police
#: officers", ", there are zero", German " sondern gar keine"
_BARE_CONTRAST = LazyPattern(
    r"(?:,\s*|\s)(?:but|sondern|(?:it|there|es)(?:'s|\s+(?:is|was|are|were|sind|waren|gibt|gab)))\s+"
    r"(?:(?:only|just|nur|gar)\s+)?(?P<alternative>(?:[^,.;:!?()—–]|[,.](?=\d))*)"
)
#: an alternative that is none, said with no negation ("none", "keine" deny themselves): "zero", German "null"
_NONE_AT_ALL = LazyPattern(r"(?:zero|null|0)\b")


def _up_to_what_is_said_of_it(words: list[str]) -> list[str]:
    """The words after a number of a folded text up to a participle after the first word of what it counts:
    "us marines entered mexico" counts marines, not Mexico (``_counted`` takes the words in capitals for names,
    and a folded text has none)."""
    for at, word in enumerate(words):
        if at and terms(words[at - 1]) and word.rstrip("s").endswith(("ed", "ing")):
            return words[:at]
    return words


def _number_term_opening(words: list[str]) -> tuple[str, int] | None:
    """The number term a run of words opens with and how many words say it: the shortest run of up to three read
    as one number ("10,000", "ten thousand"); None when they open with no number."""
    for length in range(1, min(3, len(words)) + 1):
        number = terms(" ".join(words[:length]))
        if len(number) == 1 and number[0].isdigit():
            # "ten" is a number, but "ten thousand" another: take the longer where it reads as another number
            # ("10,000 of them" is 10,000: "of" is no word of it)
            longer = terms(" ".join(words[: length + 1])) if length < len(words) else []
            if len(longer) == 1 and longer[0].isdigit() and longer != number:
                continue
            return number[0], length
    return None


def _number_opening(words: list[str]) -> tuple[int, int] | None:
    """The number a run of words opens with, as a value, and how many words say it (``_number_term_opening``, as
    ``_bounds`` reads it); None when they open with no number."""
    opening = _number_term_opening(words)
    return None if opening is None else (int(opening[0]), opening[1])


def _amounts(text: str) -> list[tuple[int, frozenset[str]]] | None:
    """The bare counts ``text`` gives, each number with what it counts (``_counted``: "155 armed US Marines" ->
    (155, {"marin"})); None where it gives an amount otherwise, or one that counts nothing read: a word of
    ``_AMOUNT_WORDS`` ("thousands of", "about 20,000"), a number word alone ("a hundred"), "US troops in Mexico
    number 20,000".  A year ("in 2025") is no amount."""
    if _AMOUNT_WORDS & set(_words(text)):
        return None
    # folded, as the negated bound it is set against is read: "155 armed US Marines" counts marines
    folded = YEARS_OF_EVENTS.sub(" ", _fold(text))
    named_years = {match[1] for match in NAMED_YEAR.finditer(text)}
    if _OTHER_AMOUNTS.search(folded):
        return None
    words = [word.strip("\"'“”‘’()[]:;!?") for word in folded.split()]
    found = []
    at = 0
    while at < len(words):
        opening = terms(words[at])
        if not (len(opening) == 1 and opening[0].isdigit()) and fold(words[at]) not in _MULTIPLIERS:
            at += 1
            continue
        number = _number_opening(words[at : at + 3])
        if number is None:
            return None  # "a hundred", "thousand": an amount read as no number
        following = [word.rstrip(".,") for word in words[at + number[1] : at + number[1] + _COUNTED_WORDS]]
        at += number[1]
        if following[:1] == ["of"] or (following and _AFTER_ABSENCE.fullmatch(following[0])):
            if PLAIN_YEAR.fullmatch(words[at - number[1]]):
                continue  # a year: "in spring 2025 for a joint exercise"
            return None  # "200 in April", "10,000 of them": what it counts is not read
        counted = _counted(_up_to_what_is_said_of_it(_what_a_number_counts(words[at : at + 2 * _COUNTED_WORDS])))
        if not counted and words[at - number[1]].rstrip(".,") in named_years:  # "Fénix 2025." ends a sentence
            continue  # a year naming an edition: "el ejercicio Fénix 2025"
        if not counted:
            return None  # a number counting nothing read: it may count the thing
        found.append((number[0], counted))
    return found


def _what_a_number_counts(words: list[str]) -> list[str]:
    """The first ``_COUNTED_WORDS`` words after a number of a folded text that may say what it counts, without "us"
    (a folded "US", no thing counted: "20,000 elite us troops" counts troops, not "elite") nor an adverb before a
    participle ("20,000 heavily armed us troops": "heavily armed" is said of the troops, it ends nothing)."""
    kept = [word.rstrip(".,") for word in words]
    kept = [
        word
        for at, word in enumerate(kept)
        if word != "us"
        and not (_ADVERB.fullmatch(word) and at + 1 < len(kept) and kept[at + 1].rstrip("s").endswith(("ed", "ing")))
    ]
    return kept[:_COUNTED_WORDS]


#: the words that say a number, and are not numbers in ``terms`` alone: "thousand" of "ten thousand"
_MULTIPLIERS = frozenset(("hundred", "thousand", "million", "billion"))


def _admits(side: int, bound: int, amount: int) -> bool:
    """Whether a negated bound (``_NEGATED_SIDES``: at most, at least, fewer than ``bound``) takes in ``amount``."""
    if side == -2:
        return amount < bound
    return amount <= bound if side < 0 else amount >= bound


def _bound_words(text: str, own: Bounds, others: Bounds) -> set[str]:
    """The words of ``text`` for the antonyms, with each "over" / "above" / "under" / "below" that bounds the same
    count as a bound of ``other`` read as the comparative it means: "There are under 10,000 US troops deployed in
    Mexico" says "fewer" against "There are more than 10,000 US troops deployed in Mexico".  Only a bound on the
    same number of the same thing: "most of them under 25", "children under 5", "at bases below 1,000 feet" bound
    something else than the claim's "more than 10,000 US troops", and "under" elsewhere is no bound at all ("under
    the radar").  ``own`` and ``others``: the bounds of ``text`` and of the other text (``_bounds``).

    The one bound of a text against a bound of the other on the other side of the same count, said the same of
    (``_opposed_bound``), says its comparative whatever the numbers: "under 10,000" against "more than 20,000" (it was
    'same': only the same number was read), and "under 20,000" against "more than 10,000", as "fewer than 20,000"
    does.  Where both bounds can hold, the claim's verdict is no verdict on the statement either: a FALSE "more than
    10,000" makes "fewer than 20,000" true (review40a: read as 'same', the FALSE was shown with no note)."""
    words = set(_words(text))
    sides: dict[str, set[int]] = {}  # per number, the sides its bounds put on it (once: per bound, it was quadratic)
    bounded: dict[str, int] = {}  # per number, how many bounds of any kind it has
    for side, number, _, _ in own:
        bounded[number] = bounded.get(number, 0) + 1
        if side in _GUARDED_SIDES:
            sides.setdefault(number, set()).add(_BOUND_SIDES[side])
    for bound, number, counted, said in own:
        if bound in _INCLUSIVE_COMPARATIVES:
            if bounded[number] == 1 and _under_a_lower_bound(int(number), counted, said, others):
                words.add(_INCLUSIVE_COMPARATIVES[bound])
            continue
        if len(sides.get(number, ())) > 1:
            continue  # "Under 100 migrants died in 2023, over 100 in 2024": both sides of the number, no one side
        if bound in _BOUND_COMPARATIVES and (
            any(number == their_number and counted & their_counted for _, their_number, their_counted, _ in others)
            or (len(own) == 1 and _opposed_bound(bound, counted, said, others))
        ):
            words.add(_BOUND_COMPARATIVES[bound])
    return words


def _opposed_bound(bound: str, counted: frozenset[str], said: frozenset[str], others: Bounds) -> bool:
    """Whether a bound of ``others`` is on the other side of a count from ``bound`` (``_BOUND_SIDES``), on the same
    thing and said the same of (as ``_under_a_lower_bound`` weighs them), whatever the numbers: "under 20,000" US
    troops in Mexico against "more than 10,000" there, as "fewer than 20,000" is."""
    side = _BOUND_SIDES[bound]
    return any(
        _BOUND_SIDES.get(their_bound) == -side and counted & their_counted and said == their_said
        for their_bound, _, their_counted, their_said in others
    )


def _under_a_lower_bound(number: int, counted: frozenset[str], said: frozenset[str], others: Bounds) -> bool:
    """Whether an inclusive upper bound ("at most 10,000 US troops are in Mexico": ``number``, what it counts, what
    is said of it, as ``_bounds`` reads them) leaves no room for a lower bound of ``others`` on the same thing, said
    the same of ("more than 10,000 US troops deployed in Mexico", "over 20,000"; ``_BEING_THERE``'s "deployed" is
    no term).  Narrower than "under" is read (``_bound_words``: any bound on the same number of the same thing):
    "At most 10,000 US troops are in Texas" leaves room for more than 10,000 in Mexico."""
    return any(
        _BOUND_SIDES.get(their_bound) == 1
        and int(their_number) >= number
        and counted & their_counted
        and said == their_said
        for their_bound, their_number, their_counted, their_said in others
    )


#: an amount in words no one counted, and the least it may be: "thousands of US troops" are at least 1,000 (taken at
#: the unit, though "thousands" says two at least), "hundreds of" 100, "dozens of" 12
#: the same in Spanish: "miles de soldados", "cientos de", "centenares de", "docenas de", "millones de"
_AMOUNT_OF = LazyPattern(
    r"\b(?P<amount>dozens|hundreds|thousands|millions|billions)\s+of\s+(?P<rest>[^,.;:!?()—–]+)"
    r"|\b(?P<cantidad>docenas|cientos|centenares|miles|millones)\s+de\s+(?P<resto>[^,.;:!?()—–]+)",
    re.IGNORECASE,
)
_AMOUNT_LEAST = {"dozens": 12, "hundreds": 100, "thousands": 1_000, "millions": 1_000_000, "billions": 1_000_000_000}
_AMOUNT_LEAST |= {"docenas": 12, "cientos": 100, "centenares": 100, "miles": 1_000, "millones": 1_000_000}


def _below_an_amount(bounds: Bounds, other: str) -> bool:
    """Does one of ``bounds`` (``_bounds``: a text's) put a count under the least of an amount in words that ``other``
    gives of the same thing (``_AMOUNT_OF``), saying the same of it?  "Fewer than 100 US troops are in Mexico" leaves
    no room for "Thousands of US troops are in Mexico", and was noted 'same' (no negation, no antonym word); "Fewer
    than 5,000" leaves room for thousands, and "Thousands of migrants" are another thing.  What is said of the thing
    counted must be the same (the terms after the number, and after "thousands of", to the clause's end; "are" and
    "were" are no terms, nor ``_BEING_THERE``'s "deployed"): fewer than 100 US troops killed in Mexico, or in Mexico
    against thousands in Texas, leave room for thousands there (review of match28: all four were 'opposite').  "At
    most 100", "up to 100", Spanish "menos de 100", "hasta 100" bound as "fewer than" does, against "miles de" as
    against "thousands of" (match34: 'same' before)."""
    # the highest count each bound leaves room for, below the least of the amount: "fewer than 1,000" is at most 999,
    # against thousands; "up to 1,000" may be 1,000 itself, which "thousands" (taken at 1,000) does not rule out
    uppers = [
        (int(number) - (bound not in _INCLUSIVE_BOUNDS), counted, said)
        for bound, number, counted, said in bounds
        if _BOUND_SIDES.get(bound) == -1
    ]
    if not uppers:
        return False
    for match in _AMOUNT_OF.finditer(other):
        least = _AMOUNT_LEAST[(match["amount"] or match["cantidad"]).lower()]
        rest = match["rest"] or match["resto"]
        # as written: a name qualifies what is counted ("US troops"), it is no thing counted
        what = _counted(rest.split())
        said_of_it = _said_of_a_count(rest.split())
        if any(highest < least and counted & what and said == said_of_it for highest, counted, said in uppers):
            return True
    return False


def _is_open_question(text: str) -> bool:
    return _OPEN_QUESTION.match(_fold(text)) is not None


#: terms that say only that something is, or is true: the claim "There are US troops in Mexico" or "US troops exist
#: in Mexico" says no more than the clause "US troops in Mexico" a closing verdict judges
_BEING = frozenset(terms("exist exists existed true", Language.ENGLISH) + terms("hay existe existen", Language.SPANISH))
#: a claim that something is, however it qualifies it: "There are more than 10,000 US troops deployed in Mexico"
_EXISTENCE = LazyPattern(r"^\W*(?:there\s+(?:is|are|was|were|['’]s)|hay|hubo|hab[ií]a)\b", re.IGNORECASE)


def _verdict_said_of(text: str, other: str) -> str:
    """``text`` without the denying verdict that closes it when the clause it judges does not say what ``other``
    says (``closing_verdict_judges``): calling "the moon landing photos" fake denies no claim that the flag in
    them is waving."""
    closing = closing_verdict(text)
    if closing is None or not closing.denies or closing_verdict_judges(text, other):
        return text
    other_closing = closing_verdict(other)
    if other_closing is not None and other_closing.denies:
        return text  # "The moon landing photos are fake" / "The moon landing was a hoax": both deny, left to agree
    return text[: closing.start]


def says_it_is_fake(text: str) -> bool:
    """Whether ``text`` denies what it says in its own words: a verdict closes it, however short its clause
    ("Climate change is a hoax"), or it says the thing was faked ("NASA faked the moon landing")."""
    closing = closing_verdict(text, of_a_name_too=True)
    if closing is not None and closing.denies:
        return True
    return _SAYS_FAKED.search(text if closing is None else text[: closing.start]) is not None


def closing_verdict_judges(text: str, other: str) -> bool:
    """Whether a verdict closing ``text`` ("X is fake news", "X is not fake news") judges what ``other`` says: the
    clause X says what ``other`` says, and ``other`` is no denial of its own (two texts that each deny what they
    judge, "The moon landing photos are fake" / "The moon landing was a hoax", agree).

    The clause says what ``other`` says when half the terms of ``other`` (but for ``_BEING``'s) are in it ("US
    troops in Mexico is fake news" / "There are US troops in Mexico"), or when ``other`` says that something is and
    each term of the clause is among its own ("10,000 US troops in Mexico is fake news" / "There are more than 10,000
    US troops deployed in Mexico": denying that they are there denies that they are deployed there)."""
    closing = closing_verdict(text)
    if closing is None:
        return False
    # however short its clause: "Climate change is a hoax" and "Man-made climate change is a hoax" both deny; so
    # does a claim that says the thing was faked: "The moon landing was a hoax" / "NASA faked the moon landing"
    if says_it_is_fake(other):
        return False
    judged = set(terms(text[: closing.start])) - _BEING
    said = without_verdict_framing(other)  # what the other says, without its own "It is false that"
    claimed = set(terms(said)) - _BEING
    covered = len(claimed & judged) * _COVERED_SHARE[1] >= len(claimed) * _COVERED_SHARE[0]
    return covered or (_EXISTENCE.match(said) is not None and judged <= claimed)


#: the share of the other text's terms the clause a closing verdict judges must hold to say what it says (half):
#: all of them was too strict: "Children cannot catch covid is false" lost its note against "Children cannot catch
#: COVID-19" (the "19"), "The Sandy Hook shooting was real" against "... was a hoax" (the "real"), "Sea level has
#: gone up 20 centimetres since 1900 is a myth" against "Sea levels have risen 20 cm since 1900" (a paraphrase the
#: matcher found).  The cost: "The moon landing photos are fake", holding 3 of the 5 terms of "The flag in the moon
#: landing photos is waving", is read as denying it
_COVERED_SHARE = (1, 2)
#: a verb saying that something was faked, as a closing verdict does ("NASA faked the moon landing"); not "fake",
#: "hoax" or "myth" as a word of what a claim is about ("Trump's fake electors were charged", "the autism myth")
_SAYS_FAKED = LazyPattern(r"\b(?:faked|faking)\b", re.IGNORECASE)


def closest_claim_wording(statement: str, statement_terms: set[str] | frozenset[str], claim: Claim) -> str:
    """The claim's text or the alias sharing most terms (``statement_terms``) with the statement (the claim text on
    ties), of those in the statement's language (``in_its_language``): the wording ``polarity`` compares."""
    wordings = in_its_language(statement, (claim.claim, *claim.aliases))
    overlaps = [len(statement_terms & term_set(w)) for w in wordings]
    return wordings[max(range(len(wordings)), key=lambda i: (overlaps[i], -i))]


def _denies_the_actor(statement: str, claim_text: str) -> int:
    """1 when either text denies, in an aside after its actor, the actor the other opens with
    (``substitution.aside_denies_the_opening_actor``), else 0."""
    # imported here: ``substitution`` costs importing ``polarity`` some 150-190 ms, which most callers never use
    from .substitution import aside_denies_the_opening_actor

    return int(
        aside_denies_the_opening_actor(statement, claim_text) or aside_denies_the_opening_actor(claim_text, statement)
    )


#: a verdict that is a sentence of its own closing a text, judging the one sentence before it: "X. That is false.", "X.
#: Fake.", "X. Totally false.", "X. Not true."; denied ("That's not false", "Not fake news") or "That's true." it
#: affirms X; asked ("X. That is false?", incredulous) it is none.  The deictic "that" points at the sentence before
#: it, the only thing in the text it can point at (opening a text, "That's false, X" points at what X answers:
#: ``_truth``); "it" and "this" point at a thing X names as often ("Trump posted a video of US troops in Mexico. It was
#: fake.": the video was, fixpolar98), so they judge X only where X names no such thing (``_THINGS_JUDGED``), calls
#: nothing false or fake itself (``_FALSENESS_SAID``) and their verdict is no bare "fake" or "hoax" (polar107)
_VERDICT_SENTENCE = LazyPattern(
    r"(?<=[.!?])[\s\"”’')]*\s(?P<verdict>(?:(?:that|(?P<pronoun>it|this))(?:['’]s|\s+is|\s+was)(?P<contracted>n['’]t)?\s+)?"
    r"(?:(?:just|all|simply|totally|completely|absolutely|entirely|pure|total|complete|100%|not)\s+){0,3}(?:an?\s+)?"
    r"(?P<value>false|untrue|fake(?:\s+news)?|myth|hoax|lie|debunked|true))[^\w?]*\Z",
    re.IGNORECASE,
)
#: a Spanish verdict sentence (polar107): "X. Eso es falso." ("eso", "that"), "X. Es un bulo." (the subject dropped, as
#: "It is ..." reads: ``_THINGS_JUDGED``), "X. Esto es mentira.", "X. No es cierto.", "X. ¡Falso!".  Masculine
#: ("falso", "un bulo"), as a statement is: "Es falsa" speaks of a feminine thing ("la foto"), never of a statement
_SPANISH_VERDICT_SENTENCE = LazyPattern(
    r"(?<=[.!?])[\s\"”’')]*\s¡?(?P<verdict>(?:(?:(?P<that>eso)|(?P<pronoun>esto))\s+)?"
    r"(?P<verb>(?:no\s+)?(?:es|era|fue)\s+(?:(?:totalmente|completamente|absolutamente|simplemente)\s+)?(?:un\s+|una\s+)?)?"
    r"(?P<value>falso|mentira|bulo|mito|cierto|verdad))[^\w?]*\Z",
    re.IGNORECASE,
)
#: things "it", "this" or a Spanish dropped subject may point at rather than at the sentence naming them ("Fox News ran
#: a story about 10,000 troops. It was false.": the story was); a word of them anywhere in X keeps the verdict unread
#: (the media a paper runs or a post shares are ``text.MEDIA_NOUNS``, one list with claimlike's)
_THINGS_JUDGED = LazyPattern(
    r"(?<!\w)(?:" + MEDIA_NOUNS + "|"
    r"clips?|footage|films?|movies?|documentar(?:y|ies)|photos?|photographs?|pictures?|pics?|slogans?|chains?|"
    r"images?|screenshots?|memes?|charts?|graphs?|maps?|posters?|flyers?|leaflets?|letters?|documents?|"
    r"memos?|files?|dossiers?|tweets?|threads?|messages?|e-?mails?|"
    r"texts?|quotes?|quotations?|audios?|recordings?|tapes?|transcripts?|interviews?|speech(?:es)?|"
    r"statements?|claims?|rumou?rs?|news|broadcasts?|segments?|accounts?|profiles?|websites?|sites?|pages?|ads?|"
    r"adverts?|advertisements?|stud(?:y|ies)|surveys?|polls?|papers?|books?|figures?|statistics?|stats?|numbers?|"
    r"lists?|petitions?|certificates?|passports?|leaks?|theor(?:y|ies)|announcements?|releases?|podcasts?|reels?|"
    # what was promised, offered, testified, alleged or estimated ("Trump made an offer ... It was a lie.": the offer
    # was, fixpolar107)
    r"promises?|offers?|pledges?|threats?|testimon(?:y|ies)|allegations?|estimates?|press\s+conferences?|"
    # Spanish
    r"v[ií]deos?|fotos?|fotograf[ií]as?|im[aá]gen(?:es)?|cartas?|documentos?|informes?|noticias?|art[ií]culos?|"
    r"publicaci[oó]n(?:es)?|tuits?|mensajes?|audios?|grabaci[oó]n(?:es)?|citas?|declaraci[oó]n(?:es)?|rumor(?:es)?|"
    r"titular(?:es)?|capturas?|montajes?|gr[aá]ficos?|mapas?|encuestas?|estudios?|cuentas?|p[aá]ginas?|anuncios?|"
    # "un cartel" is a poster; a drug cartel ("los carteles de la droga", "el cartel de Sinaloa") is the starter's
    # subject, no thing judged
    r"cartel(?:es)?(?!\s+(?:de(?:l)?\s+(?:la\s+|las\s+)?(?:drogas?|narco\w*|sinaloa|jalisco|golfo|noreste|"
    r"tijuana|ju[aá]rez|santa\s+rosa)\b))|cifras?|datos?|historias?|reportajes?|comunicados?|entrevistas?|discursos?|certificados?|"
    r"promesas?|ofertas?|amenazas?|testimonios?|acusaci[oó]n(?:es)?|estimaci[oó]n(?:es)?|ruedas?\s+de\s+prensa|"
    r"conferencias?\s+de\s+prensa)(?!\w)",
    re.IGNORECASE,
)
#: verbs reporting what someone said, promised or offered: "it" after them is what was said as often as X ("Mexico said
#: US troops would not come into Mexico. It was a lie.": Mexico said it, the writer agrees; what it said is the lie),
#: so "it", "this" and a Spanish verb without its subject are left unread there (fixpolar107); "that" is read
_SAYING = LazyPattern(
    r"(?<!\w)(?:say|says|said|saying|stated|told|tells|claim(?:s|ed|ing)?|promis(?:e|es|ed|ing)|offer(?:s|ed|ing)?|"
    r"pledg(?:e|es|ed|ing)|vow(?:s|ed|ing)?|announc(?:e|es|ed|ing)|declar(?:e|es|ed|ing)|insist(?:s|ed|ing)?|"
    r"assur(?:e|es|ed|ing)|warn(?:s|ed|ing)?|threaten(?:s|ed|ing)?|alleg(?:e|es|ed|ing)|testif(?:y|ies|ied|ying)|"
    r"estimat(?:e|es|ed|ing)|deni(?:ed|es)|deny(?:ing)?|tweet(?:s|ed|ing)|wr(?:ote|ites|itten)|according\s+to|"
    # Spanish
    r"dij(?:o|eron)|dice[ns]?|afirm(?:a|an|ó|aron)|asegur(?:a|an|ó|aron)|promet(?:e|en|ió|ieron)|"
    r"ofrec(?:e|en|ió|ieron)|anunci(?:a|an|ó|aron)|declar(?:a|an|ó|aron)|sostuv(?:o|ieron)|sostienen?|"
    r"insisti(?:ó|eron)|advirti(?:ó|eron)|amenaz(?:a|an|ó|aron)|neg(?:ó|aron)|niegan?|tuite(?:a|an|ó|aron)|"
    r"escribi(?:ó|eron)|seg[uú]n)(?!\w)",
    re.IGNORECASE,
)
#: words saying that something is false or fake: where X says them itself, "it" may point at the thing X calls so,
#: agreeing ("The moon landing was staged in a studio. It's a lie.": the landing is, says the writer)
_FALSENESS_SAID = LazyPattern(
    r"(?<!\w)(?:fake[ds]?|faking|staged|hoax(?:es)?|scams?|lies|lied|lying|fabricat\w*|made\s+up|invented|false\w*|"
    r"myths?|frauds?|fraudulent|rigged|forged|forger(?:y|ies)|doctored|photoshopped|conspirac(?:y|ies)|cover-?up|"
    r"propaganda|fals[oa]s?|bulos?|mentiras?|montajes?|inventad[oa]s?|fraudes?|mitos?|amañad[oa]s?)(?!\w)",
    re.IGNORECASE,
)
#: words judging or doubting what another sentence of a post says, in words no verdict rule here reads whole ("X.
#: Lies!", "X. Completely made up.", "X. Just kidding.", "X. I doubt it.", "X. Sure, and I am the Pope.", "X. C'est
#: faux."): ``check --sentences`` reads a post holding one whole rather than match X alone as agreeing (review of
#: sentences125).  One home for these verdict words, beside ``_FALSENESS_SAID``; whatever the sentence's length
_DOUBTING = LazyPattern(
    r"(?<!\w)(?:false\w*|fake[ds]?|fakes|hoax(?:es)?|lies|lie|lied|lying|liars?|myths?|debunk\w*|untrue|wrong|"
    r"misleading|nonsense|bs|bullshit|rumou?rs?|nope|propaganda|fabricat\w*|scams?|satire|made\s+up|"
    r"kidding|joking|jk|doubt\w*|dubious|skeptical|sceptical|as\s+if(?=\W*\Z)|yeah,?\s+right|ya\s+right|s[ií],?\s+claro|"
    r"sure,?\s+and\s+i(?:['’]m|\s+am)|want\s+you\s+to\s+believe|so\s+they\s+(?:say|claim)|don['’]?t\s+believe|"
    r"falso|falsa|bulo|mentira|enga[nñ]oso|faux|fausse|falsch|l[üu]ge\w*)(?!\w)",
    re.IGNORECASE,
)
#: the most words a sentence judging its neighbour by a negation alone has ("That is not true at all."): a longer one
#: holding a negation is a statement of its own ("Vaccines do not cause autism, whatever they tell you.")
_JUDGING_BY_NEGATION_WORDS = 6


def doubts_another_sentence(sentence: str) -> bool:
    """Whether ``sentence`` of a post may judge or doubt what another of its sentences says: a judging or doubting
    word of any length of sentence (``_DOUBTING``: "Completely made up.", "Anyone who tells you this is lying to
    you."), or a negation in a short one ("Don't believe it.", "Not."), which polarity reads only within the sentence
    it is in."""
    if _DOUBTING.search(sentence) is not None:
        return True
    return len(sentence.split()) <= _JUDGING_BY_NEGATION_WORDS and negation_count(sentence) > 0


#: a verdict "it" or "this" says of a thing as often as of a sentence, read after "that" alone: any object can be a
#: fake ("Sheinbaum wore a Rolex. It was fake."), an event a hoax ("The pandemic was planned. It was a hoax.")
_VERDICTS_OF_THINGS = frozenset({"fake", "hoax"})
#: a headline's label opening a text, denying ("FALSE: X") or not ("TRUE: X")
_OPENING_LABEL = LazyPattern(r"^\W*(?:" + DENYING_LABELS + r"|true)\s*[:!]", re.IGNORECASE)
#: "not" among a verdict sentence's words (``_VERDICT_SENTENCE``): "That is not true", "Not false", "No es cierto"
_NOT_IN_A_VERDICT = LazyPattern(r"\bnot?\b|n['’]t\b", re.IGNORECASE)
#: the values of a verdict sentence that affirm what it judges: "That's true.", "Es verdad.", "Eso es cierto."
_TRUE_VALUES = frozenset({"true", "cierto", "verdad"})


def _judged_by_a_verdict_sentence(text: str) -> tuple[str, bool]:
    """The sentence a verdict closing ``text`` as a sentence of its own judges (``_VERDICT_SENTENCE``,
    ``_SPANISH_VERDICT_SENTENCE``), and whether the verdict denies it ("X. That is false.": X, True; "X. That's not
    false.", "X. That's true.": X, False); ``text`` and False when there is none.  The writer quotes a claim and calls
    it false: what the text says is the opposite of what X says, however X is read (polar98: "Mexico didn't refuse the
    SEALs, they approved them. That is false." agreed with the claim that Mexico approved them, as the correction it
    quotes does; "That is false" was read as the word "false", "That is not true" as one more negation counted among
    X's, which a correction in X had blanked).

    Only after one sentence of at least three words (which sentence "that" judges in a longer text is not told), and
    not after one holding a verdict of its own ("FALSE: X. That's a lie.", "Some say X is a myth. That is false.":
    which the second judges is not told either); "X, that's false" (no sentence of its own) is left as it was.  With
    "it", "this" (or Spanish "esto", or no subject: "Es falso.") only where X names no thing they may point at
    (``_THINGS_JUDGED``), calls something false or fake itself (``_FALSENESS_SAID``) nor reports what was said,
    promised or offered (``_SAYING``, fixpolar107), and not with a bare "fake" or "hoax" (``_VERDICTS_OF_THINGS``,
    polar107)."""
    points_at_a_thing = _an_english_subject_points_at_a_thing
    match = _VERDICT_SENTENCE.search(text)
    if match is None:
        points_at_a_thing = _a_spanish_subject_points_at_a_thing
        match = _SPANISH_VERDICT_SENTENCE.search(text)
    if match is None:
        return text, False
    judged = text[: match.start()].strip()
    sentence = _INITIALISM.sub(lambda m: m[0].replace(".", ""), judged)
    if (
        _SENTENCE_BREAK.search(sentence) is not None
        or len(sentence.split()) < _WORDS_BEFORE_A_VERDICT_SENTENCE
        or _OPENING_LABEL.match(sentence) is not None
        or closing_verdict(sentence.rstrip(".!? "), of_a_name_too=True) is not None
        or _TRUTH.search(" ".join(sentence.lower().replace("’", "'").split())) is not None
        or (points_at_a_thing(match) and _may_point_at_something_else(sentence))
    ):
        return text, False
    value = match["value"].lower()
    if match["pronoun"] is not None and value in _VERDICTS_OF_THINGS:
        return text, False
    denied = _NOT_IN_A_VERDICT.search(match["verdict"]) is not None
    return judged, (value in _TRUE_VALUES) == denied


def _may_point_at_something_else(sentence: str) -> bool:
    """Whether "it", "this" (or a Spanish verb without its subject) closing ``sentence`` may point at something it
    names (``_THINGS_JUDGED``), calls false or fake itself (``_FALSENESS_SAID``) or reports as said, promised or
    offered (``_SAYING``, fixpolar107) rather than at ``sentence``."""
    return any(pattern.search(sentence) is not None for pattern in (_THINGS_JUDGED, _FALSENESS_SAID, _SAYING))


def _an_english_subject_points_at_a_thing(match: re.Match[str]) -> bool:
    """Whether the subject of a ``_VERDICT_SENTENCE`` may point at a thing its sentence names: "it", "this"; not
    "that", nor a verdict without a subject ("False.")."""
    return match["pronoun"] is not None


def _a_spanish_subject_points_at_a_thing(match: re.Match[str]) -> bool:
    """Whether the subject of a ``_SPANISH_VERDICT_SENTENCE`` may point at a thing its sentence names: "esto", or a
    verb without its subject ("Es un bulo."); not "eso", nor a verdict without a verb ("¡Falso!").  One function per
    pattern, each reading its own groups (the English pattern has no "verb" nor "that")."""
    return match["pronoun"] is not None or (match["verb"] is not None and match["that"] is None)


def without_verdict_sentence(text: str) -> str:
    """``text`` without a verdict closing it as a sentence of its own ("X. That is false." -> "X."), as
    ``_judged_by_a_verdict_sentence`` reads it; ``text`` when there is none."""
    return _judged_by_a_verdict_sentence(text)[0]


#: the fewest words of the sentence a verdict sentence judges (``_judged_by_a_verdict_sentence``), as of the clause a
#: closing verdict judges (``text._WORDS_BEFORE_A_CLOSING_VERDICT``)
_WORDS_BEFORE_A_VERDICT_SENTENCE = 3


def _says_yes(text: str, refusing: str) -> bool:
    """Does ``text`` say a yes that a refusal of the ``refusing`` text says no to (``_ACCEPTING``), or sign what it
    refuses (``_SIGNING``: ``_refuses_its_own_signing``)?"""
    said = set(_words(text))
    if _ACCEPTING & said:
        return True
    return bool(_SIGNING & said) and _refuses_its_own_signing(text, refusing)


def _refuses_its_own_signing(signing: str, refusing: str) -> bool:
    """Is the ``refusing`` text's refusal a no to the ``signing`` text's signing: no negation in it (a denial read
    as a contrast, "didn't sign it, he refused to", counts as one), no signing of its own ("Mexico refused the order
    Trump signed", "Messi turned down Barcelona and signed with Inter Miami": each says the signing too), and the one
    refusing is the one signing or the party it signs with ("Manila rejected a defence treaty with the US" / "The US
    signed a defence treaty with the Philippines")?  Another's refusal is no denial that the signer signed ("Britain
    refused to sign the treaty" / "France signed the treaty", "The US Senate rejected the Treaty of Versailles" /
    "Woodrow Wilson signed the Treaty of Versailles", "Mexico's president turned down Trump's offer" / "Trump
    signed an order offering ...": review of actor97).  The one is the word before the verb, as written: a text
    whose refusal or signing has no one right before it is read as on main (no yes)."""
    # its verdict framing read apart ("FALSE: X", "It is a myth that X", "X is fake news"): the label's "not" would
    # otherwise read as a negation of the refusal, leaving the label alone to turn the reading round (int review)
    refused = _words(without_verdict_framing(refusing))
    if "signed" in refused or any(word.replace("'", "") in _NEGATIONS or word.endswith("n't") for word in refused):
        return False
    refuser = _one_before(refused, _REFUSALS)
    signed = _words(signing)
    signer = _one_before(signed, _SIGNING)
    if refuser is None or signer is None:
        return False
    parties = {signer}
    for at in range(len(signed) - 1):
        if signed[at] == "with":
            party = next((word for word in signed[at + 1 :] if word not in ("a", "an", "the")), None)
            parties |= {_as_a_country(party)} if party is not None else set()
    return refuser in parties


def _one_before(words: list[str], verbs: frozenset[str]) -> str | None:
    """The word right before the first of ``verbs`` in ``words`` (an adverb in "-ly" passed: "Mexico formally
    rejected"), as its country where it is a capital ("Manila": "philippines"); None where none stands before it."""
    for at, word in enumerate(words):
        if word.replace("'", "") in verbs:
            before = [found for found in words[:at] if not found.endswith("ly")][-1:]
            return _as_a_country(before[0]) if before else None
    return None


def _as_a_country(word: str) -> str:
    """A word as written, without its "'s", as its country where it is a capital (``text.CAPITAL_CITIES``)."""
    word = word.removesuffix("'s")
    return _CAPITALS_COUNTRIES.get(word, word)


_CAPITALS_COUNTRIES = {fold(city).lower(): fold(country).lower() for city, country in name_pairs(CAPITAL_CITIES)}


def polarity(statement: str, claim_text: str) -> str:
    """``"opposite"`` when ``statement`` contradicts ``claim_text`` by negation or antonym, else ``"same"``.
    Of a claim text over ``model.MAX_COMPARED_CHARS`` characters, the first are read."""
    claim_text = compared_text(claim_text)
    # "Correction: no, X" answers no as "No, X" does; "1. FALSE: X" denies X as "FALSE: X" does
    statement = without_publisher_label(without_list_place(statement))
    # "Wait, no, X isn't Y" answers no as "No, X isn't Y" does: the matcher reads past the interjection, so polarity
    # does too (``without_interjection``; else "no ... not" was one denial too many and read as a double negation)
    statement = without_publisher_label(without_interjection(statement))
    # "X. That is false." says the opposite of what X says (``_judged_by_a_verdict_sentence``)
    statement, statement_denied = _judged_by_a_verdict_sentence(statement)
    # the claim side keeps a list place ("1. X. That is false."), which would be a sentence of its own before X
    listed_claim = without_list_place(claim_text)
    judged_claim, claim_denied = _judged_by_a_verdict_sentence(listed_claim)
    if judged_claim != listed_claim:
        claim_text = judged_claim
    said = _polarity_as_written(statement, claim_text)
    if statement_denied == claim_denied:
        return said
    return SAME if said == OPPOSITE else OPPOSITE


def _polarity_as_written(statement: str, claim_text: str) -> str:
    """``polarity`` of two texts read as they are written, each without a verdict sentence closing it."""
    # "X didn't refuse Y, they approved Y" says "X approved Y" (``_as_its_correction``); before a closing verdict is
    # set aside, so that one closing the text still keeps its denial as written
    statement, claim_text = _as_its_correction(statement, claim_text), _as_its_correction(claim_text, statement)
    statement, claim_text = _verdict_said_of(statement, claim_text), _verdict_said_of(claim_text, statement)
    if _is_open_question(statement) and negation_count(statement) == 0:
        return SAME
    s_negations, s_refusals = _negations_and_refusals(statement, claim_text)
    c_negations, c_refusals = _negations_and_refusals(claim_text, statement)
    s_negations -= _unshared_absences(statement, claim_text)
    c_negations -= _unshared_absences(claim_text, statement)
    if _before_the_span(statement, claim_text):
        s_negations = 0
    if _before_the_span(claim_text, statement):
        c_negations = 0
    flips = s_negations + c_negations
    # A refusal is a negation against a text that says yes or no itself (a negation, a refusal, "accepted",
    # "confirmed"); against one that does neither it is likely the same refusal in other words: "Mexico
    # rebuffed Trump's offer", "The Senate voted down the request" are what "rejected" says.
    if s_refusals and (c_negations or c_refusals or _says_yes(claim_text, statement)):
        flips += s_refusals
    if c_refusals and (s_negations or s_refusals or _says_yes(statement, claim_text)):
        flips += c_refusals
    # an aside denying the actor the other text opens with ("Canada, not Mexico, approved ..." for "Mexico's Senate
    # approved ..."), though the denied name is said again elsewhere ("... to train Mexican naval special forces")
    flips += _contrast_flips(statement, claim_text) or _denies_the_actor(statement, claim_text)
    if _antonym_flips(set(_words(statement)), set(_words(claim_text)), _DIRECTIONS):
        # "Inflation fell below 5%" / "Inflation rose above 5%": the bounds say the rise and the fall again, one
        # contradiction, not two (read as 'same', a FALSE "rose above 5%" was shown with no note)
        flips += _antonym_flips(set(_words(_without_bounds(statement))), set(_words(_without_bounds(claim_text))))
    else:
        flips += _antonym_flips(*_bounds_said_as_comparatives(statement, claim_text))
    flips += _comparison_flips(statement, claim_text)
    return OPPOSITE if flips % 2 else SAME
