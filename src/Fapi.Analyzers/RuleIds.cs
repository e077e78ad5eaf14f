namespace Fapi.Analyzers;

/// <summary>The rule catalog's IDs (shared/design.md); fixed once published.</summary>
public static class RuleIds
{
    public const string InvalidConfiguration = "FAPI0001";
    public const string PublicClient = "FAPI1001";
    public const string ClientAuthenticationMethod = "FAPI1002";
    public const string PkceNotRequired = "FAPI2001";
    public const string PkceMethodNotS256 = "FAPI2002";
    public const string ResponseType = "FAPI2003";
    public const string JarmUnderFapi2Security = "FAPI2004";
    public const string PushedAuthorizationNotRequired = "FAPI2005";
    public const string SignedRequestObjectNotRequired = "FAPI2006";
    public const string RedirectUri = "FAPI2007";
    public const string GrantType = "FAPI2008";
    public const string SigningAlgorithmNotAllowed = "FAPI3001";
    public const string SigningAlgorithmNotTableDefault = "FAPI3002";
    public const string KeyTooSmall = "FAPI3003";
    public const string KeyEncryptionRsa15 = "FAPI3004";
    public const string SenderConstrainedTokens = "FAPI4001";
    public const string AuthorizationCodeLifetime = "FAPI4002";
    public const string PushedRequestLifetime = "FAPI4003";
    public const string IssuerResponseParameter = "FAPI4004";
    public const string JwtClockSkew = "FAPI4005";
    public const string RefreshTokenRotation = "FAPI4006";
    public const string RelyingPartyWeakensValidation = "FAPI5001";
}
