"""Writing the report in the app: its own texts, the quotes chosen for it, names in the
entries and what remains before it can be final (the navigator's "Rapport")."""
