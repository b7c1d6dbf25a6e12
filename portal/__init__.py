"""The Django project and the public CMS of the market-dialogue portal."""
