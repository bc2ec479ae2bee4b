"""The semantic diff of framework versions: lineage, comparison, semver, impact."""
