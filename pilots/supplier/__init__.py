"""The supplier's side of pilot calls: the proposal form, sending and withdrawing, and what a
supplier reads of their proposals (their URLs are in pilots.urls)."""
