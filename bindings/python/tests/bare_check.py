"""Run in a fresh virtual environment holding only the tromsvekst wheel:
importing needs no other package, and pandas' absence is a clear ImportError."""

import tromsvekst

report = tromsvekst.validate(tromsvekst.nord_troms(), lang="en")
assert report.valid, report.to_text()
try:
    report.to_pandas()
except ImportError as e:
    assert "pip install pandas" in str(e), str(e)
else:
    raise AssertionError("pandas is installed in the bare environment")
print("bare environment: import tromsvekst works without other packages")
