"""Dates, times and numbers as the UI shows them, in one place.

Swedish administration writes dates the ISO way (SS-ISO 8601: 2026-11-27) and times
with a 24-hour clock (14:05); that is also the short format of QLocale("sv_SE").
Long dates ("27 november 2026") and numbers ("1 234", "3,5") follow the app's
default locale, which ``i18n.install`` sets to Swedish (or English) as used in Sweden.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale

#: the display format of every date field (QDateEdit.setDisplayFormat)
DATE_FORMAT = "yyyy-MM-dd"
#: the display format of every time field
TIME_FORMAT = "HH:mm"


def date_text(day: dt.date) -> str:
    """``2026-11-27``."""
    return QLocale().toString(QDate(day.year, day.month, day.day), DATE_FORMAT)


def long_date_text(day: dt.date) -> str:
    """``27 november 2026`` in Swedish, ``27 November 2026`` in English."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def time_text(moment: dt.datetime | dt.time) -> str:
    """``14:05``."""
    return f"{moment:%H:%M}"


def number_text(value: int | float, decimals: int = 1) -> str:
    """``1 234`` (a non-breaking space groups the digits) and ``3,5``, as written in Sweden."""
    locale = QLocale()
    if isinstance(value, int):
        return locale.toString(value)
    return locale.toString(value, "f", decimals)
