#nullable disable
// Stub of the public SimpleIdServer API used by Fapi.Analyzers tests.
// Declarations (names, namespaces, signatures, optional defaults) follow
// simpleidserver/SimpleIdServer, src/IdServer/... at commit
// 57ab71c9b63a687e10f9e63357251b66decb2cfa (2026-03-19). Bodies are trivial and only
// reproduce the values the real builders assign on Client.
//
// Deliberate simplifications:
//  * Real optional defaults such as SecurityAlgorithms.RsaSha256 are written as their literal values
//    ("RS256", "RSA1_5", "A128CBC-HS256", "ES256", "none"); the compiled default values are identical.
//    Microsoft.IdentityModel.Tokens is referenced for the signing-key overloads (AddSigningKey);
//    AddEncryptedKey(EncryptingCredentials,..) and AddRSAEncryptedKey(..) are omitted.
//  * The stub compiles against the real ASP.NET Core reference pack (WebApplicationBuilder,
//    ClientCertificateMode); only CertificateAuthenticationOptions, from a package outside the
//    shared framework, is declared at the bottom in its real namespace.
//  * IdServerBuilder members whose parameter types come from other libraries
//    (FormBuilder, Hangfire, MassTransit, KeyValue config, User/ApiResource/Language/AuthenticationScheme
//    domain types) are omitted.

using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Authentication;
using Microsoft.AspNetCore.Authentication.Certificate;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.IdentityModel.Tokens;
using SimpleIdServer.IdServer.Api.Authorization.ResponseTypes;
using SimpleIdServer.IdServer.Api.Token.Handlers;
using SimpleIdServer.IdServer.Api.Token.PKCECodeChallengeMethods;
using SimpleIdServer.IdServer.Authenticate.Handlers;
using SimpleIdServer.IdServer.Builders;
using SimpleIdServer.IdServer.Config;
using SimpleIdServer.IdServer.Domains;
using SimpleIdServer.IdServer.Helpers.Models;
using SimpleIdServer.IdServer.Options;
using SimpleIdServer.IdServer.SubjectTypeBuilders;

// ---------------------------------------------------------------------------------------------
// SimpleIdServer.IdServer.Helpers.Models  (project SimpleIdServer.IdServer.Helpers)
// ---------------------------------------------------------------------------------------------
namespace SimpleIdServer.IdServer.Helpers.Models
{
    public class Translation
    {
        public Translation() { }
        public Translation(string key, string value, string language) { Key = key; Value = value; Language = language; }
        public string Key { get; set; }
        public string Value { get; set; }
        public string Language { get; set; }
    }

    // NB: in the real source ITranslatable is a class, not an interface.
    public class ITranslatable
    {
        public ICollection<Translation> Translations { get; set; } = new List<Translation>();
    }
}

// ---------------------------------------------------------------------------------------------
// SimpleIdServer.IdServer.Domains  (project SimpleIdServer.IdServer.Domains)
// ---------------------------------------------------------------------------------------------
namespace SimpleIdServer.IdServer.Domains
{
    public enum ClientTypes
    {
        SPA = 0,
        MACHINE = 1,
        WEBSITE = 2,
        MOBILE = 3,
        EXTERNAL = 4,
        WALLET = 5,
        DEVICE = 6,
        HIGHLYSECUREDWEBSITE = 7,
        GRANTMANAGEMENT = 8,
        SAML = 9,
        CREDENTIALISSUER = 10,
        FEDERATION = 11,
        WSFEDERATION = 12
    }

    // Declared in its own file RefreshTokenUsages.cs, namespace SimpleIdServer.IdServer.Domains.
    public enum RefreshTokenUsages
    {
        OneTimeOnly = 0,
        ReUse = 1
    }

    public enum AccessTokenTypes
    {
        Jwt = 0,
        Reference = 1
    }

    public enum TokenExchangeTypes
    {
        DELEGATION = 0,
        IMPERSONATION = 1
    }

    public enum SecurityKeyTypes
    {
        RSA = 0,
        CERTIFICATE = 1,
        ECDSA = 2
    }

    public enum HashAlgs
    {
        PLAINTEXT = 0,
        MD5 = 1,
        SHA1 = 2,
        SHA256 = 3,
        SHA384 = 4,
        SHA512 = 5,
        PBKDF2 = 6
    }

    public class ClientSecret
    {
        public string Id { get; set; }
        public string Value { get; set; }
        public HashAlgs Alg { get; set; }
        public DateTime? ExpirationDateTime { get; set; }
        public DateTime CreateDateTime { get; set; }
        public bool IsActive { get; set; } = true;
        public bool IsInactive => !IsActive;

        public static ClientSecret Create(string pwd, HashAlgs alg, DateTime? expirationTime = null)
            => new ClientSecret { Id = Guid.NewGuid().ToString(), Value = pwd, Alg = alg, ExpirationDateTime = expirationTime, CreateDateTime = DateTime.UtcNow };
    }

    public class ClientJsonWebKey
    {
        public string Kid { get; set; }
        public string Alg { get; set; }
        public string Usage { get; set; }
        public SecurityKeyTypes? KeyType { get; set; } = null;
        public string SerializedJsonWebKey { get; set; }
    }

    public class Language
    {
        public const string Default = "en";
    }

    public class Scope : IEquatable<Scope>
    {
        public Scope() { }
        public Scope(string name) : this() { Name = name; }
        public string Id { get; set; }
        public string Name { get; set; }
        public string Description { get; set; }
        public bool Equals(Scope other) => other != null && other.Name == Name;
        public override bool Equals(object obj) => Equals(obj as Scope);
        public override int GetHashCode() => Name?.GetHashCode() ?? 0;
    }

    public class Realm
    {
        public string Name { get; set; }
        public string Description { get; set; } = null;
        public DateTime CreateDateTime { get; set; }
        public DateTime UpdateDateTime { get; set; }
        public ICollection<Client> Clients { get; set; } = new List<Client>();
        public ICollection<Scope> Scopes { get; set; } = new List<Scope>();
    }

    public class ClientTranslationKeys
    {
        public const string ClientName = "client_name";
        public const string ClientUri = "client_uri";
        public const string LogoUri = "logo_uri";
        public const string TosUri = "tos_uri";
        public const string PolicyUri = "policy_uri";
    }

    public class Client : ITranslatable, IEquatable<Client>
    {
        public string Id { get; set; }
        public string ClientSecret { get; set; } = "";
        public DateTime? ClientSecretExpirationTime { get; set; }
        public string Source { get; set; }
        public bool IsPublic { get; set; }
        public string ClientId { get; set; }
        public List<ClientSecret> Secrets { get; set; } = new List<ClientSecret>();
        public string RegistrationAccessToken { get; set; } = null;
        public ICollection<string> GrantTypes { get; set; } = new List<string>();
        public ICollection<string> RedirectionUrls { get; set; } = new List<string>();
        public string TokenEndPointAuthMethod { get; set; } = null;
        public ICollection<string> ResponseTypes { get; set; } = new List<string>();
        public int AuthorizationCodeExpirationInSeconds { get; set; } = 600;
        public string ClientName => Translate(ClientTranslationKeys.ClientName);
        public string LogoUri => Translate(ClientTranslationKeys.LogoUri);
        public string ClientUri => Translate(ClientTranslationKeys.ClientUri);
        public string TosUri => Translate(ClientTranslationKeys.TosUri);
        public string PolicyUri => Translate(ClientTranslationKeys.PolicyUri);
        public string JwksUri { get; set; } = null;
        public IEnumerable<string> Contacts { get; set; } = new List<string>();
        public string SoftwareId { get; set; } = null;
        public string SoftwareVersion { get; set; } = null;
        public string TlsClientAuthSubjectDN { get; set; } = null;
        public string TlsClientAuthSanDNS { get; set; } = null;
        public string TlsClientAuthSanURI { get; set; } = null;
        public string TlsClientAuthSanIP { get; set; } = null;
        public string TlsClientAuthSanEmail { get; set; } = null;
        public DateTime UpdateDateTime { get; set; }
        public bool IsTokenExchangeEnabled { get; set; }
        public TokenExchangeTypes? TokenExchangeType { get; set; }
        public DateTime CreateDateTime { get; set; }
        public double? TokenExpirationTimeInSeconds { get; set; }
        public double? UserCookieExpirationTimeInSeconds { get; set; }
        public double? CNonceExpirationTimeInSeconds { get; set; }
        public double? RefreshTokenExpirationTimeInSeconds { get; set; }
        public int DeviceCodeExpirationInSeconds { get; set; } = 600;
        public int DeviceCodePollingInterval { get; set; } = 5;
        public int PARExpirationTimeInSeconds { get; set; } = 600;
        public string Scope
        {
            get => string.Join(" ", Scopes.Select(s => s.Name));
            set => Scopes = value == null ? new List<Scope>() : value.Split(' ').Select(v => new Scope { Name = v }).ToList();
        }
        public List<string> SubjectSyntaxTypesSupported { get; set; } = new List<string>();
        public string TokenSignedResponseAlg { get; set; } = null;
        public string TokenEncryptedResponseAlg { get; set; } = null;
        public string TokenEncryptedResponseEnc { get; set; } = null;
        public ICollection<string> PostLogoutRedirectUris { get; set; } = new List<string>();
        public bool RedirectToRevokeSessionUI { get; set; } = true;
        public string PreferredTokenProfile { get; set; } = null;
        public string RequestObjectSigningAlg { get; set; } = null;
        public string RequestObjectEncryptionAlg { get; set; } = null;
        public string RequestObjectEncryptionEnc { get; set; } = null;
        public string SubjectType { get; set; } = null;
        public string PairWiseIdentifierSalt { get; set; } = null;
        public string SectorIdentifierUri { get; set; } = null;
        public string IdTokenSignedResponseAlg { get; set; } = null;
        public string IdTokenEncryptedResponseAlg { get; set; } = null;
        public string IdTokenEncryptedResponseEnc { get; set; } = null;
        public string BCTokenDeliveryMode { get; set; } = null;
        public string BCClientNotificationEndpoint { get; set; } = null;
        public string BCAuthenticationRequestSigningAlg { get; set; }
        public string UserInfoSignedResponseAlg { get; set; } = null;
        public List<string> ClientRegistrationTypesSupported { get; set; } = new List<string>();
        public string UserInfoEncryptedResponseAlg { get; set; } = null;
        public string UserInfoEncryptedResponseEnc { get; set; } = null;
        public bool BCUserCodeParameter { get; set; } = false;
        public string FrontChannelLogoutUri { get; set; } = null;
        public string CredentialOfferEndpoint { get; set; } = null;
        public bool IsTransactionCodeRequired { get; set; } = false;
        public double PreAuthCodeExpirationTimeInSeconds { get; set; } = 5 * 60;
        public bool FrontChannelLogoutSessionRequired { get; set; }
        public bool BackChannelLogoutSessionRequired { get; set; }
        public double? DefaultMaxAge { get; set; } = null;
        public bool TlsClientCertificateBoundAccessToken { get; set; }
        public string BackChannelLogoutUri { get; set; } = null;
        public string ApplicationType { get; set; } = null;
        public string InitiateLoginUri { get; set; }
        public bool RequireAuthTime { get; set; } = false;
        public string AuthorizationSignedResponseAlg { get; set; } = null;
        public string AuthorizationEncryptedResponseAlg { get; set; } = null;
        public ICollection<string> AuthorizationDataTypes { get; set; } = new List<string>();
        public string AuthorizationEncryptedResponseEnc { get; set; } = null;
        public bool DPOPBoundAccessTokens { get; set; } = false;
        public bool IsConsentDisabled { get; set; }
        public bool IsResourceParameterRequired { get; set; } = false;
        public int AuthReqIdExpirationTimeInSeconds { get; set; } = 120;
        public ICollection<Scope> Scopes { get; set; } = new List<Scope>();
        public ICollection<ClientJsonWebKey> SerializedJsonWebKeys { get; set; } = new List<ClientJsonWebKey>();
        public ClientTypes? ClientType { get; set; } = null;
        public DateTime? ExpirationDateTime { get; set; } = null;
        public bool IsDPOPNonceRequired { get; set; } = false;
        public double DPOPNonceLifetimeInSeconds { get; set; } = 5 * 60;
        public bool IsRedirectUrlCaseSensitive { get; set; } = false;
        public bool IsSelfIssueEnabled { get; set; }
        public int MaxRequestParameterLifetimeSeconds { get; set; } = 300;
        public int MaxBindingMessageSize { get; set; } = 150;
        public int DpopLifetimeSeconds { get; set; } = 300;
        // No initializer in the real source => default(RefreshTokenUsages) == OneTimeOnly.
        public RefreshTokenUsages RefreshTokenUsage { get; set; }
        public string SerializedParameters { get; set; } = null;
        public ICollection<string> DefaultAcrValues { get; set; } = new List<string>();
        public int BCIntervalSeconds { get; set; } = 5;
        public AccessTokenTypes AccessTokenType { get; set; } = AccessTokenTypes.Jwt;
        public ICollection<Realm> Realms { get; set; } = new List<Realm>();

        public void Add(ClientSecret secret) => Secrets.Add(secret);

        private string Translate(string key) => Translations.FirstOrDefault(t => t.Key == key)?.Value;

        public bool Equals(Client other) => other != null && other.ClientId == ClientId;
        public override bool Equals(object obj) => Equals(obj as Client);
        public override int GetHashCode() => ClientId?.GetHashCode() ?? 0;
    }
}

// ---------------------------------------------------------------------------------------------
// Constants / handler classes (declared as plain classes with only their constant member)
// ---------------------------------------------------------------------------------------------
namespace SimpleIdServer.IdServer.Authenticate.Handlers
{
    public class OAuthClientPrivateKeyJwtAuthenticationHandler { public const string AUTH_METHOD = "private_key_jwt"; }
    public class OAuthClientSecretBasicAuthenticationHandler { public const string AUTH_METHOD = "client_secret_basic"; }
    public class OAuthClientSecretPostAuthenticationHandler { public const string AUTH_METHOD = "client_secret_post"; }
    public class OAuthClientSecretJwtAuthenticationHandler { public const string AUTH_METHOD = "client_secret_jwt"; }
    public class OAuthClientTlsClientAuthenticationHandler { public const string AUTH_METHOD = "tls_client_auth"; }
    public class OAuthClientSelfSignedTlsClientAuthenticationHandler { public const string AUTH_METHOD = "self_signed_tls_client_auth"; }
}

namespace SimpleIdServer.IdServer.Api.Authorization.ResponseTypes
{
    // Real source: "public static string RESPONSE_TYPE" (mutable static field, NOT const).
    public class AuthorizationCodeResponseTypeHandler { public static string RESPONSE_TYPE = "code"; }
    public class IdTokenResponseTypeHandler { public static string RESPONSE_TYPE = "id_token"; }
    public class TokenResponseTypeHandler { public static string RESPONSE_TYPE = "token"; }
}

namespace SimpleIdServer.IdServer.Api.Token.Handlers
{
    // All GRANT_TYPE members are "public const string". There is no implicit grant handler
    // (IdTokenResponseTypeHandler.GrantType returns the literal "implicit").
    public class AuthorizationCodeHandler { public const string GRANT_TYPE = "authorization_code"; }
    public class PasswordHandler { public const string GRANT_TYPE = "password"; }
    public class ClientCredentialsHandler { public const string GRANT_TYPE = "client_credentials"; }
    public class RefreshTokenHandler { public const string GRANT_TYPE = "refresh_token"; }
    public class CIBAHandler { public const string GRANT_TYPE = "urn:openid:params:grant-type:ciba"; }
    public class DeviceCodeHandler { public const string GRANT_TYPE = "urn:ietf:params:oauth:grant-type:device_code"; }
    public class PreAuthorizedCodeHandler { public const string GRANT_TYPE = "urn:ietf:params:oauth:grant-type:pre-authorized_code"; }
    public class TokenExchangeHandler { public const string GRANT_TYPE = "urn:ietf:params:oauth:grant-type:token-exchange"; }
    public class TokenExchangePreAuthorizedCodeHandler { public const string GRANT_TYPE = "urn:ietf:params:oauth:grant-type:exchange-pre-authorized_code"; }
    public class UmaTicketHandler { public const string GRANT_TYPE = "urn:ietf:params:oauth:grant-type:uma-ticket"; }
}

namespace SimpleIdServer.IdServer.Api.Token.PKCECodeChallengeMethods
{
    // Real source: "public static string DEFAULT_NAME" (static field, NOT const).
    public class PlainCodeChallengeMethodHandler { public static string DEFAULT_NAME = "plain"; }
    public class S256CodeChallengeMethodHandler { public static string DEFAULT_NAME = "S256"; }
}

namespace SimpleIdServer.IdServer.SubjectTypeBuilders
{
    // Real class name is misspelled "Buidler".
    public class PairWiseSubjectTypeBuidler { public static string SUBJECT_TYPE = "pairwise"; }
    public class PublicSubjectTypeBuilder { public static string SUBJECT_TYPE = "public"; }
}

namespace SimpleIdServer.IdServer.Config
{
    public static class DefaultNotificationModes
    {
        public const string Poll = "poll";
        public const string Ping = "ping";
        public const string Push = "push";
    }

    public static class DefaultRealms
    {
        public static Domains.Realm Master = new Domains.Realm { Name = "master", Description = "master", CreateDateTime = DateTime.UtcNow, UpdateDateTime = DateTime.UtcNow };
    }

    public static class DefaultClients
    {
        public static string SidAdminClientId => "SIDS-manager";
    }

    // Subset of the real DefaultScopes (only those referenced by the builders).
    public static class DefaultScopes
    {
        public static Scope OpenIdScope = new Scope { Name = "openid" };
        public static Scope Profile = new Scope { Name = "profile" };
        public static Scope OfflineAccessScope = new Scope { Name = "offline_access" };
        public static Scope GrantManagementQuery = new Scope { Name = "grant_management_query" };
        public static Scope GrantManagementRevoke = new Scope { Name = "grant_management_revoke" };
        public static Scope UmaProtection = new Scope { Name = "uma_protection" };
    }
}

// ---------------------------------------------------------------------------------------------
// SimpleIdServer.IdServer.Options
// ---------------------------------------------------------------------------------------------
namespace SimpleIdServer.IdServer.Options
{
    public class IdServerHostOptions
    {
        public string Authority { get; set; } = "https://localhost:5000";
        public string OtpIssuer { get; set; } = "SimpleIdServer";
        public bool ForceHttpsEnabled { get; set; } = false;
        public bool RealmEnabled { get; set; } = false;
        public bool IsUMAEnabled { get; set; } = true;
        public bool IsEmailUsedDuringAuthentication { get; set; } = false;
        public bool GrantManagementActionRequired { get; set; } = false;
        /// <summary>Real source: "{ get; internal set; }" - only IdServerBuilder.EnableFapiSecurityProfile sets it to true.</summary>
        public bool MtlsEnabled { get; internal set; } = false;
        public bool BCEnabled { get; set; }
        public bool RequiredPushedAuthorizationRequest { get; set; } = false;
        public List<string> DefaultScopes { get; set; } = new List<string>();
        public double DefaultTokenExpirationTimeInSeconds { get; set; } = 60 * 30;
        public double DefaultUserCookieExpirationTimeInSeconds { get; set; } = 60 * 30;
        public double DefaultRefreshTokenExpirationTimeInSeconds { get; set; } = 60 * 30;
        public double DefaultAuthorizationRequestCallbackExpirationTimeInSeconds { get; set; } = 60 * 30;
        public string DefaultTokenEndPointAuthMethod { get; set; } = OAuthClientSecretPostAuthenticationHandler.AUTH_METHOD;
        public string DefaultTokenSignedResponseAlg { get; set; } = "RS256"; // SecurityAlgorithms.RsaSha256
        public string DefaultTokenProfile { get; set; } = "Bearer"; // BearerTokenProfile.DEFAULT_NAME
        public string DefaultTokenEncrypteAlg { get; set; } = "RSA1_5"; // SecurityAlgorithms.RsaPKCS1 (real name is misspelled "Encrypte")
        public string DefaultTokenEncryptedEnc { get; set; } = "A128CBC-HS256"; // SecurityAlgorithms.Aes128CbcHmacSha256
        public string DefaultSubjectType { get; set; } = PublicSubjectTypeBuilder.SUBJECT_TYPE;
        public string DefaultCodeChallengeMethod { get; set; } = PlainCodeChallengeMethodHandler.DEFAULT_NAME;
        public double? DefaultMaxAge { get; set; } = null;
        public bool IsScopeClaimConcatenationEnabled { get; set; } = false;
        public Dictionary<string, string> Parameters { get; set; } = new Dictionary<string, string>();
        public int? ClientSecretExpirationInSeconds { get; set; } = null;
        public int? CacheExternalAuthProvidersInSeconds { get; set; }
        public double UmaValidityPeriodPermissionTicketInSeconds { get; set; } = 5 * 60;
        public int RequestSubmittedInterval { get; set; } = 5;
        public int EndSessionRedirectionTimeInMS { get; set; } = 3 * 1000;
        public int MaxNbActiveSessions { get; set; } = 4;
    }
}

// ---------------------------------------------------------------------------------------------
// SimpleIdServer.IdServer.Builders
// ---------------------------------------------------------------------------------------------
namespace SimpleIdServer.IdServer.Builders
{
    // Real class is NOT static (public class ClientBuilder); all Build* members are static.
    public class ClientBuilder
    {
        private static Client NewClient(string clientId, string clientSecret, Domains.Realm realm, ClientTypes type, RefreshTokenUsages usage)
        {
            var client = new Client
            {
                Id = Guid.NewGuid().ToString(),
                ClientId = clientId,
                ClientType = type,
                RefreshTokenUsage = usage,
                CreateDateTime = DateTime.UtcNow,
                UpdateDateTime = DateTime.UtcNow,
                Secrets = new List<ClientSecret> { ClientSecret.Create(clientSecret, HashAlgs.PLAINTEXT) }
            };
            client.Realms.Add(realm ?? DefaultRealms.Master);
            return client;
        }

        public static CredentialIssuerClientBuilder BuildCredentialIssuer(string clientId, string clientSecret, Domains.Realm realm = null, params string[] redirectUrls)
        {
            var client = NewClient(clientId, clientSecret, realm, ClientTypes.CREDENTIALISSUER, RefreshTokenUsages.ReUse);
            client.RedirectionUrls = redirectUrls;
            client.ResponseTypes = new List<string> { AuthorizationCodeResponseTypeHandler.RESPONSE_TYPE };
            client.GrantTypes.Add(TokenExchangePreAuthorizedCodeHandler.GRANT_TYPE);
            client.GrantTypes.Add(AuthorizationCodeHandler.GRANT_TYPE);
            client.TokenEndPointAuthMethod = OAuthClientSecretPostAuthenticationHandler.AUTH_METHOD;
            return new CredentialIssuerClientBuilder(client);
        }

        public static WalletClientBuilder BuildWalletClient(string clientId, string clientSecret, Domains.Realm realm = null)
        {
            var client = NewClient(clientId, clientSecret, realm, ClientTypes.WALLET, RefreshTokenUsages.OneTimeOnly);
            client.AuthorizationDataTypes.Add("openid_credential");
            client.GrantTypes.Add(PreAuthorizedCodeHandler.GRANT_TYPE);
            client.GrantTypes.Add(AuthorizationCodeHandler.GRANT_TYPE);
            return new WalletClientBuilder(client);
        }

        public static ApiClientBuilder BuildApiClient(string clientId, string clientSecret, Domains.Realm realm = null)
        {
            var client = NewClient(clientId, clientSecret, realm, ClientTypes.MACHINE, RefreshTokenUsages.ReUse);
            client.GrantTypes.Add(ClientCredentialsHandler.GRANT_TYPE);
            client.TokenEndPointAuthMethod = OAuthClientSecretPostAuthenticationHandler.AUTH_METHOD;
            return new ApiClientBuilder(client);
        }

        public static TraditionalWebsiteClientBuilder BuildTraditionalWebsiteClient(string clientId, string clientSecret, Domains.Realm realm = null, params string[] redirectUrls)
        {
            var client = NewClient(clientId, clientSecret, realm, ClientTypes.WEBSITE, RefreshTokenUsages.OneTimeOnly);
            client.RedirectionUrls = redirectUrls;
            client.ResponseTypes = new List<string> { AuthorizationCodeResponseTypeHandler.RESPONSE_TYPE };
            client.GrantTypes.Add(AuthorizationCodeHandler.GRANT_TYPE);
            client.TokenEndPointAuthMethod = OAuthClientSecretPostAuthenticationHandler.AUTH_METHOD;
            return new TraditionalWebsiteClientBuilder(client);
        }

        // Real body also adds ~22 administration scopes before additionalScopes; only openid/profile kept here.
        public static TraditionalWebsiteClientBuilder BuildSidAdmWebsite(string password, List<Scope> additionalScopes, params string[] redirectUrls)
        {
            var scopes = new List<Scope> { DefaultScopes.OpenIdScope, DefaultScopes.Profile };
            scopes.AddRange(additionalScopes);
            return BuildTraditionalWebsiteClient(DefaultClients.SidAdminClientId, password, null, redirectUrls)
                .EnableClientGrantType()
                .SetRequestObjectEncryption()
                .AddAuthDataTypes("photo")
                .SetClientName("SimpleIdServer manager")
                .SetClientLogoUri("https://cdn.logo.com/hotlink-ok/logo-social.png")
                .AddScope(scopes.ToArray());
        }

        public static ExternalDeviceClientBuilder BuildExternalAuthDeviceClient(string clientId, string subjectName, Domains.Realm realm = null)
        {
            var client = NewClient(clientId, Guid.NewGuid().ToString(), realm, ClientTypes.EXTERNAL, RefreshTokenUsages.OneTimeOnly);
            client.TlsClientAuthSubjectDN = subjectName;
            client.TokenEndPointAuthMethod = OAuthClientTlsClientAuthenticationHandler.AUTH_METHOD;
            client.BCTokenDeliveryMode = DefaultNotificationModes.Poll;
            client.BCAuthenticationRequestSigningAlg = "ES256"; // SecurityAlgorithms.EcdsaSha256
            client.IdTokenSignedResponseAlg = "ES256";          // SecurityAlgorithms.EcdsaSha256
            client.BCUserCodeParameter = false;
            client.GrantTypes.Add(CIBAHandler.GRANT_TYPE);
            return new ExternalDeviceClientBuilder(client);
        }

        public static DeviceClientBuilder BuildDeviceClient(string clientId, string clientSecret, Domains.Realm realm = null)
        {
            var client = NewClient(clientId, clientSecret, realm, ClientTypes.DEVICE, RefreshTokenUsages.OneTimeOnly);
            client.TokenEndPointAuthMethod = OAuthClientSecretPostAuthenticationHandler.AUTH_METHOD;
            client.IdTokenSignedResponseAlg = "ES256"; // SecurityAlgorithms.EcdsaSha256
            client.GrantTypes.Add(DeviceCodeHandler.GRANT_TYPE);
            return new DeviceClientBuilder(client);
        }

        // Note: no TokenEndPointAuthMethod is set (stays null).
        public static MobileClientBuilder BuildMobileApplication(string clientId, string clientSecret, Domains.Realm realm = null, params string[] redirectUrls)
        {
            var client = NewClient(clientId, clientSecret, realm, ClientTypes.MOBILE, RefreshTokenUsages.OneTimeOnly);
            client.IsPublic = true;
            client.RedirectionUrls = redirectUrls;
            client.ResponseTypes = new List<string> { AuthorizationCodeResponseTypeHandler.RESPONSE_TYPE };
            client.GrantTypes.Add(AuthorizationCodeHandler.GRANT_TYPE);
            return new MobileClientBuilder(client);
        }

        // Note: no TokenEndPointAuthMethod is set (stays null).
        public static UserAgentClientBuilder BuildUserAgentClient(string clientId, string clientSecret, Domains.Realm realm = null, params string[] redirectUrls)
        {
            var client = NewClient(clientId, clientSecret, realm, ClientTypes.SPA, RefreshTokenUsages.OneTimeOnly);
            client.IsPublic = true;
            client.RedirectionUrls = redirectUrls;
            client.ResponseTypes = new List<string> { AuthorizationCodeResponseTypeHandler.RESPONSE_TYPE };
            client.GrantTypes.Add(AuthorizationCodeHandler.GRANT_TYPE);
            return new UserAgentClientBuilder(client);
        }
    }

    public class TraditionalWebsiteClientBuilder
    {
        public TraditionalWebsiteClientBuilder AddSigningKey(SigningCredentials signingCredentials, string alg, SecurityKeyTypes securityKey) => this;
        public TraditionalWebsiteClientBuilder AddSigningKey(RsaSecurityKey securityKey, string alg = "RS256") => AddSigningKey(new SigningCredentials(securityKey, alg), alg, SecurityKeyTypes.RSA);
        private readonly Client _client;
        internal TraditionalWebsiteClientBuilder(Client client) { _client = client; }
        public Client Client => _client;

        // Grant types
        public TraditionalWebsiteClientBuilder EnableRefreshTokenGrantType(double? refreshTokenExpirationTimeInSeconds = null)
        {
            _client.GrantTypes.Add(RefreshTokenHandler.GRANT_TYPE);
            _client.RefreshTokenExpirationTimeInSeconds = refreshTokenExpirationTimeInSeconds;
            return this;
        }

        public TraditionalWebsiteClientBuilder EnableCIBAGrantType(string deliveryMode = DefaultNotificationModes.Poll, string notificationEdp = null, int? interval = null)
        {
            if (deliveryMode != DefaultNotificationModes.Poll && string.IsNullOrWhiteSpace(notificationEdp)) throw new ArgumentException("the notification endpoint must be specified");
            _client.GrantTypes.Add(CIBAHandler.GRANT_TYPE);
            _client.BCTokenDeliveryMode = deliveryMode;
            _client.BCUserCodeParameter = true;
            _client.BCClientNotificationEndpoint = notificationEdp;
            _client.BCAuthenticationRequestSigningAlg = "RS256";
            if (interval != null) _client.BCIntervalSeconds = interval.Value;
            return this;
        }

        // Real implementation is a no-op (does NOT add the device_code grant type).
        public TraditionalWebsiteClientBuilder EnableDeviceCodeGrantType() => this;

        // Real implementation adds the grant type and returns null (sic).
        public TraditionalWebsiteClientBuilder EnableUMAGrantType()
        {
            _client.GrantTypes.Add(UmaTicketHandler.GRANT_TYPE);
            return null;
        }

        public TraditionalWebsiteClientBuilder EnableClientGrantType()
        {
            _client.GrantTypes.Add(ClientCredentialsHandler.GRANT_TYPE);
            return this;
        }

        // Response types
        public TraditionalWebsiteClientBuilder EnableIdTokenInResponseType()
        {
            if (!_client.ResponseTypes.Contains(IdTokenResponseTypeHandler.RESPONSE_TYPE)) _client.ResponseTypes.Add(IdTokenResponseTypeHandler.RESPONSE_TYPE);
            return this;
        }

        public TraditionalWebsiteClientBuilder EnableTokenInResponseType()
        {
            if (!_client.ResponseTypes.Contains(TokenResponseTypeHandler.RESPONSE_TYPE)) _client.ResponseTypes.Add(TokenResponseTypeHandler.RESPONSE_TYPE);
            return this;
        }

        // Scopes
        public TraditionalWebsiteClientBuilder AddScope(params Scope[] scopes)
        {
            foreach (var scope in scopes) _client.Scopes.Add(scope);
            return this;
        }

        public TraditionalWebsiteClientBuilder EnableAccessToGrantsApi()
        {
            if (!_client.Scopes.Any(s => s.Name == DefaultScopes.GrantManagementQuery.Name)) _client.Scopes.Add(DefaultScopes.GrantManagementQuery);
            if (!_client.Scopes.Any(s => s.Name == DefaultScopes.GrantManagementRevoke.Name)) _client.Scopes.Add(DefaultScopes.GrantManagementRevoke);
            return this;
        }

        public TraditionalWebsiteClientBuilder EnableOfflineAccess()
        {
            AddScope(DefaultScopes.OfflineAccessScope);
            if (!_client.GrantTypes.Contains(RefreshTokenHandler.GRANT_TYPE)) _client.GrantTypes.Add(RefreshTokenHandler.GRANT_TYPE);
            return this;
        }

        public TraditionalWebsiteClientBuilder AddAuthDataTypes(params string[] authDataTypes)
        {
            foreach (var authDetailType in authDataTypes) _client.AuthorizationDataTypes.Add(authDetailType);
            return this;
        }

        // Identity token
        public TraditionalWebsiteClientBuilder SetIdTokenSignedResponseAlg(string alg = "RS256")
        {
            _client.IdTokenSignedResponseAlg = alg;
            return this;
        }

        // (omitted: AddSigningKey(SigningCredentials, string, SecurityKeyTypes), AddSigningKey(RsaSecurityKey, string alg = "RS256"),
        //  AddEncryptedKey(EncryptingCredentials, SecurityKeyTypes), AddRSAEncryptedKey(RsaSecurityKey, string, string))

        // Request object
        public TraditionalWebsiteClientBuilder SetRequestObjectSigning(string alg)
        {
            _client.RequestObjectSigningAlg = alg;
            return this;
        }

        public TraditionalWebsiteClientBuilder SetRequestObjectEncryption(string alg = "RSA1_5", string enc = "A128CBC-HS256")
        {
            _client.RequestObjectEncryptionAlg = alg;
            _client.RequestObjectEncryptionEnc = enc;
            return this;
        }

        // Subject type
        public TraditionalWebsiteClientBuilder SetSubjectType(string subjectType)
        {
            _client.SubjectType = subjectType;
            return this;
        }

        public TraditionalWebsiteClientBuilder SetPairwiseSubjectType(string salt)
        {
            _client.SubjectType = PairWiseSubjectTypeBuidler.SUBJECT_TYPE;
            _client.PairWiseIdentifierSalt = salt;
            return this;
        }

        // User info
        public TraditionalWebsiteClientBuilder SetUserInfoSignedResponseAlg(string alg = "RS256")
        {
            _client.UserInfoSignedResponseAlg = alg;
            return this;
        }

        public TraditionalWebsiteClientBuilder SetUserInfoEncryption(string alg = "RSA1_5", string enc = "A128CBC-HS256")
        {
            _client.UserInfoEncryptedResponseAlg = alg;
            _client.UserInfoEncryptedResponseEnc = enc;
            return this;
        }

        // Back channel
        public TraditionalWebsiteClientBuilder UsePingDeliveryMode(int interval = 5)
        {
            _client.BCTokenDeliveryMode = DefaultNotificationModes.Ping;
            _client.BCIntervalSeconds = interval;
            return this;
        }

        public TraditionalWebsiteClientBuilder UsePollDeliveryMode(int interval = 5)
        {
            _client.BCTokenDeliveryMode = DefaultNotificationModes.Poll;
            _client.BCIntervalSeconds = interval;
            return this;
        }

        public TraditionalWebsiteClientBuilder UsePushDeliveryMode()
        {
            _client.BCTokenDeliveryMode = DefaultNotificationModes.Push;
            return this;
        }

        public TraditionalWebsiteClientBuilder SetBCAuthenticationRequestSigningAlg(string alg = "RS256")
        {
            _client.BCAuthenticationRequestSigningAlg = alg;
            return this;
        }

        public TraditionalWebsiteClientBuilder DisableBCUserCode()
        {
            _client.BCUserCodeParameter = false;
            return this;
        }

        // Response mode (JARM)
        public TraditionalWebsiteClientBuilder SetSigAuthorizationResponse(string sigAlg = "RS256")
        {
            _client.AuthorizationSignedResponseAlg = sigAlg;
            return this;
        }

        public TraditionalWebsiteClientBuilder SetEncAuthorizationResponse(string alg, string enc)
        {
            _client.AuthorizationEncryptedResponseAlg = alg;
            _client.AuthorizationEncryptedResponseEnc = enc;
            return this;
        }

        // Client authentication
        public TraditionalWebsiteClientBuilder UseClientTlsAuthentication(string subjectDn, string sanDns = null, string sanEmail = null, string sanIp = null)
        {
            _client.TokenEndPointAuthMethod = OAuthClientTlsClientAuthenticationHandler.AUTH_METHOD;
            _client.TlsClientAuthSubjectDN = subjectDn;
            _client.TlsClientAuthSanDNS = sanDns;
            _client.TlsClientAuthSanEmail = sanEmail;
            _client.TlsClientAuthSanIP = sanIp;
            return this;
        }

        public TraditionalWebsiteClientBuilder UseClientPrivateKeyJwtAuthentication()
        {
            _client.TokenEndPointAuthMethod = OAuthClientPrivateKeyJwtAuthenticationHandler.AUTH_METHOD;
            return this;
        }

        public TraditionalWebsiteClientBuilder UseClientSecretPostAuthentication()
        {
            _client.TokenEndPointAuthMethod = OAuthClientSecretPostAuthenticationHandler.AUTH_METHOD;
            return this;
        }

        // Logout
        public TraditionalWebsiteClientBuilder AddPostLogoutUri(string logoutUri)
        {
            var postLogoutUris = _client.PostLogoutRedirectUris?.ToList() ?? new List<string>();
            postLogoutUris.Add(logoutUri);
            _client.PostLogoutRedirectUris = postLogoutUris;
            return this;
        }

        public TraditionalWebsiteClientBuilder SetBackChannelLogoutUrl(string logoutUrl)
        {
            _client.BackChannelLogoutUri = logoutUrl;
            _client.BackChannelLogoutSessionRequired = true;
            return this;
        }

        // DPoP
        public TraditionalWebsiteClientBuilder UseDPOPProof(bool isNonceRequired = false)
        {
            _client.DPOPBoundAccessTokens = true;
            _client.IsDPOPNonceRequired = isNonceRequired;
            return this;
        }

        // Other parameters
        public TraditionalWebsiteClientBuilder Public()
        {
            _client.IsPublic = true;
            return this;
        }

        public TraditionalWebsiteClientBuilder SetMaxRequestParameterLifetimeSeconds(int i)
        {
            _client.MaxRequestParameterLifetimeSeconds = i;
            return this;
        }

        public TraditionalWebsiteClientBuilder SetRefreshTokenUsage(RefreshTokenUsages usage)
        {
            _client.RefreshTokenUsage = usage;
            return this;
        }

        public TraditionalWebsiteClientBuilder SetAccessTokenType(AccessTokenTypes type)
        {
            _client.AccessTokenType = type;
            return this;
        }

        public TraditionalWebsiteClientBuilder SetSectorIdentifierUri(string uri)
        {
            _client.SectorIdentifierUri = uri;
            return this;
        }

        public TraditionalWebsiteClientBuilder SetDefaultMaxAge(int defaultMaxAge)
        {
            _client.DefaultMaxAge = defaultMaxAge;
            return this;
        }

        public TraditionalWebsiteClientBuilder ResourceParameterIsRequired()
        {
            _client.IsResourceParameterRequired = true;
            return this;
        }

        public TraditionalWebsiteClientBuilder SetClientName(string clientName, string language = null)
        {
            _client.Translations.Add(new Translation { Key = "client_name", Value = clientName, Language = string.IsNullOrWhiteSpace(language) ? Language.Default : language });
            return this;
        }

        public TraditionalWebsiteClientBuilder SetClientLogoUri(string logoUri, string language = null)
        {
            _client.Translations.Add(new Translation { Key = "logo_uri", Value = logoUri, Language = string.IsNullOrWhiteSpace(language) ? Language.Default : language });
            return this;
        }

        public TraditionalWebsiteClientBuilder DisableConsent()
        {
            _client.IsConsentDisabled = true;
            return this;
        }

        public Client Build() => _client;
    }

    public class UserAgentClientBuilder
    {
        private readonly Client _client;
        internal UserAgentClientBuilder(Client client) { _client = client; }

        public UserAgentClientBuilder AddScope(params Scope[] scopes)
        {
            foreach (var scope in scopes) _client.Scopes.Add(scope);
            return this;
        }

        // Replaces ResponseTypes with [id_token, token]; grant types are left unchanged.
        public UserAgentClientBuilder UseImplicitFlow()
        {
            _client.ResponseTypes = new List<string> { IdTokenResponseTypeHandler.RESPONSE_TYPE, TokenResponseTypeHandler.RESPONSE_TYPE };
            return this;
        }

        public UserAgentClientBuilder SetClientName(string clientName, string language = null)
        {
            _client.Translations.Add(new Translation { Key = "client_name", Value = clientName, Language = string.IsNullOrWhiteSpace(language) ? Language.Default : language });
            return this;
        }

        public UserAgentClientBuilder DisableIdTokenSignature()
        {
            _client.IdTokenSignedResponseAlg = "none"; // SecurityAlgorithms.None
            return this;
        }

        public UserAgentClientBuilder SetIdTokenSignatureAlg(string alg)
        {
            _client.IdTokenSignedResponseAlg = alg;
            return this;
        }

        public UserAgentClientBuilder SetIdTokenEncryption(string alg, string enc)
        {
            _client.IdTokenEncryptedResponseAlg = alg;
            _client.IdTokenEncryptedResponseEnc = enc;
            return this;
        }

        // (omitted: AddEncryptedKey(EncryptingCredentials, SecurityKeyTypes),
        //  AddRSAEncryptedKey(RsaSecurityKey rsa, string alg, string enc, SecurityKeyTypes keyType))

        public UserAgentClientBuilder SetSigAuthorizationResponse(string sigAlg = "RS256")
        {
            _client.AuthorizationSignedResponseAlg = sigAlg;
            return this;
        }

        public UserAgentClientBuilder SetEncAuthorizationResponse(string alg, string enc)
        {
            _client.AuthorizationEncryptedResponseAlg = alg;
            _client.AuthorizationEncryptedResponseEnc = enc;
            return this;
        }

        public UserAgentClientBuilder AddRefreshToken()
        {
            _client.GrantTypes.Add(RefreshTokenHandler.GRANT_TYPE);
            return this;
        }

        public UserAgentClientBuilder SetTokenExpirationTimeInSeconds(int expirationTimeInSeconds)
        {
            _client.TokenExpirationTimeInSeconds = expirationTimeInSeconds;
            return this;
        }

        public Client Build() => _client;
    }

    public class MobileClientBuilder
    {
        public MobileClientBuilder AddSigningKey(SigningCredentials signingCredentials, string alg, SecurityKeyTypes keyType) => this;
        public MobileClientBuilder AddSigningKey(RsaSecurityKey securityKey, string alg = "RS256") => AddSigningKey(new SigningCredentials(securityKey, alg), alg, SecurityKeyTypes.RSA);
        private readonly Client _client;
        internal MobileClientBuilder(Client client) { _client = client; }
        public Client Client => _client;

        public MobileClientBuilder EnableRefreshTokenGrantType(double? refreshTokenExpirationTimeInSeconds = null)
        {
            _client.GrantTypes.Add(RefreshTokenHandler.GRANT_TYPE);
            _client.RefreshTokenExpirationTimeInSeconds = refreshTokenExpirationTimeInSeconds;
            return this;
        }

        public MobileClientBuilder EnableIdTokenInResponseType()
        {
            if (!_client.ResponseTypes.Contains(IdTokenResponseTypeHandler.RESPONSE_TYPE)) _client.ResponseTypes.Add(IdTokenResponseTypeHandler.RESPONSE_TYPE);
            return this;
        }

        public MobileClientBuilder EnableTokenInResponseType()
        {
            if (!_client.ResponseTypes.Contains(TokenResponseTypeHandler.RESPONSE_TYPE)) _client.ResponseTypes.Add(TokenResponseTypeHandler.RESPONSE_TYPE);
            return this;
        }

        public MobileClientBuilder AddScope(params Scope[] scopes)
        {
            foreach (var scope in scopes) _client.Scopes.Add(scope);
            return this;
        }

        public MobileClientBuilder EnableAccessToGrantsApi()
        {
            if (!_client.Scopes.Any(s => s.Name == DefaultScopes.GrantManagementQuery.Name)) _client.Scopes.Add(DefaultScopes.GrantManagementQuery);
            if (!_client.Scopes.Any(s => s.Name == DefaultScopes.GrantManagementRevoke.Name)) _client.Scopes.Add(DefaultScopes.GrantManagementRevoke);
            return this;
        }

        public MobileClientBuilder EnableOfflineAccess()
        {
            AddScope(DefaultScopes.OfflineAccessScope);
            if (!_client.GrantTypes.Contains(RefreshTokenHandler.GRANT_TYPE)) _client.GrantTypes.Add(RefreshTokenHandler.GRANT_TYPE);
            return this;
        }

        // (omitted: AddSigningKey(SigningCredentials, string, SecurityKeyTypes keyType), AddSigningKey(RsaSecurityKey, string alg = "RS256"),
        //  AddEncryptedKey(EncryptingCredentials, SecurityKeyTypes), AddRSAEncryptedKey(RsaSecurityKey, string, string))

        public MobileClientBuilder SetRequestObjectSigning(string alg)
        {
            _client.RequestObjectSigningAlg = alg;
            return this;
        }

        public MobileClientBuilder SetRequestObjectEncryption(string alg = "RSA1_5", string enc = "A128CBC-HS256")
        {
            _client.RequestObjectEncryptionAlg = alg;
            _client.RequestObjectEncryptionEnc = enc;
            return this;
        }

        public MobileClientBuilder SetSubjectType(string subjectType)
        {
            _client.SubjectType = subjectType;
            return this;
        }

        public MobileClientBuilder SetPairwiseSubjectType(string salt)
        {
            _client.SubjectType = PairWiseSubjectTypeBuidler.SUBJECT_TYPE;
            _client.PairWiseIdentifierSalt = salt;
            return this;
        }

        public MobileClientBuilder SetUserInfoSignedResponseAlg(string alg = "RS256")
        {
            _client.UserInfoSignedResponseAlg = alg;
            return this;
        }

        public MobileClientBuilder SetUserInfoEncryption(string alg = "RSA1_5", string enc = "A128CBC-HS256")
        {
            _client.UserInfoEncryptedResponseAlg = alg;
            _client.UserInfoEncryptedResponseEnc = enc;
            return this;
        }

        public MobileClientBuilder UseClientTlsAuthentication(string subjectDn, string sanDns = null, string sanEmail = null, string sanIp = null)
        {
            _client.TokenEndPointAuthMethod = OAuthClientTlsClientAuthenticationHandler.AUTH_METHOD;
            _client.TlsClientAuthSubjectDN = subjectDn;
            _client.TlsClientAuthSanDNS = sanDns;
            _client.TlsClientAuthSanEmail = sanEmail;
            _client.TlsClientAuthSanIP = sanIp;
            return this;
        }

        public MobileClientBuilder SetSectorIdentifierUri(string uri)
        {
            _client.SectorIdentifierUri = uri;
            return this;
        }

        public MobileClientBuilder SetDefaultMaxAge(int defaultMaxAge)
        {
            _client.DefaultMaxAge = defaultMaxAge;
            return this;
        }

        public MobileClientBuilder ResourceParameterIsRequired()
        {
            _client.IsResourceParameterRequired = true;
            return this;
        }

        public MobileClientBuilder SetClientName(string clientName, string language = null)
        {
            _client.Translations.Add(new Translation { Key = "client_name", Value = clientName, Language = string.IsNullOrWhiteSpace(language) ? Language.Default : language });
            return this;
        }

        public MobileClientBuilder SetClientLogoUri(string logoUri, string language = null)
        {
            _client.Translations.Add(new Translation { Key = "logo_uri", Value = logoUri, Language = string.IsNullOrWhiteSpace(language) ? Language.Default : language });
            return this;
        }

        public Client Build() => _client;
    }

    public class ApiClientBuilder
    {
        public ApiClientBuilder AddSigningKey(SigningCredentials signingCredentials, string alg, SecurityKeyTypes securityKey) => this;
        public ApiClientBuilder AddSigningKey(RsaSecurityKey securityKey, string alg = "RS256") => AddSigningKey(new SigningCredentials(securityKey, alg), alg, SecurityKeyTypes.RSA);
        private readonly Client _client;
        internal ApiClientBuilder(Client client) { _client = client; }

        // (omitted: AddSigningKey(SigningCredentials, string, SecurityKeyTypes), AddSigningKey(RsaSecurityKey, string alg = "RS256"))

        // Real body generates an RSA key pair and registers its public JWK with usage "sig".
        public ApiClientBuilder GenerateRSASigningKey(string keyid, string alg = "RS256")
        {
            _client.SerializedJsonWebKeys.Add(new ClientJsonWebKey { Kid = keyid, Alg = alg, Usage = "sig", KeyType = SecurityKeyTypes.RSA });
            return this;
        }

        public ApiClientBuilder EnableExchangeTokenGrantType(TokenExchangeTypes exchangeType)
        {
            _client.GrantTypes.Add(TokenExchangeHandler.GRANT_TYPE);
            _client.TokenExchangeType = exchangeType;
            _client.IsTokenExchangeEnabled = true;
            return this;
        }

        public ApiClientBuilder EnableUMAGrantType()
        {
            _client.GrantTypes.Add(UmaTicketHandler.GRANT_TYPE);
            return this;
        }

        public ApiClientBuilder EnablePasswordGrantType()
        {
            _client.GrantTypes.Add(PasswordHandler.GRANT_TYPE);
            return this;
        }

        public ApiClientBuilder UseOnlyPasswordGrantType()
        {
            _client.GrantTypes.Clear();
            return EnablePasswordGrantType();
        }

        public ApiClientBuilder EnableRefreshTokenGrantType(double? refreshTokenExpirationTimeInSeconds = null)
        {
            _client.GrantTypes.Add(RefreshTokenHandler.GRANT_TYPE);
            _client.RefreshTokenExpirationTimeInSeconds = refreshTokenExpirationTimeInSeconds;
            return this;
        }

        public ApiClientBuilder SetClientName(string clientName, string language = null)
        {
            _client.Translations.Add(new Translation { Key = "client_name", Value = clientName, Language = string.IsNullOrWhiteSpace(language) ? Language.Default : language });
            return this;
        }

        public ApiClientBuilder UsePrivateKeyJwtAuthentication()
        {
            _client.TokenEndPointAuthMethod = OAuthClientPrivateKeyJwtAuthenticationHandler.AUTH_METHOD;
            return this;
        }

        public ApiClientBuilder UseClientSecretJwtAuthentication()
        {
            _client.TokenEndPointAuthMethod = OAuthClientSecretJwtAuthenticationHandler.AUTH_METHOD;
            return this;
        }

        public ApiClientBuilder UseClientSelfSignedAuthentication()
        {
            _client.TokenEndPointAuthMethod = OAuthClientSelfSignedTlsClientAuthenticationHandler.AUTH_METHOD;
            return this;
        }

        public ApiClientBuilder UseClientSecretBasicAuthentication()
        {
            _client.TokenEndPointAuthMethod = OAuthClientSecretBasicAuthenticationHandler.AUTH_METHOD;
            return this;
        }

        public ApiClientBuilder UseClientTlsAuthentication(string subjectDn, string sanDns = null, string sanEmail = null, string sanIp = null)
        {
            _client.TokenEndPointAuthMethod = OAuthClientTlsClientAuthenticationHandler.AUTH_METHOD;
            _client.TlsClientAuthSubjectDN = subjectDn;
            _client.TlsClientAuthSanDNS = sanDns;
            _client.TlsClientAuthSanEmail = sanEmail;
            _client.TlsClientAuthSanIP = sanIp;
            return this;
        }

        public ApiClientBuilder SetAccessTokenType(AccessTokenTypes type)
        {
            _client.AccessTokenType = type;
            return this;
        }

        public ApiClientBuilder SetTokenExpirationTimeInSeconds(double tokenExpirationTimeInSeconds)
        {
            _client.TokenExpirationTimeInSeconds = tokenExpirationTimeInSeconds;
            return this;
        }

        // Real body creates a self-signed ECDSA certificate and registers it as a "sig" JWK (Alg RS256, KeyType CERTIFICATE).
        public ApiClientBuilder AddSelfSignedCertificate(string keyId, string subjectName = "cn=selfSigned")
        {
            _client.SerializedJsonWebKeys.Add(new ClientJsonWebKey { Kid = keyId, Usage = "sig", Alg = "RS256", KeyType = SecurityKeyTypes.CERTIFICATE });
            return this;
        }

        public ApiClientBuilder AddScope(params Scope[] scopes)
        {
            foreach (var scope in scopes) _client.Scopes.Add(scope);
            return this;
        }

        public ApiClientBuilder ActAsUMAResourceServer()
        {
            AddScope(DefaultScopes.UmaProtection);
            return this;
        }

        public ApiClientBuilder UseDPOPProof(bool isNonceRequired = false)
        {
            _client.DPOPBoundAccessTokens = true;
            _client.IsDPOPNonceRequired = isNonceRequired;
            return this;
        }

        public Client Build() => _client;
    }

    public class CredentialIssuerClientBuilder
    {
        private readonly Client _client;
        // Real constructor is public here (the other builders' constructors are internal).
        public CredentialIssuerClientBuilder(Client client) { _client = client; }

        public CredentialIssuerClientBuilder AddScope(params Scope[] scopes)
        {
            foreach (var scope in scopes) _client.Scopes.Add(scope);
            return this;
        }

        public CredentialIssuerClientBuilder EnableClientGrantType()
        {
            _client.GrantTypes.Add(ClientCredentialsHandler.GRANT_TYPE);
            return this;
        }

        public CredentialIssuerClientBuilder SetClientName(string clientName, string language = null)
        {
            _client.Translations.Add(new Translation { Key = "client_name", Value = clientName, Language = string.IsNullOrWhiteSpace(language) ? Language.Default : language });
            return this;
        }

        public CredentialIssuerClientBuilder IsTransactionCodeRequired()
        {
            _client.IsTransactionCodeRequired = true;
            return this;
        }

        public Client Build() => _client;
    }

    public class WalletClientBuilder
    {
        private readonly Client _client;
        internal WalletClientBuilder(Client client) { _client = client; }

        public WalletClientBuilder RequireTransactionCode()
        {
            _client.IsTransactionCodeRequired = true;
            return this;
        }

        public WalletClientBuilder SetClientName(string clientName, string language = null)
        {
            _client.Translations.Add(new Translation { Key = "client_name", Value = clientName, Language = string.IsNullOrWhiteSpace(language) ? Language.Default : language });
            return this;
        }

        public Client Build() => _client;
    }

    public class ExternalDeviceClientBuilder
    {
        private readonly Client _client;
        internal ExternalDeviceClientBuilder(Client client) { _client = client; }

        public ExternalDeviceClientBuilder AddScope(params Scope[] scopes)
        {
            foreach (var scope in scopes) _client.Scopes.Add(scope);
            return this;
        }

        public ExternalDeviceClientBuilder SetClientName(string clientName, string language = null)
        {
            _client.Translations.Add(new Translation { Key = "client_name", Value = clientName, Language = string.IsNullOrWhiteSpace(language) ? Language.Default : language });
            return this;
        }

        public Client Build() => _client;
    }

    public class DeviceClientBuilder
    {
        private readonly Client _client;
        internal DeviceClientBuilder(Client client) { _client = client; }

        public DeviceClientBuilder AddScope(params Scope[] scopes)
        {
            foreach (var scope in scopes) _client.Scopes.Add(scope);
            return this;
        }

        public DeviceClientBuilder SetClientName(string clientName, string language = null)
        {
            _client.Translations.Add(new Translation { Key = "client_name", Value = clientName, Language = string.IsNullOrWhiteSpace(language) ? Language.Default : language });
            return this;
        }

        public Client Build() => _client;
    }
}

// ---------------------------------------------------------------------------------------------
// Microsoft.Extensions.DependencyInjection  (declared by SimpleIdServer.IdServer)
// ---------------------------------------------------------------------------------------------
namespace Microsoft.Extensions.DependencyInjection
{
    public class IdServerBuilder
    {
        private readonly WebApplicationBuilder _builder;
        private readonly List<Client> _clients = new List<Client>();
        private readonly List<Scope> _scopes = new List<Scope>();
        private readonly List<Realm> _realms = new List<Realm>();

        // Real public constructor takes 9 ASP.NET Core / SimpleIdServer infrastructure parameters
        // (WebApplicationBuilder, IServiceCollection, AuthenticationBuilder, FormBuilderRegistration,
        // IDataProtectionBuilder, IMvcBuilder, AutomaticConfigurationOptions, SidAuthCookie, SidHangfire); simplified here.
        internal IdServerBuilder(WebApplicationBuilder builder, IdServerHostOptions options)
        {
            _builder = builder;
            Options = options;
        }

        /// <summary>Stub-only: the options the real builder would register through services.Configure(...).</summary>
        internal IdServerHostOptions Options { get; }

        public IdServerBuilder IgnoreCertificateError() => this;
        public IdServerBuilder AddDeveloperSigningCredential() => this;

        public IdServerBuilder AddInMemoryClients(List<Client> clients)
        {
            _clients.AddRange(clients);
            return this;
        }

        public IdServerBuilder AddInMemoryScopes(List<Scope> scopes)
        {
            _scopes.AddRange(scopes);
            return this;
        }

        public IdServerBuilder AddInMemoryRealms(List<Realm> realms)
        {
            _realms.AddRange(realms);
            return this;
        }

        /// <summary>
        /// Real: configures Kestrel HTTPS defaults (SslProtocols, ClientCertificateMode), certificate forwarding
        /// from header "ssl-client-cert", sets IdServerHostOptions.MtlsEnabled = true and adds the "Certificate"
        /// authentication scheme. It does NOT touch PAR, PKCE, clients or signing algorithms.
        /// </summary>
        public IdServerBuilder EnableFapiSecurityProfile(SslProtocols ssl = SslProtocols.Tls12, ClientCertificateMode clientCertificate = ClientCertificateMode.AllowCertificate, Action<CertificateAuthenticationOptions> callback = null)
        {
            Options.MtlsEnabled = true;
            callback?.Invoke(new CertificateAuthenticationOptions());
            return this;
        }

        public IdServerBuilder ForwardHttpHeader() => this;

        public IdServerBuilder EnableCiba()
        {
            Options.BCEnabled = true;
            return this;
        }

        public IdServerBuilder DisableSharingAuthCookie() => this;

        public IdServerBuilder EnableRealm()
        {
            Options.RealmEnabled = true;
            return this;
        }

        public IdServerBuilder PushAuthorizationRequestIsRequired()
        {
            Options.RequiredPushedAuthorizationRequest = true;
            return this;
        }

        public IdServerBuilder SeedAdministrationData(List<string> redirectUrls, List<string> postLogoutUrls, string backchannelLogoutUrl, List<Scope> additionalScopes) => this;
    }

    public static class ServiceCollectionExtensions
    {
        public static IdServerBuilder AddSidIdentityServer(this WebApplicationBuilder app, Action<IdServerHostOptions> callback = null, bool skipMasstransitRegistration = false)
        {
            var options = new IdServerHostOptions();
            callback?.Invoke(options);
            return new IdServerBuilder(app, options);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Microsoft.AspNetCore.Authentication.Certificate is a separate package, not in the ASP.NET Core
// shared framework the tests compile against: a minimal stand-in in its real namespace.
// ---------------------------------------------------------------------------------------------
namespace Microsoft.AspNetCore.Authentication.Certificate
{
    [Flags]
    public enum CertificateTypes
    {
        Chained = 1,
        SelfSigned = 2,
        All = Chained | SelfSigned
    }

    public class CertificateAuthenticationOptions
    {
        public CertificateTypes AllowedCertificateTypes { get; set; } = CertificateTypes.Chained;
    }
}
