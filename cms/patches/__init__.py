"""Changes to third-party behaviour that no setting or subclass can reach; applied in ready()."""
