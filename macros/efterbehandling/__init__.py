"""Steps on rendered HTML and on the built site: redirects and section aliases, the print page, search help
and weights, the Content-Security-Policy."""
