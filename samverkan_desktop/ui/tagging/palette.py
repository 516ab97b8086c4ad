"""The quick tag palette (Ctrl+T): type to filter the tags, Up/Down to choose, Enter applies,
Esc cancels. The tags are grouped under headings (themes, what works, improvement areas).
The recently used tags (up to nine) apply at once with the keys 1 to 9 (while the filter
is empty; Alt+1 … Alt+9 always). What was typed can become a new theme ("Create theme …"),
so the palette is useful before the project has any tags."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QKeyEvent, QPixmap
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from samverkan_desktop.services.tagging import TagView
from samverkan_desktop.ui.analysis.labels import tag_kind_labels

RECENT_LIMIT = 9
# the order of the groups in the palette
KIND_ORDER = ("theme", "strength", "improvement")
# what a row of the tag list holds (UserRole): a tag's id, a heading, or the new theme's name
ROLE_KIND = Qt.ItemDataRole.UserRole + 1
TAG, HEADING, CREATE = "tag", "heading", "create"
_recent: dict[int, list[int]] = {}


def recent_tags(project_id: int) -> list[int]:
    """The tags used most recently in this project (this run of the app), newest first."""
    return list(_recent.get(project_id, []))


def remember_tag(project_id: int, tag_id: int) -> None:
    tags = [t for t in _recent.get(project_id, []) if t != tag_id]
    _recent[project_id] = [tag_id, *tags][:RECENT_LIMIT]


def kind_label(kind: str) -> str:
    """What one tag of ``kind`` is called ("Tema"); the palette's headings are ``tag_kind_labels``."""
    return {
        "theme": QCoreApplication.translate("Tagging", "Theme"),
        "strength": QCoreApplication.translate("Tagging", "Strength"),
        "improvement": QCoreApplication.translate("Tagging", "Improvement area"),
    }.get(kind, kind)


def swatch(color: str | None) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(color or "#888888"))
    return QIcon(pixmap)


@dataclass(frozen=True)
class Choice:
    """What the user chose: an existing tag, or a new theme to be created with this name."""

    tag_id: int | None = None
    new_theme: str | None = None


def _grouped(tags: Sequence[TagView]) -> list[tuple[str, list[tuple[TagView, int]]]]:
    """The tags by kind in ``KIND_ORDER`` (other kinds last), each with its depth among the
    tags of its kind, in the tree order ``tags_of_project`` gives."""
    by_id = {t.id: t for t in tags}
    groups: dict[str, list[tuple[TagView, int]]] = {}
    for tag in tags:
        depth, parent, seen = 0, tag.parent_id, {tag.id}
        while parent in by_id and parent not in seen and by_id[parent].kind == tag.kind:
            seen.add(parent)
            depth, parent = depth + 1, by_id[parent].parent_id
        groups.setdefault(tag.kind, []).append((tag, depth))
    order = [k for k in KIND_ORDER if k in groups] + [k for k in groups if k not in KIND_ORDER]
    return [(kind, groups[kind]) for kind in order]


class TagPalette(QDialog):
    def __init__(self, tags: Sequence[TagView], recent: Sequence[int], target: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tagPalette")
        self.setWindowTitle(self.tr("Tag with…"))
        self.tags = list(tags)
        by_id = {t.id: t for t in self.tags}
        self.recent = [by_id[t] for t in recent if t in by_id][:RECENT_LIMIT]
        self.groups = _grouped(self.tags)
        self.headings = tag_kind_labels()
        self.choice: Choice | None = None

        self.target = QLabel(target)
        self.target.setObjectName("tagPaletteTarget")
        self.target.setWordWrap(True)
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("tagFilter")
        self.filter_edit.setPlaceholderText(
            self.tr("Type to filter the tags") if self.tags else self.tr("Type the name of a new theme"))
        self.filter_edit.setAccessibleName(self.tr("Filter tags"))
        self.filter_edit.textChanged.connect(self.refilter)
        self.filter_edit.installEventFilter(self)
        self.recent_list = QListWidget()
        self.recent_list.setObjectName("recentTags")
        self.recent_list.setAccessibleName(self.tr("Recently used tags"))
        self.recent_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for number, tag in enumerate(self.recent, start=1):
            item = QListWidgetItem(swatch(tag.color), f"{number}   {tag.name}")
            item.setData(Qt.ItemDataRole.UserRole, tag.id)
            self.recent_list.addItem(item)
        self.recent_list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        if self.recent:
            self.recent_list.setFixedHeight(self.recent_list.sizeHintForRow(0) * len(self.recent)
                                            + 2 * self.recent_list.frameWidth() + 2)
        self.recent_list.itemClicked.connect(lambda item: self.apply(Choice(item.data(Qt.ItemDataRole.UserRole))))
        self.list = QListWidget()
        self.list.setObjectName("tagList")
        self.list.setAccessibleName(self.tr("Tags"))
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.itemActivated.connect(self._activate)
        self.list.itemDoubleClicked.connect(self._activate)
        self.empty_note = QLabel(self.tr("The project has no tags yet. Type a name and press Enter to create "
                                         "a theme; strengths and improvement areas are made under Themes and "
                                         "improvement areas."))
        self.empty_note.setObjectName("tagPaletteEmpty")
        self.empty_note.setWordWrap(True)
        self.empty_note.setVisible(not self.tags)

        layout = QVBoxLayout(self)
        layout.addWidget(self.target)
        layout.addWidget(self.filter_edit)
        recent_title = QLabel(self.tr("Recently used (keys 1–9 apply at once):"))
        recent_title.setVisible(bool(self.recent))
        self.recent_list.setVisible(bool(self.recent))
        layout.addWidget(recent_title)
        layout.addWidget(self.recent_list)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.list, 1)
        hint = QLabel(self.tr("Up and Down choose, Enter applies, Esc cancels."))
        hint.setObjectName("tagPaletteHint")
        layout.addWidget(hint)
        self.resize(440, 500)
        self.refilter("")

    # -- the list -------------------------------------------------------------------
    def _add(self, kind: str, text: str, data: object = None, icon: QIcon | None = None) -> QListWidgetItem:
        item = QListWidgetItem(icon or QIcon(), text)
        item.setData(ROLE_KIND, kind)
        item.setData(Qt.ItemDataRole.UserRole, data)
        if kind in (HEADING, CREATE):
            font = QFont(self.list.font())
            font.setBold(kind == HEADING)
            font.setItalic(kind == CREATE)
            item.setFont(font)
        if kind == HEADING:
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # shown, never chosen
        self.list.addItem(item)
        return item

    def refilter(self, text: str) -> None:
        typed = " ".join(text.split())
        wanted = typed.casefold()
        self.list.clear()
        for kind, members in self.groups:
            shown = [(tag, depth) for tag, depth in members if not wanted or wanted in tag.name.casefold()]
            if not shown:
                continue
            self._add(HEADING, self.headings.get(kind, kind))
            for tag, depth in shown:
                indent = "" if wanted else "    " * depth
                item = self._add(TAG, f"    {indent}{tag.name}", tag.id, swatch(tag.color))
                item.setToolTip(kind_label(tag.kind))
        if typed and all(tag.name.casefold() != wanted for tag in self.tags):
            item = self._add(CREATE, "+  " + self.tr("Create theme “%1”").replace("%1", typed), typed)
            item.setToolTip(self.tr("A new theme with this name, put on the entry at once (Ctrl+Z undoes both)"))
        self.list.setCurrentRow(-1)
        self._step(+1)

    def _step(self, step: int) -> None:
        """Move the current row by ``step``, over the headings; stays put at either end."""
        row = self.list.currentRow() + step
        while 0 <= row < self.list.count():
            if self.list.item(row).data(ROLE_KIND) != HEADING:
                self.list.setCurrentRow(row)
                return
            row += step

    def visible_names(self) -> list[str]:
        """The names of the tags the list shows now (without headings and "Create theme …")."""
        return [self.list.item(row).text().strip() for row in range(self.list.count())
                if self.list.item(row).data(ROLE_KIND) == TAG]

    def headings_shown(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())
                if self.list.item(row).data(ROLE_KIND) == HEADING]

    # -- choosing -------------------------------------------------------------------
    @property
    def chosen(self) -> int | None:
        """The id of the existing tag chosen, if one was."""
        return self.choice.tag_id if self.choice is not None else None

    def apply(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()

    def _activate(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        kind = item.data(ROLE_KIND)
        if kind == TAG:
            self.apply(Choice(tag_id=int(item.data(Qt.ItemDataRole.UserRole))))
        elif kind == CREATE:
            self.apply(Choice(new_theme=str(item.data(Qt.ItemDataRole.UserRole))))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.filter_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self._step(-1 if key == Qt.Key.Key_Up else 1)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._activate(self.list.currentItem())
                return True
            typed = event.text()
            number = key - Qt.Key.Key_0 if Qt.Key.Key_1 <= key <= Qt.Key.Key_9 else 0
            number = number or (int(typed) if len(typed) == 1 and typed in "123456789" else 0)
            alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
            if number and (alt or not self.filter_edit.text()) and number <= len(self.recent):
                self.apply(Choice(tag_id=self.recent[number - 1].id))
                return True
        return super().eventFilter(watched, event)


def choose_tag(parent: QWidget | None, tags: Sequence[TagView], recent: Sequence[int], target: str) -> Choice | None:
    """Show the palette; what was chosen, or None when cancelled."""
    palette = TagPalette(tags, recent, target, parent)
    palette.filter_edit.setFocus()
    return palette.choice if palette.exec() == QDialog.DialogCode.Accepted else None
