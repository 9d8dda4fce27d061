"""Nearer: a private, guided self-help companion for people who push away the people they want close."""

__version__ = "0.1.0"
