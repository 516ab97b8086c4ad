"""The bundled demo project (Ekdala kommun, fictional): imported once, on request."""

from __future__ import annotations

from samverkan_desktop.assets import resource
from samverkan_desktop.services import library_service
from samverkan_desktop.services.interchange.importer import import_document
from samverkan_desktop.services.interchange.parse import read_file
from samverkan_desktop.storage.library import Library


def ensure_demo_project(library: Library) -> str:
    """Import the bundled demo project unless the library already has it; returns its id."""
    document = read_file(resource("demo-project.json"))
    uid = str(document["project"]["id"])
    if all(p.uid != uid for p in library_service.list_projects(library)):
        import_document(library, document)
    return uid
