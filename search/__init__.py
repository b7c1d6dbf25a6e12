"""The portal's search: one service in front of Elasticsearch or the database."""
