"""Which editor shows which navigator section; the main window asks here."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QWidget

from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.models.navigator import Node, Section

Factory = Callable[[EditContext, Node], QWidget]


def _details(ctx: EditContext, node: Node) -> QWidget:
    from samverkan_desktop.ui.editors.project_details import ProjectDetailsEditor

    return ProjectDetailsEditor(ctx, node.project_id)


def _mandates(ctx: EditContext, node: Node) -> QWidget:
    from samverkan_desktop.ui.editors.mandates import MandatesEditor

    return MandatesEditor(ctx, node.project_id)


def _questions(ctx: EditContext, node: Node) -> QWidget:
    from samverkan_desktop.ui.editors.questions import QuestionGuideEditor

    return QuestionGuideEditor(ctx, node.project_id)


def _parties(ctx: EditContext, node: Node) -> QWidget:
    from samverkan_desktop.ui.editors.parties import PartiesPeopleEditor

    return PartiesPeopleEditor(ctx, node.project_id)


def _sessions(ctx: EditContext, node: Node) -> QWidget:
    from samverkan_desktop.ui.editors.sessions import SessionsEditor

    return SessionsEditor(ctx, node.project_id)


def _session(ctx: EditContext, node: Node) -> QWidget:
    from samverkan_desktop.ui.editors.session import SessionEditor

    assert node.session_id is not None
    return SessionEditor(ctx, node.project_id, node.session_id)


def _tags(ctx: EditContext, node: Node) -> QWidget:
    from samverkan_desktop.ui.editors.tags import TagManager

    return TagManager(ctx, node.project_id)


def _analysis(ctx: EditContext, node: Node) -> QWidget:
    from samverkan_desktop.ui.analysis.analysis_view import AnalysisView

    return AnalysisView(ctx, node.project_id)


def _assessment(ctx: EditContext, node: Node) -> QWidget:
    from samverkan_desktop.ui.analysis.assessment import AssessmentEditor

    return AssessmentEditor(ctx, node.project_id)


def _follow_up(ctx: EditContext, node: Node) -> QWidget:
    from samverkan_desktop.ui.survey.follow_up import FollowUpEditor

    return FollowUpEditor(ctx, node.project_id)


def _actions(ctx: EditContext, node: Node) -> QWidget:
    from samverkan_desktop.ui.editors.actions_list import ActionsEditor

    return ActionsEditor(ctx, node.project_id)


def _report(ctx: EditContext, node: Node) -> QWidget:
    from samverkan_desktop.ui.report_writing.report_place import ReportPlace

    return ReportPlace(ctx, node.project_id)


FACTORIES: dict[Section, Factory] = {
    Section.TAGS: _tags,
    Section.ANALYSIS: _analysis,
    Section.ASSESSMENT: _assessment,
    Section.FOLLOW_UP: _follow_up,
    Section.ACTIONS: _actions,
    Section.REPORT: _report,
    Section.PROJECT: _details,
    Section.DETAILS: _details,
    Section.MANDATES: _mandates,
    Section.QUESTIONS: _questions,
    Section.PARTIES: _parties,
    Section.SESSIONS: _sessions,
    Section.SESSION: _session,
}


def create_editor(ctx: EditContext, node: Node) -> QWidget:
    factory = FACTORIES.get(node.section)
    if factory is None:
        label = QLabel(node.section.value)
        return label
    return factory(ctx, node)
