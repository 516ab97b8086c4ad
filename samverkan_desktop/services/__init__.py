"""Use-cases: plain arguments in, frozen dataclasses out, typed errors. No Qt."""
