"""Styrsvar's entry points: settings read from the environment, and the `styrsvar` command."""
