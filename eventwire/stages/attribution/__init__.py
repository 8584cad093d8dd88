"""Who says so: quotations, speakers, relays, outlets."""
