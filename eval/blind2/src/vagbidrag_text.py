"""Shared helpers for the two versions of the riktlinjer for bidrag till enskilda vägar.
Each version has its own wording and amounts; only the section skeleton is shared."""

SYFTE = ("Kommunen lämnar bidrag till enskilda vägar som har betydelse för dem som bor och "
         "verkar på landsbygden och för besökare. Bidraget ska göra det lättare för väghållarna "
         "att hålla vägarna farbara året runt. Bidrag lämnas även om vägen får statsbidrag från "
         "Trafikverket.")
