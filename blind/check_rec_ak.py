"""Format check of blind/rec_ak.jsonl (``set_format.check_set``: never
imports eventwire, never runs the pipeline).

    python3 blind/check_rec_ak.py
"""

from set_format import check_set

if __name__ == "__main__":
    check_set("rec_ak", n_real=16, n_own=24)
