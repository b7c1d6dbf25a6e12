"""The metrics in the Wagtail admin: access, the dashboard, the follow-up reports, the figures
of one tender, event or call, and an organisation's timeline (routed in wagtail_hooks)."""
