"""Shared taxonomy: service areas, municipalities, contract types and CPV codes."""
