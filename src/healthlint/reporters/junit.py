"""`--format junit`: JUnit XML, one test case per article, failed when the article fails its threshold."""

from __future__ import annotations

from typing import Any
from xml.etree import ElementTree as ET

from healthlint.model.results import FileResult
from healthlint.model.text import printable, xml_text
from healthlint.reporters import Reporter


def _lines(r: FileResult) -> str:
    """A line per finding, as the concise format writes it: control characters escaped, so no name splits a line."""
    path = printable(r.path)
    return "\n".join(f"{path}:{f.span.line}:{f.span.column}: {f.rule} {f.severity} {printable(f.message)}" for f in r.findings)


class JunitReporter(Reporter):
    """The suite's totals come first in the XML, so cases are kept (as compact elements) until the end."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.cases: list[ET.Element] = []

    def add(self, result: FileResult, source: str | None) -> None:
        # The name is shown on one line; the file locates the article (XML cannot hold most control characters).
        case = ET.Element("testcase", classname="healthlint", name=printable(result.path), file=xml_text(result.path))
        if not result.passed:
            summary = f"score {result.score:.1f} ({result.grade}), {len(result.findings)} finding(s)"
            ET.SubElement(case, "failure", type="healthlint", message=summary).text = _lines(result)
        elif result.findings:
            ET.SubElement(case, "system-out").text = _lines(result)
        self.cases.append(case)
        super().add(result, source)

    def close(self) -> None:
        total, errors = self.files + len(self.errors), len(self.errors)
        suites = ET.Element("testsuites", name="healthlint", tests=str(total), failures=str(self.failed), errors=str(errors))
        suite = ET.SubElement(
            suites, "testsuite", name="healthlint", tests=str(total), failures=str(self.failed), errors=str(errors), skipped="0"
        )
        suite.extend(self.cases)
        for e in self.errors:
            case = ET.SubElement(suite, "testcase", classname="healthlint", name=printable(e.path), file=xml_text(e.path))
            ET.SubElement(case, "error", type="input", message=xml_text(e.problem))
        ET.indent(suites)
        self.out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        self.out.write(ET.tostring(suites, encoding="unicode"))
        self.out.write("\n")
