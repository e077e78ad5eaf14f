using System;
using System.Net;
using Fapi.Analyzers.Facts;
using Fapi.Analyzers.Profiles;
using Microsoft.CodeAnalysis;

namespace Fapi.Analyzers.Rules;

/// <summary>
/// B §5.2.2-20 and §7.5: https only, no loopback or private-use schemes; S §5.3.2.2-8: https, http only for native
/// clients on a loopback address; exact registration (no wildcards) everywhere.
/// </summary>
internal sealed class FAPI2007_RedirectUri : Rule
{
    public static readonly DiagnosticDescriptor Rule = Descriptors.Shall(
        RuleIds.RedirectUri,
        "Redirect URI not allowed by the profile",
        "Redirect URI {0} is not allowed by {1} ({2}): {3}",
        "Redirect URIs are registered exactly and use https; FAPI 2.0 allows http only for native clients on a loopback address.");

    public override DiagnosticDescriptor Descriptor => Rule;

    public override void Check(ClientConfiguration configuration, ProfileRequirements profile, RuleReporter reporter)
    {
        if (!configuration.UsesAuthorizationEndpoint())
        {
            return;
        }

        // B §5.2.2-8..10 and RFC 9700 §4.1.3: a redirect_uri is compared with the registered ones by exact string match.
        if (configuration.Get(Setting.RedirectUriExactMatch) is { AsBool: false } matching)
        {
            reporter.Report(Rule, matching, null, "matching", profile.Key, profile.RedirectUriClause, "a request's redirect_uri must equal a registered URI exactly, and the server matches registered URIs as patterns");
        }

        foreach (var redirect in configuration.Elements(Setting.RedirectUris))
        {
            if (redirect.AsString is { } value && Problem(value, profile, MayBeNative(configuration)) is { } problem)
            {
                // The right URI is the deployment's own: no fix.
                reporter.Report(Rule, redirect, null, "'" + value + "'", profile.Key, profile.RedirectUriClause, problem);
            }
        }
    }

    /// <summary>A public client whose library does not say whether it is native may be one (desktop apps use loopback).</summary>
    private static bool MayBeNative(ClientConfiguration configuration)
        => configuration.IsNative() || (configuration.Get(Setting.NativeClient) is null && configuration.IsPublic());

    private static string? Problem(string value, ProfileRequirements profile, bool isNative)
    {
        if (value.IndexOf('*') >= 0)
        {
            return "wildcards are not allowed; register each URI exactly";
        }

        // A path is not a redirect URI the engine can judge (and .NET on Unix reads "/x" as a file URI).
        if (value.StartsWith("/", StringComparison.Ordinal) || !Uri.TryCreate(value, UriKind.Absolute, out var uri))
        {
            return null;
        }

        if (uri.Scheme == Uri.UriSchemeHttps)
        {
            return null;
        }

        if (uri.Scheme == Uri.UriSchemeHttp)
        {
            if (IsLoopbackAddress(uri.Host))
            {
                return !profile.LoopbackHttpAllowedForNativeClients
                    ? "loopback redirection is not allowed; use a claimed https URI"
                    : isNative ? null : "http on a loopback address is allowed only for native clients";
            }

            return "use the https scheme";
        }

        return profile.NativeRedirectsForbidden
            ? "private-use URI schemes are not allowed; use a claimed https URI"
            : "use the https scheme (http only for native clients on a loopback address)";
    }

    private static bool IsLoopbackAddress(string host)
        => IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address)
           || string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase);
}
