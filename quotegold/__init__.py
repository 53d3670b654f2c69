"""quotegold: build gold datasets of who said what in political news, and score the systems that extract it.

The library lives in four packages: ``schemas`` (the data contract), ``corpus`` (getting text in),
``annotation`` (extractors, the Label Studio round trip, gold building, publishing) and ``eval`` (scoring,
agreement, reports). This package holds only the ``quotegold`` command line.
"""

__version__ = "0.1.0"
