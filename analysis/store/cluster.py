"""The Dask side: a client for a running scheduler, or a LocalCluster started for one run.

A cluster is started with Dask's own commands (see the README, "Running on a
cluster")::

    dask scheduler                      # prints tcp://HOST:8786
    dask worker tcp://HOST:8786         # on every machine, same package installed

and the run is pointed at it with ``scheduler="tcp://HOST:8786"``
(``--scheduler`` on the command line). Without a scheduler a
``LocalCluster`` of ``workers`` single-threaded processes is started and
closed around the run. A script that starts one must be a real file with an
``if __name__ == "__main__":`` guard (Dask's worker processes re-import it).
"""

from __future__ import annotations

import contextlib
import logging

from analysis.errors import AnalysisError


@contextlib.contextmanager
def dask_client(scheduler: str | None, workers: int):
    """A ``distributed.Client`` for ``scheduler``, or for a new LocalCluster of ``workers`` processes.

    Raises:
        AnalysisError: If ``distributed`` is missing, the scheduler cannot be
            reached or the LocalCluster cannot start.
    """
    try:
        from distributed import Client, LocalCluster
    except ImportError:  # pragma: no cover - distributed is in the lock
        raise AnalysisError("engine 'dask' needs the 'distributed' package") from None
    if scheduler:
        try:
            client = Client(scheduler, timeout="30s")
        except (OSError, TimeoutError) as exc:
            raise AnalysisError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
        with client:
            yield client
        return
    try:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=logging.ERROR)
    except Exception as exc:  # noqa: BLE001 - any failure to start is the same one-line error
        raise AnalysisError(f"cannot start a Dask LocalCluster of {workers} workers: {exc}") from None
    with cluster, Client(cluster) as client:
        yield client


__all__ = ["dask_client"]
