using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Fapi.Analyzers.Rules;

/// <summary>Every rule the host runs, in catalog order.</summary>
internal static class RuleCatalog
{
    public static readonly ImmutableArray<Rule> All = ImmutableArray.Create<Rule>(
        new FAPI1001_PublicClient(),
        new FAPI1002_ClientAuthenticationMethod(),
        new FAPI2001_PkceNotRequired(),
        new FAPI2002_PkceMethodNotS256(),
        new FAPI2003_ResponseType(),
        new FAPI2004_JarmUnderFapi2Security(),
        new FAPI2005_PushedAuthorizationNotRequired(),
        new FAPI2006_SignedRequestObjectNotRequired(),
        new FAPI2007_RedirectUri(),
        new FAPI2008_GrantType(),
        new FAPI3001_SigningAlgorithmNotAllowed(),
        new FAPI3002_SigningAlgorithmNotTableDefault(),
        new FAPI3003_KeyTooSmall(),
        new FAPI3004_KeyEncryptionRsa15(),
        new FAPI4001_SenderConstrainedTokens(),
        new FAPI4002_AuthorizationCodeLifetime(),
        new FAPI4003_PushedRequestLifetime(),
        new FAPI4004_IssuerResponseParameter(),
        new FAPI4005_JwtClockSkew(),
        new FAPI4006_RefreshTokenRotation(),
        new FAPI5001_RelyingPartyWeakensValidation());

    public static ImmutableArray<DiagnosticDescriptor> Descriptors()
    {
        var builder = ImmutableArray.CreateBuilder<DiagnosticDescriptor>(All.Length + 1);
        builder.Add(Fapi.Analyzers.Descriptors.InvalidConfiguration);
        foreach (var rule in All)
        {
            builder.Add(rule.Descriptor);
        }

        return builder.MoveToImmutable();
    }
}
