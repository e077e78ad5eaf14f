using System.Threading.Tasks;
using Fapi.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Fapi.Analyzers.Tests.Rules;

/// <summary>
/// Every rule the Duende IdentityServer binding expresses, through the analyzer and its fixes: positive, silent and
/// fixed cases per profile, the server-wide settings against per-client ones, and IdentityServer4's differences.
/// </summary>
public sealed class DuendeRuleTests
{
    private const string Fapi2 = "fapi2_security";
    private const string Advanced = "fapi1_advanced";

    /// <summary>A FAPI 2.0 server: PAR for every client, short request_uri, bounded clock skew, ES256 keys and accepted lists.</summary>
    private const string CompliantServer = """

        class Startup
        {
            void ConfigureServices(IServiceCollection services, X509Certificate2 certificate)
                => services.AddIdentityServer(options =>
                    {
                        options.PushedAuthorization.Required = true;
                        options.PushedAuthorization.Lifetime = 60;
                        options.JwtValidationClockSkew = TimeSpan.FromSeconds(10);
                        options.SupportedClientAssertionSigningAlgorithms = new[] { SecurityAlgorithms.EcdsaSha256 };
                        options.SupportedRequestObjectSigningAlgorithms = new[] { SecurityAlgorithms.EcdsaSha256 };
                        options.DPoP.SupportedDPoPSigningAlgorithms = new[] { SecurityAlgorithms.EcdsaSha256 };
                    })
                    .AddSigningCredential(certificate, SecurityAlgorithms.EcdsaSha256)
                    .AddInMemoryClients(Config.Clients);
        }
        """;

    private static string Clients(string clients) => Verify.DuendeUsings + """
        public static class Config
        {
            const string Jwk = "{ \"kty\": \"EC\" }";

            public static IEnumerable<Client> Clients => new List<Client>
            {
        """ + clients + """

            };
        }
        """;

    // ---- a compliant configuration is silent ----------------------------------------------------------------------

    [Fact]
    public Task A_FAPI2_server_and_client_are_silent()
        => Verify.Analyzer(Clients("""
                    new Client
                    {
                        ClientId = "bank-web",
                        AllowedGrantTypes = GrantTypes.Code,
                        ClientSecrets = { new Secret { Type = IdentityServerConstants.SecretTypes.JsonWebKey, Value = Jwk } },
                        RequireDPoP = true,
                        AuthorizationCodeLifetime = 60,
                        AllowOfflineAccess = true,
                        RedirectUris = { "https://bank.example.com/signin-oidc" },
                    },
                    new Client
                    {
                        ClientId = "batch",
                        AllowedGrantTypes = GrantTypes.ClientCredentials,
                        ClientSecrets = { new Secret("CN=batch") { Type = IdentityServerConstants.SecretTypes.X509CertificateName } },
                    },
            """) + CompliantServer, Fapi2);

    [Fact]
    public Task An_Advanced_hybrid_client_with_certificate_and_request_objects_is_silent()
        => Verify.Analyzer(Clients("""
                    new Client
                    {
                        ClientId = "bank-web",
                        AllowedGrantTypes = GrantTypes.Hybrid,
                        ClientSecrets = { new Secret("CN=bank-web") { Type = IdentityServerConstants.SecretTypes.X509CertificateName } },
                        RequireRequestObject = true,
                        AllowedIdentityTokenSigningAlgorithms = { SecurityAlgorithms.EcdsaSha256 },
                        RedirectUris = { "https://bank.example.com/signin-oidc" },
                    },
            """) + CompliantServer, Advanced);

    // ---- the server's defaults and options ---------------------------------------------------------------------------

    [Fact]
    public Task A_default_server_reports_each_FAPI2_setting_once_on_its_registration()
        => Verify.Analyzer(Verify.DuendeUsings + """
            class Startup
            {
                void ConfigureServices(IServiceCollection services)
                    => services.{|FAPI2005:{|FAPI3001:{|FAPI3001:{|FAPI3001:{|FAPI3001:{|FAPI4003:{|FAPI4005:AddIdentityServer|}|}|}|}|}|}|}();
            }
            """, Fapi2);

    [Fact]
    public Task Server_options_written_in_code_are_reported_where_written()
        => Verify.Analyzer(Verify.DuendeUsings + """
            class Startup
            {
                void ConfigureServices(IServiceCollection services, X509Certificate2 certificate)
                    => services.AddIdentityServer(options =>
                        {
                            options.PushedAuthorization.Required = {|FAPI2005:false|};
                            options.PushedAuthorization.Lifetime = {|FAPI4003:600|};
                            options.EmitIssuerIdentificationResponseParameter = {|FAPI4004:false|};
                            options.JwtValidationClockSkew = {|FAPI4005:TimeSpan.FromMinutes(2)|};
                            options.SupportedClientAssertionSigningAlgorithms = new[] { {|FAPI3001:SecurityAlgorithms.RsaSha256|}, SecurityAlgorithms.EcdsaSha256 };
                            options.SupportedRequestObjectSigningAlgorithms = new[] { SecurityAlgorithms.EcdsaSha256 };
                            options.DPoP.SupportedDPoPSigningAlgorithms = new[] { SecurityAlgorithms.EcdsaSha256 };
                        })
                        .AddSigningCredential(certificate, {|FAPI3001:"RS256"|});
            }
            """, Fapi2);

    [Fact]
    public Task A_signing_credential_with_the_omitted_RS256_default_is_reported_on_the_call()
        => Verify.Analyzer(Verify.DuendeUsings + """
            class Startup
            {
                void ConfigureServices(IServiceCollection services, X509Certificate2 certificate)
                    => services.AddIdentityServer(options =>
                        {
                            options.PushedAuthorization.Required = true;
                            options.PushedAuthorization.Lifetime = 60;
                            options.JwtValidationClockSkew = TimeSpan.FromSeconds(10);
                            options.SupportedClientAssertionSigningAlgorithms = new[] { "ES256" };
                            options.SupportedRequestObjectSigningAlgorithms = new[] { "ES256" };
                            options.DPoP.SupportedDPoPSigningAlgorithms = new[] { "ES256" };
                        })
                        .{|FAPI3001:AddSigningCredential|}(certificate);
            }
            """, Fapi2);

    [Fact]
    public Task A_developer_credential_in_development_only_is_not_judged()
        => Verify.Analyzer(Verify.DuendeUsings + """
            using Microsoft.Extensions.Hosting;

            class Startup
            {
                void ConfigureServices(IServiceCollection services, IHostEnvironment environment, X509Certificate2 certificate)
                {
                    var builder = services.AddIdentityServer(options =>
                    {
                        options.PushedAuthorization.Required = true;
                        options.PushedAuthorization.Lifetime = 60;
                        options.JwtValidationClockSkew = TimeSpan.FromSeconds(10);
                        options.SupportedClientAssertionSigningAlgorithms = new[] { "ES256" };
                        options.SupportedRequestObjectSigningAlgorithms = new[] { "ES256" };
                        options.DPoP.SupportedDPoPSigningAlgorithms = new[] { "ES256" };
                    });
                    if (environment.IsDevelopment())
                    {
                        builder.AddDeveloperSigningCredential();
                    }
                    else
                    {
                        builder.AddSigningCredential(certificate, "ES256");
                    }
                }
            }
            """, Fapi2);

    [Fact]
    public Task Options_through_Configure_decide_the_merged_server()
        => Verify.Analyzer(Verify.DuendeUsings + """
            class Startup
            {
                void ConfigureServices(IServiceCollection services)
                {
                    services.AddIdentityServer().AddSigningCredential(new SigningCredentials(new ECDsaSecurityKey(ECDsa.Create()), SecurityAlgorithms.EcdsaSha256));
                    services.Configure<IdentityServerOptions>(Harden);
                }

                static void Harden(IdentityServerOptions options)
                {
                    options.PushedAuthorization = new PushedAuthorizationOptions { Required = true, Lifetime = 30 };
                    options.JwtValidationClockSkew = TimeSpan.FromSeconds(15);
                    options.SupportedClientAssertionSigningAlgorithms = new[] { "ES256" };
                    options.SupportedRequestObjectSigningAlgorithms = new[] { "ES256" };
                    options.DPoP.SupportedDPoPSigningAlgorithms = new[] { "ES256" };
                }
            }
            """, Fapi2);

    [Fact]
    public Task Options_bound_from_configuration_are_not_judged_in_code()
        => Verify.Analyzer(Verify.DuendeUsings + """
            using Microsoft.Extensions.Configuration;

            class Startup
            {
                void ConfigureServices(IServiceCollection services, IConfiguration configuration)
                    => services.AddIdentityServer(configuration.GetSection("IdentityServer"))
                        .AddInMemoryClients(configuration.GetSection("IdentityServer:Clients"));
            }
            """, Fapi2);

    [Theory]
    [InlineData(Fapi2)]
    [InlineData("fapi1_baseline")]
    public Task Signing_keys_created_in_code_are_judged_by_size(string profile)
        => Verify.Analyzer(new[] { Verify.DuendeUsings + $$"""
            class Startup
            {
                void ConfigureServices(IServiceCollection services, X509Certificate2 certificate)
                {
                    var weak = RSA.Create(1024);
                    var strong = RSA.Create();
                    var resized = RSA.Create(1024);
                    resized.KeySize = 2048;
                    var legacy = new RSACryptoServiceProvider();
                    services.AddIdentityServer(options =>
                        {
                            options.PushedAuthorization.Required = true;
                            options.PushedAuthorization.Lifetime = 60;
                            options.JwtValidationClockSkew = TimeSpan.FromSeconds(10);
                            options.SupportedClientAssertionSigningAlgorithms = new[] { "PS256" };
                            options.SupportedRequestObjectSigningAlgorithms = new[] { "PS256" };
                            options.DPoP.SupportedDPoPSigningAlgorithms = new[] { "PS256" };
                        })
                        .AddSigningCredential({|FAPI3003:new RsaSecurityKey(weak)|}, IdentityServerConstants.RsaSigningAlgorithm.PS256)
                        .AddSigningCredential(new SigningCredentials(new RsaSecurityKey(strong), SecurityAlgorithms.RsaSsaPssSha256))
                        .AddSigningCredential(new RsaSecurityKey(resized), IdentityServerConstants.RsaSigningAlgorithm.PS256)
                        .AddSigningCredential({|FAPI3003:new SigningCredentials(new RsaSecurityKey(legacy), SecurityAlgorithms.RsaSsaPssSha256)|})
                        .AddSigningCredential(new ECDsaSecurityKey(ECDsa.Create(ECCurve.NamedCurves.{{(profile == Fapi2 ? "brainpoolP192r1" : "nistP256")}})), IdentityServerConstants.ECDsaSigningAlgorithm.ES256)
                        .AddSigningCredential(certificate, "PS256");
                }
            }
            """.Replace("new ECDsaSecurityKey(ECDsa.Create(ECCurve.NamedCurves.brainpoolP192r1))", "{|FAPI3003:new ECDsaSecurityKey(ECDsa.Create(ECCurve.NamedCurves.brainpoolP192r1))|}") },
            profile, editorConfig: "dotnet_diagnostic.FAPI3002.severity = none\n");

    // ---- clients ---------------------------------------------------------------------------------------------------

    [Fact]
    public Task A_client_is_judged_on_its_own_settings_when_the_server_provides_the_rest()
        => Verify.Analyzer(Clients("""
                    new {|FAPI4001:{|FAPI4002:Client|}|}
                    {
                        ClientId = "web",
                        AllowedGrantTypes = GrantTypes.Code,
                        ClientSecrets = { {|FAPI1002:new Secret("secret".Sha256())|} },
                        RequirePkce = {|FAPI2001:false|},
                        AllowPlainTextPkce = {|FAPI2002:true|},
                        PushedAuthorizationLifetime = {|FAPI4003:600|},
                        RedirectUris = { {|FAPI2007:"http://web.example.com/signin-oidc"|} },
                    },
            """) + CompliantServer, Fapi2);

    [Theory]
    [InlineData("global using static Partners;", "", "All")]
    [InlineData("global using P = Partners;", "", "P.All")]
    [InlineData("", "using static Partners;", "All")]
    [InlineData("", "using P = Partners;", "P.All")]
    [InlineData("", "", "Partners.All")]
    [InlineData("", "", "global::Partners.All")]
    public Task A_loop_in_another_file_reaches_a_static_class_list_however_the_file_names_the_class(string globalUsings, string usings, string list)
        => Verify.Analyzer(new[]
        {
            Verify.DuendeUsings + """
                public static class Partners
                {
                    const string Jwk = "{ \"kty\": \"EC\" }";

                    public static readonly Client[] All =
                    {
                        new Client
                        {
                            ClientId = "partner",
                            AllowedGrantTypes = GrantTypes.Code,
                            ClientSecrets = { new Secret { Type = IdentityServerConstants.SecretTypes.JsonWebKey, Value = Jwk } },
                            AuthorizationCodeLifetime = 60,
                        },
                    };
                }
                """,
            globalUsings,
            usings + Verify.DuendeUsings + """
                class Hardening
                {
                    void Apply()
                    {
                        foreach (var client in LIST)
                        {
                            client.RequireDPoP = true;
                        }
                    }
                }
                """.Replace("LIST", list),
            Clients("") + CompliantServer,
        }, Fapi2);

    [Fact]
    public async Task Library_types_declared_in_the_project_s_own_source_are_bound_like_referenced_ones()
    {
        // A solution that compiles the library's source into the same project (vendored code): its types are found there.
        using var references = TestReferences.Use(TestReferences.WithoutServerStubs());
        await Verify.Analyzer(new[]
        {
            TestReferences.StubSource("DuendeIdentityServerStub.cs"),
            Clients("""
                    new Client
                    {
                        ClientId = "web",
                        AllowedGrantTypes = GrantTypes.Code,
                        ClientSecrets = { new Secret { Type = IdentityServerConstants.SecretTypes.JsonWebKey, Value = Jwk } },
                        RequireDPoP = true,
                        AuthorizationCodeLifetime = 60,
                        RedirectUris = { {|FAPI2007:"http://web.example.com/signin-oidc"|} },
                    },
            """) + CompliantServer,
        }, Fapi2);
    }

    [Fact]
    public Task Without_a_server_in_the_compilation_the_client_gets_the_server_defaults()
        => Verify.Analyzer(Clients("""
                    new {|FAPI2005:{|FAPI4003:Client|}|}
                    {
                        ClientId = "web",
                        AllowedGrantTypes = GrantTypes.Code,
                        ClientSecrets = { new Secret { Type = IdentityServerConstants.SecretTypes.JsonWebKey, Value = Jwk } },
                        RequireDPoP = true,
                        AuthorizationCodeLifetime = 60,
                    },
            """), Fapi2);

    [Fact]
    public Task A_client_that_requires_PAR_itself_needs_no_server_setting()
        => Verify.Analyzer(Clients("""
                    new Client
                    {
                        ClientId = "web",
                        AllowedGrantTypes = GrantTypes.Code,
                        ClientSecrets = { new Secret { Type = IdentityServerConstants.SecretTypes.JsonWebKey, Value = Jwk } },
                        RequireDPoP = true,
                        RequirePushedAuthorization = true,
                        PushedAuthorizationLifetime = 60,
                        AuthorizationCodeLifetime = 60,
                    },
            """), Fapi2);

    [Fact]
    public Task Where_clients_require_PAR_themselves_the_server_default_is_theirs_to_report()
        => Verify.Analyzer(Clients("""
                    new Client
                    {
                        ClientId = "web",
                        AllowedGrantTypes = GrantTypes.Code,
                        ClientSecrets = { new Secret { Type = IdentityServerConstants.SecretTypes.JsonWebKey, Value = Jwk } },
                        RequireDPoP = true,
                        RequirePushedAuthorization = true,
                        PushedAuthorizationLifetime = 60,
                        AuthorizationCodeLifetime = 60,
                    },
                    new {|FAPI2005:{|FAPI4003:Client|}|}
                    {
                        ClientId = "forgotten",
                        AllowedGrantTypes = GrantTypes.Code,
                        ClientSecrets = { new Secret { Type = IdentityServerConstants.SecretTypes.JsonWebKey, Value = Jwk } },
                        RequireDPoP = true,
                        AuthorizationCodeLifetime = 60,
                    },
            """) + CompliantServer.Replace("options.PushedAuthorization.Required = true;", "").Replace("options.PushedAuthorization.Lifetime = 60;", ""), Fapi2);

    [Fact]
    public Task Public_clients_and_forbidden_grant_types()
        => Verify.Analyzer(Clients("""
                    new Client
                    {
                        ClientId = "spa",
                        AllowedGrantTypes = {|FAPI2008:GrantTypes.Hybrid|},
                        RequireClientSecret = {|FAPI1001:false|},
                        RequireDPoP = true,
                        AuthorizationCodeLifetime = 60,
                    },
                    new Client
                    {
                        ClientId = "legacy",
                        AllowedGrantTypes = {|FAPI2008:GrantTypes.ResourceOwnerPassword|},
                        ClientSecrets = { new Secret { Type = IdentityServerConstants.SecretTypes.JsonWebKey, Value = Jwk } },
                        RequireDPoP = true,
                    },
                    new Client
                    {
                        // Implicit only: no authorization code, so no code lifetime to judge.
                        ClientId = "implicit",
                        AllowedGrantTypes = {|FAPI2008:GrantTypes.Implicit|},
                        ClientSecrets = { new Secret { Type = IdentityServerConstants.SecretTypes.JsonWebKey, Value = Jwk } },
                        RequireDPoP = true,
                    },
                    new Client
                    {
                        ClientId = "old-spa",
                        AllowedGrantTypes = { {|FAPI2008:GrantType.Implicit|}, GrantType.ClientCredentials },
                        ClientSecrets = { new Secret { Type = IdentityServerConstants.SecretTypes.JsonWebKey, Value = Jwk } },
                        RequireDPoP = true,
                        AuthorizationCodeLifetime = 60,
                    },
            """) + CompliantServer, Fapi2);

    [Fact]
    public Task Under_Advanced_a_code_only_client_needs_the_hybrid_flow_and_request_objects()
        => Verify.Analyzer(Clients("""
                    new {|FAPI2006:Client|}
                    {
                        ClientId = "web",
                        AllowedGrantTypes = {|FAPI2003:GrantTypes.Code|},
                        ClientSecrets = { new Secret("CN=web") { Type = IdentityServerConstants.SecretTypes.X509CertificateName } },
                    },
                    new {|FAPI4001:Client|}
                    {
                        ClientId = "hybrid",
                        AllowedGrantTypes = GrantTypes.Hybrid,
                        ClientSecrets = { new Secret { Type = IdentityServerConstants.SecretTypes.JsonWebKey, Value = Jwk } },
                        RequireRequestObject = true,
                        AllowedIdentityTokenSigningAlgorithms = { {|FAPI3001:SecurityAlgorithms.RsaSha256|} },
                    },
            """) + CompliantServer, Advanced);

    [Fact]
    public Task Access_tokens_via_the_browser_are_the_token_response_type_of_hybrid_clients_and_code_only_clients_become_hybrid()
        => Verify.Fix(Clients("""
                    new Client
                    {
                        ClientId = "hybrid",
                        AllowedGrantTypes = GrantTypes.Hybrid,
                        ClientSecrets = { new Secret("CN=hybrid") { Type = IdentityServerConstants.SecretTypes.X509CertificateName } },
                        RequireRequestObject = true,
                        AllowAccessTokensViaBrowser = {|FAPI2003:true|},
                    },
                    new Client
                    {
                        ClientId = "code",
                        AllowedGrantTypes = GrantTypes.CodeAndClientCredentials,
                        ClientSecrets = { new Secret("CN=code") { Type = IdentityServerConstants.SecretTypes.X509CertificateName } },
                        RequireRequestObject = true,
                    },
            """).Replace("GrantTypes.CodeAndClientCredentials", "{|FAPI2003:GrantTypes.CodeAndClientCredentials|}") + CompliantServer, Clients("""
                    new Client
                    {
                        ClientId = "hybrid",
                        AllowedGrantTypes = GrantTypes.Hybrid,
                        ClientSecrets = { new Secret("CN=hybrid") { Type = IdentityServerConstants.SecretTypes.X509CertificateName } },
                        RequireRequestObject = true,
                        AllowAccessTokensViaBrowser = false,
                    },
                    new Client
                    {
                        ClientId = "code",
                        AllowedGrantTypes = GrantTypes.HybridAndClientCredentials,
                        ClientSecrets = { new Secret("CN=code") { Type = IdentityServerConstants.SecretTypes.X509CertificateName } },
                        RequireRequestObject = true,
                    },
            """) + CompliantServer, Advanced);

    [Fact]
    public Task Values_through_constants_locals_and_helpers()
        => Verify.Analyzer(Verify.DuendeUsings + """
            static class Settings
            {
                public const int CodeLifetime = 300;
                public const bool Pkce = false;
            }

            public static class Config
            {
                public static IEnumerable<Client> Clients()
                {
                    var lifetime = Settings.CodeLifetime;
                    var clients = new List<Client>
                    {
                        Web("a", "https://a.example.com/cb"),
                        Web("b", "https://b.example.com/cb"),
                    };
                    foreach (var client in clients)
                    {
                        client.AuthorizationCodeLifetime = lifetime;
                        client.RequirePkce = Settings.Pkce;
                    }

                    return clients;
                }

                // The list's loop writes to every client this factory returns: reported at the client, without a fix.
                static Client Web(string id, string redirect) => new {|FAPI2001:{|FAPI4002:Client|}|}
                {
                    ClientId = id,
                    AllowedGrantTypes = GrantTypes.Code,
                    ClientSecrets = { new Secret { Type = IdentityServerConstants.SecretTypes.JsonWebKey, Value = "{}" } },
                    RequireDPoP = true,
                    RedirectUris = { redirect },
                };
            }
            """ + CompliantServer.Replace("Config.Clients", "Config.Clients()"), Fapi2);

    [Fact]
    public Task A_condition_makes_a_client_setting_unknown_and_judges_each_written_value()
        => Verify.Analyzer(Clients("""
                    {|FAPI4001:Harden|}(new Client
                    {
                        ClientId = "web",
                        AllowedGrantTypes = GrantTypes.Code,
                        ClientSecrets = { new Secret { Type = IdentityServerConstants.SecretTypes.JsonWebKey, Value = Jwk } },
                        AuthorizationCodeLifetime = 60,
                    }),
            """).Replace("""
                };
            }
            """, """
                };

                static bool Strict => Environment.GetEnvironmentVariable("STRICT") == "1";

                static Client Harden(Client client)
                {
                    if (Strict)
                    {
                        client.RequireDPoP = true;
                    }
                    else
                    {
                        client.RequireDPoP = false;
                    }

                    return client;
                }
            }
            """) + CompliantServer, Fapi2);

    // ---- library versions --------------------------------------------------------------------------------------------

    [Fact]
    public async Task Duende_6_rotates_refresh_tokens_by_default()
    {
        using (TestReferences.Use(TestReferences.Duende("6.3.0.0")))
        {
            await Verify.Analyzer(Clients("""
                        new {|FAPI4006:Client|}
                        {
                            ClientId = "web",
                            AllowedGrantTypes = GrantTypes.Code,
                            ClientSecrets = { new Secret { Type = IdentityServerConstants.SecretTypes.JsonWebKey, Value = Jwk } },
                            RequireDPoP = true,
                            AuthorizationCodeLifetime = 60,
                            AllowOfflineAccess = true,
                        },
                """) + CompliantServer, Fapi2);
        }
    }

    [Fact]
    public async Task IdentityServer4_has_no_PAR_reported_once_as_a_limitation_on_the_server()
    {
        using (TestReferences.Use(TestReferences.IdentityServer4()))
        {
            await Verify.Analyzer(new[]
            {
                Verify.IdentityServer4Usings + """
                    public static class Config
                    {
                        public static IEnumerable<Client> Clients => new[]
                        {
                            new {|FAPI4006:Client|}
                            {
                                ClientId = "web",
                                AllowedGrantTypes = GrantTypes.Code,
                                ClientSecrets = { new Secret("CN=web") { Type = IdentityServerConstants.SecretTypes.X509CertificateName } },
                                AuthorizationCodeLifetime = 60,
                                AllowOfflineAccess = true,
                            },
                        };
                    }

                    class Startup
                    {
                        void ConfigureServices(IServiceCollection services, X509Certificate2 certificate)
                            => services.{|FAPI2005:AddIdentityServer|}()
                                .AddSigningCredential(certificate, "ES256")
                                .AddInMemoryClients(Config.Clients);
                    }
                    """,
            }, Fapi2, editorConfig: "FAPI2005.library_limitation = report\n");
        }
    }

    // ---- fixes -------------------------------------------------------------------------------------------------------

    [Fact]
    public Task Fixes_rewrite_client_members_presets_and_elements()
        => Verify.Fix(Clients("""
                    new Client
                    {
                        ClientId = "spa",
                        AllowedGrantTypes = {|FAPI2008:GrantTypes.HybridAndClientCredentials|},
                        RequireClientSecret = {|FAPI1001:false|},
                        RequirePkce = {|FAPI2001:false|},
                        AllowPlainTextPkce = {|FAPI2002:true|},
                        RequireDPoP = true,
                        AuthorizationCodeLifetime = {|FAPI4002:300|},
                        PushedAuthorizationLifetime = {|FAPI4003:600|},
                    },
                    new Client
                    {
                        ClientId = "old",
                        AllowedGrantTypes = { {|FAPI2008:GrantType.Implicit|}, GrantType.ClientCredentials },
                        ClientSecrets = { new Secret { Type = IdentityServerConstants.SecretTypes.JsonWebKey, Value = Jwk } },
                        RequireDPoP = true,
                        AuthorizationCodeLifetime = 60,
                    },
            """) + CompliantServer, Clients("""
                    new Client
                    {
                        ClientId = "spa",
                        AllowedGrantTypes = GrantTypes.CodeAndClientCredentials,
                        RequireClientSecret = {|FAPI1001:false|},
                        RequirePkce = true,
                        AllowPlainTextPkce = false,
                        RequireDPoP = true,
                        AuthorizationCodeLifetime = 60,
                        PushedAuthorizationLifetime = 60,
                    },
                    new Client
                    {
                        ClientId = "old",
                        AllowedGrantTypes = { GrantType.ClientCredentials },
                        ClientSecrets = { new Secret { Type = IdentityServerConstants.SecretTypes.JsonWebKey, Value = Jwk } },
                        RequireDPoP = true,
                        AuthorizationCodeLifetime = 60,
                    },
            """) + CompliantServer, Fapi2);

    [Fact]
    public Task Fixes_add_missing_client_members()
        => Verify.Fix(Clients("""
                    new {|FAPI4001:{|FAPI2006:Client|}|}
                    {
                        ClientId = "web",
                        AllowedGrantTypes = GrantTypes.Hybrid,
                        ClientSecrets = { new Secret { Type = IdentityServerConstants.SecretTypes.JsonWebKey, Value = Jwk } },
                    },
            """) + CompliantServer, Clients("""
                    new {|FAPI4001:Client|}
                    {
                        ClientId = "web",
                        AllowedGrantTypes = GrantTypes.Hybrid,
                        ClientSecrets = { new Secret { Type = IdentityServerConstants.SecretTypes.JsonWebKey, Value = Jwk } },
                        RequireRequestObject = true,
                    },
            """) + CompliantServer, Advanced);

    [Fact]
    public Task Fixes_rewrite_server_options_and_add_missing_ones()
        => Verify.Fix(Verify.DuendeUsings + """
            class Startup
            {
                void ConfigureServices(IServiceCollection services, X509Certificate2 certificate)
                    => services.{|FAPI4005:AddIdentityServer|}(options =>
                        {
                            options.PushedAuthorization.Required = {|FAPI2005:false|};
                            options.PushedAuthorization.Lifetime = {|FAPI4003:600|};
                            options.EmitIssuerIdentificationResponseParameter = {|FAPI4004:false|};
                            options.SupportedClientAssertionSigningAlgorithms = new[] { "ES256" };
                            options.SupportedRequestObjectSigningAlgorithms = new[] { "ES256" };
                            options.DPoP.SupportedDPoPSigningAlgorithms = new[] { "ES256" };
                        })
                        .AddSigningCredential(certificate, "ES256");
            }
            """, Verify.DuendeUsings + """
            class Startup
            {
                void ConfigureServices(IServiceCollection services, X509Certificate2 certificate)
                    => services.AddIdentityServer(options =>
                        {
                            options.PushedAuthorization.Required = true;
                            options.PushedAuthorization.Lifetime = 60;
                            options.EmitIssuerIdentificationResponseParameter = true;
                            options.SupportedClientAssertionSigningAlgorithms = new[] { "ES256" };
                            options.SupportedRequestObjectSigningAlgorithms = new[] { "ES256" };
                            options.DPoP.SupportedDPoPSigningAlgorithms = new[] { "ES256" };
                            options.JwtValidationClockSkew = TimeSpan.FromSeconds(10);
                        })
                        .AddSigningCredential(certificate, "ES256");
            }
            """, Fapi2);

    [Fact]
    public Task A_registration_without_options_gets_them_from_the_fix()
        => Verify.Fix(Verify.DuendeUsings + """
            class Startup
            {
                void ConfigureServices(IServiceCollection services, X509Certificate2 certificate)
                    => services.{|FAPI2005:{|FAPI3001:{|FAPI3001:{|FAPI3001:{|FAPI4003:{|FAPI4005:AddIdentityServer|}|}|}|}|}|}()
                        .AddSigningCredential(certificate, "ES256");
            }
            """, Verify.DuendeUsings + """
            class Startup
            {
                void ConfigureServices(IServiceCollection services, X509Certificate2 certificate)
                    => services.AddIdentityServer(options =>
                    {
                        options.PushedAuthorization.Required = true;
                        options.DPoP.SupportedDPoPSigningAlgorithms = new[] { SecurityAlgorithms.RsaSsaPssSha256, SecurityAlgorithms.EcdsaSha256 };
                        options.SupportedClientAssertionSigningAlgorithms = new[] { SecurityAlgorithms.RsaSsaPssSha256, SecurityAlgorithms.EcdsaSha256 };
                        options.SupportedRequestObjectSigningAlgorithms = new[] { SecurityAlgorithms.RsaSsaPssSha256, SecurityAlgorithms.EcdsaSha256 };
                        options.PushedAuthorization.Lifetime = 60;
                        options.JwtValidationClockSkew = TimeSpan.FromSeconds(10);
                    })
                        .AddSigningCredential(certificate, "ES256");
            }
            """, Fapi2);

    [Fact]
    public Task An_ID_token_algorithm_fix_names_an_allowed_algorithm_the_server_has_a_key_for()
        => Verify.Fix(Clients("""
                    new Client
                    {
                        ClientId = "web",
                        AllowedGrantTypes = GrantTypes.Hybrid,
                        ClientSecrets = { new Secret("CN=web") { Type = IdentityServerConstants.SecretTypes.X509CertificateName } },
                        RequireRequestObject = true,
                        AllowedIdentityTokenSigningAlgorithms = { {|FAPI3001:SecurityAlgorithms.RsaSha256|} },
                    },
            """) + CompliantServer.Replace("AddSigningCredential(certificate, SecurityAlgorithms.EcdsaSha256)", "AddSigningCredential(certificate, {|FAPI3002:SecurityAlgorithms.RsaSsaPssSha256|})"),
            Clients("""
                    new Client
                    {
                        ClientId = "web",
                        AllowedGrantTypes = GrantTypes.Hybrid,
                        ClientSecrets = { new Secret("CN=web") { Type = IdentityServerConstants.SecretTypes.X509CertificateName } },
                        RequireRequestObject = true,
                        AllowedIdentityTokenSigningAlgorithms = { {|FAPI3002:SecurityAlgorithms.RsaSsaPssSha256|} },
                    },
            """) + CompliantServer.Replace("AddSigningCredential(certificate, SecurityAlgorithms.EcdsaSha256)", "AddSigningCredential(certificate, {|FAPI3002:SecurityAlgorithms.RsaSsaPssSha256|})"), Advanced);

    [Fact]
    public Task Accepted_algorithm_lists_keep_what_the_profile_allows()
        => Verify.Fix(Verify.DuendeUsings + """
            class Startup
            {
                void ConfigureServices(IServiceCollection services, X509Certificate2 certificate)
                    => services.{|FAPI3001:{|FAPI3001:AddIdentityServer|}|}(options =>
                        {
                            options.PushedAuthorization.Required = true;
                            options.PushedAuthorization.Lifetime = 60;
                            options.JwtValidationClockSkew = TimeSpan.FromSeconds(10);
                            options.SupportedClientAssertionSigningAlgorithms = new[] { {|FAPI3001:SecurityAlgorithms.RsaSha256|}, SecurityAlgorithms.EcdsaSha256 };
                        })
                        .AddSigningCredential(certificate, "ES256");
            }
            """, Verify.DuendeUsings + """
            class Startup
            {
                void ConfigureServices(IServiceCollection services, X509Certificate2 certificate)
                    => services.AddIdentityServer(options =>
                        {
                            options.PushedAuthorization.Required = true;
                            options.PushedAuthorization.Lifetime = 60;
                            options.JwtValidationClockSkew = TimeSpan.FromSeconds(10);
                            options.SupportedClientAssertionSigningAlgorithms = new[] { SecurityAlgorithms.EcdsaSha256 };
                            options.DPoP.SupportedDPoPSigningAlgorithms = new[] { SecurityAlgorithms.RsaSsaPssSha256, SecurityAlgorithms.EcdsaSha256 };
                            options.SupportedRequestObjectSigningAlgorithms = new[] { SecurityAlgorithms.RsaSsaPssSha256, SecurityAlgorithms.EcdsaSha256 };
                        })
                        .AddSigningCredential(certificate, "ES256");
            }
            """, Fapi2);
}
