"""Events from trigger words: class and CAMEO code, roles from the parse, factuality, time, amounts."""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from kg import lexicon
from kg.extract.actors import political
from kg.extract.coding import Coder, Coding
from kg.extract.senses import not_political
from kg.extract.time import RELATIVE_TO_EVENT, coarsened, is_duration, period_anaphor, resolve_date
from kg.gazetteer import Gazetteer
from kg.model import Entity, Event, Fact, TimeRef
from kg.resolve import TokenIndex

ROLES = ("agent", "target", "item", "location")
GENERIC = {"most", "any", "all", "every", "such", "many", "some"}
SYMMETRIC = {"Meeting", "PhoneCall", "Negotiation", "Agreement"}
CENTRAL = frozenset({"nsubj", "nsubjpass", "dobj", "poss", "appos"})
MODIFIERS = {"amod", "compound", "nmod", "npadvmod"}
CLAUSAL_TARGET = {"Warning", "Threat", "Rejection"}
ACTORS = {"Country", "Leader", "Person", "Organization", "Group"}
STATUS_WEIGHT = ("Negated", "Possible", "Planned", "Happened")   # which cue wins when several modify one verb
CLAUSAL_CATEGORIES = {"REQUEST", "THREATEN", "REJECT"}   # 'demanded that the US cancel': the US is the target
CLAUSES = {"relcl", "ccomp", "advcl", "parataxis", "csubj"}
SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
PERSONAL = {"he", "him", "his", "she", "her"}
FIRST_PERSON = {"i": "speaker", "me": "speaker", "my": "speaker", "we": "country", "us": "country", "our": "country"}
NOUN_CLIMB = {"dobj", "nsubj", "nsubjpass", "attr", "appos", "conj", "pobj", "compound"}
VERB_CLIMB = {"xcomp", "conj", "advcl", "pcomp", "ccomp", "prep", "pobj", "dobj"}


@dataclass(frozen=True)
class Trigger:
    """One row of the trigger lexicon: a word that signals an event class, and how to read its roles."""

    lemma: str
    pos: str
    cls: str
    cameo: str
    subject: str
    object: str
    preps: dict[str, str]
    needs: tuple[str, ...]      # 'prep:from', 'child:xcomp'…: one must hold; 'item', 'target'…: roles that
                                # must be filled; 'party:Country': a side of that class; 'own-agent'
    confidence: float
    plover: str | None = None   # set for triggers coded from the CAMEO dictionary; hand rows map their code
    mode: str | None = None


def coded_trigger(token: Token, coding: Coding, preps: dict[str, str]) -> Trigger:
    """A trigger for any verb or noun the CAMEO dictionary codes: subject acts, object undergoes, and the
    prepositions take the roles their PLOVER category gives them (kg/lexicon/role_preps.csv)."""
    return Trigger(token.lemma_.lower(), token.pos_, coding.cls, coding.cameo, "agent", "target", preps, (),
                   0.6 if coding.patterned else 0.5, coding.plover, coding.mode)


def load_triggers() -> dict[tuple[str, str], list[Trigger]]:
    table: dict[tuple[str, str], list[Trigger]] = {}
    for row in lexicon.rows("triggers.csv"):
        preps = dict(part.split("=") for part in row["preps"].split(";") if part)
        trigger = Trigger(row["lemma"], row["pos"], row["class"], row["cameo"], row["subject"], row["object"],
                          preps, tuple(n for n in row["needs"].split("|") if n), float(row["confidence"]))
        table.setdefault((trigger.lemma, trigger.pos), []).append(trigger)
    return table


TRIGGERS = load_triggers()
FACTUALITY = {(row["cue"], row["where"]): row["status"] for row in lexicon.rows("factuality.csv")}
GOVERNORS = {cue: status for (cue, where), status in FACTUALITY.items() if where == "governor"}
# verbs that mark modality only through a to-infinitive complement: 'the jets were to begin arriving'
INFINITIVE_GOVERNORS = {cue: status for (cue, where), status in FACTUALITY.items() if where == "infinitive"}
ANAPHORS = {row["noun"]: row["class"] for row in lexicon.rows("anaphors.csv")}
CURRENCIES = {row["word"].lower(): row["code"] for row in lexicon.rows("currencies.csv")}
SPEECH = frozenset(lexicon.words("speech_verbs.txt"))
GROUPS = frozenset(lexicon.words("group_nouns.txt"))
UNDERGOERS = frozenset(lexicon.words("undergoer_verbs.txt"))
REPORTERS = frozenset(lexicon.words("reporting_verbs.txt"))
WEAPON_NOUNS = frozenset(lexicon.words("weapon_heads.txt"))
SCALE = {"thousand": 1e3, "million": 1e6, "mln": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12}


class Reader:
    """Reads the events of one parsed article against its resolved entities."""

    def __init__(self, doc: Doc, index: TokenIndex, facts: list[Fact], gaz: Gazetteer, coder: Coder,
                 article: str, published: dt.date | None):
        self.doc, self.index, self.gaz, self.coder = doc, index, gaz, coder
        self.article, self.published = article, published
        self.country_of = {f.subject: f.object for f in facts if f.predicate in {"leaderOf", "officialOf"}
                           and index.entities.get(f.object) and index.entities[f.object].cls == "Country"}
        self.events: list[Event] = []
        self.dates = [e for e in doc.ents if e.label_ == "DATE" and anchored(e)]   # once per article
        self.text = doc.text    # Doc.text joins every token again on each call
        self.positions = sorted(index.label)    # the tokens inside entity mentions
        lead_end = self.text.find("\n\n")
        self.lead_end = len(self.text) if lead_end < 0 else lead_end

    # -- who is meant by a token ---------------------------------------------------------
    def entities_of(self, token: Token, exclude: set[str] = frozenset()) -> list[str]:
        """The entities a role-filling token denotes: its own mention, modifiers, anaphora, conjuncts."""
        found: list[str] = []
        for tok in [token] + list(token.conjuncts):
            for label in self.denoted(tok, exclude):
                if label not in found:
                    found.append(label)
        return found

    def denoted(self, tok: Token, exclude: set[str]) -> list[str]:
        if tok.i in self.index.label:
            return [self.index.label[tok.i]]
        lower = tok.lower_
        if lower in PERSONAL:
            return (self.last_of({"Person", "Leader"}, tok.i, exclude, subjects_only=True)
                    or self.last_of({"Person", "Leader"}, tok.i, exclude))[:1]
        if lower in FIRST_PERSON:
            speaker = self.speaker(tok)
            if speaker and FIRST_PERSON[lower] == "country":
                return [self.country_of.get(speaker, speaker)]
            return [speaker] if speaker else []
        if tok.tag_ in {"WDT", "WP"} and tok.head.dep_ == "relcl":
            return self.entities_of(tok.head.head, exclude)
        modifiers = [c for c in tok.children if c.dep_ in {"poss", "compound", "amod", "nmod"} and c.i in self.index.label]
        if lower in {"men", "leaders", "sides", "countries"} and any(c.lower_ in {"two", "both"} for c in tok.children):
            cls = {"Person", "Leader"} if lower in {"men", "leaders"} else {"Country"}
            return self.last_of(cls, tok.i, set(), distinct=2)
        if tok.lemma_ in GROUPS and tok.pos_ == "NOUN" and not modifiers:
            # 'officials from both countries', 'lawmakers of Greece'
            for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in {"from", "of", "in", "for"}):
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    return self.entities_of(pobj, exclude)
        if tok.lower_ in self.gaz.titles and tok.pos_ in {"NOUN", "PROPN"}:
            # 'Minister of Foreign Affairs Dmytro Kuleba' parsed with the title as head: the person named in it
            people = self.index.in_span(local_tokens(tok), {"Person", "Leader"})
            if people:
                return people[:1]
        if tok.lemma_ in ANAPHORS and tok.pos_ == "NOUN":
            return self.anaphor(tok, modifiers, exclude)
        if modifiers and tok.pos_ in {"NOUN", "PROPN"}:   # 'Greek lawmakers', 'the Greek and French ministers'
            return list(dict.fromkeys(self.index.label[t.i] for m in modifiers for t in [m, *m.conjuncts]
                                      if t.i in self.index.label))
        return []

    def anaphor(self, tok: Token, modifiers: list[Token], exclude: set[str]) -> list[str]:
        """'the country', 'the outlet', 'the Turkish leader', 'the government'."""
        cls = ANAPHORS[tok.lemma_]
        country = next((self.index.label[m.i] for m in modifiers if self.index.cls(m.i) == "Country"), None)
        if cls == "Leader":
            if country:
                return [leader] if (leader := self.leader_of(country)) else []
            return self.last_of({"Leader"}, tok.i, exclude)[:1]
        if cls == "Country" and tok.lemma_ in {"government", "administration"}:
            if modifiers:
                return [self.index.label[m.i] for m in modifiers][:1]
            return self.focus_country(tok.i)
        if modifiers:
            return []
        classes = {cls} | ({"Leader"} if cls == "Person" else set())
        # a subject, object or possessor is a likelier antecedent than a name inside a prepositional phrase
        return (self.last_of(classes, tok.i, exclude, subjects_only=True, deps=CENTRAL)
                or self.last_of(classes, tok.i, exclude))[:1]

    def last_of(self, classes: set[str], before: int, exclude: set[str], distinct: int = 1,
                subjects_only: bool = False, deps: frozenset[str] = frozenset(SUBJECTS)) -> list[str]:
        """The most recent entities of the given classes mentioned before token `before` (optionally as a subject)."""
        found: list[str] = []
        for i in reversed(self.positions[:bisect_left(self.positions, before)]):
            label = self.index.label[i]
            if subjects_only and not any(t.dep_ in deps for t in self.doc[self.index.first[i]:i + 1]):
                continue
            if self.doc[i].dep_ in MODIFIERS and self.doc[i].head.i not in self.index.label \
                    and "WeaponSystem" not in classes:
                continue   # 'the Russian-made system': a modifier, not an antecedent
            if self.index.cls(i) in classes and label not in exclude and label not in found:
                found.append(label)
                if len(found) == distinct:
                    break
        return found

    def focus_country(self, before: int) -> list[str]:
        counts = Counter(self.index.label[i] for i in self.index.label
                         if i < before and self.index.first[i] == i and self.index.cls(i) == "Country")
        return [counts.most_common(1)[0][0]] if counts else []

    def leader_of(self, country: str) -> str | None:
        """The leader of `country`: one the article names, else the gazetteer's office-holder on the date."""
        named = [p for p, c in self.country_of.items() if c == country]
        if named:
            return named[0]
        record = self.gaz.country_by_label(country)
        leaders = self.gaz.leaders_of(record.iso3, self.published) if record else []
        leaders.sort(key=lambda ldr: ldr.office != "head_of_government")
        if not leaders:
            return None
        leader = leaders[0]
        entity = self.index.entities.setdefault(leader.label, Entity(leader.label, "Leader", wikidata=leader.wikidata))
        entity.articles.add(self.article)
        self.country_of[leader.label] = country
        return leader.label

    def speaker(self, tok: Token) -> str | None:
        """Who speaks a quote: the subject of a verb of saying in its sentence, or the next or previous one."""
        sent = tok.sent
        neighbours = [sent]
        if sent.end < len(self.doc):
            neighbours.append(self.doc[sent.end].sent)
        if sent.start > 0:
            neighbours.append(self.doc[sent.start - 1].sent)
        for span in neighbours:
            for verb in span:
                if verb.lemma_ not in SPEECH:
                    continue
                for child in verb.children:
                    if child.dep_ in SUBJECTS and child.lower_ not in FIRST_PERSON:
                        labels = self.entities_of(child)
                        if labels:
                            return labels[0]
        return None

    # -- roles -------------------------------------------------------------------------------
    def roles(self, token: Token, trigger: Trigger) -> dict[str, list[str]]:
        """Agent first (its own subject, else the governing clause's), then objects and prepositions."""
        roles: dict[str, list[str]] = {r: [] for r in ROLES}
        head = token.head if trigger.pos == "AUX" else token   # 'X must provide': read the roles of 'provide'
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in head.children)
        subject_role = trigger.subject or "agent"
        for child in head.children:
            if child.dep_ in {"nsubj", "csubj", "poss"} or (
                    child.dep_ in {"compound", "amod"} and head.pos_ == "NOUN" and child.i in self.index.label):
                self.fill(roles, subject_role, child)
            elif child.dep_ == "agent":
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    self.fill(roles, subject_role, pobj)
        if head.pos_ == "NOUN" and head.dep_ == "dobj" and head.head.lemma_ in UNDERGOERS and not roles["target"]:
            for child in (c for c in head.head.children if c.dep_ in {"nsubj", "nsubjpass"}):
                self.fill(roles, "target", child)   # 'the country faced sanctions': the country is the target
            self.fill(roles, "agent", None, self.inherited_subject(head.head, set(roles["target"])))
        named_subject = any(c.dep_ in {"nsubj", "csubj", "nsubjpass"} and c.pos_ in {"NOUN", "PROPN"} for c in head.children)
        if (trigger.pos == "AUX" or not roles[subject_role] and not named_subject) and "own-agent" not in trigger.needs:
            # a subject of its own that names no entity ('the firm said') is not replaced by another clause's
            role = "agent" if trigger.pos == "AUX" else subject_role
            self.fill(roles, role, None, self.inherited_subject(head, set(roles["agent"] + roles["target"])))
        for child in head.children:
            if is_preposition(child):
                if child.lower_ in trigger.preps:
                    for pobj in (c for c in child.children if c.dep_ in {"pobj", "pcomp"}):
                        self.fill(roles, trigger.preps[child.lower_], pobj)
            elif child.dep_ == "nsubjpass" or child.dep_ in {"dobj", "dative"} and not passive:
                self.fill(roles, trigger.object, child)
        if trigger.object and not roles[trigger.object] and head.dep_ == "xcomp" and passive:
            for child in (c for c in head.head.children if c.dep_ in {"nsubj", "nsubjpass"}):
                self.fill(roles, trigger.object, child)   # 'the agreement is expected to be signed'
        self.nested_preps(roles, head, trigger)
        if not roles["target"] and (trigger.cls in CLAUSAL_TARGET or trigger.plover in CLAUSAL_CATEGORIES):
            # 'warned that the country faced sanctions', 'ruled out cutting off arms sales to Saudi Arabia'
            clause = next((t for t in head.subtree if t.i != head.i and (t.dep_ in {"ccomp", "xcomp"} or t.dep_ in {
                "relcl", "acl"} and any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children))), None)
            if clause is not None:
                subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
                for child in subjects:
                    self.fill(roles, "target", child)
                if not subjects:
                    self.fill(roles, "target", None, [lab for lab in self.index.in_span(clause.subtree, {"Country", "Leader", "Person", "Organization"})
                                                      if lab not in roles["agent"]][:1])
        scope = list(local_tokens(head))   # where an unnamed item may be mentioned
        complement = next((c for c in head.children if c.dep_ == "xcomp"), None)
        if trigger.cls in SYMMETRIC and complement is not None:
            # 'agreed to allow Saudi Arabia to acquire a missile defense system', 'agreed to sell jets to
            # Egypt': the other side and the item are named in the infinitive complement
            scope += [t for t in complement.subtree if t.i not in {s.i for s in scope}]
            if not roles["target"]:
                sides = self.index.in_span(complement.subtree, {"Country", "Organization", "Leader", "Person"})
                self.fill(roles, "target", None, [side for side in sides if side not in roles["agent"]][:1])
        if not roles["item"]:
            roles["item"] = self.index.in_span(scope, {"WeaponSystem"})
        if not roles["item"] and trigger.cls in {"ArmsTransfer", "Agreement"}:
            roles["item"] = self.weapon_anaphor(head, scope)
        if not roles["target"] and trigger.cls == "ArmsTransfer" and roles["item"] and roles["agent"]:
            roles["target"] = self.origin_of(roles["item"][0], roles["agent"])
        roles["target"] = [t for t in roles["target"] if t not in roles["agent"]] or self.named_in_object(head, roles)
        return roles

    def named_in_object(self, head: Token, roles: dict[str, list[str]]) -> list[str]:
        """The actor named inside the object of a verb that has no target of its own: 'criticised the conduct of
        Chinese vessels', 'rejected a Senegalese peace plan', 'demanded the removal of the president'."""
        objects = [c for c in head.children if c.dep_ == "dobj" and c.i not in self.index.label]
        named = [lab for o in objects for lab in self.index.in_span(local_tokens(o), ACTORS)]
        return [lab for lab in dict.fromkeys(named) if lab not in roles["agent"]][:1]

    def weapon_anaphor(self, head: Token, scope: list[Token]) -> list[str]:
        """'the missile batteries', 'a sophisticated missile defense system' among the `scope` of a trigger:
        the weapon system named last before it, or (when none is) the article's most named one."""
        if not any(t.lemma_ in WEAPON_NOUNS or t.lower_ in WEAPON_NOUNS for t in scope if t.i != head.i):
            return []
        earlier = self.last_of({"WeaponSystem"}, head.i, set())
        if earlier:
            return earlier
        counts = Counter(self.index.label[i] for i in self.index.label
                         if self.index.first[i] == i and self.index.cls(i) == "WeaponSystem")
        return [counts.most_common(1)[0][0]] if counts else []

    def origin_of(self, weapon: str, buyers: list[str]) -> list[str]:
        """The seller of a purchase that names none: the weapon's country of origin, if the buyer is not it."""
        record = self.gaz.weapon(weapon)
        if record is None:
            return []
        origins = [self.gaz.countries[c].label for c in record.origins if c in self.gaz.countries]
        buyer_countries = {self.country_of.get(b, b) for b in buyers}
        if len(origins) != 1 or origins[0] in buyer_countries:
            return []
        entity = self.index.entities.get(origins[0])
        return [origins[0]] if entity is not None else []

    def nested_preps(self, roles: dict[str, list[str]], token: Token, trigger: Trigger) -> None:
        """Prepositions of the trigger's phrase ('purchase of the S-400 system from Russia') and, for a noun
        that is a verb's object, of that verb ('imposing sanctions on the country') fill roles still empty."""
        scope = list(local_tokens(token))
        if token.pos_ == "NOUN" and token.dep_ == "dobj":
            scope += [c for c in token.head.children if c.dep_ == "prep"]
        for prep in scope:
            role = trigger.preps.get(prep.lower_) if is_preposition(prep) else None
            if role and not roles[role] and prep.i != token.i:
                for pobj in (c for c in prep.children if c.dep_ in {"pobj", "pcomp"}):
                    self.fill(roles, role, pobj)

    def fill(self, roles: dict[str, list[str]], role: str, child: Token | None, labels: list[str] | None = None) -> None:
        if not role or role not in roles:
            return
        if labels is None:
            if role == "item":
                labels = self.index.in_span(local_tokens(child), {"WeaponSystem"})
            else:
                labels = [lab for lab in self.entities_of(child, set(roles["agent"]))
                          if self.index.entities.get(lab) and self.index.entities[lab].cls != "WeaponSystem"]
        if role == "location":
            labels = [lab for lab in labels if self.index.entities[lab].cls in {"Place", "Country"}]
        for label in labels:
            if label not in roles[role]:
                roles[role].append(label)

    def inherited_subject(self, token: Token, taken: set[str]) -> list[str]:
        """The subject a trigger without one shares with the clause that governs it.

        'allow Saudi Arabia to acquire', 'urged Washington to reverse', 'called on partners to transfer':
        the governing verb's object is the subject of its infinitive complement (object control), even when
        it names no entity. 'sanctioned Turkey for buying', 'thanked Scholz for the decision to supply': the
        object of the verb a for-phrase hangs on is the subject inside it."""
        if token.dep_ == "xcomp" or token.dep_ == "pcomp" and token.head.lower_ == "as":
            governor = token.head if token.dep_ == "xcomp" else token.head.head
            controllers = [c for c in governor.children if c.dep_ == "dobj"] or [
                pobj for prep in governor.children if prep.dep_ == "prep" and prep.lower_ in {"on", "upon"}
                for pobj in prep.children if pobj.dep_ == "pobj"]
            if controllers:
                return self.actors(controllers, taken)
        node = token
        for _ in range(6):
            if node.dep_ == "ROOT" or node.head.i == node.i:
                return []
            came_from, node = node, node.head
            if node.lemma_ in REPORTERS:
                return []
            if came_from.dep_ == "prep" and came_from.lower_ == "for" and (
                    objects := self.actors([c for c in node.children if c.dep_ == "dobj"], taken)):
                return objects
            for child in node.children:
                if child.dep_ in {"nsubj", "nsubjpass"} and child.i != token.i and (
                        labels := self.actors([child], taken)):
                    return labels
            if node.pos_ in {"VERB", "AUX"} and node.dep_ not in VERB_CLIMB:
                return []
        return []

    def actors(self, tokens: list[Token], taken: set[str]) -> list[str]:
        """The entities `tokens` denote that can act (no weapon systems), leaving out those in `taken`."""
        return [lab for tok in tokens for lab in self.entities_of(tok)
                if lab not in taken and self.index.entities[lab].cls != "WeaponSystem"]

    # -- factuality ----------------------------------------------------------------------
    def status(self, token: Token) -> str:
        """Happened, Planned, Possible or Negated, from the trigger's own modifiers and governors."""
        node = token
        for depth in range(5):
            cues = [status for child in node.children if (status := cue_status(child))]
            if cues:   # 'will not accept': the negation outweighs the modal
                return min(cues, key=STATUS_WEIGHT.index)
            for child in node.children:
                if child.dep_ == "advcl" and any(m.lower_ in {"if", "unless"} for m in child.children if m.dep_ == "mark"):
                    return "Possible"
            if depth and node.lemma_ in GOVERNORS:
                return GOVERNORS[node.lemma_]
            if node.dep_ == "xcomp" and node.head.lemma_ in INFINITIVE_GOVERNORS \
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
                return INFINITIVE_GOVERNORS[node.head.lemma_]
            if node.dep_ in {"xcomp", "dobj", "conj", "nsubjpass", "pcomp"} or (
                    node.dep_ == "pobj" and node.head.lower_ in {"of", "for"}):
                node = node.head if node.dep_ != "pobj" else node.head.head
            elif node.dep_ == "prep" and node.head.lemma_ in GOVERNORS:
                node = node.head
            elif node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.head.pos_ in {"VERB", "AUX"}:
                verb = node.head.head   # 'will continue the talks at a meeting': the verb's own modality only
                return next((st for c in verb.children if c.dep_ in {"aux", "neg"} and (st := cue_status(c))), "Happened")
            else:
                break
        if node.lemma_ in GOVERNORS and node.i != token.i:
            return GOVERNORS[node.lemma_]
        return "Happened"

    # -- time and amounts --------------------------------------------------------------
    def time(self, token: Token, status: str) -> TimeRef | None:
        """The date expression nearest the trigger in its own clause, else one taken from elsewhere (see
        `borrowed_time`), at the period an anaphoric expression names ('later in the year': that year)."""
        clause = clause_of(token)
        own = self.dates_in(local_tokens(clause), token)
        for ent in own:
            if ref := resolve_date(ent.text, self.published, "future" if status == "Planned" else "past"):
                return ref
        if any(c.dep_ == "aux" and c.lower_ == "had" for c in clause.children):
            return None   # 'had ordered': before the time of the story, so no date of the story applies
        ref = self.borrowed_time(token, clause, status)
        period = next((p for ent in own if (p := period_anaphor(ent.text))), None)
        return coarsened(ref, period) if ref and period else ref

    def borrowed_time(self, token: Token, clause: Token, status: str) -> TimeRef | None:
        """A date from a clause that governs the trigger's; else, in the lead paragraph, the publication date;
        else the last date earlier in its paragraph, the lead's, or the last earlier in the article (the reason
        says which). Only dates of clauses that report something that happened are taken (`borrowed`)."""
        governor = clause
        while governor.head.i != governor.i:   # 'said at the end of February that the transfer would ...'
            governor = governor.head
            if governor.pos_ not in {"VERB", "AUX"}:
                continue
            for ent in self.dates_in(local_tokens(governor), token):
                if ref := self.borrowed(ent, status):
                    return replace(ref, text="", reason=f"{ref.reason}; the date of a clause governing it ({ent.text!r})")
        paragraph = self.text.rfind("\n\n", 0, token.idx) + 1
        if self.published is not None and paragraph == 0:
            return TimeRef(self.published.isoformat(), "day", "", "lead paragraph: the publication date")
        sentence_start = token.sent.start_char
        before = [e for e in self.dates if e.start_char < sentence_start]
        earlier = [e for e in before if paragraph <= e.start_char]
        lead = [e for e in self.dates if e.start_char < self.lead_end]
        for ent, reason in [(e, "the last date named earlier in the paragraph") for e in reversed(earlier)] + \
                           [(e, "the date of the lead paragraph") for e in lead] + \
                           [(e, "the last date named earlier in the article") for e in reversed(before)]:
            if ref := self.borrowed(ent, status):
                return replace(ref, text="", reason=f"{ref.reason}; {reason} ({ent.text!r})")
        return None

    def dates_in(self, tokens, near: Token) -> list[Span]:
        """The article's date expressions headed inside `tokens`, nearest to `near` first."""
        scope = {t.i for t in tokens}
        return sorted((e for e in self.dates if e.root.i in scope), key=lambda e: abs(e.start - near.i))

    def borrowed(self, date: Span, status: str) -> TimeRef | None:
        """The date an event of `status` takes from the expression `date` in another clause, read as past (it
        says when something was reported). None unless that clause reports something that happened ('were to
        arrive in 2021' dates nothing else), or when the date is after publication and the event happened."""
        if self.status(clause_of(date.root)) != "Happened":
            return None
        ref = resolve_date(date.text, self.published, "past")
        if ref and status == "Happened" and self.published is not None and ref.first_day() > self.published:
            return None
        return ref

    @staticmethod
    def amount(sent: Span) -> tuple[float, str] | tuple[None, None]:
        for ent in sent.ents:
            if ent.label_ != "MONEY":
                continue
            text = ent.text.lower().replace(",", "")
            number = re.search(r"(\d+(?:\.\d+)?)\s*(thousand|million|billion|trillion|mln|bn|m|b)?\b", text)
            code = next((c for w, c in CURRENCIES.items() if re.search(rf"(^|[\s\d]){re.escape(w)}($|[\s\d])", text)
                         or w in "$€£" and w in text), None)
            if number and code:
                return float(number.group(1)) * SCALE.get(number.group(2) or "", 1), code
        return None, None

    @staticmethod
    def quantity(token: Token, items: list[str], index: TokenIndex) -> int | None:
        """'36 F-35As', '24 Su-35 jets', 'more than 100 of the F-35s': the number of items."""
        def names_item(tok: Token) -> bool:
            return any(index.label.get(t.i) in items for t in tok.subtree)
        for tok in token.subtree:
            if tok.like_num and tok.ent_type_ in {"CARDINAL", ""} and (names_item(tok.head) and tok.dep_ == "nummod"
                                                                     or names_item(tok)):
                try:
                    return int(tok.text.replace(",", ""))
                except ValueError:
                    return None
        return None

    # -- the triggers ---------------------------------------------------------------------
    def triggers_for(self, token: Token) -> list[Trigger]:
        """The readings of a token, best first: a frame of the hand-written trigger lexicon for its lemma and part
        of speech whose conditions hold, then the CAMEO dictionary's coding of the word. For a word the hand
        lexicon lists, the dictionary's reading counts only where one of its phrase patterns fits ('give a
        grant', not a bare 'ordered')."""
        listed = (token.lemma_.lower(), hand_pos(token)) in TRIGGERS
        hand = self.hand_trigger(token) if listed else None
        category = self.coder.cameo.plover(hand.cameo) if hand else None
        found = [replace(hand, plover=category[0], mode=category[1] or None) if category else hand] if hand else []
        coding = self.coder.code(token)
        if coding is not None and (coding.patterned or not listed):
            found.append(coded_trigger(token, coding, self.coder.role_preps[coding.plover]))
        return found

    def hand_trigger(self, token: Token) -> Trigger | None:
        """The first row of the trigger lexicon for the token's lemma and part of speech whose conditions hold."""
        for trigger in TRIGGERS.get((token.lemma_.lower(), hand_pos(token)), []):
            conditions = [need for need in trigger.needs if ":" in need and not need.startswith("party:")]
            if not conditions or any(self.need_met(token, need) for need in conditions):
                return trigger
        return None

    def need_met(self, token: Token, need: str) -> bool:
        kind, _, word = need.partition(":")
        if kind == "child":
            return any(c.dep_ == word for c in token.children)
        if kind in {"particle", "prep", "compound"}:
            deps = {"particle": {"prt"}, "prep": {"prep"}, "compound": {"compound"}}[kind]
            return any(c.dep_ in deps and c.lower_ == word for c in token.children)
        if kind == "target":   # the object must be an organisation of that kind (e.g. a news outlet)
            objs = [c for c in token.children if c.dep_ in {"dobj", "dative"}]
            return any(self.is_outlet(lab) for o in objs for lab in self.entities_of(o))
        return True

    def is_outlet(self, label: str) -> bool:
        named = self.gaz.named_called(label)
        entity = self.index.entities.get(label)
        return bool(named and named.kind == "outlet") or bool(
            entity and entity.cls == "Organization" and re.search(r"\b(TV|Radio|News|Times|Post|Channel)\b", label))

    def read(self) -> list[Event]:
        if self.coder.discards.story_discarded(self.doc):
            return []
        for token in self.doc:
            event = next((e for t in self.triggers_for(token) if not not_political(self, token, t)
                          and (e := self.two_sided(self.event(token, t))) is not None), None)
            if event is not None:
                self.events.append(event)
        self.events += self.conditional_threats()
        return merge_coreferent(self.events)

    def two_sided(self, event: Event | None) -> Event | None:
        """A meeting, call, talks or agreement with both sides: 'X and Y met', 'talks between X and Y' (the first
        named is the agent), or the counterpart of the agent's last such event; None when a side is missing."""
        if event is None or event.cls not in SYMMETRIC:
            return event
        if not (event.agent and event.target):
            sides = event.agent + event.target
            event.agent, event.target = sides[:1], sides[1:]
        if not event.target:
            event.target = self.counterpart(event)
        if not event.target and event.cls == "Agreement" and event.agent:
            return replace(event, cls="Pledge")   # 'Athens has agreed to acquire': a commitment of one side
        return event if event.agent and event.target else None

    def event(self, token: Token, trigger: Trigger) -> Event | None:
        roles = self.roles(token, trigger)
        if any(role in trigger.needs and not roles[role] for role in ROLES):
            return None   # a role the trigger needs is empty: 'the deficit will drop from 3.9%' excludes no one
        if not roles["agent"] and not roles["target"]:
            return None
        if not any(political(self.index.entities[lab], self.gaz) for r in ("agent", "target", "location")
                   for lab in roles[r] if lab in self.index.entities):
            return None   # 'Marsh rejected the claims', 'Aaliyah sued the label': no state or public body acts
        if not roles["agent"] and trigger.plover and not trigger.needs and trigger.subject == "agent" and token.pos_ == "NOUN":
            return None   # 'more details on support for Kyiv': an event noun with no one doing it
        if trigger.pos == "NOUN" and any(c.dep_ in {"det", "amod"} and c.lower_ in GENERIC or c.dep_ == "nummod"
                                         for c in token.children):
            return None   # 'most arms agreements', '8,000 telephone interviews': a kind of event, not one event
        for need in (n for n in trigger.needs if n.startswith("party:")):
            wanted = need.partition(":")[2]
            if not any(self.index.entities[lab].cls == wanted for lab in roles["agent"] + roles["target"]
                       if lab in self.index.entities):
                return None   # 'attacking the party': no state involved, a figure of speech
        status = "Happened" if trigger.pos == "AUX" else self.status(token)
        sentence = token.sent.text.strip()
        amount, currency = self.amount(token.sent) if trigger.cls in {"ArmsTransfer", "Aid", "Agreement"} else (None, None)
        known = sum(bool(roles[r]) for r in ("agent", "target", "item"))
        cameo, plover, mode = self.coder.under_status(trigger.cameo, status) or (trigger.cameo, trigger.plover, trigger.mode)
        return Event(cls=trigger.cls, cameo=cameo, plover=plover, mode=mode, trigger=token.text, trigger_at=token.idx, sentence=sentence,
                     article=self.article, status=status, time=self.time(token, status),
                     quantity=self.quantity(token, roles["item"], self.index) if trigger.cls == "ArmsTransfer" else None,
                     amount=amount, currency=currency,
                     confidence=round(min(0.95, trigger.confidence * (0.7 + 0.1 * known)), 2),
                     evidence=[sentence], **roles)

    def counterpart(self, event: Event) -> list[str]:
        """A meeting or talks with no counterpart named: the counterpart of the last such event of the same agent."""
        for earlier in reversed(self.events):
            if earlier.cls in SYMMETRIC and earlier.target and set(earlier.agent) & set(event.agent):
                return list(earlier.target)
        return []

    def conditional_threats(self) -> list[Event]:
        """'If you can't accept this, we will open the gates' in a quote: a threat by the speaker."""
        found = []
        for sent in self.doc.sents:
            if not any(t.lower_ in {"if", "unless"} and t.dep_ == "mark" for t in sent):
                continue
            for verb in sent:
                subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in {"we", "i"}]
                if subjects and any(c.lower_ in {"will", "'ll", "would"} and c.dep_ == "aux" for c in verb.children):
                    agent = self.entities_of(subjects[0])
                    if not agent:
                        continue
                    target = next((e.target for e in reversed(self.events) if e.target and set(e.agent) & set(agent)
                                   or e.target and self.country_of.get(e.agent[0] if e.agent else "") in agent), [])
                    found.append(Event(cls="Threat", cameo="13", plover="THREATEN", trigger=verb.text, trigger_at=verb.idx,
                                       sentence=sent.text.strip(),
                                       article=self.article, agent=agent, target=list(target), status="Happened",
                                       confidence=0.5, evidence=[sent.text.strip()]))
        return found


def hand_pos(token: Token) -> str:
    """The part of speech the hand-written trigger lexicon files a token under (NOUN, AUX, VERB or '')."""
    return "NOUN" if token.pos_ == "NOUN" else "AUX" if token.tag_ == "MD" else "VERB" if token.pos_ == "VERB" else ""


def anchored(ent: Span) -> bool:
    """A date expression that names a point in time, not a duration or an offset from another event."""
    following = ent.doc[ent.end].lower_ if ent.end < len(ent.doc) else ""
    return following not in RELATIVE_TO_EVENT and not is_duration(ent.text)


def is_preposition(token: Token) -> bool:
    """A preposition or particle of a verb: 'to' in 'sold jets to Egypt' is parsed as a dative, too."""
    return token.dep_ in {"prep", "prt"} or token.dep_ == "dative" and token.pos_ == "ADP"


def clause_of(token: Token) -> Token:
    """The verb heading the clause a token belongs to (the root when there is none)."""
    while token.pos_ not in {"VERB", "AUX"} and token.head.i != token.i:
        token = token.head
    return token


def local_tokens(token: Token):
    """The trigger's own phrase: its subtree without nested clauses (relative, complement, adverbial)."""
    for child in token.children:
        if child.dep_ in CLAUSES:
            continue
        yield from (t for t in local_tokens(child))
    yield token


def cue_status(child: Token) -> str | None:
    """The factuality a modifier of the trigger signals: 'will' Planned, 'possible' Possible, 'not' Negated."""
    where = {"aux": "aux", "neg": "neg", "det": "det", "mark": "mark", "amod": "amod", "advmod": "neg"}.get(child.dep_)
    return FACTUALITY.get((child.lower_, where)) if where else None


def compatible(a: list[str], b: list[str]) -> bool:
    return not a or not b or bool(set(a) & set(b))


def coreferent(a: Event, b: Event) -> bool:
    """Two mentions of one event: same class, no conflicting roles, quantities or dates written in their own
    clauses, and something in common. The sides of a meeting, call, talks or agreement may be named in either
    order."""
    if a.cls != b.cls or not compatible(a.item, b.item):
        return False
    if a.quantity and b.quantity and a.quantity != b.quantity:
        return False   # 'an additional Patriot system' and 'the transfer of 10 Patriot systems'
    if a.time and b.time and a.time.text and b.time.text and not (
            a.time.value.startswith(b.time.value) or b.time.value.startswith(a.time.value)):
        return False
    if a.cls in SYMMETRIC:
        return bool(set(a.agent + a.target) & set(b.agent + b.target))
    if not (compatible(a.agent, b.agent) and compatible(a.target, b.target)):
        return False
    return any(set(getattr(a, r)) & set(getattr(b, r)) for r in ("agent", "target", "item"))


def specificity(event: Event) -> int:
    return sum(bool(getattr(event, role)) for role in ROLES)


def merge_coreferent(events: list[Event]) -> list[Event]:
    """Fold later mentions of an event into its first mention, keeping every evidence sentence."""
    merged: list[Event] = []
    for event in events:
        first = next((m for m in merged if coreferent(m, event)), None)
        if first is None:
            merged.append(event)
            continue
        if specificity(event) > specificity(first):
            first.status = event.status
        for role in ROLES:
            getattr(first, role).extend(x for x in getattr(event, role) if x not in getattr(first, role))
        if first.cls in SYMMETRIC:
            first.target = [x for x in first.agent + first.target if x not in first.agent[:1]]
            first.agent = first.agent[:1]
        first.evidence.extend(s for s in event.evidence if s not in first.evidence)
        first.time = first.time or event.time
        first.quantity = first.quantity or event.quantity
        if first.amount is None:
            first.amount, first.currency = event.amount, event.currency
        first.confidence = max(first.confidence, event.confidence)
    return merged


def find_events(doc: Doc, index: TokenIndex, facts: list[Fact], gaz: Gazetteer, coder: Coder, article: str,
                published: dt.date | None) -> list[Event]:
    """Every event the article reports, with coreferent mentions merged."""
    return Reader(doc, index, facts, gaz, coder, article, published).read()
