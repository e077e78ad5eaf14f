using System;
using System.Collections.Immutable;
using Fapi.Analyzers.Facts;
using static Fapi.Analyzers.Bindings.BindingTable;

namespace Fapi.Analyzers.Bindings;

/// <summary>
/// The ASP.NET Core OpenID Connect handler (dotnet/aspnetcore, src/Security/Authentication/OpenIdConnect): a relying
/// party's OpenIdConnectOptions in AddOpenIdConnect(scheme, o => ...) and the options pattern, per scheme.
/// </summary>
internal static class AspNetCoreOpenIdConnectBindings
{
    private const string Namespace = "Microsoft.AspNetCore.Authentication.OpenIdConnect";
    private const string Options = Namespace + ".OpenIdConnectOptions";
    private const string Parameters = "TokenValidationParameters.";

    /// <summary>PushedAuthorizationBehavior { UseIfAvailable, Disable, Require } (.NET 9).</summary>
    private const int Require = 2;

    public static readonly LibraryBinding Binding = new()
    {
        Name = "ASP.NET Core OpenID Connect",
        GateTypes = ImmutableArray.Create(Options),
        Models = ImmutableArray.Create(new ModelBinding(Options, ConfigurationKind.RelyingParty, Properties, Defaults(
            // OpenIdConnectOptions' constructor: ResponseType = id_token, UsePkce = true; RequireHttpsMetadata = true;
            // PushedAuthorizationBehavior = UseIfAvailable. The handler has no JARM (it reads no response JWT).
            (Setting.ResponseTypes, "id_token"),
            (Setting.PkceRequired, true),
            (Setting.PushedAuthorizationRequired, false),
            (Setting.JarmSupported, false)))),
        Registrations = ImmutableArray.Create(
            new RegistrationBinding("Microsoft.Extensions.DependencyInjection.OpenIdConnectExtensions", "AddOpenIdConnect", "configureOptions", Options)
            {
                NameParameter = "authenticationScheme",
                DefaultName = "OpenIdConnect",
            }),
        // .NET 8 reads each scheme's section by hand (OpenIdConnectConfigureOptions): these members only, before the
        // code's own delegate runs. PushedAuthorizationBehavior and TokenValidationParameters are not read.
        Sections = ImmutableArray.Create(new SectionBinding(Options)
        {
            Convention = "Authentication:Schemes:{name}",
            Since = new Version(8, 0),
            Members = ImmutableArray.Create("ClientId", "ClientSecret", "ResponseType", "UsePkce", "RequireHttpsMetadata"),
        }),
        Evidence = ImmutableArray.Create(
            // A client assertion written for the token or PAR request is private_key_jwt (the handler sends it as given).
            new Evidence("Microsoft.IdentityModel.Protocols.OpenIdConnect.OpenIdConnectMessage", "ClientAssertion", Setting.TokenEndpointAuthMethod, "private_key_jwt"),
            // A client certificate on the backchannel authenticates the client with mutual TLS.
            new Evidence("System.Net.Http.HttpClientHandler", "ClientCertificates", Setting.TokenEndpointAuthMethod, "tls_client_auth"),
            new Evidence("System.Net.Security.SslClientAuthenticationOptions", "ClientCertificates", Setting.TokenEndpointAuthMethod, "tls_client_auth"),
            new Evidence("System.Net.Security.SslClientAuthenticationOptions", "LocalCertificateSelectionCallback", Setting.TokenEndpointAuthMethod, "tls_client_auth"),
            new Evidence("System.Net.Security.SslClientAuthenticationOptions", "ClientCertificateContext", Setting.TokenEndpointAuthMethod, "tls_client_auth"),
            // Code the engine may not see into can change how the client authenticates: no verdict on the secret.
            new Evidence(Namespace + ".OpenIdConnectEvents", "OnAuthorizationCodeReceived", Setting.TokenEndpointAuthMethod),
            new Evidence(Namespace + ".OpenIdConnectEvents", "OnPushAuthorization", Setting.TokenEndpointAuthMethod),
            new Evidence("Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions", "EventsType", Setting.TokenEndpointAuthMethod),
            new Evidence(Options, "Events", Setting.TokenEndpointAuthMethod, onlySubtypes: true),
            new Evidence("Microsoft.AspNetCore.Authentication.RemoteAuthenticationOptions", "Backchannel", Setting.TokenEndpointAuthMethod),
            new Evidence("Microsoft.AspNetCore.Authentication.RemoteAuthenticationOptions", "BackchannelHttpHandler", Setting.TokenEndpointAuthMethod)),
        // Pushed authorization requests arrived in ASP.NET Core 9.0 (PushedAuthorizationBehavior).
        Limitations = ImmutableArray.Create(
            new Limitation(Setting.PushedAuthorizationRequired, false, "the ASP.NET Core OpenID Connect handler before 9.0 cannot push authorization requests", below: new Version(9, 0))),
    };

    private static ImmutableArray<PropertyBinding> Properties => ImmutableArray.Create(
        Property("ClientId", Setting.ClientId),
        // The handler sends ClientSecret as a form parameter of the token request: client_secret_post, whatever the value.
        new PropertyBinding("ClientSecret", Setting.TokenEndpointAuthMethod, read: _ => null) { WhenWritten = "client_secret_post" },
        // One response type, read as a combination ("code id_token").
        new PropertyBinding("ResponseType", Setting.ResponseTypes, isCollection: true) { SingleElement = true },
        // UsePkce = false is reported. Not modelled: the handler sends a challenge only when ResponseType is exactly
        // code, so a hybrid relying party sends none even with UsePkce on (docs/libraries.md).
        Property("UsePkce", Setting.PkceRequired),
        Property("PushedAuthorizationBehavior", Setting.PushedAuthorizationRequired, read: b => b is int i ? i == Require : null, write: r => r is true ? Require : null),
        Property("RequireHttpsMetadata", Setting.HttpsMetadataRequired),
        Property(Parameters + "RequireSignedTokens", Setting.SignedTokensRequired),
        Property(Parameters + "ValidateIssuer", Setting.IssuerValidated),
        Property(Parameters + "ValidateAudience", Setting.AudienceValidated),
        Property(Parameters + "ValidateLifetime", Setting.LifetimeValidated),
        // SignatureValidator = (token, p) => new JsonWebToken(token): the token is parsed, never validated.
        new PropertyBinding(Parameters + "SignatureValidator", Setting.SignatureValidated, read: _ => null)
        {
            SkipsWhenReturning = ImmutableArray.Create("Microsoft.IdentityModel.JsonWebTokens.JsonWebToken", "System.IdentityModel.Tokens.Jwt.JwtSecurityToken"),
        },
        Collection(Parameters + "ValidAlgorithms", Setting.AcceptedIdTokenAlgorithms));
}
