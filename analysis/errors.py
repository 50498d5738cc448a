"""The one exception type the CLI turns into a one-line error."""


class AnalysisError(Exception):
    """A user-facing error: bad input, a refused operation, a broken data file.

    The CLI prints ``error: <message>`` on one line and exits with status 1.
    Library callers can catch it to tell user errors from bugs.
    """
