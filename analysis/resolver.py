"""Who is who in one article: people, their titles and roles, and what "he" or "the envoy" means.

One resolver serves quote speakers and stance actors. :func:`build_registry`
reads an article once and records every person (a capitalised full name, with
the titles and role nouns written before it), every actor of the gazetteer
(countries, capitals standing for governments, organisations) and every group
("European leaders"). :meth:`Registry.resolve` then maps a mention at a
position to a canonical name:

* a full name with or without titles ("President Donald Trump") gives the name;
* a surname ("Kellogg") gives the full name first mentioned with it;
* a role ("the envoy", "the U.S. president") gives the latest person with that role;
* he/him/his give the latest person mentioned before who may be a "he" (she/her: a "she"),
  read from honorifics, gendered roles and first names (``person_gender.tsv``);
  they/them the latest group or actor; I/we are left unresolved (the speaker of a quote
  is found elsewhere);
* a gazetteer alias ("Kyiv", "the Kremlin") gives its actor ("Ukraine", "Russia").

>>> reg = build_registry("US Special Envoy Keith Kellogg met President Donald Trump. The envoy said he was ready.")
>>> reg.resolve("Kellogg", 60), reg.resolve("the envoy", 60), reg.resolve("he", 75)
('Keith Kellogg', 'Keith Kellogg', 'Keith Kellogg')
>>> reg.resolve("the president", 60), reg.resolve("Trump", 60)
('Donald Trump', 'Donald Trump')
>>> reg = build_registry("Olena Zelenska met Keith Kellogg. She said Kyiv was ready.")
>>> reg.resolve("She", 34)
'Olena Zelenska'
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress, islice

from . import lexicons
from .patterns import scanner
from .segmenter import split_sentences

PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "herself": "f"}
PERSON_PRONOUNS = frozenset(PRONOUN_GENDER)
GROUP_PRONOUNS = frozenset("they them their themselves".split())
SELF_PRONOUNS = frozenset("i me my we us our you your".split())  # the speaker or the addressee: no antecedent
FIRST_PERSON = frozenset("i me my".split())  # in a transcript, the person whose turn it is
THING_PRONOUNS = frozenset("it its this".split())  # a body or a document, never a person: resolved by the caller
# A capitalised word: "Kellogg", "O'Brien", "Al-Assad", "U.S.", "Zelensky's".
CALENDAR_WORDS = frozenset(calendar.day_name) | frozenset(calendar.month_name[1:])  # "said Trump Monday"
_UP, _LOW = "A-ZÀ-ÖØ-ÞĀ-ſ", "a-zß-öø-ÿĀ-ſ"
_CAP = rf"(?:(?:[{_UP}]['’](?=[{_UP}]))?[{_UP}][{_LOW}]+(?:[{_UP}][{_LOW}]+)*(?:[-'’][{_UP}]?[{_LOW}]+)*|[A-Z]\.(?:[A-Z]\.)+|[A-Z]{{2,}})"
# name particles between capitalised words: "Ursula von der Leyen", "Ibn Saud"
_MAX_NAME_WORDS = 6  # a name or actor phrase inside a mention is at most this long
NAME_PARTICLES = r"(?:von|van|der|den|de|du|da|dos|di|la|le|bin|ibn|al)"
PARTICLE = re.compile(NAME_PARTICLES)  # one particle word, in lower case
# the Arabic article joined to a surname: "Khalil al-Hayya", "Abdel Fattah el-Sisi"
_ARTICLE_PREFIX = r"(?:[ae]l|a[dnrstz]|ash)[-‑]"
_NAME_RUN = scanner(
    rf"{_CAP}(?:\s+(?:[A-Z]\.\s+|{NAME_PARTICLES}\s+(?:{NAME_PARTICLES}\s+)?(?={_CAP})|{_ARTICLE_PREFIX}(?={_CAP}))?{_CAP})*")
_SURNAME_ARTICLE = re.compile(rf"^(?i:{_ARTICLE_PREFIX})")
_NAME_JOINERS = frozenset("of for the and on in".split())  # lower-case words inside an organisation's name
# A name after these is a place ("a breakfast in Des Moines"); narrower than _LOCATIVE, which also takes
# "to" and "from", after which a person is often named ("spoke to Olena Zelenska").
_PLACE_BEFORE = re.compile(r"\b(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]utside|[Ii]nside|[Aa]cross|[Tt]hroughout)\s+$")
_IN_MARKS = re.compile(r"[“\"‘'][.,!?;:]?[”\"’']")
_TITLE_OPENS = re.compile(r"[“\"‘'](?:(?:[A-Z0-9][\w’'-]*|of|the|a|an|and|or|for|in|on|to|at|by|with|from)\s+){1,6}$")
_TITLE_CLOSES = re.compile(r"[.,!?]?[”\"’'](?!\w)")
_NAME_SUFFIXES = frozenset("Jr Sr II III IV".split())
_FIRST_NAME_TITLES = frozenset(("Sir", "Dame"))  # titles written before a first name alone ("Sir Keir")
_PREPOSITION_BEFORE = re.compile(r"\b(?:to|for)\s+$")
# How many mentions a pronoun or role looks back, and how many people a role falls back on: far more
# than an article holds (the corpus's largest has 810 mentions in all), and a bound on pathological text.
_LOOK_BACK = 300
_UNNAMED_REACH = 1000  # how far back "a group of experts" is what "the group" means
_OWNER_REACH = 80  # characters after a possessive name in which "he" may still be its owner
_GROUP_REACH = 250  # characters back in which "they" prefers a named group to a country
# between two people named as one subject: "Keir Starmer and French President Emmanuel Macron"
_LIST_SEPARATOR = re.compile(r",?\s+and\s+|,\s+")  # "Russia, Belarus and Iran"
_PRONOUN_OPENING = re.compile(r"(He|She)\s")
_TITLES_ONLY = re.compile(r"\s*(?:[A-Z][\w.’'-]*\s+){0,4}")
_LIST_JOIN = re.compile(r",\s+|,?\s+and\s+")
_AND_JOIN = re.compile(r",?\s+and\s+")
_LIST_VERB = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|said|say|told|met|spoke|wrote|agree|have|had|are|were|will|would)\b")  # the list is a subject
_PAIR_JOIN = re.compile(r",?\s+and\s+(?:[A-Z][\w.’'-]*\s+){0,4}")
_LOCATIVE = re.compile(r"\b(?:in|at|to|from|near|across|outside|inside|into|via|through)\s+(?:the\s+)?$", re.I)
# Singular nouns for a person by their ending ("politician", "commander", "diplomat", "spokesman"):
# narrower than quotes' _AGENT_NOUN, which also takes "-ent"/"-ate" words, because here a match makes
# "the Russian government" a person.
_PERSON_NOUN = re.compile(r"[a-z]{3,}(?:ian|ist|er|or|man|woman|person|at|ee)")
_INDEFINITE = frozenset("a an one another some".split())
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_NOUN_AFTER = re.compile(r"\s+[a-z]{3,}\b(?<!ly)")
_AGE_NOUN = re.compile(r"\d{1,3}-year-old")
_HYPHEN_ROLE = re.compile(r"[A-Z][a-z]+-[a-z]+")
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
# a title whose last words are the object of a longer one: "Deputy Head of the Office of the " before "President X"
# ("Deputy Prime Minister - Minister for Reintegration of the …", "Adviser to the Head of the President's …")
_TITLE_CHAIN = re.compile(r"(?!According\s)((?:[A-Z][\w’'-]*\s+)+(?:[-–—]\s+(?:[A-Z][\w’'-]*\s+)+)*)"
                          r"(?:(?:of|to|for)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+)+)*(?:of|to|for)\s+(?:the\s+)?"
                          r"(?:[A-Z][\w-]*[’']s\s+|(?:[A-Z][\w’'-]*\s+)+and\s+)?$")  # "… of the National Security and Defense …"



@dataclass
class Person:
    """A person of the article: canonical full name, surname, titles/roles, nationality words."""

    name: str
    surname: str
    roles: set[str] = field(default_factory=set)
    nationality: set[str] = field(default_factory=set)
    gender: str | None = None  # "f" or "m" when the text tells, else None (either pronoun fits)


@dataclass
class Registry:
    """Every resolvable mention of one article, in text order."""

    people: dict[str, Person] = field(default_factory=dict)
    # (start, end, canonical, kind) with kind "person", "actor" or "group"
    mentions: list[tuple[int, int, str, str]] = field(default_factory=list)
    places: set[int] = field(default_factory=set)  # starts of actor mentions named as places ("in Paris")
    owners: set[int] = field(default_factory=set)  # starts of person mentions in the possessive ("Dole's")
    breaks: list[int] = field(default_factory=list)  # sentence starts, for owners and sentence subjects
    pronoun_openers: dict[int, str] = field(default_factory=dict)  # sentence start -> gender of its "He"/"She"
    subject_openers: dict[int, str] = field(default_factory=dict)  # sentence start -> the person it opens with
    # organisations the article names ("Rapid Support Forces (RSF)", "Sudan Doctors Network"): name or acronym -> name
    defined: dict[str, str] = field(default_factory=dict)
    unnamed: list[tuple[int, str]] = field(default_factory=list)  # "A group of experts": (start, noun)
    first_names: list[int] = field(default_factory=list)  # sorted starts of country names that are a first name ("Israel Katz")
    headlines: list[tuple[int, int]] = field(default_factory=list)  # lines in Title Case (:func:`headline_lines`)
    # a transcript's turns: (start of the line "Vladimir Putin: …", its person, or None for "Question: …")
    turns: list[tuple[int, str | None]] = field(default_factory=list)
    # sentences opening with a role in capitals, "The Head of State …": sentence start -> the person
    openers: dict[int, str] = field(default_factory=dict)
    # two people joined by "and", "Keir Starmer and French President Emmanuel Macron": (start, end, "A and B",
    # end of the first), one subject, whom a following "they" stands for
    pairs: list[tuple[int, int, str, int]] = field(default_factory=list)
    # countries or bodies listed as one subject, "France, Germany and Poland": (start, end, label)
    actor_lists: list[tuple[int, int, str]] = field(default_factory=list)
    _first: tuple[int, dict] = field(default=(-1, {}), repr=False, compare=False)
    _endings: tuple[int, dict] = field(default_factory=lambda: (0, {}), repr=False, compare=False)

    def person_by_surname(self, word: str, gender: str | None = None) -> str | None:
        """The person named before with surname ``word``; of two ("Bill Clinton", "Hillary Clinton"), the
        first not of another gender than ``gender`` ("Mrs. Clinton" is Hillary)."""
        word = _POSSESSIVE.sub("", word)
        found = [p for p in self.people.values() if p.surname == word or p.name == word]
        if found:
            return next((p.name for p in found if gender and p.gender == gender), found[0].name)
        bare = _SURNAME_ARTICLE.sub("", word)  # "Al-Hayya" or "Hayya" is Khalil al-Hayya
        for person in self.people.values():
            if _SURNAME_ARTICLE.match(person.surname) and _SURNAME_ARTICLE.sub("", person.surname) == bare:
                return person.name
        return None

    def person_by_full_surname(self, words: list[str]) -> str | None:
        """The person named before whose name ends with ``words``, a surname with its particle: "Von der
        Leyen" or "von der Leyen" is Ursula von der Leyen, "De Croo" is Alexander De Croo."""
        if len(words) < 2 or not PARTICLE.fullmatch(words[0].lower()):
            return None
        seen, endings = self._endings
        if seen < len(self.people):  # index the people added since: each name once, by its particle endings
            for name in islice(self.people, seen, None):
                parts = name.split()
                for i in range(1, len(parts) - 1):
                    if PARTICLE.fullmatch(parts[i].lower()):
                        endings.setdefault(" ".join(parts[i:]).lower(), name)
            self._endings = (len(self.people), endings)
        return endings.get(" ".join(words).lower())

    def promote(self, surname: str, full: str) -> None:
        """The body's "Richards" is the headline's "Cecile Richards": a person known by surname alone
        takes the full name a headline read later gives (mentions, roles and gender move over)."""
        short, person = self.people.get(surname), self.people.get(full)
        if short is None or person is None or short is person:
            return
        person.roles |= short.roles
        person.nationality |= short.nationality
        person.gender = person.gender or short.gender
        del self.people[surname]
        self.mentions = [(s, e, full if c == surname and k == "person" else c, k) for s, e, c, k in self.mentions]
        # the lookups kept by count of people and mentions must be read again: a person is gone, and
        # mentions were renamed without their number changing
        self._endings, self._first = (0, {}), (-1, {})

    def person_by_first_name(self, word: str) -> str | None:
        """The person named before whose first name is ``word`` ("Sir Keir" for Keir Starmer)."""
        return next((p.name for p in self.people.values() if p.name.split()[0] == word), None)

    def _same_sentence(self, start: int, end: int) -> bool:
        """No sentence starts after ``start`` up to ``end``, at most 150 characters on."""
        if end - start > 150:
            return False
        i = bisect_right(self.breaks, start)
        return i >= len(self.breaks) or self.breaks[i] > end

    def latest(self, pos: int, kinds: tuple[str, ...], role: str | None = None,
               nationality: set[str] | None = None, gender: str | None = None, places: bool = True) -> str | None:
        """The latest mention of one of ``kinds`` starting before ``pos`` (with that role; of no
        other known gender than ``gender``; not an actor named as a place unless ``places``)."""
        i = bisect_left(self.mentions, (pos,)) - 1
        stop = max(-1, i - _LOOK_BACK)
        fallback = owner = None
        while i > stop:
            start, _, canonical, kind = self.mentions[i]
            i -= 1
            if kind not in kinds or not places and start in self.places:
                continue
            if gender is not None:
                person = self.people.get(canonical)
                if person is not None and person.gender not in (None, gender):
                    continue
                if start in self.owners and role is None and owner is None \
                        and not (pos - start <= _OWNER_REACH and self._same_sentence(start, pos)):
                    # "Scott Reed, who managed Bob Dole's campaign, said …. “…,” he said": an owner after
                    # someone earlier in its sentence is rarely the one "he" stands for; a pronoun right
                    # after it ("Zelensky's statement in which he said") or an owner alone is
                    owner = (start, canonical)
                    continue
                if owner is not None and role is None:
                    return canonical if self._same_sentence(start, owner[0]) else owner[1]
            if role is None:
                person = self.people.get(canonical)
                if not nationality or person is None or _compatible(person, nationality):
                    return canonical
                continue
            person = self.people.get(canonical)
            if person and role in person.roles:
                countries = _countries(person)
                if not nationality or nationality & countries:
                    return canonical
                if not countries:  # of no known country: it may be the one named
                    fallback = fallback or canonical
        if owner is not None:
            return owner[1]
        if role is not None and (fallback is None or nationality):
            # a role introduced after the pronoun's antecedent, or only once, anywhere; or, for
            # "the President of Russia", the person the domain list places there ("Vladimir Putin"),
            # before a president of no known country named last
            people = list(islice(self.people.values(), _LOOK_BACK))
            for person in people:
                if role in person.roles and (not nationality or nationality & _countries(person)) \
                        and self._first_at(person.name) < pos:
                    return person.name
            # "the prime minister" for Keir Starmer, named before without the title: the role the
            # domain list gives a person the article names (the latest such person)
            held = _lexicon().person_roles
            k = bisect_right(self.breaks, pos) - 1
            for opener in (self.subject_openers.get(self.breaks[j]) for j in (k, k - 1) if j >= 0):
                # "Trump … told reporters he was “not happy” with Putin. “…,” the president said": of two
                # holders, the one opening this sentence or the one before
                person = self.people.get(opener) if opener is not None else None
                if person is not None and role in held.get(opener, ()) and (not nationality or nationality & _countries(person)):
                    return opener
            i = bisect_left(self.mentions, (pos,)) - 1
            for start, _, canonical, kind in reversed(self.mentions[max(0, i - _LOOK_BACK + 1) : i + 1]):
                person = self.people.get(canonical)
                if kind == "person" and person is not None and role in held.get(canonical, ()) \
                        and (not nationality or nationality & _countries(person)):
                    return canonical
            for person in people:
                if nationality and not person.roles and nationality & _countries(person):
                    return person.name
        return fallback

    def _subject_before(self, pos: int, found: str | None, gender: str) -> str | None:
        """The person opening the sentence before ``pos`` when ``found`` is named only later in it:
        "Before the summit, Trump had threatened … if Putin did not agree. After it, he said …" is Trump."""
        k = bisect_right(self.breaks, pos) - 1
        if found is None or k < 1:
            return None
        start, end = self.breaks[k - 1], self.breaks[k]
        opener = self.openers.get(start)
        if opener and opener != found and self.people[opener].gender in (None, gender) and any(
                m[2] == found for m in self.mentions[bisect_left(self.mentions, (start,)) : bisect_left(self.mentions, (end,))]):
            return opener  # "The Head of State said this after talks with President Alar Karis. … he said": the subject
        lo, hi = bisect_left(self.mentions, (start,)), bisect_left(self.mentions, (pos,))
        if hi - lo > _LOOK_BACK:
            return None  # a run-on stretch of names is not read once per pronoun
        people = [m for m in self.mentions[lo:hi] if m[3] == "person"]
        if not people or people[0][0] >= end or any(m[2] == found for m in people if m[0] >= end):
            return None  # no one named in the sentence before, or the antecedent named in the pronoun's own
        first = people[0][2]
        person = self.people.get(first)
        if first == found or person is None or person.gender not in (None, gender) or people[0][0] in self.owners:
            return None
        return first if any(m[2] == found for m in people if m[0] < end) else None

    def _names_person(self, start: int, end: int) -> bool:
        """Whether a person is named in ``text[start:end]`` (or it holds too many mentions to walk for each
        pronoun: a run-on stretch is taken as naming someone)."""
        i = bisect_left(self.mentions, (start,))
        for start_, _, _, kind in self.mentions[i : i + _LOOK_BACK]:
            if start_ >= end:
                return False
            if kind == "person":
                return True
        return i + _LOOK_BACK < len(self.mentions) and self.mentions[i + _LOOK_BACK][0] < end

    def _first_at(self, canonical: str) -> int:
        """Where the text first names ``canonical`` (read once from the sorted mentions: role mentions
        added later never come before a person's first name)."""
        if self._first[0] != len(self.mentions):  # read again only after mentions were added
            first: dict[str, int] = {}
            for start, _, name, _ in self.mentions:
                if start < first.get(name, start + 1):
                    first[name] = start
            self._first = (len(self.mentions), first)
        return self._first[1].get(canonical, 0)

    def resolve(self, mention: str, pos: int) -> str | None:
        """The canonical name of ``mention`` found at offset ``pos``, or None."""
        text = " ".join(mention.split())
        if not text:
            return None
        low = text.lower()
        if low in PERSON_PRONOUNS:
            gender = PRONOUN_GENDER[low]
            found = self.latest(pos, ("person",), gender=gender)
            subject = self._subject_before(pos, found, gender)
            k = bisect_right(self.breaks, pos) - 1
            if subject is None and k >= 2 and self.pronoun_openers.get(self.breaks[k - 1]) == gender \
                    and not self._names_person(self.breaks[k - 1], pos):
                # "Zelensky met Biden. He thanked him. “…,” he said": the pronoun opening the sentence before,
                # which like the pronoun's own names no one, goes on with the person opening the one before that
                opener = self.subject_openers.get(self.breaks[k - 2])
                if opener is not None and self.people[opener].gender in (None, gender):
                    subject = opener
            return subject or found
        if low in GROUP_PRONOUNS:
            # a plural group named in the last few sentences ("Ukrainian officials have accused Moscow …
            # They say") before a nearer country
            i = bisect_left(self.mentions, (pos,)) - 1
            k = bisect_left(self.pairs, (pos,)) - 1
            pair = self.pairs[k] if k >= 0 and pos - self.pairs[k][0] <= _GROUP_REACH and self.pairs[k][1] <= pos else None
            k = bisect_left(self.actor_lists, (pos,)) - 1
            listed = self.actor_lists[k] if k >= 0 and pos - self.actor_lists[k][0] <= _GROUP_REACH \
                and self.actor_lists[k][1] <= pos else None
            if listed is not None and (pair is None or listed[0] > pair[0]):
                pair = listed  # "France, Germany and Poland said they …": the list, nearer than any two people
            while i >= 0 and pos - self.mentions[i][0] <= _GROUP_REACH:
                if pair is not None and self.mentions[i][0] < pair[0]:
                    return pair[2]  # "Starmer and Macron said …. They said": the two, nearer than any group
                if self.mentions[i][3] == "group":
                    return self.mentions[i][2]
                i -= 1
            return pair[2] if pair is not None else self.latest(pos, ("group", "actor"), places=False)
        if low in FIRST_PERSON and self.turns:
            i = bisect_right(self.turns, (pos, "\uffff")) - 1  # "Vladimir Putin: … I quote: “…”"
            return self.turns[i][1] if i >= 0 else None
        if low in SELF_PRONOUNS or low in THING_PRONOUNS:
            return None
        if " and " in text and text not in _lexicon().aliases and not _AND_IN_BODY.search(text):
            # "Olha Stefanishyna and Denys Shmyhal" (not "the secretary of the National Security and Defense Council")
            parts = [self.resolve(part, pos) for part in _LIST_SEPARATOR.split(text)
                     if not part.endswith(".") or not _is_title(part.split()[-1])]  # (not "former Gov." of "former Gov. and chairman Ed Rendell")
            found = list(dict.fromkeys(p for p in parts if p))
            if found:
                return found[0] if len(found) == 1 else ", ".join(found[:-1]) + " and " + found[-1]
        lex = _lexicon()
        bare = _POSSESSIVE.sub("", text)
        found = self.person_by_full_surname(bare.split())
        if found:
            return found
        if bare in self.defined:
            return self.defined[bare]
        if bare in lex.aliases and not self.person_by_surname(bare):  # "Cuban" is Mark Cuban once he is named
            return lex.aliases[bare]
        words = bare.split()
        if not words:
            return None
        place = next((i for i, w in enumerate(words) if w in ("from", "in") and i > 0), None)
        if place is not None and _role_of(words[:place], lex)[0]:
            words = words[:place]  # "the senator from Vermont", "the ambassador in Kyiv": the role, wherever it serves
        relation = next((i for i, w in enumerate(words) if w in ("to", "for") and i > 0), None)
        if relation is not None and (self._is_person_phrase(words[relation + 1 :], lex) or _role_of(words[:relation], lex)[0]
                                     and not self._named_in(words[relation + 1 :])):  # "Envoy to Ukraine Keith Kellogg"
            words = words[:relation]  # "the former top aide to President George W. Bush", "the adviser to the head": the aide
        if words[0].lower() in _INDEFINITE and all(w.islower() for w in words[1:-1]) and words[-1][:1].isupper():
            found = self.person_by_surname(words[-1])  # "an angry Hollande": the article is style, the name counts
            if found:
                return found
        if len(words) >= 2 and _POSSESSIVE.search(words[-2]) and (words[-1].lower() in lexicons.load("body_nouns")
                                                                  or words[-1].lower() in lexicons.load("message_nouns")):
            # "Prime Minister Benjamin Netanyahu's office" speaks for him, "Clinton’s response" is hers
            owner = self.resolve(" ".join(words[:-1]), pos)
            if owner is not None:
                return owner
        if len(words) == 2 and words[0].lower() in ("his", "her") and words[1].lower() in lexicons.load("body_nouns"):
            return self.resolve("he" if words[0].lower() == "his" else "she", pos)  # "His office later clarified": his
        if len(words) >= 3 and words[0].lower() == "the" and words[-1].lower() in lexicons.load("body_nouns") \
                and all(w[:1].isupper() for w in words[1:-1]):
            owner = self.resolve(" ".join(words[1:-1]), pos)  # "The Clinton campaign" speaks for her
            if owner in self.people:
                return owner
        if len(words) == 2 and words[0].lower() == "the" and words[1].lower() in lexicons.load("organisation_nouns"):
            return self._latest_organisation(pos, words[1].lower())  # "The RSF … the group said"
        if len(words) == 2 and _capitalised_name(words[0]) and words[0].lower() not in _INDEFINITE | {"the", "this", "that", "each", "every"} \
                and (words[1].lower() in lexicons.load("organisation_nouns") or words[1].lower() in lexicons.load("media_nouns")):
            return lex.aliases.get(words[0], words[0])  # "Time magazine", "Hamas movement": the name
        if len(words) == 2 and words[0].lower() == "the" and _AGE_NOUN.fullmatch(words[1]):
            return self.latest(pos, ("person",))  # "“Never,” the 50-year-old told the BBC": the person named last
        if words[0].lower() not in _INDEFINITE:  # "a longtime adviser to Trump" is someone unnamed, not Trump
            found = self._named_in(words)
            if found:
                return found
            # a role: "the envoy", "the U.S. president", "Ukraine's foreign minister"
            role, nationality = _role_of(words, lex)
            described = _is_description(words, lex)
            if role:
                found = self.latest(pos, ("person",), role=role, nationality=nationality)
                if found or not described:
                    return found
            if described:
                # "the Dutch politician", "the former commander-in-chief": someone already named, of that
                # country or of none known
                nationality = {lex.nationalities[w.lower()] for w in words[1:-1] if w.lower() in lex.nationalities}
                found = self.latest(pos, ("person",), nationality=nationality)
                if found:
                    return found
        heads = lexicons.load("institution_heads")
        named_after = next((i for i in range(1, len(words)) if _POSSESSIVE.sub("", words[i]) in heads
                            and any(" ".join(words[j:i]) in lex.aliases for j in range(max(0, i - 3), i))), None)
        if named_after is not None:  # "the Washington Post", "Kyiv School of Economics": the outlet, not its city
            first = next(i for i in range(named_after, -1, -1) if i == 0 or not words[i - 1][:1].isupper())
            first += words[first] in ("The", "A")
            last = named_after + 1
            while last < len(words) and (words[last][:1].isupper() or words[last] in ("of", "for")
                                         and last + 1 < len(words) and words[last + 1][:1].isupper()):
                last += 1  # "Kyiv School of Economics"
            return " ".join(_POSSESSIVE.sub("", w) for w in words[first:last])
        # an actor named inside: "the Ukrainian General Staff", "Russian officials", "a Kremlin official"
        plain = [_POSSESSIVE.sub("", w) for w in words]  # "Ukraine’s military": Ukraine
        for n in range(min(len(plain), _MAX_NAME_WORDS), 0, -1):
            for i in range(len(plain) - n + 1):
                candidate = " ".join(plain[i : i + n])
                if candidate in self.defined:  # "the paramilitary RSF", not "Sudan" in "Sudan Doctors Network"
                    return self.defined[candidate]
                if candidate in lex.aliases:
                    return lex.aliases[candidate]
        organisation_nouns = lexicons.load("organisation_nouns")
        if words[0].lower() == "the" and len(words) >= 3 and _capitalised_name(words[-1]) and all(w.islower() for w in words[1:-1]) \
                and any(w.rstrip(",") in organisation_nouns for w in words[1:-1]):
            return words[-1]  # "the open-source monitoring group DeepState"
        named = [w for w in words[1:-1] if w[:1].isupper()]
        if words[0].lower() == "the" and words[-1].lower() in lexicons.load("organisation_nouns") and len(named) == 1 \
                and all(w.islower() for w in words[1:-1] if w is not named[0]):
            return _POSSESSIVE.sub("", named[0])  # "the DeepState monitoring group": DeepState
        if words[-1].lower() in lexicons.load("group_nouns"):
            i = bisect_left(self.mentions, (pos,))
            if i < len(self.mentions) and self.mentions[i][0] == pos and self.mentions[i][3] == "group" \
                    and self.mentions[i][2] != text:
                return self.mentions[i][2]  # "the leaders" after "G7 leaders": the group named before
            return bare[0].upper() + bare[1:] if bare[0].islower() and words[0].lower() not in ("the", "a") else (
                " ".join(w for w in words if w.lower() not in ("the", "a", "an")))
        return self._description(words)

    def _latest_organisation(self, pos: int, noun: str) -> str | None:
        """The latest actor before ``pos`` that is an organisation, not a country or a capital."""
        types = _lexicon().types
        i = bisect_left(self.mentions, (pos,)) - 1
        k = bisect_left(self.unnamed, (pos,))
        if any(pos - start <= _UNNAMED_REACH and n == noun for start, n in self.unnamed[max(0, k - 3) : k]):
            return None  # "A group of experts … urges the EU … the group emphasizes": a body the text does not name
        for start, _, canonical, kind in reversed(self.mentions[max(0, i - _LOOK_BACK + 1) : i + 1]):
            if kind == "actor" and types.get(canonical, "organisation") == "organisation":
                return canonical
        return None

    def _is_person_phrase(self, words: list[str], lex: _Lex) -> bool:
        """A title and name, or a known person ("President George W. Bush", "Bernie Sanders"), not a
        place before a name ("Ukraine Keith Kellogg" in "Special Envoy to Ukraine Keith Kellogg")."""
        if not words:
            return False
        first = words[0]
        if first in lex.title_words or first.rstrip(".") + "." in lex.title_words:
            return True
        return first not in lex.aliases and len(words) <= 3 and (
            " ".join(words) in self.people or self.person_by_surname(words[-1]) is not None)

    def _named_in(self, words: list[str]) -> str | None:
        """A person named inside the mention: "Hungarian Prime Minister Viktor Orban", "Kellogg"; the name
        ending the mention first ("former George W. Bush speechwriter Noam Neusner" is Neusner)."""
        head = next((words[:i] for i, w in enumerate(words) if i and w in ("of", "from", "in")), words)
        for n in range(min(len(head), _MAX_NAME_WORDS), 0, -1):  # "Senator Barbara Boxer of California": Boxer
            candidate = " ".join(head[len(head) - n :])
            if candidate in self.people:
                return candidate
        for n in range(min(len(words), _MAX_NAME_WORDS), 0, -1):  # "Representative Charles B. Rangel of New York"
            for i in range(len(words) - n, -1, -1):
                candidate = " ".join(words[i : i + n])
                if candidate in self.people:
                    return candidate
        if len(words) >= 2 and words[-2] in _FIRST_NAME_TITLES:  # "Sir Keir": Keir Starmer
            return self.person_by_first_name(words[-1])
        return self.person_by_surname(words[-1], _lexicon().genders.get(words[-2].lower()) if len(words) >= 2 else None)

    @staticmethod
    def _description(words: list[str]) -> str | None:
        """A short capitalised description as its own label: "a New Hampshire Democrat" → "New Hampshire Democrat"."""
        if words[-1][:1].isupper() and len(words) <= 4:
            return " ".join(w for w in words if w.lower() not in _INDEFINITE | {"the"})
        if words[-1][:1].isupper() and len(words) <= 8 and all(w[:1].isupper() or w in _NAME_JOINERS for w in words):
            return " ".join(words[1:] if words[0] in ("The", "the") else words)  # "The Institute for the Study of War"
        return None


@dataclass(frozen=True)
class _Lex:
    titles: tuple[str, ...]  # longest first
    title_words: frozenset
    roles: frozenset  # lower-case role nouns
    aliases: dict  # alias -> canonical actor
    nationalities: dict  # adjective or alias (lower) -> canonical actor
    types: dict  # canonical -> type
    not_names: frozenset  # capitalised words that are no part of a person's name
    known_people: dict  # surname -> full name of the people of actor_countries.tsv
    genders: dict  # honorific, gendered role or first name -> "f" or "m"
    same_role: dict  # role as written -> the role it stands for ("head of state" -> "president")
    person_actor: dict  # person of actor_countries.tsv -> the actor they speak for
    person_roles: dict  # person of actor_countries.tsv -> the roles it gives them ("prime minister")
    sentence_starters: frozenset  # words that open sentences ("Although"): no first name


@lru_cache(maxsize=1)
def _lexicon() -> _Lex:
    titles = sorted(lexicons.load("titles"), key=len, reverse=True)
    aliases: dict[str, str] = {}
    nationalities: dict[str, str] = {}
    types: dict[str, str] = {}
    for canonical, kind, forms in lexicons.load_rows("gazetteer"):
        types[canonical] = kind
        aliases[canonical] = canonical
        for form in forms.split("|"):
            aliases[form] = canonical
            nationalities[form.lower()] = canonical
    same_role = {written: role for written, role in lexicons.load_rows("role_equivalents")}
    return _Lex(
        titles=tuple(titles),
        title_words=frozenset(w for t in titles for w in t.split()),
        # (and the written forms of role_equivalents.tsv: "the President's wife" is the first lady)
        roles=frozenset(t.lower().rstrip(".") for t in titles if not t.endswith(".")) | frozenset(same_role),
        aliases=aliases,
        nationalities=nationalities,
        types=types,
        not_names=lexicons.load("not_names"),
        known_people=_known_people(types),
        genders={word.lower(): gender for word, gender in lexicons.load_rows("person_gender")},
        same_role=same_role,
        person_actor={row[0]: row[1] for row in lexicons.load_rows("actor_countries")},
        person_roles={row[0]: frozenset(same_role.get(r.strip(), r.strip()) for r in row[2].split(",") if r.strip())
                      for row in lexicons.load_rows("actor_countries") if len(row) > 2},
        sentence_starters=lexicons.load("sentence_starters"),
    )


def _countries(person: Person) -> set[str]:
    """The actors a person is placed in: nationality words read before the name, or actor_countries.tsv."""
    actor = person_actor(person.name)
    return person.nationality | {actor} if actor else person.nationality


def _is_description(words: list[str], lex: _Lex) -> bool:
    """ "the Dutch politician", "the former commander-in-chief": "the", nationality or modifier words,
    and a noun for a person."""
    return words[0].lower() == "the" and len(words) >= 3 and bool(_PERSON_NOUN.fullmatch(words[-1].split("-")[0])) \
        and all(w.lower() in lex.nationalities or w.lower() in _MODIFIERS for w in words[1:-1])


def _compatible(person: Person, nationality: set[str]) -> bool:
    """The person may be of ``nationality``: of that country, or of no country known (NATO's Secretary
    General may be "the Dutch politician")."""
    types = _lexicon().types
    countries = {c for c in _countries(person) if types.get(c) == "country"}
    return not countries or bool(nationality & countries)


def _known_people(gazetteer: dict) -> dict[str, str]:
    """Surname -> full name of each person the domain list names (the first spelling wins)."""
    out: dict[str, str] = {}
    for name, *_ in lexicons.load_rows("actor_countries"):
        words = name.split()
        if len(words) >= 2 and name not in gazetteer:
            out.setdefault(words[-1], name)
    return out


lexicons.on_change(_lexicon.cache_clear)


def role_nouns() -> frozenset[str]:
    """Lower-case roles of the titles lexicon as the resolver reads them ("envoy", "foreign minister")."""
    return _lexicon().roles


def person_actor(name: str) -> str | None:
    """The actor a person of ``actor_countries.tsv`` speaks for ("Donald Trump" → "United States")."""
    return _lexicon().person_actor.get(name)


def _capitalised_name(word: str) -> bool:
    """A one-word name: capitalised and more than an initial ("DeepState", "Hromadske", not "A")."""
    return len(word) > 1 and word[0].isupper() and not word.endswith(".")


_DEMONYM_ENDING = re.compile(r"(?:ian|ean|ese|ish|can|i|ch)$")


def is_demonym(word: str) -> bool:
    """A gazetteer adjective of an actor ("Russian", "Israeli", "French"), not its name ("Iran", "Tehran")."""
    actor = _lexicon().aliases.get(word)
    return actor is not None and actor != word and bool(_DEMONYM_ENDING.search(word))


def is_known_name(word: str) -> bool:
    """A gazetteer actor's name or alias ("Kyiv", "Ukraine") or a known person's surname ("Putin")."""
    lex = _lexicon()
    return word in lex.aliases or word in lex.known_people


def actor_of(name: str) -> str | None:
    """The gazetteer actor a name or demonym stands for ("U.S.", "Ukrainian", "the Kremlin"), else None."""
    return _lexicon().aliases.get(name)


def actor_types() -> dict[str, str]:
    """Canonical gazetteer actor -> its type ("country", "organisation")."""
    return dict(_lexicon().types)


_ROLE_PREPOSITIONS = frozenset(("of", "for", "to", "at"))


def _role_of(words: list[str], lex: _Lex) -> tuple[str | None, set[str]]:
    """ "the U.S. president" -> ("president", {"United States"}); "the envoy" -> ("envoy", set())."""
    low = [re.sub(r"^(?:ex|former)-", "", w.lower().rstrip(",")) for w in words]  # "the ex-president": the role held
    for n in (3, 2, 1):
        # a role after "of" is the office's, not the person's: "the Deputy Head of the Office of the President"
        if len(low) >= n and " ".join(low[-n:]) in lex.roles and ("of" in low[-n:] or not _ROLE_PREPOSITIONS.intersection(low[1:-n])):
            role = " ".join(low[-n:])
            nationality = {lex.nationalities[w] for w in low[:-n] if w in lex.nationalities}
            nationality |= {lex.nationalities[_POSSESSIVE.sub("", w)] for w in low[:-n]
                            if _POSSESSIVE.sub("", w) in lex.nationalities}
            return lex.same_role.get(role, role), nationality
    cut = next((i for i, w in enumerate(low) if i and w in _ROLE_PREPOSITIONS), None)
    if cut is not None:  # "the President of Ukraine", "the Head of the Office", "a spokeswoman for the ministry"
        role, nationality = _role_of(words[:cut], lex)
        place = " ".join(w for w in words[cut + 1 :] if w.lower() != "the")
        if role and low[cut] == "of" and place.lower() in lex.nationalities:  # "of Ukraine", not "envoy to Ukraine"
            nationality = nationality | {lex.nationalities[place.lower()]}
        return role, nationality
    return None, set()


@lru_cache(maxsize=1 << 16)
def _is_title(w: str) -> bool:
    """A title word ("President", "Gov."), or a role with a lower-case part ("Co-anchor", "Ex-president")."""
    title_words = _lexicon().title_words
    return w in title_words or w.rstrip(".") + "." in title_words or bool(_HYPHEN_ROLE.fullmatch(w))


lexicons.on_change(_is_title.cache_clear)


def _split_title(words: list[str]) -> tuple[list[str], list[str]]:
    """Leading title and context words, then the name: "US Special Envoy to Ukraine Keith Kellogg"."""
    cut = _title_end(tuple(words))
    return words[:cut], words[cut:]


@lru_cache(maxsize=1 << 16)
def _title_end(words: tuple[str, ...]) -> int:
    """Where :func:`_split_title` cuts ``words`` (a run recurs across an article and across articles)."""
    lex = _lexicon()
    titles = [_is_title(w) for w in words]
    # a title ends a run only when no name stands before it: "the President", but "Charlie King"
    named_before = any(not title and w not in lex.not_names and w not in lex.aliases for w, title in zip(words[:-1], titles))
    last_title = -1
    for i in range(len(words) - 1 if named_before else len(words)):
        if titles[i]:
            last_title = i
    return last_title + 1


lexicons.on_change(_title_end.cache_clear)


def build_registry(text: str, spans: list[tuple[int, int]] | None = None) -> Registry:
    """Read one article's people, actors and groups (see the module docstring); ``spans`` are its
    sentences if already split."""
    lex = _lexicon()
    reg = Registry()
    reg.breaks = [start for start, _ in (split_sentences(text) if spans is None else spans)]
    reg.pronoun_openers = {start: PRONOUN_GENDER[m.group(1).lower()] for start in reg.breaks
                           if (m := _PRONOUN_OPENING.match(text, start))}
    alias_re = _alias_pattern()
    documents = _document_pattern()
    for m in alias_re.finditer(text):
        if documents.match(text, m.end()) or text.startswith("$", m.end()):
            continue  # (nor the currency of "US$7bn")
        if _first_name(text, m, lex):
            reg.first_names.append(m.start())  # (in text order)
            continue
        reg.mentions.append((m.start(), m.end(), lex.aliases[m.group()], "actor"))
        if _LOCATIVE.search(text, max(0, m.start() - 12), m.start()):
            reg.places.add(m.start())  # "met in Paris": a place, no one "they" can stand for
    _read_bodies(text, reg, lex)
    _read_defined(text, reg, lex)
    reg.unnamed = [(m.start(), m.group()) for m in _phrases("organisation_nouns", text)
                   if _INDEFINITE_BEFORE.search(text, max(0, m.start() - 24), m.start())]
    actor_spans = [(s, e) for s, e, _, _ in reg.mentions]
    actor_starts = [s for s, _ in actor_spans]

    def in_actor(start: int, end: int) -> bool:  # "Donetsk People's Republic" is an actor, no person
        i = bisect_left(actor_starts, start + 1) - 1
        return i >= 0 and actor_spans[i][0] <= start and end <= actor_spans[i][1]

    headlines = reg.headlines = headline_lines(text, reg.breaks)
    in_headline = []
    for m in _NAME_RUN.finditer(text):
        if m.group() in lex.not_names or m.group() in lex.aliases:
            continue  # a lone "The", "However" or "Ukraine" names no person (the most common runs by far)
        if headlines and inside(headlines, m.start()):
            in_headline.append(m)  # read once the body has named its people
        else:
            _read_name_run(text, m, reg, lex, in_actor)
    full_names = {p.name for p in reg.people.values() if " " in p.name}
    for m in in_headline:
        _read_headline_run(text, m, reg, lex, in_actor, full_names)
    groups: list[tuple[int, str]] = []  # (start, label) of the groups named so far, not by "the <noun>"
    article_words, offsets, _ = lexicons.word_index(text)
    plurals = _group_plurals()
    for k in compress(range(len(article_words)), map(plurals.__contains__, article_words)):
        noun, noun_start = article_words[k], offsets[k]
        noun_end = noun_start + len(noun)
        if in_actor(noun_start, noun_end):  # "the United Nations" is an actor, no group of nations
            continue
        # "Ukrainian officials", "Many New Hampshire voters", "the senators", "Residents"
        prefix = _GROUP_PREFIX.search(text, max(0, noun_start - 60), noun_start)
        if prefix is not None and prefix.group("modifiers") and (
                not _modifiers(prefix.group("modifiers").split())
                or text[prefix.start() : noun_start].split()[0].lower() in _FUNCTION_WORDS):
            # "The Kremlin told officials": a verb between, no group named by it (but "But the protesters")
            prefix = _GROUP_PREFIX_PLAIN.search(text, max(0, noun_start - 60), noun_start)
        if prefix is None and noun[0].islower():
            continue  # "their families", "family members": no group named
        start = prefix.start() if prefix else noun_start
        words = text[start:noun_end].split()
        label = " ".join(words[1:] if words[0] in _QUANTIFIER_WORDS else words)  # "Many American voters"
        if words[0] in ("the", "The") and len(words) == 2:
            # "G7 leaders … the leaders said": the group named before with that noun (a group of its own else)
            for g_start, g_label in reversed(groups):
                if start - g_start > _UNNAMED_REACH:
                    break  # (groups come in text order: the walk stops at the reach)
                if g_label.split()[-1] == words[1]:
                    label = g_label
                    break
        else:
            groups.append((start, label))
        reg.mentions.append((start, noun_end, label, "group"))
    reg.mentions.sort()
    role_mentions = []
    for m in _roles_after_the(text):
        person = reg.resolve(m.group(), m.start())
        if person in reg.people:
            role_mentions.append((m.start(), m.end(), person, "person"))
    if role_mentions:
        reg.mentions = sorted(reg.mentions + role_mentions)
    reg.owners = {start for start, end, _, kind in reg.mentions if kind == "person" and _POSSESSIVE.search(text, end - 3, end)}
    people = [m for m in reg.mentions if m[3] == "person"]
    for (start, end, first, _), (start2, end2, second, _) in zip(people, people[1:]):
        if first != second and " " in first and " " in second and end <= start2 and not {start, start2} & reg.owners \
                and _PAIR_JOIN.fullmatch(text, end, start2):
            reg.pairs.append((start, end2, f"{first} and {second}", end))
    actors = [m for m in reg.mentions if m[3] == "actor" and m[0] not in reg.places
              and not is_demonym(_POSSESSIVE.sub("", text[m[0] : m[1]]).split("-")[-1])]  # (not "Polish-Belarusian borders")
    run: list[tuple] = []
    for mention in actors + [(len(text) + 1, len(text) + 1, "", "actor")]:
        if run and mention[2] not in {m[2] for m in run} and _LIST_JOIN.fullmatch(text, run[-1][1], mention[0]):
            run.append(mention)
            continue
        if len(run) >= 2 and _AND_JOIN.fullmatch(text, run[-2][1], run[-1][0]) and _LIST_VERB.match(text, run[-1][1]):
            names = [m[2] for m in run]
            reg.actor_lists.append((run[0][0], run[-1][1], ", ".join(names[:-1]) + " and " + names[-1]))
        run = [mention]
    reg.turns = _turns(text, reg)
    for start in reg.breaks:  # "Zelensky met Biden": the person a sentence opens with, titles aside (not "Zelensky's")
        i = bisect_left(reg.mentions, (start,))
        if i < len(reg.mentions) and reg.mentions[i][3] == "person" and reg.mentions[i][0] not in reg.owners \
                and _TITLES_ONLY.fullmatch(text, start, reg.mentions[i][0]):
            reg.subject_openers[start] = reg.mentions[i][2]
    opening_role = _role_pattern(any_case=True)
    for start in reg.breaks:
        opening = opening_role.match(text, start) if text.startswith(("The", "the"), start) else None
        person = reg.resolve(opening.group(), start) if opening and not _OF_NEXT.match(text, opening.end()) else None
        if person in reg.people:
            reg.openers[start] = person
    return reg


# a line opening with a speaker's label and a colon: "Vladimir Putin: …", "President of Russia Vladimir
# Putin: …", "Question: …" (capitalised words and small words, no sentence)
_TURN = re.compile(r"^[^\S\n]*([A-Z][\w.’'-]*(?:[^\S\n]+(?:[A-Z][\w.’'-]*|of|the|and|de|von|van|al)){0,7})"
                   r"(?:[^\S\n]*\([^()\n]{1,40}\))?[^\S\n]*:[^\S\n]", re.M)


def _turns(text: str, reg: Registry) -> list[tuple[int, str | None]]:
    """The turns of a transcript: a label opening a line and a colon, its person when the label ends in
    a person's name. Fewer than two labelled lines is no transcript ("Zelensky: ‘We will not give up’")."""
    people = {(start, end): name for start, end, name, kind in reg.mentions if kind == "person"}
    ends = {end: name for (start, end), name in people.items()}
    turns = [(m.start(), ends.get(m.end(1))) for m in _TURN.finditer(text)
             if not _DATELINE_LABEL.fullmatch(m.group(1))]
    return turns if sum(1 for _, name in turns if name) >= 2 else []


_DATELINE_LABEL = re.compile(r"(?:[A-Z][A-Z.’'-]+[^\S\n]*)+")  # "KYIV:" is a dateline, no turn


_AND_IN_BODY = re.compile(r"\bof\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+)+and\s+[A-Z]")  # "of the National Security and Defense …"
_WORD_BEFORE = re.compile(r"(\S+)\s+$")
_SURNAME_NEXT = re.compile(r"\s([A-Z][a-z’'-]+)(?![\w’'-])(?:\s+(\S))?")


def _first_name(text: str, m: re.Match, lex: _Lex) -> bool:
    """A country's name that is a person's first name right after a title: "Defence Minister Israel
    Katz", "party leader Jordan Bardella" (one surname follows; not "President of Israel Bennett")."""
    if lex.aliases[m.group()] != m.group():
        return False  # an adjective ("Russian") is no first name
    title = _WORD_BEFORE.search(text, max(0, m.start() - 20), m.start())
    if not title or title.group(1) in _NAME_JOINERS \
            or (title.group(1) not in lex.title_words and title.group(1).lower() not in lex.roles):
        return False
    surname = _SURNAME_NEXT.match(text, m.end())
    return surname is not None and surname.group(1) not in lex.aliases \
        and not (surname.group(2) and surname.group(2).isupper())  # (nor "Minister Israel Katz Smith")


# "the paramilitary Rapid Support Forces (RSF)", "International Atomic Energy Agency (IAEA)"
_ACRONYM = re.compile(r"\((?<=\s\()([A-Z][A-Za-z]{1,7})\)")  # (the bracket first: the engine skips to it)
_NAME_BEFORE_ACRONYM = re.compile(r"(?<![\w’'-])((?:[A-Z][\w’'-]*\s+(?:(?:%s)\s+)*){1,7}[A-Z][\w’'-]*)\s*$"
                                  % "|".join(sorted(_NAME_JOINERS)))


# a capitalised word of an organisation's name ("Anti-Corruption", not "US-built" or "Hospital."), or a
# joiner after one ("Circle of Kindness Foundation", "Council for Civil Society and Human Rights")
_BODY_WORD = r"[A-Z][\w’']*(?:-[A-Z][\w’']*)*"
_BODY_WORD_BEFORE = re.compile(rf"(?<![\w.’'-])({_BODY_WORD}|of|for|and)[^\S\n]+$")
_BODY_TAIL = re.compile(rf"[^\S\n]+(?:(?:for|of|on)[^\S\n]+(?:the[^\S\n]+)?|and[^\S\n]+)((?:{_BODY_WORD}[^\S\n]+)*{_BODY_WORD})(?![\w’'-])")


@lru_cache(maxsize=None)
def _finder(name: str) -> lexicons.PhraseFinder:
    """The phrases of lexicon ``name`` as written, the longest first (as an alternation would find them)."""
    return lexicons.PhraseFinder(sorted(lexicons.load(name), key=len, reverse=True), ignore_case=False)


lexicons.on_change(_finder.cache_clear)


def _phrases(name: str, text: str) -> list[re.Match]:
    """Every phrase of lexicon ``name`` in ``text``, from the article's shared word index."""
    return [m for m, _ in _finder(name).in_spans(text, [(0, len(text))])[0]]
_INDEFINITE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Oo]ne)\s+(?:[a-z]+\s+)?$")  # "A group of experts", "a new coalition"


def _read_bodies(text: str, reg: Registry, lex: _Lex) -> None:
    """Organisations of their own (``organisation_heads.txt``): the capitalised words before a head
    noun and an "of"/"for" phrase after it ("Syrian Observatory for Human Rights"). A gazetteer alias
    inside ("Sudan" in "Sudan Doctors Network") gives way to the whole name."""
    found = []
    for m in _phrases("organisation_heads", text):
        if found and m.start() < found[-1][1]:
            continue  # the head of a name already read ("Centre for … Development Centre")
        start = named = m.start()
        floor = found[-1][1] if found else 0  # names do not overlap
        while m.start() - start < 120 and (prev := _BODY_WORD_BEFORE.search(text, max(floor, start - 40), start)) is not None \
                and prev.group(1) not in lex.sentence_starters and prev.group(1) not in ("The", "A", "An") \
                and not _POSSESSIVE.search(prev.group(1)):  # "Alexei Navalny's Anti-Corruption Foundation"
            start = prev.start(1)
            if prev.group(1)[0].isupper():
                named = start
        start = named  # not from a joiner: "members of the Foreign Advisory Group"
        end = m.end()
        while (tail := _BODY_TAIL.match(text, end)) is not None and end - m.end() < 100:
            # "… Institute for Strategic Studies", not its director "Oleksandr Bohomolov" nor "Ukraine's"
            words = list(re.finditer(r"\S+", tail.group(1)))
            good = next((k for k, w in enumerate(words) if w.group().lower() in lex.genders or w.group() in lex.title_words
                         or _POSSESSIVE.search(w.group())), len(words))
            if good:
                end = tail.start(1) + words[good - 1].end()
            if good < len(words):
                break
        name = text[start:end]
        if start == m.start() or name in lex.aliases:
            continue  # a head alone or an alias ("European Union")
        found.append((start, end, name, "actor"))
        reg.defined[name] = name
    if found:
        reg.mentions = sorted([m for m in reg.mentions if not _covered(found, m[0], m[1])] + found)


def _outermost_spans(mentions: list[tuple]) -> list[tuple[int, int]]:
    """The spans of sorted ``mentions`` with those inside another dropped and overlaps merged."""
    out: list[tuple[int, int]] = []
    for s, e, *_ in mentions:
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _covered(spans: list[tuple], start: int, end: int) -> bool:
    """``start``-``end`` overlaps one of ``spans`` (sorted, not overlapping each other)."""
    i = bisect_right(spans, (start, float("inf"))) - 1
    return (i >= 0 and spans[i][1] > start) or (i + 1 < len(spans) and spans[i + 1][0] < end)


def _read_defined(text: str, reg: Registry, lex: _Lex) -> None:
    """Organisations the article names with their acronym in brackets, and every later mention of
    either: the capitalised words before the bracket whose initials spell the acronym."""
    things = lexicons.load("thing_nouns")
    for found in _ACRONYM.finditer(text):
        m = _NAME_BEFORE_ACRONYM.search(text, max(0, found.start() - 161), found.start())
        if m is None:
            continue
        acronym = found.group(1)
        words = m.group(1).split()
        initials = [(i, w[0]) for i, w in enumerate(words) if w not in _NAME_JOINERS]
        letters = acronym.upper() if acronym.isupper() else "".join(c for c in acronym if c.isupper())
        if len(initials) < len(letters) or len(letters) < 2:
            continue
        first = initials[len(initials) - len(letters)][0]
        name = " ".join(words[first:])
        if "".join(c for _, c in initials[-len(letters):]) != letters or name in lex.aliases or acronym in lex.aliases \
                or words[first] in _NAME_JOINERS or len(words) - first < 2 or words[-1].lower() in things:
            continue
        reg.defined[name] = reg.defined[acronym] = name
    if not reg.defined:
        return
    taken = _outermost_spans(reg.mentions)
    found = []
    for m in re.finditer(r"(?<![\w.])(?:%s)(?![\w])" % "|".join(map(re.escape, sorted(reg.defined, key=len, reverse=True))), text):
        if not _covered(taken, m.start(), m.end()):
            found.append((m.start(), m.end(), reg.defined[m.group()], "actor"))
    reg.mentions = sorted(reg.mentions + found)


@lru_cache(maxsize=2)
def _role_pattern(any_case: bool = False) -> re.Pattern:
    """ "the envoy", "the U.S. president"; with ``any_case`` also "The Head of State", "The President" (releases
    write roles in capitals; read that way only as a sentence's opening subject, see ``Registry.openers``)."""
    roles = lexicons.alternation(_lexicon().roles, ignore_case=any_case)
    return re.compile(r"\b[Tt]he\s+(?:[A-Z][\w.]*\s+)?%s\b" % (f"(?i:{roles})" if any_case else roles))


lexicons.on_change(_role_pattern.cache_clear)


def _roles_after_the(text: str) -> list[re.Match]:
    """``_role_pattern().finditer(text)``, tried only at the words "the" and "The" (where a match starts)."""
    pattern, found, until = _role_pattern(), [], 0
    words, offsets, _ = lexicons.word_index(text)
    for k in compress(range(len(words)), map(_THE.__contains__, words)):
        if offsets[k] >= until and (m := pattern.match(text, offsets[k])):
            found.append(m)
            until = m.end()
    return found


_THE = frozenset(("the", "The"))
_OF_NEXT = re.compile(r"\s+of\b")  # "The President of Russia …": the role is of someone else's country


_QUANTIFIER_WORDS = frozenset("Many Most Some Several Few All Other Both".split())
_GROUP_PREFIX = re.compile(r"\b(?:(?:%s)\s+)?(?:(?:[A-Z][a-z]+|[A-Z]+\d*|(?:[A-Z]\.){2,})(?:\s+[A-Z][a-z]+){0,2}(?P<modifiers>(?:\s+[a-z][a-z-]+){0,2})|the|The)\s+$"
                           % "|".join(sorted(_QUANTIFIER_WORDS)))  # "Ukrainian officials", "G7 finance ministers"
_GROUP_PREFIX_PLAIN = re.compile(r"\b(?:(?:%s)\s+)?(?:(?:[A-Z][a-z]+|[A-Z]+\d*)(?:\s+[A-Z][a-z]+){0,2}|the|The)\s+$"
                                 % "|".join(sorted(_QUANTIFIER_WORDS)))


def _modifiers(words: list[str]) -> bool:
    """Lower-case words that can stand between a name and a group noun ("finance", "military", "senior"):
    no reporting or past verb, no function word."""
    return not any(w in lexicons.load("cue_verbs") or w in lexicons.load("irregular_past_verbs") or w.endswith(("ed", "ing"))
                   or w in _FUNCTION_WORDS for w in words)


# words that are no modifier of a group noun, nor open a named group ("To her supporters", "The two leaders")
_FUNCTION_WORDS = frozenset("and or but the a an of to in on at for from with by as than that this these those who which "
                            "is are was were be been has have had will would can could may might must should say says "
                            "his her their its our my your after before during within between among against about over "
                            "under into without when while where if all both two three four some many most".split())


@lru_cache(maxsize=1)
def _group_plurals() -> frozenset[str]:
    """The plurals of group_nouns.txt, in lower case or capitalised ("officials", "Residents"): the words
    of an article that name a group."""
    plurals = [w for w in lexicons.load("group_nouns") if re.fullmatch(r"[a-z]{3,}s", w)]
    return frozenset(plurals + [w.capitalize() for w in plurals])


lexicons.on_change(_group_plurals.cache_clear)

@lru_cache(maxsize=1)
def _document_pattern() -> re.Pattern:
    """A document's or an institution's noun after a place: "the Minsk agreements", "The Washington Post"."""
    documents = lexicons.alternation(lexicons.load("document_nouns"), ignore_case=True)
    institutions = lexicons.alternation(lexicons.load("institution_heads"))
    return re.compile(r"\s+(?:(?i:%s)|%s)\b" % (documents, institutions))


lexicons.on_change(_document_pattern.cache_clear)


@lru_cache(maxsize=1)
def _alias_pattern() -> re.Pattern:
    return scanner(r"(?<![\w.])%s(?![\w])" % lexicons.alternation(_lexicon().aliases))


lexicons.on_change(_alias_pattern.cache_clear)


_HEADLINE_LINE = re.compile(r"[^\n]+")
_LINE_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def headline_lines(text: str, sentence_starts: list[int]) -> list[tuple[int, int]]:
    """The lines of ``text`` written in Title Case ("Trump Clears Ukraine to Strike Deep into Russia: ‘No
    Sanctuaries Left’"): one sentence (``sentence_starts`` sorted) of at least three words, every one
    capitalised but the small words of ``headline_small_words.txt``, and no list (two commas or more;
    "Head of … Administration Vitalii Kim. Head of …" is two sentences)."""
    small = lexicons.load("headline_small_words")
    found = []
    for line in _HEADLINE_LINE.finditer(text):
        if line.group().count(",") >= 2:
            continue
        words, only_small = 0, True
        for word in _LINE_WORD.finditer(text, line.start(), line.end()):  # (a body line fails at its first words)
            word = word.group()
            words += 1
            if words > 30 or not (word[0].isupper() or word in small):
                break
            only_small = only_small and word in small
        else:
            if words < 3 or only_small:
                continue
            i = bisect_right(sentence_starts, line.start())
            if i >= len(sentence_starts) or sentence_starts[i] >= line.end():
                found.append(line.span())
    return found


def inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` lies in one of the sorted, disjoint ``spans``."""
    i = bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def _read_headline_run(text: str, m: re.Match, reg: Registry, lex: _Lex, in_actor, full_names: set[str]) -> None:
    """A run of capitalised words in a headline, where every word is capitalised: only the people the
    body names ("Trump" in "Trump Addresses Munich Attack", "Kristen Gillibrand" in "Sen. Kristen
    Gillibrand Backs …"), a first name with the word after it ("John Nolte" in "Follow John Nolte") and
    a name after a title abbreviation ("Dear Mrs. Ināra!") are people; "Strike Deep" and "Sanctuaries
    Left" are not."""
    words = [(w.group(), m.start() + w.start(), m.start() + w.end()) for w in re.finditer(r"\S+", m.group())]
    i = 0
    while i < len(words):
        for n in range(min(4, len(words) - i), 1, -1):  # a full name the body gives
            phrase = _POSSESSIVE.sub("", " ".join(w for w, _, _ in words[i : i + n]))
            if phrase in full_names and not in_actor(words[i][1], words[i + n - 1][2]):
                reg.mentions.append((words[i][1], words[i + n - 1][2], phrase, "person"))
                i += n
                break
        else:
            word, start, end = words[i]
            bare = _POSSESSIVE.sub("", word)
            known = None if bare in lex.not_names or bare in lex.aliases else reg.person_by_surname(bare)
            if known and not in_actor(start, end):
                reg.mentions.append((start, start + len(bare), known, "person"))
            elif _first_name_word(word, lex) and i + 1 < len(words) and not _POSSESSIVE.search(word):
                _read_name(text, [word, words[i + 1][0]], start, words[i + 1][2], reg, lex)
                reg.promote(_POSSESSIVE.sub("", words[i + 1][0]), f"{word} {_POSSESSIVE.sub('', words[i + 1][0])}")
                i += 1
            elif i == 0 and _honorific_pattern().search(text, max(0, start - 12), start):
                _read_name(text, [word], start, end, reg, lex)  # "Dear Mrs. Ināra!"
            i += 1


def _read_name_run(text: str, m: re.Match, reg: Registry, lex: _Lex, in_actor) -> None:
    """Each part of a run of capitalised words, split after possessives ("Trump’s August")."""
    pos, words, parts = m.start(), [], []
    for word in m.group().split():
        at = text.index(word, pos)
        words.append((word, at))
        pos = at + len(word)
        if _POSSESSIVE.search(word):
            parts.append((words, pos))
            words = []
    if words:
        parts.append((words, m.end()))
    first = parts[0][0]
    if len(first) > 1 and first[0][0] in lex.sentence_starters and first[0][0].lower() not in lex.genders:
        parts[0] = (first[1:], parts[0][1])  # "Although Weiner admitted": the conjunction opens the sentence
    for words, end in parts:
        start = words[0][1]
        if not in_actor(text.find(" ", start, end) + 1 if words[0][0] in lex.not_names else start, end):
            _read_name(text, [w for w, _ in words], start, end, reg, lex)


_OFFICE_NOUN_ENDINGS = ("tion", "sion")  # "… for European Integration Valeria Kolomiets": no part of a name
_PATRONYMIC = re.compile(r"(?:ych|ich|vna|chna)$")  # "Anatoliyovych", "Volodymyrych", "Petrovna"


def _first_name_word(word: str, lex: _Lex) -> bool:
    """A first name of the gender lexicon ("Donald", "Olena"), not an honorific or a gendered role."""
    return word.lower() in lex.genders and word[1:].islower() and word not in lex.title_words \
        and word.lower() not in lex.roles


def _read_name(text: str, words: list[str], start: int, end: int, reg: Registry, lex: _Lex) -> None:
    if text[end : end + 1] == "." and words[-1] + "." in lexicons.load("abbreviations_title"):
        return  # "Ohio Gov. John Kasich", "Vermont Sen. Bernie Sanders": the run is a title, the name follows
    # the lower-case context just before: "the envoy", "US Special Envoy to Ukraine"
    before = text[max(0, start - 40) : start]
    title_words, name_words = _split_title(words)
    if title_words and not name_words:
        return
    # the name is what follows the last word that names no person: "European Commission Ursula von der Leyen"
    i = bisect_left(reg.first_names, start)  # "Defence Minister Israel Katz"
    first_name = reg.first_names[i] if i < len(reg.first_names) and reg.first_names[i] < end else None
    cut = max((i + 1 for i, w in enumerate(name_words[:-1]) if w in lex.not_names or w.endswith(_OFFICE_NOUN_ENDINGS)
               or w in lex.aliases and not (first_name is not None and text.startswith(w, first_name))), default=0)
    if cut:
        title_words, name_words = title_words + name_words[:cut], name_words[cut:]
        if all(_is_title(w) for w in name_words):
            return  # "Labour and Social Protection Minister": a title to its end
    first = next((i for i, w in enumerate(name_words[:-1]) if _first_name_word(w, lex)), 0)
    if first and len(name_words) >= 3 and all(w[1:].islower() for w in name_words[:first]) \
            and not re.fullmatch(NAME_PARTICLES, name_words[first], re.I) and not _PATRONYMIC.search(name_words[-1]):
        # "Billionaire Donald Trump", "Chechnya Ramzan Kadyrov", "Francisco Supervisor Jane Kim": the words
        # before the first first name describe the person (but "Mary Ann Smith" is one name, "Abdulla Al
        # Marzouki" has a particle, and "Syrskyi Oleksandr Stanislavovych" is surname, name and patronymic)
        title_words, name_words = title_words + name_words[:first], name_words[first:]
    while name_words and name_words[-1] in CALENDAR_WORDS:  # "said Trump Monday"
        name_words = name_words[:-1]
    if name_words and _POSSESSIVE.sub("", name_words[-1]) in lex.not_names:  # "the Global Times", "Crimea Platform's": no person
        return
    if not name_words or all(w.isupper() for w in name_words) and len(name_words) > 1:
        return  # a dateline in capitals ("PORT SUDAN, Oct 14") names no one
    if not title_words and _THE_BEFORE.search(before) and _NOUN_AFTER.match(text, end):
        return  # "the Kryvyi Rih businessman", "the New York office": a place or body as a modifier
    name_words[-1] = _POSSESSIVE.sub("", name_words[-1])
    name = " ".join(name_words)
    if name in lex.aliases or any(w in lex.aliases for w in name_words) and len(name_words) == 1:
        return
    run = text[start:end]
    name_start = start + run.index(name_words[0]) if name_words[0] in run else start
    roles, nationality = set(), set()
    # "the spokesman for Bernie Sanders": a name right after "for"/"to" is the role's object, not its holder
    object_of = not title_words and _PREPOSITION_BEFORE.search(before)
    attached = [] if object_of else _attached_context(before, lex)
    if not attached and not title_words and text[end : end + 1] == ",":
        attached = _appositive_role(before, lex)  # "Ukraine's foreign minister, Andrii Sybiha, met …"
    context = attached + title_words
    chain = _TITLE_CHAIN.search(text, max(0, start - 160), start) if title_words else None
    if chain and chain.group().endswith("and ") and (any(_first_name_word(w, lex) for w in chain.group().split())
                                                     or not any(_first_name_word(w, lex) for w in name_words)):
        # the body's name goes on past "and" only up to a person's first name ("… National Security and
        # Defense Council Oleksiy Danilov"); not after a person ("… Territories Iryna Vereshchuk and Vice
        # President Kamala Harris") nor before a word that is none ("… Policy and International Relations")
        chain = None
    if chain:
        # "Head of the Office of the President Andriy Yermak": "President" is the office's, Yermak is the Head
        context = chain.group(1).split() + [w for w in title_words if w not in lex.title_words]
        written = " ".join(chain.group().split()[:-1]).lower()  # "minister of foreign affairs (of)"
        while written:
            if written in lex.same_role:
                roles.add(lex.same_role[written])
            written = written.rpartition(" of ")[0]
    i = 0
    while i < len(context):  # the longest role at each word: "Deputy Head" is no "Head"
        for n in (3, 2, 1):
            phrase = " ".join(context[i : i + n]).lower().rstrip(".,")
            if phrase in lex.roles:
                phrase = lex.same_role.get(phrase, phrase)
                roles.add(phrase)
                head = phrase.split()
                if len(head) == 2 and head[-1] == "general" and head[0] in lex.roles:
                    roles.add(head[0])  # "Secretary General", "Attorney General": a secretary, no general
                elif not (len(context[i : i + n]) == 2 and context[i].lower() in ("deputy", "vice")):  # no president
                    roles.add(head[-1])
                break
        i += n
    for i in range(len(context)):
        cleaned = _POSSESSIVE.sub("", context[i]).lower()
        if cleaned in lex.nationalities:
            nationality.add(lex.nationalities[cleaned])
    trailing = None if object_of else (_TRAILING_ROLE.match(text, end)
                                       or len(name_words) >= 2 and _TRAILING_TITLE.match(text, end))
    if trailing:  # "Kyrylo Budanov, head of the HUR,", "Dmitry Peskov, the Kremlin spokesman,"
        role, of_nationality = _role_of(trailing.group(1).split(), lex)
        if role:
            roles.add(role)
            nationality |= of_nationality
    gender = _gender_of(before, context, name_words, lex)
    if not title_words and (_PLACE_BEFORE.search(before) and not _POSSESSIVE.search(run)
                            or _IN_MARKS.match(text[start - 1 : start] + text[end : end + 2])
                            or _TITLE_CLOSES.match(text, end) and _TITLE_OPENS.search(before)):
        # "a breakfast in Des Moines", MSNBC's “Morning Joe”, “Shadows of Forgotten Ancestors”: a place or
        # a title (not "in Zelensky's words")
        return
    if len(name_words) >= 2:
        existing = reg.people.get(name) or reg.people.get(reg.person_by_full_surname(name_words) or "")
        if existing is None:
            # "Zelensky" seen first and "Volodymyr Zelensky" later: keep the full name
            surname = next((w for w in reversed(name_words) if w.rstrip(".") not in _NAME_SUFFIXES), name_words[-1])
            reg.people[name] = existing = Person(name=name, surname=surname)  # "Harry B. Harris Jr.": Harris
        existing.roles |= roles
        existing.nationality |= nationality
        existing.gender = existing.gender or gender
        reg.mentions.append((name_start, end, existing.name, "person"))
        return
    # one word: a known surname, or a new person named by surname alone ("Sullivan said")
    known = reg.person_by_surname(name, gender)
    if title_words and title_words[-1] in _FIRST_NAME_TITLES:  # "Sir Keir" is Keir Starmer, named before
        known = reg.person_by_first_name(name) or known
    if known:
        person = reg.people[known]
        person.roles |= roles
        person.gender = person.gender or gender
        reg.mentions.append((name_start, end, known, "person"))
        return
    full = lex.known_people.get(name)  # "President Putin" is Vladimir Putin (actor_countries.tsv)
    if full:
        person = reg.people.setdefault(full, Person(name=full, surname=name))
        person.roles |= roles
        person.nationality |= nationality
        person.gender = person.gender or gender or _gender_of("", [], full.split(), lex)
        reg.mentions.append((name_start, end, full, "person"))
        return
    if name.lower() in lexicons.load("group_nouns"):
        return  # "Analysts said": a group (read with the groups), no person
    if roles or _cue_follows(text, end) and not _OF_BEFORE.search(before) \
            or _honorific_pattern().search(before) or _AGE_AFTER.match(text, end):
        # "Mr. Morgan", "Sen. Cardin" (not "the Bank of England said"), "Olha, 54, a teacher"
        reg.people[name] = Person(name=name, surname=name, roles=roles, nationality=nationality, gender=gender)
        reg.mentions.append((name_start, end, name, "person"))


_AGE_AFTER = re.compile(r",\s+\d{1,3},")  # a person's age in apposition: "Olha, 54, a teacher from Zaporizhzhia"
# a capitalised title of up to nine words after a full name: "Mykhailo Podoliak, Adviser to the Head of the
# President's Office,"
_TRAILING_TITLE = re.compile(r",\s+([A-Z][\w’'.-]*(?:\s+[\w’'.-]+){1,8}?)(?=\s*(?:[,;]|\.(?:\s|$)))")
_TRAILING_ROLE = re.compile(r",\s+(?!(?:who|which|whose|whom|where|when|and|but)\b)(?:the\s+|a\s+|an\s+)?((?:[\w’'.-]+\s+){0,6}?[\w’'.-]+)(?=\s*(?:[,;]|\.(?:\s|$)))")


def _gender_of(before: str, context: list[str], name_words: list[str], lex: _Lex) -> str | None:
    """"f" or "m" when an honorific ("Mrs. Clinton"), a gendered role ("Spokeswoman Maria
    Zakharova", "the first lady, Melania Trump") or a first name ("Olena Zelenska") tells."""
    words = before.split()[-2:]
    honorific = [w for w in words[-1:] if w[:1].isupper()]  # "Mrs.", but not "we miss John"
    for phrase in ([" ".join(words)] if len(words) == 2 else []) + honorific + context:
        gender = lex.genders.get(phrase.strip(",").lower())
        if gender:
            return gender
    if len(name_words) >= 2:
        return lex.genders.get(name_words[0].lower())
    return None


@lru_cache(maxsize=1)
def _honorific_pattern() -> re.Pattern:
    """A title abbreviation right before a name ("Mr. ", "Sen. "), from ``abbreviations_title``."""
    return re.compile(r"(?<![\w.])%s\s+$" % lexicons.alternation(lexicons.load("abbreviations_title")))


lexicons.on_change(_honorific_pattern.cache_clear)
_MODIFIERS = frozenset("former acting deputy foreign defence defense interior chief top senior special first".split())


def _attached_context(before: str, lex: _Lex) -> list[str]:
    """Lower-case role words written right before a name: "Ukraine's foreign minister Dmytro Kuleba"."""
    if not before or not before[-1].isspace():
        return []
    out: list[str] = []
    for word in reversed(before.split()[-6:]):
        low = _POSSESSIVE.sub("", word).lower()
        if word[-1] in ",;:!?\"”" or not (
            low in lex.roles or low in _MODIFIERS or low in lex.nationalities or low in ("to", "of", "for")
            or word in lex.title_words
        ):
            break
        out.insert(0, word)
    while out and out[0].lower() in ("to", "of", "for"):
        out.pop(0)
    return out


_APPOSITIVE_ROLE = re.compile(r"(?:\b[\w’'-]+(?:’s|'s)|\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]he))\s+((?:[\w-]+\s+){0,3}[a-z][\w-]*),\s+$")


def _appositive_role(before: str, lex: _Lex) -> list[str]:
    """The role words of an appositive before a name: "his spokesman, ", "Ukraine's foreign minister, "."""
    m = _APPOSITIVE_ROLE.search(before)
    if m is None:
        return []
    words = m.group(1).split()
    return words if " ".join(words[-2:]).lower() in lex.roles or words[-1].lower() in lex.roles else []


_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$")
_CUE_AFTER = re.compile(r"\s+(?:also\s+|later\s+|then\s+|[a-z]+ly\s+)?([a-z]+)")  # "Cruz openly admitted"
_APPOSITIVE_CUE = re.compile(r",\s+(?:the|a|an)\s+[^,.;:“”\"\n]{1,60},\s+(?:also\s+|later\s+|then\s+|[a-z]+ly\s+)?([a-z]+)")


def _cue_follows(text: str, pos: int) -> bool:
    """A reporting verb right after a name, or after its appositive ("Evans, the committeeman, said")."""
    m = _CUE_AFTER.match(text, pos) or _APPOSITIVE_CUE.match(text, pos)
    return bool(m) and m.group(1) in lexicons.load("cue_verbs")
