"""Many rows into one table at once: the values converted by the table's own column types,
then one ``executemany`` of plain tuples.

SQLAlchemy's ``connection.execute(insert(table), rows)`` builds the parameters of every
row through its compiled statement (``construct_params``), which was the largest part of
a 50,000-entry import's write after the search index (docs/performance.md). This does
the same conversions with the same objects, once per column: each column type's bind
processor for this dialect (dates and timestamps as SQLAlchemy stores them, JSON
serialised, enums checked against their values) and each column's Python-side default
(``created_at``, ``extra``, ``sort_order``) for a row without that key. So the stored rows
are the ones ``insert(table)`` writes (tests/storage/test_bulk.py compares them column by
column).

Every row of one call must have the keys of the first (as ``insert(table)`` with a list
requires); a key that is not a column is refused.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from sqlalchemy import JSON, Column, Connection, Table
from sqlalchemy.exc import StatementError

_Converter = Callable[[Any], Any]


def _converter(column: Column[Any], connection: Connection) -> _Converter:
    """The column's bind processor, with the last value and the empty dict remembered: an
    import gives every row the same timestamp object and mostly empty ``extra``."""
    dialect = connection.dialect
    process = column.type.dialect_impl(dialect).bind_processor(dialect)
    if process is None:
        return lambda value: value
    empty = process({}) if isinstance(column.type, JSON) else None
    last: list[Any] = [object(), None]

    def convert(value: Any) -> Any:
        if value is last[0]:
            return last[1]
        if empty is not None and type(value) is dict and not value:
            return empty
        result = process(value)
        last[0], last[1] = value, result
        return result

    return convert


def _default(column: Column[Any]) -> Callable[[], Any] | None:
    """A row without the column gets what SQLAlchemy's insert would give it: the Python-side
    default (a scalar, or a callable called for each row); None when there is none."""
    default = column.default
    if default is None:
        return None
    if getattr(default, "is_scalar", False):
        value = default.arg  # type: ignore[attr-defined]
        return lambda: value
    if getattr(default, "is_callable", False):
        call = default.arg  # type: ignore[attr-defined]  # SQLAlchemy wraps it to take a context
        return lambda: call(None)
    return None


def insert_rows(connection: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert ``rows`` (dicts keyed by column name) into ``table`` in one ``executemany``."""
    if not rows:
        return
    given = set(rows[0])
    unknown = given - set(table.c.keys())
    if unknown:
        raise KeyError(f"{table.name} has no column {sorted(unknown)[0]!r}")
    columns = [c for c in table.columns if c.key in given or _default(c) is not None]
    plan: list[tuple[str, _Converter, Callable[[], Any] | None]] = [
        (c.key, _converter(c, connection), None if c.key in given else _default(c)) for c in columns]
    preparer = connection.dialect.identifier_preparer
    sql = (f"INSERT INTO {preparer.format_table(table)} "
           f"({', '.join(preparer.quote(c.name) for c in columns)}) "
           f"VALUES ({', '.join('?' for _ in columns)})")
    try:
        values = list(_tuples(rows, plan))
    except (LookupError, TypeError, ValueError) as exc:  # what a bind processor refuses
        raise StatementError(f"{table.name}: {exc}", sql, None, exc) from exc
    connection.exec_driver_sql(sql, values)


def _tuples(rows: Iterable[dict[str, Any]],
            plan: list[tuple[str, _Converter, Callable[[], Any] | None]]) -> Iterable[tuple[Any, ...]]:
    given = [(key, convert) for key, convert, default in plan if default is None]
    if len(given) == len(plan):  # every column from the rows themselves: the usual case
        for row in rows:
            yield tuple([convert(row[key]) for key, convert in given])
        return
    for row in rows:
        yield tuple([convert(row[key]) if default is None or key in row else convert(default())
                     for key, convert, default in plan])
