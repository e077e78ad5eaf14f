[assembly: System.Reflection.AssemblyVersion("7.0.0.0")]
#nullable disable
// Stub of the public configuration API of Duende IdentityServer 7.x used by Fapi.Analyzers tests.
// Declarations (names, namespaces, signatures, optional defaults, property initializers) follow
// DuendeSoftware/products, identity-server/src/{Storage,IdentityServer}/..., tag is-7.4.8 (the newest 7.x
// release), checked against DuendeSoftware/IdentityServer tag 7.0.8. Bodies are trivial.
// The test harness rewrites the version above to compile 6.x variants of the same surface.
//
// Members that do not exist in 7.0.x (the real 7.0 assembly lacks them):
//  * IdentityServerOptions.Preview / PreviewFeatureOptions ........................ since 7.2.0
//  * IdentityServerOptions.JwtValidationClockSkew, SupportedRequestObjectSigningAlgorithms,
//    SupportedClientAssertionSigningAlgorithms, Diagnostics / DiagnosticOptions .... since 7.3.0
//  * DPoPOptions.SupportedDPoPSigningAlgorithms ................................... since 7.3.0
//    (through 7.2 it was the static IdentityServerConstants.SupportedDPoPSigningAlgorithms, removed in 7.4)
//  * EndpointsOptions.EnableOAuth2MetadataEndpoint ................................ since 7.4.0
//  * IdentityServerConstants.ForceCookieRenewalFlag, EndpointNames/ProtocolRoutePaths.OAuthMetadata,
//    ProtocolRoutePaths.DynamicClientRegistration .................................. since 7.4.0
//  * GrantTypes is "public static class" from 7.4.0 (a non-static "public class" before).
// Differences of 6.x (not modelled here): Client.RefreshTokenUsage defaulted to TokenUsage.OneTimeOnly;
// no PAR (Client.RequirePushedAuthorization/PushedAuthorizationLifetime, IdentityServerOptions.PushedAuthorization,
// EndpointsOptions.EnablePushedAuthorizationEndpoint, AddInMemoryPushedAuthorizationRequests);
// KeyManagementOptions.SigningAlgorithms was IEnumerable<SigningAlgorithmOptions> = Enumerable.Empty<...>().
//
// Deliberate simplifications:
//  * Defaults that the real source takes from internal constants (Constants.*, OidcConstants.* of
//    Duende.IdentityModel) are written as their literal values.
//  * Members whose types come from elsewhere in the library (stores, validators, services, IdentityProvider,
//    LicenseUsageSummary, ...) are omitted, as are generic registration helpers (AddProfileService<T>, ...)
//    and the IdentityServerConstants.Tracing/ContentSecurityPolicyHashes classes.
//  * Client.AllowedGrantTypes keeps the real ICollection<string> type, but does not validate combinations.

namespace Duende.IdentityServer
{
    using System.Collections.Generic;
    using Microsoft.IdentityModel.Tokens;

    public static class IdentityServerConstants
    {
        public const string LocalIdentityProvider = "local";
        public const string DefaultCookieAuthenticationScheme = "idsrv";
        public const string SignoutScheme = "idsrv";
        public const string ExternalCookieAuthenticationScheme = "idsrv.external";
        public const string DefaultCheckSessionCookieName = "idsrv.session";
        public const string AccessTokenAudience = "{0}resources";
        public const string ForceCookieRenewalFlag = "idsrv.renew";
        public const string JwtRequestClientKey = "idsrv.jwtrequesturi.client";
        public const string PushedAuthorizationRequestUri = "urn:ietf:params:oauth:request_uri";

        public static class LocalApi
        {
            public const string AuthenticationScheme = "IdentityServerAccessToken";
            public const string ScopeName = "IdentityServerApi";
            public const string PolicyName = AuthenticationScheme;
        }

        public static class ProtocolTypes
        {
            public const string OpenIdConnect = "oidc";
            public const string WsFederation = "wsfed";
            public const string Saml2p = "saml2p";
        }

        public static class TokenTypes
        {
            public const string IdentityToken = "id_token";
            public const string AccessToken = "access_token";
            public const string LogoutToken = "logout_token";
        }

        public static class ClaimValueTypes
        {
            public const string Json = "json";
        }

        public static class ParsedSecretTypes
        {
            public const string NoSecret = "NoSecret";
            public const string SharedSecret = "SharedSecret";
            public const string X509Certificate = "X509Certificate";
            public const string JwtBearer = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
        }

        public static class SecretTypes
        {
            public const string SharedSecret = "SharedSecret";
            public const string X509CertificateThumbprint = "X509Thumbprint";
            public const string X509CertificateName = "X509Name";
            public const string X509CertificateBase64 = "X509CertificateBase64";
            public const string JsonWebKey = "JWK";
        }

        public static class ProfileDataCallers
        {
            public const string UserInfoEndpoint = "UserInfoEndpoint";
            public const string ClaimsProviderIdentityToken = "ClaimsProviderIdentityToken";
            public const string ClaimsProviderAccessToken = "ClaimsProviderAccessToken";
        }

        public static class ProfileIsActiveCallers
        {
            public const string AuthorizeEndpoint = "AuthorizeEndpoint";
            public const string IdentityTokenValidation = "IdentityTokenValidation";
            public const string AccessTokenValidation = "AccessTokenValidation";
            public const string ResourceOwnerValidation = "ResourceOwnerValidation";
            public const string ExtensionGrantValidation = "ExtensionGrantValidation";
            public const string RefreshTokenValidation = "RefreshTokenValidation";
            public const string AuthorizationCodeValidation = "AuthorizationCodeValidation";
            public const string UserInfoRequestValidation = "UserInfoRequestValidation";
            public const string DeviceCodeValidation = "DeviceCodeValidation";
            public const string BackchannelAuthenticationRequestIdValidation = "BackchannelAuthenticationRequestIdValidation";
        }

        public static readonly IEnumerable<string> SupportedSigningAlgorithms = new List<string>
        {
            SecurityAlgorithms.RsaSha256,
            SecurityAlgorithms.RsaSha384,
            SecurityAlgorithms.RsaSha512,
            SecurityAlgorithms.RsaSsaPssSha256,
            SecurityAlgorithms.RsaSsaPssSha384,
            SecurityAlgorithms.RsaSsaPssSha512,
            SecurityAlgorithms.EcdsaSha256,
            SecurityAlgorithms.EcdsaSha384,
            SecurityAlgorithms.EcdsaSha512
        };

        public enum RsaSigningAlgorithm
        {
            RS256,
            RS384,
            RS512,
            PS256,
            PS384,
            PS512
        }

        public enum ECDsaSigningAlgorithm
        {
            ES256,
            ES384,
            ES512
        }

        public static class StandardScopes
        {
            public const string OpenId = "openid";
            public const string Profile = "profile";
            public const string Email = "email";
            public const string Address = "address";
            public const string Phone = "phone";
            public const string OfflineAccess = "offline_access";
        }

        public static class PersistedGrantTypes
        {
            public const string AuthorizationCode = "authorization_code";
            public const string BackChannelAuthenticationRequest = "ciba";
            public const string ReferenceToken = "reference_token";
            public const string RefreshToken = "refresh_token";
            public const string UserConsent = "user_consent";
            public const string DeviceCode = "device_code";
            public const string UserCode = "user_code";
        }

        public static class UserCodeTypes
        {
            public const string Numeric = "Numeric";
        }

        public static class HttpClients
        {
            public const int DefaultTimeoutSeconds = 10;
            public const string JwtRequestUriHttpClient = "IdentityServer:JwtRequestUriClient";
            public const string BackChannelLogoutHttpClient = "IdentityServer:BackChannelLogoutClient";
        }

        public static class ClaimTypes
        {
            public const string Tenant = "tenant";
            public const string BackChannelLogoutReason = "logout_reason";
        }

        public static class BackChannelLogoutReasons
        {
            public const string UserLogout = "user_logout";
            public const string SessionExpiration = "session_expiration";
            public const string Terminated = "terminated";
        }

        public static class EndpointNames
        {
            public const string Authorize = "Authorize";
            public const string BackchannelAuthentication = "BackchannelAuthentication";
            public const string Token = "Token";
            public const string DeviceAuthorization = "DeviceAuthorization";
            public const string Discovery = "Discovery";
            public const string Jwks = "Jwks";
            public const string Introspection = "Introspection";
            public const string Revocation = "Revocation";
            public const string EndSession = "Endsession";
            public const string CheckSession = "Checksession";
            public const string UserInfo = "Userinfo";
            public const string PushedAuthorization = "PushedAuthorization";
            public const string OAuthMetadata = "OAuthMetadata";
        }

        public static class ProtocolRoutePaths
        {
            public const string ConnectPathPrefix = "connect";
            public const string Authorize = ConnectPathPrefix + "/authorize";
            public const string AuthorizeCallback = Authorize + "/callback";
            public const string DiscoveryConfiguration = ".well-known/openid-configuration";
            public const string DiscoveryWebKeys = DiscoveryConfiguration + "/jwks";
            public const string OAuthMetadata = ".well-known/oauth-authorization-server";
            public const string BackchannelAuthentication = ConnectPathPrefix + "/ciba";
            public const string Token = ConnectPathPrefix + "/token";
            public const string Revocation = ConnectPathPrefix + "/revocation";
            public const string UserInfo = ConnectPathPrefix + "/userinfo";
            public const string Introspection = ConnectPathPrefix + "/introspect";
            public const string EndSession = ConnectPathPrefix + "/endsession";
            public const string EndSessionCallback = EndSession + "/callback";
            public const string CheckSession = ConnectPathPrefix + "/checksession";
            public const string DeviceAuthorization = ConnectPathPrefix + "/deviceauthorization";
            public const string PushedAuthorization = ConnectPathPrefix + "/par";
            public const string DynamicClientRegistration = ConnectPathPrefix + "/dcr";
            public const string MtlsPathPrefix = ConnectPathPrefix + "/mtls";
            public const string MtlsToken = MtlsPathPrefix + "/token";
            public const string MtlsRevocation = MtlsPathPrefix + "/revocation";
            public const string MtlsIntrospection = MtlsPathPrefix + "/introspect";
            public const string MtlsDeviceAuthorization = MtlsPathPrefix + "/deviceauthorization";

            public static readonly string[] CorsPaths =
            {
                DiscoveryConfiguration,
                DiscoveryWebKeys,
                Token,
                UserInfo,
                Revocation
            };
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Duende.IdentityServer.Models  (projects Storage and IdentityServer)
// ---------------------------------------------------------------------------------------------
namespace Duende.IdentityServer.Models
{
    using System;
    using System.Collections.Generic;
    using Microsoft.IdentityModel.Tokens;

    public class Client
    {
        private ICollection<string> _allowedGrantTypes = new HashSet<string>();

        public bool Enabled { get; set; } = true;
        public string ClientId { get; set; } = default;
        public string ProtocolType { get; set; } = IdentityServerConstants.ProtocolTypes.OpenIdConnect;
        public ICollection<Secret> ClientSecrets { get; set; } = new HashSet<Secret>();
        public bool RequireClientSecret { get; set; } = true;
        public string ClientName { get; set; }
        public string Description { get; set; }
        public string ClientUri { get; set; }
        public string LogoUri { get; set; }
        public bool RequireConsent { get; set; }
        public bool AllowRememberConsent { get; set; } = true;

        public ICollection<string> AllowedGrantTypes
        {
            get => _allowedGrantTypes;
            set => _allowedGrantTypes = new HashSet<string>(value);
        }

        public bool RequirePkce { get; set; } = true;
        public bool AllowPlainTextPkce { get; set; }
        public bool RequireRequestObject { get; set; }
        public bool AllowAccessTokensViaBrowser { get; set; }
        public bool RequireDPoP { get; set; }
        public DPoPTokenExpirationValidationMode DPoPValidationMode { get; set; } = DPoPTokenExpirationValidationMode.Iat;
        public TimeSpan DPoPClockSkew { get; set; } = TimeSpan.FromMinutes(5);
        public ICollection<string> RedirectUris { get; set; } = new HashSet<string>();
        public ICollection<string> PostLogoutRedirectUris { get; set; } = new HashSet<string>();
        public string FrontChannelLogoutUri { get; set; }
        public bool FrontChannelLogoutSessionRequired { get; set; } = true;
        public string BackChannelLogoutUri { get; set; }
        public bool BackChannelLogoutSessionRequired { get; set; } = true;
        public bool AllowOfflineAccess { get; set; }
        public ICollection<string> AllowedScopes { get; set; } = new HashSet<string>();
        public bool AlwaysIncludeUserClaimsInIdToken { get; set; }
        public int IdentityTokenLifetime { get; set; } = 300;
        public ICollection<string> AllowedIdentityTokenSigningAlgorithms { get; set; } = new HashSet<string>();
        public int AccessTokenLifetime { get; set; } = 3600;
        public int AuthorizationCodeLifetime { get; set; } = 300;
        public int AbsoluteRefreshTokenLifetime { get; set; } = 2592000;
        public int SlidingRefreshTokenLifetime { get; set; } = 1296000;
        public int? ConsentLifetime { get; set; }
        public int? PushedAuthorizationLifetime { get; set; }
        public bool RequirePushedAuthorization { get; set; }
        public TokenUsage RefreshTokenUsage { get; set; } = TokenUsage.ReUse;
        public bool UpdateAccessTokenClaimsOnRefresh { get; set; }
        public TokenExpiration RefreshTokenExpiration { get; set; } = TokenExpiration.Absolute;
        public AccessTokenType AccessTokenType { get; set; } = AccessTokenType.Jwt;
        public bool EnableLocalLogin { get; set; } = true;
        public ICollection<string> IdentityProviderRestrictions { get; set; } = new HashSet<string>();
        public bool IncludeJwtId { get; set; } = true;
        public ICollection<ClientClaim> Claims { get; set; } = new HashSet<ClientClaim>();
        public bool AlwaysSendClientClaims { get; set; }
        public string ClientClaimsPrefix { get; set; } = "client_";
        public string PairWiseSubjectSalt { get; set; }
        public int? UserSsoLifetime { get; set; }
        public string UserCodeType { get; set; }
        public int DeviceCodeLifetime { get; set; } = 300;
        public int? CibaLifetime { get; set; }
        public int? PollingInterval { get; set; }
        public bool? CoordinateLifetimeWithUserSession { get; set; }
        public ICollection<string> AllowedCorsOrigins { get; set; } = new HashSet<string>();
        public string InitiateLoginUri { get; set; }
        public IDictionary<string, string> Properties { get; set; } = new Dictionary<string, string>();

        public static void ValidateGrantTypes(IEnumerable<string> grantTypes) { }
    }

    [Flags]
    public enum DPoPTokenExpirationValidationMode
    {
        Custom = 0,
        Iat = 1,
        Nonce = 2,
        IatAndNonce = Iat | Nonce
    }

    public class ClientClaim
    {
        public ClientClaim() { }
        public ClientClaim(string type, string value) { Type = type; Value = value; }
        public ClientClaim(string type, string value, string valueType) { Type = type; Value = value; ValueType = valueType; }

        public string Type { get; set; } = default;
        public string Value { get; set; } = default;
        public string ValueType { get; set; } = System.Security.Claims.ClaimValueTypes.String;
    }

    public class Secret
    {
        public Secret() { Type = IdentityServerConstants.SecretTypes.SharedSecret; }
        public Secret(string value, DateTime? expiration = null) : this() { Value = value; Expiration = expiration; }
        public Secret(string value, string description, DateTime? expiration = null) : this() { Description = description; Value = value; Expiration = expiration; }

        public string Description { get; set; }
        public string Value { get; set; } = default;
        public DateTime? Expiration { get; set; }
        public string Type { get; set; } = default;
    }

    public static class GrantType
    {
        public const string Implicit = "implicit";
        public const string Hybrid = "hybrid";
        public const string AuthorizationCode = "authorization_code";
        public const string ClientCredentials = "client_credentials";
        public const string ResourceOwnerPassword = "password";
        public const string DeviceFlow = "urn:ietf:params:oauth:grant-type:device_code";
    }

    public static class GrantTypes
    {
        public static ICollection<string> Implicit => new[] { GrantType.Implicit };
        public static ICollection<string> ImplicitAndClientCredentials => new[] { GrantType.Implicit, GrantType.ClientCredentials };
        public static ICollection<string> Code => new[] { GrantType.AuthorizationCode };
        public static ICollection<string> CodeAndClientCredentials => new[] { GrantType.AuthorizationCode, GrantType.ClientCredentials };
        public static ICollection<string> Hybrid => new[] { GrantType.Hybrid };
        public static ICollection<string> HybridAndClientCredentials => new[] { GrantType.Hybrid, GrantType.ClientCredentials };
        public static ICollection<string> ClientCredentials => new[] { GrantType.ClientCredentials };
        public static ICollection<string> ResourceOwnerPassword => new[] { GrantType.ResourceOwnerPassword };
        public static ICollection<string> ResourceOwnerPasswordAndClientCredentials => new[] { GrantType.ResourceOwnerPassword, GrantType.ClientCredentials };
        public static ICollection<string> DeviceFlow => new[] { GrantType.DeviceFlow };
        // OidcConstants.GrantTypes.Ciba
        public static ICollection<string> Ciba => new[] { "urn:openid:params:grant-type:ciba" };
    }

    public enum SubjectTypes
    {
        Global = 0,
        Ppid = 1
    }

    public enum AccessTokenType
    {
        Jwt = 0,
        Reference = 1
    }

    public enum TokenUsage
    {
        ReUse = 0,
        OneTimeOnly = 1
    }

    public enum TokenExpiration
    {
        Sliding = 0,
        Absolute = 1
    }

    public enum CspLevel
    {
        One = 0,
        Two = 1
    }

    public static class HashExtensions
    {
        public static string Sha256(this string input) => throw null;
        public static byte[] Sha256(this byte[] input) => throw null;
        public static string Sha512(this string input) => throw null;
    }

    public class SecurityKeyInfo
    {
        public SecurityKey Key { get; set; } = default;
        public string SigningAlgorithm { get; set; } = default;
    }

    // The library's own JWK model (discovery document); it shares its simple name with
    // Microsoft.IdentityModel.Tokens.JsonWebKey, as in the real assembly.
    public class JsonWebKey
    {
        public string kty { get; set; }
        public string use { get; set; }
        public string kid { get; set; }
        public string x5t { get; set; }
        public string e { get; set; }
        public string n { get; set; }
        public string[] x5c { get; set; }
        public string alg { get; set; }
        public string x { get; set; }
        public string y { get; set; }
        public string crv { get; set; }
    }

    public abstract class Resource
    {
        public bool Enabled { get; set; } = true;
        public string Name { get; set; } = default;
        public string DisplayName { get; set; }
        public string Description { get; set; }
        public bool ShowInDiscoveryDocument { get; set; } = true;
        public ICollection<string> UserClaims { get; set; } = new HashSet<string>();
        public IDictionary<string, string> Properties { get; set; } = new Dictionary<string, string>();
    }

    public class IdentityResource : Resource
    {
        public IdentityResource() { }
        public IdentityResource(string name, IEnumerable<string> userClaims) : this(name, name, userClaims) { }
        public IdentityResource(string name, string displayName, IEnumerable<string> userClaims)
        {
            Name = name;
            DisplayName = displayName;
            foreach (var type in userClaims) UserClaims.Add(type);
        }

        public bool Required { get; set; }
        public bool Emphasize { get; set; }
    }

    public class ApiResource : Resource
    {
        public ApiResource() { }
        public ApiResource(string name) : this(name, name, null) { }
        public ApiResource(string name, string displayName) : this(name, displayName, null) { }
        public ApiResource(string name, IEnumerable<string> userClaims) : this(name, name, userClaims) { }
        public ApiResource(string name, string displayName, IEnumerable<string> userClaims)
        {
            Name = name;
            DisplayName = displayName;
            if (userClaims != null) foreach (var type in userClaims) UserClaims.Add(type);
        }

        public bool RequireResourceIndicator { get; set; }
        public ICollection<Secret> ApiSecrets { get; set; } = new HashSet<Secret>();
        public ICollection<string> Scopes { get; set; } = new HashSet<string>();
        public ICollection<string> AllowedAccessTokenSigningAlgorithms { get; set; } = new HashSet<string>();
    }

    public class ApiScope : Resource
    {
        public ApiScope() { }
        public ApiScope(string name) : this(name, name, null) { }
        public ApiScope(string name, string displayName) : this(name, displayName, null) { }
        public ApiScope(string name, IEnumerable<string> userClaims) : this(name, name, userClaims) { }
        public ApiScope(string name, string displayName, IEnumerable<string> userClaims)
        {
            Name = name;
            DisplayName = displayName;
            if (userClaims != null) foreach (var type in userClaims) UserClaims.Add(type);
        }

        public bool Required { get; set; }
        public bool Emphasize { get; set; }
    }

    public static class IdentityResources
    {
        public class OpenId : IdentityResource
        {
            public OpenId() { Name = IdentityServerConstants.StandardScopes.OpenId; Required = true; }
        }

        public class Profile : IdentityResource
        {
            public Profile() { Name = IdentityServerConstants.StandardScopes.Profile; Emphasize = true; }
        }

        public class Email : IdentityResource
        {
            public Email() { Name = IdentityServerConstants.StandardScopes.Email; Emphasize = true; }
        }

        public class Phone : IdentityResource
        {
            public Phone() { Name = IdentityServerConstants.StandardScopes.Phone; Emphasize = true; }
        }

        public class Address : IdentityResource
        {
            public Address() { Name = IdentityServerConstants.StandardScopes.Address; Emphasize = true; }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Duende.IdentityServer.Stores.Serialization  (project Storage)
// ---------------------------------------------------------------------------------------------
namespace Duende.IdentityServer.Stores.Serialization
{
    public class PersistentGrantOptions
    {
        public bool DataProtectData { get; set; } = true;
    }
}

// ---------------------------------------------------------------------------------------------
// Duende.IdentityServer.Configuration
// ---------------------------------------------------------------------------------------------
namespace Duende.IdentityServer.Configuration
{
    using System;
    using System.Collections.Generic;
    using System.Diagnostics.CodeAnalysis;
    using System.Threading.Tasks;
    using Duende.IdentityServer.Models;
    using Duende.IdentityServer.Stores.Serialization;
    using Microsoft.AspNetCore.Http;
    using Microsoft.Extensions.DependencyInjection;
    using Microsoft.IdentityModel.Tokens;

    public class IdentityServerOptions
    {
        public string IssuerUri { get; set; }
        public bool LowerCaseIssuerUri { get; set; } = true;
        public string AccessTokenJwtType { get; set; } = "at+jwt";
        public string LogoutTokenJwtType { get; set; } = "logout+jwt";
        public bool EmitStaticAudienceClaim { get; set; }
        public bool EmitScopesAsSpaceDelimitedStringInJwt { get; set; }
        public bool EmitIssuerIdentificationResponseParameter { get; set; } = true;
        public bool EmitStateHash { get; set; }
        public bool StrictJarValidation { get; set; }
        public bool ValidateTenantOnAuthorization { get; set; }
        public EndpointsOptions Endpoints { get; set; } = new EndpointsOptions();
        public DiscoveryOptions Discovery { get; set; } = new DiscoveryOptions();
        public AuthenticationOptions Authentication { get; set; } = new AuthenticationOptions();
        public EventsOptions Events { get; set; } = new EventsOptions();
        public InputLengthRestrictions InputLengthRestrictions { get; set; } = new InputLengthRestrictions();
        public UserInteractionOptions UserInteraction { get; set; } = new UserInteractionOptions();
        public CachingOptions Caching { get; set; } = new CachingOptions();
        public CorsOptions Cors { get; set; } = new CorsOptions();
        public CspOptions Csp { get; set; } = new CspOptions();
        public ValidationOptions Validation { get; set; } = new ValidationOptions();
        public DeviceFlowOptions DeviceFlow { get; set; } = new DeviceFlowOptions();
        public CibaOptions Ciba { get; set; } = new CibaOptions();
        public LoggingOptions Logging { get; set; } = new LoggingOptions();
        public MutualTlsOptions MutualTls { get; set; } = new MutualTlsOptions();
        public KeyManagementOptions KeyManagement { get; set; } = new KeyManagementOptions();
        public PersistentGrantOptions PersistentGrants { get; set; } = new PersistentGrantOptions();
        public DPoPOptions DPoP { get; set; } = new DPoPOptions();
        public string LicenseKey { get; set; }
        public DynamicProviderOptions DynamicProviders { get; set; } = new DynamicProviderOptions();
        public ServerSideSessionOptions ServerSideSessions { get; set; } = new ServerSideSessionOptions();
        public PushedAuthorizationOptions PushedAuthorization { get; set; } = new PushedAuthorizationOptions();

        // since 7.3.0
        public TimeSpan JwtValidationClockSkew { get; set; } = TimeSpan.FromMinutes(5);

        // since 7.3.0
        public ICollection<string> SupportedRequestObjectSigningAlgorithms { get; set; } = new List<string>
        {
            SecurityAlgorithms.RsaSha256,
            SecurityAlgorithms.RsaSha384,
            SecurityAlgorithms.RsaSha512,
            SecurityAlgorithms.RsaSsaPssSha256,
            SecurityAlgorithms.RsaSsaPssSha384,
            SecurityAlgorithms.RsaSsaPssSha512,
            SecurityAlgorithms.EcdsaSha256,
            SecurityAlgorithms.EcdsaSha384,
            SecurityAlgorithms.EcdsaSha512,
        };

        // since 7.3.0
        public ICollection<string> SupportedClientAssertionSigningAlgorithms { get; set; } = new List<string>
        {
            SecurityAlgorithms.RsaSha256,
            SecurityAlgorithms.RsaSha384,
            SecurityAlgorithms.RsaSha512,
            SecurityAlgorithms.RsaSsaPssSha256,
            SecurityAlgorithms.RsaSsaPssSha384,
            SecurityAlgorithms.RsaSsaPssSha512,
            SecurityAlgorithms.EcdsaSha256,
            SecurityAlgorithms.EcdsaSha384,
            SecurityAlgorithms.EcdsaSha512,
        };

        // since 7.2.0
        public PreviewFeatureOptions Preview { get; set; } = new PreviewFeatureOptions();

        // since 7.3.0
        public DiagnosticOptions Diagnostics { get; set; } = new DiagnosticOptions();
    }

    public class EndpointsOptions
    {
        public bool EnableAuthorizeEndpoint { get; set; } = true;
        public bool EnableJwtRequestUri { get; set; }
        public bool EnableTokenEndpoint { get; set; } = true;
        public bool EnableUserInfoEndpoint { get; set; } = true;
        public bool EnableDiscoveryEndpoint { get; set; } = true;
        public bool EnableEndSessionEndpoint { get; set; } = true;
        public bool EnableCheckSessionEndpoint { get; set; } = true;
        public bool EnableTokenRevocationEndpoint { get; set; } = true;
        public bool EnableIntrospectionEndpoint { get; set; } = true;
        public bool EnableDeviceAuthorizationEndpoint { get; set; } = true;
        public bool EnableBackchannelAuthenticationEndpoint { get; set; } = true;
        public bool EnablePushedAuthorizationEndpoint { get; set; } = true;
        // since 7.4.0
        public bool EnableOAuth2MetadataEndpoint { get; set; } = true;
    }

    public class PushedAuthorizationOptions
    {
        public bool Required { get; set; }
        public int Lifetime { get; set; } = 60 * 10;
        public bool AllowUnregisteredPushedRedirectUris { get; set; }
    }

    public class MutualTlsOptions
    {
        public bool Enabled { get; set; }
        public string ClientCertificateAuthenticationScheme { get; set; } = "Certificate";
        public string DomainName { get; set; }
        public bool AlwaysEmitConfirmationClaim { get; set; }
    }

    public class DPoPOptions
    {
        public TimeSpan ProofTokenValidityDuration { get; set; } = TimeSpan.FromMinutes(1);
        public TimeSpan ServerClockSkew { get; set; } = TimeSpan.FromMinutes(0);

        // since 7.3.0
        public ICollection<string> SupportedDPoPSigningAlgorithms { get; set; } = new List<string>
        {
            SecurityAlgorithms.RsaSha256,
            SecurityAlgorithms.RsaSha384,
            SecurityAlgorithms.RsaSha512,
            SecurityAlgorithms.RsaSsaPssSha256,
            SecurityAlgorithms.RsaSsaPssSha384,
            SecurityAlgorithms.RsaSsaPssSha512,
            SecurityAlgorithms.EcdsaSha256,
            SecurityAlgorithms.EcdsaSha384,
            SecurityAlgorithms.EcdsaSha512
        };
    }

    public class KeyManagementOptions
    {
        public bool Enabled { get; set; } = true;
        public int RsaKeySize { get; set; } = 2048;
        // Empty by default; KeyManager validation falls back to a single RS256 entry when it is empty.
        public ICollection<SigningAlgorithmOptions> SigningAlgorithms { get; set; } = new List<SigningAlgorithmOptions>();
        public TimeSpan InitializationDuration { get; set; } = TimeSpan.FromMinutes(5);
        public TimeSpan InitializationSynchronizationDelay { get; set; } = TimeSpan.FromSeconds(5);
        public TimeSpan InitializationKeyCacheDuration { get; set; } = TimeSpan.FromMinutes(1);
        public TimeSpan KeyCacheDuration { get; set; } = TimeSpan.FromHours(24);
        public TimeSpan PropagationTime { get; set; } = TimeSpan.FromDays(14);
        public TimeSpan RotationInterval { get; set; } = TimeSpan.FromDays(90);
        public TimeSpan RetentionDuration { get; set; } = TimeSpan.FromDays(14);
        public bool DeleteRetiredKeys { get; set; } = true;
        public bool DataProtectKeys { get; set; } = true;
        public string KeyPath { get; set; } = System.IO.Path.Combine(System.IO.Directory.GetCurrentDirectory(), "keys");
    }

    public class SigningAlgorithmOptions
    {
        public SigningAlgorithmOptions() { }

        [SetsRequiredMembers]
        public SigningAlgorithmOptions(string name) { Name = name ?? throw new ArgumentNullException(nameof(name)); }

        public required string Name { get; set; }
        public bool UseX509Certificate { get; set; }
    }

    // since 7.2.0
    public class PreviewFeatureOptions
    {
        public bool EnableDiscoveryDocumentCache { get; set; }
        // since 7.2.0
        public bool StrictClientAssertionAudienceValidation { get; set; }
        public TimeSpan DiscoveryDocumentCacheDuration { get; set; } = TimeSpan.FromMinutes(1);
    }

    // since 7.3.0
    public class DiagnosticOptions
    {
        public TimeSpan LogFrequency { get; set; } = TimeSpan.FromHours(1);
        public int ChunkSize { get; set; } = 1024 * 8 - 32;
    }

    public class DiscoveryOptions
    {
        public bool ShowEndpoints { get; set; } = true;
        public bool ShowKeySet { get; set; } = true;
        public bool ShowIdentityScopes { get; set; } = true;
        public bool ShowApiScopes { get; set; } = true;
        public bool ShowClaims { get; set; } = true;
        public bool ShowResponseTypes { get; set; } = true;
        public bool ShowResponseModes { get; set; } = true;
        public bool ShowGrantTypes { get; set; } = true;
        public bool ShowExtensionGrantTypes { get; set; } = true;
        public bool ShowTokenEndpointAuthenticationMethods { get; set; } = true;
        public bool ShowRevocationEndpointAuthenticationMethods { get; set; } = true;
        public bool ShowIntrospectionEndpointAuthenticationMethods { get; set; } = true;
        public bool ExpandRelativePathsInCustomEntries { get; set; } = true;
        public DynamicClientRegistrationDiscoveryOptions DynamicClientRegistration { get; set; } = new DynamicClientRegistrationDiscoveryOptions();
        public int? ResponseCacheInterval { get; set; }
        public Dictionary<string, object> CustomEntries { get; set; } = new Dictionary<string, object>();
    }

    public enum RegistrationEndpointMode
    {
        None,
        Static,
        Inferred
    }

    public class DynamicClientRegistrationDiscoveryOptions
    {
        public RegistrationEndpointMode RegistrationEndpointMode { get; set; } = RegistrationEndpointMode.None;
        public Uri StaticRegistrationEndpoint { get; set; }
    }

    public class AuthenticationOptions
    {
        public string CookieAuthenticationScheme { get; set; }
        // Constants.DefaultCookieTimeSpan
        public TimeSpan CookieLifetime { get; set; } = TimeSpan.FromHours(10);
        public bool CookieSlidingExpiration { get; set; }
        public SameSiteMode CookieSameSiteMode { get; set; } = SameSiteMode.None;
        public bool RequireAuthenticatedUserForSignOutMessage { get; set; }
        public string CheckSessionCookieName { get; set; } = IdentityServerConstants.DefaultCheckSessionCookieName;
        public string CheckSessionCookieDomain { get; set; }
        public SameSiteMode CheckSessionCookieSameSiteMode { get; set; } = SameSiteMode.None;
        public bool RequireCspFrameSrcForSignout { get; set; } = true;
        public bool CoordinateClientLifetimesWithUserSession { get; set; }
    }

    public class EventsOptions
    {
        public bool RaiseSuccessEvents { get; set; }
        public bool RaiseFailureEvents { get; set; }
        public bool RaiseInformationEvents { get; set; }
        public bool RaiseErrorEvents { get; set; }
    }

    public class InputLengthRestrictions
    {
        private const int Default = 100;
        public int ClientId { get; set; } = Default;
        public int ClientSecret { get; set; } = Default;
        public int Scope { get; set; } = 300;
        public int RedirectUri { get; set; } = 400;
        public int Nonce { get; set; } = 300;
        public int UiLocale { get; set; } = Default;
        public int LoginHint { get; set; } = Default;
        public int AcrValues { get; set; } = 300;
        public int GrantType { get; set; } = Default;
        public int UserName { get; set; } = Default;
        public int Password { get; set; } = Default;
        public int CspReport { get; set; } = 2000;
        public int IdentityProvider { get; set; } = Default;
        public int ExternalError { get; set; } = Default;
        public int AuthorizationCode { get; set; } = Default;
        public int DeviceCode { get; set; } = Default;
        public int RefreshToken { get; set; } = Default;
        public int TokenHandle { get; set; } = Default;
        public int Jwt { get; set; } = 51200;
        public int CodeChallengeMinLength { get; } = 43;
        public int CodeChallengeMaxLength { get; } = 128;
        public int CodeVerifierMinLength { get; } = 43;
        public int CodeVerifierMaxLength { get; } = 128;
        public int ResourceIndicatorMaxLength { get; } = 512;
        public int BindingMessage { get; set; } = Default;
        public int UserCode { get; set; } = Default;
        public int IdTokenHint { get; set; } = 4000;
        public int LoginHintToken { get; set; } = 4000;
        public int AuthenticationRequestId { get; set; } = Default;
        public int DPoPKeyThumbprint { get; set; } = Default;
        public int DPoPProofToken { get; set; } = 4000;
    }

    public class UserInteractionOptions
    {
        public string LoginUrl { get; set; }
        public string LoginReturnUrlParameter { get; set; }
        public string LogoutUrl { get; set; }
        public string LogoutIdParameter { get; set; } = "logoutId";
        public string ConsentUrl { get; set; } = "/consent";
        public string ConsentReturnUrlParameter { get; set; } = "returnUrl";
        public string CreateAccountUrl { get; set; }
        public string CreateAccountReturnUrlParameter { get; set; } = "returnUrl";
        public string ErrorUrl { get; set; } = "/home/error";
        public string ErrorIdParameter { get; set; } = "errorId";
        public string CustomRedirectReturnUrlParameter { get; set; } = "returnUrl";
        public int CookieMessageThreshold { get; set; } = 2;
        public string DeviceVerificationUrl { get; set; } = "/device";
        public string DeviceVerificationUserCodeParameter { get; set; } = "userCode";
        public bool AllowOriginInReturnUrl { get; set; }
        // Constants.SupportedPromptModes
        public ICollection<string> PromptValuesSupported { get; set; } = new HashSet<string>(new[] { "none", "login", "consent", "select_account" });
    }

    public class CachingOptions
    {
        private static readonly TimeSpan Default = TimeSpan.FromMinutes(15);
        public TimeSpan ClientStoreExpiration { get; set; } = Default;
        public TimeSpan ResourceStoreExpiration { get; set; } = Default;
        public TimeSpan CorsExpiration { get; set; } = Default;
        public TimeSpan IdentityProviderCacheDuration { get; set; } = TimeSpan.FromMinutes(60);
        public TimeSpan CacheLockTimeout { get; set; } = TimeSpan.FromSeconds(60);
    }

    public class CorsOptions
    {
        // Constants.IdentityServerName
        public string CorsPolicyName { get; set; } = "Duende.IdentityServer";
        public TimeSpan? PreflightCacheDuration { get; set; }
        public ICollection<PathString> CorsPaths { get; set; } = new List<PathString>
        {
            new PathString("/.well-known/openid-configuration"),
            new PathString("/.well-known/openid-configuration/jwks"),
            new PathString("/connect/token"),
            new PathString("/connect/userinfo"),
            new PathString("/connect/revocation"),
        };
    }

    public class CspOptions
    {
        public CspLevel Level { get; set; } = CspLevel.Two;
        public bool AddDeprecatedHeader { get; set; } = true;
    }

    public class ValidationOptions
    {
        public ICollection<string> InvalidRedirectUriPrefixes { get; } = new HashSet<string>
        {
            "javascript:",
            "file:",
            "data:",
            "mailto:",
            "ftp:",
            "blob:",
            "about:",
            "ssh:",
            "tel:",
            "view-source:",
            "ws:",
            "wss:"
        };
    }

    public class DeviceFlowOptions
    {
        public string DefaultUserCodeType { get; set; } = IdentityServerConstants.UserCodeTypes.Numeric;
        public int Interval { get; set; } = 5;
    }

    public class CibaOptions
    {
        public int DefaultLifetime { get; set; } = 300;
        public int DefaultPollingInterval { get; set; } = 5;
    }

    public class LoggingOptions
    {
        public ICollection<string> BackchannelAuthenticationRequestSensitiveValuesFilter { get; set; } =
            new HashSet<string> { "client_secret", "client_assertion", "id_token_hint", "request" };

        public ICollection<string> TokenRequestSensitiveValuesFilter { get; set; } =
            new HashSet<string> { "client_secret", "password", "client_assertion", "refresh_token", "device_code", "code", "subject_token" };

        public ICollection<string> AuthorizeRequestSensitiveValuesFilter { get; set; } =
            new HashSet<string> { "client_secret", "client_assertion", "id_token_hint", "request" };

        public ICollection<string> PushedAuthorizationSensitiveValuesFilter { get; set; } =
            new HashSet<string> { "client_secret", "client_assertion", "id_token_hint", "request" };

        // The real default filters out OperationCanceledException of aborted requests.
        public Func<HttpContext, Exception, bool> UnhandledExceptionLoggingFilter = (context, exception) => true;
    }

    public class DynamicProviderOptions
    {
        public PathString PathPrefix { get; set; } = "/federation";
        public Func<HttpContext, Task<string>> PathMatchingCallback { get; set; }
        public string SignInScheme { get; set; } = IdentityServerConstants.ExternalCookieAuthenticationScheme;
        public string SignOutScheme { get; set; } = IdentityServerConstants.DefaultCookieAuthenticationScheme;
        public bool SignOutSchemeSetExplicitly => false;
    }

    public class ServerSideSessionOptions
    {
        public string UserDisplayNameClaimType { get; set; }
        public bool RemoveExpiredSessions { get; set; } = true;
        public bool ExpiredSessionsTriggerBackchannelLogout { get; set; }
        public TimeSpan RemoveExpiredSessionsFrequency { get; set; } = TimeSpan.FromMinutes(10);
        public bool FuzzExpiredSessionRemovalStart { get; set; } = true;
        public int RemoveExpiredSessionsBatchSize { get; set; } = 100;
    }

    public static class CryptoHelper
    {
        public static RsaSecurityKey CreateRsaSecurityKey(int keySize = 2048) => throw null;
    }

    public enum NameType
    {
        SubjectDistinguishedName,
        Thumbprint
    }

    public class IdentityServerBuilder : IIdentityServerBuilder
    {
        public IdentityServerBuilder(IServiceCollection services) { Services = services; }
        public IServiceCollection Services { get; }
    }
}

// ---------------------------------------------------------------------------------------------
// Microsoft.Extensions.DependencyInjection  (DI entry points of Duende.IdentityServer)
// NB: IdentityServer4 declares the same type names in this namespace.
// ---------------------------------------------------------------------------------------------
namespace Microsoft.Extensions.DependencyInjection
{
    using System;
    using System.Collections.Generic;
    using System.Net.Http;
    using System.Security.Cryptography.X509Certificates;
    using Duende.IdentityServer;
    using Duende.IdentityServer.Configuration;
    using Duende.IdentityServer.Models;
    using Microsoft.Extensions.Configuration;
    using Microsoft.IdentityModel.Tokens;

    public interface IIdentityServerBuilder
    {
        IServiceCollection Services { get; }
    }

    public static class IdentityServerServiceCollectionExtensions
    {
        public static IIdentityServerBuilder AddIdentityServerBuilder(this IServiceCollection services) => new IdentityServerBuilder(services);
        public static IIdentityServerBuilder AddIdentityServer(this IServiceCollection services) => new IdentityServerBuilder(services);
        public static IIdentityServerBuilder AddIdentityServer(this IServiceCollection services, Action<IdentityServerOptions> setupAction) => new IdentityServerBuilder(services);
        public static IIdentityServerBuilder AddIdentityServer(this IServiceCollection services, IConfiguration configuration) => new IdentityServerBuilder(services);
        public static IServiceCollection AddOidcStateDataFormatterCache(this IServiceCollection services, params string[] schemes) => services;
    }

    public static class IdentityServerBuilderExtensionsCrypto
    {
        public static IIdentityServerBuilder AddSigningCredential(this IIdentityServerBuilder builder, SigningCredentials credential) => builder;

        public static IIdentityServerBuilder AddSigningCredential(this IIdentityServerBuilder builder, X509Certificate2 certificate, string signingAlgorithm = SecurityAlgorithms.RsaSha256) => builder;

        public static IIdentityServerBuilder AddSigningCredential(
            this IIdentityServerBuilder builder,
            string name,
            StoreLocation location = StoreLocation.LocalMachine,
            NameType nameType = NameType.SubjectDistinguishedName,
            string signingAlgorithm = SecurityAlgorithms.RsaSha256) => builder;

        public static IIdentityServerBuilder AddSigningCredential(this IIdentityServerBuilder builder, SecurityKey key, string signingAlgorithm) => builder;

        public static IIdentityServerBuilder AddSigningCredential(this IIdentityServerBuilder builder, RsaSecurityKey key, IdentityServerConstants.RsaSigningAlgorithm signingAlgorithm) => builder;

        public static IIdentityServerBuilder AddSigningCredential(this IIdentityServerBuilder builder, ECDsaSecurityKey key, IdentityServerConstants.ECDsaSigningAlgorithm signingAlgorithm) => builder;

        public static IIdentityServerBuilder AddDeveloperSigningCredential(
            this IIdentityServerBuilder builder,
            bool persistKey = true,
            string filename = null,
            IdentityServerConstants.RsaSigningAlgorithm signingAlgorithm = IdentityServerConstants.RsaSigningAlgorithm.RS256) => builder;

        public static IIdentityServerBuilder AddValidationKey(this IIdentityServerBuilder builder, params SecurityKeyInfo[] keys) => builder;

        public static IIdentityServerBuilder AddValidationKey(
            this IIdentityServerBuilder builder,
            RsaSecurityKey key,
            IdentityServerConstants.RsaSigningAlgorithm signingAlgorithm = IdentityServerConstants.RsaSigningAlgorithm.RS256) => builder;

        public static IIdentityServerBuilder AddValidationKey(
            this IIdentityServerBuilder builder,
            ECDsaSecurityKey key,
            IdentityServerConstants.ECDsaSigningAlgorithm signingAlgorithm = IdentityServerConstants.ECDsaSigningAlgorithm.ES256) => builder;

        public static IIdentityServerBuilder AddValidationKey(
            this IIdentityServerBuilder builder,
            X509Certificate2 certificate,
            string signingAlgorithm = SecurityAlgorithms.RsaSha256) => builder;

        public static IIdentityServerBuilder AddValidationKey(
            this IIdentityServerBuilder builder,
            string name,
            StoreLocation location = StoreLocation.LocalMachine,
            NameType nameType = NameType.SubjectDistinguishedName,
            string signingAlgorithm = SecurityAlgorithms.RsaSha256) => builder;
    }

    public static class IdentityServerBuilderExtensionsInMemory
    {
        public static IIdentityServerBuilder AddInMemoryCaching(this IIdentityServerBuilder builder) => builder;
        public static IIdentityServerBuilder AddInMemoryIdentityResources(this IIdentityServerBuilder builder, IEnumerable<IdentityResource> identityResources) => builder;
        public static IIdentityServerBuilder AddInMemoryIdentityResources(this IIdentityServerBuilder builder, IConfigurationSection section) => builder;
        public static IIdentityServerBuilder AddInMemoryApiResources(this IIdentityServerBuilder builder, IEnumerable<ApiResource> apiResources) => builder;
        public static IIdentityServerBuilder AddInMemoryApiResources(this IIdentityServerBuilder builder, IConfigurationSection section) => builder;
        public static IIdentityServerBuilder AddInMemoryApiScopes(this IIdentityServerBuilder builder, IEnumerable<ApiScope> apiScopes) => builder;
        public static IIdentityServerBuilder AddInMemoryApiScopes(this IIdentityServerBuilder builder, IConfigurationSection section) => builder;
        public static IIdentityServerBuilder AddInMemoryClients(this IIdentityServerBuilder builder, ICollection<Client> clients) => builder;
        public static IIdentityServerBuilder AddInMemoryClients(this IIdentityServerBuilder builder, IEnumerable<Client> clients) => builder;
        public static IIdentityServerBuilder AddInMemoryClients(this IIdentityServerBuilder builder, IConfigurationSection section) => builder;
        public static IIdentityServerBuilder AddInMemoryPersistedGrants(this IIdentityServerBuilder builder) => builder;
        public static IIdentityServerBuilder AddInMemoryPushedAuthorizationRequests(this IIdentityServerBuilder builder) => builder;
    }

    public static class IdentityServerBuilderExtensionsCore
    {
        public static IIdentityServerBuilder AddRequiredPlatformServices(this IIdentityServerBuilder builder) => builder;
        public static IIdentityServerBuilder AddCookieAuthentication(this IIdentityServerBuilder builder) => builder;
        public static IIdentityServerBuilder AddDefaultCookieHandlers(this IIdentityServerBuilder builder) => builder;
        public static IIdentityServerBuilder AddCookieAuthenticationExtensions(this IIdentityServerBuilder builder) => builder;
        public static IIdentityServerBuilder AddDefaultEndpoints(this IIdentityServerBuilder builder) => builder;
        public static IIdentityServerBuilder AddCoreServices(this IIdentityServerBuilder builder) => builder;
        public static IIdentityServerBuilder AddPluggableServices(this IIdentityServerBuilder builder) => builder;
        public static IIdentityServerBuilder AddKeyManagement(this IIdentityServerBuilder builder) => builder;
        public static IIdentityServerBuilder AddDynamicProvidersCore(this IIdentityServerBuilder builder) => builder;
        public static IIdentityServerBuilder AddValidators(this IIdentityServerBuilder builder) => builder;
        public static IIdentityServerBuilder AddResponseGenerators(this IIdentityServerBuilder builder) => builder;
        public static IIdentityServerBuilder AddDefaultSecretParsers(this IIdentityServerBuilder builder) => builder;
        public static IIdentityServerBuilder AddDefaultSecretValidators(this IIdentityServerBuilder builder) => builder;
    }

    public static class IdentityServerBuilderExtensionsAdditional
    {
        public static IIdentityServerBuilder AddAppAuthRedirectUriValidator(this IIdentityServerBuilder builder) => builder;
        // Registers JwtBearerClientAssertionSecretParser + PrivateKeyJwtSecretValidator (private_key_jwt).
        public static IIdentityServerBuilder AddJwtBearerClientAuthentication(this IIdentityServerBuilder builder) => builder;
        // Registers MutualTlsSecretParser + X509ThumbprintSecretValidator + X509NameSecretValidator.
        public static IIdentityServerBuilder AddMutualTlsSecretValidators(this IIdentityServerBuilder builder) => builder;
        public static IHttpClientBuilder AddBackChannelLogoutHttpClient(this IIdentityServerBuilder builder, Action<HttpClient> configureClient = null) => throw null;
        public static IHttpClientBuilder AddJwtRequestUriHttpClient(this IIdentityServerBuilder builder, Action<HttpClient> configureClient = null) => throw null;
        public static IIdentityServerBuilder AddLegacyClock(this IIdentityServerBuilder builder) => builder;
    }

    public static class SessionManagementServiceCollectionExtensions
    {
        public static IIdentityServerBuilder AddServerSideSessions(this IIdentityServerBuilder builder) => builder;
    }
}
