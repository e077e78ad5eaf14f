namespace Fapi.Analyzers.Facts;

/// <summary>Groups of settings that rules and writers treat alike.</summary>
public static class Settings
{
    public static bool IsCollection(Setting setting)
        => setting is Setting.ResponseTypes or Setting.GrantTypes or Setting.RedirectUris or Setting.ClientAuthenticationMethods
            or Setting.IdTokenSigningAlgorithms or Setting.ServerSigningAlgorithms or Setting.AcceptedClientAssertionAlgorithms
            or Setting.AcceptedRequestObjectAlgorithms or Setting.AcceptedDpopProofAlgorithms or Setting.ServerSigningKeys
            or Setting.AcceptedIdTokenAlgorithms or Setting.ClientSigningKeys;

    /// <summary>Collections whose elements may be space-separated combinations ("code id_token").</summary>
    public static bool IsSpaceSeparated(Setting setting) => setting is Setting.ResponseTypes;

    public static bool IsAlgorithm(Setting setting) => setting switch
    {
        Setting.IdTokenSigningAlgorithm or Setting.RequestObjectSigningAlgorithm or Setting.RequestObjectEncryptionAlgorithm
            or Setting.JarmSigningAlgorithm or Setting.JarmEncryptionAlgorithm or Setting.UserInfoSigningAlgorithm
            or Setting.AccessTokenSigningAlgorithm or Setting.DefaultAccessTokenSigningAlgorithm or Setting.ClientKeySigningAlgorithm
            or Setting.IdTokenEncryptionAlgorithm or Setting.UserInfoEncryptionAlgorithm or Setting.AccessTokenEncryptionAlgorithm
            or Setting.IdTokenSigningAlgorithms or Setting.ServerSigningAlgorithms or Setting.AcceptedClientAssertionAlgorithms
            or Setting.AcceptedRequestObjectAlgorithms or Setting.AcceptedDpopProofAlgorithms or Setting.AcceptedIdTokenAlgorithms
            or Setting.ClientJwtEncryptionAlgorithm => true,
        _ => false,
    };
}
