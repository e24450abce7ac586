"""The command-line verbs of `python -m macros`: strict build, preview server, data check."""
