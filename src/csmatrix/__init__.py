"""csmatrix: versioned YAML skill frameworks for Customer Success teams."""

__version__ = "0.1.0"
