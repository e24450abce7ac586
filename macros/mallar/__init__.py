"""data/mallar.yml's templates as documents: one list of parts, written as a printable page and as a Word file."""
