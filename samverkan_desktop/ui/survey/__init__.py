"""Written answers from a survey export and the previous round: the import dialog, the matching
dialog of the previous round, and the follow-up of its improvement areas."""
