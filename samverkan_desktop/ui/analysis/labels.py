"""What the analysis views call the kinds of tags (entry kinds: ``session_labels.entry_kinds``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tag_kind_labels() -> dict[str, str]:
    """Tema, det som fungerar, förbättringsområde (plural: they head groups of tags)."""
    return {
        "theme": QCoreApplication.translate("Analysis", "Themes"),
        "strength": QCoreApplication.translate("Analysis", "What works (strengths)"),
        "improvement": QCoreApplication.translate("Analysis", "Improvement areas"),
    }

