"""Forms of address after a name, and the posts they give.

Split from :mod:`yamen.entities.persons` to keep each module small. 习近平总书记 and
习近平主席 give China's central posts (CONVENTIONS: honorific use gives the post); 普京总统
and 通伦总书记、国家主席 give a foreign leader's post in the country in view. A chain of
forms (习近平总书记、国家主席) gives each.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from yamen.document import Span
from yamen.entities.country_view import countries_in
from yamen.entities.person_checks import COUNTRY_WINDOW, country_near, in_country_name
from yamen.entities.positions import Title, country_in_view
from yamen.entities.title_lexicon import tables
from yamen.lexicon import MAX_NAME, surnamed, transliterated, words

if TYPE_CHECKING:
    from yamen.entities.persons import Person

# Post-name forms of address that give a central post (习近平总书记, 习近平主席).
HONORIFICS = {
    "总书记": ("中央总书记", "中共中央"),
    "主席": ("国家主席", ""),
    "总理": ("国务院总理", "国务院"),
    "委员长": ("全国人大常委会委员长", "全国人大常委会"),
    "副委员长": ("全国人大常委会副委员长", "全国人大常委会"),
}

def honorifics(text: str, people: dict[str, Person]) -> None:
    """习近平总书记 → 中央总书记; 习近平主席 → 国家主席 — never for a foreign leader.

    A foreign leader's own forms of address take their country (通伦总书记、国家主席 →
    老挝国家主席, when 通伦 holds a Lao post in the text); so may a form of address in
    a paragraph about a country whose leaders share China's (see ``_shared_form``).
    """
    for person in people.values():
        # 姆南加古瓦总统: a form of address after a short form gives the full name's post
        matches = [m for n in (person.name, *person.aliases)
                   for m in re.finditer(re.escape(n), text)]
        foreign = next((t for t in person.titles if t.foreign), None)
        if foreign is not None:
            _foreign_address(text, person, foreign, matches)
            continue
        if _address_in_view(text, person, matches) or not chinese(person.name):
            continue  # 安德烈琴科主席: a foreign leader's form of address, not China's post
        # 阮富仲总书记, 匈牙利…总理欧尔班, 祝贺潘坎当选老挝政府总理: not China's. A leader of
        # China's named near a country in some mentions (习近平主席同马克龙总统会谈) keeps his
        # post from the others; a name addressed only near a foreign country gets none.
        addressed = [m for m in matches if text.startswith(tuple(HONORIFICS), m.end())]
        if any(_beside_foreign(text, m, person) for m in addressed):
            continue  # 阿尔维总统和伊姆兰总理: paired with a foreign leader, not China's
        near = [m for m in addressed if _country_near(text, m)]
        if near and (len(near) == len(addressed) or any(_party_state(
                text[max(0, m.start() - COUNTRY_WINDOW):m.end() + COUNTRY_WINDOW])
                for m in near)):
            continue  # near a party-state (越南, 老挝): the forms are that state's too
        for match in (m for m in addressed if m not in near):
            for word, (label, org) in HONORIFICS.items():
                if any(t.post.endswith(word) for t in person.titles):
                    continue  # 全国政协主席王沪宁 … 王沪宁主席: the post already read
                if not text.startswith(word, match.end()):
                    continue
                if _visiting(text, match.end(), word):
                    _visitor(text, person, match, word)  # 朱马里总书记、国家主席成功访华
                    continue
                if not person.titles and _shared_form(text, match, word):
                    if _same_form_pair(text, match, word):
                        # 阮富仲总书记 → 越共中央总书记
                        _other_leader(text, person, match.start(), match.end(), word)
                    continue
                span = Span(match.end(), match.end() + len(word))
                title = Title(span, word, fixed=(label, org))
                if label not in {t.label for t in person.titles}:
                    person.titles.append(title)
                _chained(text, person, span.end, people)
    _members(text, people)
    _surname_forms(text, people)


# 阿尔维总统和伊姆兰总理: what joins the pair; how far back a lone country makes it his.
_PAIR_JOINERS, _PAIR_BACK = "和与及、", 300


def _beside_foreign(text: str, match: re.Match[str], person: Person) -> bool:
    """Whether a transliterated name's 总理 is paired with a foreign-only form of address;
    if so, the one country named before it (sentence, or a few lines) gives the post."""
    if not text.startswith("总理", match.end()) or not transliterated(person.name):
        return False
    forms = "|".join(sorted(tables().foreign_only, key=len, reverse=True))
    before = re.search(rf"[\u4e00-\u9fff·]{{2,12}}(?:{forms})[{_PAIR_JOINERS}]$",
                       text[max(0, match.start() - 16):match.start()])
    after = re.match(rf"[{_PAIR_JOINERS}][\u4e00-\u9fff·]{{2,12}}?(?:{forms})", text[
        match.end() + 2:match.end() + 18])
    if before is None and after is None:
        return False
    found = set(countries_in(text, max(0, match.start() - _PAIR_BACK), match.start()))
    country = country_in_view(text, match.start()) or (found.pop() if len(found) == 1 else None)
    if country is not None and f"{country}总理" not in {t.label for t in person.titles}:
        person.titles.append(Title(Span(match.end(), match.end() + 2), "总理", jurisdiction=country,
                                   fixed=(f"{country}总理", country)))
    return True


# A surname and a central form of address (习主席, 习总书记), and what may stand before it
# (not 学|习主席 …: a word's last character).
_SURNAME_FORMS = ("总书记", "主席")
_BEFORE_SURNAME = frozenset("，,。！？、：:；“”（ \n向给对和与同在了的是把被让请跟为听见望据")


def _surname_forms(text: str, people: dict[str, Person]) -> None:
    """习主席赴港: a surname and a central form of address stand for the one Chinese person
    of the text with that surname, and give the post the form gives (国家主席)."""
    by_surname: dict[str, list[Person]] = {}
    for person in people.values():
        if chinese(person.name) and len(person.name) in (2, 3):
            by_surname.setdefault(person.name[0], []).append(person)
    for surname, same in by_surname.items():
        if len(same) != 1 or any(t.foreign for t in same[0].titles):
            continue
        person = same[0]
        for word in _SURNAME_FORMS:
            label, org = HONORIFICS[word]
            if any(t.post.endswith(word) or t.label == label for t in person.titles):
                continue
            for match in re.finditer(f"{surname}{word}", text):
                if match.start() == 0 or text[match.start() - 1] in _BEFORE_SURNAME:
                    person.titles.append(Title(Span(match.start() + 1, match.end()), word,
                                               fixed=(label, org)))
                    break


# A visit's 对 after a leader's form of address: the country is where he goes, not his
# (习近平主席即将对波兰进行国事访问).
_VISITS = re.compile(rf"(?:{'|'.join(HONORIFICS)})(?:即将|将|此次|这次|首次|再次|近日)?对")


def _country_near(text: str, match: re.Match[str]) -> bool:
    """Whether a foreign country stands near this mention of a name as the country whose
    leader he is — not as the country his visit is to (习近平主席即将对波兰…)."""
    if _VISITS.match(text, match.end()):
        return False
    return country_near(text, match.start(), match.end())


# After a leader's forms of address: a visit to China, which makes him a foreign leader.
_VISITS_CHINA = re.compile(r"(?:成功|正式|首次|再次|即将|将|曾)?(?:对中国进行|访华|来华|访问中国)")
# Forms of address a foreign party-state leader is given after 、 (总书记、国家主席).
_CHAINED_FORMS = {"国家主席": "主席", "总书记": "总书记", "主席": "主席", "总理": "总理"}


def _chained_forms(text: str, at: int) -> list[tuple[int, str]]:
    """The forms of address chained by 、 from ``at`` (、国家主席), with where each starts."""
    found: list[tuple[int, str]] = []
    while text.startswith("、", at):
        form = next((f for f in _CHAINED_FORMS if text.startswith(f, at + 1)), None)
        if form is None:
            break
        found.append((at + 1, form))
        at += 1 + len(form)
    return found


def _visiting(text: str, at: int, word: str) -> bool:
    """Whether the forms of address after a name, from ``word`` at ``at``, go on to a
    visit to China (朱马里总书记、国家主席成功访华): the leader is another state's."""
    end = at + len(word)
    chained = _chained_forms(text, end)
    if chained:
        end = chained[-1][0] + len(chained[-1][1])
    return _VISITS_CHINA.match(text, end) is not None


def _visitor(text: str, person: Person, match: re.Match[str], word: str) -> None:
    """A visiting party-state leader's forms of address: his country's posts."""
    _other_leader(text, person, match.start(), match.end(), word)
    for at, form in _chained_forms(text, match.end() + len(word)):
        _other_leader(text, person, match.start(), at, _CHAINED_FORMS[form],
                      len(form))


def _chained(text: str, person: Person, at: int, people: dict[str, Person]) -> None:
    """习近平总书记、国家主席: central titles chained after a form of address are the
    same person's — unless a name follows one (习近平总书记、国务院总理李克强: the title
    is the next person's)."""
    central = tables().central
    while text.startswith("、", at):
        word = next((w for w in sorted(central, key=len, reverse=True)
                     if text.startswith(w, at + 1)), None)
        if word is None:
            return
        end = at + 1 + len(word)
        if any(text.startswith(name, end) for name in people):
            return
        label, org, post = central[word]
        if label not in {t.label for t in person.titles}:
            person.titles.append(Title(Span(at + 1, end), post, fixed=(label, org)))
        at = end


# The second of a pair of leaders: 习近平总书记同苏林总书记 (China's leader is named first).
_PAIRED_BEFORE = re.compile(rf"(?:{'|'.join(HONORIFICS)})(?:同志)?(?:同|和|与|及|、)$")


def _shared_form(text: str, match: re.Match[str], word: str) -> bool:
    """Whether 总书记 / 主席 / 委员长 after a name is another party-state's form of address.

    In a paragraph about a country whose leaders share these forms (中越, 朝鲜, 越共),
    the second of a pair of leaders (习近平总书记同苏林总书记) and a leader addressed as
    comrade (阮富仲总书记同志, the form Chinese reports use for foreign party leaders)
    are the other country's.
    """
    start = text.rfind("\n", 0, match.start()) + 1
    end = text.find("\n", match.end())
    if not _party_state(text[start:end if end >= 0 else len(text)]):
        return False
    after = match.end() + len(word)
    return text.startswith("同志", after) or bool(_PAIRED_BEFORE.search(text, start,
                                                                      match.start()))


def _same_form_pair(text: str, match: re.Match[str], word: str) -> bool:
    """习近平总书记同苏林总书记, 阮富仲总书记同志: the form is the other leader's own post —
    the pair shares it, or he is addressed as comrade (not 胡志明主席和周恩来总理)."""
    return text.startswith("同志", match.end() + len(word)) or re.search(
        rf"{word}(?:同志)?(?:同|和|与|及|、)$", text[max(0, match.start() - 6):match.start()]
    ) is not None


def _other_leader(text: str, person: Person, name_start: int, at: int, word: str,
                  size: int = 0) -> None:
    """The other party-state's post a shared form of address gives, when its paragraph
    names one such country: 总书记 → 越共中央总书记, 主席 → 越南国家主席, 总理 → 越南总理.
    The form stands at ``at`` (``size`` characters, those of ``word`` by default)."""
    start = text.rfind("\n", 0, name_start) + 1
    end = text.find("\n", at)
    paragraph = text[start:end if end >= 0 else len(text)]
    table = tables()
    countries = {country for party, country in table.parties.items() if party in paragraph}
    countries |= {country for country in set(table.parties.values()) if country in paragraph
                  or re.search(rf"中{country[0]}(?!年)|{country[0]}方", paragraph)}
    if len(countries) != 1:
        return
    country = countries.pop()
    party = next(label for name, label in table.party_labels.items()
                 if table.parties[name] == country)
    labels = {"总书记": (f"{party}中央总书记", f"{party}中央"),
              "主席": (f"{country}国家主席", country), "总理": (f"{country}总理", country)}
    if word not in labels:
        return
    label, org = labels[word]
    if label not in {t.label for t in person.titles}:
        span = Span(at, at + (size or len(word)))
        person.titles.append(Title(span, word, jurisdiction=country, fixed=(label, org)))


def _party_state(sentence: str) -> bool:
    """Whether a sentence names a country whose ruling party's posts share China's names
    (the countries of the foreign parties in ``data/titles.tsv``), or one of its parties."""
    table = tables()
    if any(party in sentence for party in table.parties):
        return True
    countries = set(table.parties.values())
    if any(country in sentence for country in countries):
        return True
    initials = "".join(sorted({country[0] for country in countries}))
    return re.search(rf"中[{initials}](?!年)|[{initials}]方", sentence) is not None


def _foreign_address(text: str, person: Person, foreign: Title,
                     matches: list[re.Match[str]]) -> None:
    """通伦总书记、国家主席: forms of address after a foreign leader's name, in their country."""
    country = foreign.jurisdiction or ""
    posts = {t.post for t in person.titles}
    address = tables().foreign
    for match in matches:
        at = match.end()
        while True:
            word = next((w for w in sorted(address | HONORIFICS.keys(), key=len, reverse=True)
                         if text.startswith(w, at)), None)
            if word is None:
                break
            if word in address and word not in posts:
                label = f"{country}{word}"
                if label not in {t.label for t in person.titles}:
                    person.titles.append(Title(Span(at, at + len(word)), word,
                                               jurisdiction=country, fixed=(label, country)))
                    posts.add(word)
            at += len(word)
            if not text.startswith("、", at):
                break
            at += 1


def chinese(name: str) -> bool:
    """Whether a name reads as a Chinese one (two or three characters, a surname first, or
    four with a compound surname): 安德烈琴科 and 西哈莫尼 do not."""
    return surnamed(name) and (len(name) <= MAX_NAME - 1 or name[:2] in words("surnames.txt"))


def _address_in_view(text: str, person: Person, matches: list[re.Match[str]]) -> bool:
    """普京总统, 穆罕默德总统: a form of address China does not use (总统, 首相, 国王) —
    or 总理 after a name that is not a Chinese one — gives the post of the one
    foreign country in view (the sentence's, else the paragraph's)."""
    table, found = tables(), False
    own = chinese(person.name)
    for match in matches:
        word = next((w for w in sorted(table.foreign_only | {"总理"}, key=len, reverse=True)
                     if text.startswith(w, match.end())), None)
        if word is None or (own and word not in table.foreign_only):
            continue
        if in_country_name(text, match.start()):
            continue  # 委[内瑞拉]总统: the name is the end of a country's
        if text.startswith(("府", "候选人", "选举", "大选", "官邸"), match.end() + len(word)):
            continue
        country = country_in_view(text, match.start())
        if country is None:
            continue
        label = f"{country}{word}"
        if label not in {t.label for t in person.titles}:
            span = Span(match.end(), match.end() + len(word))
            person.titles.append(Title(span, word, jurisdiction=country,
                                       fixed=(label, country)))
        found = True
    return found


# What stands before a bare 总书记 that refers to the General Secretary of the text
# (牢记总书记的嘱托, 向总书记汇报, 总书记说): punctuation, a verb's or a particle's end.
_BEFORE_BARE_LEADER = frozenset("，。！？、：“”（ \n记向给对和与同在了的是把被让请跟为听见望")
_LEADER = "习近平"


def bare_general_secretary(text: str, people: dict[str, Person]) -> None:
    """牢记总书记的嘱托: a bare 总书记 is the General Secretary the text names — the one
    person given 中央总书记, or 习近平 when no one is — and gives him that post."""
    holders = [p for p in people.values() if "中央总书记" in {t.label for t in p.titles}]
    if not holders and _LEADER in people:
        holders = [people[_LEADER]]
    if len(holders) != 1 or holders[0].name != _LEADER:
        return
    person = holders[0]
    if "中央总书记" in {t.label for t in person.titles}:
        return
    for match in re.finditer("总书记", text):
        start = match.start()
        if start > 0 and text[start - 1] not in _BEFORE_BARE_LEADER:
            continue
        if any(text.startswith(name, match.end()) for name in people):
            continue  # 总书记习近平: a title before a name, read as such
        person.titles.append(Title(Span(start, match.end()), "总书记",
                                   fixed=("中央总书记", "中共中央")))
        return


# A deputy or member addressed after the name (郭大进代表介绍说, 印红委员提出): the congress
# the report is about gives the label — a numbered Party congress (十八大代表), else the NPC
# (全国人大代表) for 代表, the CPPCC (全国政协委员) for 委员 in a report with no NPC
# Standing Committee (whose members are addressed 委员 too).
_PARTY_CONGRESS = re.compile(r"((?:十[五六七八九]|二十一?)大)代表")
_NPC = re.compile(r"全国人大|全国人民代表大会|全国两会")
_CPPCC = re.compile(r"全国政协|政协全国委员会")
_NPC_SC = "全国人大常委会"
# What follows such a form of address: punctuation, or the verb of what the member did
# (not 代表 as a verb: 韩正代表党中央致词).
_AFTER_MEMBER = re.compile(
    r"[，。、：；,:]|说|提出|建议|表示|介绍|认为|发言|结合|就|也|一|是|向|告诉|谈|指出|强调|呼吁|"
    r"希望|回忆|在|则|还|带来|提交|关注|直言|坦言|分享|和|与|给|同|等|代表(?![大团])")


def _members(text: str, people: dict[str, Person]) -> None:
    """郭大进代表介绍说 → 全国人大代表; 阎建国、周有财、常天庆代表提出: each of the list."""
    congress = _PARTY_CONGRESS.search(text)
    forms: dict[str, tuple[str, str]] = {}
    if congress is not None:
        forms["代表"] = (f"{congress.group(1)}代表", "")
    elif _NPC.search(text):
        forms["代表"] = ("全国人大代表", "全国人大")
    if _CPPCC.search(text) and _NPC_SC not in text:
        forms["委员"] = ("全国政协委员", "全国政协")
    if not forms:
        return
    ends = {m.end(): person for person in people.values() if chinese(person.name)
            for m in re.finditer(re.escape(person.name), text)}
    for end, person in ends.items():
        word = next((w for w in forms if text.startswith(w, end)), None)
        if word is None or not _AFTER_MEMBER.match(text, end + len(word)):
            continue
        label, org = forms[word]
        listed, at = [person], end - len(person.name)
        while text.endswith("、", 0, at) and (other := ends.get(at - 1)) is not None:
            listed.append(other)  # 阎建国、周有财、常天庆代表: the form is each one's
            at = at - 1 - len(other.name)
        for holder in listed:
            if label not in {t.label for t in holder.titles}:
                holder.titles.append(Title(Span(end, end + len(word)), word, fixed=(label, org)))
