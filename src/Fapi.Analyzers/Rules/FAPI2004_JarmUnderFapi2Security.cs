using Fapi.Analyzers.Facts;
using Fapi.Analyzers.Profiles;
using Microsoft.CodeAnalysis;

namespace Fapi.Analyzers.Rules;

/// <summary>S §5.5: only the code in the authorization response; JARM is not part of the Security Profile.</summary>
internal sealed class FAPI2004_JarmUnderFapi2Security : Rule
{
    public static readonly DiagnosticDescriptor Rule = Descriptors.Shall(
        RuleIds.JarmUnderFapi2Security,
        "JARM response mode used under the FAPI 2.0 Security Profile",
        "JARM ({0}) is configured, but {1} does not cover JARM ({2}); remove it or target fapi2_message_signing, which does",
        "JARM is not among the technologies the FAPI 2.0 Security Profile uses; FAPI 2.0 Message Signing adds signed authorization responses. Reporting it under the Security Profile is this package's decision, documented on the rule page.");

    public override DiagnosticDescriptor Descriptor => Rule;

    public override Roles Roles => Roles.Client;

    public override void Check(ClientConfiguration configuration, ProfileRequirements profile, RuleReporter reporter)
    {
        if (profile.JarmAllowed)
        {
            return;
        }

        Check(configuration.Get(Setting.JarmSigningAlgorithm), "authorization response signing", profile, reporter);
        Check(configuration.Get(Setting.JarmEncryptionAlgorithm), "authorization response encryption", profile, reporter);
    }

    private static void Check(Fact? fact, string what, ProfileRequirements profile, RuleReporter reporter)
    {
        if (fact is not null)
        {
            reporter.Report(Rule, fact, RuleReporter.Remove, what, profile.Key, profile.JarmClause);
        }
    }
}
