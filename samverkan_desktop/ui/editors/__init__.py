"""The editors of the central area: one per navigator section."""
