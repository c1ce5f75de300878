"""Use cases shared by the web app and the CLI; the only code that commits."""
