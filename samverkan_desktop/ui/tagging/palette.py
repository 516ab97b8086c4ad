"""The quick tag palette (Ctrl+T): type to filter the tags, Up/Down to choose, Enter applies,
Esc cancels. The recently used tags (up to nine) apply at once with the keys 1 to 9
(while the filter is empty; Alt+1 … Alt+9 always)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPixmap
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from samverkan_desktop.services.tagging import TagView
from samverkan_desktop.ui.context import EditContext

RECENT_LIMIT = 9
_recent: dict[int, list[int]] = {}


def recent_tags(project_id: int) -> list[int]:
    """The tags used most recently in this project (this run of the app), newest first."""
    return list(_recent.get(project_id, []))


def remember_tag(project_id: int, tag_id: int) -> None:
    tags = [t for t in _recent.get(project_id, []) if t != tag_id]
    _recent[project_id] = [tag_id, *tags][:RECENT_LIMIT]


def kind_label(kind: str) -> str:
    return {
        "theme": QCoreApplication.translate("Tagging", "Theme"),
        "strength": QCoreApplication.translate("Tagging", "Strength"),
        "improvement": QCoreApplication.translate("Tagging", "Improvement area"),
    }.get(kind, kind)


def swatch(color: str | None) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(color or "#888888"))
    return QIcon(pixmap)


def _depths(tags: Sequence[TagView]) -> dict[int, int]:
    parents = {t.id: t.parent_id for t in tags}
    depths: dict[int, int] = {}
    for tag in tags:
        depth, parent, seen = 0, tag.parent_id, {tag.id}
        while parent in parents and parent not in seen:
            seen.add(parent)
            depth, parent = depth + 1, parents[parent]
        depths[tag.id] = depth
    return depths


class TagPalette(QDialog):
    def __init__(self, tags: Sequence[TagView], recent: Sequence[int], target: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tagPalette")
        self.setWindowTitle(self.tr("Tag with…"))
        self.tags = list(tags)
        by_id = {t.id: t for t in self.tags}
        self.recent = [by_id[t] for t in recent if t in by_id][:RECENT_LIMIT]
        self.depths = _depths(self.tags)
        self.chosen: int | None = None

        self.target = QLabel(target)
        self.target.setObjectName("tagPaletteTarget")
        self.target.setWordWrap(True)
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("tagFilter")
        self.filter_edit.setPlaceholderText(self.tr("Type to filter the tags"))
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
        self.recent_list.itemClicked.connect(lambda item: self.apply(item.data(Qt.ItemDataRole.UserRole)))
        self.list = QListWidget()
        self.list.setObjectName("tagList")
        self.list.setAccessibleName(self.tr("Tags"))
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.itemActivated.connect(lambda item: self.apply(item.data(Qt.ItemDataRole.UserRole)))
        self.list.itemDoubleClicked.connect(lambda item: self.apply(item.data(Qt.ItemDataRole.UserRole)))

        layout = QVBoxLayout(self)
        layout.addWidget(self.target)
        layout.addWidget(self.filter_edit)
        recent_title = QLabel(self.tr("Recently used (keys 1–9 apply at once):"))
        recent_title.setVisible(bool(self.recent))
        self.recent_list.setVisible(bool(self.recent))
        layout.addWidget(recent_title)
        layout.addWidget(self.recent_list)
        layout.addWidget(self.list, 1)
        hint = QLabel(self.tr("Up and Down choose, Enter applies, Esc cancels."))
        hint.setObjectName("tagPaletteHint")
        layout.addWidget(hint)
        self.resize(420, 460)
        self.refilter("")

    def refilter(self, text: str) -> None:
        wanted = text.strip().casefold()
        self.list.clear()
        for tag in self.tags:
            if wanted and wanted not in tag.name.casefold():
                continue
            indent = "" if wanted else "    " * self.depths.get(tag.id, 0)
            item = QListWidgetItem(swatch(tag.color), f"{indent}{tag.name}")
            item.setToolTip(kind_label(tag.kind))
            item.setData(Qt.ItemDataRole.UserRole, tag.id)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def visible_names(self) -> list[str]:
        return [self.list.item(row).text().strip() for row in range(self.list.count())]

    def apply(self, tag_id: int | None) -> None:
        if tag_id is None:
            return
        self.chosen = int(tag_id)
        self.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.filter_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                step = -1 if key == Qt.Key.Key_Up else 1
                if self.list.count():
                    self.list.setCurrentRow(max(0, min(self.list.count() - 1, self.list.currentRow() + step)))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                item = self.list.currentItem()
                if item is not None:
                    self.apply(item.data(Qt.ItemDataRole.UserRole))
                return True
            typed = event.text()
            number = key - Qt.Key.Key_0 if Qt.Key.Key_1 <= key <= Qt.Key.Key_9 else 0
            number = number or (int(typed) if len(typed) == 1 and typed in "123456789" else 0)
            alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
            if number and (alt or not self.filter_edit.text()) and number <= len(self.recent):
                self.apply(self.recent[number - 1].id)
                return True
        return super().eventFilter(watched, event)


def choose_tag(parent: QWidget | None, tags: Sequence[TagView], recent: Sequence[int], target: str) -> int | None:
    """Show the palette; the chosen tag's id, or None when cancelled."""
    palette = TagPalette(tags, recent, target, parent)
    palette.filter_edit.setFocus()
    return palette.chosen if palette.exec() == QDialog.DialogCode.Accepted else None


def tag_interactively(parent: QWidget, ctx: EditContext, project_id: int, entry_id: int, text: str,
                      start: int | None = None, end: int | None = None) -> int | None:
    """Ask for a tag with the palette and put it on the entry (or the span ``text[start:end]``), undoably."""
    from samverkan_desktop.services.tagging import tags_of_project
    from samverkan_desktop.ui.entry_commands import tag_entry

    tags = tags_of_project(ctx.library, project_id)
    if not tags:
        ctx.failed.emit(QCoreApplication.translate("Tagging", "The project has no tags yet; create them under Tags."))
        return None
    if start is not None and end is not None:
        words = _shorten(text[start:end])
        target = QCoreApplication.translate("Tagging", "Tag the passage “%1”").replace("%1", words)
    else:
        target = QCoreApplication.translate("Tagging", "Tag the whole entry “%1”").replace("%1", _shorten(text))
    tag_id = choose_tag(parent, tags, recent_tags(project_id), target)
    if tag_id is None:
        return None
    remember_tag(project_id, tag_id)
    return tag_entry(ctx, entry_id, tag_id, start, end, QCoreApplication.translate("Tagging", "Tag entry"))


def _shorten(text: str, limit: int = 80) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit - 1] + "…"
