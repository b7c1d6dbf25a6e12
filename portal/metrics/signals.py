"""Sign-in activity for the active-users indicator."""
