"""The demo portal: its content as data (data/*.yaml), the loader that seeds it and the `demo`
and `seed_demo` commands. Installed in development and tests only, never in production."""
