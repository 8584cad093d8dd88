"""Format check of blind/rec_z.jsonl (``set_format.check_set``: never
imports eventwire, never runs the pipeline).

    python3 blind/check_rec_z.py
"""

from set_format import check_set

if __name__ == "__main__":
    check_set("rec_z", n_real=14, n_own=26, min_articles=40, min_events=300)
