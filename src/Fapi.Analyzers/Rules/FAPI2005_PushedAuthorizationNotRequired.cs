using Fapi.Analyzers.Facts;
using Fapi.Analyzers.Profiles;
using Microsoft.CodeAnalysis;

namespace Fapi.Analyzers.Rules;

/// <summary>S §5.3.2.2-2,3: the server shall reject authorization requests sent without PAR.</summary>
internal sealed class FAPI2005_PushedAuthorizationNotRequired : Rule
{
    public static readonly DiagnosticDescriptor Rule = Descriptors.Shall(
        RuleIds.PushedAuthorizationNotRequired,
        "Pushed authorization requests are not required",
        "Pushed authorization requests are not required, but {0} requires them ({1})",
        "The authorization server shall only accept authorization requests pushed to its PAR endpoint (RFC 9126).");

    public override DiagnosticDescriptor Descriptor => Rule;

    public override Roles Roles => Roles.Server | Roles.Client | Roles.RelyingParty;

    public override void Check(ClientConfiguration configuration, ProfileRequirements profile, RuleReporter reporter)
    {
        if (!profile.PushedAuthorizationRequired || !configuration.UsesAuthorizationEndpoint())
        {
            return;
        }

        if (configuration.Get(Setting.PushedAuthorizationRequired) is { AsBool: false } fact)
        {
            // Either side suffices: a server that requires PAR of every client (or may) decides for a client that does
            // not. What the library cannot enforce holds whatever the server says.
            if (fact.Origin != FactOrigin.LibraryLimitation && configuration.IsClient() && configuration.Server is { } server
                && (server.Get(Setting.PushedAuthorizationRequired)?.AsBool == true || server.IsUnknown(Setting.PushedAuthorizationRequired)))
            {
                return;
            }

            reporter.Report(Rule, fact, true, profile.Key, profile.PushedAuthorizationClause);
        }
    }
}
