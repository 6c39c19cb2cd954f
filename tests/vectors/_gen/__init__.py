"""The parts of tests/vectors/generate.py."""
