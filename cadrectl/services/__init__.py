"""One module per capability; the CLI calls these and renders what they return."""
