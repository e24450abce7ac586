"""Stage 1b: the pages of docs/ read once (title, headings, front matter) and rendered through a Jinja sandbox."""
