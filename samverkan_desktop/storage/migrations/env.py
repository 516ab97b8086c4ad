"""Alembic environment: always run from code, on a connection the app hands over."""

from __future__ import annotations

from alembic import context

from samverkan_desktop.domain.models import Base
from samverkan_desktop.storage.search_index import include_name

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - the app never runs alembic from its CLI
    raise RuntimeError("Samverkan Desktop runs its migrations from code only")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
    include_name=include_name,  # the FTS5 search index is no model
)
with context.begin_transaction():
    context.run_migrations()
