"""Several recorders on one project: send sessions out, merge the work back by stable id.

``sendout`` writes what a recipient needs (the project frame, the chosen sessions and only
their people) with its starting point; ``service`` merges a sent-back copy into the central
project (a preview first, a verified backup, one transaction); ``threeway`` is the pure
merge of documents and ``records`` takes documents apart into records and back.
"""
