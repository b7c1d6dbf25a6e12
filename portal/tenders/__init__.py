"""The tender calendar: upcoming procurements, their lots, lifecycle, feeds and open data."""
