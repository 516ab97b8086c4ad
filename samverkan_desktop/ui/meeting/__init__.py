"""Meeting mode: the live minutes screen the secretary types in during a meeting."""
