"""Global search: the search window over a project's texts."""
