using Fapi.Analyzers.Facts;
using Fapi.Analyzers.Profiles;
using Microsoft.CodeAnalysis;

namespace Fapi.Analyzers.Rules;

/// <summary>No implicit grant (B, A, S); no password grant (A, S §5.3.2.1-2); no hybrid flow under FAPI 2.0.</summary>
internal sealed class FAPI2008_GrantType : Rule
{
    public static readonly DiagnosticDescriptor Rule = Descriptors.Shall(
        RuleIds.GrantType,
        "Grant type not allowed by the profile",
        "Grant type '{0}' is not allowed by {1} ({2})",
        "The implicit grant is never allowed; the resource owner password grant is not allowed under Advanced and FAPI 2.0; FAPI 2.0 also excludes the hybrid flow.");

    public override DiagnosticDescriptor Descriptor => Rule;

    // A server that enables a flow for every client (OpenIddict's AllowImplicitFlow) is judged too.
    public override Roles Roles => Roles.Server | Roles.Client;

    public override void Check(ClientConfiguration configuration, ProfileRequirements profile, RuleReporter reporter)
    {
        foreach (var grant in configuration.Elements(Setting.GrantTypes))
        {
            if (grant.AsString is { } value && profile.IsForbiddenGrantType(value))
            {
                // A hybrid client already redeems its code: FAPI 2.0's code flow is the same client without the front-channel tokens.
                // (Removed where the client has the code grant already.)
                var compliant = value == "hybrid" && !configuration.HasElement(Setting.GrantTypes, "authorization_code") ? "authorization_code" : RuleReporter.Remove;
                reporter.Report(Rule, grant, compliant, value, profile.Key, profile.GrantTypeClause);
            }
        }
    }
}
