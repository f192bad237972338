package nl.passend.access.internal;

/** Request attributes set by the bearer filter. */
public final class TokenRequest {

    /** The id of the bearer token that authenticated this request. */
    public static final String TOKEN_ID = BearerTokenFilter.TOKEN_ID;

    private TokenRequest() {
    }
}
