"""Staff's pilot screens in the Wagtail admin: the proposals of a call and their ranking, one
proposal, its moves, reviewers and reviews, decisions and the follow-up of pilots (their URLs
are registered in pilots.wagtail_hooks)."""
