using Fapi.Analyzers.Facts;
using Fapi.Analyzers.Profiles;
using Microsoft.CodeAnalysis;

namespace Fapi.Analyzers.Rules;

/// <summary>A §5.2.2-2: code id_token, or code with JARM; S §5.3.2.2-1: code only; token never.</summary>
internal sealed class FAPI2003_ResponseType : Rule
{
    public static readonly DiagnosticDescriptor Rule = Descriptors.Shall(
        RuleIds.ResponseType,
        "Response type not allowed by the profile",
        "Response type '{0}' is not allowed by {1} ({2}); {3}",
        "Only the response types of the profile table may be registered for a client.");

    public override DiagnosticDescriptor Descriptor => Rule;

    public override Roles Roles => Roles.Client | Roles.RelyingParty;

    public override void Check(ClientConfiguration configuration, ProfileRequirements profile, RuleReporter reporter)
    {
        if (!configuration.UsesAuthorizationEndpoint())
        {
            return;
        }

        var allowed = "allowed: " + string.Join(", ", profile.AllowedResponseTypeTokens);
        var hasCode = configuration.HasElement(Setting.ResponseTypes, "code");
        // A relying party sends one response type: the fix writes the profile's instead (removing would leave none).
        var single = configuration.Kind == ConfigurationKind.RelyingParty;
        foreach (var type in configuration.Elements(Setting.ResponseTypes))
        {
            if (type.AsString is not { } value)
            {
                continue;
            }

            if (!profile.IsAllowedResponseTypeToken(value))
            {
                reporter.Report(Rule, type, single ? Replacement(configuration, profile) : RuleReporter.Remove, value, profile.Key, profile.ResponseTypeClause, allowed);
            }
            else if (value == "id_token" && !hasCode && !configuration.IsUnknown(Setting.ResponseTypes))
            {
                reporter.Report(Rule, type, single ? Replacement(configuration, profile) : null, value, profile.Key, profile.ResponseTypeClause, "id_token is allowed only together with code");
            }
        }

        // Access tokens from the authorization endpoint come with the front-channel response types (id_token token,
        // code id_token token): 'token' is never allowed.
        if (configuration.Get(Setting.FrontChannelAccessTokens) is { AsBool: true, Origin: FactOrigin.Code } frontChannel
            && configuration.HasElement(Setting.ResponseTypes, "id_token") && !profile.IsAllowedResponseTypeToken("token"))
        {
            reporter.Report(Rule, frontChannel, false, "token", profile.Key, profile.ResponseTypeClause, allowed);
        }

        if (profile.PlainCodeRequiresJarm && hasCode && !configuration.HasElement(Setting.ResponseTypes, "id_token")
            && !configuration.IsUnknown(Setting.ResponseTypes) && configuration.Get(Setting.JarmSigningAlgorithm) is null
            && !configuration.IsUnknown(Setting.JarmSigningAlgorithm))
        {
            foreach (var type in configuration.Elements(Setting.ResponseTypes))
            {
                if (type.IsValue("code"))
                {
                    // Two compliant ways (add id_token, or configure JARM): a person chooses, so no fix, unless the
                    // library has no JARM and code id_token is the only way.
                    var onlyWay = Replacement(configuration, profile);
                    reporter.Report(Rule, type, onlyWay, "code", profile.Key, profile.ResponseTypeClause,
                        onlyWay is null ? "use code id_token, or code with JARM (response_mode jwt)" : "use code id_token (the library has no JARM)");
                    break;
                }
            }
        }
    }

    /// <summary>
    /// The response type a fix writes: code, or under Advanced code id_token where the library has no JARM (with JARM
    /// there are two compliant ways and a person chooses: null).
    /// </summary>
    private static string? Replacement(ClientConfiguration configuration, ProfileRequirements profile)
        => !profile.PlainCodeRequiresJarm ? "code" : configuration.Get(Setting.JarmSupported)?.AsBool == false ? "code id_token" : null;
}
