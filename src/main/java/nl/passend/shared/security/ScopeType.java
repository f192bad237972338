package nl.passend.shared.security;

/** What part of an SWV a role assignment is limited to. */
public enum ScopeType {
    NONE, SCHOOL, BESTUUR, WERKGEBIED, GEMEENTE
}
