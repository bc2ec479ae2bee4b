"""pydantic models of the three file kinds (framework, member, activities)."""
