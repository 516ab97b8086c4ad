"""Reports in the app: background builds, the PDF preview, saving, printing and the report settings.

The entry points for the main window are in ``actions`` (see its docstring for the wiring).
"""
