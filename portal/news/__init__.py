"""News index and news articles."""
