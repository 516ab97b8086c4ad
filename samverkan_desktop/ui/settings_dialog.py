"""Inställningar: the user's language (applied at the next start) and the retention reminder's time."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop.ui import settings as S


class SettingsDialog(QDialog):
    def __init__(self, settings: S.Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.settings = settings
        self.language = QComboBox()
        self.language.setObjectName("languageChoice")
        self.language.addItem("Svenska", "sv")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get(S.LANGUAGE))))
        note = QLabel(self.tr("The new language is used the next time you start Samverkan Desktop."))
        note.setWordWrap(True)
        self.retention = QSpinBox()
        self.retention.setObjectName("retentionMonths")
        self.retention.setRange(0, 240)
        self.retention.setSuffix(" " + self.tr("months"))
        self.retention.setSpecialValueText(self.tr("never"))
        self.retention.setValue(settings.get(S.RETENTION_MONTHS))
        self.retention.setToolTip(self.tr("A final project whose latest date is older than this shows a reminder "
                                          "to archive it and purge its personal data"))
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Retention reminder after:"), self.retention)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self.settings.set(S.LANGUAGE, str(self.language.currentData()))
        self.settings.set(S.RETENTION_MONTHS, self.retention.value())
        self.settings.sync()
        super().accept()
