"""Hjälp > Användarguide (F1): the Swedish user guide, shown offline in a window of its own.

The guide is ``docs/anvandarguide.md`` with its screenshots, the very file the project
keeps up to date; the PyInstaller bundle ships both (``installer/bundle_rules.py``), and
``assets.user_guide_file`` finds them in a checkout or a bundle. Qt's own Markdown
reader turns it into a QTextBrowser document, so no browser, no network and no build
step are involved, and what the app shows is always the guide of its own version.

F1 opens the window at the chapter of the screen in front (``chapter_for``); the list
of chapters on the left, links between the guide's headings, Ctrl+F (find in the guide),
Esc and Ctrl+W (close) work from the keyboard. Meeting mode has its own F1, the overview
of its keys.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import (
    QImageReader,
    QKeySequence,
    QShortcut,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextImageFormat,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop.assets import user_guide_file
from samverkan_desktop.ui.models.navigator import Node, Section

#: the guide's chapter (its heading, without the number) for each screen of the main window
CHAPTERS: dict[str, str] = {
    Section.PROJECT.value: "Uppdraget",
    Section.DETAILS.value: "Uppdraget",
    Section.MANDATES.value: "Politiska uppdrag",
    Section.QUESTIONS.value: "Samtalsguiden",
    Section.PARTIES.value: "Parter och personer",
    Section.SESSIONS.value: "Dialogtillfällen",
    Section.SESSION.value: "Dialogtillfällen",
    Section.TAGS.value: "Koda det som sades",
    Section.ANALYSIS.value: "Underlag och översikt",
    Section.ASSESSMENT.value: "Bedömning per uppdrag",
    Section.ACTIONS.value: "Åtgärder",
    Section.REPORT.value: "Rapport och protokoll",  # its first part is "Skriva rapporten"
}
#: the chapter of the start page (no project open) and of a screen the guide has no chapter for
START_CHAPTER = "Komma igång"
#: screenshots are shown at most this wide (they are taken at 1366 pixels)
IMAGE_WIDTH = 820
_NUMBER = re.compile(r"^\d+\.\s*")


def chapter_for(node: Node | None) -> str:
    """The heading F1 opens the guide at, for the screen showing ``node`` (None: the start page)."""
    return CHAPTERS.get(node.section.value, START_CHAPTER) if node is not None else START_CHAPTER


def heading_text(block: QTextBlock) -> str:
    """A heading's words without its chapter number ("1. Komma igång" -> "Komma igång")."""
    return _NUMBER.sub("", block.text().strip())


def slug(heading: str) -> str:
    """A heading's anchor as the guide's links write it (GitHub's way): lower case, punctuation
    dropped, spaces as hyphens ("Välja citat" -> "välja-citat")."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def headings(document: QTextDocument) -> list[QTextBlock]:
    """The document's headings, in order."""
    found, block = [], document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() > 0:
            found.append(block)
        block = block.next()
    return found


def fit_images(document: QTextDocument, folder: Path, width: int = IMAGE_WIDTH) -> list[str]:
    """Scale the screenshots down to ``width``; returns the images whose file is missing."""
    images: list[tuple[int, int, QTextImageFormat]] = []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if fragment.charFormat().isImageFormat():
                images.append((fragment.position(), fragment.length(), fragment.charFormat().toImageFormat()))
            fragments += 1
        block = block.next()
    missing: list[str] = []
    for position, length, image in images:  # changed after the walk: a change can split fragments
        size = QImageReader(str(folder / image.name())).size()
        if not size.isValid():
            missing.append(image.name())
        elif size.width() > width:
            image.setWidth(width)
            image.setHeight(size.height() * width / size.width())
            cursor = QTextCursor(document)
            cursor.setPosition(position)
            cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
            cursor.setCharFormat(image)
    return missing


class UserGuideWindow(QWidget):
    """The guide beside its list of chapters; ``show_chapter`` scrolls to one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("userGuide")
        self.setWindowTitle(self.tr("User guide – Samverkan Desktop"))
        self.browser = QTextBrowser()
        self.browser.setObjectName("userGuideText")
        self.browser.setOpenLinks(False)  # nothing leaves the app: links to its own headings are followed here
        self.browser.anchorClicked.connect(self.follow)
        self.browser.setAccessibleName(self.tr("User guide"))
        self.contents = QTreeWidget()
        self.contents.setObjectName("userGuideContents")
        self.contents.setHeaderHidden(True)
        self.contents.setAccessibleName(self.tr("Chapters"))
        self.contents.itemActivated.connect(self._chapter_picked)
        self.contents.itemClicked.connect(self._chapter_picked)
        self.find_field = QLineEdit()
        self.find_field.setObjectName("userGuideFind")
        self.find_field.setPlaceholderText(self.tr("Find in the guide (Ctrl+F), Enter finds the next"))
        self.find_field.setClearButtonEnabled(True)
        self.find_field.returnPressed.connect(self.find_next)
        find_label = QLabel(self.tr("&Find:"))
        find_label.setBuddy(self.find_field)
        self.problem = QLabel()
        self.problem.setObjectName("userGuideProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 900])
        find_row = QHBoxLayout()
        find_row.addWidget(find_label)
        find_row.addWidget(self.find_field, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(find_row)
        layout.addWidget(self.problem)
        layout.addWidget(splitter, 1)
        for keys, slot in ((QKeySequence.StandardKey.Find, self._focus_find), ("Esc", self.close),
                           (QKeySequence.StandardKey.Close, self.close)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(slot)
        self.resize(1180, 760)
        self.load()
        self.browser.setFocus()  # Page Up/Down read on at once

    def load(self) -> bool:
        """Read the guide; when it is missing, say so in the window instead."""
        path = user_guide_file()
        if path is None:
            self._show_problem(self.tr("The user guide is not installed with this copy of the app."))
            return False
        self.browser.setSource(QUrl.fromLocalFile(str(path)), QTextDocument.ResourceType.MarkdownResource)
        missing = fit_images(self.browser.document(), path.parent)
        if missing:
            self._show_problem(self.tr("%n picture(s) of the guide are missing.", "", len(missing)))
        self._fill_contents()
        return True

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def _fill_contents(self) -> None:
        self.contents.clear()
        parents: dict[int, QTreeWidgetItem] = {}
        for block in headings(self.browser.document()):
            level = block.blockFormat().headingLevel()
            if level == 1:
                continue  # the guide's title
            item = QTreeWidgetItem([block.text()])
            item.setData(0, Qt.ItemDataRole.UserRole, block.position())
            parent = parents.get(level - 1)
            if parent is None:
                self.contents.addTopLevelItem(item)
            else:
                parent.addChild(item)
            parents[level] = item
        self.contents.expandAll()

    # -- moving around ---------------------------------------------------------------------
    def chapter(self, title: str) -> QTextBlock | None:
        """The heading ``title`` (without its number), or None."""
        return next((block for block in headings(self.browser.document()) if heading_text(block) == title), None)

    def show_chapter(self, title: str) -> bool:
        """Scroll so that the heading ``title`` is at the top; False when the guide has no such heading."""
        block = self.chapter(title)
        if block is None:
            return False
        self._scroll_to(block.position())
        return True

    def follow(self, url: QUrl) -> bool:
        """A link of the guide to one of its headings (``#välja-citat``): scrolled to. Anything
        else (a web address) is not opened: the app stays offline."""
        if not url.hasFragment() or url.scheme() not in ("", "file"):
            return False
        wanted = url.fragment(QUrl.ComponentFormattingOption.FullyDecoded)
        found = next((block for block in headings(self.browser.document()) if slug(block.text()) == wanted), None)
        if found is None:
            return False
        self._scroll_to(found.position())
        return True

    def current_chapter(self) -> str:
        """The heading at the top of the view, or just above it."""
        top = self.browser.cursorForPosition(self.browser.viewport().rect().topLeft()).position()
        shown = [block for block in headings(self.browser.document()) if block.position() <= top + 1]
        return heading_text(shown[-1]) if shown else ""

    def _scroll_to(self, position: int) -> None:
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(position)
        self.browser.setTextCursor(cursor)
        layout = self.browser.document().documentLayout()
        top = layout.blockBoundingRect(self.browser.document().findBlock(position)).top()
        self.browser.verticalScrollBar().setValue(int(top))
        for item in self.contents.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive):
            if item.data(0, Qt.ItemDataRole.UserRole) == position:
                self.contents.setCurrentItem(item)

    def _chapter_picked(self, item: QTreeWidgetItem) -> None:
        position = item.data(0, Qt.ItemDataRole.UserRole)
        if position is not None:
            self._scroll_to(int(position))

    def _focus_find(self) -> None:
        self.find_field.setFocus()
        self.find_field.selectAll()

    def find_next(self) -> bool:
        """Find the text of the find field after the cursor, from the top again at the end."""
        text = self.find_field.text()
        if not text:
            return False
        if self.browser.find(text):
            return True
        self.browser.moveCursor(QTextCursor.MoveOperation.Start)
        return self.browser.find(text)

    def sizeHint(self) -> QSize:
        return QSize(1180, 760)
