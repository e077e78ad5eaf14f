using System;
using Fapi.Analyzers.Facts;
using Fapi.Analyzers.Tests.Infrastructure;
using Xunit;
using static Fapi.Analyzers.Facts.FactOrigin;

namespace Fapi.Analyzers.Tests.Engine;

/// <summary>
/// The Duende IdentityServer and IdentityServer4 bindings' fact tests: configuration code in, facts out (value, origin,
/// the code a diagnostic would point at), per library version. No rule runs here.
/// </summary>
public sealed class DuendeFactTests
{
    private static Extracted Duende(string code) => FactHarness.Extract(code, usings: Verify.DuendeUsings);

    private static Extracted IdentityServer4(string code, string version = "4.1.2.0")
    {
        using (TestReferences.Use(TestReferences.IdentityServer4(version)))
        {
            return FactHarness.Extract(code, usings: Verify.IdentityServer4Usings);
        }
    }

    private static string Creates(string client) => "class Config\n{\n    public static Client Create() => " + client + ";\n}\n";

    // ---- clients ---------------------------------------------------------------------------------------------------

    [Fact]
    public void A_new_client_carries_the_Duende_7_defaults_at_its_type_name()
    {
        var client = Duende(Creates("new Client { ClientId = \"web\" }")).Client("web");
        client.AssertFact(Setting.PublicClient, false, LibraryDefault, "Client");
        client.AssertFact(Setting.PkceRequired, true, LibraryDefault, "Client");
        client.AssertFact(Setting.PlainPkceAccepted, false, LibraryDefault, "Client");
        client.AssertFact(Setting.SignedRequestObjectRequired, false, LibraryDefault, "Client");
        client.AssertFact(Setting.AuthorizationCodeLifetimeSeconds, 300, LibraryDefault, "Client");
        client.AssertFact(Setting.RefreshTokenRotation, false, LibraryDefault, "Client");
        client.AssertFact(Setting.DpopBoundAccessTokens, false, LibraryDefault, "Client");
        Assert.Empty(client.Values(Setting.GrantTypes));
    }

    [Theory]
    [InlineData("6.3.0.0", true)]
    [InlineData("7.0.0.0", false)]
    public void Refresh_token_reuse_became_the_default_in_Duende_7(string version, bool rotation)
    {
        using (TestReferences.Use(TestReferences.Duende(version)))
        {
            var client = Duende(Creates("new Client { ClientId = \"web\" }")).Client("web");
            client.AssertFact(Setting.RefreshTokenRotation, rotation, LibraryDefault, "Client");
        }
    }

    [Theory]
    [InlineData("3.1.4.0", false)]
    [InlineData("4.1.2.0", true)]
    public void IdentityServer4_required_PKCE_from_4_0(string version, bool required)
    {
        var client = IdentityServer4(Creates("new Client { ClientId = \"web\" }"), version).Client("web");
        client.AssertFact(Setting.PkceRequired, required, LibraryDefault, "Client");
        client.AssertFact(Setting.RefreshTokenRotation, true, LibraryDefault, "Client");
        Assert.Null(client.Get(Setting.DpopBoundAccessTokens));
    }

    [Fact]
    public void Grant_type_presets_are_collections_and_decide_the_response_types()
    {
        var client = Duende(Creates("new Client { ClientId = \"web\", AllowedGrantTypes = GrantTypes.HybridAndClientCredentials }")).Client("web");
        Assert.Equal(new[] { "hybrid", "client_credentials" }, client.Values(Setting.GrantTypes));
        Assert.Equal(new[] { "code", "id_token" }, client.Values(Setting.ResponseTypes));
        Assert.All(client.Elements(Setting.ResponseTypes), f => Assert.Equal("GrantTypes.HybridAndClientCredentials", f.Location.Text()));
    }

    [Fact]
    public void Grant_types_from_constants_lists_and_Add()
    {
        var client = Duende("""
            class Config
            {
                const string Code = GrantType.AuthorizationCode;

                public static Client Create()
                {
                    var client = new Client { ClientId = "web", AllowedGrantTypes = new List<string> { Code } };
                    client.AllowedGrantTypes.Add(GrantType.ClientCredentials);
                    return client;
                }
            }
            """).Client("web");
        Assert.Equal(new[] { "authorization_code", "client_credentials" }, client.Values(Setting.GrantTypes));
        Assert.Equal(new[] { "code" }, client.Values(Setting.ResponseTypes));
    }

    [Fact]
    public void Each_secret_is_an_authentication_method_by_its_type()
    {
        var client = Duende(Creates("""
            new Client
            {
                ClientId = "web",
                ClientSecrets =
                {
                    new Secret("secret".Sha256()),
                    new Secret { Type = IdentityServerConstants.SecretTypes.JsonWebKey, Value = "{}" },
                    new Secret("CN=web", "certificate") { Type = IdentityServerConstants.SecretTypes.X509CertificateName },
                },
            }
            """)).Client("web");
        Assert.Equal(new[] { "client_secret_basic", "private_key_jwt", "tls_client_auth" }, client.Values(Setting.ClientAuthenticationMethods));
        Assert.Equal("new Secret(\"secret\".Sha256())", client.Elements(Setting.ClientAuthenticationMethods)[0].Location.Text());

        // A certificate credential binds the client's tokens.
        Assert.Equal(true, client.Get(Setting.MutualTlsBoundAccessTokens)!.Value);
    }

    [Fact]
    public void A_secret_of_unknown_type_is_unknown()
    {
        var client = Duende("""
            class Config
            {
                public static Client Create(string type) => new Client
                {
                    ClientId = "web",
                    ClientSecrets = { new Secret { Type = type, Value = "x" } },
                };
            }
            """).Client("web");
        Assert.True(client.IsUnknown(Setting.ClientAuthenticationMethods));
        client.AssertUnknown(Setting.MutualTlsBoundAccessTokens);
    }

    [Fact]
    public void RequireClientSecret_false_is_a_public_client_and_writes_back_inverted()
    {
        var client = Duende(Creates("new Client { ClientId = \"spa\", RequireClientSecret = false }")).Client("spa");
        var fact = client.AssertFact(Setting.PublicClient, true, Code, "false");
        Assert.Equal("true", fact.Fix.Writer!(false));
    }

    [Fact]
    public void Client_settings_later_assignments_and_signing_algorithm_lists()
    {
        var client = Duende("""
            class Config
            {
                public static Client Create()
                {
                    var client = new Client { ClientId = "web", AllowedGrantTypes = GrantTypes.Code };
                    client.RequirePushedAuthorization = true;
                    client.PushedAuthorizationLifetime = 60;
                    client.AuthorizationCodeLifetime = 60;
                    client.RequireDPoP = true;
                    client.AllowOfflineAccess = true;
                    client.RefreshTokenUsage = TokenUsage.OneTimeOnly;
                    client.AllowPlainTextPkce = true;
                    client.AllowedIdentityTokenSigningAlgorithms = new[] { SecurityAlgorithms.RsaSha256 };
                    client.RedirectUris.Add("https://app.example.com/signin-oidc");
                    return client;
                }
            }
            """).Client("web");
        client.AssertFact(Setting.PushedAuthorizationRequired, true, Code, "true");
        client.AssertFact(Setting.PushedRequestLifetimeSeconds, 60, Code, "60");
        client.AssertFact(Setting.DpopBoundAccessTokens, true, Code, "true");
        client.AssertFact(Setting.RefreshTokensAllowed, true, Code, "true");
        client.AssertFact(Setting.RefreshTokenRotation, true, Code, "TokenUsage.OneTimeOnly");
        client.AssertFact(Setting.PlainPkceAccepted, true, Code, "true");
        Assert.Equal(new[] { "RS256" }, client.Values(Setting.IdTokenSigningAlgorithms));
        Assert.Equal(new[] { "https://app.example.com/signin-oidc" }, client.Values(Setting.RedirectUris));
    }

    [Fact]
    public void Clients_in_a_static_list_are_each_configurations()
    {
        var extracted = Duende("""
            public static class Config
            {
                public static IEnumerable<Client> Clients => new List<Client>
                {
                    new Client { ClientId = "machine", AllowedGrantTypes = GrantTypes.ClientCredentials },
                    new Client { ClientId = "web", AllowedGrantTypes = GrantTypes.Code, RequirePkce = false },
                };
            }

            class Startup
            {
                void ConfigureServices(IServiceCollection services)
                    => services.AddIdentityServer().AddInMemoryClients(Config.Clients);
            }
            """);
        extracted.Client("web").AssertFact(Setting.PkceRequired, false, Code, "false");
        Assert.Equal(new[] { "client_credentials" }, extracted.Client("machine").Values(Setting.GrantTypes));
    }

    // ---- server options --------------------------------------------------------------------------------------------

    [Fact]
    public void A_registration_without_options_carries_the_server_defaults()
    {
        var server = Duende("""
            class Startup
            {
                void ConfigureServices(IServiceCollection services) => services.AddIdentityServer();
            }
            """).Server();
        server.AssertFact(Setting.PushedAuthorizationRequired, false, LibraryDefault, "AddIdentityServer");
        server.AssertFact(Setting.PushedRequestLifetimeSeconds, 600, LibraryDefault, "AddIdentityServer");
        server.AssertFact(Setting.IssuerResponseParameter, true, LibraryDefault, "AddIdentityServer");
        server.AssertFact(Setting.JwtClockSkew, TimeSpan.FromMinutes(5), LibraryDefault, "AddIdentityServer");
        Assert.Equal(new[] { "RS256" }, server.Values(Setting.ServerSigningAlgorithms));
    }

    [Fact]
    public void Nested_options_by_path_and_by_new_objects()
    {
        var server = Duende("""
            class Startup
            {
                void ConfigureServices(IServiceCollection services) => services.AddIdentityServer(options =>
                {
                    options.PushedAuthorization.Required = true;
                    options.EmitIssuerIdentificationResponseParameter = false;
                    options.JwtValidationClockSkew = TimeSpan.FromSeconds(30);
                    options.KeyManagement = new KeyManagementOptions { SigningAlgorithms = { new SigningAlgorithmOptions(SecurityAlgorithms.EcdsaSha256) } };
                    options.SupportedClientAssertionSigningAlgorithms = new[] { "PS256", "ES256" };
                });
            }
            """).Server();
        server.AssertFact(Setting.PushedAuthorizationRequired, true, Code, "true");
        server.AssertFact(Setting.IssuerResponseParameter, false, Code, "false");
        server.AssertFact(Setting.JwtClockSkew, TimeSpan.FromSeconds(30), Code, "TimeSpan.FromSeconds(30)");
        Assert.Equal(new[] { "ES256" }, server.Values(Setting.ServerSigningAlgorithms));
        Assert.Equal(new[] { "PS256", "ES256" }, server.Values(Setting.AcceptedClientAssertionAlgorithms));
    }

    [Fact]
    public void A_signing_credential_replaces_the_managed_RS256_keys()
    {
        var server = Duende("""
            class Startup
            {
                void ConfigureServices(IServiceCollection services, X509Certificate2 certificate)
                    => services.AddIdentityServer().AddSigningCredential(certificate, SecurityAlgorithms.RsaSsaPssSha256);
            }
            """).Server();
        Assert.Equal(new[] { "PS256" }, server.Values(Setting.ServerSigningAlgorithms));
    }

    [Fact]
    public void Signing_credentials_in_every_overload_and_the_developer_credential()
    {
        var server = Duende("""
            class Startup
            {
                void ConfigureServices(IServiceCollection services, X509Certificate2 certificate, RsaSecurityKey key)
                {
                    var builder = services.AddIdentityServer();
                    builder.AddSigningCredential(certificate);
                    builder.AddSigningCredential(new SigningCredentials(key, SecurityAlgorithms.RsaSsaPssSha256));
                    builder.AddSigningCredential(key, IdentityServerConstants.RsaSigningAlgorithm.PS256);
                    builder.AddDeveloperSigningCredential();
                }
            }
            """).Server();
        Assert.Equal(new[] { "RS256", "PS256", "PS256", "RS256" }, server.Values(Setting.ServerSigningAlgorithms));
        Assert.Equal("AddSigningCredential", server.Elements(Setting.ServerSigningAlgorithms)[0].Location.Text());
    }

    [Fact]
    public void Managed_key_algorithms_added_to_the_empty_default_replace_RS256()
    {
        var server = Duende("""
            class Startup
            {
                void ConfigureServices(IServiceCollection services)
                    => services.AddIdentityServer(o => o.KeyManagement.SigningAlgorithms.Add(new SigningAlgorithmOptions("PS256")));
            }
            """).Server();
        Assert.Equal(new[] { "PS256" }, server.Values(Setting.ServerSigningAlgorithms));
    }

    [Fact]
    public void Options_through_Configure_merge_with_the_registration()
    {
        var extracted = Duende("""
            class Startup
            {
                void ConfigureServices(IServiceCollection services)
                {
                    services.AddIdentityServer();
                    services.Configure<IdentityServerOptions>(o => o.PushedAuthorization.Required = true);
                }
            }
            """);
        Assert.Equal(2, System.Linq.Enumerable.Count(extracted.Servers));
    }

    [Theory]
    [InlineData("6.3.0.0", LibraryLimitation)]
    [InlineData("7.0.0.0", LibraryDefault)]
    public void Duende_before_7_has_no_PAR(string version, FactOrigin origin)
    {
        using (TestReferences.Use(TestReferences.Duende(version)))
        {
            var server = Duende("""
                class Startup
                {
                    void ConfigureServices(IServiceCollection services) => services.AddIdentityServer();
                }
                """).Server();
            server.AssertFact(Setting.PushedAuthorizationRequired, false, origin, "AddIdentityServer");
        }
    }

    [Fact]
    public void IdentityServer4_servers_have_no_PAR_and_report_the_limitation()
    {
        var server = IdentityServer4("""
            class Startup
            {
                void ConfigureServices(IServiceCollection services) => services.AddIdentityServer().AddDeveloperSigningCredential();
            }
            """).Server();
        server.AssertFact(Setting.PushedAuthorizationRequired, false, LibraryLimitation, "AddIdentityServer");
        Assert.Equal(new[] { "RS256" }, server.Values(Setting.ServerSigningAlgorithms));
        Assert.Null(server.Get(Setting.JwtClockSkew));
    }

    // ---- shapes teams write --------------------------------------------------------------------------------------------

    [Fact]
    public void Clients_in_a_static_array_field_added_to_lists_and_secrets_in_new_lists()
    {
        var extracted = Duende("""
            public static class Config
            {
                public static readonly Client[] Static =
                {
                    new Client { ClientId = "array", AllowedGrantTypes = GrantTypes.Code, ClientSecrets = new List<Secret> { new Secret("s".Sha256(), "shared") } },
                };

                public static List<Client> Build(string fromConfiguration)
                {
                    var clients = new List<Client>();
                    clients.Add(new Client { ClientId = "added", AllowedGrantTypes = { GrantType.ClientCredentials }, ClientSecrets = { new Secret(fromConfiguration.Sha256()) } });
                    return clients;
                }
            }
            """);
        Assert.Equal(new[] { "client_secret_basic" }, extracted.Client("array").Values(Setting.ClientAuthenticationMethods));
        Assert.Equal(new[] { "client_secret_basic" }, extracted.Client("added").Values(Setting.ClientAuthenticationMethods));
    }

    [Fact]
    public void Server_options_through_a_helper_and_a_named_method()
    {
        var server = Duende("""
            class Startup
            {
                void ConfigureServices(IServiceCollection services) => services.AddIdentityServer(options => Fapi(options, 30));

                static void Fapi(IdentityServerOptions options, int seconds)
                {
                    options.PushedAuthorization.Required = true;
                    options.JwtValidationClockSkew = TimeSpan.FromSeconds(seconds);
                }
            }
            """).Server();
        server.AssertFact(Setting.PushedAuthorizationRequired, true, Code, "Fapi");
        server.AssertFact(Setting.JwtClockSkew, TimeSpan.FromSeconds(30), Code, "Fapi");
    }

    [Fact]
    public void Server_options_from_a_delegate_the_code_does_not_show_are_unknown()
    {
        var server = Duende("""
            class Startup
            {
                void ConfigureServices(IServiceCollection services, Action<IdentityServerOptions> configure) => services.AddIdentityServer(configure);
            }
            """).Server();
        server.AssertUnknown(Setting.PushedAuthorizationRequired);
        server.AssertUnknown(Setting.JwtClockSkew);
        Assert.Empty(server.Values(Setting.ServerSigningAlgorithms));
    }

    [Fact]
    public void A_loop_over_a_static_client_list_configures_every_client_at_its_name()
    {
        var extracted = Duende("""
            public static class Definitions
            {
                public static IEnumerable<Client> All => new List<Client>
                {
                    new Client { ClientId = "a", AllowedGrantTypes = GrantTypes.Code },
                    new Client { ClientId = "b", AllowedGrantTypes = GrantTypes.Code },
                };
            }

            class Startup
            {
                void ConfigureServices(IServiceCollection services)
                {
                    var clients = Definitions.All.ToList();
                    foreach (var client in clients)
                    {
                        client.RequireDPoP = true;
                        client.AuthorizationCodeLifetime = 30;
                    }

                    services.AddIdentityServer().AddInMemoryClients(clients);
                }
            }
            """);
        foreach (var id in new[] { "a", "b" })
        {
            extracted.Client(id).AssertFact(Setting.DpopBoundAccessTokens, true, Code, "Client");
            extracted.Client(id).AssertFact(Setting.AuthorizationCodeLifetimeSeconds, 30, Code, "Client");
        }
    }

    [Fact]
    public void Loops_over_a_static_field_a_returned_local_list_and_a_list_of_locals()
    {
        var extracted = Duende("""
            public static class Config
            {
                public static readonly Client[] Machines =
                {
                    new Client { ClientId = "machine", AllowedGrantTypes = GrantTypes.ClientCredentials },
                };

                public static List<Client> Web()
                {
                    var list = new List<Client>();
                    list.Add(new Client { ClientId = "web", AllowedGrantTypes = GrantTypes.Code });
                    return list;
                }

                public static List<Client> Partners()
                {
                    var insurer = new Client { ClientId = "insurer", AllowedGrantTypes = GrantTypes.Code };
                    var broker = new Client { ClientId = "broker", AllowedGrantTypes = GrantTypes.Code };
                    var partners = new List<Client> { insurer, broker };
                    foreach (var partner in partners)
                    {
                        partner.RequirePushedAuthorization = true;
                    }

                    return partners;
                }
            }

            class Startup
            {
                void Harden()
                {
                    foreach (var client in Config.Machines)
                    {
                        client.RequireDPoP = true;
                    }

                    foreach (var client in Config.Web())
                    {
                        client.RequireDPoP = true;
                    }
                }
            }
            """);
        extracted.Client("machine").AssertFact(Setting.DpopBoundAccessTokens, true, Code, "Client");
        extracted.Client("web").AssertFact(Setting.DpopBoundAccessTokens, true, Code, "Client");
        extracted.Client("insurer").AssertFact(Setting.PushedAuthorizationRequired, true, Code, "true");
        extracted.Client("broker").AssertFact(Setting.PushedAuthorizationRequired, true, Code, "true");
    }
}
