"""The project interchange file (format ``samverkan-project``, version 1).

``parse`` turns bytes into a JSON document, ``validate`` proves it is a sound project
(schema, references, sane values), ``importer`` writes it into the library in one
transaction and ``exporter`` writes a project back out with the same ids.
"""
