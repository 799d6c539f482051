"""spaCy components, one module per stage; importing a module registers its factory."""
