using Fapi.Analyzers.Facts;
using Fapi.Analyzers.Profiles;
using Microsoft.CodeAnalysis;

namespace Fapi.Analyzers.Rules;

/// <summary>A §5.2.2-1: the server shall require a JWS-signed request object.</summary>
internal sealed class FAPI2006_SignedRequestObjectNotRequired : Rule
{
    public static readonly DiagnosticDescriptor Rule = Descriptors.Shall(
        RuleIds.SignedRequestObjectNotRequired,
        "Signed request object is not required",
        "Signed request objects are not required, but {0} requires every authorization request as a JWS-signed request object ({1}, signed with {2})",
        "Under FAPI 1.0 Advanced every authorization request is a JWS-signed request object (request or request_uri).");

    public override DiagnosticDescriptor Descriptor => Rule;

    public override void Check(ClientConfiguration configuration, ProfileRequirements profile, RuleReporter reporter)
    {
        // A public client has no key to sign with: FAPI1001 says what is wrong with it, not this rule.
        if (!profile.SignedRequestObjectRequired || configuration.IsPublic() || !configuration.UsesAuthorizationEndpoint())
        {
            return;
        }

        if (configuration.Get(Setting.SignedRequestObjectRequired) is { AsBool: false } required)
        {
            reporter.Report(Rule, required, true, profile.Key, profile.SignedRequestObjectClause, profile.TableSigningAlgorithm);
        }
    }
}
