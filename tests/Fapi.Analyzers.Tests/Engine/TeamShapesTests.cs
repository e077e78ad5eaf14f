using System.Threading.Tasks;
using Fapi.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Fapi.Analyzers.Tests.Engine;

/// <summary>
/// Configuration code the way teams write it: half-typed statements, their own helpers and extension methods,
/// loops over registered clients, conditions, development-only branches, the options pattern. Each with its silent twin.
/// </summary>
public sealed class TeamShapesTests
{
    [Fact]
    public Task A_statement_that_does_not_compile_hides_nothing_else_in_the_options_lambda()
        => Verify.Analyzer(Verify.Usings + """
            class Host
            {
                static void Configure(WebApplicationBuilder builder, string authority)
                    => builder.{|FAPI1002:{|FAPI3002:AddSidIdentityServer|}|}(o =>
                    {
                        o.Authority = authority;
                        o.{|CS1061:NotYetTyped|} = authority;
                        o.DefaultCodeChallengeMethod = "S256";
                    });
            }
            """, "fapi1_baseline");

    [Fact]
    public Task A_team_extension_method_on_a_builder_is_followed()
        => Verify.Analyzer(Verify.Usings + """
            static class FapiClients
            {
                public static TraditionalWebsiteClientBuilder AsFapi2(this TraditionalWebsiteClientBuilder builder)
                    => builder.UseClientPrivateKeyJwtAuthentication().UseDPOPProof().SetIdTokenSignedResponseAlg(SecurityAlgorithms.EcdsaSha256);
            }

            class Config
            {
                Client Website() => ClientBuilder.{|FAPI4002:{|FAPI4003:BuildTraditionalWebsiteClient|}|}("web", "secret", null, "https://app.example.com/callback").AsFapi2().Build();
            }
            """ + Verify.CompliantHost);

    [Fact]
    public Task A_team_extension_method_that_weakens_a_client_is_reported_at_its_call()
        => Verify.Analyzer(Verify.Usings + """
            static class LegacyClients
            {
                public static TraditionalWebsiteClientBuilder AsLegacy(this TraditionalWebsiteClientBuilder builder)
                {
                    builder.UseClientSecretPostAuthentication();
                    return builder.UseDPOPProof().SetIdTokenSignedResponseAlg("ES256");
                }
            }

            class Config
            {
                Client Website() => ClientBuilder.{|FAPI4002:{|FAPI4003:BuildTraditionalWebsiteClient|}|}("web", "secret", null, "https://app.example.com/callback").{|FAPI1002:AsLegacy|}().Build();
            }
            """ + Verify.CompliantHost);

    [Fact]
    public Task A_helper_that_hardens_a_client_object_is_followed()
        => Verify.Analyzer(Verify.Usings + """
            class Config
            {
                static void Harden(Client client)
                {
                    client.TokenEndPointAuthMethod = "private_key_jwt";
                    client.DPOPBoundAccessTokens = true;
                }

                Client Machine()
                {
                    var client = new Client { GrantTypes = { "client_credentials" } };
                    Harden(client);
                    return client;
                }
            }
            """ + Verify.CompliantHost);

    [Fact]
    public Task A_helper_the_engine_cannot_follow_makes_its_settings_unknown()
        => Verify.Analyzer(Verify.Usings + """
            interface IHardening { void Apply(Client client); }

            class Config
            {
                Client Machine(IHardening hardening)
                {
                    var client = new Client { GrantTypes = { "client_credentials" } };
                    hardening.Apply(client);
                    return client;
                }
            }
            """);

    [Fact]
    public Task Clients_hardened_in_a_loop_after_creation_are_not_reported()
        => Verify.Analyzer(Verify.Usings + """
            class Config
            {
                List<Client> Clients()
                {
                    var clients = new List<Client>
                    {
                        new Client { ClientId = "a", GrantTypes = { "client_credentials" } },
                        new Client { ClientId = "b", GrantTypes = { "client_credentials" } },
                    };
                    foreach (var c in clients)
                    {
                        c.TokenEndPointAuthMethod = "private_key_jwt";
                        c.DPOPBoundAccessTokens = true;
                    }

                    return clients;
                }
            }
            """ + Verify.CompliantHost);

    [Fact]
    public Task A_loop_that_weakens_registered_clients_is_reported_where_it_writes()
        => Verify.Analyzer(Verify.Usings + """
            class Config
            {
                Client[] Clients()
                {
                    var clients = new[]
                    {
                        new Client { ClientId = "a", TokenEndPointAuthMethod = "private_key_jwt", DPOPBoundAccessTokens = true, GrantTypes = { "client_credentials" } },
                    };
                    foreach (var c in clients)
                    {
                        c.TokenEndPointAuthMethod = {|FAPI1002:"client_secret_basic"|};
                    }

                    return clients;
                }
            }
            """ + Verify.CompliantHost);

    [Fact]
    public Task An_unknown_IsPublic_gives_no_PKCE_verdict()
        => Verify.Analyzer(Verify.Usings + """
            class Config
            {
                Client Create(bool isPublic) => new Client
                {
                    IsPublic = isPublic,
                    TokenEndPointAuthMethod = "private_key_jwt",
                    IdTokenSignedResponseAlg = "ES256",
                    DPOPBoundAccessTokens = true,
                    ResponseTypes = { "code" },
                    GrantTypes = { "authorization_code" },
                };
            }
            """ + Verify.CompliantHost, "fapi1_baseline");

    [Fact]
    public Task A_non_compliant_value_under_a_condition_is_reported_where_it_is_written()
        => Verify.Analyzer(Verify.Usings + """
            class Config
            {
                Client Create(bool legacy)
                {
                    var client = new Client { TokenEndPointAuthMethod = "private_key_jwt", DPOPBoundAccessTokens = true, GrantTypes = { "client_credentials" } };
                    if (legacy)
                    {
                        client.TokenEndPointAuthMethod = {|FAPI1002:"client_secret_post"|};
                    }

                    return client;
                }

                Client Bearer(bool legacy)
                {
                    var client = new Client { TokenEndPointAuthMethod = "private_key_jwt", GrantTypes = { "client_credentials" } };
                    client.DPOPBoundAccessTokens = legacy ? {|FAPI4001:false|} : true;
                    return client;
                }
            }
            """ + Verify.CompliantHost);

    [Fact]
    public Task A_compliant_value_under_a_condition_neither_clears_nor_reports_the_default()
        => Verify.Analyzer(Verify.Usings + """
            class Config
            {
                Client Create(bool hardened)
                {
                    var client = new Client { TokenEndPointAuthMethod = "private_key_jwt", GrantTypes = { "client_credentials" } };
                    if (hardened)
                    {
                        client.DPOPBoundAccessTokens = true;
                    }

                    return client;
                }
            }
            """ + Verify.CompliantHost);

    [Fact]
    public Task Development_only_branches_are_not_judged_and_their_else_is_deployed()
        => Verify.Analyzer("#define DEBUG\n" + Verify.Usings + """
            using Microsoft.Extensions.Hosting;

            class Host
            {
                static void Configure(WebApplicationBuilder builder)
                    => builder.{|FAPI3002:AddSidIdentityServer|}(o =>
                    {
                        if (builder.Environment.IsDevelopment())
                        {
                            o.DefaultTokenEndPointAuthMethod = "client_secret_post";
                        }
                        else
                        {
                            o.DefaultTokenEndPointAuthMethod = "private_key_jwt";
                        }

            #if DEBUG
                        o.DefaultTokenSignedResponseAlg = "ES256";
            #endif
                        o.DefaultCodeChallengeMethod = "S256";
                    });
            }
            """, "fapi1_baseline");

    [Fact]
    public Task Host_options_through_Configure_and_PostConfigure_merge_with_the_registration_in_order()
        => Verify.Analyzer(Verify.Usings + """
            class Host
            {
                static void Configure(WebApplicationBuilder builder)
                {
                    builder.Services.Configure<IdServerHostOptions>(o => o.DefaultTokenEndPointAuthMethod = "private_key_jwt");
                    builder.Services.AddOptions<IdServerHostOptions>().Configure(o => o.DefaultTokenSignedResponseAlg = "RS256");
                    builder.Services.PostConfigure<IdServerHostOptions>(o => o.DefaultTokenSignedResponseAlg = "ES256");
                    builder.{|FAPI2002:AddSidIdentityServer|}();
                }
            }
            """, "fapi1_baseline");

    [Fact]
    public Task Clients_inherit_the_host_ID_token_algorithm()
        => Verify.Analyzer(Verify.Usings + """
            class Config
            {
                Client Website() => ClientBuilder.{|FAPI4002:{|FAPI4003:BuildTraditionalWebsiteClient|}|}("web", "secret", null, "https://app.example.com/callback")
                    .UseClientPrivateKeyJwtAuthentication().UseDPOPProof().Build();
            }
            """ + Verify.CompliantHost);

    [Fact]
    public Task Options_through_AddOptions_Configure_are_judged_where_they_are_written()
        => Verify.Analyzer(Verify.Usings + """
            class Host
            {
                static void Configure(WebApplicationBuilder builder)
                {
                    builder.Services.AddOptions<IdServerHostOptions>().Configure(o => o.DefaultTokenEndPointAuthMethod = {|FAPI1002:"client_secret_basic"|});
                    builder.{|FAPI2002:AddSidIdentityServer|}(o => o.DefaultTokenSignedResponseAlg = "ES256");
                }
            }
            """, "fapi1_baseline");

    [Fact]
    public Task A_helper_parameter_takes_the_argument_of_the_call_being_followed()
        => Verify.Analyzer(Verify.Usings + """
            class Config
            {
                static void Authenticate(Client client, string method) => client.TokenEndPointAuthMethod = method;

                Client Legacy()
                {
                    var client = new Client { DPOPBoundAccessTokens = true, GrantTypes = { "client_credentials" } };
                    {|FAPI1002:Authenticate|}(client, "client_secret_post");
                    return client;
                }

                Client Modern()
                {
                    var client = new Client { DPOPBoundAccessTokens = true, GrantTypes = { "client_credentials" } };
                    Authenticate(client, "private_key_jwt");
                    return client;
                }
            }
            """ + Verify.CompliantHost);

    [Fact]
    public Task A_parameter_of_a_private_helper_with_one_call_site_takes_its_constant_argument()
        => Verify.Analyzer(Verify.Usings + """
            class Config
            {
                private static Client Machine(string method) => new Client { TokenEndPointAuthMethod = {|FAPI1002:method|}, DPOPBoundAccessTokens = true, GrantTypes = { "client_credentials" } };

                private static Client Shared(string method) => new Client { TokenEndPointAuthMethod = method, DPOPBoundAccessTokens = true, GrantTypes = { "client_credentials" } };

                public List<Client> Clients() => new() { Machine("client_secret_basic"), Shared("client_secret_basic"), Shared("private_key_jwt") };
            }
            """ + Verify.CompliantHost);

    [Fact]
    public Task Switch_and_try_branches_are_paths()
        => Verify.Analyzer(Verify.Usings + """
            class Config
            {
                Client Create(string environment)
                {
                    var client = new Client { TokenEndPointAuthMethod = "private_key_jwt", GrantTypes = { "client_credentials" } };
                    switch (environment)
                    {
                        case "legacy":
                            client.TokenEndPointAuthMethod = {|FAPI1002:"client_secret_basic"|};
                            break;
                        default:
                            client.DPOPBoundAccessTokens = true;
                            break;
                    }

                    try
                    {
                        client.DPOPBoundAccessTokens = true;
                    }
                    catch (InvalidOperationException)
                    {
                        client.TokenEndPointAuthMethod = {|FAPI1002:"client_secret_post"|};
                    }

                    return client;
                }
            }
            """ + Verify.CompliantHost);

    [Fact]
    public Task Local_functions_and_method_group_callbacks_are_followed()
        => Verify.Analyzer(Verify.Usings + """
            class Host
            {
                static void ConfigureHost(IdServerHostOptions options)
                {
                    options.DefaultTokenEndPointAuthMethod = "client_secret_basic";
                    options.DefaultCodeChallengeMethod = "S256";
                    options.DefaultTokenSignedResponseAlg = "ES256";
                }

                static void Configure(WebApplicationBuilder builder) => builder.{|FAPI1002:AddSidIdentityServer|}(ConfigureHost);
            }

            class Config
            {
                Client Create()
                {
                    var client = new Client { GrantTypes = { "client_credentials" } };
                    Harden(client);
                    return client;

                    static void Harden(Client c)
                    {
                        c.TokenEndPointAuthMethod = "private_key_jwt";
                        c.DPOPBoundAccessTokens = true;
                    }
                }
            }
            """, "fapi1_baseline");

    [Fact]
    public Task Named_options_and_ConfigureAll_configure_the_host_options()
        => Verify.Analyzer(Verify.Usings + """
            class Host
            {
                static void Configure(WebApplicationBuilder builder)
                {
                    builder.AddSidIdentityServer(o => o.DefaultCodeChallengeMethod = "S256");
                    builder.Services.Configure<IdServerHostOptions>("sid", o => o.DefaultTokenEndPointAuthMethod = "private_key_jwt");
                    builder.Services.ConfigureAll<IdServerHostOptions>(o => o.DefaultTokenSignedResponseAlg = {|FAPI3002:"RS256"|});
                }
            }
            """, "fapi1_baseline");

    [Fact]
    public Task Clients_created_only_in_development_are_not_judged()
        => Verify.Analyzer("#define DEBUG\n" + Verify.Usings + """
            using Microsoft.Extensions.Hosting;

            class Config
            {
                List<Client> Clients(IHostEnvironment environment)
                {
                    var clients = new List<Client>();
                    if (environment.IsDevelopment())
                    {
                        clients.Add(new Client { TokenEndPointAuthMethod = "client_secret_post", GrantTypes = { "client_credentials" } });
                    }

            #if DEBUG
                    clients.Add(new Client { TokenEndPointAuthMethod = "client_secret_basic", GrantTypes = { "client_credentials" } });
            #endif
                    clients.Add(new Client { TokenEndPointAuthMethod = {|FAPI1002:"client_secret_jwt"|}, DPOPBoundAccessTokens = true, GrantTypes = { "client_credentials" } });
                    return clients;
                }
            }
            """ + Verify.CompliantHost);

    [Fact]
    public Task A_delegate_or_a_helper_chain_beyond_the_depth_limit_makes_the_client_unknown()
        => Verify.Analyzer(Verify.Usings + """
            class Config
            {
                static void One(Client c) => Two(c);
                static void Two(Client c) => Three(c);
                static void Three(Client c) => Four(c);
                static void Four(Client c) => Five(c);
                static void Five(Client c) => c.TokenEndPointAuthMethod = "client_secret_basic";

                Client Deep()
                {
                    var client = new Client { TokenEndPointAuthMethod = "private_key_jwt", GrantTypes = { "client_credentials" } };
                    One(client);
                    return client;
                }

                Client Shallow()
                {
                    var client = new Client { TokenEndPointAuthMethod = "private_key_jwt", DPOPBoundAccessTokens = true, GrantTypes = { "client_credentials" } };
                    {|FAPI1002:Four|}(client);
                    return client;
                }

                Client Delegated(Action<Client> harden)
                {
                    var client = new Client { TokenEndPointAuthMethod = "private_key_jwt", GrantTypes = { "client_credentials" } };
                    harden(client);
                    return client;
                }
            }
            """ + Verify.CompliantHost);

    [Fact]
    public Task Values_from_static_get_only_properties_of_a_constants_class_are_read()
        => Verify.Analyzer(Verify.Usings + """
            static class Settings
            {
                public static string LegacyMethod => "client_secret_basic";
                public static string Method { get; } = "private_key_jwt";
                public static string[] Callbacks => new[] { "https://app.example.com/callback", "http://app.example.com/callback" };
                public static string Mutable { get; set; } = "client_secret_basic";
            }

            class Config
            {
                Client Legacy() => new Client { TokenEndPointAuthMethod = {|FAPI1002:Settings.LegacyMethod|}, DPOPBoundAccessTokens = true, GrantTypes = { "client_credentials" } };
                Client Modern() => new Client { TokenEndPointAuthMethod = Settings.Method, DPOPBoundAccessTokens = true, GrantTypes = { "client_credentials" } };
                Client Settable() => new Client { TokenEndPointAuthMethod = Settings.Mutable, DPOPBoundAccessTokens = true, GrantTypes = { "client_credentials" } };
                Client Website() => ClientBuilder.{|FAPI4002:{|FAPI4003:BuildTraditionalWebsiteClient|}|}("web", "secret", null, {|FAPI2007:Settings.Callbacks|})
                    .UseClientPrivateKeyJwtAuthentication().UseDPOPProof().Build();
            }
            """ + Verify.CompliantHost);

    [Fact]
    public Task Clients_from_the_team_factories_are_hardened_where_their_callers_loop_over_them()
        => Verify.Analyzer(Verify.Usings + """
            static class InternalClients
            {
                public static List<Client> All()
                {
                    var clients = new List<Client> { Reporting(), Treasury() };
                    foreach (var c in clients)
                    {
                        c.DPOPBoundAccessTokens = true;
                    }

                    return clients;
                }

                static Client Reporting() => new Client { ClientId = "reporting", TokenEndPointAuthMethod = "private_key_jwt", GrantTypes = { "client_credentials" } };

                static Client Treasury()
                {
                    var treasury = new Client { ClientId = "treasury", TokenEndPointAuthMethod = "private_key_jwt", GrantTypes = { "client_credentials" } };
                    treasury.RedirectionUrls.Clear();
                    return treasury;
                }
            }

            static class PartnerClients
            {
                public static Client Partner(string id) => new {|FAPI1002:Client|} { ClientId = id, DPOPBoundAccessTokens = true, GrantTypes = { "client_credentials" } };

                public static List<Client> All()
                {
                    var legacy = Partner("legacy");
                    legacy.TokenEndPointAuthMethod = "client_secret_basic";
                    var modern = Partner("modern");
                    modern.TokenEndPointAuthMethod = "private_key_jwt";
                    return new List<Client> { legacy, modern };
                }
            }
            """ + Verify.CompliantHost);

    [Fact]
    public Task Options_configured_without_the_library_registration_leave_the_limitations_to_the_clients()
        => Verify.Analyzer(new[]
        {
            Verify.Usings + """
            class Host
            {
                static void Configure(IServiceCollection services)
                    => services.Configure<IdServerHostOptions>(o => o.DefaultTokenEndPointAuthMethod = "private_key_jwt");
            }

            class Config
            {
                Client Website() => new {|FAPI2005:Client|}
                {
                    IdTokenSignedResponseAlg = "ES256",
                    DPOPBoundAccessTokens = true,
                    AuthorizationCodeExpirationInSeconds = 60,
                    PARExpirationTimeInSeconds = 60,
                    GrantTypes = { "authorization_code" },
                    ResponseTypes = { "code" },
                };
            }
            """,
        }, editorConfig: "FAPI2005.library_limitation = report\n");

    [Fact]
    public Task Host_options_bound_from_configuration_are_unknown_not_defaults()
        => Verify.Analyzer(Verify.Usings + """
            class Host
            {
                static void FromSection(WebApplicationBuilder builder)
                {
                    builder.Services.Configure<IdServerHostOptions>(builder.Configuration.GetSection("Sid"));
                    builder.AddSidIdentityServer();
                }
            }
            """ + "\n" + """
            class OtherHost
            {
                static void FromPath(WebApplicationBuilder builder)
                {
                    builder.Services.AddOptions<IdServerHostOptions>().BindConfiguration("Sid");
                }
            }
            """);

    [Fact]
    public Task Without_configuration_binding_the_host_defaults_are_judged()
        => Verify.Analyzer(Verify.Usings + """
            class Host
            {
                static void Configure(WebApplicationBuilder builder) => builder.{|FAPI1002:{|FAPI2002:{|FAPI3001:AddSidIdentityServer|}|}|}();
            }
            """);

    [Fact]
    public Task ForEach_index_loops_LINQ_projections_and_wrappers_reach_the_clients_they_hold()
        => Verify.Analyzer(Verify.Usings + """
            using System.Linq;

            record ServiceAccount(string Name, Client Client);

            class Config
            {
                static readonly string[] PartnerIds = { "a", "b" };

                List<Client> Partners()
                {
                    var clients = PartnerIds.Select(id => new Client { ClientId = id, TokenEndPointAuthMethod = "private_key_jwt", GrantTypes = { "client_credentials", "refresh_token" } }).ToList();
                    for (var i = 0; i < clients.Count; i++)
                    {
                        clients[i].RefreshTokenUsage = RefreshTokenUsages.ReUse;
                    }

                    clients.ForEach(c => c.DPOPBoundAccessTokens = true);
                    return clients;
                }

                List<Client> Internal()
                {
                    var clients = new List<Client> { new Client { ClientId = "i", TokenEndPointAuthMethod = "private_key_jwt", GrantTypes = { "client_credentials" } } };
                    clients.Where(c => c.ClientId != null).ToList().ForEach(c => c.DPOPBoundAccessTokens = true);
                    clients[0].TokenEndPointAuthMethod = {|FAPI1002:"client_secret_basic"|};
                    return clients;
                }

                ServiceAccount Account()
                {
                    var account = new ServiceAccount("reconciliation", new Client { ClientId = "r", TokenEndPointAuthMethod = "private_key_jwt", GrantTypes = { "client_credentials" } });
                    account.Client.DPOPBoundAccessTokens = true;
                    return account;
                }
            }
            """ + Verify.CompliantHost);

    [Fact]
    public Task A_switch_expression_arm_is_one_path_s_value()
        => Verify.Analyzer(Verify.Usings + """
            class Config
            {
                Client Create(string vendor) => new Client
                {
                    TokenEndPointAuthMethod = vendor switch
                    {
                        "swift" => "tls_client_auth",
                        "legacy" => {|FAPI1002:OAuthClientSecretBasicAuthenticationHandler.AUTH_METHOD|},
                        _ => "private_key_jwt",
                    },
                    DPOPBoundAccessTokens = true,
                    GrantTypes = { "client_credentials" },
                };
            }
            """ + Verify.CompliantHost);

    [Fact]
    public Task Lambdas_handed_to_a_helper_as_a_delegate_are_applied_one_path_each()
        => Verify.Analyzer(Verify.Usings + """
            static class Catalog
            {
                static Client Make(string id, Action<TraditionalWebsiteClientBuilder> configure)
                {
                    var builder = ClientBuilder.{|FAPI4002:{|FAPI4003:BuildTraditionalWebsiteClient|}|}(id, "secret", null, "https://app.example.com/callback");
                    {|FAPI1002:configure|}(builder);
                    return builder.Build();
                }

                public static List<Client> All() => new()
                {
                    Make("kiosk", b => b.UseClientSecretPostAuthentication().UseDPOPProof()),
                    Make("web", b => b.UseClientPrivateKeyJwtAuthentication().UseDPOPProof()),
                };
            }

            class Config
            {
                static void Harden(Client client, Action<Client> more) => more?.Invoke(client);

                Client Local()
                {
                    Action<Client> legacy = c => c.TokenEndPointAuthMethod = "client_secret_post";
                    var client = new Client { TokenEndPointAuthMethod = "private_key_jwt", DPOPBoundAccessTokens = true, GrantTypes = { "client_credentials" } };
                    {|FAPI1002:legacy|}(client);
                    return client;
                }

                Client Passed()
                {
                    var client = new Client { TokenEndPointAuthMethod = "private_key_jwt", GrantTypes = { "client_credentials" } };
                    {|FAPI1002:Harden|}(client, c => { c.DPOPBoundAccessTokens = true; c.TokenEndPointAuthMethod = "client_secret_basic"; });
                    return client;
                }
            }
            """ + Verify.CompliantHost);
}
