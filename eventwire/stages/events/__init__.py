"""Events: PLOVER trigger detection and typing, modes, actor and recipient roles."""
