"""Build steps for data files the service ships (run by make targets, never at run time)."""
