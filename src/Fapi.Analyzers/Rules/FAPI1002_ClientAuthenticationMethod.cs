using Fapi.Analyzers.Facts;
using Fapi.Analyzers.Profiles;
using Microsoft.CodeAnalysis;

namespace Fapi.Analyzers.Rules;

/// <summary>B §5.2.2-4; A §5.2.2-14; S §5.3.2.1-6: MTLS or private_key_jwt (B also client_secret_jwt).</summary>
internal sealed class FAPI1002_ClientAuthenticationMethod : Rule
{
    public static readonly DiagnosticDescriptor Rule = Descriptors.Shall(
        RuleIds.ClientAuthenticationMethod,
        "Client authentication method not allowed by the profile",
        "Client authentication method '{0}' is not allowed by {1} ({2}); use one of: {3}",
        "Shared-secret authentication (client_secret_basic, client_secret_post) is never allowed; client_secret_jwt only under FAPI 1.0 Baseline.");

    public override DiagnosticDescriptor Descriptor => Rule;

    public override Roles Roles => Roles.Server | Roles.Client | Roles.RelyingParty;

    public override void Check(ClientConfiguration configuration, ProfileRequirements profile, RuleReporter reporter)
    {
        var setting = configuration.IsServer() ? Setting.DefaultTokenEndpointAuthMethod : Setting.TokenEndpointAuthMethod;
        if (configuration.IsPublic() || (configuration.IsClient() && !configuration.CanGetTokens()))
        {
            return;
        }

        // Each registered credential (a shared secret, a key, a certificate) is a method the client may authenticate with.
        foreach (var credential in configuration.Elements(Setting.ClientAuthenticationMethods))
        {
            if (credential.AsString is { } allowed && allowed != "none" && !profile.IsAllowedAuthenticationMethod(allowed))
            {
                // Replacing a secret needs the client's key or certificate: a person's step, so no fix.
                reporter.Report(Rule, credential, null, allowed, profile.Key, profile.AuthenticationMethodClause, string.Join(", ", profile.AllowedAuthenticationMethods));
            }
        }

        if (configuration.Get(setting) is not { AsString: { } method } fact)
        {
            return;
        }

        // Under A, S and M 'none' is a public client: FAPI1001 reports it.
        if (profile.IsAllowedAuthenticationMethod(method) || (method == "none" && !profile.PublicClientsAllowed && configuration.IsClient()))
        {
            return;
        }

        // With mTLS data the client authenticates with its certificate. Without it, private_key_jwt, except where only
        // certificate-bound tokens count (A §5.2.2-5,6): a private_key_jwt client could never meet FAPI4001 there.
        var hasCertificate = configuration.Get(Setting.TlsClientAuthenticationConfigured)?.AsBool == true;
        var compliant = hasCertificate ? "tls_client_auth" : profile.SenderConstraint == SenderConstraint.MutualTls ? null : "private_key_jwt";
        reporter.Report(Rule, fact, compliant, method, profile.Key, profile.AuthenticationMethodClause, string.Join(", ", profile.AllowedAuthenticationMethods));
    }
}
