"""What the analysis views call the kinds of tags and of entries."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tag_kind_labels() -> dict[str, str]:
    """Tema, det som fungerar, förbättringsområde (plural: they head groups of tags)."""
    return {
        "theme": QCoreApplication.translate("Analysis", "Themes"),
        "strength": QCoreApplication.translate("Analysis", "What works (strengths)"),
        "improvement": QCoreApplication.translate("Analysis", "Improvement areas"),
    }


def entry_kind_labels() -> dict[str, str]:
    return {
        "statement": QCoreApplication.translate("Analysis", "Statement"),
        "decision": QCoreApplication.translate("Analysis", "Decision"),
        "action": QCoreApplication.translate("Analysis", "Action"),
        "note": QCoreApplication.translate("Analysis", "Note"),
    }
