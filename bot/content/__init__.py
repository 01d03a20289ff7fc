"""Reading content files from disk into core models."""
