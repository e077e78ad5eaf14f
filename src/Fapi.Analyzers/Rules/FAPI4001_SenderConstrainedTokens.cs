using Fapi.Analyzers.Facts;
using Fapi.Analyzers.Profiles;
using Microsoft.CodeAnalysis;

namespace Fapi.Analyzers.Rules;

/// <summary>A §5.2.2-5,6: mTLS certificate-bound access tokens; S §5.3.2.1-4,5: mTLS or DPoP.</summary>
internal sealed class FAPI4001_SenderConstrainedTokens : Rule
{
    public static readonly DiagnosticDescriptor Rule = Descriptors.Shall(
        RuleIds.SenderConstrainedTokens,
        "Access tokens are not sender-constrained",
        "This client gets bearer access tokens, but {0} requires sender-constrained tokens ({1}): {2}",
        "The authorization server shall only issue sender-constrained access tokens.");

    public override DiagnosticDescriptor Descriptor => Rule;

    // A server that binds tokens for every client (OpenIddict's client-certificate-bound tokens) is judged too.
    public override Roles Roles => Roles.Server | Roles.Client;

    /// <summary>
    /// One fact, one report: a server judged only where its library binds tokens server-wide; a client that sets
    /// nothing itself is then the server's to report.
    /// </summary>
    private static bool ServerDecides(ClientConfiguration configuration, Fact? mtls, Fact? dpop)
    {
        if (configuration.IsServer())
        {
            return mtls is null && !configuration.IsUnknown(Setting.MutualTlsBoundAccessTokens);
        }

        return mtls is null && dpop is null && configuration.Server is { } server
               && (server.Get(Setting.MutualTlsBoundAccessTokens) is not null || server.IsUnknown(Setting.MutualTlsBoundAccessTokens));
    }

    public override void Check(ClientConfiguration configuration, ProfileRequirements profile, RuleReporter reporter)
    {
        if (profile.SenderConstraint == SenderConstraint.NotRequired || !configuration.CanGetTokens())
        {
            return;
        }

        var mtls = configuration.Get(Setting.MutualTlsBoundAccessTokens);
        var dpop = configuration.Get(Setting.DpopBoundAccessTokens);
        if (ServerDecides(configuration, mtls, dpop))
        {
            return;
        }

        var dpopCounts = profile.SenderConstraint == SenderConstraint.MutualTlsOrDpop;
        if (mtls?.AsBool == true || (dpopCounts && dpop?.AsBool == true)
            || configuration.IsUnknown(Setting.MutualTlsBoundAccessTokens) || (dpopCounts && configuration.IsUnknown(Setting.DpopBoundAccessTokens))
            || configuration.IsUnknown(Setting.TokenEndpointAuthMethod))
        {
            return;
        }

        if (!dpopCounts)
        {
            // Certificate binding needs the client's certificate registered: a person's choice, so no fix.
            var certificateAdvice = configuration.IsPublic()
                ? "bind its tokens to a client certificate (RFC 8705 §4 allows this for public clients too)"
                : "authenticate with tls_client_auth or self_signed_tls_client_auth so tokens are certificate-bound";
            if (mtls is { Origin: FactOrigin.Code })
            {
                reporter.ReportAt(Rule, mtls.Location, Setting.MutualTlsBoundAccessTokens, profile.Key, profile.SenderConstraintClause, certificateAdvice);
            }
            else
            {
                reporter.ReportMissing(Rule, configuration, Setting.MutualTlsBoundAccessTokens, null, profile.Key, profile.SenderConstraintClause, certificateAdvice);
            }

            return;
        }

        const string advice = "require DPoP proofs, or authenticate with mutual TLS so tokens are certificate-bound";
        // A default written nowhere still names the member that sets it (its note) and carries the fix that adds it.
        if (dpop is not null)
        {
            reporter.Report(Rule, dpop, true, profile.Key, profile.SenderConstraintClause, advice);
        }
        else
        {
            reporter.ReportMissing(Rule, configuration, Setting.DpopBoundAccessTokens, true, profile.Key, profile.SenderConstraintClause, advice);
        }
    }
}
