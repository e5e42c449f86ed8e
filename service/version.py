"""The release number, in a module of its own so every part of the service can read it."""

__version__ = "0.1.0"
