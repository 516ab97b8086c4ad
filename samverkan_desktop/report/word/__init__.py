"""The Word renderer of the report's neutral content (``report.content``), with python-docx.

``render_docx(document, template)`` returns the .docx bytes; ``TemplateRefused`` names a
template that is not a Word document or template.
"""

from samverkan_desktop.report.word.package import TemplateRefused
from samverkan_desktop.report.word.render import render_docx

__all__ = ["TemplateRefused", "render_docx"]
