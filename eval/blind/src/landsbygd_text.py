"""Shared vocabulary for the two Landsbygdsprogram versions (texts differ per version)."""
TITLE = "Landsbygdsprogram för Askersunds kommun"
