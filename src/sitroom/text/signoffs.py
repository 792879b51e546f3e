"""The words that open a report's sign-off: who prepared, approved or signed it ("Prepared by", "Approved
by", "Rédigé par", "Firmado por"). They say who answers for the report, not what it reports."""

from __future__ import annotations

import re

SIGNED_BY = (
    r"(?:(?:prepared|noted|approved|reviewed|submitted|certified|signed|compiled|written|verified|validated"
    r"|authori[sz]ed|issued|released|cleared|checked)\s+by"
    r"|(?:pr[ée]par[ée]|r[ée]dig[ée]|approuv[ée]|valid[ée]|sign[ée])e?\s+par"
    r"|(?:elaborado|preparado|aprobado|revisado|firmado|validado|autorizado)\s+por)\b"
)
# "Prepared by:", "Approved by", "Rédigé par", "Elaborado por": the opening line of a signature block.
SIGNATURE = re.compile("^" + SIGNED_BY, re.I)
