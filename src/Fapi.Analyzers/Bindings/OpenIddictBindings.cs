using System;
using System.Collections.Immutable;
using Fapi.Analyzers.Facts;
using static Fapi.Analyzers.Bindings.BindingTable;

namespace Fapi.Analyzers.Bindings;

/// <summary>
/// OpenIddict 7 (openiddict/openiddict-core): the server builder in AddOpenIddict().AddServer(options => ...) and
/// OpenIddictServerOptions; applications as OpenIddictApplicationDescriptor (permissions and requirements are sets
/// of prefixed strings); the OpenIddict client's OpenIddictClientRegistration (a relying party). Defaults verified in
/// the 7.8.0 assemblies and sources (docs/libraries.md).
/// </summary>
internal static class OpenIddictBindings
{
    private const string ServerBuilder = "Microsoft.Extensions.DependencyInjection.OpenIddictServerBuilder";
    private const string ServerOptions = "OpenIddict.Server.OpenIddictServerOptions";
    private const string Descriptor = "OpenIddict.Abstractions.OpenIddictApplicationDescriptor";
    private const string Registration = "OpenIddict.Client.OpenIddictClientRegistration";
    private const string Constants = "OpenIddict.Abstractions.OpenIddictConstants.";

    public static readonly LibraryBinding Binding = new()
    {
        Name = "OpenIddict",
        GateTypes = ImmutableArray.Create(ServerBuilder, ServerOptions, Descriptor, Registration),
        Models = ImmutableArray.Create(
            // The builder's options are OpenIddictServerOptions, reached through Configure(o => ...): one table for both.
            new ModelBinding(ServerBuilder, ConfigurationKind.Server, ServerProperties, ServerDefaults) { MembersOf = ServerOptions },
            new ModelBinding(ServerOptions, ConfigurationKind.Server, ServerProperties, ServerDefaults),
            new ModelBinding(Descriptor, ConfigurationKind.Client, DescriptorProperties, Defaults(
                // No secret and no key set: the application manager registers a public client (a credential makes it confidential).
                (Setting.TokenEndpointAuthMethod, "none"),
                (Setting.JarmSupported, false))),
            new ModelBinding(Registration, ConfigurationKind.RelyingParty, RegistrationProperties, Defaults((Setting.JarmSupported, false)))),
        Registrations = ImmutableArray.Create(
            new RegistrationBinding("Microsoft.Extensions.DependencyInjection.OpenIddictServerExtensions", "AddServer", "configuration", ServerBuilder)),
        Calls = ImmutableArray.Create(
            // flows (OpenIddictServerBuilder.Allow*Flow add grant types and response types to the options)
            Call(ServerBuilder, "AllowAuthorizationCodeFlow", Effect.Add(Setting.GrantTypes, "authorization_code")),
            Call(ServerBuilder, "AllowHybridFlow", Effect.Add(Setting.GrantTypes, "hybrid")),
            Call(ServerBuilder, "AllowImplicitFlow", Effect.Add(Setting.GrantTypes, "implicit")),
            Call(ServerBuilder, "AllowPasswordFlow", Effect.Add(Setting.GrantTypes, "password")),
            Call(ServerBuilder, "AllowClientCredentialsFlow", Effect.Add(Setting.GrantTypes, "client_credentials")),
            Call(ServerBuilder, "AllowRefreshTokenFlow", Effect.Add(Setting.GrantTypes, "refresh_token")),
            Call(ServerBuilder, "AllowDeviceAuthorizationFlow", Effect.Add(Setting.GrantTypes, "urn:ietf:params:oauth:grant-type:device_code")),
            // authorization requests
            Call(ServerBuilder, "RequireProofKeyForCodeExchange", Effect.Set(Setting.PkceRequired, true)),
            Call(ServerBuilder, "RequirePushedAuthorizationRequests", Effect.Set(Setting.PushedAuthorizationRequired, true)),
            Call(ServerBuilder, "SetPushedAuthorizationEndpointUris", Effect.Set(Setting.PushedAuthorizationSupported, true)),
            Call(ServerBuilder, "SetAuthorizationCodeLifetime", Effect.FromArgument(Setting.AuthorizationCodeLifetimeSeconds, "lifetime")),
            // tokens
            Call(ServerBuilder, "UseClientCertificateBoundAccessTokens", Effect.Set(Setting.MutualTlsBoundAccessTokens, true)),
            Call(ServerBuilder, "DisableRollingRefreshTokens", Effect.Set(Setting.RefreshTokenRotation, false)),
            // the server's keys: an RSA key signs RS256; development and ephemeral keys are RSA 2048 signing RS256
            Call(ServerBuilder, "AddSigningKey", Effect.AddFromArgument(Setting.ServerSigningAlgorithms, "key"), Effect.AddKey(Setting.ServerSigningKeys, "key")),
            Call(ServerBuilder, "AddSigningCredentials", Effect.AddFromArgument(Setting.ServerSigningAlgorithms, "credentials"), Effect.AddKey(Setting.ServerSigningKeys, "credentials")),
            Call(ServerBuilder, "AddDevelopmentSigningCertificate", Effect.Add(Setting.ServerSigningAlgorithms, "RS256")),
            Call(ServerBuilder, "AddEphemeralSigningKey", Effect.AddFromArgument(Setting.ServerSigningAlgorithms, "algorithm")),
            Call(ServerBuilder, "AddEncryptionCredentials", Effect.FromArgument(Setting.AccessTokenEncryptionAlgorithm, "credentials")),
            Call(ServerBuilder, "Configure", Effect.Callback("configuration")),
            // an application's own (the descriptor's fluent helpers write the same permissions and settings)
            Call(Descriptor, "AddGrantTypePermissions", Effect.AddFromArgument(Setting.GrantTypes, "types")),
            Call(Descriptor, "SetAuthorizationCodeLifetime", Effect.FromArgument(Setting.AuthorizationCodeLifetimeSeconds, "lifetime")),
            Call(Descriptor, "SetRequestTokenLifetime", Effect.FromArgument(Setting.PushedRequestLifetimeSeconds, "lifetime"))),
        Inherited = ImmutableArray.Create(
            // Either side suffices: the server's Require*() or the application's requirement (ft:pkce, ft:par).
            new Inheritance(Setting.PkceRequired, Setting.PkceRequired, clientsMayDecide: true),
            new Inheritance(Setting.PushedAuthorizationRequired, Setting.PushedAuthorizationRequired, clientsMayDecide: true),
            // Server-wide only: an application has no setting of its own.
            new Inheritance(Setting.PlainPkceAccepted, Setting.PlainPkceAccepted),
            new Inheritance(Setting.AuthorizationCodeLifetimeSeconds, Setting.AuthorizationCodeLifetimeSeconds),
            new Inheritance(Setting.PushedRequestLifetimeSeconds, Setting.PushedRequestLifetimeSeconds),
            new Inheritance(Setting.RefreshTokenRotation, Setting.RefreshTokenRotation),
            new Inheritance(Setting.MutualTlsBoundAccessTokens, Setting.MutualTlsBoundAccessTokens),
            new Inheritance(Setting.DpopBoundAccessTokens, Setting.DpopBoundAccessTokens)),
        Derived = ImmutableArray.Create(
            // ClientType left unset: the application manager registers an application without a secret as public
            // (OpenIddictApplicationManager.CreateAsync). With only a key set, no verdict.
            new Derivation(Setting.PublicClient, Setting.TokenEndpointAuthMethod, method => method switch { "none" => true, "client_secret_post" => false, _ => null }, atAnchor: true)),
        Evidence = ImmutableArray.Create(
            // The client picks among the methods listed, and prefers private_key_jwt where it has signing keys: with
            // either written, the secret alone does not say how it authenticates (a listed method is judged itself).
            new Evidence(Registration, "ClientAuthenticationMethods", Setting.TokenEndpointAuthMethod),
            new Evidence(Registration, "SigningCredentials", Setting.TokenEndpointAuthMethod)),
        ObjectValues = ImmutableArray.Create(
            new ObjectValue("Microsoft.IdentityModel.Tokens.SigningCredentials", "Algorithm", "algorithm"),
            new ObjectValue("Microsoft.IdentityModel.Tokens.EncryptingCredentials", "Alg", "alg"),
            // A key added alone signs with the algorithm OpenIddict picks for its type (RSA: RS256).
            new ObjectValue("Microsoft.IdentityModel.Tokens.RsaSecurityKey", null, @default: "RS256")),
    };

    // Properties, not fields: Binding above is initialized first and reads them.
    private static ImmutableArray<PropertyBinding> ServerProperties => ImmutableArray.Create(
        Collection("GrantTypes", Setting.GrantTypes),
        Property("RequireProofKeyForCodeExchange", Setting.PkceRequired),
        // plain is registered beside S256 until the code removes it; a request without a method means plain.
        Membership("CodeChallengeMethods", "plain", Setting.PlainPkceAccepted, Constants + "CodeChallengeMethods.Plain"),
        Property("RequirePushedAuthorizationRequests", Setting.PushedAuthorizationRequired),
        Property("AuthorizationCodeLifetime", Setting.AuthorizationCodeLifetimeSeconds),
        // A pushed request_uri lives as long as its request token.
        Property("RequestTokenLifetime", Setting.PushedRequestLifetimeSeconds),
        Property("DisableRollingRefreshTokens", Setting.RefreshTokenRotation, read: Not, write: Not),
        Property("UseClientCertificateBoundAccessTokens", Setting.MutualTlsBoundAccessTokens));

    private static ImmutableArray<SettingValue> ServerDefaults => Defaults(
        (Setting.PkceRequired, false),
        (Setting.PlainPkceAccepted, true),
        (Setting.PushedAuthorizationRequired, false),
        (Setting.PushedAuthorizationSupported, false),
        (Setting.AuthorizationCodeLifetimeSeconds, 300),
        (Setting.PushedRequestLifetimeSeconds, 3600),
        (Setting.RefreshTokenRotation, true),
        (Setting.MutualTlsBoundAccessTokens, false),
        // OpenIddict has no DPoP.
        (Setting.DpopBoundAccessTokens, false));

    private static ImmutableArray<PropertyBinding> DescriptorProperties => ImmutableArray.Create(
        Property("ClientId", Setting.ClientId),
        Property("ApplicationType", Setting.NativeClient, read: type => type switch { "native" => true, "web" => false, _ => null }),
        Property("ClientType", Setting.PublicClient, read: type => type switch { "public" => true, "confidential" => false, _ => null }, write: isPublic => isPublic switch { true => "public", false => "confidential", _ => null }),
        // A secret is a shared secret whatever its value; a JSON Web Key set authenticates with private_key_jwt.
        new PropertyBinding("ClientSecret", Setting.TokenEndpointAuthMethod, read: _ => null) { WhenWritten = "client_secret_post" },
        new PropertyBinding("JsonWebKeySet", Setting.TokenEndpointAuthMethod, read: _ => null) { WhenWritten = "private_key_jwt" },
        Prefixed("Permissions", "gt:", Setting.GrantTypes),
        Prefixed("Permissions", "rst:", Setting.ResponseTypes),
        Membership("Requirements", "ft:pkce", Setting.PkceRequired, Constants + "Requirements.Features.ProofKeyForCodeExchange"),
        Membership("Requirements", "ft:par", Setting.PushedAuthorizationRequired, Constants + "Requirements.Features.PushedAuthorizationRequests"),
        Collection("RedirectUris", Setting.RedirectUris));

    private static ImmutableArray<PropertyBinding> RegistrationProperties => ImmutableArray.Create(
        Property("ClientId", Setting.ClientId),
        new PropertyBinding("ClientSecret", Setting.TokenEndpointAuthMethod, read: _ => null) { WhenWritten = "client_secret_post" },
        Collection("ClientAuthenticationMethods", Setting.ClientAuthenticationMethods),
        Collection("ResponseTypes", Setting.ResponseTypes),
        // The client pushes requests where the server advertises PAR, unless disabled; nothing makes it require PAR.
        Property("DisablePushedAuthorizationRequests", Setting.PushedAuthorizationRequired, read: disabled => disabled is true ? false : null, write: required => required is true ? false : null));

    private static object? Not(object value) => value is bool b ? !b : null;
}
