"""Entity stage: correct spaCy's NER with the actor dictionary and token patterns, and
give every name mention its actor code.

spaCy's small model misses names inside quotes (“Interfax”), mislabels countries as
PERSON or ORG, glues titles onto organisations ("Ground Forces Commander Brigade") and
possessives onto names.  The corrections here are general: dictionary names win over
a conflicting label, punctuation and possessives are trimmed, a possessive inside a
name splits it, known surnames stay persons.
"""

from __future__ import annotations

from bisect import bisect_left
from pathlib import Path
from typing import Any

import srsly
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ... import extensions  # noqa: F401
from ...config import DEFAULT_CONFIG_DIR
from ...extensions import doc_text
from ...schema import ENTITY_LABELS
from .. import settings
from ..tokenizer import pattern_tokenizer
from .acronyms import acronym_readings, add_acronyms
from .bylines import byline_persons, code_bylines
from .coding import member_actors, phrase_actors, phrase_codes
from .dateline import code_from_dateline, dateline_country
from .dictionary import ActorDictionary, load_actors, normalise_name
from .lexicon import EntityLexicon, is_place_use, load_names, relabel
from .movements import movement_actor
from .patterns import EntityPatterns
from .places import code_located_places
from .positions import SpanIndex, coordinated_names
from .propagation import (
    group_sectors,
    inherit_from_head_entity,
    owner_country,
    propagate_person_actors,
)
from .references import DEFAULT_LEXICON, References
from .settled import actor_changed, keep_actors, settle, settle_entities, unsettle
from .titled import titled_persons
from .venue import code_from_nearer_evidence

POSSESSIVE_TOKENS = frozenset({"'s", "’s", "'", "’"})
POSSESSIVE_IDS = frozenset(get_string_id(s) for s in POSSESSIVE_TOKENS)
# labels whose names often embed a place or demonym ("Russian Defense Ministry", "Gulf of Oman")
COMPOSITE_LABELS = frozenset({"ORG", "FAC", "EVENT", "LAW", "WORK_OF_ART", "PRODUCT", "LOC", "GPE"})


class ActorEntities:
    """The ``actor_entities`` component (see module docstring)."""

    def __init__(self, nlp: Language, rules_dir: Path, actors_dir: Path) -> None:
        self.book: ActorDictionary = load_actors(actors_dir)
        rules_dir = Path(rules_dir)
        self.lex = settings.load(EntityLexicon, rules_dir / "rules.json", strict=True)
        patterns = list(srsly.read_jsonl(rules_dir / "patterns.jsonl"))
        self.names = PhraseMatcher(nlp.vocab, attr="ORTH")
        make_doc = pattern_tokenizer(nlp)  # not nlp.make_doc: see pattern_tokenizer
        self.lower_demonyms = PhraseMatcher(nlp.vocab, attr="ORTH")
        for spelling, kind in self.book.spellings.items():
            variants = {spelling, spelling.upper()}
            self.names.add(kind, [make_doc(v) for v in sorted(variants)])
            if kind in ("demonym", "region_demonym"):
                self.lower_demonyms.add(kind, [make_doc(spelling.lower())])
        listed = load_names(rules_dir / "names.json")
        for label, names in listed.items():
            self.names.add(f"label:{label}", [make_doc(n) for n in names])
        # names that need their label but code no actor ("Microsoft Exchange" is no company)
        self.uncoded = frozenset(normalise_name(n) for names in listed.values() for n in names)
        self.separator_ids = frozenset(get_string_id(s) for s in self.lex.separators)
        self.country_codes = self.book.country_codes
        # bodies of states (organisations with no sector of their own that are no state's
        # agency): their officials carry sector IGO
        self.igo_codes = frozenset(e.code for e in self.book.names() if e.kind == "organisation"
                                   and e.sector is None) - self.country_codes
        self.refs = References.from_file(DEFAULT_LEXICON,
                                         lambda t: phrase_actors(t, self.book))
        self.patterns = EntityPatterns(nlp.vocab, patterns, self.lex.org_title_words,
                                       self._cut_org_titles)

    def _trim(self, span: Span) -> Span | None:
        """Drop a leading "the" (a person's titles), surrounding punctuation and a trailing
        possessive."""
        start, end = span.start, span.end
        doc = span.doc
        # one Token made per word looked at (each ``doc[i]`` makes a new one)
        while start < end:
            tok = doc[start]
            if not (tok.is_punct or tok.is_space or tok.lower_ == "the"):
                break
            start += 1
        while end > start:
            tok = doc[end - 1]
            if not (tok.is_punct or tok.is_space or tok.text in POSSESSIVE_TOKENS):
                break
            end -= 1
        # titles are outside a person's name ("Ayatollah [Ali Khamenei]"); a span of
        # titles alone is dropped later, as before
        if span.label_ == "PERSON":
            while end - start > 1 and doc[start].lower_ in self.lex.person_title_words:
                start += 1
        if start >= end:
            return None
        return Span(doc, start, end, label=span.label_)

    def _split_at_separators(self, span: Span, seps: list[int], text: str) -> list[Span]:
        """"MINSK • Belarus" is a dateline and a name: split at separator punctuation
        (``seps``: the positions of the Doc's separator tokens, in order).  Each part is
        looked up by its stretch of ``text``, the Doc's text, cut at its first and last
        tokens' offsets: what ``Span.text`` gives, without a Token made for every word."""
        doc = span.doc
        parts, start = [], span.start
        for i in seps[bisect_left(seps, span.start):bisect_left(seps, span.end)]:
            if i > start:
                parts.append((start, i))
            start = i + 1
        if start < span.end:
            parts.append((start, span.end))
        out = []
        for first, end in parts:
            last = doc[end - 1]
            entry = self.book.lookup_entry(text[doc[first].idx:last.idx + len(last)])
            out.append(Span(doc, first, end, label=entry.label if entry else span.label_))
        return out

    def _split_possessive(self, span: Span, marks: list[int]) -> list[Span]:
        """"Belarus' Foreign Ministry" names two things: the owner and the organisation.
        ``marks``: the positions of the Doc's possessive tokens, in order."""
        doc = span.doc
        for i in marks[bisect_left(marks, span.start + 1):bisect_left(marks, span.end - 1)]:
            if doc[i].tag_ == "POS" and doc[i - 1].lower_ not in self.lex.name_genitives:
                left = Span(doc, span.start, i, label=span.label_)
                entry = self.book.lookup_entry(left.text)
                left_label = entry.label if entry else span.label_
                right_label = "ORG" if span.label_ in ("WORK_OF_ART", "PERSON") else span.label_
                return [Span(doc, span.start, i, label=left_label),
                        Span(doc, i + 1, span.end, label=right_label)]
        return [span]

    def _cut_org_titles(self, span: Span) -> Span:
        """"Russian Ground Forces Commander Army" is an organisation followed by a title."""
        if span.label_ != "ORG":
            return span
        for tok in span[1:-1]:  # a last word such as "Brigade" names the unit itself
            if tok.lower_.rstrip(".") in self.lex.org_title_words:
                return Span(span.doc, span.start, tok.i, label=span.label_)
        return span

    def _model_entities(self, doc: Doc) -> list[Span]:
        out: list[Span] = []
        # separator and possessive tokens found once by hash ids, not by reading every
        # entity's tokens
        orths = doc.to_array(ORTH).tolist()
        text = doc_text(doc)
        seps = [i for i, h in enumerate(orths) if h in self.separator_ids]
        marks = [i for i, h in enumerate(orths) if h in POSSESSIVE_IDS]
        for ent in doc.ents:
            trimmed = self._trim(ent) if ent.label_ in ENTITY_LABELS else ent
            if trimmed is None:
                continue
            pieces = self._split_at_separators(trimmed, seps, text)
            for part in (p for piece in pieces for p in self._split_possessive(piece, marks)):
                part = self._cut_org_titles(part)
                out.append(relabel(part, self.lex))
        return out

    def _dictionary_spans(self, doc: Doc) -> list[Span]:
        spans = []
        for match_id, start, end in self.names(doc):
            kind = doc.vocab.strings[match_id]
            span = Span(doc, start, end)
            if kind.startswith("label:"):
                spans.append(Span(doc, start, end, label=kind[len("label:"):]))
                continue
            entry = self.book.lookup_entry(span.text)
            if entry is None:
                continue
            label = entry.label
            if entry.kind == "seat" and is_place_use(span, self.lex):
                label = "FAC"
            spans.append(Span(doc, start, end, label=label, kb_id=kind))
        for _, start, end in self.lower_demonyms(doc):
            span = Span(doc, start, end)
            head = span.root.head
            if head.lower_ in self.lex.actor_nouns:
                spans.append(Span(doc, start, end, label="NORP"))
        return spans

    def _merge(self, model: list[Span], dictionary: list[Span],
               patterns: tuple[list[Span], list[Span]]) -> list[Span]:
        """Combine sources: titles, patterns, then dictionary names, override conflicting NER.

        A model entity that strictly contains a dictionary name survives only when its
        label is one that embeds place names (ORG "Russian Defense Ministry"); a PERSON
        "Announces Iran" gives way to the GPE "Iran".  Clashes are found through the
        tokens each span covers, so the merge costs the spans' length, not matches times
        entities (which made long articles quadratic).
        """
        result = SpanIndex(model)
        forced_names, titles = patterns
        for title in titles:
            for key in result.overlapping(title):
                result.remove(key)
        for forced in forced_names:
            for key in result.overlapping(forced):
                result.remove(key)
            result.add(forced)
        names = filter_spans(dictionary)
        for name in names:
            clash = result.overlapping(name)
            keep_model = any(
                e.start <= name.start and name.end <= e.end
                and (e.start, e.end) != (name.start, name.end)
                and not coordinated_names(e, names)
                and (e.label_ in COMPOSITE_LABELS or e.label_ not in ENTITY_LABELS
                     and e.label_ not in ("CARDINAL", "ORDINAL", "QUANTITY"))
                for e in (result.span(key) for key in clash)
            )
            if keep_model:
                continue
            for key in clash:
                result.remove(key)
            result.add(name)
        return result.spans()

    def _propagate_persons(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """A surname already seen in a full PERSON name is that person elsewhere too."""
        surnames = {s[-1].text for s in spans if s.label_ == "PERSON" and len(s) > 1}
        # family name first ("Wang Wenbin" ... "Wang"): a given name alone is rare
        surnames |= {s[0].text for s in spans if s.label_ == "PERSON" and len(s) == 2
                     and s[0].is_title and s[0].lower_ not in self.lex.person_title_words}
        # a span of titles alone names no one, whatever the model's label ("Brig." GPE)
        out = [s for s in spans if not (s.label_ in ("PERSON", "GPE", "ORG", "NORP") and all(
            t.lower_ in self.lex.person_title_words or t.is_punct for t in s))]
        covered = {i for s in out for i in range(s.start, s.end)}
        # found by hash ids: making a Token of every word to compare its text cost more
        ids = {get_string_id(name) for name in surnames}
        found = [i for i, h in enumerate(doc.to_array(ORTH).tolist()) if h in ids] if ids else []
        for tok in map(doc.__getitem__, found):
            if tok.i not in covered and tok.pos_ == "PROPN":
                out.append(Span(doc, tok.i, tok.i + 1, label="PERSON"))
        relabelled = []
        for s in out:
            if len(s) == 1 and s.text in surnames and s.label_ != "PERSON":
                s = Span(doc, s.start, s.end, label="PERSON")
            relabelled.append(s)
        return relabelled

    def _context_tokens(self, span: Span) -> list:
        """Words around a name that say whose it is: titles, owners, an apposition's phrase."""
        root = span.root
        heads = [root]
        # "the Egyptian Army's Border Guards Command chief": a name modifying a noun
        # belongs to whoever owns the noun's phrase
        top = root
        while top.dep_ == "compound" and top.head.i != top.i:
            top = top.head
        if top.i != root.i and span.label_ in ("ORG", "FAC"):
            heads.append(top)
        if root.dep_ == "appos":
            heads.append(root.head)
        heads += [c for c in root.children if c.dep_ == "appos"]
        # "the Iranian delegation, led by X": X leads, so X belongs to the delegation
        if root.dep_ == "pobj" and root.head.dep_ == "agent":
            verb = root.head.head
            leads = verb.lemma_.lower() in self.lex.leadership_verbs
            if leads and verb.dep_ in ("acl", "relcl"):
                heads.append(verb.head)
        # "X, a spokesperson for the ministry", "X, who speaks for the ministry"
        holders = heads + [c for c in root.children if c.dep_ == "relcl"]
        heads += [o for h in holders for p in h.children
                  if p.dep_ == "prep" and p.lower_ in self.lex.affiliation_prepositions
                  for o in p.children if o.dep_ == "pobj"]
        return heads

    def _actor(self, span: Span) -> dict[str, Any] | None:
        if normalise_name(span.text) in self.uncoded:
            return None
        entry = self.book.lookup_entry(span.text)
        if entry is not None:
            actor = entry.actor()
            # a capital or seat named as a place ("near the Kremlin") is the place:
            # its country, no government sector (ANNOTATION.md, Entities)
            if entry.kind in ("capital", "seat") and is_place_use(span, self.lex):
                actor["sector"] = None
            if entry.kind == "organisation" and entry.code in self.country_codes:
                # a name many states give their agencies ("National Intelligence Service")
                # is the named owner's: "Kenya's National Intelligence Service" is Kenyan
                actor["code"] = owner_country(span, self.book) or actor["code"]
            return actor
        if movement := movement_actor(span, self.lex.movement_words, self.book.lookup_entry):
            return movement  # "the Balochistan Liberation Front" is no Pakistani body
        if span.label_ == "PERSON" and len(span) == 1:
            person = self.book.person_by_surname(span.text)
            if person is not None:  # "Brig. Gen. Heidari": a known person by surname
                return person.actor()
        if span.label_ in self.lex.uncoded_by_inner_names:
            return None  # the Indian Ocean is not India, nor the Gulf of Oman Oman
        words = [t.text for t in span]
        # a dictionary name inside the mention: "Iranian Ground Forces", "Russian Army";
        # each stretch's text is cut from the article by its tokens' offsets (what
        # ``Span.text`` gives, without a Span per stretch)
        text = doc_text(span.doc)
        starts = [t.idx for t in span]
        ends = [i + len(w) for i, w in zip(starts, words, strict=True)]
        for size in range(len(span) - 1, 0, -1):
            for start in range(0, len(span) - size + 1):
                inner = self.book.lookup_entry(text[starts[start]:ends[start + size - 1]])
                if inner is not None:
                    # a capital inside another name stands for no government
                    # ("Damascus airport"); the name's own words still give a sector
                    own = None if inner.kind == "capital" else inner.sector
                    sector = self.book.sector_in(words) or own
                    return {"code": inner.code, "sector": sector}
        return None

    def _context_actor(self, span: Span) -> dict[str, Any] | None:
        """Code a mention from the phrase it heads or stands in apposition to."""
        own_sector = self.book.sector_in([t.text for t in span])
        for head in self._context_tokens(span):
            found = phrase_codes(head, self.book)
            if found:
                code = found[0]["code"]
                if span.label_ == "PERSON" and code in self.igo_codes:
                    # an IGO's official is the IGO with sector IGO (ANNOTATION.md)
                    return {"code": code, "sector": "IGO"}
                # the mention's own words name its sector best ("58th ... Army" is MIL)
                return {"code": code, "sector": own_sector or found[0]["sector"]}
        if span.label_ in ("ORG", "FAC"):
            # "its Ground Forces", "the country's Coast Guard": the owner a possessive
            # pronoun or descriptor points back to; "the Defence Ministry in Baku": the
            # place a body sits in, as for unnamed bodies (configs/actors/members.json)
            found = [a for c in span.root.children if c.dep_ == "poss"
                     for a in self.refs.resolve(c)] or member_actors(span.root, self.book)
            if found:
                return {"code": found[0]["code"], "sector": own_sector}
        return None

    def __call__(self, doc: Doc) -> Doc:
        unsettle(doc)
        model = self._model_entities(doc)
        spans = self._merge(model, self._dictionary_spans(doc),
                            (self.patterns.name_spans(doc), self.patterns.title_spans(model)))
        spans = titled_persons(doc, spans, self.lex.office_titles,
                               self.lex.organisation_heads, self.book.lookup_entry)
        spans = self._propagate_persons(doc, spans)
        spans = byline_persons(doc, spans, self.lex.byline_words, self.book.lookup_entry)
        spans, acronyms = add_acronyms(doc, filter_spans(spans), known=self.book.lookup_entry,
                                       bodies=self.lex.acronym_bodies)
        doc.ents = spans
        settle_entities(doc)  # bounds are final; actors are set below
        # read once: ``doc.ents`` rebuilds its list from every token on each access
        ents = list(doc.ents)
        pending = []
        for ent in ents:
            if ent.label_ in ENTITY_LABELS:
                ent._.actor = self._actor(ent)
                if ent._.actor is None:
                    pending.append(ent)
        # second pass: persons and unnamed organisations coded from their context
        keep_actors(doc)  # the actors read from here on are kept, the changes told
        for ent in pending:
            if ent.label_ in ("PERSON", "ORG", "FAC"):
                ent._.actor = self._context_actor(ent)
                actor_changed(ent)
        code_from_nearer_evidence(pending, self.lex, self.book, self._context_tokens)
        home = dateline_country(ents, self.country_codes, self.lex)
        code_from_dateline(pending, home, self.book, self._context_tokens)
        code_located_places(ents, self.country_codes, self.lex.settlement_nouns)
        code_bylines(ents, self.lex.byline_words)  # "By X": the agency's reporter
        for ent, actor in acronym_readings(ents, acronyms):  # "(BTA)": the accord before it
            ent._.actor = actor
            actor_changed(ent)
        propagate_person_actors(ents)
        inherit_from_head_entity(ents, self.book)
        group_sectors(ents, self.book)
        settle(doc)  # entities and actors are final: later stages' readings are remembered
        return doc


@Language.factory("actor_entities", default_config={"rules": "", "actors": ""})
def make_actor_entities(nlp: Language, name: str, rules: str, actors: str) -> ActorEntities:
    rules_dir = Path(rules) if rules else DEFAULT_CONFIG_DIR / "entities"
    actors_dir = Path(actors) if actors else DEFAULT_CONFIG_DIR / "actors"
    return ActorEntities(nlp, rules_dir, actors_dir)
