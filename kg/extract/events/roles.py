"""Role frames: who acts, who undergoes, with what and where, read from the parse around a trigger by an
ordered registry of small rules. Each rule fills roles the earlier ones left as they are or empty."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from kg import lexicon
from kg.extract.coding import PARTITIVES
from kg.extract.events.context import SYMMETRIC, Context
from kg.extract.events.control import inherited_subject, reporting_state
from kg.extract.events.frames import Frame, fill, frame_of, is_preposition, named_place, same_act
from kg.extract.events.doers import led_by
from kg.extract.events.referents import SPEECH, actors, last_of, local_tokens, most_named, opposed
from kg.extract.events.places import (accompanying_place, arresting_police, attacked_country, dateline_place,
                                      place_targeted)
from kg.extract.events.triggers import Trigger
from kg.vocab import EntityClass, EventClass

CLAUSAL_TARGET = {EventClass.Warning, EventClass.Threat, EventClass.Rejection}
CLAUSAL_CATEGORIES = {"REQUEST", "THREATEN", "REJECT"}   # 'demanded that the US cancel': the US is the target
ACTORS = {EntityClass.Country, EntityClass.Leader, EntityClass.Person, EntityClass.Organization, EntityClass.Group}
SIDES = {EntityClass.Country, EntityClass.Organization, EntityClass.Leader, EntityClass.Person}
UNDERGOERS = frozenset(lexicon.words("undergoer_verbs.txt"))
WEAPON_NOUNS = frozenset(lexicon.words("weapon_heads.txt"))
TIME_PREPOSITIONS = frozenset({"during", "after", "before", "since", "until", "amid", "following"})

RoleRule = Callable[[Context, Frame], None]
ROLE_RULES: list[tuple[str, RoleRule]] = []


def role_rule(func: RoleRule) -> RoleRule:
    """Register a role rule; rules run in the order they are registered."""
    ROLE_RULES.append((func.__name__, func))
    return func


def roles(ctx: Context, token: Token, trigger: Trigger) -> dict[str, list[str]]:
    """Agent first (its own subject, else the governing clause's), then objects and prepositions."""
    frame = frame_of(token, trigger)
    for _, rule in ROLE_RULES:
        rule(ctx, frame)
    return frame.roles


@role_rule
def own_subject(ctx: Context, frame: Frame) -> None:
    """The subject, possessor or named modifier of the trigger, or its by-agent, takes the subject role:
    'Russia sold jets', "Russia's purchase", 'the US sanctions', 'Turkey was sanctioned by the US' ('anti-Iran
    sanctions' are aimed at Iran), and who leads it: 'the US-led invasion'."""
    head = frame.head
    for child in head.children:
        if child.dep_ in {"nsubj", "csubj", "poss"} or head.pos_ == "NOUN" and child.dep_ in {
                "compound", "amod", "nmod"} and (child.i in ctx.index.label or led_by(ctx, child)):
            side = "target" if opposed(ctx, child) else frame.subject_role
            if child.dep_ == "nsubj" and head.tag_ == "VBN" and any(c.dep_ == "agent" for c in head.children):
                side = frame.trigger.object   # 'was, like Putin, accused by the ICC', parsed with Putin its subject
            fill(ctx, frame.roles, "location" if named_place(ctx, child) else side, child)
        elif child.dep_ == "agent":
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                fill(ctx, frame.roles, frame.subject_role, pobj)


@role_rule
def agent_of_an_event_subject(ctx: Context, frame: Frame) -> None:
    """A verb whose subject is an event names that event's doer as its own: 'recent US Predator attacks have
    killed eight people', "Russia's shelling destroyed the bridge"."""
    if frame.roles[frame.subject_role] or frame.head.pos_ != "VERB":
        return
    for subject in (c for c in frame.head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"):
        if subject.i not in ctx.index.label and ctx.coder.code(subject) is not None:
            doers = [t for left in subject.lefts if left.dep_ in {"compound", "amod", "poss", "nmod"}
                     for t in left.subtree]
            fill(ctx, frame.roles, frame.subject_role, None, ctx.index.in_span(doers, ACTORS))


@role_rule
def undergoer_subject(ctx: Context, frame: Frame) -> None:
    """An event noun that is the object of a verb of undergoing: its subject is the target, and the agent is
    whoever that verb's clause inherits: 'the country faced sanctions'."""
    head, roles = frame.head, frame.roles
    if head.pos_ == "NOUN" and head.dep_ == "dobj" and head.head.lemma_ in UNDERGOERS and not roles["target"]:
        for child in (c for c in head.head.children if c.dep_ in {"nsubj", "nsubjpass"}):
            fill(ctx, roles, "target", child)
        fill(ctx, roles, "agent", None, inherited_subject(ctx, head.head, set(roles["target"])))


@role_rule
def inherited_agent(ctx: Context, frame: Frame) -> None:
    """A trigger with no subject of its own (or a modal) takes the governing clause's: 'urged Washington to
    reverse'. A subject of its own that names no entity ('the firm said') is not replaced by another clause's."""
    head, roles, trigger = frame.head, frame.roles, frame.trigger
    named_subject = any(c.dep_ in {"nsubj", "csubj", "nsubjpass"} and c.pos_ in {"NOUN", "PROPN"} for c in head.children)
    if (trigger.pos == "AUX" or not roles[frame.subject_role] and not named_subject) and "own-agent" not in trigger.needs:
        role = "agent" if trigger.pos == "AUX" else frame.subject_role
        fill(ctx, roles, role, None, inherited_subject(ctx, head, set(roles["agent"] + roles["target"])))


@role_rule
def reported_official_act(ctx: Context, frame: Frame) -> None:
    """A passive act that names no doer, reported by a state or its office-holder, is that state's: 'China's
    ambassador will be summoned, UK Deputy Prime Minister Oliver Dowden said' (the United Kingdom)."""
    if not frame.roles["agent"] and frame.passive and not any(c.dep_ == "agent" for c in frame.head.children):
        fill(ctx, frame.roles, "agent", None, reporting_state(ctx, frame.head))


@role_rule
def objects_and_prepositions(ctx: Context, frame: Frame) -> None:
    """The trigger's prepositions take the roles its row gives them, its object (or passive subject) the object
    role ('sold jets to Egypt', 'imposed sanctions on Turkey', 'Turkey was sanctioned'), unless it names that act."""
    trigger = frame.trigger
    for child in frame.head.children:
        if is_preposition(child):
            if child.lower_ in trigger.preps:
                for pobj in (c for c in child.children if c.dep_ in {"pobj", "pcomp"}):
                    fill(ctx, frame.roles, trigger.preps[child.lower_], pobj)
        elif (child.dep_ == "nsubjpass" or child.dep_ in {"dobj", "dative"} and not frame.passive) \
                and not same_act(ctx, child, trigger):
            fill(ctx, frame.roles, trigger.object, child)


@role_rule
def passive_complement_object(ctx: Context, frame: Frame) -> None:
    """A passive infinitive complement's object is the governing verb's subject: 'the agreement is expected to
    be signed'."""
    head, trigger = frame.head, frame.trigger
    if trigger.object and not frame.roles[trigger.object] and head.dep_ == "xcomp" and frame.passive:
        for child in (c for c in head.head.children if c.dep_ in {"nsubj", "nsubjpass"}):
            fill(ctx, frame.roles, trigger.object, child)


@role_rule
def nested_prepositions(ctx: Context, frame: Frame) -> None:
    """Prepositions of the trigger's phrase ('purchase of the S-400 system from Russia') and, for a noun
    that is a verb's object, of that verb ('imposing sanctions on the country') or of the partitive it counts
    ('a round of drills near Taiwan') fill roles still empty; inside a phrase of time only the place ('during a
    standoff with Turkey' names no side, 'arrested after the brawl in Munich' where)."""
    token, trigger, roles = frame.head, frame.trigger, frame.roles
    scope = list(local_tokens(token))
    timed = {t.i for p in scope if p.dep_ == "prep" and p.lower_ in TIME_PREPOSITIONS for t in p.subtree if t.i != p.i}
    if token.pos_ == "NOUN" and token.dep_ == "dobj":
        scope += [c for c in token.head.children if c.dep_ == "prep"]
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_ in PARTITIVES:
        scope += [c for c in token.head.head.children if c.dep_ == "prep" and c.i != token.head.i]
    for prep in scope:
        role = trigger.preps.get(prep.lower_) if is_preposition(prep) else None
        if role and not roles[role] and prep.i != token.i and (prep.i not in timed or role == "location"):
            for pobj in (c for c in prep.children if c.dep_ in {"pobj", "pcomp"}):
                fill(ctx, roles, role, pobj)


@role_rule
def clausal_target(ctx: Context, frame: Frame) -> None:
    """A warning, threat, rejection or request is aimed at the subject of its complement clause, else the first
    actor named in it: 'warned that the country faced sanctions', 'ruled out cutting off arms sales to Saudi
    Arabia'."""
    head, trigger, roles = frame.head, frame.trigger, frame.roles
    if roles["target"] or not (trigger.cls in CLAUSAL_TARGET or trigger.plover in CLAUSAL_CATEGORIES):
        return
    clause = next((t for t in head.subtree if t.i != head.i and (t.dep_ in {"ccomp", "xcomp"} or t.dep_ in {
        "relcl", "acl"} and any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children))), None)
    if clause is None:
        return
    subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
    for child in subjects:
        fill(ctx, roles, "target", child)
    if not subjects:
        named = ctx.index.in_span(clause.subtree, SIDES)
        fill(ctx, roles, "target", None, [lab for lab in named if lab not in roles["agent"]][:1])


@role_rule
def complement_side(ctx: Context, frame: Frame) -> None:
    """A meeting, call, talks or agreement names its other side and its item in its infinitive complement:
    'agreed to allow Saudi Arabia to acquire a missile defense system', 'agreed to sell jets to Egypt'."""
    complement = next((c for c in frame.head.children if c.dep_ == "xcomp"), None)
    if frame.trigger.cls not in SYMMETRIC or complement is None:
        return
    frame.scope += [t for t in complement.subtree if t.i not in {s.i for s in frame.scope}]
    if not frame.roles["target"]:
        sides = ctx.index.in_span(complement.subtree, SIDES)
        fill(ctx, frame.roles, "target", None, [side for side in sides if side not in frame.roles["agent"]][:1])


@role_rule
def side_addressed(ctx: Context, frame: Frame) -> None:
    """A call, meeting or talks in which someone was told something has the one told as its other side: 'told
    Zelenskyy in a phone call'."""
    head, roles = frame.head, frame.roles
    verb = head.head.head
    if frame.trigger.cls not in SYMMETRIC or roles["target"] or head.dep_ != "pobj" or verb.lemma_ not in SPEECH \
            or head.head.lower_ not in {"in", "at", "during"}:
        return
    addressed = [c for c in verb.children if c.dep_ in {"dobj", "dative"}]
    fill(ctx, roles, "target", None, [s for s in actors(ctx, addressed, set(roles["agent"])) if s not in roles["agent"]])


@role_rule
def item_in_scope(ctx: Context, frame: Frame) -> None:
    """A weapon system named in the trigger's phrase is its item: 'the S-400 deal'."""
    if not frame.roles["item"]:
        frame.roles["item"] = ctx.index.in_span(frame.scope, {EntityClass.WeaponSystem})


@role_rule
def weapon_anaphor(ctx: Context, frame: Frame) -> None:
    """'the missile batteries', 'a sophisticated missile defense system' in a transfer or agreement: the weapon
    system named last before it, or (when none is) the article's most named one."""
    if frame.roles["item"] or frame.trigger.cls not in {EventClass.ArmsTransfer, EventClass.Agreement}:
        return
    head = frame.head
    if not any(t.lemma_ in WEAPON_NOUNS or t.lower_ in WEAPON_NOUNS for t in frame.scope if t.i != head.i):
        return
    frame.roles["item"] = (last_of(ctx, {EntityClass.WeaponSystem}, head.i, set())
                           or most_named(ctx, EntityClass.WeaponSystem))


@role_rule
def seller_of_origin(ctx: Context, frame: Frame) -> None:
    """The seller of a purchase that names none is the weapon's country of origin, if the buyer is not it ('Turkey
    bought the S-400': from Russia), or of several origins the one the sentence names."""
    roles = frame.roles
    if roles["target"] or frame.trigger.cls != EventClass.ArmsTransfer or not (roles["item"] and roles["agent"]) \
            or (record := ctx.gaz.weapon(roles["item"][0])) is None:
        return
    buyer_countries = {ctx.country_of.get(b, b) for b in roles["agent"]}
    origins = [ctx.gaz.countries[c].label for c in record.origins if c in ctx.gaz.countries]
    origins = [o for o in origins if o not in buyer_countries and ctx.entities.get(o) is not None]
    if len(origins) > 1:   # a weapon of several makers: the one the sentence names ('Israel and Germany sign')
        origins = [o for o in origins if o in ctx.index.in_span(frame.token.sent)]
    if len(origins) == 1:
        roles["target"] = [origins[0]]


@role_rule
def target_not_agent(ctx: Context, frame: Frame) -> None:
    """No one is their own target: 'Russia and China agreed' leaves Russia out of the targets."""
    frame.roles["target"] = [t for t in frame.roles["target"] if t not in frame.roles["agent"]]


for place_rule in (arresting_police, accompanying_place, place_targeted, dateline_place, attacked_country):
    role_rule(place_rule)   # the rules of where (kg/extract/events/places.py), in this order


@role_rule
def actor_named_in_object(ctx: Context, frame: Frame) -> None:
    """A verb with no target of its own takes the actor named inside its object: 'criticised the conduct of
    Chinese vessels', 'rejected a Senegalese peace plan', 'demanded the removal of the president'."""
    if frame.roles["target"]:
        return
    objects = [c for c in frame.head.children if c.dep_ == "dobj" and c.i not in ctx.index.label]
    named = [lab for o in objects for lab in ctx.index.in_span(local_tokens(o), ACTORS)]
    frame.roles["target"] = [lab for lab in dict.fromkeys(named) if lab not in frame.roles["agent"]][:1]
