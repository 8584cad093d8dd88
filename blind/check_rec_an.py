"""Format check of blind/rec_an.jsonl (``set_format.check_set``: never
imports eventwire, never runs the pipeline).

    python3 blind/check_rec_an.py
"""

from set_format import check_set

if __name__ == "__main__":
    check_set("rec_an", n_real=0, n_own=40)
