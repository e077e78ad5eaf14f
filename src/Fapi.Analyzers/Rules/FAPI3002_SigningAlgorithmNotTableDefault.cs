using Fapi.Analyzers.Facts;
using Fapi.Analyzers.Profiles;
using Microsoft.CodeAnalysis;

namespace Fapi.Analyzers.Rules;

/// <summary>The profile table's ES256 for ID tokens, request objects and JARM; only for values the specification allows (FAPI3001 takes the rest).</summary>
internal sealed class FAPI3002_SigningAlgorithmNotTableDefault : Rule
{
    public static readonly DiagnosticDescriptor Rule = Descriptors.Shall(
        RuleIds.SigningAlgorithmNotTableDefault,
        "Signing algorithm differs from the profile table's ES256",
        "{0} algorithm '{1}' differs from the profile table's {2} for {3}",
        "The profile table signs ID tokens, request objects and JARM responses with ES256; switch this rule off if your ecosystem chose PS256.");

    public override DiagnosticDescriptor Descriptor => Rule;

    public override Roles Roles => Roles.Server | Roles.Client | Roles.RelyingParty;

    public override void Check(ClientConfiguration configuration, ProfileRequirements profile, RuleReporter reporter)
    {
        foreach (var check in SigningAlgorithms.Applicable(configuration, profile))
        {
            var algorithm = SigningAlgorithms.Normalize(check.Fact.AsString!);
            if (check.IsTableRow && profile.IsAllowedSigningAlgorithm(algorithm) && algorithm != profile.TableSigningAlgorithm)
            {
                // No fix where the key decides the algorithm, or where the server has no key for the table's algorithm.
                var fix = check.IsFixable && SigningAlgorithms.Compliant(check, configuration, profile) == profile.TableSigningAlgorithm ? profile.TableSigningAlgorithm : null;
                reporter.Report(Rule, check.Fact, fix, check.What, check.Fact.AsString!, profile.TableSigningAlgorithm, profile.Key);
            }
        }
    }
}
