using System.Collections.Immutable;

namespace Fapi.Analyzers.Profiles;

/// <summary>
/// One column of the profile table (shared/profiles.md): what a profile requires, with the clause that says so.
/// Rules read these values and never restate them.
/// </summary>
public sealed class ProfileRequirements
{
    public FapiProfile Profile { get; set; }
    public string Key { get; set; } = "";
    public string Title { get; set; } = "";

    public bool PublicClientsAllowed { get; set; }
    public string PublicClientsClause { get; set; } = "";

    public PkceRequirement Pkce { get; set; }
    public string PkceClause { get; set; } = "";

    /// <summary>Response type values (single tokens) the profile accepts in a client's registration.</summary>
    public ImmutableArray<string> AllowedResponseTypeTokens { get; set; }
    /// <summary>Whether plain <c>code</c> needs JARM (FAPI 1.0 Advanced: code id_token, or code with response_mode jwt).</summary>
    public bool PlainCodeRequiresJarm { get; set; }
    public string ResponseTypeClause { get; set; } = "";

    public bool JarmAllowed { get; set; }
    public string JarmClause { get; set; } = "";

    public bool SignedRequestObjectRequired { get; set; }
    public string SignedRequestObjectClause { get; set; } = "";

    public bool PushedAuthorizationRequired { get; set; }
    public string PushedAuthorizationClause { get; set; } = "";

    public ImmutableArray<string> ForbiddenGrantTypes { get; set; }
    public string GrantTypeClause { get; set; } = "";

    /// <summary>Whether <c>http</c> on a loopback address is accepted for native clients.</summary>
    public bool LoopbackHttpAllowedForNativeClients { get; set; }
    /// <summary>Whether private-use (custom) URI schemes and loopback redirection are forbidden.</summary>
    public bool NativeRedirectsForbidden { get; set; }
    public string RedirectUriClause { get; set; } = "";

    public ImmutableArray<string> AllowedAuthenticationMethods { get; set; }
    public string AuthenticationMethodClause { get; set; } = "";

    /// <summary>The specification's JWS allow-list; empty means any algorithm but <c>none</c>.</summary>
    public ImmutableArray<string> AllowedSigningAlgorithms { get; set; }
    public string SigningAlgorithmClause { get; set; } = "";

    /// <summary>The profile table's algorithm (ES256) and the table rows it applies to.</summary>
    public string TableSigningAlgorithm { get; set; } = "ES256";
    public bool TableRequiresRequestObjectAlgorithm { get; set; }
    public bool TableRequiresJarmAlgorithm { get; set; }

    public int MinimumRsaKeyBits { get; set; }
    public int MinimumEcKeyBits { get; set; }
    public string KeySizeClause { get; set; } = "";

    /// <summary>Where a relying party shall accept signed tokens only (FAPI5001).</summary>
    public string SignedTokensClause { get; set; } = "";

    /// <summary>Where a relying party shall read the server's metadata over TLS from the issuer (FAPI5001).</summary>
    public string MetadataClause { get; set; } = "";

    public bool Rsa15KeyEncryptionForbidden { get; set; }
    public string KeyEncryptionClause { get; set; } = "";

    public SenderConstraint SenderConstraint { get; set; }
    public string SenderConstraintClause { get; set; } = "";

    /// <summary>Largest authorization code lifetime in seconds; 0 means the profile sets no limit.</summary>
    public int MaxAuthorizationCodeLifetimeSeconds { get; set; }
    public string AuthorizationCodeLifetimeClause { get; set; } = "";

    /// <summary>PAR request_uri lifetime must be strictly below this many seconds; 0 means no limit.</summary>
    public int PushedRequestLifetimeBelowSeconds { get; set; }
    public string PushedRequestLifetimeClause { get; set; } = "";

    public bool IssuerResponseParameterRequired { get; set; }
    public string IssuerResponseParameterClause { get; set; } = "";

    public bool ClockSkewBounded { get; set; }
    public string ClockSkewClause { get; set; } = "";

    public bool RefreshTokenRotationForbidden { get; set; }
    public string RefreshTokenRotationClause { get; set; } = "";

    /// <summary>Bearer access tokens should live less than this many seconds; 0 means no recommendation.</summary>
    public int BearerAccessTokenLifetimeBelowSeconds { get; set; }
    public string BearerAccessTokenLifetimeClause { get; set; } = "";

    /// <summary>This column with another table algorithm (FAPI3002.algorithm); the specification's allow-list is unchanged.</summary>
    public ProfileRequirements WithTableSigningAlgorithm(string algorithm)
    {
        var copy = Copy();
        copy.TableSigningAlgorithm = algorithm;
        return copy;
    }

    public ProfileRequirements Copy() => (ProfileRequirements)MemberwiseClone();

    public bool IsAllowedSigningAlgorithm(string algorithm)
        => !string.Equals(algorithm, "none", System.StringComparison.OrdinalIgnoreCase)
           && (AllowedSigningAlgorithms.IsDefaultOrEmpty || Contains(AllowedSigningAlgorithms, algorithm));

    public bool IsAllowedAuthenticationMethod(string method) => Contains(AllowedAuthenticationMethods, method);

    public bool IsForbiddenGrantType(string grantType) => Contains(ForbiddenGrantTypes, grantType);

    public bool IsAllowedResponseTypeToken(string token) => Contains(AllowedResponseTypeTokens, token);

    private static bool Contains(ImmutableArray<string> values, string value)
    {
        foreach (var item in values)
        {
            if (string.Equals(item, value, System.StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
