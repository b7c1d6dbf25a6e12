"""Site-wide pieces: base templates, site chrome, health check, errors, sitemap, tasks."""
