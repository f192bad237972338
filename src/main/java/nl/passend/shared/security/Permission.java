package nl.passend.shared.security;

/** One permission per use case; roles grant them (see {@link Role}). */
public enum Permission {
    REGISTER_READ,
    REGISTER_MANAGE,
    USER_MANAGE,
    AUDIT_READ,
    TENANT_MANAGE
}
