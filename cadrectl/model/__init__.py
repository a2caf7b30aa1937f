"""Pydantic models and code tables: the single source of the registry's schemas."""
