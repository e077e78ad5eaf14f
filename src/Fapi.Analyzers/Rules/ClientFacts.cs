using System;
using Fapi.Analyzers.Facts;

namespace Fapi.Analyzers.Rules;

/// <summary>Questions about a configuration that several rules ask, answered from facts alone.</summary>
internal static class ClientFacts
{
    public static bool IsClient(this ClientConfiguration configuration) => configuration.Kind == ConfigurationKind.Client;

    public static bool IsServer(this ClientConfiguration configuration) => configuration.Kind == ConfigurationKind.Server;

    public static bool IsPublic(this ClientConfiguration configuration) => configuration.Get(Setting.PublicClient)?.AsBool == true;

    public static bool IsNative(this ClientConfiguration configuration) => configuration.Get(Setting.NativeClient)?.AsBool == true;

    /// <summary>
    /// True when the client uses the authorization endpoint (code, implicit or hybrid flow). A client whose grant
    /// types are all known and include none of them (client credentials only) gets no authorization-endpoint rule.
    /// </summary>
    public static bool UsesAuthorizationEndpoint(this ClientConfiguration configuration)
    {
        // A relying party's sign-in starts at the authorization endpoint.
        if (configuration.Kind == ConfigurationKind.RelyingParty)
        {
            return true;
        }

        // A server has one unless its flows are known and none of them uses it (client credentials only).
        if (configuration.IsServer())
        {
            var flows = configuration.Elements(Setting.GrantTypes);
            if (flows.Count == 0 || configuration.IsUnknown(Setting.GrantTypes))
            {
                return true;
            }
        }

        foreach (var grant in configuration.Elements(Setting.GrantTypes))
        {
            if (grant.AsString is "authorization_code" or "implicit" or "hybrid")
            {
                return true;
            }
        }

        return configuration.Elements(Setting.ResponseTypes).Count > 0;
    }

    /// <summary>
    /// True when the configuration may issue authorization codes: a server, or a client with the code response type or
    /// the authorization code (or hybrid) grant. An implicit-only client gets no code.
    /// </summary>
    public static bool IssuesCodes(this ClientConfiguration configuration)
        => configuration.IsServer()
           || configuration.HasElement(Setting.ResponseTypes, "code") || configuration.IsUnknown(Setting.ResponseTypes)
           || configuration.HasElement(Setting.GrantTypes, "authorization_code") || configuration.HasElement(Setting.GrantTypes, "hybrid");

    /// <summary>
    /// False for a client whose grant types are known and empty (an entity being attached or updated, a client
    /// registered without flows): it never reaches the token endpoint, so token rules have nothing to judge.
    /// </summary>
    public static bool CanGetTokens(this ClientConfiguration configuration)
        => configuration.Elements(Setting.GrantTypes).Count > 0 || configuration.IsUnknown(Setting.GrantTypes)
           || configuration.Elements(Setting.ResponseTypes).Count > 0;

    /// <summary>True when the client or the server of this compilation requires pushed authorization requests.</summary>
    public static bool UsesPushedAuthorization(this ClientConfiguration configuration)
        => configuration.Get(Setting.PushedAuthorizationRequired)?.AsBool == true
           || configuration.Server?.Get(Setting.PushedAuthorizationRequired)?.AsBool == true;

    /// <summary>True when requests may be pushed (A §5.2.2-18 asks PKCE of every PAR request, if PAR is supported).</summary>
    public static bool MayPushAuthorizationRequests(this ClientConfiguration configuration)
        => configuration.UsesPushedAuthorization()
           || configuration.Get(Setting.PushedAuthorizationSupported)?.AsBool == true
           || configuration.Server?.Get(Setting.PushedAuthorizationSupported)?.AsBool == true;

    /// <summary>True when the client has credentials beside a shared secret (a non-none auth method written in code, or mTLS data).</summary>
    public static bool HasCredentials(this ClientConfiguration configuration)
        => configuration.Get(Setting.TokenEndpointAuthMethod) is { Origin: FactOrigin.Code, AsString: { } method } && method != "none"
           || configuration.Get(Setting.TlsClientAuthenticationConfigured)?.AsBool == true;

    public static bool IsValue(this Fact fact, string value) => string.Equals(fact.AsString, value, StringComparison.Ordinal);
}
