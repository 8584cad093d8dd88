"""Format check of blind/rec_am.jsonl (``set_format.check_set``: never
imports eventwire, never runs the pipeline).

    python3 blind/check_rec_am.py
"""

from set_format import check_set

if __name__ == "__main__":
    check_set("rec_am", n_real=11, n_own=29)
