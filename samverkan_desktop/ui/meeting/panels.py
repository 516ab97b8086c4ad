"""The calm parts around the typing: the header with clock and topic, and the legends
of party and kind keys, with the current choice highlighted."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from samverkan_desktop.services.minutes import MeetingData, PartyView, TopicView


class Header(QWidget):
    """Session title, the clock, the elapsed time, and the current topic with its prompts."""

    def __init__(self, data: MeetingData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingHeader")
        self.opened = dt.datetime.now()
        self.start = self._start_time(data)
        self.title = QLabel(f"{data.title}")
        self.title.setObjectName("meetingTitle")
        self.title.setWordWrap(True)
        where = "  ·  ".join(x for x in (data.date.isoformat(), data.location or "") if x)
        self.where = QLabel(where)
        self.where.setObjectName("meetingWhere")
        self.clock = QLabel()
        self.clock.setObjectName("meetingClock")
        self.clock.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.topic_label = QLabel()
        self.topic_label.setObjectName("meetingTopicLabel")
        self.topic = QLabel()
        self.topic.setObjectName("meetingTopic")
        self.topic.setWordWrap(True)
        self.guidance = QLabel()
        self.guidance.setObjectName("meetingGuidance")
        self.guidance.setWordWrap(True)

        top = QHBoxLayout()
        names = QVBoxLayout()
        names.addWidget(self.title)
        names.addWidget(self.where)
        top.addLayout(names, 1)
        top.addWidget(self.clock)
        topic_row = QHBoxLayout()
        topic_row.addWidget(self.topic_label, 0, Qt.AlignmentFlag.AlignTop)
        topic_row.addWidget(self.topic, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 4)
        layout.addLayout(top)
        layout.addLayout(topic_row)
        layout.addWidget(self.guidance)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.tick)
        self._timer.start(1000)
        self.tick()

    @staticmethod
    def _start_time(data: MeetingData) -> dt.datetime | None:
        if data.start and data.date == dt.date.today():
            hours, minutes = (int(x) for x in data.start.split(":"))
            return dt.datetime.combine(data.date, dt.time(hours, minutes))
        return None

    def tick(self) -> None:
        now = dt.datetime.now()
        since = self.start if self.start is not None and self.start <= now else self.opened
        minutes = int((now - since).total_seconds() // 60)
        elapsed = QCoreApplication.translate("MeetingHeader", "%1 h %2 min").replace(
            "%1", str(minutes // 60)).replace("%2", f"{minutes % 60:02d}")
        self.clock.setText(f"{now:%H:%M}\n{elapsed}")

    def show_topic(self, topic: TopicView | None, position: int, count: int) -> None:
        if topic is None:
            self.topic_label.setText("")
            self.topic.setText(QCoreApplication.translate(
                "MeetingHeader", "No agenda and no questions yet: just type."))
            self.guidance.setText("")
            return
        self.topic_label.setText(f"§ {topic.number}" if topic.kind == "agenda_item" else
                                 QCoreApplication.translate("MeetingHeader", "Question %1").replace(
                                     "%1", str(topic.number)))
        self.topic.setText(topic.title)
        counter = QCoreApplication.translate("MeetingHeader", "%1 of %2 · Ctrl+PgDown next").replace(
            "%1", str(position + 1)).replace("%2", str(count))
        self.guidance.setText("\n".join(x for x in (topic.guidance or "", counter) if x))


class Legend(QWidget):
    """Key legend, e.g. "Alt+1 Arbetsgivaren  Alt+2 Kommunal", the current one marked."""

    def __init__(self, prefix: str, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.prefix = prefix
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(12, 2, 12, 2)
        self.labels: list[QLabel] = []

    def set_items(self, items: list[tuple[str, str]]) -> None:
        """``items``: (key, name) pairs."""
        for label in self.labels:
            label.deleteLater()
        self.labels = []
        for key, name in items:
            label = QLabel(f"<span style='color:palette(placeholder-text)'>{key}</span>&nbsp;{_escape(name)}")
            label.setObjectName("legendItem")
            label.setTextFormat(Qt.TextFormat.RichText)
            self.layout_.addWidget(label)
            self.labels.append(label)
        self.layout_.addStretch(1)

    def mark(self, index: int) -> None:
        for position, label in enumerate(self.labels):
            label.setProperty("current", position == index)
            label.setStyleSheet("QLabel { background: palette(highlight); color: palette(highlighted-text);"
                                " border-radius: 4px; padding: 2px 6px; }" if position == index
                                else "QLabel { padding: 2px 6px; }")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def party_items(parties: tuple[PartyView, ...]) -> list[tuple[str, str]]:
    return [(f"Alt+{n}", party.name) for n, party in enumerate(parties[:9], start=1)]
