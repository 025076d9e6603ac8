"""`--format junit`: JUnit XML, one test case per article, failed when the article fails its threshold."""

from __future__ import annotations

from typing import IO
from xml.etree import ElementTree as ET

from healthlint.engine import FileResult
from healthlint.reporters import Run


def _lines(r: FileResult) -> str:
    return "\n".join(f"{r.path}:{f.span.line}:{f.span.column}: {f.rule} {f.severity} {f.message}" for f in r.findings)


def write_junit(run: Run, out: IO[str]) -> None:
    failures = sum(not r.passed for r in run.results)
    total = len(run.results) + len(run.errors)
    suites = ET.Element("testsuites", name="healthlint", tests=str(total), failures=str(failures), errors=str(len(run.errors)))
    suite = ET.SubElement(
        suites, "testsuite", name="healthlint", tests=str(total), failures=str(failures), errors=str(len(run.errors)), skipped="0"
    )
    for r in run.results:
        case = ET.SubElement(suite, "testcase", classname="healthlint", name=r.path, file=r.path)
        if not r.passed:
            failure = ET.SubElement(
                case, "failure", type="healthlint", message=f"score {r.score:.1f} ({r.grade}), {len(r.findings)} finding(s)"
            )
            failure.text = "\n".join(
                f"{r.path}:{f.span.line}:{f.span.column}: {f.rule} {f.severity} {f.message}" for f in r.findings
            )
        elif r.findings:
            out_text = ET.SubElement(case, "system-out")
            out_text.text = "\n".join(
                f"{r.path}:{f.span.line}:{f.span.column}: {f.rule} {f.severity} {f.message}" for f in r.findings
            )
    for e in run.errors:
        case = ET.SubElement(suite, "testcase", classname="healthlint", name=e.path, file=e.path)
        ET.SubElement(case, "error", type="input", message=e.problem)
    ET.indent(suites)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(ET.tostring(suites, encoding="unicode"))
    out.write("\n")
