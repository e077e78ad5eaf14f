namespace Fapi.Analyzers.Facts;

/// <summary>A FAPI-relevant setting, named by its protocol meaning, not by any library member.</summary>
public enum Setting
{
    /// <summary>The client's identifier, for messages.</summary>
    ClientId,
    PublicClient,
    TokenEndpointAuthMethod,
    /// <summary>Collection: single response type values (code, id_token, token).</summary>
    ResponseTypes,
    /// <summary>Collection: grant types (authorization_code, implicit, password, ...).</summary>
    GrantTypes,
    /// <summary>Collection: registered redirect URIs.</summary>
    RedirectUris,
    /// <summary>True when the server compares a request's redirect_uri with the registered ones by exact string match.</summary>
    RedirectUriExactMatch,
    IdTokenSigningAlgorithm,
    RequestObjectSigningAlgorithm,
    RequestObjectEncryptionAlgorithm,
    JarmSigningAlgorithm,
    JarmEncryptionAlgorithm,
    UserInfoSigningAlgorithm,
    AccessTokenSigningAlgorithm,
    /// <summary>The algorithm of a key the client signs with (client assertions, request objects).</summary>
    ClientKeySigningAlgorithm,
    IdTokenEncryptionAlgorithm,
    UserInfoEncryptionAlgorithm,
    AccessTokenEncryptionAlgorithm,
    MutualTlsBoundAccessTokens,
    DpopBoundAccessTokens,
    RefreshTokenRotation,
    AuthorizationCodeLifetimeSeconds,
    PushedRequestLifetimeSeconds,
    PkceRequired,
    /// <summary>The method a server assumes when a request names none (plain unless set).</summary>
    DefaultCodeChallengeMethod,
    /// <summary>True when the server accepts a request that names code_challenge_method=plain.</summary>
    PlainPkceAccepted,
    PushedAuthorizationRequired,
    /// <summary>True when the server accepts pushed authorization requests (its PAR endpoint is on).</summary>
    PushedAuthorizationSupported,
    SignedRequestObjectRequired,
    /// <summary>A server's authentication method for clients that set none.</summary>
    DefaultTokenEndpointAuthMethod,
    /// <summary>A server's access token signing algorithm for clients that set none.</summary>
    DefaultAccessTokenSigningAlgorithm,
    /// <summary>True when the client has mutual-TLS (certificate) authentication data.</summary>
    TlsClientAuthenticationConfigured,
    /// <summary>True for a native (mobile or desktop) application.</summary>
    NativeClient,
    /// <summary>Collection: every authentication method the client's registered credentials allow (one per secret).</summary>
    ClientAuthenticationMethods,
    /// <summary>True when the client may get refresh tokens (offline access) beside its grant types.</summary>
    RefreshTokensAllowed,
    /// <summary>Collection: the algorithms the server may sign this client's ID tokens with.</summary>
    IdTokenSigningAlgorithms,
    /// <summary>Collection: the algorithms of the server's own signing keys (tokens it issues).</summary>
    ServerSigningAlgorithms,
    /// <summary>Collection: the strength (<see cref="KeyStrength"/>) of the server's signing keys created in code.</summary>
    ServerSigningKeys,
    /// <summary>Collection: the algorithms the server accepts on client assertions (private_key_jwt).</summary>
    AcceptedClientAssertionAlgorithms,
    /// <summary>Collection: the algorithms the server accepts on request objects.</summary>
    AcceptedRequestObjectAlgorithms,
    /// <summary>Collection: the algorithms the server accepts on DPoP proofs.</summary>
    AcceptedDpopProofAlgorithms,
    /// <summary>True when the server returns the iss parameter in authorization responses (RFC 9207).</summary>
    IssuerResponseParameter,
    /// <summary>The clock skew the server tolerates on JWT iat/nbf (a TimeSpan or seconds).</summary>
    JwtClockSkew,
    /// <summary>True when the client may ask for access tokens from the authorization endpoint (the token response type).</summary>
    FrontChannelAccessTokens,
    /// <summary>False where the library has no JWT-secured authorization responses (JARM) at all.</summary>
    JarmSupported,
    /// <summary>True when a relying party fetches the server's metadata (discovery, keys) over https only.</summary>
    HttpsMetadataRequired,
    /// <summary>True when a relying party rejects unsigned tokens.</summary>
    SignedTokensRequired,
    /// <summary>False when a relying party replaced signature validation with code that skips it.</summary>
    SignatureValidated,
    /// <summary>True when a relying party checks a token's issuer.</summary>
    IssuerValidated,
    /// <summary>True when a relying party checks a token's audience.</summary>
    AudienceValidated,
    /// <summary>True when a relying party checks a token's expiry and not-before times.</summary>
    LifetimeValidated,
    /// <summary>Collection: the algorithms a relying party accepts on the ID tokens (and other JWTs) it validates.</summary>
    AcceptedIdTokenAlgorithms,
    /// <summary>Collection: the strength (<see cref="KeyStrength"/>) of the keys a client signs its own JWTs with (client assertions, request objects).</summary>
    ClientSigningKeys,
    /// <summary>The key encryption algorithm of a JWT the client encrypts (a request object, a client assertion).</summary>
    ClientJwtEncryptionAlgorithm,
}
