"""Format check of blind/rec_at.jsonl (``set_format.check_set``: never
imports eventwire, never runs the pipeline).

    python3 blind/check_rec_at.py
"""

from set_format import check_set

if __name__ == "__main__":
    check_set("rec_at", n_real=0, n_own=40, min_articles=40, min_events=250)
