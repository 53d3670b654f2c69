"""Annotation: extractors, the Label Studio round trip, gold building and publishing."""
