using System.Collections.Immutable;
using Fapi.Analyzers.Facts;
using static Fapi.Analyzers.Bindings.BindingTable;

namespace Fapi.Analyzers.Bindings;

/// <summary>
/// SimpleIdServer (simpleidserver/SimpleIdServer, src/IdServer): the Client model, the ClientBuilder fluent API,
/// IdServerHostOptions in AddSidIdentityServer(o => ...), with the defaults its source sets.
/// </summary>
internal static class SimpleIdServerBindings
{
    private const string Domains = "SimpleIdServer.IdServer.Domains.";
    private const string Builders = "SimpleIdServer.IdServer.Builders.";
    private const string Client = Domains + "Client";
    private const string HostOptions = "SimpleIdServer.IdServer.Options.IdServerHostOptions";
    private const string Website = Builders + "TraditionalWebsiteClientBuilder";
    private const string UserAgent = Builders + "UserAgentClientBuilder";
    private const string Mobile = Builders + "MobileClientBuilder";
    private const string Api = Builders + "ApiClientBuilder";
    private const string IdServerBuilder = "Microsoft.Extensions.DependencyInjection.IdServerBuilder";

    // RefreshTokenUsages { OneTimeOnly = 0, ReUse = 1 }: one-time-only refresh tokens are rotation.
    private static object? RotationFromUsage(object usage) => usage is int i ? i == 0 : null;
    private static object? UsageFromRotation(object rotation) => rotation is bool b ? (b ? 0 : 1) : null;

    // ClientTypes.MOBILE = 3.
    private static object? IsNative(object clientType) => clientType is int i ? i == 3 : null;

    private static bool IsConfidential(ClientConfiguration client) => client.Get(Setting.PublicClient)?.AsBool == false;

    private static object? IsConfigured(object value) => value is string s && s.Length > 0 ? true : null;

    // A client without IdTokenSignedResponseAlg is signed with the host's DefaultTokenSignedResponseAlg (IdTokenBuilder.cs:62).
    private static readonly ImmutableArray<SettingValue> ClientDefaults = Defaults(
        (Setting.PublicClient, false),
        (Setting.RefreshTokenRotation, true),
        (Setting.AuthorizationCodeLifetimeSeconds, 600),
        (Setting.PushedRequestLifetimeSeconds, 600));

    public static readonly LibraryBinding Binding = new()
    {
        Name = "SimpleIdServer",
        GateTypes = ImmutableArray.Create(Client, HostOptions),
        // A client that leaves these unset uses the host's: DefaultTokenEndPointAuthMethod (a public client does not
        // authenticate), DefaultTokenSignedResponseAlg for ID tokens (IdTokenBuilder.cs:62).
        Inherited = ImmutableArray.Create(
            new Inheritance(Setting.TokenEndpointAuthMethod, Setting.DefaultTokenEndpointAuthMethod, publicClientsInherit: false),
            new Inheritance(Setting.IdTokenSigningAlgorithm, Setting.DefaultAccessTokenSigningAlgorithm)),
        Derived = ImmutableArray.Create(
            // The server demands a code challenge from public clients (AuthorizationCodeResponseTypeHandler.cs:72).
            new Derivation(Setting.PkceRequired, Setting.PublicClient, isPublic => isPublic is true ? true : null, atAnchor: true),
            // Tokens are bound to the certificate presented at the token endpoint, so mTLS clients get bound tokens.
            new Derivation(Setting.MutualTlsBoundAccessTokens, Setting.TokenEndpointAuthMethod, IsMutualTls, atAnchor: false)),
        // Verified in simpleidserver/SimpleIdServer at 57ab71c, paths under src/IdServer/SimpleIdServer.IdServer/.
        Limitations = ImmutableArray.Create(
            new Limitation(Setting.PushedAuthorizationSupported, true, "SimpleIdServer's PAR endpoint is always on (PushedAuthorizationController)"),
            new Limitation(Setting.PushedAuthorizationRequired, false,
                "SimpleIdServer accepts authorization requests without a pushed request_uri whatever RequiredPushedAuthorizationRequest says (Helpers/ExtractRequestHelper.cs:76-80), and a request_uri can be used again (PushedAuthorizationController.cs:92-95)"),
            new Limitation(Setting.PlainPkceAccepted, true,
                "SimpleIdServer accepts code_challenge_method=plain whatever DefaultCodeChallengeMethod says (ServiceCollectionExtensions.cs:444-445, AuthorizationCodeResponseTypeHandler.cs:75-79)"),
            new Limitation(Setting.PkceRequired, false,
                "SimpleIdServer asks only public clients for a code challenge and never checks a confidential client's code_verifier (AuthorizationCodeResponseTypeHandler.cs:72, Api/Token/Handlers/AuthorizationCodeHandler.cs:206-207)",
                IsConfidential),
            new Limitation(Setting.RedirectUriExactMatch, false,
                "SimpleIdServer matches every registered redirect URI as an unanchored, case-insensitive regular expression (Api/Authorization/Validators/OAuthAuthorizationRequestValidator.cs:241-245), and anchored patterns cannot be registered instead: other code parses them as URLs (SubjectTypeBuilders/PairWiseSubjectTypeBuidler.cs:37, Api/Register/RegisterClientRequestValidator.cs:156-173)"),
            new Limitation(Setting.SignedRequestObjectRequired, false,
                "SimpleIdServer never makes request objects mandatory; a registered RequestObjectSigningAlg is checked only when one is sent (Helpers/ExtractRequestHelper.cs:67-68, 105, 116)",
                IsConfidential)),
        Models = ImmutableArray.Create(
            new ModelBinding(Client, ConfigurationKind.Client, ImmutableArray.Create(
                    Property("ClientId", Setting.ClientId),
                    Property("IsPublic", Setting.PublicClient),
                    Property("ClientType", Setting.NativeClient, read: IsNative),
                    Property("TokenEndPointAuthMethod", Setting.TokenEndpointAuthMethod),
                    Collection("ResponseTypes", Setting.ResponseTypes),
                    Collection("GrantTypes", Setting.GrantTypes),
                    Collection("RedirectionUrls", Setting.RedirectUris),
                    Property("IdTokenSignedResponseAlg", Setting.IdTokenSigningAlgorithm),
                    Property("RequestObjectSigningAlg", Setting.RequestObjectSigningAlgorithm),
                    Property("RequestObjectEncryptionAlg", Setting.RequestObjectEncryptionAlgorithm),
                    Property("AuthorizationSignedResponseAlg", Setting.JarmSigningAlgorithm),
                    Property("AuthorizationEncryptedResponseAlg", Setting.JarmEncryptionAlgorithm),
                    Property("UserInfoSignedResponseAlg", Setting.UserInfoSigningAlgorithm),
                    Property("TokenSignedResponseAlg", Setting.AccessTokenSigningAlgorithm),
                    Property("IdTokenEncryptedResponseAlg", Setting.IdTokenEncryptionAlgorithm),
                    Property("UserInfoEncryptedResponseAlg", Setting.UserInfoEncryptionAlgorithm),
                    Property("TokenEncryptedResponseAlg", Setting.AccessTokenEncryptionAlgorithm),
                    Property("DPOPBoundAccessTokens", Setting.DpopBoundAccessTokens),
                    // TlsClientCertificateBoundAccessToken is not read by the server: it binds tokens to any presented certificate.
                    Property("RefreshTokenUsage", Setting.RefreshTokenRotation, read: RotationFromUsage, write: UsageFromRotation),
                    Property("AuthorizationCodeExpirationInSeconds", Setting.AuthorizationCodeLifetimeSeconds),
                    Property("PARExpirationTimeInSeconds", Setting.PushedRequestLifetimeSeconds),
                    Property("TlsClientAuthSubjectDN", Setting.TlsClientAuthenticationConfigured, read: IsConfigured),
                    Property("TlsClientAuthSanDNS", Setting.TlsClientAuthenticationConfigured, read: IsConfigured)),
                ClientDefaults),
            new ModelBinding(HostOptions, ConfigurationKind.Server, ImmutableArray.Create(
                    Property("RequiredPushedAuthorizationRequest", Setting.PushedAuthorizationRequired),
                    Property("DefaultCodeChallengeMethod", Setting.DefaultCodeChallengeMethod),
                    Property("DefaultTokenEndPointAuthMethod", Setting.DefaultTokenEndpointAuthMethod),
                    Property("DefaultTokenSignedResponseAlg", Setting.DefaultAccessTokenSigningAlgorithm)),
                Defaults(
                    (Setting.PushedAuthorizationRequired, false),
                    (Setting.DefaultCodeChallengeMethod, "plain"),
                    (Setting.DefaultTokenEndpointAuthMethod, "client_secret_post"),
                    (Setting.DefaultAccessTokenSigningAlgorithm, "RS256")))),
        Entries = ImmutableArray.Create(
            Entry("BuildTraditionalWebsiteClient", Defaults(
                (Setting.TokenEndpointAuthMethod, "client_secret_post"),
                (Setting.ResponseTypes, "code"),
                (Setting.GrantTypes, "authorization_code"))),
            Entry("BuildUserAgentClient", Defaults(
                (Setting.PublicClient, true),
                (Setting.ResponseTypes, "code"),
                (Setting.GrantTypes, "authorization_code"))),
            Entry("BuildMobileApplication", Defaults(
                (Setting.PublicClient, true),
                (Setting.NativeClient, true),
                (Setting.ResponseTypes, "code"),
                (Setting.GrantTypes, "authorization_code"))),
            EntryWithoutRedirects("BuildApiClient", Defaults(
                (Setting.TokenEndpointAuthMethod, "client_secret_post"),
                (Setting.GrantTypes, "client_credentials"),
                (Setting.RefreshTokenRotation, false))),
            Entry("BuildCredentialIssuer", Defaults(
                (Setting.TokenEndpointAuthMethod, "client_secret_post"),
                (Setting.ResponseTypes, "code"),
                (Setting.GrantTypes, "urn:ietf:params:oauth:grant-type:exchange-pre-authorized_code"),
                (Setting.GrantTypes, "authorization_code"),
                (Setting.RefreshTokenRotation, false))),
            EntryWithoutRedirects("BuildWalletClient", Defaults(
                (Setting.GrantTypes, "urn:ietf:params:oauth:grant-type:pre-authorized_code"),
                (Setting.GrantTypes, "authorization_code"))),
            EntryWithoutRedirects("BuildDeviceClient", Defaults(
                (Setting.TokenEndpointAuthMethod, "client_secret_post"),
                (Setting.GrantTypes, "urn:ietf:params:oauth:grant-type:device_code"),
                (Setting.IdTokenSigningAlgorithm, "ES256"))),
            EntryWithoutRedirects("BuildExternalAuthDeviceClient", Defaults(
                (Setting.TokenEndpointAuthMethod, "tls_client_auth"),
                (Setting.TlsClientAuthenticationConfigured, true),
                (Setting.GrantTypes, "urn:openid:params:grant-type:ciba"),
                (Setting.IdTokenSigningAlgorithm, "ES256")))),
        Calls = ImmutableArray.Create(
            // client authentication
            Call(Website, "UseClientPrivateKeyJwtAuthentication", Effect.Set(Setting.TokenEndpointAuthMethod, "private_key_jwt")),
            Call(Website, "UseClientSecretPostAuthentication", Effect.Set(Setting.TokenEndpointAuthMethod, "client_secret_post")),
            Call(Api, "UsePrivateKeyJwtAuthentication", Effect.Set(Setting.TokenEndpointAuthMethod, "private_key_jwt")),
            Call(Api, "UseClientSecretJwtAuthentication", Effect.Set(Setting.TokenEndpointAuthMethod, "client_secret_jwt")),
            Call(Api, "UseClientSelfSignedAuthentication", Effect.Set(Setting.TokenEndpointAuthMethod, "self_signed_tls_client_auth")),
            Call(Api, "UseClientSecretBasicAuthentication", Effect.Set(Setting.TokenEndpointAuthMethod, "client_secret_basic")),
            Call(Website, "UseClientTlsAuthentication", TlsAuthentication),
            Call(Mobile, "UseClientTlsAuthentication", TlsAuthentication),
            Call(Api, "UseClientTlsAuthentication", TlsAuthentication),
            // client type
            Call(Website, "Public", Effect.Set(Setting.PublicClient, true)),
            // response types and grant types
            Call(Website, "EnableIdTokenInResponseType", Effect.Add(Setting.ResponseTypes, "id_token")),
            Call(Mobile, "EnableIdTokenInResponseType", Effect.Add(Setting.ResponseTypes, "id_token")),
            Call(Website, "EnableTokenInResponseType", Effect.Add(Setting.ResponseTypes, "token")),
            Call(Mobile, "EnableTokenInResponseType", Effect.Add(Setting.ResponseTypes, "token")),
            Call(UserAgent, "UseImplicitFlow", Effect.Replace(Setting.ResponseTypes, "id_token", "token"), Effect.Add(Setting.GrantTypes, "implicit")),
            Call(Website, "EnableRefreshTokenGrantType", RefreshTokenGrant),
            Call(Mobile, "EnableRefreshTokenGrantType", RefreshTokenGrant),
            Call(Api, "EnableRefreshTokenGrantType", RefreshTokenGrant),
            Call(UserAgent, "AddRefreshToken", RefreshTokenGrant),
            Call(Website, "EnableOfflineAccess", RefreshTokenGrant),
            Call(Mobile, "EnableOfflineAccess", RefreshTokenGrant),
            Call(Website, "EnableClientGrantType", Effect.Add(Setting.GrantTypes, "client_credentials")),
            Call(Website, "EnableCIBAGrantType", Effect.Add(Setting.GrantTypes, "urn:openid:params:grant-type:ciba")),
            Call(Api, "EnablePasswordGrantType", Effect.Add(Setting.GrantTypes, "password")),
            Call(Api, "UseOnlyPasswordGrantType", Effect.Replace(Setting.GrantTypes, "password")),
            // algorithms
            Call(Website, "SetIdTokenSignedResponseAlg", Effect.FromArgument(Setting.IdTokenSigningAlgorithm, "alg")),
            Call(UserAgent, "SetIdTokenSignatureAlg", Effect.FromArgument(Setting.IdTokenSigningAlgorithm, "alg")),
            Call(UserAgent, "DisableIdTokenSignature", Effect.Set(Setting.IdTokenSigningAlgorithm, "none")),
            Call(Website, "SetRequestObjectSigning", Effect.FromArgument(Setting.RequestObjectSigningAlgorithm, "alg")),
            Call(Mobile, "SetRequestObjectSigning", Effect.FromArgument(Setting.RequestObjectSigningAlgorithm, "alg")),
            Call(Website, "SetRequestObjectEncryption", Effect.FromArgument(Setting.RequestObjectEncryptionAlgorithm, "alg")),
            Call(Mobile, "SetRequestObjectEncryption", Effect.FromArgument(Setting.RequestObjectEncryptionAlgorithm, "alg")),
            Call(Website, "SetSigAuthorizationResponse", Effect.FromArgument(Setting.JarmSigningAlgorithm, "sigAlg")),
            Call(UserAgent, "SetSigAuthorizationResponse", Effect.FromArgument(Setting.JarmSigningAlgorithm, "sigAlg")),
            Call(Website, "SetEncAuthorizationResponse", Effect.FromArgument(Setting.JarmEncryptionAlgorithm, "alg")),
            Call(UserAgent, "SetEncAuthorizationResponse", Effect.FromArgument(Setting.JarmEncryptionAlgorithm, "alg")),
            Call(Website, "SetUserInfoSignedResponseAlg", Effect.FromArgument(Setting.UserInfoSigningAlgorithm, "alg")),
            Call(Website, "SetUserInfoEncryption", Effect.FromArgument(Setting.UserInfoEncryptionAlgorithm, "alg")),
            Call(Mobile, "SetUserInfoEncryption", Effect.FromArgument(Setting.UserInfoEncryptionAlgorithm, "alg")),
            Call(UserAgent, "SetIdTokenEncryption", Effect.FromArgument(Setting.IdTokenEncryptionAlgorithm, "alg")),
            Call(Mobile, "SetUserInfoSignedResponseAlg", Effect.FromArgument(Setting.UserInfoSigningAlgorithm, "alg")),
            // the client's own signing keys (client assertions, request objects)
            Call(Website, "AddSigningKey", Effect.FromArgument(Setting.ClientKeySigningAlgorithm, "alg")),
            Call(Mobile, "AddSigningKey", Effect.FromArgument(Setting.ClientKeySigningAlgorithm, "alg")),
            Call(Api, "AddSigningKey", Effect.FromArgument(Setting.ClientKeySigningAlgorithm, "alg")),
            Call(Api, "GenerateRSASigningKey", Effect.FromArgument(Setting.ClientKeySigningAlgorithm, "alg")),
            // sender constraint and refresh tokens
            Call(Website, "UseDPOPProof", Effect.Set(Setting.DpopBoundAccessTokens, true)),
            Call(Api, "UseDPOPProof", Effect.Set(Setting.DpopBoundAccessTokens, true)),
            Call(Website, "SetRefreshTokenUsage", Effect.FromArgument(Setting.RefreshTokenRotation, "usage", RotationFromUsage, UsageFromRotation)),
            // server
            Call(IdServerBuilder, "PushAuthorizationRequestIsRequired", Effect.Set(Setting.PushedAuthorizationRequired, true))),
        Registrations = ImmutableArray.Create(
            new RegistrationBinding("Microsoft.Extensions.DependencyInjection.ServiceCollectionExtensions", "AddSidIdentityServer", "callback", HostOptions)),
        KnownValues = ImmutableArray.Create(
            new KnownValue("SimpleIdServer.IdServer.Api.Authorization.ResponseTypes.AuthorizationCodeResponseTypeHandler", "RESPONSE_TYPE", "code"),
            new KnownValue("SimpleIdServer.IdServer.Api.Authorization.ResponseTypes.IdTokenResponseTypeHandler", "RESPONSE_TYPE", "id_token"),
            new KnownValue("SimpleIdServer.IdServer.Api.Authorization.ResponseTypes.TokenResponseTypeHandler", "RESPONSE_TYPE", "token"),
            new KnownValue("SimpleIdServer.IdServer.Api.Token.PKCECodeChallengeMethods.PlainCodeChallengeMethodHandler", "DEFAULT_NAME", "plain"),
            new KnownValue("SimpleIdServer.IdServer.Api.Token.PKCECodeChallengeMethods.S256CodeChallengeMethodHandler", "DEFAULT_NAME", "S256")),
    };

    private static Effect[] TlsAuthentication => new[]
    {
        Effect.Set(Setting.TokenEndpointAuthMethod, "tls_client_auth"),
        Effect.Set(Setting.TlsClientAuthenticationConfigured, true),
    };

    private static Effect RefreshTokenGrant => Effect.Add(Setting.GrantTypes, "refresh_token");

    // A property, not a field: static fields initialize in text order, after Binding above reads them.
    private static ImmutableArray<ParameterBinding> RedirectUrls => ImmutableArray.Create(
        new ParameterBinding("clientId", Setting.ClientId), new ParameterBinding("redirectUrls", Setting.RedirectUris, isCollection: true));

    private static ImmutableArray<ParameterBinding> ClientIdOnly => ImmutableArray.Create(new ParameterBinding("clientId", Setting.ClientId));

    /// <summary>An entry point that takes <c>params string[] redirectUrls</c>.</summary>
    private static EntryBinding Entry(string method, ImmutableArray<SettingValue> defaults)
        => new(Builders + "ClientBuilder", method, ConfigurationKind.Client, defaults, Client, RedirectUrls);

    /// <summary>An entry point without redirect URLs (machine, device and wallet clients).</summary>
    private static EntryBinding EntryWithoutRedirects(string method, ImmutableArray<SettingValue> defaults)
        => new(Builders + "ClientBuilder", method, ConfigurationKind.Client, defaults, Client, ClientIdOnly);
}
