package nl.passend.finance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A saved baten computation: when, its totals and the normbedrag versions it used. */
public record BatenOpslag(UUID id, int jaar, Instant opgeslagenOp, BigDecimal totaleBaten, BigDecimal nettoOntvangst,
                          List<UUID> normbedragIds) {
}
