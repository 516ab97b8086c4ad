"""Pure document builders: plain data in, PDF bytes out, ReportLab only (no database, no Qt).

The session minutes and the dialogue report are built here (see the reports issue);
services assemble the data objects they are fed.
"""
