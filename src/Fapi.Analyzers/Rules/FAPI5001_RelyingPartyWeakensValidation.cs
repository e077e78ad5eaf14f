using Fapi.Analyzers.Facts;
using Fapi.Analyzers.Profiles;
using Microsoft.CodeAnalysis;

namespace Fapi.Analyzers.Rules;

/// <summary>
/// OIDC Core §3.1.3.7 (ID token validation), B §5.2.3-11 and S §5.3.3.1-10,11 (metadata from the issuer over TLS),
/// A §5.2.3.1-2 and S §5.4.1-1 (signed tokens only): a relying party shall not switch off what it checks.
/// </summary>
internal sealed class FAPI5001_RelyingPartyWeakensValidation : Rule
{
    public static readonly DiagnosticDescriptor Rule = Descriptors.Shall(
        RuleIds.RelyingPartyWeakensValidation,
        "Relying party weakens token or metadata validation",
        "The relying party {0}, which {1} forbids ({2})",
        "A relying party validates the signature, issuer, audience and lifetime of every token it accepts, and reads the server's metadata over https only.");

    public override DiagnosticDescriptor Descriptor => Rule;

    public override Roles Roles => Roles.RelyingParty;

    public override void Check(ClientConfiguration configuration, ProfileRequirements profile, RuleReporter reporter)
    {
        Weakening(configuration, profile, reporter, Setting.SignedTokensRequired, "accepts unsigned tokens", profile.SignedTokensClause);
        Weakening(configuration, profile, reporter, Setting.SignatureValidated, "replaces token signature validation with code that skips it", profile.SignedTokensClause);
        Weakening(configuration, profile, reporter, Setting.IssuerValidated, "does not check the token issuer", "OIDC Core §3.1.3.7-2");
        Weakening(configuration, profile, reporter, Setting.AudienceValidated, "does not check the token audience", "OIDC Core §3.1.3.7-3");
        Weakening(configuration, profile, reporter, Setting.LifetimeValidated, "accepts expired tokens", "OIDC Core §3.1.3.7-9");
        Weakening(configuration, profile, reporter, Setting.HttpsMetadataRequired, "may read the server's metadata and keys over http", profile.MetadataClause);
    }

    private static void Weakening(ClientConfiguration configuration, ProfileRequirements profile, RuleReporter reporter, Setting setting, string effect, string clause)
    {
        // A delegate that skips validation is removed; a switched-off check is switched back on.
        if (configuration.Get(setting) is { AsBool: false } fact)
        {
            reporter.Report(Rule, fact, setting == Setting.SignatureValidated ? RuleReporter.Remove : true, effect, profile.Key, clause);
        }
    }
}
