"""Tagging entries in the UI: the quick tag palette, span highlights and the review view."""

# the key that tags, in every screen that tags (the review view, meeting mode)
TAG_KEY = "Ctrl+T"
