"""Pure rules over models: each returns problems (or facts), none does I/O."""
