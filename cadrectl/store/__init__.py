"""The registry on disk: finding it, reading and writing its files, and git."""
