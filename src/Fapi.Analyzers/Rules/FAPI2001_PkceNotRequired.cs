using Fapi.Analyzers.Facts;
using Fapi.Analyzers.Profiles;
using Microsoft.CodeAnalysis;

namespace Fapi.Analyzers.Rules;

/// <summary>B §5.2.2-7 and S §5.3.2.2-5: PKCE for every client; A §5.2.2-18: for every PAR request, where PAR is supported.</summary>
internal sealed class FAPI2001_PkceNotRequired : Rule
{
    public static readonly DiagnosticDescriptor Rule = Descriptors.Shall(
        RuleIds.PkceNotRequired,
        "PKCE is not required for this client",
        "PKCE is not required for this client, but {0} requires it with S256 ({1})",
        "The authorization server shall require PKCE (RFC 7636) with S256.");

    public override DiagnosticDescriptor Descriptor => Rule;

    public override Roles Roles => Roles.Server | Roles.Client | Roles.RelyingParty;

    public override void Check(ClientConfiguration configuration, ProfileRequirements profile, RuleReporter reporter)
    {
        if (!configuration.UsesAuthorizationEndpoint())
        {
            return;
        }

        if (profile.Pkce == PkceRequirement.WhenPushedAuthorizationIsUsed && !configuration.MayPushAuthorizationRequests())
        {
            return;
        }

        if (configuration.Get(Setting.PkceRequired) is { AsBool: false } fact)
        {
            reporter.Report(Rule, fact, true, profile.Key, profile.PkceClause);
        }
    }
}
