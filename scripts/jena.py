#!/usr/bin/env python3
"""Run an Apache Jena command-line tool from Debian's libapache-jena-java with a working classpath.

Usage:
    scripts/jena.py classpath                          print the classpath and exit
    scripts/jena.py riot --validate FILE...            any Jena tool: riot, tdbloader, tdbquery, sparql, ...
    scripts/jena.py tdbloader --loc DIR FILE...        (tdb* names run the TDB2 tools: tdb2.tdbloader, ...)
    scripts/jena.py tdbquery --loc DIR --query Q.rq --results json

Two problems of the Debian packaging are worked around here:
  * /usr/share/java holds several clashing slf4j bindings, so the classpath is built only from
    Jena's own jars and the jars of the Debian packages it depends on (transitively), keeping a
    single binding (slf4j-simple, which logs to stderr);
  * Debian relocated Jena's bundled xerces classes to the package `xerces.*` but left their
    message bundles under org/apache/jena/ext/xerces, so Jena fails at start-up
    ("internal error" in XSSimpleTypeDecl.applyFacets1). A small jar that copies those
    .properties files to xerces/** is built once into the cache folder and put on the classpath.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

JENA_PACKAGE = "libapache-jena-java"
SLF4J_KEEP = {"slf4j-api", "slf4j-simple"}   # one logging binding; the others in libslf4j-java clash
XERCES_PREFIX = "org/apache/jena/ext/xerces/"

TOOLS = {  # short name -> main class; anything else is taken as a class name as given
    "riot": "riotcmd.riot",
    "sparql": "arq.sparql",
    "arq": "arq.sparql",
    "shacl": "shacl.shacl",
    "tdbloader": "tdb2.tdbloader",
    "tdbquery": "tdb2.tdbquery",
    "tdbupdate": "tdb2.tdbupdate",
    "tdbdump": "tdb2.tdbdump",
    "tdbstats": "tdb2.tdbstats",
}


def cache_dir() -> Path:
    """Where the fix-up jar is kept: $XDG_CACHE_HOME/newskg (default ~/.cache/newskg)."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "newskg"


def _dpkg(*args: str) -> str:
    return subprocess.run(["dpkg-query", *args], check=True, capture_output=True, text=True).stdout


def _depends(package: str) -> list[str]:
    """Names of the packages `package` depends on (first alternative of each)."""
    field = _dpkg("-W", "-f=${Depends}", package)
    names = [re.split(r"[\s(:]", alt.split("|")[0].strip())[0] for alt in field.split(",") if alt.strip()]
    return [n for n in names if n]


def java_packages(root: str = JENA_PACKAGE) -> list[str]:
    """`root` and every installed *-java package it depends on, transitively, in discovery order."""
    seen: list[str] = []
    todo = [root]
    while todo:
        name = todo.pop(0)
        if name in seen:
            continue
        seen.append(name)
        todo += [d for d in _depends(name) if d.endswith("-java") and d not in seen]
    return seen


def package_jars(package: str) -> list[Path]:
    """The jars a package installs in /usr/share/java, one per real file (version symlinks collapsed)."""
    jars: dict[Path, Path] = {}
    for line in _dpkg("-L", package).splitlines():
        path = Path(line)
        if path.parent == Path("/usr/share/java") and path.suffix == ".jar" and path.exists():
            stem = re.sub(r"-\d[\w.]*$", "", path.stem)
            if package == "libslf4j-java" and stem not in SLF4J_KEEP:
                continue
            jars.setdefault(path.resolve(), path)
    return sorted(jars.values())


def xerces_fix_jar(jena_core: Path) -> Path:
    """Build (once per jena-core version) the jar that puts xerces message bundles where Debian's classes look."""
    target = cache_dir() / f"jena-xerces-messages-{jena_core.resolve().name}"
    if target.exists():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(f".{os.getpid()}.tmp")
    with zipfile.ZipFile(jena_core) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as out:
        for name in src.namelist():
            if name.startswith(XERCES_PREFIX) and name.endswith(".properties"):
                out.writestr("xerces/" + name[len(XERCES_PREFIX):], src.read(name))
    os.replace(tmp, target)
    return target


def classpath() -> str:
    """Jena's jars, its Debian dependencies' jars, and the xerces fix-up jar, joined with ':'."""
    try:
        jars = [jar for pkg in java_packages() for jar in package_jars(pkg)]
    except (subprocess.CalledProcessError, FileNotFoundError):
        raise SystemExit(f"jena: Debian package {JENA_PACKAGE} is not installed (apt-get install {JENA_PACKAGE})")
    core = next((j for j in jars if j.name.startswith("jena-core")), None)
    if core is None:
        raise SystemExit(f"jena: no jena-core jar found in {JENA_PACKAGE}")
    return ":".join(str(j) for j in [xerces_fix_jar(core), *jars])


def main(argv: list[str]) -> int:
    """Print the classpath, or exec `java -cp CLASSPATH <tool class> ARGS...`."""
    if not argv or argv[0] in {"-h", "--help"}:
        print(__doc__.strip())
        return 0 if argv else 2
    if argv[0] == "classpath":
        print(classpath())
        return 0
    main_class = TOOLS.get(argv[0], argv[0])
    java = os.environ.get("JAVA", "java")
    cmd = [java, *os.environ.get("JENA_JVM_ARGS", "-Xmx1g").split(), "-cp", classpath(), main_class, *argv[1:]]
    try:
        os.execvp(java, cmd)
    except FileNotFoundError:
        raise SystemExit("jena: java not found (apt-get install default-jre-headless)")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
