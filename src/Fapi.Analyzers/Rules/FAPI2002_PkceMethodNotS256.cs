using Fapi.Analyzers.Facts;
using Fapi.Analyzers.Profiles;
using Microsoft.CodeAnalysis;

namespace Fapi.Analyzers.Rules;

/// <summary>PKCE method S256 only, in every profile (B §5.2.2-7, A §5.2.2-18, S §5.3.2.2-5); plain never.</summary>
internal sealed class FAPI2002_PkceMethodNotS256 : Rule
{
    private const string S256 = "S256";

    public static readonly DiagnosticDescriptor Rule = Descriptors.Shall(
        RuleIds.PkceMethodNotS256,
        "PKCE code challenge method other than S256 is allowed",
        "PKCE code challenge method '{0}' is allowed, but {1} allows only S256 ({2})",
        "A request without code_challenge_method means plain; FAPI allows only S256.");

    public override DiagnosticDescriptor Descriptor => Rule;

    public override void Check(ClientConfiguration configuration, ProfileRequirements profile, RuleReporter reporter)
    {
        if (!configuration.UsesAuthorizationEndpoint())
        {
            return;
        }

        if (configuration.Get(Setting.DefaultCodeChallengeMethod) is { AsString: { } method } fact && method != S256)
        {
            reporter.Report(Rule, fact, S256, method, profile.Key, profile.PkceClause);
        }

        if (configuration.Get(Setting.PlainPkceAccepted) is { AsBool: true } plain)
        {
            reporter.Report(Rule, plain, false, "plain", profile.Key, profile.PkceClause);
        }
    }
}
