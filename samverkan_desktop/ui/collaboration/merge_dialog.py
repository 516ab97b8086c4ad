"""The preview of Ta emot…: what a sent-back copy adds and changes, and its conflicts side by side.

Nothing is written here. The table counts, per kind of record, what the merge adds,
changes, removes and leaves alone; each conflict shows the central version and the
other side's next to each other with three choices (keep mine, take theirs, keep both;
a change to an adjusted session only "keep mine", until it is reopened). Tags the other
side created under a name the project already has can be combined, one by one.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop.services.merge.describe import one_line
from samverkan_desktop.services.merge.service import Prepared
from samverkan_desktop.services.merge.threeway import Choice, Conflict, MergePlan
from samverkan_desktop.ui.analysis.labels import entry_kind_labels
from samverkan_desktop.ui.collaboration.labels import count_names, field_names, kind_name_one, kind_names
from samverkan_desktop.ui.locale_format import date_text, time_text

IdentRole = Qt.ItemDataRole.UserRole + 1


REFERENCES = {"party": "parties", "person": "people", "question": "questions", "tag": "tags", "parent": "tags",
              "improvement": "tags", "session": "sessions"}


def names_of(*documents: dict[str, Any]) -> dict[str, dict[str, str]]:
    """For each list a reference may point into: id -> what the user reads (name, title, text)."""
    names: dict[str, dict[str, str]] = {}
    for document in documents:
        for key in set(REFERENCES.values()):
            for item in document.get(key, []):
                shown = item.get("name") or item.get("title") or item.get("text") or item["id"]
                names.setdefault(key, {}).setdefault(item["id"], one_line({"text": shown}))
    return names


def record_text(value: dict[str, Any] | None, removed: str, names: dict[str, dict[str, str]] | None = None) -> str:
    """A record as lines of "Field: value", the text fields in full, references by name."""
    if value is None:
        return removed
    labels, kinds = field_names(), entry_kind_labels()
    lines = []
    first = ("text", "name", "title", "memo")  # what was written comes first, then where it belongs
    for key, item in sorted(value.items(), key=lambda pair: pair[0] not in first):
        if key in ("id", "origin") or item is None:
            continue
        if key in REFERENCES and isinstance(item, str):
            shown = (names or {}).get(REFERENCES[key], {}).get(item, item)
        elif key == "kind" and isinstance(item, str):
            shown = kinds.get(item, item)
        elif key == "recorded_at" and isinstance(item, str):
            shown = _moment(item)
        else:
            shown = item if isinstance(item, str) else json.dumps(item, ensure_ascii=False)
        lines.append(f"{labels.get(key, key)}: {shown}")
    return "\n".join(lines)


def _moment(stamp: str) -> str:
    """An entry's ISO time stamp as the user reads times: ``2025-10-02 08:34``."""
    try:
        moment = dt.datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    return f"{date_text(moment.date())} {time_text(moment)}"


class MergeDialog(QDialog):
    """Accepted with every conflict given a choice; ``choices()`` and ``combine()`` say which."""

    def __init__(self, prepared: Prepared, plan: MergePlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.plan = plan
        self.names = names_of(prepared.mine, prepared.theirs)
        self.chosen: dict[str, Choice] = {}
        self.setWindowTitle(self.tr("Receive from %1").replace("%1", prepared.recipient))
        self.resize(980, 720)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "The file is compared with what was sent out, record by record by id, never by name. Nothing is "
            "written until you press “Receive”; a backup is made first, so File > Restore from backup "
            "undoes it."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self._preview_table())
        self.list = QListWidget()
        if plan.conflicts:
            layout.addWidget(self._conflicts_box(prepared), 1)
        else:
            none = QLabel(self.tr("No conflicts: nobody changed the same record on both sides."))
            none.setObjectName("noConflicts")
            layout.addWidget(none)
        self.pair_boxes: list[tuple[QCheckBox, str, str]] = []
        if plan.tag_pairs:
            layout.addWidget(self._pairs_box())
        self.buttons = QDialogButtonBox()
        self.receive_button = self.buttons.addButton(self.tr("Receive"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.receive_button.setObjectName("receiveButton")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.waiting = QLabel()
        self.waiting.setObjectName("waitingForChoices")
        bottom = QHBoxLayout()
        bottom.addWidget(self.waiting, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        if plan.conflicts:
            self.list.setCurrentRow(0)
        self._update()

    # -- parts ------------------------------------------------------------------------
    def _preview_table(self) -> QTableWidget:
        kinds = [k for k, name in kind_names().items() if sum(self.plan.counts[k].values())]
        columns = count_names()
        table = QTableWidget(len(kinds) + 1, len(columns))
        table.setObjectName("mergePreview")
        table.setAccessibleName(self.tr("What the merge does"))
        table.setHorizontalHeaderLabels([name for _key, name in columns])
        names = kind_names()
        table.setVerticalHeaderLabels([names[k] for k in kinds] + [self.tr("In all")])
        totals = self.plan.totals()
        for row, kind in enumerate([*kinds, None]):
            counts = totals if kind is None else self.plan.counts[kind]
            for column, (key, _name) in enumerate(columns):
                item = QTableWidgetItem(str(counts[key]))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                table.setItem(row, column, item)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.resizeRowsToContents()
        rows = sum(table.rowHeight(row) for row in range(table.rowCount()))
        table.setFixedHeight(rows + table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth())
        bold = table.font()
        bold.setBold(True)
        for column in range(table.columnCount()):
            total = table.item(table.rowCount() - 1, column)
            if total is not None:
                total.setFont(bold)
        return table

    def _conflicts_box(self, prepared: Prepared) -> QGroupBox:
        box = QGroupBox(self.tr("Conflicts: both sides changed the same record (%1)")
                        .replace("%1", str(len(self.plan.conflicts))))
        self.list.setObjectName("conflictList")
        self.list.setWordWrap(True)
        self.list.setAccessibleName(self.tr("Conflicts"))
        for conflict in self.plan.conflicts:
            item = QListWidgetItem()
            item.setData(IdentRole, conflict.ident)
            self.list.addItem(item)
            self._label(item, conflict)
        self.mine_view, self.theirs_view = QPlainTextEdit(), QPlainTextEdit()
        self.mine_view.setObjectName("mineVersion")
        self.theirs_view.setObjectName("theirsVersion")
        for view in (self.mine_view, self.theirs_view):
            view.setReadOnly(True)
        sides = QWidget()
        grid = QGridLayout(sides)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(self.tr("Mine (this library)")), 0, 0)
        grid.addWidget(QLabel(self.tr("Theirs (%1)").replace("%1", prepared.recipient)), 0, 1)
        grid.addWidget(self.mine_view, 1, 0)
        grid.addWidget(self.theirs_view, 1, 1)
        self.reason = QLabel()
        self.reason.setObjectName("conflictReason")
        self.reason.setWordWrap(True)
        grid.addWidget(self.reason, 2, 0, 1, 2)
        self.group = QButtonGroup(self)
        row = QHBoxLayout()
        self.radios: dict[str, QRadioButton] = {}
        for choice, label in (("mine", self.tr("&Keep mine")), ("theirs", self.tr("&Take theirs")),
                              ("both", self.tr("Keep &both"))):
            radio = QRadioButton(label)
            radio.setObjectName(f"choose_{choice}")
            self.group.addButton(radio)
            self.radios[choice] = radio
            row.addWidget(radio)
            radio.toggled.connect(lambda on, c=choice: self._choose(c) if on else None)
        row.addStretch(1)
        for choice, label in (("mine", self.tr("All: keep mine")), ("theirs", self.tr("All: take theirs")),
                              ("both", self.tr("All: keep both"))):
            button = QPushButton(label)
            button.setObjectName(f"all_{choice}")
            button.clicked.connect(lambda _=False, c=choice: self.choose_all(c))
            row.addWidget(button)
        grid.addLayout(row, 3, 0, 1, 2)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list)
        splitter.addWidget(sides)
        splitter.setSizes([300, 660])
        layout = QVBoxLayout(box)
        layout.addWidget(splitter)
        self.list.currentItemChanged.connect(lambda *_: self._show_current())
        return box

    def _pairs_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("New tags with a name the project already has"))
        layout = QVBoxLayout(box)
        for pair in self.plan.tag_pairs:
            check = QCheckBox(self.tr("Combine their tag “%1” with the project's tag of the same name")
                              .replace("%1", pair.name))
            check.setObjectName(f"combine_{pair.theirs}")
            layout.addWidget(check)
            self.pair_boxes.append((check, pair.theirs, pair.mine))
        hint = QLabel(self.tr("Not combined, their tag is added beside yours."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        return box

    # -- choosing ---------------------------------------------------------------------
    def _conflict(self, ident: str) -> Conflict:
        return next(c for c in self.plan.conflicts if c.ident == ident)

    def _label(self, item: QListWidgetItem, conflict: Conflict) -> None:
        choice = self.chosen.get(conflict.ident)
        mark = {"mine": self.tr("keep mine"), "theirs": self.tr("take theirs"), "both": self.tr("keep both")}
        state = mark[choice] if choice else self.tr("choose")
        shown = one_line(conflict.mine or conflict.theirs)
        item.setText(f"{kind_name_one()[conflict.kind].capitalize()}: {shown}  [{state}]")

    def _show_current(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        conflict = self._conflict(str(item.data(IdentRole)))
        removed = self.tr("(removed)")
        self.mine_view.setPlainText(record_text(conflict.mine, removed, self.names))
        self.theirs_view.setPlainText(record_text(conflict.theirs, removed, self.names))
        self.reason.setText(self._reason(conflict))
        self.group.setExclusive(False)
        for choice, radio in self.radios.items():
            radio.blockSignals(True)
            radio.setChecked(self.chosen.get(conflict.ident) == choice)
            radio.setEnabled(choice in conflict.choices)
            radio.blockSignals(False)
        self.group.setExclusive(True)

    def _reason(self, conflict: Conflict) -> str:
        return {
            "changed": self.tr("Both sides changed it since it was sent out."),
            "spans": self.tr("The text was changed on one side and marked passages of it on the other."),
            "adjusted": self.tr("The session is adjusted here, so a merge never changes it. Keep yours now; "
                                "to take their changes, reopen the session and receive the file again."),
            "locked": self.tr("They adjusted the session, and it was changed here too: it is taken whole "
                              "or not at all."),
        }[conflict.reason]

    def _choose(self, choice: Choice) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        ident = str(item.data(IdentRole))
        self.chosen[ident] = choice
        self._label(item, self._conflict(ident))
        self._update()

    def choose_all(self, choice: Choice) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            conflict = self._conflict(str(item.data(IdentRole)))
            self.chosen[conflict.ident] = choice if choice in conflict.choices else "mine"
            self._label(item, conflict)
        self._show_current()
        self._update()

    def _update(self) -> None:
        left = len(self.plan.conflicts) - len(self.chosen)
        self.receive_button.setEnabled(left == 0)
        self.waiting.setText(self.tr("%n conflict(s) still need a choice.", "", left) if left else "")

    def choices(self) -> dict[str, Choice]:
        return dict(self.chosen)

    def combine(self) -> dict[str, str]:
        return {theirs: mine for check, theirs, mine in self.pair_boxes if check.isChecked()}
