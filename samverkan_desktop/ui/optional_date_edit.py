"""A date field that is typed like text (2026-03-18), may be empty, and has a calendar.

Every date in the editors, the wizard and the dialogs is one of these (the time counterpart is
``optional_time_edit.py``). A QDateEdit was not good enough for a secretary: an empty
one could not be typed into, Tab walked between its year, month and day instead of
leaving it, whatever it refused vanished without a word, and its calendar opened at
the "empty" date, January 1900. Here the text is a plain line:

- what is typed is read when editing finishes (Enter, Tab, a click elsewhere):
  ``2026-03-18``, ``2026-3-18`` and ``20260318`` give that date; an empty field means
  "no date" where the date is optional;
- anything else is refused with a message beside the field; nothing is stored, the
  text stays to be corrected, and Esc puts the stored date back;
- Up and Down step a typed date by a day; Alt+Down or F4 opens the calendar, at the
  field's date or else today, Monday first and with week numbers;
- ``dateChanged`` reports each new value the user commits (``datetime.date`` or None);
  ``set_date`` shows a value without reporting it.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QStyle,
    QToolButton,
    QWidget,
)

from samverkan_desktop.services.interchange.validate import YEARS
from samverkan_desktop.ui.locale_format import date_text

_TYPED = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})|(\d{4})(\d{2})(\d{2})")
# how much of refused text the message repeats
ECHO_CHARS = 24


def parse_typed_date(text: str) -> dt.date | None:
    """The date a user typed (None for nothing typed); ValueError when it is no date."""
    typed = text.strip()
    if not typed:
        return None
    match = _TYPED.fullmatch(typed)
    if match is None:
        raise ValueError(typed)
    year, month, day = (int(part) for part in (match.groups()[:3] if match.group(1) else match.groups()[3:]))
    if year not in YEARS:
        raise ValueError(typed)
    return dt.date(year, month, day)  # ValueError for 2026-02-30


class _CalendarPopup(QCalendarWidget):
    """The calendar under a date field: Enter or a click picks a day, Esc closes it."""

    picked = Signal(QDate)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowFlags(Qt.WindowType.Popup)
        self.setObjectName("dateCalendar")
        self.setGridVisible(False)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers)
        self.setFirstDayOfWeek(Qt.DayOfWeek.Monday)  # as in Sweden, whatever the language
        self.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.ShortDayNames)
        self.setMinimumDate(QDate(YEARS.start, 1, 1))
        self.setMaximumDate(QDate(YEARS.stop - 1, 12, 31))
        self.clicked.connect(self.picked)
        self.activated.connect(self.picked)
        # the weekday names ("mån", "tis" …) and week numbers must fit whole
        metrics = self.fontMetrics()
        column = max(metrics.horizontalAdvance(self.locale().dayName(day, self.locale().FormatType.ShortFormat))
                     for day in range(1, 8)) + metrics.horizontalAdvance("MM")
        self.setMinimumWidth(8 * column + 24)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)


class OptionalDateEdit(QWidget):
    """A date typed as text or picked in a calendar; ``optional`` allows it to be empty."""

    # the user committed a new value: a ``datetime.date``, or None for "no date"
    dateChanged = Signal(object)

    def __init__(self, optional: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.optional = optional
        self._value: dt.date | None = None
        self._calendar: _CalendarPopup | None = None

        self.line = QLineEdit()
        self.line.setObjectName("dateText")
        self.line.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.line.setToolTip(self.tr("Type the date, e.g. 2026-03-18; Alt+Down opens a calendar")
                             + ("" if not optional else " " + self.tr("(empty: no date)")))
        width = self.line.fontMetrics().horizontalAdvance("0000-00-00__")
        placeholder = self.line.fontMetrics().horizontalAdvance(self.line.placeholderText() + "__")
        self.line.setFixedWidth(max(width, placeholder) + 16)
        self.line.editingFinished.connect(self.commit_typed)
        self.line.installEventFilter(self)
        self.button = QToolButton()
        self.button.setObjectName("dateCalendarButton")
        self.button.setArrowType(Qt.ArrowType.DownArrow)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from the date to the next field
        self.button.setToolTip(self.tr("Choose the date in a calendar (Alt+Down)"))
        self.button.setAccessibleName(self.tr("Calendar"))
        self.button.clicked.connect(self.open_calendar)
        self.problem = QLabel()
        self.problem.setObjectName("dateProblem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        font = self.problem.font()
        font.setBold(True)
        self.problem.setFont(font)
        self.problem_icon = QLabel()
        size = self.line.fontMetrics().height()
        self.problem_icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
                                    .pixmap(size, size))
        self.problem_icon.hide()
        self.problem.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line)
        layout.addWidget(self.button)
        layout.addWidget(self.problem_icon)
        layout.addWidget(self.problem, 1)
        layout.addStretch(0)  # keeps the line and its button together while there is no message
        self.setFocusProxy(self.line)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    # -- the value --------------------------------------------------------------------
    def date(self) -> dt.date | None:
        """The committed date (what is stored), never half-typed text."""
        return self._value

    def set_date(self, value: dt.date | None) -> None:
        """Show ``value``, dropping any refused text; ``dateChanged`` is not emitted."""
        self._value = value
        self.line.setText("" if value is None else date_text(value))
        self._show_problem("")

    def clear_date(self) -> None:
        """Empty the field as if the user had deleted the date."""
        self.line.setText("")
        self.commit_typed()

    def text(self) -> str:
        return self.line.text()

    def has_problem(self) -> bool:
        """True while the field shows text it refused."""
        return not self.problem.isHidden()

    def problem_text(self) -> str:
        return self.problem.text() if self.has_problem() else ""

    def setReadOnly(self, read_only: bool) -> None:
        self.line.setReadOnly(read_only)
        self.button.setEnabled(not read_only)

    def isReadOnly(self) -> bool:
        return self.line.isReadOnly()

    # -- committing -------------------------------------------------------------------
    def commit_typed(self) -> bool:
        """Take what is typed (done when editing finishes); False when it is refused."""
        if self.line.isReadOnly():
            return True
        try:
            value = parse_typed_date(self.line.text())
        except ValueError:
            shown = " ".join(self.line.text().split())
            if len(shown) > ECHO_CHARS:
                shown = shown[:ECHO_CHARS] + "…"
            self._show_problem(self.tr("“%1” is not a date. Type it as 2026-03-18.").replace("%1", shown))
            return False
        if value is None and not self.optional:
            self._show_problem(self.tr("A date is needed here. Type it as 2026-03-18."))
            return False
        self._commit(value)
        return True

    def _commit(self, value: dt.date | None) -> None:
        self._show_problem("")
        self.line.setText("" if value is None else date_text(value))
        if value != self._value:
            self._value = value
            self.dateChanged.emit(value)

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        self.problem_icon.setVisible(bool(text))
        self.line.setAccessibleDescription(text)

    # -- keys and the calendar --------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.line and event.type() == QEvent.Type.KeyPress and not self.line.isReadOnly():
            assert isinstance(event, QKeyEvent)
            key, alt = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
            if key == Qt.Key.Key_F4 or (alt and key == Qt.Key.Key_Down):
                self.open_calendar()
                return True
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not alt:
                self._step(1 if key == Qt.Key.Key_Up else -1)
                return True
            stored = "" if self._value is None else date_text(self._value)
            if key == Qt.Key.Key_Escape and (self.line.text() != stored or self.has_problem()):
                self.set_date(self._value)  # back to what is stored
                return True
        return super().eventFilter(watched, event)

    def _step(self, days: int) -> None:
        try:
            typed = parse_typed_date(self.line.text())
        except ValueError:
            return
        base = typed or dt.date.today()
        moved = base + dt.timedelta(days=days if typed is not None else 0)
        if moved.year in YEARS:
            self.line.setText(date_text(moved))

    def calendar(self) -> _CalendarPopup:
        if self._calendar is None:
            self._calendar = _CalendarPopup(self)
            self._calendar.picked.connect(self._picked)
        return self._calendar

    def open_calendar(self) -> None:
        """Show the calendar under the field, at the typed or stored date, else today."""
        if self.line.isReadOnly():
            return
        try:
            shown = parse_typed_date(self.line.text()) or self._value
        except ValueError:
            shown = self._value
        day = shown or dt.date.today()
        calendar = self.calendar()
        calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        calendar.adjustSize()
        calendar.move(self.line.mapToGlobal(QPoint(0, self.line.height())))
        calendar.show()
        calendar.setFocus()

    def _picked(self, day: QDate) -> None:
        if self._calendar is not None:
            self._calendar.close()
        self._commit(dt.date(day.year(), day.month(), day.day()))
        self.line.setFocus()
