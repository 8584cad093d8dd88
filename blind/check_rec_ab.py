"""Format check of blind/rec_ab.jsonl (``set_format.check_set``: never
imports eventwire, never runs the pipeline).

    python3 blind/check_rec_ab.py
"""

from set_format import check_set

if __name__ == "__main__":
    check_set("rec_ab", n_real=12, n_own=28)
