"""Tagging entries in the UI: the quick tag palette, span highlights and the review view."""
