[assembly: System.Reflection.AssemblyVersion("4.1.2.0")]
#nullable disable
// Stub of the public configuration API of IdentityServer4 4.1.2 used by Fapi.Analyzers tests.
// Declarations (names, namespaces, signatures, optional defaults, property initializers) follow
// IdentityServer/IdentityServer4, src/{Storage,IdentityServer4}/src/..., tag 4.1.2. Bodies are trivial.
// IdentityServer4 has no PAR, no DPoP, no automatic key management, no preview options.
//
// Deliberate simplifications:
//  * Defaults that the real source takes from internal constants (Constants.*, OidcConstants.* of
//    IdentityModel) are written as their literal values.
//  * Members whose types come from elsewhere in the library (stores, validators, services, ...) are omitted,
//    as are generic registration helpers (AddProfileService<T>, ...).
//  * Client.AllowedGrantTypes keeps the real ICollection<string> type, but does not validate combinations.

namespace IdentityServer4
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
        public const string JwtRequestClientKey = "idsrv.jwtrequesturi.client";

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
        }

        // NB: a mutable static field (not readonly) in the real source.
        public static IEnumerable<string> SupportedSigningAlgorithms = new List<string>
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
    }
}

// ---------------------------------------------------------------------------------------------
// IdentityServer4.Models  (projects Storage and IdentityServer4)
// ---------------------------------------------------------------------------------------------
namespace IdentityServer4.Models
{
    using System;
    using System.Collections.Generic;
    using Microsoft.IdentityModel.Tokens;

    public class Client
    {
        private ICollection<string> _allowedGrantTypes = new HashSet<string>();

        public bool Enabled { get; set; } = true;
        public string ClientId { get; set; }
        public string ProtocolType { get; set; } = IdentityServerConstants.ProtocolTypes.OpenIdConnect;
        public ICollection<Secret> ClientSecrets { get; set; } = new HashSet<Secret>();
        public bool RequireClientSecret { get; set; } = true;
        public string ClientName { get; set; }
        public string Description { get; set; }
        public string ClientUri { get; set; }
        public string LogoUri { get; set; }
        public bool RequireConsent { get; set; } = false;
        public bool AllowRememberConsent { get; set; } = true;

        public ICollection<string> AllowedGrantTypes
        {
            get { return _allowedGrantTypes; }
            set { _allowedGrantTypes = new HashSet<string>(value); }
        }

        public bool RequirePkce { get; set; } = true;
        public bool AllowPlainTextPkce { get; set; } = false;
        public bool RequireRequestObject { get; set; } = false;
        public bool AllowAccessTokensViaBrowser { get; set; } = false;
        public ICollection<string> RedirectUris { get; set; } = new HashSet<string>();
        public ICollection<string> PostLogoutRedirectUris { get; set; } = new HashSet<string>();
        public string FrontChannelLogoutUri { get; set; }
        public bool FrontChannelLogoutSessionRequired { get; set; } = true;
        public string BackChannelLogoutUri { get; set; }
        public bool BackChannelLogoutSessionRequired { get; set; } = true;
        public bool AllowOfflineAccess { get; set; } = false;
        public ICollection<string> AllowedScopes { get; set; } = new HashSet<string>();
        public bool AlwaysIncludeUserClaimsInIdToken { get; set; } = false;
        public int IdentityTokenLifetime { get; set; } = 300;
        public ICollection<string> AllowedIdentityTokenSigningAlgorithms { get; set; } = new HashSet<string>();
        public int AccessTokenLifetime { get; set; } = 3600;
        public int AuthorizationCodeLifetime { get; set; } = 300;
        public int AbsoluteRefreshTokenLifetime { get; set; } = 2592000;
        public int SlidingRefreshTokenLifetime { get; set; } = 1296000;
        public int? ConsentLifetime { get; set; } = null;
        public TokenUsage RefreshTokenUsage { get; set; } = TokenUsage.OneTimeOnly;
        public bool UpdateAccessTokenClaimsOnRefresh { get; set; } = false;
        public TokenExpiration RefreshTokenExpiration { get; set; } = TokenExpiration.Absolute;
        public AccessTokenType AccessTokenType { get; set; } = AccessTokenType.Jwt;
        public bool EnableLocalLogin { get; set; } = true;
        public ICollection<string> IdentityProviderRestrictions { get; set; } = new HashSet<string>();
        public bool IncludeJwtId { get; set; } = true;
        public ICollection<ClientClaim> Claims { get; set; } = new HashSet<ClientClaim>();
        public bool AlwaysSendClientClaims { get; set; } = false;
        public string ClientClaimsPrefix { get; set; } = "client_";
        public string PairWiseSubjectSalt { get; set; }
        public int? UserSsoLifetime { get; set; }
        public string UserCodeType { get; set; }
        public int DeviceCodeLifetime { get; set; } = 300;
        public ICollection<string> AllowedCorsOrigins { get; set; } = new HashSet<string>();
        public IDictionary<string, string> Properties { get; set; } = new Dictionary<string, string>();

        public static void ValidateGrantTypes(IEnumerable<string> grantTypes) { }
    }

    public class ClientClaim
    {
        public ClientClaim() { }
        public ClientClaim(string type, string value) { Type = type; Value = value; }
        public ClientClaim(string type, string value, string valueType) { Type = type; Value = value; ValueType = valueType; }

        public string Type { get; set; }
        public string Value { get; set; }
        public string ValueType { get; set; } = System.Security.Claims.ClaimValueTypes.String;
    }

    public class Secret
    {
        public Secret() { Type = IdentityServerConstants.SecretTypes.SharedSecret; }
        public Secret(string value, DateTime? expiration = null) : this() { Value = value; Expiration = expiration; }
        public Secret(string value, string description, DateTime? expiration = null) : this() { Description = description; Value = value; Expiration = expiration; }

        public string Description { get; set; }
        public string Value { get; set; }
        public DateTime? Expiration { get; set; }
        public string Type { get; set; }
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

    // NB: a non-static class in the real source.
    public class GrantTypes
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
        public SecurityKey Key { get; set; }
        public string SigningAlgorithm { get; set; }
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
        public string Name { get; set; }
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

        public bool Required { get; set; } = false;
        public bool Emphasize { get; set; } = false;
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

        public bool Required { get; set; } = false;
        public bool Emphasize { get; set; } = false;
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
// IdentityServer4.Configuration
// ---------------------------------------------------------------------------------------------
namespace IdentityServer4.Configuration
{
    using System;
    using System.Collections.Generic;
    using IdentityServer4.Models;
    using Microsoft.AspNetCore.Http;
    using Microsoft.Extensions.DependencyInjection;
    using Microsoft.IdentityModel.Tokens;

    public class IdentityServerOptions
    {
        public string IssuerUri { get; set; }
        public bool LowerCaseIssuerUri { get; set; } = true;
        public string AccessTokenJwtType { get; set; } = "at+jwt";
        public bool EmitStaticAudienceClaim { get; set; } = false;
        public bool EmitScopesAsSpaceDelimitedStringInJwt { get; set; } = false;
        public bool StrictJarValidation { get; set; } = false;
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
        public LoggingOptions Logging { get; set; } = new LoggingOptions();
        public MutualTlsOptions MutualTls { get; set; } = new MutualTlsOptions();
    }

    public class EndpointsOptions
    {
        public bool EnableAuthorizeEndpoint { get; set; } = true;
        public bool EnableJwtRequestUri { get; set; } = false;
        public bool EnableTokenEndpoint { get; set; } = true;
        public bool EnableUserInfoEndpoint { get; set; } = true;
        public bool EnableDiscoveryEndpoint { get; set; } = true;
        public bool EnableEndSessionEndpoint { get; set; } = true;
        public bool EnableCheckSessionEndpoint { get; set; } = true;
        public bool EnableTokenRevocationEndpoint { get; set; } = true;
        public bool EnableIntrospectionEndpoint { get; set; } = true;
        public bool EnableDeviceAuthorizationEndpoint { get; set; } = true;
    }

    public class MutualTlsOptions
    {
        public bool Enabled { get; set; }
        public string ClientCertificateAuthenticationScheme { get; set; } = "Certificate";
        public string DomainName { get; set; }
        public bool AlwaysEmitConfirmationClaim { get; set; }
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
        public bool ExpandRelativePathsInCustomEntries { get; set; } = true;
        public int? ResponseCacheInterval { get; set; } = null;
        public Dictionary<string, object> CustomEntries { get; set; } = new Dictionary<string, object>();
    }

    public class AuthenticationOptions
    {
        public string CookieAuthenticationScheme { get; set; }
        // Constants.DefaultCookieTimeSpan
        public TimeSpan CookieLifetime { get; set; } = TimeSpan.FromHours(10);
        public bool CookieSlidingExpiration { get; set; } = false;
        public SameSiteMode CookieSameSiteMode { get; set; } = SameSiteMode.None;
        public bool RequireAuthenticatedUserForSignOutMessage { get; set; } = false;
        public string CheckSessionCookieName { get; set; } = IdentityServerConstants.DefaultCheckSessionCookieName;
        public string CheckSessionCookieDomain { get; set; }
        public SameSiteMode CheckSessionCookieSameSiteMode { get; set; } = SameSiteMode.None;
        public bool RequireCspFrameSrcForSignout { get; set; } = true;
    }

    public class EventsOptions
    {
        public bool RaiseSuccessEvents { get; set; } = false;
        public bool RaiseFailureEvents { get; set; } = false;
        public bool RaiseInformationEvents { get; set; } = false;
        public bool RaiseErrorEvents { get; set; } = false;
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
    }

    public class UserInteractionOptions
    {
        public string LoginUrl { get; set; }
        public string LoginReturnUrlParameter { get; set; }
        public string LogoutUrl { get; set; }
        public string LogoutIdParameter { get; set; } = "logoutId";
        public string ConsentUrl { get; set; } = "/consent";
        public string ConsentReturnUrlParameter { get; set; } = "returnUrl";
        public string ErrorUrl { get; set; } = "/home/error";
        public string ErrorIdParameter { get; set; } = "errorId";
        public string CustomRedirectReturnUrlParameter { get; set; } = "returnUrl";
        public int CookieMessageThreshold { get; set; } = 2;
        public string DeviceVerificationUrl { get; set; } = "/device";
        public string DeviceVerificationUserCodeParameter { get; set; } = "userCode";
    }

    public class CachingOptions
    {
        private static readonly TimeSpan Default = TimeSpan.FromMinutes(15);
        public TimeSpan ClientStoreExpiration { get; set; } = Default;
        public TimeSpan ResourceStoreExpiration { get; set; } = Default;
        public TimeSpan CorsExpiration { get; set; } = Default;
    }

    public class CorsOptions
    {
        // Constants.IdentityServerName
        public string CorsPolicyName { get; set; } = "IdentityServer4";
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

    public class LoggingOptions
    {
        public ICollection<string> TokenRequestSensitiveValuesFilter { get; set; } =
            new HashSet<string> { "client_secret", "password", "client_assertion", "refresh_token", "device_code" };

        public ICollection<string> AuthorizeRequestSensitiveValuesFilter { get; set; } =
            new HashSet<string> { "id_token_hint" };
    }

    public static class CryptoHelper
    {
        public static RsaSecurityKey CreateRsaSecurityKey(int keySize = 2048) => throw null;
        public static ECDsaSecurityKey CreateECDsaSecurityKey(string curve = JsonWebKeyECTypes.P256) => throw null;
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
// Microsoft.Extensions.DependencyInjection  (DI entry points of IdentityServer4)
// NB: Duende IdentityServer declares the same type names in this namespace.
// ---------------------------------------------------------------------------------------------
namespace Microsoft.Extensions.DependencyInjection
{
    using System;
    using System.Collections.Generic;
    using System.Net.Http;
    using System.Security.Cryptography.X509Certificates;
    using IdentityServer4;
    using IdentityServer4.Configuration;
    using IdentityServer4.Models;
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
        public static IIdentityServerBuilder AddInMemoryClients(this IIdentityServerBuilder builder, IEnumerable<Client> clients) => builder;
        public static IIdentityServerBuilder AddInMemoryClients(this IIdentityServerBuilder builder, IConfigurationSection section) => builder;
        public static IIdentityServerBuilder AddInMemoryPersistedGrants(this IIdentityServerBuilder builder) => builder;
    }

    public static class IdentityServerBuilderExtensionsCore
    {
        public static IIdentityServerBuilder AddRequiredPlatformServices(this IIdentityServerBuilder builder) => builder;
        public static IIdentityServerBuilder AddCookieAuthentication(this IIdentityServerBuilder builder) => builder;
        public static IIdentityServerBuilder AddDefaultEndpoints(this IIdentityServerBuilder builder) => builder;
        public static IIdentityServerBuilder AddCoreServices(this IIdentityServerBuilder builder) => builder;
        public static IIdentityServerBuilder AddPluggableServices(this IIdentityServerBuilder builder) => builder;
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
    }
}
