"""When: TIMEX3 detection and normalisation, event anchoring, background flag."""
