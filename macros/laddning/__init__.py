"""Stage 1: data/*.yml read, validated against the models and cross-checked into one Handbok; every error
in Swedish with file:line."""
