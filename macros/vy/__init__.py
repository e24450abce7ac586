"""What the domain renderers share: the Jinja partials (autoescape on), Swedish numbers and phrases, the charts."""
