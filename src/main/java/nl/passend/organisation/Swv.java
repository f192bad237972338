package nl.passend.organisation;

import java.util.UUID;

/**
 * Samenwerkingsverband passend onderwijs (WPO art. 18a): the tenant. {@code administratienummer} is
 * the DUO number ({@code PO2401}).
 */
public record Swv(UUID id, String naam, String administratienummer, String sector) {
}
