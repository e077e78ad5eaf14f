using System.Threading.Tasks;
using Fapi.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Fapi.Analyzers.Tests.Rules;

/// <summary>
/// The rules on OpenIddict 7 (the real packages): the server builder and its options, application descriptors
/// (permissions and requirements by prefix), client registrations; server-wide against per-application settings.
/// </summary>
public sealed class OpenIddictRuleTests
{
    private const string Fapi2 = "fapi2_security";
    private const string Advanced = "fapi1_advanced";
    private const string Baseline = "fapi1_baseline";

    private static string Server(string body) => Verify.OpenIddictUsings + """
        static class Startup
        {
            const int CodeSeconds = 60;

            static void Configure(IServiceCollection services, bool flag, SecurityKey key)
            {
        """ + body + """

            }
        }
        """;

    private static string Seed(string body) => Verify.OpenIddictUsings + """
        static class Seeder
        {
            const string Portal = "portal";

            static async Task SeedAsync(IOpenIddictApplicationManager manager, string secret)
            {
        """ + body + """

            }
        }
        """;

    private const string CompliantServerFapi2 = """
                    services.AddOpenIddict().AddServer(options =>
                    {
                        options.AllowAuthorizationCodeFlow().AllowRefreshTokenFlow();
                        options.RequireProofKeyForCodeExchange();
                        options.RequirePushedAuthorizationRequests();
                        options.SetPushedAuthorizationEndpointUris("connect/par");
                        options.SetAuthorizationCodeLifetime(TimeSpan.FromSeconds(CodeSeconds));
                        options.UseClientCertificateBoundAccessTokens();
                        options.DisableRollingRefreshTokens();
                        options.Configure(o =>
                        {
                            o.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain);
                            o.RequestTokenLifetime = TimeSpan.FromSeconds(60);
                        });
                    });
        """;

    [Fact]
    public Task The_server_defaults_are_reported_under_FAPI2()
        => Verify.Analyzer(Server("""
                    services.AddOpenIddict().{|FAPI2001:{|FAPI2002:{|FAPI2005:{|FAPI4001:{|FAPI4002:{|FAPI4006:AddServer|}|}|}|}|}|}(options =>
                    {
                        options.AllowAuthorizationCodeFlow().AllowRefreshTokenFlow();
                        options.SetTokenEndpointUris("connect/token");
                    });
            """), Fapi2);

    [Fact]
    public Task A_compliant_server_is_silent_under_FAPI2()
        => Verify.Analyzer(Server(CompliantServerFapi2), Fapi2);

    [Fact]
    public Task Forbidden_flows_and_long_lifetimes_are_reported_where_written()
        => Verify.Analyzer(Server("""
                    services.AddOpenIddict().AddServer(options =>
                    {
                        options.AllowAuthorizationCodeFlow().{|FAPI2008:AllowImplicitFlow|}().{|FAPI2008:AllowPasswordFlow|}().{|FAPI2008:AllowHybridFlow|}();
                        options.RequireProofKeyForCodeExchange();
                        options.RequirePushedAuthorizationRequests();
                        options.SetPushedAuthorizationEndpointUris("connect/par");
                        options.SetAuthorizationCodeLifetime({|FAPI4002:TimeSpan.FromMinutes(2)|});
                        options.UseClientCertificateBoundAccessTokens();
                        options.Configure(o =>
                        {
                            o.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain);
                            o.RequestTokenLifetime = {|FAPI4003:TimeSpan.FromHours(1)|};
                        });
                    });
            """), Fapi2);

    [Fact]
    public Task Signing_keys_are_judged_where_added()
        => Verify.Analyzer(Server("""
                    services.AddOpenIddict().AddServer(options =>
                    {
                        options.AllowClientCredentialsFlow();
                        options.UseClientCertificateBoundAccessTokens();
                        options.AddSigningKey({|FAPI3001:{|FAPI3003:new RsaSecurityKey(RSA.Create(1024))|}|});
                        options.AddSigningCredentials(new SigningCredentials(key, {|FAPI3001:SecurityAlgorithms.RsaSha512|}));
                        options.AddSigningCredentials(new SigningCredentials(key, SecurityAlgorithms.EcdsaSha256));
                    });
            """), Fapi2);

    [Fact]
    public Task A_development_certificate_signs_RS256_outside_development()
        => Verify.Analyzer(Verify.OpenIddictUsings + """
            using Microsoft.Extensions.Hosting;

            static class Startup
            {
                static void Configure(IServiceCollection services, IHostEnvironment environment, bool flag)
                    => services.AddOpenIddict().AddServer(options =>
                    {
                        options.AllowClientCredentialsFlow();
                        options.UseClientCertificateBoundAccessTokens();
                        if (environment.IsDevelopment())
                        {
                            options.AddDevelopmentSigningCertificate();
                        }
                        else if (flag)
                        {
                            options.{|FAPI3001:AddDevelopmentSigningCertificate|}();
                        }
                    });
            }
            """, Fapi2);

    [Fact]
    public Task Public_and_secret_applications_are_reported_under_FAPI2()
        => Verify.Analyzer(new[]
        {
            Server(CompliantServerFapi2),
            Seed("""
                    await manager.CreateAsync(new {|FAPI1001:OpenIddictApplicationDescriptor|}
                    {
                        ClientId = "spa",
                        RedirectUris = { new Uri("https://spa.example.com/callback") },
                        Permissions = { Permissions.Endpoints.Authorization, Permissions.GrantTypes.AuthorizationCode, Permissions.ResponseTypes.Code },
                    });
                    await manager.CreateAsync(new OpenIddictApplicationDescriptor
                    {
                        ClientId = Portal,
                        ClientType = ClientTypes.Confidential,
                        ClientSecret = {|FAPI1002:secret|},
                        Permissions = { Permissions.GrantTypes.AuthorizationCode, {|FAPI2008:Permissions.GrantTypes.Password|}, Permissions.ResponseTypes.Code, {|FAPI2003:Permissions.ResponseTypes.CodeIdToken|} },
                    });
            """),
        }, Fapi2);

    // ---- team shapes ------------------------------------------------------------------------------------------------

    [Fact]
    public Task A_helper_on_the_builder_and_the_options_pattern_count()
        => Verify.Analyzer(new[]
        {
            Verify.OpenIddictUsings + """
            static class Startup
            {
                static void Configure(IServiceCollection services)
                {
                    services.AddOpenIddict().AddServer(options => Harden(options.AllowAuthorizationCodeFlow()));
                    services.Configure<OpenIddictServerOptions>(o =>
                    {
                        o.CodeChallengeMethods.Clear();
                        o.CodeChallengeMethods.Add(CodeChallengeMethods.Sha256);
                        o.RequestTokenLifetime = TimeSpan.FromSeconds(30);
                    });
                }

                static OpenIddictServerBuilder Harden(OpenIddictServerBuilder builder)
                    => builder.RequireProofKeyForCodeExchange()
                        .RequirePushedAuthorizationRequests()
                        .SetPushedAuthorizationEndpointUris("connect/par")
                        .SetAuthorizationCodeLifetime(TimeSpan.FromMinutes(1))
                        .UseClientCertificateBoundAccessTokens();
            }
            """,
        }, Fapi2);

    [Fact]
    public Task Values_through_constants_and_locals_are_read()
        => Verify.Analyzer(Verify.OpenIddictUsings + """
            static class Lifetimes
            {
                public const int Code = 5 * 60;
                public const string Prefix = "gt:";
                public const string Password = Prefix + "password";
            }

            static class Seeder
            {
                static async Task SeedAsync(IOpenIddictApplicationManager manager)
                {
                    var grants = new[] { Permissions.GrantTypes.AuthorizationCode, Lifetimes.Password };
                    var descriptor = new OpenIddictApplicationDescriptor { ClientId = "legacy", ClientType = ClientTypes.Confidential, JsonWebKeySet = new JsonWebKeySet() };
                    descriptor.Permissions.UnionWith({|FAPI2008:grants|});
                    descriptor.Permissions.Add({|FAPI2003:Permissions.ResponseTypes.IdTokenToken|});
                    descriptor.Requirements.Add(Requirements.Features.ProofKeyForCodeExchange);
                    await manager.CreateAsync(descriptor);
                }

                static void Configure(IServiceCollection services)
                {
                    var lifetime = TimeSpan.FromSeconds(Lifetimes.Code);
                    services.AddOpenIddict().{|FAPI4003:AddServer|}(options =>
                    {
                        options.AllowAuthorizationCodeFlow();
                        options.RequireProofKeyForCodeExchange();
                        options.RequirePushedAuthorizationRequests();
                        options.SetAuthorizationCodeLifetime({|FAPI4002:lifetime|});
                        options.UseClientCertificateBoundAccessTokens();
                        options.Configure(o => o.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain));
                    });
                }
            }
            """, Fapi2);

    [Fact]
    public Task Values_the_engine_cannot_know_are_silent()
        => Verify.Analyzer(Verify.OpenIddictUsings + """
            using Microsoft.Extensions.Configuration;

            sealed record Client(string Id, string[] Permissions);

            static class Seeder
            {
                static async Task SeedAsync(IOpenIddictApplicationManager manager, IConfiguration configuration, IEnumerable<Client> clients)
                {
                    foreach (var client in clients)
                    {
                        var descriptor = new OpenIddictApplicationDescriptor { ClientId = client.Id, ClientType = ClientTypes.Confidential, JsonWebKeySet = new JsonWebKeySet() };
                        descriptor.Permissions.UnionWith(client.Permissions);
                        descriptor.Requirements.Add(configuration["Requirement"]!);
                        await manager.CreateAsync(descriptor);
                    }
                }

                static void Configure(IServiceCollection services, Action<OpenIddictServerBuilder> configure, bool strict)
                {
                    services.AddOpenIddict().AddServer(configure);
                    services.AddOpenIddict().{|FAPI2002:AddServer|}(options =>
                    {
                        options.AllowAuthorizationCodeFlow();
                        if (strict)
                        {
                            options.RequireProofKeyForCodeExchange();
                        }
                        else
                        {
                            options.RequireProofKeyForCodeExchange();
                        }
                    });
                }
            }
            """, Baseline);

    [Fact]
    public Task The_descriptor_helpers_write_permissions_and_lifetimes()
        => Verify.Analyzer(ServerAndApplications(CompliantServerFapi2, """
                    var descriptor = new OpenIddictApplicationDescriptor { ClientId = Portal, ClientType = ClientTypes.Confidential, JsonWebKeySet = new JsonWebKeySet() }
                        .AddGrantTypePermissions(GrantTypes.AuthorizationCode, {|FAPI2008:GrantTypes.Password|})
                        .SetAuthorizationCodeLifetime({|FAPI4002:TimeSpan.FromMinutes(10)|});
                    descriptor.SetRequestTokenLifetime(TimeSpan.FromSeconds(90));
                    descriptor.Requirements.Add(Requirements.Features.ProofKeyForCodeExchange);
                    await manager.CreateAsync(descriptor);
            """), Fapi2);

    // ---- other profiles ---------------------------------------------------------------------------------------------

    [Fact]
    public Task Under_Baseline_plain_PKCE_and_shared_secrets_are_reported_and_PAR_is_not_asked()
        => Verify.Analyzer(ServerAndApplications("""
                    services.AddOpenIddict().{|FAPI2002:AddServer|}(options =>
                    {
                        options.AllowAuthorizationCodeFlow().AllowRefreshTokenFlow();
                        options.RequireProofKeyForCodeExchange();
                    });
            """, """
                    await manager.CreateAsync(new OpenIddictApplicationDescriptor
                    {
                        ClientId = Portal,
                        ClientSecret = {|FAPI1002:secret|},
                        RedirectUris = { {|FAPI2007:new Uri("http://portal.example.com/callback")|} },
                        Permissions = { Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken, Permissions.ResponseTypes.Code, {|FAPI2003:Permissions.ResponseTypes.Token|} },
                    });
            """), Baseline);

    [Fact]
    public Task Under_Advanced_the_code_flow_needs_code_id_token_and_tokens_need_certificates()
        => Verify.Analyzer(ServerAndApplications("""
                    services.AddOpenIddict().{|FAPI2002:{|FAPI4001:AddServer|}|}(options =>
                    {
                        options.AllowAuthorizationCodeFlow().AllowHybridFlow();
                        options.RequireProofKeyForCodeExchange();
                    });
            """, """
                    await manager.CreateAsync(new OpenIddictApplicationDescriptor
                    {
                        ClientId = Portal,
                        ClientType = ClientTypes.Confidential,
                        JsonWebKeySet = new JsonWebKeySet(),
                        Permissions = { Permissions.GrantTypes.AuthorizationCode, {|FAPI2003:Permissions.ResponseTypes.Code|} },
                    });
                    await manager.CreateAsync(new OpenIddictApplicationDescriptor
                    {
                        ClientId = "hybrid",
                        ClientType = {|FAPI1001:ClientTypes.Public|},
                        Permissions = { Permissions.GrantTypes.AuthorizationCode, Permissions.ResponseTypes.CodeIdToken },
                    });
            """), Advanced);

    [Fact]
    public Task Under_Advanced_a_code_permission_becomes_code_id_token_and_RSA1_5_is_reported()
        => Verify.Fix(ServerAndApplications("""
                    services.AddOpenIddict().AddServer(options =>
                    {
                        options.AllowAuthorizationCodeFlow().AllowHybridFlow();
                        options.RequireProofKeyForCodeExchange();
                        options.UseClientCertificateBoundAccessTokens();
                        options.Configure(o => o.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain));
                        options.AddEncryptionCredentials(new EncryptingCredentials(key, {|FAPI3004:SecurityAlgorithms.RsaPKCS1|}, SecurityAlgorithms.Aes256CbcHmacSha512));
                    });
            """, """
                    await manager.CreateAsync(new OpenIddictApplicationDescriptor
                    {
                        ClientId = Portal,
                        ClientType = ClientTypes.Confidential,
                        JsonWebKeySet = new JsonWebKeySet(),
                        Permissions = { Permissions.GrantTypes.AuthorizationCode, {|FAPI2003:Permissions.ResponseTypes.Code|} },
                    });
            """), ServerAndApplications("""
                    services.AddOpenIddict().AddServer(options =>
                    {
                        options.AllowAuthorizationCodeFlow().AllowHybridFlow();
                        options.RequireProofKeyForCodeExchange();
                        options.UseClientCertificateBoundAccessTokens();
                        options.Configure(o => o.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain));
                        options.AddEncryptionCredentials(new EncryptingCredentials(key, SecurityAlgorithms.RsaOAEP, SecurityAlgorithms.Aes256CbcHmacSha512));
                    });
            """, """
                    await manager.CreateAsync(new OpenIddictApplicationDescriptor
                    {
                        ClientId = Portal,
                        ClientType = ClientTypes.Confidential,
                        JsonWebKeySet = new JsonWebKeySet(),
                        Permissions = { Permissions.GrantTypes.AuthorizationCode, Permissions.ResponseTypes.CodeIdToken },
                    });
            """), Advanced);

    [Fact]
    public Task Under_Baseline_an_RS256_key_differs_from_the_table_and_ES256_is_silent()
        => Verify.Analyzer(Server("""
                    services.AddOpenIddict().AddServer(options =>
                    {
                        options.AllowClientCredentialsFlow();
                        options.AddSigningKey({|FAPI3002:new RsaSecurityKey(RSA.Create(3072))|});
                        options.AddSigningCredentials(new SigningCredentials(key, SecurityAlgorithms.EcdsaSha256));
                        options.AddEphemeralSigningKey(SecurityAlgorithms.EcdsaSha256);
                    });
            """), Baseline);

    // ---- the OpenIddict client ------------------------------------------------------------------------------------------

    private static string Client(string body) => Verify.OpenIddictUsings + """
        static class Startup
        {
            static void Configure(IServiceCollection services, string secret)
                => services.AddOpenIddict().AddClient(options =>
                {
                    options.AllowAuthorizationCodeFlow();
        """ + body + """

                });
        }
        """;

    [Fact]
    public Task A_client_registration_is_a_relying_party()
        => Verify.Analyzer(Client("""
                    options.AddRegistration(new OpenIddictClientRegistration
                    {
                        Issuer = new Uri("https://bank.example.com/"),
                        ClientId = "web",
                        ClientSecret = {|FAPI1002:secret|},
                        ResponseTypes = { ResponseTypes.Code, {|FAPI2003:ResponseTypes.Code + " " + ResponseTypes.IdToken|} },
                        DisablePushedAuthorizationRequests = {|FAPI2005:true|},
                    });
                    options.AddRegistration(new OpenIddictClientRegistration
                    {
                        Issuer = new Uri("https://partner.example.com/"),
                        ClientId = "partner",
                        ResponseTypes = { ResponseTypes.Code },
                    });
                    // A secret kept beside a key: the client lists private_key_jwt only.
                    options.AddRegistration(new OpenIddictClientRegistration
                    {
                        Issuer = new Uri("https://insurer.example.com/"),
                        ClientId = "insurer",
                        ClientSecret = secret,
                        ClientAuthenticationMethods = { ClientAuthenticationMethods.PrivateKeyJwt },
                        SigningCredentials = { new SigningCredentials(new ECDsaSecurityKey(ECDsa.Create()), SecurityAlgorithms.EcdsaSha256) },
                    });
                    options.AddRegistration(new OpenIddictClientRegistration
                    {
                        Issuer = new Uri("https://broker.example.com/"),
                        ClientId = "broker",
                        ClientSecret = secret,
                        ClientAuthenticationMethods = { {|FAPI1002:ClientAuthenticationMethods.ClientSecretBasic|} },
                    });
            """), Fapi2);

    // ---- fixes -----------------------------------------------------------------------------------------------------

    [Fact]
    public Task The_server_defaults_are_fixed_with_builder_calls()
        => Verify.Fix(Server("""
                    services.AddOpenIddict().{|FAPI2001:{|FAPI2002:{|FAPI2005:{|FAPI4001:{|FAPI4002:{|FAPI4006:AddServer|}|}|}|}|}|}(options =>
                    {
                        options.AllowAuthorizationCodeFlow().AllowRefreshTokenFlow();
                    });
            """), Server("""
                    services.AddOpenIddict().{|FAPI4001:{|FAPI4003:AddServer|}|}(options =>
                    {
                        options.AllowAuthorizationCodeFlow().AllowRefreshTokenFlow();
                        options.RequireProofKeyForCodeExchange();
                        options.Configure(o => o.CodeChallengeMethods.Remove(global::OpenIddict.Abstractions.OpenIddictConstants.CodeChallengeMethods.Plain));
                        options.RequirePushedAuthorizationRequests();
                        options.SetAuthorizationCodeLifetime(TimeSpan.FromSeconds(60));
                        options.DisableRollingRefreshTokens();
                    });
            """), Fapi2);

    [Fact]
    public Task An_RSA_signing_key_s_algorithm_is_fixed_to_PS256()
        => Verify.Fix(Server("""
                    services.AddOpenIddict().AddServer(options =>
                    {
                        options.Configure(o => o.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain));
                        options.AddSigningCredentials(new SigningCredentials(new RsaSecurityKey(RSA.Create(2048)), {|FAPI3001:SecurityAlgorithms.RsaSha256|}));
                        options.AddSigningCredentials(new SigningCredentials(new RsaSecurityKey(RSA.Create(2048)), {|FAPI3001:"RS256"|}));
                    });
            """), Server("""
                    services.AddOpenIddict().AddServer(options =>
                    {
                        options.Configure(o => o.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain));
                        options.AddSigningCredentials(new SigningCredentials(new RsaSecurityKey(RSA.Create(2048)), {|FAPI3002:SecurityAlgorithms.RsaSsaPssSha256|}));
                        options.AddSigningCredentials(new SigningCredentials(new RsaSecurityKey(RSA.Create(2048)), {|FAPI3002:"PS256"|}));
                    });
            """), "fapi1_advanced");

    [Fact]
    public Task A_builder_chain_gets_the_missing_call_at_its_end()
        => Verify.Fix(Server("""
                    services.AddOpenIddict().{|FAPI2005:AddServer|}()
                        .AllowAuthorizationCodeFlow()
                        .RequireProofKeyForCodeExchange()
                        .SetAuthorizationCodeLifetime(TimeSpan.FromSeconds(CodeSeconds))
                        .UseClientCertificateBoundAccessTokens()
                        .Configure(o => o.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain));
            """), Server("""
                    services.AddOpenIddict().{|FAPI4003:AddServer|}()
                        .AllowAuthorizationCodeFlow()
                        .RequireProofKeyForCodeExchange()
                        .SetAuthorizationCodeLifetime(TimeSpan.FromSeconds(CodeSeconds))
                        .UseClientCertificateBoundAccessTokens()
                        .Configure(o => o.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain))
                        .RequirePushedAuthorizationRequests();
            """), Fapi2);

    [Fact]
    public Task Written_server_values_are_fixed_in_place()
        => Verify.Fix(Server("""
                    services.AddOpenIddict().AddServer(options =>
                    {
                        options.AllowAuthorizationCodeFlow().{|FAPI2008:AllowImplicitFlow|}().{|FAPI2008:AllowHybridFlow|}();
                        options.{|FAPI2008:AllowPasswordFlow|}();
                        options.RequireProofKeyForCodeExchange();
                        options.RequirePushedAuthorizationRequests();
                        options.SetPushedAuthorizationEndpointUris("connect/par");
                        options.SetAuthorizationCodeLifetime({|FAPI4002:TimeSpan.FromMinutes(2)|});
                        options.UseClientCertificateBoundAccessTokens();
                        options.Configure(o =>
                        {
                            o.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain);
                            o.RequestTokenLifetime = {|FAPI4003:TimeSpan.FromHours(1)|};
                            o.DisableRollingRefreshTokens = true;
                        });
                    });
            """), Server("""
                    services.AddOpenIddict().AddServer(options =>
                    {
                        options.AllowAuthorizationCodeFlow();
                        options.RequireProofKeyForCodeExchange();
                        options.RequirePushedAuthorizationRequests();
                        options.SetPushedAuthorizationEndpointUris("connect/par");
                        options.SetAuthorizationCodeLifetime(TimeSpan.FromSeconds(60));
                        options.UseClientCertificateBoundAccessTokens();
                        options.Configure(o =>
                        {
                            o.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain);
                            o.RequestTokenLifetime = TimeSpan.FromSeconds(60);
                            o.DisableRollingRefreshTokens = true;
                        });
                    });
            """), Fapi2);

    /// <summary>A server and the applications it serves, in one file.</summary>
    private static string ServerAndApplications(string server, string seed)
        => Server(server) + Seed(seed).Substring(Verify.OpenIddictUsings.Length);

    /// <summary>Compliant under FAPI2 except PKCE, which the applications decide one by one.</summary>
    private const string ServerWithoutPkce = """
                    services.AddOpenIddict().AddServer(options =>
                    {
                        options.AllowAuthorizationCodeFlow();
                        options.RequirePushedAuthorizationRequests();
                        options.SetPushedAuthorizationEndpointUris("connect/par");
                        options.SetAuthorizationCodeLifetime(TimeSpan.FromSeconds(CodeSeconds));
                        options.UseClientCertificateBoundAccessTokens();
                        options.Configure(o =>
                        {
                            o.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain);
                            o.RequestTokenLifetime = TimeSpan.FromSeconds(60);
                        });
                    });
        """;

    [Fact]
    public Task Applications_decide_PKCE_where_the_server_leaves_it()
        => Verify.Analyzer(ServerAndApplications(ServerWithoutPkce, """
                    await manager.CreateAsync(new OpenIddictApplicationDescriptor
                    {
                        ClientId = "teller",
                        JsonWebKeySet = new JsonWebKeySet(),
                        Permissions = { Permissions.GrantTypes.AuthorizationCode, Permissions.ResponseTypes.Code },
                        Requirements = { Requirements.Features.ProofKeyForCodeExchange },
                    });
                    await manager.CreateAsync(new {|FAPI2001:OpenIddictApplicationDescriptor|}
                    {
                        ClientId = Portal,
                        JsonWebKeySet = new JsonWebKeySet(),
                        Permissions = { Permissions.GrantTypes.AuthorizationCode, Permissions.ResponseTypes.Code },
                    });
                    // A client-credentials application never reaches the authorization endpoint.
                    await manager.CreateAsync(new OpenIddictApplicationDescriptor
                    {
                        ClientId = "batch",
                        JsonWebKeySet = new JsonWebKeySet(),
                        Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials },
                    });
            """), Fapi2);

    [Fact]
    public Task The_server_decides_PKCE_where_no_application_names_the_requirement()
        => Verify.Analyzer(ServerAndApplications(ServerWithoutPkce.Replace("AddServer", "{|FAPI2001:AddServer|}"), """
                    await manager.CreateAsync(new OpenIddictApplicationDescriptor
                    {
                        ClientId = Portal,
                        JsonWebKeySet = new JsonWebKeySet(),
                        Permissions = { Permissions.GrantTypes.AuthorizationCode, Permissions.ResponseTypes.Code },
                        Requirements = { Requirements.Features.PushedAuthorizationRequests },
                    });
            """), Fapi2);

    [Fact]
    public Task A_builder_chain_without_a_lambda_is_read()
        => Verify.Analyzer(Server("""
                    services.AddOpenIddict().{|FAPI2002:{|FAPI4001:AddServer|}|}()
                        .AllowAuthorizationCodeFlow()
                        .{|FAPI2008:AllowPasswordFlow|}()
                        .RequireProofKeyForCodeExchange()
                        .SetAuthorizationCodeLifetime(TimeSpan.FromSeconds(CodeSeconds));
            """), Advanced);

    [Fact]
    // Without a server in the compilation each application gets the server's defaults (plain PKCE, bearer tokens).
    public Task Fix_all_removes_forbidden_permissions_across_files()
        => Verify.FixAll(
            new[]
            {
                Seed("""
                    await manager.CreateAsync(new {|FAPI2002:{|FAPI4001:OpenIddictApplicationDescriptor|}|}
                    {
                        ClientId = Portal,
                        ClientType = ClientTypes.Confidential,
                        JsonWebKeySet = new JsonWebKeySet(),
                        Permissions = { Permissions.GrantTypes.AuthorizationCode, {|FAPI2008:Permissions.GrantTypes.Implicit|}, Permissions.ResponseTypes.CodeIdToken },
                    });
            """),
                Seed("""
                    var descriptor = new {|FAPI2002:{|FAPI4001:OpenIddictApplicationDescriptor|}|} { ClientId = "kiosk", ClientType = ClientTypes.Confidential, JsonWebKeySet = new JsonWebKeySet() };
                    descriptor.Permissions.Add(Permissions.GrantTypes.AuthorizationCode);
                    descriptor.Permissions.Add({|FAPI2008:Permissions.GrantTypes.Password|});
                    descriptor.Permissions.Add(Permissions.ResponseTypes.CodeIdToken);
                    await manager.CreateAsync(descriptor);
            """).Replace("class Seeder", "class KioskSeeder"),
            },
            new[]
            {
                Seed("""
                    await manager.CreateAsync(new {|FAPI2002:{|FAPI4001:OpenIddictApplicationDescriptor|}|}
                    {
                        ClientId = Portal,
                        ClientType = ClientTypes.Confidential,
                        JsonWebKeySet = new JsonWebKeySet(),
                        Permissions = { Permissions.GrantTypes.AuthorizationCode, Permissions.ResponseTypes.CodeIdToken },
                    });
            """),
                Seed("""
                    var descriptor = new {|FAPI2002:{|FAPI4001:OpenIddictApplicationDescriptor|}|} { ClientId = "kiosk", ClientType = ClientTypes.Confidential, JsonWebKeySet = new JsonWebKeySet() };
                    descriptor.Permissions.Add(Permissions.GrantTypes.AuthorizationCode);
                    descriptor.Permissions.Add(Permissions.ResponseTypes.CodeIdToken);
                    await manager.CreateAsync(descriptor);
            """).Replace("class Seeder", "class KioskSeeder"),
            },
            Advanced);

    [Fact]
    public Task Applications_are_fixed_by_permission_and_requirement()
        => Verify.Fix(ServerAndApplications(ServerWithoutPkce, """
                    await manager.CreateAsync(new OpenIddictApplicationDescriptor
                    {
                        ClientId = "teller",
                        JsonWebKeySet = new JsonWebKeySet(),
                        Permissions = { Permissions.GrantTypes.AuthorizationCode, Permissions.ResponseTypes.Code },
                        Requirements = { Requirements.Features.ProofKeyForCodeExchange },
                    });
                    await manager.CreateAsync(new {|FAPI2001:OpenIddictApplicationDescriptor|}
                    {
                        ClientId = Portal,
                        JsonWebKeySet = new JsonWebKeySet(),
                        Permissions = { Permissions.GrantTypes.AuthorizationCode, {|FAPI2008:Permissions.GrantTypes.Implicit|}, Permissions.ResponseTypes.Code },
                        Requirements = { Requirements.Features.PushedAuthorizationRequests },
                    });
            """), ServerAndApplications(ServerWithoutPkce, """
                    await manager.CreateAsync(new OpenIddictApplicationDescriptor
                    {
                        ClientId = "teller",
                        JsonWebKeySet = new JsonWebKeySet(),
                        Permissions = { Permissions.GrantTypes.AuthorizationCode, Permissions.ResponseTypes.Code },
                        Requirements = { Requirements.Features.ProofKeyForCodeExchange },
                    });
                    await manager.CreateAsync(new OpenIddictApplicationDescriptor
                    {
                        ClientId = Portal,
                        JsonWebKeySet = new JsonWebKeySet(),
                        Permissions = { Permissions.GrantTypes.AuthorizationCode, Permissions.ResponseTypes.Code },
                        Requirements = { Requirements.Features.PushedAuthorizationRequests, Requirements.Features.ProofKeyForCodeExchange },
                    });
            """), Fapi2);

    [Fact]
    public Task A_public_application_with_a_key_set_becomes_confidential_and_a_client_stops_disabling_PAR()
        => Verify.Fix(ServerAndApplications(CompliantServerFapi2, """
                    await manager.CreateAsync(new OpenIddictApplicationDescriptor
                    {
                        ClientId = Portal,
                        ClientType = {|FAPI1001:ClientTypes.Public|},
                        JsonWebKeySet = new JsonWebKeySet(),
                        Permissions = { Permissions.GrantTypes.AuthorizationCode, Permissions.ResponseTypes.Code },
                    });
            """) + Client("""
                    options.AddRegistration(new OpenIddictClientRegistration { ClientId = "web", DisablePushedAuthorizationRequests = {|FAPI2005:true|} });
            """).Substring(Verify.OpenIddictUsings.Length).Replace("class Startup", "class ClientStartup"), ServerAndApplications(CompliantServerFapi2, """
                    await manager.CreateAsync(new OpenIddictApplicationDescriptor
                    {
                        ClientId = Portal,
                        ClientType = ClientTypes.Confidential,
                        JsonWebKeySet = new JsonWebKeySet(),
                        Permissions = { Permissions.GrantTypes.AuthorizationCode, Permissions.ResponseTypes.Code },
                    });
            """) + Client("""
                    options.AddRegistration(new OpenIddictClientRegistration { ClientId = "web", DisablePushedAuthorizationRequests = false });
            """).Substring(Verify.OpenIddictUsings.Length).Replace("class Startup", "class ClientStartup"), Fapi2);
}
