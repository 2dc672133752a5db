"""The words and tags around a personal name: what may follow one, what breaks a list, what
the model's tags of a name's neighbours are. Shared by :mod:`yamen.entities.names` and
:mod:`yamen.entities.name_splits`.
"""

from __future__ import annotations

import re

# What may follow a name directly: punctuation, or a verb or particle of the genre.
AFTER_NAME = re.compile(
    r"[、，,。；;：:（(）)\s“”\"]|$|等|同志|一行|出席|主持|会见|会谈|会面|表示|指出|强调|说|讲话|致辞|"
    r"介绍|陪同|参加|在|到|来|赴|率|和|与|及|分别|也|还|先后|对|向|为|主任|代表|看望|调研|考察|"
    r"前往|深入|听取|宣布|当选|任|被|感谢|总书记|主席|总理|委员长|常委|访问|作|第|\d"
)
HAN = re.compile(r"[\u4e00-\u9fff]")
# Characters that, after a name, begin the words the model reads a given name into (韩|正在
# 参加: 韩正 + 在; 张|高说: 张高 + 说).
FOLLOWS_NAME = frozenset("在说是将到会为对向与和同要也还就作")
# Verbs of a report that follow a speaker's name (…作了说明, …作的报告, …表示).
REPORT_VERB = re.compile(r"作|说|表示|指出|强调|介绍|主持|出席|讲话|致辞|汇报")
# How a post ends: a run that ends so is a title, not a name (任组长, 王局长).
POST_END = re.compile(r"(?:长|书记|主任|主席|委员|经理)$")
# Particles no given name holds (市委书记来了: 来了 is no name).
NEVER_GIVEN = re.compile(r"[了的着过们吗呢吧啊么]")
BREAK = re.compile(r"[、，,。；;：:（(）)\s“”\"]|$")
# LAC tags of words that cannot end a name: particles, prepositions, conjunctions,
# adverbs, verbs, pronouns, numerals, measure words, punctuation. (Direction words stay
# possible: LAC reads the 中 of 王伟中 as one.)
FUNCTION_TAGS = frozenset({"u", "p", "c", "d", "v", "vd", "r", "m", "q", "xc", "w"})
CONJUNCTION_TAGS = frozenset({"c", "p", "u"})
HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
# A foreign name with its separator dot, each part up to seven characters: 劳尔·卡斯特罗.
# Only after a title or in a list, where a break must follow it.
DOTTED_NAME = r"[\u4e00-\u9fff]{1,7}(?:·[\u4e00-\u9fff]{1,7})+"
DOTTED = re.compile(DOTTED_NAME + r"(?=[、，,。；;：:（(\s\d]|$)")
DOTTED_WHOLE = re.compile(DOTTED_NAME)
MAX_DOTTED = 24
# Words the model leaves before a name that it does not tag as verbs (致|电 塔内希·马茂).
OPENERS = frozenset({"电", "函", "致"})
# Bodies the model sometimes runs into a name before them (免去李金早政协第十三届…).
BODY_ENDINGS = ("政协", "人大", "党委", "政府", "同志")
# Words whose first character the model runs into a name before them (卢拉针|对其上诉,
# 普京通|电话).
RUN_IN_WORDS = ("针对", "对于", "由于", "关于", "等于", "通电话", "副委员长", "副主席", "副总理",
                "副省长", "副市长", "作了", "作的", "作出", "特使", "工作", "率团", "率领",
                # 克林顿派|代表前来祝贺: 派 "sent" run into the name
                "派代表", "派特使", "派出", "派遣", "派人",
                "以及",  # 南非总统祖马以|及
                "进展")  # 夏收进|展顺利
# Conjunctions the model sometimes tags as a name's first character (和通伦, 同苏林).
JOINING = frozenset("和与同及")
# A note after a name in a list: sex, ethnicity, sector, (兼) — not part of the name.
NOTE = re.compile(r"[（(][^）)\n]{1,12}[）)]")
LIST_SEPARATORS = "、"
# Tags the model gives some names right after a title (金大中 as ORG): taken there when
# the word reads as a name (surname first, then a break or a verb of the genre).
NAME_LIKE_TAGS = frozenset({"ORG", "LOC", "nz", "nw"})
# Tags of common words: one of them read exactly where a name would be is no name.
# (Nouns are not among them: the model tags many names after titles n, 南非总统祖马/n; the
# nouns that collide with names are listed in data/not_names.txt.)
COMMON_TAGS = frozenset({"vn", "an", "a", "ad", "v", "vd", "d", "s", "f", "t"})

# A transliterated name is up to seven characters; a lead character the model split off
# makes it one longer (别|尔德穆哈梅多夫, eight).
MAX_FOREIGN_NAME = 7
MAX_LED_NAME = MAX_FOREIGN_NAME + 1
