"""Parses a JSON-LD file with rdflib and prints its triples as sorted N-Triples lines.

Used by tests/interop.rs: rdflib expands the document's @context like any JSON-LD consumer,
so the test checks what the document says in RDF, not how its JSON looks.
"""
import sys

import rdflib

graph = rdflib.Graph()
graph.parse(sys.argv[1], format="json-ld")
lines = sorted(line for line in graph.serialize(format="nt").splitlines() if line.strip())
sys.stdout.write("\n".join(lines) + "\n")
