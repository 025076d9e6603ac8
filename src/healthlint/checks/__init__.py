"""Rule types: the code behind each `type:` a rule pack may name, one module or package per family.

Importing this package registers every built-in type (`Check.__init_subclass__`).
Generic types (`pattern`, `occurrence`) are configured by data alone; the
family packages hold the analyses that data cannot express.
"""

from healthlint.checks import pattern  # noqa: F401
from healthlint.checks.contradiction import rules as contradiction_rules  # noqa: F401
from healthlint.checks.disclaimer import rules as disclaimer_rules  # noqa: F401
from healthlint.checks.stuffing import rules as stuffing_rules  # noqa: F401
