"""The calm parts around the typing: the header with clock and topic, and the legends
of party and kind keys, with the current choice highlighted."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from samverkan_desktop.services.minutes import MeetingData, PartyView, TopicView
from samverkan_desktop.ui.meeting.entries_model import topic_number
from samverkan_desktop.ui.meeting.keys import PARTIES, MeetingAction, key_of, key_text


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
        for label in (self.title, self.where, self.topic, self.guidance):  # user text: never markup
            label.setTextFormat(Qt.TextFormat.PlainText)

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
        self.topic_label.setText(topic_number(topic))
        self.topic.setText(topic.title)
        counter = QCoreApplication.translate("MeetingHeader", "%1 of %2").replace(
            "%1", str(position + 1)).replace("%2", str(count))
        if position + 1 < count:
            step = QCoreApplication.translate("MeetingHeader", "%1: next").replace(
                "%1", key_text(key_of(MeetingAction.NEXT_TOPIC).keys[0]))
        else:
            step = QCoreApplication.translate("MeetingHeader", "the last one")
        self.guidance.setText("\n".join(x for x in (topic.guidance or "", f"{counter} · {step}") if x))


class Legend(QLabel):
    """Key legend, e.g. "Alt+1 Arbetsgivaren  Alt+2 Kommunal", the current one marked.

    One word-wrapping label: with many parties (or long names, or a longer language)
    the legend flows onto a second line instead of widening the window."""

    def __init__(self, prefix: str, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.prefix = prefix
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setContentsMargins(12, 2, 12, 2)
        self.items: list[tuple[str, str]] = []
        self.current = -1

    def set_items(self, items: list[tuple[str, str]]) -> None:
        """``items``: (key, name) pairs."""
        self.items = list(items)
        self._render()

    def mark(self, index: int) -> None:
        self.current = index
        self._render()

    def _render(self) -> None:
        palette = self.palette()
        marked = (f"background-color:{palette.highlight().color().name()};"
                  f"color:{palette.highlightedText().color().name()};")
        muted = palette.placeholderText().color().name()
        parts = []
        for position, (key, name) in enumerate(self.items):
            style = marked if position == self.current else ""
            key_color = "" if position == self.current else f"color:{muted};"
            parts.append(f"<span style='{style}'>&nbsp;<span style='{key_color}'>{_escape(key)}</span>"
                         f"&nbsp;{_escape(name).replace(' ', '&nbsp;')}&nbsp;</span>")
        self.setText("&nbsp;&nbsp; ".join(parts))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def party_items(parties: tuple[PartyView, ...]) -> list[tuple[str, str]]:
    """(key, party name) for the legend: the keys of the first nine parties, as declared."""
    return [(key_text(key_of(action).keys[0]), party.name) for action, party in zip(PARTIES, parties, strict=False)]
