"""Scoring: span matching, precision/recall/F1, attribution, agreement and reports."""
