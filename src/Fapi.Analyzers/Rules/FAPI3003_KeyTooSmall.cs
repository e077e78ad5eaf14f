using Fapi.Analyzers.Facts;
using Fapi.Analyzers.Profiles;
using Microsoft.CodeAnalysis;

namespace Fapi.Analyzers.Rules;

/// <summary>B §5.2.2-5,6 (A includes it): RSA keys of 2048 bits or more, EC keys of 160 bits or more; S §5.4.1-2,3: EC 224 bits or more.</summary>
internal sealed class FAPI3003_KeyTooSmall : Rule
{
    public static readonly DiagnosticDescriptor Rule = Descriptors.Shall(
        RuleIds.KeyTooSmall,
        "Key too small for the profile",
        "Signing key of {0} is too small for {1} ({2}): {3} keys need at least {4} bits",
        "RSA keys shall have at least 2048 bits; elliptic curve keys at least 160 bits (FAPI 1.0) or 224 bits (FAPI 2.0).");

    public override DiagnosticDescriptor Descriptor => Rule;

    public override Roles Roles => Roles.Server | Roles.Client | Roles.RelyingParty;

    public override void Check(ClientConfiguration configuration, ProfileRequirements profile, RuleReporter reporter)
    {
        foreach (var fact in configuration.Elements(Setting.ServerSigningKeys))
        {
            Check(fact, profile, reporter);
        }

        foreach (var fact in configuration.Elements(Setting.ClientSigningKeys))
        {
            Check(fact, profile, reporter);
        }
    }

    private static void Check(Fact fact, ProfileRequirements profile, RuleReporter reporter)
    {
        if (fact.Value is not KeyStrength key)
        {
            return;
        }

        var minimum = key.Family == KeyFamily.Rsa ? profile.MinimumRsaKeyBits : profile.MinimumEcKeyBits;
        if (key.Bits < minimum)
        {
            // A new key replaces deployed ones (and every token signed with them): a person's step, so no fix.
            reporter.Report(Rule, fact, null, key.ToString(), profile.Key, profile.KeySizeClause, key.Family == KeyFamily.Rsa ? "RSA" : "elliptic curve", minimum);
        }
    }
}
