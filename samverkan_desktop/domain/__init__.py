"""The domain: typed ORM models, closed vocabularies and small pure rules. No Qt."""
