"""`healthlint serve`: a local web app for editors and an HTTP API for content systems (the `serve` extra)."""
