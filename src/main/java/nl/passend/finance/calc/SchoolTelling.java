package nl.passend.finance.calc;

import java.util.UUID;

/**
 * The pupils of a school (vestiging) on the model's teldatum, with its bestuur and werkgebied
 * (nullable). Only {@code regulier} (BAO) schools take part in the per-school and per-pupil components.
 */
public record SchoolTelling(UUID schoolId, UUID bestuurId, UUID werkgebiedId, boolean regulier, int aantal) {
}
