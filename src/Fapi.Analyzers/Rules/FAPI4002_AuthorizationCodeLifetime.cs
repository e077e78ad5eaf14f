using System.Globalization;
using Fapi.Analyzers.Facts;
using Fapi.Analyzers.Profiles;
using Microsoft.CodeAnalysis;

namespace Fapi.Analyzers.Rules;

/// <summary>S §5.3.2.1-11: the server shall issue authorization codes with a maximum lifetime of 60 seconds.</summary>
internal sealed class FAPI4002_AuthorizationCodeLifetime : Rule
{
    public static readonly DiagnosticDescriptor Rule = Descriptors.Shall(
        RuleIds.AuthorizationCodeLifetime,
        "Authorization code lifetime above 60 seconds",
        "Authorization codes of this client live {0} seconds, but {1} allows at most {2} seconds ({3})",
        "A short-lived authorization code narrows the window in which a leaked or injected code can be redeemed.");

    public override DiagnosticDescriptor Descriptor => Rule;

    public override void Check(ClientConfiguration configuration, ProfileRequirements profile, RuleReporter reporter)
    {
        var max = profile.MaxAuthorizationCodeLifetimeSeconds;
        if (max > 0 && configuration.IssuesCodes() && Lifetime(configuration, Setting.AuthorizationCodeLifetimeSeconds) is { } fact && Seconds(fact) > max)
        {
            reporter.Report(Rule, fact, max, Format(fact), profile.Key, max, profile.AuthorizationCodeLifetimeClause);
        }
    }

    /// <summary>
    /// A lifetime of the authorization endpoint's flows (FAPI4002, FAPI4003): the fact when the configuration uses the
    /// authorization endpoint and the value is a number of seconds (int, long or double), else null.
    /// </summary>
    internal static Fact? Lifetime(ClientConfiguration configuration, Setting setting)
        => configuration.UsesAuthorizationEndpoint() && configuration.Get(setting) is { Value: int or long or double or System.TimeSpan } fact ? fact : null;

    internal static double Seconds(Fact fact)
        => fact.Value is System.TimeSpan span ? span.TotalSeconds : System.Convert.ToDouble(fact.Value, CultureInfo.InvariantCulture);

    internal static string Format(Fact fact) => Seconds(fact).ToString("0.###", CultureInfo.InvariantCulture);
}
