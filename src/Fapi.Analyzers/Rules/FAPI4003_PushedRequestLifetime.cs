using Fapi.Analyzers.Facts;
using Fapi.Analyzers.Profiles;
using Microsoft.CodeAnalysis;

namespace Fapi.Analyzers.Rules;

/// <summary>S §5.3.2.2-12: the request_uri of a pushed authorization request shall expire in less than 600 seconds.</summary>
internal sealed class FAPI4003_PushedRequestLifetime : Rule
{
    /// <summary>What a fix writes: far inside the limit, long enough for the redirect to the authorization endpoint (see the docs page).</summary>
    private const int CompliantSeconds = 60;

    public static readonly DiagnosticDescriptor Rule = Descriptors.Shall(
        RuleIds.PushedRequestLifetime,
        "Pushed authorization request_uri lifetime not under 600 seconds",
        "Pushed authorization request_uri values of this client live {0} seconds, but {1} requires less than {2} seconds ({3})",
        "A short-lived request_uri narrows the window in which a pushed authorization request can be replayed (RFC 9126).");

    public override DiagnosticDescriptor Descriptor => Rule;

    public override void Check(ClientConfiguration configuration, ProfileRequirements profile, RuleReporter reporter)
    {
        // A server known to have no PAR endpoint issues no request_uri (its request tokens serve other requests).
        if (configuration.Get(Setting.PushedAuthorizationSupported) is { AsBool: false } && !configuration.UsesPushedAuthorization())
        {
            return;
        }

        var below = profile.PushedRequestLifetimeBelowSeconds;
        if (below > 0 && FAPI4002_AuthorizationCodeLifetime.Lifetime(configuration, Setting.PushedRequestLifetimeSeconds) is { } fact
            && FAPI4002_AuthorizationCodeLifetime.Seconds(fact) >= below)
        {
            reporter.Report(Rule, fact, CompliantSeconds, FAPI4002_AuthorizationCodeLifetime.Format(fact), profile.Key, below, profile.PushedRequestLifetimeClause);
        }
    }
}
