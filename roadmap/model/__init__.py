"""The domain model: typed entities, enums, validation, and the vocabulary every layer shares."""
