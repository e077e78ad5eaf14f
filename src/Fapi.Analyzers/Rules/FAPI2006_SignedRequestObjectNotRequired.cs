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
        "Signed request objects are not required for this client, but {0} requires them ({1}); register a request object signing algorithm ({2})",
        "Under FAPI 1.0 Advanced every authorization request is a JWS-signed request object (request or request_uri).");

    public override DiagnosticDescriptor Descriptor => Rule;

    public override void Check(ClientConfiguration configuration, ProfileRequirements profile, RuleReporter reporter)
    {
        // A public client has no key to sign with: FAPI1001 says what is wrong with it, not this rule.
        if (!profile.SignedRequestObjectRequired || configuration.IsPublic() || !configuration.UsesAuthorizationEndpoint()
            || configuration.IsUnknown(Setting.SignedRequestObjectRequired))
        {
            return;
        }

        if (configuration.Get(Setting.SignedRequestObjectRequired) is { } required)
        {
            if (required.AsBool == false)
            {
                reporter.Report(Rule, required, true, profile.Key, profile.SignedRequestObjectClause, profile.TableSigningAlgorithm);
            }

            return;
        }

        // A registered request_object_signing_alg makes the server demand request objects signed with it.
        if (configuration.IsClient() && configuration.Get(Setting.RequestObjectSigningAlgorithm) is null && !configuration.IsUnknown(Setting.RequestObjectSigningAlgorithm))
        {
            reporter.ReportMissing(Rule, configuration, Setting.RequestObjectSigningAlgorithm, profile.TableSigningAlgorithm, profile.Key, profile.SignedRequestObjectClause, profile.TableSigningAlgorithm);
        }
    }
}
