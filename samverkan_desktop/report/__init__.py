"""Pure document builders: plain data in, document bytes out (no database, no Qt).

The session minutes and the dialogue report are built as neutral content
(``content``) by ``minutes`` and ``dialogue``, then rendered as PDF (``pdf``, ReportLab);
services assemble the data objects they are fed.
"""
