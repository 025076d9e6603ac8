"""`python -m healthlint`."""

from healthlint.cli import main

if __name__ == "__main__":
    main()
