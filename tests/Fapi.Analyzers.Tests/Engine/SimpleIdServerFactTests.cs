using System;
using System.Linq;
using Fapi.Analyzers.Facts;
using Fapi.Analyzers.Tests.Infrastructure;
using Xunit;
using static Fapi.Analyzers.Facts.FactOrigin;

namespace Fapi.Analyzers.Tests.Engine;

/// <summary>
/// The SimpleIdServer binding's fact tests: a snippet of SimpleIdServer configuration code in, the facts the engine
/// extracts out (value, origin, the code a diagnostic would point at). No rule runs here; RuleVerdictTests judge facts.
/// </summary>
public sealed class SimpleIdServerFactTests
{
    /// <summary>A host that leaves every option at the library's default.</summary>
    private const string DefaultHost = """

        class Host
        {
            static void Configure(WebApplicationBuilder builder) => builder.AddSidIdentityServer();
        }
        """;

    /// <summary>A class whose method returns the client <paramref name="expression"/> creates.</summary>
    private static string Creates(string expression) => "class Config\n{\n    Client Create() => " + expression + ";\n}\n";

    /// <summary>A host whose registration lambda runs <paramref name="options"/> on <c>o</c>.</summary>
    private static string Host(string options) => $$"""

        class Host
        {
            static void Configure(WebApplicationBuilder builder)
                => builder.AddSidIdentityServer(o =>
                {
                    {{options}}
                });
        }
        """;

    // ---- the Client model ------------------------------------------------------------------------------------------

    [Fact]
    public void Initializer_members_are_facts_at_their_values()
    {
        var client = FactHarness.Extract("""
            class Config
            {
                Client Create() => new Client
                {
                    ClientId = "web",
                    TokenEndPointAuthMethod = "client_secret_post",
                    IsPublic = false,
                    AuthorizationCodeExpirationInSeconds = 30,
                    DPOPBoundAccessTokens = true,
                    RefreshTokenUsage = RefreshTokenUsages.ReUse,
                    IdTokenSignedResponseAlg = SecurityAlgorithms.RsaSsaPssSha256,
                    RedirectionUrls = { "https://app.example.com/callback" },
                    ResponseTypes = new List<string> { AuthorizationCodeResponseTypeHandler.RESPONSE_TYPE },
                    GrantTypes = { "authorization_code" },
                };
            }
            """).Client("web");

        Assert.Equal(ConfigurationKind.Client, client.Kind);
        Assert.Equal("Client", client.Anchor.Text());
        Assert.Equal("SimpleIdServer", client.Library);
        var method = client.AssertFact(Setting.TokenEndpointAuthMethod, "client_secret_post", Code, "\"client_secret_post\"");
        Assert.Equal(FixKind.ReplaceExpression, method.Fix.Kind);
        client.AssertFact(Setting.ClientId, "web", Code, "\"web\"");
        client.AssertFact(Setting.PublicClient, false, Code, "false");
        client.AssertFact(Setting.AuthorizationCodeLifetimeSeconds, 30, Code, "30");
        client.AssertFact(Setting.DpopBoundAccessTokens, true, Code, "true");
        client.AssertFact(Setting.RefreshTokenRotation, false, Code, "RefreshTokenUsages.ReUse");
        client.AssertFact(Setting.IdTokenSigningAlgorithm, "PS256", Code, "SecurityAlgorithms.RsaSsaPssSha256");
        Assert.Equal(new[] { "https://app.example.com/callback" }, client.Values(Setting.RedirectUris));
        Assert.Equal("\"https://app.example.com/callback\"", client.Elements(Setting.RedirectUris)[0].Location.Text());
        Assert.Equal(new[] { "code" }, client.Values(Setting.ResponseTypes));
        Assert.Equal("AuthorizationCodeResponseTypeHandler.RESPONSE_TYPE", client.Elements(Setting.ResponseTypes)[0].Location.Text());
        Assert.Equal(new[] { "authorization_code" }, client.Values(Setting.GrantTypes));
        Assert.Empty(client.ConditionalWrites);
    }

    [Fact]
    public void Members_left_unset_take_the_model_defaults_at_the_type_name()
    {
        var client = FactHarness.Extract(Creates("""new Client { ClientId = "web", GrantTypes = { "authorization_code" } }""") + DefaultHost).Client("web");

        var rotation = client.AssertFact(Setting.RefreshTokenRotation, true, LibraryDefault, "Client");
        Assert.Equal(FixKind.AddInitializerMember, rotation.Fix.Kind);
        client.AssertFact(Setting.PublicClient, false, LibraryDefault, "Client");
        client.AssertFact(Setting.AuthorizationCodeLifetimeSeconds, 600, LibraryDefault, "Client");
        client.AssertFact(Setting.PushedRequestLifetimeSeconds, 600, LibraryDefault, "Client");
        Assert.Null(client.Get(Setting.DpopBoundAccessTokens));
        Assert.False(client.IsUnknown(Setting.DpopBoundAccessTokens));
        Assert.Empty(client.Elements(Setting.ResponseTypes));
    }

    [Fact]
    public void Assignments_and_collection_edits_after_creation_apply_to_the_client()
    {
        var client = FactHarness.Extract("""
            class Config
            {
                Client Create()
                {
                    var client = new Client { ClientId = "web", GrantTypes = { "authorization_code", "implicit" } };
                    client.TokenEndPointAuthMethod = OAuthClientPrivateKeyJwtAuthenticationHandler.AUTH_METHOD;
                    client.GrantTypes.Remove("implicit");
                    client.GrantTypes.Add(RefreshTokenHandler.GRANT_TYPE);
                    return client;
                }
            }
            """).Client("web");

        client.AssertFact(Setting.TokenEndpointAuthMethod, "private_key_jwt", Code, "OAuthClientPrivateKeyJwtAuthenticationHandler.AUTH_METHOD");
        Assert.Equal(new[] { "authorization_code", "refresh_token" }, client.Values(Setting.GrantTypes));
        Assert.Equal("RefreshTokenHandler.GRANT_TYPE", client.Elements(Setting.GrantTypes)[1].Location.Text());
    }

    [Fact]
    public void A_space_separated_response_type_is_split_into_its_tokens()
    {
        var client = FactHarness.Extract(Creates("""new Client { ResponseTypes = { "code id_token" } }""")).Client();

        var elements = client.Elements(Setting.ResponseTypes);
        Assert.Equal(new[] { "code", "id_token" }, client.Values(Setting.ResponseTypes));
        Assert.All(elements, e => Assert.Equal("\"code id_token\"", e.Location.Text()));
        Assert.All(elements, e => Assert.Equal(Code, e.Origin));
        // Removing one token is not removing the element: no fix on either.
        Assert.All(elements, e => Assert.Equal(FixKind.None, e.Fix.RemoveKind));
    }

    // ---- the ClientBuilder fluent API ------------------------------------------------------------------------------

    [Fact]
    public void A_builder_entry_brings_its_defaults_at_the_entry_name()
    {
        var client = FactHarness.Extract(Creates("""ClientBuilder.BuildApiClient("api", "secret").Build()""") + DefaultHost).Client("api");

        Assert.Equal("BuildApiClient", client.Anchor.Text());
        client.AssertFact(Setting.ClientId, "api", Code, "\"api\"");
        var method = client.AssertFact(Setting.TokenEndpointAuthMethod, "client_secret_post", LibraryDefault, "BuildApiClient");
        Assert.Equal(FixKind.AppendCall, method.Fix.Kind);
        Assert.Equal(".UsePrivateKeyJwtAuthentication()", method.Fix.Writer!("private_key_jwt"));
        client.AssertFact(Setting.RefreshTokenRotation, false, LibraryDefault, "BuildApiClient");
        Assert.Equal(new[] { "client_credentials" }, client.Values(Setting.GrantTypes));
        Assert.Equal(LibraryDefault, client.Elements(Setting.GrantTypes)[0].Origin);
        Assert.Empty(client.Elements(Setting.ResponseTypes));
        Assert.Empty(client.Elements(Setting.RedirectUris));
    }

    [Fact]
    public void Builder_calls_are_facts_at_the_call_name()
    {
        var client = FactHarness.Extract("""
            class Config
            {
                Client Create() => ClientBuilder.BuildTraditionalWebsiteClient("web", "secret", null, "https://app.example.com/callback")
                    .UseClientPrivateKeyJwtAuthentication()
                    .UseDPOPProof()
                    .EnableIdTokenInResponseType()
                    .EnableRefreshTokenGrantType()
                    .SetRefreshTokenUsage(RefreshTokenUsages.ReUse)
                    .Build();
            }
            """ + DefaultHost).Client("web");

        Assert.Equal("BuildTraditionalWebsiteClient", client.Anchor.Text());
        var method = client.AssertFact(Setting.TokenEndpointAuthMethod, "private_key_jwt", Code, "UseClientPrivateKeyJwtAuthentication");
        Assert.Equal(FixKind.ReplaceCall, method.Fix.Kind);
        client.AssertFact(Setting.DpopBoundAccessTokens, true, Code, "UseDPOPProof");
        client.AssertFact(Setting.RefreshTokenRotation, false, Code, "RefreshTokenUsages.ReUse");
        Assert.Equal(new[] { "code", "id_token" }, client.Values(Setting.ResponseTypes));
        Assert.Equal(new[] { LibraryDefault, Code }, client.Elements(Setting.ResponseTypes).Select(e => e.Origin));
        Assert.Equal("EnableIdTokenInResponseType", client.Elements(Setting.ResponseTypes)[1].Location.Text());
        Assert.Equal(new[] { "authorization_code", "refresh_token" }, client.Values(Setting.GrantTypes));
        Assert.Equal(new[] { "https://app.example.com/callback" }, client.Values(Setting.RedirectUris));
    }

    [Fact]
    public void A_call_that_replaces_a_collection_drops_the_defaults()
    {
        var client = FactHarness.Extract(Creates("""ClientBuilder.BuildUserAgentClient("spa", null, null, "https://spa.example.com/callback").UseImplicitFlow().Build()""") + DefaultHost).Client("spa");

        client.AssertFact(Setting.PublicClient, true, LibraryDefault, "BuildUserAgentClient");
        Assert.Equal(new[] { "id_token", "token" }, client.Values(Setting.ResponseTypes));
        Assert.All(client.Elements(Setting.ResponseTypes), e => Assert.Equal("UseImplicitFlow", e.Location.Text()));
        Assert.Equal(new[] { "authorization_code", "implicit" }, client.Values(Setting.GrantTypes));
    }

    [Fact]
    public void An_omitted_optional_argument_is_the_library_default_at_the_call()
    {
        var client = FactHarness.Extract("""
            class Config
            {
                Client Create() => ClientBuilder.BuildTraditionalWebsiteClient("web", "secret", null, "https://app.example.com/callback")
                    .SetIdTokenSignedResponseAlg()
                    .Build();
            }
            """ + DefaultHost).Client("web");

        var algorithm = client.AssertFact(Setting.IdTokenSigningAlgorithm, "RS256", LibraryDefault, "SetIdTokenSignedResponseAlg");
        Assert.Equal(FixKind.AddArgument, algorithm.Fix.Kind);
    }

    [Fact]
    public void A_passed_argument_is_a_fact_at_the_argument()
    {
        var client = FactHarness.Extract("""
            class Config
            {
                Client Create() => ClientBuilder.BuildTraditionalWebsiteClient("web", "secret", null, "https://app.example.com/callback")
                    .SetIdTokenSignedResponseAlg(SecurityAlgorithms.EcdsaSha256)
                    .Build();
            }
            """ + DefaultHost).Client("web");

        var algorithm = client.AssertFact(Setting.IdTokenSigningAlgorithm, "ES256", Code, "SecurityAlgorithms.EcdsaSha256");
        Assert.Equal(FixKind.ReplaceExpression, algorithm.Fix.Kind);
    }

    // ---- the host options ------------------------------------------------------------------------------------------

    [Fact]
    public void Host_options_in_the_registration_lambda_are_facts_beside_the_library_defaults()
    {
        var server = FactHarness.Extract(Host(
            "o.DefaultCodeChallengeMethod = S256CodeChallengeMethodHandler.DEFAULT_NAME; o.DefaultTokenSignedResponseAlg = SecurityAlgorithms.EcdsaSha256;")).Server();

        Assert.Equal("AddSidIdentityServer", server.Anchor.Text());
        Assert.Null(server.Name);
        server.AssertFact(Setting.DefaultCodeChallengeMethod, "S256", Code, "S256CodeChallengeMethodHandler.DEFAULT_NAME");
        server.AssertFact(Setting.DefaultAccessTokenSigningAlgorithm, "ES256", Code, "SecurityAlgorithms.EcdsaSha256");
        var method = server.AssertFact(Setting.DefaultTokenEndpointAuthMethod, "client_secret_post", LibraryDefault, "AddSidIdentityServer");
        Assert.Equal(FixKind.AddOptionsAssignment, method.Fix.Kind);
        Assert.Equal("DefaultTokenEndPointAuthMethod = \"private_key_jwt\"", method.Fix.Writer!("private_key_jwt"));
    }

    [Fact]
    public void A_registration_without_a_lambda_has_the_library_defaults()
    {
        var server = FactHarness.Extract(DefaultHost).Server();

        server.AssertFact(Setting.DefaultCodeChallengeMethod, "plain", LibraryDefault, "AddSidIdentityServer");
        server.AssertFact(Setting.DefaultTokenEndpointAuthMethod, "client_secret_post", LibraryDefault, "AddSidIdentityServer");
        server.AssertFact(Setting.DefaultAccessTokenSigningAlgorithm, "RS256", LibraryDefault, "AddSidIdentityServer");
    }

    [Fact]
    public void What_the_library_cannot_enforce_is_a_limitation_on_the_host_whatever_the_options_say()
    {
        var server = FactHarness.Extract(Host("""o.RequiredPushedAuthorizationRequest = true; o.DefaultCodeChallengeMethod = "S256";""")).Server();

        var par = server.AssertFact(Setting.PushedAuthorizationRequired, false, LibraryLimitation, "AddSidIdentityServer");
        Assert.Equal(FixKind.None, par.Fix.Kind);
        Assert.Contains("ExtractRequestHelper.cs", par.Note);
        server.AssertFact(Setting.PlainPkceAccepted, true, LibraryLimitation, "AddSidIdentityServer");
        server.AssertFact(Setting.PushedAuthorizationSupported, true, LibraryLimitation, "AddSidIdentityServer");
        server.AssertFact(Setting.RedirectUriExactMatch, false, LibraryLimitation, "AddSidIdentityServer");
        server.AssertFact(Setting.SignedRequestObjectRequired, false, LibraryLimitation, "AddSidIdentityServer");
        server.AssertFact(Setting.PkceRequired, false, LibraryLimitation, "AddSidIdentityServer");
        // The written method stays a fact of its own: S256 is what the host assumes when a request names none.
        server.AssertFact(Setting.DefaultCodeChallengeMethod, "S256", Code, "\"S256\"");
    }

    [Fact]
    public void Configure_of_the_host_options_merges_into_the_server_every_client_sees()
    {
        var extracted = FactHarness.Extract("""
            class Host
            {
                static void Configure(WebApplicationBuilder builder)
                {
                    builder.AddSidIdentityServer(o => o.DefaultCodeChallengeMethod = "S256");
                    builder.Services.Configure<IdServerHostOptions>(o => o.DefaultTokenEndPointAuthMethod = "private_key_jwt");
                }
            }

            class Config
            {
                Client Create() => new Client { ClientId = "web", GrantTypes = { "authorization_code" } };
            }
            """);

        var seen = extracted.Client("web").Server!;
        Assert.Equal(ConfigurationKind.Server, seen.Kind);
        seen.AssertFact(Setting.DefaultTokenEndpointAuthMethod, "private_key_jwt", Code, "\"private_key_jwt\"");
        seen.AssertFact(Setting.DefaultCodeChallengeMethod, "S256", Code, "\"S256\"");
        seen.AssertFact(Setting.DefaultAccessTokenSigningAlgorithm, "RS256", LibraryDefault, "AddSidIdentityServer");
        seen.AssertFact(Setting.PushedAuthorizationRequired, false, LibraryLimitation, "AddSidIdentityServer");

        // Judged in its own block, the registration leaves the overridden default to the code that decides it.
        var registration = extracted.Server("AddSidIdentityServer");
        registration.AssertUnknown(Setting.DefaultTokenEndpointAuthMethod);
        registration.AssertFact(Setting.DefaultCodeChallengeMethod, "S256", Code, "\"S256\"");
        var options = extracted.Server("Configure<IdServerHostOptions>");
        options.AssertFact(Setting.DefaultTokenEndpointAuthMethod, "private_key_jwt", Code, "\"private_key_jwt\"");
        // Limitations are reported once, on the library's own registration.
        options.AssertUnknown(Setting.PushedAuthorizationRequired);
    }

    [Fact]
    public void PushAuthorizationRequestIsRequired_sets_the_host_option()
    {
        var server = FactHarness.Extract("""
            class Host
            {
                static void Configure(WebApplicationBuilder builder)
                    => builder.AddSidIdentityServer().PushAuthorizationRequestIsRequired();
            }

            class Config
            {
                Client Create() => new Client { ClientId = "web", GrantTypes = { "authorization_code" } };
            }
            """).Client("web").Server!;

        // The option is set, and still a limitation: SimpleIdServer does not reject front-channel requests.
        server.AssertFact(Setting.PushedAuthorizationRequired, false, LibraryLimitation, "AddSidIdentityServer");
    }

    // ---- inheritance from the host ---------------------------------------------------------------------------------

    [Fact]
    public void A_client_without_its_own_ID_token_algorithm_has_no_fact_when_a_host_exists()
    {
        var extracted = FactHarness.Extract(Creates("""new Client { ClientId = "web", TokenEndPointAuthMethod = "private_key_jwt", GrantTypes = { "authorization_code" } }""") + Host("o.DefaultTokenSignedResponseAlg = SecurityAlgorithms.EcdsaSha256;"));

        var client = extracted.Client("web");
        Assert.Null(client.Get(Setting.IdTokenSigningAlgorithm));
        Assert.False(client.IsUnknown(Setting.IdTokenSigningAlgorithm));
        client.Server!.AssertFact(Setting.DefaultAccessTokenSigningAlgorithm, "ES256", Code, "SecurityAlgorithms.EcdsaSha256");
    }

    [Fact]
    public void Without_a_host_a_client_inherits_the_host_defaults_at_its_anchor()
    {
        var client = FactHarness.Extract(Creates("""new Client { ClientId = "web", GrantTypes = { "authorization_code" } }""")).Client("web");

        Assert.Null(client.Server);
        var algorithm = client.AssertFact(Setting.IdTokenSigningAlgorithm, "RS256", LibraryDefault, "Client");
        Assert.Equal(FixKind.AddInitializerMember, algorithm.Fix.Kind);
        client.AssertFact(Setting.TokenEndpointAuthMethod, "client_secret_post", LibraryDefault, "Client");
    }

    [Fact]
    public void A_public_client_does_not_inherit_the_host_authentication_method()
    {
        var client = FactHarness.Extract(Creates("""new Client { ClientId = "spa", IsPublic = true, GrantTypes = { "authorization_code" } }""")).Client("spa");

        Assert.Null(client.Get(Setting.TokenEndpointAuthMethod));
        client.AssertFact(Setting.IdTokenSigningAlgorithm, "RS256", LibraryDefault, "Client");
    }

    [Fact]
    public void Several_hosts_give_clients_no_server_and_no_inherited_default()
    {
        var client = FactHarness.Extract("""
            class Config
            {
                Client Create() => new Client { ClientId = "web", GrantTypes = { "authorization_code" } };
            }

            class Hosts
            {
                static void One(WebApplicationBuilder builder) => builder.AddSidIdentityServer();
                static void Two(WebApplicationBuilder builder) => builder.AddSidIdentityServer(o => o.DefaultTokenSignedResponseAlg = "ES256");
            }
            """).Client("web");

        Assert.Null(client.Server);
        Assert.Null(client.Get(Setting.IdTokenSigningAlgorithm));
        Assert.Null(client.Get(Setting.TokenEndpointAuthMethod));
    }

    // ---- derived facts ---------------------------------------------------------------------------------------------

    [Fact]
    public void A_public_client_gets_PKCE_required_at_its_anchor()
    {
        var client = FactHarness.Extract(Creates("""new Client { ClientId = "spa", IsPublic = true, GrantTypes = { "authorization_code" } }""") + DefaultHost).Client("spa");

        var pkce = client.AssertFact(Setting.PkceRequired, true, LibraryDefault, "Client");
        Assert.Equal(FixKind.None, pkce.Fix.Kind);
    }

    [Fact]
    public void A_tls_client_auth_client_gets_certificate_bound_tokens_at_the_method()
    {
        var extracted = FactHarness.Extract("""
            class Config
            {
                Client Written() => new Client { ClientId = "written", TokenEndPointAuthMethod = "tls_client_auth", GrantTypes = { "client_credentials" } };

                Client Built() => ClientBuilder.BuildApiClient("built", "secret").UseClientTlsAuthentication("CN=api").Build();
            }
            """ + DefaultHost);

        extracted.Client("written").AssertFact(Setting.MutualTlsBoundAccessTokens, true, LibraryDefault, "\"tls_client_auth\"");
        var built = extracted.Client("built");
        built.AssertFact(Setting.MutualTlsBoundAccessTokens, true, LibraryDefault, "UseClientTlsAuthentication");
        built.AssertFact(Setting.TlsClientAuthenticationConfigured, true, Code, "UseClientTlsAuthentication");
    }

    [Fact]
    public void A_client_that_inherits_tls_client_auth_gets_certificate_bound_tokens_at_the_host_option()
    {
        var client = FactHarness.Extract(Creates("""new Client { ClientId = "web", GrantTypes = { "authorization_code" } }""") + Host("""o.DefaultTokenEndPointAuthMethod = "tls_client_auth";""")).Client("web");

        client.AssertFact(Setting.MutualTlsBoundAccessTokens, true, LibraryDefault, "\"tls_client_auth\"");
    }

    [Fact]
    public void Confidential_and_unknown_clients_get_no_derived_PKCE_or_binding()
    {
        var extracted = FactHarness.Extract("""
            class Config
            {
                public Client Unknown(bool isPublic, string method)
                    => new Client { ClientId = "unknown", IsPublic = isPublic, TokenEndPointAuthMethod = method, GrantTypes = { "authorization_code" } };

                Client Confidential() => new Client { ClientId = "confidential", TokenEndPointAuthMethod = "private_key_jwt", GrantTypes = { "authorization_code" } };
            }
            """ + DefaultHost);

        var unknown = extracted.Client("unknown");
        unknown.AssertUnknown(Setting.PublicClient);
        unknown.AssertUnknown(Setting.PkceRequired);
        unknown.AssertUnknown(Setting.TokenEndpointAuthMethod);
        unknown.AssertUnknown(Setting.MutualTlsBoundAccessTokens);
        var confidential = extracted.Client("confidential");
        Assert.Null(confidential.Get(Setting.MutualTlsBoundAccessTokens));
        Assert.False(confidential.IsUnknown(Setting.MutualTlsBoundAccessTokens));
    }

    // ---- limitations on clients ------------------------------------------------------------------------------------

    [Fact]
    public void Without_a_host_each_client_carries_the_limitations_that_apply_to_it()
    {
        var extracted = FactHarness.Extract("""
            class Config
            {
                Client Confidential() => new Client { ClientId = "confidential", TokenEndPointAuthMethod = "private_key_jwt", GrantTypes = { "authorization_code" } };

                Client Public() => new Client { ClientId = "public", IsPublic = true, GrantTypes = { "authorization_code" } };
            }
            """);

        var confidential = extracted.Client("confidential");
        confidential.AssertFact(Setting.PushedAuthorizationRequired, false, LibraryLimitation, "Client");
        confidential.AssertFact(Setting.PkceRequired, false, LibraryLimitation, "Client");
        confidential.AssertFact(Setting.SignedRequestObjectRequired, false, LibraryLimitation, "Client");
        var isPublic = extracted.Client("public");
        isPublic.AssertFact(Setting.PushedAuthorizationRequired, false, LibraryLimitation, "Client");
        // Only confidential clients: a public client is asked for PKCE, and has no key to sign request objects.
        isPublic.AssertFact(Setting.PkceRequired, true, LibraryDefault, "Client");
        Assert.Null(isPublic.Get(Setting.SignedRequestObjectRequired));
    }

    [Fact]
    public void With_a_host_the_limitations_are_the_host_s_and_the_client_carries_none()
    {
        var extracted = FactHarness.Extract(Creates("""new Client { ClientId = "web", TokenEndPointAuthMethod = "private_key_jwt", GrantTypes = { "authorization_code" } }""") + DefaultHost);

        var client = extracted.Client("web");
        Assert.Null(client.Get(Setting.PushedAuthorizationRequired));
        Assert.Null(client.Get(Setting.PkceRequired));
        client.Server!.AssertFact(Setting.PushedAuthorizationRequired, false, LibraryLimitation, "AddSidIdentityServer");
    }

    // ---- control flow ----------------------------------------------------------------------------------------------

    [Fact]
    public void A_write_under_a_condition_makes_the_setting_unknown_and_is_one_path_s_value()
    {
        var client = FactHarness.Extract("""
            class Config
            {
                Client Create(bool strict, bool legacy)
                {
                    var client = new Client { ClientId = "web", GrantTypes = { "authorization_code" } };
                    if (strict)
                    {
                        client.TokenEndPointAuthMethod = "private_key_jwt";
                    }

                    if (legacy)
                    {
                        client.GrantTypes.Add("password");
                    }

                    return client;
                }
            }
            """ + DefaultHost).Client("web");

        client.AssertUnknown(Setting.TokenEndpointAuthMethod);
        Assert.True(client.IsUnknown(Setting.GrantTypes));
        Assert.Equal(new[] { "authorization_code" }, client.Values(Setting.GrantTypes));
        Assert.Collection(client.ConditionalWrites,
            write =>
            {
                Assert.False(write.IsElement);
                Assert.Equal("private_key_jwt", write.Fact.Value);
                Assert.Equal("\"private_key_jwt\"", write.Fact.Location.Text());
            },
            write =>
            {
                Assert.True(write.IsElement);
                Assert.Equal(Setting.GrantTypes, write.Fact.Setting);
                Assert.Equal("\"password\"", write.Fact.Location.Text());
            });
    }

    [Fact]
    public void A_ternary_writes_each_branch_as_one_path_s_value()
    {
        var client = FactHarness.Extract("""
            class Config
            {
                Client Create(bool strict) => new Client
                {
                    ClientId = "web",
                    TokenEndPointAuthMethod = strict ? "private_key_jwt" : "client_secret_basic",
                };
            }
            """ + DefaultHost).Client("web");

        client.AssertUnknown(Setting.TokenEndpointAuthMethod);
        Assert.Equal(new object[] { "private_key_jwt", "client_secret_basic" }, client.ConditionalWrites.Select(w => w.Fact.Value));
    }

    [Fact]
    public void Development_only_branches_are_not_read()
    {
        var extracted = FactHarness.Extract("""
            using Microsoft.Extensions.Hosting;

            class Config
            {
                Client Create(IHostEnvironment env)
                {
                    var client = new Client { ClientId = "web", TokenEndPointAuthMethod = "private_key_jwt", GrantTypes = { "authorization_code" } };
                    if (env.IsDevelopment())
                    {
                        client.TokenEndPointAuthMethod = "client_secret_post";
                    }

                    if (!env.IsDevelopment())
                    {
                        client.DPOPBoundAccessTokens = true;
                    }

                    return client;
                }

                List<Client> DevelopmentClients(IHostEnvironment env)
                {
                    var clients = new List<Client>();
                    if (env.IsDevelopment())
                    {
                        clients.Add(new Client { ClientId = "dev", TokenEndPointAuthMethod = "client_secret_post" });
                    }

                    return clients;
                }
            }
            """ + DefaultHost);

        var client = extracted.Client("web");
        client.AssertFact(Setting.TokenEndpointAuthMethod, "private_key_jwt", Code, "\"private_key_jwt\"");
        // The negated test runs in every deployed environment: unconditional.
        client.AssertFact(Setting.DpopBoundAccessTokens, true, Code, "true");
        Assert.Empty(client.ConditionalWrites);
        Assert.DoesNotContain(extracted.Clients, c => c.Name == "dev");
    }

    [Fact]
    public void Writes_in_a_loop_over_registered_clients_apply_to_each_client()
    {
        var extracted = FactHarness.Extract("""
            class Config
            {
                Client[] Clients()
                {
                    var clients = new[] { new Client { ClientId = "a" }, new Client { ClientId = "b" } };
                    foreach (var c in clients)
                    {
                        c.TokenEndPointAuthMethod = "private_key_jwt";
                    }

                    return clients;
                }
            }
            """ + DefaultHost);

        Assert.All(new[] { extracted.Client("a"), extracted.Client("b") },
            c => c.AssertFact(Setting.TokenEndpointAuthMethod, "private_key_jwt", Code, "\"private_key_jwt\""));
    }

    // ---- the team's own code ---------------------------------------------------------------------------------------

    [Fact]
    public void A_team_helper_s_effects_are_located_at_its_call_with_no_fix()
    {
        var client = FactHarness.Extract("""
            static class LegacyClients
            {
                public static TraditionalWebsiteClientBuilder AsLegacy(this TraditionalWebsiteClientBuilder builder)
                    => builder.UseClientSecretPostAuthentication().UseDPOPProof();
            }

            class Config
            {
                Client Create() => ClientBuilder.BuildTraditionalWebsiteClient("web", "secret", null, "https://app.example.com/callback").AsLegacy().Build();
            }
            """ + DefaultHost).Client("web");

        var method = client.AssertFact(Setting.TokenEndpointAuthMethod, "client_secret_post", Code, "AsLegacy");
        Assert.Equal(FixKind.None, method.Fix.Kind);
        var dpop = client.AssertFact(Setting.DpopBoundAccessTokens, true, Code, "AsLegacy");
        Assert.Equal(FixKind.None, dpop.Fix.Kind);
    }

    [Fact]
    public void A_helper_that_cannot_be_followed_makes_every_setting_unknown()
    {
        var client = FactHarness.Extract("""
            interface IHardening { void Apply(Client client); }

            class Config
            {
                Client Create(IHardening hardening)
                {
                    var client = new Client { ClientId = "web", TokenEndPointAuthMethod = "client_secret_post" };
                    hardening.Apply(client);
                    return client;
                }
            }
            """ + DefaultHost).Client();

        client.AssertUnknown(Setting.TokenEndpointAuthMethod);
        client.AssertUnknown(Setting.RefreshTokenRotation);
        Assert.True(client.IsUnknown(Setting.GrantTypes));
    }

    [Fact]
    public void A_helper_parameter_with_one_constant_argument_resolves_to_it()
    {
        var client = FactHarness.Extract("""
            class Config
            {
                static void Authenticate(Client client, string method) => client.TokenEndPointAuthMethod = method;

                Client Create()
                {
                    var client = new Client { ClientId = "web", GrantTypes = { "authorization_code" } };
                    Authenticate(client, "private_key_jwt");
                    return client;
                }
            }
            """ + DefaultHost).Client("web");

        client.AssertFact(Setting.TokenEndpointAuthMethod, "private_key_jwt", Code, "Authenticate");
    }

    [Fact]
    public void A_value_from_a_parameter_with_several_callers_is_unknown()
    {
        var extracted = FactHarness.Extract("""
            class Config
            {
                Client Create(string method, string id) => new Client { ClientId = id, TokenEndPointAuthMethod = method, GrantTypes = { "authorization_code" } };

                List<Client> All() => new List<Client> { Create("private_key_jwt", "a"), Create("client_secret_post", "b") };
            }
            """ + DefaultHost);

        var client = extracted.Client();
        Assert.Null(client.Name);
        client.AssertUnknown(Setting.TokenEndpointAuthMethod);
        Assert.Empty(client.ConditionalWrites);
    }

    // ---- values ----------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("var probe = TimeSpan.FromSeconds(60);", 60)]
    [InlineData("var t = TimeSpan.FromMinutes(1); var probe = t;", 60)]
    [InlineData("var probe = new TimeSpan(0, 1, 30);", 90)]
    [InlineData("var probe = TimeSpan.FromHours(0.5);", 1800)]
    [InlineData("var probe = TimeSpan.Zero;", 0)]
    public void TimeSpan_values_resolve(string body, double seconds)
    {
        var (known, value) = FactHarness.Resolve(body);

        Assert.True(known);
        Assert.Equal(TimeSpan.FromSeconds(seconds), Assert.IsType<TimeSpan>(value));
    }

    [Theory]
    [InlineData("var probe = \"code\";", "code")]
    [InlineData("var probe = AuthorizationCodeResponseTypeHandler.RESPONSE_TYPE;", "code")]
    [InlineData("var probe = PlainCodeChallengeMethodHandler.DEFAULT_NAME;", "plain")]
    [InlineData("var probe = SecurityAlgorithms.RsaSsaPssSha256;", "PS256")]
    [InlineData("var probe = Method;", "private_key_jwt")]
    [InlineData("var probe = new Uri(\"https://app.example.com/callback\");", "https://app.example.com/callback")]
    public void Known_values_resolve(string body, object expected)
    {
        var (known, value) = FactHarness.Resolve(body, "static readonly string Method = \"private_key_jwt\";");

        Assert.True(known);
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("var probe = parameter;")]
    [InlineData("var probe = TimeSpan.FromSeconds(parameter.Length);")]
    [InlineData("var t = \"a\"; t = \"b\"; var probe = t;")]
    [InlineData("var probe = Mutable;")]
    [InlineData("var probe = Environment.GetEnvironmentVariable(\"METHOD\");")]
    public void Unknown_values_do_not_resolve(string body)
    {
        var (known, _) = FactHarness.Resolve(body, "static string Mutable = \"private_key_jwt\";");

        Assert.False(known);
    }
}
