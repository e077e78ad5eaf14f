using Fapi.Analyzers.Facts;
using Fapi.Analyzers.Profiles;
using Microsoft.CodeAnalysis;

namespace Fapi.Analyzers.Rules;

/// <summary>A §8.6: PS256 or ES256; S §5.4.1: PS256, ES256 or EdDSA; none never.</summary>
internal sealed class FAPI3001_SigningAlgorithmNotAllowed : Rule
{
    public static readonly DiagnosticDescriptor Rule = Descriptors.Shall(
        RuleIds.SigningAlgorithmNotAllowed,
        "Signing algorithm not allowed by the profile",
        "{0} algorithm '{1}' is not allowed by {2} ({3}); allowed: {4}",
        "Every JWT the server or client creates or accepts is signed with an algorithm from the specification's allow-list.");

    public override DiagnosticDescriptor Descriptor => Rule;

    public override Roles Roles => Roles.Server | Roles.Client | Roles.RelyingParty;

    public override void Check(ClientConfiguration configuration, ProfileRequirements profile, RuleReporter reporter)
    {
        foreach (var check in SigningAlgorithms.Applicable(configuration, profile))
        {
            var algorithm = SigningAlgorithms.Normalize(check.Fact.AsString!);
            if (!profile.IsAllowedSigningAlgorithm(algorithm))
            {
                var allowed = profile.AllowedSigningAlgorithms.IsDefaultOrEmpty ? "any algorithm but none" : string.Join(", ", profile.AllowedSigningAlgorithms);
                var fix = check.IsAcceptedList ? SigningAlgorithms.AcceptedListFix(check, configuration, profile)
                    : check.IsFixable ? SigningAlgorithms.Compliant(check, configuration, profile)
                    : check.KeyDecides ? SigningAlgorithms.SameKeyFamily(algorithm, profile) : null;
                reporter.Report(Rule, check.Fact, fix, check.What, check.Fact.AsString!, profile.Key, profile.SigningAlgorithmClause, allowed);
            }
        }
    }
}
