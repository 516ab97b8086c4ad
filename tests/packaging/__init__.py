"""The Windows packaging: icon, self-test, bundle rules and installer script."""
