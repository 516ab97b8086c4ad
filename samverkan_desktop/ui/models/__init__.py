"""Qt item models: thin adapters over lists of service dataclasses, testable without widgets."""
