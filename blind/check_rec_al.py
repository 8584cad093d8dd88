"""Format check of blind/rec_al.jsonl (``set_format.check_set``: never
imports eventwire, never runs the pipeline).

    python3 blind/check_rec_al.py
"""

from set_format import check_set

if __name__ == "__main__":
    check_set("rec_al", n_real=15, n_own=25)
