"""The rules of where: the place an act happened, and the country and police that place makes its target or
doer. roles.py registers them among its role rules."""
from __future__ import annotations

from kg.extract.events.context import Context
from kg.extract.events.frames import Frame, fill
from kg.extract.events.sides import country_of
from kg.vocab import EntityClass

# acts done in a territory, aimed at whose it is: 'Serbia lifted a curfew in Montenegro', 'suspended aid in Baghdad'
TERRITORIAL = {"ASSAULT", "COERCE", "MOBILIZE", "RETREAT", "CONCEDE", "SANCTION", "AID"}
PLACE_PREPOSITIONS = frozenset({"in", "at"})
ARREST, POLICE = "173", "COP"   # CAMEO: arrest, detain or charge with legal action; Phoenix: police


def arresting_police(ctx: Context, frame: Frame) -> None:
    """An arrest or detention with no one named making it is the police's of the one country where the sentence
    says it happened: 'about 120 people were detained in Istanbul' (Turkey's police, else Turkey)."""
    roles = frame.roles
    if roles["agent"] or not frame.trigger.cameo.startswith(ARREST):
        return
    places = [c for c in dict.fromkeys(country_of(ctx, lab) for lab in roles["location"])
              if c and c not in roles["target"]]
    if len(places) == 1:
        police = [e.label for e in ctx.entities.values() if e.country == places[0] and e.sector == POLICE]
        roles["agent"] = police[:1] or places


def accompanying_place(ctx: Context, frame: Frame) -> None:
    """A participle saying what the doers did along with the act of the clause it hangs on happened where that act
    did: 'attacked the celebration in Ain Tamr, firing machine guns'."""
    head = frame.head
    if frame.roles["location"] or head.dep_ != "advcl" or head.tag_ != "VBG":
        return
    for prep in (c for c in head.head.children if c.dep_ == "prep" and c.lower_ in PLACE_PREPOSITIONS):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            fill(ctx, frame.roles, "location", pobj)


def dateline_place(ctx: Context, frame: Frame) -> None:
    """An event of the lead paragraph that names no place happened where the story is filed: 'BERLIN — Israel and
    Germany sign a letter of commitment'."""
    if not frame.roles["location"] and frame.token.idx < ctx.lead_end:
        frame.roles["location"] = list(ctx.dateline)


def attacked_country(ctx: Context, frame: Frame) -> None:
    """Force used, troops sent or withdrawn in another country than the actor's is aimed at that country: 'Russian
    airstrikes in Ukraine', 'Syria will withdraw its troops from Lebanon', 'troops deployed in Chad by France'."""
    roles = frame.roles
    if roles["target"] or not roles["agent"] or frame.trigger.plover not in TERRITORIAL:
        return
    sides = {country_of(ctx, label) for label in roles["agent"]}
    if None in sides:
        return   # an attacker of no known country ('Van Gogh was stabbed in Amsterdam': the victim, misread)
    places = [country_of(ctx, label) for label in roles["location"]]
    roles["target"] = [c for c in dict.fromkeys(places) if c and c not in sides and c in ctx.entities][:1]


def place_targeted(ctx: Context, frame: Frame) -> None:
    """A place an act done in a territory is aimed at is where it happened: 'the annexation of Crimea', 'shelled
    Kharkiv'."""
    if not frame.roles["location"] and frame.trigger.plover in TERRITORIAL:
        frame.roles["location"] = [t for t in frame.roles["target"] if ctx.entities[t].cls == EntityClass.Place]
