"""SQLite storage: one repository and numbered migrations."""
