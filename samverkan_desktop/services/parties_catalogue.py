"""The parties of collaboration in a Swedish municipality, to pick from.

The employer and the unions (arbetstagarorganisationer) that usually sit in a
municipality's central collaboration group, under their current names (2025):
Sveriges Lärare (Lärarförbundet and Lärarnas Riksförbund since 2023), Akavia (Jusek
and Civilekonomerna since 2022), Sveriges Skolledare (formerly Sveriges
Skolledarförbund). The names are proper nouns and stay Swedish in every language.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from samverkan_desktop.domain.enums import PartySide
from samverkan_desktop.services.uids import readable_uid


@dataclass(frozen=True)
class CatalogueParty:
    """A party as it is added to a project: its name, side and preferred id."""

    name: str
    side: PartySide

    @property
    def uid(self) -> str:
        return readable_uid("party", self.name)


_E, _U = PartySide.EMPLOYER, PartySide.UNION

#: in the order they are offered: the employer, then the unions by size in municipalities
COMMON_PARTIES: tuple[CatalogueParty, ...] = (
    CatalogueParty("Arbetsgivaren", _E),
    CatalogueParty("Kommunal", _U),
    CatalogueParty("Vision", _U),
    CatalogueParty("Sveriges Lärare", _U),
    CatalogueParty("Vårdförbundet", _U),
    CatalogueParty("Akademikerförbundet SSR", _U),
    CatalogueParty("Ledarna", _U),
    CatalogueParty("Sveriges Skolledare", _U),
    CatalogueParty("Sveriges Ingenjörer", _U),
    CatalogueParty("Fysioterapeuterna", _U),
    CatalogueParty("Sveriges Arbetsterapeuter", _U),
    CatalogueParty("Naturvetarna", _U),
    CatalogueParty("Akavia", _U),
    CatalogueParty("Sveriges Arkitekter", _U),
    CatalogueParty("Sveriges Psykologförbund", _U),
    CatalogueParty("DIK", _U),
    CatalogueParty("Brandmännens Riksförbund", _U),
    CatalogueParty("Saco-förbunden (gemensamt)", _U),
)


def _key(name: str) -> str:
    return " ".join(name.casefold().split())


def is_in_project(entry: CatalogueParty, names: Iterable[str], uids: Iterable[str | None] = ()) -> bool:
    """Whether a project already has ``entry``: a party of the same name (case and spaces
    ignored) or with the id the entry would get."""
    return _key(entry.name) in {_key(name) for name in names} or entry.uid in set(uids)
