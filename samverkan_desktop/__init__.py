"""Samverkan Desktop: minutes, structured dialogues and the dialogue report for a
municipality's central collaboration group, offline on the secretary's laptop."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("samverkan-desktop")
except PackageNotFoundError:  # running from a bundle without package metadata
    __version__ = "0.1.0"
