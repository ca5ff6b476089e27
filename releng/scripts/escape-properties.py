#!/usr/bin/env python3
"""Rewrites .properties files given as arguments so that every non-ASCII character is a \\uXXXX escape.

Eclipse's NLS and plugin.properties are read as ISO-8859-1, so Vietnamese text must be escaped.
Write the file in UTF-8, then run this on it; running it twice changes nothing.
"""
import sys

for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        text = f.read()
    escaped = "".join(c if ord(c) < 128 else "\\u%04x" % ord(c) for c in text)
    with open(path, "w", encoding="ascii", newline="\n") as f:
        f.write(escaped)
