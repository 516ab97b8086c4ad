"""What the views call the kinds of tags and of entries (the one place for entry kinds: meeting
mode, the review view, the analysis and the merge dialog use ``entry_kind_labels``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from samverkan_desktop.domain.enums import EntryKind


def tag_kind_labels() -> dict[str, str]:
    """Tema, det som fungerar, förbättringsområde (plural: they head groups of tags)."""
    return {
        "theme": QCoreApplication.translate("Analysis", "Themes"),
        "strength": QCoreApplication.translate("Analysis", "What works (strengths)"),
        "improvement": QCoreApplication.translate("Analysis", "Improvement areas"),
    }


def entry_kind_labels() -> dict[str, str]:
    """Statement, decision, action, note (``EntryKind``), in the order meeting mode numbers them."""
    return {
        EntryKind.STATEMENT: QCoreApplication.translate("Analysis", "Statement"),
        EntryKind.DECISION: QCoreApplication.translate("Analysis", "Decision"),
        EntryKind.ACTION: QCoreApplication.translate("Analysis", "Action"),
        EntryKind.NOTE: QCoreApplication.translate("Analysis", "Note"),
    }
