"""How sure: polarity, certainty, modality and conditions."""
