"""Uppgifter: a session's title, kind, date and time, place, protocol number and status.

Written answers (skriftliga svar) are a survey, not a meeting: they show only their title,
kind and date, and their kind is fixed; only the survey import makes that kind, so a
meeting cannot be turned into one here either."""

from __future__ import annotations

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop.domain.enums import RecordKind, SessionKind, SessionStatus
from samverkan_desktop.ui.binding import FormBinder
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.optional_date_edit import OptionalDateEdit
from samverkan_desktop.ui.optional_time_edit import OptionalTimeEdit
from samverkan_desktop.ui.session_labels import fill_combo, session_kinds, session_statuses

FORM_MAX_WIDTH = 760


class SessionDetailsTab(QWidget):
    def __init__(self, ctx: EditContext, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.session_id = ctx, session_id
        self.read_only = False
        self.binder = FormBinder(ctx, RecordKind.SESSION, self)
        b = self.binder
        # written answers from a survey (set by ``reload``)
        self.written = False

        body = QWidget()
        body.setMaximumWidth(FORM_MAX_WIDTH)
        self.form = form = QFormLayout(body)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.title = QLineEdit()
        self.title.setObjectName("sessionTitle")
        self.title.setPlaceholderText(self.tr("e.g. Central collaboration group, meeting 4/25"))
        form.addRow(self.tr("&Title:"), self.title)
        b.line(self.title, "title", self.tr("Session title"), empty_is_none=False)

        self.kind = QComboBox()
        self.kind.setObjectName("sessionKind")
        fill_combo(self.kind, session_kinds())
        kind_items = self.kind.model()
        assert isinstance(kind_items, QStandardItemModel)
        kind_items.item(self.kind.findData(SessionKind.WRITTEN_ANSWERS.value)).setEnabled(False)  # the import's
        form.addRow(self.tr("&Kind:"), self._compact(self.kind))
        b.combo(self.kind, "kind", self.tr("Session kind"))

        self.date = OptionalDateEdit(optional=False)
        self.date.setObjectName("sessionDate")
        form.addRow(self.tr("Dat&e:"), self.date)
        b.date(self.date, "date", self.tr("Session date"))

        self.start = OptionalTimeEdit()
        self.start.setObjectName("sessionStart")
        self.end = OptionalTimeEdit()
        self.end.setObjectName("sessionEnd")
        self.start.setAccessibleName(self.tr("Start time"))
        self.end.setAccessibleName(self.tr("End time"))
        for edit in (self.start, self.end):
            edit.setToolTip(self.tr("Type the time, e.g. 1330; Delete with all selected clears it"))
        b.time(self.start, "start", self.tr("Start time"))
        b.time(self.end, "end", self.tr("End time"))
        times = QHBoxLayout()
        times.setContentsMargins(0, 0, 0, 0)
        times.addWidget(self.start)
        until = QLabel(self.tr("&until"))
        until.setBuddy(self.end)
        times.addWidget(until)
        times.addWidget(self.end)
        times.addStretch(1)
        self.time_label = time_label = QLabel(self.tr("T&ime:"))
        time_label.setBuddy(self.start)
        form.addRow(time_label, times)

        self.location = QLineEdit()
        self.location.setObjectName("sessionLocation")
        self.location.setPlaceholderText(self.tr("e.g. City hall, meeting room Eken"))
        form.addRow(self.tr("&Location:"), self.location)
        b.line(self.location, "location", self.tr("Location"))

        self.protocol_number = QLineEdit()
        self.protocol_number.setObjectName("sessionProtocolNumber")
        self.protocol_number.setPlaceholderText(self.tr("e.g. 4/25"))
        self.protocol_number.setMaximumWidth(160)
        form.addRow(self.tr("&Protocol number:"), self.protocol_number)
        b.line(self.protocol_number, "protocol_number", self.tr("Protocol number"))

        self.status = QComboBox()
        self.status.setObjectName("sessionStatus")
        fill_combo(self.status, session_statuses())
        adjusted = self.status.findData(SessionStatus.ADJUSTED.value)
        status_items = self.status.model()
        assert isinstance(status_items, QStandardItemModel)
        status_items.item(adjusted).setEnabled(False)  # only the adjustment of the minutes sets it
        self.status.setToolTip(self.tr("“Adjusted” is set when the adjusters approve the minutes."))
        form.addRow(self.tr("&Status:"), self._compact(self.status))
        b.combo(self.status, "status", self.tr("Session status"))

        layout = QVBoxLayout(self)
        layout.addWidget(body)
        layout.addStretch(1)
        self.reload()

    @staticmethod
    def _compact(widget: QWidget) -> QWidget:
        widget.setSizePolicy(QSizePolicy.Policy.Fixed, widget.sizePolicy().verticalPolicy())
        widget.setMinimumWidth(220)
        return widget

    def reload(self) -> None:
        row = self.ctx.editor.get(RecordKind.SESSION, self.session_id)
        self.written = str(getattr(row["kind"], "value", row["kind"])) == SessionKind.WRITTEN_ANSWERS.value
        for field in (self.time_label, self.location, self.protocol_number, self.status):  # no meeting, no minutes
            self.form.setRowVisible(field, not self.written)
        self.binder.load(row)
        for line in (self.title, self.location):
            line.setCursorPosition(0)  # a long text shows its beginning
        self._apply_read_only()

    def set_read_only(self, read_only: bool) -> None:
        if read_only:
            self.binder.flush()
        self.read_only = read_only
        self._apply_read_only()

    def _apply_read_only(self) -> None:
        for line in (self.title, self.location, self.protocol_number):
            line.setReadOnly(self.read_only)
        for spin in (self.date, self.start, self.end):
            spin.setReadOnly(self.read_only)
        self.kind.setEnabled(not self.read_only and not self.written)
        self.status.setEnabled(not self.read_only)
