"""The places component: which candidate names of the span ruler are places, and which.

A name the gazetteer knows is not yet a place. `Medan` is the city, `medan` a field; `Kita`
is an Indonesian word before it is Quito; `Hamilton, I.` is an author, `Dublin Core` a
standard, `Auto Parts Toyota` a shop. The decision is made once per name for the whole
document, from evidence: a government form (`Kota`, `Prefecture`), the place's country named
beside it, a sentence that tells of a partnership with an Indonesian place, or the same name
shown to be a place elsewhere. A foreign name that is an Indonesian word, an acronym, one of
GeoNames' alternate names, or is read only in a reference list needs such evidence; one that
appears inside another proper name needs it too.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .lexicon import load_lexicon
from .named_places import NamedPlaces
from .place_candidates import Reading, occurrences
from .place_resolution import decide
from .place_rules import place_rules

SPANS_KEY = "places"
BODY_END = "kembar.body_end"  # doc.user_data: where the reference list starts


class PlaceResolver:
    """Reads `doc.spans["candidates"]` (label PLACE) and writes `doc.spans["places"]`."""

    def __init__(self, rules_folder: str | None, candidates_key: str):
        self.rules = place_rules(rules_folder)
        self.named = NamedPlaces(self.rules)
        self.candidates_key = candidates_key
        load_lexicon()  # with the component, not on the first article

    def __call__(self, doc: Doc) -> Doc:
        reading = Reading.of(doc, self.candidates_key)
        body_end = doc.user_data.get(BODY_END, len(reading.text))
        found = occurrences(self.rules, doc, reading, body_end)
        formed = self.named.named_by_form(doc, reading, found)
        formed += self.named.misspelt_partners(doc, reading, found, formed)
        decided = decide(self.rules, doc, reading, found, formed)
        doc.spans[SPANS_KEY] = sorted(decided + formed, key=lambda s: s.start)
        return doc


@Language.factory(
    "kembar_places",
    default_config={"rules": None, "candidates_key": "candidates"},
)
def make_places(nlp: Language, name: str, rules: str | None, candidates_key: str):
    return PlaceResolver(rules, candidates_key)
