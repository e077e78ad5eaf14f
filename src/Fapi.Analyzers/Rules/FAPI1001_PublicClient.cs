using Fapi.Analyzers.Facts;
using Fapi.Analyzers.Profiles;
using Microsoft.CodeAnalysis;

namespace Fapi.Analyzers.Rules;

/// <summary>A §5.2.2-16 "shall not support public clients"; S §5.3.2.1-3 "shall only support confidential clients".</summary>
internal sealed class FAPI1001_PublicClient : Rule
{
    public static readonly DiagnosticDescriptor Rule = Descriptors.Shall(
        RuleIds.PublicClient,
        "Public client not allowed by the profile",
        "{0} is not allowed by {1} ({2}): make the client confidential, authenticated with private_key_jwt or mutual TLS",
        "FAPI 1.0 Advanced and FAPI 2.0 support confidential clients only.");

    public override DiagnosticDescriptor Descriptor => Rule;

    public override Roles Roles => Roles.Client;

    public override void Check(ClientConfiguration configuration, ProfileRequirements profile, RuleReporter reporter)
    {
        if (profile.PublicClientsAllowed)
        {
            return;
        }

        if (configuration.Get(Setting.PublicClient) is { AsBool: true } isPublic)
        {
            // Removing the call or setting that made a credentialed client public is unambiguous; anything else needs keys chosen by a person.
            var fix = isPublic.Fix.RemoveKind == FixKind.ReplaceCall ? RuleReporter.Remove : configuration.HasCredentials() ? false : null;
            reporter.Report(Rule, isPublic, fix, "A public client", profile.Key, profile.PublicClientsClause);
        }
        else if (configuration.Get(Setting.TokenEndpointAuthMethod) is { } method && method.IsValue("none"))
        {
            reporter.Report(Rule, method, null, "Client authentication method 'none' (a public client)", profile.Key, profile.PublicClientsClause);
        }
    }
}
