using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Fapi.Analyzers.Profiles;

namespace Fapi.Analyzers.Tests.Catalog;

/// <summary>docs/profiles.md, rendered from the analyzer's one profile table.</summary>
internal static class ProfileDocument
{
    public static string Render()
    {
        var text = new StringBuilder();
        text.AppendLine("# FAPI profiles enforced by Fapi.Analyzers");
        text.AppendLine();
        text.AppendLine("Generated from `src/Fapi.Analyzers/Profiles/ProfileTable.cs` by the test `CatalogTests.Profiles_document_matches_the_profile_table`; run it with `FAPI_UPDATE_DOCS=1` to rewrite it.");
        text.AppendLine("Clauses: B = FAPI 1.0 Part 1 Baseline, A = Part 2 Advanced, S = FAPI 2.0 Security Profile, M = FAPI 2.0 Message Signing.");
        text.AppendLine();
        Row(text, "", p => $"`{p.Key}`");
        text.AppendLine("|---|---|---|---|---|");
        Row(text, "profile", p => p.Title);
        Row(text, "public clients", p => Allowed(p.PublicClientsAllowed, p.PublicClientsClause));
        Row(text, "PKCE (S256 only, never plain)", p => (p.Pkce == PkceRequirement.Always ? "required for every client" : "required when PAR is used") + Clause(p.PkceClause));
        Row(text, "response types", p => List(p.AllowedResponseTypeTokens) + (p.PlainCodeRequiresJarm ? "; plain `code` only with JARM" : "") + Clause(p.ResponseTypeClause));
        Row(text, "JARM", p => Allowed(p.JarmAllowed, p.JarmClause));
        Row(text, "signed request object", p => (p.SignedRequestObjectRequired ? "required" : "not required") + Clause(p.SignedRequestObjectClause));
        Row(text, "pushed authorization requests", p => (p.PushedAuthorizationRequired ? "required" : "optional") + Clause(p.PushedAuthorizationClause));
        Row(text, "forbidden grant types", p => List(p.ForbiddenGrantTypes) + Clause(p.GrantTypeClause));
        Row(text, "redirect URIs", p => "https, registered exactly (no wildcards)" + (p.LoopbackHttpAllowedForNativeClients ? "; http only for native clients on loopback" : "") + (p.NativeRedirectsForbidden ? "; no loopback or private-use schemes" : "") + Clause(p.RedirectUriClause));
        Row(text, "client authentication", p => List(p.AllowedAuthenticationMethods) + Clause(p.AuthenticationMethodClause));
        Row(text, "JWS algorithms (spec, FAPI3001)", p => (p.AllowedSigningAlgorithms.IsDefaultOrEmpty ? "any but `none`" : List(p.AllowedSigningAlgorithms)) + Clause(p.SigningAlgorithmClause));
        Row(text, "table algorithm (FAPI3002)", p => $"`{p.TableSigningAlgorithm}` for ID tokens" + (p.TableRequiresRequestObjectAlgorithm ? ", request objects" : "") + (p.TableRequiresJarmAlgorithm ? ", JARM" : ""));
        Row(text, "key sizes", p => $"RSA >= {p.MinimumRsaKeyBits}, EC >= {p.MinimumEcKeyBits} bits" + Clause(p.KeySizeClause));
        Row(text, "JWE RSA1_5", p => p.Rsa15KeyEncryptionForbidden ? "forbidden" + Clause(p.KeyEncryptionClause) : "");
        Row(text, "sender-constrained access tokens", p => p.SenderConstraint switch
        {
            SenderConstraint.MutualTls => "mTLS",
            SenderConstraint.MutualTlsOrDpop => "mTLS or DPoP",
            _ => "not required",
        } + Clause(p.SenderConstraintClause));
        Row(text, "authorization code lifetime", p => Limit(p.MaxAuthorizationCodeLifetimeSeconds, "at most {0} s", p.AuthorizationCodeLifetimeClause));
        Row(text, "PAR request_uri lifetime", p => Limit(p.PushedRequestLifetimeBelowSeconds, "under {0} s", p.PushedRequestLifetimeClause));
        Row(text, "`iss` response parameter", p => p.IssuerResponseParameterRequired ? "required" + Clause(p.IssuerResponseParameterClause) : "");
        Row(text, "JWT clock skew", p => p.ClockSkewBounded ? "accept 0..10 s, reject beyond 60 s" + Clause(p.ClockSkewClause) : "");
        Row(text, "refresh token rotation", p => p.RefreshTokenRotationForbidden ? "not used" + Clause(p.RefreshTokenRotationClause) : "");
        Row(text, "bearer access token lifetime", p => Limit(p.BearerAccessTokenLifetimeBelowSeconds, "under {0} s (should)", p.BearerAccessTokenLifetimeClause));
        text.AppendLine();
        text.AppendLine($"With no profile configured the analyzer uses `{ProfileTable.Default.Key}`. `none` turns analysis off.");
        return text.ToString().Replace("\r\n", "\n");
    }

    private static void Row(StringBuilder text, string name, Func<ProfileRequirements, string> cell)
        => text.AppendLine("| " + name + " | " + string.Join(" | ", ProfileTable.All.Select(cell)) + " |");

    private static string Allowed(bool allowed, string clause) => (allowed ? "allowed" : "not allowed") + Clause(clause);

    private static string Clause(string clause) => clause.Length == 0 ? "" : $" ({clause})";

    private static string List(ImmutableArray<string> values) => values.IsDefaultOrEmpty ? "none" : string.Join(", ", values.Select(v => $"`{v}`"));

    private static string Limit(int value, string format, string clause) => value == 0 ? "" : string.Format(format, value) + Clause(clause);
}
