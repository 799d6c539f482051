"""Argument sources that are plain tree walks (no actor lookup): which tokens name a
side of an event in a given frame.  :class:`.arguments.Arguments` maps source names to
these and to its own lookups; keeping the walks here keeps each module small.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from . import scope, syntax

LOCATION_LABELS = frozenset({"GPE", "LOC", "FAC"})


def dative(tok: Token) -> list[Token]:
    """"gave Russia drones", "delivering rifles to Russia" (the parser may tag the
    preposition itself as the dative: its object is the receiver)."""
    out = []
    for c in syntax.children(tok, ["dative"]):
        out.extend(syntax.children(c, ["pobj"]) if c.pos_ == "ADP" else [c])
    return out + [o for o in syntax.prep_objects(tok, "to") if o not in out]


def mods(tok: Token) -> list[Token]:
    """Modifiers before a noun that may name its party ("Russian", "EU", "Iran-Russia")."""
    out = []
    for child in tok.children:
        if child.dep_ in ("amod", "compound", "nmod", "npadvmod") and child.i < tok.i:
            out.append(child)
            # "Iran-Russia relations": hyphenated names hang off each other
            out.extend(g for g in child.children if g.dep_ in ("compound", "amod", "nmod"))
    return out


def obj_owner(tok: Token) -> list[Token]:
    """Whose object was acted on: "X's ship", "a ship owned by X", "a tanker linked to X",
    "a vessel belonging to X" (a participle of owning on the object names its owner)."""
    out = []
    for o in scope.objects(tok):
        out += [c for c in o.children if c.dep_ in ("poss", "compound")]
        out += syntax.participle_affiliates(o)
    return out


def obj_maker(tok: Token) -> list[Token]:
    """Who made the charge a denial answers, named on the charge itself: a participle's
    "by" phrase ("rejected accusations made by X", "accusations levelled by X were
    dismissed") or a nationality adjective ("dismissed the American allegations")."""
    out = []
    for obj in scope.objects(tok):
        out.extend(a for acl in syntax.participles(obj) for a in syntax.agents(acl))
        out.extend(c for c in obj.children if c.dep_ == "amod" and c.ent_type_ == "NORP"
                   and c.i < obj.i)
    return out


def location_tokens(tok: Token) -> list[Token]:
    out = []
    gov = syntax.governor(tok)
    # "the hangings drew condemnation from the US": whom an act draws is no place of it
    heads = [tok] + ([gov] if gov is not None
                     and gov.lemma_.lower() not in syntax.GRAMMAR.elicit_verbs else [])
    for head in heads:
        for prep in (c for c in head.children if c.dep_ == "prep"):
            for t in prep.subtree:
                if t.ent_type_ in LOCATION_LABELS:
                    out.append(t)
        for acl in (c for c in head.children if c.dep_ == "acl"):
            for prep in (c for c in acl.children if c.dep_ == "prep"):
                out.extend(t for t in prep.subtree if t.ent_type_ in LOCATION_LABELS)
    return out[:1]


def complement_with(tok: Token) -> list[Token]:
    out = []
    for comp in scope.complements(tok):
        for t in comp.subtree:
            if t.dep_ == "prep" and t.lower_ == "with":
                out.extend(c for c in t.children if c.dep_ == "pobj")
    return out


def complement_subj(tok: Token) -> list[Token]:
    """"demanded that the government provide ...": the subject of the demanded clause."""
    out = []
    for comp in tok.children:
        # "charges that it had a hand in ...": a noun's that-clause is its content
        content = comp.dep_ in ("ccomp", "xcomp") or (
            comp.dep_ == "acl" and tok.pos_ in syntax.NOUN_POS
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in comp.children)) or (
            # "called for Iran to halt exports": the subject of a for-clause is asked
            comp.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for"
                                         for m in comp.children))
        if content:
            out.extend(syntax.children(comp, syntax.SUBJ_DEPS | syntax.PASS_SUBJ_DEPS))
    return out


def copula_subj(tok: Token, depth: int = 0) -> list[Token]:
    head = tok.head
    if tok.dep_ in ("conj", "appos") and depth < 3:
        # "regards Iran as one of the key countries and a strategic partner"
        found = copula_subj(head, depth + 1)
        if found:
            return found
    if tok.dep_ in ("attr", "oprd", "acomp"):
        return syntax.children(head, syntax.SUBJ_DEPS)
    if tok.dep_ == "pobj" and head.lower_ == "as":
        verb = head.head
        return syntax.children(verb, syntax.OBJ_DEPS)
    if tok.dep_ == "appos":
        return [head]
    return []


def condition_subj(tok: Token) -> list[Token]:
    """"threatened consequences if the EU expands its restrictions": whoever the
    condition is put to is the threat's target."""
    return [s for c in tok.children if c.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
            for s in syntax.subjects(c)]


def victim(tok: Token) -> list[Token]:
    suffered = syntax.undergone_by(tok)  # "soldiers died in an attack", "suffered shelling"
    if suffered is not None:  # "rangers were killed in clashes": the passive's subject
        return syntax.subjects(suffered) or syntax.children(suffered, syntax.PASS_SUBJ_DEPS)
    prep = syntax.under(tok)
    if prep is not None:
        gov = syntax.governor(prep)  # "the town came under attack"
        return syntax.subjects(gov) if gov is not None else []
    if syntax.is_passive(tok):
        return syntax.children(tok, syntax.PASS_SUBJ_DEPS)
    head = tok.head
    if tok.dep_ in ("advcl", "conj") and syntax.is_passive(head):
        return syntax.children(head, syntax.PASS_SUBJ_DEPS)
    return []


def relcl_maker(tok: Token) -> list[Token]:
    """Who made the charge a denial answers, named in a relative clause on the charge
    ("rejected the charge that Israel made", "a claim Kyiv denies" set after the claim's
    own clause: "Russia says Ukraine shelled the plant, a claim Kyiv denies")."""
    objs = scope.objects(tok)
    made = [s for o in objs for c in o.children if c.dep_ == "relcl"
            for s in syntax.children(c, syntax.SUBJ_DEPS) if s.pos_ != "PRON"]
    if made or tok.dep_ != "relcl" or tok.head.dep_ not in ("appos", "npadvmod"):
        return made
    root = tok.sent.root
    return [s for s in syntax.subjects(root) if root.i < tok.head.i]


def elicited_from(tok: Token) -> list[Token]:
    """"drew condemnation from France", "faced sanctions from the bloc": the "from"
    phrase of an act noun a verb draws on its subject (on the noun or, as the parser
    often hangs it, on the verb after the noun) names whom the act comes from."""
    verb = syntax.elicited_by(tok)
    if verb is None:
        return []
    # "drew condemnation, including from the US": through the "including" phrase
    including = [c for c in verb.children if c.lower_ == "including" and c.i > tok.i]
    return syntax.prep_objects(tok, "from") + [
        o for h in [verb, *including] for o in syntax.prep_objects(h, "from") if o.i > tok.i]


def elicitor(tok: Token) -> list[Token]:
    """"Israel faced criticism from Egypt", "the raid drew condemnation": the subject
    that draws an act undergoes it (a party, or an act whose doer is named on it)."""
    verb = syntax.elicited_by(tok)
    if verb is None:
        return []
    return syntax.children(verb, syntax.SUBJ_DEPS) or syntax.children(
        verb, syntax.PASS_SUBJ_DEPS)


def _with_phrase(tok: Token) -> Token | None:
    """The "with" a noun trigger is the object of ("with the support of X"), if any."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "with" and head.dep_ == "prep":
        return head
    return None


def with_of(tok: Token) -> list[Token]:
    """"Kenya, with the backing of France, ...", "with help from Chad": the "of" or
    "from" phrase of a help noun in a "with" phrase names who gives the help (not what
    is helped)."""
    if _with_phrase(tok) is None:
        return []
    return syntax.prep_objects(tok, "of") + syntax.prep_objects(tok, "from")


def with_holder(tok: Token) -> list[Token]:
    """Who acts "with the support of X": the noun the "with" phrase describes, else the
    subject of the clause it belongs to."""
    prep = _with_phrase(tok)
    if prep is None:
        return []
    holder = prep.head
    if holder.pos_ in syntax.NOUN_POS:
        return [holder]
    return syntax.subjects(holder) if syntax.is_verbal(holder) else []


def governor_obj(tok: Token) -> list[Token]:
    """Whom a measure or an attack noun is aimed at through the verb it hangs on: "the
    sanctions target X", "a drone strike killed X's soldiers" (its verb's object, or
    "apply to X"), "added X to its blacklist" (the object of a verb that lists someone)."""
    verb = tok.head
    if tok.dep_ in ("nsubj", "nsubjpass") and verb.lemma_.lower() in (
            syntax.GRAMMAR.targeting_verbs | syntax.GRAMMAR.harming_verbs):
        return syntax.direct_objects(verb) or syntax.prep_objects(verb, "to")
    if tok.dep_ == "pobj" and verb.lower_ in ("to", "on") and verb.head.i != verb.i \
            and verb.head.lemma_.lower() in syntax.GRAMMAR.listing_verbs:
        return syntax.direct_objects(verb.head)
    return []


def complement_recipient(tok: Token) -> list[Token]:
    """"threatened to deliver blows to X", "vowed to expel X's envoys", "threatened to
    retaliate against X", "to take measures against X": the receiver, the object or the
    target of the act a threat or a pledge is about (the target's phrase may hang on the
    act's object)."""
    out = []
    for c in (c for c in scope.complements(tok) if syntax.is_verbal(c)):
        objs = scope.objects(c)
        out += dative(c) + objs + [x for p in ("against", "at") for x in syntax.prep_objects(c, p)]
        out += [x for o in objs for p in ("against", "at", "to") for x in syntax.prep_objects(o, p)]
    return out


def stative_subj(tok: Token) -> list[Token]:
    """"Israel is opposed to the plan": the subject of a stative passive with a "to"
    phrase holds the stance (the parser may hang it on the auxiliary)."""
    if not syntax.prep_objects(tok, "to"):
        return []
    return [c for x in [tok, *syntax.children(tok, ("aux", "auxpass"))] for c in x.children
            if c.dep_ in ("nsubj", "nsubjpass")]


def undergone_with(tok: Token) -> list[Token]:
    """"soldiers died in a shootout with border guards": the parser hangs the other side
    of a two-sided fight on the verb the victims underwent it by, not on the fight."""
    suffered = syntax.undergone_by(tok)
    return syntax.prep_objects(suffered, "with") if suffered is not None else []


def means_user(tok: Token) -> list[Token]:
    """"Israel responded with artillery fire", "the rebels retaliated with rocket attacks":
    an attack noun that is the means ("with") of an active verb is that verb's subject's
    act (not in the passive: "a town hit with shelling" names who underwent it)."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "with" or prep.dep_ != "prep":
        return []
    verb = prep.head
    if not syntax.is_verbal(verb) or syntax.is_passive(verb) or verb.tag_ == "VBN" \
            and verb.dep_ in ("acl", "amod"):
        return []
    return syntax.subjects(verb)


def under_from(tok: Token) -> list[Token]:
    """"troops came under fire from X": the parser hangs the attacker's "from" phrase on
    the verb the "under" phrase belongs to, not on the attack noun."""
    prep = syntax.under(tok)
    return syntax.prep_objects(prep.head, "from") if prep is not None else []


def passive_receiver(tok: Token) -> list[Token]:
    """"Ukraine was given tanks", "Armenia was sold howitzers", "Chile was supplied with
    jets": a transfer told in the passive that still names its goods (an object or a
    "with" phrase) was done to its subject, who receives them."""
    if tok.pos_ != "VERB" or not syntax.is_passive(tok) or not (
            syntax.direct_objects(tok) or syntax.prep_objects(tok, "with")):
        return []
    return syntax.children(tok, syntax.PASS_SUBJ_DEPS)


def goods_agent(tok: Token) -> list[Token]:
    """"Chile was supplied with jets by Spain": the parser may hang a passive verb's "by"
    phrase on the goods it names; it still names who gave them."""
    if tok.pos_ != "VERB" or not syntax.is_passive(tok):
        return []
    goods = syntax.direct_objects(tok) + syntax.prep_objects(tok, "with")
    return [a for g in goods for a in syntax.agents(g)]


def _passive_envoys(tok: Token, verbs: frozenset[str]) -> list[Token]:
    """The envoys a passive verb of ``verbs`` with no "by" phrase is told of."""
    if tok.lemma_.lower() not in verbs or not syntax.is_passive(tok) or syntax.agents(tok):
        return []
    return [s for s in syntax.children(tok, syntax.PASS_SUBJ_DEPS)
            if s.lemma_.lower() in syntax.GRAMMAR.envoy_nouns]


def posting_host(tok: Token) -> list[Token]:
    """"The Chinese ambassador to Kenya was summoned", "Russian diplomats were expelled
    from Poland": with no doer named, the country an envoy is posted to (or sent away
    from) summons or expels them: a host's act on a guest."""
    envoys = _passive_envoys(tok, syntax.GRAMMAR.host_verbs)
    return [x for s in envoys for x in syntax.prep_objects(s, "to")] or (
        syntax.prep_objects(tok, "from") if envoys else [])


def envoy_sender(tok: Token) -> list[Token]:
    """"The Peruvian ambassador to Mexico was recalled": with no doer named, a recalled
    envoy's own country recalls them (a sender's act; the posting is the recipient)."""
    return _passive_envoys(tok, syntax.GRAMMAR.sender_verbs)


def target_place(tok: Token) -> list[Token]:
    """"hit a refinery in Russia's Volgograd region", "stormed a hotel in Mogadishu",
    "fired on a crowd near a camp in Gaza": what an attack is aimed at, when it names no
    party, is placed in a country by a preposition on it (the first place named there)."""
    aimed = [o for p in ("at", "on", "against") for o in syntax.prep_objects(tok, p)]
    objs = scope.objects(tok)
    # "struck targets near Damascus": the parser hangs the place on the verb, not on the
    # thing struck; a verb with an object is placed by it all the same
    for target in objs + aimed + ([tok] if objs else []):
        for prep in target.children:
            if prep.dep_ == "prep" and prep.lower_ in syntax.GRAMMAR.placing_preps:
                found = [t for t in prep.subtree if t.ent_type_ in LOCATION_LABELS]
                if found:
                    return found[:1]
    return []


def presence_place(tok: Token) -> list[Token]:
    """"kept soldiers at five hilltop positions inside X", "troops were operating inside
    X", "instructors are deployed in X and Y": forces kept or deployed in a country are
    posted against that country's ground (PLOVER MOBILIZE, the guide's "troops in a
    named country"), so the country is the recipient.  The place phrase may hang on the
    verb or on the forces (its object), and a named country may sit below a place noun
    ("positions inside X"): the walk goes down through placing prepositions only."""
    found: list[Token] = []
    todo = [tok, *scope.objects(tok)]
    while todo:
        head = todo.pop(0)
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in syntax.GRAMMAR.placing_preps:
                continue
            for obj in syntax.prep_objects(head, prep.lower_):
                if obj.ent_type_ in LOCATION_LABELS:
                    found.append(obj)
                elif obj.pos_ == "NOUN":
                    todo.append(obj)
    return found


def meeting_parties(tok: Token) -> list[Token]:
    """"Talks between Qatar and Bahrain ended with an agreement", "a meeting with Chile
    produced a deal": what a relation between parties yields (the subject of the clause,
    with its "between" or "with" phrase) is agreed by those parties, not by the subject."""
    gov = syntax.governor(tok)
    return [p for m in (syntax.subjects(gov) if gov is not None else [])
            for p in [*syntax.prep_objects(m, "between"), *syntax.prep_objects(m, "with")]]


def governor_recipient(tok: Token) -> list[Token]:
    """"approved $2 billion in military aid for Taiwan": a transfer noun inside the object
    of a verb takes the receiver the verb's "for" phrase names (not its "to" phrase:
    "turned to Russia for assistance" names the giver)."""
    gov = syntax.governor(tok) if tok.pos_ in syntax.NOUN_POS else None
    return [] if gov is None else syntax.prep_objects(gov, "for")


def sought_from(tok: Token) -> list[Token]:
    """"turned to Russia for security assistance", "relies on Iran for drones": the party
    a side turns to for what the noun names gives it (the rule names the verbs)."""
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "for" else None
    if verb is None or not syntax.is_verbal(verb):
        return []
    return [*syntax.prep_objects(verb, "to"), *syntax.prep_objects(verb, "on")]


BY_NAME: dict[str, Callable[[Token], list[Token]]] = {
    "undergone_with": undergone_with, "under_from": under_from, "means_user": means_user,
    "passive_receiver": passive_receiver, "goods_agent": goods_agent,
    "posting_host": posting_host, "envoy_sender": envoy_sender, "target_place": target_place,
    "presence_place": presence_place, "meeting_parties": meeting_parties,
    "governor_recipient": governor_recipient, "sought_from": sought_from}
"""Sources a rule may name that need no state of the argument finder."""
