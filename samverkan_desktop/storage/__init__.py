"""Storage: the SQLite engine, migrations, backups and integrity checks. No business rules."""
