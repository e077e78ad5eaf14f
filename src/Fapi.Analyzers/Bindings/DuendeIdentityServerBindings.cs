using System;
using System.Collections.Immutable;
using Fapi.Analyzers.Facts;
using static Fapi.Analyzers.Bindings.BindingTable;

namespace Fapi.Analyzers.Bindings;

/// <summary>
/// Duende IdentityServer 7 (DuendeSoftware/products, identity-server/src): the Client model, IdentityServerOptions in
/// AddIdentityServer(options => ...), signing credentials on the builder. IdentityServer4 shares the model under its own
/// namespace (<see cref="IdentityServer4Bindings"/>): <see cref="Table"/> writes both.
/// </summary>
internal static class DuendeIdentityServerBindings
{
    public static readonly LibraryBinding Binding = Table("Duende IdentityServer", "Duende.IdentityServer", IdentityServerVersion.Duende);

    /// <summary>The table of an IdentityServer generation rooted at namespace <paramref name="ns"/>.</summary>
    internal static LibraryBinding Table(string name, string ns, IdentityServerVersion version)
    {
        var client = ns + ".Models.Client";
        var options = ns + ".Configuration.IdentityServerOptions";
        var duende = version == IdentityServerVersion.Duende;
        var clientProperties = ImmutableArray.Create(
            Property("ClientId", Setting.ClientId),
            // RequireClientSecret = false lets the client use the token endpoint without authenticating: a public client.
            Property("RequireClientSecret", Setting.PublicClient, read: Not, write: Not),
            Collection("ClientSecrets", Setting.ClientAuthenticationMethods, read: MethodOfSecretType),
            Collection("AllowedGrantTypes", Setting.GrantTypes),
            Property("RequirePkce", Setting.PkceRequired),
            Property("AllowPlainTextPkce", Setting.PlainPkceAccepted),
            Property("RequireRequestObject", Setting.SignedRequestObjectRequired),
            Collection("AllowedIdentityTokenSigningAlgorithms", Setting.IdTokenSigningAlgorithms),
            Property("AuthorizationCodeLifetime", Setting.AuthorizationCodeLifetimeSeconds),
            Property("RefreshTokenUsage", Setting.RefreshTokenRotation, read: RotationFromUsage, write: UsageFromRotation),
            Property("AllowOfflineAccess", Setting.RefreshTokensAllowed),
            // With the implicit or hybrid grant, the token response types (AuthorizeRequestValidator).
            Property("AllowAccessTokensViaBrowser", Setting.FrontChannelAccessTokens),
            Collection("RedirectUris", Setting.RedirectUris));
        var serverProperties = ImmutableArray<PropertyBinding>.Empty;
        if (duende)
        {
            clientProperties = clientProperties.AddRange(
                Property("RequirePushedAuthorization", Setting.PushedAuthorizationRequired),
                Property("PushedAuthorizationLifetime", Setting.PushedRequestLifetimeSeconds),
                Property("RequireDPoP", Setting.DpopBoundAccessTokens));
            // JwtValidationClockSkew and the Supported*SigningAlgorithms lists arrived in 7.3: where absent, no default applies.
            serverProperties = ImmutableArray.Create(
                Property("EmitIssuerIdentificationResponseParameter", Setting.IssuerResponseParameter),
                Property("JwtValidationClockSkew", Setting.JwtClockSkew),
                Property("PushedAuthorization.Required", Setting.PushedAuthorizationRequired),
                Property("PushedAuthorization.Lifetime", Setting.PushedRequestLifetimeSeconds),
                Property("Endpoints.EnablePushedAuthorizationEndpoint", Setting.PushedAuthorizationSupported),
                // Empty by default: the key manager then creates RS256 keys (KeyManagementOptions.Validate).
                Collection("KeyManagement.SigningAlgorithms", Setting.ServerSigningAlgorithms, emptyMeansDefault: true),
                Collection("SupportedClientAssertionSigningAlgorithms", Setting.AcceptedClientAssertionAlgorithms),
                Collection("SupportedRequestObjectSigningAlgorithms", Setting.AcceptedRequestObjectAlgorithms),
                Collection("DPoP.SupportedDPoPSigningAlgorithms", Setting.AcceptedDpopProofAlgorithms));
        }

        var crypto = "Microsoft.Extensions.DependencyInjection.IdentityServerBuilderExtensionsCrypto";
        var objects = ImmutableArray.Create(
            // new Secret(...) is a shared secret unless its Type says otherwise (Secret's constructors).
            new ObjectValue(ns + ".Models.Secret", "Type", @default: "SharedSecret"),
            new ObjectValue("Microsoft.IdentityModel.Tokens.SigningCredentials", "Algorithm", "algorithm"));
        return new LibraryBinding
        {
            Name = name,
            GateTypes = ImmutableArray.Create(client, options),
            Models = ImmutableArray.Create(
                new ModelBinding(client, ConfigurationKind.Client, clientProperties, duende ? ClientDefaults.Add(new SettingValue(Setting.DpopBoundAccessTokens, false)) : ClientDefaults)
                {
                    // Duende 7.0 made refresh tokens reusable by default (Client.cs); 6.x and IdentityServer4 rotate them.
                    // IdentityServer4 before 4.0 did not require PKCE.
                    Versioned = ImmutableArray.Create(
                        new VersionDefaults(new Version(7, 0), Defaults((Setting.RefreshTokenRotation, true))),
                        new VersionDefaults(new Version(4, 0), Defaults((Setting.PkceRequired, false)))),
                },
                new ModelBinding(options, ConfigurationKind.Server, serverProperties, duende ? DuendeServerDefaults : ServerDefaults)),
            Registrations = ImmutableArray.Create(
                new RegistrationBinding("Microsoft.Extensions.DependencyInjection.IdentityServerServiceCollectionExtensions", "AddIdentityServer", "setupAction", options)),
            Calls = ImmutableArray.Create(
                // A key added in code signs before the automatically managed ones (DefaultKeyMaterialService).
                Call(crypto, "AddSigningCredential",
                    Effect.AddFromArgument(Setting.ServerSigningAlgorithms, "signingAlgorithm", replacesDefaults: true),
                    Effect.AddFromArgument(Setting.ServerSigningAlgorithms, "credential", replacesDefaults: true),
                    Effect.AddKey(Setting.ServerSigningKeys, "credential"),
                    Effect.AddKey(Setting.ServerSigningKeys, "key")),
                Call(crypto, "AddDeveloperSigningCredential",
                    Effect.AddFromArgument(Setting.ServerSigningAlgorithms, "signingAlgorithm", replacesDefaults: true))),
            // AddInMemoryClients(configuration.GetSection("IdentityServer:Clients")): the binder creates each client.
            // AddIdentityServer(configuration.GetSection("IdentityServer")): the options bound from the section.
            Sections = ImmutableArray.Create(
                new SectionBinding(client, "Microsoft.Extensions.DependencyInjection.IdentityServerBuilderExtensionsInMemory", "AddInMemoryClients", "section") { IsList = true },
                new SectionBinding(options, "Microsoft.Extensions.DependencyInjection.IdentityServerServiceCollectionExtensions", "AddIdentityServer", "configuration")),
            Inherited = ImmutableArray.Create(
                // Client.RequirePushedAuthorization || PushedAuthorizationOptions.Required; Client.PushedAuthorizationLifetime ?? the server's.
                new Inheritance(Setting.PushedAuthorizationRequired, Setting.PushedAuthorizationRequired, clientsMayDecide: true),
                new Inheritance(Setting.PushedRequestLifetimeSeconds, Setting.PushedRequestLifetimeSeconds, clientsMayDecide: true)),
            Derived = ImmutableArray.Create(
                // The grant types decide the response types a client may ask for (AuthorizeRequestValidator).
                new Derivation(Setting.ResponseTypes, Setting.GrantTypes, ResponseTypeOfGrant, atAnchor: false, GrantOfResponseType),
                // A client authenticated with its certificate gets certificate-bound tokens (cnf from the X509 secret validators).
                new Derivation(Setting.MutualTlsBoundAccessTokens, Setting.ClientAuthenticationMethods, IsMutualTls, atAnchor: false)),
            // PAR arrived in Duende IdentityServer 7.0 (RequestObjectValidator, PushedAuthorizationOptions).
            Limitations = ImmutableArray.Create(duende
                ? new Limitation(Setting.PushedAuthorizationRequired, false, "Duende IdentityServer before 7.0 has no pushed authorization requests", below: new Version(7, 0))
                : new Limitation(Setting.PushedAuthorizationRequired, false, "IdentityServer4 has no pushed authorization requests (PAR arrived in Duende IdentityServer 7.0)")),
            KnownValues = GrantTypePresets(ns + ".Models.GrantTypes", duende),
            ObjectValues = duende
                ? objects.Add(new ObjectValue(ns + ".Configuration.SigningAlgorithmOptions", "Name", "name"))
                : objects,
        };
    }

    // Properties, not fields: Binding above is initialized first and reads them. The newest release's values;
    // older releases' come from the Versioned table.
    private static ImmutableArray<SettingValue> ClientDefaults => Defaults(
        (Setting.PublicClient, false),
        (Setting.PkceRequired, true),
        (Setting.PlainPkceAccepted, false),
        (Setting.SignedRequestObjectRequired, false),
        (Setting.AuthorizationCodeLifetimeSeconds, 300),
        (Setting.RefreshTokenRotation, false),
        (Setting.RefreshTokensAllowed, false),
        // Neither generation has JWT-secured authorization responses: under Advanced, code id_token is the only way.
        (Setting.JarmSupported, false));

    private static ImmutableArray<SettingValue> ServerDefaults => ImmutableArray<SettingValue>.Empty;

    private static ImmutableArray<SettingValue> DuendeServerDefaults => Defaults(
        (Setting.PushedAuthorizationRequired, false),
        (Setting.PushedRequestLifetimeSeconds, 600),
        (Setting.PushedAuthorizationSupported, true),
        (Setting.IssuerResponseParameter, true),
        (Setting.JwtClockSkew, TimeSpan.FromMinutes(5)),
        (Setting.ServerSigningAlgorithms, "RS256")).AddRange(Accepted(Setting.AcceptedClientAssertionAlgorithms)).AddRange(Accepted(Setting.AcceptedRequestObjectAlgorithms))
        .AddRange(Accepted(Setting.AcceptedDpopProofAlgorithms));

    /// <summary>The default Supported*SigningAlgorithms lists (IdentityServerOptions and DPoPOptions, 7.3): every RSA, PSS and ECDSA variant.</summary>
    private static ImmutableArray<SettingValue> Accepted(Setting setting)
    {
        var builder = ImmutableArray.CreateBuilder<SettingValue>();
        foreach (var algorithm in new[] { "RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512" })
        {
            builder.Add(new SettingValue(setting, algorithm));
        }

        return builder.ToImmutable();
    }

    private static object? Not(object value) => value is bool b ? !b : null;

    // TokenUsage { ReUse = 0, OneTimeOnly = 1 }: one-time-only refresh tokens are rotation.
    private static object? RotationFromUsage(object usage) => usage is int i ? i == 1 : null;
    private static object? UsageFromRotation(object rotation) => rotation is bool b ? (b ? 1 : 0) : null;

    /// <summary>IdentityServerConstants.SecretTypes: what each secret lets the client authenticate with.</summary>
    private static object? MethodOfSecretType(object type) => type switch
    {
        "SharedSecret" => "client_secret_basic",
        "JWK" or "X509CertificateBase64" => "private_key_jwt",
        "X509Name" => "tls_client_auth",
        "X509Thumbprint" => "self_signed_tls_client_auth",
        _ => null,
    };

    private static object? GrantOfResponseType(object responseType) => responseType switch
    {
        "code" => "authorization_code",
        "code id_token" => "hybrid",
        _ => null,
    };

    private static object? ResponseTypeOfGrant(object grant) => grant switch
    {
        "authorization_code" => "code",
        "hybrid" => "code id_token",
        "implicit" => "id_token",
        _ => null,
    };

    private static ImmutableArray<KnownValue> GrantTypePresets(string type, bool duende)
    {
        const string code = "authorization_code", hybrid = "hybrid", implicitGrant = "implicit", client = "client_credentials", password = "password";
        return ImmutableArray.Create(
            new KnownValue(type, "Implicit", new[] { implicitGrant }),
            new KnownValue(type, "ImplicitAndClientCredentials", new[] { implicitGrant, client }),
            new KnownValue(type, "Code", new[] { code }),
            new KnownValue(type, "CodeAndClientCredentials", new[] { code, client }),
            new KnownValue(type, "Hybrid", new[] { hybrid }),
            new KnownValue(type, "HybridAndClientCredentials", new[] { hybrid, client }),
            new KnownValue(type, "ClientCredentials", new[] { client }),
            new KnownValue(type, "ResourceOwnerPassword", new[] { password }),
            new KnownValue(type, "ResourceOwnerPasswordAndClientCredentials", new[] { password, client }),
            new KnownValue(type, "DeviceFlow", new[] { "urn:ietf:params:oauth:grant-type:device_code" }))
            .AddRange(duende ? new[] { new KnownValue(type, "Ciba", new[] { "urn:openid:params:grant-type:ciba" }) } : Array.Empty<KnownValue>());
    }
}

/// <summary>Which IdentityServer generation a table describes.</summary>
internal enum IdentityServerVersion
{
    IdentityServer4,
    Duende,
}
