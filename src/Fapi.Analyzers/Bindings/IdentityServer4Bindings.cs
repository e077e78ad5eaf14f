namespace Fapi.Analyzers.Bindings;

/// <summary>
/// IdentityServer4 (IdentityServer/IdentityServer4, 4.x): the Duende table under the IdentityServer4 namespace, without
/// what IdentityServer4 never had (pushed authorization requests, DPoP, managed keys, the iss response parameter).
/// </summary>
internal static class IdentityServer4Bindings
{
    public static readonly LibraryBinding Binding = DuendeIdentityServerBindings.Table("IdentityServer4", "IdentityServer4", IdentityServerVersion.IdentityServer4);
}
