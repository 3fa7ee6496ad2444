"""Personal and organisation names: honorifics, given names and their gender, acronyms and short forms."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from kg import lexicon

HONORIFICS = frozenset(lexicon.words("honorifics.txt"))
# honorifics that say the bearer's gender; the others ('Dr', 'Gen', 'President') do not
GENDERED = {"Mr": "male", "Sir": "male", "Lord": "male", "King": "male", "Prince": "male",
            "Mrs": "female", "Ms": "female", "Miss": "female", "Dame": "female", "Lady": "female",
            "Baroness": "female", "Queen": "female", "Princess": "female"}
MIN_SHARE = 0.9     # a given name is a woman's (or a man's) when at least this share of its bearers are
MIN_OPENING = 5    # the fewest letters of a one-word name's opening that stands for it ('Glaxo')
SMALL_WORDS = frozenset({"of", "the", "and", "for", "&", "de", "du", "la", "in", "on"})


@lru_cache(maxsize=1)
def given_names() -> dict[str, float]:
    """Common given name (lower case, ASCII) -> share of its bearers who are women (kg/lexicon/given_names.csv)."""
    return {row["name"]: float(row["p_female"]) for row in lexicon.rows("given_names.csv")}


@lru_cache(maxsize=1)
def nicknames() -> frozenset[tuple[str, str]]:
    """(given name, nickname) pairs, lower case, both ways round (kg/lexicon/nicknames.csv): 'frederick', 'freddie'."""
    pairs = [(row["name"], row["nickname"]) for row in lexicon.rows("nicknames.csv")]
    return frozenset(pairs + [(nick, name) for name, nick in pairs])


def nickname_of(word: str, other: str) -> bool:
    """'Freddie' and 'Frederick', 'Bill' and 'William': one given name is a nickname of the other."""
    return (ascii_lower(word), ascii_lower(other)) in nicknames()


def ascii_lower(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def is_given_name(word: str) -> bool:
    return ascii_lower(word) in given_names()


def bare(name: str) -> tuple[str, str | None]:
    """'Mr Brown' -> ('Brown', 'male'), 'Gen Musharraf' -> ('Musharraf', None), 'Crown Prince Mohammed bin Salman'
    -> ('Mohammed bin Salman', 'male'): the name without its leading honorifics (and a word that qualifies one,
    not a given name: 'Crown', 'Vice'), and the gender they say."""
    words = name.split()
    gender = None
    while len(words) > 1 and (honorific(words[0]) or len(words) > 2 and honorific(words[1])
                              and words[0].istitle() and not is_given_name(words[0])):
        gender = gender or GENDERED.get(words.pop(0).rstrip("."))
    return " ".join(words), gender


def honorific(word: str) -> bool:
    return word.rstrip(".") in HONORIFICS


def gender(name: str) -> str | None:
    """'female' or 'male' when the first name (or the honorific) of `name` says so clearly, else None."""
    rest, said = bare(name)
    if said:
        return said
    share = given_names().get(ascii_lower(rest.split()[0])) if " " in rest else None
    if share is None:
        return None
    return "female" if share >= MIN_SHARE else "male" if share <= 1 - MIN_SHARE else None


def initials(name: str) -> str:
    """'American International Group' -> 'AIG', 'Ernst & Young' -> 'EY': the first letters of its words."""
    return "".join(w[0] for w in re.split(r"[\s-]+", name) if w and w.lower() not in SMALL_WORDS and w[0].isalpha()).upper()


def abbreviates(short: str, long: str) -> bool:
    """'AIG' of 'American International Group', 'E&Y' of 'Ernst & Young', 'Texas' of 'Texas Instruments',
    'Marsh' of 'Marsh & McLennan', 'Glaxo' of 'GlaxoSmithKline', 'Security Council' of 'U.N. Security Council': an
    acronym of its words, its opening words, the opening letters of a one-word name, or its words after an
    opening abbreviation."""
    letters = re.sub(r"[^A-Za-z]", "", short)
    if short.isupper() and len(letters) >= 2 and len(long.split()) >= 2 and letters == initials(long):
        return True
    return len(long) > len(short) and long.startswith(short + " ") and short[0].isupper() or opens(short, long) \
        or closes(short, long)


def closes(short: str, long: str) -> bool:
    """'Security Council' of 'U.N. Security Council', 'Reynolds Tobacco' of 'RJ Reynolds Tobacco': the words of a
    name after the abbreviation that opens it, at least two of them."""
    first, _, rest = long.partition(" ")
    return rest == short and len(short.split()) >= 2 and first.replace(".", "").isalpha() \
        and first.replace(".", "").isupper()


def opens(short: str, long: str) -> bool:
    """'Glaxo' of 'GlaxoSmithKline', 'Yugansk' of 'Yuganskneftegas': a capitalised word of at least MIN_OPENING
    letters that a one-word name at least three letters longer begins with."""
    return (len(short) >= MIN_OPENING and short.isalpha() and short[0].isupper() and " " not in long
            and len(long) >= len(short) + 3 and long.startswith(short))


PRONOUN_GENDER = {"he": "male", "him": "male", "his": "male", "himself": "male",
                  "she": "female", "her": "female", "hers": "female", "herself": "female"}


def pronoun_fits(pronoun: str, name: str) -> bool:
    """'she' may refer to Sandra Howard or to Mrs Brown, not to Gordon Brown; a name of unknown gender fits both."""
    return pronoun_agrees(pronoun, gender(name))


def pronoun_agrees(pronoun: str, known: str | None) -> bool:
    """Whether a pronoun may stand for someone of the gender `known` (None: unknown, fits every pronoun)."""
    said = PRONOUN_GENDER.get(pronoun.lower())
    return said is None or known in {said, None}


def hyphen_prefix(doc, start: int) -> str:
    """The word a hyphen joins to the name at token `start` ('anti' of 'anti-Iran', 'pro' of 'pro-Russian': the
    tokenizer gives 'anti - Iran' or 'anti- Iran'), lower case; '' for none."""
    before = [t.lower_ for t in doc[max(start - 2, 0):start]]
    if before and before[-1].endswith("-") and len(before[-1]) > 1:
        return before[-1][:-1]
    return before[0] if len(before) == 2 and before[1] == "-" else ""
