#!/usr/bin/env python3
"""Summarises CPU samples of a JDK flight recording: where the time goes.

usage: jfr-top.py <file.jfr> [n]
Prints the share of execution samples by top frame (self time) and, for each sample, by the
innermost frame of org.yothub code and by the innermost "interesting" library frame (JDBC,
FreeMarker, Jackson/serde, security/JWT, Netty, ojAlgo), from `jfr print --events jdk.ExecutionSample`.
"""
import collections
import re
import subprocess
import sys

LIBS = [("org.postgresql", "PostgreSQL JDBC driver"), ("freemarker", "FreeMarker templates"),
        ("io.micronaut.serde", "JSON (serde)"), ("com.fasterxml.jackson", "JSON (jackson)"),
        ("com.nimbusds", "JWT (nimbus)"), ("io.micronaut.security", "Micronaut security"),
        ("io.netty", "Netty"), ("org.ojalgo", "ojAlgo LP"), ("io.micronaut.data", "Micronaut Data"),
        ("com.zaxxer.hikari", "Hikari pool"), ("org.apache.commons.csv", "commons-csv"),
        ("io.micronaut.http", "Micronaut HTTP"), ("io.micronaut.views", "Micronaut views"),
        ("com.password4j", "password4j"), ("java.util.regex", "regex")]


def main():
    path = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 15
    text = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "64", path],
                          capture_output=True, text=True, check=True).stdout
    samples = []
    for block in text.split("jdk.ExecutionSample")[1:]:
        frames = re.findall(r"^\s+([\w$.<>]+)\(", block, re.M)
        if frames:
            samples.append(frames)
    total = len(samples)
    print(f"{total} samples")
    for title, key in [("self (top frame)", lambda f: f[0]),
                       ("innermost org.yothub frame", lambda f: next((x for x in f if x.startswith("org.yothub")), "(none)")),
                       ("library", lambda f: next((label for x in f for p, label in LIBS if x.startswith(p)), "(other)"))]:
        counts = collections.Counter(key(f) for f in samples)
        print(f"\n== {title}")
        for name, c in counts.most_common(n):
            print(f"{100.0 * c / total:5.1f}%  {name}")


if __name__ == "__main__":
    main()
