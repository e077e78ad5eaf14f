using Fapi.Analyzers.Facts;
using Fapi.Analyzers.Profiles;
using Microsoft.CodeAnalysis;

namespace Fapi.Analyzers.Rules;

/// <summary>S §5.3.2.1-9: the server shall not use refresh token rotation except in extraordinary circumstances.</summary>
internal sealed class FAPI4006_RefreshTokenRotation : Rule
{
    public static readonly DiagnosticDescriptor Rule = Descriptors.Shall(
        RuleIds.RefreshTokenRotation,
        "Refresh token rotation enabled",
        "Refresh tokens rotate (one-time use) for this client, but {0} does not use rotation except in extraordinary circumstances ({1})",
        "FAPI 2.0 does not use refresh token rotation except in extraordinary circumstances: for confidential clients with sender-constrained access tokens it adds no security, and a lost token response locks the client out.");

    public override DiagnosticDescriptor Descriptor => Rule;

    // A server whose refresh tokens roll for every client (OpenIddict) is judged too.
    public override Roles Roles => Roles.Server | Roles.Client;

    public override void Check(ClientConfiguration configuration, ProfileRequirements profile, RuleReporter reporter)
    {
        if (!profile.RefreshTokenRotationForbidden
            || !(configuration.HasElement(Setting.GrantTypes, "refresh_token") || configuration.Get(Setting.RefreshTokensAllowed)?.AsBool == true))
        {
            return;
        }

        if (configuration.Get(Setting.RefreshTokenRotation) is { AsBool: true } rotation)
        {
            reporter.Report(Rule, rotation, false, profile.Key, profile.RefreshTokenRotationClause);
        }
    }
}
