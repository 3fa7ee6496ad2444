"""Time anchoring: the date of an event, from its own clause or borrowed from a clause, paragraph or lead that
reports something that happened."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from kg.extract.events.factuality import status as status_of
from kg.extract.events.referents import local_tokens
from kg.extract.time import RELATIVE_TO_EVENT, coarsened, is_duration, period_anaphor, resolve_date, shifted
from kg.model import TimeRef
from kg.vocab import Status

if TYPE_CHECKING:
    from kg.extract.events.context import Context


def anchored(ent: Span) -> bool:
    """A date expression that names a point in time, not a duration or an offset from another event."""
    following = ent.doc[ent.end].lower_ if ent.end < len(ent.doc) else ""
    return following not in RELATIVE_TO_EVENT and not is_duration(ent.text)


# how a date attaches to a noun whose time it names: 'the 2015 deal', 'next year's budget', 'the speech last week'
NOUN_MODIFIERS = frozenset({"nummod", "compound", "amod", "poss", "npadvmod", "nmod"})
ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj"})
OCCASIONS = frozenset({"at", "during", "in", "on"})   # 'met at the 2015 summit', 'voted in the 1975 referendum'


def owner(date: Span) -> Token | None:
    """The noun whose time a date names ('the 2015 deal'), or None when it dates a clause. A noun that is itself
    part of a time expression ('Friday morning') owns nothing, nor does one after a preposition ('On Monday
    school inspection chief David Bell' is a misparse of 'on Monday')."""
    head, before = date.root.head, date.doc[date.start - 1] if date.start else None
    if date.root.dep_ not in NOUN_MODIFIERS or head.pos_ != "NOUN" or head.ent_type_ in {"DATE", "TIME"}:
        return None
    return None if before is not None and before.pos_ == "ADP" else head


def kept_by_noun(date: Span, trigger: Token | None = None) -> bool:
    """Whether a date names only the time of a noun: one that is neither the trigger, nor the subject or object of
    a verb, nor the occasion a verb happened at ('revival of the 2015 deal' dates no talks; 'Tuesday's meeting is
    hosted', 'signed the 2015 deal', 'met at the 2015 summit' do)."""
    noun = owner(date)
    if noun is None or noun == trigger or noun.dep_ in ARGUMENTS:
        return False
    return not (noun.dep_ == "pobj" and noun.head.lower_ in OCCASIONS and noun.head.head.pos_ in {"VERB", "AUX"})


def clause_of(token: Token) -> Token:
    """The verb heading the clause a token belongs to (the root when there is none)."""
    while token.pos_ not in {"VERB", "AUX"} and token.head.i != token.i:
        token = token.head
    return token


def time(ctx: Context, token: Token, status: Status) -> TimeRef | None:
    """The date expression nearest the trigger in its own clause, else one counted from another clause
    (`counted_time`) or taken from elsewhere (`borrowed_time`), at the period an anaphoric expression names ('later
    in the year': that year). None for what came before the story ('had ordered') or spans up to it ('over the
    past 16 years'), or whose own date ('on Wednesday') needs a publication date the article does not give."""
    clause = clause_of(token)
    own = own_dates(ctx, clause, token)
    if ref := first_read(ctx, own, "future" if status == Status.Planned else "past"):
        return ref
    period = next((p for ent in own if (p := period_anaphor(ent.text))), None)
    if any(c.dep_ == "aux" and c.lower_ == "had" for c in clause.children) or spanning(ctx, clause) or \
            ctx.published is None and any(of_the_story(e) and not period_anaphor(e.text) for e in own):
        return None
    ref = counted_time(ctx, clause) or borrowed_time(ctx, token, clause, status, pointed=period is not None)
    return coarsened(ref, period) if ref and period else ref


def own_dates(ctx: Context, clause: Token, token: Token) -> list[Span]:
    """The date expressions of the clause, and of a clause describing the trigger noun, that may date `token`,
    nearest first: not those a noun keeps to itself, nor a deadline ('by 2010')."""
    described = [t for c in token.children if c.dep_ in {"relcl", "acl"} for t in local_tokens(c)] \
        if token.pos_ == "NOUN" else []   # 'the invasion that toppled Saddam Hussein in 2003'
    return [e for e in dates_in(ctx, [*local_tokens(clause), *described], token)
            if not kept_by_noun(e, token) and not bound(e, DEADLINES) and not of_another_nouns_clause(e, token, clause)]


def of_another_nouns_clause(date: Span, token: Token, clause: Token) -> bool:
    """Whether a date belongs to a clause that describes another noun than the trigger ('met many of the demands
    in a settlement reached in 1998': the settlement's year, not the demands'; 'the attack carried out on
    Monday' is the attack's own)."""
    node = date.root
    while node.head.i != node.i and node.i not in {token.i, clause.i}:
        if node.dep_ in {"acl", "relcl"} and node.head.i != token.i:
            return True
        node = node.head
    return False


def first_read(ctx: Context, dates: list[Span], prefer: str) -> TimeRef | None:
    """The first of `dates` that names a date, read against the publication date (`prefer`: past or future)."""
    return next((ref for ent in dates if (ref := resolve_date(ent.text, ctx.published, prefer))), None)


YEAR = re.compile(r"\b[1-9]\d{3}\b")

# 'over the past 16 years', 'in the last six months': a span of months or more that reaches the time of the story
SPAN_TO_NOW = re.compile(r"(?:(?:over|in|during|for)\s+)?the\s+(?:past|last)\s+(?:[\w-]+\s+)?(?:months|years|decades)",
                         re.I)


def reaches_now(ent: Span) -> bool:
    """'over the past 16 years': a date expression of a span of months or more up to the time of the story."""
    return ent.label_ == "DATE" and SPAN_TO_NOW.fullmatch(ent.text.strip()) is not None


def spanning(ctx: Context, clause: Token) -> bool:
    """Whether the clause, or one governing it, names a span of months or years up to the time of the story
    ('over the past 16 years the Council has stepped up sanctions'): what happened over it has no one date."""
    spans = ctx.spans_to_now
    node = clause
    while spans:
        if {t.i for t in local_tokens(node)} & {e.root.i for e in spans}:
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


# 'one month after news of the sale broke': the clause so marked lies that long before (after) the one it modifies
OFFSET_MARKS = {"after": True, "before": False}


def offset(advcl: Token) -> tuple[str, bool] | None:
    """The duration between a clause marked 'after' or 'before' and the clause it modifies ('one month after news
    broke, Pompeo warned'; 'the vote came a day after North Korea fired'), and whether the modified one is later."""
    mark = next((c for c in advcl.children if c.dep_ == "mark" and c.lower_ in OFFSET_MARKS), None)
    if mark is None:
        return None
    holders = {mark.i, advcl.i, advcl.head.i}
    duration = next((e for e in advcl.doc.ents if e.label_ == "DATE" and e.root.dep_ == "npadvmod"
                     and e.root.head.i in holders), None)
    return (duration.text, OFFSET_MARKS[mark.lower_]) if duration is not None else None


def counted_time(ctx: Context, clause: Token) -> TimeRef | None:
    """The date of a clause counted from another by a duration: the other's date (`clause_time`) moved by it,
    whether the trigger's clause is the one marked ('a day after North Korea fired': a day before the vote) or
    the one modified ('one month after news broke, Pompeo warned': a month after the news)."""
    counted = [(c, found) for c in clause.children if c.dep_ == "advcl" and (found := offset(c))]
    if clause.dep_ == "advcl" and (found := offset(clause)):
        counted.append((clause.head, (found[0], not found[1])))
    for anchor, (duration, later) in counted:
        if (ref := clause_time(ctx, anchor)) and (moved := shifted(ref, duration, later)):
            return moved
    return None


def clause_time(ctx: Context, clause: Token) -> TimeRef | None:
    """The date of a clause that happened, from its own date expressions or borrowed, with no counting."""
    own = first_read(ctx, own_dates(ctx, clause, clause), "past")
    return own or borrowed_time(ctx, clause, clause, Status.Happened, pointed=True)


def borrowed_time(ctx: Context, token: Token, clause: Token, status: Status, pointed: bool = False) -> TimeRef | None:
    """A date from a clause that governs the trigger's; else, in the lead paragraph or for a clause in the present
    tense, the publication date; else a date named earlier (`earlier_date`, `pointed` when the event points back to
    one); else, as in the lead, the publication date: the story is told at the time it was published until a date
    says otherwise."""
    if ref := governing_date(ctx, token, clause, status):
        return ref
    paragraph = ctx.text.rfind("\n\n", 0, token.idx) + 1
    if paragraph == 0 and ctx.published is not None:
        return publication_date(ctx, "lead paragraph: the publication date")
    if present(clause):
        return publication_date(ctx, "told in the present tense: the publication date")
    return earlier_date(ctx, token, paragraph, status, pointed) or \
        publication_date(ctx, "no date named before it to take: the publication date")


def present(clause: Token) -> bool:
    """'The escalation comes', 'the exercises are taking place': a clause in the present tense, not the perfect
    ('has opposed' may reach far back)."""
    verbs = [clause, *(c for c in clause.children if c.dep_ in {"aux", "auxpass"})]
    return clause.tag_ in {"VBZ", "VBP", "VBG"} and verbs[-1].tag_ in {"VBZ", "VBP"} and \
        not any(v.lemma_ == "have" for v in verbs[1:])


def publication_date(ctx: Context, reason: str) -> TimeRef | None:
    """The publication date, for the reason given; None when the article has none."""
    return TimeRef(ctx.published.isoformat(), "day", "", reason) if ctx.published is not None else None


def earlier_date(ctx: Context, token: Token, paragraph: int, status: Status, pointed: bool) -> TimeRef | None:
    """The last date earlier in the trigger's paragraph, the lead's, or the last earlier in the article (the reason
    says which), of the story's own time (`of_the_story`) unless the event points back to one ('later that year',
    'one month after'). Only dates of clauses that report something that happened are taken (`borrowed`)."""
    takable = [e for e in ctx.dates if pointed or of_the_story(e)]
    sentence_start = token.sent.start_char
    before = [e for e in takable if e.start_char < sentence_start]
    earlier = [e for e in before if paragraph <= e.start_char]
    lead = [e for e in takable if e.start_char < ctx.lead_end]
    for ent, reason in [(e, "the last date named earlier in the paragraph") for e in reversed(earlier)] + \
                       [(e, "the date of the lead paragraph") for e in lead] + \
                       [(e, "the last date named earlier in the article") for e in reversed(before)]:
        if ref := borrowed(ctx, ent, status):
            return replace(ref, text="", reason=f"{ref.reason}; {reason} ({ent.text!r})")
    return None


def of_the_story(date: Span) -> bool:
    """'on Sunday', 'last week', 'March 11': a date written without its year places itself by the time of the story;
    one with a year ('in 1997') may be background, and dates only its own clauses and what points back to it."""
    return not YEAR.search(date.text)


def governing_date(ctx: Context, token: Token, clause: Token, status: Status) -> TimeRef | None:
    """The date of a clause that governs the trigger's: 'said at the end of February that the transfer would …'."""
    governor = clause
    while governor.head.i != governor.i:
        governor = governor.head
        if governor.pos_ not in {"VERB", "AUX"}:
            continue
        for ent in dates_in(ctx, local_tokens(governor), token):
            if ref := borrowed(ctx, ent, status):
                return replace(ref, text="", reason=f"{ref.reason}; the date of a clause governing it ({ent.text!r})")
    return None


def dates_in(ctx: Context, tokens, near: Token) -> list[Span]:
    """The article's date expressions headed inside `tokens`, nearest to `near` first."""
    scope = {t.i for t in tokens}
    return sorted((e for e in ctx.dates if e.root.i in scope), key=lambda e: abs(e.start - near.i))


# 'until 2007', 'by 2010', 'before the end of the year', 'a growth target for 2004': the words that make a date a
# deadline, an end or the period a target is for; 'since 1997' opens a period: it dates no other clause, but still
# its own ('since April 2021 have held talks')
DEADLINES = frozenset({"until", "till", "by", "before", "after", "for"})
BOUNDS = DEADLINES | {"since"}


def bound(date: Span, words: frozenset[str] = BOUNDS) -> bool:
    """'since 1997', 'extending its support until 2007', 'a promise to spend £42bn by 2010', 'before the end of the
    year', 'hitting his growth target of 3.1% for 2004': the start or end of a period, a deadline, or the period a
    target is for, not the time the event happened."""
    before = date.doc[date.start - 1] if date.start else None
    return date[0].lower_ in words or (before is not None and before.lower_ in words)


def borrowed(ctx: Context, date: Span, status: Status) -> TimeRef | None:
    """The date an event of `status` takes from the expression `date` in another clause, read as past (it
    says when something was reported). None unless that clause reports something that happened ('were to
    arrive in 2021' dates nothing else) at a point in time (not 'since 1997', not 'by 2010'), or when the date is after
    publication and the event happened; a date a noun keeps to itself ('the 2015 deal') dates nothing else."""
    if kept_by_noun(date) or bound(date) or status_of(clause_of(date.root)) != Status.Happened:
        return None
    ref = resolve_date(date.text, ctx.published, "past")
    if ref and status == Status.Happened and ctx.published is not None and ref.first_day() > ctx.published:
        return None
    return ref
