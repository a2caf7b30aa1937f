"""cadrectl: the reserve-cadre registry (后备干部库) kept as YAML files in git."""

__version__ = "0.1.0"
