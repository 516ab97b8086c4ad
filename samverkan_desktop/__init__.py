"""Samverkan Desktop: minutes, structured dialogues and the dialogue report for a
municipality's central collaboration group, offline on the secretary's laptop."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    """``__version__``, read from the package metadata when first asked for: importing
    ``importlib.metadata`` and scanning the installed distributions would otherwise delay
    the window at every start."""
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("samverkan-desktop")
    except PackageNotFoundError:  # running from a bundle without package metadata
        found = "0.1.0"
    globals()["__version__"] = found
    return found
