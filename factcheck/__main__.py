"""``python -m factcheck``."""

from .cli import main

if __name__ == "__main__":
    main()
