using System.Collections.Immutable;

namespace Fapi.Analyzers.Profiles;

/// <summary>
/// The profile table of shared/profiles.md, the single source the rules and docs/profiles.md read.
/// B = FAPI 1.0 Part 1 Baseline, A = Part 2 Advanced, S = FAPI 2.0 Security Profile, M = FAPI 2.0 Message Signing.
/// </summary>
public static class ProfileTable
{
    public const string NoneKey = "none";

    private static readonly ImmutableArray<string> MtlsOrPrivateKeyJwt =
        ImmutableArray.Create("tls_client_auth", "self_signed_tls_client_auth", "private_key_jwt");

    public static readonly ProfileRequirements Baseline = new()
    {
        Profile = FapiProfile.Fapi1Baseline,
        Key = "fapi1_baseline",
        Title = "FAPI 1.0 Part 1: Baseline",
        PublicClientsAllowed = true,
        PublicClientsClause = "B §5.2.3",
        Pkce = PkceRequirement.Always,
        PkceClause = "B §5.2.2-7, §5.2.4",
        AllowedResponseTypeTokens = ImmutableArray.Create("code", "id_token"),
        ResponseTypeClause = "B §5.2.2-7: PKCE excludes implicit",
        JarmAllowed = true,
        ForbiddenGrantTypes = ImmutableArray.Create("implicit"),
        GrantTypeClause = "B §5.2.2-7: PKCE needs the code flow",
        NativeRedirectsForbidden = true,
        RedirectUriClause = "B §5.2.2-8..10, §5.2.2-20, §7.5",
        AllowedAuthenticationMethods = ImmutableArray.Create("tls_client_auth", "self_signed_tls_client_auth", "client_secret_jwt", "private_key_jwt"),
        AuthenticationMethodClause = "B §5.2.2-4",
        AllowedSigningAlgorithms = ImmutableArray<string>.Empty,
        SigningAlgorithmClause = "B §5.2.2-5,6 limit key sizes only; the ban comes from the profile table",
        MinimumRsaKeyBits = 2048,
        MinimumEcKeyBits = 160,
        KeySizeClause = "B §5.2.2-5,6",
        SignedTokensClause = "OIDC Core §3.1.3.7-6",
        MetadataClause = "B §5.2.3-11",
        SenderConstraint = SenderConstraint.NotRequired,
        BearerAccessTokenLifetimeBelowSeconds = 600,
        BearerAccessTokenLifetimeClause = "B §5.2.2-21",
    };

    public static readonly ProfileRequirements Advanced = new()
    {
        Profile = FapiProfile.Fapi1Advanced,
        Key = "fapi1_advanced",
        Title = "FAPI 1.0 Part 2: Advanced",
        PublicClientsAllowed = false,
        PublicClientsClause = "A §5.1.1, §5.2.2-16",
        Pkce = PkceRequirement.WhenPushedAuthorizationIsUsed,
        PkceClause = "A §5.2.2-18",
        AllowedResponseTypeTokens = ImmutableArray.Create("code", "id_token"),
        PlainCodeRequiresJarm = true,
        ResponseTypeClause = "A §5.2.2-2",
        JarmAllowed = true,
        JarmClause = "A §5.2.2-2",
        SignedRequestObjectRequired = true,
        SignedRequestObjectClause = "A §5.2.2-1",
        ForbiddenGrantTypes = ImmutableArray.Create("implicit", "password"),
        GrantTypeClause = "implicit: A §5.2.2-2; password: no FAPI 1.0 clause, RFC 9700 §2.4",
        NativeRedirectsForbidden = true,
        RedirectUriClause = "B §5.2.2-8..10, §5.2.2-20, §7.5, included by A",
        AllowedAuthenticationMethods = MtlsOrPrivateKeyJwt,
        AuthenticationMethodClause = "A §5.2.2-14",
        AllowedSigningAlgorithms = ImmutableArray.Create("PS256", "ES256"),
        SigningAlgorithmClause = "A §8.6",
        TableRequiresRequestObjectAlgorithm = true,
        TableRequiresJarmAlgorithm = true,
        MinimumRsaKeyBits = 2048,
        MinimumEcKeyBits = 160,
        KeySizeClause = "B §5.2.2-5,6, included by A",
        SignedTokensClause = "A §5.2.3.1-2",
        MetadataClause = "B §5.2.3-11, included by A",
        Rsa15KeyEncryptionForbidden = true,
        KeyEncryptionClause = "A §8.6.1",
        SenderConstraint = SenderConstraint.MutualTls,
        SenderConstraintClause = "A §5.2.2-5,6",
    };

    public static readonly ProfileRequirements Security = new()
    {
        Profile = FapiProfile.Fapi2Security,
        Key = "fapi2_security",
        Title = "FAPI 2.0 Security Profile",
        PublicClientsAllowed = false,
        PublicClientsClause = "S §5.3.2.1-3",
        Pkce = PkceRequirement.Always,
        PkceClause = "S §5.3.2.2-5",
        AllowedResponseTypeTokens = ImmutableArray.Create("code"),
        ResponseTypeClause = "S §5.3.2.2-1",
        JarmAllowed = false,
        JarmClause = "S §5.3.1, which profiles no JARM; S §5.3.2.2-1,7",
        SignedRequestObjectClause = "S §5.3.2.2-2,3: PAR carries the request",
        PushedAuthorizationRequired = true,
        PushedAuthorizationClause = "S §5.3.2.2-2,3",
        ForbiddenGrantTypes = ImmutableArray.Create("implicit", "password", "hybrid"),
        GrantTypeClause = "password: S §5.3.2.1-2; implicit, hybrid: S §5.3.2.2-1",
        LoopbackHttpAllowedForNativeClients = true,
        RedirectUriClause = "S §5.3.2.2-8",
        AllowedAuthenticationMethods = MtlsOrPrivateKeyJwt,
        AuthenticationMethodClause = "S §5.3.2.1-6",
        AllowedSigningAlgorithms = ImmutableArray.Create("PS256", "ES256", "EdDSA"),
        SigningAlgorithmClause = "S §5.4.1",
        MinimumRsaKeyBits = 2048,
        MinimumEcKeyBits = 224,
        KeySizeClause = "S §5.4.1-2,3",
        SignedTokensClause = "S §5.4.1-1",
        MetadataClause = "S §5.3.3.1-10",
        SenderConstraint = SenderConstraint.MutualTlsOrDpop,
        SenderConstraintClause = "S §5.3.2.1-4,5",
        MaxAuthorizationCodeLifetimeSeconds = 60,
        AuthorizationCodeLifetimeClause = "S §5.3.2.1-11",
        PushedRequestLifetimeBelowSeconds = 600,
        PushedRequestLifetimeClause = "S §5.3.2.2-12",
        IssuerResponseParameterRequired = true,
        IssuerResponseParameterClause = "S §5.3.2.2-7",
        ClockSkewBounded = true,
        ClockSkewClause = "S §5.3.2.1-13",
        RefreshTokenRotationForbidden = true,
        RefreshTokenRotationClause = "S §5.3.2.1-9",
    };

    /// <summary>Message Signing "includes everything in fapi2_security" and adds signed messages (JARM, signed request objects).</summary>
    public static readonly ProfileRequirements MessageSigning = Includes(Security, "M", requirements =>
    {
        requirements.Profile = FapiProfile.Fapi2MessageSigning;
        requirements.Key = "fapi2_message_signing";
        requirements.Title = "FAPI 2.0 Message Signing";
        requirements.JarmAllowed = true;
        requirements.JarmClause = "M §5.4";
        requirements.SignedRequestObjectClause = "M §5.3, when request signing is used";
        requirements.TableRequiresRequestObjectAlgorithm = true;
        requirements.TableRequiresJarmAlgorithm = true;
    });

    public static readonly ImmutableArray<ProfileRequirements> All = ImmutableArray.Create(Baseline, Advanced, Security, MessageSigning);

    /// <summary>The profile used when nothing is configured: the current final standard.</summary>
    public static ProfileRequirements Default => Security;

    public static string ValidKeys => "fapi1_baseline, fapi1_advanced, fapi2_security, fapi2_message_signing, none";

    /// <summary>A profile that includes <paramref name="basis"/>: the same column, each clause marked as included, then its own changes.</summary>
    private static ProfileRequirements Includes(ProfileRequirements basis, string letter, System.Action<ProfileRequirements> changes)
    {
        var copy = basis.Copy();
        foreach (var property in typeof(ProfileRequirements).GetProperties())
        {
            if (property.Name.EndsWith("Clause", System.StringComparison.Ordinal) && property.GetValue(copy) is string { Length: > 0 } clause)
            {
                property.SetValue(copy, clause + ", included by " + letter);
            }
        }

        changes(copy);
        return copy;
    }

    /// <summary>Finds a profile by key; <paramref name="isNone"/> is set for the key that turns analysis off.</summary>
    public static bool TryParse(string? key, out ProfileRequirements? profile, out bool isNone)
    {
        profile = null;
        isNone = false;
        var trimmed = key?.Trim();
        if (string.Equals(trimmed, NoneKey, System.StringComparison.OrdinalIgnoreCase))
        {
            isNone = true;
            return true;
        }

        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Key, trimmed, System.StringComparison.OrdinalIgnoreCase))
            {
                profile = candidate;
                return true;
            }
        }

        return false;
    }
}
