"""Page types of the public site: home, content pages, accessibility statement, privacy notice."""
