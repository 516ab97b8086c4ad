"""Typed errors of the services, each with a code and a message in Swedish and English.

The UI and the CLI show ``error.text(language)``; the code lets a caller react to a
kind of failure without parsing words.
"""

from __future__ import annotations

from typing import NamedTuple

DEFAULT_LANGUAGE = "sv"


class LocalText(NamedTuple):
    """A sentence in Swedish and in English (a named tuple: see ``paths.DataPaths``)."""

    sv: str
    en: str

    def __call__(self, language: str = DEFAULT_LANGUAGE) -> str:
        return self.en if language.startswith("en") else self.sv


class ServiceError(Exception):
    """A failure the user can understand and act on."""

    code = "error"

    def __init__(self, message: LocalText) -> None:
        super().__init__(message.sv)
        self.message = message

    def text(self, language: str = DEFAULT_LANGUAGE) -> str:
        return self.message(language)


class NotFound(ServiceError):
    code = "not_found"


class ImportRefused(ServiceError):
    """The file cannot be imported; nothing was written."""

    code = "import_refused"


class AlreadyExists(ServiceError):
    code = "already_exists"


class NotAMeeting(ServiceError):
    """The session is written answers from a survey (skriftliga svar), not a meeting: it has no
    meeting mode, no minutes and no notice."""

    code = "not_a_meeting"


class TemplateRefused(ServiceError):
    """The chosen Word template is not a Word document or template; nothing was written."""

    code = "template_refused"


class StorageFailed(ServiceError):
    """The disk or the database refused a write; nothing was half-written."""

    code = "storage_failed"
