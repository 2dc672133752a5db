"""Cues that a short Chinese-looking name the model alone gives is a person's.

The model tags as persons many two-character words that begin with a surname's character:
words of slogans (山水林田湖草 → 林田, 西部陆海新通道 → 陆海, 培根铸魂), of reforms and crops
(林改, 林农, 夏种), directions (向东推进), seasons and scenery (夏花绚烂, 白雪消融), and the
ends or starts of foreign places (桑给巴尔, 杜尚别). A real two-character name in the news
nearly always stands with a cue somewhere in the text: a role before it (村民杨军, 运动员丁宁,
局长苏燚, 省直机关的井钟), a verb of speech or taking part after it (王晨参加会见, 林恩先生,
钟鸣：…), or a list of names (宋琦、宋鹏). A name with no cue at any of its mentions is no
person's. Names already read after a title (the chains) do not need a cue.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from yamen.entities.gazetteer import gazetteer
from yamen.entities.title_lexicon import tables
from yamen.lexicon import MAX_NAME, surnamed, transliterated, words

# A role, occupation or relation right before a name (at most a few characters away).
_ROLE_BEFORE = re.compile(
    r"(?:[员者户手官士兵警匠家使队]|[钳焊电技矿木瓦车漆铆钻]工|领队|候选人|总监|经理|助理|总统|总理|首相|主席|国王|王储|"
    r"议长|领导人|总干事|大臣|[^发出]生|[^誓]师|[^成增延]长|[村农居市牧渔藏]民|工人|职工|员工|"
    r"代表|冠军|书记|主任|委员|主委|同志|干部|专家|学者|院士|教授|夫人|妻子|丈夫|儿子|女儿|"
    r"父亲|母亲|爷爷|奶奶|老伴|青年|少年|姑娘|小伙|老人|司令|总裁|董事|名叫|叫做|叫|像|"
    r"让|把|陪同|看望|慰问|会见|见到|找到|[一二两三四五六七八九十\d]+岁的|"
    # 嫁给了刘杰; 主持人霍尔, 发言人…: a person's relation or role
    r"嫁给了?|娶了?|主持人|发言人|负责人|创始人|当事人|嫌疑人|被告人|经纪人)$")
# Verbs of thought, perception and handling only a person is the subject of (尹莉明白,
# 欣嘉拿着): no word of a slogan, a crop or a scene stands before them.
THOUGHT_VERBS = r"明白|知道|懂得|觉得|感到|发现|看到|看见|听到|想到|想起|记得|相信|拿着|手拿|负责"
# The same as a cue after a name, not as a noun phrase (看到的是大海: what is seen).
_THOUGHT = re.compile(rf"(?:{THOUGHT_VERBS})(?!的)")
# A preposition and a direction (向东看到…): a way, not a person's name.
_WAYS = re.compile(r"[向往朝从][东南西北]")
# What follows a name: speech, taking part, a form of address, a caption's colon, a list.
_PERSON_AFTER = re.compile(
    r"(?:说|表示|指出|强调|称|认为|介绍|告诉|宣布|总统|总理|首相|主席|国王|两位|为|访问|出访|考察|调研|"
    r"视察|察看|走访|抵达|会见|会晤|会谈|致信|致电|致辞|发表|签署|听取|慰问|获得|夺得|荣获|所在|"
    r"请辞|辞去|不再|当选|担任|任|案|"
    r"的(?!话题)|大夫|[一二三四五六七八九]段|元帅|烈士|主演|回忆|坦言|感慨|笑|参加|出席|主持|陪同|看望|"
    r"同志|先生|女士|老师|医生|代表|[总副]?(?:书记|主席|总理|总统|委员长|主任|部长|省长|市长|县长)|"
    r"常委|委员|等人|今年|[\d一二三四五六七八九十]+岁|"
    # 肖丰等人, 杨洁篪等参加; not 康养等产业
    r"等(?:[人，,。；同参出陪就在分作]|\d|严重|违纪|违法)|一家|家[里中人]|夫妇|"
    r"[：:（(]|是|被|在|也|还|就|都|已|曾|又|正|将|从|带领|带着|率|来到|成为|"
    # 陈梦4比2战胜…: a player's result; 明仁天皇: a monarch's title
    r"\d+[比:：]\d+|战胜|击败|夺冠|获胜|负于|不敌|卫冕|天皇|女王|亲王|王储|王子|公主)")
# Between the names of a list (宋琦、宋鹏, 巴尔托洛内和拉尔谢): a cue where a name stands on
# the other side.
_LISTED = ("、", "和", "与", "同")
# Where a clause opens, and prepositions after its subject (朱德对部队…, 王毅向记者…).
_CLAUSE_OPENS = frozenset("。！？；，：\n ")
_SUBJECT_BEFORE = frozenset("对向给跟把以")  # 1995年11月，卢亮以…为由
# What may follow a name qualified with 的 (做电商的张斌，省直机关的井钟被选派).
_AFTER_QUALIFIED = frozenset("，,。、是被成把在也就都将从已曾还又因")  # 山东的陈雪因为
# Where a clause ends.
_ENDS = frozenset("。，,；！？")
# 遭到 "meet with", then a person's act against someone (遭到喻晖拒绝).
_SUFFERED = ("遭到", "受到")
_ACTED = re.compile(r"(?:拒绝|反对|批评|指责|殴打|阻拦|威胁|起诉|举报|报复)")
# How far before a mention a role may end (村民 王军虎: a space between).
_ROLE_WINDOW = 8
# How many mentions are looked at: a cue is near the first few if anywhere.
_MAX_MENTIONS = 12


def cued_somewhere(text: str, name: str, names_at: Callable[[int, int], bool]) -> bool:
    """Whether some mention of ``name`` in ``text`` has a cue of a person (see above);
    ``names_at(start, end)`` tells whether a name starts at ``start`` or ends at ``end``
    (for a list: 宋琦、宋鹏, not 杨树、沙柳)."""
    for count, match in enumerate(re.finditer(re.escape(name), text)):
        if count >= _MAX_MENTIONS:
            break
        if _cued_at(text, match.start(), match.end(), names_at):
            return True
    return False


def _names_listed_after(text: str, end: int, names_at: Callable[[int, int], bool]) -> bool:
    """陈雷、达久木甲、磨长英、谢茹: a name the model reads after one of the next separators
    of a list (the model does not read every name of a long list)."""
    at = end
    for _ in range(_LIST_LOOKAHEAD):
        if not text.startswith(_LISTED, at):
            return False
        if names_at(at + 1, -1) or foreign_item(text, at + 1):
            return True
        item = _LIST_ITEM.match(text, at + 1)
        if item is None or not surnamed(item.group()[:MAX_NAME - 1]):
            return False  # 蓬皮杜、凡尔赛: a list of places, not of names
        at = item.end()
    return False


# A foreign name as an item of a list, up to the next separator (帕内塔以及).
_FOREIGN_ITEM = re.compile(r"[\u4e00-\u9fff]{3,6}?(?=[、和及等，。]|以及)")


def foreign_item(text: str, at: int) -> bool:
    """盖茨、帕内塔/LOC 以及哈格尔: a transliterated name no gazetteer lists as a place, the
    next item of a list, makes it a list of names though the model reads it as a place."""
    item = _FOREIGN_ITEM.match(text, at)
    if item is None or not transliterated(item.group()):
        return False
    entry = gazetteer().surfaces.get(item.group())
    return entry is None or not entry.places


# How many items of a list are looked at, and what one item is (a name of up to six).
_LIST_LOOKAHEAD = 3
_LIST_ITEM = re.compile(r"[\u4e00-\u9fff·]{2,6}?(?=[、和])")


def _cued_at(text: str, start: int, end: int, names_at: Callable[[int, int], bool]) -> bool:
    before = text[max(0, start - _ROLE_WINDOW):start].rstrip(" \u3000")
    if _ROLE_BEFORE.search(before) or (before.endswith("”") and _ROLE_BEFORE.search(before[:-1])):
        return True  # 村民杨军; “全国优秀县委书记”廖俊波 (an epithet in quotes)
    if (before.endswith(_LISTED) and names_at(-1, start - 1)) or (
            text.startswith(_LISTED, end) and _names_listed_after(text, end, names_at)):
        return True
    if before.endswith("的") and text[end:end + 1] in _AFTER_QUALIFIED:
        return True
    if before.endswith(_SUFFERED) and _ACTED.match(text, end):
        return True  # 遭到喻晖拒绝: the agent of what is suffered
    if (before[-1:] in _CLAUSE_OPENS or not before) and text[end:end + 1] in _SUBJECT_BEFORE:
        return True  # 朱德对部队进行了整顿: a subject at a clause's start
    if before.endswith("、") and text.startswith("的", end) and text[end + 1:end + 2] in _ENDS:
        return False  # 先飞、高飞的。: words of a list under 是…的, not a possessor
    if _THOUGHT.match(text, end) and not _WAYS.fullmatch(text, start, end):
        return True  # 尹莉明白，…; 钟书看到后: a verb of thought or perception
    # 唐军副总裁, 彭真校长: a post after the name
    return bool(_PERSON_AFTER.match(text, end) or tables().pattern.match(text, end))


# A household or an age after a name (达瓦次仁一家五口, 尕桑多杰家里).
_FAMILY_AFTER = re.compile(r"(?:一家|家[里中人]|夫妇|[一二三四五六七八九十\d]+岁)")
# What ends like a role in _ROLE_BEFORE but stands before a phrase as well as a name: a verb
# (把正风肃纪), a group (中国文艺志愿者崇德尚艺特别节目), the state (国家).
_NOT_ONE_ROLE = ("让", "把", "像", "家", "队", "志愿者", "爱好者", "参与者", "建设者", "劳动者",
                 "工作者")
# Roles of villagers, workers and relatives right before a name (村民, 贫困户, 钳工, 妻子).
_HOUSEHOLD_ROLE = re.compile(
    r"(?:[村农居牧渔藏]民|贫困户|脱贫户|户主|[钳焊电技矿]工|职工|工人|老人|大爷|大妈|大娘|阿妈|"
    r"阿爸|妻子|丈夫|儿子|女儿|父亲|母亲|爷爷|奶奶)\s?$")


def roled(text: str, start: int, end: int) -> bool:
    """贫困户尕桑多杰, 达瓦次仁一家: a role or occupation right before the mention, or a
    household or an age after it — cues of a person for a name of four that is neither
    surname-initial nor a transliteration (a Tibetan name), which a phrase never has."""
    before = text[max(0, start - _ROLE_WINDOW):start].rstrip(" \u3000")
    return role_before(text, start) or bool(_FAMILY_AFTER.match(text, end)) or bool(
        _ROLE_BEFORE.search(before) and not before.endswith(_NOT_ONE_ROLE))


def role_before(text: str, start: int) -> bool:
    """村民洪梅, 贫困户尕桑多杰: a villager's, a worker's or a relative's role right before a
    mention (not 志愿者崇德尚艺: a programme's name after a group)."""
    return _HOUSEHOLD_ROLE.search(text, max(0, start - _ROLE_WINDOW), start) is not None


def in_phrase(text: str) -> bytearray:
    """Where ``text`` holds a fixed phrase of the genre (data/phrases.txt: 山水林田湖草沙,
    陆海新通道, 培根铸魂): 1 at each character inside one."""
    cover = bytearray(len(text))
    for match in _phrases().finditer(text):
        cover[match.start():match.end()] = b"\x01" * (match.end() - match.start())
    return cover


@cache
def _phrases() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, sorted(words("phrases.txt"), key=len, reverse=True))))
