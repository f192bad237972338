package nl.passend.tlv;

import java.util.UUID;

/** A deskundige asked to advise on a request, and whether the advice is in. */
public record AssignedDeskundige(UUID accountId, String naam, boolean adviesGegeven) {
}
