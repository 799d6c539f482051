"""The researcher's views of finished records: the HTML report, ``show`` on the terminal,
and ``load`` into pandas. Reads records only."""
