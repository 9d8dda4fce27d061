"""The instrument engine: load, validate and score questionnaires. Plain typed Python, no Django."""
